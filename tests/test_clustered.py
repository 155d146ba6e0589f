"""Problems as the unit: Newcombe's interval against his published examples, cluster bootstraps
that widen when samples of a problem agree, and paired comparisons on common problems."""
from __future__ import annotations

import math

import numpy as np
import pytest

from pareval_lib.analysis import stats, tables


@pytest.mark.parametrize("counts, expected", [
    # Newcombe (1998), Statistics in Medicine 17:873-890, table II, method 10
    ((56, 70, 48, 80), (0.2000, 0.0524, 0.3339)),
    ((9, 10, 3, 10), (0.6000, 0.1705, 0.8090)),
    ((6, 7, 2, 7), (0.5714, 0.0582, 0.8062)),
    ((5, 56, 0, 29), (0.0893, -0.0381, 0.1926)),
])
def test_newcombe_interval_matches_the_published_examples(counts, expected):
    assert stats.newcombe_difference_ci(*counts) == pytest.approx(expected, abs=5e-5)


def test_a_cluster_bootstrap_is_wider_when_the_samples_of_a_problem_agree():
    # 20 problems x 5 samples, 10 problems all right, 10 all wrong: really 20 trials, not 100
    k, n = [5] * 10 + [0] * 10, [5] * 20
    clustered = stats.cluster_bootstrap_rate(k, n)
    wilson = stats.proportion_ci(50, 100)
    assert clustered.estimate == 0.5 and clustered.n == 20
    assert clustered.high - clustered.low > 1.6 * (wilson[1] - wilson[0])
    # identical clusters: nothing to resample
    flat = stats.cluster_bootstrap_rate([2] * 8, [4] * 8)
    assert flat.low == flat.high == 0.5


def test_a_paired_difference_of_identical_rates_is_zero_and_a_shift_is_found():
    k = np.arange(10) % 4
    same = stats.cluster_bootstrap_difference(k, [3] * 10, k, [3] * 10)
    assert same.estimate == same.low == same.high == 0.0
    shifted = stats.cluster_bootstrap_difference([3] * 10, [3] * 10, k, [3] * 10)
    assert shifted.low > 0 and shifted.estimate == pytest.approx(1 - k.sum() / 30)


def test_paired_ratio_is_the_geometric_mean_and_says_how_it_was_bounded():
    a = np.array([2.0, 4.0, 8.0, 1.0, 3.0])
    b = np.array([1.0, 1.0, 2.0, 1.0, 1.5])
    few = stats.paired_ratio(a, b)
    assert few.estimate == pytest.approx(math.exp(np.log(a / b).mean())) and few.n == 5
    assert few.method == "percentile bootstrap" and few.low <= few.estimate <= few.high
    rng = np.random.default_rng(1)
    x = rng.uniform(1, 2, 30)
    many = stats.paired_ratio(x, x / 1.5 * rng.uniform(0.9, 1.1, 30))
    assert many.method == "BCa bootstrap" and many.low < 1.5 < many.high
    assert math.isnan(stats.paired_ratio([1.0, 2.0], [1.0, 1.0]).low)  # 2 problems: no interval
    assert stats.paired_ratio([], []).n == 0


def _records():
    out = []
    for p in range(12):
        for paradigm in ("serial", "mpi"):
            for s in range(3):
                for model in ("A", "B"):
                    valid = (paradigm == "serial" and p < 10) or (paradigm == "mpi" and p < 4)
                    if model == "B":
                        valid = valid and p % 2 == 0
                    runtime = (1.0 if model == "B" else 0.5) * (1 + p)
                    out.append({"model": model, "problem": f"p{p}", "paradigm": paradigm, "sample": s,
                                "built": True, "valid": valid,
                                "runtime_s": {"1": runtime, "2": runtime / 2} if valid else {},
                                "baseline_s": 1.0 + p, "speedup": {}})
    return out


def test_the_paradigm_gap_is_paired_by_problem():
    gap = tables.paradigm_gap_paired_table(_records()).set_index("model")
    a = gap.loc["A"]
    assert a["problems"] == 12 and (a["serial_only"], a["mpi_only"]) == (6, 0)
    assert a["difference_pct"] == pytest.approx(100 * (10 - 4) / 12)
    assert a["cluster_low_pct"] > 0 and a["newcombe_low_pct"] > 0
    assert a["mcnemar_pvalue"] == pytest.approx(stats.mcnemar_exact([1] * 10 + [0] * 2, [1] * 4 + [0] * 8).pvalue)
    assert (gap["pvalue_holm"] >= gap["mcnemar_pvalue"]).all()


