"""The strong-scaling figure: speedup and parallel efficiency against MPI ranks, ideal lines drawn."""
from __future__ import annotations

import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure

from pareval_lib.analysis.figures.style import _empty_figure, _grid


def scaling_figure(data: pd.DataFrame, title: str | None = "Strong scaling (valid MPI candidates)",
                   group_label: str = "model") -> Figure:
    """Two panels from ``analysis.scaling.scaling_table``: speedup (log-log, with the ideal
    speedup = ranks) and parallel efficiency (with the ideal 1.0), one line per group;
    oversubscribed points ringed in red."""
    if data.empty:
        return _empty_figure("no valid MPI runs to scale", "MPI ranks (processes)", "Speedup (x)")
    figure, (left, right) = _grid(2, 2, 6.0, 4.4)
    ranks = sorted(data["ranks"].astype(int).unique())
    colors = sns.color_palette("colorblind", max(3, data["group"].nunique()))
    left.plot(ranks, ranks, linestyle=":", color="grey", label="ideal (speedup = ranks)")
    right.axhline(1.0, linestyle=":", color="grey", label="ideal (efficiency 1)")
    for i, (group, part) in enumerate(data.groupby("group", sort=True)):
        part = part.sort_values("ranks")
        for ax, column in ((left, "speedup"), (right, "efficiency")):
            ax.plot(part["ranks"], part[column], marker="o", color=colors[i % len(colors)], label=f"{group_label} {group}")
            over = part[part["oversubscribed"].astype(bool)]
            if len(over):
                ax.scatter(over["ranks"], over[column], s=170, facecolors="none", edgecolors="red", linewidths=1.5,
                           zorder=5, label="oversubscribed (ranks > cores)" if i == 0 else None)
    for ax, ylabel in ((left, "Speedup over the serial reference (x, geometric mean)"),
                       (right, "Parallel efficiency (speedup / ranks)")):
        ax.set_xscale("log", base=2)
        ax.set_xticks(ranks, [str(r) for r in ranks])
        ax.set_xlabel("MPI ranks (processes)")
        ax.set_ylabel(ylabel)
        handles, labels = ax.get_legend_handles_labels()
        keep = dict(zip(labels, handles))
        ax.legend(keep.values(), keep.keys(), fontsize=8, loc="best")
    left.set_yscale("log", base=2)
    right.set_ylim(0, max(1.1, float(data["efficiency"].max()) * 1.1))
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure
