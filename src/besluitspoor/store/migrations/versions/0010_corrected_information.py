"""Information said to be wrong

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

`corrects` on a raadsinformatiebrief, brief or pc-document: the earlier information to the
council that this one says was incomplete or incorrect (rule besluit-op-onjuiste-informatie).
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("corrects", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_column("corrects")
