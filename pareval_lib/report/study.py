"""The report's data: a study's settings, our results and the published numbers as DataFrames.

:class:`Study` holds what the notebooks share (models, problems, paths, evaluation settings) and
runs the missing generations and evaluations. The functions below turn results records and the
published counts into the frames that :mod:`pareval_lib.analysis.figures` draws and the notebooks show.
Every frame that has two flavours carries a ``source`` column: :data:`PUBLISHED` or :data:`OURS`.
Count tables (sections 3.1-4.2) come from :mod:`pareval_lib.analysis.tables`; this module adds what the
report needs beyond them (per-domain breakdowns, Cohen's d matrices, bootstrapped speedups,
measured memory, generation throughput).
"""

from __future__ import annotations

import itertools
import json
import math
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from pareval_lib.analysis import published, stats, tables
from pareval_lib.paths import data_dir as default_data_dir
from pareval_lib.problems.catalogue import DOMAINS, PARADIGMS, Problem, all_problems, select_problems

__all__ = [
    "OURS",
    "PUBLISHED",
    "ReportData",
    "Study",
    "at_k_tables",
    "benchmark_summary",
    "bootstrap_speedups",
    "cohens_d_matrix",
    "combine",
    "domain_breakdown",
    "domain_pivot",
    "generation_throughput",
    "group_rate_tables",
    "interval_data",
    "load_resources",
    "load_results",
    "mcnemar_pairs",
    "memory_ratios",
    "memory_table",
    "our_model_table",
    "oversubscription",
    "paradigm_gap_table",
    "paradigm_rates",
    "problem_counts",
    "problem_table",
    "published_benchmark_summary",
    "published_domain_table",
    "published_model_table",
    "runtime_data",
    "speedup_data",
    "status_table",
    "vram_efficiency",
    "with_printed_intervals",
    "with_printed_perf_per_gb",
]

from pareval_lib.analysis.published import OUR_GROUP, OURS, PUBLISHED  # noqa: E402  (one place: analysis)

ProgressFn = Callable[[str], None]


def _print(line: str) -> None:
    print(line, flush=True)


# --------------------------------------------------------------------------------------------
# The study: settings shared by the notebooks
# --------------------------------------------------------------------------------------------


def _as_list(value: str | Iterable[Any] | None) -> list[Any] | None:
    """A list from a comma-separated string, an iterable or None (None stays None)."""
    if value is None:
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return list(value)


