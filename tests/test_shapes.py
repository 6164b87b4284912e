"""Records built from the format's shapes (besluitspoor.shapes) stand in for the model where a
command only shows a dossier: the same fields, values, file form and views; and the shapes kept
in the cache are never used for model code that changed since."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from rich.console import Console
from tests.conftest import Run, TestDb
from tests.strategies import dossiers

from besluitspoor import shapes
from besluitspoor.model import Dossier, derive_shapes, dump
from besluitspoor.render.trail_text import dossier_view, steps_view
from besluitspoor.store import dossiers as store
from besluitspoor.store import reading
from besluitspoor.store.db import open_db
from besluitspoor.trail import ordered_steps


def shown(view: Any) -> str:
    console = Console(width=80, record=True, color_system=None)
    console.print(view)
    return console.export_text()


def assert_stands_in(record: Dossier, model: Dossier) -> None:
    """The record of a stored dossier reads as the model of it does, to the byte."""
    assert shapes.to_data(record) == model.to_data()
    for mine, theirs in zip(
        [record, record.dossier, *record.steps, *record.preconditions, *record.promises],
        [model, model.dossier, *model.steps, *model.preconditions, *model.promises],
        strict=True,
    ):
        assert type(mine).__name__ == type(theirs).__name__
        assert _types(mine.__dict__) == _types(dict(theirs))  # a bool stays a bool
        assert dump(mine) == dump(theirs)
        assert dump(mine, exclude_defaults=True) == dump(theirs, exclude_defaults=True)
    for lang in ("nl", "en"):
        assert shown(dossier_view(record, lang)) == shown(dossier_view(model, lang))
        steps = steps_view(ordered_steps(record), lang)
        assert shown(steps) == shown(steps_view(ordered_steps(model), lang))


def _types(values: dict[str, Any]) -> dict[str, str]:
    return {name: type(value).__name__ for name, value in values.items()}


def both(url: str) -> Iterator[tuple[Dossier, Dossier]]:
    opened = open_db(url, create=False)
    try:
        with opened.read() as conn:
            for dossier_id in reading.all_ids(conn):
                yield reading.load_plain(conn, dossier_id), reading.load(conn, dossier_id)
    finally:
        opened.dispose()


def test_records_of_the_bundled_dossiers_stand_in_for_the_model(loaded: Run, db: TestDb) -> None:
    pairs = list(both(db.url))
    assert len(pairs) >= 5
    for record, model in pairs:
        assert_stands_in(record, model)


def test_records_of_the_real_cases_stand_in_for_the_model(run: Run, db: TestDb) -> None:
    folder = Path(__file__).parent / "realcases"
    assert run("import", str(folder)).exit_code == 0
    for record, model in both(db.url):
        assert_stands_in(record, model)


@pytest.mark.slow
@given(dossiers())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_records_of_any_dossier_stand_in_for_the_model(dossier: Dossier) -> None:
    """Every field of every kind of step (the strategy reads them from the model)."""
    with tempfile.TemporaryDirectory() as tmp:
        opened = open_db(str(Path(tmp) / "records.db"), create=True)
        with opened.write() as conn:
            store.save(conn, [dossier])
        opened.dispose()
        for record, model in both(str(Path(tmp) / "records.db")):
            assert_stands_in(record, model)


def test_shapes_are_plain_data() -> None:
    """What the cache keeps is what the model gives, unchanged by JSON."""
    derived = derive_shapes()
    assert json.loads(json.dumps(derived)) == derived


def _fresh() -> shapes.Shapes:
    shapes.shapes.cache_clear()  # a new run: nothing kept in the process
    return shapes.shapes()


@pytest.fixture
def entry(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "cache" / shapes.ENTRY
    shapes.shapes.cache_clear()


def test_a_second_run_takes_the_shapes_from_the_cache(
    entry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _fresh()
    assert entry.exists()
    monkeypatch.setattr("besluitspoor.model.derive_shapes", _no_model)
    second = _fresh()
    assert second.kinds == first.kinds
    for name, cls in first.classes.items():
        fields = shapes.json_value(cls.FIELDS)
        assert shapes.json_value(second.classes[name].FIELDS) == fields


def _no_model() -> dict[str, Any]:
    raise AssertionError("the shapes were read from the model again")


def test_shapes_kept_for_other_code_are_read_again(entry: Path) -> None:
    _fresh()
    kept = json.loads(entry.read_text())
    kept["stamp"][0] = "0.0.0"  # written by another version
    kept["shapes"]["models"]["Dossier"] = []
    entry.write_text(json.dumps(kept))
    assert _fresh().names("Dossier") == tuple(Dossier.model_fields)
    assert json.loads(entry.read_text())["shapes"]["models"]["Dossier"]  # and written again


def test_a_broken_cache_is_ignored(entry: Path) -> None:
    _fresh()
    kept = json.loads(entry.read_text())
    kept["shapes"] = {"models": {"Dossier": [["steps", "model:Nothing", []]]}}
    entry.write_text(json.dumps(kept))
    assert "Facts" in _fresh().classes
    entry.write_text("{not json")
    assert "Facts" in _fresh().classes
