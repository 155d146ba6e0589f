"""Our results records as frames: reading results files, and what needs per-prompt records.

:func:`load_results` reads a ``data/results/MODEL.jsonl`` file (torn lines and harness errors
left out) and :func:`load_resources` the ``MODEL.resources.json`` written beside a model's
generations. The other functions take such a results frame and return what counts alone cannot
give: outcome counts (:func:`status_table`), rates per domain (:func:`domain_breakdown`,
:func:`domain_pivot`), oversubscribed rank counts, McNemar pairs, pass@k and speedup@k, and
bootstrapped speedups. Frames built from counts (ours or the seed report's) are in
:mod:`pareval_lib.analysis.views`.
"""

from __future__ import annotations

import json
import math
import warnings
from pathlib import Path
from typing import Any, Mapping

import numpy as np
import pandas as pd
from scipy import stats as scipy_stats

from pareval_lib import store
from pareval_lib.analysis import stats, tables
from pareval_lib.evaluation.settings import run_wide
from pareval_lib.problems.catalogue import DOMAINS, PARADIGMS
from pareval_lib.problems.paradigms import key_order


# --------------------------------------------------------------------------------------------
# Reading results and resources files
# --------------------------------------------------------------------------------------------


def load_results(path: Path) -> pd.DataFrame:
    """Every complete record of a results file as a DataFrame (a torn last line and harness errors are left out)."""
    # a harness error is pareval's or the machine's failure, not the model's: never counted
    records = [r for r in store.load_records(path) if r.get("status") != "harness_error"]
    if not records:
        return pd.DataFrame(columns=[*tables.REQUIRED_RESULT_COLUMNS, "domain", "status"])
    return tables.results_frame(records)


def load_resources(path: Path) -> dict[str, Any]:
    """The ``NAME.resources.json`` written beside a model's generations ({} if absent/unreadable)."""
    try:
        data = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


# --------------------------------------------------------------------------------------------
# Outcomes and domains
# --------------------------------------------------------------------------------------------


def status_table(results: pd.DataFrame) -> pd.DataFrame:
    """Outcome counts per model and paradigm (statuses as columns), with the prompt total."""
    if results.empty:
        return pd.DataFrame()
    table = pd.crosstab([results["model"], results["paradigm"]], results["status"])
    table.columns = [str(column) for column in table.columns]
    table["prompts"] = table.sum(axis=1)
    return table.reset_index()


#: The paradigm check of each paradigm's records (evaluation/audit.py's paradigm_flags).
PARADIGM_FLAGS = {"mpi": ("serial_in_mpi",), "serial": ("threads_in_serial",), "openmp": ("serial_in_openmp",),
                  "mpi+omp": ("serial_in_mpi", "serial_in_openmp")}


def paradigm_check_table(results: pd.DataFrame) -> pd.DataFrame:
    """Per model and paradigm: valid candidates, how many of them the paradigm check flags (an MPI
    answer that never communicates, a serial answer that starts threads), and "valid as asked":
    valid and not flagged, over all prompts. Validation rates stay the seed report's; this is beside."""
    columns = ["model", "paradigm", "prompts", "valid", "flagged", "valid_as_asked", "valid_as_asked_pct"]
    if results.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for (model, paradigm), group in results.groupby(["model", "paradigm"], sort=False):
        marked = pd.Series(False, index=group.index)
        for flag in PARADIGM_FLAGS.get(paradigm, ()):  # mpi+omp: flagged when either is missing
            if flag in group:
                marked |= group[flag].fillna(False).astype(bool)
        valid = group["valid"].astype(bool)
        flagged = int((valid & marked).sum())
        rows.append({"model": model, "paradigm": paradigm, "prompts": len(group), "valid": int(valid.sum()),
                     "flagged": flagged, "valid_as_asked": int(valid.sum()) - flagged,
                     "valid_as_asked_pct": 100.0 * (int(valid.sum()) - flagged) / len(group)})
    return pd.DataFrame(rows, columns=columns)


