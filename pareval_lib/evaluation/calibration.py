"""Run timeouts that scale with each problem: the serial reference's own run time here, measured
once and cached (``.cache/pareval/calibration.json``)."""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from pareval_lib.errors import ParevalError
from pareval_lib.evaluation import pausing
from pareval_lib.evaluation.build import checker_program
from pareval_lib.evaluation.runner import timing_lock
from pareval_lib.evaluation.toolchain import find_toolchain
from pareval_lib.machine import usable_cores
from pareval_lib.paths import cache_dir
from pareval_lib.problems.catalogue import Problem

_CALIBRATION_FAILURES: dict[str, str] = {}


def _read_calibration(path: Path) -> dict[str, float]:
    try:
        known = json.loads(path.read_text())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # corrupt or unreadable: a cache only, measured again
    return known if isinstance(known, dict) else {}


def _calibration(problem: Problem, cfg: Any) -> float:
    """Wall seconds of the serial reference's own run here (cached): run timeouts scale with it.

    A reference that does not build or run is remembered for the rest of the process, so each
    of that problem's candidates fails fast with the same one line.
    """
    path = cache_dir() / "calibration.json"
    key = (f"{problem.id}:{problem.content_hash()}:{cfg.size}:{cfg.reps}:{cfg.warmup}:{find_toolchain().fingerprint()}"
           f":checker")  # measured by the checker (before: the reference built and run in the sandbox)
    if key in _CALIBRATION_FAILURES:
        raise ParevalError(_CALIBRATION_FAILURES[key])
    known = _read_calibration(path)
    if key not in known:
        try:
            seconds = _measure_reference(problem, cfg)
        except ParevalError as exc:
            _CALIBRATION_FAILURES[key] = str(exc)
            raise
        known = _read_calibration(path)
        known[key] = seconds
        tmp = path.with_name(f".calibration.{os.getpid()}.{os.urandom(4).hex()}.tmp")
        tmp.write_text(json.dumps(known, indent=1, sort_keys=True))
        tmp.replace(path)
    return float(known[key])


def _measure_reference(problem: Problem, cfg: Any) -> float:
    """The problem's checker (trusted: the reference is never built in the sandbox for this) runs
    the reference as a candidate's first launch would: the validation cases, then the timed input's
    warm-up and ``reps`` repetitions. Its process's wall seconds, timed like a candidate (under the
    timing lock, this process's builds stopped)."""
    checker = checker_program(problem)
    seed = str(42 if cfg.seed is None else cfg.seed)
    args = [str(checker), "--calibrate", "1", "--reps", str(cfg.reps), "--warmup", str(cfg.warmup),
            "--seed", seed, "--case-seed", seed]
    if cfg.size is not None:
        args += ["--size", str(cfg.size)]
    with timing_lock(), pausing.builds_stopped():
        t0 = time.monotonic()
        try:
            res = subprocess.run(args, capture_output=True, text=True, timeout=600, cwd=tempfile.gettempdir())
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ParevalError(f"the reference solution of {problem.id} does not run here: {exc}") from None
        seconds = time.monotonic() - t0
    if res.returncode != 0 or '"calibration_s"' not in res.stdout:
        why = f"signal {-res.returncode}" if res.returncode < 0 else f"exit {res.returncode}"
        raise ParevalError(f"the reference solution of {problem.id} fails here ({why}): {res.stderr.strip()[-300:]}")
    return seconds


def run_timeout(problem: Problem, ranks: int, cfg: Any) -> float:
    """Generous multiple of the reference's run time (more when ranks exceed cores), with a floor;
    the calibration times exactly ``reps`` repetitions, adaptive ones get room on top."""
    oversub = max(1.0, ranks / usable_cores())
    if cfg.fixed_timeout_s is not None:
        return cfg.fixed_timeout_s * oversub
    # adaptive repetitions: at most ``max_timed_s`` more of timing, and the repetition that crosses it
    extra = 2 * getattr(cfg, "max_timed_s", 0.0) if getattr(cfg, "max_reps", 0) > cfg.reps >= 2 else 0.0
    return max(cfg.timeout_floor_s, cfg.timeout_factor * _calibration(problem, cfg) * oversub + extra * oversub)


