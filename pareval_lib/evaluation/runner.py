"""Run a built candidate at one rank count in the sandbox, then judge its outputs in the checker.

The candidate's program only computes: it writes rank 0's outputs to a file and prints one
record of its timings. The verdict comes from the problem's checker (``build.checker_program``),
a trusted process the candidate never runs in, started after the candidate's processes are gone:
it rebuilds the inputs from the same seeds, computes the expected outputs with the reference
(the timed input's once per input, cached in a folder the sandbox cannot see) and compares.
The serial baseline is timed there too, right after the candidate's own timed run.

Timed work (the candidate's timed launch and the baseline) holds a machine-wide lock, so two
``pareval evaluate`` processes on one machine never time at once, and stops this process's
builds of the next candidates meanwhile (``pausing``): for the whole candidate's launch, and for
the baseline's warm-up and repetitions only (not while the checker makes the input or checks).
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import math
import os
import secrets
import statistics
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from pareval_lib.errors import ParevalError
from pareval_lib.evaluation import launchers, pausing, sandbox
from pareval_lib.evaluation.mpi_env import mpi_environment
from pareval_lib.evaluation.toolchain import find_toolchain
from pareval_lib.machine import OthersProbe, usable_cores
from pareval_lib.problems.paradigms import uses_mpi, uses_openmp

LOG_TAIL = 4000
OUTPUTS = "outputs.bin"  # rank 0's outputs, written by the candidate's program in its folder
OUTPUT_LIMIT = 512 * sandbox.MiB
CHECKER_TIMEOUT_S = 900.0


@dataclass
class RunResult:
    ranks: int
    status: str  # ok | wrong_answer | runtime_error | timeout | slow
    runtime_s: float | None
    baseline_s: float | None
    seconds: float  # wall time of the candidate's process(es)
    failed_case: str | None
    log: str
    times: list[float] = field(default_factory=list)  # every timed repetition
    steady: bool | None = None  # adaptive repetitions: whether the last ones met the target spread
    baseline_times: list[float] = field(default_factory=list)
    load: float | None = None  # the machine's 1-minute load average when the timed run started
    check_s: float = 0.0  # wall time of the checker
    others_cpu: float | None = None  # cores other processes (and the hypervisor) used while it was timed
    disturbed: bool | None = None  # others_cpu above DISTURBED_CORES: not a clean timing
    retimed: int = 0  # timed again after a disturbed first try (this is the second)
    quiet_wait_s: float = 0.0  # waited for the machine to calm before timing again
    threads: int = 1  # OpenMP threads per rank it was given
    threads_peak: int | None = None  # most threads its processes were seen with (timed launches)

    @property
    def where(self) -> str:
        """The layout in words: "2 rank(s)", "4 thread(s)", "2 rank(s) x 2 thread(s)"."""
        if self.threads == 1:
            return f"{self.ranks} rank(s)"
        return f"{self.threads} thread(s)" if self.ranks == 1 else f"{self.ranks} rank(s) x {self.threads} thread(s)"


@dataclass(frozen=True)
class Repetitions:
    """How many timed repetitions a launch runs: ``reps`` after ``warmup``; then, when ``reps`` is
    at least 2 and ``max_reps`` is larger, more while the last ``reps`` spread by more than
    ``target_spread`` ((max - min) / median) and timing so far took less than ``max_timed_s`` (the
    repetition loop's wall time, warm-up and each repetition's fresh copy of the input included).
    The candidate's program and the checker's baseline follow the same rule (``keep_timing`` in
    ``pareval_main.hpp``)."""

    reps: int = 3
    warmup: int = 1
    max_reps: int = 0
    target_spread: float = 0.0
    max_timed_s: float = 0.0

    @property
    def adaptive(self) -> bool:
        return self.reps >= 2 and self.max_reps > self.reps and self.target_spread > 0

    @property
    def most(self) -> int:
        return self.max_reps if self.adaptive else self.reps

    def args(self) -> list[str]:
        out = ["--reps", str(self.reps), "--warmup", str(self.warmup)]
        if self.adaptive:
            out += ["--max-reps", str(self.max_reps), "--target-spread", repr(self.target_spread),
                    "--max-timed", repr(self.max_timed_s)]
        return out

    def steady(self, times: list[float]) -> bool | None:
        """Whether the last ``reps`` repetitions are within the target spread (None: not adaptive)."""
        if not self.adaptive or len(times) < self.reps:
            return None
        last = spread(times[-self.reps:])
        return last is not None and last <= self.target_spread * (1 + 1e-6)


#: A timed launch during which other processes kept this many cores busy on average (builds,
#: another user's job, a hypervisor stealing time) was disturbed: timed again once the machine
#: is quiet, and marked when it stays disturbed. The candidate's sandboxed processes are counted
#: as using a core per rank (at most the machine's): at rank counts that fill the machine, a
#: competitor takes the candidate's own cores and goes unseen here; the repetitions' spread
#: (``steady``) is the signal there.
DISTURBED_CORES = 0.5
QUIET_WAIT_S = 2.0  # at most, before timing a disturbed launch again
#: After a wait that ended with the machine still busy, disturbed launches are only marked (not
#: waited for, not timed again) for this long: on a machine that stays busy, waiting buys nothing.
BUSY_HOLDOFF_S = 60.0
_busy_since: list[float] = []  # when the last wait ended with the machine still busy


def wait_for_quiet(most_s: float = QUIET_WAIT_S, window_s: float = 0.25) -> tuple[bool, float]:
    """Wait (up to ``most_s``) until other processes use less than DISTURBED_CORES: whether the
    machine became quiet, and the seconds waited. Within BUSY_HOLDOFF_S of a wait that ended busy,
    no wait: (False, 0)."""
    t0 = time.monotonic()
    if _busy_since and t0 - _busy_since[-1] < BUSY_HOLDOFF_S:
        return False, 0.0
    while time.monotonic() - t0 < most_s:
        probe = OthersProbe()
        time.sleep(window_s)
        cores = probe.cores()
        if cores is None or cores <= DISTURBED_CORES:
            _busy_since.clear()
            return True, time.monotonic() - t0
    _busy_since[:] = [time.monotonic()]
    return False, time.monotonic() - t0


@dataclass(frozen=True)
class Plan:
    """What one launch does: validation cases, the timed input, and (checker) the baseline."""

    cases: bool = True
    time: bool = True
    baseline: bool = False


def command(paradigm: str, ranks: int, size: int | None, reps: int | Repetitions, warmup: int = 0,
            program: str = "candidate", launcher: str = "mpiexec") -> list[str]:
    """The sandboxed command of one run (with ``srun``, of each rank: see ``outer_launcher``)."""
    counts = reps if isinstance(reps, Repetitions) else Repetitions(reps, warmup)
    args = [f"./{program}", *counts.args()]
    if size is not None:
        args += ["--size", str(size)]
    if uses_mpi(paradigm) and launcher == "mpiexec":
        return find_toolchain().launch_prefix(ranks) + args
    return args


def outer_launcher(paradigm: str, ranks: int, launcher: str) -> list[str] | None:
    """The trusted launcher that starts each rank in its own sandbox, or None (one sandbox)."""
    return launchers.srun_prefix(ranks) if uses_mpi(paradigm) and launcher == "srun" else None


def thread_environment(paradigm: str, ranks: int, threads: int) -> dict[str, str]:
    """OpenMP's settings for a run of ``threads`` per rank (recorded in ``settings``).

    One process (openmp): threads bound to the cores in order (``OMP_PROC_BIND=close`` over
    ``OMP_PLACES=cores``), wrapping round when there are more threads than cores. Ranks of threads
    (mpi+omp): not bound, since every rank would bind its first thread to the same core; the system
    spreads them. More workers than cores: threads that wait sleep (``OMP_WAIT_POLICY=PASSIVE``)
    instead of spinning on the cores the others need, the counterpart of ``mpi_environment``."""
    if not uses_openmp(paradigm):
        return {"OMP_NUM_THREADS": "1"}
    env = {"OMP_NUM_THREADS": str(threads), "OMP_DYNAMIC": "false"}
    env.update({"OMP_PROC_BIND": "close", "OMP_PLACES": "cores"} if not uses_mpi(paradigm)
               else {"OMP_PROC_BIND": "false"})
    if ranks * threads > usable_cores():
        env["OMP_WAIT_POLICY"] = "PASSIVE"
    return env


def result_lines(lines: list[str], nonce: str) -> list[str]:
    """The payload of every output line carrying the harness's result tag with our nonce."""
    tag = f"PAREVAL_RESULT:{nonce}:"
    return [line[len(tag):] for line in lines if line.startswith(tag)]


