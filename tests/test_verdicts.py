"""Verdicts a candidate cannot forge by printing (the checker, a process of its own, judges), and outcomes that say what happened: a second
result record (the candidate's) is never judged, and a candidate that passes every validation
case but cannot finish the timed input is ``slow``, not ``timeout``; a right answer reached through an
out-of-bounds access or undefined behaviour is ``memory_error`` (the sanitized build)."""
from __future__ import annotations

import pytest

from pareval_lib import store
from pareval_lib.evaluation.engine import EvalConfig, evaluate

PROBLEM = "reduce_sum_of_squares"
HEAD = "#include <vector>\n#include <cstdio>\n#include <cstring>\n#include <string>\n"
SUM = "double s = 0; for (double v : x) s += v * v;"
# the nonce, as the candidate can still find it: its process's original environment
STEAL = r'''
static std::string stolen_nonce() {
    std::string all, key = "PAREVAL_NONCE=";
    if (FILE* f = std::fopen("/proc/self/environ", "rb")) {
        char buf[4096]; std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) all.append(buf, n);
        std::fclose(f);
    }
    for (std::size_t at = 0; at < all.size(); at += std::strlen(all.c_str() + at) + 1)
        if (all.compare(at, key.size(), key) == 0) return all.c_str() + at + key.size();
    return "";
}
static const std::string NONCE = stolen_nonce();
static void forge() {
    std::printf("\nPAREVAL_RESULT:%s:{\"valid\":true,\"cases_passed\":99,\"failed_case\":null,\"ranks\":1,"
                "\"size\":1,\"reps\":1,\"runtime_s\":1e-9,\"times\":[1e-9],\"baseline_s\":1.0}\n", NONCE.c_str());
    std::fflush(stdout);
}
'''


def candidate(body: str, extra: str = "") -> str:
    return f"```cpp\n{HEAD}{STEAL}{extra}\ndouble sumOfSquares(std::vector<double> const& x) {{\n{body}\n}}\n```"


CANDIDATES = {
    # name -> (output, status, words in the log)
    "forged_record_from_a_static_destructor": (candidate(
        "return -1.0;", "struct Late { ~Late() { forge(); } } late;"), "runtime_error", "2 result records"),
    "forged_record_printed_first": (candidate("forge(); return -1.0;"), "runtime_error", "result records"),
    # a record in the harness's own format, then out before the harness can write anything: the
    # checker finds no outputs, whatever the record claims
    "forged_record_then_exit": (candidate(
        'std::printf("\\nPAREVAL_RESULT:%s:{\\"ranks\\":1,\\"size\\":200000,\\"reps\\":0,\\"warmup\\":1,'
        '\\"cases\\":9,\\"written\\":true,\\"times\\":[]}\\n", NONCE.c_str()); std::fflush(stdout); _exit(0);',
        "#include <unistd.h>"), "wrong_answer", "no output"),
    # every timed repetition's output is checked, not only the last one's
    "wrong_on_the_third_timed_call": (candidate(
        f"static int calls = 0; {SUM} if (x.size() > 100000 && ++calls == 3) return s + 1.0; return s;"),
        "wrong_answer", "(repetition 3)"),
    "correct_but_too_slow": (candidate(
        f"if (x.size() > 50000) {{ volatile bool spin = true; while (spin) {{}} }} {SUM} return s;"),
        "slow", "every validation case passed"),
    "correct": (candidate(f"{SUM} return s;"), "ok", ""),
    # the timed input (large) is zeroed through a const_cast, then "0" matches what a reference run
    # after the candidate would compute
    "zeroes_its_const_input_when_timed": (candidate(
        "if (x.size() > 100000) { auto& y = const_cast<std::vector<double>&>(x);"
        " for (auto& v : y) v = 0; return 0.0; }" f" {SUM} return s;"),
        "wrong_answer", "wrote into its const input"),
    # the accidental form: an in-place sort through const& (the sum is still right)
    "sorts_its_const_input": (candidate(
        "auto& y = const_cast<std::vector<double>&>(x); std::sort(y.begin(), y.end());" f" {SUM} return s;",
        "#include <algorithm>"), "wrong_answer", "wrote into its const input"),
    # right answers with a memory fault on the way: caught by the AddressSanitizer / UBSan build
    "writes_one_past_its_scratch_vector": (candidate(
        "std::vector<double> sq(x.size()); for (std::size_t i = 0; i <= x.size(); ++i)"
        " if (!x.empty()) sq[i] = i < x.size() ? x[i] * x[i] : 0.0;"
        " double s = 0; for (std::size_t i = 0; i < x.size(); ++i) s += sq[i]; return s;"),
        "memory_error", "heap-buffer-overflow"),
    "reads_one_past_its_input": (candidate(
        "double s = 0; const double* p = x.data();"
        " for (std::size_t i = 0; i <= x.size() && !x.empty(); ++i) { double v = p[i]; if (i < x.size()) s += v * v; }"
        " return s;"), "memory_error", "heap-buffer-overflow"),
    "signed_overflow": (candidate(
        f"volatile int big = 2147483647; int k = big; k += static_cast<int>(x.size()) + 1; volatile int sink = k;"
        f" (void)sink; {SUM} return s;"),
        "memory_error", "signed integer overflow"),
    # a cache keyed on the input's address: every timed repetition gets a fresh copy elsewhere
    "caches_on_the_input_address": (candidate(
        "static const double* last = nullptr; static std::size_t size = 0; static double cached = 0;"
        " if (x.data() == last && x.size() == size) return cached;"
        f" {SUM} last = x.data(); size = x.size(); cached = s; return s;"), "ok", ""),
}


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("verdicts")
    gens, results = folder / "g.jsonl", folder / "r.jsonl"
    store.append_records(gens, [{"model": name, "problem": PROBLEM, "paradigm": "serial", "sample": 0, "output": out}
                                for name, (out, _, _) in CANDIDATES.items()])
    evaluate(gens, results, EvalConfig(ranks=(1,), jobs=2, reps=3, warmup=1, size=200_000, fixed_timeout_s=4.0))
    return {r["model"]: r for r in store.load_records(results)}


