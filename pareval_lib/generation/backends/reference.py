"""The `reference` model: its outputs are the problems' reference solutions (a self-test)."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from pareval_lib.problems.catalogue import get_problem, reference_output
from pareval_lib.generation.registry import ModelSpec
from pareval_lib.generation.backends.base import Completion, GenerationRequest


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
