"""A study: one report's settings (models, problems, paradigms, evaluation, paths) and its runs.

:class:`Study` is what the stage notebooks share. They build it from their parameters
(:meth:`Study.from_params`; defaults are :data:`pareval_lib.report.params.DEFAULT_PARAMS`); it
names the generations, results and resources files of each model, generates and evaluates what
is missing (:meth:`Study.generate_missing`, :meth:`Study.evaluate_missing`), loads the results
of its selection (:meth:`Study.results`) and saves tables and figures under its output folder.
The frames built from those results are in :mod:`pareval_lib.report.data`.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import pandas as pd

from pareval_lib import store
from pareval_lib.analysis import tables
from pareval_lib.analysis.results import load_results
from pareval_lib.paths import data_dir as default_data_dir
from pareval_lib.problems.catalogue import PARADIGMS, Problem, all_problems, select_problems
from pareval_lib.problems.paradigms import parse_hybrid
from pareval_lib.report.params import DEFAULT_PARAMS

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
    Every default is the one in :data:`~pareval_lib.report.params.DEFAULT_PARAMS`.
    """

    models: list[str] = field(default_factory=lambda: list(DEFAULT_PARAMS["models"]))
    problems: list[str] | None = DEFAULT_PARAMS["problems"]
    problem_limit: int | None = DEFAULT_PARAMS["problem_limit"]
    domains: list[str] | None = DEFAULT_PARAMS["domains"]
    paradigms: tuple[str, ...] = tuple(DEFAULT_PARAMS["paradigms"])
    ranks: tuple[int, ...] = tuple(DEFAULT_PARAMS["ranks"])
    threads: tuple[int, ...] = tuple(DEFAULT_PARAMS["threads"])
    hybrid: tuple[str, ...] = tuple(DEFAULT_PARAMS["hybrid"])
    samples: int = DEFAULT_PARAMS["samples"]
    jobs: int = DEFAULT_PARAMS["jobs"]
    reps: int = DEFAULT_PARAMS["reps"]
    warmup: int = DEFAULT_PARAMS["warmup"]
    size: int | None = DEFAULT_PARAMS["size"]
    executor: str = DEFAULT_PARAMS["executor"]
    workers: int = DEFAULT_PARAMS["workers"]
    scheduler: str | None = DEFAULT_PARAMS["scheduler"]
    cluster_config: str | None = DEFAULT_PARAMS["cluster_config"]
    data_dir: Path = field(default_factory=default_data_dir)  # DEFAULT_PARAMS["data_dir"] is None: this
    out_dir: Path = Path(DEFAULT_PARAMS["out_dir"])
    highlight: str | None = DEFAULT_PARAMS["highlight"]
    published_highlight: str | None = DEFAULT_PARAMS["published_highlight"]
    published_reference: str = DEFAULT_PARAMS["published_reference"]
    models_file: str | None = DEFAULT_PARAMS["models_file"]
    max_tokens: int | None = DEFAULT_PARAMS["max_tokens"]
    include_published: bool = DEFAULT_PARAMS["include_published"]
    unanswered: str = DEFAULT_PARAMS["unanswered"]

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
        for key in ("ranks", "threads"):
            if key in chosen:
                chosen[key] = tuple(int(r) for r in _as_list(chosen[key]) or DEFAULT_PARAMS[key])
        if "hybrid" in chosen:
            chosen["hybrid"] = tuple(f"{r}x{t}" for r, t in parse_hybrid(_as_list(chosen["hybrid"]) or DEFAULT_PARAMS["hybrid"]))
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
            before = len(store.load_records(path))
            started = time.monotonic()
            if progress:
                progress(f"generate {model}: {len(problems)} problems x {len(self.paradigms)} paradigms "
                         f"x {self.samples} samples ({before} records already there)")
            options: dict[str, Any] = {"strict": False}  # a problem lacking a chosen paradigm gets the others
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
            after = len(store.load_records(path))
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
        from pareval_lib.evaluation.cluster import executor_for
        from pareval_lib.evaluation.engine import EvalConfig

        executor, launcher = executor_for(self.executor, int(self.jobs), tuple(self.ranks), self.scheduler,
                                          int(self.workers), self.cluster_config)
        config = EvalConfig(ranks=tuple(self.ranks), threads=tuple(self.threads), hybrid=parse_hybrid(list(self.hybrid)),
                            jobs=int(self.jobs), reps=int(self.reps),
                            warmup=int(self.warmup), size=self.size, launcher=launcher)
        try:
            return self._evaluate_models(config, executor, progress)
        finally:
            getattr(executor, "close", lambda: None)()

    def _evaluate_models(self, config, executor, progress: ProgressFn | None) -> pd.DataFrame:
        from pareval_lib.evaluation.engine import evaluate
        from pareval_lib.errors import ParevalError

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
                summary = evaluate(selected, self.results_path(model), config, executor,
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

    def unanswered_prompts(self) -> pd.DataFrame:
        """Per model with any generation: the selected (problem, paradigm, sample) it has none for.

        Rates are over the prompts the study asked for, so these count as failures
        (``status="no_generation"``) or stop the report (``unanswered="stop"``). A generation
        whose evaluation pareval itself failed (``harness_error``) is answered: it is left out of
        the denominators and retried, never counted against the model."""
        columns = ["model", "problem", "domain", "paradigm", "sample"]
        asked = [(p.id, p.domain, paradigm, sample) for p in self.problem_list() for paradigm in self.paradigms
                 if paradigm in p.paradigms for sample in range(int(self.samples))]
        rows = []
        for model in self.models:
            answered = {(r.get("problem"), r.get("paradigm"), r.get("sample"))
                        for r in store.load_records(self.generations_path(model))}
            if not answered:
                continue  # never generated: the generation status says so
            rows += [(model, *prompt) for prompt in asked if (prompt[0], prompt[2], prompt[3]) not in answered]
        return pd.DataFrame(rows, columns=columns)

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
    kept = [json.dumps(record, sort_keys=True) + "\n" for record in store.load_records(path)
            if record.get("problem") in problems and record.get("paradigm") in paradigms
            and isinstance(record.get("sample"), int) and record["sample"] < samples]
    handle, name = tempfile.mkstemp(prefix=f"{path.stem}.", suffix=".selected.jsonl")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write("".join(kept))
    return Path(name)
