"""A change outside the council's policy plan needs a new plan or framework from the council.

Wrong: `facts.within_plan: no`, and no raadsbesluit `plan` or `kaderstellend` before the start.
Right: an aangenomen raadsbesluit `plan` (or `kaderstellend`) on or before the start.
"""

from collections.abc import Iterator

from besluitspoor.rules._common import with_no_start
from besluitspoor.rules.engine import Context, Finding

ID = "buiten-beleidsplan"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Wmo 2015 art. 2.1.2; Jeugdwet art. 2.2"
EXPLANATION_NL = """Een wijziging buiten het beleidsplan van de raad vraagt een nieuw plan of kader
van de raad.

Fout: `facts.within_plan: no`, en geen raadsbesluit `plan` of `kaderstellend` vóór de start.
Goed: een aangenomen raadsbesluit `plan` (of `kaderstellend`) op of vóór de start.
"""
READS = (
    "dossier.facts.within_plan",
    "dossier.start",
    "steps.raadsbesluit.decision",
    "profile.required_steps",
)
MESSAGES = with_no_start(
    {
        "nl": {
            "violation": "de wijziging valt buiten het beleidsplan van de raad, maar er is geen "
            "aangenomen raadsbesluit (plan of kaderstellend) vastgelegd op of vóór {start}",
            "pending": "de wijziging valt buiten het beleidsplan: de raad moet vóór {start} een plan "
            "of kader vaststellen",
            "needs_data": "onbekend of de wijziging binnen het beleidsplan van de raad valt "
            "(facts.within_plan)",
            "needs_order": "een raadsbesluit over plan of kader ligt mogelijk na de ingangsdatum; "
            "een preciezere datum beslist",
        },
        "en": {
            "violation": "the change lies outside the council's policy plan, but no adopted council "
            "decision (plan or framework) is recorded on or before {start}",
            "pending": "the change lies outside the policy plan: the council must adopt a plan or "
            "framework before {start}",
            "needs_data": "unknown whether the change stays within the council's policy plan "
            "(facts.within_plan)",
            "needs_order": "a council decision on a plan or framework may lie after the start; "
            "a more precise date settles it",
        },
    }
)


def check(ctx: Context) -> Iterator[Finding]:
    fact = ctx.dossier.dossier.facts.within_plan
    if fact == "yes":
        return
    if fact == "unknown":
        yield ctx.needs_data()
        return
    if ctx.start is None:
        yield ctx.start_missing()
        return
    decisions = [
        s
        for s in ctx.steps_of("raadsbesluit", outcome="aangenomen")
        if getattr(s, "decision", None) in ("plan", "kaderstellend")
    ]
    finding = ctx.required_by_start(decisions, start=ctx.date_text(ctx.start))
    if finding is not None:
        yield finding