@dataclass
class Study:
    """One report's settings: which models, problems and paradigms, where data and outputs go.

    Notebooks build it from their papermill parameters (``Study.from_params(**params)``);
    ``problems`` (ids) and ``domains`` narrow the catalogue, ``problem_limit`` keeps the first N.
    """

    models: list[str] = field(default_factory=lambda: ["smollm2-135m-q4", "reference"])
    problems: list[str] | None = None
    problem_limit: int | None = None
    domains: list[str] | None = None
    paradigms: tuple[str, ...] = PARADIGMS
    ranks: tuple[int, ...] = (1, 2, 4)
    samples: int = 1
    jobs: int = 2
    reps: int = 3
    warmup: int = 1
    size: int | None = None
    data_dir: Path = field(default_factory=default_data_dir)
    out_dir: Path = Path("reports")
    highlight: str | None = "smollm2-135m-q4"
    published_highlight: str | None = "H2looP v0.1-coder"
    published_reference: str = "H2looP v0.1-multimodal"
    models_file: str | None = None
    max_tokens: int | None = None
    include_published: bool = True

    @classmethod
    def from_params(cls, **params: Any) -> "Study":
        """A study from notebook parameters; unknown names are ignored, lists may be CSV text."""
        known = {name for name in cls.__dataclass_fields__}
        chosen = {key: value for key, value in params.items() if key in known}
        for key in ("models", "problems", "domains"):
            if key in chosen:
                chosen[key] = _as_list(chosen[key])
        if "paradigms" in chosen:
            chosen["paradigms"] = tuple(_as_list(chosen["paradigms"]) or PARADIGMS)
        if "ranks" in chosen:
            chosen["ranks"] = tuple(int(r) for r in _as_list(chosen["ranks"]) or (1, 2, 4))
        for key in ("data_dir", "out_dir"):
            if chosen.get(key) is not None:
                chosen[key] = Path(chosen[key])
            else:
                chosen.pop(key, None)
        study = cls(**chosen)
        unknown = sorted(set(study.paradigms) - set(PARADIGMS))
        if unknown:
            raise ValueError(f"unknown paradigm(s) {unknown}; expected some of {list(PARADIGMS)}")
        return study

    # -- selections ---------------------------------------------------------------------------

    def problem_list(self) -> list[Problem]:
        """The selected problems, in catalogue order (domain, then id)."""
        chosen = select_problems(self.problems, self.domains) if (self.problems or self.domains) else all_problems()
        if self.problem_limit is not None:
            chosen = chosen[: int(self.problem_limit)]
        return chosen

    def problem_ids(self) -> list[str]:
        return [problem.id for problem in self.problem_list()]

    def highlighted(self) -> set[str]:
        """Names drawn highlighted: our highlighted model and the published one."""
        return {name for name in (self.highlight, self.published_highlight) if name}

    # -- paths --------------------------------------------------------------------------------

    def generations_path(self, model: str) -> Path:
        return self.data_dir / "generations" / f"{model}.jsonl"

    def results_path(self, model: str) -> Path:
        return self.data_dir / "results" / f"{model}.jsonl"

    def resources_path(self, model: str) -> Path:
        return self.data_dir / "generations" / f"{model}.resources.json"

    @property
    def tables_dir(self) -> Path:
        return self.out_dir / "tables"

    @property
    def figures_dir(self) -> Path:
        return self.out_dir / "figures"

    def save_table(self, frame: pd.DataFrame, name: str) -> Path:
        """Write ``frame`` to ``tables/NAME.csv`` (raw values, column names as computed)."""
        self.tables_dir.mkdir(parents=True, exist_ok=True)
        path = self.tables_dir / f"{name}.csv"
        frame.to_csv(path, index=not isinstance(frame.index, pd.RangeIndex))
        return path

    def save_figure(self, figure: Any, name: str) -> list[Path]:
        """Write ``figure`` as ``figures/NAME.png`` and ``.svg``; returns both paths."""
        self.figures_dir.mkdir(parents=True, exist_ok=True)
        paths = [self.figures_dir / f"{name}.{ext}" for ext in ("png", "svg")]
        for path in paths:
            figure.savefig(path, dpi=150 if path.suffix == ".png" else None, bbox_inches="tight")
        return paths

    # -- running what is missing --------------------------------------------------------------

    def generate_missing(self, progress: ProgressFn | None = _print) -> pd.DataFrame:
        """Generate every missing (problem, paradigm, sample) of each model; one status row each.

        A model that cannot be generated with (unknown name, backend not configured) gets status
        ``unavailable`` and its message; what it already generated is still evaluated.
        """
        from pareval_lib.errors import ModelCrashed, ParevalError
        from pareval_lib.generation.generate import generate

        problems = self.problem_list()
        rows = []
        crashes = []
        for model in self.models:
            path = self.generations_path(model)
            before = _count_lines(path)
            started = time.monotonic()
            if progress:
                progress(f"generate {model}: {len(problems)} problems x {len(self.paradigms)} paradigms "
                         f"x {self.samples} samples ({before} records already there)")
            options: dict[str, Any] = {}
            if self.models_file:
                options["models_file"] = self.models_file
            if self.max_tokens:
                options["max_tokens"] = int(self.max_tokens)
            status, message = "ok", ""
            try:
                generate(model, problems, tuple(self.paradigms), int(self.samples), path,
                         _generation_progress(model, progress), **options)
            except ModelCrashed as exc:
                status, message = "crashed", str(exc)
                crashes.append(message)
            except ParevalError as exc:
                status, message = "unavailable", str(exc)
            after = _count_lines(path)
            rows.append({"model": model, "status": status, "new_generations": after - before,
                         "generations": after, "seconds": round(time.monotonic() - started, 1),
                         "message": message})
            if progress:
                progress(f"generate {model}: {status}, {after - before} new, {after} in {path}"
                         + (f" ({message})" if message else ""))
        if crashes:  # a crashed runtime ends the stage with its one line; finished generations are kept
            raise ModelCrashed(crashes[0])
        return pd.DataFrame(rows)

    def evaluate_missing(self, progress: ProgressFn | None = _print) -> pd.DataFrame:
        """Evaluate every generation not yet in each model's results file; one status row each."""
        from pareval_lib.evaluation.engine import EvalConfig, evaluate
        from pareval_lib.errors import ParevalError

        config = EvalConfig(ranks=tuple(self.ranks), jobs=int(self.jobs), reps=int(self.reps),
                            warmup=int(self.warmup), size=self.size)
        rows = []
        for model in self.models:
            generations = self.generations_path(model)
            if not generations.exists():
                rows.append({"model": model, "status": "no generations", "evaluated": 0, "skipped": 0,
                             "seconds": 0.0, "message": f"{generations} does not exist"})
                continue
            selected = _selected_generations(generations, set(self.problem_ids()), set(self.paradigms),
                                             int(self.samples))
            started = time.monotonic()
            status, message, evaluated, skipped = "ok", "", 0, 0
            try:
                summary = evaluate(selected, self.results_path(model), config,
                                   progress=_evaluation_progress(model, progress))
                evaluated, skipped = summary.evaluated, summary.skipped
                notes = []
                if summary.bad_lines:
                    notes.append(f"{len(summary.bad_lines)} bad generation lines skipped")
                if summary.refused:
                    notes.append(f"{len(summary.refused)} refused up front ({summary.refused[0]})")
                if summary.harness_errors:
                    notes.append(f"{len(summary.harness_errors)} harness errors, not the model's fault and retried "
                                 f"on the next run ({summary.harness_errors[0]})")
                message = "; ".join(notes)
            except ParevalError as exc:
                status, message = "failed", str(exc)
            finally:
                selected.unlink(missing_ok=True)
            rows.append({"model": model, "status": status, "evaluated": evaluated, "skipped": skipped,
                         "seconds": round(time.monotonic() - started, 1), "message": message})
            if progress:
                progress(f"evaluate {model}: {status}, {evaluated} new, {skipped} already done"
                         + (f" ({message})" if message else ""))
        return pd.DataFrame(rows)

    # -- loading ------------------------------------------------------------------------------

    def available_models(self) -> list[str]:
        """Our models that have results for the selection, in the order asked for."""
        results = self.results()
        present = set(results["model"]) if not results.empty else set()
        return [model for model in self.models if model in present]

    def results(self) -> pd.DataFrame:
        """Our results records for the selected models, problems, paradigms and samples."""
        frames = []
        for model in self.models:
            path = self.results_path(model)
            if path.exists():
                frames.append(load_results(path))
        if not frames:
            return pd.DataFrame(columns=[*tables.REQUIRED_RESULT_COLUMNS, "domain", "status"])
        frame = pd.concat(frames, ignore_index=True)
        keep = (
            frame["model"].isin(self.models)
            & frame["problem"].isin(self.problem_ids())
            & frame["paradigm"].isin(self.paradigms)
            & (frame["sample"] < int(self.samples))
        )
        frame = frame[keep]
        frame = frame.drop_duplicates(["model", "problem", "paradigm", "sample"], keep="last")
        return frame.reset_index(drop=True)

