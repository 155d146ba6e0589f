"""Results records and counts: the required record columns, :func:`results_frame`,
:func:`counts_from_results`, and the private helpers the table builders share."""

from __future__ import annotations

import json
import math
import sys
from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd

from pareval_lib.analysis import stats
from pareval_lib.analysis.published import HIGHLIGHT_GROUP, RUNTIME_COLUMNS, Counts, load_models
from pareval_lib.problems.paradigms import PARADIGMS as ALL_PARADIGMS, PUBLISHED, key_order

REQUIRED_RESULT_COLUMNS = ("model", "problem", "paradigm", "sample", "built", "valid")
#: The seed report's paradigms: the published count shape (``Counts``) holds these alone.
PARADIGMS = PUBLISHED
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
    unknown = sorted(set(frame["paradigm"]) - set(ALL_PARADIGMS))
    if unknown:
        raise ValueError(f"unknown paradigm(s) {unknown}; expected {list(ALL_PARADIGMS)}")
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
        ranks = max(runtimes, key=key_order)
    return runtimes.get(str(ranks), math.nan)


def counts_from_results(results: ResultsLike, mpi_ranks: str | int | None = None) -> Counts:
    """Aggregate results records into the published count shape (see :class:`Counts`).

    Only serial and MPI records count (the seed report's paradigms, ``PUBLISHED``: "all" is both of
    them); ``analysis.paradigms`` has every paradigm of our runs.

    - builds: per model and paradigm ("all", "serial", "mpi"): prompts = records, builds = built;
    - validation: per model and paradigm: builds, validated (valid among built);
    - runtime: per model and paradigm, over valid candidates: mean and SD of the runtime (serial:
      at 1 rank; MPI: at ``mpi_ranks``, default each record's largest rank count), n_valid, and
      for every rank count r the arithmetic mean of ``speedup[r]`` (``speedup_<r>``, as the report
      averages) and its geometric mean (``speedup_<r>_geomean``); n_speedup_tests counts valid
      candidates with a speedup at every rank count > 1 that they ran.
    """
    frame = results_frame(results)
    frame = frame[frame["paradigm"].isin(PUBLISHED)]
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
            rank_counts = sorted({key for speedup in speedups for key in speedup}, key=key_order)
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


#: The start of the line printed (to stderr, so into the notebook and the HTML report) when a
#: table cannot be built; ``build_report`` counts these lines and exits non-zero.
TABLE_ERROR_PREFIX = "pareval: a table could not be built"


def print_table_error(what: str, exc: BaseException) -> None:
    """One line naming what could not be built and why (a bug or broken input, never "no numbers")."""
    message = " ".join(str(exc).split()) or "(no message)"
    print(f"{TABLE_ERROR_PREFIX} ({what}): {type(exc).__name__}: {message}", file=sys.stderr, flush=True)


class NoCounts(ValueError):
    """The counts hold nothing this table could be built from (e.g. the seed report has no
    validation counts for one paradigm alone): "no numbers", not an error."""


def _paradigm_rows(table: pd.DataFrame, paradigm: str, what: str) -> pd.DataFrame:
    rows = table[table["paradigm"] == paradigm]
    if rows.empty:
        raise NoCounts(f"no {what} counts for paradigm {paradigm!r}")
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
