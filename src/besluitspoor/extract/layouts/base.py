"""What every layout reader shares: the Layout record, adding steps with their quotes, the top
of a document and its title line, and the document's own date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from besluitspoor import vocab
from besluitspoor.extract import dates
from besluitspoor.extract.document import Document, norm
from besluitspoor.fuzzydate import FuzzyDate

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft

Reader = Callable[[Document, "Draft"], None]
Dater = Callable[[Document, date | None], FuzzyDate | None]


@dataclass(frozen=True)
class Layout:
    """A kind of council document: its name, the document type of the gold drafts, the marks
    that name it near the top (first listed wins), how it is read and how it is dated."""

    name: str
    doc_type: str
    read: Reader
    markers: tuple[re.Pattern[str], ...] = ()
    dated: Dater | None = None


def quote(draft: Draft, section: str, item_id: str, fragment: str) -> None:
    text = norm(fragment)
    if text:
        draft.quotes.setdefault(f"{section}/{item_id}", []).append(text)


def add(draft: Draft, step: dict[str, Any], *quotes: str) -> dict[str, Any]:
    """A step with a fresh id (unique in the draft) and the fragments it rests on."""
    step["id"] = draft.new_id("steps", step["id"])
    draft.steps.append(step)
    for q in quotes:
        quote(draft, "steps", step["id"], q)
    return step


def add_meeting(draft: Draft, step: dict[str, Any], *quotes: str) -> dict[str, Any]:
    """`add` a meeting the layout reads, unless the record's route named it already (read
    before the layout, so no step refers to it yet): that step becomes this one and keeps its
    id. One meeting, one step."""
    known = next(
        (s for s in draft.steps if s["kind"] == step["kind"] and s["date"] == step["date"]), None
    )
    if known is None:
        return add(draft, step, *quotes)
    step["id"] = known["id"]
    known.clear()
    known.update(step)
    for q in quotes:
        quote(draft, "steps", known["id"], q)
    return known


def short_kind(kind: str) -> str:
    return vocab.id_prefix(kind)


def first_line(doc: Document) -> str:
    """The document's first line that says something ("" for an empty text)."""
    head = doc.head(1)
    return head[0] if head else ""


def dated_by(doc: Document, when: FuzzyDate, quoted: str | None = None) -> list[str]:
    """The top line a meeting's date was read from ("woensdag 27 september 2023" under the
    page's title "Raad"), when the line quoted for the meeting (else the first) does not hold
    it: the source of the date."""
    first = quoted if quoted is not None else first_line(doc)
    if dates.first_day(first) == when:
        return []
    line = next((ln for ln in doc.head(12) if dates.first_day(ln) == when), None)
    return [line] if line is not None and len(line) <= 160 else []


def top(doc: Document, lines: int) -> str:
    """The top of a document: its first lines, and no more than a page of text."""
    return "\n".join(doc.head(lines))[:3000]


def title_line(doc: Document) -> str | None:
    """The document's own title: its subject field, else the first heading that is not
    letterhead, address or a field."""
    subject = doc.field("onderwerp", "betreft", "titel")
    if subject and len(subject) > 3:
        return subject
    for line in doc.head(12):
        s = norm(line)
        if (
            len(s) < 4
            or len(s) > 160
            or re.match(r"^(?:gemeente|aan |van |datum|geachte|postbus|[•·*-])", s, re.I)
        ):
            continue
        if dates.find(s, None) and (len(s.split()) <= 5 or BYLINE.match(s)):
            continue
        if ":" in s[:30] and s.split(":")[0].lower() in doc.fields:
            continue
        return s
    return None


# Who wrote a page and when: "Door Antoine van Lune op 25 september 2013", "Geplaatst op 3 mei
# 2024 door redactie", "Gepubliceerd: 12-03-2024" (no title)
BYLINE = re.compile(
    r"^\W*(?:door\s+[^\n]{2,60}?\s+op\b|(?:geplaatst|gepubliceerd|bijgewerkt|laatst\s+gewijzigd)\b)",
    re.I,
)


