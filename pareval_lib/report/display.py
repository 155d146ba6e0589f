"""What the stage notebooks call to set themselves up and to show tables, notes and figures.

- :func:`setup_notebook` turns a notebook's parameters into its :class:`~pareval_lib.report.study.Study`
  (parameters its cell does not declare come from :data:`~pareval_lib.report.params.DEFAULT_PARAMS`)
  and sets the figure style.
- :func:`show_table` and :func:`show_side_by_side` display tables formatted by :func:`format_table`:
  numbers rounded by kind, columns labelled with units (:data:`LABELS`), the published and our
  flavour next to each other. The CSV files keep the raw column names.
- :func:`method_note`, :func:`generation_note` and :func:`evaluation_note` write the notes computed
  from the data; :func:`show_figure` saves a figure as PNG and SVG and shows it.
"""

from __future__ import annotations

import html
import math
import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from pareval_lib.analysis.published import OURS, PUBLISHED
from pareval_lib.analysis.results import oversubscription
from pareval_lib.analysis.views import combine
from pareval_lib.report.data import ReportData
from pareval_lib.report.params import notebook_params
from pareval_lib.report.study import Study


# --------------------------------------------------------------------------------------------
# Set-up
# --------------------------------------------------------------------------------------------


_SHOW_PUBLISHED = True  # False when the notebook's include_published is False


def _repetitions(reps: int) -> str:
    """The repetition rule in words (the bounds are EvalConfig's)."""
    from pareval_lib.evaluation.engine import EvalConfig

    if reps < 2 or EvalConfig.max_reps <= reps or EvalConfig.target_spread <= 0:
        return f"{reps} repetition(s)"
    return (f"at least {reps} repetitions, up to {EvalConfig.max_reps} while the last {reps} spread by more than "
            f"{EvalConfig.target_spread:.0%} of their median and the timed ones total under {EvalConfig.max_timed_s:g} s")


def setup_notebook(namespace: Mapping[str, Any]) -> Study:
    """The study of a stage notebook from its parameters; figure style and inline PNG figures.

    ``namespace`` is the notebook's ``globals()``: the names its ``parameters`` cell declares
    (as papermill set them), every other parameter from ``DEFAULT_PARAMS``.
    """
    from pareval_lib.analysis import figures

    global _SHOW_PUBLISHED
    study = Study.from_params(**notebook_params(namespace))
    _SHOW_PUBLISHED = study.include_published
    figures.apply_style()
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        set_matplotlib_formats("png")
    except ImportError:  # outside IPython: figures are only saved
        pass
    return study



# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------


#: Raw column name -> label with units, for display (CSV files keep the raw names).
LABELS: dict[str, str] = {
    "model": "Model",
    "paradigm": "Paradigm",
    "group": "Group",
    "domain": "Domain",
    "prompts": "Prompts",
    "builds": "Builds",
    "validated": "Validated",
    "build_rate_pct": "Build success (%)",
    "validation_rate_pct": "Validation among built (%)",
    "pass_rate_pct": "Pass rate (%)",
    "rate_pct": "Rate (%)",
    "vram_gb": "VRAM (GB)",
    "declared_vram_gb": "Declared VRAM (GB)",
    "measured_memory_gb": "Measured memory (GB)",
    "memory_gb": "Memory (GB)",
    "params_b": "Parameters (B)",
    "active_params_b": "Active parameters (B)",
    "tokens_per_s": "Tokens/s",
    "gen_seconds": "Generation time (s)",
    "seconds_per_generation": "Seconds per generation",
    "completion_tokens": "Completion tokens",
    "serial_mean_runtime_s": "Serial mean runtime (s)",
    "mpi_mean_runtime_s": "MPI mean runtime (s)",
    "serial_sd_runtime_s": "Serial runtime SD (s)",
    "mpi_sd_runtime_s": "MPI runtime SD (s)",
    "n_valid_serial": "Valid serial",
    "n_valid_mpi": "Valid MPI",
    "perf_per_gb": "Build success per GB (%/GB)",
    "vram_ratio": "Memory ratio (x)",
    "efficiency_ratio": "Efficiency ratio (x)",
    "reference_times_more_efficient": "Reference is N x more efficient",
    "cohens_d": "Cohen's d",
    "cohens_h": "Cohen's h",
    "magnitude": "Magnitude",
    "fisher_pvalue": "Fisher p",
    "fisher_pvalue_holm": "Fisher p (Holm)",
    "pvalue": "p",
    "pvalue_holm": "p (Holm)",
    "reject_holm": "Significant (Holm, 5%)",
    "a_only": "Only model a valid",
    "b_only": "Only model b valid",
    "n_pairs": "Prompts paired",
    "description": "Description",
    "complexity_characteristics": "Complexity characteristics",
    "our_problems": "Our problems",
    "memory_kind": "Memory measured as",
    "ci_low": "95% CI low",
    "ci_high": "95% CI high",
    "speedup": "Speedup (x)",
    "geomean_speedup": "Geometric-mean speedup (x)",
    "mean_speedup": "Mean speedup (x)",
    "speedup_at_k": "speedup@k (x)",
    "efficiency_at_k": "efficiency@k",
    "gap_pct_points": "Serial - MPI (points)",
    "difference_pct": "Difference (points)",
    "newcombe_low_pct": "Newcombe 95% low (points)",
    "newcombe_high_pct": "Newcombe 95% high (points)",
    "cluster_low_pct": "Cluster bootstrap 95% low",
    "cluster_high_pct": "Cluster bootstrap 95% high",
    "runtime_ratio": "Runtime ratio (x, geometric mean)",
    "serial_only": "Only serial succeeded",
    "mpi_only": "Only MPI succeeded",
    "mcnemar_pvalue": "McNemar p",
    "serial_build_rate_pct": "Serial build success (%)",
    "mpi_build_rate_pct": "MPI build success (%)",
}


