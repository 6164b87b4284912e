"""A policy change should say what it wants to achieve; a policy plan must (with results and
how they are measured).

Wrong: no `goals` in the dossier.
Right: `goals: [Eén loket voor alle hulpvragen, ...]` and, for a plan, `indicators`.
"""

from collections.abc import Iterator

from besluitspoor.rules.engine import Context, Finding

ID = "doelen-ontbreken"
SEVERITY = "warning"
GROUP = "kwaliteit"
SOURCE = "Wmo 2015 art. 2.1.2 lid 6; Jeugdwet art. 2.2 lid 2; Awb art. 3:2"
EXPLANATION_NL = """Een beleidswijziging hoort te zeggen wat zij wil bereiken; een beleidsplan moet
dat (met resultaten en hoe die worden gemeten).

Fout: geen `goals` in het dossier.
Goed: `goals: [Eén loket voor alle hulpvragen, ...]` en, voor een plan, `indicators`.
"""
READS = ("dossier.goals",)
MESSAGES = {
    "nl": {"violation": "geen doelen van de wijziging vastgelegd"},
    "en": {"violation": "no goals of the change recorded"},
}


def check(ctx: Context) -> Iterator[Finding]:
    if not ctx.dossier.dossier.goals:
        yield ctx.violation()
