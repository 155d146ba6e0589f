"""The model registry: the seed report's models, the runnable entries, user files merged over it."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pareval_lib.generation.backends.llamacpp import gguf_path
from pareval_lib.errors import ParevalError
from pareval_lib.paths import REPO_ROOT
from pareval_lib.generation.registry import GROUPS, get_model, load_registry, registry_table

PUBLISHED_MODELS = REPO_ROOT / "data" / "published" / "models.csv"


def _number(text: str) -> float | None:
    return float(text) if text else None


def test_seed_report_models_match_the_published_sizes_and_vram() -> None:
    with open(PUBLISHED_MODELS, newline="") as fh:
        published = {row["model"]: row for row in csv.DictReader(fh)}
    registry = load_registry()
    seed_models = {spec.published_name: spec for spec in registry.values() if spec.published_name}
    assert set(seed_models) == set(published) and len(seed_models) == 11
    for name, row in published.items():
        spec = seed_models[name]
        assert spec.params_b == _number(row["params_b"]), name
        assert spec.active_params_b == _number(row["active_params_b"]), name
        assert spec.vram_gb == _number(row["vram_gb"]), name
        assert spec.group in GROUPS
        expected_group = "similarly sized" if row["group"] == "H2looP" else row["group"]
        assert spec.group == expected_group, name
        assert spec.highlight == (row["group"] == "H2looP"), name
        assert spec.backend == "openai" and spec.settings["base_url"] is None and spec.settings["api_key_env"]


def test_runnable_entries() -> None:
    registry = load_registry()
    assert registry["reference"].backend == "reference"
    assert registry["local-llamacpp-server"].settings["base_url"] == "http://127.0.0.1:8080/v1"
    smol = registry["smollm2-135m-q4"]
    assert smol.backend == "llamacpp"
    path = gguf_path(smol)
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf" and path.stat().st_size > 50_000_000
    rows = registry_table()
    assert {r["name"] for r in rows} == set(registry) and all("settings" not in r for r in rows)


def test_user_file_is_merged_over_the_default(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "models:\n"
        "  h2loop-v0.1-coder:\n"
        "    settings: {base_url: 'http://10.0.0.5:8000/v1', model: h2loop-coder}\n"
        "  my-gguf:\n"
        "    backend: llamacpp\n"
        "    settings: {model_path: weights/model.gguf}\n"
        "    defaults: {temperature: 0.0}\n"
    )
    registry = load_registry(user)
    coder = registry["h2loop-v0.1-coder"]
    assert coder.settings["base_url"] == "http://10.0.0.5:8000/v1" and coder.settings["model"] == "h2loop-coder"
    assert coder.settings["api_key_env"] == "H2LOOP_API_KEY"  # kept from the default entry
    assert coder.vram_gb == 19 and coder.highlight
    mine = registry["my-gguf"]
    assert mine.defaults == {"temperature": 0.0} and mine.base_dir == tmp_path
    with pytest.raises(ParevalError, match=r"GGUF file not found: .*weights/model\.gguf"):
        gguf_path(mine)
    assert "smollm2-135m-q4" in registry  # defaults are still there


def test_unknown_model_lists_the_known_ones() -> None:
    with pytest.raises(ParevalError) as info:
        get_model("no-such-model")
    message = str(info.value)
    assert "no-such-model" in message and "smollm2-135m-q4" in message and "reference" in message
    assert "\n" not in message


@pytest.mark.parametrize("entry, complaint", [
    ("backend: telepathy", "backend must be one of"),
    ("backend: openai\n    group: medium", "group must be one of"),
    ("backend: openai\n    defaults: {temprature: 1}", "unknown defaults temprature"),
])
def test_bad_entries_are_named(tmp_path: Path, entry: str, complaint: str) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text(f"models:\n  broken:\n    {entry}\n")
    with pytest.raises(ParevalError, match=complaint):
        load_registry(user)


def test_bad_models_files(tmp_path: Path) -> None:
    with pytest.raises(ParevalError, match="models file not found"):
        load_registry(tmp_path / "absent.yaml")
    (tmp_path / "list.yaml").write_text("- a\n- b\n")
    with pytest.raises(ParevalError, match="top-level 'models:'"):
        load_registry(tmp_path / "list.yaml")
    (tmp_path / "broken.yaml").write_text("models: {a: [\n")
    with pytest.raises(ParevalError, match="not valid YAML"):
        load_registry(tmp_path / "broken.yaml")