_WORDS = {"mpi": "MPI", "ci": "95% CI", "sd": "SD", "vram": "VRAM", "gpu": "GPU", "cpu": "CPU", "n": "n", "k": "k"}


def _label(column: str) -> str:
    """Display label of a column: from LABELS, else its words with the unit suffix spelled out."""
    if column in LABELS:
        return LABELS[column]
    match = re.fullmatch(r"speedup_(\d+)", column)
    if match:
        return f"Mean speedup, {match.group(1)} ranks (x)"
    unit = ""
    for suffix, text in (("_pct", " (%)"), ("_gb", " (GB)"), ("_s", " (s)")):
        if column.endswith(suffix):
            column, unit = column[: -len(suffix)], text
            break
    words = [_WORDS.get(word, word) for word in column.split("_") if word]
    if words and words[0] == words[0].lower():
        words[0] = words[0].capitalize()
    return " ".join(words) + unit


def _format_value(column: str, value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, (bool,)) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int) or float(value).is_integer() and not column.endswith(("_pct", "_s", "_d", "_h")):
        return f"{int(value)}"
    if "pvalue" in column:
        return f"{value:.2g}" if value < 0.001 else f"{value:.3f}"
    if column.endswith("_pct"):
        return f"{value:.2f}"
    if column.endswith("_s"):
        return f"{value:.4g}"
    if column.startswith(("cohens", "d_", "h_")):
        return f"{value:.4f}"
    return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"


