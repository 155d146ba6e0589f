"""Where things live: the repository, its problems, data and the local cache."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
CPP_DIR = PACKAGE_DIR / "problems" / "cpp"


def problems_dir() -> Path:
    """The benchmark folder (override with PAREVAL_PROBLEMS)."""
    return Path(os.environ.get("PAREVAL_PROBLEMS", REPO_ROOT / "problems"))


def data_dir() -> Path:
    return Path(os.environ.get("PAREVAL_DATA", REPO_ROOT / "data"))


def cache_dir() -> Path:
    """Content-keyed build cache; inside the repository so a clean clone starts empty."""
    path = Path(os.environ.get("PAREVAL_CACHE", REPO_ROOT / ".cache" / "pareval"))
    path.mkdir(parents=True, exist_ok=True)
    return path
