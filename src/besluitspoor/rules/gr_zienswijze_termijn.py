"""Since 1 July 2022 the councils get the draft of a joint arrangement eight weeks before they
are asked for consent (Wgr art. 1 lid 2-3).

Wrong: collegebesluit `gr-ontwerp` on 2023-03-01, raadsbesluit `gr-toestemming` on 2023-03-20.
Right: the draft sent at least 56 days before the consent, or a raadsbesluit `zienswijze` given
in between.
"""

from collections.abc import Iterator

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import StepBase
from besluitspoor.rules.engine import (
    Context,
    Finding,
    Tri,
    passed,
    step_before,
    step_on_or_before,
)

ID = "gr-zienswijze-termijn"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Wgr art. 1 lid 2-3 (tekst vanaf 1 juli 2022)"
EXPLANATION_NL = """Sinds 1 juli 2022 krijgen de raden het ontwerp van een gemeenschappelijke
regeling acht weken voordat hun om toestemming wordt gevraagd (Wgr art. 1 lid 2-3).

Fout: collegebesluit `gr-ontwerp` op 2023-03-01, raadsbesluit `gr-toestemming` op 2023-03-20.
Goed: het ontwerp ten minste 56 dagen vóór de toestemming verzonden, of een raadsbesluit
`zienswijze` daartussen.
"""
READS = (
    "steps.collegebesluit.decision",
    "steps.raadsbesluit.decision",
)
IN_FORCE = FuzzyDate(2022, 7, 1)
WEEKS_8 = 56
MESSAGES = {
    "nl": {
        "violation": "toestemming voor de regeling op {date} zonder dat het ontwerp acht weken "
        "eerder aan de raad is gezonden (en geen zienswijze van de raad ertussen)",
        "pending": "voor de geplande toestemming op {date} moet het ontwerp acht weken eerder "
        "aan de raad zijn gezonden",
        "needs_data": "onduidelijk of het ontwerp acht weken vóór de toestemming op {date} aan "
        "de raad ging; preciezere data beslissen",
    },
    "en": {
        "violation": "consent to the arrangement on {date} without the draft having been sent "
        "to the council eight weeks before (and no council opinion in between)",
        "pending": "for the planned consent on {date} the draft must reach the council eight "
        "weeks before",
        "needs_data": "unclear whether the draft reached the council eight weeks before the "
        "consent on {date}; more precise dates settle it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    drafts = ctx.steps_of("collegebesluit", decision="gr-ontwerp")
    opinions = ctx.steps_of("raadsbesluit", decision="zienswijze")
    for consent in ctx.steps_of("raadsbesluit", decision="gr-toestemming"):
        if consent.date.last < IN_FORCE.first:
            continue  # the text before 1 July 2022 had no draft procedure
        answers = [_in_time(draft, consent, opinions) for draft in drafts]
        if True in answers:
            continue
        unknown = None in answers or consent.date.first < IN_FORCE.first
        evidence = [consent.id, *(d.id for d in drafts)]
        when = ctx.date_text(consent.date)
        if unknown:
            yield ctx.needs_data(consent.id, evidence, date=when)
        elif not passed(consent.date, ctx.as_of):
            yield ctx.pending(consent.id, evidence, date=when)
        else:
            yield ctx.violation(consent.id, evidence, date=when)


def _in_time(draft: StepBase, consent: StepBase, opinions: list[StepBase]) -> Tri:
    """Was this draft sent eight weeks before the consent, or answered by an opinion between?"""
    if (consent.date.first - draft.date.last).days >= WEEKS_8:
        return True
    between = [_between(draft, z, consent) for z in opinions]
    if True in between:
        return True
    if None in between or (consent.date.last - draft.date.first).days >= WEEKS_8:
        return None
    return False


def _between(draft: StepBase, opinion: StepBase, consent: StepBase) -> Tri:
    first, second = step_before(draft, opinion), step_on_or_before(opinion, consent)
    if first is False or second is False:
        return False
    return True if first and second else None