def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with open(path, encoding="utf-8", errors="replace") as handle:
        return sum(1 for line in handle if line.strip())


def _generation_progress(model: str, progress: ProgressFn | None) -> Callable[[dict[str, Any]], None] | None:
    if progress is None:
        return None
    started, count = time.monotonic(), itertools.count(1)

    def report(record: dict[str, Any]) -> None:
        done = next(count)
        elapsed = time.monotonic() - started
        progress(f"  {model} #{done}: {record['problem']} {record['paradigm']} sample {record['sample']} "
                 f"({elapsed:.0f} s so far)")

    return report


def _evaluation_progress(model: str, progress: ProgressFn | None) -> Callable[[dict[str, Any]], None] | None:
    if progress is None:
        return None
    count = itertools.count(1)

    def report(record: dict[str, Any]) -> None:
        progress(f"  {model} #{next(count)}: {record['problem']} {record['paradigm']}: {record['status']}")

    return report


def _selected_generations(path: Path, problems: set[str], paradigms: set[str], samples: int) -> Path:
    """The lines of ``path`` in the selection, copied to a temporary file (the caller deletes it)."""
    kept = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a torn line: generate repairs it, the engine would only complain
            if not isinstance(record, dict):
                continue
            if (record.get("problem") in problems and record.get("paradigm") in paradigms
                    and isinstance(record.get("sample"), int) and record["sample"] < samples):
                kept.append(line if line.endswith("\n") else line + "\n")
    handle, name = tempfile.mkstemp(prefix=f"{path.stem}.", suffix=".selected.jsonl")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write("".join(kept))
    return Path(name)


