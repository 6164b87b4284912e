"""The resolved profiles kept between runs: the same as validating the files, and never used
for files (or code) that changed since."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from besluitspoor import profile_cache, profiles


def _fresh(user_dir: Path | None = None) -> dict[str, profiles.Profile]:
    profiles._load.cache_clear()  # a new run: nothing kept in the process
    return profiles.load_profiles(user_dir)


def test_a_second_run_reads_the_cache_and_gets_the_same_profiles(tmp_path: Path) -> None:
    validated = _fresh()
    cache = tmp_path / "cache" / "profiles.json"
    assert cache.exists()
    cached = _fresh()
    assert cached == validated
    for name, profile in cached.items():  # the same values of the same types, steps included
        assert profile.model_dump() == validated[name].model_dump()
        assert [type(s.by) for s in profile.required_steps] == [
            type(s.by) for s in validated[name].required_steps
        ]


def test_an_edited_profile_is_read_again(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    path = mine / "eigen.yaml"
    path.write_text("name: eigen\nextends: basis\nparams:\n  motie_termijn_dagen: 10\n")
    assert _fresh(mine)["eigen"].params["motie_termijn_dagen"] == 10
    path.write_text("name: eigen\nextends: basis\nparams:\n  motie_termijn_dagen: 120\n")
    assert _fresh(mine)["eigen"].params["motie_termijn_dagen"] == 120


def test_a_broken_cache_is_ignored(tmp_path: Path) -> None:
    validated = _fresh()
    cache = tmp_path / "cache" / "profiles.json"
    cache.write_text("{not json")
    assert _fresh() == validated
    assert json.loads(cache.read_text())["profiles"]  # and written again


def test_off_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(profile_cache.ENV_CACHE, "off")
    _fresh()
    assert not (tmp_path / "cache").exists()
