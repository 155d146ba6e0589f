"""Builds beside timed work: stopped (SIGSTOP, whole process tree) while it is timed, resumed after,
and the time stopped counts neither against a build's timeout nor in its seconds."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from pareval_lib.evaluation import pausing, sandbox
from pareval_lib.evaluation.executors import LocalExecutor

# a parent that starts a busy child: both must stop (the child prints its pid first)
TREE = [sys.executable, "-c",
        "import subprocess, sys; c = subprocess.Popen([sys.executable, '-c', "
        "'import os, time\\nprint(os.getpid(), flush=True)\\nend = time.process_time() + 0.6\\n"
        "while time.process_time() < end: pass']); c.wait(); print('done', flush=True)"]


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat", "rb") as fh:
        return fh.read().rpartition(b")")[2].split()[0].decode()


def _cpu_s(pid: int) -> float:
    with open(f"/proc/{pid}/stat", "rb") as fh:
        fields = fh.read().rpartition(b")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_build_tree_is_stopped_while_timed_work_runs_and_its_timeout_waits() -> None:
    out: list = []
    worker = threading.Thread(target=lambda: out.append(pausing.run(TREE, timeout=3.0)))
    t0 = time.monotonic()
    worker.start()
    deadline = time.monotonic() + 10
    child = None
    while child is None and time.monotonic() < deadline:  # the busy grandchild, found from its parent's tree
        roots = list(pausing._roots)
        tree = pausing._tree(roots[0]) if roots else []
        child = next((pid for pid in tree[1:] if b"process_time" in Path(f"/proc/{pid}/cmdline").read_bytes()), None)
        time.sleep(0.02)
    assert child is not None
    with pausing.builds_stopped():
        time.sleep(0.2)
        cpu = _cpu_s(child)
        assert _state(child) == "T" and _state(roots[0]) == "T"
        time.sleep(3.5)  # longer than the build's whole timeout: it must not expire meanwhile
        assert _cpu_s(child) == cpu  # no CPU at all while stopped
    worker.join(20)
    assert out and out[0].returncode == 0 and "done" in out[0].stdout
    assert time.monotonic() - t0 > 3.7


def test_a_build_started_during_timed_work_is_stopped_at_once() -> None:
    with pausing.builds_stopped():
        proc = subprocess.Popen(["sleep", "5"], start_new_session=True)
        try:
            with pausing.registered(proc.pid):
                time.sleep(0.05)
                assert _state(proc.pid) == "T"
        finally:
            proc.kill()
            proc.wait()


def test_a_sandboxed_build_does_not_count_its_stopped_time(tmp_path: Path) -> None:
    workdir = sandbox.prepare_workdir()
    try:
        result: list = []

        busy = ["/usr/bin/python3", "-c", "import time\nend = time.process_time() + 1\n"
                                          "while time.process_time() < end: pass"]  # a second of CPU

        def build() -> None:
            result.append(sandbox.run(busy, workdir, sandbox.Limits(wall_s=1.8), build=True))

        worker = threading.Thread(target=build)
        worker.start()
        time.sleep(0.3)
        with pausing.builds_stopped():
            time.sleep(2.0)  # past its wall limit, were the stop counted
        worker.join(20)
        outcome = result[0]
        assert outcome.ok and not outcome.timed_out
        assert 0.9 < outcome.seconds < 1.7  # its own second, not the two seconds stopped
        # a plain run (not a build) is never extended: its limit is wall time
        worker = threading.Thread(target=lambda: result.append(sandbox.run(["sleep", "3"], workdir,
                                                                           sandbox.Limits(wall_s=1.0))))
        worker.start()
        with pausing.builds_stopped():
            worker.join(20)
        assert result[1].timed_out
    finally:
        import shutil
        shutil.rmtree(workdir, ignore_errors=True)


def test_builds_run_ahead_in_order_and_bounded() -> None:
    started: list[int] = []
    lock = threading.Lock()

    def build(i: int) -> int:
        with lock:
            started.append(i)
        time.sleep(0.05)
        return i * i

    gen = LocalExecutor(2).map_builds(build, range(10), ahead=3)
    assert next(gen) == 0
    time.sleep(0.3)  # the consumer is busy with item 0: at most 3 more may start
    assert len(started) <= 4
    assert list(gen) == [i * i for i in range(1, 10)]
    gen = LocalExecutor(2).map_builds(build, range(100), ahead=2)
    next(gen)
    gen.close()  # stopping early starts nothing more
    time.sleep(0.1)
    assert len(started) <= 10 + 3


def test_a_builds_thread_waits_between_its_steps_while_timed_work_runs() -> None:
    passed: list[float] = []
    with pausing.builds_stopped():
        pausing.give_way()  # the holder itself never waits
        worker = threading.Thread(target=lambda: (pausing.give_way(), passed.append(time.monotonic())))
        worker.start()
        time.sleep(0.3)
        assert not passed
        released = time.monotonic()
    worker.join(5)
    assert passed and passed[0] >= released


def test_kill_builds_ends_every_registered_tree_even_a_stopped_one() -> None:
    proc = subprocess.Popen(TREE, stdout=subprocess.PIPE, text=True, start_new_session=True)
    child = int(proc.stdout.readline())
    with pausing.registered(proc.pid):
        with pausing.builds_stopped():
            pausing.kill_builds()
        assert proc.wait(timeout=10) != 0
    deadline = time.time() + 10
    while time.time() < deadline and os.path.exists(f"/proc/{child}") and _state(child) != "Z":
        time.sleep(0.05)
    assert not os.path.exists(f"/proc/{child}") or _state(child) == "Z"
