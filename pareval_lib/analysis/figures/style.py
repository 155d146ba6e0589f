"""The one style of the report's figures and the helpers every figure module shares.

Palette, colours and markers (colour-blind-safe seaborn palette; highlighted models in
:data:`HIGHLIGHT_COLOR` with :data:`HIGHLIGHT_HATCH`), :func:`apply_style`, and the private
helpers for highlighted models, sources, empty figures, log ticks and panel grids.
"""

from __future__ import annotations

import math
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

PALETTE = sns.color_palette("colorblind")
BASE_COLOR = PALETTE[0]  # blue
HIGHLIGHT_COLOR = PALETTE[1]  # orange
PARADIGM_COLORS = {"serial": PALETTE[0], "mpi": PALETTE[2], "openmp": PALETTE[3], "mpi+omp": PALETTE[4]}
SOURCE_MARKERS = {PUBLISHED: "o", OURS: "s"}
SOURCE_ORDER = (PUBLISHED, OURS)
HIGHLIGHT_HATCH = "//"
STATUS_ORDER = ("ok", "wrong_answer", "memory_error", "runtime_error", "slow", "timeout", "build_error", "build_timeout", "rejected", "no_code",
                "no_generation")

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