def format_table(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A display copy of ``frame``: the chosen columns it has, numbers rounded by kind, labels with units."""
    chosen = frame[[c for c in columns if c in frame.columns]] if columns is not None else frame
    shown = pd.DataFrame(
        {column: [_format_value(str(column), value) for value in chosen[column]] for column in chosen.columns},
        index=chosen.index,
    )
    shown.columns = [_label(str(column)) for column in chosen.columns]
    if not isinstance(shown.index, pd.RangeIndex):
        shown.index = [str(i) for i in shown.index]
        shown.index.name = frame.index.name
    return shown


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d.,]+(e[-+]?\d+)?%?|–", text.strip()))


def _frame_html(shown: pd.DataFrame, with_index: bool) -> str:
    """A plain HTML table: text columns left-aligned, numeric ones right-aligned."""
    numeric = {column: all(_looks_numeric(str(v)) for v in shown[column]) for column in shown.columns}
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in shown.columns)
    if with_index:
        head = f"<th>{html.escape(str(shown.index.name or ''))}</th>" + head
    rows = []
    for index, row in shown.iterrows():
        cells = "".join(
            f"<td class='{'num' if numeric[c] else 'text'}'>{html.escape(str(row[c]))}</td>" for c in shown.columns
        )
        if with_index:
            cells = f"<th class='text'>{html.escape(str(index))}</th>" + cells
        rows.append(f"<tr>{cells}</tr>")
    return f"<table class='pareval-table'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _table_html(frame: pd.DataFrame | None, columns: Sequence[str] | None, caption: str, empty: str) -> str:
    if frame is not None and not frame.empty:
        body = _frame_html(format_table(frame, columns), with_index=not isinstance(frame.index, pd.RangeIndex))
    else:
        body = f"<p class='pareval-empty'><em>{html.escape(empty)}</em></p>"
    return (f"<div class='pareval-panel' style='flex:0 1 auto;max-width:100%;overflow-x:auto'>"
            f"<div class='pareval-source'><strong>{html.escape(caption)}</strong></div>{body}</div>")


def _display_html(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))


def show_table(frame: pd.DataFrame | None, title: str | None = None, columns: Sequence[str] | None = None,
               source: str | None = None, empty: str = "no data") -> None:
    """Display one formatted table with its title and source label."""
    heading = f"<h4>{html.escape(title)}</h4>" if title else ""
    _display_html(f"<div class='pareval-block'>{heading}"
                  f"{_table_html(frame, columns, source or '', empty)}</div>")


def show_side_by_side(
    published: pd.DataFrame | None,
    ours: pd.DataFrame | None,
    title: str,
    columns: Sequence[str] | None = None,
    published_columns: Sequence[str] | None = None,
    empty_published: str = "the seed report gives no numbers for this table",
    empty_ours: str = "no results of our own yet",
) -> None:
    """Display the published and our flavour of one table next to each other, each labelled.

    The published side is left out when the notebook's ``include_published`` is False.
    """
    left = _table_html(published, published_columns or columns, PUBLISHED, empty_published) if _SHOW_PUBLISHED else ""
    right = _table_html(ours, columns, OURS, empty_ours)
    _display_html(f"<div class='pareval-block'><h4>{html.escape(title)}</h4>"
                  f"<div class='pareval-side-by-side' style='display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start'>"
                  f"{left}{right}</div></div>")


def rows_of(frame: pd.DataFrame | None, models: Iterable[str] | None, source: str | None = None) -> pd.DataFrame | None:
    """Rows of ``frame`` for ``models`` (all when None) and ``source`` (all when None); None if none."""
    if frame is None or frame.empty:
        return None
    keep = pd.Series(True, index=frame.index)
    if models is not None:
        keep &= frame["model"].isin(set(models))
    if source is not None and "source" in frame:
        keep &= frame["source"] == source
    chosen = frame[keep]
    return chosen.reset_index(drop=True) if not chosen.empty else None


def show_rate_tables(data: ReportData, study: Study, name: str, title: str, kind: str, paradigm: str,
                     columns: Sequence[str]) -> None:
    """Save and show one rate table of section 3.1 (published per group, ours) side by side."""
    published_table, our_table = data.rate_tables(kind, paradigm)
    study.save_table(combine(published_table, our_table), name)
    show_side_by_side(published_table, our_table, title, columns)


# --------------------------------------------------------------------------------------------
# Notes and figures
# --------------------------------------------------------------------------------------------


def method_note(study: Study) -> str:
    """Section 1.4 for this run: launch configuration, timing, validation, sandbox, machine."""
    results = study.results()
    cores = sorted({int(c) for c in results["cores"].dropna()}) if "cores" in results and not results.empty else []
    sandboxes = sorted(set(results["sandbox"].dropna())) if "sandbox" in results and not results.empty else []
    if not cores:
        from pareval_lib.machine import usable_cores

        cores = [usable_cores()]
    oversubscribed = [r for r in study.ranks if r > max(cores)]
    lines = [
        f"- **Launch configuration**: serial at 1 process; MPI at {', '.join(map(str, study.ranks))} ranks; "
        f"{study.samples} sample(s) per prompt (pass@{study.samples}).",
        f"- **Timing**: wall time between barriers, maximum over ranks, median of {_repetitions(study.reps)} "
        f"after {study.warmup} warm-up run(s), each on a fresh copy of the input; speedups are against the serial "
        f"reference, timed by the same rule in its own process (the checker) right after the candidate's run"
        + (f"; input sizes overridden to {study.size}" if study.size else "") + ".",
        "- **Validation**: against the serial reference on several inputs, edge cases included; valid means "
        "correct at every rank count tried.",
        f"- **Machine**: {', '.join(map(str, cores))} core(s) available"
        + (f"; {', '.join(map(str, oversubscribed))} ranks are oversubscribed, so those MPI timings understate "
           "what the code would do on enough cores" if oversubscribed else "") + ".",
        f"- **Sandbox**: {', '.join(sandboxes) if sandboxes else 'as configured'} (fresh private directory, "
        "resource limits, wall-clock timeout, no network where available).",
    ]
    return "\n".join(lines)


def generation_note(status: pd.DataFrame) -> str:
    """A sentence about the generation step, naming every model that could not generate."""
    if status.empty:
        return "No models were asked for."
    missing = status[status["status"] != "ok"]
    new = int(status["new_generations"].sum())
    text = f"{new} new generation(s) this run; {int(status['generations'].sum())} in all."
    for row in missing.itertuples(index=False):
        text += (f"\n\n**Note:** `{row.model}` could not be generated ({row.message}). The report goes on with "
                 "the published data and the other models.")
    return text


def evaluation_note(data: ReportData) -> str:
    """A sentence about the evaluated results: how many, and any oversubscribed rank counts."""
    results = data.results
    if results.empty:
        return "No results of our own: the tables below show the published numbers only."
    flags = oversubscription(results)
    text = f"{len(results)} results for {results['model'].nunique()} model(s) in this selection."
    if flags["oversubscribed_ranks"]:
        text += (f" **Oversubscribed:** {', '.join(map(str, flags['oversubscribed_ranks']))} (ranks, threads or "
                 f"ranks x threads) ask for more than the {', '.join(map(str, flags['cores']))} core(s) of this "
                 f"machine; those timings are flagged.")
    return text


def show_note(markdown_text: str) -> None:
    """Display a short Markdown note (findings computed from data, warnings)."""
    from IPython.display import Markdown, display

    display(Markdown(markdown_text))


def show_figure(figure: Any, study: Study | None = None, name: str | None = None) -> list[Path]:
    """Save ``figure`` as PNG and SVG under the study's figures folder (if given), show it, close it."""
    import matplotlib.pyplot as plt
    from IPython.display import display

    paths = study.save_figure(figure, name) if study is not None and name else []
    display(figure)
    plt.close(figure)
    return paths

