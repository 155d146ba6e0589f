"""Local model runtimes (llama.cpp, transformers) in a child process, so a native crash is a message.

A runtime built for another CPU dies with SIGILL, a bad driver with SIGSEGV, a model too big for
memory with the kernel's SIGKILL: in this process any of them would take down the caller (a
notebook kernel, `make report`, pytest). Here the backend runs in a worker started with
``python -m pareval_lib.generation.backends.isolated``; requests and completions cross two pipes as pickles.
When the worker dies, the parent raises `ModelCrashed` naming the model, the signal and the likely
fix. Memory is measured inside the worker, so it is the model's alone.

Test hook: ``PAREVAL_TEST_CRASH_AFTER=N:SIGNAME`` makes the worker kill itself with that signal
after sending N completions (a stand-in for a runtime that crashes natively).
"""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
from multiprocessing.connection import Connection
from typing import Any, Iterable, Iterator

from pareval_lib.errors import ModelCrashed, ParevalError
from pareval_lib.paths import PACKAGE_DIR
from pareval_lib.generation.registry import ModelSpec
from pareval_lib.generation.backends.base import Completion, GenerationRequest

CRASH_HOOK = "PAREVAL_TEST_CRASH_AFTER"

#: What a signal most likely means for a model runtime, and the line that fixes it.
SIGNAL_HINTS = {
    "SIGILL": ("illegal instruction: the runtime was built for another CPU (e.g. with AVX-512 or AMX); "
               "rebuild it portably with `rm -rf .venv && make setup` (see LLAMA_CMAKE_ARGS in the README), or "
               "`CMAKE_ARGS=-DGGML_NATIVE=OFF pip install --force-reinstall --no-cache-dir llama-cpp-python`"),
    "SIGKILL": ("killed, most likely by the kernel for lack of memory: choose a smaller quantisation or a "
                "smaller n_ctx, or free memory"),
    "SIGSEGV": ("segmentation fault inside the runtime: check the model file and the runtime's version, and "
                "try n_gpu_layers: 0"),
    "SIGBUS": "bus error: the model file may be truncated or on a failing disk; check its sha256",
    "SIGABRT": "the runtime aborted (an assertion failed): its output above the crash says which",
}


