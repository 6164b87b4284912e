"""Opening the database: where it lives, the engine, transactions and schema upgrades.

SQLite needs three things per connection that it does not do by default: foreign keys on, a busy
timeout (so two processes writing at once wait for each other instead of failing), and
`BEGIN IMMEDIATE` for writes (so a transaction that reads first cannot fail on upgrading its lock).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from besluitspoor.problems import InputError
from besluitspoor.store.schema_version import HEAD, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

ENV_DB = "BESLUITSPOOR_DB"
BUSY_TIMEOUT_S = 30


def default_db_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path("besluitspoor", appauthor=False) / "besluitspoor.db"


def resolve_url(db: str | None) -> str:
    """The SQLAlchemy URL for `--db` (a path means SQLite), else `$BESLUITSPOOR_DB`, else the
    user data directory."""
    target = db or os.environ.get(ENV_DB) or str(default_db_path())
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def safe_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    import re

    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url in (prefix, f"{prefix}:memory:"):
        return None
    return Path(url[len(prefix) :])


class Database:
    """An opened, current database. Use `read()` and `write()` for transactions."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back on any exception.

        `bulk` is for imports that have checked every reference themselves (see
        `references.check_references`): SQLite's own foreign-key checks would double the
        cost of inserting, so they are off for that one transaction, and on again after it.
        """
        with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
            raw = conn.connection.dbapi_connection if bulk and self.is_sqlite else None
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, or a no-op
            try:
                with conn.begin():
                    yield conn
            finally:
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys = ON")

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def dispose(self) -> None:
        self.engine.dispose()

    @classmethod
    def scratch(cls, folder: Path) -> Database:
        """A new, empty database in `folder`, e.g. for checking files without touching any."""
        return open_db(str(folder / "scratch.db"), create=True, quiet=True)


def make_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    is_sqlite = url.startswith("sqlite")
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_S} if is_sqlite else {},
        json_serializer=_json_dumps,
    )
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _json_dumps(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def open_db(db: str | None, *, create: bool, quiet: bool = False) -> Database:
    """Open the database, creating it (`create`) or upgrading it to this program's schema.

    An older schema is upgraded after a backup copy is written next to the file; a newer one
    is refused. Raises InputError with a message for the user.
    """
    from besluitspoor.i18n import t

    url = resolve_url(db)
    path = sqlite_path(url)
    created = False
    if path is not None and not path.exists():
        if not create:
            raise InputError(
                t(
                    "geen database in {path}; maak er een met 'besluitspoor init', "
                    "'besluitspoor demo' of 'besluitspoor import BESTANDEN', of kies een "
                    "andere met --db",
                    "no database at {path}; create one with 'besluitspoor init', "
                    "'besluitspoor demo' or 'besluitspoor import FILES', or choose another "
                    "with --db",
                    path=path,
                )
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        created = True
    revision = current_revision(url)
    if revision == HEAD:
        return Database(url, make_engine(url))
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise InputError(
            f"the database {path or url} has schema version {revision}, newer than this "
            f"besluitspoor understands ({HEAD}); upgrade besluitspoor to use it"
        )
    if revision is not None and path is not None:
        backup = backup_file(path, revision)
        if not quiet:
            _say(f"upgrading the database schema {revision} -> {HEAD}; backup at {backup}")
    upgrade(url)
    if created and not quiet:
        _say(t("nieuwe database aangemaakt: {path}", "created a new database: {path}", path=path))
    return Database(url, make_engine(url))


def current_revision(url: str) -> str | None:
    """The schema revision stored in the database; None for an empty database.

    Read with plain sqlite3 where possible, so that opening a current database imports
    neither SQLAlchemy's engine machinery nor Alembic.
    """
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return None
        try:
            with _closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)) as conn:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if "alembic_version" in tables:
                    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    return str(row[0]) if row else None
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path} is not a SQLite database ({exc})") from None
        if tables:
            raise InputError(f"{path} is a SQLite database, but not one of besluitspoor")
        return None
    from sqlalchemy import inspect, text

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


@contextmanager
def _closing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield conn
    finally:
        conn.close()


def backup_file(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.bak-{revision}-{stamp}")
    # sqlite3's backup API copies a consistent snapshot even while another process writes.
    with _closing(sqlite3.connect(path)) as src, _closing(sqlite3.connect(backup)) as dst:
        src.backup(dst)
    shutil.copymode(path, backup)
    return backup


def upgrade(url: str, revision: str = HEAD) -> None:
    """Run the Alembic migrations up to `revision` (imports Alembic only when needed)."""
    from besluitspoor.store.migrate import run_upgrade

    run_upgrade(url, revision)


def _say(message: str) -> None:
    import sys

    print(message, file=sys.stderr)
