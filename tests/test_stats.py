"""Unit tests of pareval_lib.analysis.stats against hand-computed values, scipy/statsmodels and brute force."""

from __future__ import annotations

import itertools
import math
from math import comb

import numpy as np
import pytest
from scipy import stats as scipy_stats

from pareval_lib.analysis import stats

Z95 = 1.959963984540054  # scipy.stats.norm.ppf(0.975)


# --- proportion_ci ---------------------------------------------------------------------------


def test_wald_matches_hand_formula():
    p = 74 / 120
    half = Z95 * math.sqrt(p * (1 - p) / 120)
    low, high = stats.proportion_ci(74, 120, method="wald")
    assert low == pytest.approx(p - half, abs=1e-12)
    assert high == pytest.approx(p + half, abs=1e-12)


def test_wilson_matches_hand_formula():
    k, n = 3, 10
    p = k / n
    centre = (p + Z95**2 / (2 * n)) / (1 + Z95**2 / n)
    half = Z95 / (1 + Z95**2 / n) * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n))
    assert stats.proportion_ci(k, n) == pytest.approx((centre - half, centre + half), abs=1e-12)


def test_wilson_and_clopper_pearson_agree_with_scipy_binomtest():
    result = scipy_stats.binomtest(3, 10)
    exact = result.proportion_ci(confidence_level=0.95, method="exact")
    wilson = result.proportion_ci(confidence_level=0.95, method="wilson")
    assert stats.proportion_ci(3, 10, method="clopper-pearson") == pytest.approx((exact.low, exact.high), abs=1e-9)
    assert stats.proportion_ci(3, 10, method="wilson") == pytest.approx((wilson.low, wilson.high), abs=1e-9)


def test_t_method_uses_t_quantile_with_n_minus_1_df_and_population_sd():
    k, n = 2, 7
    p = k / n
    half = scipy_stats.t.ppf(0.975, n - 1) * math.sqrt(p * (1 - p) / n)
    assert stats.proportion_ci(k, n, method="t", clip=False) == pytest.approx((p - half, p + half), abs=1e-12)


def test_t_interval_is_wider_than_wald_and_much_wider_for_small_n():
    for k, n in [(74, 120), (4, 8)]:
        wald = stats.proportion_ci(k, n, method="wald", clip=False)
        t = stats.proportion_ci(k, n, method="t", clip=False)
        assert t[1] - t[0] > wald[1] - wald[0]
    wald_8 = stats.proportion_ci(4, 8, method="wald")
    t_8 = stats.proportion_ci(4, 8, method="t")
    assert (t_8[1] - t_8[0]) / (wald_8[1] - wald_8[0]) > 1.2  # t_{7} = 2.36 vs z = 1.96


def test_wald_clip_controls_bounds_outside_unit_interval():
    raw_low, _ = stats.proportion_ci(2, 7, method="wald", clip=False)
    clipped_low, _ = stats.proportion_ci(2, 7, method="wald", clip=True)
    assert raw_low == pytest.approx(-0.04895, abs=1e-4)
    assert clipped_low == 0.0


@pytest.mark.parametrize("method", ["wald", "wilson", "clopper-pearson", "t"])
def test_k_zero_and_k_equal_n_give_intervals_inside_unit_interval(method):
    low0, high0 = stats.proportion_ci(0, 10, method=method)
    lown, highn = stats.proportion_ci(10, 10, method=method)
    assert low0 == 0.0 and 0.0 <= high0 <= 1.0
    assert highn == pytest.approx(1.0) and 0.0 <= lown <= 1.0
    if method in ("wilson", "clopper-pearson"):
        assert high0 > 0.2 and lown < 0.8  # informative even with no successes / failures


@pytest.mark.parametrize("k, n", [(0, 0), (1, 0), (-1, 10), (11, 10), (1.5, 10)])
def test_invalid_counts_raise_value_error(k, n):
    with pytest.raises(ValueError):
        stats.proportion_ci(k, n)


def test_unknown_method_and_bad_level_raise():
    with pytest.raises(ValueError, match="unknown method"):
        stats.proportion_ci(1, 2, method="agresti")
    with pytest.raises(ValueError, match="level"):
        stats.proportion_ci(1, 2, level=1.5)


def test_levels_nest():
    narrow = stats.proportion_ci(30, 100, level=0.80)
    wide = stats.proportion_ci(30, 100, level=0.99)
    assert wide[0] < narrow[0] < narrow[1] < wide[1]


