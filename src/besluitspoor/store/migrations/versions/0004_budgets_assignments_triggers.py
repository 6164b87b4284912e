"""Budgets and spending, assignments of a raadsbesluit, motions stating conditions, promises
waiting for an event

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Step columns for the rules of catalogue 2: `spends` and `redirects` (collegebesluit), `budget`,
`assigns`, `assigns_due`, `delegates` (raadsbesluit, which may also be `settled_by` a step now),
`conditions_for` (motie), `deviation_of` (raadsinformatiebrief, pc-document), `document`
(pc-document), `decided_by`, `competent`, `ratified_by` (any kind); promise columns `trigger` and
`triggered_by`; the dossier fact
`council_statement_required`.
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _fk(batch_op: Any, name: str, column: str) -> None:
    batch_op.create_foreign_key(
        name,
        "step",
        ["dossier_id", column],
        ["dossier_id", "id"],
        deferrable=True,
        initially="DEFERRED",
    )


def upgrade() -> None:
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.add_column(sa.Column("spends", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("redirects", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("budget", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("assigns", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("delegates", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("assigns_due", sa.String(length=21), nullable=True))
        batch_op.add_column(sa.Column("conditions_for", sa.String(), nullable=True))
        _fk(batch_op, "fk_conditions_for_step", "conditions_for")
        batch_op.add_column(sa.Column("deviation_of", sa.String(), nullable=True))
        _fk(batch_op, "fk_deviation_of_step", "deviation_of")
        batch_op.add_column(sa.Column("document", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("decided_by", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("competent", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("ratified_by", sa.String(), nullable=True))
        _fk(batch_op, "fk_ratified_by_step", "ratified_by")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "council_statement_required",
                sa.String(),
                nullable=False,
                server_default="unknown",
            )
        )
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.add_column(sa.Column("trigger", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("triggered_by", sa.String(), nullable=True))
        _fk(batch_op, "fk_triggered_by_step", "triggered_by")


def downgrade() -> None:
    with op.batch_alter_table("promise", schema=None) as batch_op:
        batch_op.drop_constraint("fk_triggered_by_step", type_="foreignkey")
        batch_op.drop_column("triggered_by")
        batch_op.drop_column("trigger")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("council_statement_required")
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_constraint("fk_ratified_by_step", type_="foreignkey")
        batch_op.drop_constraint("fk_deviation_of_step", type_="foreignkey")
        batch_op.drop_constraint("fk_conditions_for_step", type_="foreignkey")
        for column in (
            "ratified_by",
            "competent",
            "decided_by",
            "document",
            "deviation_of",
            "conditions_for",
            "assigns_due",
            "delegates",
            "assigns",
            "budget",
            "redirects",
            "spends",
        ):
            batch_op.drop_column(column)
