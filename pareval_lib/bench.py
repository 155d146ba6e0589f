"""`make bench`: evaluate the reference solutions of the serial and MPI prompts (the 120 the speed
targets are stated for; ``--paradigm all`` for the four paradigms) and write the timings to a file.

Numbers (not pass/fail): wall time, per-candidate compile and run seconds, the harness's own
overhead (wall time against the time spent in child processes), the memory check's cost (the
same references evaluated without it first, in the same run: a ratio), how repeatable the timings
are (the two evaluations of the same references, minutes apart: the ratio of their runtimes per
problem and rank count), how many repetitions the adaptive rule ran, and for each MPI problem the
speedup of its reference at each rank count; candidates per minute through the local, Dask and
Slurm executors, and how the timed runs fared beside a compile job (marked disturbed, timed again,
clean: ``bench_executors``).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from pareval_lib import store
from pareval_lib.evaluation.engine import EvalConfig, evaluate
from pareval_lib.generation.generate import generate
from pareval_lib.paths import REPO_ROOT
from pareval_lib.problems.catalogue import all_problems
from pareval_lib.errors import ParevalError
from pareval_lib.problems.paradigms import PARADIGMS, PUBLISHED, key, layouts, parse_paradigms
from pareval_lib.evaluation.toolchain import find_toolchain
from pareval_lib.machine import usable_cores


def _runtimes(recs: list[dict]) -> dict[tuple[str, str, str], float]:
    return {(r["problem"], r["paradigm"], k): v for r in recs if r["status"] == "ok"
            for k, v in r["runtime_s"].items() if v}


def _quantile(xs: list[float], q: float) -> float | None:
    if not xs:
        return None
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def run_to_run(first: list[dict], second: list[dict]) -> dict:
    """How far two evaluations of the same candidates agree: per (problem, paradigm, ranks) the
    ratio second / first of the runtimes (and its median), with the median and 90th percentile of how far it is
    from 1 (max/min - 1) and of the speedup at 2 ranks' difference."""
    a, b = _runtimes(first), _runtimes(second)
    common = sorted(set(a) & set(b))
    ratios = {f"{p}/{par}@{k}": round(b[key] / a[key], 4) for key in common for p, par, k in [key]}
    apart = [max(a[k], b[k]) / min(a[k], b[k]) - 1 for k in common]
    speed = lambda recs: {r["problem"]: r["speedup"].get("2") for r in recs
                          if r["paradigm"] == "mpi" and r["status"] == "ok" and r.get("speedup")}
    sa, sb = speed(first), speed(second)
    gaps = [abs(sa[p] - sb[p]) for p in set(sa) & set(sb) if sa[p] and sb[p]]
    return {
        "pairs": len(common),
        "ratio_median": round(statistics.median(b[k] / a[k] for k in common), 4) if common else None,
        "runtime_apart_median": round(statistics.median(apart), 4) if apart else None,
        "runtime_apart_p90": round(_quantile(apart, 0.9), 4) if apart else None,
        "runtime_apart_max": round(max(apart), 4) if apart else None,
        "speedup_2_gap_median": round(statistics.median(gaps), 4) if gaps else None,
        "speedup_2_gap_p90": round(_quantile(gaps, 0.9), 4) if gaps else None,
        "ratios": ratios,
    }


def launch_spreads(recs: list[dict]) -> dict:
    """How steady the timed launches of one evaluation were: the repetitions' spread ((max - min)
    / median) at the median and 90th percentile, and how many launches were marked disturbed."""
    spreads = [v["spread"] for r in recs for v in r["runs"].values() if v.get("spread") is not None]
    return {"launches": len(spreads), "spread_median": _round(_quantile(spreads, 0.5)),
            "spread_p90": _round(_quantile(spreads, 0.9)),
            "disturbed": sum(bool(v.get("disturbed")) for r in recs for v in r["runs"].values())}


