"""Evaluate on a cluster: Dask workers (a ``LocalCluster``, or any scheduler's), and Slurm jobs
as Dask workers (dask-jobqueue's ``SLURMCluster``).

Each candidate is one task, start to end on one worker (extract, build, validate, memory check,
timed runs at each rank count: ``candidate.evaluate_candidate``), so its build folder never crosses
machines. Every worker runs one task at a time (one thread), so a candidate's timed runs never
share the worker's cores with another candidate's work; on one machine the timing lock also keeps
timed runs of different workers apart. Records come back to the submitting process, which alone
appends them to the results file: resume and no-duplicate guarantees are the local executor's.

A Slurm worker is a job holding ``nodes`` x ``tasks_per_node`` tasks of ``cores_per_task`` cores;
its MPI runs are launched with ``srun`` inside that allocation (each rank in its own sandbox) or
with ``mpiexec`` on its first node (``launcher``).
"""
from __future__ import annotations

import subprocess
import sys
from concurrent.futures import CancelledError
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

import yaml

from pareval_lib.errors import ParevalError

T = TypeVar("T")
R = TypeVar("R")
EXECUTORS = ("local", "dask", "slurm")
WORKER_START_S = 300.0  # waiting for the first worker (a Slurm queue may hold the jobs a while)


class DaskExecutor:
    """Candidates as tasks on a Dask cluster: ``scheduler`` (an address) or a new ``LocalCluster``
    of ``workers`` single-threaded workers."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 1, client: Any = None):
        from distributed import Client, LocalCluster

        self.workers = max(1, workers)
        self._own_cluster = None
        if client is not None:
            self.client = client
        elif scheduler:
            self.client = Client(scheduler, timeout="60s")
        else:
            self._own_cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=40)
            self.client = Client(self._own_cluster)
        self._check_threads()

    @property
    def jobs(self) -> int:
        return self.workers

    def _check_threads(self) -> None:
        threads = self.client.nthreads()
        busy = {addr: n for addr, n in threads.items() if n > 1}
        if busy:
            addr, n = next(iter(busy.items()))
            raise ParevalError(f"Dask worker {addr} runs {n} threads: start workers with --nthreads 1, so that no "
                               f"two candidates are built and timed side by side on one worker")

    def map_candidates(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R | BaseException]]:
        """(item, fn(item)) as each finishes, or (item, the exception) when its task failed; the
        tasks not yet done are cancelled when the caller stops reading."""
        from distributed import as_completed

        items = list(items)
        if not items:
            return
        self.client.wait_for_workers(1, timeout=WORKER_START_S)
        futures = self.client.map(fn, items, pure=False, retries=0)
        which = {fut.key: item for fut, item in zip(futures, items)}
        try:
            for fut in as_completed(futures):
                try:
                    yield which[fut.key], fut.result()
                except (Exception, CancelledError) as exc:  # noqa: BLE001 - reported as a harness error
                    yield which[fut.key], exc
        finally:
            self.client.cancel([f for f in futures if not f.done()])

    def close(self) -> None:
        self.client.close()
        if self._own_cluster is not None:
            self._own_cluster.close()

    def __enter__(self) -> "DaskExecutor":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class SlurmOptions:
    """A Slurm site's knobs (``--cluster-config`` YAML under ``slurm:``, or the CLI's flags)."""

    partition: str | None = None  # sbatch -p
    account: str | None = None  # sbatch -A
    time_limit: str = "01:00:00"  # sbatch -t, per worker job
    nodes: int = 1  # per worker job
    tasks_per_node: int | None = None  # default: the largest rank count, on one node
    cores_per_task: int = 1
    memory: str = "8GB"  # per worker job
    workers: int = 1  # worker jobs at once
    sbatch_options: list[str] = field(default_factory=list)  # extra #SBATCH lines, e.g. "--exclusive"
    python: str = sys.executable  # on the compute nodes (a shared file system holds the checkout)
    log_dir: str | None = None  # the worker jobs' output; default .cache/slurm-logs
    launcher: str = "srun"  # of MPI ranks in the allocation: srun, or mpiexec on its first node
    death_timeout_s: int = 60  # a worker whose submitter is gone ends after this long
    scheduler_host: str | None = None  # the address workers reach this process at (default: Dask's choice)

    @classmethod
    def from_file(cls, path: Path) -> "SlurmOptions":
        try:
            data = yaml.safe_load(Path(path).read_text()) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ParevalError(f"cluster config {path}: {exc}") from None
        data = data.get("slurm", data) if isinstance(data, dict) else None
        if not isinstance(data, dict):
            raise ParevalError(f"cluster config {path}: expected a mapping under 'slurm:'")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ParevalError(f"cluster config {path}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        return cls(**{k.replace("-", "_"): v for k, v in data.items()})

    def directives(self, ranks: tuple[int, ...]) -> list[str]:
        """The worker job's #SBATCH lines. Tasks per node default to the largest rank count spread
        over the nodes, but no more than the partition's nodes have cores: larger rank counts then
        run oversubscribed (srun --overcommit), and their records say so."""
        tasks = self.tasks_per_node or max(1, -(-max(ranks) // max(1, self.nodes)))
        if not self.tasks_per_node:
            cores = partition_cores(self.partition)
            if cores:
                tasks = min(tasks, max(1, cores // max(1, self.cores_per_task)))
        out = [f"--nodes={self.nodes}", f"--ntasks-per-node={tasks}", f"--cpus-per-task={self.cores_per_task}"]
        if self.account:
            out.append(f"--account={self.account}")
        return out + [opt.removeprefix("#SBATCH").strip() for opt in self.sbatch_options]


def partition_cores(partition: str | None) -> int | None:
    """The fewest cores a node of ``partition`` (default: the default partition) has, from sinfo."""
    try:
        out = subprocess.run(["sinfo", "-h", "-o", "%c", *(["-p", partition] if partition else [])],
                             capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    counts = [int(w.rstrip("+")) for w in out.split() if w.rstrip("+").isdigit()]
    return min(counts) if counts else None


class SlurmExecutor(DaskExecutor):
    """Dask workers as Slurm jobs (dask-jobqueue), one candidate at a time each."""

    name = "slurm"

    def __init__(self, options: SlurmOptions, ranks: tuple[int, ...]):
        import shutil

        from dask_jobqueue import SLURMCluster
        from distributed import Client

        if not shutil.which("sbatch"):
            raise ParevalError("--executor slurm: sbatch is not on PATH (is this a Slurm login node?)")
        from pareval_lib.paths import cache_dir

        self.options = options
        log_dir = Path(options.log_dir or cache_dir() / "slurm-logs")
        log_dir.mkdir(parents=True, exist_ok=True)
        self.cluster = SLURMCluster(
            cores=1, processes=1, memory=options.memory, walltime=options.time_limit, queue=options.partition,
            python=options.python, job_name="pareval-worker", log_directory=str(log_dir),
            # one task per worker (one thread); the job's own tasks are for the candidates' ranks
            job_directives_skip=["-n 1", "--cpus-per-task"], job_extra_directives=options.directives(ranks),
            death_timeout=options.death_timeout_s,
            scheduler_options={"dashboard_address": None,
                               **({"host": options.scheduler_host} if options.scheduler_host else {})})
        self.cluster.scale(jobs=max(1, options.workers))
        super().__init__(client=Client(self.cluster), workers=options.workers)

    def job_script(self) -> str:
        return self.cluster.job_script()

    def close(self) -> None:
        super().close()
        self.cluster.close()


def executor_for(name: str, jobs: int, ranks: tuple[int, ...], scheduler: str | None = None,
                 workers: int | None = None, config: str | Path | None = None,
                 launcher: str | None = None, **slurm_knobs: Any):
    """The executor and the MPI launcher asked for by the CLI's flags or the notebooks' parameters:
    Slurm's knobs from the ``config`` file first, then the given ones (None: not given) over them
    (``sbatch_options`` are added to the file's); the launcher given, else ``srun`` on Slurm (the
    config's), else ``mpiexec``."""
    slurm = SlurmOptions.from_file(Path(config)) if config else SlurmOptions()
    for knob, value in {**slurm_knobs, "workers": workers}.items():
        if value is not None:
            setattr(slurm, knob, [*slurm.sbatch_options, *value] if knob == "sbatch_options" else value)
    if launcher:
        slurm.launcher = launcher
    chosen = launcher or (slurm.launcher if name == "slurm" else "mpiexec")
    return make_executor(name, jobs, ranks, scheduler, workers or 1, slurm), chosen


def make_executor(name: str, jobs: int, ranks: tuple[int, ...], scheduler: str | None = None, workers: int = 1,
                  slurm: SlurmOptions | None = None):
    """The executor ``--executor`` names; a clear error for an unknown one or a missing package."""
    from pareval_lib.evaluation.executors import LocalExecutor

    if name not in EXECUTORS:
        raise ParevalError(f"--executor must be one of {', '.join(EXECUTORS)}, got {name!r}")
    if name == "local":
        return LocalExecutor(jobs)
    try:
        if name == "dask":
            return DaskExecutor(scheduler, workers)
        return SlurmExecutor(slurm or SlurmOptions(workers=workers), ranks)
    except ImportError as exc:
        raise ParevalError(f"--executor {name} needs {exc.name}: pip install distributed dask-jobqueue") from None
