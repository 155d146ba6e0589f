"""Code extraction on realistic model outputs, checked by compiling the result for real."""
from __future__ import annotations

import re
import shutil

import pytest

from pareval_lib.evaluation.build import build_candidate
from pareval_lib.evaluation.extract import extract_code, find_definition, mask_code, remove_main
from pareval_lib.problems.catalogue import get_problem

PROBLEM = get_problem("reduce_sum_of_squares")
SERIAL_PROMPT = PROBLEM.prompt("serial")
MPI_PROMPT = PROBLEM.prompt("mpi")
FN = PROBLEM.function

BODY = """    double s = 0.0;
    for (double v : x) s += v * v;
    return s;
}"""

FULL = "#include <vector>\n\ndouble sumOfSquares(std::vector<double> const& x) {\n" + BODY + "\n"

# (name, paradigm, raw model output, should extract code)
OUTPUTS = [
    ("chat answer with prose and one fence", "serial",
     "Sure! Here is an efficient implementation:\n\n```cpp\n" + FULL + "```\n\nThis runs in O(n) time.", True),
    ("fence without a language", "serial", "```\n" + FULL + "```", True),
    ("several blocks: solution then usage with main", "serial",
     "Implementation:\n```c++\n" + FULL + "```\nUsage:\n```cpp\n#include <iostream>\nint main() {\n"
     "  std::vector<double> v{1,2};\n  std::cout << sumOfSquares(v) << std::endl;\n}\n```\n", True),
    ("shell block first, then the code", "serial",
     "Compile with:\n```bash\ng++ -O3 main.cpp\n```\nCode:\n```cpp\n" + FULL + "```", True),
    ("a stray main inside the same block", "serial",
     "```cpp\n#include <vector>\n#include <vector>\n#include <cstdio>\n" + FULL +
     "\nint main(int argc, char** argv) {\n    std::vector<double> x = {1.0, 2.0};\n"
     "    if (argc > 1) { printf(\"{\\n\"); }\n    printf(\"%f\\n\", sumOfSquares(x));\n    return 0;\n}\n```", True),
    ("completion-style continuation of the prompt", "serial", BODY + "\n", True),
    ("continuation that runs on past the function", "serial",
     BODY + "\n\nint main() {\n  return 0;\n}\n\n// Explanation: we loop once.\n", True),
    ("continuation cut off before the closing brace", "serial", "    double s = 0.0;\n    for (double v : x) s += v * v;\n    return s;\n", True),
    ("body only, inside a fence", "serial", "```cpp\n" + BODY + "\n```", True),
    ("bare code with prose before and after", "serial",
     "Here's my solution.\n\n" + FULL + "\nThe function iterates over the vector.", True),
    ("MPI answer with a fence and an explanation", "mpi",
     "We split the vector into blocks.\n```cpp\n#include <mpi.h>\n#include <vector>\n\n"
     "double sumOfSquares(std::vector<double> const& x) {\n    int rank, size;\n"
     "    MPI_Comm_rank(MPI_COMM_WORLD, &rank);\n    MPI_Comm_size(MPI_COMM_WORLD, &size);\n"
     "    double local = 0, total = 0;\n    for (std::size_t i = rank; i < x.size(); i += size) local += x[i] * x[i];\n"
     "    MPI_Reduce(&local, &total, 1, MPI_DOUBLE, MPI_SUM, 0, MPI_COMM_WORLD);\n    return total;\n}\n```\n", True),
    ("definition with a comment containing braces and a string with braces", "serial",
     "```cpp\n#include <vector>\n// helper } {\nstatic const char* tag = \"}{\";\n"
     "double sumOfSquares(std::vector<double> const& x) {\n    /* { */ double s = 0; for (auto v : x) { s += v * v; }\n"
     "    return s;\n}\n```", True),
    ("no code at all", "serial", "I'm sorry, but I can't help with that request.", False),
    ("empty output", "serial", "", False),
    ("pseudo-code only, in prose", "serial", "First square every element, then add them all up and return the total.", False),
    ("a fence in another language only", "serial", "```python\ndef sum_of_squares(x):\n    return sum(v*v for v in x)\n```", False),
]


@pytest.mark.parametrize("name,paradigm,output,has_code", OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_extraction_builds(name: str, paradigm: str, output: str, has_code: bool) -> None:
    prompt = SERIAL_PROMPT if paradigm == "serial" else MPI_PROMPT
    code = extract_code(output, prompt, FN)
    if not has_code:
        assert code is None
        return
    assert code is not None
    assert find_definition(code, FN) is not None
    assert not re.search(r"\bmain\s*\(", mask_code(code)), "a model-written main must be removed"
    built = build_candidate(PROBLEM, paradigm, code)
    try:
        assert built.ok, f"{name}: extracted code does not build:\n{code}\n{built.log}"
    finally:
        shutil.rmtree(built.workdir, ignore_errors=True)


def test_prompt_types_are_added_only_when_missing() -> None:
    prompt = "#include <vector>\n\nstruct Point {\n    double x, y;\n};\n\n/* doc */\ndouble area(std::vector<Point> const& p) {\n"
    body_only = "    return 0.0;\n}\n"
    code = extract_code(body_only, prompt, "area")
    assert code is not None and code.count("struct Point") == 1
    full = "```cpp\nstruct Point { double x, y; };\ndouble area(std::vector<Point> const& p) { return 1.0; }\n```"
    code = extract_code(full, prompt, "area")
    assert code is not None and code.count("struct Point") == 1 and "#include <vector>" in code


def test_remove_main_keeps_everything_else() -> None:
    code = "int f() { return 1; }\nint main() { if (1) { return f(); } }\nint g() { return 2; }\n"
    out = remove_main(code)
    assert "main" not in out and "int f()" in out and "int g()" in out


def test_last_defining_block_wins() -> None:
    naive = "```cpp\n" + FULL.replace("double s = 0.0;", "double s = 0.0; // naive") + "```"
    better = "```cpp\n" + FULL.replace("double s = 0.0;", "double s = 0.0; // better") + "```"
    code = extract_code(f"First try:\n{naive}\nImproved:\n{better}", SERIAL_PROMPT, FN)
    assert code is not None and "// better" in code and "// naive" not in code
