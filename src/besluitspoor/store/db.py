"""Opening the database: where it lives, the engine, transactions and schema upgrades.

SQLite needs three things per connection that it does not do by default: foreign keys on, a busy
timeout (so two processes writing at once wait for each other instead of failing), and
`BEGIN IMMEDIATE` for writes (so a transaction that reads first cannot fail on upgrading its lock).

PostgreSQL (a database a group shares) gets the same guarantees another way: every write
transaction first takes one advisory lock of the database, so writers queue as on SQLite and a
read-modify-write (an edit) never loses a concurrent one; reads see one snapshot (REPEATABLE
READ), as a SQLite read transaction does. Its schema is upgraded only by `init --upgrade`.
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
# SQLite's header field for the program a file belongs to: b"besp". Files of before it was set
# are recognised by their tables (`_ours`).
APPLICATION_ID = 0x62657370
# Columns only besluitspoor's own `dossier` and `step` tables have together.
OWN_COLUMNS = {
    "dossier": frozenset({"id", "title", "municipality", "profile"}),
    "step": frozenset({"dossier_id", "kind", "date"}),
}


def busy_timeout() -> float:
    """Seconds to wait for another writer before giving up (BESLUITSPOOR_BUSY_TIMEOUT)."""
    try:
        return max(0.0, float(os.environ.get("BESLUITSPOOR_BUSY_TIMEOUT", BUSY_TIMEOUT_S)))
    except ValueError:
        return BUSY_TIMEOUT_S


# Advisory lock keys (any 64-bit numbers other programs are unlikely to use): b"besluits", +1.
WRITE_LOCK = 0x6265736C75697473
MIGRATION_LOCK = WRITE_LOCK + 1


def default_db_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path("besluitspoor", appauthor=False) / "besluitspoor.db"


def resolve_url(db: str | None) -> str:
    """The SQLAlchemy URL for `--db` (a path means SQLite), else `$BESLUITSPOOR_DB`, else the
    user data directory."""
    target = db or os.environ.get(ENV_DB) or str(default_db_path())
    for scheme in ("postgresql://", "postgres://"):  # psycopg 3, not SQLAlchemy's psycopg2
        if target.startswith(scheme):
            return "postgresql+psycopg://" + target[len(scheme) :]
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def is_postgres_url(url: str) -> bool:
    return url.startswith("postgresql")


def safe_url(url: str) -> str:
    """The URL as the user wrote it, with any password hidden, for messages."""
    import re

    url = url.replace("postgresql+psycopg://", "postgresql://", 1)
    url = re.sub(r"(://[^:/@?]*:)[^@/]*@", r"\1***@", url)
    return re.sub(r"([?&]password=)[^&]*", r"\1***", url)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url in (prefix, f"{prefix}:memory:"):
        return None
    return Path(url[len(prefix) :])


class Database:
    """An opened, current database. Use `read()` and `write()` for transactions. On a SQLite
    file they are plain sqlite3 connections that answer as SQLAlchemy's do where the store
    needs it (store.reading.SQLiteConnection): a command that records or reads one dossier
    pays for no SQLAlchemy import. SQLAlchemy's engine is made on first use (PostgreSQL,
    migrations)."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self._engine = engine

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url)
        return self._engine

    @contextmanager
    def read(self) -> Iterator[Any]:
        """A read transaction: one snapshot of the database. On a SQLite file a plain sqlite3
        connection (store.reading.SQLiteConnection), so that a command that reads imports no
        SQLAlchemy; elsewhere SQLAlchemy's, REPEATABLE READ on PostgreSQL."""
        path = sqlite_path(self.url)
        if path is not None:
            with self._sqlite(path, "BEGIN", foreign_keys=True) as conn:
                yield conn
            return
        with self.engine.connect() as conn:
            if not self.is_sqlite:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Any]:
        """One transaction: committed when the block ends, rolled back on any exception.

        `bulk` is for imports that have checked every reference themselves (see
        `references.check_references`): SQLite's own foreign-key checks would double the
        cost of inserting, so they are off for that one transaction. PostgreSQL checks a
        foreign key per row and reference at commit; where the role may (superuser, or
        `GRANT SET ON PARAMETER session_replication_role`) they are skipped the same way for
        the transaction, else they run.
        """
        path = sqlite_path(self.url)
        if path is not None:
            # IMMEDIATE: a transaction that reads first cannot fail on upgrading its lock.
            with self._sqlite(path, "BEGIN IMMEDIATE", foreign_keys=not bulk) as conn:
                yield conn
            return
        engine = self.engine
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            if not self.is_sqlite:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                if bulk:
                    _skip_server_key_checks(conn)
            yield conn

    @staticmethod
    @contextmanager
    def _sqlite(path: Path, begin: str, *, foreign_keys: bool) -> Iterator[Any]:
        """A transaction on a sqlite3 connection of its own, committed when the block ends."""
        from besluitspoor.store.reading import SQLiteConnection

        raw = sqlite3.connect(path, timeout=busy_timeout(), isolation_level=None)
        try:
            raw.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            raw.execute(begin)
            try:
                yield SQLiteConnection(raw)
                raw.execute("COMMIT")
            except BaseException:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
                raise
        finally:
            raw.close()

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    @classmethod
    def scratch(cls, folder: Path) -> Database:
        """A new, empty database in `folder`, e.g. for checking files without touching any."""
        return open_db(str(folder / "scratch.db"), create=True, quiet=True)


