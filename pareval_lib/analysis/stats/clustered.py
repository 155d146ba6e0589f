"""Problems as the unit: intervals that resample problems, differences with Newcombe intervals,
and paired ratios of two models' runtimes on the problems both solved.

Samples of one prompt, and the serial and MPI prompts of one problem, are not independent
trials: an interval that treats every sample as a trial is too narrow. Here the problem is the
resampling unit (a cluster bootstrap), and two models are compared only on what both did.
"""
from __future__ import annotations

import math
from typing import NamedTuple, Sequence

import numpy as np
from scipy import stats as scipy_stats

from pareval_lib.analysis.stats.proportions import _check_counts, _check_level, proportion_ci

#: Below this many problems a paired bootstrap uses percentile intervals, not BCa (BCa's
#: acceleration estimate is unstable on small samples).
MIN_N_BCA = 20


class Interval(NamedTuple):
    estimate: float
    low: float
    high: float
    n: int  # clusters (problems) the estimate rests on
    method: str


def newcombe_difference_ci(k1: int, n1: int, k2: int, n2: int, level: float = 0.95) -> tuple[float, float, float]:
    """Risk difference p1 - p2 with Newcombe's hybrid score interval (his method 10, 1998):
    from the Wilson intervals (l_i, u_i) of each proportion,
    low = d - sqrt((p1 - l1)^2 + (u2 - p2)^2), high = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
    Returns (d, low, high) as fractions. For independent samples; on paired data it is
    conservative when the outcomes correlate positively (use :func:`cluster_bootstrap_difference`
    for pairs)."""
    _check_counts(k1, n1, "k1", "n1")
    _check_counts(k2, n2, "k2", "n2")
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = proportion_ci(k1, n1, level, "wilson")
    l2, u2 = proportion_ci(k2, n2, level, "wilson")
    d = p1 - p2
    return d, d - math.hypot(p1 - l1, u2 - p2), d + math.hypot(u1 - p1, p2 - l2)


def _clusters(successes: Sequence[float], trials: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    k = np.asarray(successes, dtype=float)
    n = np.asarray(trials, dtype=float)
    if k.shape != n.shape or k.ndim != 1 or k.size == 0:
        raise ValueError("successes and trials must be one-dimensional, of the same non-zero length")
    if (n <= 0).any() or (k < 0).any() or (k > n).any():
        raise ValueError("every cluster needs trials >= 1 and 0 <= successes <= trials")
    return k, n


def cluster_bootstrap_rate(successes: Sequence[float], trials: Sequence[float], level: float = 0.95,
                           n_resamples: int = 4000, seed: int | None = 0) -> Interval:
    """Rate sum(k)/sum(n) over clusters (problems) with a percentile bootstrap interval that
    resamples whole clusters, so samples of one problem move together."""
    _check_level(level)
    k, n = _clusters(successes, trials)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, k.size, size=(n_resamples, k.size))
    rates = k[picks].sum(axis=1) / n[picks].sum(axis=1)
    alpha = 1.0 - level
    low, high = np.quantile(rates, [alpha / 2, 1 - alpha / 2])
    return Interval(float(k.sum() / n.sum()), float(low), float(high), int(k.size), "cluster percentile bootstrap")


def cluster_bootstrap_difference(k1: Sequence[float], n1: Sequence[float], k2: Sequence[float], n2: Sequence[float],
                                 level: float = 0.95, n_resamples: int = 4000, seed: int | None = 0) -> Interval:
    """Difference of two rates measured on the same clusters (problem i in both), resampling
    problems together: paired, and clustered."""
    _check_level(level)
    a_k, a_n = _clusters(k1, n1)
    b_k, b_n = _clusters(k2, n2)
    if a_k.size != b_k.size:
        raise ValueError("both rates must be measured on the same clusters")
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, a_k.size, size=(n_resamples, a_k.size))
    diffs = a_k[picks].sum(axis=1) / a_n[picks].sum(axis=1) - b_k[picks].sum(axis=1) / b_n[picks].sum(axis=1)
    alpha = 1.0 - level
    low, high = np.quantile(diffs, [alpha / 2, 1 - alpha / 2])
    estimate = a_k.sum() / a_n.sum() - b_k.sum() / b_n.sum()
    return Interval(float(estimate), float(low), float(high), int(a_k.size), "paired cluster percentile bootstrap")


def paired_ratio(a: Sequence[float], b: Sequence[float], level: float = 0.95, n_resamples: int = 4000,
                 seed: int | None = 0, min_n_bca: int = MIN_N_BCA) -> Interval:
    """Geometric mean of a_i / b_i over paired problems (e.g. model A's runtime over model B's on
    the problems both solved), with a bootstrap interval over problems: BCa from ``min_n_bca``
    problems on, percentile below; no interval below 3 problems or when every ratio is equal."""
    _check_level(level)
    x = np.asarray(a, dtype=float)
    y = np.asarray(b, dtype=float)
    if x.shape != y.shape or x.ndim != 1:
        raise ValueError("a and b must be one-dimensional and of the same length")
    if x.size == 0:
        return Interval(math.nan, math.nan, math.nan, 0, "no common problems")
    if (x <= 0).any() or (y <= 0).any() or not np.isfinite(x).all() or not np.isfinite(y).all():
        raise ValueError("paired ratios need positive finite values")
    logs = np.log(x / y)
    estimate = float(np.exp(logs.mean()))
    if logs.size < 3 or np.ptp(logs) == 0:
        return Interval(estimate, math.nan, math.nan, int(logs.size), "too few distinct problems for an interval")
    method = "BCa" if logs.size >= min_n_bca else "percentile"
    result = scipy_stats.bootstrap((logs,), np.mean, n_resamples=n_resamples, confidence_level=level,
                                   method=method, rng=np.random.default_rng(seed))
    ci = result.confidence_interval
    return Interval(estimate, float(np.exp(ci.low)), float(np.exp(ci.high)), int(logs.size), f"{method} bootstrap")
