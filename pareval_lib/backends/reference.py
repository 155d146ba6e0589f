"""The `reference` model: its outputs are the problems' reference solutions (a self-test)."""
from __future__ import annotations

from ..problems import Problem


def reference_output(problem: Problem, paradigm: str) -> str:
    """Reference solution text, as a model would return it in a chat answer."""
    return f"```cpp\n{problem.solution(paradigm)}```\n"
