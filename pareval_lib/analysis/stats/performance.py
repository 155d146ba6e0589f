"""Estimators for runtimes and speedups: pass@k, speedup_n@k / efficiency_n@k, geometric means,
bootstrap and t intervals, Levene's test."""

from __future__ import annotations

import math
from typing import Callable, NamedTuple, Sequence

import numpy as np
from scipy import stats as scipy_stats

from pareval_lib.analysis.stats.proportions import _check_counts, _check_level


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