def domain_breakdown(results: pd.DataFrame) -> pd.DataFrame:
    """Per model, domain and paradigm: prompts, builds, validated and the three rates (%)."""
    if results.empty:
        return pd.DataFrame()
    frame = results.copy()
    frame["domain"] = frame["domain"].map(lambda slug: DOMAINS.get(slug, slug))
    grouped = frame.groupby(["model", "domain", "paradigm"], sort=True).agg(
        prompts=("built", "size"), builds=("built", "sum"), validated=("valid", "sum")
    ).reset_index()
    grouped["build_rate_pct"] = 100.0 * grouped["builds"] / grouped["prompts"]
    grouped["validation_rate_pct"] = np.where(
        grouped["builds"] > 0, 100.0 * grouped["validated"] / grouped["builds"].where(grouped["builds"] > 0), np.nan
    )
    grouped["pass_rate_pct"] = 100.0 * grouped["validated"] / grouped["prompts"]
    return grouped


def domain_pivot(domains: pd.DataFrame) -> pd.DataFrame:
    """:func:`domain_breakdown` with serial and MPI side by side: one row per model and domain."""
    if domains.empty:
        return domains
    wide = domains.pivot_table(index=["model", "domain"], columns="paradigm",
                               values=["build_rate_pct", "pass_rate_pct", "prompts"], aggfunc="first")
    wide.columns = [f"{paradigm}_{value}" for value, paradigm in wide.columns]
    order = [f"{p}_{v}" for v in ("prompts", "build_rate_pct", "pass_rate_pct") for p in PARADIGMS]
    return wide[[c for c in order if c in wide.columns]].reset_index()


def oversubscription(results: pd.DataFrame) -> dict[str, Any]:
    """Cores seen and the layouts (record keys: ranks, threads, "RxT") that exceeded them (those
    timings are oversubscribed)."""
    if results.empty or "cores" not in results:
        return {"cores": None, "oversubscribed_ranks": [], "records": 0}
    ranks = sorted({str(r) for value in results.get("oversubscribed", []) if isinstance(value, list) for r in value},
                   key=key_order)
    flagged = int(sum(1 for value in results.get("oversubscribed", []) if isinstance(value, list) and value))
    cores = sorted({int(c) for c in results["cores"].dropna()})
    return {"cores": cores, "oversubscribed_ranks": ranks, "records": flagged}


# --------------------------------------------------------------------------------------------
# Paired tests, pass@k and speedup@k
# --------------------------------------------------------------------------------------------


def mcnemar_pairs(results: pd.DataFrame, outcome: str = "valid") -> pd.DataFrame:
    """Exact McNemar tests between every pair of our models, Holm-corrected (empty with < 2 models)."""
    if results.empty or results["model"].nunique() < 2:
        return pd.DataFrame()
    return tables.mcnemar_table(results, outcome=outcome)


