"""Compile candidates against a problem's driver.

The driver (once per paradigm) and the serial reference solution are trusted and compiled once,
cached under .cache/ by the hash of everything they depend on. A candidate is compiled and linked
with the driver inside the sandbox, in its own private directory: its program never contains the
reference. The checker (the driver built with -DPAREVAL_CHECKER and linked with the reference,
never with a candidate) is built once per problem and judges every candidate's outputs.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from pareval_lib.evaluation import audit, pausing, sandbox
from pareval_lib.errors import ParevalError
from pareval_lib.paths import CPP_DIR, cache_dir
from pareval_lib.problems.catalogue import Problem
from pareval_lib.problems.paradigms import uses_mpi, uses_openmp
from pareval_lib.evaluation.toolchain import CXXFLAGS, Toolchain, find_toolchain

BUILD_TIMEOUT_S = 120.0
LOG_TAIL = 4000
REFERENCE_RECIPE = "rename+localise+ungroup"  # part of the cache key: change it when the recipe changes
#: The memory check's build: AddressSanitizer and UndefinedBehaviorSanitizer, stopping at the first
#: report (-O1 keeps out-of-bounds stores that -O3 could fold away). std::vector is annotated, so a read past
#: size() but within capacity() is caught too. UBSan's null check is off: it reports `&v[0]` on an empty vector
#: (formally undefined, touches no memory, common in MPI code for a non-root rank's receive buffer); a real
#: access through a null pointer is still caught, by AddressSanitizer, as a SEGV on an unknown address.
#: -g1 (line tables only) gives reports the same file:line frames as -g and compiles a quarter faster.
SANITIZE_FLAGS = ("-fsanitize=address,undefined", "-fno-sanitize=null", "-fno-sanitize-recover=all",
                  "-fno-omit-frame-pointer", "-O1", "-g1", "-D_GLIBCXX_SANITIZE_VECTOR")
SANITIZED = "candidate-san"


@dataclass
class BuildResult:
    ok: bool
    timed_out: bool
    seconds: float
    log: str
    binary: Path | None
    workdir: Path
    checker: Path | None = None  # the problem's checker program (trusted, shared, cached)
    rejected: list[str] = field(default_factory=list)  # why the link-time audit refused it
    flags: dict[str, bool] = field(default_factory=dict)  # audit.paradigm_flags of the object
    sanitized: Path | None = None  # the same candidate built with ASan + UBSan (memory check), if it built
    sanitize_log: str = ""  # why there is no sanitized build, when there is none


def compiler_for(paradigm: str, tc: Toolchain) -> str:
    if uses_mpi(paradigm):
        tc.require_mpi()
        return tc.mpicxx  # type: ignore[return-value]
    return tc.cxx


def paradigm_flags(paradigm: str) -> list[str]:
    """Compile and link flags of a paradigm: OpenMP's (libgomp) for openmp and mpi+omp."""
    return ["-fopenmp"] if uses_openmp(paradigm) else []


def paradigm_defines(paradigm: str) -> list[str]:
    """What the harness is told: -DPAREVAL_MPI (MPI_Init, ranks), -DPAREVAL_OPENMP (thread counts)."""
    return [*(["-DPAREVAL_MPI"] if uses_mpi(paradigm) else []), *(["-DPAREVAL_OPENMP"] if uses_openmp(paradigm) else [])]


def _key(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode())
        h.update(b"\0")
    return h.hexdigest()[:20]


