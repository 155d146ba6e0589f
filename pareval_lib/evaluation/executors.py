"""Where candidates are handled. The engine hands its work to an executor.

The local executor here builds on a thread pool (``map_builds``), a few candidates ahead of the
one the engine runs: the engine runs the built candidates one at a time, so that timed runs never
share cores with each other, and the builds beside them are stopped while a launch is timed
(``pausing``). A
cluster executor (``evaluation/cluster.py``: Dask, Slurm) implements ``map_candidates``
instead: each candidate start to end on one worker (``candidate.evaluate_candidate``), the
records coming back to the engine, which alone writes the results file.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """``map_builds`` (local), or ``map_candidates`` (a cluster: see ``cluster.DaskExecutor``)."""

    def map_builds(self, fn: Callable[[T], R], items: Iterable[T], ahead: int | None = None) -> Iterator[R]:
        """Run `fn` on every item, in parallel where possible; results in item order, at most
        ``ahead`` of them started but not yet taken (None: all at once)."""


class LocalExecutor:
    """Builds on `jobs` threads (each build is a child process)."""

    def __init__(self, jobs: int = 1):
        self.jobs = max(1, jobs)

    def map_builds(self, fn: Callable[[T], R], items: Iterable[T], ahead: int | None = None) -> Iterator[R]:
        items = list(items)
        ahead = len(items) if ahead is None else max(1, ahead)
        pending: deque[Future] = deque()
        pool = ThreadPoolExecutor(self.jobs)
        try:
            for item in items:
                pending.append(pool.submit(fn, item))
                if len(pending) >= ahead:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:  # stopped early (an error, Ctrl-C): what has not started never will
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True)
