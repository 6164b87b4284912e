"""Checks across one dossier: unique ids, ids that must exist, keys a status requires, and a
chronology that cannot be (an answer before its question).

They work on the plain data of a dossier (as read from a file, or `Dossier.to_data()`), and are
tolerant of values of the wrong type, so that they can run alongside the structural validation
and a volunteer sees every problem of a file at once. Each problem names the path of the
offending value. A dossier with problems is never stored. What is checked is derived from the
markers on the model (`Ref`, `NotBeforeOrigin`, `STATUS_NEEDS`), declared once there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from besluitspoor.fuzzydate import FuzzyDate, FuzzyDateError, _parse_text
from besluitspoor.i18n import t
from besluitspoor.model import (
    STEP_CLASSES,
    Precondition,
    Promise,
    Ref,
    StepBase,
    did_you_mean,
    not_before_origin,
    refs_of,
)
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


def _step_refs(step: dict[str, Any]) -> dict[str, Ref]:
    kind = step.get("kind")
    model = STEP_CLASSES.get(kind, StepBase) if isinstance(kind, str) else StepBase
    return refs_of(model)


def _ordered_refs(step: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """(field, order) of a step's references whose chronology is checked."""
    kind = step.get("kind")
    return _ORDERED.get(kind, ()) if isinstance(kind, str) else ()


_ORDERED = {
    kind: tuple(
        (name, ref.order)
        for name, ref in refs_of(cls).items()
        if ref.section == "steps" and ref.order in ("later", "earlier")
    )
    for kind, cls in STEP_CLASSES.items()
}


def _values(value: Any) -> Iterator[tuple[int | None, Any]]:
    if isinstance(value, list):
        yield from enumerate(value)
    else:
        yield None, value


def _check(data: dict[str, Any]) -> Iterator[Issue]:
    steps, pres, promises = (_items(data, s) for s in ("steps", "preconditions", "promises"))
    yield from _duplicates("steps", steps)
    yield from _duplicates("preconditions", pres)
    yield from _duplicates("promises", promises)
    known = {
        "steps": {s.get("id") for s in steps},
        "preconditions": {p.get("id") for p in pres},
    }
    dossier = data.get("dossier")
    name = dossier.get("id") if isinstance(dossier, dict) else None
    what = {
        "steps": t("stap", "step"),
        "preconditions": t("randvoorwaarde", "precondition"),
    }

    def missing(path: Path, ref: Any, section: str) -> Iterator[Issue]:
        ids = known[section]
        if isinstance(ref, str) and ref not in ids:
            hint = did_you_mean(ref, [k for k in ids if isinstance(k, str)])
            yield Issue(
                path,
                t(
                    "geen {w} '{r}' in dossier '{d}'{h}",
                    "no {w} '{r}' in dossier '{d}'{h}",
                    w=what[section],
                    r=ref,
                    d=name,
                    h=hint,
                ),
            )

    for i, step in enumerate(steps):
        for field, ref in _step_refs(step).items():
            for j, value in _values(step.get(field)):
                at: Path = ("steps", i, field) if j is None else ("steps", i, field, j)
                yield from missing(at, value, ref.section)

    for section, model, items in (
        ("preconditions", Precondition, pres),
        ("promises", Promise, promises),
    ):
        for i, entry in enumerate(items):
            at = (section, i)
            for field, ref in refs_of(model).items():
                yield from missing((*at, field), entry.get(field), ref.section)
            evidence = entry.get("evidence")
            if isinstance(evidence, str) and not is_url(evidence):
                yield from missing((*at, "evidence"), evidence, "steps")
            status = entry.get("status")
            needed = model.STATUS_NEEDS.get(status) if isinstance(status, str) else None
            if needed is not None and entry.get(needed) is None:
                yield Issue(
                    (*at, needed),
                    t(
                        "status '{s}' vraagt om {n}",
                        "status '{s}' needs {n}",
                        s=status,
                        n=needed,
                    ),
                )

    yield from _chronology(steps, pres, promises)


# --- chronology --------------------------------------------------------------------------------


def _date(value: Any) -> FuzzyDate | None:
    if value is None:
        return None
    try:
        # Dates in files are text: straight to the cached parse of the text.
        return _parse_text(value.strip()) if isinstance(value, str) else FuzzyDate.parse(value)
    except FuzzyDateError:
        return None  # reported by the structural validation


