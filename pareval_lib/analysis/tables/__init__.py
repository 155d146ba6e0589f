"""The seed report's tables (sections 2.1 and 3.1-4.2) as pandas DataFrames.

Every count-based table takes a :class:`~pareval_lib.analysis.published.Counts`, either the published
one (:func:`pareval_lib.analysis.published.load_counts`) or one made from our own results records by
:func:`counts_from_results`, so both go through the same code. Tables that need paired,
per-prompt outcomes (McNemar, pass@k, speedup@k) take the results records themselves.

Rates are in percent; interval bounds too (columns ending in ``_pct``). Notebooks only
format and display these frames.

Results records (dicts or DataFrame rows) carry at least ``model, problem, paradigm
("serial"|"mpi"), sample, built, valid`` and, for runtime tables, ``runtime_s`` (dict:
str(ranks) -> seconds), ``baseline_s`` and ``speedup`` (dict: str(ranks) -> x).

Submodules (everything public is re-exported here, so ``tables.build_rate_table`` keeps working):

- :mod:`~pareval_lib.analysis.tables.counts`: results records -> :func:`results_frame`,
  :func:`counts_from_results`, and the helpers the table builders share;
- :mod:`~pareval_lib.analysis.tables.rates`: :func:`build_rate_table`, :func:`validation_rate_table`,
  :func:`runtime_table`, :func:`interval_table`, :func:`cohens_d_table`, :func:`vram_efficiency_table`;
- :mod:`~pareval_lib.analysis.tables.paired`: :func:`mcnemar_table`, :func:`mcnemar_matrix`;
- :mod:`~pareval_lib.analysis.tables.sampling`: :func:`pass_at_k_table`, :func:`speedup_at_k_table`;
- :mod:`~pareval_lib.analysis.tables.comparisons`: problems as the unit: :func:`per_prompt_outcomes`,
  :func:`clustered_rate_table`, :func:`paradigm_gap_paired_table`, :func:`model_runtime_ratio_table`,
  :func:`reference_runtime_ratio_table`;
- :mod:`~pareval_lib.analysis.tables.design`: the whole design: :func:`model_effect_table`
  (Cochran's Q, permutation test), :func:`mixed_model_table`, :func:`power_line`.
"""

from __future__ import annotations

from pareval_lib.analysis.tables.counts import (
    METRICS,
    PARADIGMS,
    NoCounts,
    TABLE_ERROR_PREFIX,
    print_table_error,
    REQUIRED_RESULT_COLUMNS,
    ResultsLike,
    _metric_counts,
    counts_from_results,
    results_frame,
)
from pareval_lib.analysis.tables.comparisons import (
    clustered_rate_table,
    model_runtime_ratio_table,
    paradigm_gap_paired_table,
    per_prompt_outcomes,
    reference_runtime_ratio_table,
)
from pareval_lib.analysis.tables.design import mixed_model_table, model_effect_table, power_line
from pareval_lib.analysis.tables.paired import mcnemar_matrix, mcnemar_table
from pareval_lib.analysis.tables.rates import (
    build_rate_table,
    cohens_d_table,
    interval_table,
    runtime_table,
    validation_rate_table,
    vram_efficiency_table,
)
from pareval_lib.analysis.tables.sampling import pass_at_k_table, speedup_at_k_table

__all__ = [
    "clustered_rate_table",
    "model_runtime_ratio_table",
    "paradigm_gap_paired_table",
    "per_prompt_outcomes",
    "reference_runtime_ratio_table",
    "mixed_model_table",
    "model_effect_table",
    "power_line",
    "METRICS",
    "PARADIGMS",
    "NoCounts",
    "TABLE_ERROR_PREFIX",
    "print_table_error",
    "REQUIRED_RESULT_COLUMNS",
    "ResultsLike",
    "build_rate_table",
    "cohens_d_table",
    "counts_from_results",
    "interval_table",
    "mcnemar_matrix",
    "mcnemar_table",
    "pass_at_k_table",
    "results_frame",
    "runtime_table",
    "speedup_at_k_table",
    "validation_rate_table",
    "vram_efficiency_table",
]

_metric_counts = _metric_counts  # private, but used by tests as ``tables._metric_counts``
