"""Shared fixtures: a CLI runner against a database in a temporary folder, and sample files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from besluitspoor.cli.main import app
from besluitspoor.paths import data_dir


def _built_once() -> None:
    """Typer's CliRunner builds the click command tree from the app on every invoke (about
    0.2 s for this CLI, more than most commands take); the tree does not change, so it is built
    once per process."""
    import functools

    import typer.testing

    typer.testing._get_command = functools.cache(typer.testing._get_command)  # type: ignore[attr-defined]


_built_once()

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
    monkeypatch.setenv("BESLUITSPOOR_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")  # reports say "made on 1 Dec 2025"


# --- the database under test: SQLite, or PostgreSQL with --backend postgresql ---------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default=os.environ.get("BESLUITSPOOR_TEST_BACKEND", "sqlite"),
        help="the database every test runs on (PostgreSQL: a throwaway cluster, tests/pg.py)",
    )


def pytest_report_header(config: pytest.Config) -> str:
    return f"besluitspoor database backend: {config.getoption('--backend')}"


@dataclass
class TestDb:
    """The database a test's commands run on: `url` is what `--db` gets."""

    __test__ = False  # not a test class, despite the name

    url: str
    path: Path | None  # the SQLite file; None on PostgreSQL
    cluster: Any = None
    name: str = ""  # the database's name on the cluster

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def snapshot(self) -> str:
        """A digest of every row of every table, to prove that nothing was written."""
        return hashlib.sha256(self.dump().encode()).hexdigest()

    def dump(self) -> str:
        """Every row of every table as text, tables by name and rows sorted."""
        from sqlalchemy import MetaData, create_engine, select

        from besluitspoor.store.db import resolve_url

        if self.path is not None and not self.path.exists():
            return "no database"
        if self.path is not None:  # SQLite: its own driver, without reflecting the schema
            with closing(sqlite3.connect(self.path)) as raw:
                names = sorted(
                    r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                )
                lines = []
                for name in names:
                    rows = sorted(repr(row) for row in raw.execute(f'SELECT * FROM "{name}"'))
                    lines.append(f"{name}: {len(rows)}\n" + "\n".join(rows))
            return "\n".join(lines)
        engine = create_engine(resolve_url(self.url), poolclass=_null_pool())
        try:
            meta = MetaData()
            meta.reflect(engine)
            lines = []
            with engine.connect() as conn:
                for name, table in sorted(meta.tables.items()):
                    rows = sorted(repr(tuple(row)) for row in conn.execute(select(table)))
                    lines.append(f"{name}: {len(rows)}\n" + "\n".join(rows))
        finally:
            engine.dispose()
        return "\n".join(lines)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        from sqlalchemy import create_engine, text

        from besluitspoor.store.db import resolve_url

        engine = create_engine(resolve_url(self.url), poolclass=_null_pool())
        try:
            with engine.connect() as conn:
                return [tuple(row) for row in conn.execute(text(sql))]
        finally:
            engine.dispose()

    def exists(self) -> bool:
        """Whether a database was made: the file, or the schema on the server."""
        if self.path is not None:
            return self.path.exists()
        from besluitspoor.store.db import current_revision, resolve_url

        return current_revision(resolve_url(self.url)) is not None


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.config.getoption("--backend"))


def _cluster() -> Iterator[Any]:
    """A throwaway cluster for this test process; skip (or fail, where it must be there) when
    PostgreSQL is not installed."""
    from tests import pg

    bindir = pg.binaries()
    if bindir is None:
        if os.environ.get("BESLUITSPOOR_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL binaries (initdb, pg_ctl) not found")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    cluster = pg.Cluster(bindir)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_cluster(backend: str) -> Iterator[Any]:
    """One throwaway cluster per test process (each xdist worker has its own) when the suite
    runs on PostgreSQL; None on SQLite."""
    if backend != "postgresql":
        yield None
        return
    yield from _cluster()


@pytest.fixture(scope="session")
def any_pg_cluster(pg_cluster: Any) -> Iterator[Any]:
    """A cluster for the tests of PostgreSQL itself, whichever backend the suite runs on."""
    if pg_cluster is not None:
        yield pg_cluster
        return
    yield from _cluster()


