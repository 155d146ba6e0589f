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
"""

from __future__ import annotations

import itertools
import json
import math
from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd

from pareval_lib.analysis import stats
from pareval_lib.analysis.published import HIGHLIGHT_GROUP, RUNTIME_COLUMNS, Counts, load_models

__all__ = [
    "REQUIRED_RESULT_COLUMNS",
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

REQUIRED_RESULT_COLUMNS = ("model", "problem", "paradigm", "sample", "built", "valid")
PARADIGMS = ("serial", "mpi")
METRICS = ("build", "validation", "pass")

ResultsLike = pd.DataFrame | Iterable[Mapping[str, Any]]


# --------------------------------------------------------------------------------------------
# Results records -> counts
# --------------------------------------------------------------------------------------------


def results_frame(results: ResultsLike) -> pd.DataFrame:
    """Results records as a DataFrame with boolean ``built``/``valid``; checks required columns."""
    frame = results.copy() if isinstance(results, pd.DataFrame) else pd.DataFrame(list(results))
    missing = [column for column in REQUIRED_RESULT_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"results lack required column(s): {', '.join(missing)}")
    unknown = sorted(set(frame["paradigm"]) - set(PARADIGMS))
    if unknown:
        raise ValueError(f"unknown paradigm(s) {unknown}; expected {list(PARADIGMS)}")
    frame["built"] = frame["built"].astype(bool)
    frame["valid"] = frame["valid"].astype(bool) & frame["built"]
    return frame


def _as_mapping(value: Any) -> dict[str, float]:
    """A per-rank dict from a record field (dict, JSON text, or missing), keys as strings."""
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, Mapping):
        return {}
    return {str(key): float(number) for key, number in value.items() if number is not None}


def _runtime_at(record: Mapping[str, Any], ranks: str | None) -> float:
    """Runtime of a record at ``ranks`` (or at its largest rank count when ranks is None)."""
    runtimes = _as_mapping(record.get("runtime_s"))
    if not runtimes:
        return math.nan
    if ranks is None:
        ranks = max(runtimes, key=int)
    return runtimes.get(str(ranks), math.nan)


def counts_from_results(results: ResultsLike, mpi_ranks: str | int | None = None) -> Counts:
    """Aggregate results records into the published count shape (see :class:`Counts`).

    - builds: per model and paradigm ("all", "serial", "mpi"): prompts = records, builds = built;
    - validation: per model and paradigm: builds, validated (valid among built);
    - runtime: per model and paradigm, over valid candidates: mean and SD of the runtime (serial:
      at 1 rank; MPI: at ``mpi_ranks``, default each record's largest rank count), n_valid, and
      for every rank count r the arithmetic mean of ``speedup[r]`` (``speedup_<r>``, as the report
      averages) and its geometric mean (``speedup_<r>_geomean``); n_speedup_tests counts valid
      candidates with a speedup at every rank count > 1 that they ran.
    """
    frame = results_frame(results)
    build_rows, validation_rows, runtime_rows = [], [], []
    for model, of_model in frame.groupby("model", sort=False):
        for paradigm in ("all", *PARADIGMS):
            subset = of_model if paradigm == "all" else of_model[of_model["paradigm"] == paradigm]
            if subset.empty:
                continue
            built = int(subset["built"].sum())
            build_rows.append({"model": model, "paradigm": paradigm, "prompts": len(subset), "builds": built})
            validation_rows.append(
                {"model": model, "paradigm": paradigm, "builds": built, "validated": int(subset["valid"].sum())}
            )
        for paradigm in PARADIGMS:
            valid = of_model[(of_model["paradigm"] == paradigm) & of_model["valid"]]
            if of_model[of_model["paradigm"] == paradigm].empty:
                continue
            ranks = "1" if paradigm == "serial" else (None if mpi_ranks is None else str(mpi_ranks))
            records = valid.to_dict("records")
            runtimes = np.array([_runtime_at(record, ranks) for record in records], dtype=float)
            runtimes = runtimes[~np.isnan(runtimes)]
            row: dict[str, Any] = {
                "model": model,
                "paradigm": paradigm,
                "mean_runtime_s": float(runtimes.mean()) if runtimes.size else math.nan,
                "sd_runtime_s": float(runtimes.std(ddof=1)) if runtimes.size >= 2 else math.nan,
                "n_valid": int(runtimes.size),
                "speedup_2": math.nan,
                "speedup_4": math.nan,
                "n_speedup_tests": 0,
            }
            speedups = [_as_mapping(record.get("speedup")) for record in records]
            rank_counts = sorted({key for speedup in speedups for key in speedup}, key=int)
            for rank_count in rank_counts:
                values = np.array([s[rank_count] for s in speedups if rank_count in s], dtype=float)
                values = values[np.isfinite(values)]
                row[f"speedup_{rank_count}"] = float(values.mean()) if values.size else math.nan
                positive = values[values > 0]
                row[f"speedup_{rank_count}_geomean"] = (
                    float(stats.geometric_mean(positive)) if positive.size else math.nan
                )
            multi_rank = [r for r in rank_counts if int(r) > 1]
            row["n_speedup_tests"] = sum(
                1 for speedup in speedups if multi_rank and all(r in speedup for r in multi_rank)
            )
            runtime_rows.append(row)
    runtime = pd.DataFrame(runtime_rows)
    if runtime.empty:
        runtime = pd.DataFrame(columns=RUNTIME_COLUMNS)
    return Counts(
        builds=pd.DataFrame(build_rows, columns=["model", "paradigm", "prompts", "builds"]),
        validation=pd.DataFrame(validation_rows, columns=["model", "paradigm", "builds", "validated"]),
        runtime=runtime,
    )


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _keep_group(frame: pd.DataFrame, group: str | None, models: pd.DataFrame | None) -> pd.DataFrame:
    """Rows of models in ``group`` plus the highlighted (H2looP) models, as the report shows them."""
    if group is None:
        return frame
    models = load_models() if models is None else models
    known_groups = set(models["group"])
    if group not in known_groups:
        raise ValueError(f"unknown group {group!r}; known groups: {sorted(known_groups)}")
    members = set(models.loc[models["group"].isin([group, HIGHLIGHT_GROUP]), "model"])
    return frame[frame["model"].isin(members)]


def _paradigm_rows(table: pd.DataFrame, paradigm: str, what: str) -> pd.DataFrame:
    rows = table[table["paradigm"] == paradigm]
    if rows.empty:
        raise ValueError(f"no {what} counts for paradigm {paradigm!r}")
    return rows


def _metric_counts(counts: Counts, metric: str, paradigm: str) -> pd.DataFrame:
    """model, k, n for a metric: build = builds/prompts, validation = validated/builds,
    pass = validated/prompts."""
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; choose one of {list(METRICS)}")
    builds = _paradigm_rows(counts.builds, paradigm, "build")
    if metric == "build":
        return builds.assign(k=builds["builds"], n=builds["prompts"])[["model", "k", "n"]]
    validation = _paradigm_rows(counts.validation, paradigm, "validation")
    if metric == "validation":
        return validation.assign(k=validation["validated"], n=validation["builds"])[["model", "k", "n"]]
    merged = validation.merge(builds[["model", "prompts"]], on="model", how="inner")
    return merged.assign(k=merged["validated"], n=merged["prompts"])[["model", "k", "n"]]


def _percent(k: pd.Series, n: pd.Series) -> pd.Series:
    return 100.0 * k.astype(float) / n.astype(float)


def _sorted_by(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    return frame.sort_values([column, "model"], ascending=[False, True], kind="stable").reset_index(drop=True)


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

    Also gives Cohen's h, the verbal magnitude of d, and an unpaired Fisher exact p-value vs the
    reference with Holm correction over the table (from totals alone no paired test is possible).
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
        rows.append(
            {
                "model": row.model,
                "k": k,
                "n": n,
                "rate_pct": 100.0 * k / n,
                "cohens_d": d,
                "cohens_h": stats.cohens_h(k / n, ref_k / ref_n),
                "magnitude": stats.effect_size_label(d),
                "fisher_pvalue": math.nan if row.model == reference else stats.fisher_exact_counts(k, n, ref_k, ref_n),
            }
        )
    table = _keep_group(pd.DataFrame(rows), group, models).copy()
    _, table["fisher_pvalue_holm"] = stats.holm(table["fisher_pvalue"].to_numpy())
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


# --------------------------------------------------------------------------------------------
# Paired per-prompt tables (our results only)
# --------------------------------------------------------------------------------------------


def mcnemar_table(
    results: ResultsLike, outcome: str = "valid", paradigm: str | None = None, alpha: float = 0.05
) -> pd.DataFrame:
    """Exact McNemar test for every pair of models on the prompts both answered, Holm-corrected.

    Pairs are matched on (problem, paradigm, sample). ``outcome`` is "valid" or "built";
    ``paradigm`` restricts to "serial" or "mpi". ``a_only``: prompts only model_a got right.
    """
    if outcome not in ("valid", "built"):
        raise ValueError(f"outcome must be 'valid' or 'built', got {outcome!r}")
    frame = results_frame(results)
    if paradigm is not None:
        frame = frame[frame["paradigm"] == paradigm]
    keys = ["problem", "paradigm", "sample"]
    duplicated = frame.duplicated(["model", *keys])
    if duplicated.any():
        raise ValueError("results hold more than one record per (model, problem, paradigm, sample)")
    outcomes = frame.pivot(index=keys, columns="model", values=outcome)
    model_names = list(dict.fromkeys(frame["model"]))
    rows = []
    for model_a, model_b in itertools.combinations(model_names, 2):
        both = outcomes[[model_a, model_b]].dropna()
        if both.empty:
            continue
        test = stats.mcnemar_exact(both[model_a].astype(int), both[model_b].astype(int))
        rows.append(
            {
                "model_a": model_a,
                "model_b": model_b,
                "n_pairs": len(both),
                "a_only": test.b10,
                "b_only": test.b01,
                "statistic": test.statistic,
                "pvalue": test.pvalue,
            }
        )
    table = pd.DataFrame(rows, columns=["model_a", "model_b", "n_pairs", "a_only", "b_only", "statistic", "pvalue"])
    reject, corrected = stats.holm(table["pvalue"].to_numpy(), alpha=alpha)
    table["pvalue_holm"], table["reject_holm"] = corrected, reject
    return table


def mcnemar_matrix(
    results: ResultsLike, outcome: str = "valid", paradigm: str | None = None, alpha: float = 0.05
) -> pd.DataFrame:
    """Square, symmetric matrix of Holm-corrected McNemar p-values (diagonal NaN)."""
    pairs = mcnemar_table(results, outcome, paradigm, alpha)
    model_names = list(dict.fromkeys(results_frame(results)["model"]))
    matrix = pd.DataFrame(np.nan, index=model_names, columns=model_names)
    for row in pairs.itertuples(index=False):
        matrix.loc[row.model_a, row.model_b] = row.pvalue_holm
        matrix.loc[row.model_b, row.model_a] = row.pvalue_holm
    return matrix


def pass_at_k_table(results: ResultsLike, ks: Iterable[int] = (1,), outcome: str = "valid") -> pd.DataFrame:
    """pass@k (or build@k with ``outcome="built"``) per model and paradigm, averaged over prompts.

    Per prompt, n = samples and c = successes; a prompt with fewer than k samples makes that
    pass@k NaN (it cannot be estimated without bias).
    """
    if outcome not in ("valid", "built"):
        raise ValueError(f"outcome must be 'valid' or 'built', got {outcome!r}")
    frame = results_frame(results)
    per_prompt = (
        frame.groupby(["model", "paradigm", "problem"], sort=False)[outcome].agg(n="size", c="sum").reset_index()
    )
    rows = []
    for (model, paradigm), prompts in per_prompt.groupby(["model", "paradigm"], sort=False):
        row: dict[str, Any] = {
            "model": model,
            "paradigm": paradigm,
            "prompts": len(prompts),
            "min_samples": int(prompts["n"].min()),
        }
        for k in ks:
            if (prompts["n"] < k).any():
                row[f"pass@{k}"] = math.nan
            else:
                estimates = [stats.pass_at_k(int(n), int(c), k) for n, c in zip(prompts["n"], prompts["c"])]
                row[f"pass@{k}"] = float(np.mean(estimates))
        rows.append(row)
    return pd.DataFrame(rows)


def speedup_at_k_table(
    results: ResultsLike, ks: Iterable[int] = (1,), ranks: Iterable[int] | None = None
) -> pd.DataFrame:
    """ParEval's speedup_n@k and efficiency_n@k per model, paradigm and rank count.

    Per prompt the baseline is the smallest ``baseline_s`` among its samples; samples that are
    not valid or lack a runtime at that rank count count as failures (speedup 0). Values are
    averaged over prompts with a baseline; k larger than the samples of any prompt gives NaN.
    ``ranks`` defaults to every rank count in the results (serial candidates: 1).
    """
    frame = results_frame(results)
    rows = []
    for (model, paradigm), of_group in frame.groupby(["model", "paradigm"], sort=False):
        records = of_group.to_dict("records")
        found = sorted({int(key) for record in records for key in _as_mapping(record.get("runtime_s"))})
        rank_counts = [r for r in (found if ranks is None else ranks) if r in found]
        for rank_count, k in itertools.product(rank_counts, ks):
            speedups, skipped = [], False
            for _, prompt in of_group.groupby("problem", sort=False):
                baseline_column = prompt.get("baseline_s", pd.Series(dtype=float))
                baselines = [b for b in baseline_column if b is not None and not pd.isna(b)]
                if not baselines:
                    continue
                runtimes = [
                    _runtime_at(record, str(rank_count)) if record["valid"] else None
                    for record in prompt.to_dict("records")
                ]
                if k > len(runtimes):
                    skipped = True
                    break
                speedups.append(stats.speedup_at_k(min(baselines), runtimes, k))
            value = math.nan if skipped or not speedups else float(np.mean(speedups))
            rows.append(
                {
                    "model": model,
                    "paradigm": paradigm,
                    "ranks": rank_count,
                    "k": k,
                    "prompts": len(speedups),
                    "speedup_at_k": value,
                    "efficiency_at_k": value / rank_count,
                }
            )
    return pd.DataFrame(rows)