# The title a municipality's machine-translated page ("en.gemeente.nl") gives a decision list:
# "Public decision list May 6, 2025", "Public list of decisions made at the municipal council
# meeting on March 21, 2024" (the college's unless it says "council").
TRANSLATED_LIST = r"(?:public\s+|published\s+)?(?:decision\s+list|list\s+of\s+decisions)"
LIST_TITLE = re.compile(
    r"\b(?:\w*besluitenlijst|uitslagenlijst|\w*vergadering|collegebesluiten|besluiten)\b|"
    r"^\s*(?:besproken\s+)?onderwerpen\s+(?:van\s+)?(?:het\s+)?college\b",
    re.I,
)


_REPORT_TITLE = re.compile(
    # ("Raadsverslag 18 december 2014", not "Jaarverslag 2014")
    r"^\W*(?:\w+\s+){0,3}?(?:(?:gemeente)?raads|commissie|vergader)?(?:verslag|notulen|commissie)\b",
    re.I,
)
# A sentence, not a title: "De commissie wordt gevraagd de besluitenlijst van 4 februari vast
# te stellen" names another meeting's day.
_TELLS = re.compile(r"\b(?:wordt|worden|werd|werden|heeft|hebben|zal|zullen|gaat|kan)\b", re.I)
# (also as the list's first item: "1 Vaststellen van de openbare besluitenlijst van de
# vergadering d.d. 9 september 2025" under "Besluitenlijst 16 september", "1 B&W
# besluitenlijst d.d. 11-05-2021")
_ADOPTS = re.compile(
    r"^\W*(?:\d{1,2}[.)]?\s+)?(?:vaststell\w*|vast\s+te\s+stellen|concept|goedkeur\w*)\b|"
    r"^\W*\d{1,2}[.)]?\s+(?:\S+\s+){0,2}(?:besluitenlijst|notulen|verslag)\b",
    re.I,
)
# a numbered line: "3. Raadsvergadering 27 mei 2004."
NUMBERED_LINE = re.compile(r"^\s*\d{1,2}[.)]\s")
# A sentence of the body, not a title: a verb in it, a full stop after it.
_SENTENCE = re.compile(
    r"^(?=.*\b(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|zal|zullen|bespreekt|besluit|"
    r"stelt|neemt|gaat|komt)\b).*\.\s*$",
    re.I,
)
_MEETS = re.compile(r"\b(?:(?:gemeente)?raad\w*|vergader\w*)\b", re.I)
_DECIDED_ON = re.compile(r"^\s*(?:besluitdatum|datum besluit|besloten op)\s*:?\s*(.+)$", re.I)


# (after the place, as a news page's dateline: "Vries, 4 april 2017.")
_DAY_ALONE = re.compile(
    r"^\W*(?:(?-i:[A-Z])[\w' -]{2,30},\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
    r"zondag)\s+)?[0-3]?\d\s+"
    r"[a-z]{3,9}\.?\s+\d{4}\W*$",
    re.I,
)