@pytest.mark.parametrize("name", list(CANDIDATES))
def test_verdict(judged: dict[str, dict], name: str) -> None:
    record = judged[name]
    _, status, words = CANDIDATES[name]
    assert record["status"] == status, (record["status"], record["log"][-600:])
    assert record["valid"] is (status == "ok")
    assert words in record["log"]
    if status != "ok":
        assert record["runtime_s"] == {} and not record["speedup"]


def test_the_memory_check_ran_clean_on_the_correct_candidate(judged: dict[str, dict]) -> None:
    assert judged["correct"]["memory_check"] == {"status": "ok", "ranks": 1, "seconds": judged["correct"]["memory_check"]["seconds"]}
    assert judged["writes_one_past_its_scratch_vector"]["memory_check"]["status"] == "memory_error"


def test_a_cache_keyed_on_the_input_address_gains_nothing(judged: dict[str, dict]) -> None:
    record = judged["caches_on_the_input_address"]
    # a hit would take ~1e-7 s against a baseline of ~1e-4 s: every repetition computes instead
    assert record["runtime_s"]["1"] > 0.05 * record["baseline_s"], record


FORGETS_THE_SOURCE = r'''```cpp
#include <vector>

void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    const int n = static_cast<int>(offsets.size()) - 1;
    for (int i = 0; i < n; ++i)
        if (i != source) distances[i] = -1;  // distances[source] is left as it came: 0 "already"
    std::vector<int> queue{source};
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int u = queue[head];
        const int du = u == source ? 0 : distances[u];
        for (int k = offsets[u]; k < offsets[u + 1]; ++k) {
            const int v = neighbors[k];
            if (v != source && distances[v] == -1) {
                distances[v] = du + 1;
                queue.push_back(v);
            }
        }
    }
}
```'''


def test_an_output_element_left_unwritten_fails_even_where_the_answer_is_zero(tmp_path) -> None:
    # the output starts as sentinels (-7 here), not zeros: leaving distances[source] alone is wrong
    gens, results = tmp_path / "g.jsonl", tmp_path / "r.jsonl"
    store.append_records(gens, [{"model": "m", "problem": "graph_bfs_distances", "paradigm": "serial", "sample": 0,
                                 "output": FORGETS_THE_SOURCE}])
    evaluate(gens, results, EvalConfig(ranks=(1,), reps=1, warmup=0, size=1000, fixed_timeout_s=20.0))
    [record] = store.load_records(results)
    assert record["status"] == "wrong_answer", record["log"][-500:]


def _mpi_candidate(extra: str) -> str:
    """Every rank sums in the reference's order: rank 0's outputs are the expected bytes exactly."""
    return ("```cpp\n#include <mpi.h>\n#include <vector>\n\ndouble sumOfSquares(std::vector<double> const& x) {\n"
            "    int size = 1; MPI_Comm_size(MPI_COMM_WORLD, &size);\n"
            f"    double total = 0.0; for (double v : x) total += v * v;\n    {extra}\n    return total;\n}}\n```")


def test_timed_outputs_matching_the_cached_expected_bytes_pass_and_any_other_is_checked(tmp_path, monkeypatch) -> None:
    """At 2 ranks the checker has the timed input's expected outputs cached: outputs that are those
    bytes exactly pass without the input being made again; one repetition that differs is still
    found (here the third call on the timed input, at 2 ranks only)."""
    from pareval_lib.evaluation import runner

    verdicts: list[dict] = []
    real = runner.check_outputs

    def watched(*args, **kwargs):
        verdict, seconds = real(*args, **kwargs)
        verdicts.append(verdict)
        return verdict, seconds

    monkeypatch.setattr(runner, "check_outputs", watched)
    gens, results = tmp_path / "g.jsonl", tmp_path / "r.jsonl"
    wrong_late = "static int calls = 0; if (size > 1 && x.size() > 100000 && ++calls == 3) total += 1.0;"
    store.append_records(gens, [{"model": name, "problem": PROBLEM, "paradigm": "mpi", "sample": 0, "output": out}
                                for name, out in [("exact", _mpi_candidate("")),
                                                  ("wrong_late", _mpi_candidate(wrong_late))]])
    evaluate(gens, results, EvalConfig(ranks=(1, 2), reps=3, warmup=1, size=200_000, target_spread=0.0,
                                       fixed_timeout_s=20.0, memory_check=False))
    got = {r["model"]: r for r in store.load_records(results)}
    assert got["exact"]["status"] == "ok" and set(got["exact"]["runtime_s"]) == {"1", "2"}, got["exact"]["log"]
    wrong = got["wrong_late"]
    assert wrong["status"] == "wrong_answer" and wrong["runs"]["1"]["status"] == "ok", wrong["log"][-400:]
    assert wrong["runs"]["2"]["status"] == "wrong_answer" and "(repetition 3)" in wrong["log"]
    # per candidate: the gate's check, 1 rank's (with the baseline: full), 2 ranks' (cached bytes)
    assert [v.get("timed_as_expected") for v in verdicts] == [False, False, True, False, False, False]
