"""Dossiers in and out of the database.

Writing flattens a validated `Dossier` into rows and inserts them in bulk (one statement per
table, many rows each); reading loads whole batches of dossiers with one query per table, so the
number of queries does not grow with the number of steps.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Connection, Table, delete, func, select, update

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.i18n import t
from besluitspoor.model import STEP_CLASSES, Dossier, Facts, Precondition, Promise, refs_of
from besluitspoor.problems import InputError
from besluitspoor.store.dialect import code_order, code_order_sql, is_postgres, json_decoded, marks
from besluitspoor.store.tables import (
    DossierRow,
    PreconditionRow,
    PromiseRow,
    SourceItemRow,
    StepRow,
)

DOSSIER: Table = DossierRow.__table__  # type: ignore[attr-defined]
STEP: Table = StepRow.__table__  # type: ignore[attr-defined]
SOURCE_ITEM: Table = SourceItemRow.__table__  # type: ignore[attr-defined]
PRECONDITION: Table = PreconditionRow.__table__  # type: ignore[attr-defined]
PROMISE: Table = PromiseRow.__table__  # type: ignore[attr-defined]
TABLES = (DOSSIER, STEP, PRECONDITION, PROMISE)  # in the order rows are inserted

_FACTS = tuple(Facts.model_fields)
_STEP_COLUMNS = tuple(c.name for c in STEP.columns)
_EXTRA_DOSSIER_COLUMNS = ("source_file", "source_lines", "updated_at")
_CHILD_COLUMNS = ("dossier_id", "position")


@dataclass(frozen=True)
class Origin:
    """Where a dossier came from: its file, and the line of each item in it."""

    file: str | None = None
    lines: dict[str, int] | None = None


# --- writing ------------------------------------------------------------------------------------


def existing_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    wanted = list(ids)
    found: set[str] = set()
    for chunk in _chunks(wanted, 500):
        found.update(conn.execute(select(DOSSIER.c.id).where(DOSSIER.c.id.in_(chunk))).scalars())
    return found


class Rows:
    """Dossiers flattened into the rows they are stored as, ready to be written.

    An import fills one before it takes the write lock (parsing is most of its time, and
    readers and small edits need not wait for it), then writes it in one transaction."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.tables: dict[Table, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
        self._now = datetime.now(UTC).isoformat(sep=" ")  # UTC, said so: a server reads it so

    def add(self, dossier: Dossier, origin: Origin | None = None) -> None:
        self.ids.append(dossier.id)
        _flatten(dossier, origin or Origin(), self._now, self.tables)


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
    rows = Rows()
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
        _keep_unchanged(conn, present, rows.tables)
    for table, table_rows in rows.tables.items():
        if table_rows:
            _insert(conn, table, table_rows)
    return present


def _keep_unchanged(conn: Connection, present: set[str], rows: dict[Table, list[Any]]) -> None:
    """Replace stored dossiers by rewriting only the rows that differ: the dossier row is
    updated, a step, precondition or promise deleted when it changed or went, and inserted
    when it changed or is new; `rows` keeps only what must be inserted.

    Re-importing a collection from git (CI) changes a few items at most. Deleting and
    inserting every row would cost a foreign-key check per reference of every row (PostgreSQL
    runs them at commit, SQLite where it checks them), for rows that end up as they were."""
    mine = [r for r in rows[DOSSIER] if r[0] in present]
    rows[DOSSIER] = [r for r in rows[DOSSIER] if r[0] not in present]
    columns = _COLUMNS["dossier"]
    assignments = ", ".join(f'"{c}" = {marks(conn, 1)}' for c in columns[1:])
    conn.exec_driver_sql(
        f'UPDATE "dossier" SET {assignments} WHERE "id" = {marks(conn, 1)}',
        [(*r[1:], r[0]) for r in mine],
    )
    for table in (PROMISE, PRECONDITION, STEP):
        stored = {(r[0], r[1]): r for r in _stored_rows(conn, table, sorted(present))}
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
    columns = _COLUMNS["dossier"]
    skip = {"id", "source_file", "source_lines", "updated_at"}
    keep = [i for i, c in enumerate(columns) if c not in skip]
    wanted = {r[0]: r for r in rows.tables[DOSSIER] if r[0] in present}
    for row in _stored_rows(conn, DOSSIER, sorted(present), key="id"):
        new = wanted.get(row[0], row)
        for i in keep:
            if row[i] != new[i]:
                lost.setdefault(row[0], []).append(f"dossier.{columns[i]} ({changed})")
    for table, section in ((STEP, "steps"), (PRECONDITION, "preconditions"), (PROMISE, "promises")):
        stored = {(r[0], r[1]): r for r in _stored_rows(conn, table, sorted(present))}
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
        conn.exec_driver_sql(f'DELETE FROM "{table.name}" WHERE {where}', keys)
        return
    for start in range(0, len(keys), 10_000):
        chunk = keys[start : start + 10_000]
        conn.exec_driver_sql(
            f'DELETE FROM "{table.name}" WHERE ("dossier_id", "id") IN '
            "(SELECT * FROM unnest(%s::text[], %s::text[]))",
            ([k[0] for k in chunk], [k[1] for k in chunk]),
        )


