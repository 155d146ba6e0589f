"""`make report`: run the stage notebooks with papermill and write one self-contained HTML report.

- :func:`build_report` converts ``notebooks/NN_*.py`` (jupytext percent files, the source of
  truth) to notebooks, executes them in order with papermill (printing each stage and its wall
  time), keeps the executed notebooks, and merges their outputs into ``report.html`` with inputs
  hidden and every image embedded as a data URI.
- :func:`check_rendering` opens an HTML file in headless Chromium and checks that every image
  decodes.
- ``show_*`` helpers are what the notebooks call to display tables (formatted, labelled with
  units, published and ours side by side) and figures (saved as PNG and SVG, shown inline).
"""

from __future__ import annotations

import html
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pandas as pd

from pareval_lib.report.study import OURS, PUBLISHED, ReportData, Study, combine, oversubscription
from pareval_lib.paths import REPO_ROOT

__all__ = [
    "DEFAULT_PARAMS",
    "STAGES",
    "RenderCheck",
    "build_report",
    "check_rendering",
    "evaluation_note",
    "find_chromium",
    "format_table",
    "generation_note",
    "method_note",
    "notebook_from_script",
    "render_html",
    "report_params",
    "rows_of",
    "setup_notebook",
    "show_figure",
    "show_note",
    "show_rate_tables",
    "show_side_by_side",
    "show_table",
]

NOTEBOOK_DIR = REPO_ROOT / "notebooks"
STAGES: tuple[str, ...] = ("01_problems", "02_generate", "03_evaluate", "04_statistics", "05_figures", "06_explorer")
STAGE_TITLES = {
    "01_problems": "1. Problem set",
    "02_generate": "2. Models and generation",
    "03_evaluate": "3. Performance analysis",
    "04_statistics": "4. Statistical analysis",
    "05_figures": "5. Figures",
    "06_explorer": "6. Explorer (default subset)",
}

#: Parameters of every stage notebook (their ``parameters`` cell holds the same names).
DEFAULT_PARAMS: dict[str, Any] = {
    "models": ["smollm2-135m-q4", "reference"],
    "problems": None,
    "problem_limit": None,
    "domains": None,
    "paradigms": ["serial", "mpi"],
    "ranks": [1, 2, 4],
    "samples": 1,
    "jobs": 2,
    "reps": 3,
    "warmup": 1,
    "size": None,
    "highlight": "smollm2-135m-q4",
    "published_highlight": "H2looP v0.1-coder",
    "published_reference": "H2looP v0.1-multimodal",
    "include_published": True,
    "interactive": False,
    "models_file": None,
    "max_tokens": None,
    "data_dir": None,  # None: the repository's data/ (or $PAREVAL_DATA)
    "out_dir": "reports",
}


# --------------------------------------------------------------------------------------------
# Tables and figures in notebooks
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


_SHOW_PUBLISHED = True


def setup_notebook(namespace: Mapping[str, Any]) -> Study:
    """The study of a stage notebook from its parameters; figure style and inline PNG figures."""
    from pareval_lib.analysis import figures

    global _SHOW_PUBLISHED
    study = Study.from_params(**{name: namespace[name] for name in DEFAULT_PARAMS if name in namespace})
    _SHOW_PUBLISHED = study.include_published
    figures.apply_style()
    try:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        set_matplotlib_formats("png")
    except ImportError:  # outside IPython: figures are only saved
        pass
    return study


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


