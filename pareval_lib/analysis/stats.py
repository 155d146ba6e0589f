"""Statistics for code-generation evaluations.

Thin, tested wrappers around statsmodels and scipy, plus the few estimators they do not provide
(pass@k, ParEval's speedup_n@k / efficiency_n@k, Cohen's d on 0/1 outcomes as the seed report
computes it, performance per GB of VRAM).

Conventions:
- proportions are fractions in [0, 1]; callers convert to percent for display;
- intervals are returned as ``(low, high)`` tuples of floats;
- invalid inputs raise ``ValueError`` with a message naming the offending argument.
"""

from __future__ import annotations

import math
from typing import Callable, NamedTuple, Sequence

import numpy as np
from scipy import stats as scipy_stats
from statsmodels.stats.contingency_tables import mcnemar as _statsmodels_mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint, proportion_effectsize

__all__ = [
    "PROPORTION_CI_METHODS",
    "McNemarResult",
    "HypothesisTestResult",
    "bootstrap_ci",
    "cohens_d_binary",
    "cohens_h",
    "effect_size_label",
    "efficiency_at_k",
    "efficiency_ratio",
    "fisher_exact_counts",
    "geometric_mean",
    "geometric_mean_ratio",
    "holm",
    "levene",
    "mcnemar_exact",
    "pass_at_k",
    "proportion_ci",
    "speedup_at_k",
    "t_interval",
    "t_interval_from_summary",
    "vram_efficiency",
    "vram_ratio",
]

# Our method name -> statsmodels' ``proportion_confint`` method name (None: computed here).
PROPORTION_CI_METHODS: dict[str, str | None] = {
    "wald": "normal",
    "wilson": "wilson",
    "clopper-pearson": "beta",
    "t": None,
}


# --------------------------------------------------------------------------------------------
# Proportions
# --------------------------------------------------------------------------------------------


def _check_counts(k: int, n: int, k_name: str = "k", n_name: str = "n") -> None:
    """Raise ValueError unless 0 <= k <= n and n >= 1 (both whole numbers)."""
    for name, value in ((k_name, k), (n_name, n)):
        if isinstance(value, bool) or not float(value).is_integer():
            raise ValueError(f"{name} must be a whole number, got {value!r}")
    if n <= 0:
        raise ValueError(f"{n_name} must be at least 1 (no trials, no proportion), got {n}")
    if k < 0 or k > n:
        raise ValueError(f"{k_name} must satisfy 0 <= {k_name} <= {n_name}, got {k_name}={k}, {n_name}={n}")


def _check_level(level: float) -> None:
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")


def proportion_ci(
    k: int, n: int, level: float = 0.95, method: str = "wilson", clip: bool = True
) -> tuple[float, float]:
    """Two-sided confidence interval for the proportion k/n, as fractions.

    Methods:
    - ``"wilson"`` (default): Wilson score interval (statsmodels).
    - ``"wald"``: p +/- z * sqrt(p(1-p)/n) (statsmodels ``"normal"``). This is what the seed
      report printed in section 4.1.1.
    - ``"clopper-pearson"``: exact interval from the beta distribution (statsmodels ``"beta"``).
    - ``"t"``: p +/- t_{n-1} * sqrt(p(1-p)/n), i.e. the report's *stated* formula
      x-bar +/- t * s/sqrt(n) with s the population SD of the 0/1 outcomes, sqrt(p(1-p)).
      (With the sample SD, s = sqrt(p(1-p) n/(n-1)), the interval is wider still.)

    ``clip`` only matters for Wald and t, whose bounds can leave [0, 1]; ``clip=False`` returns
    the raw bounds (the report's Mistral validation interval starts at -4.89%).
    """
    _check_counts(k, n)
    _check_level(level)
    if method not in PROPORTION_CI_METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {sorted(PROPORTION_CI_METHODS)}")
    alpha = 1.0 - level
    statsmodels_method = PROPORTION_CI_METHODS[method]
    if statsmodels_method is not None and (clip or method != "wald"):
        low, high = proportion_confint(k, n, alpha=alpha, method=statsmodels_method)
        return float(low), float(high)
    p = k / n
    standard_error = math.sqrt(p * (1.0 - p) / n)
    if method == "wald":
        critical = float(scipy_stats.norm.isf(alpha / 2.0))
    else:  # "t"
        if n < 2:
            raise ValueError("the t interval needs n >= 2 (n - 1 degrees of freedom)")
        critical = float(scipy_stats.t.isf(alpha / 2.0, n - 1))
    low, high = p - critical * standard_error, p + critical * standard_error
    if clip:
        low, high = max(0.0, low), min(1.0, high)
    return low, high