def test_fisher_exact_counts_matches_scipy():
    expected = scipy_stats.fisher_exact([[74, 46], [86, 34]]).pvalue
    assert stats.fisher_exact_counts(74, 120, 86, 120) == pytest.approx(expected)


# --- effect sizes ----------------------------------------------------------------------------


def test_cohens_d_binary_hand_value_and_report_values():
    p1, p2 = 74 / 120, 86 / 120
    pooled = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2)
    assert stats.cohens_d_binary(74, 120, 86, 120) == pytest.approx((p1 - p2) / pooled)
    assert round(stats.cohens_d_binary(74, 120, 86, 120), 4) == -0.2133
    assert round(stats.cohens_d_binary(7, 120, 86, 120), 4) == -1.8330
    assert round(stats.cohens_d_binary(110, 120, 86, 120), 4) == 0.5351


def test_cohens_d_binary_weights_by_sample_size():
    # unequal n: pooled variance weighted by n, not a plain average
    p1, p2 = 2 / 10, 50 / 100
    pooled = math.sqrt((10 * p1 * (1 - p1) + 100 * p2 * (1 - p2)) / 110)
    assert stats.cohens_d_binary(2, 10, 50, 100) == pytest.approx((p1 - p2) / pooled)


def test_cohens_d_binary_zero_variance_cases():
    assert stats.cohens_d_binary(0, 5, 0, 7) == 0.0
    assert stats.cohens_d_binary(5, 5, 0, 7) == math.inf
    assert stats.cohens_d_binary(0, 5, 7, 7) == -math.inf
    with pytest.raises(ValueError):
        stats.cohens_d_binary(1, 0, 1, 2)


def test_cohens_h_formula_and_validation():
    expected = 2 * math.asin(math.sqrt(0.6)) - 2 * math.asin(math.sqrt(0.3))
    assert stats.cohens_h(0.6, 0.3) == pytest.approx(expected)
    assert stats.cohens_h(0.3, 0.6) == pytest.approx(-expected)
    with pytest.raises(ValueError):
        stats.cohens_h(1.2, 0.5)


@pytest.mark.parametrize(
    "d, label", [(0.0, "negligible"), (-0.19, "negligible"), (0.2, "small"), (-0.5, "medium"), (0.8, "large")]
)
def test_effect_size_label(d, label):
    assert stats.effect_size_label(d) == label


# --- McNemar and Holm ------------------------------------------------------------------------


def test_mcnemar_exact_on_hand_made_table():
    # 5 both right, 3 only a right, 10 only b right, 2 both wrong
    a = [1] * 5 + [1] * 3 + [0] * 10 + [0] * 2
    b = [1] * 5 + [0] * 3 + [1] * 10 + [0] * 2
    result = stats.mcnemar_exact(a, b)
    assert (result.b01, result.b10) == (10, 3)
    assert result.statistic == 3
    # exact two-sided binomial: 2 * P(X <= 3), X ~ Bin(13, 1/2) = 2 * 378 / 8192
    assert result.pvalue == pytest.approx(2 * 378 / 8192)
    assert result.pvalue == pytest.approx(scipy_stats.binomtest(3, 13, 0.5).pvalue)


def test_mcnemar_exact_symmetry_no_discordance_and_booleans():
    a = [True, True, False, False, True]
    b = [False, True, False, True, True]
    forward, backward = stats.mcnemar_exact(a, b), stats.mcnemar_exact(b, a)
    assert forward.pvalue == pytest.approx(backward.pvalue)
    assert (forward.b01, forward.b10) == (backward.b10, backward.b01)
    assert stats.mcnemar_exact([1, 0, 1], [1, 0, 1]).pvalue == pytest.approx(1.0)


def test_mcnemar_exact_rejects_bad_input():
    with pytest.raises(ValueError, match="same length"):
        stats.mcnemar_exact([1, 0], [1, 0, 1])
    with pytest.raises(ValueError, match="0/1"):
        stats.mcnemar_exact([1, 2], [1, 0])


def test_holm_on_known_pvalues():
    reject, corrected = stats.holm([0.01, 0.04, 0.03, 0.005])
    # sorted: 0.005*4=0.02, 0.01*3=0.03, 0.03*2=0.06, 0.04*1=0.04 -> monotone 0.06
    assert corrected == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert reject.tolist() == [True, False, False, True]


