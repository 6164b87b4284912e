"""A college decision the council must know of reaches it late: the letter that reports it
(`reports`) comes more than `informatie_termijn_dagen` (default 30) days after the decision. So
does what the college came to know (a `signaal`: an official's warning, an adviser's report).

Only where the record names both ends (the decision and the letter reporting it), and not for a
decision taken before the start that the council heard of only after it: that is
raad-niet-vooraf-geinformeerd's finding.

Wrong: collegebesluit 2023-03-01, the RIB reporting it 2023-05-15; a signaal 2017-09 (an official
warns the college of a deficit), the `informatie` reporting it 2017-11.
Right: the RIB within 30 days (or the term of the council's own informatieprotocol).
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor import vocab
from besluitspoor.fuzzydate import before
from besluitspoor.rules.engine import Context, Finding, Param

ID = "informatie-te-laat"
SEVERITY = "warning"
GROUP = "informatie"
SOURCE = (
    "Gemeentewet art. 169 lid 2 (actieve informatieplicht: tijdig en uit eigen beweging); "
    "termijn: informatieprotocol van de gemeente"
)
EXPLANATION_NL = """Een collegebesluit waarvan de raad moet weten, bereikt de raad te laat: de brief
die het meldt (`reports`) komt meer dan `informatie_termijn_dagen` (standaard 30) dagen na het
besluit. Zo ook wat het college te weten kwam (een `signaal`: een waarschuwing van een ambtenaar,
een rapport van een adviseur).

Alleen waar de vastlegging beide kanten noemt (het besluit en de brief die het meldt), en niet
voor een besluit dat vóór de start is genomen en waarvan de raad pas na de start hoorde: dat is
de bevinding van raad-niet-vooraf-geinformeerd.

Fout: collegebesluit 2023-03-01, de RIB die het meldt 2023-05-15; een signaal 2017-09 (een
ambtenaar waarschuwt het college voor een tekort), de `informatie` die het meldt 2017-11.
Goed: de RIB binnen 30 dagen (of de termijn uit het eigen informatieprotocol van de raad).
"""
READS = (
    "dossier.start",
    "steps.collegebesluit",
    "steps.signaal",
    "steps.raadsinformatiebrief.reports",
    "steps.informatie.reports",
)
MESSAGES = {
    "nl": {
        "violation": "het college besloot op {decided} over '{title}'; de raad hoorde het pas op "
        "{told}, {days} dagen later (termijn {term} dagen)",
        "needs_data": "onduidelijk of de raad binnen {term} dagen hoorde van het besluit "
        "'{title}'; preciezere data beslissen",
        "violation_signal": "het college wist het op {decided} ('{title}'); de raad hoorde het "
        "pas op {told}, {days} dagen later (termijn {term} dagen)",
        "needs_data_signal": "onduidelijk of de raad binnen {term} dagen hoorde wat het college "
        "wist ('{title}'); preciezere data beslissen",
    },
    "en": {
        "violation": "the college decided on {decided} about '{title}'; the council heard of it "
        "only on {told}, {days} days later (term {term} days)",
        "needs_data": "unclear whether the council heard of the decision '{title}' within "
        "{term} days; more precise dates settle it",
        "violation_signal": "the college knew on {decided} ('{title}'); the council heard of it "
        "only on {told}, {days} days later (term {term} days)",
        "needs_data_signal": "unclear whether the council heard within {term} days what the "
        "college knew ('{title}'); more precise dates settle it",
    },
}
PARAMS = {
    "informatie_termijn_dagen": Param(
        30,
        "days within which the council hears of a college decision it must know of",
        nl="dagen waarbinnen de raad hoort van een collegebesluit dat hij moet kennen",
    )
}


def check(ctx: Context) -> Iterator[Finding]:
    term = ctx.param("informatie_termijn_dagen")
    for letter in ctx.steps_of_any(vocab.INFORMS_COUNCIL):
        for decision_id in getattr(letter, "reports", []):
            decision = ctx.step(decision_id)
            if decision is None or decision.kind not in ("collegebesluit", "signaal"):
                continue
            if (
                ctx.start is not None
                and before(decision.date, ctx.start) is not False
                and before(letter.date, ctx.start) is not True
            ):
                continue  # told after the start: raad-niet-vooraf-geinformeerd says so
            shortest = (letter.date.first - decision.date.last).days
            longest = (letter.date.last - decision.date.first).days
            if longest <= term:
                continue
            fields: dict[str, Any] = {
                "title": decision.title,
                "decided": ctx.date_text(decision.date),
                "told": ctx.date_text(letter.date),
                "term": term,
            }
            signal = "_signal" if decision.kind == "signaal" else ""
            if shortest > term:
                evidence = [decision.id, letter.id]
                key = f"violation{signal}"
                yield ctx.violation(decision.id, evidence, key=key, days=shortest, **fields)
            else:
                key = f"needs_data{signal}"
                yield ctx.needs_data(decision.id, [decision.id, letter.id], key=key, **fields)
