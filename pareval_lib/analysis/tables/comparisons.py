"""Comparisons on our results with problems as the unit: rates with intervals that resample
problems, the serial-vs-MPI gap paired by problem, and model-against-model runtime ratios on the
problems both solved.

Per-prompt outcomes (for paired tests) follow one stated rule: ``"majority"`` (valid when more
than half of the prompt's samples are valid; with one sample, that sample) or ``"first"`` (the
lowest sample index). Each table is one family of tests: its Holm correction runs over its rows.
"""
from __future__ import annotations

import itertools

import numpy as np
import pandas as pd

from pareval_lib.analysis import stats
from pareval_lib.analysis.families import family
from pareval_lib.problems.paradigms import key_order, key_workers
from pareval_lib.analysis.tables.counts import ResultsLike, _as_mapping, _runtime_at, results_frame

RULES = ("majority", "first")


def per_prompt_outcomes(results: ResultsLike, outcome: str = "valid", rule: str = "majority") -> pd.DataFrame:
    """One 0/1 outcome per (model, problem, paradigm), by ``rule``; columns model, problem,
    paradigm, outcome, samples, successes."""
    if outcome not in ("valid", "built"):
        raise ValueError(f"outcome must be 'valid' or 'built', got {outcome!r}")
    if rule not in RULES:
        raise ValueError(f"rule must be one of {RULES}, got {rule!r}")
    frame = results_frame(results)
    rows = []
    for (model, problem, paradigm), prompt in frame.groupby(["model", "problem", "paradigm"], sort=False):
        values = prompt.sort_values("sample")[outcome].astype(bool).to_numpy()
        success = int(values.sum())
        value = values[0] if rule == "first" else success * 2 > len(values)
        rows.append({"model": model, "problem": problem, "paradigm": paradigm, "outcome": int(value),
                     "samples": len(values), "successes": success})
    return pd.DataFrame(rows, columns=["model", "problem", "paradigm", "outcome", "samples", "successes"])


def clustered_rate_table(results: ResultsLike, outcome: str = "valid", level: float = 0.95) -> pd.DataFrame:
    """Per model and paradigm (and ``all``): the rate over samples with a cluster-bootstrap
    interval that resamples problems (``all`` keeps a problem's serial and MPI prompts together),
    beside the Wilson interval that wrongly treats every sample as independent."""
    prompts = per_prompt_outcomes(results, outcome)
    rows = []
    for model, of_model in prompts.groupby("model", sort=False):
        for paradigm in [*of_model["paradigm"].unique(), "all"]:
            part = of_model if paradigm == "all" else of_model[of_model["paradigm"] == paradigm]
            clusters = part.groupby("problem", sort=False)[["successes", "samples"]].sum()
            k, n = int(clusters["successes"].sum()), int(clusters["samples"].sum())
            boot = stats.cluster_bootstrap_rate(clusters["successes"], clusters["samples"], level)
            wilson = stats.proportion_ci(k, n, level, "wilson")
            rows.append({"model": model, "paradigm": paradigm, "problems": boot.n, "samples": n, "k": k,
                         "rate_pct": 100 * boot.estimate, "cluster_low_pct": 100 * boot.low,
                         "cluster_high_pct": 100 * boot.high, "wilson_low_pct": 100 * wilson[0],
                         "wilson_high_pct": 100 * wilson[1]})
    return pd.DataFrame(rows)


def paradigm_gap_paired_table(results: ResultsLike, outcome: str = "valid", rule: str = "majority",
                              level: float = 0.95, alpha: float = 0.05) -> pd.DataFrame:
    """Serial against MPI per model, on the problems with both prompts: the rate difference
    (serial - MPI, over samples) with a paired cluster-bootstrap interval over problems and
    Newcombe's interval (per-prompt outcomes, as if independent), Cohen's h, and McNemar's exact
    test on the per-prompt outcomes paired by problem; Holm over the models (one family)."""
    prompts = per_prompt_outcomes(results, outcome, rule)
    rows = []
    for model, of_model in prompts.groupby("model", sort=False):
        wide = of_model.pivot(index="problem", columns="paradigm", values=["outcome", "successes", "samples"])
        if ("outcome", "serial") not in wide or ("outcome", "mpi") not in wide:
            continue
        wide = wide.dropna()
        if wide.empty:
            continue
        serial, mpi = wide["outcome"]["serial"].astype(int), wide["outcome"]["mpi"].astype(int)
        boot = stats.cluster_bootstrap_difference(wide["successes"]["serial"], wide["samples"]["serial"],
                                                  wide["successes"]["mpi"], wide["samples"]["mpi"], level)
        d, low, high = stats.newcombe_difference_ci(int(serial.sum()), len(serial), int(mpi.sum()), len(mpi), level)
        test = stats.mcnemar_exact(serial, mpi)
        rows.append({"model": model, "problems": len(wide), "serial_pct": 100 * serial.mean(),
                     "mpi_pct": 100 * mpi.mean(), "difference_pct": 100 * boot.estimate,
                     "cluster_low_pct": 100 * boot.low, "cluster_high_pct": 100 * boot.high,
                     "newcombe_low_pct": 100 * low, "newcombe_high_pct": 100 * high,
                     "cohens_h": stats.cohens_h(serial.mean(), mpi.mean()),
                     "serial_only": test.b10, "mpi_only": test.b01, "mcnemar_pvalue": test.pvalue})
    table = pd.DataFrame(rows)
    if not table.empty:
        reject, corrected = stats.holm(table["mcnemar_pvalue"].to_numpy(), alpha=alpha)
        table["holm_family"] = family("paradigm_gap")
        table["pvalue_holm"], table["reject_holm"] = corrected, reject
    return table