def test_holm_caps_at_one_skips_nan_and_accepts_empty():
    reject, corrected = stats.holm([0.6, float("nan"), 0.7])
    assert corrected[0] == pytest.approx(1.0) and corrected[2] == pytest.approx(1.0)
    assert math.isnan(corrected[1]) and not reject.any()
    reject, corrected = stats.holm([])
    assert reject.size == 0 and corrected.size == 0


# --- pass@k, speedup@k, efficiency@k ---------------------------------------------------------


def _brute_force_pass_at_k(n, c, k):
    outcomes = [1] * c + [0] * (n - c)
    subsets = list(itertools.combinations(range(n), k))
    return sum(any(outcomes[i] for i in subset) for subset in subsets) / len(subsets)


@pytest.mark.parametrize("n, c, k", [(5, 0, 1), (5, 2, 1), (5, 2, 3), (6, 1, 4), (7, 7, 2), (8, 3, 5), (4, 1, 4)])
def test_pass_at_k_equals_brute_force_and_binomial_formula(n, c, k):
    value = stats.pass_at_k(n, c, k)
    assert value == pytest.approx(_brute_force_pass_at_k(n, c, k))
    assert value == pytest.approx(1 - comb(n - c, k) / comb(n, k))


def test_pass_at_k_is_stable_for_large_n_and_validates():
    assert stats.pass_at_k(200, 1, 1) == pytest.approx(1 / 200)
    assert 0.0 < stats.pass_at_k(1000, 3, 100) < 1.0
    for bad in [(5, 6, 1), (5, 2, 0), (5, 2, 6), (0, 0, 1)]:
        with pytest.raises(ValueError):
            stats.pass_at_k(*bad)


def _brute_force_speedup_at_k(baseline, runtimes, k):
    speedups = [0.0 if r is None else baseline / r for r in runtimes]
    subsets = list(itertools.combinations(speedups, k))
    return sum(max(subset) for subset in subsets) / len(subsets)


@pytest.mark.parametrize("k", [1, 2, 3, 4, 5])
def test_speedup_at_k_equals_brute_force_over_all_k_subsets(k):
    runtimes = [0.8, 0.25, None, 0.5, 0.4]
    assert stats.speedup_at_k(1.0, runtimes, k) == pytest.approx(_brute_force_speedup_at_k(1.0, runtimes, k))


def test_speedup_at_k_random_inputs_against_brute_force():
    rng = np.random.default_rng(7)
    for _ in range(20):
        size = int(rng.integers(1, 8))
        runtimes = [None if rng.random() < 0.3 else float(rng.uniform(0.05, 2.0)) for _ in range(size)]
        k = int(rng.integers(1, size + 1))
        assert stats.speedup_at_k(0.7, runtimes, k) == pytest.approx(_brute_force_speedup_at_k(0.7, runtimes, k))


def test_speedup_at_k_edge_cases_and_efficiency():
    assert stats.speedup_at_k(2.0, [1.0, 0.5], 2) == pytest.approx(4.0)  # best of both
    assert stats.speedup_at_k(2.0, [1.0, 0.5], 1) == pytest.approx(3.0)  # mean of 2 and 4
    assert stats.speedup_at_k(1.0, [None, float("nan"), math.inf], 2) == 0.0
    assert stats.efficiency_at_k(2.0, [1.0, 0.5], 2, 4) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        stats.speedup_at_k(1.0, [1.0], 2)
    with pytest.raises(ValueError):
        stats.speedup_at_k(0.0, [1.0], 1)
    with pytest.raises(ValueError):
        stats.speedup_at_k(1.0, [-1.0], 1)
    with pytest.raises(ValueError):
        stats.efficiency_at_k(1.0, [1.0], 1, 0)


# --- runtimes: geometric mean, bootstrap, t interval, Levene ----------------------------------


def test_geometric_mean_and_ratio():
    assert stats.geometric_mean([1.0, 4.0]) == pytest.approx(2.0)
    assert stats.geometric_mean([2.0, 8.0, 4.0]) == pytest.approx(4.0)
    assert stats.geometric_mean_ratio([2.0, 8.0], [1.0, 1.0]) == pytest.approx(4.0)
    with pytest.raises(ValueError):
        stats.geometric_mean([1.0, 0.0])
    with pytest.raises(ValueError):
        stats.geometric_mean([])


