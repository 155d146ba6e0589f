"""scripts/compare_tables.py: the check that a refactor leaves every report table as it was."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "compare_tables.py"


def _write(folder: Path, name: str, frame: pd.DataFrame) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    frame.to_csv(folder / name, index=False)


def _compare(before: Path, after: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(before), str(after)], capture_output=True, text=True)


def test_identical_tables_pass_and_a_changed_cell_fails(tmp_path: Path) -> None:
    table = pd.DataFrame({"model": ["a", "b"], "rate": [0.5, float("nan")]})
    _write(tmp_path / "before", "3_1_1_build_rate.csv", table)
    _write(tmp_path / "after", "3_1_1_build_rate.csv", table)
    # run-time tables are about this run, not the data: left out
    _write(tmp_path / "before", "evaluation_status.csv", pd.DataFrame({"s": [1.0]}))
    _write(tmp_path / "after", "evaluation_status.csv", pd.DataFrame({"s": [2.0]}))
    same = _compare(tmp_path / "before", tmp_path / "after")
    assert same.returncode == 0, same.stdout + same.stderr
    assert "1 tables, identical" in same.stdout

    _write(tmp_path / "after", "3_1_1_build_rate.csv", table.assign(rate=[0.25, float("nan")]))
    _write(tmp_path / "after", "4_2_mcnemar.csv", table)
    changed = _compare(tmp_path / "before", tmp_path / "after")
    assert changed.returncode == 1
    assert "3_1_1_build_rate.csv: 1 row(s) differ, first row 2" in changed.stdout
    assert "only in" in changed.stdout and "4_2_mcnemar.csv" in changed.stdout
