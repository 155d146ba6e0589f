"""The report's figures: functions that take tidy DataFrames and return matplotlib Figures.

One style for all (:func:`apply_style`): seaborn's colour-blind-safe palette, readable fonts,
labelled axes with units. Highlighted models (a parameter, never hard-coded) are drawn in the
highlight colour with a hatch or star marker and a bold tick label. Frames carry a ``source``
column (:data:`pareval_lib.analysis.published.PUBLISHED` / :data:`~pareval_lib.analysis.published.OURS`); figures draw
one panel per source, titled with it, so published and our numbers sit side by side.
"""

from __future__ import annotations

import math
import warnings
from typing import Iterable, Sequence

import matplotlib.axis
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, NullFormatter

from pareval_lib.analysis.published import OURS, PUBLISHED

__all__ = [
    "HIGHLIGHT_COLOR",
    "apply_style",
    "cohens_d_plot",
    "domain_profile",
    "effect_heatmap",
    "interval_plot",
    "pareto_frontier",
    "paradigm_bars",
    "runtime_trends",
    "speedup_trends",
    "status_bars",
    "success_bars",
    "vram_scatter",
]

PALETTE = sns.color_palette("colorblind")
BASE_COLOR = PALETTE[0]  # blue
HIGHLIGHT_COLOR = PALETTE[1]  # orange
PARADIGM_COLORS = {"serial": PALETTE[0], "mpi": PALETTE[2]}
SOURCE_MARKERS = {PUBLISHED: "o", OURS: "s"}
SOURCE_ORDER = (PUBLISHED, OURS)
HIGHLIGHT_HATCH = "//"
STATUS_ORDER = ("ok", "wrong_answer", "runtime_error", "timeout", "build_error", "build_timeout", "no_code")

Highlight = str | Iterable[str] | None


def apply_style() -> None:
    """The one style of every figure: white grid, colour-blind palette, readable fonts."""
    sns.set_theme(
        style="whitegrid",
        context="notebook",
        palette="colorblind",
        font_scale=1.05,
        rc={
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.labelsize": 11,
            "figure.titlesize": 14,
            "figure.titleweight": "bold",
            "legend.fontsize": 9,
            "svg.fonttype": "none",
            "figure.dpi": 110,
            "savefig.bbox": "tight",
        },
    )


def _highlight_set(highlight: Highlight) -> set[str]:
    if highlight is None:
        return set()
    if isinstance(highlight, str):
        return {highlight}
    return {name for name in highlight if name}


def _sources(data: pd.DataFrame) -> list[str]:
    present = list(dict.fromkeys(data["source"])) if "source" in data and not data.empty else []
    return [s for s in SOURCE_ORDER if s in present] + [s for s in present if s not in SOURCE_ORDER]


def _empty_figure(message: str, xlabel: str = "", ylabel: str = "") -> Figure:
    figure, ax = plt.subplots(figsize=(7, 2.5))
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, wrap=True)
    ax.set_xlabel(xlabel or "(no data)")
    ax.set_ylabel(ylabel or "(no data)")
    ax.set_xticks([])
    ax.set_yticks([])
    return figure


def _bold_highlighted_ticks(ax: plt.Axes, highlight: set[str], axis: str = "y") -> None:
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    for label in labels:
        if label.get_text() in highlight:
            label.set_fontweight("bold")
            label.set_color(HIGHLIGHT_COLOR)


def _paradigm_handles() -> list[Patch]:
    """Legend entries for the paradigm colours (unhatched, whatever the first bar looked like)."""
    return [Patch(facecolor=PARADIGM_COLORS[p], edgecolor="black", label=label)
            for p, label in (("serial", "Serial"), ("mpi", "MPI"))]


def _plain_log_ticks(axis: matplotlib.axis.Axis) -> None:
    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
    axis.set_minor_formatter(NullFormatter())


