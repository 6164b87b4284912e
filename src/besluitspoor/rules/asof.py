"""The dossier as it stood on the as-of date: the checker knows only what had happened by then.

A step dated surely after as-of has not happened yet; a status that such a step (or a date after
as-of) brought about is not yet so: a precondition met later was still open, a promise kept later
was still open, a motion settled or voted later was still unsettled or submitted, questions
answered later were still unanswered. A precondition or promise named in a later step did not
exist yet. Dates that overlap as-of may have happened and stay, and so do announced steps (which
are no facts of the trail anyway; `aangekondigde-stap` follows them).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import Dossier, StepBase


def _later(value: FuzzyDate | None, as_of: date) -> bool:
    return value is not None and value.first > as_of


def as_of_view(dossier: Dossier, as_of: date) -> Dossier:
    """The dossier as of `as_of`; the same object when nothing in it lies after that date."""
    # An announced step stays: it was announced before, for a date that may lie ahead.
    later = {s.id for s in dossier.steps if _later(s.date, as_of) and not s.announced}
    late_dates = any(_later(p.met_on, as_of) for p in dossier.preconditions) or any(
        _later(getattr(s, "vote_date", None), as_of) for s in dossier.steps
    )
    if not later and not late_dates:
        return dossier
    steps = [_step(s, later, as_of) for s in dossier.steps if s.id not in later]
    preconditions = []
    for pre in dossier.preconditions:
        if pre.named_in in later:
            continue  # not named yet
        if (pre.status == "vervuld" and _later(pre.met_on, as_of)) or (
            pre.status == "vervallen" and pre.dropped_by in later
        ):
            pre = pre.model_copy(
                update={"status": "open", "met_on": None, "dropped_by": None, "evidence": None}
            )
        preconditions.append(pre)
    promises = []
    for promise in dossier.promises:
        if promise.made_in in later:
            continue  # not made yet
        if promise.status == "nagekomen" and promise.fulfilled_by in later:
            promise = promise.model_copy(update={"status": "open", "fulfilled_by": None})
        promises.append(promise)
    return dossier.model_copy(
        update={"steps": steps, "preconditions": preconditions, "promises": promises}
    )


def _step(step: StepBase, later: set[str], as_of: date) -> StepBase:
    """A step as it stood: settlements, answers and reactions that came later taken off."""
    update: dict[str, Any] = {}
    for key in ("settled_by", "answered_by", "response"):
        if getattr(step, key, None) in later:
            update[key] = None
    if _later(getattr(step, "vote_date", None), as_of):
        update["status"], update["vote_date"] = "ingediend", None
    return step.model_copy(update=update) if update else step
