"""Analysis: statistics, the seed report's published numbers, tables and figures.

Owns: `stats` (intervals, effect sizes, tests), `published` (the seed report's data),
`tables` (table builders over result counts), `results` (reading results files; frames that
need per-prompt records), `views` (table and figure data from counts, the catalogue and the
published tables), `figures` (matplotlib/seaborn figures).
May import: `pareval_lib.problems`, `pareval_lib.generation.registry`, `pareval_lib.evaluation`
(record formats) and the foundation; never `pareval_lib.report`.
"""
