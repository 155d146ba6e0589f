"""Builds that give way to timed work (owned here; used by the sandbox, the builds and the runner).

The engine builds the next candidates while the current one runs its untimed work (validation
cases, the memory check). Every build process (a sandboxed compile or link, a trusted compile,
``objcopy``, ``nm``) is registered here while it runs. A timed launch holds ``builds_stopped()``
(``runner.judge``, under the timing lock; in the checker, only while its baseline is timed): every registered
process tree is stopped with SIGSTOP until the launch is judged, then resumed with SIGCONT; a
build that starts meanwhile is stopped as soon as it is registered, and a build's own thread waits
between its steps (``give_way``). A stopped process uses no CPU, so the timing sees an idle machine. The seconds builds spend stopped (``stopped_clock``)
count neither against a build's timeout nor in its build seconds.
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from typing import Iterator

_lock = threading.RLock()
_resumed = threading.Condition(_lock)
_roots: set[int] = set()  # the first process of each running build (a session leader)
_depth = 0  # nested builds_stopped() holders
_holders: dict[int, int] = {}  # thread id -> how many builds_stopped() it holds
_stopped_since: float | None = None
_stopped_total = 0.0


def stopped_clock() -> float:
    """Seconds builds have been held stopped in this process so far (a running total): the
    difference between two readings is how long a build was stopped between them."""
    with _lock:
        return _stopped_total + (time.monotonic() - _stopped_since if _stopped_since is not None else 0.0)


def give_way() -> None:
    """Called by a build's own thread between its steps: wait while timed work runs (the build's
    Python work, parsing a symbol table, would otherwise take a core from the timing)."""
    with _resumed:
        while _depth > 0 and threading.get_ident() not in _holders:  # never wait for oneself
            _resumed.wait()


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                ppid = int(fh.read().rpartition(b")")[2].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _tree(root: int) -> list[int]:
    kids, out, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(kids.get(pid, ()))
    return out


def _signal(pid: int, sig: int) -> None:
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _stop_tree(root: int) -> None:
    """SIGSTOP `root` and all its descendants, again until no new one shows up (a process that
    was forking when the first scan ran is stopped on the next)."""
    done: set[int] = set()
    for _ in range(20):
        fresh = [pid for pid in _tree(root) if pid not in done]
        if not fresh:
            return
        for pid in fresh:
            _signal(pid, signal.SIGSTOP)
        done.update(fresh)


def _continue_tree(root: int) -> None:
    for pid in _tree(root):
        _signal(pid, signal.SIGCONT)


@contextlib.contextmanager
def registered(pid: int) -> Iterator[None]:
    """While inside, the process tree of `pid` (a build) is stopped whenever timed work runs."""
    with _lock:
        _roots.add(pid)
        if _depth > 0:
            _stop_tree(pid)
    try:
        yield
    finally:
        with _lock:
            _roots.discard(pid)
        give_way()  # what the build does next with the output waits for the timing too


@contextlib.contextmanager
def builds_stopped() -> Iterator[None]:
    """Stop every registered build for the duration (nested holders share one stop)."""
    global _depth, _stopped_since, _stopped_total
    me = threading.get_ident()
    with _lock:
        _depth += 1
        _holders[me] = _holders.get(me, 0) + 1
        if _depth == 1:
            _stopped_since = time.monotonic()
            for root in list(_roots):
                _stop_tree(root)
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            _holders[me] -= 1
            if not _holders[me]:
                del _holders[me]
            if _depth == 0:
                for root in list(_roots):
                    _continue_tree(root)
                _stopped_total += time.monotonic() - (_stopped_since or time.monotonic())
                _stopped_since = None
                _resumed.notify_all()


def kill_builds() -> None:
    """SIGKILL every registered build's process tree (an evaluation that stops early does not wait
    for the builds it will not use; their threads see a failed step and return)."""
    with _lock:
        for root in list(_roots):
            for pid in _tree(root):  # a stopped process dies of SIGKILL too: no SIGCONT needed
                _signal(pid, signal.SIGKILL)


def run(cmd: list[str], timeout: float, input: str | None = None) -> subprocess.CompletedProcess:
    """``subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)`` for a build's
    trusted tool, registered (stopped during timed work); the time stopped does not count
    against `timeout`. Raises ``subprocess.TimeoutExpired`` after killing it, like ``run``."""
    give_way()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    with registered(proc.pid):
        held, deadline = stopped_clock(), time.monotonic() + timeout
        send = input
        while True:
            left = deadline + (stopped_clock() - held) - time.monotonic()
            if left <= 0:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                raise subprocess.TimeoutExpired(cmd, timeout)
            try:
                out, err = proc.communicate(send, timeout=min(left, 0.5))
                break
            except subprocess.TimeoutExpired:
                send = None  # communicate() keeps what it has sent and read so far
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)
