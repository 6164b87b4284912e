"""Costs not covered by the budget need the council's budget amendment first (budgetrecht).

Wrong: `costs: {amount: 250000, covered_by: geen}`, no raadsbesluit `begrotingswijziging`.
Right: `covered_by` names the budget line, or an aangenomen raadsbesluit `begrotingswijziging`
(or one that makes a `budget` available) on or before the start.
Silent sources are no evidence of missing cover: without `covered_by` the rule asks for it
(needs-data), unless the council itself made money available.
"""

from collections.abc import Iterator

from besluitspoor import vocab
from besluitspoor.i18n import euros
from besluitspoor.rules._common import with_no_start
from besluitspoor.rules.engine import Context, Finding

ID = "kosten-zonder-dekking"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Gemeentewet art. 189 lid 3, 192"
EXPLANATION_NL = """Kosten die niet in de begroting zijn gedekt, vragen eerst een
begrotingswijziging van de raad (budgetrecht).

Fout: `costs: {amount: 250000, covered_by: geen}`, geen raadsbesluit `begrotingswijziging`.
Goed: `covered_by` noemt de begrotingspost, of een aangenomen raadsbesluit `begrotingswijziging`
(of een raadsbesluit dat een `budget` beschikbaar stelt) op of vóór de start.
Zwijgende bronnen zijn geen bewijs van ontbrekende dekking: zonder `covered_by` vraagt de regel
erom (needs-data), tenzij de raad zelf geld beschikbaar stelde.
"""
READS = (
    "dossier.costs",
    "dossier.start",
    "steps.raadsbesluit.decision",
    "steps.raadsbesluit.budget",
    "profile.required_steps",
)
MESSAGES = with_no_start(
    {
        "nl": {
            "violation": "kosten van € {amount} zonder dekking, en geen aangenomen "
            "begrotingswijziging van de raad op of vóór {start}",
            "pending": "kosten van € {amount} zonder dekking: de raad moet vóór {start} de begroting "
            "wijzigen",
            "needs_order": "een begrotingswijziging ligt mogelijk na de ingangsdatum; een preciezere "
            "datum beslist",
            "no_cover": "kosten van € {amount}: niet vastgelegd wat ze dekt; leg de dekking vast "
            "(een begrotingspost, of 'geen')",
        },
        "en": {
            "violation": "costs of € {amount} without budget cover, and no adopted budget amendment "
            "on or before {start}",
            "pending": "costs of € {amount} without budget cover: the council must amend the budget "
            "before {start}",
            "needs_order": "a budget amendment may lie after the start; a more precise date "
            "settles it",
            "no_cover": "costs of € {amount}: what covers them is not recorded; record the cover "
            "(a budget line, or 'geen')",
        },
    }
)


def check(ctx: Context) -> Iterator[Finding]:
    costs = ctx.dossier.dossier.costs
    if costs is None or not costs.amount or costs.amount <= 0:
        return
    if costs.covered_by and costs.covered_by != vocab.NOT_COVERED:
        return
    amount = euros(costs.amount).removeprefix("€ ")  # the messages write the € themselves
    amendments = ctx.steps_of(
        "raadsbesluit", decision="begrotingswijziging", outcome="aangenomen"
    ) + [
        s
        for s in ctx.steps_of("raadsbesluit", outcome="aangenomen")
        if (getattr(s, "budget", None) or 0) > 0
        and getattr(s, "decision", None) != "begrotingswijziging"
    ]
    if costs.covered_by is None:
        if not amendments:  # the sources are silent: ask, do not accuse
            yield ctx.needs_data(key="no_cover", amount=amount)
        return
    if ctx.start is None:
        yield ctx.start_missing()
        return
    finding = ctx.required_by_start(amendments, amount=amount, start=ctx.date_text(ctx.start))
    if finding is not None:
        yield finding