def load_results(path: Path) -> pd.DataFrame:
    """Every complete record of a results file as a DataFrame (a torn last line and harness errors are left out)."""
    records = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            # a harness error is pareval's or the machine's failure, not the model's: never counted
            if isinstance(record, dict) and record.get("status") != "harness_error":
                records.append(record)
    if not records:
        return pd.DataFrame(columns=[*tables.REQUIRED_RESULT_COLUMNS, "domain", "status"])
    return tables.results_frame(records)


# --------------------------------------------------------------------------------------------
# Section 1: problems
# --------------------------------------------------------------------------------------------


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


def published_domain_table(problems: Sequence[Problem]) -> pd.DataFrame:
    """Section 1.3's domain table, with how many of our problems fall in each domain."""
    domains = published.load_domains()
    ours = problem_counts(problems).set_index("domain")["problems"]
    by_first_word = {name.split()[0].casefold(): name for name in DOMAINS.values()}
    by_first_word["fast"] = DOMAINS["fft"]
    matched = [by_first_word.get(name.split()[0].casefold()) for name in domains["domain"]]
    domains["our_domain"] = matched
    domains["our_problems"] = [int(ours.get(name, 0)) if name else 0 for name in matched]
    return domains


# --------------------------------------------------------------------------------------------
# Section 2: models, memory and throughput
# --------------------------------------------------------------------------------------------


def published_model_table() -> pd.DataFrame:
    """Section 2.1: the seed report's models, parameters, declared VRAM and group."""
    models = published.load_models()
    return models[["model", "params_b", "active_params_b", "vram_gb", "group", "quantisation"]].copy()


def load_resources(path: Path) -> dict[str, Any]:
    """The ``NAME.resources.json`` written beside a model's generations ({} if absent/unreadable)."""
    try:
        data = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _registry_rows(models_file: str | None) -> dict[str, dict[str, Any]]:
    try:
        from pareval_lib.generation.registry import registry_table
    except ImportError:  # registry not there: report what the generations say
        return {}
    try:
        return {row["name"]: row for row in registry_table(models_file)}
    except Exception:  # a broken models file must not stop the report; section 2 says so
        return {}


def our_model_table(study: Study) -> pd.DataFrame:
    """Our models: registry facts (backend, size, quantisation, declared VRAM) and measured memory.

    ``measured_memory_gb`` is the peak GPU memory when a GPU was used, else the peak resident
    memory of the generating process (``memory_kind`` says which).
    """
    registry = _registry_rows(study.models_file)
    rows = []
    for model in study.models:
        entry = registry.get(model, {})
        summary = load_resources(study.resources_path(model)).get("summary", {})
        gpu, rss = summary.get("peak_gpu_gb"), summary.get("peak_rss_gb")
        rows.append(
            {
                "model": model,
                "display_name": entry.get("display_name") or model,
                "in_registry": bool(entry),
                "backend": entry.get("backend"),
                "params_b": entry.get("params_b"),
                "quantisation": entry.get("quantisation"),
                "declared_vram_gb": entry.get("vram_gb"),
                "measured_memory_gb": gpu if gpu else rss,
                "memory_kind": "peak GPU memory" if gpu else ("peak resident memory (CPU)" if rss else None),
                "tokens_per_s": summary.get("tokens_per_s"),
                "generations": _count_lines(study.generations_path(model)),
            }
        )
    return pd.DataFrame(rows)


