"""Strong scaling: speedup and parallel efficiency of valid MPI candidates against rank count.

:func:`scaling_table` takes a results frame (``load_results``) and gives, per group (model, or
domain) and rank count, the geometric-mean speedup over the serial reference, the parallel
efficiency (speedup / ranks), how many candidates it rests on, and whether any of those timings
ran oversubscribed (more ranks than the cores the run had: such a point understates the code).
:func:`pareval_lib.analysis.figures.scaling_figure` draws it.
"""
from __future__ import annotations

import json
import math
from typing import Any, Mapping

import pandas as pd

COLUMNS = ["group", "ranks", "speedup", "efficiency", "n", "oversubscribed", "nodes"]


def _mapping(value: Any) -> Mapping:
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, Mapping) else {}


def scaling_table(results: pd.DataFrame, by: str = "model") -> pd.DataFrame:
    """Per ``by`` (a column: ``model`` or ``domain``) and rank count: geometric-mean speedup,
    efficiency = speedup / ranks, n candidates, any oversubscribed, the largest node count seen."""
    if by not in ("model", "domain"):
        raise ValueError(f"by must be 'model' or 'domain', got {by!r}")
    if results.empty:
        return pd.DataFrame(columns=COLUMNS)
    logs: dict[tuple[str, int], list[float]] = {}
    over: dict[tuple[str, int], bool] = {}
    nodes: dict[tuple[str, int], int] = {}
    valid = results[(results["paradigm"] == "mpi") & results["valid"].astype(bool)]
    for rec in valid.to_dict("records"):
        flagged = {int(r) for r in (rec.get("oversubscribed") or []) if isinstance(rec.get("oversubscribed"), list)}
        placement = _mapping(rec.get("placement")) if isinstance(rec.get("placement"), (str, Mapping)) else {}
        for ranks, value in _mapping(rec.get("speedup")).items():
            if value is None or not math.isfinite(value) or value <= 0:
                continue
            key = (str(rec[by]), int(ranks))
            logs.setdefault(key, []).append(math.log(float(value)))
            over[key] = over.get(key, False) or int(ranks) in flagged
            nodes[key] = max(nodes.get(key, 1), min(int(placement.get("nodes") or 1), int(ranks)))
    rows = []
    for (group, ranks), values in sorted(logs.items()):
        speedup = math.exp(sum(values) / len(values))
        rows.append({"group": group, "ranks": ranks, "speedup": speedup, "efficiency": speedup / ranks,
                     "n": len(values), "oversubscribed": over[(group, ranks)], "nodes": nodes[(group, ranks)]})
    return pd.DataFrame(rows, columns=COLUMNS)
