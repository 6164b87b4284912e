"""Remember where a dossier came from

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

The file a dossier was imported from and the line of each of its items, so that CI annotations
can point into the file; and when the dossier was last written.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_file", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("source_lines", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("source_lines")
        batch_op.drop_column("source_file")
