"""A college decision on the subject of a motion, taken on the day of the vote or in the days
before it, pre-empts the council. A warning when the motion was adopted, else info.

Wrong: collegebesluit in the morning of 2022-12-13, motion voted that evening.
Right: the college waits for the vote (or decides more than `motie_venster_dagen` before it).
"""

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from besluitspoor.model import StepBase
from besluitspoor.rules.engine import Context, Finding, Param, Severity, Tri, step_on_or_before

ID = "collegebesluit-voor-motie"
SEVERITY = "warning"
GROUP = "procedure"
SOURCE = "reglement van orde; Gemeentewet art. 169 lid 1"
EXPLANATION_NL = """Een collegebesluit over het onderwerp van een motie, genomen op de dag van de
stemming of in de dagen ervoor, loopt vooruit op de raad. Een waarschuwing als de motie is
aangenomen, anders info.

Fout: collegebesluit in de ochtend van 2022-12-13, motie dezelfde avond in stemming gebracht.
Goed: het college wacht de stemming af (of besluit meer dan `motie_venster_dagen` ervoor).
"""
READS = (
    "steps.motie.status",
    "steps.motie.vote_date",
    "steps.collegebesluit",
)
MESSAGES = {
    "nl": {
        "violation": "het college besloot '{decision}' ({date}) vlak vóór de stemming over de "
        "motie '{motion}' ({vote})",
        "needs_data": "onduidelijk of het collegebesluit '{decision}' vlak vóór de stemming over "
        "de motie '{motion}' viel; preciezere data of tijden beslissen",
    },
    "en": {
        "violation": "the college decided '{decision}' ({date}) just before the vote on the "
        "motion '{motion}' ({vote})",
        "needs_data": "unclear whether the college decision '{decision}' came just before the "
        "vote on the motion '{motion}'; more precise dates or times settle it",
    },
}


PARAMS = {
    "motie_venster_dagen": Param(
        7,
        "days before a vote in which a college decision counts as just before it",
        nl="dagen vóór een stemming waarin een collegebesluit er vlak voor valt",
    )
}


def check(ctx: Context) -> Iterator[Finding]:
    window = timedelta(days=ctx.param("motie_venster_dagen"))
    for motion in ctx.steps_of("motie"):
        vote = _vote(motion)
        severity: Severity = (
            "warning" if getattr(motion, "status", None) == "aangenomen" else "info"
        )
        for decision in ctx.steps_of("collegebesluit"):
            answer = _just_before(decision, vote, window)
            if answer is False:
                continue
            fields: dict[str, Any] = {
                "decision": decision.title,
                "date": ctx.date_text(decision.date),
                "motion": motion.title,
                "vote": ctx.date_text(vote.date),
            }
            evidence = [decision.id, motion.id]
            if answer is None:
                yield ctx.needs_data(motion.id, evidence, **fields)
            else:
                yield ctx.violation(motion.id, evidence, severity=severity, **fields)


def _vote(motion: StepBase) -> StepBase:
    """The motion as a moment in time: its vote date when known, else its own date."""
    vote_date = getattr(motion, "vote_date", None)
    if vote_date is None or vote_date == motion.date:
        return motion
    return motion.model_copy(update={"date": vote_date, "time": None})


def _just_before(decision: StepBase, vote: StepBase, window: timedelta) -> Tri:
    not_after = step_on_or_before(decision, vote)
    if not_after is False:
        return False
    if decision.date.first >= vote.date.last - window:
        recent: Tri = True
    elif decision.date.last < vote.date.first - window:
        recent = False
    else:
        recent = None
    if recent is False:
        return False
    return True if recent and not_after else None
