"""When the college does not (fully) follow an advice, it must say why. Only for dossiers with
`domain: sociaal`.

Wrong: an `advies` with `followed: nee` and no `response`.
Right: `response` names the step with the college's reasoned reaction.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding

ID = "advies-afwijking-niet-gemotiveerd"
SEVERITY = "warning"
GROUP = "advies"
SOURCE = "Awb art. 3:50, 3:46"
EXPLANATION_NL = """Als het college een advies niet (volledig) volgt, moet het zeggen waarom. Alleen
voor dossiers met `domain: sociaal`.

Fout: een `advies` met `followed: nee` en geen `response`.
Goed: `response` noemt de stap met de gemotiveerde reactie van het college.
"""
READS = (
    "dossier.domain",
    "steps.advies.followed",
    "steps.advies.response",
    "steps.advies.council",
)
MESSAGES = {
    "nl": {
        "violation": "het advies van {council} ({date}) is {followed} gevolgd, zonder "
        "vastgelegde gemotiveerde reactie",
    },
    "en": {
        "violation": "the advice of {council} ({date}) was followed '{followed}', with no "
        "reasoned response recorded",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dossier.dossier.domain != "sociaal":
        return
    for advice in ctx.steps_of("advies"):
        followed = getattr(advice, "followed", "onbekend")
        if followed in ("deels", "nee") and getattr(advice, "response", None) is None:
            shown = "niet" if followed == "nee" and ctx.lang == "nl" else followed
            yield ctx.violation(
                advice.id,
                [advice.id],
                council=getattr(advice, "council", ""),
                date=ctx.date_text(advice.date),
                followed=shown,
            )
