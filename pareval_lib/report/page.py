"""The report page: executed stage notebooks merged into one self-contained HTML file.

:func:`render_html` keeps each stage's markdown and outputs (inputs, parameter cells, printed
progress and widget views left out), embeds every image as a data URI, and puts a header in
front: the run's settings, a notice for each model that could not be generated or evaluated,
and a table of contents.
"""

from __future__ import annotations

import html
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from pareval_lib.analysis.published import OURS, PUBLISHED
from pareval_lib.analysis.tables import TABLE_ERROR_PREFIX
from pareval_lib.report.params import DEFAULT_PARAMS, STAGE_TITLES


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
.pareval-error { background: #fdecea; border-left: 4px solid #d55e00; padding: 8px 14px; margin: 12px 0;
       font-family: monospace; font-size: 0.88em; }
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
                cell.outputs = [kept for kept in map(_reported, cell.outputs) if kept is not None]
                if not cell.outputs:
                    continue
            merged.cells.append(cell)
    return merged


def table_error_lines(output: Mapping[str, Any]) -> list[str]:
    """The table-builder errors a notebook output printed (see ``analysis.tables.print_table_error``)."""
    if output.get("output_type") != "stream":
        return []
    return [line for line in str(output.get("text", "")).splitlines() if line.startswith(TABLE_ERROR_PREFIX)]


def _reported(output: Mapping[str, Any]) -> Any:
    """What the report shows of one output: table-builder errors as a visible box, noise as
    nothing (None), anything else as it is."""
    import nbformat

    errors = table_error_lines(output)
    if errors:
        body = "<br>".join(html.escape(line) for line in errors)
        return nbformat.v4.new_output("display_data", data={"text/html": f"<div class='pareval-error'>{body}</div>"})
    return None if _is_noise(output) else output


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

