"""In a far-reaching matter (`facts.ingrijpend: yes`) the council must hear of it before the
college takes its first decision — informing it only afterwards, or only before the start, is too
late for the council to play its part. This is the active duty to inform (Gemeentewet 169 lid 2);
for far-reaching private-law acts lid 4 even asks for the council's wishes first.

Wrong: `ingrijpend: yes`; months of negotiation; collegebesluit on 2021-03-02; the first letter
to the council is of 2021-03-09.
Right: a raadsinformatiebrief, raadsvoorstel or committee meeting dated before that first
collegebesluit.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.rules.engine import Context, Finding, step_before

ID = "raad-niet-betrokken-voor-besluit"
SEVERITY = "warning"
GROUP = "informatie"
SOURCE = "Gemeentewet art. 169 lid 2 (actieve informatieplicht) en lid 4"
EXPLANATION_NL = """In een ingrijpende zaak (`facts.ingrijpend: yes`) moet de raad ervan horen
voordat het college zijn eerste besluit neemt — de raad pas achteraf informeren, of alleen vóór de
start, is te laat om de raad zijn rol te laten spelen. Dit is de actieve informatieplicht
(Gemeentewet 169 lid 2); voor ingrijpende privaatrechtelijke rechtshandelingen vraagt lid 4 zelfs
eerst om de wensen van de raad.

Fout: `ingrijpend: yes`; maanden van onderhandelingen; collegebesluit op 2021-03-02; de eerste
brief aan de raad is van 2021-03-09.
Goed: een raadsinformatiebrief, raadsvoorstel of commissievergadering gedateerd vóór dat eerste
collegebesluit.
"""
READS = (
    "dossier.facts.ingrijpend",
    "steps.collegebesluit",
    "steps.raadsinformatiebrief",
    "steps.informatie",
    "steps.raadsvoorstel",
    "steps.commissievergadering",
    "steps.raadsvergadering",
)
# Steps by which the council hears of a matter.
INFORMING = (
    "raadsinformatiebrief",
    "informatie",
    "raadsvoorstel",
    "commissievergadering",
    "raadsvergadering",
)
MESSAGES = {
    "nl": {
        "violation": "de raad hoorde van deze ingrijpende zaak pas na het eerste collegebesluit "
        "'{decision}' ({date}){first}",
        "first": "; de eerste informatie aan de raad is van {date}",
        "none": "; er is geen informatie aan de raad vastgelegd",
        "needs_data": "onduidelijk of de raad vóór het eerste collegebesluit '{decision}' ({date}) "
        "van deze ingrijpende zaak hoorde; preciezere data beslissen",
    },
    "en": {
        "violation": "the council heard of this far-reaching matter only after the college's "
        "first decision '{decision}' ({date}){first}",
        "first": "; the first information to the council is of {date}",
        "none": "; no information to the council is recorded",
        "needs_data": "unclear whether the council heard of this far-reaching matter before the "
        "college's first decision '{decision}' ({date}); more precise dates settle it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dossier.dossier.facts.ingrijpend != "yes":
        return  # conservative: only where the record says the matter is far-reaching
    decisions = ctx.steps_of("collegebesluit")
    if not decisions:
        return
    first = decisions[0]  # the trail is in date order
    told = [s for s in ctx.steps if s.kind in INFORMING]
    answers = [step_before(s, first) for s in told]
    if True in answers:
        return
    fields: dict[str, Any] = {"decision": first.title, "date": ctx.date_text(first.date)}
    evidence = [first.id, *(s.id for s in told)]
    if None in answers:
        yield ctx.needs_data(first.id, evidence, **fields)
        return
    after = ctx.text("first", date=ctx.date_text(told[0].date)) if told else ctx.text("none")
    yield ctx.violation(first.id, evidence, first=after, **fields)
