"""Reproduce the seed report's numbers from data/published alone, and pin its inconsistencies.

Each test recomputes printed numbers from counts with pareval_lib.analysis.stats / pareval_lib.analysis.tables;
tests named ``test_report_...`` assert a discrepancy documented in data/published/DISCREPANCIES.md.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
import pytest

from pareval_lib.analysis import published, stats, tables

REFERENCE_D = "H2looP v0.1-multimodal"
CODER = "H2looP v0.1-coder"
MULTIMODAL = "H2looP v0.1-multimodal"


def round_half_up(value: float, places: int) -> float:
    """Round as a person reads a printed table (Python's round() is half-to-even)."""
    return float(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


@pytest.fixture(scope="module")
def models() -> pd.DataFrame:
    return published.load_models()


@pytest.fixture(scope="module")
def counts() -> published.Counts:
    return published.load_counts()


@pytest.fixture(scope="module")
def builds() -> pd.DataFrame:
    return published.load_builds()


@pytest.fixture(scope="module")
def validation() -> pd.DataFrame:
    return published.load_validation()


# --- the data files themselves ---------------------------------------------------------------


def test_models_file_lists_the_eleven_models_with_unique_spellings(models):
    assert len(models) == 11 == int(published.load_claims().query("quantity == 'models'")["value_printed"].iloc[0])
    assert set(models["group"]) == {"H2looP", "similarly sized", "large SOTA"}
    spellings = [
        spelling
        for row in models.itertuples()
        for spelling in {
            name.replace("*", "").casefold() for name in (row.model, row.display_name, row.table_name, *row.aliases)
        }
    ]
    assert len(spellings) == len(set(spellings)), "an alias maps to two models"
    for row in models.itertuples():
        assert published.resolve_model(row.table_name, models) == row.model
        assert published.resolve_model(row.display_name.upper(), models) == row.model
    assert published.resolve_model("Gemini 2.5 Pro**", models) == "Gemini 2.5 Pro"
    with pytest.raises(KeyError):
        published.resolve_model("GPT-5", models)


def test_every_csv_uses_canonical_model_names(models):
    names = set(models["model"])
    frames = [
        published.load_builds(),
        published.load_validation(),
        published.load_runtime(),
        published.load_intervals(),
        published.load_cohens_d(),
        published.load_vram_ratios(),
        published.load_perf_per_gb(),
    ]
    for frame in frames:
        assert set(frame["model"]) <= names
    claims = published.load_claims()
    assert set(claims["model"].dropna()) <= names


def test_data_dir_is_overridable(tmp_path):
    with pytest.raises(FileNotFoundError):
        published.load_builds(tmp_path / "missing")
    (tmp_path / "builds.csv").write_text("model,paradigm,prompts,builds\nX,all,10,5\n")
    assert published.load_builds(tmp_path)["builds"].tolist() == [5]


# --- section 3.1: build and validation rates -------------------------------------------------


def test_every_build_rate_of_section_3_1_reproduces_to_2_decimals(builds):
    assert len(builds) == 33
    for row in builds.itertuples():
        assert round_half_up(100 * row.builds / row.prompts, 2) == pytest.approx(row.build_rate_pct_printed), row


def test_build_counts_are_consistent_across_paradigms(builds):
    wide = builds.pivot(index="model", columns="paradigm", values="builds")
    assert (wide["serial"] + wide["mpi"] == wide["all"]).all()
    prompts = builds.pivot(index="model", columns="paradigm", values="prompts")
    assert (prompts["all"] == 120).all() and (prompts["serial"] == 60).all() and (prompts["mpi"] == 60).all()


def test_every_validation_rate_of_section_3_1_2_reproduces_to_2_decimals(validation, builds):
    assert len(validation) == 11
    for row in validation.itertuples():
        assert round_half_up(100 * row.validated / row.builds, 2) == pytest.approx(row.validation_rate_pct_printed)
    # "Total Builds" of 3.1.2 are the "Successful Builds" of 3.1.1
    overall = builds[builds["paradigm"] == "all"].set_index("model")["builds"]
    assert (validation.set_index("model")["builds"] == overall.loc[validation["model"]].to_numpy()).all()


def test_tables_reproduce_the_two_build_tables_of_3_1_1(counts, builds):
    similar = tables.build_rate_table(counts, group="similarly sized")
    large = tables.build_rate_table(counts, group="large SOTA")
    assert similar["model"].tolist() == [
        MULTIMODAL,
        CODER,
        "Deepseek Coder-v2-lite Instruct",
        "Llama 3.3 8B",
        "Mistral NeMo 12B",
    ]
    assert large["model"].tolist() == [
        "Gemini 2.5 Pro",
        "Kimi-K2 Instruct 1T",
        "Gemma-3 27B",
        "Gemini 2.5 Flash",
        MULTIMODAL,
        CODER,
        "Qwen 2.5 Coder 32B",
        "Llama-4 Maverick 400B",
    ]
    printed = builds[builds["paradigm"] == "all"].set_index("model")["build_rate_pct_printed"]
    assert large["build_rate_pct"].round(2).tolist() == printed.loc[large["model"]].tolist()


def test_tables_reproduce_mpi_and_serial_build_tables(counts, builds):
    for paradigm in ("mpi", "serial"):
        table = tables.build_rate_table(counts, paradigm=paradigm)
        printed = builds[builds["paradigm"] == paradigm].set_index("model")["build_rate_pct_printed"]
        recomputed = table.set_index("model")["build_rate_pct"].round(2).sort_index()
        assert recomputed.tolist() == printed.sort_index().tolist()


def test_report_3_1_3_similar_mpi_table_is_not_sorted_by_rate(builds):
    printed_order = builds[(builds["paradigm"] == "mpi") & (builds["source"] == "3.1.3")]["model"].tolist()[:5]
    rates = builds.set_index(["model", "paradigm"]).loc[[(m, "mpi") for m in printed_order], "builds"].tolist()
    assert rates == [34, 33, 28, 3, 5]  # Llama 3.3 8B (5.00%) printed above Mistral NeMo (8.33%)
    assert rates != sorted(rates, reverse=True)


def test_validation_table_adds_pass_rate_and_shows_maverick_ranking_artifact(counts):
    table = tables.validation_rate_table(counts)
    assert table["model"].iloc[0] == "Llama-4 Maverick 400B"  # best "among built" ...
    by_pass = table.sort_values("pass_rate_pct", ascending=False)["model"].tolist()
    assert by_pass.index("Llama-4 Maverick 400B") > by_pass.index(CODER)  # ... but below H2looP end to end
    coder = table.set_index("model").loc[CODER]
    assert coder["pass_rate_pct"] == pytest.approx(42.5)


# --- section 4.1.1: intervals ----------------------------------------------------------------


@pytest.fixture(scope="module")
def interval_rows(validation, builds):
    """Each printed interval with its counts."""
    intervals = published.load_intervals()
    build_counts = builds[builds["paradigm"] == "all"].set_index("model")
    valid_counts = validation.set_index("model")
    rows = []
    for row in intervals.itertuples():
        if row.metric == "build":
            k, n = build_counts.loc[row.model, "builds"], build_counts.loc[row.model, "prompts"]
        else:
            k, n = valid_counts.loc[row.model, "validated"], valid_counts.loc[row.model, "builds"]
        rows.append((row, int(k), int(n)))
    assert len(rows) == 26
    return rows


def test_every_interval_of_4_1_1_is_wald_z_to_within_0_02_points(interval_rows):
    for row, k, n in interval_rows:
        low, high = (100 * x for x in stats.proportion_ci(k, n, method="wald", clip=False))
        assert low == pytest.approx(row.low_pct, abs=0.02), row.ci_text
        assert high == pytest.approx(row.high_pct, abs=0.02), row.ci_text
        assert (high - low) / 2 == pytest.approx(row.halfwidth_pct, abs=0.02), row.ci_text


def test_report_stated_t_formula_does_not_reproduce_the_intervals(interval_rows):
    wald_errors, t_errors, t_misses = [], [], 0
    for row, k, n in interval_rows:
        wald = stats.proportion_ci(k, n, method="wald", clip=False)
        t = stats.proportion_ci(k, n, method="t", clip=False)
        wald_errors.append(abs(100 * (wald[1] - wald[0]) / 2 - row.halfwidth_pct))
        t_error = abs(100 * (t[1] - t[0]) / 2 - row.halfwidth_pct)
        t_errors.append(t_error)
        t_misses += t_error > 0.02
    assert max(wald_errors) <= 0.011
    assert min(t_errors) > max(wald_errors)  # t is worse on every single row
    assert t_misses == len(interval_rows)
    assert max(t_errors) > 7  # Mistral / Llama validation: t_{6}, t_{7} are far from z


def test_printed_intervals_are_wald_bounds_rounded_then_reexpressed(interval_rows):
    """Printed 'c ± h' = ((lo+hi)/2, (hi-lo)/2) of Wald bounds rounded to 2 decimals.

    Explains 68.91% (not 68.92%), 91.66%, 83.63%, 36.66% and ± 8.07% (Wald: 8.06%).
    """
    mismatched_centres = []
    for row, k, n in interval_rows:
        if math.isnan(row.rate_pct_printed) or row.ci_text.startswith("("):
            continue
        low, high = (round(100 * x, 2) for x in stats.proportion_ci(k, n, method="wald", clip=False))
        assert f"{(high - low) / 2:.2f}" == f"{row.halfwidth_pct:.2f}", row.ci_text
        if f"{(low + high) / 2:.2f}" != f"{row.center_pct:.2f}":
            mismatched_centres.append(row.model)
    assert mismatched_centres == ["Kimi-K2 Instruct 1T"]  # 90.835 printed as 90.83 (tie)


def test_report_mistral_validation_interval_goes_below_zero(interval_rows, validation):
    mistral = [row for row, _, _ in interval_rows if row.model == "Mistral NeMo 12B" and row.metric == "validation"][0]
    assert mistral.low_pct == pytest.approx(-4.89)
    wilson_low, wilson_high = stats.proportion_ci(2, 7, method="wilson")
    assert 0 < wilson_low and round(100 * wilson_low, 2) == 8.22 and round(100 * wilson_high, 2) == 64.11


def test_interval_table_has_wilson_and_report_matching_wald_columns(counts):
    table = tables.interval_table(counts).set_index("model")
    assert table.loc["Mistral NeMo 12B", "validation_wald_low_pct"] == pytest.approx(-4.895, abs=1e-3)
    assert table.loc["Mistral NeMo 12B", "validation_low_pct"] > 0
    assert table.loc[MULTIMODAL, "build_wald_halfwidth_pct"] == pytest.approx(8.06, abs=0.005)
    cp = tables.interval_table(counts, method="clopper-pearson").set_index("model")
    assert (cp["build_high_pct"] - cp["build_low_pct"] > table["build_high_pct"] - table["build_low_pct"]).all()


# --- section 4.1.2: Cohen's d ----------------------------------------------------------------


def test_every_cohens_d_of_4_1_2_reproduces_to_4_decimals(builds):
    printed = published.load_cohens_d()
    overall = builds[builds["paradigm"] == "all"].set_index("model")
    ref_k, ref_n = overall.loc[REFERENCE_D, "builds"], overall.loc[REFERENCE_D, "prompts"]
    assert len(printed) == 13
    for row in printed.itertuples():
        d = stats.cohens_d_binary(overall.loc[row.model, "builds"], overall.loc[row.model, "prompts"], ref_k, ref_n)
        assert round_half_up(d, 4) == pytest.approx(row.cohens_d, abs=1e-9), row.model


def test_cohens_d_with_sample_variances_would_not_match(builds):
    printed = published.load_cohens_d().drop_duplicates("model").set_index("model")["cohens_d"]
    overall = builds[builds["paradigm"] == "all"].set_index("model")
    p_ref = overall.loc[REFERENCE_D, "builds"] / 120
    mismatches = 0
    for model, d_printed in printed.items():
        p = overall.loc[model, "builds"] / 120
        pooled_sample_sd = math.sqrt((p * (1 - p) + p_ref * (1 - p_ref)) / 2 * 120 / 119)
        mismatches += round(((p - p_ref) / pooled_sample_sd), 4) != d_printed
    assert mismatches == len(printed) - 1  # all but the reference itself


def test_cohens_d_table_reproduces_section_4_1_2(counts):
    table = tables.cohens_d_table(counts).set_index("model")
    printed = published.load_cohens_d().drop_duplicates("model").set_index("model")["cohens_d"]
    assert table.loc[printed.index, "cohens_d"].round(4).tolist() == printed.tolist()
    assert table.loc["Mistral NeMo 12B", "magnitude"] == "large"
    assert table.loc[CODER, "fisher_pvalue"] > 0.05  # coder vs multimodal: not significant
    assert table.loc["Gemini 2.5 Pro", "fisher_pvalue_holm"] < 0.01
    with pytest.raises(KeyError):
        tables.cohens_d_table(counts, reference="GPT-5")


def test_report_cohens_d_prose_inverts_gemma_and_maverick(counts):
    # "ups Gemma-27B, only trailing Llama4 Maverick slightly": the signs say the opposite
    table = tables.cohens_d_table(counts).set_index("model")
    assert table.loc["Gemma-3 27B", "cohens_d"] > 0  # Gemma builds more than H2looP multimodal
    assert table.loc["Llama-4 Maverick 400B", "cohens_d"] < -0.5  # Maverick trails by a medium effect


def test_report_levene_on_binary_outcomes_rejects_equal_variances():
    multimodal = np.r_[np.ones(86), np.zeros(34)]
    mistral = np.r_[np.ones(7), np.zeros(113)]
    assert stats.levene(multimodal, mistral).pvalue < 1e-4
    assert stats.levene(multimodal, mistral, center="mean").pvalue < 1e-4


# --- section 2.1, 3.4.1, 4.2.1: VRAM -----------------------------------------------------------


def test_every_vram_ratio_of_2_1_is_vram_over_19(models):
    ratios = published.load_vram_ratios()
    vram = models.set_index("model")["vram_gb"]
    assert len(ratios) == 9
    for row in ratios.itertuples():
        assert vram[row.model] == row.vram_gb_printed
        assert round_half_up(stats.vram_ratio(row.vram_gb_printed, 19), 2) == pytest.approx(row.vram_ratio_printed)


def test_every_efficiency_ratio_of_3_4_1_is_a_ratio_of_rate_per_gb(builds):
    perf = published.load_perf_per_gb()
    overall = builds[builds["paradigm"] == "all"].set_index("model")
    rate = 100 * overall["builds"] / overall["prompts"]
    for row in perf.itertuples():
        assert round_half_up(rate[row.model], 1) == pytest.approx(row.build_success_pct_printed)
        ratio = stats.efficiency_ratio(rate[row.model], row.vram_gb_printed, rate[CODER], 19)
        assert round_half_up(ratio, 2) == pytest.approx(row.efficiency_ratio_printed), row.model
        # the same ratios come out of the printed, 1-decimal rates
        printed_ratio = stats.efficiency_ratio(row.build_success_pct_printed, row.vram_gb_printed, 61.7, 19)
        assert round_half_up(printed_ratio, 2) == pytest.approx(row.efficiency_ratio_printed)


def test_report_performance_per_gb_column_mixes_two_scales(builds):
    perf = published.load_perf_per_gb().set_index("model")
    overall = builds[builds["paradigm"] == "all"].set_index("model")
    per_gb = {
        model: stats.vram_efficiency(100 * overall.loc[model, "builds"] / 120, row["vram_gb_printed"])
        for model, row in perf.iterrows()
    }
    # coder and Gemma are printed in % per GB ...
    assert round(per_gb[CODER], 2) == perf.loc[CODER, "perf_per_gb_printed"] == 3.25
    assert round(per_gb["Gemma-3 27B"], 3) == perf.loc["Gemma-3 27B", "perf_per_gb_printed"] == 1.435
    # ... the other four are % per GB (from unrounded rates) rounded to 3 decimals, times 100
    for model in ["Llama 3.3 8B", "Mistral NeMo 12B", "Kimi-K2 Instruct 1T", "Llama-4 Maverick 400B"]:
        assert round(per_gb[model], 3) * 100 == pytest.approx(perf.loc[model, "perf_per_gb_printed"]), model
        assert perf.loc[model, "perf_per_gb_printed"] / per_gb[model] > 99
    # read literally, Llama 3.3 8B (41.70) would be 12.8x more efficient than the coder, not 0.13x
    assert perf.loc["Llama 3.3 8B", "perf_per_gb_printed"] / 3.25 > 12


def test_report_multiples_of_3_4_1_and_4_2_1(counts):
    table = tables.vram_efficiency_table(counts).set_index("model")
    times = table["reference_times_more_efficient"]
    claims = published.load_claims()
    claimed = claims[claims["quantity"] == "perf_per_gb_times"].set_index(["section", "model"])["value_printed"]
    # reproducible: 36x vs Kimi (36.6), 2.26x vs Gemma, 112x vs Maverick from the rounded 3.25 / 0.029
    assert math.floor(times["Kimi-K2 Instruct 1T"]) == claimed[("3.4.1", "Kimi-K2 Instruct 1T")] == 36
    assert round(times["Gemma-3 27B"], 2) == claimed[("3.4.1", "Gemma-3 27B")] == 2.26
    assert round(3.25 / 0.029) == claimed[("4.2.1", "Llama-4 Maverick 400B")] == 112
    assert times["Llama-4 Maverick 400B"] == pytest.approx(113.3, abs=0.05)
    # not reproducible: "77x more efficient than Llama-4 Maverick (3.25 vs 2.90%)"
    assert claimed[("3.4.1", "Llama-4 Maverick 400B")] == 77
    assert abs(times["Llama-4 Maverick 400B"] - 77) > 30
    assert 3.25 / 2.90 == pytest.approx(1.12, abs=0.005)  # what "3.25 vs 2.90" literally gives


def test_report_coder_is_not_the_most_efficient_per_gb(counts):
    table = tables.vram_efficiency_table(counts)
    assert table["model"].iloc[0] == MULTIMODAL  # 71.67 / 20 = 3.58 % per GB > 3.25
    assert table.set_index("model").loc[MULTIMODAL, "perf_per_gb"] == pytest.approx(3.583, abs=1e-3)
    # "112x better than large-scale alternatives" holds only against Maverick
    times = table.set_index("model")["reference_times_more_efficient"]
    assert times["Qwen 2.5 Coder 32B"] < 5 and times["Kimi-K2 Instruct 1T"] < 40


def test_vram_claims_67x_and_one_fiftieth(models):
    vram = models.set_index("model")["vram_gb"]
    assert math.floor(vram["Llama-4 Maverick 400B"] / vram[CODER]) == 67
    # "1/50th of the VRAM" is no model: Kimi is 1/53.9, Maverick 1/67.4, same-size Qwen 1/4.7
    ratios = (vram / vram[CODER]).dropna()
    assert not any(round(r) == 50 for r in ratios)
    assert ratios["Qwen 2.5 Coder 32B"] < 5


def test_report_vram_column_assumes_different_precisions(models):
    bytes_per_param = (models.set_index("model")["vram_gb"] / models.set_index("model")["params_b"]).dropna()
    assert bytes_per_param[CODER] < 0.6  # 4-bit
    assert bytes_per_param["Kimi-K2 Instruct 1T"] == pytest.approx(1.024)  # ~8-bit
    assert bytes_per_param["Gemma-3 27B"] == pytest.approx(2.0)  # 16-bit
    assert bytes_per_param["Llama-4 Maverick 400B"] == pytest.approx(3.2)  # more than 16-bit
    assert bytes_per_param["Qwen 2.5 Coder 32B"] == pytest.approx(2.8125)


# --- sections 3.2, 3.3, 3.5: runtimes ----------------------------------------------------------


@pytest.fixture(scope="module")
def runtime() -> pd.DataFrame:
    return published.load_runtime().assign(source=lambda f: f["source"].astype(str))


def _runtime_row(runtime: pd.DataFrame, source: str, model: str, paradigm: str) -> pd.Series:
    rows = runtime[(runtime["source"] == source) & (runtime["model"] == model) & (runtime["paradigm"] == paradigm)]
    assert len(rows) == 1
    return rows.iloc[0]


def test_section_3_3_1_serial_figures_match_3_5_rounded(runtime):
    summary = _runtime_row(runtime, "3.3.1", CODER, "serial")
    detail = _runtime_row(runtime, "3.5.1", CODER, "serial")
    assert round(detail["mean_runtime_s"], 4) == summary["mean_runtime_s"]
    assert round(detail["sd_runtime_s"], 4) == summary["sd_runtime_s"]
    assert detail["n_valid"] == summary["n_valid"]


def test_report_section_3_3_2_mpi_sample_contradicts_3_2_and_3_5(runtime, builds):
    summary = _runtime_row(runtime, "3.3.2", CODER, "mpi")
    table_row = _runtime_row(runtime, "3.2", CODER, "mpi")
    assert (summary["n_valid"], table_row["n_valid"]) == (48, 21)
    assert round(table_row["mean_runtime_s"], 4) != summary["mean_runtime_s"]
    mpi_builds = builds.set_index(["model", "paradigm"]).loc[(CODER, "mpi"), "builds"]
    assert summary["n_valid"] > mpi_builds  # 48 valid executions from 34 builds at pass@1
    assert summary["n_valid"] == 16 * 3  # = 16 speedup tests x 3 rank counts (1, 2, 4)?


def test_report_valid_runtime_tests_exceed_validated_builds(runtime, validation):
    table = runtime[runtime["source"] == "3.2"].pivot(index="model", columns="paradigm", values="n_valid")
    validated = validation.set_index("model")["validated"]
    excess = (table["serial"] + table["mpi"] - validated.loc[table.index]).to_dict()
    assert excess == {
        CODER: 5,
        MULTIMODAL: 9,
        "Deepseek Coder-v2-lite Instruct": 8,
        "Llama 3.3 8B": 0,
        "Mistral NeMo 12B": 2,
    }


def test_runtime_table_reproduces_3_2_and_adds_intervals(counts, runtime):
    table = tables.runtime_table(counts).set_index("model")
    printed = runtime[runtime["source"] == "3.2"]
    for row in printed.itertuples():
        assert table.loc[row.model, f"n_valid_{row.paradigm}"] == row.n_valid
        if not math.isnan(row.mean_runtime_s):
            assert table.loc[row.model, f"{row.paradigm}_mean_runtime_s"] == row.mean_runtime_s
    coder = table.loc[CODER]
    assert (coder["speedup_2"], coder["speedup_4"], coder["n_speedup_tests"]) == (1.45, 1.93, 16)
    # coder vs multimodal serial mean runtimes: 95% t intervals overlap ("faster" is not shown)
    assert coder["serial_ci_high_s"] > table.loc[MULTIMODAL, "serial_ci_low_s"]
    assert coder["serial_ci_low_s"] == pytest.approx(0.00645, abs=1e-5)
    assert table.loc[MULTIMODAL, "speedup_4"] < 1  # slower on 4 ranks than the baseline


def test_report_domain_and_problem_counts():
    claims = published.load_claims().set_index(["section", "quantity"])["value_printed"]
    domains = published.load_domains()
    assert len(domains) == 12 != claims[("1.1", "domains")] == claims[("1.2", "domains")] == 6
    assert claims[("1.1", "distinct_problems")] == 2 * claims[("1.2", "base_problems")]


# --- one code path for published counts and our own results ------------------------------------


def _results_matching_published(builds: pd.DataFrame, validation: pd.DataFrame) -> list[dict]:
    """Synthetic results records for the two H2looP models with the published counts."""
    records = []
    for model in (CODER, MULTIMODAL):
        validated_left = int(validation.set_index("model").loc[model, "validated"])
        for paradigm in ("serial", "mpi"):
            built = int(builds.set_index(["model", "paradigm"]).loc[(model, paradigm), "builds"])
            valid = min(built, validated_left if paradigm == "mpi" else validated_left // 2)
            validated_left -= valid
            for index in range(60):
                is_built, is_valid = index < built, index < valid
                runtime = {"1": 0.02 + 0.001 * index} if paradigm == "serial" else {"1": 0.04, "2": 0.021, "4": 0.012}
                records.append(
                    {
                        "model": model,
                        "problem": f"p{index:02d}",
                        "domain": "reduce",
                        "paradigm": paradigm,
                        "sample": 0,
                        "status": "ok" if is_valid else ("wrong_answer" if is_built else "build_error"),
                        "built": is_built,
                        "valid": is_valid,
                        "runtime_s": runtime if is_valid else {},
                        "baseline_s": 0.04,
                        "speedup": {k: 0.04 / v for k, v in runtime.items()} if is_valid else {},
                    }
                )
    return records


def test_counts_from_results_feed_the_same_tables(builds, validation, counts):
    records = _results_matching_published(builds, validation)
    ours = tables.counts_from_results(records)
    ours_table = tables.build_rate_table(ours)
    published_table = tables.build_rate_table(counts)
    published_table = published_table[published_table["model"].isin([CODER, MULTIMODAL])].reset_index(drop=True)
    pd.testing.assert_frame_equal(ours_table, published_table, check_dtype=False)
    ours_d = tables.cohens_d_table(ours).set_index("model")
    assert round(ours_d.loc[CODER, "cohens_d"], 4) == -0.2133
    ours_validation = tables.validation_rate_table(ours).set_index("model")
    assert ours_validation.loc[CODER, "validated"] == 51
    ours_vram = tables.vram_efficiency_table(ours).set_index("model")
    assert ours_vram.loc[CODER, "perf_per_gb"] == pytest.approx(61.6667 / 19, abs=1e-4)
    runtime = ours.runtime.set_index(["model", "paradigm"])
    assert runtime.loc[(CODER, "mpi"), "speedup_4"] == pytest.approx(0.04 / 0.012)
    assert runtime.loc[(CODER, "mpi"), "mean_runtime_s"] == pytest.approx(0.012)  # largest rank count
    assert runtime.loc[(CODER, "mpi"), "n_speedup_tests"] == runtime.loc[(CODER, "mpi"), "n_valid"]
    assert tables.counts_from_results(records, mpi_ranks=1).runtime.set_index(["model", "paradigm"]).loc[
        (CODER, "mpi"), "mean_runtime_s"
    ] == pytest.approx(0.04)


def test_counts_from_results_rejects_incomplete_records():
    with pytest.raises(ValueError, match="required column"):
        tables.counts_from_results([{"model": "m", "problem": "p"}])
    with pytest.raises(ValueError, match="paradigm"):
        tables.counts_from_results(
            [{"model": "m", "problem": "p", "paradigm": "cuda", "sample": 0, "built": True, "valid": True}]
        )


def _paired_records() -> list[dict]:
    """Two models, 20 prompts x 3 samples; model A solves 18 prompts, model B 6 (same prompts)."""
    records = []
    for problem in range(20):
        for sample in range(3):
            for model, solves in (("A", problem < 18), ("B", problem < 6)):
                valid = solves and not (model == "A" and sample == 2 and problem >= 9)
                records.append(
                    {
                        "model": model,
                        "problem": f"p{problem}",
                        "paradigm": "mpi",
                        "sample": sample,
                        "built": True,
                        "valid": valid,
                        "runtime_s": {"1": 1.0, "4": 0.25 * (1 + sample)} if valid else {},
                        "baseline_s": 1.0,
                        "speedup": {},
                    }
                )
    return records


def test_mcnemar_table_and_matrix_on_paired_results():
    records = _paired_records()
    table = tables.mcnemar_table(records)
    assert len(table) == 1
    row = table.iloc[0]
    # paired by prompt, one outcome each (majority of 3 samples): A solves prompts 0-17, B 0-5;
    # never by sample index, which would count each prompt three times (27 discordant pairs)
    expected = stats.mcnemar_exact([1] * 18 + [0] * 2, [1] * 6 + [0] * 14)
    assert (row["a_only"], row["b_only"]) == (expected.b10, expected.b01) == (12, 0) and row["n_pairs"] == 20
    assert row["pvalue"] == pytest.approx(expected.pvalue) and row["reject_holm"]
    matrix = tables.mcnemar_matrix(records)
    assert matrix.loc["A", "B"] == matrix.loc["B", "A"] == pytest.approx(row["pvalue_holm"])
    assert math.isnan(matrix.loc["A", "A"])


def test_pass_at_k_and_speedup_at_k_tables():
    records = _paired_records()
    passes = tables.pass_at_k_table(records, ks=(1, 3, 4)).set_index("model")
    # A: prompts 0-8 solved 3/3, 9-17 solved 2/3, 18-19 never
    expected_a1 = (9 * 1 + 9 * 2 / 3) / 20
    assert passes.loc["A", "pass@1"] == pytest.approx(expected_a1)
    assert passes.loc["A", "pass@3"] == pytest.approx(18 / 20)
    assert math.isnan(passes.loc["A", "pass@4"])  # only 3 samples per prompt
    assert passes.loc["B", "pass@1"] == pytest.approx(6 / 20)
    speedups = tables.speedup_at_k_table(records, ks=(1, 3), ranks=[4]).set_index(["model", "k"])
    # A, k=3: best of all samples = sample 0 (0.25 s) on 18 prompts, 0 on 2 prompts -> 4 * 18/20
    assert speedups.loc[("A", 3), "speedup_at_k"] == pytest.approx(4 * 18 / 20)
    assert speedups.loc[("A", 3), "efficiency_at_k"] == pytest.approx(18 / 20)
    b_k1 = (4 + 2 + 4 / 3) / 3 * 6 / 20
    assert speedups.loc[("B", 1), "speedup_at_k"] == pytest.approx(b_k1)


def test_speedup_at_k_counts_prompts_without_a_valid_sample_as_zero():
    # as pareval writes them: a failed candidate has no baseline (none was timed beside it)
    records = [dict(r, baseline_s=r["baseline_s"] if r["valid"] else None) for r in _paired_records()]
    records += [dict(r, model="C", valid=False, runtime_s={}, baseline_s=None) for r in records if r["model"] == "B"]
    speedups = tables.speedup_at_k_table(records, ks=(1, 3), ranks=[4]).set_index(["model", "k"])
    b_k1 = (4 + 2 + 4 / 3) / 3 * 6 / 20  # the 14 prompts B never solves count as 0, as before
    assert speedups.loc[("B", 1), "speedup_at_k"] == pytest.approx(b_k1)
    assert speedups.loc[("B", 1), "prompts"] == 20
    assert speedups.loc[("A", 3), "speedup_at_k"] == pytest.approx(4 * 18 / 20)
    # a model that never succeeds gets rows of zeros over all its prompts, not no rows
    assert speedups.loc[("C", 1), "speedup_at_k"] == 0.0 and speedups.loc[("C", 3), "prompts"] == 20


def test_every_seed_domain_is_matched_to_its_five_problems() -> None:
    from pareval_lib.analysis.views import published_domain_table
    from pareval_lib.problems.catalogue import all_problems

    table = published_domain_table(all_problems())
    assert len(table) == 12 and table["our_domain"].notna().all()
    # the seed's names ("Reduction Operations", "Sorting Algorithms") share no first word with our slugs
    assert dict(zip(table["domain"], table["our_problems"])) == {name: 5 for name in table["domain"]}


def test_report_mpi_runtime_exceeds_serial_while_speedups_exceed_one() -> None:
    runtime = published.load_runtime()
    table = runtime[runtime["source"].astype(str) == "3.2"].pivot_table(
        index="model", columns="paradigm", values=["mean_runtime_s", "speedup_2"], aggfunc="first")
    both = table.dropna(subset=[("mean_runtime_s", "mpi"), ("mean_runtime_s", "serial")])
    assert len(both) == 4
    assert (both[("mean_runtime_s", "mpi")] > both[("mean_runtime_s", "serial")]).all()
    assert (both[("speedup_2", "mpi")] > 1).sum() == 3  # DISCREPANCIES.md item 42
    coder = runtime[(runtime["source"].astype(str) == "3.5.1") & (runtime["paradigm"] == "mpi")].set_index("model")
    assert (coder["n_speedup_tests"] < coder["n_valid"]).all()  # item 43: 16 of 21, 11 of 20
