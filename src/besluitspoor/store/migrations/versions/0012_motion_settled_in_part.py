"""A motion settled in part

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

`settled_in_part` on a motie: its `settled_by` did only part of what it asked, so
motie-niet-afgedaan still counts the rest as open.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("settled_in_part", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_column("settled_in_part")
