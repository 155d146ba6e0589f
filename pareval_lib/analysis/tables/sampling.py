"""Tables over repeated samples per prompt (our results only): pass@k, speedup_n@k, efficiency_n@k."""

from __future__ import annotations

import itertools
import math
from typing import Any, Iterable

import numpy as np
import pandas as pd

from pareval_lib.analysis import stats
from pareval_lib.problems.paradigms import key_order, key_workers
from pareval_lib.analysis.tables.counts import ResultsLike, _as_mapping, _runtime_at, results_frame


# --------------------------------------------------------------------------------------------
# Sampled outcomes: pass@k, speedup_n@k
# --------------------------------------------------------------------------------------------


def pass_at_k_table(results: ResultsLike, ks: Iterable[int] = (1,), outcome: str = "valid") -> pd.DataFrame:
    """pass@k (or build@k with ``outcome="built"``) per model and paradigm, averaged over prompts.

    Per prompt, n = samples and c = successes; a prompt with fewer than k samples makes that
    pass@k NaN (it cannot be estimated without bias).
    """
    if outcome not in ("valid", "built"):
        raise ValueError(f"outcome must be 'valid' or 'built', got {outcome!r}")
    frame = results_frame(results)
    per_prompt = (
        frame.groupby(["model", "paradigm", "problem"], sort=False)[outcome].agg(n="size", c="sum").reset_index()
    )
    rows = []
    for (model, paradigm), prompts in per_prompt.groupby(["model", "paradigm"], sort=False):
        row: dict[str, Any] = {
            "model": model,
            "paradigm": paradigm,
            "prompts": len(prompts),
            "min_samples": int(prompts["n"].min()),
        }
        for k in ks:
            if (prompts["n"] < k).any():
                row[f"pass@{k}"] = math.nan
            else:
                estimates = [stats.pass_at_k(int(n), int(c), k) for n, c in zip(prompts["n"], prompts["c"])]
                row[f"pass@{k}"] = float(np.mean(estimates))
        rows.append(row)
    return pd.DataFrame(rows)


def speedup_at_k_table(
    results: ResultsLike, ks: Iterable[int] = (1,), ranks: Iterable[int] | None = None
) -> pd.DataFrame:
    """ParEval's speedup_n@k and efficiency_n@k per model, paradigm and rank count.

    Every sample counts (ParEval's paper definition): one that is not valid or lacks a runtime at
    that rank count has speedup 0. Per prompt the baseline is the smallest ``baseline_s`` among
    its samples (the reference timed by the checker beside each timed candidate); a prompt with
    no valid sample scores 0 whether or not a baseline was timed, so a model that never succeeds
    gets rows of zeros rather than none. ``prompts`` is how many prompts each value rests on;
    k larger than the samples of any prompt gives NaN. ``ranks`` defaults to every rank count in
    the results of that paradigm, over all models (serial candidates: 1).
    """
    frame = results_frame(results)
    rows = []
    found_by_paradigm: dict[str, set[str]] = {}
    for record in frame.to_dict("records"):
        keys = set(_as_mapping(record.get("runtime_s")))
        found_by_paradigm.setdefault(record["paradigm"], set()).update(keys)
    for (model, paradigm), of_group in frame.groupby(["model", "paradigm"], sort=False):
        found = sorted(found_by_paradigm.get(paradigm) or {"1"}, key=key_order)
        wanted = None if ranks is None else {str(r) for r in ranks}
        rank_counts = [r for r in found if wanted is None or r in wanted]
        for rank_count, k in itertools.product(rank_counts, ks):
            speedups, skipped = [], False
            for _, prompt in of_group.groupby("problem", sort=False):
                baseline_column = prompt.get("baseline_s", pd.Series(dtype=float))
                baselines = [b for b in baseline_column if b is not None and not pd.isna(b) and b > 0]
                runtimes = [
                    _runtime_at(record, str(rank_count)) if record["valid"] else None
                    for record in prompt.to_dict("records")
                ]
                if k > len(runtimes):
                    skipped = True
                    break
                if not any(r is not None and not pd.isna(r) for r in runtimes):
                    speedups.append(0.0)  # no valid sample: the best of any k is 0
                elif baselines:
                    speedups.append(stats.speedup_at_k(min(baselines), runtimes, k))
            value = math.nan if skipped or not speedups else float(np.mean(speedups))
            rows.append(
                {
                    "model": model,
                    "paradigm": paradigm,
                    "ranks": key_workers(rank_count),
                    "layout": rank_count,
                    "k": k,
                    "prompts": len(speedups),
                    "speedup_at_k": value,
                    "efficiency_at_k": value / key_workers(rank_count),
                }
            )
    return pd.DataFrame(rows)
