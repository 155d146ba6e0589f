"""Figures: every function returns a Figure with labelled axes, draws the highlighted model
differently, and shows the published and our flavour side by side (where the data allow)."""
from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.collections import PathCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from pareval_lib.analysis import figures, published, tables  # noqa: E402
from pareval_lib.analysis.published import OURS, PUBLISHED  # noqa: E402
from pareval_lib.analysis.results import bootstrap_speedups, status_table  # noqa: E402
from pareval_lib.report.data import ReportData  # noqa: E402
from pareval_lib.report.study import Study  # noqa: E402

OUR_MODELS = ("model-a", "model-b")
HIGHLIGHT = {"model-a", "H2looP v0.1-coder"}
DOMAIN_SLUGS = ("reduce", "scan", "sort")


def synthetic_results() -> pd.DataFrame:
    """Two models, 6 problems in 3 domains, serial and MPI; model-a better than model-b."""
    records = []
    for m_index, model in enumerate(OUR_MODELS):
        for p_index in range(6):
            domain = DOMAIN_SLUGS[p_index % 3]
            for paradigm in ("serial", "mpi"):
                built = (p_index + m_index) % 4 != 3
                valid = built and (p_index + 2 * m_index) % 3 != 2
                baseline = 0.05 * (1 + p_index)
                ranks = (1,) if paradigm == "serial" else (1, 2, 4)
                runtime = {str(r): baseline / (r * (0.6 + 0.1 * p_index + 0.05 * m_index)) for r in ranks} if valid else {}
                records.append({
                    "model": model, "problem": f"{domain}_p{p_index}", "domain": domain, "paradigm": paradigm,
                    "sample": 0, "status": "ok" if valid else ("wrong_answer" if built else "build_error"),
                    "built": built, "valid": valid, "runtime_s": runtime, "baseline_s": baseline,
                    "speedup": {r: baseline / t for r, t in runtime.items()}, "log": "", "cores": 2,
                    "oversubscribed": [4] if paradigm == "mpi" else [],
                })
    return tables.results_frame(records)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> ReportData:
    figures.apply_style()
    folder = tmp_path_factory.mktemp("figures")
    study = Study(models=list(OUR_MODELS), data_dir=folder / "data", out_dir=folder / "out", highlight="model-a",
                  published_highlight="H2looP v0.1-coder")
    results = synthetic_results()
    return ReportData(study, results, tables.counts_from_results(results), published.load_counts())


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def plot_axes(figure: Figure) -> list[plt.Axes]:
    """The figure's data axes (colour bars left out)."""
    return [ax for ax in figure.axes if ax.get_label() != "<colorbar>"]


def assert_labelled(figure: Figure) -> None:
    assert isinstance(figure, Figure)
    axes = plot_axes(figure)
    assert axes, "figure has no axes"
    for ax in axes:
        assert ax.get_xlabel().strip(), f"axes {ax.get_title(loc='left')!r} lacks an x label"
        assert ax.get_ylabel().strip(), f"axes {ax.get_title(loc='left')!r} lacks a y label"


def panel_titles(figure: Figure) -> str:
    return " | ".join(ax.get_title(loc="left") for ax in figure.axes)


def assert_both_sources(figure: Figure) -> None:
    titles = panel_titles(figure)
    assert PUBLISHED in titles and OURS in titles, titles


def bold_labels(figure: Figure) -> set[str]:
    labels = set()
    for ax in figure.axes:
        for label in [*ax.get_yticklabels(), *ax.get_xticklabels()]:
            if label.get_fontweight() in ("bold", 700):
                labels.add(label.get_text())
    return labels


def hatched_bars(figure: Figure) -> list[Rectangle]:
    return [p for ax in figure.axes for p in ax.patches if isinstance(p, Rectangle) and p.get_hatch()]


def test_style_is_colour_blind_safe() -> None:
    figures.apply_style()
    import seaborn as sns

    from matplotlib.colors import to_hex

    cycle = [to_hex(c) for c in plt.rcParams["axes.prop_cycle"].by_key()["color"]]
    assert cycle[:3] == sns.color_palette("colorblind").as_hex()[:3]
    assert figures.HIGHLIGHT_COLOR in sns.color_palette("colorblind")