def meeting_date(doc: Document, given: Any) -> FuzzyDate | None:
    """A list's or report's meeting date: a `Vergaderdatum` field, the title line's date, the
    first date to the day in the top lines that is not a bound."""
    for label in ("vergaderdatum", "datum vergadering", "datum", "besluitdatum", "datum besluit"):
        value = doc.fields.get(label)
        if value and (found := dates.first_day(value)):
            return found
    # A report's title ("Verslag raadsvergadering 4 juli 2023": a news site's date of
    # publishing may stand above it), then a RIS page's day on a line of its own right under its
    # title, then a title line ("Besluitenlijst van de raad van 22 september 2015"), then any
    # line naming a meeting: a sentence further on may name another one.
    for line in doc.head(12):
        report = len(line) <= 160 and _REPORT_TITLE.search(line) and not _TELLS.search(line)
        if report and (found := dates.first_day(line)):
            return found
    for line in doc.head(4):
        if _DAY_ALONE.match(line) and (found := dates.first_day(line, given)):
            # ("Highlights Raadsvergadering 16 februari" over "26 februari 2010": the day it
            # was published; the title's day is the meeting's)
            # (or, on a page of news, a line further on naming the meeting it reports: "In de
            # raadsvergadering van 13 december 2011 zijn de volgende zaken aan de orde geweest:"
            # under "20 december 2011"; a RIS page's day is its meeting's own)
            return _titled_day(doc.head(3), found) or _meeting_named(doc, found) or found
    # A lead that tells the meeting by its weekday and day, the year left out ("Op donderdag 29
    # september heeft de raad ...", "Een verslag van de gemeenteraadsvergadering op maandag 11
    # december"): the year the text names that the weekday fits, over dates further on.
    if given is None:
        for line in doc.head(3):
            if _MEETS.search(line) and (told := dates.year_by_weekday(line, doc.text)):
                return told
    # (not the list an item adopts: "Vaststelling B&W besluiten 21-06-2022" under "Besluitenlijst
    # collegevergadering 28 juni", nor a meeting an item or a sentence is about: "3.
    # Raadsvergadering 27 mei 2004.", "Het college bespreekt de stukken die voor de
    # raadsvergadering van 27 mei 2004 zijn geagendeerd." under "Besluitenlijst 25 mei")
    head = [
        line
        for line in doc.head(12)
        if not (_ADOPTS.match(line) or NUMBERED_LINE.match(line) or _SENTENCE.match(line))
    ]
    for line in head:
        titled = len(line) <= 160 and (LIST_TITLE.search(line) or _REPORT_TITLE.search(line))
        if titled and (found := dates.first_day(line, given)):
            return found
    for line in head:
        if LIST_TITLE.search(line) and (found := dates.first_day(line, given)):
            return found
    # A weekly list dates each item: "Besluitdatum: 7 juli 2020"
    for line in doc.lines[:300]:
        if (m := _DECIDED_ON.match(line)) and (found := dates.first_day(m[1])):
            return found
    # "Collegebesluiten 18 mei": the title's day, in the year of the date given for the
    # document or else of the first date with a year the text names.
    # (the text is read for its dates only when there is such a title: a run-on line of a
    # flattened PDF has none, and reading it takes a tenth of a second)
    titles = [line for line in doc.head(3) if len(line) <= 80 and LIST_TITLE.search(line)]
    base = given
    if titles and base is None:
        base = next((m.value.first for m in dates.find(doc.text, None) if not m.inferred), None)
    if base is not None:
        for line in titles:  # the title, not a sentence further on
            days = [m.value for m in dates.find(line, base, base) if m.day and not m.relative]
            if days:
                return days[0]
    # "Besluiten van Burgemeester en Wethouders Volgnummer: week 5, 2021": the week, as the
    # month (or year) it lies in
    for line in doc.head(3):
        if "week" in line.lower() and LIST_TITLE.search(line):
            weeks = [m for m in dates.find(line, None) if m.period]
            if weeks:
                return dates.step_date(weeks[0])
    return _before_the_byline(doc) or dates.first_day(top(doc, 15), given)


# The line a news site puts over a story: "Door Redactie op 25 september 2015", "Geplaatst
# op:15-05-2018", "Gepubliceerd op 3 juni 2021".
_BYLINE = re.compile(
    # (a saved page may glue the label to the menu before it: "RSMZoekenGeplaatst op:")
    r"^\W*door\s+[^\n]{1,60}?\s+op\b|(?:geplaatst|gepubliceerd|gepost)\s+op\b",
    re.I,
)


def _titled_day(head: list[str], published: FuzzyDate) -> FuzzyDate | None:
    """A list's title naming its meeting's day without a year, on or before the day it was
    published."""
    for line in head:
        if len(line) > 80 or not LIST_TITLE.search(line):
            continue
        for m in dates.find(line, published.first, published.first):
            if m.day and m.inferred and not m.relative and m.value.first <= published.first:
                return m.value
    return None


# A line naming the council's meeting by its day: "in de raadsvergadering van 13 december",
# "in de raad van 15 februari 2011".
_MEETING_OF = re.compile(
    r"\b(?:(?:raads)?vergadering|(?:gemeente)?raad)\s+van\s+(?:\w+dag\s+)?[0-3]?\d\s", re.I
)


def _meeting_named(doc: Document, published: FuzzyDate) -> FuzzyDate | None:
    """The day of the council meeting the page's title or the line over its list names
    ("... zijn de volgende zaken aan de orde geweest:"), within a month before the day the page
    was published (not a meeting a sentence mentions in passing)."""
    from besluitspoor.extract.layouts.agenda import is_meeting_page

    if is_meeting_page(doc):
        return None
    for n, line in enumerate(doc.head(12)):
        if not _MEETING_OF.search(line) or not (n == 0 or line.rstrip().endswith(":")):
            continue
        for m in dates.find(line, published.first, published.first):
            if m.day and not m.relative and 0 < (published.first - m.value.first).days <= 31:
                return m.value
    return None


