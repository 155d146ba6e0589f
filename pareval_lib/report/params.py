"""The stage notebooks and their parameters: the one place the report's defaults live.

- :data:`STAGES` are the notebooks ``notebooks/NN_*.py`` (jupytext percent scripts, the source
  of truth) in the order the report runs them; :data:`STAGE_TITLES` their headings in the report.
- :data:`DEFAULT_PARAMS` holds every parameter a stage notebook may take, with its default.
  Each notebook's ``parameters`` cell declares only the names that notebook uses
  (:func:`declared_params`); :func:`notebook_params` fills in the others from here, and
  :class:`~pareval_lib.report.study.Study` takes its defaults from here too.
- :func:`report_params` merges the defaults, a YAML/JSON parameters file and explicit arguments
  into the full parameter set of one report; each stage is given the part it declares.
"""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from pareval_lib.evaluation.engine import EvalConfig
from pareval_lib.paths import REPO_ROOT
from pareval_lib.problems.catalogue import PARADIGMS


NOTEBOOK_DIR = REPO_ROOT / "notebooks"

STAGES: tuple[str, ...] = ("01_problems", "02_generate", "03_evaluate", "04_statistics", "05_figures", "06_explorer")

STAGE_TITLES = {
    "01_problems": "1. Problem set",
    "02_generate": "2. Models and generation",
    "03_evaluate": "3. Performance analysis",
    "04_statistics": "4. Statistical analysis",
    "05_figures": "5. Figures",
    "06_explorer": "6. Explorer (default subset)",
}


#: Every parameter a stage notebook may take, with its default: the one place defaults live.
#: A notebook's ``parameters`` cell declares the names it uses, with these values.
DEFAULT_PARAMS: dict[str, Any] = {
    "models": ["smollm2-135m-q4", "reference"],  # our models (names in models.yaml)
    "problems": None,  # problem ids, or None for the whole catalogue
    "problem_limit": None,  # keep only the first N selected problems
    "domains": None,  # domain slugs (dense_la, fft, ...), or None for all
    "paradigms": list(PARADIGMS),  # any subset of serial, mpi, openmp, mpi+omp
    "ranks": list(EvalConfig.ranks),  # MPI rank counts (must include 1)
    "threads": list(EvalConfig.threads),  # OpenMP thread counts (openmp)
    "hybrid": [f"{r}x{t}" for r, t in EvalConfig.hybrid],  # ranks x threads (mpi+omp)
    "samples": 1,  # samples per prompt
    "jobs": EvalConfig.jobs,  # parallel builds
    "reps": EvalConfig.reps,  # timed repetitions (median reported)
    "warmup": EvalConfig.warmup,
    "size": None,  # override every problem's input size (small for smoke tests)
    "executor": "local",  # where candidates are built and run: "local", "dask" or "slurm" (README, On a cluster)
    "workers": 1,  # dask/slurm: workers (Slurm jobs) at once, one candidate at a time each
    "scheduler": None,  # dask: a running scheduler's address (None: a LocalCluster here)
    "cluster_config": None,  # slurm: a YAML file of the site's knobs under 'slurm:'
    "unanswered": "count_as_failures",  # prompts a model has no generation for: "count_as_failures" or "stop"
    "highlight": "smollm2-135m-q4",  # our highlighted model
    "published_highlight": "H2looP v0.1-coder",  # highlighted model of the seed report's data
    "published_reference": "H2looP v0.1-multimodal",  # the seed report's Cohen's d reference
    "include_published": True,  # show the seed report's numbers beside ours
    "interactive": False,  # widgets (JupyterLab) or a static default view (papermill)
    "models_file": None,  # your models file, merged over models.yaml
    "max_tokens": None,  # generation length override
    "data_dir": None,  # generations/ and results/ live here (None: the repository's data/, or $PAREVAL_DATA)
    "out_dir": "reports",  # tables/ and figures/ are written here
}


def notebook_params(namespace: Mapping[str, Any]) -> dict[str, Any]:
    """Every parameter of a notebook: the ones in ``namespace`` (its ``globals()``), the others' defaults."""
    return {name: namespace[name] if name in namespace else copy.deepcopy(default)
            for name, default in DEFAULT_PARAMS.items()}


def notebook_from_script(path: Path) -> Any:
    """A jupytext percent script as an nbformat notebook with the python3 kernel, outputs empty."""
    import jupytext

    notebook = jupytext.read(path, fmt="py:percent")
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata.setdefault("language_info", {"name": "python"})
    notebook.metadata.pop("jupytext", None)
    return notebook


def declared_params(notebook: Any) -> list[str]:
    """The names the ``parameters`` cell of ``notebook`` assigns, in order ([] without such a cell).

    papermill injects only these into the notebook; the values come from the report's parameters.
    """
    for cell in notebook.cells:
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            names = []
            for node in ast.parse(cell.source).body:
                targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
                names += [t.id for t in targets if isinstance(t, ast.Name) and t.id not in names]
            return names
    return []


def _load_params_file(path: str | Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    text = Path(path).read_text()
    if str(path).endswith(".json"):
        data = json.loads(text)
    else:
        import yaml

        data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"parameters file {path} must hold a mapping of parameter names to values")
    unknown = sorted(set(data) - set(DEFAULT_PARAMS))
    if unknown:
        raise ValueError(f"parameters file {path}: unknown parameter(s) {unknown}; known: {sorted(DEFAULT_PARAMS)}")
    return data


def report_params(models: Sequence[str] | str | None = None, problems: Sequence[str] | str | None = None,
                  params_file: str | Path | None = None, out_dir: str | Path | None = None,
                  **overrides: Any) -> dict[str, Any]:
    """Defaults, then the parameters file, then explicit arguments; paths made absolute."""
    params = {**DEFAULT_PARAMS, **_load_params_file(params_file)}
    if models is not None:
        params["models"] = [m.strip() for m in models.split(",")] if isinstance(models, str) else list(models)
        if "highlight" not in overrides and (params_file is None or "highlight" not in _load_params_file(params_file)):
            params["highlight"] = params["models"][0] if params["models"] else None
    if problems is not None:
        params["problems"] = [p.strip() for p in problems.split(",")] if isinstance(problems, str) else list(problems)
    if out_dir is not None:
        params["out_dir"] = out_dir
    unknown = sorted(set(overrides) - set(DEFAULT_PARAMS))
    if unknown:
        raise TypeError(f"unknown report parameter(s) {unknown}; known: {sorted(DEFAULT_PARAMS)}")
    params.update(overrides)
    if params["data_dir"] is None:
        from pareval_lib.paths import data_dir

        params["data_dir"] = str(data_dir())
    for key in ("data_dir", "out_dir"):
        path = Path(params[key]).expanduser()
        params[key] = str(path if path.is_absolute() else (Path.cwd() / path).resolve())
    if params.get("models_file"):
        params["models_file"] = str(Path(params["models_file"]).expanduser().resolve())
    for key in ("paradigms", "ranks", "threads", "hybrid"):
        if params[key] is not None:
            params[key] = list(params[key])
    return params