def _surely_before(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Only what the dates tell for sure: overlapping fuzzy dates are allowed."""
    return a.last < b.first


def _chronology(
    steps: list[dict[str, Any]],
    pres: list[dict[str, Any]],
    promises: list[dict[str, Any]],
) -> Iterator[Issue]:
    """Whatever settles an item cannot be surely before the item it settles."""
    dates = {s.get("id"): _date(s.get("date")) for s in steps if isinstance(s.get("id"), str)}

    def shown(step_id: str, when: FuzzyDate) -> str:
        return f"'{step_id}' ({when.display('long')})"

    for i, step in enumerate(steps):
        own = dates.get(step.get("id"))
        if own is None:
            continue
        for field, order in _ordered_refs(step):
            for j, value in _values(step.get(field)):
                other = dates.get(value) if isinstance(value, str) else None
                if other is None:
                    continue
                wrong = (
                    _surely_before(other, own) if order == "later" else _surely_before(own, other)
                )
                if not wrong:
                    continue
                at: Path = ("steps", i, field) if j is None else ("steps", i, field, j)
                this, that = shown(str(step.get("id")), own), shown(value, other)
                if order == "later":
                    yield Issue(
                        at,
                        t(
                            "{a} is gedateerd vóór {b}, waar het op volgt",
                            "{a} is dated before {b}, which it is to follow",
                            a=that,
                            b=this,
                        ),
                    )
                else:
                    yield Issue(
                        at,
                        t(
                            "{a} is gedateerd na {b}, dat ernaar terugverwijst",
                            "{a} is dated after {b}, which refers back to it",
                            a=that,
                            b=this,
                        ),
                    )

    for section, model, items in (
        ("preconditions", Precondition, pres),
        ("promises", Promise, promises),
    ):
        origin_field = model.ORIGIN
        for i, entry in enumerate(items):
            origin_id = entry.get(origin_field)
            origin = dates.get(origin_id) if isinstance(origin_id, str) else None
            if origin is None:
                continue
            made = (
                t("de stap die haar noemde, ", "the step that named it, ")
                if section == "preconditions"
                else t("de stap waarin zij werd gedaan, ", "the step that made it, ")
            ) + shown(str(origin_id), origin)
            for field, ref in refs_of(model).items():
                value = entry.get(field)
                other = (
                    dates.get(value) if ref.order == "later" and isinstance(value, str) else None
                )
                if other is not None and _surely_before(other, origin):
                    yield Issue(
                        (section, i, field),
                        t(
                            "{a} is gedateerd vóór {b}",
                            "{a} is dated before {b}",
                            a=shown(str(value), other),
                            b=made,
                        ),
                    )
            for field in not_before_origin(model):
                when = _date(entry.get(field))
                if when is not None and _surely_before(when, origin):
                    yield Issue(
                        (section, i, field),
                        t(
                            "{a} ligt vóór {b}",
                            "{a} is before {b}",
                            a=when.display("long"),
                            b=made,
                        ),
                    )


def drop_impossible_chronology(data: dict[str, Any]) -> None:
    """Remove the references that the dates make impossible (and a status that needed one).

    For generated dossiers and machine drafts, whose dates and references are chosen apart;
    what is left is what a volunteer could have recorded."""
    needs = {key for model in (Precondition, Promise) for key in model.STATUS_NEEDS.values()}
    while issues := list(_chronology(*(_items(data, s) for s in _SECTIONS))):
        section, index, key, *rest = issues[0].path
        item = data[str(section)][index]
        if rest:
            item[key].pop(rest[0])
        elif key in needs:
            item["status"] = "open"
            for other in needs:
                item.pop(other, None)
        else:
            item.pop(key, None)


_SECTIONS = ("steps", "preconditions", "promises")


def _duplicates(section: str, items: list[dict[str, Any]]) -> Iterator[Issue]:
    seen: set[Any] = set()
    for i, item in enumerate(items):
        ident = item.get("id")
        if isinstance(ident, str) and ident in seen:
            yield Issue(
                (section, i, "id"),
                t("id '{i}' komt dubbel voor", "duplicate id '{i}' in {s}", i=ident, s=section),
            )
        seen.add(ident)


def is_url(text: str) -> bool:
    return "://" in text or text.startswith("www.")