def _stored_rows(
    conn: Connection, table: Table, ids: list[str], key: str = "dossier_id"
) -> Iterator[tuple[Any, ...]]:
    """The rows of these dossiers exactly as `_flatten` makes them (JSON as its text); `key`
    is the column holding the dossier's id ("id" in the dossier table itself)."""
    columns = _COLUMNS[table.name]
    decoded = json_decoded(conn)
    as_json = [c in _JSON_COLUMNS[table.name] for c in columns]
    listed = ", ".join(f'"{c}"' for c in columns)
    for chunk in _chunks(ids, 500):
        sql = f'SELECT {listed} FROM "{table.name}" WHERE "{key}" IN ({marks(conn, len(chunk))})'
        for row in conn.exec_driver_sql(sql, tuple(chunk)):
            if not decoded:
                yield tuple(row)
                continue
            yield tuple(
                _cell(v) if j and v is not None else v for v, j in zip(row, as_json, strict=True)
            )


def _insert(conn: Connection, table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Rows into `table`: one executemany on SQLite, one COPY on PostgreSQL (where an
    executemany is a round trip per row)."""
    columns = ", ".join(f'"{c}"' for c in _COLUMNS[table.name])
    if is_postgres(conn):
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        return
    values = marks(conn, len(_COLUMNS[table.name]))
    sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({values})'
    conn.exec_driver_sql(sql, rows)


_COLUMNS = {
    t.name: tuple(c.name for c in t.columns) for t in (DOSSIER, STEP, PRECONDITION, PROMISE)
}


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
    annotation = str(model.model_fields[name].annotation)
    if "FuzzyDate" in annotation:
        return _iso
    if name in refs_of(model):  # a list of ids (a single id is stored as it is)
        return _ids_json if "list" in annotation else _same
    if "list" in annotation:
        return _cell
    return _same


def _same(value: Any) -> Any:
    return value


def _plan(table: Table, model: type[Any]) -> Plan:
    """(number of columns, (column index, field name, converter) for each field of the model)."""
    columns = _COLUMNS[table.name]
    return len(columns), tuple(
        (columns.index(f), f, _converter(model, f)) for f in model.model_fields if f in columns[3:]
    )


_STEP_PLANS = {kind: _plan(STEP, cls) for kind, cls in STEP_CLASSES.items()}
_PRE_PLAN = _plan(PRECONDITION, Precondition)
_PROMISE_PLAN = _plan(PROMISE, Promise)


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
    dossier: Dossier, origin: Origin, now: str, rows: dict[Table, list[tuple[Any, ...]]]
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
    rows[DOSSIER].append(tuple(_cell(values.get(c)) for c in _COLUMNS["dossier"]))
    key = dossier.id
    steps = rows[STEP]
    for position, step in enumerate(dossier.steps):
        steps.append(_row(key, position, step, _STEP_PLANS[step.kind]))
    for position, pre in enumerate(dossier.preconditions):
        rows[PRECONDITION].append(_row(key, position, pre, _PRE_PLAN))
    for position, promise in enumerate(dossier.promises):
        rows[PROMISE].append(_row(key, position, promise, _PROMISE_PLAN))


def delete_dossiers(conn: Connection, ids: Sequence[str]) -> int:
    """Delete dossiers with all their rows. Returns how many dossiers.

    The children are deleted explicitly rather than by the cascade, so that this also holds
    in a bulk transaction, where SQLite's foreign-key actions are off.
    """
    removed = 0
    for chunk in _chunks(list(ids), 500):
        for table in (PROMISE, PRECONDITION, STEP):
            conn.execute(delete(table).where(table.c.dossier_id.in_(chunk)))
        removed += conn.execute(delete(DOSSIER).where(DOSSIER.c.id.in_(chunk))).rowcount
    return removed


def forget_sources(conn: Connection, ids: Sequence[str]) -> None:
    """Drop what `ris` remembers of removed dossiers (replacing one keeps it: see
    SourceItemRow)."""
    for chunk in _chunks(list(ids), 500):
        conn.execute(delete(SOURCE_ITEM).where(SOURCE_ITEM.c.dossier_id.in_(chunk)))


def move_sources(conn: Connection, old: str, new: str) -> None:
    """What `ris` remembers of a dossier follows it to its new id."""
    conn.execute(update(SOURCE_ITEM).where(SOURCE_ITEM.c.dossier_id == old).values(dossier_id=new))


# --- reading ------------------------------------------------------------------------------------


def require(conn: Connection, ids: Sequence[str]) -> None:
    """InputError naming the first id (with the closest existing one) not in the database."""
    present = existing_ids(conn, ids)
    for missing in (i for i in ids if i not in present):
        raise InputError(unknown_dossier_message(conn, missing))


def load(conn: Connection, dossier_id: str) -> Dossier:
    """One dossier; InputError (with the closest ids) when there is none of that id."""
    found = list(load_many(conn, [dossier_id]))
    if not found:
        raise InputError(unknown_dossier_message(conn, dossier_id))
    return found[0]


def load_origin(conn: Connection, dossier_id: str) -> Origin:
    row = conn.execute(
        select(DOSSIER.c.source_file, DOSSIER.c.source_lines).where(DOSSIER.c.id == dossier_id)
    ).one_or_none()
    return Origin(row.source_file, row.source_lines) if row else Origin()


def load_origins(conn: Connection, ids: Sequence[str] | None = None) -> dict[str, Origin]:
    """The file and item lines of many dossiers in one query (for CI annotations)."""
    query = select(DOSSIER.c.id, DOSSIER.c.source_file, DOSSIER.c.source_lines)
    if ids is not None:
        query = query.where(DOSSIER.c.id.in_(list(ids)))
    return {row.id: Origin(row.source_file, row.source_lines) for row in conn.execute(query)}


def unknown_dossier_message(conn: Connection, dossier_id: str) -> str:
    from besluitspoor.model import did_you_mean

    hint = did_you_mean(dossier_id, all_ids(conn))
    return t(
        "geen dossier '{d}' in de database{h}",
        "no dossier '{d}' in the database{h}",
        d=dossier_id,
        h=hint,
    )


def all_ids(conn: Connection) -> list[str]:
    return list(conn.execute(select(DOSSIER.c.id).order_by(code_order(DOSSIER.c.id))).scalars())


def load_many(
    conn: Connection, ids: Sequence[str] | None = None, *, batch: int = 200
) -> Iterator[Dossier]:
    """Dossiers in id order (all when `ids` is None), `batch` at a time: four queries per batch,
    and only one batch in memory."""
    wanted = sorted(set(ids)) if ids is not None else all_ids(conn)
    for chunk in _chunks(wanted, batch):
        yield from _load_batch(conn, chunk)


QUOTE = '"'
_JSON_COLUMNS = {
    name: {c.name for c in t.columns if isinstance(c.type, JSON)}
    for name, t in (
        ("dossier", DOSSIER),
        ("step", STEP),
        ("precondition", PRECONDITION),
        ("promise", PROMISE),
    )
}


def _select(conn: Connection, table: Table, ids: list[str], key: str) -> Iterator[dict[str, Any]]:
    """The rows of `table` for these dossiers as dicts of non-null values, JSON decoded.

    Read through the driver directly: SQLAlchemy's result processing per row and column
    costs more than SQLite's own work when whole batches of dossiers are loaded."""
    columns = _COLUMNS[table.name]
    as_json = set() if json_decoded(conn) else _JSON_COLUMNS[table.name]
    order = (
        code_order_sql(conn, f'"{key}"')
        if table is DOSSIER
        else code_order_sql(conn, '"dossier_id"') + ', "position"'
    )
    sql = (
        f'SELECT {", ".join(f"{QUOTE}{c}{QUOTE}" for c in columns)} FROM "{table.name}" '
        f'WHERE "{key}" IN ({marks(conn, len(ids))}) ORDER BY {order}'
    )
    for row in conn.exec_driver_sql(sql, tuple(ids)):
        yield {
            c: (json.loads(v) if c in as_json else v)
            for c, v in zip(columns, row, strict=True)
            if v is not None
        }


def _load_batch(conn: Connection, ids: list[str]) -> Iterator[Dossier]:
    def children(table: Table) -> dict[str, list[dict[str, Any]]]:
        grouped: dict[str, list[dict[str, Any]]] = {}
        for row in _select(conn, table, ids, "dossier_id"):
            grouped.setdefault(row["dossier_id"], []).append(row)
        return grouped

    steps, pres, promises = children(STEP), children(PRECONDITION), children(PROMISE)
    for row in _select(conn, DOSSIER, ids, "id"):
        key = row["id"]
        yield Dossier.model_validate(
            {
                "dossier": _dossier_info(row),
                "steps": [_step_data(s) for s in steps.get(key, [])],
                "preconditions": [_child_data(p) for p in pres.get(key, [])],
                "promises": [_child_data(p) for p in promises.get(key, [])],
            }
        )


def _dossier_info(row: dict[str, Any]) -> dict[str, Any]:
    for name in _EXTRA_DOSSIER_COLUMNS:
        row.pop(name, None)
    row["facts"] = {fact: row.pop(fact) for fact in _FACTS if fact in row}
    evaluation_date, how = row.pop("evaluation_date", None), row.pop("evaluation_how", None)
    if evaluation_date:
        row["evaluation"] = {"date": evaluation_date, "how": how}
    return row


_STEP_FIELDS = {kind: frozenset(cls.model_fields) for kind, cls in STEP_CLASSES.items()}


def _step_data(row: dict[str, Any]) -> dict[str, Any]:
    fields = _STEP_FIELDS[row["kind"]]
    return {name: value for name, value in row.items() if name in fields}


def _child_data(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _CHILD_COLUMNS}


# --- summaries for lists and shell completion ---------------------------------------------------


@dataclass(frozen=True)
class Summary:
    id: str
    title: str
    municipality: str
    profile: str
    start: str | None
    steps: int


def summaries(conn: Connection, municipality: str | None = None) -> list[Summary]:
    count = (
        select(STEP.c.dossier_id, func.count().label("n")).group_by(STEP.c.dossier_id).subquery()
    )
    query = (
        select(
            DOSSIER.c.id,
            DOSSIER.c.title,
            DOSSIER.c.municipality,
            DOSSIER.c.profile,
            DOSSIER.c.start,
            func.coalesce(count.c.n, 0),
        )
        .outerjoin(count, count.c.dossier_id == DOSSIER.c.id)
        .order_by(code_order(DOSSIER.c.municipality), code_order(DOSSIER.c.id))
    )
    if municipality:
        query = query.where(func.lower(DOSSIER.c.municipality) == municipality.lower())
    return [Summary(*row) for row in conn.execute(query)]


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def item_ids(conn: Connection, section: str, kind: str | None = None) -> list[str]:
    """Every id of `section` in the database (for suggestions)."""
    table = {"steps": STEP, "preconditions": PRECONDITION, "promises": PROMISE}[section]
    # GROUP BY, not DISTINCT: PostgreSQL refuses DISTINCT with an ORDER BY ... COLLATE.
    query = select(table.c.id).group_by(table.c.id)
    if kind is not None:
        query = query.where(table.c.kind == kind)
    return list(conn.execute(query.order_by(code_order(table.c.id))).scalars())


def holders(conn: Connection, section: str, item_id: str, kind: str | None = None) -> list[str]:
    """Ids of the dossiers that have an item `item_id` in `section`."""
    table = {"steps": STEP, "preconditions": PRECONDITION, "promises": PROMISE}[section]
    query = select(table.c.dossier_id).where(table.c.id == item_id)
    if kind is not None:
        query = query.where(table.c.kind == kind)
    return list(conn.execute(query.order_by(code_order(table.c.dossier_id))).scalars())
