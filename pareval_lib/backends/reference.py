"""The `reference` model: its outputs are the problems' reference solutions (a self-test)."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..problems import Problem, get_problem
from ..registry import ModelSpec
from .base import Completion, GenerationRequest


def reference_output(problem: Problem, paradigm: str) -> str:
    """Reference solution text, as a model would return it in a chat answer."""
    return f"```cpp\n{problem.solution(paradigm)}```\n"


class ReferenceBackend:
    """Answers every request with the problem's reference solution, instantly."""

    name = "reference"
    local = False  # no model: nothing to measure

    def __init__(self, spec: ModelSpec) -> None:
        self.mode = spec.settings.get("mode", "chat")

    def start(self) -> dict[str, Any]:
        return {"kind": "reference solutions"}

    def generate(self, requests: Iterable[GenerationRequest]) -> Iterator[Completion]:
        for request in requests:
            text = reference_output(get_problem(request.problem), request.paradigm)
            yield Completion(request, text, gen_seconds=0.0, finish_reason="stop")

    def close(self) -> None:
        pass
