"""Facts of the machine this process runs on (foundation: imports nothing from pareval_lib)."""
from __future__ import annotations

import os


def usable_cores() -> int:
    """CPU cores this process may run on: its affinity mask (not the machine's total), and inside a
    Slurm job no more than the job holds on this node (a site without CPU binding leaves the mask
    at the whole node)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    slurm = os.environ.get("SLURM_CPUS_ON_NODE", "")
    return min(cores, int(slurm)) if slurm.isdigit() and int(slurm) > 0 else cores
