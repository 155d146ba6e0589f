"""The evaluation engine end to end: self-test, resume after SIGKILL, bad input, CLI."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from pareval_lib import store
from pareval_lib.errors import ParevalError
from pareval_lib.evaluation.engine import STATUSES, EvalConfig, evaluate
from pareval_lib.evaluation.quality import quality_generations
from pareval_lib.evaluation.runner import Plan, Repetitions, record_problem
from pareval_lib.problems.catalogue import get_problem

PROBLEM = "reduce_sum_of_squares"
CLI = [sys.executable, "-m", "pareval_lib"]
TIMING_FIELDS = {"runtime_s", "speedup", "baseline_s", "baseline_times", "seed", "evaluated_at", "build_s", "runs"}


def _gens(path: Path) -> Path:
    store.append_records(path, quality_generations([get_problem(PROBLEM)], ("serial", "mpi")))
    return path


def _comparable(rec: dict) -> dict:
    out = {k: v for k, v in rec.items() if k not in TIMING_FIELDS}
    out["runs"] = {r: run["status"] for r, run in rec["runs"].items()}
    out["log"] = bool(rec["log"])  # logs hold temp paths and timings; presence must agree
    if "memory_check" in rec:  # its seconds are a timing
        out["memory_check"] = rec["memory_check"]["status"]
    return out


def test_reference_self_test_and_record_shape(tmp_path: Path) -> None:
    gens = tmp_path / "g.jsonl"
    store.append_records(gens, [r for r in quality_generations([get_problem(PROBLEM)]) if r["model"] == "reference"])
    summary = evaluate(gens, tmp_path / "r.jsonl", EvalConfig(size=100_000, reps=1, warmup=0))
    recs = store.load_records(tmp_path / "r.jsonl")
    assert summary.evaluated == 4 and len(recs) == 4
    for r in recs:
        for f in ("model", "problem", "domain", "paradigm", "sample", "status", "built", "valid",
                  "runtime_s", "baseline_s", "speedup", "log", "cores", "oversubscribed"):
            assert f in r
        assert r["status"] == "ok" and r["built"] and r["valid"] and r["domain"] == "reduce"
        assert r["baseline_s"] > 0
    mpi = next(r for r in recs if r["paradigm"] == "mpi")
    assert set(mpi["runtime_s"]) == {"1", "2", "4"}
    assert mpi["speedup"]["2"] == pytest.approx(mpi["baseline_s"] / mpi["runtime_s"]["2"])
    assert mpi["oversubscribed"] == ([4] if os.cpu_count() < 4 else [])
    openmp = next(r for r in recs if r["paradigm"] == "openmp")
    assert {k: run["threads"] for k, run in openmp["runs"].items()} == {"1": 1, "2": 2, "4": 4}
    assert openmp["speedup"]["2"] == pytest.approx(openmp["baseline_s"] / openmp["runtime_s"]["2"])
    hybrid = next(r for r in recs if r["paradigm"] == "mpi+omp")
    assert {k: (run["ranks"], run["threads"]) for k, run in hybrid["runs"].items()} == {
        "1x1": (1, 1), "1x2": (1, 2), "2x1": (2, 1), "2x2": (2, 2)}
    assert hybrid["oversubscribed"] == (["2x2"] if os.cpu_count() < 4 else [])


def test_statuses_cover_the_contract(tmp_path: Path) -> None:
    gens = _gens(tmp_path / "g.jsonl")
    store.append_records(gens, [
        {"model": "m", "problem": PROBLEM, "paradigm": "serial", "sample": 0, "output": "No idea, sorry."},
        {"model": "m", "problem": PROBLEM, "paradigm": "serial", "sample": 1,
         "output": "```cpp\ndouble sumOfSquares(std::vector<double> const& x) { return undefined_thing; }\n```"},
    ])
    evaluate(gens, tmp_path / "r.jsonl", EvalConfig(size=1000, reps=1, warmup=0, fixed_timeout_s=20))
    recs = store.load_records(tmp_path / "r.jsonl")
    seen = {r["status"] for r in recs}
    assert seen <= set(STATUSES)
    assert {"ok", "no_code", "build_error", "wrong_answer"} <= seen
    for r in recs:
        assert r["valid"] == (r["status"] == "ok")
        assert r["built"] == (r["status"] not in ("no_code", "build_error", "build_timeout"))
    build_err = next(r for r in recs if r["status"] == "build_error")
    assert "undefined_thing" in build_err["log"]


def _evaluate_cli(gens: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(CLI + ["evaluate", str(gens), "--out", str(out), "--size", "2000", "--reps", "1",
                                   "--jobs", "1", "--quiet", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_then_resume_equals_uninterrupted(tmp_path: Path) -> None:
    gens = _gens(tmp_path / "g.jsonl")
    full = tmp_path / "full.jsonl"
    p = _evaluate_cli(gens, full)
    assert p.wait(timeout=300) == 0, p.stderr.read()
    expected = {r["key"]: _comparable(r) for r in store.load_records(full)}
    assert len(expected) == len(store.load_records(gens))

    resumed = tmp_path / "resumed.jsonl"
    p = _evaluate_cli(gens, resumed)
    deadline = time.time() + 300
    while time.time() < deadline and (not resumed.exists() or resumed.read_text().count("\n") < 2):
        time.sleep(0.05)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    written = resumed.read_text().count("\n")
    assert 2 <= written < len(expected), "the kill should land midway"
    with open(resumed, "a") as fh:  # a torn last line, as a kill during write() could leave
        fh.write('{"key": "torn", "mod')
    p = _evaluate_cli(gens, resumed)
    assert p.wait(timeout=300) == 0, p.stderr.read()
    got = store.load_records(resumed)
    keys = [r["key"] for r in got]
    assert len(keys) == len(set(keys)), "duplicated records after resume"
    assert {k: _comparable(r) for k, r in zip(keys, got)} == expected

    p = _evaluate_cli(gens, resumed)  # a third run has nothing left to do
    out, _ = p.communicate(timeout=120)
    assert p.returncode == 0 and "evaluated 0" in out
    assert len(store.load_records(resumed)) == len(expected)


def test_ctrl_c_leaves_no_build_folder_and_loses_no_result(tmp_path: Path) -> None:
    gens = _gens(tmp_path / "g.jsonl")
    scratch = tmp_path / "scratch"  # the run's build folders live here (TMPDIR)
    scratch.mkdir()
    out = tmp_path / "r.jsonl"
    p = subprocess.Popen(CLI + ["evaluate", str(gens), "--out", str(out), "--size", "2000", "--reps", "1",
                                "--jobs", "2", "--quiet"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env=dict(os.environ, TMPDIR=str(scratch)))
    deadline = time.time() + 300
    while time.time() < deadline and (not out.exists() or out.read_text().count("\n") < 1):
        time.sleep(0.05)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 130 and "interrupted" in err, err
    done = store.load_records(out)
    assert 1 <= len(done) < len(store.load_records(gens)), "the interrupt should land midway"
    assert not [f.name for f in scratch.iterdir()], "build folders left behind"
    p = _evaluate_cli(gens, out)  # resumes: every record once
    assert p.wait(timeout=300) == 0, p.stderr.read()
    keys = [r["key"] for r in store.load_records(out)]
    assert len(keys) == len(set(keys)) == len(store.load_records(gens))


def test_an_evaluation_stopped_midway_stops_its_builds_and_leaves_no_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In process: the first record's progress call raises, as Ctrl-C would, with builds ahead."""
    gens = _gens(tmp_path / "g.jsonl")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    threads = set(threading.enumerate())

    def interrupt(rec: dict) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        evaluate(gens, tmp_path / "r.jsonl", EvalConfig(size=2000, reps=1, warmup=0, jobs=2), progress=interrupt)
    assert len(store.load_records(tmp_path / "r.jsonl")) == 1
    # the build pool is shut down before evaluate returns (not later, in a thread's garbage
    # collection), so every build folder is known and removed
    assert not [t.name for t in set(threading.enumerate()) - threads if t.is_alive()]
    assert not [f.name for f in scratch.iterdir()], "build folders left behind"


