"""When no recorded fact brings in a council power, organising the execution is the college's
own power; the council's role is information and control. This note says so, to prevent false
alarms, and names the facts still unknown that could change it.

Wrong (no note): `facts.touches_verordening: yes` without a raadsbesluit — a council power.
Right (note): an inrichting of a team with no verordening, plan or budget triggered.
"""

from collections.abc import Iterator

from besluitspoor.rules import (
    budget_zonder_begrotingswijziging,
    buiten_beleidsplan,
    commissie_besluit_namens_raad,
    gr_zienswijze_termijn,
    kosten_zonder_dekking,
    verordening_zonder_raadsbesluit,
    vvgb_ontbreekt,
    wensen_en_bedenkingen_ontbreken,
)
from besluitspoor.rules.engine import Context, Finding

ID = "collegebevoegdheid"
SEVERITY = "info"
GROUP = "bevoegdheid"
SOURCE = "Gemeentewet art. 160 lid 1, 169"
COMPETENCE_RULES = (
    verordening_zonder_raadsbesluit,
    kosten_zonder_dekking,
    budget_zonder_begrotingswijziging,
    buiten_beleidsplan,
    gr_zienswijze_termijn,
    wensen_en_bedenkingen_ontbreken,
    commissie_besluit_namens_raad,
    vvgb_ontbreekt,
)
FACTS = ("touches_verordening", "within_plan", "ingrijpend")
MESSAGES = {
    "nl": {
        "note": "volgens de vastgelegde feiten is dit een bevoegdheid van het college (inrichting "
        "van de uitvoering); de rol van de raad is informatie en controle{unknown}",
        "unknown": "; nog onbekend: {facts}",
    },
    "en": {
        "note": "on the recorded facts this is a power of the college (organising the "
        "execution); the council's role is information and control{unknown}",
        "unknown": "; still unknown: {facts}",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for rule in COMPETENCE_RULES:
        for finding in rule.check(ctx.for_rule(rule)):
            if finding.kind in ("violation", "pending"):
                return
    facts = ctx.dossier.dossier.facts
    unknown = [name for name in FACTS if getattr(facts, name) == "unknown"]
    tail = ctx.text("unknown", facts=", ".join(unknown)) if unknown else ""
    yield ctx.note(unknown=tail)
