"""What a change costs, and from which budget, belongs in the record (budgetrecht of the
council).

Wrong: no `costs` in the dossier, or `costs: {stated: false}` (the documents name no costs).
Right: `costs: {amount: 120000, structural: true, covered_by: Programma 6 Sociaal domein}`, or
`costs: {amount: 0, note: "geen financiële gevolgen: ..."}`.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding

ID = "kosten-ontbreken"
SEVERITY = "warning"
GROUP = "kwaliteit"
SOURCE = "Gemeentewet art. 189, 212"
EXPLANATION_NL = """Wat een wijziging kost, en uit welk budget, hoort in de vastlegging (budgetrecht
van de raad).

Fout: geen `costs` in het dossier, of `costs: {stated: false}` (de documenten noemen geen
kosten).
Goed: `costs: {amount: 120000, structural: true, covered_by: Programma 6 Sociaal domein}`, of
`costs: {amount: 0, note: "geen financiële gevolgen: ..."}`.
"""
READS = ("dossier.costs",)
MESSAGES = {
    "nl": {"violation": "geen kosten of dekking van de wijziging vastgelegd"},
    "en": {"violation": "no costs or budget cover of the change recorded"},
}


def check(ctx: Context) -> Iterator[Finding]:
    costs = ctx.dossier.dossier.costs
    if costs is None or costs.stated is False:
        yield ctx.violation()
