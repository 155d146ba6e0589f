"""The report's figures: functions that take tidy DataFrames and return matplotlib Figures.

One style for all (:func:`apply_style`): seaborn's colour-blind-safe palette, readable fonts,
labelled axes with units. Highlighted models (a parameter, never hard-coded) are drawn in the
highlight colour with a hatch or star marker and a bold tick label. Frames carry a ``source``
column (:data:`pareval_lib.analysis.published.PUBLISHED` / :data:`~pareval_lib.analysis.published.OURS`); figures draw
one panel per source, titled with it, so published and our numbers sit side by side.

Submodules (everything public is re-exported here, so ``figures.success_bars`` keeps working):

- :mod:`~pareval_lib.analysis.figures.style`: palette, colours, markers, :func:`apply_style` and
  the shared panel helpers;
- :mod:`~pareval_lib.analysis.figures.rates`: :func:`success_bars`, :func:`paradigm_bars`,
  :func:`status_bars`, :func:`interval_plot`, :func:`cohens_d_plot`, :func:`effect_heatmap`,
  :func:`domain_profile`;
- :mod:`~pareval_lib.analysis.figures.performance`: :func:`runtime_trends`, :func:`speedup_trends`,
  :func:`runtime_ratio_plot`;
- :mod:`~pareval_lib.analysis.figures.memory`: :func:`pareto_frontier`, :func:`vram_scatter`;
- :mod:`~pareval_lib.analysis.figures.scaling`: :func:`scaling_figure` (strong scaling);
- :mod:`~pareval_lib.analysis.figures.paradigms`: :func:`paradigm_figure` (the four paradigms).
"""

from __future__ import annotations

from pareval_lib.analysis.figures.memory import pareto_frontier, vram_scatter
from pareval_lib.analysis.figures.performance import runtime_ratio_plot, runtime_trends, speedup_trends
from pareval_lib.analysis.figures.paradigms import paradigm_figure
from pareval_lib.analysis.figures.scaling import scaling_figure
from pareval_lib.analysis.figures.rates import (
    cohens_d_plot,
    domain_profile,
    effect_heatmap,
    interval_plot,
    paradigm_bars,
    status_bars,
    success_bars,
)
from pareval_lib.analysis.figures.style import (
    BASE_COLOR,
    HIGHLIGHT_COLOR,
    HIGHLIGHT_HATCH,
    PALETTE,
    PARADIGM_COLORS,
    SOURCE_MARKERS,
    SOURCE_ORDER,
    STATUS_ORDER,
    Highlight,
    apply_style,
)

__all__ = [
    "BASE_COLOR",
    "HIGHLIGHT_COLOR",
    "HIGHLIGHT_HATCH",
    "Highlight",
    "PALETTE",
    "PARADIGM_COLORS",
    "SOURCE_MARKERS",
    "SOURCE_ORDER",
    "STATUS_ORDER",
    "apply_style",
    "cohens_d_plot",
    "paradigm_figure",
    "domain_profile",
    "effect_heatmap",
    "interval_plot",
    "pareto_frontier",
    "paradigm_bars",
    "runtime_ratio_plot",
    "runtime_trends",
    "scaling_figure",
    "speedup_trends",
    "status_bars",
    "success_bars",
    "vram_scatter",
]
