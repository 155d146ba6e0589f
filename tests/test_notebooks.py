"""Every stage notebook runs headlessly under papermill on a small study, writes its tables and
figures, and the merged HTML report renders in headless Chromium.

The study: 3 problems (copied so that work in progress elsewhere in problems/ cannot break it),
small inputs, 1 repetition; models `reference` (always valid), a replayed model with mixed
outcomes, and a name no registry knows (the report must go on without it); published data too.
"""
from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path
from typing import Iterator

import nbformat
import pandas as pd
import pytest

from pareval_lib.analysis.published import OURS, PUBLISHED
from pareval_lib.paths import problems_dir
from pareval_lib.problems.catalogue import get_problem, reference_output
from pareval_lib.report import params, widgets
from pareval_lib.report.check import check_rendering, find_chromium
from pareval_lib.report.run import build_report
from pareval_lib.report.study import Study

pytestmark = pytest.mark.slow

PROBLEMS = ["reduce_sum_of_squares", "scan_prefix_sum", "transform_sigmoid"]
REPLAYED = "sloppy-replay"
UNKNOWN = "no-such-model"

TABLES = [
    "problems", "problem_counts", "domains",  # 01
    "generation_status", "models", "generation_throughput", "memory_ratios",  # 02
    "evaluation_status", "outcomes", "3_1_1_build_rate", "3_1_2_validation_rate", "3_1_3_build_rate_mpi",
    "3_1_4_build_rate_serial", "3_1_5_serial_vs_mpi", "3_2_runtime", "3_2_1_runtime_over_reference", "3_2_2_timing_noise", "3_4_perf_per_gb", "3_5_domains", "3_6_paradigms", "3_6_paradigm_speedups",  # 03
    "4_1_1_intervals", "4_1_2_cohens_d", "4_1_3_cohens_d_matrix", "4_1_3_cohens_h_matrix", "4_2_mcnemar", "4_2_2_model_effect", "4_2_2_mixed_model",
    "4_3_pass_at_k", "4_3_speedup_at_k", "4_4_bootstrap_speedups", "4_6_paradigm_gap",  # 04
]
FIGURES = [
    "4_1_3_cohens_d_matrix", "4_1_3_cohens_h_matrix",  # 04
    "5_1_build_success", "5_1_validation_success", "5_2_mpi_vs_serial", "5_2_outcomes", "5_3_confidence_intervals",
    "5_3_cohens_d", "5_4_vram_efficiency", "5_5_domain_profile", "5_6_runtime_ratios", "5_6_runtime_trends", "5_6_speedup_trends", "5_7_paradigms",  # 05
    "6_explorer_build_success", "6_explorer_mpi_vs_serial", "6_explorer_intervals", "6_explorer_domain_profile",  # 06
]


def replayed_generations(path: Path) -> Path:
    """A model that gets one problem right in both paradigms, writes no code for one and code
    that does not compile for the last."""
    records = []
    for index, problem_id in enumerate(PROBLEMS):
        for paradigm in ("serial", "mpi"):
            output = {0: reference_output(get_problem(problem_id), paradigm),
                      1: "I am not sure how to do this.",
                      2: "```cpp\nvoid broken( {\n```"}[index]
            records.append({"model": REPLAYED, "problem": problem_id, "paradigm": paradigm, "sample": 0,
                            "output": output})
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """Run build_report once on the small study; yields (output folder, report.html)."""
    root = tmp_path_factory.mktemp("report")
    problems = root / "problems"
    for problem_id in PROBLEMS:
        shutil.copytree(problems_dir() / problem_id, problems / problem_id)
    models_file = root / "models.yaml"
    models_file.write_text(f"models:\n  {REPLAYED}:\n    backend: replay\n    settings:\n"
                           f"      path: {replayed_generations(root / 'replay.jsonl')}\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PAREVAL_PROBLEMS", str(problems))  # inherited by the notebook kernels
        html_path = build_report(
            models=["reference", REPLAYED, UNKNOWN], out_dir=root / "reports", data_dir=root / "data",
            models_file=str(models_file), highlight="reference", size=100_000, reps=1, warmup=0, ranks=[1, 2],
            jobs=2, check=False, stream=False,
        )
        yield root / "reports", html_path