def parse_result(lines: list[str]) -> dict[str, Any] | None:
    """The harness's result record from its tagged ``lines``, or None when there is not exactly
    one (a second one can only be the candidate's forgery) or it is not a JSON object."""
    if len(lines) != 1:
        return None
    try:
        record = json.loads(lines[0])
    except json.JSONDecodeError:
        return None
    return record if isinstance(record, dict) else None


def record_problem(record: dict[str, Any], ranks: int, reps: int | Repetitions, plan: Plan,
                   seconds: float, threads: int = 1) -> str | None:
    """Why the candidate's timing record is not the one the harness writes, or None."""
    counts = reps if isinstance(reps, Repetitions) else Repetitions(reps, 0)
    times = record.get("times")
    if record.get("ranks") != ranks or record.get("written") is not True:
        return "its record names another run, or its outputs could not be written"
    if record.get("threads", 1) != threads:
        return f"it started with {record.get('threads')} OpenMP thread(s), {threads} expected"
    fewest, most = (counts.reps, counts.most) if plan.time else (0, 0)
    if not isinstance(times, list) or not fewest <= len(times) <= most or record.get("reps") != len(times):
        return "its record holds the wrong number of timings"
    if not all(isinstance(t, (int, float)) and math.isfinite(t) and t > 0 for t in times):
        return "its record holds timings that are not positive numbers"
    if sum(times) > seconds + 0.05:
        return f"its timings add up to {sum(times):.3f} s, more than the {seconds:.3f} s the process ran"
    return None


