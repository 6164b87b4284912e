"""A promise to the council must be kept by its due date (or openly postponed or dropped).

Wrong: `due: 2022-11`, `status: open`, checked on 2023-02-08; or kept by a step dated after
the due date.
Right: `status: nagekomen` with `fulfilled_by` a step dated by the end of the due date.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.model import Promise
from besluitspoor.rules.engine import Context, Finding, by_deadline, passed

ID = "toezegging-verlopen"
SEVERITY = "warning"
GROUP = "informatie"
SOURCE = "reglement van orde (toezeggingenregistratie); Gemeentewet art. 169"
MESSAGES = {
    "nl": {
        "violation": "toezegging '{text}' was uiterlijk {due} beloofd en is niet nagekomen",
        "late": "toezegging '{text}' is te laat nagekomen: op {done}, beloofd voor {due}",
        "postponed": "toezegging '{text}' was uitgesteld tot {due} en is nog niet nagekomen",
        "pending": "toezegging '{text}' moet uiterlijk {due} worden nagekomen",
        "needs_data": "onduidelijk of toezegging '{text}' op tijd ({due}) is nagekomen; een "
        "preciezere datum beslist",
    },
    "en": {
        "violation": "promise '{text}' was due by {due} and has not been kept",
        "late": "promise '{text}' was kept late: on {done}, due by {due}",
        "postponed": "promise '{text}' was postponed to {due} and has not been kept",
        "pending": "promise '{text}' must be kept by {due}",
        "needs_data": "unclear whether promise '{text}' was kept in time ({due}); a more "
        "precise date settles it",
    },
}


def evaluate(ctx: Context, promise: Promise) -> Finding | None:
    evidence = [i for i in (promise.made_in, promise.fulfilled_by) if i]
    if promise.status == "vervallen":
        return None
    if promise.status == "uitgesteld" and promise.postponed_to is not None:
        fields: dict[str, Any] = {"text": promise.text, "due": ctx.date_text(promise.postponed_to)}
        if passed(promise.postponed_to, ctx.as_of):
            return ctx.violation(promise.id, evidence, key="postponed", **fields)
        return ctx.pending(promise.id, evidence, **fields)
    if promise.due is None:
        return None
    fields = {"text": promise.text, "due": ctx.date_text(promise.due)}
    if promise.status == "nagekomen":
        done = ctx.step(promise.fulfilled_by)
        if done is None:
            return None
        in_time = by_deadline(done.date, promise.due)
        if in_time:
            return None
        if in_time is None:
            return ctx.needs_data(promise.id, evidence, **fields)
        return ctx.violation(
            promise.id, evidence, key="late", done=ctx.date_text(done.date), **fields
        )
    if passed(promise.due, ctx.as_of):
        return ctx.violation(promise.id, evidence, **fields)
    return ctx.pending(promise.id, evidence, **fields)


def check(ctx: Context) -> Iterator[Finding]:
    for promise in ctx.dossier.promises:
        finding = evaluate(ctx, promise)
        if finding is not None:
            yield finding
