"""Cluster executors end to end: a real single-node Slurm (Debian's slurmctld, slurmd and munge,
started by scripts/slurm-up.sh as root) and a Dask LocalCluster.

The same generations (reference and wrong candidates, serial and MPI at 1, 2 and 4 ranks) are
judged by the local executor and by each cluster executor; the records must agree in status,
validity and per-rank run status. Each cluster run is killed midway (SIGKILL to the submitting
process and its workers) and resumed. A scaling study to 8 ranks runs through Slurm's srun.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import pytest

from pareval_lib import store
from pareval_lib.analysis.figures import scaling_figure
from pareval_lib.analysis.results import load_results
from pareval_lib.analysis.scaling import scaling_table
from pareval_lib.errors import ParevalError
from pareval_lib.evaluation.cluster import SlurmOptions, make_executor
from pareval_lib.evaluation.engine import EvalConfig, evaluate
from pareval_lib.evaluation.quality import quality_generations
from pareval_lib.evaluation.sandbox import sandbox_config
from pareval_lib.problems.catalogue import get_problem

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "pareval_lib"]
PROBLEM = "reduce_sum_of_squares"
SIZE, SEED = 20000, 11
RUN = ["--size", str(SIZE), "--reps", "1", "--seed", str(SEED), "--quiet"]


@pytest.fixture(scope="module")
def gens(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cluster") / "g.jsonl"
    store.append_records(path, quality_generations([get_problem(PROBLEM)]))
    return path


@pytest.fixture(scope="module")
def local(gens: Path) -> dict[str, dict]:
    out = gens.with_name("local.jsonl")
    evaluate(gens, out, EvalConfig(size=SIZE, reps=1, warmup=1, seed=SEED))
    recs = {r["key"]: r for r in store.load_records(out)}
    assert {r["status"] for r in recs.values()} >= {"ok", "wrong_answer", "memory_error"}
    return recs


def _free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as a, socket.socket() as b:
            a.bind(("127.0.0.1", 0))
            port = a.getsockname()[1]
            try:
                b.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            if port < 65000:
                return port
    raise RuntimeError("no free port pair")


@pytest.fixture(scope="module")
def slurm():
    """A real single-node Slurm for this module, torn down after it."""
    if os.geteuid() != 0:
        pytest.skip("a single-node Slurm cluster is started as root (as in CI)")
    folder = Path(tempfile.mkdtemp(prefix="pareval-slurm-", dir="/tmp"))
    env = {**os.environ, "PAREVAL_SLURM_PORT": str(_free_port_pair())}
    up = subprocess.run(["bash", str(ROOT / "scripts" / "slurm-up.sh"), str(folder)], capture_output=True, text=True,
                        timeout=900, env=env)
    assert up.returncode == 0, up.stdout + up.stderr
    before = os.environ.get("SLURM_CONF")
    os.environ["SLURM_CONF"] = str(folder / "slurm.conf")
    try:
        yield folder
    finally:
        subprocess.run(["scancel", "--full", "--name", "pareval-worker"], capture_output=True, timeout=60)
        subprocess.run(["bash", str(ROOT / "scripts" / "slurm-up.sh"), "--down", str(folder)], capture_output=True,
                       timeout=60)
        if before is None:
            os.environ.pop("SLURM_CONF", None)
        else:
            os.environ["SLURM_CONF"] = before


def _comparable(rec: dict) -> tuple:
    return rec["status"], rec["valid"], rec["built"], {r: run["status"] for r, run in rec["runs"].items()}


def _kill_midway_then_resume(gens: Path, out: Path, extra: list[str], after_slurm_kill=None) -> None:
    """Start the CLI, SIGKILL it (and every process of its session) once some records are written
    but not all, then run it again to the end."""
    cmd = CLI + ["evaluate", str(gens), "--out", str(out), *RUN, *extra]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    total = sum(1 for _ in gens.open())
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and 2 <= len(store.load_records(out)) < total:
            break
        time.sleep(0.2)
    assert proc.poll() is None, f"finished before it could be interrupted: {proc.stdout.read()}"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = len(store.load_records(out))
    assert 2 <= written < total
    if after_slurm_kill:
        after_slurm_kill()
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"{written} already done" in again.stdout


def _check_same_as_local(out: Path, local: dict[str, dict], executor: str) -> list[dict]:
    recs = store.load_records(out)
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "a candidate was recorded twice"
    assert set(keys) == set(local)
    for rec in recs:
        assert _comparable(rec) == _comparable(local[rec["key"]]), (rec["model"], rec["paradigm"])
        assert rec["executor"] == executor
    return recs


def _cancel_workers() -> None:
    subprocess.run(["scancel", "--full", "--name", "pareval-worker"], capture_output=True, timeout=60)
    for _ in range(100):  # their cores are free again before the next worker job asks for them
        if not subprocess.run(["squeue", "-h", "--name", "pareval-worker"], capture_output=True,
                              text=True).stdout.strip():
            return
        time.sleep(0.2)


@pytest.mark.slow
def test_slurm_executor_matches_local_and_resumes_after_sigkill(slurm: Path, gens: Path, local: dict) -> None:
    out = gens.with_name("slurm.jsonl")
    _kill_midway_then_resume(gens, out, ["--executor", "slurm", "--memory", "4GB"], after_slurm_kill=_cancel_workers)
    recs = _check_same_as_local(out, local, "slurm")
    mpi = [r for r in recs if r["paradigm"] == "mpi"]
    assert mpi and all(r["placement"]["launcher"] == "srun" and r["placement"]["slurm_job"] for r in mpi)
    assert all(set(r["runs"]) <= {"1", "2", "4"} for r in mpi)
    ref = next(r for r in mpi if r["model"] == "reference")
    assert set(ref["runtime_s"]) == {"1", "2", "4"}
    cores = ref["placement"]["cores_per_node"]
    assert ref["oversubscribed"] == [r for r in (1, 2, 4) if r > cores]
    if sandbox_config().mode == "bwrap":  # each rank sandboxed, the record says what the ranks share
        assert all(r["sandbox"] == "bwrap-per-rank" for r in mpi)
    assert all(r["sandbox"] in ("bwrap", "rlimits") for r in recs if r["paradigm"] == "serial")


@pytest.mark.slow
def test_dask_executor_matches_local_and_resumes_after_sigkill(gens: Path, local: dict) -> None:
    out = gens.with_name("dask.jsonl")
    _kill_midway_then_resume(gens, out, ["--executor", "dask", "--workers", "1"])
    recs = _check_same_as_local(out, local, "dask")
    assert all(r["placement"]["launcher"] == "mpiexec" for r in recs if r["paradigm"] == "mpi")


@pytest.mark.slow
def test_scaling_study_to_8_ranks_on_slurm_is_flagged_oversubscribed(slurm: Path, tmp_path: Path) -> None:
    gens = tmp_path / "g.jsonl"
    store.append_records(gens, [g for g in quality_generations([get_problem(PROBLEM)])
                                if g["model"] == "reference" and g["paradigm"] == "mpi"])
    ranks = (1, 2, 4, 8)
    executor = make_executor("slurm", 1, ranks, slurm=SlurmOptions(memory="4GB"))
    try:
        assert "--ntasks-per-node=" in executor.job_script()
        evaluate(gens, tmp_path / "r.jsonl", EvalConfig(ranks=ranks, size=SIZE, reps=1, seed=SEED, launcher="srun"),
                 executor)
    finally:
        executor.close()
    (rec,) = store.load_records(tmp_path / "r.jsonl")
    assert rec["status"] == "ok", rec["log"]
    cores = rec["placement"]["cores_per_node"]
    assert rec["placement"]["nodes"] == 1 and rec["placement"]["tasks_per_node"] == min(8, cores)
    assert set(rec["runtime_s"]) == {"1", "2", "4", "8"}
    assert rec["oversubscribed"] == [r for r in ranks if r > cores] and 8 in rec["oversubscribed"]
    table = scaling_table(load_results(tmp_path / "r.jsonl"))
    assert list(table["ranks"]) == [1, 2, 4, 8]
    for row in table.itertuples():
        assert row.efficiency == pytest.approx(row.speedup / row.ranks)
        assert row.oversubscribed == (row.ranks > cores)
    by_domain = scaling_table(load_results(tmp_path / "r.jsonl"), by="domain")
    assert set(by_domain["group"]) == {"reduce"}
    figure = scaling_figure(table)
    left, right = figure.axes[:2]
    assert [t.get_text() for t in left.get_xticklabels()] == ["1", "2", "4", "8"]
    assert any(line.get_label().startswith("ideal") for line in left.get_lines())
    assert right.get_ylabel().startswith("Parallel efficiency")


def test_scaling_table_is_a_geometric_mean_with_efficiency() -> None:
    import pandas as pd

    rows = [{"model": "m", "domain": "d", "paradigm": "mpi", "valid": True, "speedup": {"1": 1.0, "4": 2.0},
             "oversubscribed": [4]},
            {"model": "m", "domain": "d", "paradigm": "mpi", "valid": True, "speedup": json.dumps({"1": 1.0, "4": 8.0}),
             "oversubscribed": []},
            {"model": "m", "domain": "d", "paradigm": "mpi", "valid": False, "speedup": {"4": 100.0}},
            {"model": "m", "domain": "d", "paradigm": "serial", "valid": True, "speedup": {"1": 9.0}}]
    table = scaling_table(pd.DataFrame(rows)).set_index("ranks")
    assert table.loc[4, "speedup"] == pytest.approx(4.0)  # sqrt(2 * 8)
    assert table.loc[4, "efficiency"] == pytest.approx(1.0)
    assert table.loc[4, "n"] == 2 and bool(table.loc[4, "oversubscribed"])
    assert not bool(table.loc[1, "oversubscribed"])
    with pytest.raises(ValueError):
        scaling_table(pd.DataFrame(rows), by="sample")


def test_cluster_config_file_and_bad_executor_are_clear_errors(tmp_path: Path) -> None:
    good = tmp_path / "c.yaml"
    good.write_text("slurm:\n  partition: gpu\n  nodes: 2\n  tasks_per_node: 64\n  sbatch_options: ['--exclusive']\n")
    opts = SlurmOptions.from_file(good)
    assert opts.directives((1, 128)) == ["--nodes=2", "--ntasks-per-node=64", "--cpus-per-task=1", "--exclusive"]
    bad = tmp_path / "b.yaml"
    bad.write_text("slurm:\n  partitoin: gpu\n")
    with pytest.raises(ParevalError, match="unknown key.*partitoin"):
        SlurmOptions.from_file(bad)
    with pytest.raises(ParevalError, match="--executor must be one of"):
        make_executor("kubernetes", 1, (1,))
    res = subprocess.run(CLI + ["evaluate", str(tmp_path / "none.jsonl"), "--launcher", "srun"], capture_output=True,
                         text=True, env={k: v for k, v in os.environ.items() if not k.startswith("SLURM_")})
    assert res.returncode != 0 and len(res.stderr.strip().splitlines()) == 1
