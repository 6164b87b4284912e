"""What a drafted item rests on and what is still to check

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

`quote` and `review` on steps, preconditions and promises (JSON lists, absent on older rows):
the verbatim fragment a draft read an item from, and the review notes (nakijken) a person must
still settle before the item is trusted.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("step", "precondition", "promise")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("quote", sa.JSON(), nullable=True))
            batch_op.add_column(sa.Column("review", sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("review")
            batch_op.drop_column("quote")