def problem_unit_tables(results: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Problems as the unit (``tables.comparisons``): clustered validation-rate intervals, the
    serial-vs-MPI gap paired by problem, and runtime ratios between every pair of our models on
    the problems both solved (serial at 1 rank, MPI at the largest rank count), and each model's
    runtime over the serial reference's (geometric mean of per-problem ratios). Empty frames
    where there are no results."""
    if results.empty:
        return {name: pd.DataFrame() for name in ("clustered_rates", "paradigm_gap", "runtime_ratios",
                                                  "reference_ratios")}
    ratios = [tables.model_runtime_ratio_table(results, paradigm)
              for paradigm in PARADIGMS if (results["paradigm"] == paradigm).any()]
    return {
        "clustered_rates": tables.clustered_rate_table(results),
        "paradigm_gap": tables.paradigm_gap_paired_table(results),
        "runtime_ratios": pd.concat(ratios, ignore_index=True) if ratios else pd.DataFrame(),
        "reference_ratios": tables.reference_runtime_ratio_table(results),
    }


TIMING_NOISE_COLUMNS = ["model", "paradigm", "ranks", "layout", "runs", "median_reps", "median_spread_pct", "p90_spread_pct",
                        "unsteady", "disturbed", "retimed", "median_load", "oversubscribed"]


def timing_noise_table(results: pd.DataFrame) -> pd.DataFrame:
    """How steady the timings were, per model, paradigm and rank count, over the valid runs: the
    spread of a run's repetitions ((max - min) / median, %) at the median and 90th percentile, the
    repetitions per run, how many runs ended their adaptive repetitions (at the most allowed, or
    out of time budget) without the last ones meeting the target spread ("unsteady": timed on a
    disturbed machine or noisy code, to read with care), how many were timed while other processes
    kept more than ``runner.DISTURBED_CORES`` cores busy and stayed so ("disturbed": the machine
    did not calm within the wait) or were timed again once it had calmed ("retimed"), the
    machine's load average when it was timed, and whether that rank count exceeded the cores (oversubscribed: its timings understate
    the code)."""
    rows: dict[tuple[str, str, tuple[int, int], str], dict[str, list]] = {}
    valid = results[results["valid"].astype(bool)] if not results.empty else results
    for record in valid.to_dict("records"):
        runs = record.get("runs")
        if isinstance(runs, str):
            runs = json.loads(runs)
        over = record.get("oversubscribed")
        over = set(str(r) for r in over) if isinstance(over, list) else set()
        for ranks, run in (runs or {}).items() if isinstance(runs, Mapping) else ():
            if not isinstance(run, Mapping) or run.get("status") != "ok":
                continue
            key = (record["model"], record["paradigm"], key_order(ranks), str(ranks))
            entry = rows.setdefault(key, {"spread": [], "reps": [], "load": [], "over": [],
                                           "unsteady": [], "disturbed": [], "retimed": []})
            if run.get("spread") is not None:
                entry["spread"].append(100.0 * float(run["spread"]))
            entry["reps"].append(len(run.get("times") or []))
            if run.get("load") is not None:
                entry["load"].append(float(run["load"]))
            entry["over"].append(str(ranks) in over)
            entry["unsteady"].append(run.get("steady") is False)
            entry["disturbed"].append(run.get("disturbed") is True)
            entry["retimed"].append(bool(run.get("retimed")))
    out = []
    for (model, paradigm, order, layout), entry in sorted(rows.items()):
        spreads = np.asarray(entry["spread"], dtype=float)
        out.append({"model": model, "paradigm": paradigm, "ranks": order[0], "layout": layout,
                    "runs": len(entry["reps"]),
                    "median_reps": float(np.median(entry["reps"])) if entry["reps"] else math.nan,
                    "median_spread_pct": float(np.median(spreads)) if spreads.size else math.nan,
                    "p90_spread_pct": float(np.percentile(spreads, 90)) if spreads.size else math.nan,
                    "unsteady": int(sum(entry["unsteady"])),
                    "disturbed": int(sum(entry["disturbed"])), "retimed": int(sum(entry["retimed"])),
                    "median_load": float(np.median(entry["load"])) if entry["load"] else math.nan,
                    "oversubscribed": any(entry["over"])})
    return pd.DataFrame(out, columns=TIMING_NOISE_COLUMNS)


def design_tables(results: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The whole design (``tables.design``): Cochran's Q of our models on the prompts all of them
    answered (permutation p-value) and the logistic mixed model of validity. Empty frames where
    there are no results."""
    if results.empty:
        return {"model_effect": pd.DataFrame(), "mixed_model": pd.DataFrame()}
    return {"model_effect": tables.model_effect_table(results), "mixed_model": tables.mixed_model_table(results)}


def prompts_per_model(results: pd.DataFrame) -> int:
    """The number of prompts each model was asked (the largest over models; 0 without results)."""
    if results.empty:
        return 0
    return int(results.groupby("model")[["problem", "paradigm"]].apply(lambda f: len(f.drop_duplicates())).max())


def reference_ratios(results: pd.DataFrame) -> pd.DataFrame:
    """Runtime over the serial reference's per model, paradigm and rank count (geometric mean
    over problems, with n and a bootstrap interval): ``tables.reference_runtime_ratio_table``."""
    if results.empty:
        return pd.DataFrame(columns=["model", "paradigm", "ranks", "problems", "runtime_ratio", "ci_low", "ci_high",
                                     "interval"])
    return tables.reference_runtime_ratio_table(results)


