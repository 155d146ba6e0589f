"""Link-time audit of a candidate: what its object defines and references, and what it included.

Run by pareval itself (never by the candidate) between the sandboxed compile and the sandboxed
link. A candidate may define its function and helpers of its own, nothing more:

- not ``main``, nothing of the harness (``pareval::``, ``pareval_*``), and no symbol the driver
  object needs from elsewhere other than the prompt's function (so no clock, no ``MPI_Barrier``);
- no symbol the C/C++ runtime, libm or MPI exports (``printf``, ``getenv``, ``MPI_Wtime``,
  ``PMPI_*``, ``std::chrono::steady_clock::now()``...): a definition in the program would take
  the place of the library's for the driver too. Template instances (weak, with ``<...>`` in the
  name) are the compiler's own copies of library templates and are allowed;
- no reference to the reference solution (``pareval_reference_*``);
- no file included from outside the system and MPI include folders (no reference solution, no
  absolute or ``..`` path), checked on the compiler's own dependency list.
"""
from __future__ import annotations

import os
import re
import subprocess
from functools import lru_cache
from pathlib import Path

from pareval_lib.errors import ParevalError
from pareval_lib.evaluation import pausing
from pareval_lib.evaluation.toolchain import Toolchain

RUNTIME_LIBRARIES = ("libstdc++.so.6", "libc.so.6", "libm.so.6", "libgcc_s.so.1", "libgomp.so.1")
WEAK_TYPES = set("WVu")


def _run(cmd: list[str], stdin: str | None = None) -> str:
    try:
        res = pausing.run(cmd, 60, stdin)  # a build's step: stopped while timed work runs
    except FileNotFoundError:
        raise ParevalError(f"{cmd[0]} not found: the audit needs binutils (apt-get install binutils)") from None
    except subprocess.TimeoutExpired:
        raise ParevalError(f"{cmd[0]} took over 60 s on {cmd[-1]}") from None
    if res.returncode != 0:
        raise ParevalError(f"{' '.join(cmd[:2])} failed on {cmd[-1]}: {res.stderr.strip()[-300:]}")
    return res.stdout


def symbols(obj: Path) -> list[tuple[str, str]]:
    """(mangled name, nm type letter) of every global or undefined symbol of ``obj``."""
    out = []
    for line in _run(["nm", "-P", "-g", str(obj)]).splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out.append((parts[0], parts[1]))
    return out


def demangle(names: list[str]) -> list[str]:
    if not names:
        return []
    lines = _run(["c++filt"], "\n".join(names) + "\n").splitlines()
    return lines if len(lines) == len(names) else names


