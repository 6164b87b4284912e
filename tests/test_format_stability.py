"""Older files keep importing unchanged: the bundled dossiers and the exports that round 1 of
besluitspoor wrote (tests/corpus/old, made by the program at commit e3da306) import without a
problem, and exporting them today gives the very same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from besluitspoor.dossierfile.read import read_file
from besluitspoor.dossierfile.write import dumps
from besluitspoor.paths import data_dir

OLD = Path(__file__).parent / "corpus" / "old"
FILES = sorted(OLD.iterdir()) + sorted(data_dir().glob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_older_files_import_unchanged(path: Path) -> None:
    result = read_file(path)
    assert result.problems == []
    assert result.dossier is not None
    if path.parent == OLD:
        fmt = "json" if path.suffix == ".json" else "yaml"
        assert dumps(result.dossier, fmt) == path.read_text(encoding="utf-8")


def test_the_old_corpus_covers_every_bundled_dossier() -> None:
    assert {p.stem for p in data_dir().glob("*.yaml")} <= {p.stem for p in OLD.iterdir()}


def test_docs_format_md_has_the_keys_the_model_declares() -> None:
    """docs/format.md's key tables are generated from the model; regenerate them with
    BESLUITSPOOR_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_format_stability.py"""
    import os

    from besluitspoor.formatdoc import BEGIN, END, block

    doc = Path(__file__).resolve().parent.parent / "docs" / "format.md"
    text = doc.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    fresh = head + block() + rest.split(END, 1)[1]
    if os.environ.get("BESLUITSPOOR_UPDATE_GOLDENS"):
        doc.write_text(fresh, encoding="utf-8")
    assert text == fresh, (
        "docs/format.md is out of step with the model; regenerate with "
        "BESLUITSPOOR_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_format_stability.py"
    )


def test_the_example_in_docs_format_md_imports() -> None:
    import re

    from besluitspoor.dossierfile.read import read_bytes

    doc = (Path(__file__).resolve().parent.parent / "docs" / "format.md").read_text(
        encoding="utf-8"
    )
    example = re.search(r"## Example.*?```yaml\n(.*?)```", doc, flags=re.S)
    assert example is not None
    result = read_bytes(example.group(1).encode(), "example.yaml")
    assert result.problems == [], result.problems


def test_the_key_tables_name_each_type_by_the_type_not_its_spelling() -> None:
    from besluitspoor.formatdoc import _type
    from besluitspoor.model import Costs, StepBase

    assert _type(StepBase, "defect") == "text"  # "StringConstraints" holds no int
    assert _type(Costs, "amount") == "number"