@contextlib.contextmanager
def timing_lock() -> Iterator[None]:
    """Machine-wide: one timed run at a time, whichever pareval process asks (a file in /tmp,
    which the sandbox cannot see)."""
    path = Path(sandbox.HIDDEN_TMP) / "pareval-timing.lock"
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:  # another user's lock file: time without it rather than fail
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def check_outputs(checker: Path, outputs: Path, size: int | None, counts: Repetitions, seed: int, plan: Plan,
                  expected: Path | None, checked: int | None = None,
                  probe: OthersProbe | None = None) -> tuple[dict[str, Any], float]:
    """The checker's verdict on ``outputs`` (``checked`` timed repetitions of the candidate; its
    baseline timed by the rule of ``counts``) and its wall seconds.

    With ``plan.baseline`` this process's builds are stopped only while the baseline is timed: the
    checker says when it has made the input (``PAREVAL_INPUT_READY``), waits for the word to time,
    and says when timing is done (``PAREVAL_BASELINE_DONE``); making the input and checking the
    outputs leave the builds running. The caller holds the timing lock throughout. ``probe`` gets
    a lap of the baseline's timing (the checker's one core its own).

    A checker that fails on a candidate's outputs (it is the candidate's doing: the file is the
    candidate's) says so in ``failed_case``; one that cannot start is pareval's failure."""
    args = [str(checker), "--outputs", str(outputs), *counts.args(), "--seed", str(seed),
            "--case-seed", str(seed), "--cases", str(int(plan.cases)), "--time", str(int(plan.time)),
            "--baseline", str(int(plan.baseline)), "--handshake", str(int(plan.baseline and plan.time))]
    if size is not None:
        args += ["--size", str(size)]
    if checked is not None:
        args += ["--checked", str(checked)]
    if expected is not None:
        args += ["--expected", str(expected)]
    t0 = time.monotonic()
    if outputs.exists() and outputs.stat().st_size > OUTPUT_LIMIT:
        return {"failed_case": f"outputs larger than {OUTPUT_LIMIT // sandbox.MiB} MiB"}, 0.0
    try:
        proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, cwd=tempfile.gettempdir())
    except OSError as exc:
        raise ParevalError(f"the checker {checker.name} did not run: {exc}") from None
    lines: list[str] = []
    late: list[bool] = []

    def kill_late() -> None:
        late.append(True)
        proc.kill()

    overdue = threading.Timer(CHECKER_TIMEOUT_S, kill_late)  # the checker is trusted: a safety net
    overdue.start()
    try:
        if plan.baseline and plan.time and _read_until(proc, "PAREVAL_INPUT_READY", lines):
            with pausing.builds_stopped():
                if probe is not None:
                    probe.start()
                proc.stdin.write("go\n")  # type: ignore[union-attr]
                proc.stdin.flush()  # type: ignore[union-attr]
                _read_until(proc, "PAREVAL_BASELINE_DONE", lines)
                if probe is not None:
                    probe.lap(1.0)
        proc.stdin.close()  # type: ignore[union-attr]
        rest = proc.stdout.read()  # type: ignore[union-attr]  # what the line reads above left buffered too
        proc.wait()
    except OSError as exc:
        proc.kill()
        proc.wait()
        raise ParevalError(f"the checker {checker.name} did not run: {exc}") from None
    finally:
        overdue.cancel()
        for pipe in (proc.stdin, proc.stdout):
            pipe.close()  # type: ignore[union-attr]
    if late:
        raise ParevalError(f"the checker {checker.name} did not finish within {CHECKER_TIMEOUT_S:.0f} s")
    seconds = time.monotonic() - t0
    try:
        verdict = json.loads((lines + rest.strip().splitlines())[-1])
    except (IndexError, json.JSONDecodeError):
        verdict = None
    if proc.returncode != 0 or not isinstance(verdict, dict):
        why = f"signal {-proc.returncode}" if proc.returncode < 0 else f"exit {proc.returncode}"
        return {"failed_case": f"outputs the checker could not judge ({why})"}, seconds
    return verdict, seconds


