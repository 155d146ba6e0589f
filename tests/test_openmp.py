"""OpenMP and MPI+OpenMP candidates, with the real g++ (-fopenmp, libgomp) and the real MPI.

Runs at 1, 2 and 4 threads and at ranks x threads; the thread count is given (OMP_NUM_THREADS)
and checked in the harness's record; an answer with no parallel region is flagged; one that
starts more threads than its layout allows is seen; the CLI takes --paradigm, --threads and
--hybrid and refuses bad ones with one line.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pareval_lib import store
from pareval_lib.errors import ParevalError
from pareval_lib.evaluation.engine import EvalConfig, evaluate
from pareval_lib.problems import paradigms
from pareval_lib.problems.catalogue import get_problem, reference_output

PROBLEM = "reduce_sum_of_squares"
SIZE = 2_000_000

#: Right answer, but 6 threads whatever OMP_NUM_THREADS says; the sum taken 100 times over, so
#: that the team lives long enough for the sampling watcher (every 0.1 s) to see it.
GREEDY = """```cpp
#include <omp.h>
#include <vector>
double sumOfSquares(std::vector<double> const& x) {
    const long n = static_cast<long>(x.size());
    double total = 0.0;
    omp_set_num_threads(6);
    for (int again = 0; again < 100; ++again) {
        total = 0.0;
#pragma omp parallel for reduction(+ : total)
        for (long i = 0; i < n; ++i) total += x[i] * x[i];
    }
    return total;
}
```"""


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    problem = get_problem(PROBLEM)
    records = [
        {"paradigm": "openmp", "output": reference_output(problem, "openmp")},
        {"paradigm": "mpi+omp", "output": reference_output(problem, "mpi+omp")},
        {"paradigm": "openmp", "sample": 1, "output": reference_output(problem, "serial")},
        {"paradigm": "openmp", "sample": 2, "output": GREEDY},
    ]
    cfg = EvalConfig(size=SIZE, reps=2, warmup=0, max_reps=0, fixed_timeout_s=60.0, seed=7)
    tmp = tmp_path_factory.mktemp("openmp")
    gens, out = tmp / "gens.jsonl", tmp / "results.jsonl"
    store.append_records(gens, [{"model": "m", "problem": PROBLEM, "sample": 0, **r} for r in records])
    evaluate(gens, out, cfg)
    return {f"{r['paradigm']}#{r['sample']}": r for r in store.load_records(out)}


def test_openmp_reference_runs_at_each_thread_count_with_the_threads_it_was_given(evaluated) -> None:
    rec = evaluated["openmp#0"]
    assert rec["valid"] and set(rec["runtime_s"]) == {"1", "2", "4"} and set(rec["speedup"]) == {"1", "2", "4"}
    for key, run in rec["runs"].items():
        assert (run["ranks"], run["threads"]) == (1, int(key))
        assert run["threads_peak"] is None or run["threads_peak"] <= int(key)
    assert rec["serial_in_openmp"] is False and rec["threads_beyond_allowance"] is False
    assert rec["settings"]["threads"] == [1, 2, 4]
    assert rec["oversubscribed"] == [t for t in (1, 2, 4) if t > rec["cores"]]
    assert rec["memory_check"]["status"] == "ok" and rec["memory_check"]["threads"] == 2


def test_hybrid_reference_runs_at_every_ranks_x_threads_pair(evaluated) -> None:
    rec = evaluated["mpi+omp#0"]
    assert rec["valid"] and set(rec["runtime_s"]) == {"1x1", "1x2", "2x1", "2x2"}
    assert {k: (r["ranks"], r["threads"]) for k, r in rec["runs"].items()} == {
        "1x1": (1, 1), "1x2": (1, 2), "2x1": (2, 1), "2x2": (2, 2)}
    assert rec["settings"]["layouts"] == ["1x1", "1x2", "2x1", "2x2"]
    assert rec["serial_in_mpi"] is False and rec["serial_in_openmp"] is False
    assert rec["threads_beyond_allowance"] is False
    assert ("2x2" in rec["oversubscribed"]) == (rec["cores"] < 4)


def test_an_answer_that_ignores_openmp_is_valid_but_flagged_serial(evaluated) -> None:
    rec = evaluated["openmp#1"]
    assert rec["valid"] and rec["serial_in_openmp"] is True


def test_more_threads_than_allowed_are_seen(evaluated) -> None:
    rec = evaluated["openmp#2"]
    assert rec["valid"], rec["log"][-300:]
    assert rec["threads_beyond_allowance"] is True
    assert max(run["threads_peak"] or 0 for run in rec["runs"].values()) >= 6


def test_layout_keys_round_trip() -> None:
    for paradigm in paradigms.PARADIGMS:
        for lay in paradigms.layouts(paradigm):
            assert paradigms.parse_key(paradigm, paradigms.key(paradigm, lay)) == lay
    assert paradigms.parse_hybrid("2x2, 1x1,1X2") == ((1, 1), (1, 2), (2, 2))
    assert sorted(["2x2", "1x2", "2x1", "1x1"], key=paradigms.key_order) == ["1x1", "1x2", "2x1", "2x2"]
    assert paradigms.parse_paradigms("openmp,serial") == ("serial", "openmp")
    assert paradigms.parse_paradigms("both") == ("serial", "mpi")
    with pytest.raises(ParevalError, match="unknown paradigm 'cuda'"):
        paradigms.parse_paradigms("serial,cuda")
    with pytest.raises(ParevalError, match="written like 2x2"):
        paradigms.parse_hybrid("2by2")


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pareval_lib.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


def test_cli_evaluates_only_the_paradigms_asked_for_at_the_thread_counts_asked_for(tmp_path: Path) -> None:
    problem = get_problem(PROBLEM)
    gens = tmp_path / "gens.jsonl"
    store.append_records(gens, [{"model": "m", "problem": PROBLEM, "paradigm": p, "sample": 0,
                                 "output": reference_output(problem, p)} for p in ("serial", "openmp")])
    out = tmp_path / "results.jsonl"
    done = _cli("evaluate", str(gens), "--out", str(out), "--paradigm", "openmp", "--threads", "1,2",
                "--size", "100000", "--reps", "1", "--no-memory-check", "--quiet", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [rec] = [json.loads(line) for line in out.read_text().splitlines()]
    assert rec["paradigm"] == "openmp" and set(rec["runtime_s"]) == {"1", "2"}
    bad = _cli("evaluate", str(gens), "--out", str(out), "--hybrid", "2by2", cwd=tmp_path)
    assert bad.returncode != 0 and bad.stderr.strip().splitlines()[-1].startswith("pareval: ")
    assert "2x2" in bad.stderr and "Traceback" not in bad.stderr
    unknown = _cli("evaluate", str(gens), "--out", str(out), "--paradigm", "cuda", cwd=tmp_path)
    assert unknown.returncode != 0 and "unknown paradigm 'cuda'" in unknown.stderr and "Traceback" not in unknown.stderr
    assert len(out.read_text().splitlines()) == 1  # nothing written before is lost
