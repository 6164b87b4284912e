"""Fuzzy dates: a year, a month or a day, parsed from ISO or written Dutch.

Sources often name only a month ("in januari 2022"). A fuzzy date keeps that precision and stands
for an interval (`2022-01` is 1..31 January), so rules can compare dates three-valued: definitely
before, definitely not before, or unknown when the intervals overlap. Some are known only from
one side ("vóór 31 mei 2007", "na 1 juni 2007"): an open date is the interval from the first
day the format knows up to the day before, or from the day after to the last.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from besluitspoor.i18n import t

if TYPE_CHECKING:
    from dateutil.parser import parserinfo

Precision = Literal["year", "month", "day", "period", "open"]
Bound = Literal["before", "after"]
# How an open date is written: in Dutch, as the format stores it, and the English a user types.
_OPEN_WORDS: dict[str, Bound] = {"vóór": "before", "voor": "before", "before": "before"}
_OPEN_WORDS |= {"na": "after", "after": "after"}
_OPEN_TEXT: dict[Bound, tuple[str, str]] = {"before": ("vóór", "before"), "after": ("na", "after")}

# The dates a council's trail can have (`parse`, which reads every date a user gives): the
# Gemeentewet is of 1851, and a deadline or an announced step lies at most a lifetime ahead.
# Bounded so that date arithmetic in the rules (a term added to a date, `of`) can never leave
# Python's calendar (years 1-9999).
MIN_YEAR, MAX_YEAR = 1800, 2199

# The names of each month a date may be written with: Dutch, and the English ones an English
# user types ("8 February 2023"); shown in Dutch (MONTH_SHORT_NL, MONTH_LONG_NL) or English.
MONTHS_NL = (
    ("jan", "januari", "january"),
    ("feb", "febr", "februari", "february"),
    ("mrt", "maart", "mar", "maa", "march"),
    ("apr", "april"),
    ("mei", "may"),
    ("jun", "juni", "june"),
    ("jul", "juli", "july"),
    ("aug", "augustus", "august"),
    ("sep", "sept", "september"),
    ("okt", "oktober", "oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)
WEEKDAYS_NL = (
    ("ma", "maandag"),
    ("di", "dinsdag"),
    ("wo", "woensdag"),
    ("do", "donderdag"),
    ("vr", "vrijdag"),
    ("za", "zaterdag"),
    ("zo", "zondag"),
)
MONTH_SHORT_NL = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
MONTH_LONG_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTH_SHORT_EN = tuple(calendar.month_abbr[i].lower() for i in range(1, 13))
MONTH_LONG_EN = tuple(calendar.month_name[i] for i in range(1, 13))

_MONTH_WORDS = "|".join(sorted({w for names in MONTHS_NL for w in names}, key=len, reverse=True))
_WEEKDAY_WORDS = "|".join(
    sorted({w for names in WEEKDAYS_NL for w in names}, key=len, reverse=True)
)

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# Cut the date out with a pattern before dateutil sees it: fuzzy parsing of free text invents dates.
_WRITTEN = re.compile(
    rf"(?:(?P<weekday>{_WEEKDAY_WORDS})\.?,?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\s+)?"
    rf"(?P<month>{_MONTH_WORDS})\.?\s+(?P<year>\d{{4}})",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(?P<day>\d{1,2})[-/](?P<month>\d{1,2})[-/](?P<year>\d{4})")
# Year first with slashes (2023/02/08): unambiguous, as the ISO form is.
_YMD = re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})")


class FuzzyDateError(ValueError):
    """A text that is not a date, or names a date that does not exist."""


@dataclass(frozen=True, order=False, slots=True)
class FuzzyDate:
    """A date known to the year, the month or the day; or a period from one such date to
    another (`end`), as in "oktober t/m december 2018"."""

    year: int
    month: int | None = None
    day: int | None = None
    end: FuzzyDate | None = None
    # Known only as before or after this date: "vóór 31 mei 2007".
    bound: Bound | None = None
    # The interval, computed once: rules compare dates many times.
    _first: date = field(init=False, repr=False, compare=False)
    _last: date = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise FuzzyDateError(t("een dag heeft een maand nodig", "a day needs a month"))
        if not 1 <= self.year <= 9999:  # the calendar's own; what a user gives: parse()
            raise FuzzyDateError(
                t(
                    "jaar {y} valt buiten de kalender",
                    "year {y} is outside the calendar",
                    y=self.year,
                )
            )
        if self.month is not None and not 1 <= self.month <= 12:
            raise FuzzyDateError(
                t("maand {m} bestaat niet", "month {m} does not exist", m=self.month)
            )
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise FuzzyDateError(
                    t(
                        "dag {d} bestaat niet in {m} {y}",
                        "day {d} does not exist in {m} {y}",
                        d=self.day,
                        m=MONTH_LONG_NL[self.month - 1],
                        y=self.year,
                    )
                )
        object.__setattr__(self, "_first", date(self.year, self.month or 1, self.day or 1))
        if self.day is not None and self.month is not None:
            end = self._first
        else:
            month = self.month or 12
            end = date(self.year, month, calendar.monthrange(self.year, month)[1])
        if self.end is not None:
            if self.end.end is not None:
                raise FuzzyDateError(
                    t(
                        "een periode kan niet in een periode eindigen",
                        "a period cannot end in another period",
                    )
                )
            if self.end.last <= end:
                raise FuzzyDateError(
                    t(
                        "een periode moet eindigen na het begin ({e} ligt niet na {b})",
                        "a period must end after it begins ({e} is not after {b})",
                        e=self.end.iso(),
                        b=FuzzyDate(self.year, self.month, self.day).iso(),
                    )
                )
            end = self.end.last
        if self.bound is not None:
            if self.end is not None:
                raise FuzzyDateError(
                    t("een open datum is geen periode", "an open date is not a period")
                )
            if self.bound == "before":
                end = self._first - timedelta(days=1)
                object.__setattr__(self, "_first", date(MIN_YEAR, 1, 1))
            else:
                object.__setattr__(self, "_first", end + timedelta(days=1))
                end = date(MAX_YEAR, 12, 31)
        object.__setattr__(self, "_last", end)

    @property
    def precision(self) -> Precision:
        if self.bound is not None:
            return "open"
        if self.end is not None:
            return "period"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def first(self) -> date:
        """The first day of the interval this date stands for."""
        return self._first

    @property
    def last(self) -> date:
        """The last day of the interval this date stands for."""
        return self._last

    @property
    def near(self) -> date:
        """The day a trail places this date at: its first day, or for "vóór 31 mei 2007" the
        last day it can be (a timeline does not draw it from the year 1800)."""
        return self._last if self.bound == "before" else self._first

    def iso(self) -> str:
        """ISO text with exactly the precision that was given: `2022`, `2022-01`, `2022-01-18`."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.bound is not None:
            return f"{_OPEN_TEXT[self.bound][0]} {text}"
        return f"{text}/{self.end.iso()}" if self.end is not None else text

    def __str__(self) -> str:
        return self.iso()

    def display(self, style: Literal["short", "long"] = "short", lang: str = "nl") -> str:
        """Human form at the given precision: `jan 2022`, `30 nov 2022`, `18 januari 2023`,
        `okt – dec 2018`, `vóór 31 mei 2007`."""
        if self.bound is not None:
            word = _OPEN_TEXT[self.bound][1 if lang == "en" else 0]
            return f"{word} {FuzzyDate(self.year, self.month, self.day).display(style, lang)}"
        if self.end is not None:
            begin = FuzzyDate(self.year, self.month, self.day).display(style, lang)
            if self.end.year == self.year and self.month is not None:
                begin = begin.removesuffix(f" {self.year}")
            return f"{begin} – {self.end.display(style, lang)}"
        if self.month is None:
            return str(self.year)
        if lang == "en":
            names = MONTH_SHORT_EN if style == "short" else MONTH_LONG_EN
        else:
            names = MONTH_SHORT_NL if style == "short" else MONTH_LONG_NL
        text = f"{names[self.month - 1]} {self.year}"
        return f"{self.day} {text}" if self.day is not None else text

    @classmethod
    def of(cls, value: date) -> FuzzyDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, value: object) -> FuzzyDate:
        """Parse ISO (`2022`, `2022-01`, `2022-01-18`) or written Dutch (`18 januari 2023`,
        `jan 2022`, `13 dec. 2022`, `dinsdag 14 maart 2023`, `14-3-2023`), a period of two
        of them (`2018-10/2018-12`, `oktober - december 2018`, `okt t/m dec 2018`), or an open
        date (`vóór 2007-05-31`, `na 1 juni 2007`)."""
        parsed = cls._parse(value)
        for part in (parsed, parsed.end):
            if part is not None and not MIN_YEAR <= part.year <= MAX_YEAR:
                raise FuzzyDateError(
                    t(
                        "jaar {y} kan niet: een datum ligt tussen {a} en {b}",
                        "year {y} is not possible: a date lies between {a} and {b}",
                        y=part.year,
                        a=MIN_YEAR,
                        b=MAX_YEAR,
                    )
                )
        return parsed

    @classmethod
    def _parse(cls, value: object) -> FuzzyDate:
        if isinstance(value, FuzzyDate):
            return value
        if isinstance(value, datetime):
            raise FuzzyDateError(
                t("verwacht een datum, geen datum met tijd", "expected a date, not a date and time")
            )
        if isinstance(value, date):
            return cls.of(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value)
        if not isinstance(value, str):
            raise FuzzyDateError(t("verwacht een datum", "expected a date"))
        return _parse_text(value.strip())


