"""The link-time audit (evaluation/audit.py): a candidate that replaces what the harness relies on
(clocks, MPI, libc), calls or includes the reference, or defines the harness's own symbols is
``rejected`` with a line saying why; ordinary code (templates, lambdas, std::sort, MPI calls) is not."""
from __future__ import annotations


import pytest

from pareval_lib import store
from pareval_lib.evaluation.engine import EvalConfig, evaluate
from pareval_lib.paths import CPP_DIR

PROBLEM = "reduce_sum_of_squares"
SIGNATURE = "double sumOfSquares(std::vector<double> const& x)"
SUM = "{ double s = 0; for (double v : x) s += v * v; return s; }"


def code(text: str) -> str:
    return f"```cpp\n{text}\n```"


CANDIDATES = {
    # name -> (paradigm, output, words the log must hold; None: must not be rejected)
    "replaces_steady_clock": ("serial", code(
        "#include <chrono>\n#include <vector>\n"
        "std::chrono::steady_clock::time_point std::chrono::steady_clock::now() noexcept "
        "{ return time_point(duration(1)); }\n" + SIGNATURE + SUM),
        "defines std::chrono::_V2::steady_clock::now()"),
    "replaces_mpi_barrier_and_wtime": ("mpi", code(
        "#include <mpi.h>\n#include <vector>\n"
        "extern \"C\" int MPI_Barrier(MPI_Comm) { return 0; }\n"
        "extern \"C\" double MPI_Wtime() { return 0.0; }\n" + SIGNATURE + SUM),
        "defines MPI_Barrier"),
    "calls_the_reference": ("serial", code(
        "#include <vector>\ndouble pareval_reference_sumOfSquares(std::vector<double> const& x);\n"
        + SIGNATURE + "{ return pareval_reference_sumOfSquares(x); }"),
        "calls the reference solution"),
    "includes_by_absolute_path": ("serial", code(
        f'#include <vector>\n#include "{CPP_DIR / "pareval_harness.hpp"}"\n' + SIGNATURE + SUM),
        "outside the system and MPI include folders"),
    "defines_getenv": ("serial", code(
        "#include <vector>\n#include <cstdlib>\n"
        "extern \"C\" char* getenv(const char*) noexcept { return nullptr; }\n" + SIGNATURE + SUM),
        "defines getenv"),
    "defines_a_harness_function": ("serial", code(
        "#include <vector>\nnamespace pareval { double now() { return 0.0; } }\n" + SIGNATURE + SUM),
        "defines pareval::now(), which belongs to the harness"),
    "silences_the_sanitizers": ("serial", code(
        "#include <vector>\nextern \"C\" const char* __asan_default_options() { return \"halt_on_error=0\"; }\n"
        + SIGNATURE + SUM), "a hook of the sanitizers"),
    "ordinary_templates_lambdas_and_sort": ("serial", code(
        "#include <vector>\n#include <algorithm>\n#include <string>\n#include <map>\n"
        "template <class T> static T sq(T v) { return v * v; }\n"
        + SIGNATURE + "{ std::vector<double> y(x); std::sort(y.begin(), y.end());"
        " std::map<std::string, double> m; m[\"s\"] = 0;"
        " for (double v : y) m[\"s\"] += sq(v); auto get = [&] { return m[\"s\"]; }; return get(); }"),
        None),
    "serial_answer_with_threads": ("serial", code(
        "#include <vector>\n#include <thread>\n" + SIGNATURE +
        "{ double a = 0, b = 0; std::size_t h = x.size() / 2;"
        " std::thread t([&] { for (std::size_t i = 0; i < h; ++i) a += x[i] * x[i]; });"
        " for (std::size_t i = h; i < x.size(); ++i) b += x[i] * x[i]; t.join(); return a + b; }"),
        None),
    "serial_answer_with_async": ("serial", code(
        "#include <vector>\n#include <future>\n" + SIGNATURE +
        "{ auto f = std::async(std::launch::async, [&] { double s = 0; for (double v : x) s += v * v; return s; });"
        " return f.get(); }"),
        None),
    "ordinary_mpi": ("mpi", code(
        "#include <mpi.h>\n#include <vector>\n" + SIGNATURE +
        "{ int r, n; MPI_Comm_rank(MPI_COMM_WORLD, &r); MPI_Comm_size(MPI_COMM_WORLD, &n);"
        " double s = 0; for (std::size_t i = r; i < x.size(); i += n) s += x[i] * x[i];"
        " double t = 0; MPI_Reduce(&s, &t, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD); return t; }"),
        None),
}


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("audit")
    gens, results = folder / "g.jsonl", folder / "r.jsonl"
    store.append_records(gens, [{"model": name, "problem": PROBLEM, "paradigm": paradigm, "sample": 0, "output": out}
                                for name, (paradigm, out, _) in CANDIDATES.items()])
    evaluate(gens, results, EvalConfig(ranks=(1, 2), jobs=2, reps=1, warmup=0, size=1000, fixed_timeout_s=20.0))
    return {r["model"]: r for r in store.load_records(results)}


@pytest.mark.parametrize("name", list(CANDIDATES))
def test_the_audit_rejects_what_it_must_and_only_that(audited: dict[str, dict], name: str) -> None:
    record = audited[name]
    words = CANDIDATES[name][2]
    if words is None:
        assert record["status"] == "ok", record["log"][-800:]
        if record["paradigm"] == "mpi":
            assert record["serial_in_mpi"] is False  # it reduces over ranks
        else:
            assert record["threads_in_serial"] is name.startswith("serial_answer_with_")
        return
    assert record["status"] == "rejected", (record["status"], record["log"][-800:])
    assert not record["built"] and not record["valid"]
    assert "[rejected by the link-time audit: the candidate" in record["log"] and words in record["log"], record["log"]


def test_a_serial_body_pasted_into_each_mpi_prompt_is_flagged_serial_in_mpi() -> None:
    import shutil

    from pareval_lib.evaluation.build import build_candidate
    from pareval_lib.problems.catalogue import all_problems

    flagged, missed = 0, []
    for problem in all_problems():
        # the flag comes from the plain object: the sanitized build (the memory check's) is not needed
        built = build_candidate(problem, "mpi", problem.solution("serial"), sanitize=False)
        shutil.rmtree(built.workdir, ignore_errors=True)
        assert built.ok, (problem.id, built.log[-500:])
        if built.flags.get("serial_in_mpi"):
            flagged += 1
        else:
            missed.append(problem.id)
    assert not missed and flagged == 60