def overlap_effect(with_overlap: list[dict], without: list[dict], wall_with: float, wall_without: float) -> dict:
    """Builds beside the runs (stopped while a launch is timed) against builds before them, the same
    references evaluated both ways in one bench run: each way's wall time and spreads, and the
    runtimes with overlap against those without (a ratio above 1 at the median: overlap slows timing)."""
    return {"wall_with_s": round(wall_with, 2), "wall_without_s": round(wall_without, 2),
            "with": launch_spreads(with_overlap), "without": launch_spreads(without),
            "runtime_with_to_without": run_to_run(without, with_overlap)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def reach_by_paradigm(per: list[dict], at_least: float = 1.5) -> dict[str, dict]:
    """Per parallel paradigm and layout of two workers (mpi "2", openmp "2", mpi+omp "1x2" and
    "2x1"): how many valid references reach ``at_least`` times the serial reference."""
    out = {}
    for paradigm in PARADIGMS[1:]:
        valid = [p for p in per if p["paradigm"] == paradigm and p["status"] == "ok"]
        for lay in layouts(paradigm):
            if lay.workers == 2 and valid:
                k = key(paradigm, lay)
                out[f"{paradigm}@{k}"] = {"reach": sum((p["speedup"] or {}).get(k, 0.0) >= at_least for p in valid),
                                          "problems": len(valid)}
    return out


#: The prompts whose figures the speed targets are stated for: the seed study's 120 (serial and MPI).
BENCH_PARADIGMS = PUBLISHED


def run_bench(out: Path, jobs: int = EvalConfig.jobs, reps: int = EvalConfig.reps,
              compare_memory_check: bool = True, generation: dict | None = None, cold: bool = True,
              paradigms: tuple[str, ...] = BENCH_PARADIGMS, compare_overlap: bool = True) -> dict:
    """The bench report. With ``cold`` the references are first evaluated from an empty build
    cache (its own, in a temporary folder), then again with that cache warm: the main figures
    are the warm run's, the cold wall time stands beside them, and the two runs' runtimes give
    the run-to-run spread. With ``compare_memory_check`` they are evaluated once more without the
    memory check, and the report gives the check's cost as a ratio of the warm runs. With
    ``compare_overlap`` once more with every chunk's builds done before its runs (no builds beside
    the runs): ``overlap_effect``."""
    work = Path(tempfile.mkdtemp(prefix="pareval-bench-"))
    problems = all_problems()
    gens = generate("reference", problems, paradigms, out=work / "reference.jsonl")
    saved_cache = os.environ.get("PAREVAL_CACHE")
    # empty: nothing built, nothing calibrated (beside the real cache: the sandbox hides /tmp)
    cold_cache = REPO_ROOT / ".cache" / f"bench-cold-{os.getpid()}"
    if cold:
        shutil.rmtree(cold_cache, ignore_errors=True)
        os.environ["PAREVAL_CACHE"] = str(cold_cache)
    try:
        cold_wall, first = None, []
        if cold:
            start = time.monotonic()
            evaluate(gens, work / "cold.jsonl", EvalConfig(jobs=jobs, reps=reps))
            cold_wall = time.monotonic() - start
            first = store.load_records(work / "cold.jsonl")
        results_path = work / "results.jsonl"
        start = time.monotonic()
        summary = evaluate(gens, results_path, EvalConfig(jobs=jobs, reps=reps))
        wall = time.monotonic() - start
        recs = store.load_records(results_path)
        overlap = None
        if compare_overlap:
            start = time.monotonic()
            evaluate(gens, work / "without-overlap.jsonl", EvalConfig(jobs=jobs, reps=reps, overlap_builds=False))
            overlap = overlap_effect(recs, store.load_records(work / "without-overlap.jsonl"), wall,
                                     time.monotonic() - start)
        without = None
        if compare_memory_check:
            start = time.monotonic()
            evaluate(gens, work / "without-memory-check.jsonl", EvalConfig(jobs=jobs, reps=reps, memory_check=False))
            without = time.monotonic() - start
            first = first or store.load_records(work / "without-memory-check.jsonl")
    finally:
        shutil.rmtree(cold_cache, ignore_errors=True)
        if saved_cache is None:
            os.environ.pop("PAREVAL_CACHE", None)
        else:
            os.environ["PAREVAL_CACHE"] = saved_cache
    per = []
    for r in sorted(recs, key=lambda r: (r["problem"], r["paradigm"])):
        per.append({
            "problem": r["problem"], "paradigm": r["paradigm"], "status": r["status"],
            "compile_s": r["build_s"], "run_s": {k: v["seconds"] for k, v in r["runs"].items()},
            "runtime_s": r["runtime_s"], "baseline_s": r["baseline_s"], "speedup": r["speedup"],
            "spread": {k: v.get("spread") for k, v in r["runs"].items()},
        })
    mpi = [p for p in per if p["paradigm"] == "mpi" and p["status"] == "ok"]
    child_wall = summary.build_phase_s + summary.run_s + summary.check_s  # compilers, candidates, checkers
    # the candidates' own timed repetitions (warm-ups not counted) and the baselines: the floor
    timed_work = sum(sum(v.get("times") or []) for r in recs for v in r["runs"].values())
    baseline_work = sum(sum(r.get("baseline_times") or []) for r in recs)
    timed_work += baseline_work
    spreads = [v["spread"] for r in recs for v in r["runs"].values() if v.get("spread") is not None]
    counts = [len(v.get("times") or []) for r in recs for v in r["runs"].values() if v.get("times")]
    steady = [v.get("steady") for r in recs for v in r["runs"].values() if v.get("steady") is not None]
    report = {
        "machine": {"cores": usable_cores(), "platform": platform.platform(), "mpi": find_toolchain().mpi_flavor},
        "settings": {"jobs": jobs, "reps": reps, "paradigms": list(paradigms), "ranks": list(EvalConfig.ranks), "threads": list(EvalConfig.threads),
                     "hybrid": [f"{r}x{t}" for r, t in EvalConfig.hybrid]},
        "prompts": len(recs),
        "valid": sum(r["valid"] for r in recs),
        "wall_s": round(wall, 2),  # warm build cache
        "wall_cold_s": round(cold_wall, 2) if cold_wall is not None else None,  # from an empty one
        "valid_cold": sum(r["valid"] for r in first) if cold else None,
        "compile_s_total": round(summary.build_s, 2),
        "compile_s_median": round(statistics.median(p["compile_s"] for p in per if p["compile_s"]), 3),
        "run_s_total": round(summary.run_s, 2),
        "check_s_total": round(summary.check_s, 2),  # the checker: expected outputs, comparison, baseline
        "timed_work_s": round(timed_work, 2),
        "wall_to_timed_work": round(wall / timed_work, 2) if timed_work else None,
        "repetition_spread_median": round(statistics.median(spreads), 4) if spreads else None,
        # the adaptive rule: repetitions run per launch, and the launches whose last reps met the target
        "repetitions": {"median": statistics.median(counts) if counts else None, "max": max(counts, default=None),
                        "total": sum(counts), "steady": sum(steady), "unsteady": len(steady) - sum(steady)},
        # the same references evaluated twice, minutes apart (cold then warm, or with then without the check)
        "run_to_run": run_to_run(first, recs) if first else None,
        "build_phase_wall_s": round(summary.build_phase_s, 2),
        # the cost model: wall seconds per phase (builds overlap each other, not the runs)
        "phases_s": {"builds_waited_for": round(summary.build_phase_s, 2),
                     "validation_launches": round(summary.validation_s, 2),
                     "memory_check_runs": round(summary.memory_check_s, 2),
                     "timed_launches": round(summary.timed_s, 2),
                     "checker_with_baseline": round(summary.check_s, 2),
                     "baseline_timed_work": round(baseline_work, 2),
                     "candidates_timed_work": round(timed_work - baseline_work, 2),
                     "other": round(wall - child_wall, 2)},
        "child_wall_s": round(child_wall, 2),
        # what pareval itself costs: extraction, calibration, sandbox set-up, parsing, writing
        "harness_overhead_s": round(wall - child_wall, 2),
        "harness_overhead_fraction": round((wall - child_wall) / wall, 4) if wall else None,
        "memory_check_s_total": round(sum((r.get("memory_check") or {}).get("seconds", 0.0) for r in recs), 2),
        "memory_check_statuses": {k: sum((r.get("memory_check") or {}).get("status") == k for r in recs)
                                  for k in ("ok", "memory_error", "inconclusive", "not_run")},
        # the same references just after, without the sanitized build and run (objects cached)
        "wall_without_memory_check_s": round(without, 2) if without is not None else None,
        "memory_check_cost_ratio": round(wall / without, 3) if without else None,
        # the next candidates built beside this one's runs (stopped while it is timed), or before them
        "overlap": overlap,
        "mpi_reference_speedup_2": {p["problem"]: round(p["speedup"].get("2", 0.0), 3) for p in mpi},
        "mpi_reference_speedup_4": {p["problem"]: round(p["speedup"].get("4", 0.0), 3) for p in mpi},
        # every parallel paradigm: references at 1.5x or more with two workers (threads or ranks)
        "reaching_1_5x_at_2_workers": reach_by_paradigm(per),
        "generation": generation,  # pareval generate against raw llama-cpp-python (bench_generation)
        "candidates": per,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1))
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(REPO_ROOT / "bench" / "bench.json"))
    ap.add_argument("--jobs", type=int, default=EvalConfig.jobs)
    ap.add_argument("--reps", type=int, default=EvalConfig.reps)
    ap.add_argument("--no-compare", action="store_true", help="skip the run without the memory check")
    ap.add_argument("--no-overlap-compare", action="store_true",
                    help="skip the run with builds before the runs instead of beside them")
    ap.add_argument("--warm-only", action="store_true", help="skip the evaluation from an empty build cache")
    ap.add_argument("--no-generation", action="store_true", help="skip pareval generate against raw llama-cpp-python")
    ap.add_argument("--generation-only", action="store_true", help="only the generation benchmark")
    ap.add_argument("--paradigm", default=",".join(BENCH_PARADIGMS),
                    help=f"paradigms of the reference prompts (default {','.join(BENCH_PARADIGMS)}: the 120 the "
                         f"speed targets are stated for; 'all' for the four)")
    ap.add_argument("--no-executors", action="store_true", help="skip the local / Dask / Slurm executor comparison")
    args = ap.parse_args()
    out = Path(args.out)
    generation = None
    if not args.no_generation:
        from pareval_lib.bench_generation import generation_bench

        generation = generation_bench()
        print(f"generation: pareval {generation['pareval']['tokens_per_s']} tokens/s, raw llama-cpp-python "
              f"{generation['raw_before']['tokens_per_s']} before and {generation['raw_after']['tokens_per_s']} after "
              f"({generation['threads']} threads): pareval at {generation['pareval_to_raw']:.1%} of raw over whole passes, "
              f"{generation['pareval_to_raw_steady']:.1%} inside the requests")
    if args.generation_only:
        old = json.loads(out.read_text()) if out.exists() else {}
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({**old, "generation": generation}, indent=1))
        print(f"written to {args.out}")
        return
    try:
        chosen = parse_paradigms(args.paradigm)
    except ParevalError as exc:
        raise SystemExit(f"bench: {exc}") from None
    r = run_bench(out, args.jobs, args.reps, compare_memory_check=not args.no_compare, generation=generation,
                  cold=not args.warm_only, paradigms=chosen, compare_overlap=not args.no_overlap_compare)
    if r["wall_cold_s"] is not None:
        print(f"from an empty build cache: wall {r['wall_cold_s']} s, {r['valid_cold']} valid")
    print(f"{r['prompts']} prompts, {r['valid']} valid; wall {r['wall_s']} s (warm cache); compile {r['compile_s_total']} s "
          f"(median {r['compile_s_median']} s); runs {r['run_s_total']} s; checker {r['check_s_total']} s; "
          f"harness overhead {r['harness_overhead_s']} s; wall / timed work {r['wall_to_timed_work']}")
    if r["run_to_run"]:
        rr = r["run_to_run"]
        print(f"run to run ({rr['pairs']} runtimes): apart by {rr['runtime_apart_median']} at the median, "
              f"{rr['runtime_apart_p90']} at the 90th percentile; speedup@2 gap median {rr['speedup_2_gap_median']}")
    print(f"repetitions per launch {r['repetitions']}")
    if r["overlap"]:
        ov = r["overlap"]
        print(f"builds beside the runs: wall {ov['wall_with_s']} s, spread {ov['with']}; builds before them: wall "
              f"{ov['wall_without_s']} s, spread {ov['without']}; runtimes with / without: median "
              f"{ov['runtime_with_to_without']['ratio_median']}")
    for where, got in r["reaching_1_5x_at_2_workers"].items():
        print(f"references >= 1.5x, {where}: {got['reach']} of {got['problems']}")
    if r["memory_check_cost_ratio"]:
        print(f"memory check: wall {r['wall_s']} s with it, {r['wall_without_memory_check_s']} s without "
              f"(x{r['memory_check_cost_ratio']}); statuses {r['memory_check_statuses']}")
    from pareval_lib.bench_executors import disturbed_bench

    r["disturbed"] = busy = disturbed_bench(reps=args.reps)
    out.write_text(json.dumps(r, indent=1))
    print(f"beside a compile job: {busy['timed_runs']} timed runs, {busy['retimed']} timed again once quiet, "
          f"{busy['disturbed_marked']} marked disturbed, {busy['clean']} clean")
    if not args.no_executors:
        from pareval_lib.bench_executors import executor_bench

        r["executors"] = executors = executor_bench(reps=args.reps)
        out.write_text(json.dumps(r, indent=1))
        for name in ("local", "dask", "slurm"):
            e = executors[name]
            print(f"executor {name}: " + (f"skipped ({e['skipped']})" if "skipped" in e else
                                          f"{e['candidates_per_minute']} candidates/min ({e['candidates']} in "
                                          f"{e['wall_s']} s)"))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
