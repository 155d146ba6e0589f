"""The seed report's numbers, transcribed into ``data/published/*.csv``, as pandas DataFrames.

The CSVs keep the report's numbers as printed (columns ending in ``_printed`` or ``_text``);
the counts (prompts, builds, validated) are what statistics are recomputed from. Model names
are canonical (``models.csv`` column ``model``); :func:`resolve_model` maps the other spellings
the report uses ("Gemini Pro", "Llama4 Maverick", "H2LooP v0.1-coder", ...) onto them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from pareval_lib.paths import REPO_ROOT

__all__ = [
    "Counts",
    "DEFAULT_DATA_DIR",
    "HIGHLIGHT_GROUP",
    "load_builds",
    "load_claims",
    "load_cohens_d",
    "load_counts",
    "load_domains",
    "load_intervals",
    "load_models",
    "load_perf_per_gb",
    "load_runtime",
    "load_validation",
    "load_vram_ratios",
    "resolve_model",
]

DEFAULT_DATA_DIR = REPO_ROOT / "data" / "published"

#: Group of the models the report highlights; they appear in every per-group table.
HIGHLIGHT_GROUP = "H2looP"

#: Labels of the two sources every table and figure sets side by side.
PUBLISHED = "Published (seed report)"
OURS = "Our runs"
OUR_GROUP = "this run"

BUILD_COLUMNS = ["model", "paradigm", "prompts", "builds"]
VALIDATION_COLUMNS = ["model", "paradigm", "builds", "validated"]
RUNTIME_COLUMNS = [
    "model",
    "paradigm",
    "mean_runtime_s",
    "sd_runtime_s",
    "n_valid",
    "speedup_2",
    "speedup_4",
    "n_speedup_tests",
]


@dataclass(frozen=True)
class Counts:
    """Counts every table is computed from, whether published or from our own results.

    - ``builds``: model, paradigm ("all" | "serial" | "mpi"), prompts, builds
    - ``validation``: model, paradigm, builds, validated (validated among built)
    - ``runtime``: model, paradigm, mean_runtime_s, sd_runtime_s, n_valid, speedup_2,
      speedup_4, n_speedup_tests (further ``speedup_<ranks>`` columns allowed)
    """

    builds: pd.DataFrame
    validation: pd.DataFrame
    runtime: pd.DataFrame


def _data_dir(data_dir: str | Path | None) -> Path:
    directory = Path(data_dir) if data_dir is not None else DEFAULT_DATA_DIR
    if not directory.is_dir():
        raise FileNotFoundError(f"published data folder not found: {directory}")
    return directory


def _read(name: str, data_dir: str | Path | None) -> pd.DataFrame:
    return pd.read_csv(_data_dir(data_dir) / name, keep_default_na=True)


def load_models(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Models of section 2.1: name spellings, parameters (billions), VRAM (GB), group.

    ``aliases`` becomes a list of strings. ``group`` is "H2looP" for the two highlighted models
    (the report shows them in both the "similarly sized" and the "large SOTA" tables).
    """
    models = _read("models.csv", data_dir)
    models["aliases"] = models["aliases"].fillna("").map(lambda text: [a for a in text.split(";") if a])
    return models


def resolve_model(name: str, models: pd.DataFrame | None = None) -> str:
    """Canonical model name for any spelling used in the report (case- and '*'-insensitive)."""
    models = load_models() if models is None else models
    wanted = name.replace("*", "").strip().casefold()
    for row in models.itertuples(index=False):
        spellings = [row.model, row.display_name, row.table_name, *row.aliases]
        if any(wanted == spelling.replace("*", "").strip().casefold() for spelling in spellings):
            return row.model
    raise KeyError(f"unknown model name {name!r}")


def load_builds(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Sections 3.1.1, 3.1.3, 3.1.4: prompts and successful builds per model and paradigm."""
    return _read("builds.csv", data_dir)


def load_validation(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Section 3.1.2: builds and validated builds per model (all paradigms together)."""
    return _read("validation.csv", data_dir)


def load_runtime(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Sections 3.2, 3.3.1, 3.3.2 and 3.5.1: mean runtimes, SDs, counts, speedups (by ``source``)."""
    return _read("runtime.csv", data_dir)


def load_intervals(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Section 4.1.1 intervals as printed, with ``low_pct``/``high_pct`` filled in for every row.

    Rows printed as "c% ± h%" get low = c - h and high = c + h; the one row printed as
    "(low%, high%)" gets its centre and half-width.
    """
    intervals = _read("published_intervals.csv", data_dir)
    centre_form = intervals["center_pct"].notna()
    intervals.loc[centre_form, "low_pct"] = intervals["center_pct"] - intervals["halfwidth_pct"]
    intervals.loc[centre_form, "high_pct"] = intervals["center_pct"] + intervals["halfwidth_pct"]
    bounds_form = ~centre_form
    intervals.loc[bounds_form, "center_pct"] = (intervals["low_pct"] + intervals["high_pct"]) / 2
    intervals.loc[bounds_form, "halfwidth_pct"] = (intervals["high_pct"] - intervals["low_pct"]) / 2
    return intervals


def load_cohens_d(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Section 4.1.2: Cohen's d of build success against the reference model, as printed."""
    return _read("published_cohens_d.csv", data_dir)


def load_vram_ratios(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Section 2.1 "Resource Efficiency Analysis": VRAM relative to H2looP v0.1-coder, as printed."""
    return _read("published_vram_ratios.csv", data_dir)


def load_perf_per_gb(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Section 3.4.1 table as printed (its performance/GB column mixes units, see DISCREPANCIES.md)."""
    return _read("published_perf_per_gb.csv", data_dir)


def load_claims(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Numeric claims in the report's prose ("77x more efficient ...") with section and text."""
    return _read("published_claims.csv", data_dir)


def load_domains(data_dir: str | Path | None = None) -> pd.DataFrame:
    """Section 1.3: the problem domains the report lists (12 rows; its text says 6)."""
    return _read("domains.csv", data_dir)


def load_counts(data_dir: str | Path | None = None) -> Counts:
    """The published counts in the shape :func:`pareval_lib.analysis.tables.counts_from_results` returns.

    ``runtime`` holds the section 3.2 rows; their SDs (and speedup test counts) come from
    section 3.5.1 where that section prints the same model, paradigm, mean and n.
    """
    builds = load_builds(data_dir)[BUILD_COLUMNS].copy()
    validation = load_validation(data_dir)[VALIDATION_COLUMNS].copy()
    runtime_all = load_runtime(data_dir)
    runtime = runtime_all[runtime_all["source"].astype(str) == "3.2"].copy()
    detail = runtime_all[runtime_all["source"].astype(str) == "3.5.1"]
    for index, row in runtime.iterrows():
        same = detail[
            (detail["model"] == row["model"])
            & (detail["paradigm"] == row["paradigm"])
            & (detail["mean_runtime_s"] == row["mean_runtime_s"])
            & (detail["n_valid"] == row["n_valid"])
        ]
        if len(same) == 1:
            runtime.loc[index, "sd_runtime_s"] = same["sd_runtime_s"].iloc[0]
            runtime.loc[index, "n_speedup_tests"] = same["n_speedup_tests"].iloc[0]
    return Counts(builds=builds, validation=validation, runtime=runtime[RUNTIME_COLUMNS].reset_index(drop=True))
