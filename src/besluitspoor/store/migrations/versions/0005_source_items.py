"""What ris last imported of each item

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

A table `source_item` (dossier, item, digest): the content of an item as a council's RIS last
gave it, so that reading the register again updates what changed at the source and leaves what
a volunteer changed by hand.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_item",
        sa.Column("dossier_id", sa.String(length=64), nullable=False),
        sa.Column("item", sa.String(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("dossier_id", "item"),
    )


def downgrade() -> None:
    op.drop_table("source_item")
