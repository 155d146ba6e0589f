"""Hostile candidates: each is classified (never ok), leaves nothing behind, costs at most its timeout.

Where it makes sense a candidate returns the *correct* answer only if its attack worked (it saw a
secret, reached the network), so a sandbox leak would show up as status `ok`.
"""
from __future__ import annotations

import glob
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pareval_lib import store
from pareval_lib.evaluation.engine import EvalConfig, evaluate
from pareval_lib.evaluation import sandbox
from pareval_lib.evaluation.sandbox import sandbox_config

TOKEN = "pvh" + secrets.token_hex(4)  # names every file and process a hostile candidate makes
SECRET = "sk-test-" + secrets.token_hex(12)
TIMEOUT_S = 4.0

CORRECT = """
static double correct_sum(std::vector<double> const& x) { double s = 0; for (double v : x) s += v * v; return s; }
"""
HEAD = "#include <vector>\n#include <cstdio>\n#include <cstdlib>\n#include <cstring>\n#include <unistd.h>\n" \
       "#include <sys/prctl.h>\n#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n"
MPI_HEAD = "#include <mpi.h>\n" + HEAD


def serial(body: str) -> str:
    return f"```cpp\n{HEAD}{CORRECT}\ndouble sumOfSquares(std::vector<double> const& x) {{\n{body}\n}}\n```"


def mpi(body: str) -> str:
    return f"```cpp\n{MPI_HEAD}{CORRECT}\ndouble sumOfSquares(std::vector<double> const& x) {{\n{body}\n}}\n```"


def hostile_candidates(port: int) -> dict[str, tuple[str, str, set[str]]]:
    """name -> (paradigm, output, statuses accepted)."""
    name_self = f'prctl(PR_SET_NAME, "{TOKEN}", 0, 0, 0);'
    return {
        "infinite_loop": ("serial", serial("volatile int spin = 1; while (spin) {} return 0;"), {"timeout"}),
        "fork_bomb": ("serial", serial(f"{name_self} while (true) fork(); return 0;"), {"timeout", "runtime_error"}),
        "huge_allocation": ("serial", serial(
            "std::vector<double> big(50'000'000'000ull / 8); big[12345] = 1; return big[12345];"), {"runtime_error"}),
        # the sanitized build names the fault (store to null pointer): memory_error, not a bare crash
        "segfault": ("serial", serial("volatile int* p = nullptr; *p = 1; return 0;"), {"memory_error"}),
        "mpi_abort": ("mpi", mpi("MPI_Abort(MPI_COMM_WORLD, 3); return 0;"), {"runtime_error"}),
        "deadlocked_recv": ("mpi", mpi(
            "double v; MPI_Recv(&v, 1, MPI_DOUBLE, MPI_ANY_SOURCE, 77, MPI_COMM_WORLD, MPI_STATUS_IGNORE); return v;"),
            {"timeout"}),
        "gigabyte_of_stdout": ("serial", serial(
            "static char buf[1 << 20]; memset(buf, 'x', sizeof buf);"
            "for (int i = 0; i < 1024; ++i) fwrite(buf, 1, sizeof buf, stdout); return correct_sum(x);"),
            {"runtime_error"}),
        "writes_tmp_and_home": ("serial", serial(
            f'FILE* a = fopen("/tmp/{TOKEN}-tmp", "w"); if (a) {{ fputs("x", a); fclose(a); }}'
            f'const char* h = getenv("HOME"); char path[4096];'
            f'snprintf(path, sizeof path, "%s/{TOKEN}-home", h ? h : "/root");'
            f'FILE* b = fopen(path, "w"); if (b) {{ fputs("x", b); fclose(b); }}'
            f'FILE* c = fopen("/root/{TOKEN}-root", "w"); if (c) {{ fputs("x", c); fclose(c); }}'
            f'FILE* d = fopen("{Path.home()}/{TOKEN}-realhome", "w"); if (d) {{ fputs("x", d); fclose(d); }}'
            "return -1.0;"), {"wrong_answer"}),
        "reads_secret_env": ("serial", serial(
            'const char* names[] = {"PAREVAL_TEST_SECRET", "OPENAI_API_KEY", "HF_TOKEN"};'
            "for (const char* n : names) { const char* v = getenv(n); if (v) { printf(\"LEAK %s\\n\", v); return correct_sum(x); } }"
            "return -1.0;"), {"wrong_answer"}),
        "network_connect": ("serial", serial(
            "int s = socket(AF_INET, SOCK_STREAM, 0); sockaddr_in a{}; a.sin_family = AF_INET;"
            f'a.sin_port = htons({port}); inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);'
            "if (connect(s, (sockaddr*)&a, sizeof a) == 0) { (void)!write(s, \"hi\", 2); return correct_sum(x); }"
            "return -1.0;"), {"wrong_answer"}),
        "blocks_on_stdin": ("serial", serial("char c = 0; ssize_t n = read(0, &c, 1); return n + c - 1000.0;"), {"wrong_answer", "timeout"}),
        "closes_stdout_and_stderr": ("serial", serial("close(1); close(2); return correct_sum(x);"), {"runtime_error"}),
        "detached_background_process": ("serial", serial(
            f"if (fork() == 0) {{ setsid(); {name_self} if (fork() == 0) {{ sleep(600); }} _exit(0); }}"
            "return -1.0;"), {"wrong_answer"}),
    }


