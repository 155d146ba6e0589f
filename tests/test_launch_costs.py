"""What a launch costs beside the candidate's own work: the MPI library's quick start (a real
MPICH, probed in the real sandbox) and waiting for a run's end (real processes)."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from pareval_lib.evaluation import mpi_env, processes, runner
from pareval_lib.evaluation.build import build_candidate
from pareval_lib.evaluation.toolchain import find_toolchain
from pareval_lib.machine import usable_cores
from pareval_lib.problems.catalogue import get_problem


@pytest.fixture
def fresh_probe():
    mpi_env.quick_start.cache_clear()
    yield
    mpi_env.quick_start.cache_clear()


def test_the_quick_start_is_what_the_probe_ran_with_and_only_under_mpiexec(fresh_probe) -> None:
    chosen = mpi_env.quick_start()
    assert chosen in mpi_env.QUICK_START or chosen == {}
    if find_toolchain().mpi_flavor == "mpich":  # the PyPI MPICH here: UCX and libfabric, both settings hold
        assert chosen == mpi_env.QUICK_START[0]
    assert mpi_env.mpi_environment(1) == chosen
    assert mpi_env.mpi_environment(1, "srun") == {}  # ranks across nodes need the network
    over = mpi_env.mpi_environment(usable_cores() + 1)
    assert over == {**chosen, "MPIR_CVAR_DEVICE_COLLECTIVES": "none"}


def test_settings_the_library_refuses_are_never_used(fresh_probe, monkeypatch) -> None:
    if find_toolchain().mpi_flavor != "mpich":
        pytest.skip("the settings probed are MPICH's")
    bogus = {"MPIR_CVAR_CH4_NETMOD": "ofi", "FI_PROVIDER": "no-such-provider"}
    monkeypatch.setattr(mpi_env, "QUICK_START", (bogus,))
    assert mpi_env.quick_start() == {}  # MPI_Init fails with it: the library's defaults stand
    monkeypatch.setattr(mpi_env, "QUICK_START", (bogus, {"UCX_MEM_MMAP_HOOK_MODE": "none"}))
    mpi_env.quick_start.cache_clear()
    assert mpi_env.quick_start() == {"UCX_MEM_MMAP_HOOK_MODE": "none"}


def test_an_mpi_reference_judged_with_the_quick_start_is_valid_at_every_rank_count(fresh_probe) -> None:
    problem = get_problem("reduce_sum_of_squares")
    built = build_candidate(problem, "mpi", (problem.folder / "solution_mpi.cpp").read_text(), sanitize=False)
    assert built.ok, built.log
    for ranks in (1, 2, 4):
        res = runner.judge(built.workdir, built.checker, "mpi", ranks, 60.0, 100_000, 3, seed=11)
        assert res.status == "ok" and len(res.times) >= 3, res.log


@pytest.mark.parametrize("pidfd", [True, False])
def test_waiting_gives_the_exit_status_and_still_ends_a_run_past_its_deadline(pidfd: bool, monkeypatch) -> None:
    if not pidfd:  # kernels before 5.3: polling alone
        monkeypatch.setattr(processes, "_pidfd", lambda pid: None)
    quick = subprocess.Popen([sys.executable, "-c", "import sys; sys.exit(3)"], start_new_session=True)
    status, late = processes.wait(quick.pid, time.monotonic() + 60)
    assert not late and os.waitstatus_to_exitcode(status) == 3
    seen: list[int] = []
    slow = subprocess.Popen(["sleep", "60"], start_new_session=True)
    status, late = processes.wait(slow.pid, time.monotonic() + 0.3, watch=seen.append)
    assert late and os.waitstatus_to_exitcode(status) == -9 and seen and set(seen) == {slow.pid}


def test_builds_are_stopped_for_the_baselines_timing_only_not_while_the_checker_makes_the_input() -> None:
    from pareval_lib.evaluation import pausing

    problem = get_problem("reduce_logical_xor")  # its timed input takes longer to make than to reduce
    built = build_candidate(problem, "serial", (problem.folder / "solution_serial.cpp").read_text(), sanitize=False)
    assert built.ok, built.log
    counts = runner.Repetitions(3, 1)
    timed = runner.judge(built.workdir, built.checker, "serial", 1, 60.0, None, counts, seed=5,
                         plan=runner.Plan(cases=False, time=True))
    assert timed.status == "ok", timed.log
    before = pausing.stopped_clock()
    verdict, seconds = runner.check_outputs(built.checker, built.workdir / runner.OUTPUTS, None, counts, 5,
                                            runner.Plan(cases=False, time=True, baseline=True), None,
                                            checked=len(timed.times))
    stopped = pausing.stopped_clock() - before
    assert verdict["failed_case"] is None and len(verdict["baseline_times"]) >= 3, verdict
    assert sum(verdict["baseline_times"]) <= stopped < seconds  # the timing inside the stop, the input outside
    # a checker that judges without timing (no outputs to read) never asks to time, and says why
    (built.workdir / runner.OUTPUTS).unlink()
    verdict, _ = runner.check_outputs(built.checker, built.workdir / runner.OUTPUTS, None, counts, 5,
                                      runner.Plan(cases=False, time=True, baseline=True), None)
    assert verdict["failed_case"] == "no outputs file" and verdict["baseline_times"] == []
