"""`pareval generate`: ask a model for every (problem, paradigm, sample) not yet generated."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from . import store
from .backends.reference import reference_output
from .errors import ParevalError
from .paths import data_dir
from .problems import PARADIGMS, Problem


def generations_path(model: str) -> Path:
    return data_dir() / "generations" / f"{model}.jsonl"


def _done(path: Path) -> set[tuple[str, str, int]]:
    store.repair_torn_tail(path)
    return {(r["problem"], r["paradigm"], r["sample"]) for r in store.load_records(path) if "problem" in r}


def generate(
    model: str,
    problems: list[Problem],
    paradigms: tuple[str, ...] = PARADIGMS,
    samples: int = 1,
    out: Path | None = None,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """Append missing generations of `model` to its JSONL file and return the file's path."""
    out = out or generations_path(model)
    if model != "reference":
        raise ParevalError(f"unknown model {model!r}: only 'reference' is available in this build")
    done = _done(out)
    for problem in problems:
        for paradigm in paradigms:
            for sample in range(samples):
                if (problem.id, paradigm, sample) in done:
                    continue
                rec = {
                    "model": model, "problem": problem.id, "paradigm": paradigm, "sample": sample,
                    "prompt": problem.prompt(paradigm), "output": reference_output(problem, paradigm),
                    "backend": "reference",
                }
                store.append_records(out, [rec])
                if progress:
                    progress(rec)
    return out
