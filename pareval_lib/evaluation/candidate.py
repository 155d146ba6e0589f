"""One candidate, start to end: extract, build, validate, memory check, timed runs, its record.

``evaluate_candidate`` is what an executor's worker runs (``engine`` keeps the generations file,
the results file and the loop; the record's fields are listed there). The run defaults
(``EvalConfig``) and the cost counters (``Summary``) live here, beside the code that uses them.
"""
from __future__ import annotations

import atexit
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping

from pareval_lib import __version__
from pareval_lib.errors import ParevalError
from pareval_lib.evaluation import launchers, mpi_env, sandbox
from pareval_lib.evaluation.build import build_candidate
from pareval_lib.evaluation.calibration import run_timeout
from pareval_lib.evaluation.extract import extract_code
from pareval_lib.evaluation.runner import (Plan, Repetitions, RunResult, judge, memory_check, spread,
                                           wait_for_quiet)
from pareval_lib.evaluation.settings import run_settings
from pareval_lib.problems import paradigms
from pareval_lib.problems.catalogue import Problem
from pareval_lib.problems.paradigms import Layout, uses_mpi, uses_openmp

STATUSES = ("ok", "no_code", "build_error", "build_timeout", "rejected", "wrong_answer", "memory_error", "runtime_error",
            "timeout", "slow",
            "harness_error")
#: Infrastructure failures (compiler, launcher or sandbox failing to start) are recorded as
#: ``harness_error``: never the model's fault, never counted, retried on the next run. When this
#: many candidates in a row fail the same way, on at least two problems, the run stops.
HARNESS_ERROR_STREAK = 5
HARNESS_ERRORS = (ParevalError, OSError, subprocess.SubprocessError)


@dataclass(frozen=True)
class EvalConfig:
    """How candidates are judged and timed: the one place the run defaults live (the CLI, the
    notebooks' parameters and the bench read theirs from here)."""

    ranks: tuple[int, ...] = paradigms.DEFAULT_RANKS  # of mpi candidates
    threads: tuple[int, ...] = paradigms.DEFAULT_THREADS  # OpenMP threads of openmp candidates
    hybrid: tuple[tuple[int, int], ...] = paradigms.DEFAULT_HYBRID  # ranks x threads of mpi+omp candidates
    paradigms: tuple[str, ...] = paradigms.PARADIGMS  # generations of other paradigms are left alone
    jobs: int = 2  # parallel builds (timed runs never overlap)
    overlap_builds: bool = True  # build the next candidates during this one's untimed work (stopped while it is timed)
    reps: int = 3  # timed repetitions at least (1: exactly one, no adaptation)
    warmup: int = 1
    max_reps: int = 10  # at most, while the last `reps` spread by more than target_spread ...
    target_spread: float = 0.05  # ((max - min) / median; 0: exactly `reps`)
    max_timed_s: float = 1.0  # ... and the timed repetitions so far add up to less than this
    size: int | None = None  # None: each problem's default size
    timeout_floor_s: float = 10.0
    timeout_factor: float = 10.0
    build_timeout_s: float = 120.0
    fixed_timeout_s: float | None = None  # skip calibration and use this run timeout
    on_mismatch: str = "reevaluate"  # a stored result judged with other settings: "reevaluate" or "refuse"
    seed: int | None = None  # of the validation and timed inputs; None: drawn afresh for each evaluation
    memory_check: bool = True  # run the validation cases once in an ASan + UBSan build (memory_error)
    launcher: str = "mpiexec"  # of the MPI ranks: "mpiexec" here, or "srun" inside a Slurm allocation
    retime_disturbed: bool = True  # a timed launch others disturbed (runner.DISTURBED_CORES) is timed again


@dataclass
class Task:
    key: str
    generation: dict[str, Any]
    problem: Problem
    code: str | None = None


@dataclass
class Summary:
    evaluated: int = 0
    skipped: int = 0
    bad_lines: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one line per problem that cannot take --size
    reevaluated: int = 0  # stored results judged with other settings, judged again
    harness_errors: list[str] = field(default_factory=list)  # one line per candidate pareval failed
    statuses: dict[str, int] = field(default_factory=dict)
    wall_s: float = 0.0
    build_s: float = 0.0  # sum over candidates (builds overlap with --jobs > 1)
    build_phase_s: float = 0.0  # wall time spent waiting for builds
    run_s: float = 0.0  # the candidates' processes (the three below together)
    validation_s: float = 0.0  # ... the validation-only launches
    memory_check_s: float = 0.0  # ... the sanitized build's runs
    timed_s: float = 0.0  # ... the timed launches (at the later rank counts with their validation cases)
    check_s: float = 0.0  # the checker's (expected outputs, comparison, baseline)
    quiet_wait_s: float = 0.0  # waiting for a disturbed machine to calm before timing again


