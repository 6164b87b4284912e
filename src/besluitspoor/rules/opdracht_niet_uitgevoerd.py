"""An assignment the council gives the college in a decision (`assigns`) must be carried out,
by its term (`assigns_due`, else a year), and the step that did it recorded (`settled_by`) —
as for a motion, but a raadsbesluit binds the college more: it executes the council's
decisions (Gemeentewet 160 lid 1 onder b) and accounts for it (169 lid 1).

Wrong: raadsbesluit of 2020-06-30 `assigns: "Kom binnen een half jaar met een evaluatie"`,
`assigns_due: 2020-12`, nothing `settled_by`, checked in 2022.
Right: `settled_by: rib-2020-12-15`, a step dated by the end of the term.
"""

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.rules.engine import Context, Finding, Param

ID = "opdracht-niet-uitgevoerd"
SEVERITY = "warning"
GROUP = "procedure"
ACTS = "college"  # who must act on what falls due (the agenda's lane)
SOURCE = "Gemeentewet art. 160 lid 1 onder b, 169 lid 1"
EXPLANATION_NL = """Een opdracht die de raad het college in een besluit geeft (`assigns`), moet
binnen de termijn (`assigns_due`, anders een jaar) worden uitgevoerd, en de stap waarmee dat
gebeurde moet zijn vastgelegd (`settled_by`) — zoals bij een motie, maar een raadsbesluit bindt het
college sterker: het college voert de besluiten van de raad uit (Gemeentewet 160 lid 1 onder b) en
legt daarover verantwoording af (169 lid 1).

Fout: raadsbesluit van 2020-06-30 `assigns: "Kom binnen een half jaar met een evaluatie"`,
`assigns_due: 2020-12`, geen `settled_by`, gecontroleerd in 2022.
Goed: `settled_by: rib-2020-12-15`, een stap gedateerd uiterlijk aan het eind van de termijn.
"""
READS = (
    "steps.raadsbesluit.assigns",
    "steps.raadsbesluit.assigns_due",
    "steps.raadsbesluit.settled_by",
)
PARAMS = {
    "opdracht_termijn_dagen": Param(
        365,
        "days to carry out an assignment that names no term",
        nl="dagen om een opdracht zonder eigen termijn uit te voeren",
    )
}
MESSAGES = {
    "nl": {
        "violation": "de opdracht uit het raadsbesluit '{title}' ({date}) is niet uitgevoerd: "
        "'{assigns}' (termijn: {due})",
        "late": "de opdracht uit het raadsbesluit '{title}' is te laat uitgevoerd: op {done}, "
        "termijn {due}",
        "pending": "de opdracht uit het raadsbesluit '{title}' moet uiterlijk {due} zijn "
        "uitgevoerd: '{assigns}'",
        "needs_data": "onduidelijk of de opdracht uit het raadsbesluit '{title}' op tijd ({due}) "
        "is uitgevoerd; een preciezere datum beslist",
    },
    "en": {
        "violation": "the assignment of the council decision '{title}' ({date}) was not carried "
        "out: '{assigns}' (term: {due})",
        "late": "the assignment of the council decision '{title}' was carried out late: on "
        "{done}, term {due}",
        "pending": "the assignment of the council decision '{title}' must be carried out by "
        "{due}: '{assigns}'",
        "needs_data": "unclear whether the assignment of the council decision '{title}' was "
        "carried out in time ({due}); a more precise date settles it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for decision in ctx.steps_of("raadsbesluit", outcome="aangenomen"):
        assigns = getattr(decision, "assigns", None)
        if not assigns:
            continue
        due: FuzzyDate | None = getattr(decision, "assigns_due", None)
        if due is None:
            days = timedelta(days=ctx.param("opdracht_termijn_dagen"))
            due = FuzzyDate.of(min(decision.date.last + days, FuzzyDate(9999, 12, 31).first))
        fields: dict[str, Any] = {
            "title": decision.title,
            "date": ctx.date_text(decision.date),
            "assigns": assigns,
            "due": ctx.date_text(due),
        }
        done = ctx.step(getattr(decision, "settled_by", None))
        evidence = [decision.id, *([done.id] if done else [])]
        yield from ctx.against_deadline(decision.id, evidence, done, due, **fields)
