"""Run untrusted commands: private directory, scrubbed environment, limits, timeout, no network.

With bubblewrap (the default where it works) a command sees a read-only system, a private /tmp
and /dev/shm, its own directory as the only writable place, no network (loopback only), and its
own PID namespace, so killing the sandbox kills every process it started.

As root, bubblewrap itself runs as root (so it can mount what a build needs from any folder,
however private the folders above the checkout are) and the command inside runs as a fresh
unprivileged uid (``setpriv``), with no capabilities: per-user process limits apply to that
sandbox alone, and nothing private to root is readable. Folders the sandbox uid could not pass
through (a 0700 home, a ``mktemp -d`` folder) are replaced inside the sandbox by empty ones that
hold only what builds and runs must read (the virtualenv, the harness headers, the object cache).
As another user, bubblewrap runs unprivileged and the command runs as that user, home hidden.

Without bubblewrap it falls back to resource limits, a new session and a sweep for escaped
processes, and says loudly what a candidate can then do. Limits are applied with ``prlimit`` and
the uid with ``subprocess``'s own ``user=``: no ``preexec_fn`` runs in the child while build
threads run (CPython documents that it can deadlock the child).
"""
from __future__ import annotations

import contextlib
import os
import signal
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pareval_lib.errors import ParevalError
from pareval_lib.evaluation import pausing, processes

#: With a per-rank launcher, the folder (in the run's directory) bound as every rank's /dev/shm.
SHARED_SHM = ".shm"
#: Hidden from every sandbox (an empty tmpfs there): trusted scratch (expected outputs, the timing
#: lock) lives here, whatever $TMPDIR says.
HIDDEN_TMP = "/tmp"
#: As root, each sandbox runs as its own unprivileged uid from this range (no passwd entry needed),
#: so per-user process limits are per sandbox: one fork bomb cannot starve the next candidate.
SANDBOX_UID_BASE = 231072
SANDBOX_UID_COUNT = 65536
MiB = 1 << 20
GiB = 1 << 30


class SandboxError(ParevalError):
    """The sandbox could not start a command: pareval's or the machine's fault, not the candidate's."""


@dataclass(frozen=True)
class Limits:
    """Resource limits for one sandboxed command (memory and file size are per process)."""

    wall_s: float = 60.0
    memory_bytes: int | None = 4 * GiB  # address space; None: unlimited (a sanitizer's shadow memory)
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
    as_root: bool  # pareval runs as root: each sandbox gets a fresh unprivileged uid
    reason: str = ""  # why bwrap is not used, if it is not
    readable: tuple[str, ...] = field(default_factory=tuple)

    @property
    def who(self) -> str:
        return "a fresh unprivileged uid per sandbox" if self.as_root else "this user"

    def weakness(self) -> str:
        """What a candidate can do under the fallback, in plain words."""
        if self.as_root:
            return ("candidates run as a fresh unprivileged uid with resource limits and a private directory only: "
                    "they can read every world-readable file, see other processes and reach the network")
        return ("candidates run as this user with resource limits and a private directory only: they can read and "
                "delete your files (the object cache under .cache/ included), read pareval's environment through "
                "/proc and reach the network")


def _fresh_uid() -> int:
    return SANDBOX_UID_BASE + int.from_bytes(os.urandom(4), "little") % SANDBOX_UID_COUNT


def _searchable_by_others(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & stat.S_IXOTH)
    except OSError:
        return False


def _private_ancestor(path: Path) -> Path | None:
    """The topmost folder above `path` (or `path`'s own folder) that other users cannot pass through."""
    for parent in reversed(path.parents):
        if parent != Path("/") and not _searchable_by_others(parent):
            return parent
    return None


