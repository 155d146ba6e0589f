"""Finding and killing the processes a sandboxed run leaves behind (owned by evaluation/sandbox).

A run's processes are found by their uid (each sandbox as root has its own) or by a marker in
their environment (the rlimits fallback); every sweep repeats until nothing is left alive.
"""
from __future__ import annotations

import os
import select
import signal
import subprocess
import time
from typing import Callable


def count_processes(uid: int) -> int:
    return len(pids_of_uid(uid))


def kill_marked(marker: str) -> int:
    """Kill processes whose environment carries `marker` (escaped children in rlimits mode).

    Sweeps until none has been seen for a while (a dying parent may still be forking) and the
    killed ones are gone, so nothing outlives the run. Returns how many were killed.
    """
    needle = marker.encode()
    killed: set[int] = set()
    deadline = time.monotonic() + 5.0
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        found = False
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/environ", "rb") as fh:
                    if needle in fh.read() and is_alive(int(entry.name)):
                        os.kill(int(entry.name), signal.SIGKILL)
                        killed.add(int(entry.name))
                        found = True
            except (OSError, ProcessLookupError):
                pass
        now = time.monotonic()
        if found:
            quiet_since = now
        elif now - quiet_since > 0.1 and not any(is_alive(pid) for pid in killed):
            break
        time.sleep(0.01)
    return len(killed)


def kill_uid(uid: int) -> int:
    """Kill every process of this sandbox's own uid (rlimits mode as root), until none is left.

    kill(-1) sent *as* that uid reaches all its processes at once, however they detached or
    forked; the uid is unique to the sandbox, so nothing else is touched.
    """
    killed = 0
    for _ in range(100):
        alive = [pid for pid in pids_of_uid(uid) if is_alive(pid)]
        if not alive:
            break
        killed = max(killed, len(alive))
        subprocess.run(["kill", "-KILL", "--", "-1"], user=uid, group=uid, extra_groups=[],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.01)
    return killed


def pids_of_uid(uid: int) -> list[int]:
    pids = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    pids.append(int(entry.name))
            except OSError:
                pass
    return pids


def threads_below(root: int, name: str) -> int:
    """Threads, all together, of the processes called ``name`` (their ``comm``) that descend
    from ``root``: read from /proc, where sandboxed processes show with this namespace's ids."""
    parent: dict[int, int] = {}
    named: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                head, _, rest = fh.read().rpartition(b")")
        except OSError:
            continue
        fields = rest.split()
        if len(fields) < 18:
            continue
        pid = int(entry.name)
        parent[pid] = int(fields[1])
        if head.partition(b"(")[2].decode(errors="replace") == name[:15]:
            named[pid] = int(fields[17])
    total = 0
    for pid, threads in named.items():
        seen, up = 0, parent.get(pid)
        while up is not None and up != root and seen < 64:
            up, seen = parent.get(up), seen + 1
        if up == root:
            total += threads
    return total


class ThreadWatch:
    """Peak threads of a sandboxed program while it runs (``processes.wait``'s ``watch``): sampled
    every ``every_s`` seconds, the first time soon after the start. OpenMP's threads live from the
    first parallel region to the end, so a team larger than allowed is seen; threads that start
    and end between two samples can go unseen."""

    def __init__(self, program: str, every_s: float = 0.1) -> None:
        self.program, self.every_s = program, every_s
        self.peak = 0
        self._next = time.monotonic() + 0.02

    def __call__(self, pid: int) -> None:
        now = time.monotonic()
        if now >= self._next:
            self._next = now + self.every_s
            self.peak = max(self.peak, threads_below(pid, self.program))


def is_alive(pid: int) -> bool:
    """True while `pid` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return False


def wait(pid: int, deadline: float, grace_s: float = 0.0,
         watch: Callable[[int], None] | None = None, later: Callable[[], float] | None = None) -> tuple[int, bool]:
    """Wait for `pid` until the deadline; on expiry kill its whole process group (after SIGTERM and
    up to ``grace_s`` seconds to end, when given). ``watch(pid)`` is called at every poll;
    ``later()`` (seconds) moves the deadline back: the time a build was held stopped.

    The polls back off to 50 ms apart, and between them this waits on a pidfd of `pid`, which
    wakes at its exit: a run's seconds are its own, not rounded up to the next poll (a poll alone
    lost 25 ms a launch on average)."""
    delay = 0.002
    exited = _pidfd(pid)
    try:
        while True:
            if watch is not None:
                watch(pid)
            wpid, status = os.waitpid(pid, os.WNOHANG)
            if wpid == pid:
                return status, False
            end = deadline + (later() if later is not None else 0.0)
            now = time.monotonic()
            if now >= end:
                return _kill_late(pid, grace_s), True
            step = min(delay, end - now)
            if exited is not None:
                select.select([exited], [], [], step)
            else:
                time.sleep(step)
            delay = min(delay * 1.5, 0.05)
    finally:
        if exited is not None:
            os.close(exited)


def _pidfd(pid: int) -> int | None:
    """A file descriptor that becomes readable when `pid` exits (Linux 5.3 on), or None."""
    try:
        return os.pidfd_open(pid)
    except (AttributeError, OSError):
        return None


def _kill_late(pid: int, grace_s: float) -> int:
    """End a run past its deadline (SIGTERM and ``grace_s`` to go first, when given); its status."""
    if grace_s > 0:
        try:
            os.killpg(pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
        end = time.monotonic() + grace_s
        while time.monotonic() < end:
            wpid, status = os.waitpid(pid, os.WNOHANG)
            if wpid == pid:
                kill_group(pid)
                return status
            time.sleep(0.05)
    kill_group(pid)
    _, status = os.waitpid(pid, 0)
    return status


def kill_group(pgid: int) -> int:
    try:
        os.killpg(pgid, signal.SIGKILL)
        return 1
    except (ProcessLookupError, PermissionError):
        return 0
