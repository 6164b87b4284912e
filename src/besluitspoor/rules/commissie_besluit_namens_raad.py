"""A committee prepares the council's decisions; it cannot decide, or give a zienswijze, in the
council's place.

Wrong: a commissievergadering with `decides: true`.
Right: the committee advises (`nature: oordeelsvormend`) and the council decides.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding

ID = "commissie-besluit-namens-raad"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Gemeentewet art. 82 lid 1; Wgr art. 35 lid 3"
EXPLANATION_NL = """Een commissie bereidt de besluiten van de raad voor; zij kan niet in de plaats
van de raad besluiten of een zienswijze geven.

Fout: een commissievergadering met `decides: true`.
Goed: de commissie adviseert (`nature: oordeelsvormend`) en de raad besluit.
"""
READS = (
    "steps.commissievergadering.decides",
    "steps.commissievergadering.committee",
)
MESSAGES = {
    "nl": {
        "violation": "de commissie {committee} nam op {date} een besluit of gaf een zienswijze "
        "namens de raad; dat kan alleen de raad zelf",
    },
    "en": {
        "violation": "the committee {committee} took a decision or gave an opinion on the "
        "council's behalf on {date}; only the council itself can",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for step in ctx.steps_of("commissievergadering", decides=True):
        committee = getattr(step, "committee", "")
        yield ctx.violation(step.id, [step.id], committee=committee, date=ctx.date_text(step.date))
