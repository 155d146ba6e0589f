"""Find the C++ compiler and the MPI implementation (a system MPI first, else the PyPI wheel)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pareval_lib.errors import ParevalError

CXXFLAGS = ("-std=c++17", "-O3")


@dataclass(frozen=True)
class Toolchain:
    cxx: str  # serial C++ compiler
    mpicxx: str | None  # MPI compiler wrapper
    mpiexec: str | None  # launcher from the same installation
    mpi_flavor: str  # "mpich", "openmpi" or "unknown"

    def require_mpi(self) -> None:
        if not (self.mpicxx and self.mpiexec):
            raise ParevalError("no MPI found: run 'make setup' (installs the mpich wheel) or put mpicxx on PATH")

    def launch_prefix(self, ranks: int) -> list[str]:
        """The mpiexec command line for `ranks` processes (oversubscription allowed)."""
        self.require_mpi()
        cmd = [self.mpiexec, "-n", str(ranks)]
        if self.mpi_flavor == "openmpi":
            cmd += ["--oversubscribe", "--bind-to", "none"]
        return cmd

    def fingerprint(self) -> str:
        """Compiler identities, used in cache keys."""
        return "|".join(f"{c}:{_version_line(c)}" for c in (self.cxx, self.mpicxx) if c)


def _version_line(exe: str) -> str:
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return out.splitlines()[0] if out else "?"


def _which_outside(name: str, exclude: Path) -> str | None:
    """`name` on PATH but not under `exclude` (the virtualenv), so a system MPI wins."""
    for d in os.environ.get("PATH", "").split(os.pathsep):
        cand = Path(d) / name
        if cand.is_file() and os.access(cand, os.X_OK) and exclude not in cand.resolve().parents:
            return str(cand)
    return None


def mpi_flavor(mpiexec: str) -> str:
    text = subprocess.run([mpiexec, "--version"], capture_output=True, text=True, timeout=30)
    out = (text.stdout + text.stderr).lower()
    if "hydra" in out or "mpich" in out:
        return "mpich"
    if "open mpi" in out or "openrte" in out or "open-mpi" in out:
        return "openmpi"
    return "unknown"


@lru_cache(maxsize=1)
def find_toolchain() -> Toolchain:
    """Compilers from PAREVAL_CXX / PAREVAL_MPICXX, else a system MPI, else the venv's mpich wheel."""
    cxx = os.environ.get("PAREVAL_CXX") or shutil.which("g++") or shutil.which("c++")
    if not cxx:
        raise ParevalError("no C++ compiler: install g++ (apt-get install g++) or set PAREVAL_CXX")
    if not shutil.which(cxx):
        raise ParevalError(f"C++ compiler {cxx!r} not found or not executable (check PAREVAL_CXX)")
    venv_bin = Path(sys.prefix) / "bin"
    mpicxx = (
        os.environ.get("PAREVAL_MPICXX")
        or _which_outside("mpicxx", Path(sys.prefix).resolve())
        or (str(venv_bin / "mpicxx") if (venv_bin / "mpicxx").exists() else None)
    )
    mpiexec = None
    flavor = "unknown"
    if mpicxx:
        sibling = Path(mpicxx).parent / "mpiexec"
        mpiexec = os.environ.get("PAREVAL_MPIEXEC") or (str(sibling) if sibling.exists() else shutil.which("mpiexec"))
        if mpiexec:
            flavor = mpi_flavor(mpiexec)
    return Toolchain(cxx=cxx, mpicxx=mpicxx, mpiexec=mpiexec, mpi_flavor=flavor)


