"""Alembic, driven from code: the migrations live inside the package, no alembic.ini needed."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def run_upgrade(url: str, revision: str) -> None:
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