def method_note(study: Study) -> str:
    """Section 1.4 for this run: launch configuration, timing, validation, sandbox, machine."""
    results = study.results()
    cores = sorted({int(c) for c in results["cores"].dropna()}) if "cores" in results and not results.empty else []
    sandboxes = sorted(set(results["sandbox"].dropna())) if "sandbox" in results and not results.empty else []
    if not cores:
        from pareval_lib.evaluation.toolchain import cores as available_cores

        cores = [available_cores()]
    oversubscribed = [r for r in study.ranks if r > max(cores)]
    lines = [
        f"- **Launch configuration**: serial at 1 process; MPI at {', '.join(map(str, study.ranks))} ranks; "
        f"{study.samples} sample(s) per prompt (pass@{study.samples}).",
        f"- **Timing**: wall time between barriers, maximum over ranks, median of {study.reps} repetitions after "
        f"{study.warmup} warm-up run(s); speedups are against the serial reference timed in the same process"
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
        text += (f" **Oversubscribed:** {', '.join(map(str, flags['oversubscribed_ranks']))} ranks exceed the "
                 f"{', '.join(map(str, flags['cores']))} core(s) of this machine; those MPI timings are flagged.")
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


# --------------------------------------------------------------------------------------------
# Running the notebooks
# --------------------------------------------------------------------------------------------


def notebook_from_script(path: Path) -> Any:
    """A jupytext percent script as an nbformat notebook with the python3 kernel, outputs empty."""
    import jupytext

    notebook = jupytext.read(path, fmt="py:percent")
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata.setdefault("language_info", {"name": "python"})
    notebook.metadata.pop("jupytext", None)
    return notebook


def _load_params_file(path: str | Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    text = Path(path).read_text()
    if str(path).endswith(".json"):
        data = json.loads(text)
    else:
        import yaml

        data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"parameters file {path} must hold a mapping of parameter names to values")
    unknown = sorted(set(data) - set(DEFAULT_PARAMS))
    if unknown:
        raise ValueError(f"parameters file {path}: unknown parameter(s) {unknown}; known: {sorted(DEFAULT_PARAMS)}")
    return data


def report_params(models: Sequence[str] | str | None = None, problems: Sequence[str] | str | None = None,
                  params_file: str | Path | None = None, out_dir: str | Path | None = None,
                  **overrides: Any) -> dict[str, Any]:
    """Defaults, then the parameters file, then explicit arguments; paths made absolute."""
    params = {**DEFAULT_PARAMS, **_load_params_file(params_file)}
    if models is not None:
        params["models"] = [m.strip() for m in models.split(",")] if isinstance(models, str) else list(models)
        if "highlight" not in overrides and (params_file is None or "highlight" not in _load_params_file(params_file)):
            params["highlight"] = params["models"][0] if params["models"] else None
    if problems is not None:
        params["problems"] = [p.strip() for p in problems.split(",")] if isinstance(problems, str) else list(problems)
    if out_dir is not None:
        params["out_dir"] = out_dir
    unknown = sorted(set(overrides) - set(DEFAULT_PARAMS))
    if unknown:
        raise TypeError(f"unknown report parameter(s) {unknown}; known: {sorted(DEFAULT_PARAMS)}")
    params.update(overrides)
    if params["data_dir"] is None:
        from pareval_lib.paths import data_dir

        params["data_dir"] = str(data_dir())
    for key in ("data_dir", "out_dir"):
        path = Path(params[key]).expanduser()
        params[key] = str(path if path.is_absolute() else (Path.cwd() / path).resolve())
    if params.get("models_file"):
        params["models_file"] = str(Path(params["models_file"]).expanduser().resolve())
    for key in ("paradigms", "ranks"):
        if params[key] is not None:
            params[key] = list(params[key])
    return params


def _local_kernel_manager(kernel_log: Path) -> type:
    """A kernel manager that talks to its kernel over local IPC sockets (not TCP ports) and sends
    the kernel's own stderr (start-up and shutdown chatter) to ``kernel_log``."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class LocalKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self) -> str:
            return "ipc"

        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
            with open(kernel_log, "a", encoding="utf-8") as log:
                kw.setdefault("stderr", log)
                await super()._async_launch_kernel(kernel_cmd, **kw)

    return LocalKernelManager


def _run_stage(stage: str, params: dict[str, Any], notebooks_out: Path, stream: bool) -> Path:
    import papermill

    source = NOTEBOOK_DIR / f"{stage}.py"
    if not source.exists():
        raise FileNotFoundError(f"stage notebook {source} not found")
    output = notebooks_out / f"{stage}.ipynb"
    papermill.execute_notebook(
        notebook_from_script(source),
        str(output),
        parameters=params,
        kernel_name="python3",
        start_timeout=180,  # a busy machine can be slow to start a kernel
        progress_bar=False,
        cwd=str(REPO_ROOT),
        stdout_file=sys.stdout if stream else None,
        stderr_file=None,
        kernel_manager_class=_local_kernel_manager(notebooks_out / "kernels.log"),
    )
    return output


def build_report(
    models: Sequence[str] | str | None = None,
    problems: Sequence[str] | str | None = None,
    params_file: str | Path | None = None,
    out_dir: str | Path | None = "reports",
    *,
    stages: Iterable[str] = STAGES,
    check: bool = True,
    stream: bool = True,
    **overrides: Any,
) -> Path:
    """Run the stage notebooks in order and write ``OUT_DIR/report.html``; returns its path.

    ``models``/``problems``: lists or comma-separated text (default: the embedded model and
    ``reference`` on every problem). ``params_file``: YAML/JSON of notebook parameters (see
    :data:`DEFAULT_PARAMS`); keyword arguments override it (``highlight``, ``size``, ``reps``,
    ``ranks``, ``data_dir``, ...), and ``out_dir`` does unless it is None. ``check``: open the result in headless Chromium when one
    is installed. ``stream``: echo the notebooks' progress lines.
    """
    params = report_params(models, problems, params_file, out_dir, **overrides)
    out = Path(params["out_dir"])
    notebooks_out = out / "notebooks"
    notebooks_out.mkdir(parents=True, exist_ok=True)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    chosen = list(stages)
    problems_text = "all" if not params["problems"] else str(len(params["problems"]))
    if params["problem_limit"] is not None:
        problems_text += f" (first {params['problem_limit']})"
    print(f"report: models {', '.join(params['models'])}; problems {problems_text}; output in {out}", flush=True)
    started = time.monotonic()
    executed = []
    for number, stage in enumerate(chosen, 1):
        stage_start = time.monotonic()
        print(f"[{number}/{len(chosen)}] {stage} ...", flush=True)
        try:
            executed.append(_run_stage(stage, params, notebooks_out, stream))
        except Exception as exc:
            print(f"[{number}/{len(chosen)}] {stage} FAILED after {time.monotonic() - stage_start:.1f} s "
                  f"(executed notebook: {notebooks_out / f'{stage}.ipynb'})", flush=True)
            raise RuntimeError(f"report stage {stage} failed: {_short_error(exc)}") from exc
        print(f"[{number}/{len(chosen)}] {stage} done in {time.monotonic() - stage_start:.1f} s", flush=True)
    html_path = render_html(executed, out / "report.html", params)
    print(f"report: {len(executed)} stages in {time.monotonic() - started:.1f} s", flush=True)
    if check:
        if find_chromium() is None:
            print("report: rendering check skipped (no chromium; apt-get install chromium)", flush=True)
        else:
            result = check_rendering(html_path)
            print(f"report: rendering check in headless Chromium: {result.summary()}", flush=True)
    print(f"report: {html_path}", flush=True)
    return html_path


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _short_error(exc: Exception) -> str:
    """One line: a notebook's own exception (papermill keeps its name and value), else the last line."""
    ename, evalue = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    if ename and evalue:
        return f"{ename}: {' '.join(_ANSI.sub('', str(evalue)).split())}"
    text = _ANSI.sub("", str(exc)).strip().splitlines()
    meaningful = [line for line in text if line.strip() and not set(line.strip()) <= set("-")]
    return meaningful[-1] if meaningful else type(exc).__name__


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

STYLE = """
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; max-width: 1320px; margin: 0 auto;
       padding: 24px 32px 64px; color: #222; line-height: 1.45; }
h1 { font-size: 1.9em; border-bottom: 2px solid #0173b2; padding-bottom: 6px; }
h2 { font-size: 1.5em; margin-top: 2.2em; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
h3 { font-size: 1.2em; margin-top: 1.6em; }
h4 { font-size: 1.0em; margin: 1.2em 0 0.4em; }
table.pareval-table, .jp-RenderedHTMLCommon table, table.dataframe { border-collapse: collapse; font-size: 0.86em;
       margin: 4px 0 12px; }
table.pareval-table th, table.pareval-table td, table.dataframe th, table.dataframe td {
       padding: 3px 8px; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
table.pareval-table thead th, table.dataframe th { background: #f3f6f9; text-align: center; vertical-align: bottom; }
table.pareval-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.pareval-table td.text, table.pareval-table th.text { text-align: left; }
.pareval-source { font-size: 0.85em; color: #0173b2; margin-bottom: 2px; }
.pareval-empty { color: #666; font-size: 0.9em; }
.pareval-notice { background: #fff6e0; border-left: 4px solid #de8f05; padding: 8px 14px; margin: 12px 0; }
.pareval-meta { font-size: 0.9em; color: #444; }
.pareval-toc { background: #f7f7f7; padding: 8px 20px; border-radius: 4px; display: inline-block; }
img { max-width: 100%; height: auto; }
pre { background: #f7f7f7; padding: 6px 10px; overflow-x: auto; font-size: 0.85em; }
.jp-OutputArea-output pre, .output_stream pre { max-height: 24em; }
.anchor-link { display: none; }
"""


def _stage_notebooks(paths: Sequence[Path]) -> Any:
    """One notebook holding every stage's markdown and outputs (code cells without output dropped)."""
    import nbformat

    merged = nbformat.v4.new_notebook()
    merged.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                       "language_info": {"name": "python"}}
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        stage = Path(path).stem
        merged.cells.append(nbformat.v4.new_markdown_cell(f'<a id="stage-{stage}"></a>'))
        for cell in notebook.cells:
            tags = set(cell.get("metadata", {}).get("tags", []))
            if tags & {"parameters", "injected-parameters", "remove-cell"}:
                continue
            if cell.cell_type == "code" and not cell.get("outputs"):
                continue
            if cell.cell_type == "code":
                cell.outputs = [o for o in cell.outputs if not _is_noise(o)]
                if not cell.outputs:
                    continue
            merged.cells.append(cell)
    return merged


