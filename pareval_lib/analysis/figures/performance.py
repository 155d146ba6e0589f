"""Figures of runtimes and speedups: mean runtimes with t intervals, speedup against rank count."""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure

from pareval_lib.analysis.published import PUBLISHED
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
            # the seed never says at which rank count its MPI runtimes were taken
            mpi_label = "MPI (rank count not stated)" if source == PUBLISHED else "MPI (largest rank count)"
            ax.errorbar(x, mean, yerr=[lower, upper], fmt="o", capsize=3, color=PARADIGM_COLORS[paradigm],
                        label="Serial" if paradigm == "serial" else mpi_label)
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
        figure.suptitle(f"{title} (95% t intervals where an SD is known); arithmetic means over each model's own "
                        "valid problems: not comparable between models", fontsize=10)
    figure.tight_layout()
    return figure


def speedup_trends(data: pd.DataFrame, highlight: Highlight = None, title: str | None = "MPI speedup") -> Figure:
    """Speedup against rank count per model, one panel per source, with the ideal (linear) line.

    ``data``: source, model, ranks, speedup, ci_low, ci_high, statistic, and optionally
    oversubscribed (those points are ringed in red on a shaded band).
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
        if "oversubscribed" in rows:  # more ranks than cores: those timings understate the code
            over = rows[rows["oversubscribed"].fillna(False).astype(bool)]
            if len(over):
                ax.scatter(over["ranks"], over["speedup"], s=190, facecolors="none", edgecolors="red",
                           linewidths=1.6, zorder=5, label="oversubscribed (ranks > cores)")
                ax.axvspan(over["ranks"].min() - 0.25, top + 0.3, color="red", alpha=0.06, linewidth=0)
        statistic = ", ".join(sorted(set(rows["statistic"].dropna()))) if "statistic" in rows else "mean"
        ax.set_xticks(sorted({1, *rows["ranks"].astype(int)}))
        ax.set_xlim(0.8, top + 0.3)
        ax.set_xlabel("MPI ranks (processes)")
        # the seed report never defines its speedup's baseline; ours is the serial reference
        over = "baseline not stated" if source == PUBLISHED else "over the serial reference"
        ax.set_ylabel(f"Speedup (x, {statistic}; {over})")
        ax.set_title(source, loc="left")
        ax.legend(fontsize=8, loc="upper left")
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


def runtime_ratio_plot(data: pd.DataFrame, highlight: Highlight = None,
                       title: str | None = "Runtime relative to the serial reference (our runs)") -> Figure:
    """Geometric mean of candidate / reference runtime per model, paradigm and rank count, with
    its bootstrap interval over problems and the number of problems, on a log axis (1 = the
    reference's speed; below 1 is faster).

    ``data``: tables.reference_runtime_ratio_table (model, paradigm, ranks, problems,
    runtime_ratio, ci_low, ci_high).
    """
    if data.empty:
        return _empty_figure("no valid runs with a reference timing yet", "Model", "Runtime / reference (log)")
    marked = _highlight_set(highlight)
    figure, axes = _grid(1, 1, 8.0, 4.6)
    ax = axes[0]
    order = list(dict.fromkeys(data["model"]))
    groups = [(p, r) for p, r in data[["paradigm", "ranks"]].drop_duplicates().itertuples(index=False)]
    groups.sort(key=lambda g: (g[0] != "serial", g[1]))
    width = 0.8 / max(1, len(groups))
    shades = sns.color_palette("Blues", len(groups) + 1)[1:]
    for index, (paradigm, ranks) in enumerate(groups):
        part = data[(data["paradigm"] == paradigm) & (data["ranks"] == ranks)]
        x = np.array([order.index(m) - 0.4 + width * (index + 0.5) for m in part["model"]])
        ratio = part["runtime_ratio"].to_numpy(dtype=float)
        low = np.nan_to_num(ratio - part["ci_low"].to_numpy(dtype=float))
        high = np.nan_to_num(part["ci_high"].to_numpy(dtype=float) - ratio)
        color = PARADIGM_COLORS["serial"] if paradigm == "serial" else shades[index % len(shades)]
        label = "serial" if paradigm == "serial" else f"{paradigm}, {ranks} rank{'s' if ranks > 1 else ''}"
        ax.errorbar(x, ratio, yerr=[low, high], fmt="s", capsize=3, color=color, label=label)
        for xi, n, value, model in zip(x, part["problems"], ratio, part["model"]):
            ax.annotate(f"n={int(n)}", (xi, value), xytext=(0, 6), textcoords="offset points", ha="center", fontsize=7)
            if model in marked:
                ax.scatter([xi], [value], marker="*", s=220, color=HIGHLIGHT_COLOR, edgecolor="black", zorder=4)
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_yscale("log")
    _at_least_a_decade(ax, data[["runtime_ratio", "ci_low", "ci_high"]].to_numpy(dtype=float))
    ax.set_xticks(range(len(order)), order, rotation=35, ha="right")
    ax.set_xlabel("Model")
    ax.set_ylabel("Runtime / serial reference (geometric mean, log)")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    _bold_highlighted_ticks(ax, marked, axis="x")
    if title:
        ax.set_title(f"{title}; 95% bootstrap intervals over problems, n = problems", loc="left", fontsize=10)
    figure.tight_layout()
    return figure
