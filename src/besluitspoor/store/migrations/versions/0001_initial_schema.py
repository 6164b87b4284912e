"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Dossiers, steps (every kind with its own columns), preconditions and promises.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossier",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("municipality", sa.String(), nullable=False),
        sa.Column("profile", sa.String(), nullable=False),
        sa.Column("domain", sa.String(), nullable=True),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("summary", sa.String(), nullable=True),
        sa.Column("goals", sa.JSON(), nullable=False),
        sa.Column("indicators", sa.JSON(), nullable=False),
        sa.Column("costs", sa.JSON(), nullable=True),
        sa.Column("evaluation_date", sa.String(length=10), nullable=True),
        sa.Column("evaluation_how", sa.String(), nullable=True),
        sa.Column("touches_verordening", sa.String(), nullable=False),
        sa.Column("within_plan", sa.String(), nullable=False),
        sa.Column("ingrijpend", sa.String(), nullable=False),
        sa.Column("affects_residents", sa.String(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_municipality"), ["municipality"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_profile"), ["profile"], unique=False)

    op.create_table(
        "step",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("time", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("refs", sa.JSON(), nullable=False),
        sa.Column("reports", sa.JSON(), nullable=True),
        sa.Column("notes_unmet", sa.JSON(), nullable=True),
        sa.Column("portefeuillehouder", sa.String(), nullable=True),
        sa.Column("decision", sa.String(), nullable=True),
        sa.Column("proposes", sa.String(), nullable=True),
        sa.Column("agenda", sa.JSON(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("proposal", sa.String(), nullable=True),
        sa.Column("committee", sa.String(), nullable=True),
        sa.Column("nature", sa.String(), nullable=True),
        sa.Column("decides", sa.Boolean(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("vote_date", sa.String(length=10), nullable=True),
        sa.Column("requests", sa.String(), nullable=True),
        sa.Column("settled_by", sa.String(), nullable=True),
        sa.Column("target", sa.String(), nullable=True),
        sa.Column("council", sa.String(), nullable=True),
        sa.Column("requested", sa.String(length=10), nullable=True),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("about", sa.String(), nullable=True),
        sa.Column("unsolicited", sa.Boolean(), nullable=True),
        sa.Column("followed", sa.String(), nullable=True),
        sa.Column("response", sa.String(), nullable=True),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("of", sa.String(), nullable=True),
        sa.Column("answered_by", sa.String(), nullable=True),
        sa.Column("author", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id", "about"],
            ["step.dossier_id", "step.id"],
            name="fk_about_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id", "answered_by"],
            ["step.dossier_id", "step.id"],
            name="fk_answered_by_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id", "of"],
            ["step.dossier_id", "step.id"],
            name="fk_of_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id", "proposal"],
            ["step.dossier_id", "step.id"],
            name="fk_proposal_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id", "response"],
            ["step.dossier_id", "step.id"],
            name="fk_response_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id", "settled_by"],
            ["step.dossier_id", "step.id"],
            name="fk_settled_by_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id", "target"],
            ["step.dossier_id", "step.id"],
            name="fk_target_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.create_index("ix_step_dossier_position", ["dossier_id", "position"], unique=False)

    op.create_table(
        "precondition",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("named_in", sa.String(), nullable=True),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("met_on", sa.String(length=10), nullable=True),
        sa.Column("evidence", sa.String(), nullable=True),
        sa.Column("dropped_by", sa.String(), nullable=True),
        sa.Column("critical", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dossier_id", "dropped_by"],
            ["step.dossier_id", "step.id"],
            name="fk_dropped_by_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id", "named_in"],
            ["step.dossier_id", "step.id"],
            name="fk_named_in_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )
    op.create_table(
        "promise",
        sa.Column("dossier_id", sa.String(), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("made_in", sa.String(), nullable=True),
        sa.Column("by", sa.String(), nullable=True),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("fulfilled_by", sa.String(), nullable=True),
        sa.Column("postponed_to", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(
            ["dossier_id", "fulfilled_by"],
            ["step.dossier_id", "step.id"],
            name="fk_fulfilled_by_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id", "made_in"],
            ["step.dossier_id", "step.id"],
            name="fk_made_in_step",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_id", "id"),
    )


def downgrade() -> None:
    op.drop_table("promise")
    op.drop_table("precondition")
    with op.batch_alter_table("step", schema=None) as batch_op:
        batch_op.drop_index("ix_step_dossier_position")

    op.drop_table("step")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_profile"))
        batch_op.drop_index(batch_op.f("ix_dossier_municipality"))

    op.drop_table("dossier")