def _before_the_byline(doc: Document) -> FuzzyDate | None:
    """A report on a news site: the meeting it tells of, a day without a year in the lines under
    the day it was published ("De gemeenteraad had 22 september een lange agenda") and within a
    month before it."""
    head = doc.head(25)  # (a saved page's menu may come first)
    for n, line in enumerate(head):
        if not _BYLINE.search(line) or (published := dates.first_day(line)) is None:
            continue
        for below in head[n + 1 :]:
            for m in dates.find(below, published.first):
                if m.day and m.inferred and 0 < (published.first - m.value.first).days <= 31:
                    return m.value
        return None
    return None


# A letter naming its own date: "Bijlage bij brief van 8 februari 2023", "Wassenaar, 8 februari 2023"
# (a news page's dateline too: "Vries, 4 april 2017.").
_SELF_DATE = re.compile(
    r"\b(?:bij (?:de |onze |deze )?brief|deze brief|ons schrijven|brief) (?:van|d\.d\.|gedateerd)\s+"
    r"([0-3]?\d\s+\w+\s+\d{4})|^[ \t]*[A-Z][\w' -]{2,30},[ \t]+([0-3]?\d\s+\w+\s+\d{4})\.?[ \t]*$",
    re.I | re.M,
)


def latest(doc: Document) -> FuzzyDate | None:
    days = [
        m.value
        for s in doc.sentences
        if not re.search(r"\b(?:zal|zullen|a\.s\.|aanstaande|uiterlijk)\b", s.text, re.I)
        for m in dates.find(s.text, None)
        if m.day and m.role != "bound" and not m.inferred
    ]
    return max(days, key=lambda d: d.first) if days else None


def doc_date(doc: Document, layout: Layout, given: date | None) -> FuzzyDate | None:
    """The document's own date: the layout's own rule (a motion's meeting, a list's meeting, a
    letter's latest date), a `Datum` field, a letter's mention of itself, the first date to the
    day near the top that is no bound, `--doc-date`, else the latest date in the text. A date of
    the text in another year than `--doc-date` is history the text tells ("Op 15 april 2019 is
    het beleid vastgesteld"), not the day of a document its reader dated."""

    def agrees(found: FuzzyDate | None) -> FuzzyDate | None:
        return found if found is None or given is None or found.first.year == given.year else None

    if layout.dated is not None and (found := agrees(layout.dated(doc, given))):
        return found
    for label in (
        "datum",
        "datum brief",
        "verzenddatum",
        "datum verzending",
        "datum collegevergadering",
        "datum college",
        "vergaderdatum",
    ):
        value = doc.fields.get(label)
        if value and (found := agrees(dates.first_day(value, given))):
            return found
    own = _SELF_DATE.search(doc.text)
    if own and (found := agrees(dates.first_day(own.group(1) or own.group(2), given))):
        return found
    found = agrees(dates.first_day(top(doc, 12), given))
    if found:
        return found
    if given is not None:
        return FuzzyDate.of(given)
    # The page's own stamp ("date 2019-11", a month on a line of its own under the title), else
    # the latest day the text names (not "tot 1 juli", not "per 1 januari 2023": when what was
    # decided ends or starts), else a day in the year the text names.
    if stamped := _stamped(doc):
        return stamped
    days = [m.value for m in dates.find(doc.text, None) if m.day and m.role is None]
    if days:
        return max(days, key=lambda d: d.first)
    return dates.year_by_weekday(doc.text) or dates.day_in_named_year(doc.text)


# A page's own stamp above its text, as a news archive gives it: " date 2024-02".
_STAMP = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")


def _stamped(doc: Document) -> FuzzyDate | None:
    for line in doc.head(3):
        if (m := _STAMP.match(line)) and 1 <= int(m[2]) <= 12:
            try:
                return FuzzyDate(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
            except ValueError:
                return None
    # a line of its own under the title that is a month: "juli 2020"
    for line in doc.head(4):
        if _MONTH_LINE.fullmatch(line.strip()):
            found = [m.value for m in dates.find(line, None) if m.value.month and not m.value.day]
            return found[0] if found else None
    return None


_MONTH_LINE = re.compile(rf"(?:{dates.MONTH_WORDS})\.?\s+(?:19|20)\d{{2}}", re.I)