def generation_throughput(study: Study) -> pd.DataFrame:
    """Per model: generations, completion tokens, generation seconds and tokens per second."""
    rows = []
    for model in study.models:
        path = study.generations_path(model)
        tokens, seconds, count, backends = 0, 0.0, 0, set()
        if path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                count += 1
                usage = record.get("usage") or {}
                tokens += int(usage.get("completion_tokens") or 0)
                seconds += float(record.get("gen_seconds") or 0.0)
                if record.get("backend"):
                    backends.add(record["backend"])
        rows.append(
            {
                "model": model,
                "backend": ", ".join(sorted(backends)),
                "generations": count,
                "completion_tokens": tokens,
                "gen_seconds": round(seconds, 2),
                "tokens_per_s": round(tokens / seconds, 2) if seconds > 0 and tokens else math.nan,
                "seconds_per_generation": round(seconds / count, 2) if count and seconds > 0 else math.nan,
            }
        )
    return pd.DataFrame(rows)


def memory_table(study: Study, include_published: bool = True) -> pd.DataFrame:
    """Memory per model for the VRAM figures: published declared VRAM and our measured memory.

    Columns: model, memory_gb, memory_kind, source. Our models without a measurement fall back
    to the registry's declared VRAM; models with neither are left out.
    """
    rows = []
    if include_published:
        for row in published.load_models().itertuples(index=False):
            if not pd.isna(row.vram_gb):
                rows.append({"model": row.model, "memory_gb": float(row.vram_gb),
                             "memory_kind": "declared VRAM", "source": PUBLISHED})
    for row in our_model_table(study).itertuples(index=False):
        if row.measured_memory_gb:
            rows.append({"model": row.model, "memory_gb": float(row.measured_memory_gb),
                         "memory_kind": f"measured {row.memory_kind}", "source": OURS})
        elif row.declared_vram_gb:
            rows.append({"model": row.model, "memory_gb": float(row.declared_vram_gb),
                         "memory_kind": "declared VRAM", "source": OURS})
    return pd.DataFrame(rows, columns=["model", "memory_gb", "memory_kind", "source"])


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


# --------------------------------------------------------------------------------------------
# Section 3: rates, statuses, runtimes, domains
# --------------------------------------------------------------------------------------------


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


def status_table(results: pd.DataFrame) -> pd.DataFrame:
    """Outcome counts per model and paradigm (statuses as columns), with the prompt total."""
    if results.empty:
        return pd.DataFrame()
    table = pd.crosstab([results["model"], results["paradigm"]], results["status"])
    table.columns = [str(column) for column in table.columns]
    table["prompts"] = table.sum(axis=1)
    return table.reset_index()


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


def oversubscription(results: pd.DataFrame) -> dict[str, Any]:
    """Cores seen and the rank counts that exceeded them (those MPI timings are oversubscribed)."""
    if results.empty or "cores" not in results:
        return {"cores": None, "oversubscribed_ranks": [], "records": 0}
    ranks = sorted({int(r) for value in results.get("oversubscribed", []) if isinstance(value, list) for r in value})
    flagged = int(sum(1 for value in results.get("oversubscribed", []) if isinstance(value, list) and value))
    cores = sorted({int(c) for c in results["cores"].dropna()})
    return {"cores": cores, "oversubscribed_ranks": ranks, "records": flagged}


# --------------------------------------------------------------------------------------------
# Runtimes and speedups
# --------------------------------------------------------------------------------------------


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
            try:
                low, high = stats.bootstrap_ci(array, level=level, n_resamples=n_resamples)
            except Exception:  # a degenerate resample distribution: report the point estimate only
                low = high = math.nan
        rows.append({"model": model, "ranks": ranks, "problems": int(array.size),
                     "geomean_speedup": float(stats.geometric_mean(array)), "mean_speedup": float(array.mean()),
                     "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows, columns=["model", "ranks", "problems", "geomean_speedup", "mean_speedup",
                                       "ci_low", "ci_high"])


