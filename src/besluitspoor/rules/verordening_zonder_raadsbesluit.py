"""A change that alters what a verordening regulates needs a council decision before it starts.

Wrong: `facts.touches_verordening: yes`, start 2023-01-01, no raadsbesluit `verordening`.
Right: an aangenomen raadsbesluit with `decision: verordening` dated on or before the start.
"""

from collections.abc import Iterator

from besluitspoor.rules._common import with_no_start
from besluitspoor.rules.engine import Context, Finding

ID = "verordening-zonder-raadsbesluit"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Gemeentewet art. 147, 149; Wmo 2015 art. 2.1.3; Jeugdwet art. 2.9"
EXPLANATION_NL = """Een wijziging die verandert wat een verordening regelt, vraagt een raadsbesluit
voordat zij ingaat.

Fout: `facts.touches_verordening: yes`, start 2023-01-01, geen raadsbesluit `verordening`.
Goed: een aangenomen raadsbesluit met `decision: verordening`, gedateerd op of vóór de start.
"""
READS = (
    "dossier.facts.touches_verordening",
    "dossier.start",
    "steps.raadsbesluit.decision",
    "profile.required_steps",
)
MESSAGES = with_no_start(
    {
        "nl": {
            "violation": "de wijziging raakt een verordening, maar er is geen aangenomen raadsbesluit "
            "over de verordening vastgelegd op of vóór de ingangsdatum ({start})",
            "pending": "de wijziging raakt een verordening: de raad moet de verordening vóór "
            "{start} vaststellen",
            "needs_data": "onbekend of de wijziging een verordening raakt "
            "(facts.touches_verordening); vastleggen beslist of de raad moet besluiten",
            "needs_order": "een raadsbesluit over de verordening ligt mogelijk na de ingangsdatum; "
            "een preciezere datum beslist",
        },
        "en": {
            "violation": "the change alters a by-law (verordening), but no adopted council decision "
            "on it is recorded on or before the start ({start})",
            "pending": "the change alters a by-law: the council must adopt it before {start}",
            "needs_data": "unknown whether the change alters a by-law "
            "(facts.touches_verordening); recording it settles whether the council must decide",
            "needs_order": "a council decision on the by-law may lie after the start; "
            "a more precise date settles it",
        },
    }
)


def check(ctx: Context) -> Iterator[Finding]:
    fact = ctx.dossier.dossier.facts.touches_verordening
    if fact == "no":
        return
    if fact == "unknown":
        yield ctx.needs_data()
        return
    if ctx.start is None:
        yield ctx.start_missing()
        return
    decisions = ctx.steps_of("raadsbesluit", decision="verordening", outcome="aangenomen")
    finding = ctx.required_by_start(decisions, start=ctx.date_text(ctx.start))
    if finding is not None:
        yield finding