# A dossier collection repeats the same few thousand dates; a FuzzyDate is immutable, so the
# parse of a text is kept (an error is not, and is raised again).
@lru_cache(maxsize=65536)
def _parse_text(text: str) -> FuzzyDate:
    if (m := _OPEN.fullmatch(text)) is not None:
        try:  # "voor de zomer van 2024" is a period in words, not an open date
            known = _parse_single(m["date"].strip())
        except FuzzyDateError:
            pass
        else:
            bound = _OPEN_WORDS[m["word"].lower()]
            return FuzzyDate(known.year, known.month, known.day, bound=bound)
    try:
        if (parts := _PERIOD.split(text, maxsplit=1)) and len(parts) == 2:
            return _parse_period(parts[0].strip(), parts[1].strip())
        return _parse_single(text)
    except FuzzyDateError:
        # A council's words for a time: "derde kwartaal 2023", "voorjaar 2024", "medio 2023".
        from besluitspoor.extract.dates import period_of

        if (period := period_of(text)) is not None:
            return period
        raise


_OPEN = re.compile(r"(?P<word>vóór|voor|before|na|after)\s+(?P<date>\S.*)", re.IGNORECASE)
# "A - B", "A – B", "A t/m B", "A tot en met B", "A tot B", and ISO "A/B" between ISO dates.
_PERIOD = re.compile(
    r"\s+(?:-|–|t/m|tot en met|tot)\s+"
    r"|(?:(?<=^\d{4})|(?<=\d{4}-\d\d)|(?<=\d{4}-\d\d-\d\d))/(?=\d{4})",
    re.IGNORECASE,
)


