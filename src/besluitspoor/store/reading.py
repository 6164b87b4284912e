"""Reading dossiers: driver SQL only, so a read needs neither SQLAlchemy nor its SQL compiler.

Every function takes a connection that has `exec_driver_sql(sql, parameters)` and
`dialect.name`: SQLAlchemy's own (PostgreSQL) or `SQLiteConnection` (a plain `sqlite3`
connection, which `Database` gives for SQLite). The columns of each table, and which of them
hold JSON, are asked of the database (`layout`): nothing here repeats the schema that
`store.tables` declares.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from besluitspoor.i18n import t
from besluitspoor.problems import InputError
from besluitspoor.store.backend import code_order_sql, json_decoded, marks

if TYPE_CHECKING:
    from besluitspoor.model import Dossier
    from besluitspoor.shapes import Shapes

T = TypeVar("T")
ID, DOSSIER_ID, MUNICIPALITY = '"id"', '"dossier_id"', '"municipality"'

# Read in chunks: SQLite allows 32,766 parameters per statement, PostgreSQL 65,535.
CHUNK = 500


# SQLAlchemy's Connection, or SQLiteConnection: both have `exec_driver_sql` and `dialect`.
Connection = Any


class _SQLiteDialect:
    name = "sqlite"


class SQLiteConnection:
    """A sqlite3 connection that answers as SQLAlchemy's does where the store needs it: driver
    SQL with one set of parameters, or a list of them (executemany)."""

    dialect = _SQLiteDialect()

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw
        self.layout: Layout | None = None  # asked once per transaction (`layout`)

    def exec_driver_sql(self, statement: str, parameters: Any = ()) -> _Rows:
        if isinstance(parameters, list):
            return _Rows(self.raw.executemany(statement, parameters))
        return _Rows(self.raw.execute(statement, parameters))


class _Rows:
    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._cursor)

    def keys(self) -> list[str]:
        return [d[0] for d in self._cursor.description]

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else row[0]


@dataclass(frozen=True)
class Layout:
    """The columns of each table as the database has them, and which of them hold JSON."""

    columns: dict[str, tuple[str, ...]]
    json: dict[str, frozenset[str]]


TABLES = ("dossier", "step", "precondition", "promise")


def layout(conn: Connection) -> Layout:
    """The columns of the dossier tables, asked of the database (a current one: it was
    upgraded when it was opened)."""
    known = getattr(conn, "layout", None)
    if isinstance(known, Layout):
        return known
    columns: dict[str, tuple[str, ...]] = {}
    json_columns: dict[str, frozenset[str]] = {}
    for table in TABLES:
        if json_decoded(conn):  # PostgreSQL
            sql = (
                "SELECT column_name, data_type FROM information_schema.columns WHERE "
                "table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position"
            )
            found = [(str(n), str(t)) for n, t in conn.exec_driver_sql(sql, (table,))]
        else:
            sql = f'PRAGMA table_info("{table}")'
            found = [(str(r[1]), str(r[2])) for r in conn.exec_driver_sql(sql, ())]
        columns[table] = tuple(name for name, _ in found)
        json_columns[table] = frozenset(name for name, kind in found if kind.lower() == "json")
    found_layout = Layout(columns, json_columns)
    if isinstance(conn, SQLiteConnection):
        conn.layout = found_layout
    return found_layout


@dataclass(frozen=True)
class Origin:
    """Where a dossier came from: its file, and the line of each item in it."""

    file: str | None = None
    lines: dict[str, int] | None = None


@dataclass(frozen=True)
class Summary:
    id: str
    title: str
    municipality: str
    profile: str
    start: str | None
    steps: int


def chunks(items: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def existing_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(list(ids)):
        sql = f'SELECT "id" FROM "dossier" WHERE "id" IN ({marks(conn, len(chunk))})'
        found.update(row[0] for row in conn.exec_driver_sql(sql, tuple(chunk)))
    return found


def require(conn: Connection, ids: Sequence[str]) -> None:
    """InputError naming the first id (with the closest existing one) not in the database."""
    present = existing_ids(conn, ids)
    for missing in (i for i in ids if i not in present):
        raise InputError(unknown_dossier_message(conn, missing))


def all_ids(conn: Connection) -> list[str]:
    sql = f'SELECT "id" FROM "dossier" ORDER BY {code_order_sql(conn, ID)}'
    return [row[0] for row in conn.exec_driver_sql(sql, ())]


def unknown_dossier_message(conn: Connection, dossier_id: str) -> str:
    from besluitspoor.model import did_you_mean

    hint = did_you_mean(dossier_id, all_ids(conn))
    return t(
        "geen dossier '{d}' in de database{h}",
        "no dossier '{d}' in the database{h}",
        d=dossier_id,
        h=hint,
    )


def load(conn: Connection, dossier_id: str) -> Dossier:
    """One dossier; InputError (with the closest ids) when there is none of that id."""
    return _one(conn, dossier_id, load_many(conn, [dossier_id]))


def load_plain(conn: Connection, dossier_id: str) -> Dossier:
    """One dossier as records (`shapes`): the fields of the model and their values, without
    pydantic, for a command that only shows it. Typed as the model it stands in for; it has
    none of the model's methods."""
    from besluitspoor.shapes import shapes

    plain = shapes()
    fields = _shape_fields(plain)
    found = (plain.dossier(data) for data in stored_data(conn, [dossier_id], fields=fields))
    return cast("Dossier", _one(conn, dossier_id, found))


