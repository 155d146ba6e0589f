"""Where tasks run. The engine hands work to an executor; today a local one, later a cluster one.

A cluster executor (SLURM through submitit, or Dask) implements the same two methods: builds may
run anywhere in parallel; timed runs must never share cores with each other or with builds.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    def map_builds(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Run `fn` on every item, in parallel where possible; results in item order."""

    def map_runs(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Run `fn` on every item one at a time, so timings stay clean; results in item order."""


class LocalExecutor:
    """Builds on `jobs` threads (each build is a child process), timed runs one after another."""

    def __init__(self, jobs: int = 1):
        self.jobs = max(1, jobs)

    def map_builds(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        items = list(items)
        if self.jobs == 1 or len(items) <= 1:
            yield from map(fn, items)
            return
        with ThreadPoolExecutor(self.jobs) as pool:
            yield from pool.map(fn, items)

    def map_runs(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        yield from map(fn, items)
