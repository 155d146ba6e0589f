"""`make bench`, generation part: `pareval generate` against raw llama-cpp-python.

The same model file, prompts, sampling parameters, token budget and thread count on both sides;
each side's rate is completion tokens over the wall time of the whole pass (model load included
on both; pareval's runs in a worker process, so it also pays that process's start), and over the
time inside the requests alone (the steady rate: what a long generation sees). Raw passes run before and after pareval's, and pareval is compared with their mean, so
drift of a shared machine does not favour either side.
"""
from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from pareval_lib import store
from pareval_lib.generation.backends.llamacpp import gguf_path
from pareval_lib.generation.generate import run_generation, sampling_params
from pareval_lib.generation.registry import get_model
from pareval_lib.machine import usable_cores
from pareval_lib.problems.catalogue import all_problems
from pareval_lib.problems.prompting import render_prompt

MODEL = "smollm2-135m-q4"


def _raw_pass(spec, prompts: list, params, threads: int) -> dict[str, Any]:
    """Every prompt through ``llama_cpp.Llama`` directly, as a user would call it."""
    from llama_cpp import Llama

    settings = spec.settings
    start = time.perf_counter()
    llm = Llama(model_path=str(gguf_path(spec)), n_ctx=int(settings.get("n_ctx", 4096)), n_threads=threads,
                n_threads_batch=threads, seed=params.seed, verbose=False)
    tokens, inside = 0, 0.0
    try:
        for messages in prompts:
            t0 = time.perf_counter()
            out = llm.create_chat_completion(messages=messages, max_tokens=params.max_tokens,
                                             temperature=params.temperature, top_p=params.top_p, seed=params.seed)
            inside += time.perf_counter() - t0
            tokens += (out.get("usage") or {}).get("completion_tokens") or 0
    finally:
        llm.close()
    wall = time.perf_counter() - start
    return _rates(tokens, wall, inside)


def _rates(tokens: int, wall: float, inside: float) -> dict[str, Any]:
    return {"tokens": tokens, "wall_s": round(wall, 3), "tokens_per_s": round(tokens / wall, 3) if wall else None,
            "request_s": round(inside, 3), "steady_tokens_per_s": round(tokens / inside, 3) if inside else None}


def _pareval_pass(spec, problems: list, params, out: Path) -> dict[str, Any]:
    """The same prompts through ``pareval generate`` (its worker process, records written)."""
    start = time.perf_counter()
    summary = run_generation(spec, problems, ("serial",), 1, out, max_tokens=params.max_tokens,
                             temperature=params.temperature, top_p=params.top_p, seed=params.seed)
    wall = time.perf_counter() - start
    records = store.load_records(out)
    tokens = sum((r.get("usage") or {}).get("completion_tokens") or 0 for r in records)
    inside = sum(r.get("gen_seconds") or 0.0 for r in records)  # timed around each request, in the worker
    return {**_rates(tokens, wall, inside), "generated": summary.generated}


def generation_bench(prompts: int = 4, max_tokens: int = 128) -> dict[str, Any]:
    """pareval's tokens per second as a fraction of raw llama-cpp-python's, on the first
    ``prompts`` serial prompts of the catalogue with the embedded default model."""
    spec = get_model(MODEL)
    spec = replace(spec, settings={**spec.settings, "n_threads": usable_cores()})
    params = sampling_params(spec, max_tokens=max_tokens)
    problems = all_problems()[:prompts]
    messages = [list(render_prompt(p, "serial", "chat").messages) for p in problems]
    threads = usable_cores()
    before = _raw_pass(spec, messages, params, threads)
    with tempfile.TemporaryDirectory(prefix="pareval-genbench-") as tmp:
        ours = _pareval_pass(spec, problems, params, Path(tmp) / "g.jsonl")
    after = _raw_pass(spec, messages, params, threads)
    raw_rate = (before["tokens_per_s"] + after["tokens_per_s"]) / 2
    raw_steady = (before["steady_tokens_per_s"] + after["steady_tokens_per_s"]) / 2
    return {
        "model": MODEL, "prompts": prompts, "max_tokens": max_tokens, "threads": threads,
        "sampling": params.to_record(), "raw_before": before, "pareval": ours, "raw_after": after,
        "pareval_to_raw": round(ours["tokens_per_s"] / raw_rate, 4) if raw_rate else None,
        "pareval_to_raw_steady": round(ours["steady_tokens_per_s"] / raw_steady, 4) if raw_steady else None,
    }
