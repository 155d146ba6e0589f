"""The bench's run-to-run summary, on hand-made records (the bench itself is `make bench`)."""
from __future__ import annotations

import pytest

from pareval_lib.bench import run_to_run


def _rec(problem: str, paradigm: str, runtimes: dict[str, float], status: str = "ok") -> dict:
    speedup = {k: runtimes["1"] / v for k, v in runtimes.items()} if paradigm == "mpi" else {}
    return {"problem": problem, "paradigm": paradigm, "status": status, "runtime_s": runtimes, "speedup": speedup}


def test_run_to_run_compares_the_runtimes_both_runs_have() -> None:
    first = [_rec("a", "serial", {"1": 1.0}), _rec("b", "mpi", {"1": 2.0, "2": 1.0}),
             _rec("c", "serial", {"1": 1.0})]
    second = [_rec("a", "serial", {"1": 1.25}), _rec("b", "mpi", {"1": 2.0, "2": 0.8}),
              _rec("c", "serial", {}, status="wrong_answer")]
    rr = run_to_run(first, second)
    assert rr["pairs"] == 3  # c failed the second time: not a timing to compare
    assert rr["ratios"] == {"a/serial@1": 1.25, "b/mpi@1": 1.0, "b/mpi@2": 0.8}
    assert rr["ratio_median"] == pytest.approx(1.0)
    # apart: 0.25, 0.0, 1.0/0.8 - 1 = 0.25; median 0.25, 90th percentile 0.25
    assert rr["runtime_apart_median"] == pytest.approx(0.25)
    assert rr["runtime_apart_max"] == pytest.approx(0.25)
    # speedup at 2 ranks of b: 2.0 then 2.5
    assert rr["speedup_2_gap_median"] == pytest.approx(0.5)


def test_run_to_run_of_nothing_in_common() -> None:
    rr = run_to_run([_rec("a", "serial", {"1": 1.0})], [_rec("b", "serial", {"1": 1.0})])
    assert rr["pairs"] == 0 and rr["runtime_apart_median"] is None and rr["ratios"] == {}


def test_references_reaching_1_5x_are_counted_per_paradigm_at_two_workers() -> None:
    from pareval_lib.bench import reach_by_paradigm

    per = [{"paradigm": "mpi", "status": "ok", "speedup": {"1": 1.0, "2": 1.6}},
           {"paradigm": "mpi", "status": "ok", "speedup": {"1": 1.0, "2": 1.4}},
           {"paradigm": "openmp", "status": "ok", "speedup": {"1": 1.0, "2": 1.9, "4": 2.0}},
           {"paradigm": "openmp", "status": "wrong_answer", "speedup": {}},
           {"paradigm": "mpi+omp", "status": "ok", "speedup": {"1x1": 1.0, "1x2": 1.2, "2x1": 1.5, "2x2": 1.7}}]
    assert reach_by_paradigm(per) == {"mpi@2": {"reach": 1, "problems": 2}, "openmp@2": {"reach": 1, "problems": 1},
                                      "mpi+omp@1x2": {"reach": 0, "problems": 1},
                                      "mpi+omp@2x1": {"reach": 1, "problems": 1}}


def test_overlap_effect_compares_spreads_disturbed_launches_and_runtimes() -> None:
    from pareval_lib.bench import overlap_effect

    def rec(problem: str, times: list[float], disturbed: bool = False) -> dict:
        spread = (max(times) - min(times)) / sorted(times)[len(times) // 2]
        return {**_rec(problem, "serial", {"1": sorted(times)[len(times) // 2]}),
                "runs": {"1": {"spread": spread, "disturbed": disturbed}}}

    with_overlap = [rec("a", [1.0, 1.1, 1.2], disturbed=True), rec("b", [2.0, 2.0, 2.0])]
    without = [rec("a", [1.0, 1.0, 1.0]), rec("b", [1.6, 1.6, 1.6])]
    got = overlap_effect(with_overlap, without, 10.0, 12.5)
    assert got["wall_with_s"] == 10.0 and got["wall_without_s"] == 12.5
    assert got["with"] == {"launches": 2, "spread_median": pytest.approx(0.0), "spread_p90": pytest.approx(0.2 / 1.1, abs=1e-4),
                           "disturbed": 1}
    assert got["without"]["disturbed"] == 0 and got["without"]["spread_p90"] == 0.0
    # runtimes with / without: a 1.1 / 1.0, b 2.0 / 1.6 = 1.25: median of the two
    assert got["runtime_with_to_without"]["ratio_median"] == pytest.approx((1.1 + 1.25) / 2)
