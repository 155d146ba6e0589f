"""Every paradigm of our runs side by side: serial, MPI, OpenMP and MPI+OpenMP.

The seed report measured serial and MPI only, so its published columns (``tables.counts``) hold
those two; these tables are ours alone:

- ``paradigm_table``: per model and paradigm, build and pass rates (Wilson intervals), how many
  valid answers the paradigm check flags (an OpenMP answer with no parallel region, an MPI answer
  that never communicates, a serial one that starts threads), answers seen running more threads
  than their layout allows, and the geometric-mean speedup at two workers;
- ``paradigm_speedup_table``: per model, paradigm and layout (ranks x threads), the geometric-mean
  speedup over the serial reference, efficiency (speedup / workers), n, and how many reach 1.5x;
- ``paradigm_gap_table``: each parallel paradigm's pass rate against serial, paired by problem
  (cluster bootstrap over problems, McNemar's exact test, Holm over the comparisons).
"""
from __future__ import annotations

import json
import math
from typing import Any, Mapping

import numpy as np
import pandas as pd

from pareval_lib.analysis import stats
from pareval_lib.analysis.tables.counts import ResultsLike, results_frame
from pareval_lib.analysis.tables.paired import per_prompt_outcomes
from pareval_lib.problems.paradigms import LABELS, PARADIGMS, key_order, parse_key

#: The paradigm checks of each paradigm (``evaluation/audit.py``): any one set flags the answer.
FLAGS = {"serial": ("threads_in_serial",), "mpi": ("serial_in_mpi",), "openmp": ("serial_in_openmp",),
         "mpi+omp": ("serial_in_mpi", "serial_in_openmp")}
REACH = 1.5  # "reaches 1.5x": the speedup the bench counts references by


def _mapping(value: Any) -> dict[str, float]:
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, Mapping):
        return {}
    return {str(k): float(v) for k, v in value.items() if v is not None and np.isfinite(v) and v > 0}


def _flagged(frame: pd.DataFrame, paradigm: str) -> pd.Series:
    marked = pd.Series(False, index=frame.index)
    for flag in FLAGS.get(paradigm, ()):
        if flag in frame:
            marked |= frame[flag].fillna(False).astype(bool)
    return marked


def paradigm_speedup_table(results: ResultsLike) -> pd.DataFrame:
    """Per model, paradigm and layout: geometric-mean speedup of the valid answers over the serial
    reference, efficiency, n, how many reach ``REACH``, and whether the layout was oversubscribed
    in any of them."""
    columns = ["model", "paradigm", "layout", "ranks", "threads", "workers", "n", "geomean_speedup",
               "efficiency", "reach_1_5x", "oversubscribed"]
    frame = results_frame(results)
    frame = frame[frame["valid"] & (frame["paradigm"] != "serial")]
    values: dict[tuple[str, str, str], list[float]] = {}
    over: dict[tuple[str, str, str], bool] = {}
    for record in frame.to_dict("records"):
        flagged = {str(x) for x in record.get("oversubscribed") or []} if isinstance(record.get("oversubscribed"), list) else set()
        for layout, value in _mapping(record.get("speedup")).items():
            key = (record["model"], record["paradigm"], layout)
            values.setdefault(key, []).append(value)
            over[key] = over.get(key, False) or layout in flagged
    rows = []
    order = {p: i for i, p in enumerate(PARADIGMS)}
    for (model, paradigm, layout) in sorted(values, key=lambda k: (k[0], order.get(k[1], 9), key_order(k[2]))):
        found = np.asarray(values[(model, paradigm, layout)], dtype=float)
        lay = parse_key(paradigm, layout)
        mean = float(stats.geometric_mean(found))
        rows.append({"model": model, "paradigm": paradigm, "layout": layout, "ranks": lay.ranks,
                     "threads": lay.threads, "workers": lay.workers, "n": int(found.size), "geomean_speedup": mean,
                     "efficiency": mean / lay.workers, "reach_1_5x": int((found >= REACH).sum()),
                     "oversubscribed": over[(model, paradigm, layout)]})
    return pd.DataFrame(rows, columns=columns)


def _at_two_workers(speedups: pd.DataFrame, model: str, paradigm: str) -> float:
    """The best geometric-mean speedup among the layouts of two workers (mpi+omp has two)."""
    rows = speedups[(speedups["model"] == model) & (speedups["paradigm"] == paradigm) & (speedups["workers"] == 2)]
    return float(rows["geomean_speedup"].max()) if not rows.empty else math.nan


