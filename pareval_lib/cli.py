"""The `pareval` command line."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from pareval_lib.errors import ParevalError
from pareval_lib.evaluation.engine import EvalConfig
from pareval_lib.paths import data_dir
from pareval_lib.problems.catalogue import PARADIGMS, all_problems, select_problems
from pareval_lib.problems.paradigms import parse_hybrid, parse_paradigms


def _csv(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def cmd_problems(args: argparse.Namespace) -> int:
    probs = all_problems()
    if args.markdown:
        from pareval_lib.problems.catalogue import readme_text

        print(readme_text(probs), end="")
        return 0
    if args.json:
        rows = [
            {"id": p.id, "domain": p.domain_name, "title": p.title, "function": p.function,
             "paradigms": list(p.paradigms), "prompts": {par: p.prompt(par) for par in p.paradigms}}
            for p in probs
        ]
        json.dump(rows, sys.stdout, indent=1)
        print()
        return 0
    for p in probs:
        print(f"{p.id:40s} {p.domain_name:24s} {p.title}")
    prompts = sum(len(p.paradigms) for p in probs)
    print(f"{len(probs)} problems, {prompts} prompts (among {', '.join(PARADIGMS)})")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from pareval_lib.generation.generate import run_generation

    probs = select_problems(_csv(args.problems) if args.problems else None,
                            _csv(args.domains) if args.domains else None)
    paradigms = parse_paradigms(args.paradigm) if args.paradigm else None
    summary = run_generation(
        args.model, probs, paradigms, args.samples, Path(args.out) if args.out else None,
        progress=not args.quiet, models_file=args.models, temperature=args.temperature, top_p=args.top_p,
        max_tokens=args.max_tokens, seed=args.seed)
    speed = f", {summary.tokens_per_s:.1f} tokens/s" if summary.tokens_per_s else ""
    missing = f", {summary.unanswered} unanswered" if summary.unanswered else ""
    print(f"generated {summary.generated} ({summary.skipped} already there{missing}{speed}); "
          f"generations in {summary.path}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pareval_lib.evaluation.engine import evaluate

    gens = Path(args.generations)
    out = Path(args.out) if args.out else data_dir() / "results" / gens.name
    try:
        ranks = tuple(sorted({int(r) for r in _csv(args.ranks)}))
    except ValueError:
        raise ParevalError(f"--ranks must be comma-separated integers, got {args.ranks!r}") from None
    if not ranks or ranks[0] < 1:
        raise ParevalError("--ranks needs at least one positive rank count")
    if args.max_reps < 0 or args.target_spread < 0 or args.max_timed < 0:
        raise ParevalError("--max-reps, --target-spread and --max-timed cannot be negative")
    try:
        threads = tuple(sorted({int(t) for t in _csv(args.threads)}))
    except ValueError:
        raise ParevalError(f"--threads must be comma-separated integers, got {args.threads!r}") from None
    if not threads or threads[0] < 1:
        raise ParevalError("--threads needs at least one positive thread count")
    executor, launcher = _executor(args, ranks)
    cfg = EvalConfig(ranks=ranks, threads=threads, hybrid=parse_hybrid(args.hybrid),
                     paradigms=parse_paradigms(args.paradigm), jobs=args.jobs, reps=args.reps, size=args.size, on_mismatch=args.on_mismatch,
                     seed=args.seed, memory_check=not args.no_memory_check, max_reps=args.max_reps,
                     target_spread=args.target_spread, max_timed_s=args.max_timed, launcher=launcher,
                     overlap_builds=not args.no_overlap_builds)

    def show(rec: dict) -> None:
        rt = ", ".join(f"{k}:{v:.4f}s" for k, v in rec["runtime_s"].items())
        print(f"{rec['model']} {rec['problem']} {rec['paradigm']} #{rec['sample']}: {rec['status']} {rt}", flush=True)

    try:
        summary = evaluate(gens, out, cfg, executor, progress=None if args.quiet else show)
    finally:
        getattr(executor, "close", lambda: None)()
    for line in summary.bad_lines:
        print(f"pareval: error: {line}", file=sys.stderr)
    for line in summary.refused:
        print(f"pareval: refused: {line}", file=sys.stderr)
    for line in summary.harness_errors:
        print(f"pareval: harness error (not the model's fault; retried on the next run): {line}", file=sys.stderr)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(summary.statuses.items())) or "nothing new"
    again = f" ({summary.reevaluated} judged again: stored with other settings)" if summary.reevaluated else ""
    print(f"evaluated {summary.evaluated}{again} ({counts}); {summary.skipped} already done; results in {out}")
    return 1 if summary.bad_lines or summary.refused or summary.harness_errors else 0


def _executor(args: argparse.Namespace, ranks: tuple[int, ...]):
    """The executor and MPI launcher the evaluate flags ask for (the cluster config file first,
    flags over it)."""
    from pareval_lib.evaluation.cluster import executor_for

    knobs = {name: getattr(args, name) for name in ("partition", "account", "time_limit", "nodes", "tasks_per_node",
                                                    "cores_per_task", "memory", "sbatch_option")}
    knobs["sbatch_options"] = knobs.pop("sbatch_option")
    return executor_for(args.executor, args.jobs, ranks, args.scheduler, args.workers, args.cluster_config,
                        args.launcher, **knobs)


def cmd_check_problems(args: argparse.Namespace) -> int:
    from pareval_lib.evaluation.quality import check_problems, paradigm_coverage

    probs = select_problems(args.ids or None)
    results, bad = check_problems(probs, jobs=args.jobs, seed=args.seed, paradigms=parse_paradigms(args.paradigm))
    for r in sorted(results, key=lambda r: (r["problem"], r["model"], r["paradigm"])):
        extra = f" baseline {r['baseline_s']:.4f}s" if r.get("baseline_s") else ""
        sp = " ".join(f"x{k}={v:.2f}" for k, v in r["speedup"].items()) if r["paradigm"] != "serial" else ""
        print(f"{r['problem']:36s} {r['model']:28s} {r['paradigm']:7s} {r['status']:14s}{extra} {sp}")
    for v in bad:
        print(f"VIOLATION {v}")
    seeds = sorted({r.get("seed") for r in results if r.get("seed") is not None})
    coverage = paradigm_coverage(probs, parse_paradigms(args.paradigm))
    print("paradigms offered: " + ", ".join(f"{par} {n} of {len(probs)}" for par, n in coverage.items()))
    print(f"{len(probs)} problems checked, {len(bad)} violations (input seed {', '.join(map(str, seeds)) or '-'}: "
          f"each evaluation draws its own; replay with pareval evaluate --seed)")
    return 1 if bad else 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from pareval_lib.doctor import doctor

    return doctor(args.only)


def cmd_report(args: argparse.Namespace) -> int:
    from pareval_lib.report.run import build_report

    options = {}
    if args.problem_limit is not None:
        options["problem_limit"] = args.problem_limit
    if args.highlight:
        options["highlight"] = args.highlight
    try:
        build_report(models=_csv(args.models) if args.models else None,
                     problems=_csv(args.problems) if args.problems else None,
                     params_file=args.params, out_dir=args.out, check=not args.no_check, **options)
    except (RuntimeError, ValueError, FileNotFoundError) as exc:
        raise ParevalError(str(exc)) from None
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="pareval", description="LLM parallel-code evaluation suite",
        epilog="Default paths, one rule: generations and results live under DATA/generations and DATA/results, "
               "where DATA is --data-dir, else $PAREVAL_DATA, else the repository's data/ folder (never the "
               "folder of an input file). --out overrides a command's own output.")
    ap.add_argument("--data-dir", help="folder holding generations/ and results/ (default: $PAREVAL_DATA, else the "
                                       "repository's data/)")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("problems", help="list the benchmark problems")
    p.add_argument("--json", action="store_true", help="every problem with its exact prompt texts")
    p.add_argument("--markdown", action="store_true", help="the problems/README.md text")
    p.set_defaults(fn=cmd_problems)

    g = sub.add_parser("generate", help="ask a model for code (appends to data/generations/MODEL.jsonl)")
    g.add_argument("--model", required=True, help="a name from models.yaml (or from --models FILE)")
    g.add_argument("--models", metavar="FILE", help="your models file, merged over the default models.yaml")
    g.add_argument("--problems", help="comma-separated problem ids (default: all)")
    g.add_argument("--domains", help="comma-separated domain slugs")
    g.add_argument("--paradigm", help=f"comma-separated, among {', '.join(PARADIGMS)}; 'both': serial and mpi "
                                      f"(default: every paradigm each problem has)")
    g.add_argument("--samples", type=int, default=1, help="samples per prompt (default 1)")
    g.add_argument("--temperature", type=float, help="sampling temperature (default 0.2)")
    g.add_argument("--top-p", type=float, help="nucleus sampling (default 0.95)")
    g.add_argument("--max-tokens", type=int, help="tokens per answer (default 1024)")
    g.add_argument("--seed", type=int, help="seed of sample 0; sample s uses seed + s (default 0)")
    g.add_argument("--out", help="generations file (default data/generations/MODEL.jsonl)")
    g.add_argument("--quiet", action="store_true", help="no progress bar")
    g.set_defaults(fn=cmd_generate)

    e = sub.add_parser("evaluate", help="build, run and validate a generations file")
    e.add_argument("generations")
    e.add_argument("--out", help="results file (default data/results/<same name>)")
    e.add_argument("--ranks", default=",".join(map(str, EvalConfig.ranks)),
                   help="MPI rank counts of mpi candidates (default %(default)s)")
    e.add_argument("--threads", default=",".join(map(str, EvalConfig.threads)),
                   help="OpenMP thread counts of openmp candidates (default %(default)s)")
    e.add_argument("--hybrid", default=",".join(f"{r}x{t}" for r, t in EvalConfig.hybrid),
                   help="ranks x threads of mpi+omp candidates (default %(default)s)")
    e.add_argument("--paradigm", help=f"evaluate only these paradigms, comma-separated among {', '.join(PARADIGMS)} "
                                      f"(default: every one in the file)")
    e.add_argument("--jobs", type=int, default=EvalConfig.jobs, help="parallel builds (default %(default)s)")
    e.add_argument("--no-overlap-builds", action="store_true",
                   help="build each group of candidates before running them, instead of building the next ones "
                        "during this one's untimed work, stopped while a launch is timed)")
    e.add_argument("--reps", type=int, default=EvalConfig.reps,
                   help="timed repetitions at least, median reported (default %(default)s; 1: exactly one)")
    e.add_argument("--max-reps", type=int, default=EvalConfig.max_reps,
                   help="timed repetitions at most: more are run while the last --reps spread by more than "
                        "--target-spread (default %(default)s)")
    e.add_argument("--target-spread", type=float, default=EvalConfig.target_spread,
                   help="(max - min) / median of the last --reps repetitions that ends timing "
                        "(default %(default)s; 0: exactly --reps)")
    e.add_argument("--max-timed", type=float, default=EvalConfig.max_timed_s,
                   help="no further repetitions once timing has taken this many seconds (warm-up and the "
                        "repetitions' fresh input copies included) "
                        "(default %(default)s)")
    e.add_argument("--size", type=int, help="override every problem's input size (for quick checks)")
    e.add_argument("--on-mismatch", choices=["reevaluate", "refuse"], default=EvalConfig.on_mismatch,
                   help="a stored result judged with other settings (size, reps, ranks, timeouts, problem or "
                        "harness changed): judge it again, or stop before any work (default %(default)s)")
    e.add_argument("--seed", type=int, help="seed of the validation and timed inputs (default: drawn afresh, "
                                            "written into each record so a run can be replayed)")
    e.add_argument("--no-memory-check", action="store_true",
                   help="skip the validation run in the AddressSanitizer + UBSan build (no memory_error verdicts; "
                        "recorded in each record's settings)")
    e.add_argument("--executor", choices=["local", "dask", "slurm"], default="local",
                   help="where candidates are built and run: this machine, Dask workers, or Slurm jobs (default "
                        "%(default)s; see README, 'On a cluster')")
    e.add_argument("--workers", type=int, help="dask/slurm: workers (Slurm jobs) at once, each one candidate at a "
                                               "time (default 1)")
    e.add_argument("--scheduler", help="dask: a running scheduler's address (default: a LocalCluster here)")
    e.add_argument("--cluster-config", help="slurm: a YAML file with the knobs below under 'slurm:'")
    e.add_argument("--partition", help="slurm: partition (sbatch -p)")
    e.add_argument("--account", help="slurm: account (sbatch -A)")
    e.add_argument("--time-limit", help="slurm: time limit of each worker job (sbatch -t, default 01:00:00)")
    e.add_argument("--nodes", type=int, help="slurm: nodes per worker job (default 1)")
    e.add_argument("--tasks-per-node", type=int, help="slurm: tasks per node (default: the largest rank count)")
    e.add_argument("--cores-per-task", type=int, help="slurm: cores per task (default 1)")
    e.add_argument("--memory", help="slurm: memory per worker job (default 8GB)")
    e.add_argument("--sbatch-option", action="append", help="slurm: an extra sbatch option (repeatable), "
                                                             "e.g. --sbatch-option=--exclusive")
    e.add_argument("--launcher", choices=["mpiexec", "srun"],
                   help="of the MPI ranks: mpiexec on one node (default), or srun in the Slurm allocation "
                        "(default with --executor slurm)")
    e.add_argument("--quiet", action="store_true")
    e.set_defaults(fn=cmd_evaluate)

    c = sub.add_parser("check-problems", help="check the quality bars of problems (default all)")
    c.add_argument("ids", nargs="*")
    c.add_argument("--jobs", type=int, default=EvalConfig.jobs)
    c.add_argument("--seed", type=int, help="input seed (default: drawn afresh; the bars must hold for any)")
    c.add_argument("--paradigm", help=f"comma-separated, among {', '.join(PARADIGMS)} (default: all)")
    c.set_defaults(fn=cmd_check_problems)

    d = sub.add_parser("doctor", help="check by doing: compilers, MPI, sandbox and the default model")
    d.add_argument("--only", choices=["toolchain", "sandbox", "model", "optional"], help="run one group of checks")
    d.set_defaults(fn=cmd_doctor)
    r = sub.add_parser("report", help="run the notebooks and render the HTML report")
    r.add_argument("--models", help="comma-separated model names (default: smollm2-135m-q4,reference)")
    r.add_argument("--problems", help="comma-separated problem ids (default: all)")
    r.add_argument("--problem-limit", type=int, help="keep only the first N problems")
    r.add_argument("--highlight", help="our highlighted model (default: the first of --models)")
    r.add_argument("--params", help="YAML/JSON file of notebook parameters (see pareval_lib.report.params.DEFAULT_PARAMS)")
    r.add_argument("--out", help="output folder (default: reports, or the parameters file's out_dir)")
    r.add_argument("--no-check", action="store_true", help="skip the headless-Chromium rendering check")
    r.set_defaults(fn=cmd_report)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.data_dir:
        os.environ["PAREVAL_DATA"] = str(Path(args.data_dir).resolve())  # read by paths.data_dir, papermill too
    try:
        return args.fn(args)
    except ParevalError as exc:
        print(f"pareval: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pareval: interrupted; finished results are kept, run again to resume", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
