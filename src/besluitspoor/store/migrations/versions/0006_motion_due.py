"""A motion's own term

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

`due` on a step: the term a council's register sets for settling a motion ("Termijn
afdoening", "Deadline"), read by the rule motie-niet-afgedaan before the rules of procedure's
default term.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("due", sa.String(length=21), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_column("due")
