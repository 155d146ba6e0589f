"""Report assembly: parameters, table formatting, self-contained HTML, and its rendering in
headless Chromium (no notebooks are executed here; tests/test_notebooks.py does that)."""
from __future__ import annotations

import ast
import base64
import io
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from pareval_lib.cli import parser  # noqa: E402
from pareval_lib.report import params  # noqa: E402
from pareval_lib.report.check import check_rendering, find_chromium  # noqa: E402
from pareval_lib.report.display import format_table  # noqa: E402
from pareval_lib.report.page import render_html  # noqa: E402
from pareval_lib.report.study import Study  # noqa: E402

needs_chromium = pytest.mark.skipif(find_chromium() is None,
                                    reason="chromium not installed (Debian: apt-get install chromium)")


def png_bytes() -> bytes:
    figure, ax = plt.subplots(figsize=(3, 2))
    ax.plot([1, 2, 3], [1, 4, 9])
    ax.set_xlabel("x (s)")
    ax.set_ylabel("y (%)")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    return buffer.getvalue()


def executed_notebook(path: Path) -> Path:
    """A notebook as papermill leaves it: markdown, a parameters cell, code with an image output."""
    notebook = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell("models = ['reference']")
    parameters.metadata["tags"] = ["parameters"]
    figure_cell = nbformat.v4.new_code_cell("secret_source_line = plot_everything()")
    figure_cell.outputs = [
        nbformat.v4.new_output("display_data", data={"image/png": base64.b64encode(png_bytes()).decode(),
                                                     "text/plain": "<Figure>"}),
        nbformat.v4.new_output("stream", name="stdout", text="progress line\n"),
    ]
    table_cell = nbformat.v4.new_code_cell("show()")
    table_cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": "<p id='a-table'>table</p>"})]
    notebook.cells = [nbformat.v4.new_markdown_cell("# 1. Problem set\n\nSome text."), parameters, figure_cell,
                      table_cell, nbformat.v4.new_code_cell("x = 1")]
    nbformat.write(notebook, path)
    return path


@pytest.fixture
def small_report(tmp_path: Path) -> Path:
    notebook = executed_notebook(tmp_path / "01_problems.ipynb")
    return render_html([notebook], tmp_path / "report.html",
                              {"out_dir": str(tmp_path), "models": ["reference"], "paradigms": ["serial", "mpi"],
                               "ranks": [1, 2, 4]})


def test_html_is_self_contained_with_inputs_hidden(small_report: Path) -> None:
    page = small_report.read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert "data:image/png;base64," in page
    assert "secret_source_line" not in page and "models = ['reference']" not in page  # inputs hidden
    assert "progress line" not in page  # printed progress is not report content
    assert "a-table" in page and "1. Problem set" in page
    assert "<script src=" not in page and "<link " not in page  # nothing fetched from elsewhere
    assert "href='#stage-01_problems'" in page and 'id="stage-01_problems"' in page


@needs_chromium
def test_rendering_check_sees_every_image_decoded(small_report: Path, tmp_path: Path) -> None:
    result = check_rendering(small_report, screenshot=tmp_path / "shot.png")
    assert result.ok, result.summary()
    assert len(result.images) == 1 and result.images[0]["width"] > 0
    assert (tmp_path / "shot.png").read_bytes()[:4] == b"\x89PNG"


@needs_chromium
def test_rendering_check_catches_broken_and_external_images(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><html><body>"
                    "<img src='data:image/png;base64,AAAAAAAA'>"
                    "<img src='missing-figure.png'></body></html>")
    result = check_rendering(page)
    assert not result.ok
    assert len(result.broken) == 2 and len(result.external) == 1
    assert "FAILED" in result.summary()


def test_format_table_labels_units_and_rounding() -> None:
    frame = pd.DataFrame({"model": ["a"], "build_rate_pct": [61.666666], "mean_runtime_s": [0.0241234],
                          "fisher_pvalue": [0.00001234], "prompts": [120], "cohens_d": [-0.21334]})
    shown = format_table(frame, ["model", "build_rate_pct", "mean_runtime_s", "fisher_pvalue", "prompts",
                                        "cohens_d", "not_there"])
    assert list(shown.columns) == ["Model", "Build success (%)", "Mean runtime (s)", "Fisher p", "Prompts",
                                   "Cohen's d"]
    assert shown.iloc[0].tolist() == ["a", "61.67", "0.02412", "1.2e-05", "120", "-0.2133"]
    assert format_table(pd.DataFrame({"x_pct": [float("nan")]})).iloc[0, 0] == "–"


