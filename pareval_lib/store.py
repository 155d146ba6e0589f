"""JSON Lines storage: validated reading, atomic appends, and resume keys."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from pareval_lib.errors import ParevalError
from pareval_lib.problems.paradigms import PARADIGMS

GENERATION_FIELDS = {"model": str, "problem": str, "paradigm": str, "sample": int, "output": str}


@dataclass
class BadLine:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def generation_key(rec: dict[str, Any]) -> str:
    """Identity of one generation: who wrote what for which prompt (the output is part of it)."""
    h = hashlib.sha256()
    for f in ("model", "problem", "paradigm", "sample", "output"):
        h.update(str(rec[f]).encode() + b"\0")
    return h.hexdigest()[:20]


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | BadLine]]:
    """(line number, record or BadLine) for every non-blank line; a torn last line is a BadLine."""
    if not Path(path).exists():
        raise ParevalError(f"no such file: {path}")
    with open(path, encoding="utf-8", errors="replace") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield no, BadLine(no, f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(rec, dict):
                yield no, BadLine(no, "not a JSON object")
                continue
            yield no, rec


def check_generation(rec: dict[str, Any]) -> str | None:
    """Why `rec` is not a generation record, or None if it is one."""
    for name, typ in GENERATION_FIELDS.items():
        if name not in rec:
            return f"missing field '{name}'"
        if not isinstance(rec[name], typ) or (typ is int and isinstance(rec[name], bool)):
            return f"field '{name}' should be {typ.__name__}, got {type(rec[name]).__name__}"
    if rec["paradigm"] not in PARADIGMS:
        return f"paradigm must be one of {', '.join(PARADIGMS)}, got {rec['paradigm']!r}"
    return None


def repair_torn_tail(path: Path) -> None:
    """Drop a partial last line left by a process killed mid-write."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as fh:
        fh.seek(-1, os.SEEK_END)
        if fh.read(1) == b"\n":
            return
        data = path.read_bytes()
        fh.truncate(data.rfind(b"\n") + 1)


def append_records(path: Path, records: Iterable[dict[str, Any]]) -> None:
    """Append each record as one line with one write() and fsync it: a kill never loses a whole line."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        for rec in records:
            data = memoryview((json.dumps(rec, sort_keys=True) + "\n").encode())
            while data:  # a short write (full disk, signal) must not leave half a line unnoticed
                written = os.write(fd, data)
                if written <= 0:
                    raise ParevalError(f"cannot append to {path}: the write made no progress")
                data = data[written:]
            os.fsync(fd)
    finally:
        os.close(fd)


def load_records(path: Path) -> list[dict[str, Any]]:
    """Every well-formed record of a JSONL file (missing file: none)."""
    if not Path(path).exists():
        return []
    return [rec for _, rec in read_jsonl(path) if isinstance(rec, dict)]


def latest_results(results_path: Path) -> dict[str, dict[str, Any]]:
    """The newest record of each evaluated key (``harness_error`` records left out: tried again)."""
    return {r["key"]: r for r in load_records(results_path) if "key" in r and r.get("status") != "harness_error"}