def fisher_exact_counts(k1: int, n1: int, k2: int, n2: int) -> float:
    """Two-sided Fisher exact p-value for k1/n1 vs k2/n2 (independent samples, scipy).

    For two models answering the same prompts prefer :func:`mcnemar_exact`, which uses the
    pairing; from published totals alone this unpaired test is what can be computed.
    """
    _check_counts(k1, n1, "k1", "n1")
    _check_counts(k2, n2, "k2", "n2")
    table = [[k1, n1 - k1], [k2, n2 - k2]]
    return float(scipy_stats.fisher_exact(table).pvalue)


# --------------------------------------------------------------------------------------------
# Effect sizes
# --------------------------------------------------------------------------------------------


def cohens_d_binary(k1: int, n1: int, k2: int, n2: int) -> float:
    """Cohen's d for two 0/1 samples, as the seed report computes it (section 4.1.2).

    d = (p1 - p2) / s_pooled with s_pooled = sqrt((n1 * v1 + n2 * v2) / (n1 + n2)) and the
    *population* variances v = p(1 - p). This reproduces every printed d to 4 decimals
    (e.g. 74/120 vs 86/120 -> -0.2133); pooling sample variances with n - 1 gives -0.2124.
    When both samples have zero variance, returns 0.0 for equal proportions, +/-inf otherwise.
    """
    _check_counts(k1, n1, "k1", "n1")
    _check_counts(k2, n2, "k2", "n2")
    p1, p2 = k1 / n1, k2 / n2
    pooled_variance = (n1 * p1 * (1.0 - p1) + n2 * p2 * (1.0 - p2)) / (n1 + n2)
    difference = p1 - p2
    if pooled_variance == 0.0:
        return 0.0 if difference == 0.0 else math.copysign(math.inf, difference)
    return difference / math.sqrt(pooled_variance)


def cohens_h(p1: float, p2: float) -> float:
    """Cohen's h = 2 asin(sqrt(p1)) - 2 asin(sqrt(p2)) (statsmodels ``proportion_effectsize``)."""
    for name, p in (("p1", p1), ("p2", p2)):
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"{name} must be a proportion in [0, 1], got {p}")
    return float(proportion_effectsize(p1, p2))


def effect_size_label(d: float) -> str:
    """Cohen's verbal scale as used in the report: negligible/small/medium/large by |d|."""
    size = abs(d)
    if math.isnan(size):
        return "undefined"
    if size < 0.2:
        return "negligible"
    if size < 0.5:
        return "small"
    if size < 0.8:
        return "medium"
    return "large"


# --------------------------------------------------------------------------------------------
# Paired tests and multiple comparisons
# --------------------------------------------------------------------------------------------


class McNemarResult(NamedTuple):
    """Exact McNemar test of two models on the same prompts.

    ``b01``: prompts where the first model failed and the second succeeded;
    ``b10``: the first succeeded and the second failed. ``statistic`` is min(b01, b10).
    """

    statistic: float
    pvalue: float
    b01: int
    b10: int


def _as_binary_array(values: Sequence[int | bool], name: str) -> np.ndarray:
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"{name} must be a one-dimensional sequence of 0/1 outcomes")
    if not np.isin(array, (0, 1)).all():
        raise ValueError(f"{name} must contain only 0/1 (or False/True) outcomes")
    return array.astype(int)


