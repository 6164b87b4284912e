"""Shell completion from the database.

Completion runs on every TAB, so it reads the database with its driver only (sqlite3 from the
standard library, psycopg for PostgreSQL): no SQLAlchemy, no Alembic, no validation. Any
failure completes nothing rather than printing an error.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import typer

from besluitspoor import vocab

Completer = Callable[[typer.Context, str], list[str]]


def _db_url(ctx: typer.Context) -> str:
    from besluitspoor.store.db import resolve_url

    return resolve_url(ctx.find_root().params.get("db"))


def _query(ctx: typer.Context, sql: str, args: tuple[str, ...]) -> list[str]:
    from besluitspoor.store.db import is_postgres_url, sqlite_path

    url = _db_url(ctx)
    if is_postgres_url(url):
        return _query_postgres(url, sql, args)
    path = sqlite_path(url)
    if path is None or not path.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return [str(row[0]) for row in conn.execute(sql, args)]
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def _query_postgres(url: str, sql: str, args: tuple[str, ...]) -> list[str]:
    try:
        import psycopg

        conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
        if sql.startswith("SELECT DISTINCT id "):  # PostgreSQL: no DISTINCT with COLLATE order
            sql = sql.replace("SELECT DISTINCT id ", "SELECT id ").replace(
                " ORDER BY id", " GROUP BY id ORDER BY id"
            )
        sql = sql.replace("%", "%%").replace("?", "%s")
        sql = sql.replace("ORDER BY id", 'ORDER BY id COLLATE "C"')  # as SQLite orders
        with psycopg.connect(conninfo, connect_timeout=2) as conn:
            conn.read_only = True
            return [str(row[0]) for row in conn.execute(sql, args)]
    except Exception:  # completion never shows an error
        return []


def dossiers(ctx: typer.Context, incomplete: str) -> list[str]:
    return _query(ctx, "SELECT id FROM dossier WHERE id LIKE ? || '%' ORDER BY id", (incomplete,))


def _dossier_of(ctx: typer.Context) -> str | None:
    value = ctx.params.get("dossier")
    return value if isinstance(value, str) else None


def _items(table: str, where: str = "") -> Completer:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        dossier = _dossier_of(ctx)
        sql = f"SELECT DISTINCT id FROM {table} WHERE id LIKE ? || '%' {where}"
        args: tuple[str, ...] = (incomplete,)
        if dossier:
            sql += " AND dossier_id = ?"
            args += (dossier,)
        return _query(ctx, sql + " ORDER BY id", args)

    return complete


steps = _items("step")
motions = _items("step", "AND kind = 'motie'")
preconditions = _items("precondition")
promises = _items("promise")


# Which kinds of step fit a reference option, so that completion offers only those.
FITTING_KINDS = {
    "reports": ("collegebesluit", "raadsbesluit"),
    "proposal": ("raadsvoorstel",),
    "target": ("raadsvoorstel",),
    "of": ("collegebesluit", "raadsbesluit"),
    "about": ("collegebesluit", "raadsvoorstel", "raadsbesluit"),
    "answered_by": ("raadsinformatiebrief", "brief", "collegebesluit"),
    "response": ("raadsinformatiebrief", "brief", "collegebesluit"),
    "named_in": ("raadsinformatiebrief", "collegebesluit", "raadsvoorstel", "brief"),
    "made_in": ("raadsinformatiebrief", "commissievergadering", "raadsvergadering", "brief"),
}


def reference(section: str, field: str) -> Completer:
    """Ids that fit a reference option: preconditions, or steps of the kinds that fit."""
    if section == "preconditions":
        return preconditions
    kinds = FITTING_KINDS.get(field)
    if kinds is None:
        return steps
    listed = ", ".join(f"'{k}'" for k in kinds)
    return _items("step", f"AND kind IN ({listed})")


def choices(values: tuple[str, ...]) -> Completer:
    def complete(_ctx: typer.Context, incomplete: str) -> list[str]:
        return [v for v in values if v.startswith(incomplete)]

    return complete


def profiles(ctx: typer.Context, incomplete: str) -> list[str]:
    from besluitspoor.profiles import profile_names

    user = ctx.find_root().params.get("profiles")
    return [p for p in profile_names(user) if p.startswith(incomplete)]


domains = choices(vocab.DOMAINS)
tristate = choices(vocab.TRISTATE)
