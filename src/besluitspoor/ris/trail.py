"""From what a RIS publishes to the steps of one policy change: candidates to search among
(meetings, their documents, moties), and the steps the chosen ones become.

Item references are `meeting:<id>`, `document:<id>` and `motie:<id>` (also for amendementen):
the supplier's ids, which step ids carry too, so that importing again never duplicates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from besluitspoor import ids, vocab
from besluitspoor.ris.records import Meeting, Record, document_kind, meeting_kind
from besluitspoor.ris.register import item_id

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


def candidates(meetings: Iterable[Meeting], records: Iterable[Record]) -> list[Candidate]:
    found: dict[str, Candidate] = {}
    for meeting in meetings:
        kind = meeting_kind(meeting.title)
        url = f"https://api.notubiz.nl/events/meetings/{meeting.source_id}"
        found[f"meeting:{meeting.source_id}"] = Candidate(
            f"meeting:{meeting.source_id}",
            meeting.day,
            kind,
            meeting.title,
            url,
            _meeting_step(meeting, kind, url),
            " ".join(meeting.agenda),
        )
        for document in meeting.documents:
            ref = f"document:{document.source_id}"
            if ref in found or not document.title:
                continue
            kind = document_kind(document.title)
            step = None
            if meeting.day is not None:
                short = SHORT.get(kind, kind)
                step = {
                    "id": f"{short}-{meeting.supplier}-{ids.slugify(document.source_id, 30)}",
                    "kind": kind,
                    "date": meeting.day.isoformat(),
                    "title": document.title[:200],
                    "body": f"Datum: de vergadering '{meeting.title}' waar het stuk op de "
                    "agenda stond; de datum van het stuk zelf staat in het stuk.",
                }
                if document.url:
                    step["source"] = document.url
            found[ref] = Candidate(ref, meeting.day, kind, document.title, document.url, step)
    for record in records:
        if record.kind == "toezegging":
            continue
        ref = f"motie:{record.source_id}"
        step = None
        if record.day is not None:
            step = {
                "id": item_id(record),
                "kind": record.kind,
                "date": record.day.isoformat(),
                "title": record.title[:200],
                "status": record.status,
            }
            if record.url:
                step["source"] = record.url
            if record.wording:
                step["body"] = f"Status bij de bron: {record.wording}"
        found[ref] = Candidate(ref, record.day, record.kind, record.title, record.url, step)
    return sorted(found.values(), key=lambda c: c.day or date.min)  # stable: meeting first


def _meeting_step(meeting: Meeting, kind: str, url: str) -> dict[str, Any] | None:
    if meeting.day is None:
        return None
    step: dict[str, Any] = {
        "id": f"{SHORT[kind]}-{meeting.supplier}-{ids.slugify(meeting.source_id, 30)}",
        "kind": kind,
        "date": meeting.day.isoformat(),
        "title": meeting.title[:200],
        "source": url,
    }
    if meeting.time:
        step["time"] = meeting.time
    if kind == "commissievergadering":
        step["committee"] = meeting.title
        if meeting.agenda:
            step["body"] = "Agenda: " + "; ".join(meeting.agenda)[:1500]
    elif meeting.agenda:
        step["agenda"] = list(meeting.agenda)
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
