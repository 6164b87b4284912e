"""Where a permit needs the council's say — a verklaring van geen bedenkingen under the Wabo,
binding advice under the Omgevingswet, in the cases the council named — the college may grant
it only after the council has given it. The record must say that the permit needs it
(`facts.council_statement_required`); the checker does not guess which cases the council named.

A permit refused needs no statement (the council's say is needed to grant it); a decision
whose title says so ("geweigerd", "weigering", "afgewezen") is not checked.

Wrong: `council_statement_required: yes`; collegebesluit `decision: omgevingsvergunning` of
2023-05-01; no raadsbesluit `vvgb` or `bindend-advies` before it.
Right: raadsbesluit `decision: vvgb` (or `bindend-advies`) dated before the permit.
"""

import re
from collections.abc import Iterator
from typing import Any

from besluitspoor.rules.engine import Context, Finding, passed, step_before

ID = "vvgb-ontbreekt"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Wabo art. 2.27 lid 1 (verklaring van geen bedenkingen); Omgevingswet art. 16.15a (bindend advies van de raad)"
EXPLANATION_NL = """Waar een vergunning de inbreng van de raad vraagt — een verklaring van geen
bedenkingen onder de Wabo, een bindend advies onder de Omgevingswet, in de gevallen die de raad
heeft aangewezen — mag het college haar pas verlenen nadat de raad die inbreng heeft gegeven. De
vastlegging moet zeggen dat de vergunning dat vraagt (`facts.council_statement_required`); het
programma raadt niet welke gevallen de raad heeft aangewezen.

Een geweigerde vergunning vraagt geen verklaring (de inbreng van de raad is nodig om haar te
verlenen); een besluit waarvan de titel dat zegt ("geweigerd", "weigering", "afgewezen"), wordt
niet gecontroleerd.

Fout: `council_statement_required: yes`; collegebesluit `decision: omgevingsvergunning` van
2023-05-01; geen raadsbesluit `vvgb` of `bindend-advies` daarvoor.
Goed: raadsbesluit `decision: vvgb` (of `bindend-advies`) gedateerd vóór de vergunning.
"""
READS = (
    "dossier.facts.council_statement_required",
    "steps.collegebesluit.decision",
    "steps.raadsbesluit.decision",
)
STATEMENTS = ("vvgb", "bindend-advies")
REFUSED = re.compile(r"\b(?:geweigerd|weiger(?:ing|en|t)|afgewezen|buiten behandeling)\b", re.I)
MESSAGES = {
    "nl": {
        "violation": "omgevingsvergunning '{title}' ({date}) verleend zonder dat de raad eerst "
        "een verklaring van geen bedenkingen of bindend advies gaf",
        "pending": "vóór de omgevingsvergunning '{title}' moet de raad een verklaring van geen "
        "bedenkingen of bindend advies geven",
        "needs_data": "onbekend of de omgevingsvergunning '{title}' een verklaring van geen "
        "bedenkingen of bindend advies van de raad nodig had "
        "(facts.council_statement_required)",
        "needs_order": "onduidelijk of de verklaring van de raad vóór de omgevingsvergunning "
        "'{title}' lag; preciezere data beslissen",
    },
    "en": {
        "violation": "permit '{title}' ({date}) granted without the council first giving its "
        "statement of no objection or binding advice",
        "pending": "before the permit '{title}' the council must give its statement of no "
        "objection or binding advice",
        "needs_data": "unknown whether the permit '{title}' needed the council's statement of no "
        "objection or binding advice (facts.council_statement_required)",
        "needs_order": "unclear whether the council's statement came before the permit "
        "'{title}'; more precise dates settle it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    permits = ctx.steps_of("collegebesluit", decision="omgevingsvergunning")
    if not permits:
        return
    required = ctx.dossier.dossier.facts.council_statement_required
    statements = [
        s
        for s in ctx.steps_of("raadsbesluit", outcome="aangenomen")
        if getattr(s, "decision", None) in STATEMENTS
    ]
    for permit in permits:
        fields: dict[str, Any] = {"title": permit.title, "date": ctx.date_text(permit.date)}
        if required == "no" or REFUSED.search(permit.title):
            continue
        answers = [step_before(s, permit) for s in statements]
        if True in answers:
            continue
        if required == "unknown":
            yield ctx.needs_data(permit.id, [permit.id], **fields)
            continue
        evidence = [permit.id, *(s.id for s in statements)]
        if None in answers:
            yield ctx.needs_data(permit.id, evidence, key="needs_order", **fields)
        elif not passed(permit.date, ctx.as_of):
            yield ctx.pending(permit.id, evidence, **fields)
        else:
            yield ctx.violation(permit.id, evidence, **fields)
