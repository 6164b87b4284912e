"""Indexes on the columns that refer to a step

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

A foreign key's check on delete looks for rows that refer to the row deleted; without an index
on the referring columns that is a scan of the table for every row deleted, and re-reading a
large register (which replaces the items that changed) was quadratic. Partial indexes: most of
these columns are empty.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

REFERRING = {
    "step": (
        "proposal",
        "settled_by",
        "target",
        "about",
        "response",
        "of",
        "answered_by",
        "conditions_for",
        "deviation_of",
        "ratified_by",
    ),
    "precondition": ("named_in", "dropped_by", "due_before"),
    "promise": ("made_in", "fulfilled_by", "due_before", "triggered_by"),
}


def upgrade() -> None:
    for table, columns in REFERRING.items():
        for column in columns:
            where = sa.text(f'"{column}" IS NOT NULL')
            op.create_index(
                f"ix_{table}_{column}",
                table,
                ["dossier_id", column],
                sqlite_where=where,
                postgresql_where=where,
            )


def downgrade() -> None:
    for table, columns in REFERRING.items():
        for column in columns:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
