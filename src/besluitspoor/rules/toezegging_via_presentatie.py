"""A promise to inform the council is weakly kept by only a presentation in a committee: nothing
in writing, nothing the council decided on.

Wrong: `fulfilled_by` a commissievergadering with `nature: presentatie`.
Right: kept by a raadsinformatiebrief, a raadsvoorstel or an oordeelsvormende session.
"""

from collections.abc import Iterator

from besluitspoor import vocab
from besluitspoor.rules.engine import Context, Finding

ID = "toezegging-via-presentatie"
SEVERITY = "info"
GROUP = "informatie"
ACTS = "college"  # who must act on what falls due (the agenda's lane)
SOURCE = "praktijk informatieprotocol (actieve informatieplicht)"
EXPLANATION_NL = """Een toezegging om de raad te informeren is zwak nagekomen met alleen een
presentatie in een commissie: niets op schrift, niets waarover de raad besloot.

Fout: `fulfilled_by` een commissievergadering met `nature: presentatie`.
Goed: nagekomen met een raadsinformatiebrief, een raadsvoorstel of een oordeelsvormende
vergadering.
"""
READS = (
    "promises.fulfilled_by",
    "steps.commissievergadering.nature",
)
MESSAGES = {
    "nl": {
        "violation": "toezegging '{text}' is alleen nagekomen met een {nature} in de commissie "
        "{committee} ({date})",
    },
    "en": {
        "violation": "promise '{text}' was kept only by a {nature} session in the committee "
        "{committee} ({date})",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for promise in ctx.dossier.promises:
        if promise.status != "nagekomen":
            continue
        step = ctx.step(promise.fulfilled_by)
        if step is None or step.kind != "commissievergadering":
            continue
        nature = getattr(step, "nature", None)
        if nature in vocab.PRESENTATIONAL_NATURES:
            yield ctx.violation(
                promise.id,
                [promise.id, step.id],
                text=promise.text,
                nature=nature,
                committee=getattr(step, "committee", ""),
                date=ctx.date_text(step.date),
            )
