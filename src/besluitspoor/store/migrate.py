"""Alembic, driven from code: the migrations live inside the package, no alembic.ini needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config

from besluitspoor.store.schema_version import HEAD

MIGRATIONS = Path(__file__).with_name("migrations")


def _empty(conn: Any) -> bool:
    """No table at all: a database made just now (a new file, or an empty server database)."""
    from sqlalchemy import inspect

    return not inspect(conn).get_table_names()


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def run_upgrade(url: str, revision: str, from_scratch: bool = True) -> None:
    """Bring the database at `url` to `revision`. An empty database brought to the head is
    built from the tables' declaration and stamped (Alembic's way to build a new database): the
    same schema as the migrations build (`test_store` compares them), in a tenth of the time."""
    from besluitspoor.store.db import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            # SQLite alters a table by copying it; with foreign keys enforced, dropping the old
            # copy of a table others refer to (dossier, step) fails. Off for the migration (it
            # must be set outside a transaction), the keys checked after it, on again.
            raw = conn.connection.dbapi_connection if url.startswith("sqlite") else None
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = OFF")
            else:
                # Two first runs against one empty server database: the second waits here,
                # then finds the schema at its head and does nothing. Released at the commit.
                from besluitspoor.store.db import MIGRATION_LOCK

                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            try:
                config = alembic_config(url)
                config.attributes["connection"] = conn
                if from_scratch and revision == HEAD and _empty(conn):
                    from besluitspoor.store.tables import metadata

                    metadata.create_all(conn)
                    command.stamp(config, revision)
                else:
                    command.upgrade(config, revision)
                if raw is not None:
                    from besluitspoor.store.db import APPLICATION_ID

                    raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # the file is ours
                    broken = raw.execute("PRAGMA foreign_key_check").fetchall()
                    if broken:  # pragma: no cover - a migration that loses references
                        raise RuntimeError(f"the migration left broken references: {broken[:5]}")
            finally:
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys = ON")
    finally:
        engine.dispose()
