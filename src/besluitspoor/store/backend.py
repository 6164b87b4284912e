"""What differs between SQLite and PostgreSQL, in one object, so the rest of the store (and
shell completion) is one code path: parameter marks in driver SQL, JSON decoding, an order that
never depends on the server's collation (a hosted `nl_NL` database sorts `-` and capitals
differently), and the address the driver itself connects to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# `conn` is any connection with `dialect.name`: SQLAlchemy's, or store.reading.SQLiteConnection.
Connection = Any


@dataclass(frozen=True)
class Backend:
    name: str
    mark: str  # the driver's parameter mark: sqlite3 "?", psycopg "%s"
    decodes_json: bool  # psycopg hands JSON columns over decoded; sqlite3 gives the text
    by_code_point: str  # what makes ORDER BY compare code points, as SQLite's BINARY does

    def marks(self, n: int) -> str:
        """`?, ?, ?` or `%s, %s, %s`: driver SQL bypasses SQLAlchemy's rewriting of
        parameters."""
        return ", ".join(self.mark for _ in range(n))

    def code_order(self, column: str) -> str:
        """A column in ORDER BY of driver SQL, ordered by code point."""
        return f"{column}{self.by_code_point}"

    def driver_url(self, url: str) -> str:
        """The SQLAlchemy URL as the driver itself takes it."""
        return url.replace("postgresql+psycopg://", "postgresql://", 1)


SQLITE = Backend("sqlite", "?", decodes_json=False, by_code_point="")
POSTGRESQL = Backend("postgresql", "%s", decodes_json=True, by_code_point=' COLLATE "C"')


def of(conn: Connection) -> Backend:
    return POSTGRESQL if conn.dialect.name == "postgresql" else SQLITE


def for_url(url: str) -> Backend:
    return POSTGRESQL if url.startswith("postgresql") else SQLITE


# Shorthands for the store's SQL, which always has a connection at hand.
def is_postgres(conn: Connection) -> bool:
    return of(conn) is POSTGRESQL


def marks(conn: Connection, n: int) -> str:
    return of(conn).marks(n)


def code_order_sql(conn: Connection, column: str) -> str:
    return of(conn).code_order(column)


def json_decoded(conn: Connection) -> bool:
    return of(conn).decodes_json
