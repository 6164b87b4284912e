"""Council news and any text that does not say what it is: no step of its own; the meeting it
reports on and the decisions in its prose are read sentence by sentence by `recognize`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from besluitspoor.extract import dates
from besluitspoor.extract.acts import OTHER_RADEN
from besluitspoor.extract.document import Document
from besluitspoor.extract.layouts.base import Layout, add, first_line, meeting_date

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft


# A page titled by the council and a day ("Terugblik raad 20 december 2021", ""Uit de raad" -
# 3 november 2022") reports that day's council meeting.
_COUNCIL_TITLE = re.compile(
    r"^\W*(?:terugblik\s+(?:op\s+)?(?:de\s+)?|uit\s+de\s+|nieuws\s+uit\s+de\s+)?"
    rf"(?:gemeente)?raad(?:svergadering|sverslag)?\b(?!\s+van\s+{OTHER_RADEN})",
    re.I,
)


def news(doc: Document, draft: Draft) -> None:
    title = first_line(doc)
    if len(title) > 100 or not _COUNCIL_TITLE.match(title):
        return
    day = dates.first_day(title, draft.doc_date.first if draft.doc_date else None)
    if day is not None and day.day:
        step = {"id": f"raad-{day.iso()}", "kind": "raadsvergadering", "date": day.iso()}
        step["title"] = f"Raadsvergadering {day.display('long')}"
        add(draft, step, title)


LAYOUT = Layout(
    "nieuws",
    "overig",
    news,
    # A page that tells what the council decided, under a title saying so: a "Motie" heading
    # further down is one of its sections, not what the page is.
    markers=(
        re.compile(
            r"^\s*(?:raadsbesluiten\b|raadsnieuws\b|nieuws uit de (?:gemeente)?raad\b|"
            r"(?:de )?(?:gemeente)?raad (?:heeft )?besl(?:oten|uit)\b|uit de (?:gemeente)?raad\b)",
            re.I,
        ),
    ),
    dated=meeting_date,
)
