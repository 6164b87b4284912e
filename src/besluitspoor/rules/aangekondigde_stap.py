"""A step a document announced ("in de raad van juni", "het bestuurlijk overleg van 13 april")
counts only once it is seen to happen. Until its date it is still to come; once its date has
passed unconfirmed, the trail has a hole: either it did not happen, or the record lacks it.

Wrong: `{kind: raadsvergadering, date: 2021-06, status: aangekondigd}`, checked in September 2021.
Right: the step recorded without `status: aangekondigd` once the minutes show it happened (or
removed, with a step saying what happened instead).
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.rules.engine import Context, Finding, passed

ID = "aangekondigde-stap"
SEVERITY = "warning"
GROUP = "informatie"
SOURCE = "aankondiging aan de raad; Gemeentewet art. 169 lid 1-2"
EXPLANATION_NL = """Een stap die een document aankondigde ("in de raad van juni", "het bestuurlijk
overleg van 13 april") telt pas mee als blijkt dat hij heeft plaatsgevonden. Tot zijn datum moet hij
nog komen; is zijn datum verstreken zonder bevestiging, dan zit er een gat in het spoor: of hij vond
niet plaats, of hij ontbreekt in de vastlegging.

Fout: `{kind: raadsvergadering, date: 2021-06, status: aangekondigd}`, gecontroleerd in
september 2021.
Goed: de stap vastgelegd zonder `status: aangekondigd` zodra de notulen laten zien dat hij
plaatsvond (of verwijderd, met een stap die zegt wat er in plaats daarvan gebeurde).
"""
READS = (
    "steps.*.status",
    "steps.*.date",
)
MESSAGES = {
    "nl": {
        "violation": "de aangekondigde stap '{title}' ({date}) is niet als gebeurd vastgelegd",
        "pending": "de aangekondigde stap '{title}' staat voor {date}",
    },
    "en": {
        "violation": "the announced step '{title}' ({date}) is not recorded as having happened",
        "pending": "the announced step '{title}' is due {date}",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for step in ctx.dossier.steps:
        if not step.announced:
            continue
        fields: dict[str, Any] = {"title": step.title, "date": ctx.date_text(step.date)}
        if passed(step.date, ctx.as_of):
            yield ctx.violation(step.id, [step.id], falls_due=step.date.last, **fields)
        else:
            yield ctx.pending(step.id, [step.id], falls_due=step.date.last, **fields)
