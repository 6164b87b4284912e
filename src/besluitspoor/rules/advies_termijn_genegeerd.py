"""A decision taken before the advice it asked for was due, and before the advice came, ignores
the term the college itself set. Only for dossiers with `domain: sociaal`.

Wrong: advice asked with `deadline: 2023-03-01`, `about` a collegebesluit of 2023-02-15, advice
given 2023-02-25.
Right: the decision dated after the advice (or after its deadline).
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.fuzzydate import before
from besluitspoor.rules.engine import Context, Finding, step_before

ID = "advies-termijn-genegeerd"
SEVERITY = "warning"
GROUP = "advies"
SOURCE = "Awb art. 3:6"
EXPLANATION_NL = """Een besluit dat is genomen vóór het einde van de termijn voor het gevraagde
advies, en vóór het advies binnenkwam, negeert de termijn die het college zelf stelde. Alleen voor
dossiers met `domain: sociaal`.

Fout: advies gevraagd met `deadline: 2023-03-01`, `about` een collegebesluit van 2023-02-15,
advies gegeven op 2023-02-25.
Goed: het besluit gedateerd na het advies (of na het einde van de adviestermijn).
"""
READS = (
    "dossier.domain",
    "steps.advies.deadline",
    "steps.advies.about",
    "steps.advies.council",
)
MESSAGES = {
    "nl": {
        "violation": "het besluit '{decision}' ({date}) viel vóór de adviestermijn ({deadline}) "
        "en vóór het advies van {council}",
        "needs_data": "onduidelijk of het besluit '{decision}' vóór de adviestermijn en het "
        "advies viel; preciezere data beslissen",
    },
    "en": {
        "violation": "the decision '{decision}' ({date}) came before the advice deadline "
        "({deadline}) and before the advice of {council}",
        "needs_data": "unclear whether the decision '{decision}' came before the advice deadline "
        "and the advice; more precise dates settle it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dossier.dossier.domain != "sociaal":
        return
    for advice in ctx.steps_of("advies"):
        deadline = getattr(advice, "deadline", None)
        decision = ctx.step(getattr(advice, "about", None))
        if deadline is None or decision is None:
            continue
        early = before(decision.date, deadline), step_before(decision, advice)
        if False in early:
            continue
        fields: dict[str, Any] = {
            "decision": decision.title,
            "date": ctx.date_text(decision.date),
            "deadline": ctx.date_text(deadline),
            "council": getattr(advice, "council", ""),
        }
        evidence = [advice.id, decision.id]
        if None in early:
            yield ctx.needs_data(advice.id, evidence, **fields)
        else:
            yield ctx.violation(advice.id, evidence, **fields)
