"""Decision lists of the council (besluitenlijst, uitslagenlijst, a RIS meeting page) and of the
college (besluitenlijst B&W, "Overzicht collegebesluiten"): the meeting, then one step per item."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from besluitspoor.extract import acts
from besluitspoor.extract.document import Document
from besluitspoor.extract.layouts.agenda import decided_items, unnumbered_college_items
from besluitspoor.extract.layouts.base import (
    LIST_TITLE,
    TRANSLATED_LIST,
    Layout,
    add_meeting,
    dated_by,
    first_line,
    meeting_date,
    short_kind,
)

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft


def decision_list(doc: Document, draft: Draft, college: bool) -> None:
    when = draft.doc_date
    if when is None:
        return
    day = when.iso()
    if not college:
        # (a title says it at its start: not a paragraph that names a meeting far into it, "...
        # De vergadering stemt met deze verzoeken in.")
        heading = next((ln for ln in doc.head(12) if LIST_TITLE.search(ln[:120])), None)
        body = acts.committee("\n".join(doc.head(6)))
        kind = "commissievergadering" if body else "raadsvergadering"
        step: dict[str, Any] = {
            "id": f"{short_kind(kind)}-{day}",
            "kind": kind,
            "date": day,
            "title": f"{body or 'Raadsvergadering'} {when.display('long')}",
        }
        if body:
            step["committee"] = body
            if nature := acts.nature("\n".join(doc.head(20))):
                step["nature"] = nature
        subject = doc.field("onderwerp", "betreft")
        # A RIS page's "Onderwerp" is the head of its motions column, not the meeting's subject.
        if subject and not re.match(r"(?i)\s*(?:motie|amendement)\b", subject):
            step["title"] = f"{body or 'Raadsvergadering'}: {acts.short(subject)}"
        title = heading or first_line(doc)
        add_meeting(draft, step, title, *dated_by(doc, when, title))
        draft.doc_step = step["id"]
    decided_items(doc, draft, day, college)
    if college and not any(step["kind"] == "collegebesluit" for step in draft.steps):
        unnumbered_college_items(doc, draft, day)


COLLEGE = Layout(
    "besluitenlijst-college",
    "besluitenlijst",
    lambda doc, draft: decision_list(doc, draft, college=True),
    markers=(
        re.compile(
            r"\b(?:besluitenlijst|besluiten(?:lijst)?)\b[^\n]{0,40}\b(?:college|b\s?(?:&|en)\s?w|"
            r"burgemeester en wethouders|collegevergadering)\b|\bcollege\s?besluiten\b|"
            r"\bcollegebesluitenlijst\b|\bopenbare besluiten(?:lijst)?\b[^\n]{0,30}\bcollege\b|"
            r"^\s*(?:overzicht\s+)?(?:openbare\s+)?collegebesluiten\b|\bcollegevergadering\b|"
            # a weekly list is the college's: the council does not meet every week
            r"\bbesluiten(?:lijst)?\s+(?:van\s+)?week\s+\d{1,2}\b|"
            # "Onderwerpen college 24 oktober:", "Besluiten van het college van 5 maart"
            r"^\s*(?:(?:besproken\s+)?onderwerpen|besluiten)\s+(?:van\s+)?(?:het\s+)?college\b|"
            # "Vergadering college van burgemeester en wethouders d.d. 7 september 2021"
            r"^\s*(?:openbare\s+)?vergadering\s+(?:van\s+)?(?:het\s+)?(?:college|b\s?&\s?w|"
            r"burgemeester en wethouders)\b|"
            # "(Besluiten) van de vergadering van burgemeester en wethouders van Hattem"
            r"^\W*(?:\w+\s+)?van\s+de\s+vergadering\s+van\s+(?:het\s+college|b\s?(?:&|en)\s?w|"
            r"burgemeester\s+en\s+wethouders)\b|"
            # "BESLISSINGENLIJST van de vergadering van het college op 25 maart 2008"
            r"\b(?:beslissingen|besluiten)lijst\b[^\n]{0,40}\bvan het college\b|"
            # "Openbare Notulen van de vergadering van Burgemeester en Wethouders": the college's
            # minutes are its decisions, item by item
            r"\bnotulen\b[^\n]{0,40}\b(?:burgemeester en wethouders|het college|b\s?(?:&|en)\s?w)\b|"
            # the titles councils give the college's weekly decisions: "B&W-besluiten 12 maart",
            # "Overzicht B&W besluiten", "Dit besloot het college op 12 maart", "Besluitvorming
            # college" ("Nieuws uit het college" tells them in prose: news)
            r"\bb\s?(?:&|en)\s?w[-\s]?besluiten\b|"
            r"^\s*(?:overzicht|genomen|openbare)\s+(?:(?:b\s?(?:&|en)\s?w|college)[-\s]?)?besluiten\b"
            r"(?!\s+(?:van\s+de\s+)?(?:gemeente)?raad)|"
            r"\bbesluitvorming\s+(?:van\s+(?:het\s+)?)?college\b|"
            r"^\s*(?:wat|dit)\s+(?:heeft\s+het\s+college\s+besloten|besloot\s+het\s+college)\b|"
            # a municipality's machine-translated page ("en.gemeente.nl"): "Public decision
            # list May 6, 2025" is the college's weekly list; the council's says "council"
            rf"^\W*{TRANSLATED_LIST}\b(?![^\n]{{0,80}}\bcouncil\b)",
            re.I,
        ),
    ),
    dated=meeting_date,
)
COUNCIL = Layout(
    "besluitenlijst-raad",
    "besluitenlijst",
    lambda doc, draft: decision_list(doc, draft, college=False),
    markers=(
        re.compile(
            r"\bbesluitenlijst\b|\buitslagenlijst\b|\bbesluiten(?:-| en )actielijst\b|"
            r"\bstemmingsuitslagen\b|\bbesluitvorming\s*\(raad\)|\boverzicht vergaderpunten\b|"
            # "RAADSbesluiten van de openbare vergadering van de gemeenteraad op 17 maart 2009"
            r"\braadsbesluiten\s+van\s+de\s+(?:openbare\s+)?vergadering\b|"
            # "Genomen besluiten gemeenteraad", "Besluiten genomen in de gemeenteraadsvergadering
            # van ..." ("Besluiten van de gemeenteraad" heads a section of news as often)
            r"^\W*(?:genomen\s+besluiten|besluiten\s+genomen\s+(?:in|door))\b[^\n]{0,40}?"
            r"\b(?:gemeente)?raad|"
            # (machine-translated: "Public list of decisions made at the municipal council meeting")
            rf"^\W*{TRANSLATED_LIST}\b[^\n]{{0,80}}\bcouncil\b",
            re.I,
        ),
    ),
    dated=meeting_date,
)
