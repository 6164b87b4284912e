"""A step the profile requires is missing, or came too late: for a verordening, the council's
decision and the publication before it takes effect; for a regeling, the council's consent.

Wrong (profile `verordening`): start 2023-01-01 and no raadsbesluit `verordening` before it.
Right: every `required_steps` entry of the profile matched by a step dated by its deadline.
"""

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from besluitspoor.fuzzydate import on_or_before
from besluitspoor.rules.engine import Context, Finding, Tri, by_deadline, passed

ID = "stap-ontbreekt"
SEVERITY = "error"
GROUP = "profiel"
SOURCE = "het procesprofiel (zie de bron bij elke vereiste stap)"
EXPLANATION_NL = """Een stap die het profiel vereist, ontbreekt of kwam te laat: bij een verordening
het besluit van de raad en de bekendmaking voordat zij ingaat; bij een regeling de toestemming van
de raad.

Fout (profiel `verordening`): start 2023-01-01 en geen raadsbesluit `verordening` daarvoor.
Goed: voor elke regel in `required_steps` van het profiel een passende stap, gedateerd binnen de
termijn ervan.
"""
READS = (
    "dossier.start",
    "profile.required_steps",
)
MESSAGES = {
    "nl": {
        "violation": "vereiste stap ontbreekt: {label} (uiterlijk {by})",
        "late": "vereiste stap te laat: {label} ({date}, uiterlijk {by})",
        "pending": "nog te zetten stap: {label} (uiterlijk {by})",
        "needs_data": "onduidelijk of de stap '{label}' op tijd was (uiterlijk {by}); een "
        "preciezere datum beslist",
        "no_start": "de stap '{label}' moet vóór de start, maar er is geen ingangsdatum "
        "(dossier.start) vastgelegd",
    },
    "en": {
        "violation": "required step missing: {label} (by {by})",
        "late": "required step too late: {label} ({date}, due by {by})",
        "pending": "step still to come: {label} (by {by})",
        "needs_data": "unclear whether the step '{label}' came in time (by {by}); a more "
        "precise date settles it",
        "no_start": "the step '{label}' is due before the start, but no start date "
        "(dossier.start) is recorded",
    },
}


def check(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.required:
        matches = [s for s in ctx.steps if entry.matches(s)]
        deadline = ctx.start if entry.by == "start" else entry.by
        fields: dict[str, Any] = {"label": entry.label or entry.id}
        if deadline is None or isinstance(deadline, str):
            yield _sourced(ctx.needs_data(entry.id, key="no_start", **fields), entry.source)
            continue
        fields["by"] = ctx.date_text(deadline)
        compare = on_or_before if entry.by == "start" else by_deadline
        answers: list[Tri] = [compare(s.date, deadline) for s in matches]
        evidence = [s.id for s in matches]
        if True in answers:
            continue
        if None in answers:
            finding = ctx.needs_data(entry.id, evidence, **fields)
        elif not passed(deadline, ctx.as_of):
            finding = ctx.pending(entry.id, evidence, falls_due=deadline.last, **fields)
        elif matches:
            finding = ctx.violation(
                entry.id,
                evidence,
                key="late",
                severity=entry.severity,
                date=ctx.date_text(matches[0].date),
                **fields,
            )
        else:
            finding = ctx.violation(
                entry.id, evidence, severity=entry.severity, falls_due=deadline.last, **fields
            )
        yield _sourced(finding, entry.source)


def _sourced(finding: Finding, source: str | None) -> Finding:
    return replace(finding, source=source) if source else finding
