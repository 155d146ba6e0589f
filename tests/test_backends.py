"""Every backend for real: SmolLM2 through llama.cpp, the same model behind a real llama.cpp
server (OpenAI-compatible, with an API key and a restart mid-run), a tiny Hugging Face model built
here, and replayed generations. Nothing is downloaded: the Hugging Face hub is switched off.
"""
from __future__ import annotations

import hashlib
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

os.environ["HF_HUB_OFFLINE"] = "1"  # before transformers is imported: any hub access would fail
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import pytest
import requests

from pareval_lib.generation.backends import SamplingParams, make_backend
from pareval_lib.problems.prompting import RenderedPrompt
from pareval_lib.generation.backends.llamacpp import gguf_path
from pareval_lib.errors import ParevalError
from pareval_lib.generation.generate import plan, run_generation
from pareval_lib.paths import problems_dir
from pareval_lib.problems.catalogue import Problem, load_problem
from pareval_lib.problems.prompting import COMPLETION_STOP
from pareval_lib.generation.registry import ModelSpec, get_model
from pareval_lib.generation.resources import resources_path

PROBLEM = "reduce_sum_of_squares"
SERVER_KEY = "sk-pareval-test-server-key-4f1e"
WRONG_KEY = "sk-pareval-WRONG-secret-9d7c3b"
KEY_ENV = "PAREVAL_TEST_API_KEY"
FAST = SamplingParams(temperature=0.0, max_tokens=24)
SMOLLM2 = gguf_path(get_model("smollm2-135m-q4"))


def sample_problems(count: int = 2) -> list[Problem]:
    """`reduce_sum_of_squares` and the first other complete problem folders (others are being added)."""
    chosen = [load_problem(problems_dir() / PROBLEM)]
    for folder in sorted(problems_dir().iterdir()):
        if len(chosen) == count:
            break
        if folder.name != PROBLEM and (folder / "problem.yaml").is_file():
            try:
                chosen.append(load_problem(folder))
            except ParevalError:
                continue
    return chosen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LlamaServer:
    """`python -m llama_cpp.server` serving SmolLM2 on a loopback port, with an API key."""

    def __init__(self, port: int, log: Path) -> None:
        self.port, self.log = port, log
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout_s: float = 180) -> None:
        command = [sys.executable, "-m", "llama_cpp.server", "--model", str(SMOLLM2), "--host", "127.0.0.1",
                   "--port", str(self.port), "--n_threads", "1", "--n_threads_batch", "1", "--n_ctx", "2048",
                   "--api_key", SERVER_KEY, "--verbose", "False"]
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited: {self.log.read_text()[-2000:]}")
            try:
                if requests.get(f"{self.base_url}/models", timeout=2,
                                headers={"Authorization": f"Bearer {SERVER_KEY}"}).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("llama_cpp.server did not answer within the time limit")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    srv = LlamaServer(free_port(), tmp_path_factory.mktemp("server") / "server.log")
    srv.start()
    yield srv
    srv.stop()


def server_spec(srv: LlamaServer, **settings: Any) -> ModelSpec:
    base = {"base_url": srv.base_url, "api_key_env": KEY_ENV, "concurrency": 2, "backoff_s": 0.5,
            "max_backoff_s": 2.0, "max_retries": 3, "timeout_s": 120}
    return ModelSpec("smollm2-server", "openai", settings={**base, **settings})


def all_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc)


# --- llama.cpp in process --------------------------------------------------------------------------