def layouts(paradigm: str, cfg: EvalConfig) -> list[Layout]:
    """The ranks x threads a candidate of ``paradigm`` runs at under ``cfg`` (the first gates)."""
    return paradigms.layouts(paradigm, cfg.ranks, cfg.threads, cfg.hybrid)


#: Threads an MPI library runs beside each rank's own (MPICH's from PyPI: one per rank, measured).
MPI_RUNTIME_THREADS = 1


def allowed_threads(paradigm: str, ranks: int, threads: int) -> int:
    """The threads a run's processes may have in all: a thread per worker, and the MPI library's."""
    return ranks * threads + (ranks * MPI_RUNTIME_THREADS if uses_mpi(paradigm) else 0)


def _flags(paradigm: str) -> dict[str, bool]:
    """The paradigm checks a record carries (``audit.paradigm_flags`` sets them from the object)."""
    return {**({"serial_in_mpi": False} if uses_mpi(paradigm) else {}),
            **({"serial_in_openmp": False} if uses_openmp(paradigm) else {}),
            **({"threads_in_serial": False} if paradigm == "serial" else {}),
            "threads_beyond_allowance": False}


def _oversubscribed(paradigm: str, cfg: EvalConfig, cores: int) -> list:
    """The layouts asking for more cores than there are: rank counts (mpi), thread counts (openmp),
    "RxT" keys (mpi+omp)."""
    if paradigm == "serial":
        return []
    over = [lay for lay in layouts(paradigm, cfg) if lay.workers > cores]
    if paradigm == "mpi+omp":
        return [paradigms.key(paradigm, lay) for lay in over]
    return [lay.workers for lay in over]


def _base_record(task: Task, cfg: EvalConfig) -> dict[str, Any]:
    g = task.generation
    cores = launchers.available_cores(cfg.launcher)
    per_rank = cfg.launcher == "srun" and uses_mpi(g["paradigm"])
    return {
        "key": task.key,
        "model": g["model"],
        "problem": g["problem"],
        "domain": task.problem.domain,
        "paradigm": g["paradigm"],
        "sample": g["sample"],
        "status": None,
        "built": False,
        "valid": False,
        "runtime_s": {},
        "baseline_s": None,
        "baseline_times": [],
        "seed": cfg.seed,
        "speedup": {},
        "runs": {},
        "log": "",
        "cores": cores,
        "oversubscribed": _oversubscribed(g["paradigm"], cfg, cores),
        # "-per-rank": each rank in its own sandbox (srun); what its ranks share: sandbox._bwrap_prefix
        "sandbox": sandbox.sandbox_config().mode + ("-per-rank" if per_rank else ""),
        "placement": {**launchers.allocation(), "launcher": cfg.launcher if uses_mpi(g["paradigm"]) else None,
                      # the MPI library's quick-start settings its launches had (mpi_env), beside its defaults
                      **({"mpi_env": mpi_env.quick_start() if cfg.launcher == "mpiexec" else {}}
                         if uses_mpi(g["paradigm"]) else {})},
        "harness": __version__,
        "settings": run_settings(cfg, task.problem, g["paradigm"]),
        "build_s": None,
        # beside validity, from the object's calls (evaluation/audit.py): an MPI answer that never
        # communicates, an OpenMP answer with no parallel region, a serial answer that starts threads
        # or processes; and from its timed runs: more threads than its layout allows
        **_flags(g["paradigm"]),
    }


@dataclass
class HarnessFailure:
    """pareval (or the machine) failed to handle this candidate: not the model's fault."""

    message: str

    @property
    def signature(self) -> str:
        """The message with paths and numbers blurred, to tell one recurring failure from many."""
        return re.sub(r"\S*/\S*|\d+", "_", self.message)


