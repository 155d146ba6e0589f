"""Tables of the whole design on our results: a test of "all models are equally good" on the
prompts every model answered (Cochran's Q, permutation p-value), the logistic mixed model
``valid ~ model * paradigm + (1 | problem)``, and the power line shown under the rate tables."""

from __future__ import annotations

import pandas as pd

from pareval_lib.analysis import stats
from pareval_lib.analysis.tables.comparisons import per_prompt_outcomes
from pareval_lib.analysis.tables.counts import ResultsLike, results_frame

MODEL_EFFECT_COLUMNS = ["scope", "prompts", "models", "cochran_q", "permutation_pvalue", "chi2_pvalue",
                        "permutations"]


def model_effect_table(results: ResultsLike, outcome: str = "valid", rule: str = "majority",
                       permutations: int = 5000, seed: int = 0) -> pd.DataFrame:
    """Cochran's Q over our models on the prompts all of them answered (one outcome per prompt by
    ``rule``), both paradigms together and each alone, with a within-prompt permutation p-value.
    Empty with fewer than two models."""
    prompts = per_prompt_outcomes(results, outcome, rule)
    rows = []
    if prompts["model"].nunique() < 2:
        return pd.DataFrame(columns=MODEL_EFFECT_COLUMNS)
    for scope in ("all", *sorted(set(prompts["paradigm"]))):
        part = prompts if scope == "all" else prompts[prompts["paradigm"] == scope]
        wide = part.pivot_table(index=["problem", "paradigm"], columns="model", values="outcome").dropna()
        if wide.empty or wide.shape[1] < 2:
            continue
        test = stats.cochran_q_permutation(wide.to_numpy(), permutations=permutations, seed=seed)
        rows.append({"scope": scope, "prompts": test.prompts, "models": test.models, "cochran_q": test.statistic,
                     "permutation_pvalue": test.pvalue, "chi2_pvalue": test.chi2_pvalue,
                     "permutations": test.permutations})
    return pd.DataFrame(rows, columns=MODEL_EFFECT_COLUMNS)


def mixed_model_table(results: ResultsLike, outcome: str = "valid") -> pd.DataFrame:
    """The logistic mixed model's fixed effects (log-odds, with intervals) and the problems'
    random-intercept SD, over every sample. One row saying why when it cannot be fitted."""
    frame = results_frame(results)
    try:
        return stats.mixed_model(frame, outcome)
    except (ValueError, ArithmeticError, IndexError, KeyError) as exc:
        # fewer than two problems, or a design statsmodels cannot fit: said, not hidden
        return pd.DataFrame([{"term": f"not fitted: {' '.join(str(exc).split())}"}])


def power_line(prompts_per_model: int, p0: float = 0.5, alpha: float = 0.05, power: float = 0.8) -> str:
    """One sentence: the smallest difference in rate two models with this many prompts each can
    tell apart (two-sided, unpaired; a paired test on the same prompts can do better)."""
    if prompts_per_model <= 0:
        return "Power: no prompts yet."
    mdd = 100 * stats.minimum_detectable_difference(prompts_per_model, p0, alpha, power)
    return (f"Power: with {prompts_per_model} prompts per model, two rates around {100 * p0:.0f} % must differ by "
            f"at least {mdd:.1f} percentage points to be detected with {100 * power:.0f} % power at a two-sided "
            f"{100 * alpha:g} % level (independent samples; pairing on the same prompts helps).")
