"""The problem catalogue: one folder per problem under problems/."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from pareval_lib.errors import ParevalError
from pareval_lib.paths import problems_dir

from pareval_lib.problems.paradigms import PARADIGMS, PUBLISHED, file_tag

#: The 12 domains of the seed report, keyed by the slug used in problem ids.
DOMAINS = {
    "dense_la": "dense linear algebra",
    "fft": "FFT",
    "geometry": "geometry",
    "graph": "graph",
    "histogram": "histogram",
    "reduce": "reduce",
    "scan": "scan",
    "search": "search",
    "sort": "sort",
    "sparse_la": "sparse linear algebra",
    "stencil": "stencil",
    "transform": "transform",
}

#: Keys of problem.yaml's `sizes` (what `--size` the driver accepts; see problems/FORMAT.md).
SIZE_KEYS = {"min", "max", "power_of_two", "multiple_of", "default"}

#: Every problem has the published paradigms; openmp and mpi+omp where their prompt and solution exist.
REQUIRED_FILES = ("problem.yaml", "driver.cpp") + tuple(
    f"{kind}_{p}.cpp" for kind in ("prompt", "solution") for p in PUBLISHED
)


@dataclass(frozen=True)
class Problem:
    """One benchmark problem: metadata plus the paths of its prompt, solution and driver files."""

    id: str
    domain: str
    title: str
    function: str
    folder: Path
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def domain_name(self) -> str:
        return DOMAINS[self.domain]

    def prompt(self, paradigm: str) -> str:
        """The exact text a model is given (before any chat template)."""
        return self._file("prompt", paradigm).read_text()

    def solution(self, paradigm: str) -> str:
        return self._file("solution", paradigm).read_text()

    def file_path(self, kind: str, paradigm: str) -> Path:
        """Where this problem's ``kind`` ("prompt" or "solution") for ``paradigm`` lives (may not exist)."""
        return self.folder / f"{kind}_{file_tag(paradigm)}.cpp"

    def _file(self, kind: str, paradigm: str) -> Path:
        path = self.file_path(kind, paradigm)
        if not path.is_file():
            raise ParevalError(f"{self.id} has no {paradigm} {kind} ({path.name})")
        return path

    @property
    def paradigms(self) -> tuple[str, ...]:
        """The paradigms this problem has a prompt and a reference solution for."""
        return tuple(p for p in PARADIGMS if all(self.file_path(k, p).is_file() for k in ("prompt", "solution")))

    @property
    def driver_path(self) -> Path:
        return self.folder / "driver.cpp"

    @property
    def sizes(self) -> dict:
        """The `--size` values the driver accepts (problem.yaml `sizes`: min, max, power_of_two)."""
        return dict(self.meta.get("sizes") or {})

    def size_problem(self, size: int) -> str | None:
        """Why this problem cannot be run at `size` (one line), or None when it can."""
        rule = self.sizes
        low, high = int(rule.get("min", 1)), rule.get("max")
        if size < low:
            return f"{self.id}: --size {size} is below the smallest size its driver accepts ({low})"
        if high is not None and size > int(high):
            return f"{self.id}: --size {size} is above the largest size its driver accepts ({int(high):,})"
        if rule.get("power_of_two") and size & (size - 1):
            return f"{self.id}: --size {size} is not a power of two, which its driver needs"
        multiple = int(rule.get("multiple_of", 1))
        if size % multiple:
            return f"{self.id}: --size {size} is not a multiple of {multiple}, which its driver needs"
        return None

    def content_hash(self) -> str:
        """Hash of every file of the problem: keys caches and calibrations."""
        h = hashlib.sha256()
        for name in sorted(p.name for p in self.folder.iterdir() if p.is_file()):
            h.update(name.encode() + b"\0" + (self.folder / name).read_bytes() + b"\0")
        return h.hexdigest()[:16]


def load_problem(folder: Path) -> Problem:
    missing = [f for f in REQUIRED_FILES if not (folder / f).is_file()]
    if missing:
        raise ParevalError(f"problem folder {folder} lacks {', '.join(missing)}")
    meta = yaml.safe_load((folder / "problem.yaml").read_text()) or {}
    for key in ("id", "domain", "title", "function"):
        if not meta.get(key):
            raise ParevalError(f"{folder}/problem.yaml: missing '{key}'")
    if meta["id"] != folder.name:
        raise ParevalError(f"{folder}/problem.yaml: id {meta['id']!r} differs from the folder name")
    if meta["domain"] not in DOMAINS:
        raise ParevalError(f"{folder}/problem.yaml: unknown domain {meta['domain']!r}")
    sizes = meta.get("sizes")
    if sizes is not None and (not isinstance(sizes, dict) or set(sizes) - SIZE_KEYS):
        raise ParevalError(f"{folder}/problem.yaml: 'sizes' must be a mapping with keys among "
                           f"{', '.join(sorted(SIZE_KEYS))}")
    return Problem(meta["id"], meta["domain"], meta["title"], meta["function"], folder, meta)


@lru_cache(maxsize=8)
def _catalogue(root: str) -> dict[str, Problem]:
    folders = sorted(p for p in Path(root).iterdir() if (p / "problem.yaml").is_file())
    return {f.name: load_problem(f) for f in folders}


def all_problems(root: Path | None = None) -> list[Problem]:
    """Every problem, sorted by domain then id."""
    probs = _catalogue(str(root or problems_dir())).values()
    return sorted(probs, key=lambda p: (p.domain, p.id))


def get_problem(problem_id: str, root: Path | None = None) -> Problem:
    catalogue = _catalogue(str(root or problems_dir()))
    if problem_id not in catalogue:
        raise ParevalError(f"unknown problem {problem_id!r} ({len(catalogue)} problems in the catalogue)")
    return catalogue[problem_id]


def select_problems(ids: list[str] | None = None, domains: list[str] | None = None) -> list[Problem]:
    """Problems filtered by ids and/or domains (None means all)."""
    probs = all_problems()
    if ids:
        probs = [get_problem(i) for i in ids]
    if domains:
        unknown = set(domains) - set(DOMAINS)
        if unknown:
            raise ParevalError(f"unknown domain(s): {', '.join(sorted(unknown))}")
        probs = [p for p in probs if p.domain in domains]
    return probs


def markdown_table(problems: list[Problem] | None = None) -> str:
    """problems/README.md's table: id, domain, title, input size, what the MPI reference communicates."""
    probs = problems if problems is not None else all_problems()
    rows = ["| id | domain | title | input size | MPI reference communicates |", "| --- | --- | --- | --- | --- |"]
    for p in probs:
        cells = [f"`{p.id}`", p.domain_name, p.title, str(p.meta.get("input_size", "")),
                 str(p.meta.get("mpi_communication", ""))]
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows) + "\n"


README_HEADER = """# The benchmark

{n} problems in {d} domains, each with a prompt per paradigm ({paradigms}: {prompts} prompts). The format of a
problem folder is in [FORMAT.md](FORMAT.md). This table is generated: `pareval problems --markdown`.

"""


def readme_text(problems: list[Problem] | None = None) -> str:
    probs = problems if problems is not None else all_problems()
    head = README_HEADER.format(n=len(probs), d=len({p.domain for p in probs}), prompts=sum(len(p.paradigms) for p in probs),
                              paradigms=", ".join(PARADIGMS))
    return head + markdown_table(probs)


def reference_output(problem: Problem, paradigm: str) -> str:
    """Reference solution text, as a model would return it in a chat answer."""
    return f"```cpp\n{problem.solution(paradigm)}```\n"
