"""Judgements that more than one rule needs, made once here: rules do not call other rules.

A verdict is plain data about the record (met, late, open past its deadline, still to come,
unknown); each rule turns the verdicts it cares about into its own findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import Precondition
from besluitspoor.rules.engine import Context

PreconditionState = Literal["met", "late", "dropped_late", "unmet", "pending", "unknown", "no_date"]


@dataclass(frozen=True)
class PreconditionVerdict:
    pre: Precondition
    state: PreconditionState
    due: FuzzyDate | None = None
    when: FuzzyDate | None = None  # when it was met or dropped

    @property
    def failed(self) -> bool:
        """Surely not met (or dropped) by its deadline."""
        return self.state in ("late", "dropped_late", "unmet")


def precondition_verdict(ctx: Context, pre: Precondition) -> PreconditionVerdict:
    """Was the precondition met (or openly dropped) by its deadline, as of `ctx.as_of`?"""
    deadline = ctx.deadline(pre)
    assert deadline is not None  # a precondition is due at the start unless told otherwise
    if deadline.date is None:
        return PreconditionVerdict(pre, "no_date")
    when: FuzzyDate | None = None
    if pre.status == "vervuld":
        when = pre.met_on
    elif pre.status == "vervallen":
        dropper = ctx.step(pre.dropped_by)
        when = dropper.date if dropper else None
    if when is not None:
        in_time = deadline.met_by(when)
        if in_time:
            return PreconditionVerdict(pre, "met", deadline.date, when)
        if in_time is None:
            return PreconditionVerdict(pre, "unknown", deadline.date, when)
        state: PreconditionState = "late" if pre.status == "vervuld" else "dropped_late"
        return PreconditionVerdict(pre, state, deadline.date, when)
    if not deadline.passed(ctx.as_of):
        return PreconditionVerdict(pre, "pending", deadline.date)
    return PreconditionVerdict(pre, "unmet", deadline.date)


def precondition_verdicts(ctx: Context) -> list[PreconditionVerdict]:
    return [precondition_verdict(ctx, pre) for pre in ctx.dossier.preconditions]
