"""Check dossiers: pick the rules a dossier's profile switches on, run them, sort the findings.

Streams: dossiers are loaded a batch at a time and each result is yielded before the next
dossier is looked at, so memory does not grow with the number of dossiers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Any

from besluitspoor.i18n import t
from besluitspoor.model import Dossier, did_you_mean
from besluitspoor.problems import InputError
from besluitspoor.profiles import Profile
from besluitspoor.rules.asof import as_of_view
from besluitspoor.rules.engine import SEVERITIES, Context, Finding, run_rules
from besluitspoor.rules.registry import BY_ID, RULES

FAIL_LEVELS = (*SEVERITIES, "never")


@dataclass(frozen=True)
class Result:
    dossier: Dossier
    profile: Profile
    findings: list[Finding]


def rule_ids(text: Iterable[str] | None, option: str = "--select") -> set[str] | None:
    """Rule ids from --select/--ignore (comma separated, repeatable); InputError if unknown,
    or if the option was given without any id (`--select ''` would run no rule and pass)."""
    if text is None:
        return None
    ids = {part.strip() for item in text for part in item.split(",") if part.strip()}
    if not ids:
        raise InputError(
            t(
                "{o}: geen regel gegeven; noem er een of meer (besluitspoor rules toont ze)",
                "{o}: no rule given; name one or more (besluitspoor rules lists them)",
                o=option,
            )
        )
    for rule_id in sorted(ids):
        if rule_id not in BY_ID:
            raise InputError(
                t(
                    "regel '{r}' is onbekend{h}",
                    "unknown rule '{r}'{h}",
                    r=rule_id,
                    h=did_you_mean(rule_id, BY_ID),
                )
            )
    return ids


def rules_for(
    profile: Profile, select: set[str] | None = None, ignore: set[str] | None = None
) -> list[ModuleType]:
    return [
        rule
        for rule in RULES
        if profile.enabled(rule.ID)
        and (select is None or rule.ID in select)
        and (ignore is None or rule.ID not in ignore)
    ]


def effective_params(profile: Profile) -> dict[str, int]:
    """Every parameter of the profile's rules: the profile's value, else the rule's default."""
    return {
        name: profile.params.get(name, param.default)
        for rule in RULES
        if profile.enabled(rule.ID)
        for name, param in sorted(getattr(rule, "PARAMS", {}).items())
    }


def check_dossier(
    dossier: Dossier,
    profile: Profile,
    as_of: date,
    *,
    lang: str = "nl",
    select: set[str] | None = None,
    ignore: set[str] | None = None,
) -> list[Finding]:
    rules = rules_for(profile, select, ignore)
    ctx = Context(
        dossier=as_of_view(dossier, as_of),  # only what had happened by then is a fact
        step_dates={s.id: s.date for s in dossier.steps},
        as_of=as_of,
        lang=lang,
        params=dict(profile.params),
        reserved=profile.reserved(),
        severities={r.ID: profile.severity(r.ID, r.SEVERITY) for r in rules},  # type: ignore[misc]
        required=profile.required_steps,
    )
    return sorted(_marked_unreviewed(dossier, run_rules(ctx, rules)), key=Finding.sort_key)


def _marked_unreviewed(dossier: Dossier, findings: Iterable[Finding]) -> list[Finding]:
    """A finding that rests on an item still to review says so."""
    from dataclasses import replace

    from besluitspoor.review import unreviewed

    pending = unreviewed(dossier)
    if not pending:
        return list(findings)
    marked = []
    for finding in findings:
        named = {*finding.evidence, *([finding.subject] if finding.subject else [])}
        resting = sorted(named & pending)
        if resting:
            note = t(
                " (rust op nog na te kijken: {i})",
                " (rests on items still to review: {i})",
                i=", ".join(resting),
            )
            finding = replace(finding, message=finding.message + note, unreviewed=tuple(resting))
        marked.append(finding)
    return marked


def check_many(
    dossiers: Iterable[Dossier],
    profiles: dict[str, Profile],
    as_of: date,
    **options: object,
) -> Iterator[Result]:
    for dossier in dossiers:
        profile = profiles.get(dossier.dossier.profile)
        if profile is None:
            known = ", ".join(sorted(profiles))
            raise InputError(
                t(
                    "dossier '{d}' gebruikt profiel '{p}', dat hier onbekend is (bekend: {k}); "
                    "voeg het toe met --profiles MAP",
                    "dossier '{d}' uses profile '{p}', which is not known here (known: {k}); "
                    "add it with --profiles DIR",
                    d=dossier.id,
                    p=dossier.dossier.profile,
                    k=known,
                )
            )
        yield Result(dossier, profile, check_dossier(dossier, profile, as_of, **options))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Request:
    """What a command asks to have checked: these dossiers (all when none are named), on this
    day, in this language, with these rules (all when `select` is None)."""

    as_of: date
    dossiers: Sequence[str] = ()
    lang: str = "nl"
    select: set[str] | None = None
    ignore: set[str] | None = None


def run(
    conn: Any, request: Request, profiles: dict[str, Profile]
) -> tuple[list[str], Iterator[Result]]:
    """The ids checked, and each one's result as it is checked (one batch of dossiers in memory
    at a time): what `check`, `timeline`, `agenda`, `changes` and `report` all do first. An
    unknown dossier is an InputError before anything is checked."""
    from besluitspoor.store import reading as store

    store.require(conn, request.dossiers)
    ids = sorted(set(request.dossiers)) if request.dossiers else store.all_ids(conn)
    results = check_many(
        store.load_many(conn, ids),
        profiles,
        request.as_of,
        lang=request.lang,
        select=request.select,
        ignore=request.ignore,
    )
    return ids, results


def summary(findings: Sequence[Finding]) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def exceeds(counts: dict[str, int], fail_on: str) -> bool:
    """Is there any finding at or above the --fail-on level?"""
    if fail_on == "never":
        return False
    return any(counts[level] for level in SEVERITIES[: SEVERITIES.index(fail_on) + 1])
