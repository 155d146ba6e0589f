"""Evaluation: turn generations into verdicts and timings, in a sandbox the candidate cannot escape.

Owns: `extract` (code from a model's answer), `toolchain` (compilers, MPI), `build` (trusted
objects, sandboxed candidate builds), `sandbox`, `runner` (one run at one rank count), `engine`
(the whole file, resume, harness errors), `executors` (where the work runs), `quality` (the
benchmark's own quality bars), `bench` (harness cost).
May import: `pareval_lib.problems` and the foundation (`errors`, `paths`, `store`).
"""
