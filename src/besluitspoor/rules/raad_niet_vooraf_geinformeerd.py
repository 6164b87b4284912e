"""The college must tell the council before a change takes effect (active duty to inform).

Wrong: collegebesluit 2022-12-13, start 2023-01-01, the RIB reporting it dated 2023-01-18.
Right: a raadsinformatiebrief with `reports: [the decision]` dated before the start, or an
aangenomen raadsbesluit on or before the start. A raadsbesluit that `blocks` the change (the
council decided to stop or postpone it) is no such sign: the college went ahead against it.
"""

from collections.abc import Iterator

from besluitspoor import vocab
from besluitspoor.fuzzydate import before
from besluitspoor.rules._common import with_no_start
from besluitspoor.rules.engine import Context, Finding, passed

ID = "raad-niet-vooraf-geinformeerd"
SEVERITY = "warning"
GROUP = "informatie"
SOURCE = "Gemeentewet art. 169 lid 2"
EXPLANATION_NL = """Het college moet de raad informeren voordat een wijziging ingaat (actieve
informatieplicht).

Fout: collegebesluit 2022-12-13, start 2023-01-01, de RIB die het meldt gedateerd 2023-01-18.
Goed: een raadsinformatiebrief met `reports: [the decision]` gedateerd vóór de start, of een
aangenomen raadsbesluit op of vóór de start. Een raadsbesluit dat de wijziging tegenhoudt
(`blocks`: de raad besloot haar te stoppen of uit te stellen) is zo'n teken niet: het college ging
ertegenin door.
"""
READS = (
    "dossier.start",
    "steps.raadsbesluit",
    "steps.raadsbesluit.blocks",
    "steps.collegebesluit",
    "steps.raadsinformatiebrief.reports",
    "steps.informatie.reports",
    "steps.raadsvoorstel",
)
MESSAGES = with_no_start(
    {
        "nl": {
            "violation": "de raad is niet vóór de ingangsdatum ({start}) met een "
            "raadsinformatiebrief over het besluit '{decision}' geïnformeerd{late}",
            "violation_none": "de raad is niet vóór de ingangsdatum ({start}) geïnformeerd: geen "
            "raadsinformatiebrief of raadsvoorstel vastgelegd",
            "violation_late": "de raad is niet vóór de ingangsdatum ({start}) geïnformeerd: de "
            "eerste raadsinformatiebrief of het eerste raadsvoorstel is van {date}",
            "late": "; de brief daarover is van {date}",
            "pending": "de raad moet vóór {start} met een raadsinformatiebrief over '{decision}' "
            "worden geïnformeerd",
            "pending_none": "de raad moet vóór {start} worden geïnformeerd, met een "
            "raadsinformatiebrief of een raadsvoorstel",
            "needs_data": "onduidelijk of de raad vóór {start} is geïnformeerd; een preciezere datum "
            "van de brief beslist",
        },
        "en": {
            "violation": "the council was not informed by letter (RIB) about the decision "
            "'{decision}' before the start ({start}){late}",
            "violation_none": "the council was not informed before the start ({start}): no letter "
            "or proposal to the council recorded",
            "violation_late": "the council was not informed before the start ({start}): the "
            "first letter or proposal to the council is dated {date}",
            "late": "; the letter about it is dated {date}",
            "pending": "the council must be informed by letter about '{decision}' before {start}",
            "pending_none": "the council must be informed before {start}, by a letter (RIB) or a "
            "proposal",
            "needs_data": "unclear whether the council was informed before {start}; a more precise "
            "date of the letter settles it",
        },
    }
)


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.start is None:
        yield ctx.start_missing()
        return
    start = ctx.date_text(ctx.start)
    consents = [
        s
        for s in ctx.steps_of("raadsbesluit", outcome="aangenomen")
        if not getattr(s, "blocks", False)
    ]
    sure, council_maybe = ctx.before_start(consents)
    if sure:
        return  # the council decided itself
    decision, maybe = ctx.decision_or_maybe()
    letters = ctx.steps_of_any(vocab.INFORMS_COUNCIL)
    if decision is not None:
        candidates = [s for s in letters if decision.id in getattr(s, "reports", [])]
    else:
        candidates = letters + ctx.steps_of("raadsvoorstel")
    answers = [before(s.date, ctx.start) for s in candidates]
    if True in answers:
        return
    evidence = ([decision.id] if decision else []) + [s.id for s in candidates]
    if council_maybe or (decision is None and maybe):
        # the council may have decided itself, or the decision may precede the start
        ids = [s.id for s in council_maybe or maybe]
        yield ctx.needs_data(evidence=[*ids, *evidence], start=start)
        return
    if None in answers:
        yield ctx.needs_data(evidence=evidence, start=start)
        return
    title = decision.title if decision else ""
    if not passed(ctx.start, ctx.as_of):
        key = "pending" if decision is not None else "pending_none"  # nothing to name in quotes
        yield ctx.pending(evidence=evidence, key=key, start=start, decision=title)
    elif decision is None and candidates:
        first = min(candidates, key=lambda s: s.date.first)
        yield ctx.violation(
            evidence=evidence, key="violation_late", start=start, date=ctx.date_text(first.date)
        )
    elif decision is None:
        yield ctx.violation(evidence=evidence, key="violation_none", start=start)
    else:
        late = ctx.text("late", date=ctx.date_text(candidates[0].date)) if candidates else ""
        yield ctx.violation(evidence=evidence, start=start, decision=title, late=late)
