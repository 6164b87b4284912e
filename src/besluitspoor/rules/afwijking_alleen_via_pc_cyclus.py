"""A deviation from what the council set (a plan, a budget) must reach the council actively and
in time — by a letter or a proposal — not first through a document of the planning-and-control
cycle (a bestuursrapportage, the jaarrekening), where it is one line among hundreds: the active
duty to inform (Gemeentewet 169 lid 2).

Wrong: raadsbesluit `plan` 2021-03; the first step with `deviation_of` that plan is a
`pc-document` (`document: jaarrekening`) of 2022-06.
Right: a raadsinformatiebrief with `deviation_of` the plan dated before (or instead of) the
jaarrekening that mentions it.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.rules.engine import Context, Finding, step_before

ID = "afwijking-alleen-via-pc-cyclus"
SEVERITY = "warning"
GROUP = "informatie"
SOURCE = "Gemeentewet art. 169 lid 2 (actieve informatieplicht); financiële verordening (art. 212)"
EXPLANATION_NL = """Een afwijking van wat de raad vaststelde (een plan, een begroting) moet de raad
actief en tijdig bereiken — met een brief of een voorstel — en niet pas via een document uit de
planning-en-controlcyclus (een bestuursrapportage, de jaarrekening), waar het één regel tussen
honderden is: de actieve informatieplicht (Gemeentewet 169 lid 2).

Fout: raadsbesluit `plan` 2021-03; de eerste stap met `deviation_of` dat plan is een
`pc-document` (`document: jaarrekening`) van 2022-06.
Goed: een raadsinformatiebrief met `deviation_of` het plan, gedateerd vóór (of in plaats van) de
jaarrekening die de afwijking noemt.
"""
READS = (
    "steps.pc-document.deviation_of",
    "steps.pc-document.document",
    "steps.raadsinformatiebrief.deviation_of",
)
MESSAGES = {
    "nl": {
        "violation": "de afwijking van '{decision}' bereikte de raad het eerst via de "
        "{document} ({date}), niet actief met een brief of voorstel",
        "needs_data": "onduidelijk of de afwijking van '{decision}' de raad eerst via een brief "
        "of via de {document} ({date}) bereikte; preciezere data beslissen",
    },
    "en": {
        "violation": "the deviation from '{decision}' first reached the council through the "
        "{document} ({date}), not actively by letter or proposal",
        "needs_data": "unclear whether the deviation from '{decision}' first reached the council "
        "by letter or through the {document} ({date}); more precise dates settle it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    reports: dict[str, list[Any]] = {}
    for step in ctx.steps:
        target = getattr(step, "deviation_of", None)
        if target:
            reports.setdefault(target, []).append(step)
    for target, steps in reports.items():
        decision = ctx.step(target)
        documents = [s for s in steps if s.kind == "pc-document"]
        letters = [s for s in steps if s.kind != "pc-document"]
        if decision is None or not documents:
            continue
        first = documents[0]  # the trail is in date order
        answers = [step_before(letter, first) for letter in letters]
        if True in answers:
            continue
        fields: dict[str, Any] = {
            "decision": decision.title,
            "document": getattr(first, "document", "pc-document"),
            "date": ctx.date_text(first.date),
        }
        evidence = [decision.id, first.id, *(s.id for s in letters)]
        if None in answers:
            yield ctx.needs_data(first.id, evidence, **fields)
        else:
            yield ctx.violation(first.id, evidence, **fields)
