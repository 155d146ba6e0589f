"""Model backends: each turns rendered prompts into completions (see `base.Backend`).

Backends are imported only when used, so `hf` (torch) or `llamacpp` cost nothing unless chosen.
The local runtimes (`llamacpp`, `hf`) run in a worker process (`isolated`), so a native crash
there becomes a `ModelCrashed` error here; ``PAREVAL_IN_PROCESS=1`` runs them in this process.
"""
from __future__ import annotations

import os
from importlib import import_module

from pareval_lib.generation.registry import ModelSpec
from pareval_lib.generation.backends.base import Backend, Completion, GenerationRequest, SamplingParams

__all__ = ["Backend", "Completion", "GenerationRequest", "SamplingParams", "make_backend"]

_CLASSES = {
    "reference": ("reference", "ReferenceBackend"),
    "llamacpp": ("llamacpp", "LlamaCppBackend"),
    "openai": ("openai_compat", "OpenAICompatibleBackend"),
    "hf": ("hf", "HuggingFaceBackend"),
    "replay": ("replay", "ReplayBackend"),
}


#: Backends whose runtime runs native code in-process: isolated in a worker by default.
ISOLATED = {"llamacpp", "hf"}


def make_backend(spec: ModelSpec, isolated: bool = True) -> Backend:
    """The backend named by a registry entry, configured from its settings (not yet started)."""
    module_name, class_name = _CLASSES[spec.backend]
    backend_class = getattr(import_module(f"{__name__}.{module_name}"), class_name)
    if isolated and spec.backend in ISOLATED and os.environ.get("PAREVAL_IN_PROCESS") != "1":
        from pareval_lib.generation.backends.isolated import IsolatedBackend

        return IsolatedBackend(spec, backend_class)
    return backend_class(spec)
