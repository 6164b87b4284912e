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


Where = dict[str, str | tuple[str, ...]]


def _ids(ctx: typer.Context, table: str, prefix: str, where: Where) -> list[str]:
    """Ids in `table` that start with `prefix` and whose columns hold `where`'s values (one, or
    one of several), ordered by code point; SQL written for the database's backend."""
    from besluitspoor.store import backend
    from besluitspoor.store.db import sqlite_path

    url = _db_url(ctx)
    b = backend.for_url(url)
    conditions, args = [f"id LIKE {b.mark}"], [prefix.replace("%", "") + "%"]
    for column, value in where.items():
        values = (value,) if isinstance(value, str) else value
        conditions.append(f"{column} IN ({b.marks(len(values))})")
        args += values
    sql = (
        f"SELECT id FROM {table} WHERE {' AND '.join(conditions)} "
        f"GROUP BY id ORDER BY {b.code_order('id')}"  # GROUP BY: one row per id, in both
    )
    if b is backend.POSTGRESQL:
        return _rows_postgres(b.driver_url(url), sql, tuple(args))
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


def _rows_postgres(conninfo: str, sql: str, args: tuple[str, ...]) -> list[str]:
    try:
        import psycopg

        with psycopg.connect(conninfo, connect_timeout=2) as conn:
            conn.read_only = True
            return [str(row[0]) for row in conn.execute(sql, args)]
    except Exception:  # completion never shows an error
        return []


def dossiers(ctx: typer.Context, incomplete: str) -> list[str]:
    return _ids(ctx, "dossier", incomplete, {})


def _dossier_of(ctx: typer.Context) -> str | None:
    value = ctx.params.get("dossier")
    return value if isinstance(value, str) else None


def _items(table: str, **fixed: str | tuple[str, ...]) -> Completer:
    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        dossier = _dossier_of(ctx)
        where: Where = {**fixed, **({"dossier_id": dossier} if dossier else {})}
        return _ids(ctx, table, incomplete, where)

    return complete


steps = _items("step")
motions = _items("step", kind="motie")
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
    return _items("step", kind=kinds)


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