def _read_until(proc: subprocess.Popen, marker: str, lines: list[str]) -> bool:
    """Read the checker's lines into ``lines`` up to ``marker`` (not kept): whether it came (not the
    end of its output first: a checker that judged without timing, or failed)."""
    for line in proc.stdout:  # type: ignore[union-attr]
        if line.rstrip("\n") == marker:
            return True
        lines.append(line.rstrip("\n"))
    return False


def judge(
    workdir: Path,
    checker: Path,
    paradigm: str,
    ranks: int,
    timeout_s: float,
    size: int | None = None,
    reps: int | Repetitions = 3,
    warmup: int = 1,
    seed: int = 42,
    plan: Plan = Plan(),
    expected: Path | None = None,
    memory_bytes: int = 3 * sandbox.GiB,
    launcher: str = "mpiexec",
    threads: int = 1,
) -> RunResult:
    """Run `workdir/candidate` (already built) at `ranks` processes of `threads` OpenMP threads as
    `plan` says, then judge it.

    A timeout in a launch whose validation cases the checker accepted (in this launch, or in an
    earlier one when ``plan.cases`` is off) is ``slow``."""
    counts = reps if isinstance(reps, Repetitions) else Repetitions(reps, warmup)
    nonce = secrets.token_hex(8)
    limits = sandbox.Limits(wall_s=timeout_s, memory_bytes=memory_bytes, file_bytes=OUTPUT_LIMIT)
    env = {"PAREVAL_NONCE": nonce, **(mpi_environment(ranks * threads, launcher) if uses_mpi(paradigm) else {}),
           **thread_environment(paradigm, ranks, threads)}
    cmd = command(paradigm, ranks, size, counts, launcher=launcher) + [
        "--out", OUTPUTS, "--seed", str(seed), "--case-seed", str(seed), "--cases", str(int(plan.cases)),
        "--time", str(int(plan.time))]
    outputs = workdir / OUTPUTS
    outputs.unlink(missing_ok=True)
    with timing_lock() if plan.time else contextlib.nullcontext(), contextlib.ExitStack() as stopped:
        if plan.time:  # this process's builds wait while the candidate runs (and the checker's baseline)
            stopped.enter_context(pausing.builds_stopped())
        load = os.getloadavg()[0] if plan.time else None  # once the lock is held: the load it ran under
        outer = outer_launcher(paradigm, ranks, launcher)
        # the timed launch and the checker's baseline; not under srun, whose ranks are not our children
        probe = OthersProbe() if plan.time and outer is None else None
        watch = sandbox.processes.ThreadWatch("candidate") if plan.time and outer is None else None
        out = sandbox.run(cmd, workdir, limits, env, outer, watch)
        if probe is not None:  # the candidate's processes may use a core per worker (not more than there are)
            probe.lap(float(min(ranks * threads, usable_cores())))
        stopped.close()  # the builds go on while the checker works; it stops them for its baseline only
        lines = out.output.splitlines()
        tagged = result_lines(lines, nonce)
        payload = parse_result(tagged)
        log = out.output[-LOG_TAIL:]
        markers = set(lines)
        cases_done = f"PAREVAL_CASES_DONE:{nonce}" in markers
        result = RunResult(ranks, "ok", None, None, out.seconds, None, log, load=load, threads=threads,
                           threads_peak=watch.peak or None if watch is not None else None)

        def fail(status: str, words: str, failed_case: str | None = None) -> RunResult:
            result.status, result.failed_case = status, failed_case
            result.log += f"\n[{words}]"
            return result

        where = f"run at {result.where}"
        if "PAREVAL_INPUT_WRITTEN" in markers:
            return fail("wrong_answer", f"{where}: the candidate wrote into its const input (the harness keeps it "
                                        f"read-only while the candidate runs)")
        if out.timed_out:
            if plan.time and (not plan.cases or cases_done):
                verdict = {}
                if plan.cases:
                    verdict, result.check_s = check_outputs(checker, outputs, size, counts, seed,
                                                            Plan(cases=True, time=False), None)
                if not verdict.get("failed_case"):
                    return fail("slow", f"{where}: every validation case passed, but the timed run did not finish "
                                        f"within {timeout_s:.1f} s")
                return fail("wrong_answer", f"wrong answer at {result.where} on {verdict['failed_case']}",
                            verdict["failed_case"])
            return fail("timeout", f"{where} timed out after {timeout_s:.1f} s")
        if len(tagged) > 1:
            return fail("runtime_error", f"{where}: the output carries {len(tagged)} result records, one expected: "
                                         f"not judged")
        if out.returncode != 0 or payload is None:
            why = out.describe() if out.returncode != 0 else "exited without the harness's result line"
            return fail("runtime_error", f"{where}: {why}")
        wrong = record_problem(payload, ranks, counts, plan, out.seconds, threads)
        if wrong:
            return fail("runtime_error", f"{where}: not judged: {wrong}")
        verdict, result.check_s = check_outputs(checker, outputs, size, counts, seed, plan, expected,
                                                checked=len(payload["times"]), probe=probe)
        if probe is not None:  # over the candidate's launch and the baseline's timing, not the checking
            result.others_cpu = probe.cores(lap=False)
            result.disturbed = result.others_cpu is not None and result.others_cpu > DISTURBED_CORES
    if verdict.get("failed_case"):
        return fail("wrong_answer", f"wrong answer at {result.where} on {verdict['failed_case']}",
                    verdict["failed_case"])
    result.times = [float(t) for t in payload["times"]]
    result.runtime_s = statistics.median(result.times) if result.times else None
    result.steady = counts.steady(result.times) if result.times else None
    result.baseline_times = [float(t) for t in verdict.get("baseline_times") or [] if isinstance(t, (int, float))]
    result.baseline_s = statistics.median(result.baseline_times) if result.baseline_times else None
    return result


def spread(times: list[float]) -> float | None:
    """(max - min) / median of a run's repetitions: how steady its timing was."""
    if len(times) < 2:
        return None
    return (max(times) - min(times)) / statistics.median(times)


#: The sanitizers' settings for the memory check: stop at the first report with a known exit code;
#: leaks are not errors here; the resident-memory cap stands in for the address-space limit
#: (the sanitizer's shadow memory needs terabytes of address space).
SANITIZER_ENV = {
    "ASAN_OPTIONS": "detect_leaks=0:exitcode=86:abort_on_error=0:hard_rss_limit_mb=3072:allocator_may_return_null=1"
                    ":detect_stack_use_after_return=0:print_summary=1",
    "UBSAN_OPTIONS": "halt_on_error=1:exitcode=87:print_stacktrace=0:print_summary=1",
}
SANITIZER_REPORTS = ("ERROR: AddressSanitizer", ": runtime error:")
#: Sanitizer reports of running out of memory: the plain run's verdict stands for those.
NOT_MEMORY_ERRORS = ("out-of-memory", "allocation-size-too-big", "rss-limit-exceeded", "requested allocation size",
                     # runaway recursion: the plain run's runtime_error or timeout says it
                     "stack-overflow")


def memory_check(workdir: Path, program: str, paradigm: str, ranks: int, timeout_s: float, seed: int,
                 launcher: str = "mpiexec", threads: int = 1) -> RunResult:
    """Run the validation cases once in the sanitized build (``build.SANITIZED``): ``memory_error``
    with the sanitizer's first report when it finds one, ``ok`` when it runs clean, and
    ``inconclusive`` when it stops some other way (too slow under the sanitizers, a crash the plain
    build did not have): the plain runs stay the verdict then, and the record says so. The outputs
    are not judged here (the plain build's are); the candidate can only hide from the check, and
    gains nothing by it that it would not have without the check."""
    limits = sandbox.Limits(wall_s=timeout_s, memory_bytes=None, file_bytes=OUTPUT_LIMIT)
    env = {"PAREVAL_NONCE": secrets.token_hex(8), **SANITIZER_ENV,
           **(mpi_environment(ranks * threads, launcher) if uses_mpi(paradigm) else {}),
           **thread_environment(paradigm, ranks, threads)}
    cmd = command(paradigm, ranks, None, 1, 0, program, launcher) + [
        "--out", "outputs-san.bin", "--seed", str(seed), "--case-seed", str(seed), "--cases", "1", "--time", "0"]
    out = sandbox.run(cmd, workdir, limits, env, outer_launcher(paradigm, ranks, launcher))
    (workdir / "outputs-san.bin").unlink(missing_ok=True)
    result = RunResult(ranks, "ok", None, None, out.seconds, None, out.output[-LOG_TAIL:], threads=threads)
    reports = [line.strip() for line in out.output.splitlines() if any(tag in line for tag in SANITIZER_REPORTS)]
    summary = next((line for line in out.output.splitlines() if line.startswith("SUMMARY: ")),
                   reports[0] if reports else "")
    if any(word in summary for word in NOT_MEMORY_ERRORS):  # out of memory: the plain verdict stands
        result.status = "inconclusive"
        result.log += f"\n[memory check inconclusive at {result.where}: {' '.join(summary.split())[:200]}]"
    elif out.returncode != 0 and reports and not out.timed_out:
        result.status = "memory_error"
        result.log += (f"\n[memory error at {result.where} on the validation cases (AddressSanitizer / "
                       f"UndefinedBehaviorSanitizer build): {' '.join(summary.split())[:300]}]")
    elif out.timed_out or out.returncode != 0:
        why = f"timed out after {timeout_s:.0f} s" if out.timed_out else out.describe()
        result.status = "inconclusive"
        result.log += f"\n[memory check inconclusive at {result.where}: the sanitized build {why}]"
    return result
