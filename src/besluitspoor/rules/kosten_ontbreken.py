"""What a change costs, and from which budget, belongs in the record (budgetrecht of the
council).

Wrong: no `costs` in the dossier.
Right: `costs: {amount: 120000, structural: true, covered_by: Programma 6 Sociaal domein}`, or
`costs: {amount: 0, note: "geen financiële gevolgen: ..."}`.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding

ID = "kosten-ontbreken"
SEVERITY = "warning"
GROUP = "kwaliteit"
SOURCE = "Gemeentewet art. 189, 212"
MESSAGES = {
    "nl": {"violation": "geen kosten of dekking van de wijziging vastgelegd"},
    "en": {"violation": "no costs or budget cover of the change recorded"},
}


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dossier.dossier.costs is None:
        yield ctx.violation()
