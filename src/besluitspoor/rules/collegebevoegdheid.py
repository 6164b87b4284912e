"""When no recorded fact brings in a council power, organising the execution is the college's
own power; the council's role is information and control. This note says so, to prevent false
alarms, and names the facts still unknown that could change it.

Wrong (no note): `facts.touches_verordening: yes` — a council power, whether or not the council
has decided yet (`rules/verdicts.council_powers` lists what brings one in).
Right (note): an inrichting of a team with no verordening, plan or budget triggered.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding
from besluitspoor.rules.verdicts import council_powers

ID = "collegebevoegdheid"
SEVERITY = "info"
GROUP = "bevoegdheid"
SOURCE = "Gemeentewet art. 160 lid 1, 169"
READS = (
    "dossier.facts.touches_verordening",
    "dossier.facts.within_plan",
    "dossier.facts.ingrijpend",
    "dossier.facts.council_statement_required",
    "dossier.costs",
    "steps.collegebesluit.decision",
    "steps.collegebesluit.redirects",
    "steps.raadsbesluit.decision",
    "steps.raadsbesluit.delegates",
    "steps.commissievergadering.decides",
    "steps.*.competent",
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
    if council_powers(ctx):
        return  # a council power is in play: not (only) the college's own business
    facts = ctx.dossier.dossier.facts
    unknown = [name for name in FACTS if getattr(facts, name) == "unknown"]
    tail = ctx.text("unknown", facts=", ".join(unknown)) if unknown else ""
    yield ctx.note(unknown=tail)
