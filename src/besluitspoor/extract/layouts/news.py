"""Council news and any text that does not say what it is: no step of its own; the meeting it
reports on and the decisions in its prose are read sentence by sentence by `recognize`."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from besluitspoor.extract import acts, dates
from besluitspoor.extract.acts import OTHER_RADEN
from besluitspoor.extract.document import Document
from besluitspoor.extract.layouts.base import Layout, add, add_meeting, meeting_date
from besluitspoor.fuzzydate import FuzzyDate

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft


# A page titled by the council and a day ("Terugblik raad 20 december 2021", ""Uit de raad" -
# 3 november 2022", "Uit de Fractie: Raadsverslag 9 maart 2017")
# reports that day's council meeting; a month alone ("Raadsvergadering december 2021", "Nieuws
# uit de gemeenteraad, December 2014") that month's.
_COUNCIL_TITLE = re.compile(
    r"^\W*(?:[^:\d]{1,40}:\s*)?(?:terugblik\s+(?:op\s+)?(?:de\s+)?|uit\s+de\s+|nieuws\s+uit\s+de\s+)?"
    rf"(?:gemeente)?raad(?:svergadering|sverslag|sflits)?\b(?!\s+van\s+{OTHER_RADEN})",
    re.I,
)


# A page titled by a meeting of the council's own other kinds and its day ("Politieke avond -
# 7 september 2023", "Agenda - Politieke Avond 22 september 2021", "Rond-de-tafelgesprek - 14
# januari 2021", "Opiniërende Raadsbijeenkomst 10 december 2020 19:30:00") announces or reports
# that meeting. (A "Commissie ..." title makes the page a report; a "Raadsavond" holds the
# council's own vote.)
_SESSION_TITLE = re.compile(
    r"^\W*(?:agenda\s*[-–:]?\s*)?(?P<name>politieke?\s+(?:avond|markt)|politiek\s+beraad|"
    r"rond[- ]de[- ]tafel\w*|ronde ?tafel\w*|raadsronde|carrousel|"
    r"(?:opini[eë]rende|beeldvormende|oordeels?vormende|informerende)\s+(?:raads)?(?:vergadering|"
    r"bijeenkomst|sessie|avond)|(?:raads)?informatie(?:ronde|avond|bijeenkomst|sessie)|"
    r"info-?\s*en\s+debatbijeenkomst(?:en)?|thema-?(?:avond|bijeenkomst))\b",
    re.I,
)


def news(doc: Document, draft: Draft) -> None:
    # the title, or a line just under a site's name or the day it was published
    title = next((line for line in doc.head(4) if _meeting(doc, line, draft, longest=100)), None)
    if title is None:
        any(_session(doc, line, draft) for line in doc.head(4))  # else a session's title
    # A page of several reports, each under a line of its own naming its meeting ("Raadsflits
    # 13 februari 2024 - Groot draagvlak voor opvang"): each one's meeting, to the day.
    for block in doc.blocks:
        said = block.text.strip()
        if len(block.lines) == 1 and said != title:
            _meeting(doc, said, draft, longest=120, days_only=True)


def _titled(line: str, known: date | None, longest: int) -> dates.Mention | None:
    """The date a line that titles a council meeting names first (no period in words)."""
    if len(line) > longest or not _COUNCIL_TITLE.match(line):
        return None
    told = next(iter(dates.find(line, known)), None)
    return told if told is not None and not told.period else None


def titled_day(line: str, known: date | None) -> FuzzyDate | None:
    """The day of the council meeting a line of its own names ("Raadsflits 13 februari 2024 -
    Groot draagvlak"): what the paragraphs under it tell was done that day."""
    told = _titled(line, known, longest=120)
    return told.value if told is not None and told.day else None


def _meeting(
    doc: Document, title: str, draft: Draft, longest: int, days_only: bool = False
) -> bool:
    """Proposes the meeting a council title names, if it names its day (or month)."""
    known = draft.doc_date.first if draft.doc_date else None
    told = _titled(title, known, longest)
    if told is None or not (told.day or told.value.precision == "month"):
        return False
    if days_only and (
        not told.day
        or any(
            x["kind"] == "raadsvergadering" and x["date"] == told.value.iso() for x in draft.steps
        )
    ):
        return False  # (a meeting the page has told already: the title's, or one above)
    if not told.day:
        if told.inferred:
            return False  # "Raadsvergadering december": of which year the title does not say
        month = (told.value.year, told.value.month)
        if any(
            (m.value.year, m.value.month) == month for m in dates.find(doc.text, known) if m.day
        ):
            return False  # "Nieuws uit de raad februari 2018" over "Op 22 februari vond ..."
    when = told.value
    step = {"id": f"raad-{when.iso()}", "kind": "raadsvergadering", "date": when.iso()}
    step["title"] = f"Raadsvergadering {when.display('long')}"
    add_meeting(draft, step, title)
    if told.inferred:
        draft.review[f"steps/{step['id']}"] = f"jaar afgeleid ({when.iso()}): nagaan"
    return True


def _session(doc: Document, title: str, draft: Draft) -> bool:
    """Proposes the committee-like meeting a title names with its day."""
    if len(title) > 120 or (m := _SESSION_TITLE.match(title)) is None:
        return False
    known = draft.doc_date.first if draft.doc_date else None
    told = next(iter(dates.find(title, known)), None)
    if told is None or told.period or not told.day:
        return False
    when = told.value
    if any(s["date"] == when.iso() and s["kind"].endswith("vergadering") for s in draft.steps):
        return False
    name = re.sub(r"\s+", " ", m["name"]).strip()
    name = name[:1].upper() + name[1:]
    title_of = f"{name} {when.display('long')}"
    step: dict[str, Any]
    # ("Oordeelsvormende raadsvergadering": most readers call it the council's meeting)
    if name.lower().endswith("raadsvergadering"):
        step = {"id": f"raad-{when.iso()}", "kind": "raadsvergadering", "title": title_of}
    else:
        step = {"id": f"cie-{when.iso()}", "kind": "commissievergadering", "committee": name}
        step["title"] = title_of
        if nature := acts.nature(title):
            step["nature"] = nature
    step["date"] = when.iso()
    if at := acts.time_of("\n".join(doc.head(8))):
        step["time"] = at
    add(draft, step, title)
    draft.doc_step = step["id"]  # the page is the meeting's: named again below, the same one
    if told.inferred:
        draft.review[f"steps/{step['id']}"] = f"jaar afgeleid ({when.iso()}): nagaan"
    return True


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