def speedup_data(published_counts: published.Counts | None, results: pd.DataFrame | None) -> pd.DataFrame:
    """Speedup against the serial reference by rank count, both flavours (long form).

    Published: the seed's arithmetic mean speedups at 2 and 4 ranks (no interval). Ours: the
    geometric mean over problems with its bootstrap interval, at every rank count run.
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
        for row in bootstrap_speedups(results).to_dict("records"):
            rows.append({"model": row["model"], "ranks": int(row["ranks"]), "speedup": row["geomean_speedup"],
                         "ci_low": row["ci_low"], "ci_high": row["ci_high"], "statistic": "geometric mean",
                         "source": OURS})
    return pd.DataFrame(rows, columns=["model", "ranks", "speedup", "ci_low", "ci_high", "statistic", "source"])


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


# --------------------------------------------------------------------------------------------
# Benchmark summaries (section 1)
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


def benchmark_summary(study: Study) -> pd.DataFrame:
    """The same facts for this study's selection."""
    problems = study.problem_list()
    domains = sorted({p.domain_name for p in problems})
    return pd.DataFrame(
        [
            ("problems", str(len(problems))),
            ("prompts", f"{len(problems) * len(study.paradigms)} ({' + '.join(f'{len(problems)} {p}' for p in study.paradigms)})"),
            ("domains", f"{len(domains)} of {len(DOMAINS)}"),
            ("paradigms", ", ".join(study.paradigms)),
            ("language", "C++"),
            ("MPI ranks", ", ".join(str(r) for r in study.ranks)),
            ("samples per prompt", str(study.samples)),
        ],
        columns=["quantity", "value"],
    )


# --------------------------------------------------------------------------------------------
# Everything the tables and figures need, for a selection of models, domains and paradigms
# --------------------------------------------------------------------------------------------


def _subset_published(counts: published.Counts, models: set[str] | None, paradigms: Sequence[str]) -> published.Counts:
    """Published counts of ``models``; with one paradigm chosen its rows stand in for "all"."""
    def keep(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["model"].isin(models)] if models is not None else frame

    builds, validation, runtime = keep(counts.builds), keep(counts.validation), keep(counts.runtime)
    if len(paradigms) == 1:
        (only,) = paradigms
        builds = builds[builds["paradigm"] != "all"]
        builds = pd.concat([builds, builds[builds["paradigm"] == only].assign(paradigm="all")], ignore_index=True)
        runtime = runtime[runtime["paradigm"] == only]
    return published.Counts(builds.reset_index(drop=True), validation.reset_index(drop=True),
                            runtime.reset_index(drop=True))


