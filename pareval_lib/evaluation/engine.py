"""Evaluate a generations file: extract, build, run at each rank count, validate, time, record.

The work is a map over independent tasks (one per generation) handed to an executor, then an
append of each result to the results file. Results already in that file are skipped, so an
interrupted evaluation resumes where it stopped.

A result record (one JSON line) holds: ``key`` (the generation's identity, see
``store.generation_key``), ``model problem domain paradigm sample``; ``status`` (``ok``,
``no_code``, ``build_error``, ``build_timeout``, ``rejected`` (the link-time audit refused it: see
``evaluation/audit.py``), ``wrong_answer``, ``memory_error`` (AddressSanitizer or UBSan reported
on the validation cases; ``memory_check`` says how that check went), ``runtime_error``,
``timeout``, or ``harness_error`` when pareval or the machine failed: never counted, retried);
``built`` and ``valid``; ``runtime_s``, ``speedup`` and ``runs`` keyed by rank count (text; each run
holds its status, every timed repetition, their spread and the load average when it started);
``baseline_s`` and ``baseline_times`` (the serial reference, timed by the checker in its own
process right after the candidate's first timed run); ``seed`` (of the validation and timed
inputs, drawn per evaluation unless given: any run can be replayed); ``log``; ``cores``, ``oversubscribed`` (rank
counts above the cores), ``sandbox`` (its mode), ``harness`` (pareval's version), ``build_s``,
``evaluated_at``; ``placement`` (host, launcher, and under Slurm the job, its nodes, tasks per node,
cores per task and per node) and ``executor``; ``serial_in_mpi`` (MPI) or ``threads_in_serial`` (serial): the paradigm check,
reported beside validity; ``settings`` (see ``evaluation/settings.py``: what the numbers were judged
with, and the problem's and harness's content hashes; resume matches on them).
"""
from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any, Callable, Mapping

from pareval_lib import store
from pareval_lib.errors import ParevalError
from pareval_lib.evaluation import launchers, pausing, sandbox
from pareval_lib.evaluation.candidate import (  # noqa: F401 - EvalConfig, STATUSES: the engine's public names
    HARNESS_ERROR_STREAK, STATUSES, EvalConfig, HarnessFailure, Summary, Task, _add, _build, _evaluate_one,
    _harness_record, _one_line, evaluate_candidate)
from pareval_lib.evaluation.executors import Executor, LocalExecutor
from pareval_lib.evaluation.settings import ON_MISMATCH, differences, run_settings
from pareval_lib.evaluation.toolchain import find_toolchain
from pareval_lib.problems.catalogue import Problem, get_problem
from pareval_lib.problems.paradigms import uses_mpi

def load_tasks(
    generations: Path,
    done: Mapping[str, Mapping[str, Any]],
    wanted: Callable[[Problem, str], dict[str, Any]] | None = None,
) -> tuple[list[Task], list[str], int, list[tuple[Task, list[str]]]]:
    """Tasks to evaluate; one message per bad line; how many were done already; and the tasks
    whose stored result (in ``done``, by key) was judged with settings other than ``wanted``'s,
    with the differences in words (they are in the task list too)."""
    tasks, bad, skipped, seen, mismatched = [], [], 0, set(), []
    for no, rec in store.read_jsonl(generations):
        if isinstance(rec, store.BadLine):
            bad.append(f"{generations}:{rec}")
            continue
        why = store.check_generation(rec)
        if why is None:
            try:
                problem = get_problem(rec["problem"])
                if rec["paradigm"] not in problem.paradigms:
                    why = f"{problem.id} has no {rec['paradigm']} prompt"
            except ParevalError as exc:
                why = str(exc)
        if why is not None:
            bad.append(f"{generations}:line {no}: {why}")
            continue
        key = store.generation_key(rec)
        if key in seen:
            skipped += 1
            continue
        seen.add(key)
        if key in done:
            differ = differences(done[key].get("settings"), wanted(problem, rec["paradigm"])) if wanted else []
            if not differ:
                skipped += 1
                continue
            mismatched.append((Task(key, rec, problem), differ))
        tasks.append(Task(key, rec, problem))
    return tasks, bad, skipped, mismatched


