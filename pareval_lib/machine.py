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


def cpu_busy_s() -> float | None:
    """Seconds of CPU the whole machine has spent busy (user, system, interrupts, stolen by the
    hypervisor) since boot, from /proc/stat; None where there is none."""
    try:
        with open("/proc/stat") as fh:
            fields = [int(v) for v in fh.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


def own_cpu_s() -> float:
    """CPU seconds of this process and of every child it has waited for (their children too)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class OthersProbe:
    """How busy everything but us kept the machine: the cores (CPU seconds per wall second) used
    by other processes and taken by the hypervisor, over the laps since it was made.

    Our CPU is this process's and that of the children it has waited for. A sandboxed
    candidate's processes are not among those (bubblewrap's namespace reaps them), so a lap
    during which a candidate ran is given the cores the candidate may use (``expected_cores``:
    its rank count, at most the machine's cores): a candidate using fewer only makes the others
    look quieter, never busier."""

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._others = 0.0
        self._wall = 0.0
        self._known = True
        self.start()

    def start(self) -> None:
        self._t, self._busy, self._own = self._clock(), cpu_busy_s(), own_cpu_s()

    def lap(self, expected_cores: float = 0.0) -> None:
        """End the current lap (``expected_cores`` of it were ours, unseen) and start the next."""
        wall, busy = self._clock() - self._t, cpu_busy_s()
        if busy is None or self._busy is None:
            self._known = False
        else:
            self._others += (busy - self._busy) - (own_cpu_s() - self._own) - expected_cores * wall
            self._wall += wall
        self.start()

    def cores(self, lap: bool = True) -> float | None:
        """Cores the others used on average over the laps (with ``lap``, one more ending now)."""
        if lap:
            self.lap()
        if not self._known or self._wall <= 0:
            return None
        return max(0.0, self._others) / self._wall
