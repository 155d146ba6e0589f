"""Compare two folders of report tables (``reports/tables``): same files, same cells.

    python scripts/compare_tables.py BEFORE AFTER      (or: make compare-tables BEFORE=DIR)

Tables that describe the run itself rather than the data (how long generation and evaluation
took this time) are left out. Exit status 1 and one line per difference when they differ.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

RUN_TABLES = {"generation_status.csv", "evaluation_status.csv"}


def differences(before: Path, after: Path) -> list[str]:
    names_before = {p.name for p in before.glob("*.csv")} - RUN_TABLES
    names_after = {p.name for p in after.glob("*.csv")} - RUN_TABLES
    lines = [f"only in {before}: {name}" for name in sorted(names_before - names_after)]
    lines += [f"only in {after}: {name}" for name in sorted(names_after - names_before)]
    for name in sorted(names_before & names_after):
        left, right = pd.read_csv(before / name), pd.read_csv(after / name)
        if list(left.columns) != list(right.columns):
            lines.append(f"{name}: columns differ: {list(left.columns)} vs {list(right.columns)}")
        elif left.shape != right.shape:
            lines.append(f"{name}: shape {left.shape} vs {right.shape}")
        elif not left.equals(right):
            changed = (left != right) & ~(left.isna() & right.isna())
            rows = sorted({int(i) for i in changed.any(axis=1).to_numpy().nonzero()[0]})
            lines.append(f"{name}: {len(rows)} row(s) differ, first row {rows[0] + 2} of the file")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    before, after = Path(argv[0]), Path(argv[1])
    for folder in (before, after):
        if not folder.is_dir():
            print(f"compare_tables: no such folder: {folder}", file=sys.stderr)
            return 2
    lines = differences(before, after)
    for line in lines:
        print(line)
    count = len({p.name for p in before.glob('*.csv')} - RUN_TABLES)
    print(f"compare_tables: {count} tables, {'identical' if not lines else f'{len(lines)} difference(s)'}")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