def test_parameters_defaults_file_and_arguments(tmp_path: Path) -> None:
    defaults = params.report_params()
    assert defaults["models"] == ["smollm2-135m-q4", "reference"] and defaults["highlight"] == "smollm2-135m-q4"
    assert (defaults["ranks"], defaults["jobs"], defaults["reps"]) == ([1, 2, 4], 2, 3)
    assert Path(defaults["data_dir"]).is_absolute() and Path(defaults["out_dir"]).is_absolute()
    params_file = tmp_path / "params.yaml"
    params_file.write_text("models: [reference]\nreps: 1\nout_dir: elsewhere\n")
    from_file = params.report_params(params_file=params_file)
    assert from_file["models"] == ["reference"] and from_file["reps"] == 1
    assert from_file["out_dir"].endswith("elsewhere")
    chosen = params.report_params("a,b", params_file=params_file, out_dir=tmp_path / "out", size=1000)
    assert chosen["models"] == ["a", "b"] and chosen["highlight"] == "a" and chosen["size"] == 1000
    assert chosen["out_dir"] == str(tmp_path / "out")
    with pytest.raises(TypeError, match="unknown report parameter"):
        params.report_params(colour="red")
    params_file.write_text(json.dumps({"modles": ["x"]}))
    with pytest.raises(ValueError, match="unknown parameter"):
        params.report_params(params_file=params_file)


def test_notebook_sources_are_percent_scripts_without_outputs() -> None:
    sources = sorted(params.NOTEBOOK_DIR.glob("*.py"))
    assert [p.stem for p in sources] == list(params.STAGES)
    for source in sources:
        notebook = params.notebook_from_script(source)
        tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, f"{source.name}: needs exactly one parameters cell"
        assert notebook.cells[0].cell_type == "markdown" and notebook.cells[0].source.startswith("# ")
    for stored in params.NOTEBOOK_DIR.glob("*.ipynb"):
        notebook = nbformat.read(stored, as_version=4)
        assert all(not cell.get("outputs") for cell in notebook.cells), f"{stored.name} has outputs"


def test_each_parameters_cell_declares_only_what_its_notebook_uses() -> None:
    declared = {}
    for stage in params.STAGES:
        notebook = params.notebook_from_script(params.NOTEBOOK_DIR / f"{stage}.py")
        (cell,) = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
        names = params.declared_params(notebook)
        lines = [line for line in cell.source.splitlines() if line.strip()]
        assert names and len(names) == len(lines), f"{stage}: one assignment per line of the parameters cell"
        unknown = sorted(set(names) - set(params.DEFAULT_PARAMS))
        assert not unknown, f"{stage}: {unknown} are not keys of DEFAULT_PARAMS"
        for node in ast.parse(cell.source).body:  # the cell's values are the defaults (one place: DEFAULT_PARAMS)
            name = node.targets[0].id
            assert ast.literal_eval(node.value) == params.DEFAULT_PARAMS[name], f"{stage}: {name} is not the default"
        declared[stage] = set(names)
    assert declared["01_problems"] < set(params.DEFAULT_PARAMS)
    assert not declared["01_problems"] & {"jobs", "max_tokens", "models_file", "highlight", "interactive"}
    assert {"max_tokens", "models_file"} <= declared["02_generate"] and "jobs" not in declared["02_generate"]
    assert {"ranks", "jobs", "reps", "warmup", "size"} <= declared["03_evaluate"]
    assert [stage for stage in params.STAGES if "max_tokens" in declared[stage]] == ["02_generate"]
    assert [stage for stage in params.STAGES if "interactive" in declared[stage]] == ["06_explorer"]
    for stage in ("04_statistics", "05_figures", "06_explorer"):
        assert not declared[stage] & {"ranks", "jobs", "reps", "warmup", "size", "max_tokens"}, stage
        assert "published_reference" in declared[stage], stage


def test_parameters_a_notebook_leaves_out_come_from_defaults() -> None:
    filled = params.notebook_params({"models": ["reference"], "reps": 1, "unrelated": 3})
    assert set(filled) == set(params.DEFAULT_PARAMS)
    assert filled["models"] == ["reference"] and filled["reps"] == 1
    assert filled["ranks"] == params.DEFAULT_PARAMS["ranks"] and filled["ranks"] is not params.DEFAULT_PARAMS["ranks"]
    assert Study.from_params(**params.notebook_params({})) == Study()  # Study's defaults are DEFAULT_PARAMS too


def test_cli_report_options() -> None:
    args = parser().parse_args(["report", "--models", "a,b", "--problem-limit", "3", "--params", "p.yaml",
                                "--no-check"])
    assert (args.models, args.problem_limit, args.params, args.no_check, args.out) == ("a,b", 3, "p.yaml", True, None)