def _build(task: Task, cfg: EvalConfig):
    """The build for one task: None (no code), a BuildResult, or a HarnessFailure."""
    try:
        task.code = extract_code(task.generation["output"], task.problem.prompt(task.generation["paradigm"]), task.problem.function)
        if task.code is None:
            return None
        return build_candidate(task.problem, task.generation["paradigm"], task.code, cfg.build_timeout_s,
                               sanitize=cfg.memory_check)
    except HARNESS_ERRORS as exc:
        return HarnessFailure(f"build: {_one_line(exc)}")


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if isinstance(exc, ParevalError) else f"{type(exc).__name__}: {text}"


def _harness_record(task: Task, cfg: EvalConfig, failure: HarnessFailure) -> dict[str, Any]:
    rec = _base_record(task, cfg)
    rec.update(status="harness_error", log=f"[infrastructure error, not the candidate's: {failure.message}]")
    return rec


def repetitions(cfg: EvalConfig) -> Repetitions:
    """The timed repetitions ``cfg`` asks for."""
    return Repetitions(cfg.reps, cfg.warmup, cfg.max_reps, cfg.target_spread, cfg.max_timed_s)


def _memory_check(built, paradigm: str, runs_at: list[Layout], run_timeouts: Mapping[Layout, float],
                  cfg: EvalConfig, summary: Summary) -> dict[str, Any]:
    """The validation cases once in the sanitized build (at the smallest layout of more than one
    worker when there is one: communication and threads included), as the record's ``memory_check``."""
    if built.sanitized is None:
        return {"status": "not_run", "reason": built.sanitize_log or "no sanitized build"}
    lay = min((x for x in runs_at if x.workers > 1), key=lambda x: x.workers, default=runs_at[0])
    res = memory_check(built.workdir, built.sanitized.name, paradigm, lay.ranks,
                       max(30.0, 3 * run_timeouts.get(lay, cfg.fixed_timeout_s or 60.0)), cfg.seed, cfg.launcher,
                       lay.threads)
    summary.run_s += res.seconds
    summary.memory_check_s += res.seconds
    out = {"status": res.status, "ranks": lay.ranks, "seconds": round(res.seconds, 4)}
    if uses_openmp(paradigm):
        out["threads"] = lay.threads
    if res.status != "ok":
        out["log"] = res.log
    return out