def _is_noise(output: Mapping[str, Any]) -> bool:
    """Outputs that do not belong in a report: printed progress and warnings, widget views."""
    if output.get("output_type") == "stream":
        return True  # progress lines and warnings: the status tables carry what matters
    data = output.get("data", {})
    return "application/vnd.jupyter.widget-view+json" in data and "image/png" not in data and "text/html" not in data


def _header_html(params: Mapping[str, Any], stages: Sequence[str]) -> str:
    out = Path(params["out_dir"])
    notices = []
    status_file = out / "tables" / "generation_status.csv"
    if status_file.exists():
        status = pd.read_csv(status_file)
        for row in status[status["status"] != "ok"].itertuples(index=False):
            notices.append(f"Model <strong>{html.escape(str(row.model))}</strong> could not be generated "
                           f"({html.escape(str(row.message))}). This report shows the published data and the "
                           f"other models' runs.")
    evaluation_file = out / "tables" / "evaluation_status.csv"
    if evaluation_file.exists():
        evaluation = pd.read_csv(evaluation_file)
        for row in evaluation[evaluation["status"] == "failed"].itertuples(index=False):
            notices.append(f"Evaluation of <strong>{html.escape(str(row.model))}</strong> failed: "
                           f"{html.escape(str(row.message))}")
    problems = "every problem of the benchmark" if not params.get("problems") else ", ".join(params["problems"])
    if params.get("problem_limit") is not None:
        problems += f" (first {params['problem_limit']})"
    settings = (f"models: {', '.join(params['models'])}; problems: {problems}; paradigms: "
                f"{', '.join(params['paradigms'])}; MPI ranks: {', '.join(map(str, params['ranks']))}; "
                f"samples per prompt: {params['samples']}; timed repetitions: {params['reps']}"
                + (f"; input size override: {params['size']}" if params.get("size") else ""))
    toc = "".join(f"<li><a href='#stage-{s}'>{html.escape(STAGE_TITLES.get(s, s))}</a></li>" for s in stages)
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "<h1>pareval: serial and MPI code generation by language models</h1>"
        f"<p class='pareval-meta'>Generated {generated}. {html.escape(settings)}. Highlighted: "
        f"{html.escape(str(params.get('highlight')))} (ours), {html.escape(str(params.get('published_highlight')))} "
        "(published).</p>"
        "<p>This report regenerates the seed report (<em>H2looP: Efficient High Performance Code Generation at "
        "1/50th of the VRAM</em>) end to end. Every table and figure comes in two flavours where the data allow: "
        f"<strong>{PUBLISHED}</strong>, recomputed from the counts the seed report prints, and "
        f"<strong>{OURS}</strong>, from the models generated and evaluated here.</p>"
        + "".join(f"<div class='pareval-notice'>{notice}</div>" for notice in notices)
        + f"<div class='pareval-toc'><strong>Contents</strong><ol>{toc}</ol></div>"
    )


