"""A precondition the college itself named must be met (or openly dropped) by its due date,
which is the start unless another date (`due`) or a step it must precede (`due_before`) is
given. A critical one is an error.

Wrong: precondition `convenant` (due: start 2023-01-01) still `open` on 2023-02-08.
Right: `status: vervuld, met_on: 2022-12-15`, or `status: vervallen, dropped_by: <decision>`
dated on or before the due date.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import Precondition
from besluitspoor.rules.engine import Context, Finding, Severity

ID = "randvoorwaarde-niet-vervuld"
SEVERITY = "warning"
GROUP = "randvoorwaarden"
SOURCE = "Gemeentewet art. 169 lid 1-2 (randvoorwaarde die het college zelf aan de raad meldde)"
MESSAGES = {
    "nl": {
        "violation": "randvoorwaarde '{text}' was niet vervuld op {due}",
        "late": "randvoorwaarde '{text}' werd pas op {met} vervuld, na {due}",
        "dropped_late": "randvoorwaarde '{text}' liet het college pas op {met} vallen, na {due}",
        "pending": "randvoorwaarde '{text}' moet uiterlijk {due} vervuld zijn",
        "needs_data": "onduidelijk of randvoorwaarde '{text}' op tijd ({due}) vervuld of "
        "vervallen is; een preciezere datum beslist",
        "no_start": "randvoorwaarde '{text}' moet bij de start vervuld zijn, maar er is geen "
        "ingangsdatum (dossier.start) vastgelegd",
    },
    "en": {
        "violation": "precondition '{text}' was not met by {due}",
        "late": "precondition '{text}' was only met on {met}, after {due}",
        "dropped_late": "precondition '{text}' was only dropped on {met}, after {due}",
        "pending": "precondition '{text}' must be met by {due}",
        "needs_data": "unclear whether precondition '{text}' was met or dropped in time ({due}); "
        "a more precise date settles it",
        "no_start": "precondition '{text}' is due at the start, but no start date "
        "(dossier.start) is recorded",
    },
}


def evaluate(ctx: Context, pre: Precondition) -> Finding | None:
    """The finding for one precondition, or None when it was met in time."""
    evidence = [i for i in (pre.named_in, pre.dropped_by) if i]
    if pre.evidence and not pre.evidence.startswith(("http", "www.")):
        evidence.append(pre.evidence)
    deadline = ctx.deadline(pre)
    assert deadline is not None  # a precondition is due at the start unless told otherwise
    if deadline.date is None:
        return ctx.needs_data(pre.id, evidence, key="no_start", text=pre.text)
    if pre.due_before is not None:
        evidence.append(pre.due_before)
    fields: dict[str, Any] = {"text": pre.text, "due": _due_text(ctx, pre, deadline.date)}
    severity: Severity | None = "error" if pre.critical else None
    when: FuzzyDate | None = None
    if pre.status == "vervuld":
        when = pre.met_on
    elif pre.status == "vervallen":
        dropper = ctx.step(pre.dropped_by)
        when = dropper.date if dropper else None
    if when is not None:
        in_time = deadline.met_by(when)
        if in_time:
            return None
        if in_time is None:
            return ctx.needs_data(pre.id, evidence, **fields)
        key = "late" if pre.status == "vervuld" else "dropped_late"
        return ctx.violation(
            pre.id, evidence, key=key, severity=severity, met=ctx.date_text(when), **fields
        )
    if not deadline.passed(ctx.as_of):
        return ctx.pending(pre.id, evidence, **fields)
    return ctx.violation(pre.id, evidence, severity=severity, **fields)


def _due_text(ctx: Context, pre: Precondition, when: FuzzyDate) -> str:
    step = ctx.step(pre.due_before) if pre.due_before else None
    if step is None:
        return ctx.date_text(when)
    word = "vóór" if ctx.lang == "nl" else "before"
    return f"{word} '{step.title}' ({ctx.date_text(when)})"


def check(ctx: Context) -> Iterator[Finding]:
    for pre in ctx.dossier.preconditions:
        finding = evaluate(ctx, pre)
        if finding is not None:
            yield finding