@dataclass
class ReportData:
    """Our results and the published counts for one selection, and every frame built from them.

    Methods return ``(published, ours)`` pairs for tables shown side by side, or one long frame
    with a ``source`` column for figures. Either side is None/empty when there is nothing.
    """

    study: Study
    results: pd.DataFrame
    ours: published.Counts | None
    published: published.Counts | None

    @classmethod
    def load(
        cls,
        study: Study,
        models: Iterable[str] | None = None,
        domains: Iterable[str] | None = None,
        paradigms: Iterable[str] | None = None,
    ) -> "ReportData":
        """Data of ``study``, optionally narrowed to some models (ours or published), domains
        (slugs or names; our results only, the seed report has no per-domain counts) and paradigms."""
        chosen_paradigms = tuple(paradigms) if paradigms is not None else tuple(study.paradigms)
        results = study.results()
        if not results.empty:
            results = results[results["paradigm"].isin(chosen_paradigms)]
            if models is not None:
                results = results[results["model"].isin(set(models))]
            if domains is not None:
                wanted = set(domains)
                results = results[results["domain"].isin(wanted) | results["domain"].map(DOMAINS).isin(wanted)]
            results = results.reset_index(drop=True)
        ours = tables.counts_from_results(results) if not results.empty else None
        chosen_published = None
        if study.include_published:
            full = published.load_counts()
            chosen_published = _subset_published(full, set(models) if models is not None else None, chosen_paradigms)
            if chosen_published.builds.empty:
                chosen_published = None
        return cls(study, results, ours, chosen_published)

    # -- helpers --------------------------------------------------------------------------------

    def _pair(self, make: Callable[[published.Counts, str], pd.DataFrame]) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        left = _safe(make, self.published, PUBLISHED) if self.published is not None else None
        right = _safe(make, self.ours, OURS) if self.ours is not None else None
        return left, right

    @property
    def our_models(self) -> list[str]:
        return list(dict.fromkeys(self.results["model"])) if not self.results.empty else []

    def our_reference(self) -> str | None:
        models = self.our_models
        if not models:
            return None
        return self.study.highlight if self.study.highlight in models else models[0]

    def published_reference(self) -> str | None:
        if self.published is None:
            return None
        names = list(self.published.builds["model"].drop_duplicates())
        wanted = self.study.published_reference
        return wanted if wanted in names else (names[0] if names else None)

    # -- tables -------------------------------------------------------------------------------

    def rate_tables(self, kind: str = "build", paradigm: str = "all") -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        """Build (``kind="build"``) or validation rate tables per group, published and ours."""
        return self._pair(lambda counts, source: group_rate_tables(counts, kind, paradigm, source, self.study.models_file))

    def paradigm_gap(self) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        return self._pair(lambda counts, source: paradigm_gap_table(counts))

    def runtime_tables(self) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        return self._pair(lambda counts, source: tables.runtime_table(counts))

    def interval_tables(self, method: str = "wilson") -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        return self._pair(lambda counts, source: tables.interval_table(counts, method=method))

    def cohens_d_tables(self) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        """Cohen's d (and h) of each model against the published / our reference model."""
        def make(counts: published.Counts, source: str) -> pd.DataFrame:
            reference = self.published_reference() if source == PUBLISHED else self.our_reference()
            return tables.cohens_d_table(counts, reference=reference).assign(reference=reference)

        return self._pair(make)

    def effect_matrices(self, effect: str = "d") -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        return self._pair(lambda counts, source: cohens_d_matrix(counts, effect=effect))

    def effect_pairs(self, effect: str = "d") -> pd.DataFrame:
        """Both effect-size matrices in long form (source, model, other, value) for the heatmap."""
        frames = []
        for source, matrix in zip((PUBLISHED, OURS), self.effect_matrices(effect)):
            if matrix is not None:
                long = matrix.rename_axis(index="model", columns="other").stack()
                frames.append(long.rename("value").reset_index().assign(source=source))
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["model", "other", "value",
                                                                                         "source"])

    def highlighted_published_models(self) -> set[str]:
        """The seed report's highlighted group (H2looP) and the published highlighted model."""
        models = published.load_models()
        group = set(models.loc[models["group"] == published.HIGHLIGHT_GROUP, "model"])
        return group | ({self.study.published_highlight} if self.study.published_highlight else set())

    def memory(self) -> pd.DataFrame:
        return memory_table(self.study, include_published=self.published is not None)

    def vram_tables(self) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
        """Build success per GB, published (declared VRAM) and ours (measured memory)."""
        memory = self.memory()
        left = right = None
        if self.published is not None:
            left = vram_efficiency(self.published, memory[memory["source"] == PUBLISHED],
                                   self.study.published_highlight or "H2looP v0.1-coder")
        if self.ours is not None:
            right = vram_efficiency(self.ours, memory[memory["source"] == OURS], self.our_reference())
        return left, right

    def domain_table(self) -> pd.DataFrame:
        return domain_breakdown(self.results)

    # -- long frames for figures --------------------------------------------------------------

    def rate_bars(self, kind: str = "build", paradigm: str = "all") -> pd.DataFrame:
        return combine(*self.rate_tables(kind, paradigm))

    def paradigm_rates(self, metric: str = "build") -> pd.DataFrame:
        return combine(*self._pair(lambda counts, source: paradigm_rates(counts, metric)))

    def intervals(self, method: str = "wilson") -> pd.DataFrame:
        left, right = self._pair(lambda counts, source: interval_data(counts, source, method))
        return combine(left, right)

    def cohens_d(self) -> pd.DataFrame:
        return combine(*self.cohens_d_tables())

    def vram_points(self) -> pd.DataFrame:
        """Build rate against memory for every model that has both (figure 5.1)."""
        memory = self.memory()
        frames = []
        for source, counts in ((PUBLISHED, self.published), (OURS, self.ours)):
            if counts is None:
                continue
            rates = tables.build_rate_table(counts).rename(columns={"build_rate_pct": "rate_pct"})
            points = rates[["model", "rate_pct"]].merge(memory[memory["source"] == source], on="model")
            frames.append(points)
        frames = [f for f in frames if not f.empty]
        if not frames:
            return pd.DataFrame(columns=["model", "rate_pct", "memory_gb", "memory_kind", "source"])
        return pd.concat(frames, ignore_index=True)

    def runtimes(self) -> pd.DataFrame:
        frames = [runtime_data(counts, source) for source, counts in ((PUBLISHED, self.published), (OURS, self.ours))
                  if counts is not None]
        frames = [f for f in frames if not f.empty]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=RUNTIME_DATA_COLUMNS)

    def speedups(self) -> pd.DataFrame:
        return speedup_data(self.published, self.results if not self.results.empty else None)

    def published_paradigm_rates(self, model: str | None) -> pd.DataFrame:
        """Overall serial/MPI build and pass rates of one published model (domain-profile reference lines)."""
        if self.published is None or model is None:
            return pd.DataFrame(columns=["model", "paradigm", "rate_pct", "metric"])
        rates = paradigm_rates(self.published, "build")
        return rates[rates["model"] == model].assign(metric="build")


