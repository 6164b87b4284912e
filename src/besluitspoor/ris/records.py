"""What a council's register says about one motion, amendment or promise, whatever the supplier.

Only what the dossier format needs and may hold: titles, dates, outcomes, URLs and the
portefeuillehouder. Never the names or votes of council members, nor of citizens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Record:
    supplier: str  # "nb" (Notubiz) or "ib" (iBabs): part of every id made from the record
    source_id: str
    kind: str  # motie, amendement or toezegging
    title: str
    day: date | None
    status: str = "ingediend"  # the format's status; the supplier's wording is in `wording`
    wording: str | None = None
    url: str | None = None
    deadline: date | None = None
    settled_on: date | None = None
    settled_url: str | None = None
    settled: bool = False
    portefeuillehouder: str | None = None
    ref: str | None = None  # how `ris import` names it, when not `motie:<source_id>`
    meeting: str | None = None  # the meeting it was submitted in ("Gemeenteraad 22-01-2026")
    meeting_day: date | None = None


def _moment(value: str | None, bare_is_utc: bool) -> datetime | None:
    if not value or not value.strip() or value.startswith("0000"):
        return None
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:  # iBabs: "Jan 29 2026 12:00AM"
            moment = datetime.strptime(re.sub(r"\s+", " ", text), "%b %d %Y %I:%M%p")
        except ValueError:
            return None
    if moment.tzinfo is None and bare_is_utc:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(AMSTERDAM) if moment.tzinfo is not None else moment


def local_day(value: str | None, bare_is_utc: bool = False) -> date | None:
    """The day in Europe/Amsterdam of a supplier timestamp: bare times are local already
    (unless `bare_is_utc`: OpenBesluitvorming), times with a zone (`Z`, `+00:00`) are
    converted first; `0000-00-00` is no date."""
    moment = _moment(value, bare_is_utc)
    return moment.date() if moment is not None else None


_DUTCH_DAY = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")


def dutch_day(text: str) -> date | None:
    """The first `d-m-yyyy` day in a label ("Gemeenteraad 29-1-2026"), if it is a real day."""
    found = _DUTCH_DAY.search(text)
    if found is None:
        return None
    try:
        return date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None


def outcome(wording: str | None) -> tuple[str, str | None]:
    """The format's status for a supplier's wording ("Motie verworpen" -> verworpen), and the
    wording itself when it says something else ("Niet in stemming gebracht" -> ingediend). The words
    are read as `extract` reads them (besluitspoor.outcomes)."""
    from besluitspoor.outcomes import outcome_of

    if not wording or not wording.strip():
        return "ingediend", None
    status = outcome_of(wording)
    return (status, None) if status else ("ingediend", wording.strip())


@dataclass(frozen=True)
class Document:
    source_id: str
    title: str
    url: str | None
    types: tuple[str, ...] = ()
    # A document found on its own (OpenBesluitvorming), not on a meeting's agenda:
    supplier: str = ""
    day: date | None = None
    ref: str | None = None
    text: str | None = None  # its text where the source gives it (OpenBesluitvorming)


@dataclass(frozen=True)
class Meeting:
    supplier: str
    source_id: str
    title: str
    day: date | None
    time: str | None = None
    agenda: tuple[str, ...] = ()
    documents: tuple[Document, ...] = ()
    url: str | None = None  # the meeting's page (or API answer) at the source
    records: tuple[Record, ...] = ()  # moties decided in it, where the source says so
    ref: str | None = None


def local_time(value: str | None, bare_is_utc: bool = False) -> str | None:
    """HH:MM in Europe/Amsterdam of a supplier timestamp, when it has a time of day."""
    moment = _moment(value, bare_is_utc)
    if moment is None or (moment.hour, moment.minute) == (0, 0):
        return None
    return f"{moment:%H:%M}"


# What a meeting's or a document's title suggests it is (NOTES §2.1: titles are the only hint;
# Notubiz's `body` says "council" on committee meetings too). First match wins: "Raadsvoorstel
# en -besluit" is the proposal; a "Collegebrief" is the college's letter to the council.
_DOCUMENT_KINDS = (
    (
        "raadsinformatiebrief",
        re.compile(
            r"\braadsinformatiebrief\b|\bRIB\b|\bbrief aan de raad\b|\braadsbrief\b|\bmemo\b"
            r"|\bcollegebrief\b|\bcollegememo\b|\binformatiebrief\b",
            re.I,
        ),
    ),
    ("raadsvoorstel", re.compile(r"\braadsvoorstel\b|\bvoorstel aan de raad\b", re.I)),
    ("raadsbesluit", re.compile(r"^\s*(?:[\w.-]+\s+)?(?:ontwerp-?)?raadsbesluit\b", re.I)),
    (
        "collegebesluit",
        re.compile(
            r"^\s*(?:[\w.-]+\s+)?collegebesluit\b|\bbesluitenlijst\b.*\b(?:college|b\s*(?:&|en)\s*w)\b",
            re.I,
        ),
    ),
    ("motie", re.compile(r"^\s*(?:[\w.-]+\s+)?motie\b", re.I)),
    ("amendement", re.compile(r"^\s*(?:[\w.-]+\s+)?amendement\b", re.I)),
    ("vragen", re.compile(r"\bschriftelijke vragen\b", re.I)),
    ("advies", re.compile(r"\badvies\b.*\badviesraad\b|\badviesraad\b.*\badvies\b", re.I)),
)


def document_kind(title: str) -> str:
    kind = next((kind for kind, p in _DOCUMENT_KINDS if p.search(title)), "brief")
    if kind == "raadsbesluit" and re.search(r"\bontwerp", title, re.I):
        return "raadsvoorstel"  # a draft decision goes with the proposal, nothing is decided yet
    return kind


# The college meets too, and its meetings' agendas carry its decisions; sessions where the
# council is informed ("raadsinformatiebijeenkomst") are not council meetings that decide.
_COLLEGE_MEETING = re.compile(
    r"\bcollege\b|\bcollegevergadering\b|\bb\s*(?:&|en)\s*w\b|\bburgemeester en wethouders\b",
    re.I,
)
_INFORMING = re.compile(
    r"informatiebijeenkomst|informatieavond|informatiesessie|beeldvorm|presentatie|"
    r"werksessie|themabijeenkomst|technische sessie",
    re.I,
)


def meeting_kind(title: str) -> str:
    lowered = title.lower()
    if _COLLEGE_MEETING.search(title) and "commissie" not in lowered:
        return "collegebesluit"
    if "commissie" in lowered or "raad" not in lowered or _INFORMING.search(title):
        return "commissievergadering"
    return "raadsvergadering"
