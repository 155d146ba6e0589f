"""The one interface every model backend implements, and the values that cross it."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Protocol

from pareval_lib.paths import cache_dir
from pareval_lib.problems.prompting import RenderedPrompt


@dataclass(frozen=True)
class SamplingParams:
    """Sampling settings of one request; `seed` is already specific to the request's sample."""

    temperature: float = 0.2
    top_p: float = 0.95
    max_tokens: int = 1024
    seed: int = 0

    def to_record(self) -> dict[str, Any]:
        return {"temperature": self.temperature, "top_p": self.top_p, "max_tokens": self.max_tokens,
                "seed": self.seed}


@dataclass(frozen=True)
class GenerationRequest:
    """One prompt to answer, with the identity of the generation it will become."""

    problem: str
    paradigm: str
    sample: int
    prompt: RenderedPrompt
    params: SamplingParams

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.problem, self.paradigm, self.sample)


@dataclass
class Completion:
    """A backend's answer to one request."""

    request: GenerationRequest
    text: str
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    gen_seconds: float | None = None
    finish_reason: str | None = None
    #: Backend details stored with the record (served model name, batch size, ...).
    extra: dict[str, Any] = field(default_factory=dict)
    #: Record fields that replace what the request implies (a replayed generation's own prompt, params).
    overrides: dict[str, Any] = field(default_factory=dict)


class Backend(Protocol):
    """Turns requests into completions. Completions may come back in any order, one by one."""

    #: Backend name as written in generation records ("llamacpp", "openai", ...).
    name: str
    #: Runs in this process (its memory and GPU use are measured) rather than on a server.
    local: bool
    #: Prompt mode the backend was configured for ("chat" or "completion").
    mode: str

    def start(self) -> dict[str, Any]:
        """Load the model or check the endpoint; return its identity (file hash, endpoint, ...)."""
        ...

    def generate(self, requests: Iterable[GenerationRequest]) -> Iterator[Completion]:
        """Answer `requests`, yielding each completion as soon as it is ready."""
        ...

    def close(self) -> None:
        """Release the model, threads and connections."""
        ...


def file_sha256(path: Path) -> str:
    """sha256 of a (possibly multi-GB) file, cached by path, size and modification time."""
    path = Path(path).resolve()
    stat = path.stat()
    cache_file = cache_dir() / "file-hashes.json"
    try:
        cache = json.loads(cache_file.read_text())
    except (OSError, ValueError):
        cache = {}
    stamp = f"{stat.st_size}:{stat.st_mtime_ns}"
    cached = cache.get(str(path))
    if isinstance(cached, dict) and cached.get("stamp") == stamp:
        return cached["sha256"]
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            digest.update(block)
    cache[str(path)] = {"stamp": stamp, "sha256": digest.hexdigest()}
    tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(cache, indent=1, sort_keys=True))
    os.replace(tmp, cache_file)
    return digest.hexdigest()


