"""In the social domain residents and clients, through the adviesraad, must be able to advise
early on policy proposals. Only for dossiers with `domain: sociaal`.

Wrong: the decision (collegebesluit) of 2022-12-13 with no `advies` step before it.
Right: an `advies` step (asked or unsolicited) dated on or before the decision.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.rules._common import with_no_start
from besluitspoor.rules.engine import Context, Finding, passed, step_on_or_before

ID = "advies-niet-gevraagd"
SEVERITY = "warning"
GROUP = "advies"
SOURCE = "Wmo 2015 art. 2.1.3 lid 3 onder b; Participatiewet art. 47; Jeugdwet art. 2.10"
EXPLANATION_NL = """In het sociaal domein moeten inwoners en cliënten, via de adviesraad,
vroegtijdig kunnen adviseren over beleidsvoorstellen. Alleen voor dossiers met `domain: sociaal`.

Fout: het besluit (collegebesluit) van 2022-12-13 zonder `advies`-stap ervoor.
Goed: een `advies`-stap (gevraagd of ongevraagd) gedateerd op of vóór het besluit.
"""
READS = (
    "dossier.domain",
    "dossier.start",
    "steps.collegebesluit",
    "steps.raadsbesluit",
    "steps.advies",
)
MESSAGES = with_no_start(
    {
        "nl": {
            "violation": "geen advies van een adviesraad vastgelegd vóór het besluit '{decision}' "
            "({date})",
            "pending": "vóór het geplande besluit '{decision}' ({date}) moet de adviesraad kunnen "
            "adviseren",
            "needs_data": "onduidelijk of het advies vóór het besluit '{decision}' lag; preciezere "
            "data beslissen",
            "needs_decision": "onduidelijk of het besluit over de wijziging vóór de ingangsdatum "
            "({start}) lag, en of de adviesraad daarvoor kon adviseren; een preciezere datum "
            "beslist",
        },
        "en": {
            "violation": "no advice of an advisory council recorded before the decision "
            "'{decision}' ({date})",
            "pending": "before the planned decision '{decision}' ({date}) the advisory council "
            "must be able to advise",
            "needs_data": "unclear whether the advice came before the decision '{decision}'; more "
            "precise dates settle it",
            "needs_decision": "unclear whether the decision on the change came before the start "
            "({start}), and whether the advisory council could advise on it; a more precise date "
            "settles it",
        },
    }
)


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dossier.dossier.domain != "sociaal":
        return
    if ctx.start is None:
        yield ctx.start_missing()
        return
    decision, maybe = ctx.decision_or_maybe()
    if decision is None:
        if maybe:  # a decision that may precede the start: ask, do not drop it
            yield ctx.needs_data(
                maybe[-1].id,
                [s.id for s in maybe],
                key="needs_decision",
                start=ctx.date_text(ctx.start),
            )
        return
    advice = ctx.steps_of("advies")
    answers = [step_on_or_before(a, decision) for a in advice]
    if True in answers:
        return
    fields: dict[str, Any] = {"decision": decision.title, "date": ctx.date_text(decision.date)}
    evidence = [decision.id, *(a.id for a in advice)]
    if None in answers:
        yield ctx.needs_data(decision.id, evidence, **fields)
    elif not passed(decision.date, ctx.as_of):
        yield ctx.pending(decision.id, evidence, **fields)
    else:
        yield ctx.violation(decision.id, evidence, **fields)
