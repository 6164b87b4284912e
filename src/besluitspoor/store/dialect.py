"""What differs between SQLite and PostgreSQL, in one place, so the rest of the store is one
code path: parameter marks in driver SQL, JSON decoding, and an order that never depends on
the server's collation (a hosted `nl_NL` database sorts `-` and capitals differently)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import String

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.sql.compiler import SQLCompiler


def is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def marks(conn: Connection, n: int) -> str:
    """`?, ?, ?` for sqlite3, `%s, %s, %s` for psycopg: driver SQL bypasses SQLAlchemy's
    rewriting of parameters."""
    mark = "%s" if is_postgres(conn) else "?"
    return ", ".join(mark for _ in range(n))


def code_order_sql(conn: Connection, column: str) -> str:
    """A column in ORDER BY of driver SQL, ordered by code point as SQLite's BINARY does."""
    return f'{column} COLLATE "C"' if is_postgres(conn) else column


def json_decoded(conn: Connection) -> bool:
    """psycopg hands JSON columns over decoded; sqlite3 gives the text."""
    return is_postgres(conn)


class code_order(ColumnElement[Any]):  # lower case: it reads as a SQL function
    """`ORDER BY code_order(col)`: code-point order on every backend."""

    inherit_cache = True
    type = String()

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column


@compiles(code_order)
def _code_order_default(element: code_order, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(code_order, "postgresql")
def _code_order_postgres(element: code_order, compiler: SQLCompiler, **kw: Any) -> str:
    return f'{compiler.process(element.column, **kw)} COLLATE "C"'