def render_html(notebooks: Sequence[Path], html_path: Path, params: Mapping[str, Any] | None = None) -> Path:
    """Merge executed notebooks into one self-contained HTML page (inputs hidden, images inline)."""
    from nbconvert import HTMLExporter

    params = {**DEFAULT_PARAMS, **(params or {})}
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, anchor_link_text="", embed_images=True)
    body, _ = exporter.from_notebook_node(_stage_notebooks(notebooks))
    stages = [Path(p).stem for p in notebooks]
    page = (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<title>pareval report</title>"
        f"<style>{STYLE}</style></head><body>{_header_html(params, stages)}{body}</body></html>\n"
    )
    html_path = Path(html_path)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = html_path.with_name(f".{html_path.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, html_path)
    return html_path


# --------------------------------------------------------------------------------------------
# Rendering check in headless Chromium
# --------------------------------------------------------------------------------------------

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--mute-audio")
_PROBE_ID = "pareval-render-check"
_PROBE = f"""<script>
window.addEventListener('load', function () {{
  var found = Array.prototype.map.call(document.images, function (img) {{
    return {{src: img.src.slice(0, 40), data: img.src.indexOf('data:') === 0, complete: img.complete,
            width: img.naturalWidth, height: img.naturalHeight}};
  }});
  var out = document.createElement('pre');
  out.id = '{_PROBE_ID}';
  out.textContent = JSON.stringify(found);
  document.body.appendChild(out);
}});
</script>"""


@dataclass
class RenderCheck:
    """What headless Chromium saw: every <img>, whether it is embedded and decoded."""

    images: list[dict[str, Any]] = field(default_factory=list)

    @property
    def broken(self) -> list[dict[str, Any]]:
        """Images that did not decode (natural size 0)."""
        return [image for image in self.images if not (image["width"] > 0 and image["height"] > 0)]

    @property
    def external(self) -> list[dict[str, Any]]:
        """Images not embedded as data: URIs (the report would not be self-contained)."""
        return [image for image in self.images if not image["data"]]

    @property
    def ok(self) -> bool:
        return bool(self.images) and not self.broken and not self.external

    def summary(self) -> str:
        state = "ok" if self.ok else "FAILED"
        return (f"{state}: {len(self.images)} images, {len(self.images) - len(self.broken)} decoded, "
                f"{len(self.images) - len(self.external)} embedded")


def find_chromium() -> str | None:
    """Path of a Chromium (or Chrome) binary, or None."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _run_chromium(arguments: list[str], timeout_s: float) -> str:
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("no chromium found; install it (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="pareval-chromium-") as profile:
        command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        try:
            stdout, _ = process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise TimeoutError(f"chromium did not finish within {timeout_s:.0f} s") from None
    return stdout


def check_rendering(html_path: str | Path, screenshot: str | Path | None = None, timeout_s: float = 180.0) -> RenderCheck:
    """Load ``html_path`` in headless Chromium and report every image's embedding and decoded size.

    A copy of the page with a small probe script is loaded with ``--dump-dom``; after the load
    event the probe writes each image's natural size into the DOM. ``screenshot``: also save a
    1400x4000 PNG of the top of the page there.
    """
    html_path = Path(html_path).resolve()
    page = html_path.read_text(encoding="utf-8")
    probe_page = page.replace("</body>", _PROBE + "</body>") if "</body>" in page else page + _PROBE
    with tempfile.TemporaryDirectory(prefix="pareval-render-") as folder:
        probe_path = Path(folder) / "probe.html"
        probe_path.write_text(probe_page, encoding="utf-8")
        dom = _run_chromium(["--virtual-time-budget=20000", "--dump-dom", probe_path.as_uri()], timeout_s)
    match = re.search(rf'<pre id="{_PROBE_ID}">(.*?)</pre>', dom, flags=re.S)
    if not match:
        raise RuntimeError(f"chromium loaded {html_path} but the probe did not report (DOM of {len(dom)} characters)")
    check = RenderCheck(json.loads(html.unescape(match.group(1))))
    if screenshot is not None:
        _run_chromium([f"--screenshot={Path(screenshot).resolve()}", "--window-size=1400,4000", html_path.as_uri()],
                      timeout_s)
    return check
