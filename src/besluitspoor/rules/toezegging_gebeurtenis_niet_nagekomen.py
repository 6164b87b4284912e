"""A promise that waits for an event instead of a date ("wij informeren de raad zodra de
planning wijzigt", `trigger`) falls due when the event happens (`triggered_by`, the step that
marks it): the council must then be informed within a reasonable term (the parameter
`gebeurtenis_termijn_dagen`, 30 days unless the profile says otherwise).

Wrong: `trigger: zodra de planning wijzigt`, `triggered_by: cb-2022-03-01` (the college moves the
date), no step `fulfilled_by` by April 2022; or `fulfilled_by` a `pc-document` (the jaarrekening
that mentions it): a promise to inform the council when something happens is kept by telling it,
not by a line in the planning-and-control cycle it could have found (the active duty to inform).
Right: `status: nagekomen, fulfilled_by: rib-2022-03-10`.
"""

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.rules.engine import Context, Finding, Param

ID = "toezegging-gebeurtenis-niet-nagekomen"
SEVERITY = "warning"
GROUP = "informatie"
ACTS = "college"  # who must act on what falls due (the agenda's lane)
SOURCE = "reglement van orde (toezeggingenregistratie); Gemeentewet art. 169 lid 2"
EXPLANATION_NL = """Een toezegging die wacht op een gebeurtenis in plaats van een datum ("wij
informeren de raad zodra de planning wijzigt", `trigger`), moet worden nagekomen zodra de
gebeurtenis plaatsvindt (`triggered_by`, de stap die haar markeert): de raad moet dan binnen een
redelijke termijn worden geïnformeerd (de parameter `gebeurtenis_termijn_dagen`, 30 dagen tenzij het
profiel iets anders zegt).

Fout: `trigger: zodra de planning wijzigt`, `triggered_by: cb-2022-03-01` (het college
verschuift de datum), in april 2022 nog geen stap `fulfilled_by`; of `fulfilled_by` een
`pc-document` (de jaarrekening die het noemt): een toezegging de raad te informeren zodra iets
gebeurt, komt het college na door het de raad te vertellen, niet met een regel in de
planning-en-controlcyclus die de raad had kunnen vinden (de actieve informatieplicht).
Goed: `status: nagekomen, fulfilled_by: rib-2022-03-10`.
"""
READS = (
    "promises.trigger",
    "promises.triggered_by",
    "promises.fulfilled_by",
    "promises.status",
    "steps.pc-document.document",
)
PARAMS = {
    "gebeurtenis_termijn_dagen": Param(
        30,
        "days after the event within which a promise that waits for it is kept",
        nl="dagen na de gebeurtenis waarbinnen een toezegging die erop wacht wordt nagekomen",
    )
}
MESSAGES = {
    "nl": {
        "violation": "toezegging '{text}' ({trigger}) is niet nagekomen, terwijl dat gebeurde "
        "op {event} ('{step}'); termijn tot {due}",
        "late": "toezegging '{text}' ({trigger}) is te laat nagekomen: op {done}, de gebeurtenis "
        "was op {event}",
        "pending": "toezegging '{text}' ({trigger}) moet uiterlijk {due} worden nagekomen: het "
        "gebeurde op {event}",
        "needs_data": "onduidelijk of toezegging '{text}' binnen de termijn na de gebeurtenis "
        "({event}) is nagekomen; preciezere data beslissen",
        "via_pc": "toezegging '{text}' ({trigger}) is niet actief nagekomen: de raad kon het pas "
        "lezen in de {document} van {done}, het gebeurde op {event}",
    },
    "en": {
        "violation": "promise '{text}' ({trigger}) has not been kept, although that happened on "
        "{event} ('{step}'); term until {due}",
        "late": "promise '{text}' ({trigger}) was kept late: on {done}, the event was on {event}",
        "pending": "promise '{text}' ({trigger}) must be kept by {due}: it happened on {event}",
        "needs_data": "unclear whether promise '{text}' was kept within the term after the "
        "event ({event}); more precise dates settle it",
        "via_pc": "promise '{text}' ({trigger}) was not kept actively: the council could first "
        "read it in the {document} of {done}, it happened on {event}",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    term = timedelta(days=ctx.param("gebeurtenis_termijn_dagen"))
    for promise in ctx.dossier.promises:
        if not promise.trigger or promise.status == "vervallen":
            continue
        event = ctx.step(promise.triggered_by)
        if event is None:
            continue  # the event has not (yet) happened, as far as the record shows
        due = FuzzyDate.of(event.date.last + term)
        fields: dict[str, Any] = {
            "text": promise.text,
            "trigger": promise.trigger,
            "event": ctx.date_text(event.date),
            "step": event.title,
            "due": ctx.date_text(due),
        }
        evidence = [i for i in (promise.made_in, event.id, promise.fulfilled_by) if i]
        done = ctx.step(promise.fulfilled_by) if promise.status == "nagekomen" else None
        if done is not None and done.kind == "pc-document":
            document = getattr(done, "document", None) or "pc-document"
            done_text = ctx.date_text(done.date)
            yield ctx.violation(
                promise.id, evidence, key="via_pc", document=document, done=done_text, **fields
            )
            continue
        yield from ctx.against_deadline(promise.id, evidence, done, due, **fields)