def _under(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def _bwrap_prefix(workdir: Path, cfg: SandboxConfig, uid: int | None, per_rank: bool = False) -> list[str]:
    """bubblewrap arguments: read-only system, private /tmp, /dev/shm and private folders.

    ``per_rank``: one sandbox per MPI rank, started by a cluster launcher (``srun``); the ranks of one
    run share the process table, the network and a /dev/shm of their own (``workdir/.shm``), which
    MPI's shared-memory and process-to-process copies need across sandboxes.

    Hidden folders (/tmp, the home of a non-root user, and as root every folder the sandbox uid
    could not pass through) become empty tmpfs; what builds and runs must read is bound back
    read-only at its own path, with world-searchable folders leading to it.
    """
    shm = ["--bind", str(workdir / SHARED_SHM), "/dev/shm"] if per_rank else ["--perms", "1777", "--tmpfs", "/dev/shm"]
    args = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", *shm, "--proc", "/proc"]
    hidden = [HIDDEN_TMP]
    home = os.path.expanduser("~")
    if not cfg.as_root and home not in ("/", "") and os.path.isdir(home):
        hidden.append(home)
    needed = [p for p in cfg.readable if os.path.exists(p)]
    workdir_s = str(workdir)
    if cfg.as_root:
        for path in [*needed, workdir_s]:
            top = _private_ancestor(Path(path))
            if top is not None and not any(_under(str(top), h) for h in hidden):
                hidden = [h for h in hidden if not _under(h, str(top))] + [str(top)]
    for h in sorted(hidden, key=len):
        args += ["--perms", "1777" if h == HIDDEN_TMP else "0755", "--tmpfs", h]
    for path, how in [*((p, "--ro-bind") for p in needed), (workdir_s, "--bind")]:
        root = next((h for h in hidden if _under(path, h)), None)
        if root is None and how == "--ro-bind":
            continue  # visible through the read-only root already
        if root is not None:
            for parent in reversed(Path(path).parents):
                if _under(str(parent), root) and str(parent) != root:
                    args += ["--perms", "0755", "--dir", str(parent)]
        args += [how, path, path]
    args += ["--chdir", workdir_s, "--die-with-parent", "--new-session"]
    if cfg.as_root:
        # bubblewrap is privileged here: no user namespace (the fresh uid must stay a real one)
        args += ["--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]
        if not per_rank:
            args += ["--unshare-pid", "--unshare-net"]
        if uid is not None:
            args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SETPCAP", "--",
                     *_drop_to(uid)]
    else:
        args += ["--unshare-user", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"] if per_rank \
            else ["--unshare-all"]
    return args + ["--"]


def _drop_to(uid: int) -> list[str]:
    """setpriv's options that run the command after them (past a ``--``) as ``uid``, with no capabilities."""
    return ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"]


def _readable_paths() -> tuple[str, ...]:
    """Paths a sandboxed build or run must be able to read, wherever they live."""
    from pareval_lib.paths import CPP_DIR, cache_dir

    paths = [Path(sys.prefix), CPP_DIR, cache_dir()]  # the venv holds the MPI wheel's compilers
    if not shutil.which("prlimit"):
        paths.append(Path(sys.base_prefix))  # the limits wrapper is then this Python
    return tuple(dict.fromkeys(str(p.resolve()) for p in paths))


def _unreachable(paths: tuple[str, ...]) -> list[tuple[str, Path]]:
    """(path, private folder above it) for every path a fresh uid could not reach without bwrap."""
    out = []
    for p in paths:
        top = _private_ancestor(Path(p))
        if top is not None:
            out.append((p, top))
    return out


@lru_cache(maxsize=1)
def sandbox_config() -> SandboxConfig:
    """Probe once whether bubblewrap works here, exactly as candidates will be run."""
    as_root = os.geteuid() == 0
    readable = _readable_paths()
    if os.environ.get("PAREVAL_SANDBOX") == "rlimits":
        return SandboxConfig("rlimits", as_root, "PAREVAL_SANDBOX=rlimits", readable)
    if not shutil.which("bwrap"):
        return SandboxConfig("rlimits", as_root, "bubblewrap is not installed (fix: apt-get install bubblewrap)",
                             readable)
    cfg = SandboxConfig("bwrap", as_root, "", readable)
    probe = prepare_workdir("pareval-probe-", cfg)
    try:
        uid = probe.stat().st_uid if as_root else None
        check = " && ".join(f"test -r {p}" for p in readable if os.path.exists(p)) or "true"
        try:
            res = subprocess.run(_bwrap_prefix(probe, cfg, uid) + ["sh", "-c", check], capture_output=True,
                                 text=True, timeout=30, stdin=subprocess.DEVNULL, env=clean_env(None, probe))
        except (OSError, subprocess.TimeoutExpired) as exc:
            return SandboxConfig("rlimits", as_root, f"bubblewrap is installed but cannot start here: {exc}", readable)
        if res.returncode != 0:
            msg = (res.stderr.strip().splitlines() or [f"exit status {res.returncode}"])[-1]
            hint = (" (fix: allow unprivileged user namespaces, e.g. sysctl kernel.unprivileged_userns_clone=1, "
                    "or run in a container with --privileged)") if "namespace" in msg.lower() else ""
            return SandboxConfig("rlimits", as_root,
                                 f"bubblewrap is installed but cannot start here: {msg}{hint}", readable)
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    return cfg


def fallback_problem(cfg: SandboxConfig | None = None) -> str | None:
    """Why the rlimits fallback cannot even run builds here (as root: private folders), or None."""
    cfg = cfg or sandbox_config()
    if cfg.mode != "rlimits" or not cfg.as_root:
        return None
    blocked = _unreachable(cfg.readable)
    if not blocked:
        return None
    path, top = blocked[0]
    return (f"without bubblewrap the sandbox uid cannot reach {path} ({top} is mode "
            f"{stat.S_IMODE(top.stat().st_mode):04o}): install bubblewrap, or place the checkout and its "
            f"virtualenv where other users can pass through")


def warn_if_weak() -> None:
    cfg = sandbox_config()
    if cfg.mode != "bwrap":
        warnings.warn(f"WEAK SANDBOX: {cfg.reason}; {cfg.weakness()}.", RuntimeWarning, stacklevel=2)


def _prlimit_prefix(limits: Limits, uid: int | None) -> list[str]:
    """Resource limits through util-linux's prlimit (they survive exec into bwrap and setpriv)."""
    nproc = limits.processes
    if uid is None:  # our own uid: its other processes count against the limit too
        nproc += processes.count_processes(os.getuid())
    values = {"cpu": limits.cpu_s, "as": limits.memory_bytes, "fsize": limits.file_bytes,
              "nofile": limits.open_files, "core": 0, "nproc": nproc}
    values = {k: v for k, v in values.items() if v is not None}
    if shutil.which("prlimit"):
        return ["prlimit", *(f"--{k}={v}:{v}" for k, v in values.items()), "--"]
    # no util-linux: a minimal Python wrapper does the same, then execs the command
    code = ("import os,resource,sys;"
            "[resource.setrlimit(getattr(resource,'RLIMIT_'+k.upper()),(int(v),int(v))) for k,v in "
            "(a.split('=') for a in sys.argv[1].split(','))];os.execvp(sys.argv[2],sys.argv[2:])")
    return [sys.executable, "-S", "-c", code, ",".join(f"{k}={v}" for k, v in values.items())]


def clean_env(extra: dict[str, str] | None, home: Path) -> dict[str, str]:
    """A scrubbed environment: nothing inherited but a PATH; no keys or tokens can leak in."""
    path = os.pathsep.join([str(Path(sys.prefix) / "bin"), "/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"])
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


def prepare_workdir(prefix: str = "pareval-", cfg: SandboxConfig | None = None) -> Path:
    """A fresh private directory, owned by the sandbox user (as root: a fresh uid)."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix)).resolve()
    if (cfg or sandbox_config()).as_root:
        uid = _fresh_uid()
        os.chown(workdir, uid, uid)
    return workdir


def share_with_sandbox(path: Path) -> None:
    """Hand a file or directory we wrote inside a sandbox directory to that sandbox's user."""
    if not sandbox_config().as_root:
        return
    uid = path.parent.stat().st_uid
    for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
        os.chown(p, uid, uid)


def run(cmd: list[str], workdir: Path, limits: Limits, env: dict[str, str] | None = None,
        launcher: list[str] | None = None, watch: Callable[[int], None] | None = None,
        build: bool = False) -> Outcome:
    """Run `cmd` in `workdir` inside the sandbox.

    ``launcher``: a trusted command that starts `cmd` once per MPI rank (``srun -n 4 ...``): it runs
    outside the sandbox with the cluster's variables (``SLURM_*``), and each rank runs in its own
    sandbox (``per_rank`` in ``_bwrap_prefix``), as the same fresh uid. Its set-up failures are not
    told apart from the candidate's (bubblewrap's info pipe does not cross the launcher).

    Never raises for anything the command does; raises SandboxError when the sandbox itself
    cannot start (bubblewrap's set-up failing, known from its info pipe staying empty, which
    no candidate can write to; or the launcher failing to exec). ``watch(pid)`` is called while
    it runs (``processes.ThreadWatch``). A ``build`` is stopped while timed work runs
    (``pausing``): the time stopped counts neither in its seconds nor against ``limits.wall_s``.
    """
    for attempt in range(5):
        outcome, started = _run_once(cmd, workdir, limits, env, launcher, watch, build)
        if started:
            return outcome
        # bubblewrap's own set-up failing (e.g. "Creating new namespace failed") is not the
        # candidate's doing: try again after a pause.
        time.sleep(0.5 * (attempt + 1))
    first = (outcome.output.strip().splitlines() or [outcome.describe()])[0]
    raise SandboxError(f"bubblewrap could not set up the sandbox: {first}")


def _run_once(cmd: list[str], workdir: Path, limits: Limits, env: dict[str, str] | None,
              launcher: list[str] | None = None,
              watch: Callable[[int], None] | None = None, build: bool = False) -> tuple[Outcome, bool]:
    """One attempt; the flag says whether the sandbox got as far as starting the command."""
    cfg = sandbox_config()
    marker = f"PAREVAL_SANDBOX_ID={uuid.uuid4().hex}"
    full_env = clean_env(env, workdir)
    key, value = marker.split("=", 1)
    full_env[key] = value
    uid = workdir.stat().st_uid if cfg.as_root else None
    info_r = info_w = None
    if launcher:
        shm = workdir / SHARED_SHM
        shm.mkdir(mode=0o700, exist_ok=True)
        if uid is not None:
            os.chown(shm, uid, uid)
        full_env.update({k: v for k, v in os.environ.items() if k.startswith("SLURM_")})
        if cfg.mode == "bwrap":
            per_rank = _bwrap_prefix(workdir, cfg, uid, per_rank=True)
        else:
            per_rank = [] if uid is None else [*_drop_to(uid), "--"]
        argv = launcher + _prlimit_prefix(limits, uid) + per_rank + cmd
        as_user = None  # the launcher runs as us; each rank drops to `uid` in its sandbox
    elif cfg.mode == "bwrap":
        info_r, info_w = os.pipe()
        bwrap = _bwrap_prefix(workdir, cfg, uid)
        argv = _prlimit_prefix(limits, uid) + bwrap[:1] + ["--info-fd", str(info_w)] + bwrap[1:] + cmd
        as_user = None  # bubblewrap drops to `uid` itself (as root), or runs as us
    else:
        argv = _prlimit_prefix(limits, uid) + cmd
        as_user = uid
    log_dir = Path(tempfile.mkdtemp(prefix="pareval-log-"))  # not visible inside the sandbox
    log_path = log_dir / "output"
    if build:
        pausing.give_way()
    start = time.monotonic()
    try:
        with open(log_path, "wb") as log:
            try:
                proc = _spawn(argv, workdir, full_env, log, as_user, () if info_w is None else (info_w,))
            finally:
                if info_w is not None:
                    os.close(info_w)
            held = pausing.stopped_clock()
            with pausing.registered(proc.pid) if build else contextlib.nullcontext():
                # a launcher gets SIGTERM first: srun then ends the ranks on every node
                status, timed_out = processes.wait(proc.pid, start + limits.wall_s, grace_s=5.0 if launcher else 0.0,
                                                   watch=watch,
                                                   later=(lambda: pausing.stopped_clock() - held) if build else None)
        seconds = time.monotonic() - start - (pausing.stopped_clock() - held if build else 0.0)
        leftovers = processes.kill_group(proc.pid)
        if launcher and uid is not None:
            leftovers += processes.kill_uid(uid)  # the ranks on this node, whatever the launcher left
        elif cfg.mode != "bwrap":
            leftovers += processes.kill_uid(uid) if uid is not None else processes.kill_marked(marker)
        output = _tail(log_path, limits.output_tail_bytes)
        started = True
        if info_r is not None:
            os.set_blocking(info_r, False)
            try:
                started = bool(os.read(info_r, 4096))
            except BlockingIOError:
                started = False
    finally:
        shutil.rmtree(log_dir, ignore_errors=True)
        if info_r is not None:
            os.close(info_r)
    rc = None if timed_out else os.waitstatus_to_exitcode(status)
    return Outcome(rc, timed_out, seconds, output, cfg.mode, leftovers), started or timed_out


def _spawn(argv: list[str], workdir: Path, env: dict[str, str], log, uid: int | None,
           pass_fds: tuple[int, ...] = ()) -> subprocess.Popen:
    """Start the command in a new session (as `uid` when given), without a preexec_fn.

    While an earlier sandbox's processes are still being torn down, the per-user process limit
    can refuse the exec (EAGAIN): wait for them to go, then try again.
    """
    ids = {"user": uid, "group": uid, "extra_groups": []} if uid is not None else {}
    for attempt in range(100):
        try:
            return subprocess.Popen(argv, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                    close_fds=True, start_new_session=True, pass_fds=pass_fds, **ids)
        except BlockingIOError:
            if attempt == 99:
                raise SandboxError(f"cannot start {argv[0]}: the process limit refuses a new process") from None
            time.sleep(0.1)
        except OSError as exc:
            raise SandboxError(f"cannot start {argv[0]} in the sandbox: {exc}") from None
    raise AssertionError("unreachable")


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