def _mpi_flags(tc: Toolchain) -> list[str]:
    if not tc.mpicxx:
        return []
    for flag in ("-show", "--showme"):
        try:
            res = subprocess.run([tc.mpicxx, flag], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if res.returncode == 0 and res.stdout.strip():
            return res.stdout.split()
    return []


def _mpi_libraries(tc: Toolchain) -> list[Path]:
    flags = _mpi_flags(tc)
    dirs = [Path(f[2:]) for f in flags if f.startswith("-L")]
    found = []
    for name in (f[2:] for f in flags if f.startswith("-l")):
        found += [d / f"lib{name}.so" for d in dirs if (d / f"lib{name}.so").exists()]
    return found


def _shared_objects(path: Path) -> list[Path]:
    """``path`` itself, or the libraries a linker script there (``INPUT(libmpi.so.12)``) names."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return []
    if head.startswith(b"\x7fELF"):
        return [path]
    found = []
    for group in re.findall(r"(?:INPUT|GROUP)\s*\(([^)]*)\)", head.decode("latin-1")):
        for name in group.replace(",", " ").split():
            candidate = Path(name) if os.path.isabs(name) else path.parent / name
            if candidate.exists() and candidate != path:
                found += _shared_objects(candidate)
    return found


@lru_cache(maxsize=4)
def runtime_exports(tc: Toolchain) -> frozenset[str]:
    """Every symbol the C/C++ runtime, libm and (when there is one) the MPI library export."""
    paths = [Path(_run([tc.cxx, f"-print-file-name={name}"]).strip()) for name in RUNTIME_LIBRARIES]
    paths = [p for p in paths if p.is_absolute() or p.name != "libgomp.so.1"]  # a g++ without OpenMP
    paths += _mpi_libraries(tc)
    names: set[str] = set()
    for path in [resolved for path in paths for resolved in _shared_objects(path)]:
        if path.is_absolute() and path.exists():
            for line in _run(["nm", "-D", "--defined-only", "-P", str(path)]).splitlines():
                if line.split():
                    names.add(line.split()[0].split("@")[0])
    if not names:
        raise ParevalError(f"the audit found no runtime library of {tc.cxx} ({', '.join(RUNTIME_LIBRARIES)})")
    return frozenset(names)


@lru_cache(maxsize=4)
def include_roots(tc: Toolchain) -> tuple[str, ...]:
    """Folders a candidate may include from: the compiler's system folders and MPI's."""
    res = subprocess.run([tc.cxx, "-E", "-v", "-x", "c++", os.devnull], capture_output=True, text=True, timeout=30)
    text = res.stderr
    roots = []
    if "search starts here:" in text:
        block = text.split("#include <...> search starts here:", 1)[-1].split("End of search list.", 1)[0]
        roots = [os.path.normpath(line.strip().split(" (")[0]) for line in block.splitlines() if line.strip()]
    roots += [os.path.normpath(f[2:]) for f in _mpi_flags(tc) if f.startswith("-I")]
    return tuple(dict.fromkeys(r for r in roots if r))


@lru_cache(maxsize=256)
def needed_by(driver: Path) -> frozenset[str]:
    """What a driver object takes from elsewhere (its cache name holds its content hash)."""
    return frozenset(name for name, kind in symbols(driver) if kind == "U")


#: Symbols through which a program configures (or silences) AddressSanitizer and UBSan.
SANITIZER_HOOKS = ("__asan_", "__ubsan_", "__sanitizer_", "__lsan_")


def audit_object(own: list[tuple[str, str]], driver: Path, function: str, tc: Toolchain) -> list[str]:
    """One line per rule the candidate's object (its ``symbols``) breaks (empty: it may be linked)."""
    names = [name for name, _ in own]
    readable = dict(zip(names, demangle(names)))
    needed_by_driver = needed_by(driver)
    exports = runtime_exports(tc)
    why = []
    for name, kind in own:
        text = readable[name]
        base = text.split("(", 1)[0]
        if kind == "U":
            if "pareval_reference_" in name:
                why.append(f"calls the reference solution ({text})")
            continue
        if name == "main":
            why.append("defines main (the harness's)")
        elif re.match(r"(pareval::|pareval_)", text) or "pareval_reference_" in name:
            why.append(f"defines {text}, which belongs to the harness")
        elif name.startswith(SANITIZER_HOOKS):
            why.append(f"defines {text}, a hook of the sanitizers that run the memory check")
        elif name in needed_by_driver and base != function:
            why.append(f"defines {text}, which the driver takes from the C/C++ runtime or MPI")
        elif name in exports and not (kind in WEAK_TYPES and "<" in text):
            why.append(f"defines {text}, which the C/C++ runtime or MPI provides")
    return list(dict.fromkeys(why))


def audit_includes(deps: Path, workdir: Path, tc: Toolchain) -> list[str]:
    """One line per file the compile read from outside the allowed include folders."""
    try:
        text = deps.read_text(errors="replace")
    except OSError as exc:
        raise ParevalError(f"the compiler wrote no dependency list ({exc})") from None
    text = text.replace("\\\n", " ")
    _, _, body = text.partition(":")
    paths = [p.replace("\\ ", " ") for p in re.split(r"(?<!\\)\s+", body.strip()) if p]
    roots = include_roots(tc)
    why = []
    for path in paths:
        if path in ("candidate.cpp", str(workdir / "candidate.cpp")):
            continue
        full = os.path.normpath(path if os.path.isabs(path) else str(workdir / path))
        if not any(full == root or full.startswith(root + os.sep) for root in roots):
            why.append(f"includes {path}, outside the system and MPI include folders")
    return why


#: MPI calls that move no data between ranks: an MPI answer that makes only these is serial.
MPI_NON_COMMUNICATION = {"MPI_Init", "MPI_Init_thread", "MPI_Initialized", "MPI_Finalize", "MPI_Finalized",
                         "MPI_Comm_rank", "MPI_Comm_size", "MPI_Wtime", "MPI_Wtick", "MPI_Abort", "MPI_Barrier",
                         "MPI_Get_processor_name", "MPI_Query_thread", "MPI_Error_string"}
#: Calls (or parts of names) that start threads or processes.
SPAWNS = {"fork", "vfork", "clone", "clone3", "posix_spawn", "posix_spawnp", "system", "popen", "execv", "execve",
          "execvp", "execl", "execlp", "execle", "pthread_create", "thrd_create"}


#: What ``#pragma omp parallel`` (and ``teams``) compiles to: an OpenMP answer without one is serial.
OPENMP_REGIONS = ("GOMP_parallel", "GOMP_teams", "GOMP_parallel_loop", "GOMP_parallel_sections")


def paradigm_flags(own: list[tuple[str, str]], paradigm: str) -> dict[str, bool]:
    """What the object's calls say about its parallelism (reported beside validity, never a verdict):
    ``serial_in_mpi``: an MPI (or MPI+OpenMP) answer that calls no MPI routine that communicates;
    ``serial_in_openmp``: an OpenMP (or MPI+OpenMP) answer that opens no parallel region;
    ``threads_in_serial``: a serial answer that starts threads or processes (std::thread,
    std::async, pthread_create, fork, system, OpenMP...). ``own``: the object's ``symbols``."""
    undefined = [name.split("@")[0] for name, kind in own if kind == "U"]
    flags: dict[str, bool] = {}
    if paradigm in ("mpi", "mpi+omp"):
        flags["serial_in_mpi"] = not any(name.startswith(("MPI_", "PMPI_")) and name.removeprefix("P")
                                         not in MPI_NON_COMMUNICATION for name in undefined)
    if paradigm in ("openmp", "mpi+omp"):
        flags["serial_in_openmp"] = not any(name.startswith(OPENMP_REGIONS) for name in undefined)
    if paradigm == "serial":
        flags["threads_in_serial"] = any(name in SPAWNS or "_M_start_thread" in name or
                                         name.startswith(("GOMP_", "omp_")) for name in undefined)
    return flags
