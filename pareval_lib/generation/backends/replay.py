"""Generations someone else produced, replayed as if a model had answered now.

Two formats: `pareval` (our JSON Lines shape, optionally filtered by `source_model`) and `mapped`
(another harness's samples file: JSON Lines, a JSON list, or CSV, with its column names given in the
registry entry). A mapped output column may hold one text or a list of texts (one per sample).
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from pareval_lib.errors import ParevalError
from pareval_lib.generation.registry import ModelSpec
from pareval_lib.store import check_generation, read_jsonl
from pareval_lib.generation.backends.base import Completion, GenerationRequest, file_sha256

DEFAULT_COLUMNS = {"problem": "problem", "paradigm": "paradigm", "output": "output", "sample": None,
                   "prompt": None}


def _rows(path: Path) -> list[dict[str, Any]]:
    """Every object of a .jsonl, .json (a list) or .csv file."""
    if path.suffix == ".csv":
        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    if path.suffix == ".json":
        data = json.loads(path.read_text())
        if not isinstance(data, list):
            raise ParevalError(f"replay file {path}: expected a JSON list of objects")
        return [row for row in data if isinstance(row, dict)]
    rows = []
    for line, row in read_jsonl(path):
        if not isinstance(row, dict):
            raise ParevalError(f"replay file {path}: {row}")
        rows.append(row)
    return rows


class ReplayBackend:
    """Answers each request with the stored output for its (problem, paradigm, sample), if any."""

    name = "replay"
    local = False

    def __init__(self, spec: ModelSpec) -> None:
        settings = spec.settings
        self.spec = spec
        self.mode = "chat"
        if not settings.get("path"):
            raise ParevalError(f"model {spec.name!r}: set settings.path (the file to replay) in {spec.source}")
        path = Path(settings["path"]).expanduser()
        self.path = path if path.is_absolute() else spec.base_dir / path
        if not self.path.is_file():
            raise ParevalError(f"model {spec.name!r}: replay file not found: {self.path}")
        self.format = settings.get("format", "pareval")
        if self.format not in ("pareval", "mapped"):
            raise ParevalError(f"model {spec.name!r}: settings.format must be 'pareval' or 'mapped'")
        self.outputs: dict[tuple[str, str, int], dict[str, Any]] = {}

    def _load_pareval(self) -> None:
        wanted = self.spec.settings.get("source_model")
        for row in _rows(self.path):
            problem = check_generation(row)
            if problem:
                raise ParevalError(f"replay file {self.path}: {problem} in a record")
            if wanted and row["model"] != wanted:
                continue
            overrides = {k: row[k] for k in ("prompt", "params", "usage", "gen_seconds") if k in row}
            overrides["replayed_from"] = {"file": self.path.name, "model": row["model"],
                                          "backend": row.get("backend")}
            self.outputs[(row["problem"], row["paradigm"], row["sample"])] = {
                "text": row["output"], "overrides": overrides}

    def _load_mapped(self) -> None:
        settings = self.spec.settings
        columns = {**DEFAULT_COLUMNS, **(settings.get("columns") or {})}
        paradigm_map = settings.get("paradigm_map") or {"serial": "serial", "mpi": "mpi"}
        problem_map = settings.get("problem_map") or {}
        problem_sub = settings.get("problem_sub")  # [pattern, replacement] applied to unmapped names
        counters: dict[tuple[str, str], int] = {}
        for number, row in enumerate(_rows(self.path), 1):
            missing = [columns[k] for k in ("problem", "paradigm", "output") if columns[k] not in row]
            if missing:
                raise ParevalError(f"replay file {self.path}: row {number} lacks column(s) {', '.join(missing)} "
                                   f"(map them in settings.columns)")
            name = str(row[columns["problem"]])
            problem = problem_map.get(name) or (re.sub(problem_sub[0], problem_sub[1], name) if problem_sub else name)
            paradigm = paradigm_map.get(str(row[columns["paradigm"]]))
            if paradigm is None:
                continue  # a paradigm this suite does not evaluate (OpenMP, CUDA, ...)
            texts = row[columns["output"]]
            texts = texts if isinstance(texts, list) else [texts]
            first = int(row[columns["sample"]]) if columns["sample"] and len(texts) == 1 \
                else counters.get((problem, paradigm), 0)
            counters[(problem, paradigm)] = first + len(texts)
            prompt = row.get(columns["prompt"]) if columns["prompt"] else None
            for offset, text in enumerate(texts):
                overrides: dict[str, Any] = {"replayed_from": {"file": self.path.name, "problem": name}}
                if prompt is not None:
                    overrides["prompt"] = {"mode": "replay", "text": prompt}
                self.outputs[(problem, paradigm, first + offset)] = {"text": str(text), "overrides": overrides}

    def start(self) -> dict[str, Any]:
        if self.format == "pareval":
            self._load_pareval()
        else:
            self._load_mapped()
        return {"file": str(self.path), "sha256": file_sha256(self.path), "format": self.format,
                "stored_generations": len(self.outputs)}

    def generate(self, requests: Iterable[GenerationRequest]) -> Iterator[Completion]:
        """Completions for the requests the file answers; the others are skipped."""
        for request in requests:
            stored = self.outputs.get(request.key)
            if stored is not None:
                yield Completion(request, stored["text"], finish_reason="replayed",
                                 overrides=dict(stored["overrides"]))

    def close(self) -> None:
        self.outputs = {}
