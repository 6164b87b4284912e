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


def council_powers(ctx: Context) -> list[str]:
    """Which powers of the council the record brings in — whether or not the council has used
    them yet. A fact or step that makes the change (partly) the council's business, named."""
    facts = ctx.dossier.dossier.facts
    costs = ctx.dossier.dossier.costs
    found = []
    if facts.touches_verordening == "yes":
        found.append("verordening")  # Gemeentewet 147, 149
    if facts.within_plan == "no":
        found.append("beleidsplan")  # Wmo 2.1.2, Jeugdwet 2.2
    if costs is not None and costs.covered_by == "geen":
        found.append("budgetrecht")  # Gemeentewet 189, 192
    for step in ctx.steps:
        decision = getattr(step, "decision", None)
        if step.kind == "collegebesluit" and (
            decision == "deelneming"
            or (decision == "privaatrechtelijk" and facts.ingrijpend == "yes")
        ):
            found.append("wensen-en-bedenkingen")  # Gemeentewet 160 lid 2, 169 lid 4
        if decision in ("gr-ontwerp", "gr-treffen", "gr-toestemming"):
            found.append("gemeenschappelijke-regeling")  # Wgr art. 1
        if step.kind == "commissievergadering" and getattr(step, "decides", False):
            found.append("commissie-namens-raad")  # Gemeentewet 82
        if getattr(step, "redirects", False):
            found.append("budgetrecht")
        if any(t in ctx.reserved for t in getattr(step, "delegates", [])):
            found.append("verordening-voorbehouden")
        if step.competent == "raad":
            found.append("raad-bevoegd")  # the record says the council held the power
        if decision == "omgevingsvergunning" and facts.council_statement_required == "yes":
            found.append("verklaring-van-geen-bedenkingen")  # Wabo 2.27, Ow 16.15a
    return list(dict.fromkeys(found))
