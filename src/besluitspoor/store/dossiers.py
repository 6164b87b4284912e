"""Dossiers in and out of the database.

Writing flattens a validated `Dossier` into rows and inserts them in bulk (one statement per
table, many rows each). Reading is `store.reading` (driver SQL, no SQLAlchemy), whose functions
are named here too, so that a writer has one module to import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, get_origin

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.i18n import t
from besluitspoor.model import STEP_CLASSES, Dossier, Precondition, Promise, holds, refs_of
from besluitspoor.problems import InputError
from besluitspoor.store.backend import is_postgres, json_decoded, marks
from besluitspoor.store.reading import (
    Connection,
    Layout,
    Origin,
    Summary,
    all_ids,
    chunks,
    existing_ids,
    holders,
    item_ids,
    layout,
    load,
    load_many,
    load_origin,
    load_origins,
    require,
    summaries,
    unknown_dossier_message,
)

# Writers read too: the readers are named here, so that one module serves them.
__all__ = [
    "Origin",
    "Rows",
    "Summary",
    "all_ids",
    "chunks",
    "delete_dossiers",
    "existing_ids",
    "forget_sources",
    "holders",
    "item_ids",
    "layout",
    "load",
    "load_many",
    "load_origin",
    "load_origins",
    "move_sources",
    "overwritten",
    "require",
    "save",
    "summaries",
    "unknown_dossier_message",
    "write_rows",
]

DOSSIER, STEP, PRECONDITION, PROMISE = "dossier", "step", "precondition", "promise"
TABLES = (DOSSIER, STEP, PRECONDITION, PROMISE)  # in the order rows are inserted
Table = str


# --- writing ------------------------------------------------------------------------------------


class Rows:
    """Dossiers flattened into the rows they are stored as, ready to be written, in the
    columns of the database (`layout`).

    An import fills one before it takes the write lock (parsing is most of its time, and
    readers and small edits need not wait for it), then writes it in one transaction."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.ids: list[str] = []
        self.tables: dict[Table, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
        self._now = datetime.now(UTC).isoformat(sep=" ")  # UTC, said so: a server reads it so
        self._plans = _plans(layout)

    def add(self, dossier: Dossier, origin: Origin | None = None) -> None:
        self.ids.append(dossier.id)
        _flatten(dossier, origin or Origin(), self._now, self.tables, self.layout, self._plans)


def save(
    conn: Connection,
    dossiers: Sequence[Dossier],
    *,
    replace: bool = False,
    origins: Sequence[Origin] | None = None,
) -> None:
    """Insert the dossiers, each replacing the stored one of the same id when `replace`.

    Refuses (InputError) an id that exists when not replacing. Runs inside the caller's
    transaction: nothing is written unless the whole call succeeds."""
    rows = Rows(layout(conn))
    for i, dossier in enumerate(dossiers):
        rows.add(dossier, origins[i] if origins else None)
    write_rows(conn, rows, replace=replace)


def write_rows(conn: Connection, rows: Rows, *, replace: bool = False) -> set[str]:
    """Write flattened dossiers; returns the ids that replaced stored ones. One statement
    per table with the rows as ready tuples: SQLAlchemy's per-row processing would cost more
    than SQLite's own work on large imports."""
    present = existing_ids(conn, rows.ids)
    if present and not replace:
        listed = ", ".join(sorted(present))
        raise InputError(
            t(
                "dossier staat al in de database: {d} (voeg het nieuwe toe met --merge, of "
                "vervang het hele dossier met --replace)",
                "dossier already in the database: {d} (add what is new with --merge, or swap "
                "the whole dossier with --replace)",
                d=listed,
            )
        )
    if present:
        _keep_unchanged(conn, present, rows)
    for table, table_rows in rows.tables.items():
        if table_rows:
            _insert(conn, table, rows.layout.columns[table], table_rows)
    return present


def _keep_unchanged(conn: Connection, present: set[str], flat: Rows) -> None:
    """Replace stored dossiers by rewriting only the rows that differ: the dossier row is
    updated, a step, precondition or promise deleted when it changed or went, and inserted
    when it changed or is new; `rows` keeps only what must be inserted.

    Re-importing a collection from git (CI) changes a few items at most. Deleting and
    inserting every row would cost a foreign-key check per reference of every row (PostgreSQL
    runs them at commit, SQLite where it checks them), for rows that end up as they were."""
    rows = flat.tables
    mine = [r for r in rows[DOSSIER] if r[0] in present]
    rows[DOSSIER] = [r for r in rows[DOSSIER] if r[0] not in present]
    columns = flat.layout.columns[DOSSIER]
    assignments = ", ".join(f'"{c}" = {marks(conn, 1)}' for c in columns[1:])
    conn.exec_driver_sql(
        f'UPDATE "dossier" SET {assignments} WHERE "id" = {marks(conn, 1)}',
        [(*r[1:], r[0]) for r in mine],
    )
    for table in (PROMISE, PRECONDITION, STEP):
        stored = {(r[0], r[1]): r for r in _stored_rows(conn, flat.layout, table, sorted(present))}
        wanted, changed = [], []
        for row in rows[table]:
            if row[0] not in present:
                wanted.append(row)  # a dossier new to the database
                continue
            old = stored.pop((row[0], row[1]), None)
            if old == row:
                continue  # as it was: neither deleted nor inserted
            if old is not None:
                changed.append((row[0], row[1]))
            wanted.append(row)
        gone = changed + list(stored)  # what changed, and what the new version no longer has
        if gone:
            _delete_keys(conn, table, gone)
        rows[table] = wanted


def overwritten(conn: Connection, rows: Rows, present: set[str]) -> dict[str, list[str]]:
    """What replacing the stored dossiers by `rows` throws away, per dossier: header keys it
    changes, items it changes or no longer has ("steps.x" with "anders"/"weg"). Compared as
    rows, before anything is written, so that --dry-run can say it; an item only moved is no
    change, nor is where the file lay."""
    if not present:
        return {}
    changed, gone = t("anders", "changed"), t("weg", "gone")
    lost: dict[str, list[str]] = {}
    columns = rows.layout.columns[DOSSIER]
    skip = {"id", "source_file", "source_lines", "updated_at"}
    keep = [i for i, c in enumerate(columns) if c not in skip]
    wanted = {r[0]: r for r in rows.tables[DOSSIER] if r[0] in present}
    for row in _stored_rows(conn, rows.layout, DOSSIER, sorted(present), key="id"):
        new = wanted.get(row[0], row)
        for i in keep:
            if row[i] != new[i]:
                lost.setdefault(row[0], []).append(f"dossier.{columns[i]} ({changed})")
    for table, section in ((STEP, "steps"), (PRECONDITION, "preconditions"), (PROMISE, "promises")):
        stored = {(r[0], r[1]): r for r in _stored_rows(conn, rows.layout, table, sorted(present))}
        for row in rows.tables[table]:
            old = stored.pop((row[0], row[1]), None)
            if old is not None and old[:2] + old[3:] != row[:2] + row[3:]:  # [2]: position
                lost.setdefault(row[0], []).append(f"{section}.{row[1]} ({changed})")
        for dossier_id, item_id in stored:
            lost.setdefault(dossier_id, []).append(f"{section}.{item_id} ({gone})")
    return lost


def _delete_keys(conn: Connection, table: Table, keys: list[tuple[str, str]]) -> None:
    """Delete rows by (dossier_id, id): an executemany on SQLite (in-process, cheap), one
    statement per 10,000 keys on PostgreSQL (where each statement is a round trip)."""
    if not is_postgres(conn):
        where = '"dossier_id" = ? AND "id" = ?'
        conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE {where}', keys)
        return
    for start in range(0, len(keys), 10_000):
        chunk = keys[start : start + 10_000]
        conn.exec_driver_sql(
            f'DELETE FROM "{table}" WHERE ("dossier_id", "id") IN '
            "(SELECT * FROM unnest(%s::text[], %s::text[]))",
            ([k[0] for k in chunk], [k[1] for k in chunk]),
        )


def _stored_rows(
    conn: Connection, layout: Layout, table: Table, ids: list[str], key: str = "dossier_id"
) -> Iterator[tuple[Any, ...]]:
    """The rows of these dossiers exactly as `_flatten` makes them (JSON as its text); `key`
    is the column holding the dossier's id ("id" in the dossier table itself)."""
    columns = layout.columns[table]
    decoded = json_decoded(conn)
    as_json = [c in layout.json[table] for c in columns]
    listed = ", ".join(f'"{c}"' for c in columns)
    for chunk in chunks(ids, 500):
        sql = f'SELECT {listed} FROM "{table}" WHERE "{key}" IN ({marks(conn, len(chunk))})'
        for row in conn.exec_driver_sql(sql, tuple(chunk)):
            if not decoded:
                yield tuple(row)
                continue
            yield tuple(
                _cell(v) if j and v is not None else v for v, j in zip(row, as_json, strict=True)
            )


def _insert(
    conn: Connection, table: Table, names: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Rows into `table`: one executemany on SQLite, one COPY on PostgreSQL (where an
    executemany is a round trip per row)."""
    columns = ", ".join(f'"{c}"' for c in names)
    if is_postgres(conn):
        cursor = conn.connection.dbapi_connection.cursor()
        with cursor.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        return
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({marks(conn, len(names))})'
    conn.exec_driver_sql(sql, rows)


def _cell(value: Any) -> Any:
    """A model value as SQLite stores it: dates as ISO text at their precision, lists as JSON."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, FuzzyDate):
        return value.iso()
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


Plan = tuple[int, tuple[tuple[int, str, Callable[[Any], Any]], ...]]


def _iso(value: FuzzyDate | str) -> str:
    return value if isinstance(value, str) else value.iso()  # a precondition's due may be "start"


def _ids_json(value: list[str]) -> str:
    # Ids are slugs ([a-z0-9-]): nothing in them needs escaping in JSON.
    return '["' + '","'.join(value) + '"]' if value else "[]"


def _converter(model: type[Any], name: str) -> Callable[[Any], Any]:
    """How a field's value is stored: dates as ISO text, lists as JSON, the rest as it is."""
    annotation = model.model_fields[name].annotation
    if holds(annotation, lambda a: a is FuzzyDate):
        return _iso
    listed = holds(annotation, lambda a: get_origin(a) is list)
    if name in refs_of(model):  # a list of ids (a single id is stored as it is)
        return _ids_json if listed else _same
    return _cell if listed else _same


def _same(value: Any) -> Any:
    return value


def _plan(columns: tuple[str, ...], model: type[Any]) -> Plan:
    """(number of columns, (column index, field name, converter) for each field of the model)."""
    return len(columns), tuple(
        (columns.index(f), f, _converter(model, f)) for f in model.model_fields if f in columns[3:]
    )


Plans = tuple[dict[str, Plan], Plan, Plan]  # per step kind, precondition, promise


def _plans(layout: Layout) -> Plans:
    return (
        {kind: _plan(layout.columns[STEP], cls) for kind, cls in STEP_CLASSES.items()},
        _plan(layout.columns[PRECONDITION], Precondition),
        _plan(layout.columns[PROMISE], Promise),
    )


def _row(key: str, position: int, item: Any, plan: Plan) -> tuple[Any, ...]:
    width, fields = plan
    row: list[Any] = [None] * width
    row[0], row[1], row[2] = key, item.id, position
    values = item.__dict__
    for index, name, convert in fields:
        value = values[name]
        if value is not None:
            row[index] = convert(value)
    return tuple(row)


def _flatten(
    dossier: Dossier,
    origin: Origin,
    now: str,
    rows: dict[Table, list[tuple[Any, ...]]],
    layout: Layout,
    plans: Plans,
) -> None:
    info = dossier.dossier.model_dump(mode="json")
    facts = info.pop("facts")
    evaluation = info.pop("evaluation") or {}
    values = {
        **info,
        **facts,
        "evaluation_date": evaluation.get("date"),
        "evaluation_how": evaluation.get("how"),
        "source_file": origin.file,
        "source_lines": origin.lines,
        "updated_at": now,
    }
    rows[DOSSIER].append(tuple(_cell(values.get(c)) for c in layout.columns[DOSSIER]))
    key = dossier.id
    step_plans, pre_plan, promise_plan = plans
    steps = rows[STEP]
    for position, step in enumerate(dossier.steps):
        steps.append(_row(key, position, step, step_plans[step.kind]))
    for position, pre in enumerate(dossier.preconditions):
        rows[PRECONDITION].append(_row(key, position, pre, pre_plan))
    for position, promise in enumerate(dossier.promises):
        rows[PROMISE].append(_row(key, position, promise, promise_plan))


def delete_dossiers(conn: Connection, ids: Sequence[str]) -> int:
    """Delete dossiers with all their rows. Returns how many dossiers.

    The children are deleted explicitly rather than by the cascade, so that this also holds
    in a bulk transaction, where SQLite's foreign-key actions are off.
    """
    removed = 0
    for chunk in chunks(list(ids), 500):
        marked = marks(conn, len(chunk))
        for table in (PROMISE, PRECONDITION, STEP):
            conn.exec_driver_sql(
                f'DELETE FROM "{table}" WHERE "dossier_id" IN ({marked})', tuple(chunk)
            )
        sql = f'DELETE FROM "dossier" WHERE "id" IN ({marked})'
        removed += conn.exec_driver_sql(sql, tuple(chunk)).rowcount
    return removed


def forget_sources(conn: Connection, ids: Sequence[str]) -> None:
    """Drop what `ris` remembers of removed dossiers (replacing one keeps it: see
    SourceItemRow)."""
    for chunk in chunks(list(ids), 500):
        sql = f'DELETE FROM "source_item" WHERE "dossier_id" IN ({marks(conn, len(chunk))})'
        conn.exec_driver_sql(sql, tuple(chunk))


def move_sources(conn: Connection, old: str, new: str) -> None:
    """What `ris` remembers of a dossier follows it to its new id."""
    mark = marks(conn, 1)
    sql = f'UPDATE "source_item" SET "dossier_id" = {mark} WHERE "dossier_id" = {mark}'
    conn.exec_driver_sql(sql, (new, old))