def _prompt_runtimes(frame: pd.DataFrame, paradigm: str, ranks: str) -> dict[str, dict[str, float]]:
    """model -> problem -> median runtime of its valid samples at ``ranks``."""
    out: dict[str, dict[str, float]] = {}
    for (model, problem), prompt in frame[frame["paradigm"] == paradigm].groupby(["model", "problem"], sort=False):
        times = [_runtime_at(r, ranks) for r in prompt.to_dict("records") if r["valid"]]
        times = [t for t in times if t is not None and np.isfinite(t) and t > 0]
        if times:
            out.setdefault(model, {})[problem] = float(np.median(times))
    return out


def model_runtime_ratio_table(results: ResultsLike, paradigm: str = "mpi", ranks: int | str | None = None,
                              level: float = 0.95) -> pd.DataFrame:
    """Model A's runtime over model B's, for every pair, on the problems both solved: the
    geometric mean of the per-problem ratios (median over valid samples) with a bootstrap
    interval over problems (BCa from ``stats.MIN_N_BCA`` problems on, percentile below), and n.
    Below 1: A is faster. ``ranks`` defaults to the largest rank count in the results (serial: 1)."""
    frame = results_frame(results)
    if ranks is None:
        found = {k for v in frame.loc[frame["paradigm"] == paradigm, "runtime_s"] for k in _as_mapping(v)}
        ranks = max(found, key=key_order) if found else "1"
    by_model = _prompt_runtimes(frame, paradigm, str(ranks))
    rows = []
    for a, b in itertools.combinations(list(dict.fromkeys(frame["model"])), 2):
        common = sorted(set(by_model.get(a, {})) & set(by_model.get(b, {})))
        ratio = stats.paired_ratio([by_model[a][p] for p in common], [by_model[b][p] for p in common], level)
        rows.append({"model_a": a, "model_b": b, "paradigm": paradigm, "ranks": key_workers(str(ranks)),
                     "layout": str(ranks), "problems": ratio.n,
                     "runtime_ratio": ratio.estimate, "ci_low": ratio.low, "ci_high": ratio.high,
                     "interval": ratio.method})
    return pd.DataFrame(rows, columns=["model_a", "model_b", "paradigm", "ranks", "layout", "problems",
                                       "runtime_ratio", "ci_low", "ci_high", "interval"])


def reference_runtime_ratio_table(results: ResultsLike, level: float = 0.95) -> pd.DataFrame:
    """Each model's runtime relative to the serial reference, per paradigm and rank count: the
    geometric mean over problems of (candidate runtime / reference runtime), both the median of
    the prompt's valid samples, with a bootstrap interval over problems and n. This is what
    replaces an arithmetic mean of raw seconds (problems differ by orders of magnitude, and each
    model's mean would be over its own valid problems). Below 1: faster than the reference."""
    frame = results_frame(results)
    rows = []
    valid = frame[frame["valid"].astype(bool)] if not frame.empty else frame
    for (model, paradigm), part in valid.groupby(["model", "paradigm"], sort=False):
        pairs: dict[str, dict[str, tuple[list[float], list[float]]]] = {}
        for record in part.to_dict("records"):
            baseline = record.get("baseline_s")
            if baseline is None or not np.isfinite(baseline) or baseline <= 0:
                continue
            for ranks, runtime in _as_mapping(record.get("runtime_s")).items():
                if runtime is not None and np.isfinite(runtime) and runtime > 0:
                    own, ref = pairs.setdefault(str(ranks), {}).setdefault(record["problem"], ([], []))
                    own.append(float(runtime))
                    ref.append(float(baseline))
        for ranks in sorted(pairs, key=key_order):
            problems = pairs[ranks]
            ratio = stats.paired_ratio([float(np.median(problems[p][0])) for p in problems],
                                       [float(np.median(problems[p][1])) for p in problems], level)
            rows.append({"model": model, "paradigm": paradigm, "ranks": key_workers(ranks), "layout": ranks,
                         "problems": ratio.n,
                         "runtime_ratio": ratio.estimate, "ci_low": ratio.low, "ci_high": ratio.high,
                         "interval": ratio.method})
    return pd.DataFrame(rows, columns=["model", "paradigm", "ranks", "layout", "problems", "runtime_ratio", "ci_low",
                                       "ci_high", "interval"])