def mcnemar_exact(a: Sequence[int | bool], b: Sequence[int | bool]) -> McNemarResult:
    """Exact (binomial) McNemar test for paired 0/1 outcomes ``a`` and ``b`` (statsmodels).

    With no discordant pairs the p-value is 1.
    """
    first = _as_binary_array(a, "a")
    second = _as_binary_array(b, "b")
    if first.shape != second.shape:
        raise ValueError(f"a and b must have the same length, got {first.size} and {second.size}")
    both = int(np.sum((first == 1) & (second == 1)))
    b10 = int(np.sum((first == 1) & (second == 0)))
    b01 = int(np.sum((first == 0) & (second == 1)))
    neither = int(np.sum((first == 0) & (second == 0)))
    result = _statsmodels_mcnemar([[both, b10], [b01, neither]], exact=True)
    return McNemarResult(float(result.statistic), float(result.pvalue), b01, b10)


def holm(pvalues: Sequence[float], alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Holm step-down correction (statsmodels ``multipletests``).

    Returns ``(reject, corrected)``. NaN p-values are left out of the family and come back as
    NaN / False; an empty input gives empty arrays.
    """
    values = np.asarray(pvalues, dtype=float)
    reject = np.zeros(values.shape, dtype=bool)
    corrected = np.full(values.shape, np.nan)
    present = ~np.isnan(values)
    if present.any():
        if ((values[present] < 0) | (values[present] > 1)).any():
            raise ValueError("p-values must lie in [0, 1]")
        reject_present, corrected_present, _, _ = multipletests(values[present], alpha=alpha, method="holm")
        reject[present] = reject_present
        corrected[present] = corrected_present
    return reject, corrected


# --------------------------------------------------------------------------------------------
# pass@k, speedup_n@k, efficiency_n@k
# --------------------------------------------------------------------------------------------


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k: 1 - C(n-c, k) / C(n, k), for n samples of which c are correct.

    Computed as 1 - prod_{i=n-c+1}^{n} (1 - k/i), which never forms large binomials.
    """
    _check_counts(c, n, "c", "n")
    if isinstance(k, bool) or not float(k).is_integer() or not 1 <= k <= n:
        raise ValueError(f"k must be a whole number with 1 <= k <= n, got k={k}, n={n}")
    if n - c < k:
        return 1.0
    factors = 1.0 - k / np.arange(n - c + 1, n + 1, dtype=float)
    return float(1.0 - np.prod(factors))


def _speedups_sorted_ascending(baseline: float, runtimes: Sequence[float | None]) -> np.ndarray:
    if baseline is None or not baseline > 0 or not math.isfinite(baseline):
        raise ValueError(f"baseline must be a positive finite runtime, got {baseline!r}")
    speedups = []
    for runtime in runtimes:
        if runtime is None or (isinstance(runtime, float) and math.isnan(runtime)) or runtime == math.inf:
            speedups.append(0.0)  # failed sample: contributes nothing to the best-of-k
        elif runtime <= 0:
            raise ValueError(f"runtimes must be positive (or None/nan/inf for failures), got {runtime}")
        else:
            speedups.append(baseline / runtime)
    return np.sort(np.asarray(speedups, dtype=float))


def speedup_at_k(baseline: float, runtimes: Sequence[float | None], k: int) -> float:
    """ParEval's speedup_n@k for one prompt: E[max speedup of k samples drawn without replacement].

    ``runtimes`` holds one entry per generated sample at a fixed rank count n; failed samples
    (not built / not valid) are given as ``None``, ``nan`` or ``inf`` and count as speedup 0.
    With the N speedups sorted ascending s_1 <= ... <= s_N, the best of a uniformly drawn
    k-subset is s_i with probability C(i-1, k-1) / C(N, k), so

        speedup_n@k = sum_i C(i-1, k-1) / C(N, k) * s_i,     s_i = baseline / runtime_i.

    The weights are formed as a running product (no big binomials). Average the result over
    prompts for a model-level figure. (ParEval's own analysis script keeps only the valid
    samples, N = number of valid samples, and applies these weights to runtimes sorted
    ascending; for k = 1 all readings agree.)
    """
    speedups = _speedups_sorted_ascending(baseline, runtimes)
    total = speedups.size
    if isinstance(k, bool) or not float(k).is_integer() or not 1 <= k <= total:
        raise ValueError(f"k must be a whole number with 1 <= k <= len(runtimes), got k={k}, N={total}")
    k = int(k)
    # weight(i) = C(i-1, k-1) / C(N, k) for i = k..N; weight(N) = k/N and
    # weight(i-1) = weight(i) * (i-k)/(i-1).
    weights = np.zeros(total)
    weight = k / total
    for i in range(total, k - 1, -1):
        weights[i - 1] = weight
        if i > 1:
            weight *= (i - k) / (i - 1)
    return float(np.dot(weights, speedups))


def efficiency_at_k(baseline: float, runtimes: Sequence[float | None], k: int, n_ranks: int) -> float:
    """ParEval's efficiency_n@k = speedup_n@k / n, with n the number of ranks (processes) used."""
    if isinstance(n_ranks, bool) or not float(n_ranks).is_integer() or n_ranks < 1:
        raise ValueError(f"n_ranks must be a whole number >= 1, got {n_ranks!r}")
    return speedup_at_k(baseline, runtimes, k) / n_ranks


# --------------------------------------------------------------------------------------------
# Runtimes: geometric means, bootstrap, t intervals, Levene
# --------------------------------------------------------------------------------------------


def geometric_mean(values: Sequence[float] | np.ndarray, axis: int = -1) -> float | np.ndarray:
    """Geometric mean of positive values along ``axis`` (scipy ``gmean``)."""
    array = np.asarray(values, dtype=float)
    if array.size == 0:
        raise ValueError("geometric mean of an empty sample is undefined")
    if (array <= 0).any() or np.isnan(array).any():
        raise ValueError("geometric mean needs strictly positive, non-missing values")
    return scipy_stats.gmean(array, axis=axis)


def geometric_mean_ratio(
    numerators: Sequence[float] | np.ndarray, denominators: Sequence[float] | np.ndarray, axis: int = -1
) -> float | np.ndarray:
    """gmean(numerators) / gmean(denominators); for paired data this equals gmean of the ratios."""
    return geometric_mean(numerators, axis=axis) / geometric_mean(denominators, axis=axis)


def bootstrap_ci(
    values: Sequence[float],
    statistic: Callable[..., float | np.ndarray] | None = None,
    level: float = 0.95,
    n_resamples: int = 9999,
    paired_with: Sequence[float] | None = None,
    seed: int | None = 0,
) -> tuple[float, float]:
    """BCa bootstrap interval (scipy ``bootstrap``) for a statistic of runtimes or speedups.

    One sample: ``statistic(values, axis=...)``, default :func:`geometric_mean` (the right
    average for speedups). Paired: when ``paired_with`` is given, pairs are resampled together
    (``paired=True``) and ``statistic(values, paired_with, axis=...)`` is a statistic of the
    pair, default :func:`geometric_mean_ratio`, i.e. the geometric mean of values/paired_with
    (e.g. model A's runtimes over model B's on the same problems). For a difference of means
    pass ``lambda a, b, axis: np.mean(a - b, axis=axis)``. Resample over problems, not runs.
    """
    _check_level(level)
    first = np.asarray(values, dtype=float)
    if first.ndim != 1 or first.size < 2:
        raise ValueError("bootstrap needs a one-dimensional sample of at least 2 values")
    rng = np.random.default_rng(seed)
    if paired_with is None:
        chosen = statistic if statistic is not None else geometric_mean
        data: tuple[np.ndarray, ...] = (first,)
        paired = False
    else:
        second = np.asarray(paired_with, dtype=float)
        if second.shape != first.shape:
            raise ValueError(f"paired_with must have the same length as values ({first.size}), got {second.size}")
        chosen = statistic if statistic is not None else geometric_mean_ratio
        data = (first, second)
        paired = True
    result = scipy_stats.bootstrap(
        data,
        chosen,
        n_resamples=n_resamples,
        paired=paired,
        vectorized=None,  # scipy vectorises when the statistic takes ``axis``
        confidence_level=level,
        method="BCa",
        rng=rng,
    )
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def t_interval_from_summary(mean: float, sd: float, n: int, level: float = 0.95) -> tuple[float, float]:
    """Student-t interval for a mean from its summary: mean +/- t_{n-1} * sd / sqrt(n)."""
    _check_level(level)
    if n < 2:
        raise ValueError(f"a t interval needs n >= 2, got n={n}")
    if sd < 0:
        raise ValueError(f"sd must be non-negative, got {sd}")
    if sd == 0:
        return float(mean), float(mean)
    low, high = scipy_stats.t.interval(level, n - 1, loc=mean, scale=sd / math.sqrt(n))
    return float(low), float(high)


def t_interval(values: Sequence[float], level: float = 0.95) -> tuple[float, float]:
    """Student-t interval for the mean of ``values`` (sample SD, n - 1 degrees of freedom)."""
    array = np.asarray(values, dtype=float)
    if array.ndim != 1 or array.size < 2:
        raise ValueError("a t interval needs a one-dimensional sample of at least 2 values")
    return t_interval_from_summary(float(array.mean()), float(array.std(ddof=1)), int(array.size), level)


class HypothesisTestResult(NamedTuple):
    """Statistic and p-value of a hypothesis test."""

    statistic: float
    pvalue: float


def levene(*groups: Sequence[float], center: str = "median") -> HypothesisTestResult:
    """Levene's test of equal variances (scipy; ``center="median"`` is Brown-Forsythe).

    Meant for runtimes. On 0/1 outcomes the variance is p(1-p), fixed by the proportion, so
    the test says nothing beyond comparing proportions.
    """
    if len(groups) < 2:
        raise ValueError("Levene's test needs at least two groups")
    result = scipy_stats.levene(*[np.asarray(group, dtype=float) for group in groups], center=center)
    return HypothesisTestResult(float(result.statistic), float(result.pvalue))


# --------------------------------------------------------------------------------------------
# Resource efficiency
# --------------------------------------------------------------------------------------------


def _vram_or_nan(vram_gb: float | None, name: str = "vram_gb") -> float:
    if vram_gb is None or (isinstance(vram_gb, float) and math.isnan(vram_gb)):
        return math.nan
    if vram_gb <= 0:
        raise ValueError(f"{name} must be positive, got {vram_gb}")
    return float(vram_gb)


def vram_efficiency(rate: float, vram_gb: float | None) -> float:
    """Performance per GB: ``rate / vram_gb`` in the units of ``rate`` per GB.

    Pass the rate in percent to get the report's "% per GB" (61.67 / 19 = 3.25 % per GB).
    Unknown VRAM (None/nan) gives nan.
    """
    return float(rate) / _vram_or_nan(vram_gb)


def efficiency_ratio(
    rate: float, vram_gb: float | None, reference_rate: float, reference_vram_gb: float | None
) -> float:
    """Performance-per-GB of a model relative to a reference model (report 3.4.1's last column).

    NaN ("not defined") when the reference's rate per GB is zero or unknown: a ratio against zero
    is no statement about either model.
    """
    denominator = vram_efficiency(reference_rate, reference_vram_gb)
    if not denominator or math.isnan(denominator):
        return math.nan
    return vram_efficiency(rate, vram_gb) / denominator


def vram_ratio(vram_gb: float | None, reference_vram_gb: float | None) -> float:
    """VRAM needed relative to a reference (report 2.1's "VRAM efficiency ratio": 1280/19 = 67.37)."""
    return _vram_or_nan(vram_gb) / _vram_or_nan(reference_vram_gb, "reference_vram_gb")