def test_llamacpp_chat_and_completion() -> None:
    spec = get_model("smollm2-135m-q4")
    backend = make_backend(spec)
    identity = backend.start()
    try:
        assert identity["sha256"] == hashlib.sha256(SMOLLM2.read_bytes()).hexdigest()
        requests_ = plan(sample_problems(2), ("serial",), 1, "chat", FAST, set())
        requests_ += plan(sample_problems(1), ("mpi",), 1, "chat", FAST, set())
        completions = list(backend.generate(requests_))
        assert [c.request.key for c in completions] == [r.key for r in requests_]
        for completion in completions:
            assert completion.text.strip()
            assert 0 < completion.completion_tokens <= FAST.max_tokens
            assert completion.prompt_tokens > 50 and completion.gen_seconds > 0
        backend.mode = "completion"
        [cont] = backend.generate(plan(sample_problems(1), ("serial",), 1, "completion", FAST, set()))
        assert cont.request.prompt.text.endswith("{\n") and not any(s in cont.text for s in COMPLETION_STOP)
    finally:
        backend.close()


# --- an OpenAI-compatible server -------------------------------------------------------------------

def test_openai_backend_generates_through_a_real_server(server: LlamaServer, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, SERVER_KEY)
    out = tmp_path / "gens.jsonl"
    summary = run_generation(server_spec(server), sample_problems(2), ("serial",), out=out, max_tokens=16,
                             temperature=0.0)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert summary.generated == len(records) == 2
    for record in records:
        assert record["backend"] == "openai" and record["output"].strip()
        assert record["usage"]["completion_tokens"] <= 16
        assert record["model_identity"]["base_url"] == server.base_url
        assert record["model_identity"]["model"]  # the served name, from GET /models
        assert record["prompt"]["mode"] == "chat"
    resources = json.loads(resources_path(out).read_text())
    assert resources["runs"][0]["local"] is False and resources["summary"]["tokens_per_s"] > 0
    for path in (out, resources_path(out)):
        assert SERVER_KEY not in path.read_text()


def test_openai_backend_retries_until_the_server_is_back(server: LlamaServer,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, SERVER_KEY)
    backend = make_backend(server_spec(server, max_retries=40, concurrency=1))
    backend.start()
    request = plan(sample_problems(1), ("serial",), 1, "chat", replace(FAST, max_tokens=8), set())
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["completions"] = list(backend.generate(request))
        except BaseException as exc:  # handed to the test thread
            outcome["error"] = exc

    server.stop()
    worker = threading.Thread(target=work)
    worker.start()
    try:
        time.sleep(2.0)
        assert worker.is_alive(), f"gave up while the server was down: {outcome}"
        server.start()
        worker.join(timeout=120)
        assert not worker.is_alive() and "error" not in outcome, outcome
        [completion] = outcome["completions"]
        assert completion.text.strip() and completion.gen_seconds > 2.0
    finally:
        backend.close()
        if server.proc is None:
            server.start()