def _processes_named(token: str, wait_s: float = 2.0) -> list[str]:
    """Live processes named `token` (ps lines), once they have had `wait_s` to finish dying."""
    deadline = time.monotonic() + wait_s
    while True:
        out = subprocess.run(["ps", "-eo", "pid,uid,stat,comm"], capture_output=True, text=True).stdout
        live = [ln for ln in out.splitlines() if token in ln and " Z" not in ln]
        if not live or time.monotonic() > deadline:
            return live
        time.sleep(0.05)


@pytest.fixture(scope="module")
def hostile_results(tmp_path_factory: pytest.TempPathFactory):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    cands = hostile_candidates(port)
    d = tmp_path_factory.mktemp("hostile")
    gens, res = d / "gens.jsonl", d / "results.jsonl"
    store.append_records(gens, [
        {"model": name, "problem": "reduce_sum_of_squares", "paradigm": par, "sample": 0, "output": out}
        for name, (par, out, _) in cands.items()
    ])
    old = {k: os.environ.get(k) for k in ("PAREVAL_TEST_SECRET", "OPENAI_API_KEY", "HF_TOKEN")}
    os.environ.update({k: SECRET for k in old})
    try:
        evaluate(gens, res, EvalConfig(ranks=(2,), jobs=2, reps=1, warmup=0, size=1000, fixed_timeout_s=TIMEOUT_S))
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    try:
        conn, _ = listener.accept()
        connected = True
        conn.close()
    except BlockingIOError:
        connected = False
    listener.close()
    return {r["model"]: r for r in store.load_records(res)}, cands, connected


@pytest.mark.parametrize("name", list(hostile_candidates(1)))
def test_hostile_candidate_is_contained(hostile_results, name: str) -> None:
    results, cands, _ = hostile_results
    rec = results[name]
    accepted = cands[name][2]
    assert rec["status"] != "ok", f"{name} was accepted: {rec['log'][-500:]}"
    assert rec["status"] in accepted, f"{name}: {rec['status']} not in {accepted}: {rec['log'][-500:]}"
    for run in rec["runs"].values():
        assert run["seconds"] <= TIMEOUT_S + 5, f"{name} cost {run['seconds']} s"
    assert len(rec["log"]) < 20_000  # output is capped


def test_nothing_left_behind(hostile_results) -> None:
    results, _, connected = hostile_results
    assert not connected, "a candidate reached a loopback server"
    assert not _processes_named(TOKEN), "a hostile candidate's process outlived its run"
    leaks = glob.glob(f"/tmp/{TOKEN}*") + glob.glob(str(Path.home() / f"{TOKEN}*")) + glob.glob(f"/root/{TOKEN}*")
    assert not leaks, f"files written outside the sandbox: {leaks}"
    stale = [p for p in glob.glob("/tmp/pareval-*/candidate.cpp") if TOKEN in Path(p).read_text(errors="replace")]
    assert not stale, f"sandbox directories not removed: {stale}"
    assert all(SECRET not in r["log"] for r in results.values()), "a secret reached a candidate"


def test_sandbox_is_bubblewrap_here() -> None:
    """This machine (and CI) has bubblewrap: the strong sandbox must be the one in use."""
    cfg = sandbox_config()
    assert cfg.mode == "bwrap", cfg.reason


def test_fallback_sandbox_warns_and_still_contains(tmp_path: Path) -> None:
    """Without bubblewrap: a loud warning, and limits + process-group/marker kills still contain."""
    cands = hostile_candidates(1)
    gens, res = tmp_path / "g.jsonl", tmp_path / "r.jsonl"
    names = ("infinite_loop", "detached_background_process", "segfault")
    store.append_records(gens, [
        {"model": n, "problem": "reduce_sum_of_squares", "paradigm": cands[n][0], "sample": 0, "output": cands[n][1]}
        for n in names
    ])
    env = dict(os.environ, PAREVAL_SANDBOX="rlimits")
    p = subprocess.run([sys.executable, "-m", "pareval_lib", "evaluate", str(gens), "--out", str(res), "--size", "1000",
                        "--reps", "1", "--ranks", "1", "--quiet"], env=env, capture_output=True, text=True, timeout=300)
    fallback = sandbox.SandboxConfig("rlimits", os.geteuid() == 0, "test", sandbox.sandbox_config().readable)
    if sandbox.fallback_problem(fallback):
        # as root in a private checkout the fallback's uid cannot even reach the compilers: refused, one line
        lines = p.stderr.strip().splitlines()
        assert p.returncode != 0 and lines[-1].startswith("pareval: error: without bubblewrap"), p.stderr
        assert "install bubblewrap" in lines[-1] and not res.exists()
        return
    assert p.returncode == 0, p.stderr
    assert "WEAK SANDBOX" in p.stderr
    recs = {r["model"]: r for r in store.load_records(res)}
    assert all(r["sandbox"] == "rlimits" for r in recs.values())
    assert {n: recs[n]["status"] for n in names} == {
        "infinite_loop": "timeout", "detached_background_process": "wrong_answer", "segfault": "memory_error"}
    assert not _processes_named(TOKEN), "a detached process survived the fallback sandbox"