def _safe(make: Callable[[published.Counts, str], pd.DataFrame], counts: published.Counts, source: str) -> pd.DataFrame | None:
    """``make(counts, source)``, or None when the counts cannot give that table (e.g. no MPI rows)."""
    try:
        frame = make(counts, source)
    except (KeyError, ValueError):
        return None
    return frame if frame is not None and not frame.empty else None


# --------------------------------------------------------------------------------------------
# Further tables of sections 2-4
# --------------------------------------------------------------------------------------------


def memory_ratios(memory: pd.DataFrame, study: Study) -> tuple[pd.DataFrame | None, pd.DataFrame | None]:
    """Memory relative to the highlighted model (section 2.1's "VRAM efficiency ratio").

    Published: declared VRAM over the published highlighted model's, with the ratio the seed
    report printed; ours: measured (or declared) memory over our highlighted model's (or the first
    model with a figure).
    """
    def ratios(rows: pd.DataFrame, reference: str | None) -> pd.DataFrame | None:
        if rows.empty:
            return None
        if reference not in set(rows["model"]):
            reference = rows["model"].iloc[0]
        base = float(rows.loc[rows["model"] == reference, "memory_gb"].iloc[0])
        out = rows.assign(reference=reference, vram_ratio=rows["memory_gb"] / base)
        return out.sort_values("memory_gb").reset_index(drop=True)

    left = ratios(memory[memory["source"] == PUBLISHED], study.published_highlight)
    if left is not None:
        printed = published.load_vram_ratios()[["model", "vram_ratio_printed"]]
        left = left.merge(printed, on="model", how="left")
    right = ratios(memory[memory["source"] == OURS], study.highlight)
    return left, right


def domain_pivot(domains: pd.DataFrame) -> pd.DataFrame:
    """:func:`domain_breakdown` with serial and MPI side by side: one row per model and domain."""
    if domains.empty:
        return domains
    wide = domains.pivot_table(index=["model", "domain"], columns="paradigm",
                               values=["build_rate_pct", "pass_rate_pct", "prompts"], aggfunc="first")
    wide.columns = [f"{paradigm}_{value}" for value, paradigm in wide.columns]
    order = [f"{p}_{v}" for v in ("prompts", "build_rate_pct", "pass_rate_pct") for p in PARADIGMS]
    return wide[[c for c in order if c in wide.columns]].reset_index()


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


def with_printed_perf_per_gb(table: pd.DataFrame | None) -> pd.DataFrame | None:
    """Published build-per-GB table plus the seed report's printed column (3.4.1)."""
    if table is None or table.empty:
        return table
    printed = published.load_perf_per_gb()[["model", "perf_per_gb_text", "efficiency_ratio_printed"]]
    return table.merge(printed, on="model", how="left")


def mcnemar_pairs(results: pd.DataFrame, outcome: str = "valid") -> pd.DataFrame:
    """Exact McNemar tests between every pair of our models, Holm-corrected (empty with < 2 models)."""
    if results.empty or results["model"].nunique() < 2:
        return pd.DataFrame()
    return tables.mcnemar_table(results, outcome=outcome)


def at_k_tables(results: pd.DataFrame, samples: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """pass@k and ParEval's speedup@k / efficiency@k for k = 1 and k = samples."""
    if results.empty:
        return pd.DataFrame(), pd.DataFrame()
    ks = sorted({1, max(1, int(samples))})
    return tables.pass_at_k_table(results, ks=ks), tables.speedup_at_k_table(results, ks=ks)
