"""A step taken but not valid

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

`defect` on a step: why it does not count though it was taken (a vvgb given without its draft
open for inspection); the rules treat it as missing and stap-ongeldig says why.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("defect", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_column("defect")
