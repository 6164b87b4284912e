"""When residents notice the change (a new loket, phone number or procedure), they must be told
before it starts.

Wrong: `facts.affects_residents: yes` and no `communicatie` step on or before the start.
Right: a `communicatie` step (letter, website, local paper) dated on or before the start.
"""

from collections.abc import Iterator

from besluitspoor.rules._common import with_no_start
from besluitspoor.rules.engine import Context, Finding

ID = "inwoners-niet-geinformeerd"
SEVERITY = "warning"
GROUP = "randvoorwaarden"
SOURCE = "eigen randvoorwaarde van het college; Gemeentewet art. 169 lid 2"
EXPLANATION_NL = """Als inwoners de wijziging merken (een nieuw loket, telefoonnummer of nieuwe
werkwijze), moeten zij vóór de start worden geïnformeerd.

Fout: `facts.affects_residents: yes` en geen `communicatie`-stap op of vóór de start.
Goed: een `communicatie`-stap (brief, website, lokale krant) gedateerd op of vóór de start.
"""
READS = (
    "dossier.facts.affects_residents",
    "dossier.start",
    "steps.communicatie",
    "profile.required_steps",
)
MESSAGES = with_no_start(
    {
        "nl": {
            "violation": "inwoners merken de wijziging, maar er is geen communicatie aan inwoners "
            "vastgelegd op of vóór de ingangsdatum ({start})",
            "pending": "inwoners merken de wijziging: zij moeten vóór {start} worden geïnformeerd",
            "needs_data": "communicatie aan inwoners ligt mogelijk na de ingangsdatum ({start}); "
            "een preciezere datum beslist",
        },
        "en": {
            "violation": "residents notice the change, but no communication to residents is "
            "recorded on or before the start ({start})",
            "pending": "residents notice the change: they must be informed before {start}",
            "needs_data": "communication to residents may lie after the start ({start}); a more "
            "precise date settles it",
        },
    }
)


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.dossier.dossier.facts.affects_residents != "yes":
        return
    if ctx.start is None:
        yield ctx.start_missing()
        return
    start = ctx.date_text(ctx.start)
    finding = ctx.required_by_start(ctx.steps_of("communicatie"), "needs_data", start=start)
    if finding is not None:
        yield finding