def test_a_table_builder_that_raises_is_shown_as_an_error_not_as_no_numbers(tmp_path: Path, capsys) -> None:
    from pareval_lib.analysis.tables import NoCounts
    from pareval_lib.analysis.tables import TABLE_ERROR_PREFIX
    from pareval_lib.report.data import _safe
    from pareval_lib.report.run import table_errors

    def broken(counts, source):
        raise KeyError("vram_gb")

    def nothing(counts, source):
        raise NoCounts("no validation counts for paradigm 'all'")

    assert _safe(nothing, None, "Ours") is None
    assert capsys.readouterr().err == ""  # "no numbers" is not an error
    assert _safe(broken, None, "Ours") is None
    line = capsys.readouterr().err.strip()
    assert line == f"{TABLE_ERROR_PREFIX} (Ours): KeyError: 'vram_gb'"

    # what the notebook printed reaches the HTML as a visible box, and build_report finds it
    path = executed_notebook(tmp_path / "03_evaluate.ipynb")
    notebook = nbformat.read(path, as_version=4)
    notebook.cells[3].outputs.append(nbformat.v4.new_output("stream", name="stderr", text=f"warning x\n{line}\n"))
    nbformat.write(notebook, path)
    page = render_html([path], tmp_path / "report.html",
                       {"out_dir": str(tmp_path), "models": ["reference"], "paradigms": ["serial"], "ranks": [1]})
    text = page.read_text()
    assert "pareval-error" in text and "KeyError: 'vram_gb'" in text
    assert "warning x" not in text
    assert table_errors([path]) == [("03_evaluate", line)]


def test_one_paradigm_selection_has_no_published_validation_counts() -> None:
    from pareval_lib.analysis import published as published_data
    from pareval_lib.report.data import _subset_published

    full = published_data.load_counts()
    serial = _subset_published(full, None, ("serial",))
    assert serial.validation.empty  # the seed report validates both paradigms together only
    all_rows = serial.builds[serial.builds["paradigm"] == "all"].set_index("model")["builds"]
    serial_rows = full.builds[full.builds["paradigm"] == "serial"].set_index("model")["builds"]
    assert all_rows.sort_index().tolist() == serial_rows.sort_index().tolist()
    assert not _subset_published(full, None, ("serial", "mpi")).validation.empty


def test_a_broken_models_file_is_named_in_the_report_not_silently_dropped(tmp_path: Path, capsys) -> None:
    from pareval_lib.analysis.tables import TABLE_ERROR_PREFIX
    from pareval_lib.analysis.views import _registry_rows

    broken = tmp_path / "models.yaml"
    broken.write_text("models: [unclosed\n")
    assert _registry_rows(str(broken)) == {}
    err = capsys.readouterr().err
    assert err.startswith(f"{TABLE_ERROR_PREFIX} (models file {broken}): ParevalError:") and "not valid YAML" in err


def test_rates_are_over_the_prompts_asked_for_not_over_the_answered_ones(tmp_path: Path) -> None:
    from pareval_lib import store
    from pareval_lib.errors import ParevalError
    from pareval_lib.problems.catalogue import all_problems
    from pareval_lib.report.data import ReportData

    chosen = [p.id for p in all_problems()[:2]]  # 4 prompts asked; the model answered 1 and got it right
    store.append_records(tmp_path / "generations" / "m.jsonl",
                         [{"model": "m", "problem": chosen[0], "paradigm": "serial", "sample": 0, "output": "x"}])
    store.append_records(tmp_path / "results" / "m.jsonl", [{
        "key": "k", "model": "m", "problem": chosen[0], "domain": all_problems()[0].domain, "paradigm": "serial",
        "sample": 0, "status": "ok", "built": True, "valid": True, "runtime_s": {"1": 0.1}, "speedup": {},
        "baseline_s": 0.1}])
    study = Study(models=["m"], problems=chosen, data_dir=tmp_path, highlight="m", include_published=False,
                  paradigms=("serial", "mpi"))
    data = ReportData.load(study)
    assert len(data.results) == 4 and (data.results["status"] == "no_generation").sum() == 3
    builds = data.ours.builds.set_index("paradigm").loc["all"]
    assert (builds["prompts"], builds["builds"]) == (4, 1)  # 25%, not 100%
    assert len(ReportData.load(study, paradigms=["mpi"]).results) == 2  # both MPI prompts unanswered: failures
    with pytest.raises(ParevalError, match=r"^m has no generation for 3 of the prompts asked for"):
        ReportData.load(Study(models=["m"], problems=chosen, data_dir=tmp_path, include_published=False,
                              paradigms=("serial", "mpi"), unanswered="stop"))


def test_valid_as_asked_leaves_out_flagged_answers_beside_the_validation_rate() -> None:
    from pareval_lib.analysis.results import paradigm_check_table

    rows = [dict(model="m", paradigm="mpi", valid=True, serial_in_mpi=True),  # valid, never communicates
            dict(model="m", paradigm="mpi", valid=True, serial_in_mpi=False),
            dict(model="m", paradigm="mpi", valid=False, serial_in_mpi=True),  # flagged but not valid: not counted
            dict(model="m", paradigm="serial", valid=True, threads_in_serial=True),
            dict(model="m", paradigm="serial", valid=True, threads_in_serial=False)]
    table = paradigm_check_table(pd.DataFrame(rows)).set_index("paradigm")
    assert table.loc["mpi", ["prompts", "valid", "flagged", "valid_as_asked"]].tolist() == [3, 2, 1, 1]
    assert table.loc["mpi", "valid_as_asked_pct"] == pytest.approx(100 / 3)
    assert table.loc["serial", ["prompts", "valid", "flagged", "valid_as_asked"]].tolist() == [2, 2, 1, 1]