class _SlowOrRefusingHandler(http.server.BaseHTTPRequestHandler):
    """OpenAI-style endpoint: refuses a prompt containing REFUSE at once, answers others after 1 s."""

    def _send(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        self._send(200, {"data": [{"id": "stub"}]})

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if "REFUSE" in json.dumps(body["messages"]):
            self._send(400, {"error": "refused"})
            return
        time.sleep(1.0)
        self._send(200, {"choices": [{"message": {"content": "ok"}, "finish_reason": "stop"}],
                         "usage": {"prompt_tokens": 3, "completion_tokens": 1}})

    def log_message(self, *args: Any) -> None:
        pass


def test_one_failed_request_keeps_the_finished_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A request refused for good ends the run, after the requests already in flight finish."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _SlowOrRefusingHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    monkeypatch.setenv(KEY_ENV, "unused")
    spec = ModelSpec("stub", "openai", settings={"base_url": f"http://127.0.0.1:{httpd.server_port}/v1",
                                                "api_key_env": KEY_ENV, "concurrency": 2, "max_retries": 0})
    backend = make_backend(spec)
    backend.start()
    good = plan(sample_problems(3), ("serial",), 1, "chat", replace(FAST, max_tokens=4), set())
    bad = replace(good[1], prompt=RenderedPrompt("chat", ({"role": "user", "content": "REFUSE"},)))
    got, error = [], None
    try:
        for completion in backend.generate([bad, good[0], good[2]]):
            got.append(completion.request.key)
    except ParevalError as exc:
        error = exc
    finally:
        backend.close()
        httpd.shutdown()
    assert error is not None and "HTTP 400" in str(error)
    assert got == [good[0].key]  # in flight beside the failure: finished and handed over; no new one sent


def test_wrong_key_is_one_line_and_never_shown(server: LlamaServer, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, WRONG_KEY)
    with pytest.raises(ParevalError) as info:
        make_backend(server_spec(server)).start()
    assert "HTTP 401" in str(info.value) and KEY_ENV in str(info.value)
    assert WRONG_KEY not in all_text(info.value)

    problems = tmp_path / "problems"
    shutil.copytree(problems_dir() / PROBLEM, problems / PROBLEM)
    models = tmp_path / "models.yaml"
    models.write_text(json.dumps({"models": {"via-server": {"backend": "openai", "settings": server_spec(server).settings}}}))
    out = tmp_path / "gens.jsonl"
    env = {**os.environ, KEY_ENV: WRONG_KEY, "PAREVAL_PROBLEMS": str(problems), "PAREVAL_DATA": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "pareval_lib", "generate", "--model", "via-server", "--models",
                           str(models), "--max-tokens", "8", "--out", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode != 0
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("pareval: error:"), proc.stderr
    assert "401" in proc.stderr
    assert WRONG_KEY not in proc.stdout + proc.stderr
    assert not out.exists() or WRONG_KEY not in out.read_text()


# --- Hugging Face transformers ---------------------------------------------------------------------

CPP_LINES = [
    "#include <vector>", "#include <mpi.h>", "double sumOfSquares(std::vector<double> const& x) {",
    "    double total = 0.0;", "    for (double v : x) total += v * v;", "    return total;", "}",
    "int rank, size;", "MPI_Comm_rank(MPI_COMM_WORLD, &rank);", "MPI_Reduce(&local, &total, 1, MPI_DOUBLE,"
    " MPI_SUM, 0, MPI_COMM_WORLD);", "```cpp", "```", "You are an expert C++ programmer.",
]
CHAT_TEMPLATE = ("{% for m in messages %}<s>{{ m['role'] }}\n{{ m['content'] }}</s>\n{% endfor %}"
                 "{% if add_generation_prompt %}<s>assistant\n{% endif %}")


@pytest.fixture(scope="module")
def tiny_hf_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer Llama with hidden size 32 and a BPE tokenizer trained on a few lines of C++."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-llama")
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    bpe.train_from_iterator(CPP_LINES, trainers.BpeTrainer(
        vocab_size=400, special_tokens=["<s>", "</s>", "<pad>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=bpe, bos_token="<s>", eos_token="</s>", pad_token="<pad>")
    tokenizer.chat_template = CHAT_TEMPLATE
    tokenizer.save_pretrained(folder)
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=4096,
                         bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                         pad_token_id=tokenizer.pad_token_id)
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(folder)
    return folder


def test_hf_backend_batches_on_cpu(tiny_hf_model: Path) -> None:
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    spec = ModelSpec("tiny-hf", "hf", settings={"model": str(tiny_hf_model), "batch_size": 2, "load_in_4bit": True})
    backend = make_backend(spec)
    identity = backend.start()
    try:
        assert identity["device"] == "cpu" and identity["quantisation"] == "none"  # 4-bit needs CUDA
        assert identity["weights_sha256"]
        params = SamplingParams(temperature=0.8, max_tokens=8, seed=3)
        requests_ = plan(sample_problems(2), ("serial", "mpi"), 1, "chat", params, set())[:3]
        completions = list(backend.generate(requests_))
        assert [c.request.key for c in completions] == [r.key for r in requests_]
        assert [c.extra["batch_size"] for c in completions] == [2, 2, 1]
        for completion in completions:
            assert isinstance(completion.text, str)
            assert 1 <= completion.completion_tokens <= 8 and completion.prompt_tokens > 20
        again = list(backend.generate(requests_))
        assert [c.text for c in again] == [c.text for c in completions]  # same seed, same samples

        [cont] = backend.generate(plan(sample_problems(1), ("serial",), 1, "completion", params, set()))
        assert not any(s in cont.text for s in COMPLETION_STOP)
    finally:
        backend.close()


def test_hf_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    backend = make_backend(ModelSpec("absent", "hf", settings={"model": str(tmp_path / "nothing-here")}))
    with pytest.raises(ParevalError, match="cannot load Hugging Face model"):
        backend.start()


# --- replay ----------------------------------------------------------------------------------------

def test_replay_of_our_own_format(tmp_path: Path) -> None:
    source = tmp_path / "theirs.jsonl"
    rows = [{"model": "someone", "problem": PROBLEM, "paradigm": "serial", "sample": s, "output": f"answer {s}",
             "params": {"temperature": 0.7}} for s in range(2)]
    rows.append({"model": "someone-else", "problem": PROBLEM, "paradigm": "mpi", "sample": 0, "output": "x"})
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    spec = ModelSpec("replayed", "replay", settings={"path": source.name, "source_model": "someone"}, source=tmp_path / "m.yaml")
    backend = make_backend(spec)
    assert backend.start()["stored_generations"] == 2
    requests_ = plan(sample_problems(1), ("serial", "mpi"), 3, "chat", FAST, set())
    completions = list(backend.generate(requests_))
    assert sorted((c.request.key, c.text) for c in completions) == [
        ((PROBLEM, "serial", 0), "answer 0"), ((PROBLEM, "serial", 1), "answer 1")]
    assert completions[0].overrides["params"] == {"temperature": 0.7}


def test_replay_of_another_harness_with_a_column_mapping(tmp_path: Path) -> None:
    source = tmp_path / "parallel-outputs.json"
    source.write_text(json.dumps([
        {"name": f"07_{PROBLEM}", "parallelism_model": "mpi", "prompt": "their prompt", "outputs": ["a", "b"]},
        {"name": f"07_{PROBLEM}", "parallelism_model": "omp", "prompt": "p", "outputs": ["skipped"]},
        {"name": f"07_{PROBLEM}", "parallelism_model": "serial", "prompt": "p", "outputs": ["s"]},
    ]))
    settings = {"path": str(source), "format": "mapped",
                "columns": {"problem": "name", "paradigm": "parallelism_model", "output": "outputs", "prompt": "prompt"},
                "paradigm_map": {"serial": "serial", "mpi": "mpi"}, "problem_sub": ["^\\d+_", ""]}
    backend = make_backend(ModelSpec("parallel-eval", "replay", settings=settings))
    backend.start()
    completions = list(backend.generate(plan(sample_problems(1), ("serial", "mpi"), 2, "chat", FAST, set())))
    assert sorted((c.request.key, c.text) for c in completions) == [
        ((PROBLEM, "mpi", 0), "a"), ((PROBLEM, "mpi", 1), "b"), ((PROBLEM, "serial", 0), "s")]
    assert completions[0].overrides["prompt"]["mode"] == "replay"

    broken = dict(settings, columns={"problem": "id", "paradigm": "parallelism_model", "output": "outputs"})
    with pytest.raises(ParevalError, match="lacks column"):
        make_backend(ModelSpec("x", "replay", settings=broken)).start()


def test_keys_are_never_read_from_models_files() -> None:
    spec = ModelSpec("leaky", "openai", settings={"base_url": "http://127.0.0.1:9/v1", "api_key": WRONG_KEY})
    with pytest.raises(ParevalError, match="api_key_env") as info:
        make_backend(spec)
    assert WRONG_KEY not in all_text(info.value)
