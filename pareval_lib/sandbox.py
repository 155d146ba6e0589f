"""Run untrusted commands: private directory, scrubbed environment, limits, timeout, no network.

With bubblewrap (the default where it works) a command sees a read-only system, a private /tmp
and /dev/shm, its own directory as the only writable place, no network (loopback only), and its
own PID namespace, so killing the sandbox kills every process it started. Without bubblewrap it
falls back to resource limits, a new session and a scan for escaped processes, with a warning.
When pareval runs as root the command runs as a fresh unprivileged uid, so per-user process
limits apply to that sandbox alone and nothing private to root is readable.
"""
from __future__ import annotations

import os
import resource
import signal
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

NOBODY = 65534
#: As root, each sandbox runs as its own unprivileged uid from this range (no passwd entry needed),
#: so per-user process limits are per sandbox: one fork bomb cannot starve the next candidate.
SANDBOX_UID_BASE = 231072
SANDBOX_UID_COUNT = 65536
MiB = 1 << 20
GiB = 1 << 30


@dataclass(frozen=True)
class Limits:
    """Resource limits for one sandboxed command (memory and file size are per process)."""

    wall_s: float = 60.0
    memory_bytes: int = 4 * GiB
    file_bytes: int = 256 * MiB
    open_files: int = 1024
    processes: int = 256
    output_tail_bytes: int = 64 * 1024

    @property
    def cpu_s(self) -> int:
        # A backstop only: the wall-clock timeout is what normally ends a run.
        return int(self.wall_s * 4) + 10


@dataclass
class Outcome:
    """What happened to one sandboxed command."""

    returncode: int | None  # None when killed by the timeout
    timed_out: bool
    seconds: float  # wall time
    output: str  # tail of stdout+stderr
    sandbox: str  # "bwrap" or "rlimits"
    leftovers_killed: int = 0

    @property
    def ok(self) -> bool:
        return not self.timed_out and self.returncode == 0

    def describe(self) -> str:
        if self.timed_out:
            return "timed out"
        if self.returncode is not None and self.returncode < 0:
            try:
                name = signal.Signals(-self.returncode).name
            except ValueError:
                name = str(-self.returncode)
            return f"killed by {name}"
        return f"exit status {self.returncode}"


@dataclass(frozen=True)
class SandboxConfig:
    mode: str  # "bwrap" or "rlimits"
    run_as: int | None  # uid to drop to, or None to keep ours
    reason: str = ""  # why bwrap is not used, if it is not
    readable: tuple[str, ...] = field(default_factory=tuple)


def _drop_uid() -> int | None:
    """The uid the bubblewrap probe runs as (None: stay who we are)."""
    return NOBODY if os.geteuid() == 0 else None


def _fresh_uid() -> int:
    return SANDBOX_UID_BASE + int.from_bytes(os.urandom(4), "little") % SANDBOX_UID_COUNT


def _bwrap_prefix(workdir: Path, hide_home: bool, readable: tuple[str, ...]) -> list[str]:
    """bubblewrap arguments: read-only system, private /tmp, /dev/shm and (optionally) home.

    Paths the command must still read (the virtualenv with mpiexec, the harness headers, the
    object cache) are bound back read-only when they lie under a hidden directory.
    """
    args = [
        "bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--tmpfs", "/dev/shm", "--proc", "/proc",
        "--tmpfs", "/tmp",
    ]
    hidden = ["/tmp"]
    home = os.path.expanduser("~")
    if hide_home and home not in ("/", "") and os.path.isdir(home):
        args += ["--tmpfs", home]
        hidden.append(home)
    for path in readable:
        if os.path.exists(path) and any(path == h or path.startswith(h.rstrip("/") + "/") for h in hidden):
            args += ["--ro-bind", path, path]
    args += [
        "--bind", str(workdir), str(workdir), "--chdir", str(workdir),
        "--unshare-all", "--die-with-parent", "--new-session",
    ]
    return args


def _readable_paths() -> tuple[str, ...]:
    """Paths a sandboxed build or run must still read when the home directory is hidden."""
    from .paths import CPP_DIR, cache_dir

    return tuple(str(p) for p in (Path(sys.prefix).resolve(), CPP_DIR, cache_dir()))


