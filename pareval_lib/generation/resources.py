"""What a local model run costs: peak resident memory, peak GPU memory, tokens per second.

Written beside the generations as `NAME.resources.json` (one entry per run plus a summary), so the
report can put measured memory next to the registry's declared VRAM.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import psutil

from pareval_lib.machine import usable_cores

GB = 1e9


class _NvmlProbe:
    """GPU memory used by this process, through NVML (sees llama.cpp's CUDA memory too)."""

    def __init__(self) -> None:
        import pynvml  # optional: nvidia-ml-py

        pynvml.nvmlInit()
        self.nvml = pynvml
        self.handles = [pynvml.nvmlDeviceGetHandleByIndex(i) for i in range(pynvml.nvmlDeviceGetCount())]
        self.pid = os.getpid()

    def used_bytes(self) -> int:
        total = 0
        for handle in self.handles:
            for proc in self.nvml.nvmlDeviceGetComputeRunningProcesses(handle):
                if proc.pid == self.pid and proc.usedGpuMemory:
                    total += proc.usedGpuMemory
        return total


def _torch_cuda() -> Any:
    """torch, if it is already imported and sees a CUDA GPU (never imports torch itself)."""
    torch = sys.modules.get("torch")
    try:
        return torch if torch is not None and torch.cuda.is_available() else None
    except Exception:  # a broken CUDA setup must not stop a run
        return None


class ResourceMonitor:
    """Context manager sampling this process's memory in a background thread."""

    def __init__(self, interval_s: float = 0.1) -> None:
        self.interval_s = interval_s
        self.process = psutil.Process()
        self.peak_rss = 0
        self.peak_nvml = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._nvml: _NvmlProbe | None = None
        self.started = self.finished = 0.0

    def _sample(self) -> None:
        self.peak_rss = max(self.peak_rss, self.process.memory_info().rss)
        if self._nvml is not None:
            try:
                self.peak_nvml = max(self.peak_nvml, self._nvml.used_bytes())
            except Exception:
                self._nvml = None

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_s):
            self._sample()

    def __enter__(self) -> "ResourceMonitor":
        try:
            self._nvml = _NvmlProbe()
        except Exception:  # no pynvml, no driver or no GPU
            self._nvml = None
        self.started = time.time()
        self._sample()
        self._thread = threading.Thread(target=self._loop, name="pareval-resources", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._sample()
        self.finished = time.time()

    def measurements(self) -> dict[str, Any]:
        """Peaks seen so far (GPU figures only where a GPU was used)."""
        rss = max(self.peak_rss, self.process.memory_info().rss)
        out: dict[str, Any] = {"peak_rss_bytes": rss, "peak_rss_gb": round(rss / GB, 3),
                               "ru_maxrss_bytes": _ru_maxrss_bytes()}
        torch = _torch_cuda()
        if torch is not None:
            peak = max(torch.cuda.max_memory_allocated(i) for i in range(torch.cuda.device_count()))
            if peak:
                out.update(peak_gpu_bytes=peak, peak_gpu_gb=round(peak / GB, 3),
                           gpu_name=torch.cuda.get_device_name(0), gpu_source="torch.cuda.max_memory_allocated")
        if self.peak_nvml > out.get("peak_gpu_bytes", 0):
            out.update(peak_gpu_bytes=self.peak_nvml, peak_gpu_gb=round(self.peak_nvml / GB, 3), gpu_source="nvml")
        return out


def _ru_maxrss_bytes() -> int:
    """The kernel's lifetime peak resident size of this process (kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def reset_gpu_peak() -> None:
    """Start torch's GPU peak counter afresh (no-op without torch or CUDA)."""
    torch = _torch_cuda()
    if torch is not None:
        for i in range(torch.cuda.device_count()):
            torch.cuda.reset_peak_memory_stats(i)


def machine() -> dict[str, Any]:
    """Where a run happened."""
    return {"host": platform.node(), "cpu_cores": usable_cores(), "total_memory_gb": round(psutil.virtual_memory().total / GB, 1),
            "python": platform.python_version()}


def resources_path(generations: Path) -> Path:
    """`data/generations/NAME.resources.json` beside `data/generations/NAME.jsonl`."""
    generations = Path(generations)
    return generations.with_name(generations.stem + ".resources.json")


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Peaks over every run, and throughput over every generated token."""
    tokens = sum(r.get("completion_tokens") or 0 for r in runs)
    seconds = sum(r.get("gen_seconds") or 0.0 for r in runs)
    summary: dict[str, Any] = {"runs": len(runs), "generations": sum(r.get("generations", 0) for r in runs),
                               "completion_tokens": tokens,
                               "tokens_per_s": round(tokens / seconds, 2) if seconds else None}
    for key in ("peak_rss_gb", "peak_gpu_gb"):
        values = [r[key] for r in runs if r.get(key) is not None]
        summary[key] = max(values) if values else None
    return summary


def record_run(path: Path, model: str, run: dict[str, Any], declared_vram_gb: float | None = None) -> dict[str, Any]:
    """Append `run` to the resources file at `path` (atomically) and return the file's content."""
    path = Path(path)
    try:
        data = json.loads(path.read_text())
        if not isinstance(data, dict) or not isinstance(data.get("runs"), list):
            raise ValueError
    except FileNotFoundError:
        data = {"model": model, "runs": []}
    except (OSError, ValueError):
        # never lose earlier runs silently: keep the unreadable file beside the new one
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
        os.replace(path, aside)
        warnings.warn(f"{path} was not a valid resources file; kept as {aside.name}, starting a new one",
                      RuntimeWarning, stacklevel=2)
        data = {"model": model, "runs": []}
    data["model"] = model
    data["declared_vram_gb"] = declared_vram_gb
    data["runs"].append(run)
    data["summary"] = summarise(data["runs"])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    os.replace(tmp, path)
    return data
