"""A council's register of moties and toezeggingen as a dossier: each motion a step with its
outcome and settlement, each promise with its deadline and status, so that `check` finds every
overdue promise and every unsettled motion.

Ids come from the supplier's own ids (`motie-nb-1124979`), so importing the register again
with `import --merge` adds what is new and never duplicates."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from besluitspoor import ids, vocab
from besluitspoor.ris.records import Record

PROFILE = "register"


def header(council: str) -> dict[str, Any]:
    return {
        "id": f"register-{ids.slugify(council, 40)}",
        "title": f"Register van moties en toezeggingen, {council}",
        "municipality": council,
        "profile": PROFILE,
    }


def dossier(
    council: str, records: Iterable[Record], base: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The register dossier in file form; `base` is a header to keep (a dossier you named)."""
    steps: list[dict[str, Any]] = []
    promises: list[dict[str, Any]] = []
    for record in sorted(records, key=lambda r: (r.kind, r.source_id)):
        if record.day is None and record.kind != "toezegging":
            continue  # a step must have a date; such entries are reported by the caller
        settlement = _settlement(record)
        if settlement is not None:
            steps.append(settlement)
        if record.kind == "toezegging":
            promises.append(_promise(record, settlement))
        else:
            steps.append(_motion(record, settlement))
    data: dict[str, Any] = {"format": vocab.FORMAT, "dossier": base or header(council)}
    if steps:
        data["steps"] = sorted(steps, key=lambda s: (s["date"], s["id"]))
    if promises:
        data["promises"] = promises
    return data


def item_id(record: Record) -> str:
    return f"{record.kind}-{record.supplier}-{source_slug(record.source_id)}"


def source_slug(source_id: str) -> str:
    """A supplier's id as part of a step id: as it is when short (`1124979`); a long one (an
    iBabs GUID) by its first part and a hash of the whole, since cutting it could make two
    ids one; so is one that writing it as a slug changed beyond its case ("A.1" and "a-1", or
    ids without a Latin letter or digit), which would otherwise become one step."""
    import hashlib

    slug = ids.slugify(source_id, 64)
    digest = hashlib.sha1(source_id.encode()).hexdigest()[:8]
    if len(slug) > 30:
        return f"{slug[:8].rstrip('-')}-{digest}"
    if slug != source_id.strip().lower():
        return f"{slug}-{digest[:6]}"
    return slug


def _settlement(record: Record) -> dict[str, Any] | None:
    """The document that settled (deed af) a motion or promise, as a step of its own."""
    day = record.settled_on or (record.day if record.settled_url else None)
    if not record.settled or day is None:
        return None
    step: dict[str, Any] = {
        "id": f"afdoening-{item_id(record)}",
        "kind": "brief",
        "date": day.isoformat(),
        "title": f"Afdoening: {record.title}"[:200],
    }
    if record.settled_url:
        step["source"] = record.settled_url
    return step


def _motion(record: Record, settlement: dict[str, Any] | None) -> dict[str, Any]:
    assert record.day is not None
    step: dict[str, Any] = {
        "id": item_id(record),
        "kind": record.kind,
        "date": record.day.isoformat(),
        "title": record.title[:200],
        "status": record.status,
    }
    if record.kind == "motie" and record.status in ("aangenomen", "verworpen"):
        # Voted on in the meeting it was submitted in, where the register names it.
        voted = (
            record.meeting_day if record.meeting_day and record.meeting_day >= record.day else None
        )
        step["vote_date"] = (voted or record.day).isoformat()
    if record.kind == "motie" and (what := vocab.motion_kind_of(record.title)):
        step["motion_kind"] = what  # a motion of censure asks nothing to be settled
    if record.kind == "motie" and record.deadline and record.deadline >= record.day:
        step["due"] = record.deadline.isoformat()  # the register's own term for settling it
    notes = []
    if record.meeting:
        notes.append(f"Ingediend in: {record.meeting}")
    if record.wording:
        notes.append(f"Status bij de bron: {record.wording}")
    if notes:
        step["body"] = "\n".join(notes)
    if record.url:
        step["source"] = record.url
    if settlement is not None and record.kind == "motie":
        step["settled_by"] = settlement["id"]
    return step


def _promise(record: Record, settlement: dict[str, Any] | None) -> dict[str, Any]:
    promise: dict[str, Any] = {"id": item_id(record), "text": record.title[:500]}
    if record.portefeuillehouder:
        promise["by"] = record.portefeuillehouder
    if record.deadline:
        promise["due"] = record.deadline.isoformat()
    if settlement is not None:
        promise["status"] = "nagekomen"
        promise["fulfilled_by"] = settlement["id"]
    return promise
