"""`pareval generate`: ask a model for every (problem, paradigm, sample) not yet generated.

Each record is appended to the model's JSON Lines file the moment it exists, so an interrupted run
loses at most the generations in flight and the next run resumes where it stopped.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Union

from pareval_lib import store
from pareval_lib.generation.backends import Backend, Completion, GenerationRequest, SamplingParams, make_backend
from pareval_lib.errors import ModelCrashed, ParevalError
from pareval_lib.paths import data_dir
from pareval_lib.problems.catalogue import PARADIGMS, Problem
from pareval_lib.problems.prompting import render_prompt
from pareval_lib.generation.registry import ModelSpec, get_model
from pareval_lib.generation.resources import ResourceMonitor, machine, record_run, reset_gpu_peak, resources_path

Progress = Union[None, bool, Callable[[dict[str, Any]], None]]


@dataclass
class GenerationSummary:
    """What one run did."""

    path: Path
    generated: int = 0
    skipped: int = 0
    #: Requests the backend had no answer for (a replay file that lacks them).
    unanswered: int = 0
    completion_tokens: int = 0
    gen_seconds: float = 0.0
    resources: dict[str, Any] = field(default_factory=dict)

    @property
    def tokens_per_s(self) -> float | None:
        return self.completion_tokens / self.gen_seconds if self.gen_seconds else None


def generations_path(model: str) -> Path:
    return data_dir() / "generations" / f"{model}.jsonl"


def done_keys(path: Path, model: str) -> set[tuple[str, str, int]]:
    """(problem, paradigm, sample) of every generation of `model` already in `path`."""
    store.repair_torn_tail(path)
    return {(r["problem"], r["paradigm"], r["sample"]) for r in store.load_records(path)
            if r.get("model") == model and store.check_generation(r) is None}


def sampling_params(spec: ModelSpec, **overrides: Any) -> SamplingParams:
    """Built-in defaults, then the registry entry's `defaults`, then explicit (non-None) overrides."""
    chosen = {**spec.defaults, **{k: v for k, v in overrides.items() if v is not None}}
    params = replace(SamplingParams(), **chosen)
    if params.max_tokens < 1 or params.temperature < 0 or not 0 < params.top_p <= 1:
        raise ParevalError(f"bad sampling parameters {params.to_record()}: need max_tokens >= 1, "
                           f"temperature >= 0 and 0 < top_p <= 1")
    return params


def plan(problems: list[Problem], paradigms: tuple[str, ...], samples: int, mode: str,
         params: SamplingParams, done: set[tuple[str, str, int]]) -> list[GenerationRequest]:
    """The requests still to make, sample by sample (every prompt gets sample 0 before any gets 1).

    Sample `s` is drawn with seed `params.seed + s`, so samples differ and each is reproducible.
    """
    return [
        GenerationRequest(problem.id, paradigm, sample, render_prompt(problem, paradigm, mode),
                          replace(params, seed=params.seed + sample))
        for sample in range(samples) for problem in problems for paradigm in paradigms
        if paradigm in problem.paradigms and (problem.id, paradigm, sample) not in done
    ]


def make_record(spec: ModelSpec, backend: Backend, identity: dict[str, Any], completion: Completion) -> dict[str, Any]:
    """The generation record stored for one completion (see DESIGN.md, data contracts)."""
    request = completion.request
    record: dict[str, Any] = {
        "model": spec.name, "problem": request.problem, "paradigm": request.paradigm, "sample": request.sample,
        "output": completion.text, "prompt": request.prompt.to_record(), "params": request.params.to_record(),
        "usage": {"prompt_tokens": completion.prompt_tokens, "completion_tokens": completion.completion_tokens},
        "gen_seconds": None if completion.gen_seconds is None else round(completion.gen_seconds, 4),
        "finish_reason": completion.finish_reason, "backend": backend.name, "model_identity": identity,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if completion.extra:
        record["backend_details"] = completion.extra
    record.update(completion.overrides)
    return record


def _progress_bar(total: int, model: str) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=model, unit="gen", dynamic_ncols=True)