def _skip_server_key_checks(conn: Connection) -> None:
    from sqlalchemy.exc import DBAPIError

    try:
        with conn.begin_nested():  # a refusal must not abort the transaction
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
    except DBAPIError:
        pass  # not allowed for this role: the checks run, only slower


def make_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    from besluitspoor.i18n import t

    is_sqlite = url.startswith("sqlite")
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    if scheme not in ("sqlite", "postgresql"):  # only these two are built and tested
        raise InputError(
            t(
                "--db {u}: onbekende soort database '{s}'; geef een bestand (besluitspoor.db), "
                "sqlite:///PAD of postgresql://…",
                "--db {u}: unknown kind of database '{s}'; give a file (besluitspoor.db), "
                "sqlite:///PATH or postgresql://…",
                u=safe_url(url),
                s=scheme,
            )
        )
    options: dict[str, Any] = {}
    if is_postgres_url(url):
        _require_psycopg()
        from sqlalchemy.pool import NullPool

        # A command's connections are closed when it is done with them: a shared server
        # counts them, and a CLI gains nothing from keeping them.
        options["poolclass"] = NullPool
        options["connect_args"] = {
            "connect_timeout": 10,
            "application_name": "besluitspoor",
            # A writer waits this long for the one before it (the advisory lock), as on SQLite.
            "options": f"-c lock_timeout={int(busy_timeout() * 1000)}",
        }
    engine = create_engine(
        url,
        connect_args={"timeout": busy_timeout()} if is_sqlite else options.pop("connect_args", {}),
        json_serializer=_json_dumps,
        **options,
    )
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout() * 1000)}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _require_psycopg() -> None:
    from besluitspoor.i18n import t

    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise InputError(
            t(
                "voor PostgreSQL is psycopg nodig: pip install 'besluitspoor[postgres]'",
                "PostgreSQL needs psycopg: pip install 'besluitspoor[postgres]'",
            )
        ) from None


