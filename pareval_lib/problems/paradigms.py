"""The programming models a prompt asks for, and the layouts (ranks x threads) each runs at.

- ``serial``: one process, one thread.
- ``mpi``: one process per rank (``runtime_s`` keys: the rank count, "1", "2", "4").
- ``openmp``: one process, OpenMP threads (keys: the thread count, "1", "2", "4").
- ``mpi+omp``: ranks of OpenMP threads (keys: "RxT", e.g. "2x2": 2 ranks of 2 threads).

A layout's *workers* (ranks x threads) are the cores it asks for: oversubscription compares them
with the cores the run may use. The seed report's published numbers are serial and MPI only
(``PUBLISHED``).
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from pareval_lib.errors import ParevalError

PARADIGMS = ("serial", "mpi", "openmp", "mpi+omp")
#: What the seed report measured: the only paradigms its published columns hold.
PUBLISHED = ("serial", "mpi")
LABELS = {"serial": "Serial", "mpi": "MPI", "openmp": "OpenMP", "mpi+omp": "MPI+OpenMP"}
DEFAULT_RANKS = (1, 2, 4)
DEFAULT_THREADS = (1, 2, 4)
DEFAULT_HYBRID = ((1, 1), (1, 2), (2, 1), (2, 2))


class Layout(NamedTuple):
    ranks: int
    threads: int

    @property
    def workers(self) -> int:
        return self.ranks * self.threads


def check(paradigm: str) -> str:
    if paradigm not in PARADIGMS:
        raise ParevalError(f"unknown paradigm {paradigm!r} (expected one of {', '.join(PARADIGMS)})")
    return paradigm


def uses_mpi(paradigm: str) -> bool:
    return paradigm in ("mpi", "mpi+omp")


def uses_openmp(paradigm: str) -> bool:
    return paradigm in ("openmp", "mpi+omp")


def file_tag(paradigm: str) -> str:
    """The paradigm as it appears in file names (``prompt_mpi_omp.cpp``, ``race.openmp.cpp``)."""
    return check(paradigm).replace("+", "_")


def from_file_tag(tag: str) -> str:
    return check(tag.replace("mpi_omp", "mpi+omp"))


def parse_paradigms(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """A comma-separated subset of PARADIGMS ("all" or empty: every one; "both": serial and MPI),
    in catalogue order; an unknown name is a one-line error."""
    if text is None:
        return PARADIGMS
    names = [t.strip() for t in (text.split(",") if isinstance(text, str) else text) if t.strip()]
    if not names or names == ["all"]:
        return PARADIGMS
    if names == ["both"]:
        return PUBLISHED
    for name in names:
        check(name)
    return tuple(p for p in PARADIGMS if p in names)


def parse_hybrid(text: str | Iterable) -> tuple[tuple[int, int], ...]:
    """"1x1,1x2,2x1,2x2" (or pairs) -> ((1, 1), (1, 2), ...): the ranks x threads of mpi+omp runs."""
    items = text.split(",") if isinstance(text, str) else list(text)
    pairs = []
    for item in items:
        if isinstance(item, str):
            match = re.fullmatch(r"\s*(\d+)\s*[xX*]\s*(\d+)\s*", item)
            if not match:
                raise ParevalError(f"a ranks x threads pair is written like 2x2, got {item!r}")
            pair = (int(match[1]), int(match[2]))
        else:
            pair = (int(item[0]), int(item[1]))
        if min(pair) < 1:
            raise ParevalError(f"ranks and threads must be positive, got {pair[0]}x{pair[1]}")
        pairs.append(pair)
    if not pairs:
        raise ParevalError("mpi+omp needs at least one ranks x threads pair")
    return tuple(sorted(set(pairs), key=lambda p: (p[0] * p[1], p)))


def layouts(paradigm: str, ranks: Iterable[int] = DEFAULT_RANKS, threads: Iterable[int] = DEFAULT_THREADS,
            hybrid: Iterable[tuple[int, int]] = DEFAULT_HYBRID) -> list[Layout]:
    """The layouts a candidate of ``paradigm`` runs at, the first one gating (validation cases)."""
    if paradigm == "mpi":
        return [Layout(r, 1) for r in ranks]
    if paradigm == "openmp":
        return [Layout(1, t) for t in threads]
    if paradigm == "mpi+omp":
        return [Layout(r, t) for r, t in hybrid]
    return [Layout(1, 1)]


def key(paradigm: str, layout: Layout) -> str:
    """The layout's key in a record's ``runtime_s``, ``speedup`` and ``runs``."""
    if paradigm == "mpi+omp":
        return f"{layout.ranks}x{layout.threads}"
    return str(layout.threads if paradigm == "openmp" else layout.ranks)


def parse_key(paradigm: str, text: str) -> Layout:
    """The layout a record's key names (the inverse of ``key``)."""
    if paradigm == "mpi+omp":
        r, _, t = str(text).partition("x")
        return Layout(int(r), int(t or 1))
    n = int(text)
    return Layout(1, n) if paradigm == "openmp" else Layout(n, 1)


def workers(paradigm: str, text: str) -> int:
    """Cores a record's key asks for (ranks x threads)."""
    return parse_key(paradigm, text).workers


def key_order(text: str) -> tuple[int, int]:
    """Sort key of any record key ("4", "2x2"): by workers, then ranks."""
    r, _, t = str(text).partition("x")
    return (int(r) * int(t or 1), int(r))


def key_workers(text: str) -> int:
    """Workers (cores asked) of any record key: "4" -> 4, "2x2" -> 4."""
    return key_order(text)[0]
