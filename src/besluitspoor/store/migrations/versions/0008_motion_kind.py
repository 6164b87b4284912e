"""What a motion does

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

`motion_kind` on a step: opdracht (an order to the college, the default when absent), or a
motion of censure (treurnis, afkeuring, wantrouwen) or a view only (uitspraak), which asks the
college for nothing and so is never "not settled".
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("motion_kind", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_column("motion_kind")