def evaluate(
    generations: Path,
    results: Path,
    cfg: EvalConfig = EvalConfig(),
    executor: Executor | None = None,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> Summary:
    """Evaluate every generation not yet in `results`; bad lines are reported, good ones kept."""
    start = time.monotonic()
    ranks = tuple(sorted(set(cfg.ranks)))  # any list: the baseline is the checker's serial reference
    if not ranks or ranks[0] < 1:
        raise ParevalError(f"rank counts must be positive, got {list(cfg.ranks)}")
    seed = cfg.seed if cfg.seed is not None else secrets.randbelow(2**31 - 1) + 1
    cfg = replace(cfg, ranks=ranks, seed=seed)
    find_toolchain()  # a missing compiler is a clear error before any work
    problem_with_fallback = sandbox.fallback_problem()
    if problem_with_fallback:
        raise ParevalError(problem_with_fallback)
    executor = executor or LocalExecutor(cfg.jobs)
    store.repair_torn_tail(results)
    if cfg.on_mismatch not in ON_MISMATCH:
        raise ParevalError(f"on_mismatch must be one of {', '.join(ON_MISMATCH)}, got {cfg.on_mismatch!r}")
    tasks, bad, skipped, mismatched = load_tasks(generations, store.latest_results(results),
                                                 lambda problem, paradigm: run_settings(cfg, problem, paradigm))
    if mismatched and cfg.on_mismatch == "refuse":
        first, differ = mismatched[0]
        raise ParevalError(
            f"{results} holds {len(mismatched)} result(s) judged with other settings (first: {first.problem.id} "
            f"{first.generation['paradigm']}: {'; '.join(differ)}); judge them again with --on-mismatch reevaluate, "
            f"or write to another --out")
    summary = Summary(skipped=skipped, bad_lines=bad, reevaluated=len(mismatched))
    tasks = _refuse_sizes(tasks, cfg, summary)
    tasks = [t for t in tasks if t.generation["paradigm"] in cfg.paradigms]
    if any(uses_mpi(t.generation["paradigm"]) for t in tasks):
        find_toolchain().require_mpi()
        if not hasattr(executor, "map_candidates"):  # a cluster's workers check where they run
            launchers.require(cfg.launcher)
    sandbox.warn_if_weak()
    streak: list[tuple[str, str]] = []  # (problem, failure signature) of consecutive harness errors
    chunk = max(4, 2 * executor_jobs(executor))  # builds started ahead of the runs
    # expected outputs of each timed input, computed once per problem by the checker; under /tmp,
    # which the sandbox cannot see
    expected_dir = Path(tempfile.mkdtemp(prefix="pareval-expected-", dir=sandbox.HIDDEN_TMP))
    built_dirs: set[Path] = set()  # build folders not yet judged: removed whatever stops the run (Ctrl-C)
    try:
        _evaluate_tasks(tasks, cfg, executor, summary, streak, chunk, expected_dir, results, progress, built_dirs)
    finally:
        for folder in [expected_dir, *built_dirs]:
            shutil.rmtree(folder, ignore_errors=True)
    summary.wall_s = time.monotonic() - start
    return summary


def _evaluate_tasks(tasks: list[Task], cfg: EvalConfig, executor: Executor, summary: Summary,
                    streak: list[tuple[str, str]], chunk: int, expected_dir: Path, results: Path,
                    progress: Callable[[dict[str, Any]], None] | None, built_dirs: set[Path]) -> None:
    if hasattr(executor, "map_candidates"):  # a cluster: each candidate start to end on a worker
        for task, outcome in executor.map_candidates(partial(evaluate_candidate, cfg=cfg), tasks):
            if isinstance(outcome, BaseException):  # the worker or the executor failed, not the candidate
                failure = HarnessFailure(f"executor: {_one_line(outcome)}")
                summary.harness_errors.append(f"{task.problem.id} ({task.generation['paradigm']}): {failure.message}")
                rec = _harness_record(task, cfg, failure)
            else:
                rec, part = outcome
                _add(summary, part)
            rec["executor"] = executor_name(executor)
            _keep(rec, task, results, summary, streak, progress)
        return

    def build(task: Task):
        pausing.give_way()  # extraction and hashing are work too: not while a launch is timed
        built = _build(task, cfg)
        if built is not None and not isinstance(built, HarnessFailure):
            built_dirs.add(built.workdir)
        return built

    if not cfg.overlap_builds:  # a chunk's builds, then its runs: nothing builds while anything runs
        for i in range(0, len(tasks), chunk):
            part = tasks[i : i + chunk]
            t0 = time.monotonic()
            builds = list(executor.map_builds(build, part))
            summary.build_phase_s += time.monotonic() - t0
            for task, built in zip(part, builds):
                _run_and_keep(task, built, cfg, executor, summary, streak, expected_dir, results, progress, built_dirs)
        return
    # the next candidates build while this one runs; stopped while it is timed (pausing)
    builds = executor.map_builds(build, tasks, ahead=chunk)
    try:
        for task in tasks:
            t0 = time.monotonic()
            built = next(builds)
            summary.build_phase_s += time.monotonic() - t0  # waited for: not hidden behind a run
            _run_and_keep(task, built, cfg, executor, summary, streak, expected_dir, results, progress, built_dirs)
    except BaseException:  # Ctrl-C, a streak of harness errors: the builds ahead are not wanted
        pausing.kill_builds()
        raise
    finally:  # here, not in a pool thread's garbage collection: waits for the builds still running,
        builds.close()  # so that every build folder is in built_dirs before the caller removes them


def _run_and_keep(task: Task, built, cfg: EvalConfig, executor: Executor, summary: Summary,
                  streak: list[tuple[str, str]], expected_dir: Path, results: Path,
                  progress: Callable[[dict[str, Any]], None] | None, built_dirs: set[Path]) -> None:
    rec = _evaluate_one(task, built, cfg, summary, expected_dir)
    if built is not None and not isinstance(built, HarnessFailure):
        built_dirs.discard(built.workdir)
    rec["evaluated_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    rec["executor"] = executor_name(executor)
    _keep(rec, task, results, summary, streak, progress)


def _keep(rec: dict[str, Any], task: Task, results: Path, summary: Summary, streak: list[tuple[str, str]],
          progress: Callable[[dict[str, Any]], None] | None) -> None:
    """Append one record (this process alone writes the results file) and count it."""
    store.append_records(results, [rec])
    summary.evaluated += 1
    summary.statuses[rec["status"]] = summary.statuses.get(rec["status"], 0) + 1
    if progress:
        progress(rec)
    _check_streak(streak, task, rec, summary)


def _check_streak(streak: list[tuple[str, str]], task: Task, rec: dict[str, Any], summary: Summary) -> None:
    """Stop with one line when the same infrastructure error keeps recurring across problems."""
    if rec["status"] != "harness_error":
        streak.clear()
        return
    streak.append((task.problem.id, HarnessFailure(rec["log"]).signature))
    recent = streak[-HARNESS_ERROR_STREAK:]
    if (len(recent) == HARNESS_ERROR_STREAK and len({sig for _, sig in recent}) == 1
            and len({pid for pid, _ in recent}) >= 2):
        raise ParevalError(
            f"stopped: the last {HARNESS_ERROR_STREAK} candidates ({len({p for p, _ in recent})} problems) all hit the "
            f"same infrastructure error, so the rest would too: {summary.harness_errors[-1]} "
            f"(their records are marked harness_error and are retried on the next run)")


def _refuse_sizes(tasks: list[Task], cfg: EvalConfig, summary: Summary) -> list[Task]:
    """Drop the tasks of problems whose driver cannot take ``--size``, one line per problem."""
    if cfg.size is None:
        return tasks
    verdicts = {t.problem.id: t.problem.size_problem(cfg.size) for t in tasks}
    summary.refused.extend(why for why in verdicts.values() if why)
    return [t for t in tasks if verdicts[t.problem.id] is None]


def executor_jobs(executor: Executor) -> int:
    return getattr(executor, "jobs", 1)


def executor_name(executor: Executor) -> str:
    return getattr(executor, "name", "local")
