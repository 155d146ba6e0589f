"""Both README commands on any machine: private checkouts as root, model crashes, harness errors, sizes."""
from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pareval_lib.evaluation import engine, sandbox

from pareval_lib import store
from pareval_lib.evaluation.engine import EvalConfig, evaluate
from pareval_lib.errors import ModelCrashed, ParevalError
from pareval_lib.generation.generate import run_generation
from pareval_lib.paths import REPO_ROOT
from pareval_lib.problems.catalogue import all_problems, get_problem
from pareval_lib.evaluation.quality import quality_generations

CLI = [sys.executable, "-m", "pareval_lib"]
PROBLEM = "reduce_sum_of_squares"
SECOND = "reduce_smallest_odd"


def _references(*problem_ids: str, paradigms: tuple[str, ...] = ("serial", "mpi")) -> list[dict]:
    return [r for r in quality_generations([get_problem(p) for p in problem_ids], paradigms)
            if r["model"] == "reference"]


def _bwrap_usable() -> bool:
    return shutil.which("bwrap") is not None and sandbox.sandbox_config().mode == "bwrap"


# --- a checkout in a 0700 folder owned by root -----------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() != 0, reason="the private-folder case is about running as root")
def test_checkout_in_private_root_folder_evaluates_every_candidate_under_bubblewrap() -> None:
    if not shutil.which("bwrap"):
        pytest.skip("bubblewrap is not installed")
    base = Path(tempfile.mkdtemp(prefix="pareval-private-"))
    try:
        assert stat.S_IMODE(base.stat().st_mode) == 0o700
        checkout = base / "pareval"
        shutil.copytree(REPO_ROOT / "pareval_lib", checkout / "pareval_lib",
                        ignore=shutil.ignore_patterns("__pycache__"))
        for pid in (PROBLEM, SECOND):
            shutil.copytree(REPO_ROOT / "problems" / pid, checkout / "problems" / pid)
        shutil.copy(REPO_ROOT / "models.yaml", checkout / "models.yaml")
        (base / "tmp").mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PAREVAL_")}
        env.update(PYTHONPATH=str(checkout), TMPDIR=str(base / "tmp"))
        gens, res = base / "gens.jsonl", base / "results.jsonl"
        # OpenMP and the hybrid too: libgomp and its threads must work inside the sandbox
        store.append_records(gens, _references(PROBLEM, SECOND) + _references(PROBLEM, paradigms=("openmp", "mpi+omp")))

        where = subprocess.run([*CLI[:1], "-c", "import pareval_lib.paths as p; print(p.REPO_ROOT)"], env=env,
                               capture_output=True, text=True, check=True, cwd=base)
        assert where.stdout.strip() == str(checkout)  # the copy in the private folder is what runs
        doctor = subprocess.run(CLI + ["doctor", "--only", "sandbox"], env=env, capture_output=True, text=True,
                                cwd=base, timeout=300)
        assert doctor.returncode == 0, doctor.stdout + doctor.stderr
        assert "[ok] sandboxed MPI build+run" in doctor.stdout and "[ok] write outside sandbox" in doctor.stdout
        assert "fresh unprivileged uid" in doctor.stdout

        p = subprocess.run(CLI + ["evaluate", str(gens), "--out", str(res), "--size", "100000", "--reps", "1",
                                  "--ranks", "1,2", "--threads", "1,2", "--hybrid", "1x1,2x2", "--quiet"], env=env,
                           capture_output=True, text=True, cwd=base, timeout=900)
        assert p.returncode == 0, p.stderr
        assert "WEAK SANDBOX" not in p.stderr
        recs = store.load_records(res)
        assert len(recs) == 6
        hybrid = next(r for r in recs if r["paradigm"] == "mpi+omp")
        assert set(hybrid["runs"]) == {"1x1", "2x2"} and hybrid["runs"]["2x2"]["threads"] == 2
        assert all(r["sandbox"] == "bwrap" for r in recs)
        assert {r["status"] for r in recs} == {"ok"}, [r["log"][-300:] for r in recs]
        objects = list((checkout / ".cache" / "pareval" / "objects").glob("*.o"))
        assert objects, "the object cache inside the private folder was not used"
    finally:
        shutil.rmtree(base, ignore_errors=True)


# --- a local model runtime that crashes natively ---------------------------------------------------

def _crash_env(spec: str) -> dict[str, str]:
    return dict(os.environ, PAREVAL_TEST_CRASH_AFTER=spec, PAREVAL_IN_PROCESS="0")


