"""Count-based tables of the seed report: build and validation rates (3.1), runtimes (3.2),
intervals and effect sizes (4.1), VRAM efficiency (2.1, 3.4.1, 4.2.1)."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from pareval_lib.analysis import stats
from pareval_lib.analysis.families import family
from pareval_lib.analysis.published import Counts, load_models
from pareval_lib.analysis.tables.counts import (
    PARADIGMS,
    _keep_group,
    _metric_counts,
    _paradigm_rows,
    _percent,
    _sorted_by,
)


# --------------------------------------------------------------------------------------------
# Section 3.1: build and validation rates
# --------------------------------------------------------------------------------------------


def build_rate_table(
    counts: Counts, paradigm: str = "all", group: str | None = None, models: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Sections 3.1.1/3.1.3/3.1.4: prompts, builds and build rate (%) per model, best first."""
    table = _keep_group(_paradigm_rows(counts.builds, paradigm, "build"), group, models)
    table = table[["model", "paradigm", "prompts", "builds"]].assign(
        build_rate_pct=_percent(table["builds"], table["prompts"])
    )
    return _sorted_by(table, "build_rate_pct")


def validation_rate_table(
    counts: Counts, paradigm: str = "all", group: str | None = None, models: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Section 3.1.2: validated among built (%), plus the end-to-end pass rate validated/prompts.

    The report ranks by validation among built, which rewards models that build little
    (Llama-4 Maverick tops it with 37 of 44 builds); ``pass_rate_pct`` does not.
    """
    validation = _keep_group(_paradigm_rows(counts.validation, paradigm, "validation"), group, models)
    builds = counts.builds[counts.builds["paradigm"] == paradigm][["model", "prompts"]]
    table = validation[["model", "paradigm", "builds", "validated"]].merge(builds, on="model", how="left")
    table["validation_rate_pct"] = _percent(table["validated"], table["builds"])
    table["pass_rate_pct"] = _percent(table["validated"], table["prompts"])
    return _sorted_by(table, "validation_rate_pct")


# --------------------------------------------------------------------------------------------
# Section 3.2: runtimes and speedups
# --------------------------------------------------------------------------------------------


def runtime_table(
    counts: Counts, group: str | None = None, models: pd.DataFrame | None = None, level: float = 0.95
) -> pd.DataFrame:
    """Section 3.2: mean runtimes (serial, MPI), mean speedups, valid test counts per model.

    Adds t intervals for the mean runtimes where an SD is known (``*_ci_low_s``/``*_ci_high_s``).
    Means over each model's own set of valid problems are not comparable between models; use
    :func:`pareval_lib.analysis.stats.bootstrap_ci` on per-problem ratios for that.
    """
    runtime = _keep_group(counts.runtime, group, models)
    speedup_columns = [c for c in runtime.columns if c.startswith("speedup_")]
    rows = []
    for model, of_model in runtime.groupby("model", sort=False):
        row: dict[str, Any] = {"model": model}
        for paradigm in PARADIGMS:
            match = of_model[of_model["paradigm"] == paradigm]
            record = match.iloc[0] if len(match) else None
            mean = float(record["mean_runtime_s"]) if record is not None else math.nan
            sd = float(record["sd_runtime_s"]) if record is not None else math.nan
            n = int(record["n_valid"]) if record is not None and not pd.isna(record["n_valid"]) else 0
            row[f"{paradigm}_mean_runtime_s"] = mean
            row[f"{paradigm}_sd_runtime_s"] = sd
            row[f"n_valid_{paradigm}"] = n
            low = high = math.nan
            if not math.isnan(mean) and not math.isnan(sd) and n >= 2:
                low, high = stats.t_interval_from_summary(mean, sd, n, level)
            row[f"{paradigm}_ci_low_s"], row[f"{paradigm}_ci_high_s"] = low, high
            if paradigm == "mpi" and record is not None:
                for column in speedup_columns:
                    row[column] = record[column]
                row["n_speedup_tests"] = record.get("n_speedup_tests", math.nan)
        rows.append(row)
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------
# Section 4.1: intervals and effect sizes
# --------------------------------------------------------------------------------------------


def _interval_columns(k_n: pd.DataFrame, prefix: str, method: str, level: float) -> pd.DataFrame:
    out = pd.DataFrame({"model": k_n["model"].to_numpy()})
    ks, ns = k_n["k"].astype(int).to_numpy(), k_n["n"].astype(int).to_numpy()
    out[f"{prefix}_k"], out[f"{prefix}_n"] = ks, ns
    out[f"{prefix}_rate_pct"] = 100.0 * ks / ns
    chosen = [stats.proportion_ci(k, n, level, method) if n > 0 else (math.nan, math.nan) for k, n in zip(ks, ns)]
    wald = [
        stats.proportion_ci(k, n, level, "wald", clip=False) if n > 0 else (math.nan, math.nan)
        for k, n in zip(ks, ns)
    ]
    out[f"{prefix}_low_pct"] = [100.0 * low for low, _ in chosen]
    out[f"{prefix}_high_pct"] = [100.0 * high for _, high in chosen]
    out[f"{prefix}_wald_low_pct"] = [100.0 * low for low, _ in wald]
    out[f"{prefix}_wald_high_pct"] = [100.0 * high for _, high in wald]
    out[f"{prefix}_wald_halfwidth_pct"] = [100.0 * (high - low) / 2 for low, high in wald]
    return out


def interval_table(
    counts: Counts,
    method: str = "wilson",
    level: float = 0.95,
    paradigm: str = "all",
    group: str | None = None,
    models: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Section 4.1.1: build and validation rates with ``method`` intervals and unclipped Wald ones.

    The ``*_wald_*`` columns (p +/- z * sqrt(p(1-p)/n), not clipped to [0, 100]) reproduce the
    report's printed intervals; ``*_low_pct``/``*_high_pct`` use ``method`` (default Wilson).
    """
    build = _interval_columns(_metric_counts(counts, "build", paradigm), "build", method, level)
    validation = _interval_columns(_metric_counts(counts, "validation", paradigm), "validation", method, level)
    table = build.merge(validation, on="model", how="left")
    table = _keep_group(table, group, models)
    return _sorted_by(table, "build_rate_pct")


def cohens_d_table(
    counts: Counts,
    reference: str = "H2looP v0.1-multimodal",
    metric: str = "build",
    paradigm: str = "all",
    group: str | None = None,
    models: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Section 4.1.2: Cohen's d (report's pooled population SD) of each model vs ``reference``.

    The primary effect is the risk difference (model minus reference, percentage points) with
    Newcombe's hybrid-score interval; Cohen's h beside it, d kept to reproduce the seed, with the
    verbal magnitude of d, and an unpaired Fisher exact p-value vs the reference with Holm
    correction over the table (from totals alone no paired test is possible).
    """
    k_n = _metric_counts(counts, metric, paradigm)
    if reference not in set(k_n["model"]):
        raise KeyError(f"reference model {reference!r} not in the counts; models: {sorted(k_n['model'])}")
    ref = k_n[k_n["model"] == reference].iloc[0]
    ref_k, ref_n = int(ref["k"]), int(ref["n"])
    rows = []
    for row in k_n.itertuples(index=False):
        k, n = int(row.k), int(row.n)
        if n == 0:
            continue
        d = stats.cohens_d_binary(k, n, ref_k, ref_n)
        difference, low, high = stats.newcombe_difference_ci(k, n, ref_k, ref_n) if ref_n else (math.nan,) * 3
        rows.append(
            {
                "model": row.model,
                "k": k,
                "n": n,
                "rate_pct": 100.0 * k / n,
                "difference_pct": 100.0 * difference,
                "newcombe_low_pct": 100.0 * low,
                "newcombe_high_pct": 100.0 * high,
                "cohens_d": d,
                "cohens_h": stats.cohens_h(k / n, ref_k / ref_n),
                "magnitude": stats.effect_size_label(d),
                "fisher_pvalue": math.nan if row.model == reference else stats.fisher_exact_counts(k, n, ref_k, ref_n),
            }
        )
    table = _keep_group(pd.DataFrame(rows), group, models).copy()
    _, table["fisher_pvalue_holm"] = stats.holm(table["fisher_pvalue"].to_numpy())
    table["holm_family"] = family("vs_reference")
    return _sorted_by(table, "rate_pct")


# --------------------------------------------------------------------------------------------
# Sections 2.1, 3.4.1, 4.2.1: VRAM
# --------------------------------------------------------------------------------------------


def vram_efficiency_table(
    counts: Counts,
    models: pd.DataFrame | None = None,
    reference: str = "H2looP v0.1-coder",
    metric: str = "build",
    paradigm: str = "all",
) -> pd.DataFrame:
    """VRAM ratio (2.1) and performance per GB (3.4.1, 4.2.1), computed consistently.

    - ``vram_ratio``: vram_gb / reference vram_gb (what 2.1 calls "VRAM efficiency ratio");
    - ``perf_per_gb``: rate in percent / vram_gb, i.e. "% per GB" (61.67 / 19 = 3.25);
    - ``efficiency_ratio``: perf_per_gb / reference perf_per_gb (3.4.1's last column);
    - ``reference_times_more_efficient``: 1 / efficiency_ratio (the prose's "Nx more efficient").

    ``models`` needs columns ``model`` and ``vram_gb`` (default: the report's models.csv);
    models with unknown VRAM get NaN. Sorted by perf_per_gb, best first.
    """
    models = load_models() if models is None else models
    k_n = _metric_counts(counts, metric, paradigm)
    table = k_n.merge(models[["model", "vram_gb"]], on="model", how="left")
    table["rate_pct"] = _percent(table["k"], table["n"])
    if reference not in set(table["model"]):
        raise KeyError(f"reference model {reference!r} not in the counts")
    ref = table[table["model"] == reference].iloc[0]
    table["vram_ratio"] = [stats.vram_ratio(v, ref["vram_gb"]) for v in table["vram_gb"]]
    table["perf_per_gb"] = [stats.vram_efficiency(r, v) for r, v in zip(table["rate_pct"], table["vram_gb"])]
    table["efficiency_ratio"] = [
        stats.efficiency_ratio(rate, vram, ref["rate_pct"], ref["vram_gb"])
        for rate, vram in zip(table["rate_pct"], table["vram_gb"])
    ]
    ratio = table["efficiency_ratio"].astype(float)
    table["reference_times_more_efficient"] = 1.0 / ratio.where(ratio > 0)  # not defined against zero
    return table.sort_values(["perf_per_gb", "model"], ascending=[False, True], na_position="last").reset_index(
        drop=True
    )
