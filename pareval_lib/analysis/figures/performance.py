"""Figures of runtimes and speedups: mean runtimes with t intervals, speedup against rank count."""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure

from pareval_lib.analysis.figures.style import (
    HIGHLIGHT_COLOR,
    PARADIGM_COLORS,
    Highlight,
    _at_least_a_decade,
    _bold_highlighted_ticks,
    _empty_figure,
    _grid,
    _highlight_set,
    _sources,
)


# --------------------------------------------------------------------------------------------
# Runtimes, speedups
# --------------------------------------------------------------------------------------------


def runtime_trends(data: pd.DataFrame, highlight: Highlight = None, title: str | None = "Mean runtime of valid code") -> Figure:
    """Mean runtime per model, serial and MPI, with t intervals where known, log axis; one panel per source.

    ``data``: source, model, paradigm, mean_runtime_s, ci_low_s, ci_high_s.
    """
    if data.empty:
        return _empty_figure("no runtimes yet", "Model", "Mean runtime (s, log scale)")
    marked = _highlight_set(highlight)
    sources = _sources(data)
    figure, axes = _grid(len(sources), 2, 6.4, 4.6)
    for ax, source in zip(axes, sources):
        rows = data[data["source"] == source]
        order = list(dict.fromkeys(rows.sort_values("mean_runtime_s")["model"]))
        positions = {m: i for i, m in enumerate(order)}
        for offset, paradigm in ((-0.12, "serial"), (0.12, "mpi")):
            part = rows[rows["paradigm"] == paradigm]
            if part.empty:
                continue
            x = np.array([positions[m] + offset for m in part["model"]])
            mean = part["mean_runtime_s"].to_numpy(dtype=float)
            low = part["ci_low_s"].to_numpy(dtype=float)
            high = part["ci_high_s"].to_numpy(dtype=float)
            lower = np.where(np.isfinite(low) & (low > 0), mean - low, 0.0)
            upper = np.where(np.isfinite(high), high - mean, 0.0)
            ax.errorbar(x, mean, yerr=[lower, upper], fmt="o", capsize=3, color=PARADIGM_COLORS[paradigm],
                        label="Serial" if paradigm == "serial" else "MPI (largest rank count)")
            for xi, model, value in zip(x, part["model"], mean):
                if model in marked:
                    ax.scatter([xi], [value], marker="*", s=260, color=HIGHLIGHT_COLOR, edgecolor="black", zorder=4)
        ax.set_xticks(range(len(order)), order, rotation=35, ha="right")
        ax.set_xlim(-0.6, len(order) - 0.4)
        ax.set_yscale("log")
        _at_least_a_decade(ax, rows[["mean_runtime_s", "ci_low_s", "ci_high_s"]].to_numpy(dtype=float))
        ax.set_xlabel("Model")
        ax.set_ylabel("Mean runtime (s, log scale)")
        ax.set_title(source, loc="left")
        ax.legend(loc="upper left", fontsize=8)
        _bold_highlighted_ticks(ax, marked, axis="x")
    if title:
        figure.suptitle(f"{title} (95% t intervals where an SD is known)")
    figure.tight_layout()
    return figure


def speedup_trends(data: pd.DataFrame, highlight: Highlight = None, title: str | None = "MPI speedup over the serial reference") -> Figure:
    """Speedup against rank count per model, one panel per source, with the ideal (linear) line.

    ``data``: source, model, ranks, speedup, ci_low, ci_high, statistic.
    """
    if data.empty:
        return _empty_figure("no speedups yet", "MPI ranks (processes)", "Speedup (x)")
    marked = _highlight_set(highlight)
    sources = _sources(data)
    figure, axes = _grid(len(sources), 2, 6.0, 4.4)
    colors = sns.color_palette("colorblind", max(3, data["model"].nunique()))
    color_of = {m: colors[i % len(colors)] for i, m in enumerate(dict.fromkeys(data["model"]))}
    for ax, source in zip(axes, sources):
        rows = data[data["source"] == source]
        top = int(rows["ranks"].max())
        ideal = np.array(sorted({1, *rows["ranks"].astype(int)}))
        ax.plot(ideal, ideal, linestyle=":", color="grey", label="ideal (linear)")
        ax.axhline(1.0, color="black", linewidth=0.8)
        for model, part in rows.groupby("model", sort=False):
            part = part.sort_values("ranks")
            is_marked = model in marked
            low = (part["speedup"] - part["ci_low"]).to_numpy(dtype=float)
            high = (part["ci_high"] - part["speedup"]).to_numpy(dtype=float)
            yerr = None if np.isnan(low).all() else [np.nan_to_num(low), np.nan_to_num(high)]
            ax.errorbar(part["ranks"], part["speedup"], yerr=yerr, marker="*" if is_marked else "o",
                        markersize=13 if is_marked else 6, linewidth=3.0 if is_marked else 1.4, capsize=3,
                        color=HIGHLIGHT_COLOR if is_marked else color_of[model],
                        label=f"{model} (highlighted)" if is_marked else model)
        statistic = ", ".join(sorted(set(rows["statistic"].dropna()))) if "statistic" in rows else "mean"
        ax.set_xticks(sorted({1, *rows["ranks"].astype(int)}))
        ax.set_xlim(0.8, top + 0.3)
        ax.set_xlabel("MPI ranks (processes)")
        ax.set_ylabel(f"Speedup over serial reference (x, {statistic})")
        ax.set_title(source, loc="left")
        ax.legend(fontsize=8, loc="upper left")
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure
