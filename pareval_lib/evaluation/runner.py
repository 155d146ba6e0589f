"""Run a built candidate at one rank count in the sandbox and read the harness's verdict."""
from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pareval_lib.evaluation import sandbox
from pareval_lib.evaluation.toolchain import find_toolchain
from pareval_lib.machine import usable_cores

LOG_TAIL = 4000


@dataclass
class RunResult:
    ranks: int
    status: str  # ok | wrong_answer | runtime_error | timeout | slow
    runtime_s: float | None
    baseline_s: float | None
    seconds: float  # wall time of the whole process
    failed_case: str | None
    log: str


def command(paradigm: str, ranks: int, size: int | None, reps: int, warmup: int) -> list[str]:
    args = ["./candidate", "--reps", str(reps), "--warmup", str(warmup)]
    if size is not None:
        args += ["--size", str(size)]
    if paradigm == "mpi":
        return find_toolchain().launch_prefix(ranks) + args
    return args


def mpi_environment(ranks: int) -> dict[str, str]:
    """Launcher settings for fair oversubscribed runs (more ranks than cores).

    MPICH's shared-memory collectives spin on each other when ranks share a core: a reduction
    of a few hundred KB then takes seconds instead of milliseconds, and correct code times out.
    """
    if ranks > usable_cores() and find_toolchain().mpi_flavor == "mpich":
        return {"MPIR_CVAR_DEVICE_COLLECTIVES": "none"}
    return {}


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


def run_candidate(
    workdir: Path,
    paradigm: str,
    ranks: int,
    timeout_s: float,
    size: int | None = None,
    reps: int = 3,
    warmup: int = 1,
    memory_bytes: int = 3 * sandbox.GiB,
) -> RunResult:
    """Run `workdir/candidate` (already built) at `ranks` processes."""
    nonce = secrets.token_hex(8)
    limits = sandbox.Limits(wall_s=timeout_s, memory_bytes=memory_bytes, file_bytes=64 * sandbox.MiB)
    env = {"PAREVAL_NONCE": nonce, **(mpi_environment(ranks) if paradigm == "mpi" else {})}
    out = sandbox.run(command(paradigm, ranks, size, reps, warmup), workdir, limits, env)
    lines = out.output.splitlines()
    tagged = result_lines(lines, nonce)
    payload = parse_result(tagged)
    log = out.output[-LOG_TAIL:]
    records = len(tagged)
    markers = set(lines)
    wrote_input = "PAREVAL_INPUT_WRITTEN" in markers
    validated = f"PAREVAL_VALIDATED:{nonce}" in markers
    if wrote_input:
        status = "wrong_answer"
        log += (f"\n[run at {ranks} rank(s): the candidate wrote into its const input (the harness keeps it "
                f"read-only while the candidate runs)]")
    elif out.timed_out and validated and records == 0:
        status = "slow"
        log += (f"\n[run at {ranks} rank(s): every validation case passed, but the timed run did not finish "
                f"within {timeout_s:.1f} s]")
    elif out.timed_out:
        status = "timeout"
        log += f"\n[run at {ranks} rank(s) timed out after {timeout_s:.1f} s]"
    elif records > 1:
        status = "runtime_error"
        log += f"\n[run at {ranks} rank(s): the output carries {records} result records, one expected: not judged]"
    elif out.returncode != 0 or payload is None:
        status = "runtime_error"
        why = out.describe() if out.returncode != 0 else "exited without the harness's result line"
        log += f"\n[run at {ranks} rank(s): {why}]"
    elif not payload.get("valid"):
        status = "wrong_answer"
        log += f"\n[wrong answer at {ranks} rank(s) on {payload.get('failed_case')}]"
    else:
        status = "ok"
    payload = payload or {}
    return RunResult(
        ranks=ranks,
        status=status,
        runtime_s=payload.get("runtime_s") if status == "ok" else None,
        baseline_s=payload.get("baseline_s"),
        seconds=out.seconds,
        failed_case=payload.get("failed_case"),
        log=log,
    )
