"""The council decides what money is spent on what (budgetrecht): the college may spend only up
to the amounts the council made available (`budget` on a raadsbesluit), and only for their
purpose. Spending beyond it (`spends` on collegebesluiten, added up in date order), or money
redirected to another purpose (`redirects`), needs a begrotingswijziging by the council first.
Spending the council learns of only from a P&C document or a raadsinformatiebrief (`spends` or
`redirects` on those) counts the same, on the date of that document.

Wrong: raadsbesluit `budget: 500000`; collegebesluiten `spends: 400000` and `spends: 250000`,
no begrotingswijziging before the second.
Right: a raadsbesluit `decision: begrotingswijziging` raising the `budget` dated before the
decision that goes beyond it.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.rules.engine import Context, Finding, step_before

ID = "budget-zonder-begrotingswijziging"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Gemeentewet art. 189 lid 3 (budgetrecht), 192"
EXPLANATION_NL = """De raad beslist welk geld waaraan wordt besteed (budgetrecht): het college mag
alleen uitgeven tot de bedragen die de raad beschikbaar stelde (`budget` bij een raadsbesluit), en
alleen voor het doel ervan. Uitgaven daarboven (`spends` bij collegebesluiten, opgeteld in
datumvolgorde), of geld dat naar een ander doel wordt verschoven (`redirects`), vragen eerst een
begrotingswijziging van de raad. Uitgaven waarvan de raad pas hoort in een P&C-document of een
raadsinformatiebrief (`spends` of `redirects` daarbij) tellen net zo, op de datum van dat stuk.

Fout: raadsbesluit `budget: 500000`; collegebesluiten `spends: 400000` en `spends: 250000`,
geen begrotingswijziging vóór het tweede.
Goed: een raadsbesluit `decision: begrotingswijziging` dat het `budget` verhoogt, gedateerd vóór
het besluit dat erboven uitkomt.
"""
READS = (
    "steps.raadsbesluit.budget",
    "steps.raadsbesluit.decision",
    "steps.collegebesluit.spends",
    "steps.collegebesluit.redirects",
    "steps.pc-document.spends",
    "steps.pc-document.redirects",
    "steps.raadsinformatiebrief.spends",
    "steps.raadsinformatiebrief.redirects",
)
# Where spending shows: the college's decision, or what the council is told afterwards.
SPENDING = ("collegebesluit", "pc-document", "raadsinformatiebrief")
_WHAT = {
    "nl": {
        "collegebesluit": "collegebesluit",
        "pc-document": "P&C-document",
        "raadsinformatiebrief": "raadsinformatiebrief",
    },
    "en": {
        "collegebesluit": "college decision",
        "pc-document": "P&C document",
        "raadsinformatiebrief": "council information letter",
    },
}
MESSAGES = {
    "nl": {
        "violation": "{what} '{title}' ({date}) brengt de uitgaven op {spent}, boven de "
        "{budget} die de raad beschikbaar stelde, zonder begrotingswijziging vooraf",
        "redirect": "{what} '{title}' ({date}) besteedt geld van de raad aan een ander "
        "doel zonder begrotingswijziging vooraf",
        "needs_data": "{what} '{title}' besteedt geld voor de wijziging, maar het budget "
        "dat de raad beschikbaar stelde is niet vastgelegd (budget op een raadsbesluit)",
        "needs_order": "onduidelijk of de begrotingswijziging vóór {what} '{title}' lag; "
        "preciezere data beslissen",
    },
    "en": {
        "violation": "{what} '{title}' ({date}) brings spending to {spent}, above the "
        "{budget} the council made available, without a budget amendment first",
        "redirect": "{what} '{title}' ({date}) spends council money on another "
        "purpose without a budget amendment first",
        "needs_data": "{what} '{title}' spends money on the change, but the budget the "
        "council made available is not recorded (budget on a council decision)",
        "needs_order": "unclear whether the budget amendment came before {what} "
        "'{title}'; more precise dates settle it",
    },
}


def _euros(amount: float) -> str:
    from besluitspoor.i18n import euros

    return euros(amount)


def check(ctx: Context) -> Iterator[Finding]:
    grants = [
        s for s in ctx.steps_of("raadsbesluit", outcome="aangenomen") if getattr(s, "budget", None)
    ]
    amendments = ctx.steps_of("raadsbesluit", decision="begrotingswijziging", outcome="aangenomen")
    spent = 0.0
    for step in ctx.steps_of_any(SPENDING):
        spends = getattr(step, "spends", None)
        redirects = getattr(step, "redirects", False)
        if not spends and not redirects:
            continue
        fields: dict[str, Any] = {
            "what": _WHAT[ctx.lang if ctx.lang in _WHAT else "nl"][step.kind],
            "title": step.title,
            "date": ctx.date_text(step.date),
        }
        if redirects:
            answers = [step_before(a, step) for a in amendments]
            if True not in answers:
                key = "needs_order" if None in answers else "redirect"
                evidence = [step.id, *(a.id for a in amendments)]
                if key == "needs_order":
                    yield ctx.needs_data(step.id, evidence, key=key, **fields)
                else:
                    yield ctx.violation(step.id, evidence, key=key, **fields)
        if not spends:
            continue
        spent += float(spends)
        if not grants:
            yield ctx.needs_data(step.id, [step.id], **fields)
            continue
        sure = [g for g in grants if step_before(g, step)]
        maybe = [g for g in grants if step_before(g, step) is None]
        budget = sum(float(getattr(g, "budget", 0) or 0) for g in sure)
        if spent <= budget:
            continue
        evidence = [step.id, *(g.id for g in sure + maybe)]
        if maybe and spent <= budget + sum(float(getattr(g, "budget", 0) or 0) for g in maybe):
            yield ctx.needs_data(step.id, evidence, key="needs_order", **fields)
            continue
        yield ctx.violation(step.id, evidence, spent=_euros(spent), budget=_euros(budget), **fields)