@pytest.fixture
def db(backend: str, pg_cluster: Any, tmp_path: Path) -> TestDb:
    if backend == "postgresql":
        name = pg_cluster.new_database()
        return TestDb(pg_cluster.url(name), None, pg_cluster, name)
    path = tmp_path / "test.db"
    return TestDb(str(path), path)


@pytest.fixture
def db_path(db: TestDb) -> Path:
    """The SQLite file itself, for the tests about files (backups, sqlite3, paths in
    messages); they are SQLite's own and skipped on PostgreSQL."""
    if db.path is None:
        pytest.skip("about the SQLite file")
    return db.path


@pytest.fixture
def run(db: TestDb) -> Run:
    """Invoke the CLI as a user would, against the test database: run("dossier", "list")."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, ["--db", db.url, *args], input=input)

    return invoke


def _template(
    factory: pytest.TempPathFactory, backend: str, cluster: Any, stem: str, *command: str
) -> TestDb:
    """A database made once by one command, for tests to copy."""
    if backend == "postgresql":
        name = cluster.new_database()
        made = TestDb(cluster.url(name), None, cluster, name)
    else:
        path = factory.mktemp(stem) / f"{stem}.db"
        made = TestDb(str(path), path)
    result = CliRunner().invoke(app, ["--db", made.url, *command])
    assert result.exit_code == 0, result.output
    return made


@pytest.fixture(scope="session")
def loaded_db(tmp_path_factory: pytest.TempPathFactory, backend: str, pg_cluster: Any) -> TestDb:
    """A database with the bundled dossiers imported, made once; tests copy it."""
    return _template(tmp_path_factory, backend, pg_cluster, "loaded", "import", str(data_dir()))


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory: pytest.TempPathFactory, backend: str, pg_cluster: Any) -> TestDb:
    """A database made by `init` and nothing else, made once; tests copy it."""
    return _template(tmp_path_factory, backend, pg_cluster, "empty", "init")


def _copy_into(source: TestDb, db: TestDb) -> None:
    """Make `db` a fresh copy of `source` (a file copy, or a database made from a template)."""
    import shutil

    if source.path is not None and db.path is not None:
        shutil.copyfile(source.path, db.path)
        return
    db.cluster.remake(db.name, source.name)


@pytest.fixture
def loaded(run: Run, loaded_db: TestDb, db: TestDb) -> Run:
    """The runner, on a fresh copy of a database with the bundled dossiers imported."""
    _copy_into(loaded_db, db)
    return run


@pytest.fixture
def empty(run: Run, empty_db: TestDb, db: TestDb) -> Run:
    """The runner, on a fresh copy of an initialised database with no dossiers."""
    _copy_into(empty_db, db)
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
def tour_db(tmp_path_factory: pytest.TempPathFactory, backend: str, pg_cluster: Any) -> TestDb:
    """The database README's tour builds, made once; tests copy it (see `toured`)."""
    folder = tmp_path_factory.mktemp("tour")
    if backend == "postgresql":
        name = pg_cluster.new_database()
        made = TestDb(pg_cluster.url(name), None, pg_cluster, name)
    else:
        made = TestDb(str(folder / "tour.db"), folder / "tour.db")
    runner = CliRunner()
    env = {"XDG_DATA_HOME": str(folder / "xdg"), "NO_COLOR": "1", "COLUMNS": "120"}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        for args in script_commands(tour_text()):
            runner.invoke(app, ["--db", made.url, *args])
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return made


@pytest.fixture
def toured(tour_db: TestDb, db: TestDb, run: Run) -> Run:
    """The runner on a fresh copy of the database README's tour builds."""
    _copy_into(tour_db, db)
    return run


@pytest.fixture(autouse=True)
def _console_per_test() -> Iterator[None]:
    """The CLI makes its stdout console once per process; each test gets one at its width."""
    from besluitspoor.cli import base

    base.out.cache_clear()
    yield
    base.out.cache_clear()