def test_native_model_crash_is_one_line_and_keeps_earlier_generations(tmp_path: Path) -> None:
    out = tmp_path / "g.jsonl"
    ids = ",".join(p.id for p in all_problems()[:3])
    p = subprocess.run(CLI + ["generate", "--model", "smollm2-135m-q4", "--problems", ids, "--paradigm", "serial",
                              "--max-tokens", "4", "--out", str(out), "--quiet"],
                       env=_crash_env("2:SIGILL"), capture_output=True, text=True, timeout=600)
    assert p.returncode != 0
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert "Traceback" not in p.stderr, p.stderr
    assert lines[-1].startswith("pareval: error: model 'smollm2-135m-q4'"), p.stderr
    for words in ("SIGILL", "illegal instruction", "make setup", "2 generation(s) finished before it are kept"):
        assert words in lines[-1]
    kept = store.load_records(out)
    assert [r["sample"] for r in kept] == [0, 0] and all(r["output"] for r in kept)
    resources = json.loads(out.with_name("g.resources.json").read_text())
    assert resources["runs"][-1]["measured_process"] == "model worker"
    assert resources["runs"][-1]["n_threads"] == len(os.sched_getaffinity(0))

    # the next run resumes after the crash: only the missing prompt is generated
    again = subprocess.run(CLI + ["generate", "--model", "smollm2-135m-q4", "--problems", ids, "--paradigm",
                                  "serial", "--max-tokens", "4", "--out", str(out), "--quiet"],
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert len(store.load_records(out)) == 3


def test_model_crash_in_process_api_names_signal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAREVAL_TEST_CRASH_AFTER", "1:SIGSEGV")
    out = tmp_path / "g.jsonl"
    with pytest.raises(ModelCrashed, match=r"SIGSEGV.*1 generation\(s\) finished"):
        run_generation("smollm2-135m-q4", all_problems()[:2], ("serial",), 1, out, max_tokens=4)
    assert len(store.load_records(out)) == 1  # this process (pytest) survived and the record is there


@pytest.mark.slow
def test_report_stage_fails_with_one_line_when_the_model_crashes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pareval_lib.report.run import build_report

    monkeypatch.setenv("PAREVAL_TEST_CRASH_AFTER", "1:SIGKILL")
    data = tmp_path / "data"
    with pytest.raises(RuntimeError) as info:
        build_report(models=["smollm2-135m-q4"], problems=[PROBLEM, SECOND], out_dir=tmp_path / "report",
                     stages=("01_problems", "02_generate"), check=False, stream=False, data_dir=str(data),
                     max_tokens=4, paradigms=["serial"])
    message = str(info.value)
    assert "\n" not in message and "02_generate" in message
    assert "SIGKILL" in message and "memory" in message
    assert len(store.load_records(data / "generations" / "smollm2-135m-q4.jsonl")) == 1


# --- infrastructure failures are the harness's, not the candidate's --------------------------------

def _fail_compiler_start(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    """Make starting the compiler on a candidate fail `times` times (then work again)."""
    real = sandbox._spawn
    failed = [0]

    def spawn(argv, *args, **kwargs):
        if "candidate.cpp" in argv and failed[0] < times:
            failed[0] += 1
            raise sandbox.SandboxError("cannot start the compiler in the sandbox: [Errno 2] injected")
        return real(argv, *args, **kwargs)

    monkeypatch.setattr(sandbox, "_spawn", spawn)
    return failed


def test_compiler_start_failure_becomes_a_harness_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gens, res = tmp_path / "g.jsonl", tmp_path / "r.jsonl"
    store.append_records(gens, _references(PROBLEM))
    failed = _fail_compiler_start(monkeypatch, times=1)
    cfg = EvalConfig(ranks=(1, 2), reps=1, warmup=0, size=100_000, fixed_timeout_s=60)
    summary = evaluate(gens, res, cfg)
    assert failed[0] == 1 and summary.evaluated == 2
    recs = store.load_records(res)
    # builds run side by side, so which candidate's compiler start fails first is not fixed
    (failed_rec,) = [r for r in recs if r["status"] != "ok"]
    assert failed_rec["status"] == "harness_error" and "injected" in failed_rec["log"]
    assert "not the candidate" in failed_rec["log"] and len(recs) == 2
    assert len(summary.harness_errors) == 1 and summary.statuses == {"harness_error": 1, "ok": 1}

    # the next run retries the harness error and only it; reports never count it
    again = evaluate(gens, res, cfg)
    assert again.evaluated == 1 and again.statuses == {"ok": 1} and again.skipped == 1
    from pareval_lib.analysis.results import load_results

    assert set(load_results(res)["status"]) == {"ok"}


def test_the_same_harness_error_everywhere_stops_after_a_few(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gens, res = tmp_path / "g.jsonl", tmp_path / "r.jsonl"
    problems = [p.id for p in all_problems()[:4]]
    store.append_records(gens, _references(*problems))
    _fail_compiler_start(monkeypatch, times=10_000)
    with pytest.raises(ParevalError, match="same infrastructure error") as info:
        evaluate(gens, res, EvalConfig(ranks=(1,), reps=1, warmup=0, fixed_timeout_s=60))
    assert "\n" not in str(info.value)
    recs = store.load_records(res)
    assert len(recs) == engine.HARNESS_ERROR_STREAK < 2 * len(problems)
    assert {r["status"] for r in recs} == {"harness_error"}


def test_size_a_problem_cannot_take_is_refused_up_front(tmp_path: Path) -> None:
    root = tmp_path / "problems"
    for pid in (PROBLEM, SECOND):
        shutil.copytree(REPO_ROOT / "problems" / pid, root / pid)
    meta = root / SECOND / "problem.yaml"
    meta.write_text(meta.read_text() + "sizes:\n  min: 1\n  max: 1000000\n  power_of_two: true\n")
    gens, res = tmp_path / "g.jsonl", tmp_path / "r.jsonl"
    store.append_records(gens, _references(PROBLEM, SECOND))
    env = dict(os.environ, PAREVAL_PROBLEMS=str(root))
    p = subprocess.run(CLI + ["evaluate", str(gens), "--out", str(res), "--size", "1000", "--reps", "1",
                              "--ranks", "1", "--quiet"], env=env, capture_output=True, text=True, timeout=600)
    assert p.returncode != 0
    refused = [ln for ln in p.stderr.splitlines() if ln.startswith("pareval: refused:")]
    assert refused == [f"pareval: refused: {SECOND}: --size 1000 is not a power of two, which its driver needs"]
    recs = store.load_records(res)
    assert {(r["problem"], r["status"]) for r in recs} == {(PROBLEM, "ok")}
    assert len(recs) == 2


def test_bad_sizes_rule_is_a_clear_error(tmp_path: Path) -> None:
    from pareval_lib.problems.catalogue import load_problem

    folder = tmp_path / PROBLEM
    shutil.copytree(REPO_ROOT / "problems" / PROBLEM, folder)
    (folder / "problem.yaml").write_text((folder / "problem.yaml").read_text() + "sizes:\n  biggest: 3\n")
    with pytest.raises(ParevalError, match="'sizes' must be a mapping"):
        load_problem(folder)


def _default_size(problem) -> int:
    match = re.search(r"default_size\s*=\s*([0-9']+)(?:\s*<<\s*([0-9]+))?\s*;", problem.driver_path.read_text())
    assert match, f"{problem.id}: no literal default_size in its driver"
    return int(match.group(1).replace("'", "")) << int(match.group(2) or 0)


def test_every_problem_states_its_sizes_and_its_default_fits() -> None:
    for problem in all_problems():
        assert problem.sizes, f"{problem.id}: problem.yaml has no sizes"
        assert "max" in problem.sizes, f"{problem.id}: sizes has no max"
        assert problem.size_problem(_default_size(problem)) is None, f"{problem.id}: its own default is refused"


def test_a_corrupt_resources_file_is_kept_aside_not_lost(tmp_path: Path) -> None:
    from pareval_lib.generation.resources import record_run

    path = tmp_path / "m.resources.json"
    path.write_text('{"model": "m", "runs": [{"generations": 3}')  # torn by a crash
    with pytest.warns(RuntimeWarning, match="kept as"):
        data = record_run(path, "m", {"generations": 1, "completion_tokens": 5, "gen_seconds": 1.0})
    assert data["runs"] == [{"generations": 1, "completion_tokens": 5, "gen_seconds": 1.0}]
    [aside] = tmp_path.glob("m.resources.json.corrupt-*")
    assert aside.read_text().startswith('{"model": "m", "runs": [{"generations": 3}')


def test_the_installed_llama_cpp_runtime_is_portable() -> None:
    """No AVX-512 (zmm registers) or AMX tile instructions in llama.cpp's CPU backend."""
    import importlib.util

    if not shutil.which("objdump"):
        pytest.skip("objdump (binutils) is not installed")
    lib_dir = Path(importlib.util.find_spec("llama_cpp").submodule_search_locations[0]) / "lib"
    libraries = sorted(lib_dir.glob("libggml-cpu*.so"))
    assert libraries, f"no libggml-cpu in {lib_dir}"
    for library in libraries:
        code = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(library)], capture_output=True, text=True,
                              check=True).stdout
        assert not re.search(r"%zmm\d|%tmm\d|\btile(?:zero|loadd|stored)\b", code), (
            f"{library.name} uses AVX-512 or AMX: rebuild with the Makefile's portable LLAMA_CMAKE_ARGS")
