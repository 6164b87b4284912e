"""Before the college joins a foundation or company, or takes a private-law decision with
far-reaching consequences, the council must have had the chance to give its wishes and concerns.

Wrong: collegebesluit `deelneming` on 2023-05-01 and no raadsbesluit `wensen-en-bedenkingen`.
Right: a raadsbesluit `wensen-en-bedenkingen` dated before the collegebesluit, or an adopted
motie before it that states the council's conditions for it (`conditions_for`).
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.rules.engine import Context, Finding, passed, step_before

ID = "wensen-en-bedenkingen-ontbreken"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Gemeentewet art. 160 lid 2, 169 lid 4"
EXPLANATION_NL = """Voordat het college deelneemt in een stichting of vennootschap, of een
privaatrechtelijk besluit met ingrijpende gevolgen neemt, moet de raad de gelegenheid hebben gehad
zijn wensen en bedenkingen kenbaar te maken.

Fout: collegebesluit `deelneming` op 2023-05-01 en geen raadsbesluit `wensen-en-bedenkingen`.
Goed: een raadsbesluit `wensen-en-bedenkingen` gedateerd vóór het collegebesluit, of een eerder
aangenomen motie waarin de raad zijn voorwaarden daarvoor stelt (`conditions_for`).
"""
READS = (
    "dossier.facts.ingrijpend",
    "steps.collegebesluit.decision",
    "steps.raadsbesluit.decision",
    "steps.motie.conditions_for",
)
MESSAGES = {
    "nl": {
        "violation": "collegebesluit '{title}' ({decision}) zonder dat de raad eerst wensen en "
        "bedenkingen kon geven",
        "pending": "vóór het geplande collegebesluit '{title}' moet de raad wensen en "
        "bedenkingen kunnen geven",
        "needs_data": "onbekend of het privaatrechtelijke besluit '{title}' ingrijpende gevolgen "
        "kan hebben (facts.ingrijpend); dan moet de raad eerst wensen en bedenkingen geven",
        "needs_order": "onduidelijk of de wensen en bedenkingen van de raad vóór het "
        "collegebesluit '{title}' lagen; preciezere data beslissen",
    },
    "en": {
        "violation": "college decision '{title}' ({decision}) without the council first having "
        "had the chance to give its wishes and concerns",
        "pending": "before the planned college decision '{title}' the council must be able to "
        "give its wishes and concerns",
        "needs_data": "unknown whether the private-law decision '{title}' can have far-reaching "
        "consequences (facts.ingrijpend); if so, the council must be heard first",
        "needs_order": "unclear whether the council's wishes and concerns came before the "
        "college decision '{title}'; more precise dates settle it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    ingrijpend = ctx.dossier.dossier.facts.ingrijpend
    heard = ctx.steps_of("raadsbesluit", decision="wensen-en-bedenkingen")
    for step in ctx.steps_of("collegebesluit"):
        decision = getattr(step, "decision", None)
        fields: dict[str, Any] = {"title": step.title, "decision": decision}
        if decision == "privaatrechtelijk" and ingrijpend == "unknown":
            yield ctx.needs_data(step.id, [step.id], **fields)
            continue
        if not (
            decision == "deelneming" or (decision == "privaatrechtelijk" and ingrijpend == "yes")
        ):
            continue
        # A motion adopted before the decision that states the council's conditions for it is
        # the council having made its wishes known.
        conditions = [
            m
            for m in ctx.steps_of("motie", status="aangenomen")
            if getattr(m, "conditions_for", None) == step.id
        ]
        answers = [step_before(w, step) for w in [*heard, *conditions]]
        if True in answers:
            continue
        evidence = [step.id, *(w.id for w in [*heard, *conditions])]
        if None in answers:
            yield ctx.needs_data(step.id, evidence, key="needs_order", **fields)
        elif not passed(step.date, ctx.as_of):
            yield ctx.pending(step.id, evidence, **fields)
        else:
            yield ctx.violation(step.id, evidence, **fields)