def test_malformed_generations_file(tmp_path: Path) -> None:
    gens = tmp_path / "bad.jsonl"
    good = {"model": "m", "problem": PROBLEM, "paradigm": "serial", "sample": 0,
            "output": f"```cpp\n{get_problem(PROBLEM).solution('serial')}```"}
    lines = [
        json.dumps(good),
        '{"model": "m", "problem": ',  # bad JSON
        json.dumps({**good, "problem": "no_such_problem", "sample": 1}),
        json.dumps({k: v for k, v in good.items() if k != "output"} | {"sample": 2}),
        json.dumps({**good, "paradigm": "cuda", "sample": 3}),
        "[1, 2, 3]",
    ]
    gens.write_text("\n".join(lines) + "\n")
    out = tmp_path / "r.jsonl"
    p = subprocess.run(CLI + ["evaluate", str(gens), "--out", str(out), "--size", "1000", "--quiet"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode != 0
    errors = [ln for ln in p.stderr.splitlines() if ln.startswith("pareval: error:")]
    assert len(errors) == 5, p.stderr
    assert any("line 2" in e and "JSON" in e for e in errors)
    assert any("line 3" in e and "no_such_problem" in e for e in errors)
    assert any("line 4" in e and "output" in e for e in errors)
    assert any("line 5" in e and "paradigm" in e for e in errors)
    recs = store.load_records(out)
    assert len(recs) == 1 and recs[0]["status"] == "ok", "the good record must be kept"


def test_missing_file_and_bad_ranks_are_one_line_errors(tmp_path: Path) -> None:
    p = subprocess.run(CLI + ["evaluate", str(tmp_path / "nope.jsonl")], capture_output=True, text=True)
    assert p.returncode != 0 and p.stderr.strip().count("\n") == 0 and "no such file" in p.stderr
    gens = _gens(tmp_path / "g.jsonl")
    p = subprocess.run(CLI + ["evaluate", str(gens), "--ranks", "two"], capture_output=True, text=True)
    assert p.returncode != 0 and p.stderr.strip().startswith("pareval: error:") and "\n" not in p.stderr.strip()
    p = subprocess.run(CLI + ["evaluate", str(gens), "--ranks", "0,2"], capture_output=True, text=True)
    assert p.returncode != 0 and "positive" in p.stderr and "\n" not in p.stderr.strip()


def test_any_rank_list_gets_speedups_from_the_checkers_baseline(tmp_path: Path) -> None:
    gens = tmp_path / "g.jsonl"
    store.append_records(gens, [r for r in quality_generations([get_problem(PROBLEM)])
                                if r["model"] == "reference" and r["paradigm"] == "mpi"])
    evaluate(gens, tmp_path / "r.jsonl", EvalConfig(ranks=(4, 2), size=100_000, reps=2, warmup=0, seed=7,
                                                    target_spread=0.0))
    [rec] = store.load_records(tmp_path / "r.jsonl")
    assert rec["status"] == "ok" and set(rec["runtime_s"]) == {"2", "4"} and rec["seed"] == 7
    assert len(rec["baseline_times"]) == 2 and rec["baseline_s"] > 0
    assert rec["speedup"]["4"] == pytest.approx(rec["baseline_s"] / rec["runtime_s"]["4"])
    for run in rec["runs"].values():
        assert len(run["times"]) == 2 and run["spread"] is not None and run["load"] is not None


def test_repetitions_adapt_to_the_spread_on_every_rank_alike(tmp_path: Path) -> None:
    """A target no timing can meet runs the most repetitions (every rank takes the same decision,
    or the collective inside the candidate would hang); one every timing meets stops at --reps.
    The checker's baseline follows the same rule."""
    gens = tmp_path / "g.jsonl"
    store.append_records(gens, [r for r in quality_generations([get_problem(PROBLEM)])
                                if r["model"] == "reference" and r["paradigm"] == "mpi"])
    base = EvalConfig(ranks=(1, 2), size=100_000, reps=2, warmup=1, max_reps=6, max_timed_s=30.0, seed=3,
                      memory_check=False, fixed_timeout_s=30.0)
    for target, count, steady in ((1e-12, 6, False), (100.0, 2, True)):
        out = tmp_path / f"r{count}.jsonl"
        evaluate(gens, out, replace(base, target_spread=target))
        [rec] = store.load_records(out)
        assert rec["status"] == "ok", rec["log"]
        assert rec["settings"]["max_reps"] == 6 and rec["settings"]["target_spread"] == target
        for times, run_steady in [(rec["baseline_times"], None)] + [(run["times"], run["steady"])
                                                                     for run in rec["runs"].values()]:
            # a fast candidate's two last timings can be equal to the nanosecond: a spread of 0,
            # which meets even a 1e-12 target, so it stops there, steady
            tie = steady is False and times[-1] == times[-2]
            assert len(times) == count or tie, times
            assert run_steady in (None, steady or tie)
    # the time budget ends the repetitions too: a budget already spent after --reps stops there
    out = tmp_path / "budget.jsonl"
    evaluate(gens, out, replace(base, target_spread=1e-12, max_timed_s=1e-9))
    [rec] = store.load_records(out)
    assert rec["status"] == "ok" and all(len(run["times"]) == 2 for run in rec["runs"].values())


def test_a_timing_record_with_more_repetitions_than_allowed_is_not_judged() -> None:
    counts = Repetitions(reps=3, warmup=1, max_reps=5, target_spread=0.05, max_timed_s=1.0)
    timed = Plan(cases=True, time=True)

    def record(n: int) -> dict:
        return {"ranks": 1, "written": True, "reps": n, "times": [0.01] * n}

    assert record_problem(record(3), 1, counts, timed, 1.0) is None
    assert record_problem(record(5), 1, counts, timed, 1.0) is None
    assert "number of timings" in record_problem(record(6), 1, counts, timed, 1.0)
    assert "number of timings" in record_problem(record(2), 1, counts, timed, 1.0)
    fixed = Repetitions(reps=3, warmup=1)  # not adaptive: exactly reps
    assert "number of timings" in record_problem(record(4), 1, fixed, timed, 1.0)


def test_default_results_path_is_the_data_folder(tmp_path: Path) -> None:
    gens = tmp_path / "elsewhere" / "g.jsonl"
    gens.parent.mkdir()
    store.append_records(gens, [{"model": "m", "problem": PROBLEM, "paradigm": "serial", "sample": 0, "output": "no code"}])
    env = dict(os.environ, PAREVAL_DATA=str(tmp_path / "data"))
    p = subprocess.run(CLI + ["evaluate", str(gens), "--ranks", "1", "--quiet"], capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    assert [r["status"] for r in store.load_records(tmp_path / "data" / "results" / "g.jsonl")] == ["no_code"]
    # --data-dir wins over $PAREVAL_DATA, and --help states the rule
    p = subprocess.run(CLI + ["--data-dir", str(tmp_path / "mine"), "evaluate", str(gens), "--quiet"],
                       capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    assert [r["status"] for r in store.load_records(tmp_path / "mine" / "results" / "g.jsonl")] == ["no_code"]
    helptext = subprocess.run(CLI + ["--help"], capture_output=True, text=True).stdout
    assert "--data-dir" in helptext and "PAREVAL_DATA" in helptext


def test_missing_compiler_is_a_clear_error(tmp_path: Path) -> None:
    gens = _gens(tmp_path / "g.jsonl")
    env = dict(os.environ, PAREVAL_CXX="/nonexistent/g++", PAREVAL_CACHE=str(tmp_path / "cache"))
    p = subprocess.run(CLI + ["evaluate", str(gens), "--out", str(tmp_path / "r.jsonl")],
                       capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode != 0
    assert p.stderr.strip().startswith("pareval: error:") and "\n" not in p.stderr.strip(), p.stderr


def test_problems_cli_lists_prompts() -> None:
    p = subprocess.run(CLI + ["problems", "--json"], capture_output=True, text=True, check=True)
    rows = json.loads(p.stdout)
    row = next(r for r in rows if r["id"] == PROBLEM)
    assert row["domain"] == "reduce" and row["title"]
    assert row["prompts"]["serial"] == get_problem(PROBLEM).prompt("serial")
    assert "MPI" in row["prompts"]["mpi"] and row["prompts"]["mpi"].rstrip().endswith("{")
    assert row["paradigms"] == ["serial", "mpi", "openmp", "mpi+omp"]
    assert "OpenMP" in row["prompts"]["openmp"] and "MPI_THREAD_FUNNELED" in row["prompts"]["mpi+omp"]


def test_doctor_reports_every_part() -> None:
    p = subprocess.run(CLI + ["doctor"], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout
    for part in ("C++ compiler", "MPI compiler", "mpi4py", "cores", "sandbox", "default model"):
        assert part in p.stdout


def test_a_smoke_run_result_is_not_reused_by_a_run_with_other_settings(tmp_path: Path) -> None:
    from pareval_lib.analysis.results import load_results, mixed_settings

    gens, out = tmp_path / "g.jsonl", tmp_path / "r.jsonl"
    store.append_records(gens, [r for r in quality_generations([get_problem(PROBLEM)])
                                if r["model"] == "reference" and r["paradigm"] == "serial"])
    smoke = EvalConfig(size=1000, reps=1, warmup=0)
    assert evaluate(gens, out, smoke).evaluated == 1
    (first,) = store.load_records(out)
    assert first["settings"]["size"] == 1000 and first["settings"]["reps"] == 1
    assert first["settings"]["problem_hash"] == get_problem(PROBLEM).content_hash()
    assert len(first["settings"]["harness_hash"]) == 16
    again = evaluate(gens, out, smoke)
    assert (again.evaluated, again.skipped) == (0, 1)  # same settings: resumed, not repeated

    full = EvalConfig(size=2000, reps=2, warmup=0)
    with pytest.raises(ParevalError, match=r"judged with other settings .*size 1000 there, 2000 now; reps 1 there"):
        evaluate(gens, out, replace(full, on_mismatch="refuse"))
    assert len(store.load_records(out)) == 1  # the refusal wrote nothing
    summary = evaluate(gens, out, full)
    assert (summary.evaluated, summary.reevaluated, summary.skipped) == (1, 1, 0)
    records = store.load_records(out)
    assert [r["settings"]["reps"] for r in records] == [1, 2]
    both = load_results(out)
    assert mixed_settings(both) and "different settings" in mixed_settings(both)
    assert mixed_settings(both.tail(1)) is None
    assert evaluate(gens, out, full).skipped == 1  # the newest record stands for the generation


def _hogs(n: int, seconds: float | None = None) -> list[subprocess.Popen]:
    """Busy loops: other processes keeping ``n`` cores busy (for ``seconds``, or until killed)."""
    code = "import time\nend = time.monotonic() + float(__import__('sys').argv[1])\nwhile time.monotonic() < end: pass"
    return [subprocess.Popen([sys.executable, "-c", code, str(seconds or 3600)]) for _ in range(n)]


def test_timings_taken_while_others_keep_the_machine_busy_are_marked_disturbed(tmp_path: Path) -> None:
    from pareval_lib.evaluation import runner

    gens = tmp_path / "g.jsonl"
    store.append_records(gens, [r for r in quality_generations([get_problem(PROBLEM)], ("serial", "mpi"))
                                if r["model"] == "reference"])
    runner._busy_since.clear()  # an earlier evaluation on a busy machine must not start the hold-off here
    hogs = _hogs(os.cpu_count() or 2)
    try:
        # at one rank: where the ranks fill the machine, a competitor takes the candidate's own cores
        # and is not told apart from it (runner.DISTURBED_CORES)
        evaluate(gens, tmp_path / "r.jsonl", EvalConfig(size=100_000, reps=2, seed=5, ranks=(1,)))
    finally:
        for h in hogs:
            h.kill()
        runner._busy_since.clear()
    runs = [run for r in store.load_records(tmp_path / "r.jsonl") for run in r["runs"].values()]
    assert runs and all(run["status"] == "ok" for run in runs)
    # the busy loops never stop: every timing is marked, none is taken again on a machine still busy
    assert all(run["disturbed"] is True and run["others_cpu"] > runner.DISTURBED_CORES for run in runs)
    assert all(run["retimed"] == 0 for run in runs)
    assert runs[0]["quiet_wait_s"] >= runner.QUIET_WAIT_S - 0.1  # it waited once, then stopped waiting
    assert sum(run["quiet_wait_s"] for run in runs) < 2 * runner.QUIET_WAIT_S + 1


def test_waiting_for_quiet_ends_when_the_others_stop() -> None:
    from pareval_lib.evaluation import runner

    runner._busy_since.clear()
    hogs = _hogs(os.cpu_count() or 2, seconds=0.8)
    try:
        time.sleep(0.2)
        quiet, waited = runner.wait_for_quiet(most_s=20.0)
    finally:
        for h in hogs:
            h.kill()
    assert waited > 0.3  # not before the busy loops ended
    if not quiet:  # then the machine must still be busy with something else: look independently
        from pareval_lib.machine import OthersProbe

        probe = OthersProbe()
        time.sleep(1.0)
        assert probe.cores() > runner.DISTURBED_CORES / 2, "called busy a machine that is quiet"
    runner._busy_since.clear()


def test_calibration_runs_the_reference_in_the_trusted_checker(monkeypatch: pytest.MonkeyPatch) -> None:
    """The run timeout's calibration: the checker runs the reference (cases, warm-up, repetitions)
    under the timing lock; nothing is built or run in the sandbox for it."""
    from pareval_lib.evaluation import calibration, sandbox

    def no_sandbox(*args, **kwargs):
        raise AssertionError("calibration used the sandbox")

    monkeypatch.setattr(sandbox, "run", no_sandbox)
    problem = get_problem(PROBLEM)
    small = calibration._measure_reference(problem, EvalConfig(size=1000, seed=3))
    large = calibration._measure_reference(problem, EvalConfig(size=20_000_000, seed=3))
    assert 0 < small < large < 60  # the timed input's size shows in the calibration
    with pytest.raises(ParevalError, match="fails here"):  # a reference that cannot run is one line
        calibration._measure_reference(problem, EvalConfig(size=10**15, seed=3))
