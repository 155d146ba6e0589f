"""Figures of rates and their statistics: success and outcome bars, intervals, effect sizes,
per-domain profiles."""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure

from pareval_lib.analysis.figures.style import (
    BASE_COLOR,
    HIGHLIGHT_COLOR,
    HIGHLIGHT_HATCH,
    PARADIGM_COLORS,
    STATUS_ORDER,
    Highlight,
    _bold_highlighted_ticks,
    _empty_figure,
    _grid,
    _highlight_set,
    _panel_title,
    _paradigm_handles,
    _sources,
)
from pareval_lib.analysis.published import OURS, PUBLISHED


# --------------------------------------------------------------------------------------------
# Rates
# --------------------------------------------------------------------------------------------


def success_bars(
    data: pd.DataFrame,
    value: str = "build_rate_pct",
    highlight: Highlight = None,
    xlabel: str = "Build success rate (%)",
    title: str | None = None,
    beside: tuple[str, str] | None = None,
) -> Figure:
    """Horizontal bars of one rate per model: one panel per (source, group), best first.

    ``data``: source, model, ``value`` and optionally ``group`` (the seed's "similarly sized" /
    "large SOTA" tables). Highlighted models get the highlight colour, a hatch and a bold label.
    ``beside``: (column, label) of a second rate drawn as a lighter bar under each model's bar
    (e.g. the pass rate, valid / prompts, beside validation among built).
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
        y = np.arange(len(rows), dtype=float)
        second = beside is not None and beside[0] in rows
        height = 0.4 if second else 0.8
        bars = ax.barh(y + (height / 2 if second else 0), rows[value], height=height, color=colors,
                       edgecolor="black", linewidth=0.6, label=xlabel if second else None)
        for bar, model in zip(bars, rows["model"]):
            if model in marked:
                bar.set_hatch(HIGHLIGHT_HATCH)
                bar.set_linewidth(1.4)
        shown = list(zip(bars, rows[value]))
        if second:
            extra = ax.barh(y - height / 2, rows[beside[0]], height=height, color=colors, alpha=0.45,
                            edgecolor="black", linewidth=0.6, label=beside[1])
            shown += list(zip(extra, rows[beside[0]]))
            ax.legend(loc="lower right", fontsize=8)
        for bar, number in shown:
            if pd.notna(number):
                ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, f"{number:.1f}%", va="center",
                        fontsize=8 if second else 9)
        ax.set_yticks(y, rows["model"])
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
        panel = _panel_title(source, what.lower())
        if source == PUBLISHED:  # the seed printed Wald intervals; these are ours, from its counts
            panel += f" ({method.title()}, from published counts)"
        ax.set_title(panel, loc="left")
        _bold_highlighted_ticks(ax, marked)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


#: How an infinite effect size is labelled (keyed by "is it positive").
INFINITY_LABEL = {True: "+\u221e", False: "\u2212\u221e"}


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
        rows = data[data["source"] == source].dropna(subset=["cohens_d"]).sort_values("cohens_d")
        finite = rows["cohens_d"].replace([np.inf, -np.inf], np.nan)
        limit = max(1.0, float(finite.abs().max()) * 1.15) if finite.notna().any() else 1.0
        # d is ±inf when both rates are 0 or 100 % apart (pooled SD 0): drawn to the edge, labelled
        shown = rows["cohens_d"].clip(-0.92 * limit, 0.92 * limit)
        for bound, alpha in ((0.8, 0.06), (0.5, 0.09), (0.2, 0.14)):
            ax.axvspan(-bound, bound, color="grey", alpha=alpha, linewidth=0)
        colors = [HIGHLIGHT_COLOR if m in marked else BASE_COLOR for m in rows["model"]]
        bars = ax.barh(rows["model"], shown, color=colors, edgecolor="black", linewidth=0.6)
        for bar, model, value in zip(bars, rows["model"], rows["cohens_d"]):
            if model in marked:
                bar.set_hatch(HIGHLIGHT_HATCH)
                bar.set_linewidth(1.4)
            if np.isinf(value):
                bar.set_linestyle("--")
                ax.text(bar.get_width() + (0.02 if value > 0 else -0.02) * limit, bar.get_y() + bar.get_height() / 2,
                        INFINITY_LABEL[value > 0], va="center", ha="left" if value > 0 else "right", fontsize=9)
        ax.axvline(0, color="black", linewidth=1)
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
    show_numbers = data["model"].nunique() <= 14
    for ax, source in zip(axes[0], sources):
        rows = data[data["source"] == source]
        order = list(dict.fromkeys(rows["model"]))
        matrix = rows.pivot(index="model", columns="other", values="value").reindex(index=order, columns=order)
        # ±inf (pooled SD 0) gets the end colour and a "+∞"/"−∞" label, never a blank cell
        labels = matrix.map(lambda v: "" if pd.isna(v) else INFINITY_LABEL[v > 0] if np.isinf(v) else f"{v:.2f}")
        matrix = matrix.clip(-limit, limit)
        with warnings.catch_warnings():  # seaborn's own use of a deprecated colormap call
            warnings.simplefilter("ignore", PendingDeprecationWarning)
            sns.heatmap(matrix, ax=ax, cmap="vlag", center=0, vmin=-limit, vmax=limit,
                        annot=labels.to_numpy() if show_numbers else False,
                        fmt="", annot_kws={"fontsize": 7}, linewidths=0.4, linecolor="white",
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


# --------------------------------------------------------------------------------------------
# Domains
# --------------------------------------------------------------------------------------------


def domain_profile(
    data: pd.DataFrame,
    model: str,
    published_rates: pd.DataFrame | None = None,
    title: str | None = None,
) -> Figure:
    """Per-domain build and pass rates of one model, serial against MPI (our runs).

    ``data``: results.domain_breakdown (model, domain, paradigm, prompts, build_rate_pct,
    pass_rate_pct); each bar is labelled with its n (prompts).
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
            bars = ax.barh([positions[d] + offset for d in part["domain"]], part[column], height=width,
                           color=PARADIGM_COLORS[paradigm], edgecolor="black", linewidth=0.6,
                           label=f"{'MPI' if paradigm == 'mpi' else 'Serial'} ({OURS.lower()})")
            if "prompts" in part:  # each rate rests on few prompts: say how many
                for bar, n in zip(bars, part["prompts"]):
                    ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2, f"n={int(n)}",
                            va="center", fontsize=7)
        if published_rates is not None and not published_rates.empty:
            reference = published_rates[published_rates.get("metric", metric) == metric] if "metric" in published_rates else published_rates
            for row in reference.itertuples(index=False):
                ax.axvline(row.rate_pct, color=PARADIGM_COLORS.get(row.paradigm, "black"), linestyle="--", linewidth=1.4,
                           label=f"{PUBLISHED}: {row.model} {row.paradigm} overall")
        ax.set_yticks(range(len(domains)), domains)
        ax.set_xlim(0, 115)
        ax.set_xlabel(label)
        ax.set_ylabel("Domain")
    handles, labels = axes[0].get_legend_handles_labels()
    figure.suptitle(title or f"Per-domain profile: {model}")
    figure.tight_layout()
    figure.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2, fontsize=9, frameon=False)
    return figure
