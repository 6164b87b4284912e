"""What differs between SQLite and PostgreSQL, in one place, so the rest of the store is one
code path: parameter marks in driver SQL, JSON decoding, and an order that never depends on
the server's collation (a hosted `nl_NL` database sorts `-` and capitals differently)."""

from __future__ import annotations

from typing import Any

# `conn` is any connection with `dialect.name`: SQLAlchemy's, or store.reading.SQLiteConnection.
Connection = Any


def is_postgres(conn: Connection) -> bool:
    return bool(conn.dialect.name == "postgresql")


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