def run_generation(
    model: str | ModelSpec,
    problems: list[Problem],
    paradigms: tuple[str, ...] | None = None,
    samples: int = 1,
    out: Path | None = None,
    progress: Progress = None,
    *,
    models_file: str | Path | None = None,
    temperature: float | None = None,
    top_p: float | None = None,
    max_tokens: int | None = None,
    seed: int | None = None,
    strict: bool = True,
) -> GenerationSummary:
    """Generate what is missing and return a summary (`generate` returns only the file's path).

    `progress`: None for silence, True for a progress bar (tokens/s), or a callable given each record.
    `paradigms`: None for each problem's own (``Problem.paradigms``); named ones must exist unless
    `strict` is False (then a problem without one of them is given only those it has).
    """
    spec = model if isinstance(model, ModelSpec) else get_model(model, models_file)
    if samples < 1:
        raise ParevalError(f"--samples must be at least 1, got {samples}")
    if not problems:
        raise ParevalError("no problems selected")
    lacking = [f"{p.id} ({par})" for p in problems for par in paradigms or () if par not in p.paradigms] \
        if strict else []
    paradigms = tuple(paradigms or PARADIGMS)
    for paradigm in paradigms:
        if paradigm not in PARADIGMS:
            raise ParevalError(f"unknown paradigm {paradigm!r} (expected one of {', '.join(PARADIGMS)})")
    if lacking:
        raise ParevalError(f"{len(lacking)} prompt(s) do not exist, first {lacking[0]}: choose --paradigm among "
                           f"those the problems have")
    out = Path(out) if out is not None else generations_path(spec.name)
    params = sampling_params(spec, temperature=temperature, top_p=top_p, max_tokens=max_tokens, seed=seed)
    done = done_keys(out, spec.name)
    summary = GenerationSummary(out)
    total = sum(par in p.paradigms for p in problems for par in paradigms) * samples
    backend = make_backend(spec)
    requests = plan(problems, tuple(paradigms), samples, backend.mode, params, done)
    summary.skipped = total - len(requests)
    if not requests:
        return summary

    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    monitor = ResourceMonitor()
    bar = None
    identity: dict[str, Any] = {}
    wall_start = time.perf_counter()
    try:
        with monitor:
            reset_gpu_peak()
            identity = backend.start()
            if progress is True:
                bar = _progress_bar(len(requests), spec.name)
            wall_start = time.perf_counter()
            for completion in backend.generate(requests):
                record = make_record(spec, backend, identity, completion)
                store.append_records(out, [record])
                summary.generated += 1
                summary.completion_tokens += completion.completion_tokens or 0
                summary.gen_seconds += completion.gen_seconds or 0.0
                if bar is not None:
                    elapsed = time.perf_counter() - wall_start
                    bar.set_postfix_str(f"{summary.completion_tokens / elapsed:.1f} tok/s" if elapsed else "")
                    bar.update(1)
                elif callable(progress):
                    progress(record)
    except ModelCrashed as exc:
        crashed: ModelCrashed | None = exc
    else:
        crashed = None
    finally:
        if bar is not None:
            bar.close()
        backend.close()
        summary.unanswered = len(requests) - summary.generated
        if summary.generated:
            summary.resources = _record_resources(spec, backend, identity, summary, monitor, started_at,
                                                  time.perf_counter() - wall_start, params)
    if crashed is not None:
        raise ModelCrashed(f"{crashed}; the {summary.generated} generation(s) finished before it are kept in {out}")
    return summary


def _record_resources(spec: ModelSpec, backend: Backend, identity: dict[str, Any], summary: GenerationSummary,
                      monitor: ResourceMonitor, started_at: str, wall_s: float, params: SamplingParams) -> dict[str, Any]:
    """Add this run to `NAME.resources.json` beside the generations file."""
    run: dict[str, Any] = {
        "started": started_at, "backend": backend.name, "local": backend.local, "model_identity": identity,
        "generations": summary.generated, "completion_tokens": summary.completion_tokens,
        "gen_seconds": round(summary.gen_seconds, 3), "wall_s": round(wall_s, 3),
        "tokens_per_s": round(summary.tokens_per_s, 2) if summary.tokens_per_s else None,
        "max_tokens": params.max_tokens, "machine": machine(),
    }
    if "n_threads" in identity:
        run["n_threads"] = identity["n_threads"]
    if backend.local:
        # a worker process measures the model alone; otherwise this whole process is measured
        worker = getattr(backend, "measurements", None)
        run.update(worker() if worker else monitor.measurements())
        run["measured_process"] = "model worker" if worker else "this process"
    return record_run(resources_path(summary.path), spec.name, run, spec.vram_gb)


def generate(
    model: str | ModelSpec,
    problems: list[Problem],
    paradigms: tuple[str, ...] | None = None,
    samples: int = 1,
    out: Path | None = None,
    progress: Progress = None,
    **options: Any,
) -> Path:
    """Append the missing generations of `model` to its JSONL file and return the file's path.

    `options`: models_file, temperature, top_p, max_tokens, seed, strict (see `run_generation`).
    """
    return run_generation(model, problems, paradigms, samples, out, progress, **options).path
