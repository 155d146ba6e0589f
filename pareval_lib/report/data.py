"""The report's data: a study's results and the published counts, and the frames that need a study.

:class:`ReportData` loads the results of a :class:`~pareval_lib.report.study.Study` and the seed
report's counts, optionally narrowed to some models, domains and paradigms, and returns each table
as a ``(published, ours)`` pair and each figure's data as one long frame with a ``source`` column.
The functions before it need the study itself (its models file, generations and resources files):
our models' registry facts and measured memory, generation throughput, memory ratios, and the
benchmark summary of the selection. Builders that need only frames or counts are in
:mod:`pareval_lib.analysis.views` and :mod:`pareval_lib.analysis.results`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import pandas as pd

from pareval_lib import store
from pareval_lib.analysis import published, tables
from pareval_lib.analysis.published import OURS, PUBLISHED
from pareval_lib.analysis.results import domain_breakdown, load_resources, mixed_settings
from pareval_lib.analysis.views import (
    RUNTIME_DATA_COLUMNS,
    _registry_rows,
    cohens_d_matrix,
    combine,
    group_rate_tables,
    interval_data,
    paradigm_gap_table,
    paradigm_rates,
    runtime_data,
    speedup_data,
    vram_efficiency,
)
from pareval_lib.problems.catalogue import DOMAINS
from pareval_lib.errors import ParevalError
from pareval_lib.report.study import Study


# --------------------------------------------------------------------------------------------
# Frames that need the study: models, memory, throughput, benchmark summary
# --------------------------------------------------------------------------------------------


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
                "generations": len(store.load_records(study.generations_path(model))),
            }
        )
    return pd.DataFrame(rows)


def generation_throughput(study: Study) -> pd.DataFrame:
    """Per model: generations, completion tokens, generation seconds and tokens per second."""
    rows = []
    for model in study.models:
        path = study.generations_path(model)
        tokens, seconds, count, backends = 0, 0.0, 0, set()
        for record in store.load_records(path):
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


#: What a prompt without a generation counts as (``Study.unanswered``).
UNANSWERED = ("count_as_failures", "stop")


def _with_unanswered(study: Study, results: pd.DataFrame) -> pd.DataFrame:
    """``results`` plus one failed ``no_generation`` row per prompt a model left unanswered (or
    the report stops with one line, when the study says ``unanswered="stop"``)."""
    if study.unanswered not in UNANSWERED:
        raise ParevalError(f"unanswered must be one of {', '.join(UNANSWERED)}, got {study.unanswered!r}")
    missing = study.unanswered_prompts()
    if missing.empty:
        return results
    if study.unanswered == "stop":
        per_model = missing.groupby("model").size()
        model, count = per_model.index[0], int(per_model.iloc[0])
        raise ParevalError(f"{model} has no generation for {count} of the prompts asked for (and {len(per_model) - 1} "
                           f"other model(s) likewise); finish generating (pareval generate resumes) or set "
                           f"unanswered='count_as_failures'")
    filler = missing.assign(status="no_generation", built=False, valid=False, log="no generation for this prompt")
    return pd.concat([results, filler], ignore_index=True) if not results.empty else filler


def _subset_published(counts: published.Counts, models: set[str] | None, paradigms: Sequence[str]) -> published.Counts:
    """Published counts of ``models``; with one paradigm chosen its build rows stand in for "all".

    The seed report gives validation counts only for both paradigms together, so with one
    paradigm chosen there are no published validation counts (never the all-paradigm ones
    beside one paradigm's builds)."""
    def keep(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["model"].isin(models)] if models is not None else frame

    builds, validation, runtime = keep(counts.builds), keep(counts.validation), keep(counts.runtime)
    if len(paradigms) == 1:
        (only,) = paradigms
        builds = builds[builds["paradigm"] != "all"]
        builds = pd.concat([builds, builds[builds["paradigm"] == only].assign(paradigm="all")], ignore_index=True)
        runtime = runtime[runtime["paradigm"] == only]
        validation = validation.iloc[0:0]
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
        results = _with_unanswered(study, study.results())
        why = mixed_settings(results)
        if why:
            raise ParevalError(why)
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
        """Serial against MPI build success. Published: from totals, Fisher (unpaired, all that
        totals allow). Ours: paired by problem (McNemar on per-prompt outcomes, Newcombe and
        cluster-bootstrap intervals of the difference), Holm over the models."""
        def make(counts: published.Counts, source: str) -> pd.DataFrame:
            if source == PUBLISHED:
                return paradigm_gap_table(counts)
            return tables.paradigm_gap_paired_table(self.results, outcome="built")

        return self._pair(make)

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
    """``make(counts, source)``; None when it is empty. A builder that raises is a bug, not "no
    numbers": its error is printed in one line (kept in the notebook and the report) and the side
    is left empty."""
    try:
        frame = make(counts, source)
    except tables.NoCounts:
        return None
    except Exception as exc:  # noqa: BLE001 - shown, never swallowed
        tables.print_table_error(source, exc)
        return None
    return frame if frame is not None and not frame.empty else None

