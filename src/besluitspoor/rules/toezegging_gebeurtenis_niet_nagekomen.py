"""A promise that waits for an event instead of a date ("wij informeren de raad zodra de
planning wijzigt", `trigger`) falls due when the event happens (`triggered_by`, the step that
marks it): the council must then be informed within a reasonable term (the parameter
`gebeurtenis_termijn_dagen`, 30 days unless the profile says otherwise).

Wrong: `trigger: zodra de planning wijzigt`, `triggered_by: cb-2022-03-01` (the college moves the
date), no step `fulfilled_by` by April 2022.
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
SOURCE = "reglement van orde (toezeggingenregistratie); Gemeentewet art. 169 lid 2"
EXPLANATION_NL = """Een toezegging die wacht op een gebeurtenis in plaats van een datum ("wij
informeren de raad zodra de planning wijzigt", `trigger`), moet worden nagekomen zodra de
gebeurtenis plaatsvindt (`triggered_by`, de stap die haar markeert): de raad moet dan binnen een
redelijke termijn worden geïnformeerd (de parameter `gebeurtenis_termijn_dagen`, 30 dagen tenzij het
profiel iets anders zegt).

Fout: `trigger: zodra de planning wijzigt`, `triggered_by: cb-2022-03-01` (het college
verschuift de datum), in april 2022 nog geen stap `fulfilled_by`.
Goed: `status: nagekomen, fulfilled_by: rib-2022-03-10`.
"""
READS = (
    "promises.trigger",
    "promises.triggered_by",
    "promises.fulfilled_by",
    "promises.status",
)
PARAMS = {
    "gebeurtenis_termijn_dagen": Param(
        30, "days after the event within which a promise that waits for it is kept"
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
    },
    "en": {
        "violation": "promise '{text}' ({trigger}) has not been kept, although that happened on "
        "{event} ('{step}'); term until {due}",
        "late": "promise '{text}' ({trigger}) was kept late: on {done}, the event was on {event}",
        "pending": "promise '{text}' ({trigger}) must be kept by {due}: it happened on {event}",
        "needs_data": "unclear whether promise '{text}' was kept within the term after the "
        "event ({event}); more precise dates settle it",
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
        yield from ctx.against_deadline(promise.id, evidence, done, due, **fields)
