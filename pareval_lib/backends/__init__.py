"""Model backends: each turns rendered prompts into completions (see `base.Backend`).

Backends are imported only when used, so `hf` (torch) or `llamacpp` cost nothing unless chosen.
"""
from __future__ import annotations

from importlib import import_module

from ..registry import ModelSpec
from .base import Backend, Completion, GenerationRequest, SamplingParams

__all__ = ["Backend", "Completion", "GenerationRequest", "SamplingParams", "make_backend"]

_CLASSES = {
    "reference": ("reference", "ReferenceBackend"),
    "llamacpp": ("llamacpp", "LlamaCppBackend"),
    "openai": ("openai_compat", "OpenAICompatibleBackend"),
    "hf": ("hf", "HuggingFaceBackend"),
    "replay": ("replay", "ReplayBackend"),
}


def make_backend(spec: ModelSpec) -> Backend:
    """The backend named by a registry entry, configured from its settings (not yet started)."""
    module_name, class_name = _CLASSES[spec.backend]
    module = import_module(f"{__name__}.{module_name}")
    return getattr(module, class_name)(spec)
