"""Where candidates are handled. The engine hands its work to an executor.

The local executor here builds on a thread pool (``map_builds``); the engine then runs the
built candidates one at a time, so that timed runs never share cores with each other. A
cluster executor (``evaluation/cluster.py``: Dask, Slurm) implements ``map_candidates``
instead: each candidate start to end on one worker (``candidate.evaluate_candidate``), the
records coming back to the engine, which alone writes the results file.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """``map_builds`` (local), or ``map_candidates`` (a cluster: see ``cluster.DaskExecutor``)."""

    def map_builds(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Run `fn` on every item, in parallel where possible; results in item order."""


class LocalExecutor:
    """Builds on `jobs` threads (each build is a child process)."""

    def __init__(self, jobs: int = 1):
        self.jobs = max(1, jobs)

    def map_builds(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        items = list(items)
        if self.jobs == 1 or len(items) <= 1:
            yield from map(fn, items)
            return
        with ThreadPoolExecutor(self.jobs) as pool:
            yield from pool.map(fn, items)
