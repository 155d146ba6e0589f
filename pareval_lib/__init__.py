"""pareval: measure how well language models write serial and MPI C++.

One subpackage per stage; imports flow one way, top to bottom:

    cli, doctor          the command line and machine checks
    report/              study settings, notebooks (papermill), the HTML report
    analysis/            statistics, published numbers, tables, figures
    generation/          models and backends -> generations JSONL
    evaluation/          extract, build, sandbox, run, judge, time -> results JSONL
    problems/            the catalogue, the prompts, the C++ harness
    errors, paths, store, machine   the foundation every stage may use
"""

__version__ = "0.1.0"
