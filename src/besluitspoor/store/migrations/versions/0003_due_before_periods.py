"""Promises and preconditions due before a step; dates that are periods

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

`due_before` (the id of a step a promise or precondition must be met before) on both tables,
with its composite foreign key; and date columns wide enough for a period
(`2018-10-01/2018-12-31`). A step's `status` column, so far used by moties and amendementen,
now also holds `aangekondigd` for any kind: no change to the schema.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DATE_COLUMNS = {
    "dossier": ("start", "evaluation_date"),
    "step": ("date", "vote_date", "requested", "deadline"),
    "precondition": ("due", "met_on"),
    "promise": ("due", "postponed_to"),
}


def _widen(length: int) -> None:
    for table, columns in DATE_COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(
                    column,
                    type_=sa.String(length=length),
                    existing_nullable=not (table == "step" and column == "date"),
                )


def upgrade() -> None:
    _widen(21)
    for table in ("precondition", "promise"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("due_before", sa.String(), nullable=True))
            batch_op.create_foreign_key(
                "fk_due_before_step",
                "step",
                ["dossier_id", "due_before"],
                ["dossier_id", "id"],
                deferrable=True,
                initially="DEFERRED",
            )


def downgrade() -> None:
    for table in ("promise", "precondition"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint("fk_due_before_step", type_="foreignkey")
            batch_op.drop_column("due_before")
    _widen(10)
