"""Paired per-prompt tables (our results only): exact McNemar tests between every pair of models."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd

from pareval_lib.analysis import stats
from pareval_lib.analysis.families import family
from pareval_lib.analysis.tables.comparisons import per_prompt_outcomes
from pareval_lib.analysis.tables.counts import ResultsLike, results_frame


# --------------------------------------------------------------------------------------------
# Paired per-prompt tables (our results only)
# --------------------------------------------------------------------------------------------


def mcnemar_table(
    results: ResultsLike, outcome: str = "valid", paradigm: str | None = None, alpha: float = 0.05,
    rule: str = "majority",
) -> pd.DataFrame:
    """Exact McNemar test for every pair of models on the prompts both answered, Holm-corrected
    over the pairs (one family).

    Pairs are matched by prompt (problem, paradigm), each model's outcome on a prompt taken by
    ``rule`` (see ``comparisons.per_prompt_outcomes``: "majority" of its samples, or the "first"),
    so several samples never count as several trials. ``outcome`` is "valid" or "built";
    ``paradigm`` restricts to "serial" or "mpi". ``a_only``: prompts only model_a got right.
    """
    frame = results_frame(results)
    if paradigm is not None:
        frame = frame[frame["paradigm"] == paradigm]
    if frame.duplicated(["model", "problem", "paradigm", "sample"]).any():
        raise ValueError("results hold more than one record per (model, problem, paradigm, sample)")
    prompts = per_prompt_outcomes(frame, outcome, rule)
    outcomes = prompts.pivot(index=["problem", "paradigm"], columns="model", values="outcome")
    model_names = list(dict.fromkeys(frame["model"]))
    rows = []
    for model_a, model_b in itertools.combinations(model_names, 2):
        both = outcomes[[model_a, model_b]].dropna()
        if both.empty:
            continue
        test = stats.mcnemar_exact(both[model_a].astype(int), both[model_b].astype(int))
        rows.append(
            {
                "model_a": model_a,
                "model_b": model_b,
                "n_pairs": len(both),
                "a_only": test.b10,
                "b_only": test.b01,
                "statistic": test.statistic,
                "pvalue": test.pvalue,
            }
        )
    table = pd.DataFrame(rows, columns=["model_a", "model_b", "n_pairs", "a_only", "b_only", "statistic", "pvalue"])
    reject, corrected = stats.holm(table["pvalue"].to_numpy(), alpha=alpha)
    table["holm_family"] = family("model_pairs")
    table["pvalue_holm"], table["reject_holm"] = corrected, reject
    return table


def mcnemar_matrix(
    results: ResultsLike, outcome: str = "valid", paradigm: str | None = None, alpha: float = 0.05
) -> pd.DataFrame:
    """Square, symmetric matrix of Holm-corrected McNemar p-values (diagonal NaN)."""
    pairs = mcnemar_table(results, outcome, paradigm, alpha)
    model_names = list(dict.fromkeys(results_frame(results)["model"]))
    matrix = pd.DataFrame(np.nan, index=model_names, columns=model_names)
    for row in pairs.itertuples(index=False):
        matrix.loc[row.model_a, row.model_b] = row.pvalue_holm
        matrix.loc[row.model_b, row.model_a] = row.pvalue_holm
    return matrix
