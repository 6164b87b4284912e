"""A change only ever presented in committee never reached the council's own judgement: no
proposal, no decision.

Wrong: committee sessions all of nature presentatie/informerend/beeldvormend, and no
raadsvoorstel or raadsbesluit.
Right: an oordeelsvormende session on a raadsvoorstel, or a raadsbesluit.
"""

from collections.abc import Iterator

from besluitspoor import vocab
from besluitspoor.rules.engine import Context, Finding

ID = "alleen-presentatie"
SEVERITY = "info"
GROUP = "procedure"
SOURCE = "Gemeentewet art. 82"
EXPLANATION_NL = """Een wijziging die alleen ooit in de commissie is gepresenteerd, heeft nooit het
eigen oordeel van de raad bereikt: geen voorstel, geen besluit.

Fout: commissievergaderingen die allemaal van de aard presentatie/informerend/beeldvormend zijn,
en geen raadsvoorstel of raadsbesluit.
Goed: een oordeelsvormende vergadering over een raadsvoorstel, of een raadsbesluit.
"""
READS = (
    "steps.commissievergadering.nature",
    "steps.raadsvoorstel",
    "steps.raadsbesluit",
)
MESSAGES = {
    "nl": {
        "violation": "de wijziging is in de commissie alleen gepresenteerd of besproken "
        "({count}x), zonder raadsvoorstel of raadsbesluit",
        "needs_data": "van commissievergadering(en) {ids} is de aard (nature) niet vastgelegd; "
        "die beslist of de raad er een oordeel over vormde",
    },
    "en": {
        "violation": "the change was only presented or discussed in committee ({count}x), "
        "without a proposal to or decision of the council",
        "needs_data": "the nature of committee session(s) {ids} is not recorded; it settles "
        "whether the council formed a judgement",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    sessions = ctx.steps_of("commissievergadering")
    if not sessions or ctx.steps_of("raadsvoorstel") or ctx.steps_of("raadsbesluit"):
        return
    natures = [getattr(s, "nature", None) for s in sessions]
    if any(n is not None and n not in vocab.PRESENTATIONAL_NATURES for n in natures):
        return
    ids = [s.id for s in sessions]
    unknown = [s.id for s, n in zip(sessions, natures, strict=True) if n is None]
    if unknown:
        yield ctx.needs_data(evidence=unknown, ids=", ".join(unknown))
    else:
        yield ctx.violation(evidence=ids, count=len(ids))
