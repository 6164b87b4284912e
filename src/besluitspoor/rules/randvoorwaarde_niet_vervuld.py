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
from besluitspoor.rules.verdicts import precondition_verdict

ID = "randvoorwaarde-niet-vervuld"
SEVERITY = "warning"
GROUP = "randvoorwaarden"
ACTS = "college"  # who must act on what falls due (the agenda's lane)
SOURCE = "Gemeentewet art. 169 lid 1-2 (randvoorwaarde die het college zelf aan de raad meldde)"
EXPLANATION_NL = """Een randvoorwaarde die het college zelf noemde, moet op haar uiterste datum zijn
vervuld (of openlijk zijn losgelaten); die datum is de start, tenzij een andere datum (`due`) of een
stap waaraan zij vooraf moet gaan (`due_before`) is opgegeven. Een kritieke randvoorwaarde is een
error.

Fout: randvoorwaarde `convenant` (due: start 2023-01-01) op 2023-02-08 nog `open`.
Goed: `status: vervuld, met_on: 2022-12-15`, of `status: vervallen, dropped_by: <decision>`
gedateerd op of vóór de uiterste datum.
"""
READS = (
    "dossier.start",
    "preconditions",
)
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
    verdict = precondition_verdict(ctx, pre)
    if verdict.state == "no_date":
        return ctx.needs_data(pre.id, evidence, key="no_start", text=pre.text)
    if verdict.state == "met":
        return None
    assert verdict.due is not None
    if pre.due_before is not None:
        evidence.append(pre.due_before)
    fields: dict[str, Any] = {"text": pre.text, "due": _due_text(ctx, pre, verdict.due)}
    severity: Severity | None = "error" if pre.critical else None
    if verdict.state == "unknown":
        return ctx.needs_data(pre.id, evidence, **fields)
    if verdict.state == "pending":
        return ctx.pending(pre.id, evidence, falls_due=verdict.due.last, **fields)
    if verdict.state in ("late", "dropped_late"):
        assert verdict.when is not None
        return ctx.violation(
            pre.id,
            evidence,
            key=verdict.state,
            severity=severity,
            met=ctx.date_text(verdict.when),
            **fields,
        )
    return ctx.violation(pre.id, evidence, severity=severity, falls_due=verdict.due.last, **fields)


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