def read_table(out: Path, name: str) -> pd.DataFrame:
    path = out / "tables" / f"{name}.csv"
    assert path.is_file() and path.stat().st_size > 0, f"table {name} missing or empty"
    return pd.read_csv(path)


def test_every_stage_ran_without_errors(built: tuple[Path, Path]) -> None:
    out, _ = built
    for stage in params.STAGES:
        executed = nbformat.read(out / "notebooks" / f"{stage}.ipynb", as_version=4)
        errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
        assert not errors, f"{stage}: {errors[0].get('ename')}: {errors[0].get('evalue')}"
        assert any(c.get("outputs") for c in executed.cells if c.cell_type == "code"), f"{stage} showed nothing"


def test_each_stage_is_given_only_the_parameters_it_declares(built: tuple[Path, Path]) -> None:
    out, _ = built
    for stage in params.STAGES:
        declared = params.declared_params(params.notebook_from_script(params.NOTEBOOK_DIR / f"{stage}.py"))
        executed = nbformat.read(out / "notebooks" / f"{stage}.ipynb", as_version=4)
        (injected,) = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
        values = {node.targets[0].id: ast.literal_eval(node.value) for node in ast.parse(injected.source).body}
        assert set(values) == set(declared), stage
        assert values["models"] == ["reference", REPLAYED, UNKNOWN], stage  # the report's values, not the defaults
        assert values["data_dir"] == str(out.parent / "data"), stage
        if "ranks" in values:
            assert values["ranks"] == [1, 2], stage


def test_every_table_is_written(built: tuple[Path, Path]) -> None:
    out, _ = built
    for name in TABLES:
        read_table(out, name)


def test_tables_hold_the_runs(built: tuple[Path, Path]) -> None:
    out, _ = built
    assert sorted(read_table(out, "problems")["problem"]) == sorted(PROBLEMS)
    status = read_table(out, "generation_status").set_index("model")
    assert status.loc["reference", "status"] == "ok" and status.loc[REPLAYED, "status"] == "ok"
    assert status.loc[UNKNOWN, "status"] == "unavailable" and "unknown model" in status.loc[UNKNOWN, "message"]
    builds = read_table(out, "3_1_1_build_rate")
    ours = builds[builds["source"] == OURS].set_index("model")
    assert (ours.loc["reference", "prompts"], ours.loc["reference", "builds"]) == (6, 6)
    assert (ours.loc[REPLAYED, "prompts"], ours.loc[REPLAYED, "builds"]) == (6, 2)
    coder = builds[(builds["source"] == PUBLISHED) & (builds["model"] == "H2looP v0.1-coder")]
    assert set(coder["builds"]) == {74} and set(coder["group"]) == {"similarly sized", "large SOTA"}
    outcomes = read_table(out, "outcomes").set_index(["model", "paradigm"])
    assert outcomes.loc[(REPLAYED, "serial"), "no_code"] == 1 and outcomes.loc[(REPLAYED, "serial"), "build_error"] == 1
    mcnemar = read_table(out, "4_2_mcnemar")
    prompts = sum(len(get_problem(p).paradigms) for p in PROBLEMS)  # the pairs span every paradigm
    assert len(mcnemar) == 1 and mcnemar.loc[0, "n_pairs"] == prompts and 0 < mcnemar.loc[0, "pvalue_holm"] <= 1
    intervals = read_table(out, "4_1_1_intervals")
    reference = intervals[(intervals["source"] == OURS) & (intervals["model"] == "reference")].iloc[0]
    assert reference["build_rate_pct"] == 100 and 50 < reference["build_low_pct"] < 100
    speedups = read_table(out, "4_4_bootstrap_speedups")
    assert set(speedups["ranks"]) == {1, 2} and (speedups["geomean_speedup"] > 0).all()
    ratios = read_table(out, "3_2_1_runtime_over_reference").set_index(["model", "paradigm", "ranks"])
    # the reference over itself: a ratio near 1 (two timings of one code), on its 3 problems
    assert ratios.loc[("reference", "serial", 1), "problems"] == 3
    assert 0.3 < ratios.loc[("reference", "serial", 1), "runtime_ratio"] < 3
    domains = read_table(out, "3_5_domains")
    assert set(domains["domain"]) == {"reduce", "scan", "transform"}


