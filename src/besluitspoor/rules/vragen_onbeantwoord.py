"""Written questions of council members must be answered within the term of the rules of
procedure (`vragen_termijn_dagen`, default 30 days).

Wrong: `vragen` on 2023-01-10 without `answered_by`, checked on 2023-03-01; or answered after
the term.
Right: `answered_by` a step dated within 30 days.
"""

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.rules.engine import Context, Finding, Param

ID = "vragen-onbeantwoord"
SEVERITY = "warning"
GROUP = "informatie"
ACTS = "college"  # who must act on what falls due (the agenda's lane)
SOURCE = "Gemeentewet art. 155, 169 lid 3; reglement van orde"
EXPLANATION_NL = """Schriftelijke vragen van raadsleden moeten worden beantwoord binnen de termijn
van het reglement van orde (`vragen_termijn_dagen`, standaard 30 dagen).

Fout: `vragen` op 2023-01-10 zonder `answered_by`, gecontroleerd op 2023-03-01; of beantwoord
na de termijn.
Goed: `answered_by` een stap gedateerd binnen 30 dagen.
"""
READS = ("steps.vragen.answered_by",)
MESSAGES = {
    "nl": {
        "violation": "schriftelijke vragen '{title}' ({date}) zijn niet binnen {days} dagen "
        "beantwoord",
        "late": "schriftelijke vragen '{title}' ({date}) zijn pas op {answered} beantwoord, na "
        "{days} dagen",
        "pending": "schriftelijke vragen '{title}' moeten uiterlijk {deadline} beantwoord zijn",
        "needs_data": "onduidelijk of de vragen '{title}' binnen {days} dagen zijn beantwoord; "
        "preciezere data beslissen",
    },
    "en": {
        "violation": "written questions '{title}' ({date}) were not answered within {days} days",
        "late": "written questions '{title}' ({date}) were answered only on {answered}, after "
        "{days} days",
        "pending": "written questions '{title}' must be answered by {deadline}",
        "needs_data": "unclear whether the questions '{title}' were answered within {days} days; "
        "more precise dates settle it",
    },
}


PARAMS = {
    "vragen_termijn_dagen": Param(
        30,
        "days within which written questions are answered",
        nl="dagen waarbinnen schriftelijke vragen worden beantwoord",
    )
}


def check(ctx: Context) -> Iterator[Finding]:
    days = ctx.param("vragen_termijn_dagen")
    term = timedelta(days=days)
    for step in ctx.steps_of("vragen"):
        earliest, latest = step.date.first + term, step.date.last + term
        fields: dict[str, Any] = {
            "title": step.title,
            "date": ctx.date_text(step.date),
            "days": days,
        }
        answer = ctx.step(getattr(step, "answered_by", None))
        if answer is not None:
            if answer.date.last <= earliest:
                continue
            if answer.date.first > latest:
                yield ctx.violation(
                    step.id,
                    [step.id, answer.id],
                    key="late",
                    answered=ctx.date_text(answer.date),
                    **fields,
                )
            else:
                yield ctx.needs_data(step.id, [step.id, answer.id], **fields)
        elif latest < ctx.as_of:
            yield ctx.violation(step.id, [step.id], falls_due=latest, **fields)
        elif earliest >= ctx.as_of:
            deadline = ctx.date_text(FuzzyDate.of(earliest))
            yield ctx.pending(step.id, [step.id], deadline=deadline, falls_due=earliest, **fields)
        else:
            yield ctx.needs_data(step.id, [step.id], **fields)