def _parse_period(left: str, right: str) -> FuzzyDate:
    end = _parse_single(right)
    # "okt t/m dec 2018" and "1 - 15 oktober 2018": the first part borrows what it leaves out.
    fills = [left]
    if end.month is not None:
        fills.append(f"{left} {end.year}")
        fills.append(f"{left} {MONTH_LONG_NL[end.month - 1]} {end.year}")
    for candidate in fills:
        try:
            begin = _parse_single(candidate)
        except FuzzyDateError:
            continue
        return FuzzyDate(begin.year, begin.month, begin.day, end)
    raise FuzzyDateError(
        t(
            "'{x}' is geen begin van een periode; schrijf bijvoorbeeld 'okt t/m dec 2018'",
            "'{x}' is not the start of a period; write e.g. 'okt t/m dec 2018'",
            x=left,
        )
    )


def _parse_single(text: str) -> FuzzyDate:
    if m := _ISO.fullmatch(text):
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        return FuzzyDate(year, month, day)
    if m := _NUMERIC.fullmatch(text) or _YMD.fullmatch(text):
        return FuzzyDate(int(m["year"]), int(m["month"]), int(m["day"]))
    if m := _WRITTEN.fullmatch(text):
        return _parse_written(m)
    raise FuzzyDateError(
        t(
            "'{x}' is geen datum; schrijf 2023-01-18, 2023-01, 2023, '18 januari 2023', "
            "'jan 2023', een periode 'okt t/m dec 2018', 'derde kwartaal 2023' of "
            "'vóór 2007-05-31'",
            "'{x}' is not a date; use 2023-01-18, 2023-01, 2023, '18 januari 2023', "
            "'jan 2023', a period 'okt t/m dec 2018', 'derde kwartaal 2023' or "
            "'before 2007-05-31'",
            x=text,
        )
    )


