"""Table and figure data from counts, the catalogue and the seed report's tables.

Each function takes :class:`~pareval_lib.analysis.published.Counts` (the seed report's, or ours
from :func:`pareval_lib.analysis.tables.counts_from_results`), problems of the catalogue, or the
published tables, and returns a DataFrame for a notebook to show or a figure to draw. Frames that
come in two flavours carry a ``source`` column, :data:`~pareval_lib.analysis.published.PUBLISHED`
or :data:`~pareval_lib.analysis.published.OURS`; :func:`combine` stacks the two. The count tables
themselves (sections 3.1-4.2) are in :mod:`pareval_lib.analysis.tables`; frames that need
per-prompt results are in :mod:`pareval_lib.analysis.results`.
"""

from __future__ import annotations

import itertools
import math
from typing import Any, Sequence

import numpy as np
import pandas as pd

from pareval_lib.analysis import published, stats, tables
from pareval_lib.analysis.families import family
from pareval_lib.analysis.published import OUR_GROUP, OURS, PUBLISHED
from pareval_lib.analysis.results import bootstrap_speedups, oversubscription
from pareval_lib.problems.catalogue import DOMAINS, PARADIGMS, Problem


def combine(published_frame: pd.DataFrame | None = None, ours_frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """The two flavours of one table stacked, with a ``source`` column first."""
    frames = []
    for source, frame in ((PUBLISHED, published_frame), (OURS, ours_frame)):
        if frame is not None and not frame.empty:
            frames.append(frame.assign(source=source))
    if not frames:
        return pd.DataFrame(columns=["source"])
    out = pd.concat(frames, ignore_index=True)
    return out[["source", *[c for c in out.columns if c != "source"]]]


# --------------------------------------------------------------------------------------------
# Section 1: benchmark and problems
# --------------------------------------------------------------------------------------------


def published_benchmark_summary() -> pd.DataFrame:
    """What the seed report says about its benchmark (sections 1.1-1.4), as printed."""
    domains = len(published.load_domains())
    return pd.DataFrame(
        [
            ("problems", "60 (\"Unique Algorithmic Challenges\")"),
            ("prompts", "120 (60 serial + 60 MPI)"),
            ("domains", f"{domains} listed in 1.3 (the text says 6)"),
            ("paradigms", "serial, MPI"),
            ("language", "C++"),
            ("MPI ranks", "1, 2, 4"),
            ("samples per prompt", "1 (pass@1)"),
        ],
        columns=["quantity", "value"],
    )


def problem_table(problems: Sequence[Problem]) -> pd.DataFrame:
    """One row per problem: id, domain, title, function, input size, MPI communication pattern."""
    return pd.DataFrame(
        [
            {"problem": p.id, "domain": p.domain_name, "title": p.title, "function": p.function,
             "input_size": p.meta.get("input_size", ""), "mpi_communication": p.meta.get("mpi_communication", "")}
            for p in problems
        ]
    )


def problem_counts(problems: Sequence[Problem], paradigms: Sequence[str] = PARADIGMS) -> pd.DataFrame:
    """Problems and prompts per domain (one prompt per problem and paradigm), with a total row."""
    rows = []
    for slug, name in DOMAINS.items():
        count = sum(1 for p in problems if p.domain == slug)
        row: dict[str, Any] = {"domain": name, "problems": count}
        for paradigm in paradigms:
            row[f"{paradigm}_prompts"] = count
        row["prompts"] = count * len(paradigms)
        rows.append(row)
    frame = pd.DataFrame(rows)
    total = {"domain": "total", **{c: int(frame[c].sum()) for c in frame.columns if c != "domain"}}
    return pd.concat([frame, pd.DataFrame([total])], ignore_index=True)


#: Each domain name of the seed report's table 1.3 and the slug of our problems in it.
SEED_DOMAIN_SLUGS = {
    "Dense Linear Algebra": "dense_la",
    "Fast Fourier Transform": "fft",
    "Geometry": "geometry",
    "Graph Algorithms": "graph",
    "Histogram Operations": "histogram",
    "Reduction Operations": "reduce",
    "Scan Operations": "scan",
    "Search Algorithms": "search",
    "Sorting Algorithms": "sort",
    "Sparse Linear Algebra": "sparse_la",
    "Stencil Computations": "stencil",
    "Transform Operations": "transform",
}


def published_domain_table(problems: Sequence[Problem]) -> pd.DataFrame:
    """Section 1.3's domain table, with how many of our problems fall in each domain."""
    domains = published.load_domains()
    ours = problem_counts(problems).set_index("domain")["problems"]
    unknown = sorted(set(domains["domain"]) - set(SEED_DOMAIN_SLUGS))
    if unknown:
        raise KeyError(f"seed domain(s) with no slug in SEED_DOMAIN_SLUGS: {', '.join(unknown)}")
    matched = [DOMAINS[SEED_DOMAIN_SLUGS[name]] for name in domains["domain"]]
    domains["our_domain"] = matched
    domains["our_problems"] = [int(ours.get(name, 0)) if name else 0 for name in matched]
    return domains


# --------------------------------------------------------------------------------------------
# Section 2: models and memory
# --------------------------------------------------------------------------------------------


def published_model_table() -> pd.DataFrame:
    """Section 2.1: the seed report's models, parameters, declared VRAM and group."""
    models = published.load_models()
    return models[["model", "params_b", "active_params_b", "vram_gb", "group", "quantisation"]].copy()


def _registry_rows(models_file: str | None) -> dict[str, dict[str, Any]]:
    try:
        from pareval_lib.generation.registry import registry_table
    except ImportError:  # registry not there: report what the generations say
        return {}
    try:
        return {row["name"]: row for row in registry_table(models_file)}
    except Exception as exc:  # noqa: BLE001 - a broken models file must not stop the report: shown
        tables.print_table_error(f"models file {models_file or 'models.yaml'}", exc)
        return {}


def vram_efficiency(counts: published.Counts, memory: pd.DataFrame, reference: str | None) -> pd.DataFrame:
    """Build rate per GB (section 3.4.1) for ``counts`` with memory from :func:`memory_table`.

    ``reference`` is the model the ratios are relative to; when it has no memory figure the
    first model that has one is used instead.
    """
    known = memory.drop_duplicates("model").rename(columns={"memory_gb": "vram_gb"})
    in_counts = set(counts.builds["model"])
    with_memory = [m for m in known["model"] if m in in_counts]
    if not with_memory:
        return pd.DataFrame()
    if reference not in with_memory:
        reference = with_memory[0]
    table = tables.vram_efficiency_table(counts, known[["model", "vram_gb"]], reference=reference)
    table = table.merge(known[["model", "memory_kind"]], on="model", how="left")
    table["reference"] = reference
    return table


def with_printed_perf_per_gb(table: pd.DataFrame | None) -> pd.DataFrame | None:
    """Published build-per-GB table plus the seed report's printed column (3.4.1)."""
    if table is None or table.empty:
        return table
    printed = published.load_perf_per_gb()[["model", "perf_per_gb_text", "efficiency_ratio_printed"]]
    return table.merge(printed, on="model", how="left")


# --------------------------------------------------------------------------------------------
# Section 3: rates, paradigms, runtimes and speedups
# --------------------------------------------------------------------------------------------


def group_rate_tables(
    counts: published.Counts,
    kind: str = "build",
    paradigm: str = "all",
    source: str = PUBLISHED,
    models_file: str | None = None,
) -> pd.DataFrame:
    """Build (or validation) rate tables per model group, stacked with a ``group`` column.

    Published counts are split like the seed report (similarly sized / large SOTA, H2looP in
    both); our models are one group (their registry group when they have one).
    """
    make = tables.build_rate_table if kind == "build" else tables.validation_rate_table
    if not (counts.builds["paradigm"] == paradigm).any():
        return pd.DataFrame()
    if source == PUBLISHED:
        frames = [make(counts, paradigm, group=group).assign(group=group) for group in ("similarly sized", "large SOTA")]
        return pd.concat(frames, ignore_index=True)
    registry = _registry_rows(models_file)
    table = make(counts, paradigm)
    table["group"] = [registry.get(model, {}).get("group") or OUR_GROUP for model in table["model"]]
    return table


def paradigm_gap_table(counts: published.Counts) -> pd.DataFrame:
    """Serial against MPI build rate per model, the gap and a Fisher exact test of it."""
    builds = counts.builds
    serial = builds[builds["paradigm"] == "serial"].set_index("model")
    mpi = builds[builds["paradigm"] == "mpi"].set_index("model")
    rows = []
    for model in [m for m in serial.index if m in mpi.index]:
        s, m = serial.loc[model], mpi.loc[model]
        rows.append(
            {
                "model": model,
                "serial_builds": int(s["builds"]), "serial_prompts": int(s["prompts"]),
                "mpi_builds": int(m["builds"]), "mpi_prompts": int(m["prompts"]),
                "serial_build_rate_pct": 100.0 * s["builds"] / s["prompts"],
                "mpi_build_rate_pct": 100.0 * m["builds"] / m["prompts"],
                "fisher_pvalue": stats.fisher_exact_counts(int(s["builds"]), int(s["prompts"]),
                                                           int(m["builds"]), int(m["prompts"])),
            }
        )
    table = pd.DataFrame(rows)
    if not table.empty:
        table["gap_pct_points"] = table["serial_build_rate_pct"] - table["mpi_build_rate_pct"]
        _, table["fisher_pvalue_holm"] = stats.holm(table["fisher_pvalue"].to_numpy())
        table["holm_family"] = family("paradigm_gap")
    return table


def paradigm_rates(counts: published.Counts, metric: str = "build",
                   paradigms: Sequence[str] = PARADIGMS) -> pd.DataFrame:
    """Rates per model and paradigm in long form (model, paradigm, k, n, rate_pct).

    ``metric``: build, validation or pass; paradigms the counts lack are skipped (the seed report
    gives validation counts only for "all").
    """
    rows = []
    for paradigm in paradigms:
        needed = [counts.builds] + ([counts.validation] if metric != "build" else [])
        if not all((frame["paradigm"] == paradigm).any() for frame in needed):
            continue
        k_n = tables._metric_counts(counts, metric, paradigm)
        for row in k_n.itertuples(index=False):
            if row.n:
                rows.append({"model": row.model, "paradigm": paradigm, "k": int(row.k), "n": int(row.n),
                             "rate_pct": 100.0 * row.k / row.n})
    return pd.DataFrame(rows, columns=["model", "paradigm", "k", "n", "rate_pct"])


RUNTIME_DATA_COLUMNS = ["model", "paradigm", "mean_runtime_s", "ci_low_s", "ci_high_s", "n_valid", "source"]


def runtime_data(counts: published.Counts, source: str) -> pd.DataFrame:
    """Mean runtime per model and paradigm with a t interval where an SD is known (long form)."""
    table = tables.runtime_table(counts)
    rows = []
    for row in table.to_dict("records"):
        for paradigm in PARADIGMS:
            mean = row.get(f"{paradigm}_mean_runtime_s", math.nan)
            if mean is None or pd.isna(mean):
                continue
            rows.append({"model": row["model"], "paradigm": paradigm, "mean_runtime_s": mean,
                         "ci_low_s": row.get(f"{paradigm}_ci_low_s", math.nan),
                         "ci_high_s": row.get(f"{paradigm}_ci_high_s", math.nan),
                         "n_valid": row.get(f"n_valid_{paradigm}", 0), "source": source})
    return pd.DataFrame(rows, columns=RUNTIME_DATA_COLUMNS)


def speedup_data(published_counts: published.Counts | None, results: pd.DataFrame | None) -> pd.DataFrame:
    """Speedup against the serial reference by rank count, both flavours (long form).

    Published: the seed's arithmetic mean speedups at 2 and 4 ranks (no interval). Ours: the
    geometric mean over problems with its bootstrap interval, at every rank count run, and
    whether that rank count had more ranks than the machine's cores (``oversubscribed``).
    """
    rows = []
    if published_counts is not None:
        runtime = published_counts.runtime
        for row in runtime[runtime["paradigm"] == "mpi"].to_dict("records"):
            for ranks in (2, 4):
                value = row.get(f"speedup_{ranks}")
                if value is not None and not pd.isna(value):
                    rows.append({"model": row["model"], "ranks": ranks, "speedup": float(value),
                                 "ci_low": math.nan, "ci_high": math.nan, "statistic": "arithmetic mean",
                                 "source": PUBLISHED})
    if results is not None and not results.empty:
        over = set(oversubscription(results[results["paradigm"] == "mpi"])["oversubscribed_ranks"])
        for row in bootstrap_speedups(results).to_dict("records"):
            rows.append({"model": row["model"], "ranks": int(row["ranks"]), "speedup": row["geomean_speedup"],
                         "ci_low": row["ci_low"], "ci_high": row["ci_high"], "statistic": "geometric mean",
                         "source": OURS, "oversubscribed": str(int(row["ranks"])) in over})
    return pd.DataFrame(rows, columns=["model", "ranks", "speedup", "ci_low", "ci_high", "statistic", "source",
                                       "oversubscribed"])


# --------------------------------------------------------------------------------------------
# Section 4: intervals and effect sizes
# --------------------------------------------------------------------------------------------


def interval_data(counts: published.Counts, source: str, method: str = "wilson", paradigm: str = "all") -> pd.DataFrame:
    """Build and validation rates with ``method`` intervals in long form (for the interval plot)."""
    table = tables.interval_table(counts, method=method, paradigm=paradigm)
    rows = []
    for row in table.to_dict("records"):
        for metric in ("build", "validation"):
            rate = row.get(f"{metric}_rate_pct")
            if rate is None or pd.isna(rate):
                continue
            rows.append({"model": row["model"], "metric": metric, "rate_pct": rate,
                         "low_pct": row[f"{metric}_low_pct"], "high_pct": row[f"{metric}_high_pct"],
                         "k": row[f"{metric}_k"], "n": row[f"{metric}_n"], "method": method, "source": source})
    return pd.DataFrame(rows, columns=["model", "metric", "rate_pct", "low_pct", "high_pct", "k", "n", "method",
                                       "source"])


def with_printed_intervals(intervals: pd.DataFrame | None) -> pd.DataFrame | None:
    """Published interval table plus the intervals as the seed report printed them."""
    if intervals is None:
        return None
    printed = published.load_intervals().drop_duplicates(["model", "metric"])
    out = intervals.copy()
    for metric in ("build", "validation"):
        texts = printed[printed["metric"] == metric].set_index("model")["ci_text"]
        out[f"{metric}_ci_printed"] = out["model"].map(texts)
    return out


def cohens_d_matrix(counts: published.Counts, metric: str = "build", paradigm: str = "all",
                    effect: str = "d") -> pd.DataFrame:
    """Square matrix of effect sizes, row model against column model (``effect``: "d" or "h").

    d is the seed report's Cohen's d on 0/1 outcomes (pooled population SD); h is Cohen's h.
    """
    k_n = tables._metric_counts(counts, metric, paradigm)
    k_n = k_n[k_n["n"] > 0]
    names = list(k_n["model"])
    matrix = pd.DataFrame(np.nan, index=names, columns=names)
    for a, b in itertools.product(k_n.itertuples(index=False), repeat=2):
        if effect == "d":
            value = stats.cohens_d_binary(int(a.k), int(a.n), int(b.k), int(b.n))
        elif effect == "h":
            value = stats.cohens_h(a.k / a.n, b.k / b.n)
        else:
            raise ValueError(f"effect must be 'd' or 'h', got {effect!r}")
        matrix.loc[a.model, b.model] = value
    matrix.index.name = "model"
    return matrix

