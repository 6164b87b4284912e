"""Dates as council documents write them, found in one pass and resolved against an anchor.

Forms: `18 januari 2023`, `dinsdag 3 maart`, `10/5/2017`, `09.01.2019`, `12.Nov.2020`, `2023-01-18`,
`juni 2022`, `in november`, `in 2023`, and periods in words: `derde kwartaal van 2023`, `Q3
2023`, `voorjaar 2024`, `medio 2024`, `eind 2023`, `eerste helft 2025`, `na de zomer`, `voor de
zomer`. A date without a year takes it from the nearest date in the same passage that has one
(`In juni 2022 ... In november ...` is November 2022), else from the document's date (`jl.` before
it, `a.s.` after it, a weekday must fit); such a date is marked `inferred`. A date after `tot`,
`t/m`, `uiterlijk` or `vóór` is a bound, after `per`, `vanaf` or `met ingang van` a start.

One compiled alternation scanned once with `finditer`: matches never overlap and no pattern
backtracks beyond a few characters, so time is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from besluitspoor.fuzzydate import MAX_YEAR, MIN_YEAR, MONTHS_NL, FuzzyDate, FuzzyDateError

MONTH = {name: i for i, names in enumerate(MONTHS_NL, start=1) for name in names}
_MONTHS = "|".join(sorted(MONTH, key=len, reverse=True))
MONTH_WORDS = _MONTHS  # every Dutch name of a month, longest first (for other patterns)
_WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# "dinsdag", and "dinsdagavond" (a weekday and a part of the day) too.
_WEEKDAYS = "(?:" + "|".join(_WEEKDAY_NAMES) + ")(?:ochtend|middag|avond)?"
_Y = r"(?:1[89]|2[01])\d\d"  # a year the format accepts
# Dutch, and English for `--lang en` ("spring 2024", "third quarter of 2023", "mid 2024").
_SEASON = {
    "voorjaar": (3, 5),
    "lente": (3, 5),
    "zomer": (6, 8),
    "najaar": (9, 11),
    "herfst": (9, 11),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
}
_ORDINAL = {
    "eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4,
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
_SIDE = {"before": "voor", "after": "na", "around": "rond", "during": "tijdens"}
_PART = {"mid": "medio", "early": "begin", "beginning of": "begin", "start of": "begin",
         "late": "eind", "end of": "eind"}  # fmt: skip
_ORD = r"eerste|tweede|derde|vierde|[1-4]e|first|second|third|fourth|1st|2nd|3rd|4th"

_PATTERN = re.compile(
    # Every alternative starts at a word boundary: testing it once first keeps a long text fast.
    rf"""\b(?:
    (?P<quarter>\b(?:het\s+|the\s+)?(?P<q_ord>{_ORD})\s+(?:kwartaal|quarter)
        (?:\s+(?:van\s+|of\s+)?(?P<q_year>{_Y}))?\b)
  | (?P<q_short>\bQ(?P<qs>[1-4])[\s-]?(?P<qs_year>{_Y})\b|\b(?P<qs_year2>{_Y})[\s-]?Q(?P<qs2>[1-4])\b)
  | (?P<half>\b(?:the\s+)?(?P<h_ord>eerste|tweede|1e|2e|first|second|1st|2nd)\s+(?:helft|half)\s+
        (?:van\s+|of\s+)?(?P<h_year>{_Y})\b)
  | (?P<week>\bweek\s+(?P<w_no>[1-5]?\d)(?:\s+|\s*[,(–-]\s*)(?:van\s+)?(?P<w_year>{_Y})\b)
  | (?P<summer>\b(?P<s_side>voor|vóór|na|rond|tijdens)\s+de\s+zomer(?:vakantie|reces)?
        (?:\s+(?:van\s+)?(?P<s_year>{_Y}))?\b
      | \b(?P<s_side_en>before|after|around|during)\s+the\s+summer(?:\s+(?:holidays?|recess))?
        (?:\s+(?:of\s+)?(?P<s_year_en>{_Y}))?\b)
  | (?P<season>\b(?P<se>voorjaar|lente|zomer|najaar|herfst|winter|spring|summer|autumn|fall)\s+
        (?:van\s+|of\s+)?(?P<se_year>{_Y})\b)
  | (?P<season_ny>\b(?:in\s+)?(?:het|de|deze|dit)\s+(?P<sn>voorjaar|lente|zomer|najaar|herfst|winter)\b
        (?!\s+(?:van\s+)?\d))
  | (?P<yearend>\b(?:(?:het\s+)?eind(?:e)?\s+van\s+(?:het|dit)\s+jaar|eind\s+dit\s+jaar|
        (?:het\s+)?jaareinde)\b)
  | (?P<part>\b(?P<p_word>medio|half|begin|eind|einde|ultimo|mid|early|late|(?:the\s+)?beginning\s+of|
        (?:the\s+)?start\s+of|(?:the\s+)?end\s+of)[\s-]+(?:(?P<p_month>{_MONTHS})\.?\s+)?(?P<p_year>{_Y})\b)
  # days of one month listed: "27 en 30 juni 2022", "dinsdag 25 en donderdag 27 juni", "5, 6 en 7
  # november" (by commas only where an "en" ends the list): each but the last borrows its month
  | (?P<pair>\b(?:{_WEEKDAYS}\s+)?(?P<pa_day>[0-3]?\d)\s*(?:(?:en|&)\s*|,\s*(?=(?:{_WEEKDAYS}\s+)?[0-3]?\d
        (?:\s*,\s*(?:{_WEEKDAYS}\s+)?[0-3]?\d)*\s*(?:en|&)))
        (?=(?:{_WEEKDAYS}\s+)?[0-3]?\d(?:\s*(?:,|en|&)\s*(?:{_WEEKDAYS}\s+)?[0-3]?\d)*\s+(?P<pa_month>{_MONTHS})\b\.?
        (?:,?\s+(?P<pa_year>{_Y})\b)?))
  | (?P<full>\b(?:(?P<f_wd>{_WEEKDAYS})\s+)?(?P<f_day>[0-3]?\d)(?:e|ste|de)?\s+(?P<f_month>{_MONTHS})
        \.?,?\s+(?P<f_year>{_Y})\b)
  # "12.Nov.2020", "12-nov-2020": a news site's byline (not inside a web address's path)
  | (?P<dotted>(?<![/\w.-])(?P<d_day>[0-3]?\d)(?P<d_sep>[.-])(?P<d_month>{_MONTHS})(?P=d_sep)(?P<d_year>{_Y})\b)
  | (?P<mdy>\b(?P<mdy_month>{_MONTHS})\.?\s+(?P<mdy_day>[0-3]?\d)(?:st|nd|rd|th)?,\s*(?P<mdy_year>{_Y})\b)
  | (?P<numeric>\b(?P<n_day>[0-3]?\d)(?P<n_sep>[-/.])(?P<n_month>[01]?\d)(?P=n_sep)(?P<n_year>{_Y})\b)
  | (?P<iso>\b(?P<i_year>{_Y})-(?P<i_month>[01]\d)-(?P<i_day>[0-3]\d)(?:\b|(?=T\d)))
  | (?P<monthyear>\b(?P<m_month>{_MONTHS})\.?\s+(?:van\s+)?(?P<m_year>{_Y})\b)
  | (?P<yearless>\b(?:(?P<y_wd>{_WEEKDAYS})\s+)?(?P<y_day>[0-3]?\d)(?:e|ste|de)?\s+(?P<y_month>{_MONTHS})\b\.?
        (?!\s*\d)(?P<y_mark>\s*(?:jl\.?|j\.l\.|a\.s\.?|aanstaande))?)
  | (?P<monthalone>\b(?P<a_pre>van|in|eind|begin|medio|per|vóór|voor|na|tot|sinds)\s+
        (?:de\s+maand\s+)?(?P<a_month>{_MONTHS})\b(?!\s*\d)(?![\w-]))
  | (?P<yearalone>\b(?P<ya_pre>in|per|vanaf|sinds|vóór|uiterlijk|eind|begin|medio)\s+(?P<ya_year>{_Y})\b(?![-/.]\d))
  | (?P<relative>\b(?P<r_day>eergisteren|gisteren(?:ochtend|middag|avond)?|gister(?:ochtend|middag|avond)|
        vandaag|van(?:ochtend|middag|avond|nacht))\b
      | \b(?P<r_when>vorige\s+week|afgelopen|vorige)\s+(?P<r_wd>{_WEEKDAYS})\b(?!\s+\(?[0-3]?\d\b)
      | \b(?P<r_part>(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond))
        \b(?!\s+\(?[0-3]?\d\b)
      | \b(?:op\s+)?(?P<r_bare>maandag|dinsdag|woensdag|donderdag|vrijdag)\b(?!\s+\(?[0-3]?\d\b))
  | (?P<numday>\b(?:raadsvergadering|vergadering|raad|commissie\w*)\s+(?:van\s+)?(?P<nd_day>[0-3]?\d)-
        (?P<nd_month>[01]?\d)\b(?![-/.]\d))
    )""",
    re.I | re.X,
)
# Words before a date that make it a bound ("tot 1 januari 1980") or a start ("per 1 januari").
_BEFORE = re.compile(
    r"(?:\btot(?:\s+en\s+met)?|\bt/m|\buiterlijk(?:\s+op)?|\bvóór|\bvoor|\bdeadline:?)\s*$", re.I
)
_FROM = re.compile(
    r"(?:\bper|\bvanaf|\bmet\s+ingang\s+van|\bm\.i\.v\.|\bingaande|\bgaat\s+in\s+op|\bstart\s+op)\s*$",
    re.I,
)

Role = Literal["bound", "from"] | None


@dataclass(frozen=True)
class Mention:
    """A date in a text: where it stands, what it is, and how sure the year is."""

    value: FuzzyDate
    start: int
    end: int
    # The year was not written beside the date: it was taken from `anchor` or the document.
    inferred: bool = False
    role: Role = None
    # A period in words ("derde kwartaal 2023"): a deadline or a plan, not a day something
    # happened.
    period: bool = False
    # Told relative to the document's day ("maandagavond", "gisteren").
    relative: bool = False
    # The date an inferred year was reckoned from (a date beside it, the passage's, the
    # document's): a promise's term falls after it ("in november" after "In juni 2022 ...").
    base: date | None = None

    @property
    def day(self) -> bool:
        return self.value.precision == "day"


# A line that starts with a day and a month ("2 maart Raadsvergadering").
MONTH_START = re.compile(rf"^\s*[•·-]?\s*[0-3]?\d\s+(?:{_MONTHS})\b", re.I)


def _date(year: int, month: int | None = None, day: int | None = None) -> FuzzyDate | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return FuzzyDate(year, month, day)
    except FuzzyDateError:
        return None


def _span(year: int, first: int, last: int) -> FuzzyDate | None:
    """Months `first` to `last` of `year` (`last` may run into the next year: a winter)."""
    end = _date(year + (last < first), last) if last != first else None
    begin = _date(year, first)
    if begin is None:
        return None
    return FuzzyDate(begin.year, begin.month, None, end) if end is not None else begin


def _explicit(m: re.Match[str]) -> tuple[FuzzyDate | None, bool]:
    """The value of a match that carries its own year, and whether it is a period in words."""
    g = m.groupdict()
    if g["quarter"]:
        if not g["q_year"]:
            return None, True
        q = _ORDINAL[g["q_ord"].lower()]
        return _span(int(g["q_year"]), 3 * q - 2, 3 * q), True
    if g["q_short"]:
        q = int(g["qs"] or g["qs2"])
        return _span(int(g["qs_year"] or g["qs_year2"]), 3 * q - 2, 3 * q), True
    if g["half"]:
        first = 1 if g["h_ord"].lower() in ("eerste", "1e", "first", "1st") else 7
        return _span(int(g["h_year"]), first, first + 5), True
    if g["week"]:
        return _week(int(g["w_year"]), int(g["w_no"])), True
    if g["season_ny"] or g["yearend"]:
        return None, True
    if g["summer"]:
        year = g["s_year"] or g["s_year_en"]
        if not year:
            return None, True
        side = _side(g)
        return _summer(side, int(year)), True
    if g["season"]:
        year, name = int(g["se_year"]), g["se"].lower()
        return (_span(year, 12, 2) if name == "winter" else _span(year, *_SEASON[name])), True
    if g["part"]:
        year, word = int(g["p_year"]), " ".join(g["p_word"].lower().split()).removeprefix("the ")
        word = _PART.get(word, word)
        if g["p_month"]:
            return _date(year, MONTH[g["p_month"].lower()]), True
        if word in ("medio", "half"):
            return _span(year, 6, 7), True
        return (_span(year, 1, 3) if word == "begin" else _span(year, 10, 12)), True
    if g["pair"]:  # "27 en 30 juni 2022": the first day borrows the second's month and year
        if not g["pa_year"]:
            return None, False
        return _date(int(g["pa_year"]), MONTH[g["pa_month"].lower()], int(g["pa_day"])), False
    if g["full"]:
        return _date(int(g["f_year"]), MONTH[g["f_month"].lower()], int(g["f_day"])), False
    if g["dotted"]:
        return _date(int(g["d_year"]), MONTH[g["d_month"].lower()], int(g["d_day"])), False
    if g["mdy"]:  # "november 16th, 2023": a site's date in an English template
        return _date(int(g["mdy_year"]), MONTH[g["mdy_month"].lower()], int(g["mdy_day"])), False
    if g["numeric"]:
        return _date(int(g["n_year"]), int(g["n_month"]), int(g["n_day"])), False
    if g["iso"]:
        return _date(int(g["i_year"]), int(g["i_month"]), int(g["i_day"])), False
    if g["monthyear"]:
        return _date(int(g["m_year"]), MONTH[g["m_month"].lower()]), False
    if g["yearalone"]:
        return _date(int(g["ya_year"])), False
    return None, False


def _side(g: dict[str, str | None]) -> str:
    """ "voor/na/rond/tijdens de zomer", or its English, as the Dutch word."""
    said = g["s_side"] or _SIDE[(g["s_side_en"] or "").lower()]
    return said.lower()


def _week(year: int, number: int) -> FuzzyDate | None:
    """ISO week `number` of `year`, Monday to Sunday."""
    try:
        monday = date.fromisocalendar(year, number, 1)
        sunday = date.fromisocalendar(year, number, 7)
    except ValueError:
        return None
    return FuzzyDate(monday.year, monday.month, monday.day, FuzzyDate.of(sunday))


def period_of(text: str) -> FuzzyDate | None:
    """A text that is one date in words with its own year ("derde kwartaal 2023", "Q3 2023",
    "voorjaar 2024", "medio 2023", "eind 2023", "2e helft 2023", "begin juni 2021", "week 12
    2023", "na de zomer van 2024"), as the period it names; None for anything else. The one
    parser of periods in words: dossier files and options use it as `extract` does."""
    m = _PATTERN.fullmatch(text.strip())
    if m is None:
        return None
    value, in_words = _explicit(m)  # days and months stay fuzzydate's own (weekdays checked)
    return value if in_words else None


def _summer(side: str, year: int) -> FuzzyDate | None:
    """ "voor de zomer" is by July; "na de zomer" September-October; "rond de zomer" the summer."""
    if side in ("voor", "vóór"):
        return _date(year, 7)
    if side == "na":
        return _span(year, 9, 10)
    return _span(year, 6, 8)


def _role(text: str, start: int) -> Role:
    before = text[max(0, start - 24) : start]
    if _BEFORE.search(before):
        return "bound"
    if _FROM.search(before):
        return "from"
    return None


def find(text: str, doc_date: date | None, anchor: date | None = None) -> list[Mention]:
    """Every date in `text`, in order. A date without a year takes it from the nearest date with
    a year in `text` itself, else from `anchor` (the passage's context), else from `doc_date`;
    `jl.` and `a.s.` always look at `doc_date`. Dates that cannot be resolved are left out."""
    matches, values, explicit = _scan(text)
    out: list[Mention] = []
    for m, (value, period) in zip(matches, values, strict=True):
        inferred = False
        if value is None and m["relative"]:
            value, inferred = relative_day(m, doc_date, _tense(text)), True
            if value is not None:
                out.append(Mention(value, m.start(), m.end(), inferred, None, False, True))
            continue
        base = None
        if value is None:
            near, after = _nearest(explicit, m.start())
            base = near.first if near is not None else anchor or doc_date
            if near is not None and near.month is None and after:
                # "op 16 december voor de laatste keer in 2021": the day is of that year, not
                # the one nearest its first of January
                base = date(near.year, 7, 1)
            value = _yearless(m, base, doc_date, text)
            inferred = value is not None
        if value is not None:
            out.append(
                Mention(
                    value, m.start(), m.end(), inferred, _role(text, m.start()), period, False, base
                )
            )
    return out


@lru_cache(maxsize=8)
def _scan(
    text: str,
) -> tuple[list[re.Match[str]], list[tuple[FuzzyDate | None, bool]], list[tuple[int, FuzzyDate]]]:
    """The date expressions in `text` and what each says without context, and those with a
    year by position. Several readers ask about the same text (the document, its only
    sentence), so the scan is kept for the last few texts."""
    matches = list(_PATTERN.finditer(text))
    values = [_explicit(m) for m in matches]
    explicit = [
        (m.start(), value)
        for m, (value, period) in zip(matches, values, strict=True)
        if value is not None and not period
    ]
    return matches, values, explicit


def _nearest(explicit: list[tuple[int, FuzzyDate]], at: int) -> tuple[FuzzyDate | None, bool]:
    """The date with a year nearest before `at` within 400 characters, else one just after it
    ("12 februari en 5 maart 2024" share a year), within 40; and whether it came after.
    `explicit` is in text order, so a bisection finds both neighbours (a run-on text has
    thousands of dates)."""
    i = bisect_left(explicit, at, key=lambda pv: pv[0])
    if i > 0 and at - explicit[i - 1][0] < 400:
        return explicit[i - 1][1], False
    j = i + 1 if i < len(explicit) and explicit[i][0] == at else i
    if j < len(explicit) and explicit[j][0] - at < 40:
        return explicit[j][1], True
    return None, False


def _yearless(
    m: re.Match[str], base: date | None, doc: date | None, text: str = ""
) -> FuzzyDate | None:
    g = m.groupdict()
    if g["pair"]:
        if base is None:
            return None
        return resolve_day(int(g["pa_day"]), MONTH[g["pa_month"].lower()], "", base)
    if g["numday"]:  # "Terugblik Raadsvergadering 13-12": the meeting's day and month
        if base is None or not 1 <= int(g["nd_month"]) <= 12:
            return None
        return resolve_day(int(g["nd_day"]), int(g["nd_month"]), "", base)
    if g["yearless"]:
        mark = (g["y_mark"] or "").strip().lower()
        weekday = _weekday(g["y_wd"])
        around = doc if mark and doc is not None else base
        if around is None:
            return None
        day, month = int(g["y_day"]), MONTH[g["y_month"].lower()]
        found = resolve_day(day, month, mark, around, weekday)
        if (
            weekday is not None
            and doc is not None
            and found is not None
            and found.first.weekday() != weekday
        ):
            # "vanaf 2026. Tijdens de raadsvergadering van dinsdag 7 november": no year near
            # 2026 has 7 November on a Tuesday; the one near the document's date does
            near_doc = resolve_day(day, month, mark, doc, weekday)
            if near_doc is not None and near_doc.first.weekday() == weekday:
                return near_doc
        return found
    if base is None:
        return None
    if g["monthalone"]:
        month = MONTH[g["a_month"].lower()]
        pre = g["a_pre"].lower()
        # "sinds maart" and a month told in the past ("de in september aangenomen motie") take
        # the last such month; others the next.
        if pre == "sinds" or _tense(text) is True:
            return _date(base.year if month <= base.month else base.year - 1, month)
        year = base.year if month >= base.month else base.year + 1
        return _date(year, month)
    if g["quarter"]:
        q = _ORDINAL[g["q_ord"].lower()]
        year = base.year if 3 * q >= base.month else base.year + 1
        return _span(year, 3 * q - 2, 3 * q)
    if g["yearend"]:  # "voor het einde van het jaar": December of the year the text is in
        return _span(base.year, 12, 12)
    if g["season_ny"]:
        name = g["sn"].lower()
        if name == "winter":
            return _span(base.year, 12, 2)
        first, last = _SEASON[name]
        return _span(base.year if last >= base.month else base.year + 1, first, last)
    if g["summer"]:
        side = _side(g)
        year = base.year if base.month <= (7 if side in ("voor", "vóór") else 10) else base.year + 1
        return _summer(side, year)
    return None


# A bare weekday ("De raad heeft donderdag de begroting vastgesteld", "De raad vergadert
# donderdag") is the last one or the next one by the tense of its sentence; without a tense it
# is no date.
_PAST = re.compile(
    r"\b(?:heeft|hebben|had|hadden|werd|werden|was|waren|besloot|besloten|nam|namen|stemde|"
    r"stemden|vergaderde|koos|gaf|ging|gingen|sprak|spraken|stelde|keurde|verwierp|diende|"
    r"dienden|kreeg|haalde|sneuvelde|aanvaardde|aanvaardden|verwierpen|keurden|stelden|steunde|"
    r"steunden|besprak|bespraken|debatteerde|debatteerden|behandelde|behandelden|bleek|bleken|"
    r"botste|botsten|discussieerde|discussieerden|vergaderden|gebeurde|gebeurden|beloofde|beloofden|"
    r"zegde|zegden|zei|zeiden)\b",
    re.I,
)
_VOTED_PARTICIPLE = re.compile(
    r"\b(?:aangenomen|verworpen|vastgesteld|ingestemd|goedgekeurd|ingediend)\b", re.I
)
_PASSIVE_TO_COME = re.compile(r"\b(?:wordt|worden|zal|zullen|moet|moeten)\b", re.I)
_FUTURE = re.compile(
    r"\b(?:zal|zullen|gaat|gaan|vergadert|vergaderen|komt|komende|aanstaande|a\.s\.|volgt|houdt|"
    r"staat\s+gepland|wordt\s+besproken)\b",
    re.I,
)


_QUOTED = re.compile(r"(?:(?<=\s)|^)[‘'\"“][^‘’'\"“”]{3,300}[’'\"”](?=[\s,.;:!?]|$)")


def _tense(text: str) -> bool | None:
    """True for a sentence told in the past, False for one about what is to come. A participle
    of a vote ("de aangenomen motie") tells the past unless a passive or future verb goes with it
    ("wordt vastgesteld", "zal worden aangenomen")."""
    text = _QUOTED.sub(
        " ", text
    )  # "'We gaan akkoord', zei hij": the quote's tense is not the act's
    future = bool(_FUTURE.search(text))
    past = bool(_PAST.search(text)) or bool(
        _VOTED_PARTICIPLE.search(text) and not _PASSIVE_TO_COME.search(text)
    )
    return None if past == future else past


def relative_day(m: re.Match[str], doc: date | None, past: bool | None = None) -> FuzzyDate | None:
    """A day told relative to the document's date, as news tells it: "gisteravond",
    "afgelopen dinsdag" (the last Tuesday before it), "vorige week donderdag" (the Thursday of
    the week before)."""
    if doc is None:
        return None
    word = (m["r_day"] or "").lower()
    if word:
        back = 2 if word == "eergisteren" else 1 if word.startswith("gister") else 0
        day = doc - timedelta(days=back)
        return FuzzyDate(day.year, day.month, day.day)
    if m["r_part"]:  # "dinsdagavond": the last one on or before the document's day, the
        # next one in a sentence about what is to come ("houdt vrijdagavond een vergadering")
        weekday = _weekday(m["r_part"])
        if weekday is None:
            return None
        if past is False:
            day = doc + timedelta(days=(weekday - doc.weekday()) % 7)
        else:
            day = doc - timedelta(days=(doc.weekday() - weekday) % 7)
        return FuzzyDate(day.year, day.month, day.day)
    if m["r_bare"]:
        weekday = _weekday(m["r_bare"])
        if weekday is None or past is None:
            return None
        shift = (doc.weekday() - weekday) % 7 if past else -((weekday - doc.weekday()) % 7)
        day = doc - timedelta(days=shift)
        return FuzzyDate(day.year, day.month, day.day)
    weekday = _weekday(m["r_wd"])
    if weekday is None:
        return None
    if m["r_when"].lower().startswith("vorige") and "week" in m["r_when"].lower():
        monday = doc - timedelta(days=doc.weekday() + 7)
        day = monday + timedelta(days=weekday)
    else:  # "afgelopen dinsdag", "vorige dinsdag": the last one before the document
        day = doc - timedelta(days=(doc.weekday() - weekday) % 7 or 7)
    return FuzzyDate(day.year, day.month, day.day)


def _weekday(word: str | None) -> int | None:
    if not word:
        return None
    word = re.sub(r"(?:ochtend|middag|avond)$", "", word.lower())
    return _WEEKDAY_NAMES.index(word) if word in _WEEKDAY_NAMES else None


def resolve_day(
    day: int, month: int, marker: str, doc: date, weekday: int | None = None
) -> FuzzyDate | None:
    """Day and month without a year, near `doc`: `jl.` before it, `a.s.` after it, a weekday
    must fit, otherwise the nearest."""
    options = [v for y in (doc.year - 1, doc.year, doc.year + 1) if (v := _date(y, month, day))]
    if weekday is not None:  # "dinsdag 3 maart": the year in which 3 March is a Tuesday
        options = [v for v in options if v.first.weekday() == weekday] or options
    if marker.startswith(("jl", "j.l")):
        options = [v for v in options if v.first <= doc] or options
    elif marker:
        options = [v for v in options if v.first >= doc] or options
    return min(options, key=lambda v: abs((v.first - doc).days)) if options else None


_WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAYS})\s+(?P<day>[0-3]?\d)(?:e|ste|de)?\s+(?P<month>{_MONTHS})\b(?!\.?,?\s*\d)",
    re.I,
)
_YEAR = re.compile(rf"\b{_Y}\b")


def year_by_weekday(text: str, named_in: str | None = None) -> FuzzyDate | None:
    """A text that never writes the year of its days, as news often does ("woensdag 9 november"
    beside "de begroting 2023"): the first weekday-and-day whose weekday fits exactly one of the
    years the text names or the year before or after one (a budget for 2023 is decided in 2022,
    the accounts of 2020 in 2021). `named_in`: the text whose years count, when `text` is a line
    of it."""
    years = {int(y) for y in _YEAR.findall(named_in if named_in is not None else text)}
    candidates = sorted(years | {y - 1 for y in years} | {y + 1 for y in years})
    for m in _WEEKDAY_DAY.finditer(text):
        weekday = _weekday(m["wd"])
        month, day = MONTH[m["month"].lower()], int(m["day"])
        fits = [
            v for y in candidates if (v := _date(y, month, day)) and v.first.weekday() == weekday
        ]
        if len(fits) == 1:
            return fits[0]
        if fits:
            # several fit ("dinsdag 18 juni" beside "Grondstoffenbeleidsplan 2025-2030": 2024 and
            # 2030): the one next to the year the text names most on its own, unless that is an
            # ambition far ahead ("klimaatneutraal in 2050"); else next to its earliest year (a
            # text names the years ahead of it), if one is clearly nearest
            if sum(v.year in years for v in fits) > 1:
                return None  # the text names each of them: nothing says which
            named = named_year(named_in if named_in is not None else text)
            first = min(years)
            anchor = named.year if named is not None and named.year - first <= 5 else first
            near = sorted(fits, key=lambda v: abs(v.year - anchor))
            if abs(near[0].year - anchor) <= 1 < abs(near[1].year - anchor):
                return near[0]
            return None
    return None


def day_in_named_year(text: str) -> FuzzyDate | None:
    """A text whose days have no year but that names a month of one ("In de raadsvergadering
    van 12 juli ... Een volgende bijeenkomst volgt in november 2022"): its first day, in the
    year of the first date with a year the text names."""
    named = next((m.value for m in find(text, None) if not m.inferred), None)
    if named is None:
        return None
    days = [m.value for m in find(text, None, named.first) if m.day and m.inferred]
    if not days:
        return None
    return _weekday_kept(text, days[0])


def _weekday_kept(text: str, day: FuzzyDate) -> FuzzyDate:
    """A day whose year was guessed, moved to a year in which it falls on the weekday the text
    gives it ("donderdagavond 12 oktober" is no Saturday): the nearest such year to the earliest
    year the text names (of two as near, the later: a text looks back at the years it names),
    within six years; the day itself when the text gives no weekday or none fits."""
    for m in _WEEKDAY_DAY.finditer(text):
        if int(m["day"]) != day.first.day or MONTH[m["month"].lower()] != day.first.month:
            continue
        weekday = _weekday(m["wd"])
        if weekday is None or day.first.weekday() == weekday:
            return day
        years = [int(y) for y in _LONE_YEAR.findall(text)]
        anchor = min(years) if years else day.first.year
        fits = [
            v
            for y in range(anchor - 6, anchor + 7)
            if (v := _date(y, day.first.month, day.first.day)) and v.first.weekday() == weekday
        ]
        return min(fits, key=lambda v: (abs(v.year - anchor), -v.year)) if fits else day
    return day


# A year standing alone ("vanuit 2023", "Voor 2027 valt"), not one end of a span ("2024-2027",
# "2024 – 2027", "2021/2022") nor part of a number ("2021-01", "Z/2023/1234").
_LONE_YEAR = re.compile(r"(?<![\d/.-])(?<![\d/.-]\s)((?:19|20)\d\d)(?!\s?[-–/.]\s?\d)(?![\d/])")


# The first year of a span ("raadsakkoord 2018/2022", "Visie 2019-2022"): a plan is named by
# the years it runs from the year it is made.
_SPAN_START = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)\s?[-–/]\s?(?:19|20)\d\d(?![\d/])")
# A year that names a budget is the year after the one it is debated in ("De Programmabegroting
# Land van Cuijk 2024 werd op 9 november aangeboden"); one that names the accounts, the year
# before the one they are adopted in ("de jaarrekening 2018" in June 2019).
_BUDGET_OF = re.compile(
    # ("de begrotingsbehandeling voor 2018", "de kaderbrief 2023": the budget it frames)
    r"\b\w*(?:begroting\w*|kadernota|kaderbrief)\s+(?:[\w&-]+\s+){0,3}?$",
    re.I,
)
_ACCOUNTS_OF = re.compile(
    r"\b(?:jaarrekening|jaarverslag|jaarstukken)\s+(?:[\w&-]+\s+){0,3}?$", re.I
)


def named_year(text: str) -> FuzzyDate | None:
    """The year a text without a single day names most often on its own (of two as often, the
    later), else the first of a span it names: the year it was most likely written in, for the
    volunteer to check. A budget's year counts as the year before, the accounts' as the year
    after."""
    years = _years_written(text, _LONE_YEAR) or _years_written(text, _SPAN_START)
    if not years:
        return None
    counts = {y: years.count(y) for y in years}
    return FuzzyDate(max(counts, key=lambda y: (counts[y], y)))


def _years_written(text: str, pattern: re.Pattern[str]) -> list[int]:
    years = []
    for m in pattern.finditer(text):
        year = int(m[1])
        before = text[max(0, m.start(1) - 60) : m.start(1)]
        if _BUDGET_OF.search(before):
            year -= 1
        elif _ACCOUNTS_OF.search(before):
            year += 1
        if MIN_YEAR <= year <= MAX_YEAR:
            years.append(year)
    return years


def first_day(text: str, doc_date: date | None = None) -> FuzzyDate | None:
    """The first date to the day in `text` that is not a bound ("tot 1 januari 1980") or a start
    ("per 1 juli 2020": when what was decided takes effect, not when it was)."""
    for m in _PATTERN.finditer(text):  # lazily: the first one will do
        value, period = _explicit(m)
        day = value is not None and not period and value.precision == "day"
        if day and _role(text, m.start()) is None:
            return value
    return None


def step_date(mention: Mention) -> FuzzyDate:
    """The date a step takes from a mention: a period in words counts as its year (the gold
    drafts' convention, "voorjaar 2011" is 2011), or its month when it lies in one month; a
    week, the month of most of its days."""
    value = mention.value
    if value.end is None:
        return value
    if value.end.year == value.year and value.end.month == value.month:
        return FuzzyDate(value.year, value.month)  # "week 5, 2021": February 2021
    if value.day and value.end.day and (value.end.first - value.first).days == 6:
        # a week across two months ("week 44, 2020": 26 October to 1 November) is the month
        # of most of its days, its Thursday's (as ISO gives a week the year of its Thursday)
        thursday = value.first + timedelta(days=3)
        return FuzzyDate(thursday.year, thursday.month)
    return FuzzyDate(value.year) if value.end.year == value.year else value
