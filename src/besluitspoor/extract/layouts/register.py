"""One entry of a toezeggingen- or motieregister: its fields name the promise or the motion,
the meeting it was made in, its term and its state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from besluitspoor import ids
from besluitspoor.extract import acts, dates
from besluitspoor.extract.document import Document, norm, table_rows
from besluitspoor.extract.layouts.base import Layout, add, quote, short_kind
from besluitspoor.outcomes import outcome_of

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft


def register(doc: Document, draft: Draft) -> None:
    """The entry's own fields; its log lines are read sentence by sentence afterwards."""
    text = doc.field("toezegging", "omschrijving", "onderwerp", "titel")
    made = doc.field("datum toezegging", "datum", "vergaderdatum", "datum vergadering")
    made_on = dates.first_day(made) if made else None
    meeting_id = None
    if made_on is not None:
        where = doc.field("vergadering", "gremium", "commissie", "ingediend in") or ""
        body = acts.committee(where)
        kind = "commissievergadering" if body else "raadsvergadering"
        step: dict[str, Any] = {
            "id": f"{short_kind(kind)}-{made_on.iso()}",
            "kind": kind,
            "date": made_on.iso(),
            "title": f"{body or 'Raadsvergadering'} {made_on.display('long')}",
        }
        if body:
            step["committee"] = body
        label = next(
            x
            for x in ("datum toezegging", "datum", "vergaderdatum", "datum vergadering")
            if x in doc.fields
        )
        meeting_id = add(draft, step, doc.field_lines[label])["id"]
    if text and _MOTION_SUBJECT.search(text):
        _motion_entry(doc, draft, text, meeting_id)
        return
    if "toezegging" in doc.fields or "toezegger" in doc.fields:
        if not text:
            return
        promise: dict[str, Any] = {
            "id": draft.new_id("promises", ids.meaningful(text) or "toezegging"),
            "text": text[:300],
            "by": acts.promiser(
                doc.field("toezegger", "portefeuillehouder", "wethouder") or "", None
            ),
        }
        if holder := doc.field("toezegger", "portefeuillehouder", "wethouder"):
            promise["by"] = norm(holder)[:80]
        term = doc.field("deadline", "termijn", "termijn afdoening", "vervaldatum")
        # no term of its own: the one the promise names ("voor de zomer"), after it was made
        due = (
            dates.find(term, None)
            if term
            else [
                m
                for m in dates.find(text, made_on.first if made_on else None)
                if made_on is None or m.value.last >= made_on.first
            ]
        )
        if due:
            promise["due"] = due[0].value.iso()
        if meeting_id:
            promise["made_in"] = meeting_id
        draft.promises.append(promise)
        said = next(
            x for x in ("toezegging", "omschrijving", "onderwerp", "titel") if x in doc.fields
        )
        quote(draft, "promises", promise["id"], doc.field_lines[said])


_MOTION_SUBJECT = re.compile(r"^\W{0,3}(?:\([^)]{1,30}\)\s*)?(?:motie|amendement)\b", re.I)


def _motion_entry(doc: Document, draft: Draft, text: str, meeting_id: str | None) -> None:
    """An entry that follows a motion (a voortganglijst): the motion, at the council meeting the
    entry names; a motion followed up on was adopted unless the entry says otherwise."""
    meeting = next(
        (s for s in draft.steps if s["id"] == meeting_id or s["kind"] == "raadsvergadering"), None
    )
    if meeting is None:
        return
    kind = "amendement" if re.search(r"\bamendement\b", text[:40], re.I) else "motie"
    stated = outcome_of(doc.field("status", "stemuitslag", "besluit") or "")
    step: dict[str, Any] = {
        "id": f"{kind}-{meeting['date']}",
        "kind": kind,
        "date": meeting["date"],
        "title": acts.tidy(text),
        "status": stated or "aangenomen",
    }
    label = next(x for x in ("toezegging", "omschrijving", "onderwerp", "titel") if x in doc.fields)
    made = add(draft, step, doc.field_lines[label])
    if stated is None:
        draft.review[f"steps/{made['id']}"] = (
            "aangenomen afgeleid: een motie op een voortganglijst is aangenomen; nagaan"
        )


_MOTION_LIST = re.compile(r"\bmoties?\b", re.I)
_ADOPTED_LIST = re.compile(r"\b(?:openstaande|aangenomen|aanvaarde)\s+moties\b", re.I)


def table(doc: Document, draft: Draft) -> None:
    """A register printed as a table (Nr. / Datum / Titel / Ingediend door / Status): one motion
    a row, dated by its own date; a list of open or adopted motions holds adopted ones."""
    top = " ".join(doc.head(3))
    if not _MOTION_LIST.search(top):
        return
    for row in table_rows(doc):
        when = dates.first_day(row.get("datum", ""))
        name = row.get("titel") or row.get("onderwerp") or row.get("omschrijving")
        if when is None or not name:
            continue
        number = row.get("nr.") or row.get("nr") or row.get("nummer") or ""
        by = row.get("ingediend door") or row.get("indiener") or row.get("fractie") or ""
        status = outcome_of(row.get("status", "") or row.get("status / afhandeling", ""))
        title = norm(f"Motie {number} {name}" + (f" ({by})" if by else ""))
        step: dict[str, Any] = {
            "id": f"motie-{when.iso()}",
            "kind": "motie",
            "date": when.iso(),
            "title": title,
            "status": status or ("aangenomen" if _ADOPTED_LIST.search(top) else "ingediend"),
        }
        add(draft, step, *(x for x in (number, name) if x))


def register_or_table(doc: Document, draft: Draft) -> None:
    register(doc, draft)
    table(doc, draft)


LAYOUT = Layout(
    "register",
    "overig",
    register_or_table,
    markers=(
        re.compile(
            # "Toezegging 12", "Motie nr. 2023-04", "Actie 15": one entry and its number (not
            # "Moties", the heading of a page's section)
            r"^\s*(?:toezegging|motie|actie)\s*(?:nr\.?|nummer)?\s*(?:(?=[\w./-]*\d)[\w./-]{1,12})?\s*$|"
            r"\b(?:overzicht (?:van )?(?:de )?(?:openstaande |aangenomen |aanvaarde )?(?:moties|toezeggingen)|"
            r"toezeggingenlijst|motielijst|lijst (?:van )?(?:openstaande )?(?:moties|toezeggingen)|"
            r"(?:openstaande|aanvaarde|aangenomen) moties(?: en (?:amendementen|toezeggingen))?|"
            r"opvolging (?:van )?(?:aanvaarde )?moties|(?:openstaande )?raadstoezeggingen|"
            r"stand van zaken (?:van )?(?:de )?(?:aangenomen )?(?:moties|toezeggingen))\b",
            re.I,
        ),
    ),
)