def _one(conn: Connection, dossier_id: str, found: Iterator[T]) -> T:
    dossiers = list(found)  # read to the end: no statement left open in the transaction
    if not dossiers:
        raise InputError(unknown_dossier_message(conn, dossier_id))
    return dossiers[0]


def load_many(
    conn: Connection, ids: Sequence[str] | None = None, *, batch: int = 200
) -> Iterator[Dossier]:
    """Dossiers in id order (all when `ids` is None), `batch` at a time: four queries per batch,
    and only one batch in memory. Not validated again: they were when they were written."""
    from besluitspoor.model import Dossier, stored

    for data in stored_data(conn, ids, batch=batch):
        yield stored(Dossier, data)


def stored_data(
    conn: Connection,
    ids: Sequence[str] | None = None,
    *,
    batch: int = 200,
    fields: Fields | None = None,
) -> Iterator[dict[str, Any]]:
    """The dossiers as the data of the format (what a file holds), in id order; the fields
    are the model's unless given."""
    wanted = sorted(set(ids)) if ids is not None else all_ids(conn)
    if not wanted:
        return
    json_columns = _json_columns(conn)
    fields = fields or _model_fields()
    for chunk in chunks(wanted, batch):
        yield from _batch_data(conn, chunk, json_columns, fields)


def load_origin(conn: Connection, dossier_id: str) -> Origin:
    return load_origins(conn, [dossier_id]).get(dossier_id, Origin())


def load_origins(conn: Connection, ids: Sequence[str] | None = None) -> dict[str, Origin]:
    """The file and item lines of many dossiers (for CI annotations)."""
    decode = not json_decoded(conn)
    origins: dict[str, Origin] = {}
    sql = 'SELECT "id", "source_file", "source_lines" FROM "dossier"'
    parts = [list(ids)] if ids is not None else [[]]
    if ids is not None:
        parts = list(chunks(list(ids)))
    for part in parts:
        where = f' WHERE "id" IN ({marks(conn, len(part))})' if ids is not None else ""
        for key, file, lines in conn.exec_driver_sql(sql + where, tuple(part)):
            origins[key] = Origin(file, json.loads(lines) if decode and lines else lines)
    return origins


def summaries(conn: Connection, municipality: str | None = None) -> list[Summary]:
    """Every dossier's title, municipality, profile, start and number of steps, ordered by
    municipality and id (code point order on every backend)."""
    where, args = "", []
    if municipality:
        where, args = f' WHERE lower(d."municipality") = {marks(conn, 1)}', [municipality.lower()]
    sql = (
        'SELECT d."id", d."title", d."municipality", d."profile", d."start", '
        'COALESCE(c."n", 0) FROM "dossier" d LEFT JOIN (SELECT "dossier_id", count(*) AS "n" '
        'FROM "step" GROUP BY "dossier_id") c ON c."dossier_id" = d."id"'
        f"{where} ORDER BY {code_order_sql(conn, 'd.' + MUNICIPALITY)}, "
        f"{code_order_sql(conn, 'd.' + ID)}"
    )
    return [Summary(*row) for row in conn.exec_driver_sql(sql, tuple(args))]


_SECTION_TABLES = {"steps": "step", "preconditions": "precondition", "promises": "promise"}


def item_ids(conn: Connection, section: str, kind: str | None = None) -> list[str]:
    """Every id of `section` in the database (for suggestions)."""
    where, args = (f' WHERE "kind" = {marks(conn, 1)}', (kind,)) if kind is not None else ("", ())
    # GROUP BY, not DISTINCT: PostgreSQL refuses DISTINCT with an ORDER BY ... COLLATE.
    sql = (
        f'SELECT "id" FROM "{_SECTION_TABLES[section]}"{where} GROUP BY "id" '
        f"ORDER BY {code_order_sql(conn, ID)}"
    )
    return [row[0] for row in conn.exec_driver_sql(sql, args)]


