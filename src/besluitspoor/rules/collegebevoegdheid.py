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
EXPLANATION_NL = """Als geen vastgelegd feit een bevoegdheid van de raad in het spel brengt, is het
inrichten van de uitvoering een eigen bevoegdheid van het college; de rol van de raad is informatie
en controle. Deze notitie zegt dat, om loos alarm te voorkomen, en noemt de nog onbekende feiten die
dat kunnen veranderen.

Fout (geen notitie): `facts.touches_verordening: yes` — een bevoegdheid van de raad, of de raad
al heeft besloten of niet (`rules/verdicts.council_powers` somt op wat er een in het spel brengt).
Goed (notitie): de inrichting van een team zonder dat een verordening, plan of budget in het
spel komt.
"""
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
