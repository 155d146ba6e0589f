"""Figures of resources: rate against memory with the efficiency (Pareto) frontier."""

from __future__ import annotations

import math
from typing import Sequence

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from pareval_lib.analysis.figures.style import (
    BASE_COLOR,
    HIGHLIGHT_COLOR,
    PALETTE,
    SOURCE_MARKERS,
    Highlight,
    _empty_figure,
    _highlight_set,
    _plain_log_ticks,
    _sources,
)
from pareval_lib.analysis.published import PUBLISHED


# --------------------------------------------------------------------------------------------
# Resources
# --------------------------------------------------------------------------------------------


def pareto_frontier(memory_gb: Sequence[float], rate: Sequence[float]) -> list[int]:
    """Indices of the points no other point beats on both less memory and a higher rate,
    ordered by memory (the efficiency frontier)."""
    order = sorted(range(len(memory_gb)), key=lambda i: (memory_gb[i], -rate[i]))
    frontier, best = [], -math.inf
    for i in order:
        if rate[i] > best:
            frontier.append(i)
            best = rate[i]
    return frontier


def vram_scatter(
    data: pd.DataFrame,
    highlight: Highlight = None,
    ylabel: str = "Build success rate (%)",
    title: str | None = "Build success against memory",
) -> Figure:
    """Rate against memory on a log axis, both sources in one plot, with the efficiency frontier.

    ``data``: source, model, memory_gb, rate_pct, memory_kind. Marker shape = source
    (circle: published declared VRAM, square: our measured memory); highlighted models are
    stars. A step line per source joins that source's Pareto-efficient models (declared VRAM and
    measured memory are different quantities, so the frontiers are not merged).
    """
    frame = data.dropna(subset=["memory_gb", "rate_pct"]) if not data.empty else data
    frame = frame[frame["memory_gb"] > 0] if not frame.empty else frame
    if frame.empty:
        return _empty_figure("no model has both a memory figure and a rate", "Memory (GB, log scale)", ylabel)
    marked = _highlight_set(highlight)
    figure, ax = plt.subplots(figsize=(11, 5.5))
    for source in _sources(frame):
        rows = frame[frame["source"] == source]
        plain = rows[~rows["model"].isin(marked)]
        kinds = ", ".join(sorted(set(rows["memory_kind"].dropna()))) if "memory_kind" in rows else ""
        if len(plain):
            ax.scatter(plain["memory_gb"], plain["rate_pct"], s=70, marker=SOURCE_MARKERS.get(source, "D"),
                       color=BASE_COLOR if source == PUBLISHED else PALETTE[2], edgecolor="black", linewidth=0.6,
                       label=f"{source} ({kinds})" if kinds else source, zorder=3)
        special = rows[rows["model"].isin(marked)]
        if len(special):
            ax.scatter(special["memory_gb"], special["rate_pct"], s=320, marker="*", color=HIGHLIGHT_COLOR,
                       edgecolor="black", linewidth=0.8, label=f"highlighted: {source}", zorder=4)
    points = frame.reset_index(drop=True)
    # one frontier per source: declared VRAM of published models and our measured memory are not
    # the same quantity, so no model of one source dominates a model of the other
    for source, style in zip(_sources(points), ("--", ":", "-.")):
        rows = points[points["source"] == source].reset_index(drop=True)
        front = rows.loc[pareto_frontier(rows["memory_gb"].tolist(), rows["rate_pct"].tolist())]
        ax.step(front["memory_gb"], front["rate_pct"], where="post", linestyle=style, color="black", linewidth=1.2,
                label=f"efficiency frontier: {source}", zorder=2)
    for row in points.itertuples(index=False):
        ax.annotate(row.model, (row.memory_gb, row.rate_pct), xytext=(6, 4), textcoords="offset points",
                    fontsize=8, fontweight="bold" if row.model in marked else "normal")
    ax.set_xscale("log")
    ax.set_xlim(points["memory_gb"].min() / 1.6, points["memory_gb"].max() * 4)  # room for the labels
    _plain_log_ticks(ax.xaxis)
    ax.set_xlabel("Memory (GB, log scale): declared VRAM or measured peak")
    ax.set_ylabel(ylabel)
    ax.set_ylim(-3, 105)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    if title:
        ax.set_title(title, loc="left")
    figure.tight_layout()
    return figure
