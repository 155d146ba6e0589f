"""`pareval generate`: prompts, records, resume after SIGKILL, resources, one-line CLI errors."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pareval_lib import store
from pareval_lib.errors import ParevalError
from pareval_lib.generation.generate import generate, plan, run_generation
from pareval_lib.paths import problems_dir
from pareval_lib.problems.catalogue import get_problem, load_problem
from pareval_lib.problems.prompting import COMPLETION_STOP, SYSTEM_MESSAGE, render_prompt
from pareval_lib.generation.backends import SamplingParams
from pareval_lib.generation.resources import resources_path

PROBLEM = "reduce_sum_of_squares"
CLI = [sys.executable, "-m", "pareval_lib", "generate"]
SECRET = "sk-pareval-never-print-me-0a9b8c"


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private problems folder (one problem, copied) and data folder, for this process and the CLI."""
    shutil.copytree(problems_dir() / PROBLEM, tmp_path / "problems" / PROBLEM)
    monkeypatch.setenv("PAREVAL_PROBLEMS", str(tmp_path / "problems"))
    monkeypatch.setenv("PAREVAL_DATA", str(tmp_path / "data"))
    return tmp_path


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def assert_one_error_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pareval: error:"), proc.stderr
    return lines[0]


# --- prompts ---------------------------------------------------------------------------------------

def test_chat_and_completion_templates() -> None:
    problem = load_problem(problems_dir() / PROBLEM)
    for paradigm in ("serial", "mpi"):
        chat = render_prompt(problem, paradigm, "chat").to_record()
        system, user = chat["messages"]
        assert system == {"role": "system", "content": SYSTEM_MESSAGE}
        assert problem.prompt(paradigm).rstrip() in user["content"] and "```cpp" in user["content"]
        completion = render_prompt(problem, paradigm, "completion").to_record()
        assert completion == {"mode": "completion", "text": problem.prompt(paradigm), "stop": list(COMPLETION_STOP)}
    with pytest.raises(ParevalError, match="unknown prompt mode"):
        render_prompt(problem, "serial", "telegram")


def test_plan_goes_sample_by_sample_with_distinct_seeds() -> None:
    problem = load_problem(problems_dir() / PROBLEM)
    requests = plan([problem], ("serial", "mpi"), 2, "chat", SamplingParams(seed=10),
                    done={(PROBLEM, "mpi", 0)})
    assert [(r.paradigm, r.sample, r.params.seed) for r in requests] == [("serial", 0, 10), ("serial", 1, 11),
                                                                         ("mpi", 1, 11)]


# --- records and resume ----------------------------------------------------------------------------

def test_generate_records_and_resume(workspace: Path) -> None:
    seen: list[dict] = []
    problems = [get_problem(PROBLEM)]
    out = generate("reference", problems, samples=2, progress=seen.append, temperature=0.0, seed=5)
    assert out == workspace / "data" / "generations" / "reference.jsonl"
    records = store.load_records(out)
    # each problem's own paradigms by default: all four for this one
    assert len(records) == len(seen) == 8
    assert {r["paradigm"] for r in records} == {"serial", "mpi", "openmp", "mpi+omp"}
    for record in records:
        assert store.check_generation(record) is None
        assert {"prompt", "params", "usage", "gen_seconds", "backend", "model_identity"} <= set(record)
        assert record["params"]["seed"] == 5 + record["sample"] and record["params"]["temperature"] == 0.0
    again = run_generation("reference", problems, samples=3, out=out)
    assert (again.generated, again.skipped) == (4, 8)
    keys = [(r["problem"], r["paradigm"], r["sample"]) for r in store.load_records(out)]
    assert len(keys) == len(set(keys)) == 12


def test_sigkill_mid_run_resumes_without_duplicates(workspace: Path) -> None:
    out = workspace / "smol.jsonl"
    args = ["--model", "smollm2-135m-q4", "--problems", PROBLEM, "--paradigm", "serial,mpi", "--samples", "2",
            "--max-tokens", "12", "--out", str(out), "--quiet"]
    proc = subprocess.Popen([*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 1:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    before = store.load_records(out)
    assert 1 <= len(before) < 4, "the run should have been killed part way"
    with open(out, "a") as fh:
        fh.write('{"model": "smollm2-135m-q4", "problem": "reduce_su')  # a write torn by the kill

    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    after = store.load_records(out)
    keys = [(r["problem"], r["paradigm"], r["sample"]) for r in after]
    expected = {(PROBLEM, paradigm, sample) for paradigm in ("serial", "mpi") for sample in (0, 1)}
    assert len(keys) == len(set(keys)) and set(keys) == expected
    assert after[: len(before)] == before  # what was there is kept as it was
    resources = json.loads(resources_path(out).read_text())
    run = resources["runs"][-1]
    assert run["generations"] == 4 - len(before) and run["tokens_per_s"] > 0 and run["peak_rss_gb"] > 0.05
    assert resources["declared_vram_gb"] == 0.1
    assert run["model_identity"]["sha256"] == after[0]["model_identity"]["sha256"]


# --- one clear line for each bad input -------------------------------------------------------------

def test_unknown_model_is_one_line(workspace: Path) -> None:
    line = assert_one_error_line(run_cli("--model", "gpt-17", "--problems", PROBLEM))
    assert "unknown model 'gpt-17'" in line and "smollm2-135m-q4" in line


def test_unreachable_endpoint_is_one_line_and_keeps_the_key_secret(workspace: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    models = workspace / "models.yaml"
    models.write_text(json.dumps({"models": {"nowhere": {"backend": "openai", "settings": {
        "base_url": f"http://127.0.0.1:{closed_port}/v1", "model": "m", "api_key_env": "PAREVAL_SECRET_KEY",
        "max_retries": 2, "backoff_s": 0.05}}}}))
    out = workspace / "nowhere.jsonl"
    proc = run_cli("--model", "nowhere", "--models", str(models), "--problems", PROBLEM, "--out", str(out),
                   env={"PAREVAL_SECRET_KEY": SECRET})
    line = assert_one_error_line(proc)
    assert f"127.0.0.1:{closed_port}" in line and "3 attempt(s)" in line
    assert SECRET not in proc.stdout + proc.stderr
    assert not out.exists() or SECRET not in out.read_text()


def test_model_without_endpoint_and_missing_gguf_are_one_line(workspace: Path) -> None:
    line = assert_one_error_line(run_cli("--model", "h2loop-v0.1-coder", "--problems", PROBLEM))
    assert "has no endpoint" in line and "base_url" in line
    models = workspace / "models.yaml"
    models.write_text("models:\n  lost:\n    backend: llamacpp\n    settings: {model_path: gone/model.gguf}\n")
    line = assert_one_error_line(run_cli("--model", "lost", "--models", str(models), "--problems", PROBLEM))
    assert "GGUF file not found" in line and str(workspace / "gone" / "model.gguf") in line


def test_bad_options_are_one_line(workspace: Path) -> None:
    assert "--samples" in assert_one_error_line(run_cli("--model", "reference", "--samples", "0"))
    assert "max_tokens" in assert_one_error_line(run_cli("--model", "reference", "--max-tokens", "0"))
    assert "unknown paradigm" in assert_one_error_line(run_cli("--model", "reference", "--paradigm", "cuda"))
