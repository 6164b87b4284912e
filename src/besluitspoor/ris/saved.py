"""Saved RIS responses (archives, Woo data, the tests) read into what they hold: meetings,
register records and documents, whatever the supplier. `besluitspoor ris --from-file` uses it;
so can any importer."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from besluitspoor.i18n import t
from besluitspoor.problems import InputError, Problem
from besluitspoor.ris import ibabs, notubiz, obv
from besluitspoor.ris.records import Document, Meeting, Record


@dataclass
class Found:
    meetings: list[Meeting] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)


def read(
    supplier: str, site: str, files: list[Path], register: str, *, records_only: bool = False
) -> Found:
    """What saved responses hold; InputError naming every file that is not a response
    besluitspoor can read, or (`records_only`, for a register) not a register's answer;
    nothing is written then."""
    found = Found()
    hits = Found()  # search hits: read first, so that an entity's details win over them
    problems: list[Problem] = []
    meeting_answers: list[str] = []
    types: dict[str, str] = {}
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), None, "", str(exc)))
            continue
        before = (
            len(found.records) + len(hits.records),
            len(found.meetings) + len(meeting_answers),
        )
        try:
            _read_one(supplier, text, register, found, hits, meeting_answers, types)
            after = (
                len(found.records) + len(hits.records),
                len(found.meetings) + len(meeting_answers),
            )
            if records_only and after[0] == before[0] and after[1] > before[1]:
                problems.append(
                    Problem(
                        str(path),
                        None,
                        "",
                        t(
                            "een antwoord met een vergadering, geen register: geef het antwoord "
                            "van het register ({r})",
                            "an answer with a meeting, not a register: give the register's "
                            "answer ({r})",
                            r=register,
                        ),
                    )
                )
        except ValueError as exc:
            problems.append(
                Problem(
                    str(path),
                    None,
                    "",
                    t(
                        "geen {s}-antwoord dat besluitspoor kan lezen: {e}",
                        "not a {s} response besluitspoor can read: {e}",
                        s=supplier,
                        e=exc,
                    ),
                )
            )
    if problems:
        raise InputError(problems)
    for answer in meeting_answers:  # after every file: the meeting types name the meetings
        found.meetings.extend(ibabs.meetings(answer, site, types))
    return Found(
        hits.meetings + found.meetings,
        hits.records + found.records,
        hits.documents + found.documents,
    )


def _read_one(
    supplier: str,
    text: str,
    register: str,
    found: Found,
    hits: Found,
    meeting_answers: list[str],
    types: dict[str, str],
) -> None:
    if supplier == "notubiz":
        payload = json.loads(text)
        if isinstance(payload, dict) and ("agenda_items" in payload or "meeting" in payload):
            found.meetings.append(notubiz.meeting(payload))
        else:
            found.records.extend(notubiz.record(i, register) for i in notubiz.items(payload))
    elif supplier == "obv":
        payload = json.loads(text)
        meetings, records, documents = obv.read(payload)
        into = hits if isinstance(payload, dict) and "results" in payload else found
        into.meetings.extend(meetings)
        into.records.extend(records)
        into.documents.extend(documents)
    else:
        try:
            name, _ = ibabs.operation(text)
        except ibabs.Refused as exc:
            raise ValueError(f"iBabs refused the request: {exc}") from None
        if name == "GetListEntry":
            found.records.append(ibabs.record(text, register))
        elif name == "GetMeetingsByDateRange":
            meeting_answers.append(text)
        elif name == "GetMeetingtypes":
            types.update(ibabs.meeting_types(text))
        else:
            raise ValueError(
                f"a {name} answer lists entries without their contents: save the "
                "GetListEntry answer of each entry"
            )
