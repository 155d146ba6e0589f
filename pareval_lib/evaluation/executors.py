"""Where builds run. The engine hands its builds to an executor; today a local thread pool.

A cluster executor (Slurm, Dask) implements the same method. Timed runs stay in the engine, one
at a time, so that they never share cores with each other.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
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
