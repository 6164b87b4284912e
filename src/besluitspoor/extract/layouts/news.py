"""Council news and any text that does not say what it is: no step of its own; the meeting it
reports on and the decisions in its prose are read sentence by sentence by `recognize`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from besluitspoor.extract.document import Document
from besluitspoor.extract.layouts.base import Layout, meeting_date

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft


def news(doc: Document, draft: Draft) -> None:
    return None


LAYOUT = Layout("nieuws", "overig", news, dated=meeting_date)
