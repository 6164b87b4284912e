"""A council decision against the change

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

`blocks` on a raadsbesluit: the council decided to stop, refuse or postpone the change, so the
rules do not count the decision as the council's consent to it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("blocks", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_column("blocks")