def _at_least_a_decade(ax: plt.Axes, values: np.ndarray) -> None:
    """Log y limits spanning at least one decade around the finite positive ``values``."""
    finite = values[np.isfinite(values) & (values > 0)]
    if finite.size == 0:
        return
    low, high = float(finite.min()), float(finite.max())
    if high / low < 10:
        centre = math.sqrt(low * high)
        low, high = centre / math.sqrt(10), centre * math.sqrt(10)
    ax.set_ylim(low / 1.3, high * 1.3)
    _plain_log_ticks(ax.yaxis)


def _panel_title(source: str, detail: str | None = None) -> str:
    return f"{source}: {detail}" if detail else source


def _grid(n_panels: int, ncols: int | None, panel_w: float, panel_h: float, sharex: bool = False,
          sharey: bool = False, row_heights: Sequence[float] | None = None) -> tuple[Figure, list[plt.Axes]]:
    """A grid of panels; ``row_heights`` (inches per row) overrides the uniform ``panel_h``."""
    ncols = max(1, min(ncols or n_panels, n_panels))
    nrows = math.ceil(n_panels / ncols)
    heights = list(row_heights) if row_heights is not None else [panel_h] * nrows
    figure, axes = plt.subplots(nrows, ncols, figsize=(panel_w * ncols, sum(heights)), squeeze=False,
                                sharex=sharex, sharey=sharey, gridspec_kw={"height_ratios": heights})
    flat = list(axes.ravel())
    for extra in flat[n_panels:]:
        extra.remove()
    return figure, flat[:n_panels]


# --------------------------------------------------------------------------------------------
# Rates
# --------------------------------------------------------------------------------------------


def success_bars(
    data: pd.DataFrame,
    value: str = "build_rate_pct",
    highlight: Highlight = None,
    xlabel: str = "Build success rate (%)",
    title: str | None = None,
) -> Figure:
    """Horizontal bars of one rate per model: one panel per (source, group), best first.

    ``data``: source, model, ``value`` and optionally ``group`` (the seed's "similarly sized" /
    "large SOTA" tables). Highlighted models get the highlight colour, a hatch and a bold label.
    """
    if data.empty or value not in data:
        return _empty_figure("no data for this figure yet", xlabel, "Model")
    marked = _highlight_set(highlight)
    frame = data.copy()
    if "group" not in frame:
        frame["group"] = None
    frame["group"] = frame["group"].fillna("")
    panels = {(source, group): rows.dropna(subset=[value]).sort_values(value, ascending=True)
              for source in _sources(frame)
              for group, rows in frame[frame["source"] == source].groupby("group", sort=False)}
    height = max(2.0, 0.42 * max(len(rows) for rows in panels.values()) + 1.2)
    figure, axes = _grid(len(panels), 3, 5.2, height)
    for ax, ((source, group), rows) in zip(axes, panels.items()):
        colors = [HIGHLIGHT_COLOR if m in marked else BASE_COLOR for m in rows["model"]]
        bars = ax.barh(rows["model"], rows[value], color=colors, edgecolor="black", linewidth=0.6)
        for bar, model in zip(bars, rows["model"]):
            if model in marked:
                bar.set_hatch(HIGHLIGHT_HATCH)
                bar.set_linewidth(1.4)
        for bar, number in zip(bars, rows[value]):
            ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, f"{number:.1f}%", va="center", fontsize=9)
        ax.set_xlim(0, 112)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("Model")
        ax.set_title(_panel_title(source, group or None), loc="left")
        _bold_highlighted_ticks(ax, marked)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