@pytest.mark.parametrize("kind, value", [("build", "build_rate_pct"), ("validation", "validation_rate_pct")])
def test_success_bars(data: ReportData, kind: str, value: str) -> None:
    figure = figures.success_bars(data.rate_bars(kind), value=value, highlight=HIGHLIGHT)
    assert_labelled(figure)
    assert_both_sources(figure)
    titles = panel_titles(figure)
    assert "similarly sized" in titles and "large SOTA" in titles
    assert {"model-a", "H2looP v0.1-coder"} <= bold_labels(figure)
    hatched = hatched_bars(figure)
    assert hatched and all(bar.get_facecolor()[:3] == pytest.approx(figures.HIGHLIGHT_COLOR) for bar in hatched)
    # the coder is in both published groups and ours once: three hatched bars
    assert len(hatched) == 3


def test_highlight_is_a_parameter(data: ReportData) -> None:
    plain = figures.success_bars(data.rate_bars("build"), highlight=None)
    assert not hatched_bars(plain) and not bold_labels(plain)
    other = figures.success_bars(data.rate_bars("build"), highlight="model-b")
    assert bold_labels(other) == {"model-b"}


def test_paradigm_bars(data: ReportData) -> None:
    figure = figures.paradigm_bars(data.paradigm_rates("build"), highlight=HIGHLIGHT)
    assert_labelled(figure)
    assert_both_sources(figure)
    assert {"model-a", "H2looP v0.1-coder"} <= bold_labels(figure)
    assert len(hatched_bars(figure)) == 4  # serial and MPI bar of each highlighted model
    legend = [t.get_text() for t in plot_axes(figure)[0].get_legend().get_texts()]
    assert legend == ["Serial", "MPI"]


def test_status_bars(data: ReportData) -> None:
    figure = figures.status_bars(status_table(data.results))
    assert_labelled(figure)
    legend = {t.get_text() for t in figure.axes[0].get_legend().get_texts()}
    assert {"ok", "wrong_answer", "build_error"} <= legend


def test_interval_plot(data: ReportData) -> None:
    frame = data.intervals("wilson")
    figure = figures.interval_plot(frame, highlight=HIGHLIGHT)
    assert_labelled(figure)
    assert_both_sources(figure)
    assert len(plot_axes(figure)) == 4  # 2 sources x (build, validation)
    assert "Wilson" in plot_axes(figure)[0].get_xlabel()
    stars = [line for ax in figure.axes for line in ax.get_lines() if line.get_marker() == "*"]
    assert len(stars) == 4  # each highlighted model in each of its two panels
    assert (frame["low_pct"] <= frame["rate_pct"]).all() and (frame["rate_pct"] <= frame["high_pct"]).all()


def test_cohens_d_plot(data: ReportData) -> None:
    frame = data.cohens_d()
    figure = figures.cohens_d_plot(frame, highlight=HIGHLIGHT)
    assert_labelled(figure)
    assert_both_sources(figure)
    assert "H2looP v0.1-multimodal" in plot_axes(figure)[0].get_xlabel()
    assert len(hatched_bars(figure)) == 2
    published_d = frame[(frame["source"] == PUBLISHED) & (frame["model"] == "H2looP v0.1-coder")]["cohens_d"]
    assert published_d.iloc[0] == pytest.approx(-0.2133, abs=1e-4)  # the seed report's number


def test_effect_heatmap(data: ReportData) -> None:
    pairs = data.effect_pairs("d")
    figure = figures.effect_heatmap(pairs, highlight=HIGHLIGHT)
    assert_labelled(figure)
    assert_both_sources(figure)
    assert {"model-a", "H2looP v0.1-coder"} <= bold_labels(figure)
    ours = pairs[pairs["source"] == OURS].set_index(["model", "other"])["value"]
    assert ours[("model-a", "model-b")] == pytest.approx(-ours[("model-b", "model-a")])


