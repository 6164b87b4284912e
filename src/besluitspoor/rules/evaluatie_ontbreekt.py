"""A change should come with an agreed moment and way of evaluating it.

Wrong: no `evaluation` in the dossier.
Right: `evaluation: {date: 2024-06, how: Evaluatie met cliëntervaringsonderzoek}`.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding

ID = "evaluatie-ontbreekt"
SEVERITY = "warning"
GROUP = "kwaliteit"
SOURCE = "Gemeentewet art. 213a; Wmo 2015 art. 2.5.1"
EXPLANATION_NL = """Bij een wijziging hoort een afgesproken moment en wijze van evalueren.

Fout: geen `evaluation` in het dossier.
Goed: `evaluation: {date: 2024-06, how: Evaluatie met cliëntervaringsonderzoek}`.
"""
READS = ("dossier.evaluation",)
MESSAGES = {
    "nl": {"violation": "geen evaluatiemoment van de wijziging vastgelegd"},
    "en": {"violation": "no evaluation of the change agreed or recorded"},
}


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dossier.dossier.evaluation is None:
        yield ctx.violation()
