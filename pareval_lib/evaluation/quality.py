"""Quality bars of the benchmark: every reference valid at every layout it runs at (1, 2 and 4
ranks; 1, 2 and 4 threads; ranks x threads) and clean under the sanitizers, every wrong body
rejected (each problem's out-of-bounds one as ``memory_error``, its data race at several threads),
the serial body offered as an OpenMP answer valid but flagged serial, and serial baselines long
enough for timings to mean something."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pareval_lib import store
from pareval_lib.problems.catalogue import reference_output
from pareval_lib.evaluation.engine import EvalConfig, evaluate
from pareval_lib.problems.catalogue import PARADIGMS, Problem
from pareval_lib.problems.paradigms import from_file_tag, key, layouts

BASELINE_RANGE_S = (0.015, 1.2)  # "20 ms to 1 s", with a little slack for a noisy machine
#: Wrong candidates named wrong/oob_*.<paradigm>.cpp read or write out of bounds without changing
#: the answer: they must be caught as memory_error (the sanitized build), not merely rejected.
OOB_PREFIX = "oob_"
#: The serial reference offered as an OpenMP answer: valid, and flagged ``serial_in_openmp``.
SERIAL_BODY = "serial-body"


def wrong_candidates(problem: Problem) -> dict[str, tuple[str, str]]:
    """label -> (paradigm, source) of candidates that must not validate."""
    # the prompt's signature with an empty body: compiles, returns nothing useful
    out = {f"do-nothing.{p}": (p, f"```cpp\n{problem.prompt(p).rstrip()}\n}}\n```") for p in problem.paradigms}
    wrong_dir = problem.folder / "wrong"
    if wrong_dir.is_dir():
        for f in sorted(wrong_dir.glob("*.cpp")):
            label, tag = f.name[: -len(".cpp")].rsplit(".", 1)
            paradigm = from_file_tag(tag)
            out[f"{label}.{paradigm}"] = (paradigm, f"```cpp\n{f.read_text()}```")
    return out


def quality_generations(problems: list[Problem], paradigms: tuple[str, ...] = PARADIGMS) -> list[dict[str, Any]]:
    """Generation records: references (model 'reference'), wrong bodies (model 'wrong:<label>') and
    the serial body as an OpenMP answer (model SERIAL_BODY), of ``paradigms``."""
    recs = []
    for p in problems:
        for paradigm in (x for x in p.paradigms if x in paradigms):
            recs.append({"model": "reference", "problem": p.id, "paradigm": paradigm, "sample": 0,
                         "output": reference_output(p, paradigm)})
        for label, (paradigm, text) in wrong_candidates(p).items():
            if paradigm in paradigms:
                recs.append({"model": f"wrong:{label}", "problem": p.id, "paradigm": paradigm, "sample": 0,
                             "output": text})
        if "openmp" in p.paradigms and "openmp" in paradigms:
            recs.append({"model": SERIAL_BODY, "problem": p.id, "paradigm": "openmp", "sample": 0,
                         "output": reference_output(p, "serial")})
    return recs


@dataclass
class Violation:
    problem: str
    what: str
    timing: bool = False  # a bar on a measured time (machine-dependent): reported, never a test's verdict

    def __str__(self) -> str:
        return f"{self.problem}: {self.what}"


def violations(results: list[dict[str, Any]]) -> list[Violation]:
    bad = []
    for r in results:
        if r["model"] == "reference":
            if not r["valid"]:
                bad.append(Violation(r["problem"], f"reference {r['paradigm']} is {r['status']}: {r['log'][-400:]}"))
            elif r["paradigm"] != "serial" and set(r["runtime_s"]) != set(_keys(r["paradigm"])):
                bad.append(Violation(r["problem"], f"reference {r['paradigm']} not run at {', '.join(_keys(r['paradigm']))}"))
            elif r["paradigm"] == "serial":
                lo, hi = BASELINE_RANGE_S
                b = r["baseline_s"]
                if b is None or not lo <= b <= hi:
                    bad.append(Violation(r["problem"], f"serial baseline {b} s outside {lo}-{hi} s", timing=b is not None))
        elif r["model"] == SERIAL_BODY:
            if not r["valid"]:
                bad.append(Violation(r["problem"], f"the serial reference as an OpenMP answer is {r['status']}: "
                                                   f"{r['log'][-300:]}"))
            elif not r.get("serial_in_openmp"):
                bad.append(Violation(r["problem"], "the serial reference as an OpenMP answer is not flagged serial"))
        elif r["valid"]:
            bad.append(Violation(r["problem"], f"{r['model']} was accepted ({r['paradigm']})"))
        elif r["model"].startswith(f"wrong:{OOB_PREFIX}") and r["status"] != "memory_error":
            bad.append(Violation(r["problem"], f"{r['model']} ({r['paradigm']}) is {r['status']}, not memory_error: "
                                               f"{r['log'][-300:]}"))
        if r["model"] == "reference" and r["valid"] and (r.get("memory_check") or {}).get("status") != "ok":
            bad.append(Violation(r["problem"], f"reference {r['paradigm']}: memory check "
                                               f"{(r.get('memory_check') or {}).get('status')}: {r['log'][-300:]}"))
        if r["model"] == "reference" and r.get("serial_in_mpi"):
            bad.append(Violation(r["problem"], f"the {r['paradigm']} reference makes no MPI communication call"))
        if r["model"] == "reference" and r.get("serial_in_openmp"):
            bad.append(Violation(r["problem"], f"the {r['paradigm']} reference opens no OpenMP parallel region"))
        if r["model"] == "reference" and r.get("threads_beyond_allowance"):
            bad.append(Violation(r["problem"], f"the {r['paradigm']} reference ran more threads than allowed"))
    return bad


def missing_oob(problems: list[Problem]) -> list[Violation]:
    """Problems without a wrong candidate that reads or writes out of bounds (``wrong/oob_*``)."""
    return [Violation(p.id, f"no out-of-bounds wrong candidate (wrong/{OOB_PREFIX}*.<paradigm>.cpp)")
            for p in problems if not any(label.startswith(OOB_PREFIX) for label in wrong_candidates(p))]


def _keys(paradigm: str) -> list[str]:
    return [key(paradigm, lay) for lay in layouts(paradigm)]


def missing_paradigms(problems: list[Problem], paradigms: tuple[str, ...]) -> list[Violation]:
    """Half-made paradigms: a prompt without its reference or a reference without its prompt (a
    problem with neither simply does not offer that paradigm yet; ``paradigm_coverage`` counts)."""
    out = []
    for p in problems:
        for par in paradigms:
            prompt, solution = (p.file_path(kind, par) for kind in ("prompt", "solution"))
            if prompt.is_file() != solution.is_file():
                have, lack = (prompt, solution) if prompt.is_file() else (solution, prompt)
                out.append(Violation(p.id, f"{have.name} without {lack.name}"))
    return out


def paradigm_coverage(problems: list[Problem], paradigms: tuple[str, ...] = PARADIGMS) -> dict[str, int]:
    """How many of ``problems`` offer each paradigm (prompt and reference)."""
    return {par: sum(par in p.paradigms for p in problems) for par in paradigms}


def missing_race(problems: list[Problem], paradigms: tuple[str, ...]) -> list[Violation]:
    """Problems with an openmp prompt but no data-race wrong candidate (``wrong/race*.openmp.cpp``)."""
    if "openmp" not in paradigms:
        return []
    return [Violation(p.id, "no data-race wrong candidate (wrong/race*.openmp.cpp)") for p in problems
            if "openmp" in p.paradigms and not any(label.startswith("race") and par == "openmp"
                                                   for label, (par, _) in wrong_candidates(p).items())]


def check_problems(problems: list[Problem], jobs: int = 2, workdir: Path | None = None,
                   reps: int = 1, seed: int | None = None,
                   paradigms: tuple[str, ...] = PARADIGMS) -> tuple[list[dict[str, Any]], list[Violation]]:
    """Evaluate the quality generations of `problems`; return the results and the violations.

    The bars must hold for any input seed: ``seed=None`` draws one (the records carry it)."""
    workdir = Path(workdir or tempfile.mkdtemp(prefix="pareval-quality-"))
    cfg = EvalConfig(ranks=(1, 2, 4), jobs=jobs, reps=reps, warmup=0, fixed_timeout_s=120.0, seed=seed)
    gens = quality_generations(problems, paradigms)
    results = []
    # the memory check (a second, sanitized build of each) only where a bar is on it: the references
    # and the serial body must run clean, the out-of-bounds bodies must be caught; the other wrong
    # bodies need only be rejected, which the plain build decides
    for part, checked in (("checked", True), ("plain", False)):
        path, res = workdir / f"quality-{part}.jsonl", workdir / f"quality-{part}-results.jsonl"
        path.unlink(missing_ok=True)
        res.unlink(missing_ok=True)
        store.append_records(path, [g for g in gens if needs_memory_check(g) == checked])
        evaluate(path, res, replace(cfg, memory_check=checked))
        results += store.load_records(res)
    return results, (missing_oob(problems) + missing_paradigms(problems, paradigms) + missing_race(problems, paradigms)
                     + violations(results))


def needs_memory_check(generation: dict[str, Any]) -> bool:
    """Whether a quality bar is on this candidate's memory check (``check_problems``)."""
    model = generation["model"]
    return model in ("reference", SERIAL_BODY) or model.startswith(f"wrong:{OOB_PREFIX}")
