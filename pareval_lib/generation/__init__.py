"""Generation: ask a model for code and store every answer as one JSON line.

Owns: `registry` (models.yaml), `backends/` (one module per provider behind one interface; local
runtimes run in a worker process), `generate` (what is missing, resume), `resources` (memory and
throughput of a run).
May import: `pareval_lib.problems` and the foundation (`errors`, `paths`, `store`).
"""
