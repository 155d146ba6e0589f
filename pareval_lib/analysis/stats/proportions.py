"""Proportions, effect sizes, paired tests and multiple comparisons (statsmodels and scipy)."""

from __future__ import annotations

import math
from typing import NamedTuple, Sequence

import numpy as np
from scipy import stats as scipy_stats
from statsmodels.stats.contingency_tables import mcnemar as _statsmodels_mcnemar
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint, proportion_effectsize

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
