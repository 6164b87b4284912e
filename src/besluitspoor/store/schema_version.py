"""The schema revisions this program knows, newest last; a test checks them against Alembic.

Kept apart from the migrations so that opening a current database needs no Alembic import.
"""

KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
)
HEAD = KNOWN_REVISIONS[-1]