@lru_cache(maxsize=1)
def sandbox_config() -> SandboxConfig:
    """Probe once whether bubblewrap works here (as the user we will run candidates as)."""
    run_as = _drop_uid()
    readable = _readable_paths()
    if os.environ.get("PAREVAL_SANDBOX") == "rlimits":
        return SandboxConfig("rlimits", run_as, "PAREVAL_SANDBOX=rlimits", readable)
    if not shutil.which("bwrap"):
        return SandboxConfig("rlimits", run_as, "bubblewrap is not installed (apt-get install bubblewrap)", readable)
    probe = Path(tempfile.mkdtemp(prefix="pareval-probe-"))
    try:
        if run_as is not None:
            os.chown(probe, run_as, run_as)
        res = subprocess.run(
            _bwrap_prefix(probe, run_as is None, readable) + ["true"],
            capture_output=True, text=True, timeout=30, preexec_fn=_privilege_dropper(run_as),
        )
        if res.returncode != 0:
            msg = (res.stderr.strip().splitlines() or ["no message"])[-1]
            return SandboxConfig("rlimits", run_as, f"bubblewrap does not work here: {msg}", readable)
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    return SandboxConfig("bwrap", run_as, "", readable)


def warn_if_weak() -> None:
    cfg = sandbox_config()
    if cfg.mode != "bwrap":
        warnings.warn(
            f"WEAK SANDBOX: {cfg.reason}; candidates run with resource limits and a private "
            "directory only, and can read the file system and reach the network.",
            RuntimeWarning,
            stacklevel=2,
        )


def _privilege_dropper(uid: int | None):
    def drop() -> None:
        if uid is not None:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)

    return drop


def _limiter(limits: Limits, uid: int | None):
    nproc = limits.processes
    if uid is None:  # our own uid: its other processes count against the limit too
        nproc += _count_processes(os.getuid())

    def apply() -> None:  # runs in the child between fork and exec: system calls only
        os.setsid()
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_s, limits.cpu_s))
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_bytes, limits.file_bytes))
        resource.setrlimit(resource.RLIMIT_NOFILE, (limits.open_files, limits.open_files))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
        _privilege_dropper(uid)()

    return apply


def _count_processes(uid: int) -> int:
    n = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    n += 1
            except OSError:
                pass
    return n


def _kill_marked(marker: str) -> int:
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
                    if needle in fh.read() and _alive(int(entry.name)):
                        os.kill(int(entry.name), signal.SIGKILL)
                        killed.add(int(entry.name))
                        found = True
            except (OSError, ProcessLookupError):
                pass
        now = time.monotonic()
        if found:
            quiet_since = now
        elif now - quiet_since > 0.1 and not any(_alive(pid) for pid in killed):
            break
        time.sleep(0.01)
    return len(killed)


def _kill_uid(uid: int) -> int:
    """Kill every process of this sandbox's own uid (rlimits mode as root), until none is left.

    kill(-1) sent *as* that uid reaches all its processes at once, however they detached or
    forked; the uid is unique to the sandbox, so nothing else is touched.
    """
    killed = 0
    for _ in range(100):
        alive = [pid for pid in _pids_of_uid(uid) if _alive(pid)]
        if not alive:
            break
        killed = max(killed, len(alive))
        subprocess.run(["kill", "-KILL", "--", "-1"], preexec_fn=_privilege_dropper(uid),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.01)
    return killed


def _pids_of_uid(uid: int) -> list[int]:
    pids = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    pids.append(int(entry.name))
            except OSError:
                pass
    return pids


def _alive(pid: int) -> bool:
    """True while `pid` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return False


def clean_env(extra: dict[str, str] | None, home: Path) -> dict[str, str]:
    """A scrubbed environment: nothing inherited but a PATH; no keys or tokens can leak in."""
    path = os.pathsep.join([str(Path(sys.prefix) / "bin"), "/usr/local/bin", "/usr/bin", "/bin"])
    env = {
        "PATH": path,
        "HOME": str(home),
        "TMPDIR": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "OMP_NUM_THREADS": "1",
    }
    env.update(extra or {})
    return env


def prepare_workdir(prefix: str = "pareval-") -> Path:
    """A fresh private directory, owned by the sandbox user."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    if sandbox_config().run_as is not None:
        uid = _fresh_uid()
        os.chown(workdir, uid, uid)
    return workdir


