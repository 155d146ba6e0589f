"""The model registry: `models.yaml` at the repository root, with a user's file merged over it."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pareval_lib.errors import ParevalError
from pareval_lib.paths import REPO_ROOT

DEFAULT_MODELS_FILE = REPO_ROOT / "models.yaml"
BACKENDS = ("reference", "llamacpp", "openai", "hf", "replay")
GROUPS = ("similarly sized", "large SOTA")
SAMPLING_KEYS = ("temperature", "top_p", "max_tokens", "seed")


@dataclass(frozen=True)
class ModelSpec:
    """One registry entry: how to run a model and what the report needs to know about it."""

    name: str
    backend: str
    settings: dict[str, Any] = field(default_factory=dict, compare=False)
    defaults: dict[str, Any] = field(default_factory=dict, compare=False)
    display_name: str | None = None
    published_name: str | None = None
    params_b: float | None = None
    active_params_b: float | None = None
    quantisation: str | None = None
    vram_gb: float | None = None
    group: str | None = None
    highlight: bool = False
    source: Path | None = None

    @property
    def base_dir(self) -> Path:
        """Folder that relative paths in `settings` are relative to (the file that set them)."""
        return self.source.parent if self.source else REPO_ROOT


def _read_entries(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        raise ParevalError(f"models file not found: {path}")
    try:
        data = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ParevalError(f"models file {path} is not valid YAML{where}") from None
    entries = data.get("models", {}) if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise ParevalError(f"models file {path}: expected a top-level 'models:' mapping of name -> entry")
    for name, entry in entries.items():
        if not isinstance(entry, dict):
            raise ParevalError(f"models file {path}: entry {name!r} should be a mapping")
        entry["_source"] = path
    return {str(k): v for k, v in entries.items()}


def _merge(base: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """`update` over `base`, key by key; `settings` and `defaults` are merged one level deeper."""
    merged = copy.deepcopy(base)
    for key, value in update.items():
        if key in ("settings", "defaults") and isinstance(value, dict):
            merged[key] = {**(merged.get(key) or {}), **value}
        else:
            merged[key] = value
    return merged


def _spec(name: str, entry: dict[str, Any]) -> ModelSpec:
    source = entry.get("_source")
    backend = entry.get("backend")
    if backend not in BACKENDS:
        raise ParevalError(f"model {name!r} in {source}: backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
    group = entry.get("group")
    if group is not None and group not in GROUPS:
        raise ParevalError(f"model {name!r} in {source}: group must be one of {', '.join(GROUPS)}, got {group!r}")
    defaults = entry.get("defaults") or {}
    unknown = set(defaults) - set(SAMPLING_KEYS)
    if unknown:
        raise ParevalError(f"model {name!r} in {source}: unknown defaults {', '.join(sorted(unknown))} "
                           f"(allowed: {', '.join(SAMPLING_KEYS)})")
    return ModelSpec(
        name=name, backend=backend, settings=dict(entry.get("settings") or {}), defaults=dict(defaults),
        display_name=entry.get("display_name"), published_name=entry.get("published_name"),
        params_b=entry.get("params_b"), active_params_b=entry.get("active_params_b"),
        quantisation=entry.get("quantisation"), vram_gb=entry.get("vram_gb"), group=group,
        highlight=bool(entry.get("highlight", False)), source=source,
    )


def load_registry(models_file: str | Path | None = None) -> dict[str, ModelSpec]:
    """Every model: the default `models.yaml` with `models_file` (if given) merged over it."""
    entries = _read_entries(DEFAULT_MODELS_FILE)
    if models_file is not None:
        for name, entry in _read_entries(Path(models_file)).items():
            entries[name] = _merge(entries[name], entry) if name in entries else entry
    return {name: _spec(name, entry) for name, entry in entries.items()}


def get_model(name: str, models_file: str | Path | None = None) -> ModelSpec:
    """The registry entry called `name`; an unknown name lists the known ones."""
    registry = load_registry(models_file)
    if name not in registry:
        raise ParevalError(f"unknown model {name!r}; known models: {', '.join(sorted(registry))} "
                           f"(add it to a models file and pass --models FILE)")
    return registry[name]


def registry_table(models_file: str | Path | None = None) -> list[dict[str, Any]]:
    """One plain row per model (for notebooks and the report): no settings, no secrets."""
    return [
        {"name": s.name, "display_name": s.display_name or s.name, "published_name": s.published_name,
         "backend": s.backend, "params_b": s.params_b, "active_params_b": s.active_params_b,
         "quantisation": s.quantisation, "vram_gb": s.vram_gb, "group": s.group, "highlight": s.highlight}
        for s in load_registry(models_file).values()
    ]
