"""Council news and any text that does not say what it is: no step of its own; the meeting it
reports on and the decisions in its prose are read sentence by sentence by `recognize`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from besluitspoor.extract.document import Document
from besluitspoor.extract.layouts.base import Layout, meeting_date

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft


def news(doc: Document, draft: Draft) -> None:
    return None


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