def paradigm_table(results: ResultsLike, level: float = 0.95) -> pd.DataFrame:
    """Per model and paradigm (catalogue order): prompts, builds, build rate, valid, pass rate with
    its Wilson interval, flagged (valid, but the paradigm check says it did not use the paradigm),
    valid as asked (valid and not flagged, %), threads beyond the allowance, speedup at 2 workers."""
    columns = ["model", "paradigm", "label", "prompts", "builds", "build_rate_pct", "valid", "pass_rate_pct",
               "pass_low_pct", "pass_high_pct", "flagged", "valid_as_asked_pct", "threads_beyond",
               "speedup_2_workers"]
    frame = results_frame(results)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    speedups = paradigm_speedup_table(frame)
    rows = []
    for model in dict.fromkeys(frame["model"]):
        for paradigm in PARADIGMS:
            part = frame[(frame["model"] == model) & (frame["paradigm"] == paradigm)]
            if part.empty:
                continue
            n, built, valid = len(part), int(part["built"].sum()), int(part["valid"].sum())
            flagged = int((part["valid"] & _flagged(part, paradigm)).sum())
            beyond = int(part["threads_beyond_allowance"].fillna(False).astype(bool).sum()) \
                if "threads_beyond_allowance" in part else 0
            low, high = stats.proportion_ci(valid, n, level)
            rows.append({"model": model, "paradigm": paradigm, "label": LABELS[paradigm], "prompts": n,
                         "builds": built, "build_rate_pct": 100.0 * built / n, "valid": valid,
                         "pass_rate_pct": 100.0 * valid / n, "pass_low_pct": 100.0 * low, "pass_high_pct": 100.0 * high,
                         "flagged": flagged, "valid_as_asked_pct": 100.0 * (valid - flagged) / n,
                         "threads_beyond": beyond,
                         "speedup_2_workers": math.nan if paradigm == "serial" else _at_two_workers(speedups, model, paradigm)})
    return pd.DataFrame(rows, columns=columns)


def paradigm_gap_table(results: ResultsLike, outcome: str = "valid", rule: str = "majority",
                       level: float = 0.95, alpha: float = 0.05) -> pd.DataFrame:
    """Serial against each parallel paradigm per model, on the problems with both prompts: pass
    rates, the difference (serial - other) with a paired cluster-bootstrap interval over problems,
    Cohen's h, and McNemar's exact test paired by problem, Holm-corrected over every row."""
    columns = ["model", "paradigm", "problems", "serial_pct", "other_pct", "difference_pct", "cluster_low_pct",
               "cluster_high_pct", "cohens_h", "serial_only", "other_only", "mcnemar_pvalue", "pvalue_holm",
               "reject_holm"]
    frame = results_frame(results)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    prompts = per_prompt_outcomes(frame, outcome, rule)
    rows = []
    for model, of_model in prompts.groupby("model", sort=False):
        wide = of_model.pivot(index="problem", columns="paradigm", values=["outcome", "successes", "samples"])
        for other in PARADIGMS[1:]:
            if ("outcome", "serial") not in wide or ("outcome", other) not in wide:
                continue
            pair = wide[[("outcome", "serial"), ("outcome", other), ("successes", "serial"), ("successes", other),
                         ("samples", "serial"), ("samples", other)]].dropna()
            if pair.empty:
                continue
            serial, par = pair[("outcome", "serial")].astype(int), pair[("outcome", other)].astype(int)
            boot = stats.cluster_bootstrap_difference(pair[("successes", "serial")], pair[("samples", "serial")],
                                                      pair[("successes", other)], pair[("samples", other)], level)
            test = stats.mcnemar_exact(serial, par)
            rows.append({"model": model, "paradigm": other, "problems": len(pair), "serial_pct": 100 * serial.mean(),
                         "other_pct": 100 * par.mean(), "difference_pct": 100 * boot.estimate,
                         "cluster_low_pct": 100 * boot.low, "cluster_high_pct": 100 * boot.high,
                         "cohens_h": stats.cohens_h(serial.mean(), par.mean()), "serial_only": test.b10,
                         "other_only": test.b01, "mcnemar_pvalue": test.pvalue})
    table = pd.DataFrame(rows, columns=columns[:-2])
    if not table.empty:
        reject, corrected = stats.holm(table["mcnemar_pvalue"].to_numpy(), alpha=alpha)
        table["pvalue_holm"], table["reject_holm"] = corrected, reject
    else:
        table = pd.DataFrame(columns=columns)
    return table
