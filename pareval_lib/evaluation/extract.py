"""Turn a model's raw text into one C++ translation unit that defines the problem's function.

Handles: fenced blocks (several, of several languages), bare code with prose around it, a
continuation of the prompt (completion models write only the body), a model-written `main`,
duplicate includes and type definitions, and text with no code at all (returns None).
"""
from __future__ import annotations

import re

CPP_LANGS = {"", "cpp", "c++", "cxx", "cc", "c", "hpp", "h", "mpi", "cuda"}
FENCE = re.compile(r"^[ \t]*```[ \t]*([A-Za-z0-9_+#.-]*)[^\n]*\n(.*?)(?:^[ \t]*```|\Z)", re.S | re.M)
CODE_START = re.compile(
    r"^\s*(#\s*include|#\s*define|#\s*pragma|template\s*<|using\s|namespace\s|struct\s|class\s|typedef\s|"
    r"static\s|inline\s|const\s|constexpr\s|extern\s|//|/\*|(unsigned\s+|signed\s+|long\s+)*"
    r"(void|int|double|float|bool|char|size_t|std::|auto|long)\b)"
)
TYPE_DEF = re.compile(r"^\s*(struct|class|enum(\s+class)?)\s+(\w+)[^;{]*\{|^\s*using\s+(\w+)\s*=|^\s*typedef\b.*?(\w+)\s*;", re.M)


def mask_code(text: str) -> str:
    """Same length as `text`, with comments, strings and char literals blanked (newlines kept)."""
    out = list(text)
    i, n = 0, len(text)

    def blank(a: int, b: int) -> None:
        for k in range(a, min(b, n)):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank(i, j)
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            blank(i + 1, j)
            i = j + 1
        else:
            i += 1
    return "".join(out)


def _match(masked: str, open_pos: int, open_ch: str, close_ch: str) -> int:
    """Index just past the bracket matching the one at `open_pos`, or -1 if it never closes."""
    depth = 0
    for k in range(open_pos, len(masked)):
        ch = masked[k]
        if ch == open_ch:
            depth += 1
        elif ch == close_ch:
            depth -= 1
            if depth == 0:
                return k + 1
    return -1


def find_definition(code: str, function: str) -> tuple[int, int] | None:
    """(start of line, end of body) of the first definition of `function`, if any."""
    masked = mask_code(code)
    for m in re.finditer(rf"\b{re.escape(function)}\s*\(", masked):
        close = _match(masked, m.end() - 1, "(", ")")
        if close < 0:
            continue
        rest = re.match(r"[\s\w:&*<>,]*?\{", masked[close:])  # qualifiers, then the body
        if not rest or re.search(r"[;=]", rest.group(0)):
            continue
        brace = close + rest.end() - 1
        end = _match(masked, brace, "{", "}")
        line_start = masked.rfind("\n", 0, m.start()) + 1
        return line_start, (end if end > 0 else len(code))
    return None


def remove_main(code: str) -> str:
    """Delete any `int main(...) {...}` the model wrote: the driver has its own."""
    while True:
        masked = mask_code(code)
        m = re.search(r"^[ \t]*(int|signed|auto|void)\s+main\s*\(", masked, re.M)
        if not m:
            return code
        close = _match(masked, m.end() - 1, "(", ")")
        brace = masked.find("{", close) if close > 0 else -1
        end = _match(masked, brace, "{", "}") if brace > 0 else -1
        code = code[: m.start()] + (code[end:] if end > 0 else "")


def fenced_blocks(text: str) -> list[str]:
    return [m.group(2) for m in FENCE.finditer(text) if m.group(1).lower() in CPP_LANGS]


def _trim_prose(text: str) -> str:
    """Bare code with prose around it: from the first code-like line to the last top-level '}'."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, ln in enumerate(lines) if CODE_START.match(ln)), 0)
    code = "".join(lines[start:])
    masked = mask_code(code)
    depth, last_close = 0, -1
    for k, ch in enumerate(masked):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                last_close = k + 1
    if last_close > 0:
        if code[last_close : last_close + 1] == ";":
            last_close += 1
        code = code[:last_close] + "\n"
    return code


def _looks_like_code(text: str) -> bool:
    return bool(re.search(r"[;{}]", text)) and bool(re.search(r"\w", text))


def _prompt_preamble(prompt: str, function: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Include lines and (name, definition) type definitions of the prompt, before its signature."""
    masked = mask_code(prompt)
    includes = [ln.strip() for ln in prompt.splitlines() if re.match(r"\s*#\s*include", ln)]
    types: list[tuple[str, str]] = []
    for m in TYPE_DEF.finditer(masked):
        name = m.group(3) or m.group(4) or m.group(5)
        if name == function:
            continue
        if m.group(0).rstrip().endswith("{"):
            end = _match(masked, m.end() - 1, "{", "}")
            semi = masked.find(";", end)
            types.append((name, prompt[m.start() : semi + 1].strip()))
        else:
            types.append((name, prompt[m.start() : m.end()].strip() if m.group(4) is None else
                          prompt[m.start() : masked.find(";", m.end()) + 1].strip()))
    return includes, types


def _with_preamble(code: str, prompt: str, function: str) -> str:
    """Prepend the prompt's includes, and its type definitions that the code does not repeat."""
    includes, types = _prompt_preamble(prompt, function)
    masked = mask_code(code)
    missing_types = [
        text for name, text in types
        if not re.search(rf"\b(struct|class|enum|using|typedef)\b[^;{{]*\b{re.escape(name)}\b", masked)
    ]
    head = [inc for inc in includes if inc not in code]
    if not head and not missing_types:
        return code
    return "\n".join(head + missing_types) + "\n" + code


def extract_code(output: str, prompt: str, function: str) -> str | None:
    """The C++ to compile for this output, or None when it holds no code."""
    text = output.replace("\r\n", "\n")
    blocks = fenced_blocks(text)
    code: str | None = None
    if blocks:
        defining = [b for b in blocks if find_definition(b, function)]
        if defining:
            code = defining[-1]
        elif any(_looks_like_code(b) for b in blocks):
            code = _continue_prompt(prompt, "\n".join(blocks), function)
    elif find_definition(text, function):
        code = _trim_prose(text)
    elif "```" not in text and _looks_like_code(text):
        code = _continue_prompt(prompt, text, function)
    if code is None or not _looks_like_code(code):
        return None
    code = remove_main(code)
    if not find_definition(code, function):
        return None
    return _with_preamble(code, prompt, function)


def _continue_prompt(prompt: str, body: str, function: str) -> str:
    """The prompt followed by the model's continuation, cut where the function's body closes."""
    joined = prompt.rstrip() + "\n" + body
    span = find_definition(joined, function)
    if span is None:
        return joined
    masked = mask_code(joined)
    start = masked.find("{", masked.find(function, span[0]))
    end = _match(masked, start, "{", "}")
    if end < 0:  # the model stopped before closing the body: close it for it
        return joined.rstrip() + "\n}\n"
    return joined[:end] + "\n"
