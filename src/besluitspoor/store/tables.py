"""The database schema: one table per part of a dossier.

Natural keys throughout (a dossier's slug; a step's slug within its dossier), so references in a
dossier file map one-to-one onto composite foreign keys. Every kind of step has its own columns
in the one `step` table (single-table inheritance): a column is NULL for the kinds it does not
belong to. Fuzzy dates are stored as ISO text with their precision (`2022`, `2022-06`,
`2022-06-30`), which also sorts correctly. Lists are JSON.

No `from __future__ import annotations` here: SQLModel reads the annotations at class creation.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKeyConstraint, Index, String, text
from sqlmodel import Field, SQLModel

FuzzyDateText = String(21)  # ISO date at its own precision, or a period 2018-10-01/2018-12-31


# The columns of each table that refer to a step of the same dossier (migration 0009 indexes
# them).
STEP_REFS = (
    "proposal",
    "settled_by",
    "target",
    "about",
    "response",
    "of",
    "answered_by",
    "conditions_for",
    "deviation_of",
    "ratified_by",
)
PRECONDITION_REFS = ("named_in", "dropped_by", "due_before")
PROMISE_REFS = ("made_in", "fulfilled_by", "due_before", "triggered_by")


def _ref_index(table: str, column: str) -> Index:
    """The index a foreign key's check needs on the referring side: without it, deleting or
    replacing a step scans every row that could refer to it (a re-read register was quadratic).
    Partial: most of these columns are empty, and an empty one refers to nothing."""
    return Index(
        f"ix_{table}_{column}",
        "dossier_id",
        column,
        sqlite_where=text(f'"{column}" IS NOT NULL'),
        postgresql_where=text(f'"{column}" IS NOT NULL'),
    )


def _step_ref(column: str) -> ForeignKeyConstraint:
    """A composite foreign key from `column` to a step of the same dossier.

    Deferred to commit time, so that a dossier's steps can refer to each other in any order.
    """
    return ForeignKeyConstraint(
        ["dossier_id", column],
        ["step.dossier_id", "step.id"],
        name=f"fk_{column}_step",
        deferrable=True,
        initially="DEFERRED",
    )


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class DossierRow(SQLModel, table=True):
    __tablename__ = "dossier"

    id: str = Field(primary_key=True, max_length=64)
    title: str
    municipality: str = Field(index=True)
    profile: str = Field(index=True)
    domain: str | None = None
    start: str | None = Field(default=None, sa_type=FuzzyDateText)
    summary: str | None = None
    goals: list[str] = _json_list()
    indicators: list[str] = _json_list()
    costs: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    evaluation_date: str | None = Field(default=None, sa_type=FuzzyDateText)
    evaluation_how: str | None = None
    touches_verordening: str = "unknown"
    within_plan: str = "unknown"
    ingrijpend: str = "unknown"
    affects_residents: str = "unknown"
    # migration 0004 added it with a server default for the rows already there; a database
    # built from these tables has the same (test_store compares the two)
    council_statement_required: str = Field(
        default="unknown", sa_column_kwargs={"server_default": "unknown"}
    )
    sources: list[dict[str, Any]] = _json_list()
    tags: list[str] = _json_list()
    # Where the dossier was imported from (migration 0002): the file, and the line of each
    # step, precondition and promise, so CI annotations can point into the file.
    source_file: str | None = None
    source_lines: dict[str, int] | None = Field(default=None, sa_column=Column(JSON))
    updated_at: datetime | None = None


class StepRow(SQLModel, table=True):
    __tablename__ = "step"
    __table_args__ = (
        *(_step_ref(column) for column in STEP_REFS),
        *(_ref_index("step", column) for column in STEP_REFS),
        Index("ix_step_dossier_position", "dossier_id", "position"),
    )

    dossier_id: str = Field(foreign_key="dossier.id", primary_key=True, ondelete="CASCADE")
    id: str = Field(primary_key=True, max_length=64)
    position: int
    kind: str
    date: str = Field(sa_type=FuzzyDateText)
    time: str | None = None
    title: str
    body: str | None = None
    source: str | None = None
    refs: list[str] = _json_list()
    # drafted items: the fragment read and what is still to check (migration 0007)
    quote: list[str] | None = Field(default=None, sa_column=Column(JSON))
    review: list[str] | None = Field(default=None, sa_column=Column(JSON))
    # any kind: who decided, who was competent, a later ratification (migration 0004)
    decided_by: str | None = None
    competent: str | None = None
    ratified_by: str | None = None
    defect: str | None = None  # any kind: taken but not valid (migration 0011)
    # raadsinformatiebrief
    reports: list[str] | None = Field(default=None, sa_column=Column(JSON))
    notes_unmet: list[str] | None = Field(default=None, sa_column=Column(JSON))
    # raadsinformatiebrief, brief, pc-document: earlier information said wrong (migration 0010)
    corrects: list[str] | None = Field(default=None, sa_column=Column(JSON))
    portefeuillehouder: str | None = None  # raadsinformatiebrief, collegebesluit
    # collegebesluit, raadsbesluit (decision); raadsvoorstel (proposes)
    decision: str | None = None
    # collegebesluit: spending (migration 0004)
    spends: float | None = None
    redirects: bool | None = None
    # raadsbesluit: budget and an assignment to the college (migration 0004)
    budget: float | None = None
    delegates: list[str] | None = Field(default=None, sa_column=Column(JSON))
    assigns: str | None = None
    assigns_due: str | None = Field(default=None, sa_type=FuzzyDateText)
    proposes: str | None = None
    # raadsvergadering
    agenda: list[str] | None = Field(default=None, sa_column=Column(JSON))
    # raadsbesluit
    outcome: str | None = None
    proposal: str | None = None
    blocks: bool | None = None  # raadsbesluit (migration 0013)
    # commissievergadering
    committee: str | None = None
    nature: str | None = None
    decides: bool | None = None
    # motie, amendement; 'aangekondigd' on any kind (migration 0003)
    status: str | None = None
    vote_date: str | None = Field(default=None, sa_type=FuzzyDateText)
    requests: str | None = None
    due: str | None = Field(default=None, sa_type=FuzzyDateText)  # motie (migration 0006)
    motion_kind: str | None = None  # motie (migration 0008)
    settled_by: str | None = None
    settled_in_part: bool | None = None  # motie (migration 0012)
    conditions_for: str | None = None  # migration 0004
    # raadsinformatiebrief, pc-document (migration 0004)
    deviation_of: str | None = None
    document: str | None = None
    target: str | None = None
    # advies
    council: str | None = None
    requested: str | None = Field(default=None, sa_type=FuzzyDateText)
    deadline: str | None = Field(default=None, sa_type=FuzzyDateText)
    about: str | None = None
    unsolicited: bool | None = None
    followed: str | None = None
    response: str | None = None
    # communicatie, bekendmaking, vragen, brief
    channel: str | None = None
    of: str | None = None
    answered_by: str | None = None
    author: str | None = None


class PreconditionRow(SQLModel, table=True):
    __tablename__ = "precondition"
    __table_args__ = (
        *(_step_ref(column) for column in PRECONDITION_REFS),
        *(_ref_index("precondition", column) for column in PRECONDITION_REFS),
    )

    dossier_id: str = Field(foreign_key="dossier.id", primary_key=True, ondelete="CASCADE")
    id: str = Field(primary_key=True, max_length=64)
    position: int
    text: str
    named_in: str | None = None
    due: str | None = Field(default=None, sa_type=FuzzyDateText)  # 'start' or a fuzzy date
    due_before: str | None = None  # migration 0003
    status: str = "open"
    met_on: str | None = Field(default=None, sa_type=FuzzyDateText)
    evidence: str | None = None  # a step id or a url
    dropped_by: str | None = None
    critical: bool = False
    # drafted items: the fragment read and what is still to check (migration 0007)
    quote: list[str] | None = Field(default=None, sa_column=Column(JSON))
    review: list[str] | None = Field(default=None, sa_column=Column(JSON))


class PromiseRow(SQLModel, table=True):
    __tablename__ = "promise"
    __table_args__ = (
        *(_step_ref(column) for column in PROMISE_REFS),
        *(_ref_index("promise", column) for column in PROMISE_REFS),
    )

    dossier_id: str = Field(foreign_key="dossier.id", primary_key=True, ondelete="CASCADE")
    id: str = Field(primary_key=True, max_length=64)
    position: int
    text: str
    made_in: str | None = None
    by: str | None = None
    due: str | None = Field(default=None, sa_type=FuzzyDateText)  # 'start' or a fuzzy date
    due_before: str | None = None  # migration 0003
    trigger: str | None = None  # migration 0004
    triggered_by: str | None = None  # migration 0004
    status: str = "open"
    fulfilled_by: str | None = None
    postponed_to: str | None = Field(default=None, sa_type=FuzzyDateText)
    # drafted items: the fragment read and what is still to check (migration 0007)
    quote: list[str] | None = Field(default=None, sa_column=Column(JSON))
    review: list[str] | None = Field(default=None, sa_column=Column(JSON))


class SourceItemRow(SQLModel, table=True):
    """What `ris` last imported of an item (migration 0005): the digest of its content as the
    source gave it, so a re-read can tell a change at the source from a change by hand.

    No foreign key: replacing a dossier (merge, import --replace) must not forget it."""

    __tablename__ = "source_item"

    dossier_id: str = Field(primary_key=True, max_length=64)
    item: str = Field(primary_key=True)  # "steps.motie-nb-501"
    digest: str


metadata = SQLModel.metadata