def share_with_sandbox(path: Path) -> None:
    """Hand a file or directory we wrote inside a sandbox directory to that sandbox's user."""
    if sandbox_config().run_as is None:
        return
    uid = path.parent.stat().st_uid
    for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
        os.chown(p, uid, uid)


def run(cmd: list[str], workdir: Path, limits: Limits, env: dict[str, str] | None = None) -> Outcome:
    """Run `cmd` in `workdir` inside the sandbox; never raises for anything the command does."""
    for attempt in range(5):
        outcome = _run_once(cmd, workdir, limits, env)
        # bubblewrap's own set-up failing (e.g. "Creating new namespace failed") is not the
        # candidate's doing: try again after a pause.
        if not (outcome.sandbox == "bwrap" and outcome.returncode == 1 and outcome.output.startswith("bwrap: ")):
            break
        time.sleep(0.5 * (attempt + 1))
    return outcome


def _run_once(cmd: list[str], workdir: Path, limits: Limits, env: dict[str, str] | None) -> Outcome:
    cfg = sandbox_config()
    marker = f"PAREVAL_SANDBOX_ID={uuid.uuid4().hex}"
    full_env = clean_env(env, workdir)
    key, value = marker.split("=", 1)
    full_env[key] = value
    argv = (_bwrap_prefix(workdir, cfg.run_as is None, cfg.readable) if cfg.mode == "bwrap" else []) + cmd
    uid = workdir.stat().st_uid if cfg.run_as is not None else None
    log_dir = Path(tempfile.mkdtemp(prefix="pareval-log-"))  # not visible inside the sandbox
    log_path = log_dir / "output"
    start = time.monotonic()
    try:
        with open(log_path, "wb") as log:
            proc = _spawn(argv, workdir, full_env, log, limits, uid)
            status, timed_out = _wait(proc.pid, start + limits.wall_s)
        seconds = time.monotonic() - start
        leftovers = _kill_group(proc.pid)
        if cfg.mode != "bwrap":
            leftovers += _kill_uid(uid) if uid is not None else _kill_marked(marker)
        output = _tail(log_path, limits.output_tail_bytes)
    finally:
        shutil.rmtree(log_dir, ignore_errors=True)
    rc = None if timed_out else os.waitstatus_to_exitcode(status)
    return Outcome(rc, timed_out, seconds, output, cfg.mode, leftovers)


def _spawn(argv: list[str], workdir: Path, env: dict[str, str], log, limits: Limits, uid: int | None) -> subprocess.Popen:
    """Start the command; while an earlier sandbox's processes are still being torn down, the
    per-user process limit can refuse the exec (EAGAIN): wait for them to go, then try again."""
    for attempt in range(100):
        try:
            return subprocess.Popen(
                argv, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                close_fds=True, preexec_fn=_limiter(limits, uid),
            )
        except BlockingIOError:
            if attempt == 99:
                raise
            time.sleep(0.1)
    raise AssertionError("unreachable")


def _wait(pid: int, deadline: float) -> tuple[int, bool]:
    """Poll for `pid` until the deadline; on expiry kill its whole process group."""
    delay = 0.002
    while True:
        wpid, status = os.waitpid(pid, os.WNOHANG)
        if wpid == pid:
            return status, False
        if time.monotonic() >= deadline:
            _kill_group(pid)
            _, status = os.waitpid(pid, 0)
            return status, True
        time.sleep(delay)
        delay = min(delay * 1.5, 0.05)


def _kill_group(pgid: int) -> int:
    try:
        os.killpg(pgid, signal.SIGKILL)
        return 1
    except (ProcessLookupError, PermissionError):
        return 0


def _tail(path: Path, nbytes: int) -> str:
    size = path.stat().st_size
    with open(path, "rb") as fh:
        if size > nbytes:
            fh.seek(size - nbytes)
        data = fh.read()
    text = data.decode("utf-8", errors="replace")
    if size > nbytes:
        text = f"[... {size - nbytes} bytes of output cut ...]\n" + text
    return text
