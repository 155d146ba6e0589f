"""Statistics of the whole design: how small a difference a study can detect (power), a
permutation test of "all models are equally good" on paired prompts (Cochran's Q), and a
logistic mixed model ``valid ~ model * paradigm + (1 | problem)``.

The permutation test permutes model labels within each prompt, so it respects the pairing (every
model answered the same prompts) and makes no large-sample assumption; its statistic is Cochran's
Q, whose chi-square p-value is given beside it. The mixed model is statsmodels'
``BinomialBayesMixedGLM`` fitted by variational Bayes (normal priors: SD 2 on the fixed effects,
the package's default); its intervals are posterior mean ± z·SD on the log-odds scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats as scipy_stats

__all__ = ["PermutationResult", "cochran_q", "cochran_q_permutation", "minimum_detectable_difference",
           "mixed_model"]


def minimum_detectable_difference(n: int, p0: float = 0.5, alpha: float = 0.05, power: float = 0.8) -> float:
    """Smallest rate difference (as a fraction, upwards from ``p0``) that two independent groups
    of ``n`` trials each detect with a two-sided test at ``alpha`` with probability ``power``
    (normal approximation on Cohen's h = 2 asin sqrt p1 - 2 asin sqrt p0)."""
    if n <= 0:
        raise ValueError("n must be positive")
    if not 0 <= p0 <= 1 or not 0 < alpha < 1 or not 0 < power < 1:
        raise ValueError("p0 in [0, 1], alpha and power in (0, 1)")
    h = (scipy_stats.norm.ppf(1 - alpha / 2) + scipy_stats.norm.ppf(power)) * math.sqrt(2.0 / n)
    angle = math.asin(math.sqrt(p0)) + h / 2
    p1 = 1.0 if angle >= math.pi / 2 else math.sin(angle) ** 2
    return p1 - p0


def cochran_q(outcomes: np.ndarray) -> float:
    """Cochran's Q of a 0/1 matrix (rows: prompts, columns: models)."""
    x = np.asarray(outcomes, dtype=float)
    k = x.shape[1]
    columns, rows = x.sum(axis=0), x.sum(axis=1)
    total = rows.sum()
    denominator = k * total - (rows ** 2).sum()
    if denominator == 0:  # every prompt has all models alike: no evidence of any difference
        return 0.0
    return float((k - 1) * (k * (columns ** 2).sum() - total ** 2) / denominator)


@dataclass(frozen=True)
class PermutationResult:
    statistic: float
    pvalue: float  # permutation p-value, (1 + #{Q* >= Q}) / (1 + permutations)
    chi2_pvalue: float  # Cochran's asymptotic chi-square p-value, k - 1 degrees of freedom
    prompts: int
    models: int
    permutations: int


def cochran_q_permutation(outcomes: np.ndarray, permutations: int = 5000, seed: int | None = 0) -> PermutationResult:
    """Test "every model has the same success rate" on paired prompts: Cochran's Q, with a
    p-value from permuting the model labels within each prompt (``permutations`` draws)."""
    x = np.asarray(outcomes, dtype=float)
    if x.ndim != 2 or x.shape[1] < 2 or x.shape[0] < 1:
        raise ValueError("outcomes must be a prompts x models matrix with at least two models")
    observed = cochran_q(x)
    k = x.shape[1]
    rng = np.random.default_rng(seed)
    rows = x.sum(axis=1)
    total, denominator = rows.sum(), k * rows.sum() - (rows ** 2).sum()
    if denominator == 0:
        return PermutationResult(0.0, 1.0, 1.0, x.shape[0], k, permutations)
    # permuting within rows keeps the row totals, so Q moves only with the column totals
    batch = max(1, 2_000_000 // x.size)  # bounded memory whatever the study's size
    at_least = 0
    for start in range(0, permutations, batch):
        size = min(batch, permutations - start)
        shuffled = np.argsort(rng.random((size, *x.shape)), axis=2)
        columns = np.take_along_axis(np.broadcast_to(x, (size, *x.shape)), shuffled, axis=2).sum(axis=1)
        q = (k - 1) * (k * (columns ** 2).sum(axis=1) - total ** 2) / denominator
        at_least += int((q >= observed - 1e-9).sum())
    pvalue = (1 + at_least) / (1 + permutations)
    return PermutationResult(observed, pvalue, float(scipy_stats.chi2.sf(observed, k - 1)), x.shape[0], k,
                             permutations)


def mixed_model(frame: pd.DataFrame, outcome: str = "valid", level: float = 0.95) -> pd.DataFrame:
    """Fit ``outcome ~ model * paradigm + (1 | problem)`` (terms with one level are dropped) and
    return one row per fixed effect: term, posterior mean and SD (log-odds), interval, odds ratio.
    A last row gives the SD of the problems' random intercepts. Needs at least two problems."""
    from statsmodels.genmod.bayes_mixed_glm import BinomialBayesMixedGLM

    data = frame[["model", "paradigm", "problem", outcome]].copy()
    data[outcome] = data[outcome].astype(int)
    if data["problem"].nunique() < 2:
        raise ValueError("a mixed model needs at least two problems")
    factors = [f"C({name})" for name in ("model", "paradigm") if data[name].nunique() > 1]
    formula = f"{outcome} ~ " + (" * ".join(factors) if factors else "1")
    model = BinomialBayesMixedGLM.from_formula(formula, {"problem": "0 + C(problem)"}, data)
    fit = model.fit_vb()
    z = scipy_stats.norm.ppf(0.5 + level / 2)
    rows = [{"term": name, "estimate": mean, "sd": sd, "low": mean - z * sd, "high": mean + z * sd,
             "odds_ratio": math.exp(mean)} for name, mean, sd in zip(model.exog_names, fit.fe_mean, fit.fe_sd)]
    log_sd = float(fit.vcp_mean[0])
    rows.append({"term": "problem SD (random intercept)", "estimate": math.exp(log_sd), "sd": math.nan,
                 "low": math.exp(log_sd - z * float(fit.vcp_sd[0])), "high": math.exp(log_sd + z * float(fit.vcp_sd[0])),
                 "odds_ratio": math.nan})
    return pd.DataFrame(rows, columns=["term", "estimate", "sd", "low", "high", "odds_ratio"])
