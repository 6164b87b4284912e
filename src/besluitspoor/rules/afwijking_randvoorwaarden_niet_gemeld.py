"""When preconditions are not met at the start, the college must say so to the council:
openly, in a raadsinformatiebrief before the start (`notes_unmet`).

Wrong: three preconditions unmet at the start, no RIB names them.
Right: a raadsinformatiebrief dated on or before the start with `notes_unmet: [...]` listing
each of them.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor import vocab
from besluitspoor.fuzzydate import on_or_before
from besluitspoor.rules.engine import Context, Finding, passed
from besluitspoor.rules.verdicts import precondition_verdicts

ID = "afwijking-randvoorwaarden-niet-gemeld"
SEVERITY = "warning"
GROUP = "informatie"
SOURCE = "Gemeentewet art. 169 lid 1-2"
EXPLANATION_NL = """Als bij de start niet aan randvoorwaarden is voldaan, moet het college dat de
raad melden: openlijk, in een raadsinformatiebrief vóór de start (`notes_unmet`).

Fout: drie randvoorwaarden niet vervuld bij de start, geen RIB noemt ze.
Goed: een raadsinformatiebrief gedateerd op of vóór de start met `notes_unmet: [...]` waarin elk
ervan wordt genoemd.
"""
READS = (
    "dossier.start",
    "preconditions",
    "steps.raadsinformatiebrief.notes_unmet",
    "steps.informatie.notes_unmet",
)
MESSAGES = {
    "nl": {
        "violation": "{count} niet vervulde randvoorwaarde(n) zijn de raad niet vóór de start "
        "gemeld: {ids}",
        "pending": "{count} niet vervulde randvoorwaarde(n) moeten de raad vóór {start} gemeld "
        "worden: {ids}",
    },
    "en": {
        "violation": "{count} unmet precondition(s) were not reported to the council before "
        "the start: {ids}",
        "pending": "{count} unmet precondition(s) must be reported to the council before "
        "{start}: {ids}",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    failing = [v.pre.id for v in precondition_verdicts(ctx) if v.failed]
    if not failing or ctx.start is None:
        return
    reported: set[str] = set()
    for letter in ctx.steps_of_any(vocab.INFORMS_COUNCIL):
        if on_or_before(letter.date, ctx.start):
            reported.update(getattr(letter, "notes_unmet", []))
    unreported = [p for p in failing if p not in reported]
    if not unreported:
        return
    fields: dict[str, Any] = {"count": len(unreported), "ids": ", ".join(unreported)}
    if passed(ctx.start, ctx.as_of):
        yield ctx.violation(evidence=unreported, **fields)
    else:
        yield ctx.pending(evidence=unreported, start=ctx.date_text(ctx.start), **fields)