def _parse_written(m: re.Match[str]) -> FuzzyDate:
    from dateutil import parser

    cut = f"{m['day'] or ''} {m['month']} {m['year']}".strip()
    # A month-only date silently takes the default's day: parse with two different defaults, and
    # a field that differs between the two results was not in the text.
    try:
        a = parser.parse(cut, parserinfo=_dutch(), default=datetime(2000, 1, 1))
        b = parser.parse(cut, parserinfo=_dutch(), default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        raise FuzzyDateError(
            t("'{x}' is geen bestaande datum", "'{x}' is not a date that exists", x=m.group(0))
        ) from None
    if a.year != b.year:  # pragma: no cover - the pattern always captures a year
        raise FuzzyDateError(t("'{x}' heeft geen jaar", "'{x}' has no year", x=m.group(0)))
    result = FuzzyDate(a.year, a.month, a.day if a.day == b.day else None)
    if m["weekday"] and result.day is not None:
        named = next(i for i, names in enumerate(WEEKDAYS_NL) if m["weekday"].lower() in names)
        actual = result.first.weekday()
        if named != actual:
            raise FuzzyDateError(
                t(
                    "'{x}': {d} is een {a}, geen {n}",
                    "'{x}': {d} is a {a}, not a {n}",
                    x=m.group(0),
                    d=result.display("long"),
                    a=WEEKDAYS_NL[actual][1],
                    n=WEEKDAYS_NL[named][1],
                )
            )
    return result


@lru_cache(maxsize=1)
def _dutch() -> parserinfo:
    from dateutil import parser

    class DutchParserInfo(parser.parserinfo):
        def __init__(self) -> None:
            # Set before the base class turns the name lists into its lookup tables.
            self.MONTHS = list(MONTHS_NL)  # type: ignore[arg-type]  # 1 to 4 names a month
            self.WEEKDAYS = list(WEEKDAYS_NL)
            super().__init__(dayfirst=True)

    return DutchParserInfo()


# --- three-valued comparison -------------------------------------------------------------------

Tri = bool | None  # True, False, or None for "cannot be told from the record"


def before(a: FuzzyDate, b: FuzzyDate) -> Tri:
    """Is `a` strictly before `b`? None when the intervals overlap."""
    if a.last < b.first:
        return True
    if a.first >= b.last:
        return False
    return None


def on_or_before(a: FuzzyDate, b: FuzzyDate) -> Tri:
    """Is `a` on or before `b`? None when the intervals overlap."""
    if a.last <= b.first:
        return True
    if a.first > b.last:
        return False
    return None


# --- time of day on a step ---------------------------------------------------------------------

_DAY_PART_MINUTES = {"ochtend": (0, 720), "middag": (720, 1080), "avond": (1080, 1440)}
_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def parse_time(value: object) -> str:
    """Normalise a step's `time`: `HH:MM` (zero-padded) or `ochtend`/`middag`/`avond`."""
    if not isinstance(value, str):
        raise FuzzyDateError(
            t(
                "verwacht UU:MM of ochtend, middag, avond",
                "expected HH:MM or ochtend, middag, avond",
            )
        )
    text = value.strip().lower()
    if text in _DAY_PART_MINUTES:
        return text
    if m := _HHMM.fullmatch(text):
        return f"{int(m[1]):02d}:{m[2]}"
    raise FuzzyDateError(
        t(
            "'{x}' is geen tijd; schrijf UU:MM of ochtend, middag, avond",
            "'{x}' is not a time; use HH:MM or ochtend, middag, avond",
            x=value,
        )
    )


def time_interval(value: str | None) -> tuple[int, int]:
    """Minutes since midnight [start, end) that a step's `time` stands for (whole day if None)."""
    if value is None:
        return (0, 1440)
    if value in _DAY_PART_MINUTES:
        return _DAY_PART_MINUTES[value]
    hours, minutes = value.split(":")
    start = int(hours) * 60 + int(minutes)
    return (start, start + 1)


def ambiguous_reading(text: str) -> FuzzyDate | None:
    """The date `02/08/2023` is read as (day first, as Dutch writes it) when the other reading
    would be a date too: callers say which one was taken."""
    m = _NUMERIC.fullmatch(text.strip())
    if m is None or "/" not in text:
        return None
    day, month = int(m["day"]), int(m["month"])
    if day == month or day > 12 or month > 12:
        return None
    return FuzzyDate(int(m["year"]), month, day)