def paradigm_bars(
    data: pd.DataFrame,
    highlight: Highlight = None,
    xlabel: str = "Build success rate (%)",
    title: str | None = "MPI against serial",
) -> Figure:
    """Serial and MPI rate per model side by side (grouped horizontal bars), one panel per source.

    ``data``: source, model, paradigm ("serial"/"mpi"), rate_pct.
    """
    if data.empty:
        return _empty_figure("no serial/MPI data yet", xlabel, "Model")
    marked = _highlight_set(highlight)
    sources = _sources(data)
    most = max(data[data["source"] == s]["model"].nunique() for s in sources)
    figure, axes = _grid(len(sources), 2, 6.2, max(2.6, 0.55 * most + 1.4))
    for ax, source in zip(axes, sources):
        rows = data[data["source"] == source]
        order = (rows[rows["paradigm"] == "serial"].sort_values("rate_pct")["model"].tolist()
                 or rows["model"].drop_duplicates().tolist())
        order += [m for m in rows["model"].drop_duplicates() if m not in order]
        positions = {model: i for i, model in enumerate(order)}
        width = 0.38
        for offset, paradigm in ((-width / 2, "serial"), (width / 2, "mpi")):
            part = rows[rows["paradigm"] == paradigm]
            y = [positions[m] + offset for m in part["model"]]
            bars = ax.barh(y, part["rate_pct"], height=width, color=PARADIGM_COLORS[paradigm],
                           edgecolor="black", linewidth=0.6)
            for bar, model, number in zip(bars, part["model"], part["rate_pct"]):
                if model in marked:
                    bar.set_hatch(HIGHLIGHT_HATCH)
                    bar.set_linewidth(1.4)
                ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, f"{number:.0f}%", va="center",
                        fontsize=8)
        ax.set_yticks(range(len(order)), order)
        ax.set_xlim(0, 112)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("Model")
        ax.set_title(source, loc="left")
        ax.legend(handles=_paradigm_handles(), title="Paradigm", loc="lower right")
        _bold_highlighted_ticks(ax, marked)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


def status_bars(data: pd.DataFrame, title: str | None = "Outcome of every prompt (our runs)") -> Figure:
    """Stacked bars of outcome counts per model and paradigm (``data`` from results.status_table)."""
    statuses = [s for s in STATUS_ORDER if s in data.columns] + [
        c for c in data.columns if c not in (*STATUS_ORDER, "model", "paradigm", "prompts", "source")
    ]
    if data.empty or not statuses:
        return _empty_figure("no results yet", "Prompts (count)", "Model / paradigm")
    labels = [f"{m} ({p})" for m, p in zip(data["model"], data["paradigm"])]
    figure, ax = plt.subplots(figsize=(8, max(2.4, 0.5 * len(labels) + 1.4)))
    left = np.zeros(len(data))
    colors = sns.color_palette("colorblind", len(statuses))
    for status, color in zip(statuses, colors):
        counts = data[status].to_numpy(dtype=float)
        ax.barh(labels, counts, left=left, color=color, edgecolor="black", linewidth=0.5, label=status)
        left += counts
    ax.set_xlabel("Prompts (count)")
    ax.set_ylabel("Model (paradigm)")
    ax.legend(title="Status", bbox_to_anchor=(1.01, 1), loc="upper left")
    if title:
        ax.set_title(title, loc="left")
    figure.tight_layout()
    return figure


# --------------------------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------------------------


def interval_plot(data: pd.DataFrame, highlight: Highlight = None, title: str | None = "95% confidence intervals") -> Figure:
    """Rates with their intervals (points with horizontal error bars): rows = source, cols = metric.

    ``data``: source, model, metric ("build"/"validation"), rate_pct, low_pct, high_pct, method.
    """
    if data.empty:
        return _empty_figure("no rates yet", "Rate (%)", "Model")
    marked = _highlight_set(highlight)
    sources = _sources(data)
    metrics = [m for m in ("build", "validation") if m in set(data["metric"])]
    heights = [max(1.9, 0.42 * data[data["source"] == s]["model"].nunique() + 1.3) for s in sources]
    figure, axes = _grid(len(sources) * len(metrics), len(metrics), 5.4, 0, row_heights=heights)
    for index, (source, metric) in enumerate((s, m) for s in sources for m in metrics):
        ax = axes[index]
        rows = data[(data["source"] == source) & (data["metric"] == metric)].sort_values("rate_pct")
        for y, row in enumerate(rows.itertuples(index=False)):
            is_marked = row.model in marked
            ax.errorbar(row.rate_pct, y, xerr=[[row.rate_pct - row.low_pct], [row.high_pct - row.rate_pct]],
                        fmt="*" if is_marked else "o", markersize=12 if is_marked else 6, capsize=3,
                        color=HIGHLIGHT_COLOR if is_marked else BASE_COLOR, elinewidth=2.2 if is_marked else 1.2)
        ax.set_yticks(range(len(rows)), rows["model"])
        ax.set_xlim(-2, 102)
        method = rows["method"].iloc[0] if len(rows) and "method" in rows else "wilson"
        what = "Build success" if metric == "build" else "Validation among built"
        ax.set_xlabel(f"{what} rate (%), 95% {method.title()} interval")
        ax.set_ylabel("Model")
        ax.set_title(_panel_title(source, what.lower()), loc="left")
        _bold_highlighted_ticks(ax, marked)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


