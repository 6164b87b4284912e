"""A promise to the council must be kept by its due date (or openly postponed or dropped).

Wrong: `due: 2022-11`, `status: open`, checked on 2023-02-08; or kept by a step dated after
the due date.
Right: `status: nagekomen` with `fulfilled_by` a step dated by the end of the due date (or on or
before the start for `due: start`, before the step named in `due_before`).
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import Promise
from besluitspoor.rules.engine import Context, Finding, passed

ID = "toezegging-verlopen"
SEVERITY = "warning"
GROUP = "informatie"
ACTS = "college"  # who must act on what falls due (the agenda's lane)
SOURCE = "reglement van orde (toezeggingenregistratie); Gemeentewet art. 169"
EXPLANATION_NL = """Een toezegging aan de raad moet uiterlijk op de afgesproken datum zijn nagekomen
(of openlijk uitgesteld of ingetrokken).

Fout: `due: 2022-11`, `status: open`, gecontroleerd op 2023-02-08; of nagekomen met een stap
gedateerd na de afgesproken datum.
Goed: `status: nagekomen` met als `fulfilled_by` een stap gedateerd uiterlijk aan het eind van
de afgesproken datum (of op of vóór de start bij `due: start`, vóór de stap genoemd in
`due_before`).
"""
READS = (
    "dossier.start",
    "promises",
)
MESSAGES = {
    "nl": {
        "violation": "toezegging '{text}' was uiterlijk {due} beloofd en is niet nagekomen",
        "late": "toezegging '{text}' is te laat nagekomen: op {done}, beloofd voor {due}",
        "postponed": "toezegging '{text}' was uitgesteld tot {due} en is nog niet nagekomen",
        "pending": "toezegging '{text}' moet uiterlijk {due} worden nagekomen",
        "needs_data": "onduidelijk of toezegging '{text}' op tijd ({due}) is nagekomen; een "
        "preciezere datum beslist",
        "no_start": "toezegging '{text}' moet bij de start of vóór een stap worden nagekomen, "
        "maar die datum is niet vastgelegd",
    },
    "en": {
        "violation": "promise '{text}' was due by {due} and has not been kept",
        "late": "promise '{text}' was kept late: on {done}, due by {due}",
        "postponed": "promise '{text}' was postponed to {due} and has not been kept",
        "pending": "promise '{text}' must be kept by {due}",
        "needs_data": "unclear whether promise '{text}' was kept in time ({due}); a more "
        "precise date settles it",
        "no_start": "promise '{text}' is due at the start or before a step, but that date is "
        "not recorded",
    },
}


def evaluate(ctx: Context, promise: Promise) -> Finding | None:
    evidence = [i for i in (promise.made_in, promise.fulfilled_by) if i]
    if promise.status == "vervallen":
        return None
    if promise.status == "uitgesteld" and promise.postponed_to is not None:
        fields: dict[str, Any] = {"text": promise.text, "due": ctx.date_text(promise.postponed_to)}
        due = promise.postponed_to.last
        if passed(promise.postponed_to, ctx.as_of):
            return ctx.violation(promise.id, evidence, key="postponed", falls_due=due, **fields)
        return ctx.pending(promise.id, evidence, falls_due=due, **fields)
    deadline = ctx.deadline(promise)
    if deadline is None:
        return None
    if deadline.date is None:
        return ctx.needs_data(promise.id, evidence, key="no_start", text=promise.text)
    if promise.due_before is not None:
        evidence.append(promise.due_before)
    fields = {"text": promise.text, "due": _due_text(ctx, promise, deadline.date)}
    # A promise kept by a step that is only announced is not kept yet.
    done = ctx.step(promise.fulfilled_by) if promise.status == "nagekomen" else None
    if done is not None:
        in_time = deadline.met_by(done.date)
        if in_time:
            return None
        if in_time is None:
            return ctx.needs_data(promise.id, evidence, **fields)
        return ctx.violation(
            promise.id, evidence, key="late", done=ctx.date_text(done.date), **fields
        )
    if deadline.passed(ctx.as_of):
        return ctx.violation(promise.id, evidence, falls_due=deadline.date.last, **fields)
    return ctx.pending(promise.id, evidence, falls_due=deadline.date.last, **fields)


def _due_text(ctx: Context, promise: Promise, when: FuzzyDate) -> str:
    step = ctx.step(promise.due_before) if promise.due_before else None
    if step is not None:
        word = "vóór" if ctx.lang == "nl" else "before"
        return f"{word} '{step.title}' ({ctx.date_text(when)})"
    if promise.due == "start":
        word = "bij de start" if ctx.lang == "nl" else "at the start"
        return f"{word} ({ctx.date_text(when)})"
    return ctx.date_text(when)


def check(ctx: Context) -> Iterator[Finding]:
    for promise in ctx.dossier.promises:
        finding = evaluate(ctx, promise)
        if finding is not None:
            yield finding
