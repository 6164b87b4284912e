"""Review (nakijken) as a step of the work: what a draft proposed is kept with the notes a
person must still settle (`review` on a step, precondition or promise). Accepting an item clears
its notes and keeps its quote; removing it takes it out of the dossier. Several items settled
at once are one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from besluitspoor.i18n import t
from besluitspoor.problems import InputError

if TYPE_CHECKING:
    from besluitspoor.model import Dossier
    from besluitspoor.store.db import Database

SECTIONS = ("steps", "preconditions", "promises")


@dataclass(frozen=True)
class Open:
    """An item with notes still to settle."""

    section: str
    id: str
    what: str  # kind and date of a step, or the item's text
    notes: tuple[str, ...]
    quote: tuple[str, ...]
    source: str | None

    @property
    def key(self) -> str:
        return f"{self.section}/{self.id}"

    def as_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "id": self.id,
            "what": self.what,
            "review": list(self.notes),
            "quote": list(self.quote),
            "source": self.source,
        }


def open_items(dossier: Dossier) -> list[Open]:
    """The items of a dossier with review notes, steps by date, then preconditions and promises."""
    found = []
    for section in SECTIONS:
        for item in dossier.to_data().get(section, []):
            if not item.get("review"):
                continue
            what = (
                f"{item['kind']} {item['date']}: {item['title']}"
                if section == "steps"
                else str(item["text"])
            )
            found.append(
                Open(
                    section,
                    item["id"],
                    what,
                    tuple(item["review"]),
                    tuple(item.get("quote", [])),
                    item.get("source"),
                )
            )
    return found


def unreviewed(dossier: Dossier) -> set[str]:
    """The ids (any section) of the items still to review: findings resting on them say so.
    Read from the model directly: `check` asks it of every dossier."""
    items = (*dossier.steps, *dossier.preconditions, *dossier.promises)
    return {item.id for item in items if item.review}


def resolve(dossier: Dossier, refs: Iterable[str]) -> list[tuple[str, str]]:
    """(section, id) for each `ID` or `section/ID`; InputError naming every one that is not an
    item with notes, or that names items in several sections."""
    pending = {item.key: item for item in open_items(dossier)}
    chosen: list[tuple[str, str]] = []
    problems = []
    for ref in refs:
        section, _, item_id = ref.rpartition("/")
        matches = [
            key
            for key in pending
            if key == ref or (not section and key.split("/", 1)[1] == item_id)
        ]
        if len(matches) == 1:
            chosen.append(tuple(matches[0].split("/", 1)))  # type: ignore[arg-type]
        elif matches:
            problems.append(
                t(
                    "'{r}' is meer dan één item ({m}): schrijf sectie/id",
                    "'{r}' is more than one item ({m}): write section/id",
                    r=ref,
                    m=", ".join(matches),
                )
            )
        else:
            problems.append(
                t(
                    "'{r}' heeft niets na te kijken in '{d}'",
                    "'{r}' has nothing to review in '{d}'",
                    r=ref,
                    d=dossier.id,
                )
            )
    if problems:
        raise InputError("; ".join(problems))
    return chosen


def settle(
    db: Database,
    profiles: Iterable[str],
    dossier_id: str,
    accept: Iterable[tuple[str, str]] = (),
    remove: Iterable[tuple[str, str]] = (),
) -> tuple[int, int]:
    """Accept and remove items in one transaction: (accepted, removed). A removed item may not
    be referred to by one that stays."""
    from besluitspoor.recording import checked, references_to
    from besluitspoor.store import dossiers as store

    accept, remove = list(accept), list(remove)
    with db.write() as conn:
        current = store.load(conn, dossier_id)
        data = current.to_data()
        for section, item_id in accept:
            for item in data.get(section, []):
                if item["id"] == item_id:
                    item.pop("review", None)
        gone = set(remove)
        for section, item_id in remove:
            referrers = [
                r
                for r in references_to(current, section, item_id)
                if tuple(r.split(".", 2)[:2]) not in {(s, i) for s, i in gone}
            ]
            if referrers:
                raise InputError(
                    t(
                        "'{i}' wordt genoemd in {w}; verwijder of verander die eerst",
                        "'{i}' is referred to by {w}; remove or change those first",
                        i=item_id,
                        w=", ".join(referrers),
                    )
                )
        for section in SECTIONS:
            if section in data:
                data[section] = [i for i in data[section] if (section, i["id"]) not in gone]
        dossier = checked(data, profiles)
        if dossier.to_data() != current.to_data():
            origin = store.load_origin(conn, dossier_id)
            store.save(conn, [dossier], replace=True, origins=[store.Origin(origin.file, None)])
    return len(accept), len(remove)