def _evaluate_built(task: Task, built, cfg: EvalConfig, summary: Summary,
                    expected_dir: Path | None = None) -> dict[str, Any]:
    rec = _base_record(task, cfg)
    if built is None:
        rec.update(status="no_code", log="no C++ code found in the model's output")
        return rec
    summary.build_s += built.seconds
    rec["build_s"] = round(built.seconds, 4)
    if not built.ok:
        status = "rejected" if built.rejected else "build_timeout" if built.timed_out else "build_error"
        rec.update(status=status, log=built.log)
        shutil.rmtree(built.workdir, ignore_errors=True)
        return rec
    rec["built"] = True
    rec.update(built.flags)
    paradigm = task.generation["paradigm"]
    runs_at = layouts(paradigm, cfg)
    expected = expected_dir / f"{task.problem.id}.{cfg.size or 'default'}.{cfg.seed}.expected" if expected_dir else None
    runs: list[RunResult] = []
    try:
        run_timeouts = {lay: run_timeout(task.problem, lay.workers, cfg) for lay in runs_at}

        def launch(lay: Layout, plan: Plan) -> RunResult:
            res = judge(built.workdir, built.checker, paradigm, lay.ranks, run_timeouts[lay], cfg.size,
                        repetitions(cfg), seed=cfg.seed, plan=plan, expected=expected, launcher=cfg.launcher,
                        threads=lay.threads)
            summary.run_s += res.seconds
            if plan.time:
                summary.timed_s += res.seconds
            else:
                summary.validation_s += res.seconds
            summary.check_s += res.check_s
            return res

        def timed(lay: Layout, plan: Plan) -> RunResult:
            """A timed launch; once more, after the machine calms, when others disturbed it."""
            res = launch(lay, plan)
            if res.status == "ok" and res.disturbed and cfg.retime_disturbed:
                quiet, waited = wait_for_quiet()
                summary.quiet_wait_s += waited
                res.quiet_wait_s = waited
                if quiet:  # timing again on a machine that stays busy would only give another such number
                    res = launch(lay, plan)
                    res.retimed, res.quiet_wait_s = 1, waited
            return res

        # the validation cases alone first (cheap), so a wrong answer never pays for the timed input
        gate = launch(runs_at[0], Plan(cases=True, time=False))
        runs = [] if gate.status == "ok" else [gate]
        # a clean gate, or a crash (the sanitizers then say what it was), gets the memory check
        if gate.status in ("ok", "runtime_error") and cfg.memory_check:
            memory = _memory_check(built, paradigm, runs_at, run_timeouts, cfg, summary)
            rec["memory_check"] = memory
            if memory["status"] == "memory_error":
                gate.status, gate.log = "memory_error", memory.pop("log")
                runs = [gate]
            memory.pop("log", None)
        for i, lay in enumerate(runs_at if gate.status == "ok" else ()):
            res = timed(lay, Plan(cases=i > 0, time=True, baseline=i == 0))
            if i == 0:
                res.seconds += gate.seconds
            runs.append(res)
            if res.status != "ok":
                break
    finally:
        shutil.rmtree(built.workdir, ignore_errors=True)
    def key(res: RunResult) -> str:
        return paradigms.key(paradigm, Layout(res.ranks, res.threads))

    for res in runs:
        rec["runs"][key(res)] = {
            "status": res.status, "runtime_s": res.runtime_s, "seconds": round(res.seconds, 4),
            "failed_case": res.failed_case, "times": res.times, "spread": spread(res.times), "steady": res.steady,
            "load": res.load, "others_cpu": None if res.others_cpu is None else round(res.others_cpu, 3),
            "disturbed": res.disturbed, "retimed": res.retimed, "quiet_wait_s": round(res.quiet_wait_s, 2),
            "ranks": res.ranks, "threads": res.threads, "threads_peak": res.threads_peak}
        if res.threads_peak is not None and res.threads_peak > allowed_threads(paradigm, res.ranks, res.threads):
            rec["threads_beyond_allowance"] = True
    failed = next((r for r in runs if r.status != "ok"), None)
    rec["status"] = failed.status if failed else "ok"
    rec["valid"] = failed is None
    rec["log"] = failed.log if failed else ""
    rec["runtime_s"] = {key(r): r.runtime_s for r in runs if r.status == "ok"}
    baseline = runs[0].baseline_s if runs else None
    rec["baseline_s"] = baseline
    rec["baseline_times"] = runs[0].baseline_times if runs else []
    if baseline:
        rec["speedup"] = {k: baseline / v for k, v in rec["runtime_s"].items() if v}
    return rec


_SUMMED = ("build_s", "run_s", "validation_s", "memory_check_s", "timed_s", "check_s", "quiet_wait_s")


def _add(summary: Summary, part: Summary) -> None:
    for name in _SUMMED:
        setattr(summary, name, getattr(summary, name) + getattr(part, name))
    summary.harness_errors.extend(part.harness_errors)


_worker_expected: Path | None = None


def evaluate_candidate(task: Task, cfg: EvalConfig) -> tuple[dict[str, Any], Summary]:
    """One candidate start to end where it runs (a cluster's worker): extract, build, run, judge.
    Returns its record and what it cost; the submitting process appends the record."""
    global _worker_expected
    if _worker_expected is None or not _worker_expected.is_dir():  # this worker's expected outputs
        _worker_expected = Path(tempfile.mkdtemp(prefix="pareval-expected-", dir=sandbox.HIDDEN_TMP))
        atexit.register(shutil.rmtree, _worker_expected, True)
    summary = Summary()
    rec = _evaluate_one(task, _build(task, cfg), cfg, summary, _worker_expected)
    rec["evaluated_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return rec, summary


def _evaluate_one(task: Task, built, cfg: EvalConfig, summary: Summary,
                  expected_dir: Path | None = None) -> dict[str, Any]:
    """The record for one candidate; infrastructure failures become ``harness_error`` records."""
    if isinstance(built, HarnessFailure):
        failure = built
    else:
        try:
            return _evaluate_built(task, built, cfg, summary, expected_dir)
        except HARNESS_ERRORS as exc:
            failure = HarnessFailure(f"run: {_one_line(exc)}")
        finally:
            if built is not None and not isinstance(built, HarnessFailure):
                shutil.rmtree(built.workdir, ignore_errors=True)
    summary.harness_errors.append(f"{task.problem.id} ({task.generation['paradigm']}): {failure.message}")
    return _harness_record(task, cfg, failure)
