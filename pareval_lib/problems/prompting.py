"""What a model is sent for a problem: one template for chat models, one for completion models."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pareval_lib.errors import ParevalError
from pareval_lib.problems.catalogue import Problem

MODES = ("chat", "completion")

SYSTEM_MESSAGE = (
    "You are an expert C++ programmer who writes correct, efficient serial and MPI code. "
    "Answer with code only."
)

USER_TEMPLATE = (
    "Complete the C++ function below. Reply with the complete function, including its signature, "
    "in a single ```cpp code block. Keep the given includes and signature; do not write a main "
    "function.\n\n```cpp\n{prompt}\n```\n"
)

#: Where a completion model's continuation should end: the function's closing brace at column 0,
#: a code fence, or the start of a program's entry point.
COMPLETION_STOP = ("\n}\n", "```", "int main")


@dataclass(frozen=True)
class RenderedPrompt:
    """The exact input of one request: chat messages, or completion text with stop sequences."""

    mode: str
    messages: tuple[dict[str, str], ...] = ()
    text: str = ""
    stop: tuple[str, ...] = field(default=())

    def to_record(self) -> dict[str, Any]:
        """The prompt as stored with a generation (exactly what was sent)."""
        if self.mode == "chat":
            return {"mode": "chat", "messages": [dict(m) for m in self.messages]}
        return {"mode": "completion", "text": self.text, "stop": list(self.stop)}


def render_prompt(problem: Problem, paradigm: str, mode: str = "chat") -> RenderedPrompt:
    """The request for `problem` in `paradigm`, rendered for a chat or a completion model."""
    prompt = problem.prompt(paradigm)
    if mode == "chat":
        user = USER_TEMPLATE.format(prompt=prompt.rstrip("\n"))
        return RenderedPrompt("chat", messages=({"role": "system", "content": SYSTEM_MESSAGE},
                                                {"role": "user", "content": user}))
    if mode == "completion":
        return RenderedPrompt("completion", text=prompt, stop=COMPLETION_STOP)
    raise ParevalError(f"unknown prompt mode {mode!r} (expected one of {', '.join(MODES)})")


def cut_at_stop(text: str, stop: tuple[str, ...]) -> str:
    """`text` up to the first stop sequence (backends that cannot stop by themselves use this)."""
    cut = min((i for i in (text.find(s) for s in stop) if i >= 0), default=len(text))
    return text[:cut]