def _compile_trusted(cmd: list[str], out: Path, mode: int = 0o644) -> None:
    """Compile trusted code to `out` atomically (parallel builders may race; the last rename wins)."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.{os.urandom(4).hex()}")
    try:
        res = pausing.run(cmd + ["-o", str(tmp)], BUILD_TIMEOUT_S)  # stopped while timed work runs
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ParevalError(f"cannot compile {cmd[-1]}: {exc}") from None
    if res.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise ParevalError(f"compiling {cmd[-1]} failed: {res.stderr.strip()[-500:]}")
    _publish(tmp, out, mode)


def _objects_dir() -> Path:
    """The object cache; readable by the sandbox's uid whatever this process's umask."""
    folder = cache_dir() / "objects"
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    return folder


def _publish(tmp: Path, out: Path, mode: int = 0o644) -> None:
    """Make a trusted object readable by the sandbox (never writable) and move it into place."""
    os.chmod(tmp, mode)
    os.replace(tmp, out)


def driver_object(problem: Problem, paradigm: str, tc: Toolchain | None = None, sanitize: bool = False) -> Path:
    """The problem's driver compiled for `paradigm` (with the sanitizers when `sanitize`), from
    the cache when nothing changed."""
    tc = tc or find_toolchain()
    cxx = compiler_for(paradigm, tc)
    flags = [*CXXFLAGS, *paradigm_flags(paradigm), *(SANITIZE_FLAGS if sanitize else ())]
    harness = b"".join(f.read_bytes() for f in sorted(CPP_DIR.glob("*.hpp")))
    key = _key(problem.driver_path.read_bytes(), harness, paradigm, tc.fingerprint(), " ".join(flags))
    out = _objects_dir() / f"{problem.id}.driver.{paradigm}{'.san' if sanitize else ''}.{key}.o"
    if not out.exists():
        defines = paradigm_defines(paradigm)
        _compile_trusted([cxx, *flags, *defines, "-I", str(CPP_DIR), "-c", str(problem.driver_path)], out)
    return out


def reference_object(problem: Problem, paradigm: str, tc: Toolchain | None = None) -> Path:
    """The serial reference, with its function renamed and every other global symbol made local.

    Renaming lets the driver call both the reference and the candidate; localising means a
    candidate's helper functions and template instances can never clash with the reference's.
    """
    tc = tc or find_toolchain()
    cxx = compiler_for(paradigm, tc)
    src = problem.folder / "solution_serial.cpp"
    key = _key(src.read_bytes(), problem.function, tc.fingerprint(), cxx, " ".join(CXXFLAGS), REFERENCE_RECIPE)
    out = _objects_dir() / f"{problem.id}.reference.{paradigm}.{key}.o"
    if not out.exists():
        renamed = f"-D{problem.function}=pareval_reference_{problem.function}"
        folder = Path(tempfile.mkdtemp(prefix=".ref-", dir=out.parent))  # same file system as `out`
        try:
            tmp = folder / "reference.o"
            _compile_trusted([cxx, *CXXFLAGS, renamed, "-c", str(src)], tmp)
            # Local symbols inside COMDAT groups would still be folded with the candidate's copies of
            # the same template and then dropped ("defined in discarded section"): ungroup them.
            try:
                res = pausing.run(["objcopy", "-w", f"--keep-global-symbol=*pareval_reference_{problem.function}*",
                                   "--remove-section=.group", str(tmp)], 60)
                res.check_returncode()
            except FileNotFoundError:
                raise ParevalError("objcopy not found: install binutils (apt-get install binutils)") from None
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
                detail = getattr(exc, "stderr", "") or str(exc)
                raise ParevalError(f"objcopy failed on the reference of {problem.id}: {detail.strip()[-300:]}") from None
            _publish(tmp, out)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return out


def checker_program(problem: Problem, tc: Toolchain | None = None) -> Path:
    """The problem's checker: its driver built with -DPAREVAL_CHECKER, linked with the serial
    reference (one program for every paradigm: it is serial, and the outputs are the same)."""
    tc = tc or find_toolchain()
    reference = reference_object(problem, "serial", tc)
    harness = b"".join(f.read_bytes() for f in sorted(CPP_DIR.glob("*.hpp")))
    key = _key(problem.driver_path.read_bytes(), harness, reference.name, tc.fingerprint(), " ".join(CXXFLAGS))
    out = _objects_dir() / f"{problem.id}.checker.{key}"
    if not out.exists():
        _compile_trusted([tc.cxx, *CXXFLAGS, "-DPAREVAL_CHECKER", "-I", str(CPP_DIR), str(reference),
                          str(problem.driver_path)], out, mode=0o755)
    return out


def mpi_probe(source: str, tc: Toolchain | None = None) -> Path:
    """A trusted MPI program (``mpi_env``'s probe) compiled from ``source``, from the cache."""
    tc = tc or find_toolchain()
    tc.require_mpi()
    key = _key(source, tc.fingerprint(), " ".join(CXXFLAGS))
    out = _objects_dir() / f"mpi-probe.{key}"
    if not out.exists():
        folder = Path(tempfile.mkdtemp(prefix=".probe-", dir=out.parent))
        try:
            src = folder / "probe.cpp"
            src.write_text(source)
            _compile_trusted([tc.mpicxx, *CXXFLAGS, str(src)], out, mode=0o755)  # type: ignore[list-item]
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return out


def build_candidate(problem: Problem, paradigm: str, source: str, timeout_s: float = BUILD_TIMEOUT_S,
                    sanitize: bool = True) -> BuildResult:
    """Compile `source` (the candidate's C++) in the sandbox, audit the object (see ``audit``),
    and link it with the driver, in the sandbox, in its own private directory; when `sanitize`,
    build it a second time with the sanitizers for the memory check (``SANITIZED``)."""
    tc = find_toolchain()
    cxx = compiler_for(paradigm, tc)
    driver = driver_object(problem, paradigm, tc)
    checker = checker_program(problem, tc)
    objects = [driver]
    workdir = sandbox.prepare_workdir()
    try:
        src = workdir / "candidate.cpp"
        src.write_text(source)
        sandbox.share_with_sandbox(src)
        compile_cmd = [cxx, *CXXFLAGS, *paradigm_flags(paradigm), "-c", "candidate.cpp", "-o", "candidate.o", "-MD", "-MF", "candidate.d"]
        outcome = sandbox.run(compile_cmd, workdir, sandbox.Limits(wall_s=timeout_s, file_bytes=512 * sandbox.MiB),
                              build=True)
        seconds, log = outcome.seconds, outcome.output
        rejected: list[str] = []
        flags: dict[str, bool] = {}
        if outcome.ok and (workdir / "candidate.o").exists():
            rejected = audit.audit_includes(workdir / "candidate.d", workdir, tc)
            own = audit.symbols(workdir / "candidate.o")
            rejected += audit.audit_object(own, driver, problem.function, tc)
            flags = audit.paradigm_flags(own, paradigm)
            if not rejected:
                link_cmd = [cxx, *CXXFLAGS, *paradigm_flags(paradigm), "candidate.o", *map(str, objects), "-o", "candidate"]
                limits = sandbox.Limits(wall_s=max(10.0, timeout_s - seconds), file_bytes=512 * sandbox.MiB)
                outcome = sandbox.run(link_cmd, workdir, limits, build=True)
                seconds, log = seconds + outcome.seconds, log + outcome.output
    except BaseException:  # the caller never sees this folder: do not leak it
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    if rejected:
        lines = "\n".join(f"[rejected by the link-time audit: the candidate {why}]" for why in rejected)
        return BuildResult(False, False, seconds, (log[-LOG_TAIL:] + "\n" + lines).strip(), None, workdir, rejected=rejected)
    binary = workdir / "candidate"
    ok = outcome.ok and binary.exists()
    log = log[-LOG_TAIL:]
    if outcome.timed_out:
        log += f"\n[build timed out after {timeout_s:.0f} s]"
    result = BuildResult(ok, outcome.timed_out, seconds, log, binary if ok else None, workdir, checker=checker,
                         flags=flags)
    if ok and sanitize:
        try:
            _build_sanitized(result, problem, paradigm, cxx, tc, timeout_s)
        except BaseException:
            shutil.rmtree(workdir, ignore_errors=True)
            raise
    return result


def _build_sanitized(result: BuildResult, problem: Problem, paradigm: str, cxx: str, tc: Toolchain,
                     timeout_s: float) -> None:
    """Build the already audited candidate again with the sanitizers, linked with the sanitized
    driver; its build seconds are not the candidate's (``result.seconds`` is unchanged). A build
    that fails here (a toolchain without the sanitizer runtimes) leaves the memory check out, said
    in ``result.sanitize_log``."""
    try:
        driver = driver_object(problem, paradigm, tc, sanitize=True)
    except ParevalError as exc:
        result.sanitize_log = f"no sanitized driver: {exc}"
        return
    cmd = [cxx, *CXXFLAGS, *paradigm_flags(paradigm), *SANITIZE_FLAGS, "candidate.cpp", str(driver), "-o", SANITIZED]
    limits = sandbox.Limits(wall_s=max(30.0, timeout_s), file_bytes=512 * sandbox.MiB)
    outcome = sandbox.run(cmd, result.workdir, limits, build=True)
    if outcome.ok and (result.workdir / SANITIZED).exists():
        result.sanitized = result.workdir / SANITIZED
    else:
        result.sanitize_log = f"the sanitized build failed: {outcome.output.strip()[-300:]}"