def _json_dumps(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def open_db(
    db: str | None, *, create: bool, quiet: bool = False, upgrade_schema: bool = False
) -> Database:
    """Open the database, creating it (`create`) or upgrading it to this program's schema.

    A SQLite file of an older schema is upgraded after a backup copy is written next to it. A
    shared server database is upgraded only when asked (`upgrade_schema`, `init --upgrade`),
    and read commands never create its schema. A newer schema is refused. Raises InputError
    with a message for the user.
    """
    from besluitspoor.i18n import t

    url = resolve_url(db)
    path = sqlite_path(url)
    shown = str(path) if path is not None else safe_url(url)
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
        return Database(url)
    if path is not None:
        # Creating or upgrading a file: one process at a time (two first runs at once made
        # half a schema, or refused), and a new file appears whole or not at all.
        with _schema_lock(path.parent):
            return _current_file(url, path, quiet=quiet)
    _refuse_newer(revision, shown)
    if is_postgres_url(url):
        _server_may_change(shown, revision, create, upgrade_schema)
        created = revision is None
    if revision is not None and not quiet:  # a server: its backup is the user's (pg_dump)
        _say(f"upgrading the database schema {revision} -> {HEAD}")
    upgrade(url)
    if created and not quiet:
        _say(t("nieuwe database aangemaakt: {path}", "created a new database: {path}", path=shown))
    return Database(url)


def _refuse_newer(revision: str | None, shown: str) -> None:
    """InputError for a schema newer than this program knows."""
    from besluitspoor.i18n import t

    if revision is not None and revision not in KNOWN_REVISIONS:
        raise InputError(
            t(
                "de database {db} heeft schemaversie {r}, nieuwer dan deze besluitspoor kent "
                "({h}); werk besluitspoor bij om hem te gebruiken",
                "the database {db} has schema version {r}, newer than this besluitspoor "
                "understands ({h}); upgrade besluitspoor to use it",
                db=shown,
                r=revision,
                h=HEAD,
            )
        )


def _current_file(url: str, path: Path, *, quiet: bool) -> Database:
    """A SQLite file at this program's schema, made so under the schema lock: looked at again
    (another process may just have done it), created in a temporary file renamed into place,
    or upgraded after a backup."""
    from besluitspoor.i18n import t

    revision = current_revision(url)  # again: the lock may have waited for another process
    if revision == HEAD:
        return Database(url)
    _refuse_newer(revision, str(path))
    for stale in path.parent.glob(f".{path.name}.*.partial"):
        stale.unlink(missing_ok=True)  # a backup or a new file a killed run left half-made
    if revision is None:
        partial = path.with_name(f".{path.name}.new-{os.getpid()}.partial")
        partial.unlink(missing_ok=True)
        try:
            upgrade(f"sqlite:///{partial}")
            partial.replace(path)  # whole, or not there at all
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        if not quiet:
            _say(
                t("nieuwe database aangemaakt: {path}", "created a new database: {path}", path=path)
            )
        return Database(url)
    backup = backup_file(path, revision)
    if not quiet:
        _say(f"upgrading the database schema {revision} -> {HEAD}; backup at {backup}")
    upgrade(url)
    return Database(url)


@contextmanager
def _schema_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on the database's folder while its schema is made (flock, released
    when the process ends however it ends); waits as long as a writer would."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: one process at a time is up to the user
        yield
        return
    import time

    handle = os.open(folder, os.O_RDONLY)
    try:
        deadline = time.monotonic() + busy_timeout()
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise sqlite3.OperationalError("database is locked") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(handle)  # releases the lock


def _server_may_change(shown: str, revision: str | None, create: bool, upgrade: bool) -> None:
    """A shared database changes shape only on purpose: its schema is made by a command that
    writes, and upgraded by `init --upgrade` after a backup the user makes (pg_dump)."""
    from besluitspoor.i18n import t

    if revision is None and not create:
        raise InputError(
            t(
                "{db} bevat nog geen besluitspoor-database; maak die met 'besluitspoor init'",
                "{db} holds no besluitspoor database yet; create it with 'besluitspoor init'",
                db=shown,
            )
        )
    if revision is not None and not upgrade:
        raise InputError(
            t(
                "de database {db} heeft schemaversie {r}; deze besluitspoor gebruikt {h}. "
                "Maak eerst een reservekopie (pg_dump -Fc -f besluitspoor.dump DATABASE) en "
                "werk hem dan bij met 'besluitspoor init --upgrade'",
                "the database {db} has schema version {r}; this besluitspoor uses {h}. Back it "
                "up first (pg_dump -Fc -f besluitspoor.dump DATABASE), then upgrade it with "
                "'besluitspoor init --upgrade'",
                db=shown,
                r=revision,
                h=HEAD,
            )
        )


