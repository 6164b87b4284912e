"""Steps the profile requires in order came out of order: a council decision before its
proposal, a publication before the decision.

Wrong (profile `verordening`): bekendmaking on 2022-11-01, raadsbesluit on 2022-11-15.
Right: each required step dated after the steps it must come `after`.
"""

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from besluitspoor.rules.engine import Context, Finding, step_before

ID = "volgorde-onjuist"
SEVERITY = "error"
GROUP = "profiel"
SOURCE = "het procesprofiel (zie de bron bij elke vereiste stap)"
EXPLANATION_NL = """Stappen die het profiel in een vaste volgorde vereist, kwamen in de verkeerde
volgorde: een raadsbesluit vóór het voorstel ervan, een bekendmaking vóór het besluit.

Fout (profiel `verordening`): bekendmaking op 2022-11-01, raadsbesluit op 2022-11-15.
Goed: elke vereiste stap gedateerd na de stappen waarna hij moet komen (`after`).
"""
READS = ("profile.required_steps",)
MESSAGES = {
    "nl": {
        "violation": "volgorde onjuist: {label} ({date}) ligt vóór {other} ({other_date})",
        "needs_data": "onduidelijk of {label} na {other} kwam; preciezere data beslissen",
    },
    "en": {
        "violation": "out of order: {label} ({date}) comes before {other} ({other_date})",
        "needs_data": "unclear whether {label} came after {other}; more precise dates settle it",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    entries = {e.id: e for e in ctx.required}
    first = {e.id: next((s for s in ctx.steps if e.matches(s)), None) for e in ctx.required}
    for entry in ctx.required:
        step = first[entry.id]
        for other_id in entry.after:
            other = first.get(other_id)
            if step is None or other is None:
                continue  # a missing step is stap-ontbreekt's finding
            answer = step_before(step, other)
            if answer is False:
                continue
            fields: dict[str, Any] = {
                "label": entry.label or entry.id,
                "date": ctx.date_text(step.date),
                "other": entries[other_id].label or other_id,
                "other_date": ctx.date_text(other.date),
            }
            evidence = [step.id, other.id]
            if answer is None:
                finding = ctx.needs_data(entry.id, evidence, **fields)
            else:
                finding = ctx.violation(entry.id, evidence, severity=entry.severity, **fields)
            yield replace(finding, source=entry.source) if entry.source else finding
