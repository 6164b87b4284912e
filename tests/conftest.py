"""Shared fixtures: a CLI runner against a database in a temporary folder, and sample files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from besluitspoor.cli.main import app
from besluitspoor.paths import data_dir

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"

Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the user's database, profiles or language settings."""
    for name in (
        "BESLUITSPOOR_DB",
        "BESLUITSPOOR_LANG",
        "BESLUITSPOOR_PROFILES",
        "BESLUITSPOOR_DEBUG",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # reports say "made on 1 Dec 2025"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def run(db_path: Path) -> Run:
    """Invoke the CLI as a user would, against the test database: run("dossier", "list")."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, ["--db", str(db_path), *args], input=input)

    return invoke


@pytest.fixture(scope="session")
def loaded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the bundled dossiers imported, made once; tests copy it."""
    path = tmp_path_factory.mktemp("loaded") / "loaded.db"
    result = CliRunner().invoke(app, ["--db", str(path), "import", str(data_dir())])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def loaded(run: Run, loaded_db: Path, db_path: Path) -> Run:
    """The runner, on a fresh copy of a database with the bundled dossiers imported."""
    import shutil

    shutil.copyfile(loaded_db, db_path)
    return run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def script_commands(text: str) -> list[list[str]]:
    """The besluitspoor commands of a shell script or README block, as argument lists."""
    import shlex

    commands = []
    for line in text.replace("\\\n", " ").splitlines():
        code = line.split(" #", 1)[0].strip()
        if code.startswith("besluitspoor "):
            commands.append(shlex.split(code)[1:])
    return commands


def tour_text() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return text.split("### Record a dossier by hand")[1].split("### Dossier files")[0]


@pytest.fixture(scope="session")
def tour_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database README's tour builds, made once; tests copy it (see `toured`)."""
    import os

    folder = tmp_path_factory.mktemp("tour")
    path = folder / "tour.db"
    runner = CliRunner()
    env = {"XDG_DATA_HOME": str(folder / "xdg"), "NO_COLOR": "1", "COLUMNS": "120"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        for args in script_commands(tour_text()):
            runner.invoke(app, ["--db", str(path), *args])
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return path


@pytest.fixture
def toured(tour_db: Path, db_path: Path, run: Run) -> Run:
    """The runner on a fresh copy of the database README's tour builds."""
    import shutil

    shutil.copyfile(tour_db, db_path)
    return run


@pytest.fixture(autouse=True)
def _console_per_test() -> Iterator[None]:
    """The CLI makes its stdout console once per process; each test gets one at its width."""
    from besluitspoor.cli import base

    base.out.cache_clear()
    yield
    base.out.cache_clear()
