"""Checks across one dossier: unique ids, ids that must exist, and keys a status requires.

They work on the plain data of a dossier (as read from a file, or `Dossier.to_data()`), and are
tolerant of values of the wrong type, so that they can run alongside the structural validation
and a volunteer sees every problem of a file at once. Each problem names the path of the
offending value. A dossier with problems is never stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from besluitspoor.model import STEP_REF_FIELDS, did_you_mean
from besluitspoor.problems import Path


@dataclass(frozen=True)
class Issue:
    path: Path
    message: str


def check_references(data: dict[str, Any]) -> list[Issue]:
    return list(_check(data))


def _items(data: dict[str, Any], section: str) -> list[dict[str, Any]]:
    items = data.get(section)
    if not isinstance(items, list):
        return []
    return [item if isinstance(item, dict) else {} for item in items]


def _check(data: dict[str, Any]) -> Iterator[Issue]:
    steps, pres, promises = (_items(data, s) for s in ("steps", "preconditions", "promises"))
    yield from _duplicates("steps", steps)
    yield from _duplicates("preconditions", pres)
    yield from _duplicates("promises", promises)
    step_ids = {s.get("id") for s in steps}
    pre_ids = {p.get("id") for p in pres}
    dossier = data.get("dossier")
    name = dossier.get("id") if isinstance(dossier, dict) else None

    def missing(path: Path, ref: Any, known: set[Any], what: str) -> Iterator[Issue]:
        if isinstance(ref, str) and ref not in known:
            hint = did_you_mean(ref, [k for k in known if isinstance(k, str)])
            yield Issue(path, f"no {what} '{ref}' in dossier '{name}'{hint}")

    for i, step in enumerate(steps):
        for field in (*STEP_REF_FIELDS, "notes_unmet"):
            known, what = (
                (pre_ids, "precondition") if field == "notes_unmet" else (step_ids, "step")
            )
            value = step.get(field)
            if isinstance(value, list):
                for j, ref in enumerate(value):
                    yield from missing(("steps", i, field, j), ref, known, what)
            else:
                yield from missing(("steps", i, field), value, known, what)

    for i, pre in enumerate(pres):
        at: Path = ("preconditions", i)
        yield from missing((*at, "named_in"), pre.get("named_in"), step_ids, "step")
        yield from missing((*at, "dropped_by"), pre.get("dropped_by"), step_ids, "step")
        evidence = pre.get("evidence")
        if isinstance(evidence, str) and not is_url(evidence):
            yield from missing((*at, "evidence"), evidence, step_ids, "step")
        status = pre.get("status")
        if status == "vervuld" and pre.get("met_on") is None:
            yield Issue((*at, "met_on"), "status 'vervuld' needs met_on (the date it was met)")
        if status == "vervallen" and pre.get("dropped_by") is None:
            yield Issue((*at, "dropped_by"), "status 'vervallen' needs dropped_by (a step id)")

    for i, promise in enumerate(promises):
        at = ("promises", i)
        yield from missing((*at, "made_in"), promise.get("made_in"), step_ids, "step")
        yield from missing((*at, "fulfilled_by"), promise.get("fulfilled_by"), step_ids, "step")
        status = promise.get("status")
        if status == "nagekomen" and promise.get("fulfilled_by") is None:
            yield Issue((*at, "fulfilled_by"), "status 'nagekomen' needs fulfilled_by (a step id)")
        if status == "uitgesteld" and promise.get("postponed_to") is None:
            yield Issue((*at, "postponed_to"), "status 'uitgesteld' needs postponed_to (a date)")


_REF_KEYS = frozenset((*STEP_REF_FIELDS, "notes_unmet"))


def _duplicates(section: str, items: list[dict[str, Any]]) -> Iterator[Issue]:
    seen: set[Any] = set()
    for i, item in enumerate(items):
        ident = item.get("id")
        if isinstance(ident, str) and ident in seen:
            yield Issue((section, i, "id"), f"duplicate id '{ident}' in {section}")
        seen.add(ident)


def is_url(text: str) -> bool:
    return "://" in text or text.startswith("www.")
