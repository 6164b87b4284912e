"""Information to the council that a later letter or P&C document says was incomplete or
incorrect (`corrects`), and the council decisions taken on it in between.

Only where the record names both ends: the correcting step names what it corrects, and a
decision counts as taken on that information when it names it (its `proposal`, or in `refs`).

Wrong: raadsvoorstel 2023-02-01 with the costs, raadsbesluit 2023-02-20 on it (`proposal`), a RIB
of 2023-06-01 with `corrects: [the proposal]`: the council decided on figures later called wrong.
Right: nothing corrected, or a correction before the decision (the council knew). Information
corrected with no decision taken on it is an info finding: worth knowing, no wrong decision.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.fuzzydate import before
from besluitspoor.rules.engine import Context, Finding

ID = "besluit-op-onjuiste-informatie"
SEVERITY = "warning"
GROUP = "informatie"
SOURCE = "Gemeentewet art. 169 lid 2 (juiste en volledige informatie), 180 lid 2"
EXPLANATION_NL = """Informatie aan de raad waarvan een latere brief of een later P&C-document zegt
dat die onvolledig of onjuist was (`corrects`), en de raadsbesluiten die in de tussentijd op basis
daarvan zijn genomen.

Alleen waar de vastlegging beide kanten noemt: de corrigerende stap noemt wat hij corrigeert, en
een besluit geldt als genomen op die informatie als het die noemt (als `proposal`, of in `refs`).

Fout: raadsvoorstel 2023-02-01 met de kosten, raadsbesluit 2023-02-20 daarover (`proposal`), een
RIB van 2023-06-01 met `corrects: [the proposal]`: de raad besloot op cijfers die later onjuist
werden genoemd.
Goed: niets gecorrigeerd, of een correctie vóór het besluit (de raad wist het). Informatie die
is gecorrigeerd zonder dat er een besluit op is genomen, is een info-bevinding: goed om te
weten, geen onjuist besluit.
"""
READS = (
    "steps.raadsinformatiebrief.corrects",
    "steps.brief.corrects",
    "steps.pc-document.corrects",
    "steps.informatie.corrects",
    "steps.raadsbesluit.proposal",
)
MESSAGES = {
    "nl": {
        "violation": "de raad besloot op {decided} over '{title}' op informatie ('{info}', "
        "{given}) die volgens '{correction}' ({corrected}) onvolledig of onjuist was",
        "corrected": "de informatie '{info}' ({given}) aan de raad was volgens '{correction}' "
        "({corrected}) onvolledig of onjuist",
        "needs_data": "onduidelijk of de raad over '{title}' besloot vóór of na de correctie "
        "'{correction}' ({corrected}); preciezere data beslissen",
    },
    "en": {
        "violation": "the council decided on {decided} about '{title}' on information ('{info}', "
        "{given}) that '{correction}' ({corrected}) called incomplete or incorrect",
        "corrected": "the information '{info}' ({given}) to the council was, according to "
        "'{correction}' ({corrected}), incomplete or incorrect",
        "needs_data": "unclear whether the council decided about '{title}' before or after the "
        "correction '{correction}' ({corrected}); more precise dates settle it",
    },
}
_CORRECTING = ("raadsinformatiebrief", "informatie", "brief", "pc-document")


def check(ctx: Context) -> Iterator[Finding]:
    decisions = ctx.steps_of("raadsbesluit")
    for correction in (s for kind in _CORRECTING for s in ctx.steps_of(kind)):
        for info_id in getattr(correction, "corrects", []):
            info = ctx.step(info_id)
            if info is None:
                continue
            fields: dict[str, Any] = {
                "info": info.title,
                "given": ctx.date_text(info.date),
                "correction": correction.title,
                "corrected": ctx.date_text(correction.date),
            }
            taken_on = [d for d in decisions if info.id in (d.proposal, *d.refs)]  # type: ignore[attr-defined]
            told = bool(taken_on)  # decided on after the correction: the council knew
            for decision in taken_on:
                evidence = [decision.id, info.id, correction.id]
                known = before(correction.date, decision.date)
                if known is True:
                    continue  # the council knew of the correction when it decided
                if known is None:
                    yield ctx.needs_data(decision.id, evidence, title=decision.title, **fields)
                else:
                    yield ctx.violation(
                        decision.id,
                        evidence,
                        title=decision.title,
                        decided=ctx.date_text(decision.date),
                        **fields,
                    )
            if not told:  # wrong information, no decision on it recorded: worth knowing
                yield ctx.violation(
                    info.id, [info.id, correction.id], key="corrected", severity="info", **fields
                )