def test_bootstrap_ci_brackets_geometric_mean_and_is_reproducible():
    rng = np.random.default_rng(1)
    speedups = rng.lognormal(mean=0.3, sigma=0.4, size=30)
    low, high = stats.bootstrap_ci(speedups, n_resamples=2000, seed=3)
    assert low < stats.geometric_mean(speedups) < high
    assert (low, high) == stats.bootstrap_ci(speedups, n_resamples=2000, seed=3)
    narrow = stats.bootstrap_ci(speedups, level=0.5, n_resamples=2000, seed=3)
    assert low < narrow[0] < narrow[1] < high


def test_bootstrap_ci_matches_scipy_bca():
    rng = np.random.default_rng(2)
    values = rng.lognormal(size=25)
    expected = scipy_stats.bootstrap(
        (values,), scipy_stats.gmean, n_resamples=1500, method="BCa", rng=np.random.default_rng(11)
    ).confidence_interval
    assert stats.bootstrap_ci(values, n_resamples=1500, seed=11) == pytest.approx((expected.low, expected.high))


def test_paired_bootstrap_is_geometric_mean_of_ratios():
    rng = np.random.default_rng(4)
    ours = rng.lognormal(0.0, 0.5, 20)
    theirs = ours * rng.lognormal(0.4, 0.2, 20)
    paired = stats.bootstrap_ci(ours, paired_with=theirs, n_resamples=2000, seed=5)
    on_ratios = stats.bootstrap_ci(ours / theirs, n_resamples=2000, seed=5)
    assert paired == pytest.approx(on_ratios)
    assert paired[1] < 1.0  # ours is clearly faster: ratio interval excludes 1
    difference = stats.bootstrap_ci(
        ours, paired_with=theirs, statistic=lambda a, b, axis: np.mean(a - b, axis=axis), n_resamples=2000, seed=5
    )
    assert difference[1] < 0.0
    with pytest.raises(ValueError, match="same length"):
        stats.bootstrap_ci(ours, paired_with=theirs[:-1])


def test_t_interval_hand_value_and_summary_form():
    values = [0.010, 0.012, 0.011, 0.015, 0.009]
    mean, sd, n = np.mean(values), np.std(values, ddof=1), len(values)
    half = scipy_stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
    assert stats.t_interval(values) == pytest.approx((mean - half, mean + half))
    assert stats.t_interval_from_summary(mean, sd, n) == pytest.approx((mean - half, mean + half))
    assert stats.t_interval_from_summary(1.0, 0.0, 5) == (1.0, 1.0)
    with pytest.raises(ValueError):
        stats.t_interval([1.0])


def test_levene_matches_scipy():
    a, b = [1.0, 1.2, 0.9, 1.1, 1.0], [1.0, 3.0, 0.2, 2.5, 0.1]
    ours = stats.levene(a, b)
    theirs = scipy_stats.levene(a, b)
    assert ours.statistic == pytest.approx(theirs.statistic)
    assert ours.pvalue == pytest.approx(theirs.pvalue)
    assert stats.levene(a, b, center="mean").pvalue == pytest.approx(scipy_stats.levene(a, b, center="mean").pvalue)
    with pytest.raises(ValueError):
        stats.levene(a)


# --- VRAM helpers ----------------------------------------------------------------------------


def test_vram_helpers():
    assert stats.vram_efficiency(61.67, 19) == pytest.approx(3.2458, abs=1e-4)
    assert stats.vram_ratio(1280, 19) == pytest.approx(67.368, abs=1e-3)
    ratio = stats.efficiency_ratio(36.67, 1280, 61.67, 19)
    assert ratio == pytest.approx((36.67 / 1280) / (61.67 / 19))
    assert math.isnan(stats.vram_efficiency(91.67, None))
    assert math.isnan(stats.vram_ratio(float("nan"), 19))
    with pytest.raises(ValueError):
        stats.vram_efficiency(50.0, 0)


def test_efficiency_ratio_against_a_reference_that_builds_nothing_is_not_defined() -> None:
    assert math.isnan(stats.efficiency_ratio(50.0, 10.0, 0.0, 19.0))
    assert math.isnan(stats.efficiency_ratio(50.0, 10.0, 40.0, None))
    assert stats.efficiency_ratio(0.0, 10.0, 40.0, 20.0) == 0.0
