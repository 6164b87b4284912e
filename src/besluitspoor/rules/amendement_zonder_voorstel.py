"""An amendment changes a draft decision put before the council: it needs a raadsvoorstel as
its target.

Wrong: an `amendement` without `target`, or whose target is a collegebesluit.
Right: `target` names a raadsvoorstel in the dossier.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding

ID = "amendement-zonder-voorstel"
SEVERITY = "error"
GROUP = "procedure"
SOURCE = "Gemeentewet art. 147b"
EXPLANATION_NL = """Een amendement wijzigt een ontwerpbesluit dat aan de raad is voorgelegd: het
heeft een raadsvoorstel nodig waarop het betrekking heeft.

Fout: een `amendement` zonder `target`, of waarvan het target een collegebesluit is.
Goed: `target` noemt een raadsvoorstel in het dossier.
"""
READS = (
    "steps.amendement.target",
    "steps.raadsvoorstel",
)
MESSAGES = {
    "nl": {
        "violation": "het amendement '{title}' wijzigt geen raadsvoorstel ({why})",
        "no_target": "geen target vastgelegd",
        "wrong_target": "het target '{target}' is een {kind}",
    },
    "en": {
        "violation": "the amendment '{title}' does not amend a council proposal ({why})",
        "no_target": "no target recorded",
        "wrong_target": "the target '{target}' is a {kind}",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for amendment in ctx.steps_of("amendement"):
        target = ctx.step(getattr(amendment, "target", None))
        if target is not None and target.kind == "raadsvoorstel":
            continue
        if target is None:
            why = ctx.text("no_target")
        else:
            why = ctx.text("wrong_target", target=target.id, kind=target.kind)
        evidence = [amendment.id] + ([target.id] if target else [])
        yield ctx.violation(amendment.id, evidence, title=amendment.title, why=why)
