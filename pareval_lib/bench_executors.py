"""`make bench`, executors: candidates per minute through the local, Dask and Slurm executors on
the same references (warm object cache, same settings), side by side.

Slurm is a real single-node cluster started for the bench by ``scripts/slurm-up.sh`` (as root);
where that cannot run, its entry says why instead of a number.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from pareval_lib import store
from pareval_lib.evaluation.cluster import SlurmOptions, make_executor
from pareval_lib.evaluation.engine import EvalConfig, evaluate
from pareval_lib.generation.generate import generate
from pareval_lib.paths import REPO_ROOT
from pareval_lib.problems.catalogue import all_problems


def _rate(gens: Path, out: Path, cfg: EvalConfig, executor) -> dict:
    t0 = time.monotonic()
    try:
        summary = evaluate(gens, out, cfg, executor)
    finally:
        getattr(executor, "close", lambda: None)()
    wall = time.monotonic() - t0
    return {"candidates": summary.evaluated, "wall_s": round(wall, 2),
            "candidates_per_minute": round(60 * summary.evaluated / wall, 2) if wall else None,
            "statuses": summary.statuses}


def _start_slurm(folder: Path) -> str | None:
    """Start a single-node Slurm; None when it runs, else why not."""
    if os.geteuid() != 0:
        return "not root: a single-node Slurm is started as root"
    up = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "slurm-up.sh"), str(folder)], capture_output=True,
                        text=True, timeout=900, env={**os.environ, "PAREVAL_SLURM_PORT": "17817"})
    if up.returncode != 0:
        return (up.stderr.strip().splitlines() or ["slurm-up.sh failed"])[-1]
    os.environ["SLURM_CONF"] = str(folder / "slurm.conf")
    return None


def executor_bench(problems: int = 10, reps: int = EvalConfig.reps) -> dict:
    """The references of the first ``problems`` problems (serial and MPI) through each executor."""
    work = Path(tempfile.mkdtemp(prefix="pareval-bench-exec-"))
    slurm_dir = Path(tempfile.mkdtemp(prefix="pareval-bench-slurm-", dir="/tmp"))
    before = os.environ.get("SLURM_CONF")
    try:
        gens = generate("reference", all_problems()[:problems], out=work / "reference.jsonl")
        cfg = EvalConfig(reps=reps, seed=20261206)
        evaluate(gens, work / "warm.jsonl", cfg)  # the object cache warm for everyone
        out = {"problems": problems, "prompts": 2 * problems}
        out["local"] = _rate(gens, work / "local.jsonl", cfg, make_executor("local", cfg.jobs, cfg.ranks))
        out["dask"] = _rate(gens, work / "dask.jsonl", cfg, make_executor("dask", 1, cfg.ranks, workers=1))
        why = _start_slurm(slurm_dir)
        if why:
            out["slurm"] = {"skipped": why}
        else:
            opts = SlurmOptions(memory="4GB")
            out["slurm"] = _rate(gens, work / "slurm.jsonl", replace(cfg, launcher="srun"),
                                 make_executor("slurm", 1, cfg.ranks, slurm=opts))
        return out
    finally:
        subprocess.run(["bash", str(REPO_ROOT / "scripts" / "slurm-up.sh"), "--down", str(slurm_dir)],
                       capture_output=True, timeout=60)
        if before is None:
            os.environ.pop("SLURM_CONF", None)
        else:
            os.environ["SLURM_CONF"] = before
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(slurm_dir, ignore_errors=True)


def disturbed_bench(problems: int = 10, reps: int = EvalConfig.reps) -> dict:
    """The references of the first ``problems`` problems evaluated while a compile job runs beside
    them (g++ in a loop, as a user's build would): how many timed runs were marked disturbed, timed
    again once the machine calmed, or clean."""
    work = Path(tempfile.mkdtemp(prefix="pareval-bench-busy-"))
    source = work / "busy.cpp"
    source.write_text("#include <map>\n#include <regex>\n#include <string>\nint main() { std::regex r(\"a+\"); "
                      "std::map<std::string, int> m; return (int)m.size(); }\n")
    loop = f"while true; do g++ -O2 -o {work}/busy {source}; done"
    compile_job = subprocess.Popen(["bash", "-c", loop], start_new_session=True, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    try:
        gens = generate("reference", all_problems()[:problems], out=work / "reference.jsonl")
        t0 = time.monotonic()
        evaluate(gens, work / "busy.jsonl", EvalConfig(reps=reps, seed=20261206))
        wall = time.monotonic() - t0
    finally:
        os.killpg(compile_job.pid, 9)
        compile_job.wait()
    runs = [run for r in store.load_records(work / "busy.jsonl") for run in r["runs"].values() if run["status"] == "ok"]
    shutil.rmtree(work, ignore_errors=True)
    return {"problems": problems, "timed_runs": len(runs), "wall_s": round(wall, 2),
            "disturbed_marked": sum(run.get("disturbed") is True for run in runs),
            "retimed": sum(bool(run.get("retimed")) for run in runs),
            "clean": sum(run.get("disturbed") is False for run in runs),
            "unmeasured": sum(run.get("disturbed") is None for run in runs)}
