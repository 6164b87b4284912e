"""A motion or an amendment: the motion itself (its status from the text, else ingediend) and
the council meeting it was moved in ("in vergadering bijeen op ...")."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from besluitspoor import vocab
from besluitspoor.extract import dates
from besluitspoor.extract.decree import IN_SESSION
from besluitspoor.extract.document import Document, norm
from besluitspoor.extract.layouts.base import Layout, add, first_line, quote, title_line
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.outcomes import outcome_of

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft

MOTION_LINE = re.compile(
    r"^[ \t]*(?:\(?(?:concept-?|gewijzigde?\s+)?(motie|amendement))\b[ \t]*:?[ \t]*(.*)$",
    re.I | re.M,
)


def motion(doc: Document, draft: Draft) -> None:
    if draft.doc_date is None:
        return
    day = draft.doc_date.iso()
    line = MOTION_LINE.search(doc.text)
    kind = line.group(1).lower() if line else "motie"
    named = norm(line.group(2)) if line else ""
    name = named if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", named)) >= 2 else None
    name = name or doc.field("titel", "onderwerp", "betreft") or title_line(doc) or kind
    name = re.sub(r"^(?:vreemd aan de orde van de dag\s*[:-]?\s*)", "", name, flags=re.I)
    # A motion's record in a RIS says its status in a field; a motion text may carry a stamp.
    status = doc.field("status", "stemming", "uitslag", "besluit")
    outcome = outcome_of(status) if status else None
    outcome = outcome or outcome_of(" ".join(doc.head(4)) + " " + " ".join(doc.lines[-6:]))
    step = {
        "id": f"{kind}-{day}",
        "kind": kind,
        "date": day,
        "title": f"{kind.capitalize()} {name}"[:160]
        if not name.lower().startswith(kind)
        else name[:160],
        "status": outcome or "ingediend",
    }
    if kind == "motie" and (what := vocab.motion_kind_of(f"{step['title']} {first_line(doc)}")):
        step["motion_kind"] = what
    add(draft, step, line.group(0) if line else first_line(doc))
    draft.doc_step = step["id"]
    meeting = IN_SESSION.search(doc.text)
    said = meeting.group(0) if meeting else doc.field_lines.get("datum")
    if said:
        quote(draft, "steps", step["id"], said)
        council = {
            "id": f"raad-{day}",
            "kind": "raadsvergadering",
            "date": day,
            "title": f"Raadsvergadering {draft.doc_date.display('long')}",
        }
        add(draft, council, said)


def _dated(doc: Document, given: date | None) -> FuzzyDate | None:
    """A motion dates from the meeting it was moved in, or its record's date."""
    m = IN_SESSION.search(doc.text)
    if m and (found := dates.first_day(m.group(1), given)):
        return found
    value = doc.field("datum", "datum vergadering", "vergaderdatum", "datum indiening")
    return dates.first_day(value, given) if value else None


LAYOUT = Layout(
    "motie",
    "motie",
    motion,
    markers=(
        re.compile(
            r"^\W*(?:[A-Z]{1,3}\s?\d{1,3}[a-z]?\s+)?(?:\(?(?:concept-?|gewijzigde?\s+)?(?:motie|amendement)\b)",
            re.I,
        ),
    ),
    dated=_dated,
)
