"""import(export(x)) == x, through files and through the database; export is byte-stable."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from tests.strategies import dossiers

from besluitspoor.dossierfile.read import read_bytes
from besluitspoor.dossierfile.write import dumps
from besluitspoor.model import Dossier, dump
from besluitspoor.references import check_references
from besluitspoor.store import dossiers as store
from besluitspoor.store.db import open_db
from besluitspoor.store.reading import stored_data

PROFILES = ["basis", "beleidswijziging-sociaal-domein"]


@pytest.mark.slow
@given(dossiers())
@settings(max_examples=100, deadline=None)
def test_file_round_trip(dossier: Dossier) -> None:
    assert check_references(dossier.to_data()) == []
    for fmt in ("yaml", "json"):
        text = dumps(dossier, fmt)
        result = read_bytes(text.encode(), f"x.{fmt}", PROFILES, is_json=fmt == "json")
        assert result.problems == [], (text, result.problems)
        assert result.dossier == dossier
        assert dumps(result.dossier, fmt) == text  # stable: same dossier, same bytes


@pytest.mark.slow
@given(st_dossiers=dossiers())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_database_round_trip(st_dossiers: Dossier) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(str(Path(tmp) / "rt.db"), create=True)
        with db.write() as conn:
            store.save(conn, [st_dossiers])
        with db.read() as conn:
            loaded = store.load(conn, st_dossiers.id)
            data = next(stored_data(conn, [st_dossiers.id]))
        assert loaded == st_dossiers
        # Built without validating again, it is what validating the same rows gives.
        validated = Dossier.model_validate(data)
        assert loaded == validated
        for mine, theirs in zip(
            [loaded.dossier, *loaded.steps, *loaded.preconditions, *loaded.promises],
            [validated.dossier, *validated.steps, *validated.preconditions, *validated.promises],
            strict=True,
        ):
            assert mine.model_fields_set == theirs.model_fields_set
            assert {k: type(v) for k, v in mine} == {k: type(v) for k, v in theirs}
        assert dumps(loaded) == dumps(st_dossiers)
        with db.write() as conn:  # replacing with itself changes nothing
            store.save(conn, [loaded], replace=True)
        with db.read() as conn:
            assert store.load(conn, st_dossiers.id) == st_dossiers
        db.dispose()


@pytest.mark.slow
@given(dossiers())
@settings(max_examples=60, deadline=None)
def test_dump_is_pydantics_json_dump(dossier: Dossier) -> None:
    """model.dump (no serializer built) gives what model_dump(mode="json") gives."""
    for item in [dossier, dossier.dossier, *dossier.steps, *dossier.preconditions]:
        assert dump(item) == item.model_dump(mode="json")
        assert dump(item, exclude_defaults=True) == item.model_dump(
            mode="json", exclude_defaults=True
        )
    for promise in dossier.promises:
        assert dump(promise, exclude_defaults=True) == promise.model_dump(
            mode="json", exclude_defaults=True
        )