def at_k_tables(results: pd.DataFrame, samples: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """pass@k and ParEval's speedup@k / efficiency@k for k = 1 and k = samples."""
    if results.empty:
        return pd.DataFrame(), pd.DataFrame()
    ks = sorted({1, max(1, int(samples))})
    return tables.pass_at_k_table(results, ks=ks), tables.speedup_at_k_table(results, ks=ks)


# --------------------------------------------------------------------------------------------
# Speedups
# --------------------------------------------------------------------------------------------


def _speedups_by_rank(results: pd.DataFrame) -> dict[tuple[str, int], list[float]]:
    values: dict[tuple[str, int], list[float]] = {}
    valid = results[(results["paradigm"] == "mpi") & results["valid"]] if not results.empty else results
    for record in valid.to_dict("records"):
        speedup = record.get("speedup")
        if isinstance(speedup, str):
            speedup = json.loads(speedup)
        if not isinstance(speedup, Mapping):
            continue
        for ranks, value in speedup.items():
            if value is not None and np.isfinite(value) and value > 0:
                values.setdefault((record["model"], int(ranks)), []).append(float(value))
    return values


def bootstrap_speedups(results: pd.DataFrame, level: float = 0.95, n_resamples: int = 2000) -> pd.DataFrame:
    """Geometric-mean speedup of valid MPI candidates per model and rank count, BCa interval over
    problems (needs at least 3 problems with distinct speedups; otherwise the interval is NaN)."""
    rows = []
    for (model, ranks), values in sorted(_speedups_by_rank(results).items()):
        array = np.asarray(values, dtype=float)
        low = high = math.nan
        if array.size >= 3 and np.ptp(array) > 0:
            with warnings.catch_warnings():  # a degenerate resample distribution: scipy warns, gives NaN
                warnings.simplefilter("ignore", scipy_stats.DegenerateDataWarning)
                low, high = stats.bootstrap_ci(array, level=level, n_resamples=n_resamples)
        rows.append({"model": model, "ranks": ranks, "problems": int(array.size),
                     "geomean_speedup": float(stats.geometric_mean(array)), "mean_speedup": float(array.mean()),
                     "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows, columns=["model", "ranks", "problems", "geomean_speedup", "mean_speedup",
                                       "ci_low", "ci_high"])



# --------------------------------------------------------------------------------------------
# The settings results were judged with
# --------------------------------------------------------------------------------------------


def _reps_text(settings: Mapping) -> str:
    """``3``, or ``3-10 to 5%`` for adaptive repetitions (at least, at most, target spread)."""
    reps, most, target = settings.get("reps"), settings.get("max_reps") or 0, settings.get("target_spread") or 0
    if isinstance(reps, int) and reps >= 2 and most > reps and target > 0:
        return f"{reps}-{most} to {target:.0%}"
    return str(reps)


def settings_table(results: pd.DataFrame) -> pd.DataFrame:
    """Per model and run-wide setting: how many records were judged with it (the report shows this)."""
    columns = ["model", "records", "size", "reps", "warmup", "mpi_ranks", "harness"]
    if results.empty:
        return pd.DataFrame(columns=columns)
    settings = results["settings"] if "settings" in results else pd.Series([None] * len(results), index=results.index)
    rows: dict[tuple, int] = {}
    for model, paradigm, value in zip(results["model"], results["paradigm"], settings):
        if not isinstance(value, Mapping):
            key = (model, "unrecorded", "unrecorded", "unrecorded", "unrecorded", "unrecorded")
        else:
            ranks = ",".join(map(str, value.get("ranks") or [])) if paradigm == "mpi" else "-"
            key = (model, "default" if value.get("size") is None else str(value.get("size")), _reps_text(value),
                   str(value.get("warmup")), ranks, str(value.get("harness_hash")))
        rows[key] = rows.get(key, 0) + 1
    out = [{"model": k[0], "records": n, "size": k[1], "reps": k[2], "warmup": k[3], "mpi_ranks": k[4],
            "harness": k[5]} for k, n in rows.items()]
    return pd.DataFrame(out, columns=columns)


def mixed_settings(results: pd.DataFrame) -> str | None:
    """One line when the records were judged with different run-wide settings (they must not be
    compared or pooled), else None. MPI records are compared on their rank counts too; the rows
    standing for prompts without a generation (status ``no_generation``) were never judged."""
    if "status" in results:
        results = results[results["status"] != "no_generation"]
    if results.empty or "settings" not in results:
        return None
    example: dict[tuple[str, str], str] = {}  # (paradigm, run-wide settings) -> a record judged so
    for paradigm, value, model, problem in zip(results["paradigm"], results["settings"], results["model"],
                                               results["problem"]):
        example.setdefault((paradigm, run_wide(value, with_ranks=paradigm != "serial")), f"{model} {problem} {paradigm}")
    across_paradigms = {run_wide(value) for value in results["settings"]}
    if len(across_paradigms) <= 1 and len(example) == len({paradigm for paradigm, _ in example}):
        return None
    examples = list(example.values())
    return (f"these results were judged with different settings (e.g. {examples[0]} vs {examples[-1]}); "
            f"evaluate them again with one setting (pareval evaluate judges stored results "
            f"with other settings again by default) or choose the models judged alike")