def current_revision(url: str) -> str | None:
    """The schema revision stored in the database; None for an empty database.

    Read with plain sqlite3 where possible, so that opening a current database imports
    neither SQLAlchemy's engine machinery nor Alembic.
    """
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:  # SQLite takes a 1-byte file for an empty database
            if handle.read(16) != b"SQLite format 3\x00":
                from besluitspoor.i18n import t

                raise InputError(
                    t(
                        "{p} is geen SQLite-database; kies een ander bestand met --db",
                        "{p} is not a SQLite database; choose another file with --db",
                        p=path,
                    )
                )
        try:
            with _closing(sqlite3.connect(path, timeout=busy_timeout())) as conn:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if "alembic_version" in tables and _ours(conn, tables):
                    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                    return str(row[0]) if row else None
        except sqlite3.DatabaseError as exc:
            from besluitspoor.i18n import t

            raise InputError(
                t(
                    "{p} is geen (leesbare) SQLite-database: {e}",
                    "{p} is not a (readable) SQLite database: {e}",
                    p=path,
                    e=exc,
                )
            ) from None
        if tables:
            from besluitspoor.i18n import t

            raise InputError(
                t(
                    "{p} is een SQLite-database, maar niet van besluitspoor; kies een andere "
                    "met --db",
                    "{p} is a SQLite database, but not one of besluitspoor; choose another "
                    "with --db",
                    p=path,
                )
            )
        return None
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import OperationalError

    engine = make_engine(url)
    try:
        try:
            connection = engine.connect()
        except OperationalError as exc:
            raise InputError(unreachable(url, exc)) from None
        with connection as conn:
            inspector = inspect(conn)
            tables = set(inspector.get_table_names())
            theirs = "alembic_version" in tables and not (
                "dossier" in tables
                and OWN_COLUMNS["dossier"] <= {c["name"] for c in inspector.get_columns("dossier")}
            )
            if "alembic_version" not in tables or theirs:
                if tables:
                    from besluitspoor.i18n import t

                    raise InputError(
                        t(
                            "{db} bevat al tabellen van een ander programma ({n}); "
                            "gebruik een lege database",
                            "{db} already holds tables of another program ({n}); use an "
                            "empty database",
                            db=safe_url(url),
                            n=", ".join(sorted(tables)[:5]),
                        )
                    )
                return None
            value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return str(value) if value is not None else None
    finally:
        engine.dispose()


def unreachable(url: str, exc: Exception) -> str:
    """One line for a server that cannot be reached or refuses us, the password masked."""
    from besluitspoor.i18n import t

    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    return t(
        "kan de database {db} niet bereiken: {r}",
        "cannot reach the database {db}: {r}",
        db=safe_url(url),
        r=reason.replace(url, safe_url(url)),
    )


@contextmanager
def _closing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield conn
    finally:
        conn.close()


def _ours(conn: sqlite3.Connection, tables: set[str]) -> bool:
    """Whether a SQLite file is one besluitspoor made: its application id, or (files made
    before the id was set) its own tables, not just an `alembic_version` of any program."""
    if conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
        return True
    if not {"dossier", "step"} <= tables:
        return False
    return all(
        OWN_COLUMNS[table] <= {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for table in ("dossier", "step")
    )


def backup_file(path: Path, revision: str) -> Path:
    """A copy of the database next to it, whole or not at all: written to a temporary name,
    synced, then renamed (a kill halfway leaves no backup that looks complete)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.bak-{revision}-{stamp}")
    partial = path.with_name(f".{backup.name}.partial")
    try:
        # sqlite3's backup API copies a consistent snapshot even while another process writes.
        with _closing(sqlite3.connect(path)) as src, _closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        shutil.copymode(path, partial)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        partial.replace(backup)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return backup


def upgrade(url: str, revision: str = HEAD, from_scratch: bool = True) -> None:
    """Run the Alembic migrations up to `revision` (imports Alembic only when needed); an
    empty database brought to the head is built from the tables directly."""
    from besluitspoor.store.migrate import run_upgrade

    run_upgrade(url, revision, from_scratch)


def _say(message: str) -> None:
    import sys

    print(message, file=sys.stderr)
