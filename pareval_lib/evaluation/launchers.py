"""How the ranks of an MPI run are started, and where a run's cores come from.

``mpiexec`` (the default): the MPI installation's own launcher, inside the sandbox, on this node.
``srun``: Slurm's launcher, inside the allocation this process runs in (a Slurm executor's
worker job); each rank runs in its own sandbox (``sandbox.run``'s ``launcher``), and the ranks
may span the allocation's nodes. MPICH takes its ranks from srun through PMI-2.
"""
from __future__ import annotations

import os
import shutil
import socket

from pareval_lib.errors import ParevalError
from pareval_lib.machine import usable_cores

LAUNCHERS = ("mpiexec", "srun")


def _int_env(name: str) -> int | None:
    value = os.environ.get(name, "").split("(")[0]  # SLURM_TASKS_PER_NODE reads like "2(x3)"
    return int(value) if value.isdigit() else None


def allocation() -> dict[str, object]:
    """Where this process runs: the host, and under Slurm the job's nodes, tasks per node, cores per
    task and cores per node (``cores`` is what a run here may use: the whole allocation for srun)."""
    nodes = _int_env("SLURM_JOB_NUM_NODES")
    out: dict[str, object] = {"host": socket.gethostname(), "slurm_job": os.environ.get("SLURM_JOB_ID")}
    if nodes:
        out.update(nodes=nodes, tasks_per_node=_int_env("SLURM_NTASKS_PER_NODE") or _int_env("SLURM_TASKS_PER_NODE"),
                   cores_per_task=_int_env("SLURM_CPUS_PER_TASK") or 1, cores_per_node=usable_cores())
    return out


def available_cores(launcher: str) -> int:
    """Cores one run may use: this node's, or with srun every node's of the allocation."""
    if launcher == "srun":
        return usable_cores() * (_int_env("SLURM_JOB_NUM_NODES") or 1)
    return usable_cores()


def require(launcher: str) -> None:
    """A clear error when ``launcher`` cannot start ranks from here."""
    if launcher not in LAUNCHERS:
        raise ParevalError(f"launcher must be one of {', '.join(LAUNCHERS)}, got {launcher!r}")
    if launcher == "srun":
        if not shutil.which("srun"):
            raise ParevalError("--launcher srun: srun is not on PATH here")
        if not os.environ.get("SLURM_JOB_ID"):
            raise ParevalError("--launcher srun starts ranks inside a Slurm allocation: use it with --executor slurm "
                               "(or run pareval inside salloc/sbatch)")


def srun_prefix(ranks: int) -> list[str]:
    """srun's command line for ``ranks`` ranks inside this allocation: no binding (the harness's
    ranks are timed as a whole), more ranks than cores allowed (flagged as oversubscribed), a
    failing rank ends the step, the nodes used at most one per rank."""
    require("srun")
    nodes = min(ranks, _int_env("SLURM_JOB_NUM_NODES") or 1)
    cmd = ["srun", "--ntasks", str(ranks), "--nodes", str(nodes), "--mpi=pmi2", "--cpu-bind=none",
           "--kill-on-bad-exit=1", "--quiet", "--overlap", "--cpus-per-task=1"]
    if ranks > (_int_env("SLURM_NTASKS") or 0):
        cmd.append("--overcommit")
    return cmd