def test_infinite_effect_sizes_are_drawn_and_labelled_not_dropped() -> None:
    frame = pd.DataFrame({"source": OURS, "model": ["all-built", "none-built", "half"],
                          "cohens_d": [np.inf, -np.inf, 0.4], "reference": "ref"})
    figure = figures.cohens_d_plot(frame)
    ax = plot_axes(figure)[0]
    widths = sorted(bar.get_width() for bar in ax.containers[0])
    assert len(widths) == 3 and widths[0] < 0 < widths[-1] and all(np.isfinite(widths))
    assert widths[-1] > 0.4 and -widths[0] > 0.4  # drawn to the edge, beyond every finite d
    assert {t.get_text() for t in ax.texts} >= {"+\u221e", "\u2212\u221e"}
    pairs = pd.DataFrame({"source": OURS, "model": ["a", "a", "b", "b"], "other": ["a", "b", "a", "b"],
                          "value": [0.0, np.inf, -np.inf, 0.0]})
    heat = figures.effect_heatmap(pairs)
    cells = {t.get_text() for ax in heat.axes for t in ax.texts}
    assert {"+\u221e", "\u2212\u221e", "0.00"} <= cells


def test_pareto_frontier() -> None:
    memory = [19, 20, 16, 1280, 54, 1024]
    rate = [61.7, 71.7, 6.7, 36.7, 77.5, 90.8]
    assert figures.pareto_frontier(memory, rate) == [2, 0, 1, 4, 5]


def test_vram_scatter_log_axis_frontier_and_both_sources(data: ReportData) -> None:
    memory = pd.DataFrame({"model": ["model-a", "model-b"], "memory_gb": [0.3, 2.0],
                           "memory_kind": ["measured peak resident memory (CPU)"] * 2, "source": [OURS, OURS]})
    rates = tables.build_rate_table(data.ours).rename(columns={"build_rate_pct": "rate_pct"})
    points = pd.concat([data.vram_points(), rates[["model", "rate_pct"]].merge(memory, on="model")], ignore_index=True)
    figure = figures.vram_scatter(points, highlight=HIGHLIGHT)
    assert_labelled(figure)
    ax = figure.axes[0]
    assert ax.get_xscale() == "log"
    assert "GB" in ax.get_xlabel()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(PUBLISHED in text for text in legend) and any(OURS in text for text in legend)
    assert {f"efficiency frontier: {PUBLISHED}", f"efficiency frontier: {OURS}"} <= set(legend)
    steps = {line.get_label(): line for line in ax.get_lines() if line.get_label().startswith("efficiency")}
    ours_front = steps[f"efficiency frontier: {OURS}"].get_xdata()
    assert set(ours_front) <= {0.3, 2.0}  # our frontier joins only our models
    stars = [c for c in ax.collections if isinstance(c, PathCollection) and c.get_label().startswith("highlighted")]
    assert len(stars) == 2 and all(len(c.get_offsets()) == 1 for c in stars)


def test_domain_profile(data: ReportData) -> None:
    figure = figures.domain_profile(data.domain_table(), "model-a", data.published_paradigm_rates("H2looP v0.1-coder"))
    assert_labelled(figure)
    axes = plot_axes(figure)
    assert [t.get_text() for t in axes[0].get_yticklabels()] == sorted(["reduce", "scan", "sort"])
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert any(PUBLISHED in text for text in legend) and any(OURS.lower() in text for text in legend)
    assert "model-a" in figure.get_suptitle()
    assert any(t.get_text().startswith("n=") for t in axes[0].texts)  # n on every per-domain bar


def test_validation_bars_show_the_pass_rate_beside(data: ReportData) -> None:
    frame = data.rate_bars("validation")
    figure = figures.success_bars(frame, value="validation_rate_pct", highlight=HIGHLIGHT,
                                  beside=("pass_rate_pct", "Pass rate"))
    ax = plot_axes(figure)[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()][1] == "Pass rate"
    widths = [bar.get_width() for container in ax.containers for bar in container]
    assert len(ax.containers) == 2 and len(widths) == 2 * len(ax.get_yticks())