def test_the_four_paradigms_side_by_side(built: tuple[Path, Path]) -> None:
    out, _ = built
    having = {paradigm: sum(paradigm in get_problem(p).paradigms for p in PROBLEMS)
              for paradigm in ("serial", "mpi", "openmp", "mpi+omp")}
    assert having["openmp"] >= 2 and having["mpi+omp"] >= 2
    table = read_table(out, "3_6_paradigms").set_index(["model", "paradigm"])
    for paradigm, prompts in having.items():
        row = table.loc[("reference", paradigm)]
        assert (row["prompts"], row["valid"], row["flagged"], row["threads_beyond"]) == (prompts, prompts, 0, 0)
        # the replayed model answered serial and MPI only: its other prompts count as failures
        replayed = table.loc[(REPLAYED, paradigm)]
        assert replayed["prompts"] == prompts and (replayed["valid"] == 0) == (paradigm in ("openmp", "mpi+omp"))
    layouts = read_table(out, "3_6_paradigm_speedups")
    reference = layouts[layouts["model"] == "reference"]
    assert set(reference[reference["paradigm"] == "openmp"]["layout"].astype(str)) == {"1", "2", "4"}
    assert set(reference[reference["paradigm"] == "mpi+omp"]["layout"]) == {"1x1", "1x2", "2x1", "2x2"}
    assert (reference["geomean_speedup"] > 0).all()
    gap = read_table(out, "4_6_paradigm_gap").set_index(["model", "paradigm"])
    assert gap.loc[(REPLAYED, "openmp"), "other_pct"] == 0 and gap.loc[("reference", "openmp"), "difference_pct"] == 0
    # the columns beside the seed report stay serial and MPI
    builds = read_table(out, "3_1_1_build_rate")
    assert set(builds["paradigm"]) <= {"all", "serial", "mpi"}


def test_every_figure_is_written_as_png_and_svg(built: tuple[Path, Path]) -> None:
    out, _ = built
    for name in FIGURES:
        png, svg = out / "figures" / f"{name}.png", out / "figures" / f"{name}.svg"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{png} is not a PNG"
        assert png.stat().st_size > 5000, f"{png} looks empty"
        assert "<svg" in svg.read_text()[:3000], f"{svg} is not an SVG"


def test_html_report_is_one_self_contained_page(built: tuple[Path, Path]) -> None:
    out, html_path = built
    assert html_path == out / "report.html"
    page = html_path.read_text()
    for title in params.STAGE_TITLES.values():
        assert title.split(" (")[0] in page
    assert page.count("data:image/png;base64,") >= 15
    assert "<script src=" not in page and "study.problem_list()" not in page  # no fetches, inputs hidden
    assert PUBLISHED in page and OURS in page
    assert UNKNOWN in page and "could not be generated" in page  # the fallback is said in the report


@pytest.mark.skipif(find_chromium() is None, reason="chromium not installed (apt-get install chromium)")
def test_report_renders_in_headless_chromium(built: tuple[Path, Path]) -> None:
    _, html_path = built
    result = check_rendering(html_path)
    assert result.ok, result.summary()
    assert len(result.images) >= 15


def test_explorer_widgets_redraw_for_a_new_selection(built: tuple[Path, Path]) -> None:
    out, _ = built
    study = Study(models=["reference", REPLAYED], data_dir=out.parent / "data", out_dir=out, highlight="reference")
    box = widgets.explorer(study)
    models, domains, paradigms = box.children[0].children
    assert {"reference", REPLAYED, "H2looP v0.1-coder"} <= set(models.options)
    assert set(models.value) >= {"reference", REPLAYED, "H2looP v0.1-coder", "H2looP v0.1-multimodal"}
    drawn = widgets.explorer_view(study, ["reference", "Gemma-3 27B"], ["reduce"], ["mpi"])
    assert set(drawn.results["model"]) == {"reference"} and set(drawn.results["domain"]) == {"reduce"}
    assert set(drawn.results["paradigm"]) == {"mpi"} and set(drawn.published.builds["model"]) == {"Gemma-3 27B"}
    models.value = ("reference",)  # the observer redraws without raising
    paradigms.value = ("serial",)
