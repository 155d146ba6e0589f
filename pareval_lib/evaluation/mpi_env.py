"""The MPI library's settings for a candidate's launch: fair oversubscription, and a quick start.

Quick start: the PyPI MPICH (ch4 with UCX and libfabric) spends about 40 ms of every process's
start in UCX's memory hooks (patching mmap and friends, which only a network's registration cache
needs) and tens more in MPI_Init choosing a network. On one node neither does anything: MPICH
moves the ranks' messages through its own shared memory either way. A candidate's MPI launch
took 64 ms at 1 rank and 104 ms at 4 before a line of its code ran; with the settings below 13 and
25 ms (measured here; point-to-point and allreduce bandwidth from 8 B to 8 MB the same within
noise). They are used only where a probe (a two-rank program, in the sandbox, as candidates are
run) starts and communicates with them, and only with ``mpiexec`` on one node: under ``srun``
the ranks may span nodes, which need the network.
"""
from __future__ import annotations

import shutil
from functools import lru_cache

from pareval_lib.errors import ParevalError
from pareval_lib.evaluation import sandbox
from pareval_lib.evaluation.toolchain import find_toolchain
from pareval_lib.machine import usable_cores

#: Tried in order; the first the probe accepts is used (none: the library's defaults).
QUICK_START = (
    {"UCX_MEM_MMAP_HOOK_MODE": "none", "MPIR_CVAR_CH4_NETMOD": "ofi", "FI_PROVIDER": "shm"},
    {"UCX_MEM_MMAP_HOOK_MODE": "none"},
)
PROBE_SOURCE = r"""
#include <mpi.h>
#include <cstdio>
#include <vector>
int main(int argc, char** argv) {
  MPI_Init(&argc, &argv);
  int rank = 0, size = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  std::vector<double> big(1 << 18, rank + 1.0), sum(big.size());
  if (size == 2 && rank == 0) MPI_Send(big.data(), (int)big.size(), MPI_DOUBLE, 1, 7, MPI_COMM_WORLD);
  if (size == 2 && rank == 1) MPI_Recv(sum.data(), (int)sum.size(), MPI_DOUBLE, 0, 7, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  const bool sent = size == 2 && (rank == 0 || sum[12345] == 1.0);
  MPI_Allreduce(big.data(), sum.data(), (int)big.size(), MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD);
  if (sent && sum[54321] == 3.0) std::printf("PAREVAL_PROBE_OK %d\n", rank);
  MPI_Finalize();
  return 0;
}
"""


def mpi_environment(ranks: int, launcher: str = "mpiexec") -> dict[str, str]:
    """The MPI library's settings for a launch of ``ranks`` processes by ``launcher``.

    Fair oversubscribed runs (more ranks than cores): MPICH's shared-memory collectives spin on
    each other when ranks share a core, and a reduction of a few hundred KB then takes seconds
    instead of milliseconds, so correct code times out. With ``mpiexec``, the quick start."""
    env = dict(quick_start()) if launcher == "mpiexec" else {}
    if ranks > usable_cores() and find_toolchain().mpi_flavor == "mpich":
        env["MPIR_CVAR_DEVICE_COLLECTIVES"] = "none"
    return env


@lru_cache(maxsize=1)
def quick_start() -> dict[str, str]:
    """The first of QUICK_START a two-rank probe runs correctly with in the sandbox, or {}."""
    tc = find_toolchain()
    if tc.mpi_flavor != "mpich" or not (tc.mpicxx and tc.mpiexec):
        return {}
    from pareval_lib.evaluation.build import mpi_probe  # build imports the sandbox, not this module

    try:
        probe = mpi_probe(PROBE_SOURCE, tc)
    except ParevalError:  # no probe, no quick start: the defaults are always right
        return {}
    workdir = sandbox.prepare_workdir("pareval-probe-")
    try:
        shutil.copy(probe, workdir / "probe")
        sandbox.share_with_sandbox(workdir / "probe")
        for env in QUICK_START:
            out = sandbox.run(tc.launch_prefix(2) + ["./probe"], workdir, sandbox.Limits(wall_s=30.0), env)
            if out.returncode == 0 and {"PAREVAL_PROBE_OK 0", "PAREVAL_PROBE_OK 1"} <= set(out.output.split("\n")):
                return env
    except sandbox.SandboxError:
        pass
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return {}
