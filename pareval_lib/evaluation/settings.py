"""What a result was judged with, and whether a stored result may stand for a new evaluation.

Every result record carries ``settings``: the run settings that change its numbers (input size,
repetitions, warm-up, rank counts, timeouts) and the content hashes of the problem and of the
harness it was judged with. Resume reuses a record only when all of them match; otherwise the
candidate is judged again (the newest record of a generation is the one analysis reads), or,
with ``on_mismatch="refuse"``, the evaluation stops before any work with one line saying which
settings differ.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from pareval_lib import __version__
from pareval_lib.problems.catalogue import Problem

#: What judges a candidate besides its problem: the C++ harness, the link-time audit, the runner.
HARNESS_FILES = (*sorted((Path(__file__).resolve().parents[1] / "problems" / "cpp").glob("*.hpp")),
                 Path(__file__).with_name("audit.py"), Path(__file__).with_name("runner.py"),
                 Path(__file__).with_name("mpi_env.py"))
ON_MISMATCH = ("reevaluate", "refuse")
#: Settings that describe the whole run (the rest, the problem's hash, differs per problem).
RUN_WIDE = ("size", "reps", "warmup", "max_reps", "target_spread", "max_timed_s", "ranks", "timeout_floor_s", "timeout_factor", "build_timeout_s",
            "fixed_timeout_s", "harness_hash")


@lru_cache(maxsize=1)
def harness_hash() -> str:
    """Hash of what judges a candidate (the C++ harness every driver includes, the audit and the
    runner) and of pareval's version."""
    digest = hashlib.sha256(__version__.encode() + b"\0")
    for path in HARNESS_FILES:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def run_settings(cfg: Any, problem: Problem, paradigm: str) -> dict[str, Any]:
    """The settings a result of ``problem`` in ``paradigm`` is judged with under ``cfg`` (an EvalConfig)."""
    return {
        "size": cfg.size,
        "reps": cfg.reps,
        "warmup": cfg.warmup,
        "max_reps": getattr(cfg, "max_reps", 0),
        "target_spread": getattr(cfg, "target_spread", 0.0),
        "max_timed_s": getattr(cfg, "max_timed_s", 0.0),
        "ranks": list(cfg.ranks) if paradigm == "mpi" else [1],  # serial candidates run on one rank only
        **({"threads": list(getattr(cfg, "threads", ()))} if paradigm == "openmp" else {}),
        **({"layouts": [f"{r}x{t}" for r, t in getattr(cfg, "hybrid", ())]} if paradigm == "mpi+omp" else {}),
        "timeout_floor_s": cfg.timeout_floor_s,
        "timeout_factor": cfg.timeout_factor,
        "build_timeout_s": cfg.build_timeout_s,
        "fixed_timeout_s": cfg.fixed_timeout_s,
        "memory_check": getattr(cfg, "memory_check", True),
        "problem_hash": problem.content_hash(),
        "harness_hash": harness_hash(),
    }


def differences(stored: Mapping[str, Any] | None, wanted: Mapping[str, Any]) -> list[str]:
    """Human words for each setting where ``stored`` (a record's) differs from ``wanted``."""
    if not isinstance(stored, Mapping):
        return ["recorded without settings (an older pareval)"]
    out = []
    for name, value in wanted.items():
        if stored.get(name) != value:
            if name.endswith("_hash"):
                out.append(f"{name.removesuffix('_hash')} changed since")
            else:
                out.append(f"{name} {_text(stored.get(name))} there, {_text(value)} now")
    return out


def _text(value: Any) -> str:
    if value is None:
        return "default"
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)


def run_wide(settings: Mapping[str, Any] | None, with_ranks: bool = False) -> str:
    """The run-wide part of a record's settings as one comparable text ("unrecorded" when absent);
    ``ranks`` (and openmp's ``threads``, mpi+omp's ``layouts``) only when asked (serial records run
    on one rank whatever the list was)."""
    if not isinstance(settings, Mapping):
        return "unrecorded"
    names = (*RUN_WIDE, "threads", "layouts") if with_ranks else tuple(k for k in RUN_WIDE if k != "ranks")
    return json.dumps({k: settings.get(k) for k in names}, sort_keys=True)
