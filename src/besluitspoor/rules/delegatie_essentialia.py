"""Some choices a law reserves to the council's own verordening: the verordening must settle
them itself, and may not leave them to the college (the essentials cannot be delegated). A
verordening that does (`delegates` names the topic) gives the college no basis for the decisions
it takes on it. Only topics with a sourced reservation count (vocab.RESERVED_TO_VERORDENING,
and what a profile adds under `reserved_topics:` with its source);
leaving other things to the college is its own business. A topic the catalogue does not know
is a question (needs-data): whether the law reserves it cannot be told from its name. So is a
verordening made before the law a reservation rests on was enacted (vocab.RESERVED_SINCE): the
law of its own day decides, and the catalogue does not hold it.

Wrong: raadsbesluit `decision: verordening` with `delegates: [hoogte-pgb]` — the level of a
persoonsgebonden budget left to the college (Wmo 2015 art. 2.1.3 lid 2 onder b).
Right: the verordening sets the criteria for the level of the budget itself.
"""

from collections.abc import Iterator

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate, before
from besluitspoor.rules.engine import Context, Finding

ID = "delegatie-essentialia"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Gemeentewet art. 156 lid 1; Wmo 2015 art. 2.1.3 lid 2, 2.1.4 lid 1; Jeugdwet art. 2.9; Participatiewet art. 8; Rb. Rotterdam 20 april 2017, ECLI:NL:RBROT:2017:2935"
EXPLANATION_NL = """Sommige keuzes behoudt een wet voor aan de eigen verordening van de raad: de
verordening moet ze zelf regelen en mag ze niet aan het college overlaten (de essentialia kunnen
niet worden gedelegeerd). Een verordening die dat wel doet (`delegates` noemt het onderwerp) geeft
het college geen grondslag voor de besluiten die het daarop neemt. Alleen onderwerpen met een
voorbehoud met bronvermelding tellen mee (vocab.RESERVED_TO_VERORDENING, en wat een profiel
onder `reserved_topics:` met bron toevoegt); andere zaken aan het
college overlaten is de eigen zaak van de raad. Een onderwerp dat de catalogus niet kent, is een
vraag (needs-data): of de wet het voorbehoudt, valt niet uit de naam af te leiden. Dat geldt ook
voor een verordening die is vastgesteld vóór de wet waarop het voorbehoud rust
(vocab.RESERVED_SINCE): dan beslist de wet van die tijd, en die kent de catalogus niet.

Fout: raadsbesluit `decision: verordening` met `delegates: [hoogte-pgb]` — de hoogte van een
persoonsgebonden budget overgelaten aan het college (Wmo 2015 art. 2.1.3 lid 2 onder b).
Goed: de verordening stelt de criteria voor de hoogte van het budget zelf vast.
"""
READS = (
    "steps.raadsbesluit.decision",
    "steps.raadsbesluit.delegates",
)
MESSAGES = {
    "nl": {
        "violation": "de verordening '{title}' ({date}) laat '{topic}' aan het college over, "
        "terwijl de wet dat aan de raad voorbehoudt ({reserved})",
        "needs_data": "de verordening '{title}' ({date}) laat '{topic}' aan het college over; "
        "onbekend of de wet dat aan de raad voorbehoudt (bekende onderwerpen: {known})",
        "older_law": "de verordening '{title}' ({date}) laat '{topic}' aan het college over; het "
        "voorbehoud ({reserved}) rust op een wet van {since}: of de wet van toen het voorbehield, "
        "blijkt niet uit de catalogus",
    },
    "en": {
        "violation": "the by-law '{title}' ({date}) leaves '{topic}' to the college, while the "
        "law reserves it to the council ({reserved})",
        "needs_data": "the by-law '{title}' ({date}) leaves '{topic}' to the college; unknown "
        "whether the law reserves it to the council (known topics: {known})",
        "older_law": "the by-law '{title}' ({date}) leaves '{topic}' to the college; the "
        "reservation ({reserved}) rests on a law of {since}: whether the law of that time "
        "reserved it is not in the catalogue",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for decision in ctx.steps_of("raadsbesluit", decision="verordening", outcome="aangenomen"):
        for topic in getattr(decision, "delegates", []):
            reserved = ctx.reserved.get(topic)
            if reserved is None:
                yield ctx.needs_data(
                    decision.id,
                    [decision.id],
                    title=decision.title,
                    date=ctx.date_text(decision.date),
                    topic=topic,
                    known=", ".join(sorted(ctx.reserved)),
                )
                continue
            fields = {
                "title": decision.title,
                "date": ctx.date_text(decision.date),
                "topic": topic,
                "reserved": reserved,
            }
            since = vocab.RESERVED_SINCE.get(topic)
            if since is not None and before(decision.date, FuzzyDate.parse(since)) is True:
                # made before the law was enacted: judged by the law of its own day
                since_text = ctx.date_text(FuzzyDate.parse(since))
                yield ctx.needs_data(
                    decision.id, [decision.id], key="older_law", since=since_text, **fields
                )
                continue
            yield ctx.violation(decision.id, [decision.id], **fields)