def cohens_d_plot(data: pd.DataFrame, highlight: Highlight = None, title: str | None = "Effect sizes (Cohen's d)") -> Figure:
    """Cohen's d of each model against a reference, one panel per source, with |d| bands.

    ``data``: source, model, cohens_d, reference. Shaded bands mark negligible (< 0.2), small
    (< 0.5) and medium (< 0.8) effects.
    """
    if data.empty:
        return _empty_figure("no effect sizes yet", "Cohen's d", "Model")
    marked = _highlight_set(highlight)
    sources = _sources(data)
    most = max(data[data["source"] == s]["model"].nunique() for s in sources)
    figure, axes = _grid(len(sources), 2, 6.0, max(2.4, 0.42 * most + 1.4))
    for ax, source in zip(axes, sources):
        rows = data[data["source"] == source].copy()
        rows["cohens_d"] = rows["cohens_d"].replace([np.inf, -np.inf], np.nan)
        rows = rows.dropna(subset=["cohens_d"]).sort_values("cohens_d")
        for bound, alpha in ((0.8, 0.06), (0.5, 0.09), (0.2, 0.14)):
            ax.axvspan(-bound, bound, color="grey", alpha=alpha, linewidth=0)
        colors = [HIGHLIGHT_COLOR if m in marked else BASE_COLOR for m in rows["model"]]
        bars = ax.barh(rows["model"], rows["cohens_d"], color=colors, edgecolor="black", linewidth=0.6)
        for bar, model in zip(bars, rows["model"]):
            if model in marked:
                bar.set_hatch(HIGHLIGHT_HATCH)
                bar.set_linewidth(1.4)
        ax.axvline(0, color="black", linewidth=1)
        limit = max(1.0, float(rows["cohens_d"].abs().max()) * 1.15) if len(rows) else 1.0
        ax.set_xlim(-limit, limit)
        reference = rows["reference"].iloc[0] if len(rows) and "reference" in rows else "reference"
        ax.set_xlabel(f"Cohen's d vs {reference} (pooled SD units)")
        ax.set_ylabel("Model")
        ax.set_title(source, loc="left")
        _bold_highlighted_ticks(ax, marked)
    if title:
        figure.suptitle(f"{title}; bands: |d| < 0.2, 0.5, 0.8")
    figure.tight_layout()
    return figure


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
    stars. The dashed step line joins the Pareto-efficient models.
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
    chosen = pareto_frontier(points["memory_gb"].tolist(), points["rate_pct"].tolist())
    front = points.loc[chosen]
    ax.step(front["memory_gb"], front["rate_pct"], where="post", linestyle="--", color="black", linewidth=1.2,
            label="efficiency frontier", zorder=2)
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


# --------------------------------------------------------------------------------------------
# Domains, runtimes, speedups
# --------------------------------------------------------------------------------------------