def test_models_are_compared_on_the_problems_both_solved():
    ratios = tables.model_runtime_ratio_table(_records(), paradigm="serial", ranks=1)
    [row] = ratios.to_dict("records")
    # B solves the even problems below 10 (5 of them); A is twice as fast on each
    assert (row["model_a"], row["model_b"], row["problems"]) == ("A", "B", 5)
    assert row["runtime_ratio"] == pytest.approx(0.5) and math.isnan(row["ci_low"])  # every ratio equal
    mpi = tables.model_runtime_ratio_table(_records(), paradigm="mpi")
    assert mpi.iloc[0]["ranks"] == 2 and mpi.iloc[0]["problems"] == 2


def test_clustered_rates_keep_the_paradigms_of_a_problem_together():
    rates = tables.clustered_rate_table(_records()).set_index(["model", "paradigm"])
    both = rates.loc[("A", "all")]
    assert both["problems"] == 12 and both["samples"] == 72 and both["rate_pct"] == pytest.approx(100 * 42 / 72)
    assert both["cluster_high_pct"] - both["cluster_low_pct"] > both["wilson_high_pct"] - both["wilson_low_pct"]


def test_runtime_against_the_reference_is_a_geometric_mean_of_per_problem_ratios():
    table = tables.reference_runtime_ratio_table(_records()).set_index(["model", "paradigm", "ranks"])
    # A runs at half the reference's time on each of its 10 serial problems, B at the same time
    a, b = table.loc[("A", "serial", 1)], table.loc[("B", "serial", 1)]
    assert (a["problems"], b["problems"]) == (10, 5)
    assert a["runtime_ratio"] == pytest.approx(0.5) and b["runtime_ratio"] == pytest.approx(1.0)
    assert table.loc[("A", "mpi", 2)]["runtime_ratio"] == pytest.approx(0.25)
    # unequal ratios get an interval around the geometric mean (not the arithmetic mean of seconds)
    records = [dict(r) for r in _records() if r["model"] == "A" and r["paradigm"] == "serial"]
    for r in records:
        if r["valid"]:
            r["runtime_s"] = {"1": r["baseline_s"] * (1 + int(r["problem"][1:]) % 3)}
    row = tables.reference_runtime_ratio_table(records).iloc[0]
    ratios = [1 + p % 3 for p in range(10)]
    assert row["runtime_ratio"] == pytest.approx(float(np.exp(np.mean(np.log(ratios)))))
    assert row["ci_low"] < row["runtime_ratio"] < row["ci_high"] and row["interval"] == "percentile bootstrap"


def test_timing_noise_is_the_spread_of_each_runs_repetitions():
    import pandas as pd

    from pareval_lib.analysis.results import timing_noise_table

    records = []
    for p, times in enumerate(([1.0, 1.1, 1.2], [2.0, 2.0, 2.4], [1.0, 1.0, 1.0])):
        runs = {"1": {"status": "ok", "times": times, "spread": (max(times) - min(times)) / sorted(times)[1],
                      "load": 0.5 + p},
                "4": {"status": "ok", "times": times[:2], "spread": 0.0, "load": 1.0, "steady": p != 1,
                      "disturbed": p == 2, "retimed": int(p == 0)}}
        records.append({"model": "A", "problem": f"p{p}", "paradigm": "mpi", "sample": 0, "built": True,
                        "valid": True, "runs": runs, "oversubscribed": [4]})
    records.append({**records[0], "problem": "bad", "valid": False, "runs": {"1": {"status": "ok", "spread": 9.0}}})
    table = timing_noise_table(pd.DataFrame(records)).set_index("ranks")
    assert table.loc[1, "runs"] == 3 and table.loc[1, "median_reps"] == 3  # the invalid record is left out
    assert table.loc[1, "median_spread_pct"] == pytest.approx(100 * 0.2 / 1.1)  # spreads 18.2 %, 20 %, 0 %
    assert table.loc[1, "median_load"] == pytest.approx(1.5)
    assert not table.loc[1, "oversubscribed"] and table.loc[4, "oversubscribed"]
    assert table.loc[1, "unsteady"] == 0 and table.loc[4, "unsteady"] == 1  # no flag is not "unsteady"
    assert table.loc[1, "disturbed"] == 0 and table.loc[4, "disturbed"] == 1
    assert table.loc[1, "retimed"] == 0 and table.loc[4, "retimed"] == 1