def test_runtime_ratio_plot_draws_every_group_with_its_n() -> None:
    frame = pd.DataFrame({"model": ["a", "a", "a", "b"], "paradigm": ["serial", "mpi", "mpi", "serial"],
                          "ranks": [1, 1, 2, 1], "problems": [10, 8, 8, 4], "runtime_ratio": [1.2, 1.1, 0.6, 3.0],
                          "ci_low": [1.0, 0.9, 0.5, float("nan")], "ci_high": [1.5, 1.3, 0.8, float("nan")]})
    figure = figures.runtime_ratio_plot(frame, highlight="b")
    assert_labelled(figure)
    ax = figure.axes[0]
    assert ax.get_yscale() == "log"
    assert sorted(t.get_text() for t in ax.texts) == ["n=10", "n=4", "n=8", "n=8"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["serial", "mpi, 1 rank", "mpi, 2 ranks"]


def test_runtime_trends(data: ReportData) -> None:
    figure = figures.runtime_trends(data.runtimes(), highlight=HIGHLIGHT)
    assert_labelled(figure)
    assert_both_sources(figure)
    assert all(ax.get_yscale() == "log" for ax in plot_axes(figure))
    assert "(s" in plot_axes(figure)[0].get_ylabel()
    assert {"model-a", "H2looP v0.1-coder"} <= bold_labels(figure)


def test_speedup_trends(data: ReportData) -> None:
    frame = data.speedups()
    figure = figures.speedup_trends(frame, highlight=HIGHLIGHT)
    assert_labelled(figure)
    assert_both_sources(figure)
    widths = {c.get_label(): c.lines[0].get_linewidth() for ax in figure.axes for c in ax.containers}
    assert widths["model-a (highlighted)"] > widths["model-b"]
    ours = frame[(frame["source"] == OURS) & (frame["model"] == "model-a")]
    assert set(ours["ranks"]) == {1, 2, 4} and (ours["statistic"] == "geometric mean").all()
    assert ours["speedup"].between(ours["ci_low"], ours["ci_high"]).all()
    # an oversubscribed rank count is ringed and named in the legend, never drawn as if clean
    marked = frame.assign(oversubscribed=(frame["source"] == OURS) & (frame["ranks"] == 4))
    figure = figures.speedup_trends(marked, highlight=HIGHLIGHT)
    legend = [t.get_text() for ax in figure.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    assert "oversubscribed (ranks > cores)" in legend


def test_figures_save_as_png_and_svg(data: ReportData, tmp_path: Path) -> None:
    study = Study(models=list(OUR_MODELS), data_dir=tmp_path / "data", out_dir=tmp_path / "out")
    paths = study.save_figure(figures.success_bars(data.rate_bars("build"), highlight=HIGHLIGHT), "bars")
    assert [p.suffix for p in paths] == [".png", ".svg"]
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in paths[1].read_text()[:2000]


def test_empty_data_gives_a_labelled_placeholder() -> None:
    for figure in (figures.success_bars(pd.DataFrame()), figures.vram_scatter(pd.DataFrame()),
                   figures.speedup_trends(pd.DataFrame()), figures.domain_profile(pd.DataFrame(), "x")):
        assert_labelled(figure)


def test_bootstrap_speedups_interval_contains_geomean(data: ReportData) -> None:
    table = bootstrap_speedups(data.results)
    assert set(table["model"]) == set(OUR_MODELS)
    row = table[(table["model"] == "model-a") & (table["ranks"] == 4)].iloc[0]
    assert row["ci_low"] <= row["geomean_speedup"] <= row["ci_high"]
    assert not math.isnan(row["ci_low"])


def test_paradigm_figure_draws_an_all_valid_and_a_none_valid_paradigm() -> None:
    # a pass rate of 100% puts the Wilson upper bound a rounding error below the rate
    from pareval_lib.analysis import paradigms
    rows = [{"model": "m", "problem": f"p{i}", "paradigm": paradigm, "sample": 0, "built": True,
             "valid": paradigm == "openmp", "status": "ok" if paradigm == "openmp" else "wrong_answer",
             "runtimes": {}, "speedups": {}} for i in range(7) for paradigm in ("serial", "openmp")]
    table = paradigms.paradigm_table(rows)
    assert set(table["pass_rate_pct"]) == {0.0, 100.0}
    figure = figures.paradigm_figure(table, paradigms.paradigm_speedup_table(rows))
    bars = [p for p in figure.axes[0].patches if isinstance(p, Rectangle)]
    assert sorted(round(b.get_height()) for b in bars) == [0, 100]
    plt.close(figure)