class IsolatedBackend:
    """Runs another local backend in a worker process; same interface, crashes become errors."""

    local = True

    def __init__(self, spec: ModelSpec, inner_class: type) -> None:
        inner = inner_class(spec)  # settings are checked here, in this process, with clear errors
        self.spec = spec
        self.name: str = inner.name
        self.mode: str = inner.mode
        self.proc: subprocess.Popen | None = None
        self.completed = 0
        self._measurements: dict[str, Any] = {}
        self._tx: Connection | None = None
        self._rx: Connection | None = None
        self._log: Any = None

    # --- parent side ---------------------------------------------------------------------------
    def start(self) -> dict[str, Any]:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        self._log = tempfile.TemporaryFile()
        env = dict(os.environ)
        package_root = str(PACKAGE_DIR.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "pareval_lib.generation.backends.isolated", str(to_child_r), str(from_child_w)],
                pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL, stdout=self._log,
                stderr=self._log, env=env, start_new_session=True)
        except OSError as exc:
            raise ParevalError(f"model {self.spec.name!r}: cannot start its worker process: {exc}") from None
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self._tx = Connection(to_child_w, readable=False)
        self._rx = Connection(from_child_r, writable=False)
        self._send(("start", self.spec))
        kind, payload = self._receive()[:2]
        if kind != "started":
            raise ParevalError(f"model {self.spec.name!r}: unexpected worker reply {kind!r}")
        return payload

    def generate(self, requests: Iterable[GenerationRequest]) -> Iterator[Completion]:
        batch = list(requests)
        if not batch:
            return
        self._send(("generate", batch))
        finished = False
        try:
            while True:
                message = self._receive()
                if message[0] == "done":
                    self._measurements = message[1]
                    finished = True
                    return
                _, completion, self._measurements = message
                self.completed += 1
                yield completion
        finally:
            if not finished:  # the caller stopped early or the worker failed: its state is unknown
                self._stop_worker(graceful=False)

    def measurements(self) -> dict[str, Any]:
        """Peak memory of the worker (the model's own process), as last reported by it."""
        return dict(self._measurements)

    def close(self) -> None:
        self._stop_worker(graceful=True)

    def _send(self, message: Any) -> None:
        if self._tx is None:
            raise ParevalError(f"model {self.spec.name!r}: its worker is not running")
        try:
            self._tx.send(message)
        except (BrokenPipeError, ConnectionResetError, OSError):
            raise ModelCrashed(self._crash_message()) from None

    def _receive(self) -> tuple:
        assert self._rx is not None
        try:
            message = self._rx.recv()
        except (EOFError, ConnectionResetError, OSError):
            raise ModelCrashed(self._crash_message()) from None
        if message[0] == "error":
            self._stop_worker(graceful=True)
            raise ParevalError(message[1])
        return message

    def _output_tail(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        lines = [ln.strip() for ln in self._log.read().decode(errors="replace").splitlines() if ln.strip()]
        return lines[-1][:300] if lines else ""

    def _crash_message(self) -> str:
        assert self.proc is not None
        try:
            rc = self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait()
        done = f"after {self.completed} completion(s) in this run"
        if rc < 0:
            try:
                sig = signal.Signals(-rc).name
            except ValueError:
                sig = f"signal {-rc}"
            hint = SIGNAL_HINTS.get(sig, "a native crash inside the runtime")
            text = f"model {self.spec.name!r}: its {self.name} runtime crashed with {sig} {done}: {hint}"
        else:
            tail = self._output_tail()
            text = f"model {self.spec.name!r}: its {self.name} worker exited with status {rc} {done}"
            text += f" (last output: {tail})" if tail else ""
        self._close_pipes()
        return text

    def _stop_worker(self, graceful: bool) -> None:
        if self.proc is not None and self.proc.poll() is None:
            if graceful and self._tx is not None:
                try:
                    self._tx.send(("close",))
                    self.proc.wait(timeout=30)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        self._close_pipes()
        if self._log is not None:
            self._log.close()
            self._log = None

    def _close_pipes(self) -> None:
        for conn in (self._tx, self._rx):
            if conn is not None:
                conn.close()
        self._tx = self._rx = None


# --- worker side -------------------------------------------------------------------------------
def _crash_hook() -> tuple[int, int] | None:
    value = os.environ.get(CRASH_HOOK)
    if not value:
        return None
    count, name = value.split(":", 1)
    return int(count), int(getattr(signal, name))


def serve(rx: Connection, tx: Connection) -> None:
    """Answer the parent's messages until it says close or goes away."""
    from pareval_lib.generation.resources import ResourceMonitor
    from pareval_lib.generation.backends import make_backend

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file behind
    crash = _crash_hook()
    sent = 0
    try:
        _, spec = rx.recv()
    except EOFError:
        return
    monitor = ResourceMonitor()
    with monitor:
        try:
            backend = make_backend(spec, isolated=False)
            identity = backend.start()
        except Exception as exc:  # noqa: BLE001 - every failure goes back as one line
            tx.send(("error", _one_line(spec, exc)))
            return
        tx.send(("started", identity))
        try:
            while True:
                try:
                    message = rx.recv()
                except EOFError:
                    return
                if message[0] == "close":
                    return
                try:
                    for completion in backend.generate(message[1]):
                        tx.send(("completion", completion, monitor.measurements()))
                        sent += 1
                        if crash and sent >= crash[0]:
                            signal.raise_signal(crash[1])
                except Exception as exc:  # noqa: BLE001
                    tx.send(("error", _one_line(spec, exc)))
                    return
                tx.send(("done", monitor.measurements()))
        finally:
            backend.close()


def _one_line(spec: ModelSpec, exc: BaseException) -> str:
    if isinstance(exc, ParevalError):
        return str(exc)
    return f"model {spec.name!r}: {type(exc).__name__}: {' '.join(str(exc).split())}"


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    serve(Connection(int(sys.argv[1]), writable=False), Connection(int(sys.argv[2]), readable=False))