def domain_profile(
    data: pd.DataFrame,
    model: str,
    published_rates: pd.DataFrame | None = None,
    title: str | None = None,
) -> Figure:
    """Per-domain build and pass rates of one model, serial against MPI (our runs).

    ``data``: results.domain_breakdown (model, domain, paradigm, build_rate_pct, pass_rate_pct).
    The seed report has no per-domain counts; ``published_rates`` (model, paradigm, rate_pct,
    metric) draws its overall per-paradigm rates as dashed reference lines.
    """
    rows = data[data["model"] == model] if not data.empty else data
    if rows.empty:
        return _empty_figure(f"no per-domain results for {model}", "Rate (%)", "Domain")
    figure, axes = _grid(2, 2, 6.0, max(2.8, 0.45 * rows["domain"].nunique() + 1.8), sharey=True)
    domains = sorted(rows["domain"].unique())
    positions = {d: i for i, d in enumerate(domains)}
    width = 0.38
    for ax, (column, label, metric) in zip(
        axes, (("build_rate_pct", "Build success rate (%)", "build"), ("pass_rate_pct", "Pass rate (%): valid / prompts", "pass"))
    ):
        for offset, paradigm in ((-width / 2, "serial"), (width / 2, "mpi")):
            part = rows[rows["paradigm"] == paradigm]
            ax.barh([positions[d] + offset for d in part["domain"]], part[column], height=width,
                    color=PARADIGM_COLORS[paradigm], edgecolor="black", linewidth=0.6,
                    label=f"{'MPI' if paradigm == 'mpi' else 'Serial'} ({OURS.lower()})")
        if published_rates is not None and not published_rates.empty:
            reference = published_rates[published_rates.get("metric", metric) == metric] if "metric" in published_rates else published_rates
            for row in reference.itertuples(index=False):
                ax.axvline(row.rate_pct, color=PARADIGM_COLORS.get(row.paradigm, "black"), linestyle="--", linewidth=1.4,
                           label=f"{PUBLISHED}: {row.model} {row.paradigm} overall")
        ax.set_yticks(range(len(domains)), domains)
        ax.set_xlim(0, 105)
        ax.set_xlabel(label)
        ax.set_ylabel("Domain")
    handles, labels = axes[0].get_legend_handles_labels()
    figure.suptitle(title or f"Per-domain profile: {model}")
    figure.tight_layout()
    figure.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2, fontsize=9, frameon=False)
    return figure


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


def effect_heatmap(data: pd.DataFrame, highlight: Highlight = None, effect: str = "Cohen's d",
                   title: str | None = None) -> Figure:
    """Pairwise effect sizes as a heatmap (row model against column model), one panel per source.

    ``data``: source, model (row), other (column), value. Diverging colour map centred on 0;
    highlighted models' labels are bold.
    """
    if data.empty:
        return _empty_figure("no effect sizes yet", "Compared with (model)", "Model")
    marked = _highlight_set(highlight)
    sources = _sources(data)
    sizes = [data[data["source"] == s]["model"].nunique() for s in sources]
    figure, axes = plt.subplots(1, len(sources), figsize=(sum(0.62 * n + 3.2 for n in sizes), 0.55 * max(sizes) + 3.0),
                                squeeze=False, gridspec_kw={"width_ratios": [n + 4 for n in sizes]})
    values = data["value"].replace([np.inf, -np.inf], np.nan)
    limit = max(0.8, float(values.abs().max())) if values.notna().any() else 1.0
    for ax, source in zip(axes[0], sources):
        rows = data[data["source"] == source]
        order = list(dict.fromkeys(rows["model"]))
        matrix = rows.pivot(index="model", columns="other", values="value").reindex(index=order, columns=order)
        matrix = matrix.replace([np.inf, -np.inf], np.nan)
        with warnings.catch_warnings():  # seaborn's own use of a deprecated colormap call
            warnings.simplefilter("ignore", PendingDeprecationWarning)
            sns.heatmap(matrix, ax=ax, cmap="vlag", center=0, vmin=-limit, vmax=limit, annot=len(order) <= 14,
                        fmt=".2f", annot_kws={"fontsize": 7}, linewidths=0.4, linecolor="white",
                        cbar_kws={"label": f"{effect} (row vs column)", "shrink": 0.8}, square=True)
        ax.set_xlabel("Compared with (model)")
        ax.set_ylabel("Model")
        ax.set_title(source, loc="left")
        ax.tick_params(axis="x", labelrotation=60)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
        _bold_highlighted_ticks(ax, marked, axis="x")
        _bold_highlighted_ticks(ax, marked, axis="y")
    figure.suptitle(title or f"{effect} between every pair of models (build success)")
    figure.tight_layout()
    return figure
