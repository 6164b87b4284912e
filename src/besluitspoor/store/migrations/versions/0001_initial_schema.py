"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Dossiers, steps (every kind with its own columns), preconditions and promises.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossier",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("municipality", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("profile", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("domain", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("goals", sa.JSON(), nullable=False),
        sa.Column("indicators", sa.JSON(), nullable=False),
        sa.Column("costs", sa.JSON(), nullable=True),
        sa.Column("evaluation_date", sa.String(length=10), nullable=True),
        sa.Column("evaluation_how", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("touches_verordening", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("within_plan", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("ingrijpend", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("affects_residents", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_municipality"), ["municipality"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_profile"), ["profile"], unique=False)

    op.create_table(
        "step",
        sa.Column("dossier_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("time", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("refs", sa.JSON(), nullable=False),
        sa.Column("reports", sa.JSON(), nullable=True),
        sa.Column("notes_unmet", sa.JSON(), nullable=True),
        sa.Column("portefeuillehouder", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("decision", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("proposes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("agenda", sa.JSON(), nullable=True),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("proposal", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("committee", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("nature", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("decides", sa.Boolean(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("vote_date", sa.String(length=10), nullable=True),
        sa.Column("requests", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("settled_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("target", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("council", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("requested", sa.String(length=10), nullable=True),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("about", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("unsolicited", sa.Boolean(), nullable=True),
        sa.Column("followed", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("response", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("of", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("answered_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
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
        sa.Column("dossier_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("named_in", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("met_on", sa.String(length=10), nullable=True),
        sa.Column("evidence", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("dropped_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
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
        sa.Column("dossier_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("made_in", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("fulfilled_by", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
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
