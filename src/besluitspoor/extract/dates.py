"""Dates as council documents write them, resolved against the document's own date: a day
without a year takes the year that puts it nearest the document (`jl.` before it, `a.s.` after
it); a month alone ("de raad van juni") the next such month from the document date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from besluitspoor.fuzzydate import MONTHS_NL, FuzzyDate, FuzzyDateError

_MONTH = {name: i for i, names in enumerate(MONTHS_NL, start=1) for name in names}
_MONTHS = "|".join(sorted(_MONTH, key=len, reverse=True))
_WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"

FULL = re.compile(rf"\b(?:{_WEEKDAYS}\s+)?(\d{{1,2}})\s+({_MONTHS})\.?\s+(\d{{4}})\b", re.I)
YEARLESS = re.compile(
    rf"\b(?:({_WEEKDAYS})\s+)?(\d{{1,2}})\s+({_MONTHS})\b\.?(?!\s*\d)(\s*(?:jl\.?|j\.l\.|a\.s\.?|aanstaande))?",
    re.I,
)
_WEEKDAY_NUMBER = {
    name: n
    for n, name in enumerate(
        ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    )
}
MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{4}})\b", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_ALONE = re.compile(rf"\b(?:van|in|eind|begin|medio)\s+({_MONTHS})\b(?!\s*\d)", re.I)


@dataclass(frozen=True)
class Found:
    value: FuzzyDate
    start: int
    end: int


def _day(year: int, month: int, day: int) -> FuzzyDate | None:
    try:
        return FuzzyDate(year, month, day)
    except FuzzyDateError:
        return None


def find(text: str, doc_date: date | None) -> list[Found]:
    """Every date in `text`, in order, with yearless ones resolved against `doc_date`."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(value: FuzzyDate | None, m: re.Match[str]) -> None:
        if value is not None and free(m.start(), m.end()):
            found.append(Found(value, m.start(), m.end()))
            taken.append((m.start(), m.end()))

    for m in FULL.finditer(text):
        add(_day(int(m[3]), _MONTH[m[2].lower()], int(m[1])), m)
    for m in NUMERIC.finditer(text):
        add(_day(int(m[3]), int(m[2]), int(m[1])), m)
    for m in ISO.finditer(text):
        add(_day(int(m[1]), int(m[2]), int(m[3])), m)
    for m in MONTH_YEAR.finditer(text):
        add(FuzzyDate(int(m[2]), _MONTH[m[1].lower()]), m)
    if doc_date is not None:
        for m in YEARLESS.finditer(text):
            weekday = _WEEKDAY_NUMBER.get((m[1] or "").lower())
            marker = (m[4] or "").strip()
            add(_resolve_day(int(m[2]), _MONTH[m[3].lower()], marker, doc_date, weekday), m)
        for m in MONTH_ALONE.finditer(text):
            month = _MONTH[m[1].lower()]
            year = doc_date.year if month >= doc_date.month else doc_date.year + 1
            add(FuzzyDate(year, month), m)
    return sorted(found, key=lambda f: f.start)


def _resolve_day(
    day: int, month: int, marker: str, doc: date, weekday: int | None = None
) -> FuzzyDate | None:
    options = [v for y in (doc.year - 1, doc.year, doc.year + 1) if (v := _day(y, month, day))]
    if weekday is not None:  # "dinsdag 3 maart": the year in which 3 March is a Tuesday
        options = [v for v in options if v.first.weekday() == weekday] or options
    if marker.startswith(("jl", "j.l")):
        options = [v for v in options if v.first <= doc] or options
    elif marker:
        options = [v for v in options if v.first >= doc] or options
    return min(options, key=lambda v: abs((v.first - doc).days)) if options else None
