"""From what a RIS publishes to the steps of one policy change: candidates to search among
(meetings, their documents, moties), and the steps the chosen ones become.

Item references are `meeting:<id>`, `document:<id>` and `motie:<id>` (also for amendementen):
the supplier's ids, which step ids carry too, so that importing again never duplicates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from besluitspoor import vocab
from besluitspoor.ris.records import (
    Document,
    Meeting,
    Record,
    document_kind,
    meeting_kind,
)
from besluitspoor.ris.register import item_id, source_slug

SHORT = vocab.ID_PREFIXES


@dataclass(frozen=True)
class Candidate:
    ref: str  # meeting:458902
    day: date | None
    kind: str
    title: str
    url: str | None
    step: dict[str, Any] | None  # the step it becomes (None: it has no date)
    words: str = ""  # more text to search in: a meeting's agenda
    text: str | None = None  # a document's text, where the source gives it


def candidates(
    meetings: Iterable[Meeting],
    records: Iterable[Record],
    documents: Iterable[Document] = (),
) -> list[Candidate]:
    """Every meeting, document and motie found, once each (a document on several agendas is
    dated by the first meeting), by date."""
    found: dict[str, Candidate] = {}
    records = list(records)
    for meeting in meetings:
        kind = meeting_kind(meeting.title)
        ref = meeting.ref or f"meeting:{meeting.source_id}"
        found[ref] = Candidate(
            ref,
            meeting.day,
            kind,
            meeting.title,
            meeting.url,
            _meeting_step(meeting, kind, meeting.url),
            " ".join(meeting.agenda),
        )
        for document in meeting.documents:
            note = (
                f"Datum: de vergadering '{meeting.title}' waar het stuk op de agenda stond; "
                "de datum van het stuk zelf staat in het stuk."
            )
            _add_document(found, document, meeting.day, meeting.supplier, note)
        records.extend(meeting.records)
    for document in documents:
        note = (
            "Datum: zoals de bron hem geeft (de vergadering waarin het stuk besproken werd, of "
            "de laatste wijziging); de datum van het stuk zelf staat in het stuk."
        )
        _add_document(found, document, document.day, document.supplier, note)
    for record in records:  # a later answer wins: an entity's details over a search hit
        if record.kind == "toezegging":
            continue
        ref = record.ref or f"motie:{record.source_id}"
        step = None
        if record.day is not None:
            step = {
                "id": item_id(record),
                "kind": record.kind,
                "date": record.day.isoformat(),
                "title": record.title[:200],
                "status": record.status,
            }
            if record.kind == "motie" and (what := vocab.motion_kind_of(record.title)):
                step["motion_kind"] = what
            if record.url:
                step["source"] = record.url
            if record.wording:
                step["body"] = f"Status bij de bron: {record.wording}"
        found[ref] = Candidate(ref, record.day, record.kind, record.title, record.url, step)
    return sorted(found.values(), key=lambda c: c.day or date.min)  # stable: meeting first


def _add_document(
    found: dict[str, Candidate], document: Document, day: date | None, supplier: str, note: str
) -> None:
    ref = document.ref or f"document:{document.source_id}"
    if ref in found:  # listed again: the entity fills in what the agenda left out, not its date
        _fill_in(found, ref, document)
        return
    if not document.title:
        return
    own = _own_date(document.title)
    if own is not None and (day is None or own <= day):
        day = own  # "Brief wethouder d.d. 21 december 2017": its own date, not its meeting's
    kind = document_kind(document.title)
    step = None
    if day is not None:
        short = SHORT.get(kind, kind)
        step = {
            "id": f"{short}-{supplier}-{source_slug(document.source_id)}",
            "kind": kind,
            "date": day.isoformat(),
            "title": document.title[:200],
            "body": note,
        }
        if document.url:
            step["source"] = document.url
    found[ref] = Candidate(ref, day, kind, document.title, document.url, step, text=document.text)


def _fill_in(found: dict[str, Candidate], ref: str, document: Document) -> None:
    """The text and download address a later answer gives for a document already found."""
    known = found[ref]
    if document.text and known.text is None:
        known = replace(known, text=document.text)
    if document.url and not known.url:
        step = dict(known.step, source=document.url) if known.step is not None else None
        known = replace(known, url=document.url, step=step)
    found[ref] = known


def _own_date(title: str) -> date | None:
    """The date a document's title gives itself, to the day."""
    from besluitspoor.extract.dates import first_day

    found = first_day(title)
    return found.first if found is not None else None


# Agenda items that name who spoke ("Inspreker: mevrouw J. Jansen, Dorpsstraat 1"): the item
# is kept, the person is not (names of insprekers are never stored).
_SPEAKER = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(insprekers?|inspreken|spreekrecht(?: burgers)?)\b.*$", re.I
)


def _without_speakers(agenda: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_SPEAKER.sub(lambda m: m.group(1).capitalize(), item) for item in agenda)


def _meeting_step(meeting: Meeting, kind: str, url: str | None) -> dict[str, Any] | None:
    if meeting.day is None:
        return None
    agenda = _without_speakers(meeting.agenda)
    step: dict[str, Any] = {
        "id": f"{SHORT[kind]}-{meeting.supplier}-{source_slug(meeting.source_id)}",
        "kind": kind,
        "date": meeting.day.isoformat(),
        "title": meeting.title[:200],
    }
    if url:
        step["source"] = url
    if meeting.time:
        step["time"] = meeting.time
    if kind == "commissievergadering":
        step["committee"] = meeting.title
        from besluitspoor.extract.acts import nature as nature_of

        nature = nature_of(meeting.title)  # as extract reads a committee's nature
        if nature:
            step["nature"] = nature
        if agenda:
            step["body"] = "Agenda: " + "; ".join(agenda)[:1500]
    elif kind == "collegebesluit":  # the college's meeting: its agenda is what it decided
        if agenda:
            step["body"] = "Besluitenlijst: " + "; ".join(agenda)[:1500]
    elif agenda:
        step["agenda"] = list(agenda)
    return step


def matches(
    candidate: Candidate, query: str | None, start: date | None, end: date | None, kind: str | None
) -> bool:
    text = f"{candidate.title} {candidate.words}".casefold()
    if query and not all(word in text for word in query.casefold().split()):
        return False
    if kind and candidate.kind != kind:
        return False
    if start and (candidate.day is None or candidate.day < start):
        return False
    return not (end and (candidate.day is None or candidate.day > end))