def holders(conn: Connection, section: str, item_id: str, kind: str | None = None) -> list[str]:
    """Ids of the dossiers that have an item `item_id` in `section`."""
    sql = f'SELECT "dossier_id" FROM "{_SECTION_TABLES[section]}" WHERE "id" = {marks(conn, 1)}'
    args: tuple[str, ...] = (item_id,)
    if kind is not None:
        sql += f' AND "kind" = {marks(conn, 1)}'
        args += (kind,)
    sql += f" ORDER BY {code_order_sql(conn, DOSSIER_ID)}"
    return [row[0] for row in conn.exec_driver_sql(sql, args)]


# --- building dossiers from rows ----------------------------------------------------------------

# Columns a dossier's rows have that are not fields of the format.
_EXTRA_DOSSIER_COLUMNS = ("source_file", "source_lines", "updated_at")
_CHILD_COLUMNS = ("dossier_id", "position")


def _json_columns(conn: Connection) -> dict[str, frozenset[str]]:
    """Per table, the columns whose text is JSON to decode (none where the driver decodes)."""
    if json_decoded(conn):
        return {table: frozenset() for table in TABLES}
    return layout(conn).json


def _select(
    conn: Connection, table: str, ids: list[str], key: str, json_columns: frozenset[str]
) -> Iterator[dict[str, Any]]:
    """The rows of `table` for these dossiers as dicts of non-null values, JSON decoded."""
    order = (
        code_order_sql(conn, f'"{key}"')
        if table == "dossier"
        else code_order_sql(conn, '"dossier_id"') + ', "position"'
    )
    sql = f'SELECT * FROM "{table}" WHERE "{key}" IN ({marks(conn, len(ids))}) ORDER BY {order}'
    result = conn.exec_driver_sql(sql, tuple(ids))
    columns = list(result.keys())
    for row in result:
        yield {
            c: (json.loads(v) if c in json_columns else v)
            for c, v in zip(columns, row, strict=True)
            if v is not None
        }


def _batch_data(
    conn: Connection, ids: list[str], json_columns: dict[str, frozenset[str]], fields: Fields
) -> Iterator[dict[str, Any]]:
    def children(table: str) -> dict[str, list[dict[str, Any]]]:
        grouped: dict[str, list[dict[str, Any]]] = {}
        for row in _select(conn, table, ids, "dossier_id", json_columns[table]):
            grouped.setdefault(row["dossier_id"], []).append(row)
        return grouped

    steps, pres, promises = children("step"), children("precondition"), children("promise")
    for row in _select(conn, "dossier", ids, "id", json_columns["dossier"]):
        key = row["id"]
        yield {
            "dossier": _dossier_info(row, fields.facts),
            "steps": [_step_data(s, fields.steps) for s in steps.get(key, [])],
            "preconditions": [_child_data(p) for p in pres.get(key, [])],
            "promises": [_child_data(p) for p in promises.get(key, [])],
        }


def _dossier_info(row: dict[str, Any], facts: tuple[str, ...]) -> dict[str, Any]:
    for name in _EXTRA_DOSSIER_COLUMNS:
        row.pop(name, None)
    row["facts"] = {fact: row.pop(fact) for fact in facts if fact in row}
    evaluation_date, how = row.pop("evaluation_date", None), row.pop("evaluation_how", None)
    if evaluation_date:
        row["evaluation"] = {"date": evaluation_date, "how": how}
    return row


@dataclass(frozen=True)
class Fields:
    """What a dossier's rows are read into: the fields of each kind of step, and the facts."""

    steps: dict[str, frozenset[str]]
    facts: tuple[str, ...]


def _model_fields() -> Fields:
    from besluitspoor.model import STEP_CLASSES, Facts

    steps = {kind: frozenset(cls.model_fields) for kind, cls in STEP_CLASSES.items()}
    return Fields(steps, tuple(Facts.model_fields))


def _shape_fields(shapes: Shapes) -> Fields:
    steps = {kind: frozenset(shapes.names(model)) for kind, model in shapes.kinds.items()}
    return Fields(steps, shapes.names("Facts"))


def _step_data(row: dict[str, Any], fields: dict[str, frozenset[str]]) -> dict[str, Any]:
    known = fields[row["kind"]]
    return {name: value for name, value in row.items() if name in known}


def _child_data(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in _CHILD_COLUMNS}
