"""A step that was taken but is not valid (`defect`): the rules that need it count it as
missing, and this rule says why, so that a reader sees the step was not simply forgotten.

Wrong: a raadsbesluit `decision: vvgb` with `defect: ontwerp niet ter inzage gelegd` (the Raad
van State: a vvgb given without its draft open for inspection does not count).
Right: no `defect`.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding

ID = "stap-ongeldig"
SEVERITY = "warning"
GROUP = "procedure"
SOURCE = "de bron bij de stap (bijv. Awb afdeling 3.4: ontwerpbesluit ter inzage)"
EXPLANATION_NL = """Een stap die is gezet maar niet geldig is (`defect`): de regels die de stap
nodig hebben, tellen hem als ontbrekend, en deze regel zegt waarom, zodat een lezer ziet dat de stap
niet gewoon is vergeten.

Fout: een raadsbesluit `decision: vvgb` met `defect: ontwerp niet ter inzage gelegd` (de Raad
van State: een vvgb die is gegeven zonder dat het ontwerp ter inzage lag, telt niet).
Goed: geen `defect`.
"""
READS = ("steps.*.defect",)
MESSAGES = {
    "nl": {
        "violation": "de stap '{title}' ({date}) is gezet maar niet geldig: {defect}; regels die "
        "deze stap vragen tellen hem niet mee",
    },
    "en": {
        "violation": "the step '{title}' ({date}) was taken but is not valid: {defect}; rules "
        "that need this step do not count it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for step in ctx.dossier.steps:
        if step.defect is None or step.announced or step.date.first > ctx.as_of:
            continue
        yield ctx.violation(
            step.id,
            [step.id],
            title=step.title,
            date=ctx.date_text(step.date),
            defect=step.defect,
        )
