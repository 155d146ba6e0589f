"""The whole design: power line, Cochran's Q with a permutation test, the logistic mixed model,
checked against hand-computed values and a second implementation (statsmodels)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.contingency_tables import cochrans_q
from statsmodels.stats.power import NormalIndPower

from pareval_lib.analysis import stats, tables


def test_smallest_detectable_difference_by_hand_and_by_statsmodels() -> None:
    # by hand: h = (1.959964 + 0.841621) * sqrt(2 / 120) = 0.361683; p1 = sin(asin(sqrt .5) + h / 2)^2
    h = (1.959964 + 0.841621) * math.sqrt(2 / 120)
    assert stats.minimum_detectable_difference(120) == pytest.approx(math.sin(math.pi / 4 + h / 2) ** 2 - 0.5, abs=1e-5)
    assert stats.minimum_detectable_difference(120) == pytest.approx(0.1769, abs=1e-4)
    solved = NormalIndPower().solve_power(effect_size=None, nobs1=120, alpha=0.05, power=0.8)
    assert h == pytest.approx(solved, abs=1e-5)
    assert stats.minimum_detectable_difference(480) < stats.minimum_detectable_difference(120)
    assert "17.7 percentage points" in tables.power_line(120)
    with pytest.raises(ValueError):
        stats.minimum_detectable_difference(0)


def test_cochran_q_is_statsmodels_and_its_permutation_p_follows_the_exact_test() -> None:
    rng = np.random.default_rng(3)
    x = (rng.random((120, 3)) < np.array([0.4, 0.5, 0.6])).astype(int)
    result = stats.cochran_q_permutation(x, permutations=4000)
    reference = cochrans_q(x)
    assert result.statistic == pytest.approx(reference.statistic) and result.chi2_pvalue == pytest.approx(reference.pvalue)
    assert result.pvalue < 0.01
    # two models: permuting within a prompt flips discordant pairs, the exact McNemar test
    a = np.array([1] * 12 + [0] * 4 + [1] * 20 + [0] * 20)
    b = np.array([0] * 12 + [1] * 4 + [1] * 20 + [0] * 20)
    pair = stats.cochran_q_permutation(np.column_stack([a, b]), permutations=20000, seed=1)
    assert pair.pvalue == pytest.approx(stats.mcnemar_exact(a, b).pvalue, abs=0.01)
    same = stats.cochran_q_permutation(np.column_stack([a, a]), permutations=100)
    assert same.statistic == 0 and same.pvalue == 1


def _synthetic(effect_b: float, problems: int = 80, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    intercepts = rng.normal(0, 1.0, problems)
    rows = []
    for p in range(problems):
        for paradigm in ("serial", "mpi"):
            for model, effect in (("A", 0.0), ("B", effect_b)):
                logit = -0.2 + effect + (-0.7 if paradigm == "mpi" else 0.0) + intercepts[p]
                rows.append({"model": model, "problem": f"p{p}", "paradigm": paradigm, "sample": 0, "built": True,
                             "valid": bool(rng.random() < 1 / (1 + math.exp(-logit)))})
    return pd.DataFrame(rows)


def test_the_mixed_model_finds_a_known_model_effect() -> None:
    fit = tables.mixed_model_table(_synthetic(1.2)).set_index("term")
    b = fit.loc["C(model)[T.B]"]
    assert 0.6 < b["estimate"] < 1.8 and b["low"] > 0  # the true log-odds effect is 1.2
    assert fit.loc["problem SD (random intercept)", "estimate"] > 0.4  # true SD 1
    null = tables.mixed_model_table(_synthetic(0.0, seed=5)).set_index("term").loc["C(model)[T.B]"]
    assert null["low"] < 0 < null["high"]


def test_the_design_tables_on_records() -> None:
    frame = _synthetic(1.5)
    effect = tables.model_effect_table(frame, permutations=2000).set_index("scope")
    assert set(effect.index) == {"all", "mpi", "serial"} and effect.loc["all", "prompts"] == 160
    assert effect.loc["all", "permutation_pvalue"] < 0.01
    assert tables.model_effect_table(frame[frame["model"] == "A"]).empty
    one = tables.mixed_model_table(frame[frame["problem"] == "p0"])
    assert one["term"].iloc[0].startswith("not fitted: a mixed model needs at least two problems")


def test_every_corrected_table_names_its_family_defined_once() -> None:
    from pareval_lib.analysis import published
    from pareval_lib.analysis.families import FAMILIES
    from pareval_lib.analysis.views import paradigm_gap_table

    counts = published.load_counts()
    frame = _synthetic(0.5)
    corrected = {
        "vs_reference": tables.cohens_d_table(counts),
        "paradigm_gap": paradigm_gap_table(counts),
        "model_pairs": tables.mcnemar_table(frame),
    }
    ours_gap = tables.paradigm_gap_paired_table(frame)
    assert set(ours_gap["holm_family"]) == {"paradigm_gap"}  # the same question as the seed's gap, its own source
    for name, table in corrected.items():
        assert name in FAMILIES and set(table["holm_family"]) == {name}, name
