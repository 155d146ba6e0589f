"""`make report`: run the stage notebooks with papermill and write one self-contained HTML report.

:func:`build_report` converts ``notebooks/NN_*.py`` (jupytext percent files, the source of truth)
to notebooks, executes them in order with papermill (printing each stage and its wall time),
giving each the parameters its ``parameters`` cell declares (values from the report's full
parameter set, :func:`~pareval_lib.report.params.report_params`), keeps the executed notebooks,
merges their outputs into ``report.html`` (:func:`~pareval_lib.report.page.render_html`) and checks
it in headless Chromium when one is installed (:mod:`pareval_lib.report.check`).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

from pareval_lib.paths import REPO_ROOT
from pareval_lib.report.check import check_rendering, find_chromium
from pareval_lib.report.page import render_html, table_error_lines
from pareval_lib.report.params import NOTEBOOK_DIR, STAGES, declared_params, notebook_from_script, report_params


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
    """Execute one stage notebook with the parameters it declares, their values from ``params``."""
    import papermill

    source = NOTEBOOK_DIR / f"{stage}.py"
    if not source.exists():
        raise FileNotFoundError(f"stage notebook {source} not found")
    output = notebooks_out / f"{stage}.ipynb"
    notebook = notebook_from_script(source)
    papermill.execute_notebook(
        notebook,
        str(output),
        parameters={name: params[name] for name in declared_params(notebook) if name in params},
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
    :data:`~pareval_lib.report.params.DEFAULT_PARAMS`); keyword arguments override it
    (``highlight``, ``size``, ``reps``, ``ranks``, ``data_dir``, ...), and ``out_dir`` does unless
    it is None. ``check``: open the result in headless Chromium when one is installed.
    ``stream``: echo the notebooks' progress lines.
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
            if not result.ok:
                raise RuntimeError(f"report: the rendering check failed ({result.summary()}) for {html_path}; "
                                   "open it in a browser, or pass --no-check to skip the check")
    print(f"report: {html_path}", flush=True)
    broken = table_errors(executed)
    for stage, line in broken:
        print(f"report: {stage}: {line}", flush=True)
    if broken:
        raise RuntimeError(f"report: {len(broken)} table side(s) could not be built (shown in {html_path}); "
                           "the first: " + broken[0][1])
    return html_path


def table_errors(executed: Sequence[Path]) -> list[tuple[str, str]]:
    """(stage, line) for every table-builder error the executed notebooks printed."""
    import nbformat

    found = []
    for path in executed:
        stage = Path(path).stem
        for cell in nbformat.read(str(path), as_version=4).cells:
            for output in cell.get("outputs", []):
                found += [(stage, line) for line in table_error_lines(output)]
    return found


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _short_error(exc: Exception) -> str:
    """One line: a notebook's own exception (papermill keeps its name and value), else the last line."""
    ename, evalue = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    if ename and evalue:
        return f"{ename}: {' '.join(_ANSI.sub('', str(evalue)).split())}"
    text = _ANSI.sub("", str(exc)).strip().splitlines()
    meaningful = [line for line in text if line.strip() and not set(line.strip()) <= set("-")]
    return meaningful[-1] if meaningful else type(exc).__name__

