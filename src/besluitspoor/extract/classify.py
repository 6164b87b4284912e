"""What kind of document a text is: the document type of the format's gold drafts
(raadsinformatiebrief, besluitenlijst, verslag, motie, raadsvoorstel, advies, brief, overig) and the
layout that reads it (`layouts.LAYOUTS`).

A document says what it is near its top: the marker on the earliest line wins, the body only
decides where the top says nothing (a motion's "in vergadering bijeen ... verzoekt het college",
a register entry's fields, a decision list's run of items with outcomes).
"""

from __future__ import annotations

import itertools
import re

from besluitspoor import vocab
from besluitspoor.extract import dates, decree
from besluitspoor.extract.document import Document
from besluitspoor.extract.layouts.agenda import (
    COLLEGE_DECIDED_BELOW,
    COLLEGE_DECIDES,
    PORTFOLIO_LINE,
    is_meeting_page,
)
from besluitspoor.extract.layouts.base import TRANSLATED_LIST
from besluitspoor.outcomes import outcome_of


def _title_markers() -> list[tuple[str, re.Pattern[str]]]:
    """(layout, pattern) for a line near the top, in the registry's order."""
    from besluitspoor.extract.layouts import LAYOUTS

    return [(layout.name, marker) for layout in LAYOUTS.values() for marker in layout.markers]


_MOTION_BODY = re.compile(
    r"\bin (?:(?:openbare|de)\s+)*vergadering\s+(?:bijeen|bijeengekomen)\b|"
    # "De raad van de gemeente Amersfoort overwegende dat:": a motion's opening without the
    # meeting named
    r"\bde\s+(?:gemeente)?raad\s+van\s+(?:de\s+gemeente\s+)?\w[\w'-]*(?:\s+\w[\w'-]*){0,2}[\s,]+"
    r"(?:constaterende|overwegende|gehoord(?:\s+de\s+beraadslaging)?)\b|"
    # "De gemeenteraad van Groningen, bijeen op 28 mei 2014, besprekende ...", "De raad bijeen
    # in de raadsvergadering, dd 07-12-2017"
    r"\b(?:gemeente)?raad\b[^\n.]{0,60}\bbijeen(?:gekomen)?\s+(?:op|in\s+de\s+(?:raads)?vergadering)\b|"
    # a motion's considerations, one to a line: "Stelt vast dat:", "Is van mening dat:"
    r"^\W*(?:stelt\s+vast|constaterende|overwegende|is\s+van\s+mening)\s+dat\b",
    re.I | re.M,
)
_LABELLED_MOTION = re.compile(r"^\s*(?:motie|amendement)\s*:\s*\S", re.I | re.M)
_MOTION_ASKS = re.compile(
    r"\b(?:verzoekt|draagt)\s+(?:het\s+college|de\s+burgemeester|burgemeester\s+en)|"
    r"\broept\s+het\s+college\b|\bspreekt\s+uit\b|\bbesluit\s*:|\bconstaterende\b|\boverwegende\b",
    re.I,
)
_SPEAKERS = re.compile(
    r"\bwie is (?:voor|tegen)\b|^\s*(?:de )?voorzitter\s*:|^\s*(?:de heer|mevrouw|wethouder) [A-Z][\w' -]{1,30}:",
    re.I | re.M,
)
_REGISTER_FIELDS = (
    {
        "toezegging",
        "toezegging/vraag",
        "toezegger",
        "datum toezegging",
        "motie",
        "indiener",
        "indieners",
        "indiener(s)",
    },
    {
        "status",
        "stand van zaken",
        "afgedaan",
        "datum afdoening",
        "afdoeningsdatum",
        "termijn",
        "termijn afdoening",
        "deadline",
        "vervaldatum",
        "afdoeningsvoorstel",
    },
)
_OUTCOME_WORD = re.compile(
    r"\b(?:aangenomen|verworpen|ingetrokken|aangehouden|unaniem|hamerstuk|conform|"
    r"vastgesteld|besloten|stemuitslag)\b",
    re.I,
)


def _head(doc: Document) -> list[str]:
    """The lines where a document says what it is: the first 20 that are not furniture, within
    the first 2,000 characters."""
    out, size = [], 0
    for line in doc.head(20):
        size += len(line)
        out.append(line)
        if size > 2000:
            break
    return out


# A title that names the document a decision list or minutes: "BESLUITENLIJST", "Concept-
# besluitenlijst van de openbare raadsvergadering", "UITSLAGENLIJST raadsvergadering 14 mei",
# "Notulen van de vergadering van de raad".
_SELF_NAMED = re.compile(
    r"^\W*(?:concept[- ]?)?(?:(?P<list>besluitenlijst|besluitenoverzicht|uitslagenlijst|"
    + TRANSLATED_LIST
    + r")|(?P<minutes>notulen))\b",
    re.I,
)


def self_named(doc: Document) -> str | None:
    """The type a document's own title gives it in its first three lines, if it names one
    that is no other document's ("Besluitenlijst", "Notulen"; "Verslag" heads news too)."""
    for line in _head(doc)[:3]:
        if (m := _SELF_NAMED.match(line)) is not None:
            return "besluitenlijst" if m["list"] else "verslag"
    return None


def titled(doc: Document) -> str | None:
    """The type of letter, proposal or motion a document's title names, the title a line of its
    first three that is the word alone ("Raadsvoorstel", "MOTIE", "Raadsinformatiebrief 12"):
    what it says it is, which no words of its body outweigh. (A meeting's pages are named
    by `self_named`: "Verslag" heads news as often as minutes.)"""
    for line in _head(doc)[:3]:
        line = _SPACED.sub(lambda m: m[0].replace(" ", ""), line)
        for layout, pattern in _title_markers():
            if layout not in _LETTERS:
                continue
            m = pattern.search(line[:150])
            if m is not None and _BARE_TITLE.fullmatch(line[: m.start()] + line[m.end() :]):
                return doc_type_of(layout)
    return None


def layout_of(doc: Document) -> str:
    """The layout that reads this document: what its top says, else prose. A text that tells
    the outcome of several motions is about a meeting, not one motion (or one register entry):
    its motions are read one by one."""
    layout = _marked(doc)[0]
    if layout in ("motie", "register") and _motions_told(doc) >= 3:
        items = sum(1 for b in doc.blocks if b.kind == "item" and _OUTCOME_WORD.search(b.text))
        return "besluitenlijst-raad" if items >= 3 else "nieuws"
    return layout


_MOTION_WORD = vocab.MOTION_NOUN


_MOTION_SECTION = re.compile(r"^\s*(?:\w+\s+)?(?:moties|amendementen)\s*:?\s*$", re.I)


def _motions_told(doc: Document) -> int:
    """How many sentences name a motion or amendment together with an outcome (a heading
    "Moties" or "Aangenomen amendementen" over a list counts for the several it lists)."""
    told = sum(
        1 for s in doc.sentences if _MOTION_WORD.search(s.text) and outcome_of(s.text) is not None
    )
    sections = sum(1 for b in doc.blocks if b.kind == "heading" and _MOTION_SECTION.match(b.text))
    return told + 2 * sections


# Words before a marker that make its line a sentence of prose ("Het college zal in een
# raadsinformatiebrief vertellen ..."), not a title ("Raadsinformatiebrief 12", "Betreft:
# raadsvoorstel", "Concept-besluitenlijst van de raad").
_PROSE = re.compile(
    r"\b(?:zal|zullen|is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|kan|kunnen|"
    r"moet|moeten|gaat|komt|in een|via een|met een|door een|per)\b",
    re.I,
)


# A bullet, or an item that adopts an earlier list ("• Vaststelling besluitenlijst van de
# raadsvergadering van 8 juni"), is about another document, not this one's title.
_NOT_A_TITLE = re.compile(
    r"^\s*(?:[•·▪◦*–-]\s|(?:\d{1,2}[.)]\s*)?(?:vaststell\w*|goedkeur\w*)\s+(?:van\s+)?(?:de\s+)?"
    r"(?:concept-?)?(?:besluitenlijst|notulen|verslag)|"
    # an agenda's item that adopts the last meeting's list ("4. Besluitenlijst raad 4 december")
    r"\d{1,2}[a-z]?[.)]\s+(?:de\s+|het\s+)?(?:concept-?)?(?:besluitenlijst|notulen|verslag)\b)",
    re.I,
)
# A letter names itself in its first lines, its subject field or its salutation, not further
# down.
_LETTERS = frozenset({"rib", "raadsvoorstel", "brief", "advies", "motie"})
_SUBJECT_FIELD = re.compile(
    r"^\W*(?:betreft|onderwerp|inzake|geacht\w*|aan\s+de|beste\s+(?:inwoner|bewoner|buurtbewoner|"
    r"lezer|raadsle|leden|heer|mevrouw|collega))",
    re.I,
)
_OF_THE_MEETING = re.compile(
    r"\s+(?:van\s+)?de\s+(?:(?:openbare|besloten|openbare\s+en\s+besloten)\s+)?"
    r"(?:\w*vergadering|zitting)\b",
    re.I,
)
_BARE_TITLE = re.compile(r"\s*(?:nr\.?\s*)?\d{0,4}\s*:?\s*")
_SPACED = re.compile(r"\b(?:[A-Z] ){4,}[A-Z]\b")


def _in_prose(before: str, after: str = "") -> bool:
    """The words before a marker make it part of a sentence, not a title (a label such as
    "Onderwerp:" starts the title anew). "Verslag van de openbare vergadering" is a title
    whatever stands before it on its line (the committee's name, the municipality)."""
    if _OF_THE_MEETING.match(after):
        return False
    before = before.rsplit(":", 1)[-1]
    return _PROSE.search(before) is not None or len(before.split()) >= 6


def _marked(doc: Document) -> tuple[str, bool]:
    """The layout the document's own words name, and whether they name one at all."""
    head = _head(doc)
    hits: list[tuple[int, int, str]] = []
    for n, line in enumerate(head):
        if _NOT_A_TITLE.match(line):
            continue
        line = _SPACED.sub(lambda m: m[0].replace(" ", ""), line)  # "B E S L U I T E N L I J S T"
        for order, (layout, pattern) in enumerate(_title_markers()):
            m = pattern.search(line[:150])  # a title, not a word deep in a paragraph
            before = line[: m.start()] if m is not None else ""
            if m is None or (m.start() >= 3 and _in_prose(before, line[m.end() : m.end() + 60])):
                continue
            alone = _BARE_TITLE.fullmatch(line[: m.start()] + line[m.end() :]) is not None
            if layout in _LETTERS and n >= 3 and not (_SUBJECT_FIELD.match(line) or alone):
                # "Beste raadsvoorstel", "- Bijbehorend raadsvoorstel": a section; a line that
                # is the word alone ("RAADSVOORSTEL" under a RIS header's fields) is the title
                continue
            hits.append((n, order, layout))
    top = "\n".join(doc.head(60))
    if decree.read(doc) is not None:  # the council's published decision (or its draft)
        return "raadsvoorstel", True
    if (
        _MOTION_BODY.search(top)
        and _MOTION_ASKS.search(top)
        # (a page of several motions' texts, each under its label, is read motion by motion)
        and len(_LABELLED_MOTION.findall(doc.text)) < 2
    ):
        early = [h for h in hits if h[0] <= 2 and h[2].startswith(("besluitenlijst", "verslag"))]
        if not early:
            return "motie", True
    if len(_SPEAKERS.findall(top)) >= 2:
        return "verslag", True  # a verbatim record: the chair asks who is for and against
    labels = set(doc.fields)
    if _motion_record(doc):
        return "motie", True
    if all(labels & group for group in _REGISTER_FIELDS):
        return "register", True
    body = doc.field("orgaan", "bestuursorgaan", "vergaderorgaan")
    if _college_meeting_page(head) or (body is not None and _COLLEGE_NAME.match(body)):
        return "besluitenlijst-college", True
    if is_meeting_page(doc):
        named = " ".join(head[:4])
        if _COLLEGE_MEETING.search(named):  # "Collegebesluiten", "College BenW publicatie"
            return "besluitenlijst-college", True
        committee = _COMMITTEE_TITLE.search(" ".join(head[:3]))
        return ("verslag" if committee else "besluitenlijst-raad"), True
    if hits:
        first = min(hits)
        # "Besluitenlijst 11 oktober 2022" over "Notulen B en W vergadering": the list the
        # next lines say is the college's
        college_next = any(h[2] == "besluitenlijst-college" and h[0] <= first[0] + 2 for h in hits)
        if first[2] == "besluitenlijst-raad" and (college_next or _college_speaks(doc)):
            return "besluitenlijst-college", True
        # A letter's "Betreft"/"Geachte" line above its real title ("Raadsinformatiebrief")
        # does not decide: a specific marker in the top lines does.
        listed = [m for m in _LISTED_MOTIONS.finditer("\n".join(head)) if outcome_of(m.group(0))]
        if first[2] == "motie" and len(listed) >= 2:
            return "besluitenlijst-raad", True  # motions listed with their outcomes
        specific = [h for h in hits if h[2] != "brief" and h[0] <= first[0] + 6]
        if first[2] == "brief" and specific:
            return min(specific)[2], True
        if first[2] == "brief" and _college_to_council(doc):
            return "rib", True  # the college informing the council is a raadsinformatiebrief
        return first[2], True
    items = [b for b in doc.blocks if b.kind == "item" and _OUTCOME_WORD.search(b.text)]
    if len(items) >= 3:
        return "besluitenlijst-raad", True
    # A college list whose title the page lost: numbered items, each decided in a line of its
    # own ("Het college besluit:", "Besluit:")
    numbered = sum(1 for b in doc.blocks if b.kind == "item" and b.text[:1].isdigit())
    if numbered >= 2 and len(COLLEGE_DECIDES.findall(doc.text)) >= 2:
        return "besluitenlijst-college", True
    # ... or its decisions in the words of decision points ("In te stemmen met", "Kennis te
    # nemen van", "vast te stellen"), three or more, and no council voting
    points = len(_DECISION_POINT.findall(doc.text[:20000]))
    if (
        points >= 3
        and not _COUNCIL_WORDS.search(doc.text[:20000])
        and _COLLEGE_WORDS.search(doc.text[:20000])
    ):
        return "besluitenlijst-college", True
    if _OPENS.search(top):  # "De voorzitter opent de vergadering": the meeting as it went
        return "verslag", True
    if len({m[1].lower() for m in _ATTENDANCE.finditer(top)}) >= 2:
        return "verslag", True  # who chaired, who was there: the record of a meeting
    if len(_QUESTION.findall(top)) >= 2 and len(_ANSWER.findall(top)) >= 2:
        return "brief", True  # "Vraag 1 ..." / "Antwoord:": questions answered, point by point
    if _ANSWERS_QUESTIONS.search(" ".join(doc.head(6))):
        return "brief", True
    # Council news, a web page, or a text that says nothing of itself: read as prose.
    return "nieuws", False


_DECISION_POINT = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:in\s+te\s+stemmen\s+met|kennis\s+te\s+nemen\s+van|akkoord\s+te\s+gaan|"
    r"(?:het|de)\s+[^.;:\n]{3,80}?\s+vast\s+te\s+stellen|besluit\s*:|het\s+college\s+(?:besluit|stemt|"
    r"stelt|neemt|besloot|heeft\s+besloten))\b",
    re.I | re.M,
)
_QUESTION = re.compile(r"^\W*vraag\s+\d{1,2}\b", re.I | re.M)
_ANSWER = re.compile(
    r"^\W*antwoord(?:\s+(?:college|\d{1,2}))?\s*:?\s*$|^\W*antwoord\s*:|"
    # "Antwoord 1. Naar aanleiding van ...": numbered, the answer on the same line
    r"^\W*antwoord\s+\d{1,2}\s*[.:)]",
    re.I | re.M,
)
# The college answering a member's questions in a letter of its own: "Op 27 januari jl. hebt u
# schriftelijke vragen ... gesteld. Wij beantwoorden uw vragen als volgt."
_ANSWERS_QUESTIONS = re.compile(
    r"\b(?:hebt|heeft)\s+u\b[^.;]{0,80}?\bvragen\b[^.;]{0,160}?\bgesteld\b|"
    r"\b(?:wij\s+beantwoorden|beantwoorden\s+wij)\s+(?:uw|de(?:ze)?)\s+vragen\b",
    re.I,
)
_OPENS = re.compile(
    r"\bvoorzitter\s+(?:\w+\s+){0,3}?opent\s+de\s+(?:\w*vergadering|bijeenkomst|zitting)\b|"
    r"\bopent\s+de\s+voorzitter\s+de\s+(?:\w*vergadering|bijeenkomst)\b",
    re.I,
)
# The fields over the record of a meeting. A decision list carries them too, but says so
# in its title: these decide only where nothing else does.
_ATTENDANCE = re.compile(
    r"^\s*(aanwezig(?:en)?|afwezig(?:en)?|voorzitter|griffier|secretaris|notulist)\s*:",
    re.I | re.M,
)
_COLLEGE_WORDS = re.compile(
    r"\b(?:college|b\s?(?:&|en)\s?w|burgemeester en wethouders|collegevoorstel|beantwoording|raadsvragen|"
    r"raadsinformatiebrief|aan de (?:gemeente)?raad voor te leggen|voor te leggen aan de (?:gemeente)?raad)\b",
    re.I,
)
_COUNCIL_WORDS = re.compile(
    # "In de raadsvergadering van 20 februari heeft de gemeenteraad besloten:"
    r"\b(?:heeft|hebben)\s+de\s+(?:gemeente)?raad\s+(?:\w+\s+)?besloten\b|"
    r"\b(?:de raad (?:stemt|besluit|heeft)|raadsvoorstel|motie|amendement|fracties?|stemmen voor|"
    r"hamerstuk|stemuitslag|raadsleden|raadslid)\b",
    re.I,
)


# A meeting where the council informs itself or debates but takes no decision: a committee's
# kind ("Informatieavond", "Opiniërende raadsbijeenkomst", "Politieke Markt").
_COMMITTEE_TITLE = re.compile(
    r"\b(?:\w*commissie\w*|(?:raads)?cie\b|raadsoverleg|forum(?!\s+voor\s+democratie)|\w*carrousel|voorronde|raadssessie|ronde ?tafel|beeldvormende?|"
    r"oordeels?vormende?|opini[eë]rende?|informatie(?:bijeenkomst|avond|ronde|sessie)|thema(?:avond|bijeenkomst)|"
    r"politieke\s+(?:markt|avond)|sessie)\b",
    re.I,
)


_LISTED_MOTIONS = re.compile(r"^\s*(?:[-•*·]|\d{1,2}[.)])\s*(?:motie|amendement)\b.*$", re.I | re.M)
_MOTION_HEADING = re.compile(r"^\s*(?:moties?|amendementen?|moties en amendementen)\s*$", re.I)


def college_decided_below(doc: Document) -> bool:
    """A page that says the college's decisions follow: its list, told as news (read as prose,
    which reads such pages best)."""
    return COLLEGE_DECIDED_BELOW.search("\n".join(_head(doc))) is not None


def _motion_record(doc: Document) -> bool:
    """A RIS record of one motion: a "Moties" heading or a motion's fields (title, date, status
    with an outcome, its movers), and no promise."""
    if "toezegging" in doc.fields or "toezegger" in doc.fields:
        return False
    titled = bool(doc.field("titel", "onderwerp"))
    status = doc.field("status", "stemming")
    movers = bool(
        doc.field("indiener", "indieners", "indiener(s)", "fractie(s)", "fractie", "raadsleden")
    )
    heading = any(_MOTION_HEADING.match(line) for line in doc.head(6))
    decided = status is not None and outcome_of(status) is not None
    return (
        status is not None and (titled or "id" in doc.fields) and (heading or (movers and decided))
    )


_TO_THE_COUNCIL = re.compile(
    r"^\s*(?:aan\s*:?\s+(?:de\s+)?(?:leden\s+van\s+)?de\s+(?:gemeente)?raad|geachte\s+(?:gemeente)?raad|"
    r"geachte\s+(?:leden|raadsleden|dames en heren)\b[^\n]{0,30}\braad)",
    re.I | re.M,
)
_FROM_THE_COLLEGE = re.compile(
    r"\b(?:burgemeester en wethouders|het college van b(?:urgemeester)?\s?(?:&|en)\s?w(?:ethouders)?|"
    r"namens het college|het college)\b[^\n]{0,60}$|^\s*(?:de )?secretaris\b|^\s*van\s*:?\s*(?:het )?college",
    re.I | re.M,
)


def _college_to_council(doc: Document) -> bool:
    """A letter to the council signed by, or sent from, the college."""
    text = doc.text
    return bool(_TO_THE_COUNCIL.search(text[:3000])) and bool(_FROM_THE_COLLEGE.search(text))


_COLLEGE_MEETING = re.compile(
    r"\bcollege\s?(?:besluiten|vergadering|b\s?(?:&|en)\s?w)\b|\bcollege van b(?:urgemeester)?"
    r"|\bburgemeester en wethouders\b|\bb\s?(?:&|en)\s?w[- ]?vergadering\b",
    re.I,
)
# A RIS page of the college's meeting names the college as the page of a council meeting
# names the council, over its day: "B&W" / "dinsdag 21 mei 2019 09:00 - 14:00", "College
# (publicatie)" / "dinsdag 31 oktober 2023".
_COLLEGE_NAME = re.compile(
    r"^\W*(?:(?:het\s+)?college\b|b\s?(?:&|en)\s?w\b|burgemeester\s+en\s+wethouders\b)", re.I
)


def _college_meeting_page(head: list[str]) -> bool:
    return any(
        _COLLEGE_NAME.match(name)
        and len(name.split()) <= 5
        and len(day.split()) <= 8
        and dates.first_day(day) is not None
        for name, day in itertools.pairwise(head[:6])
    )


def _college_speaks(doc: Document) -> bool:
    """A decision list without "college" in its title is the college's when its items speak
    of the college's business more than of the council's votes."""
    if any(_COLLEGE_LIST_OPENS.match(line) for line in doc.head(15)):
        return True  # "Besluitenlijst 2 april 2024 ... Het college heeft besloten:"
    if any(PORTFOLIO_LINE.match(line) and len(line.split()) >= 2 for line in doc.head(6)):
        return True  # "Besluitenlijst 7 december 2021" over "Burgemeester Link": by portfolio
    committee = _COMMITTEE_TITLE.search(" ".join(doc.head(4)))
    for line in doc.head(15):
        present = _PRESENT.match(line)
        # who was there, one line of a few names and no party beside them: a college, not a
        # council or a committee ("mevr. J. Sweerts (De Liberalen), ...")
        if (
            present
            and not committee
            and "(" not in present[1]
            and 3 <= len(re.split(r",|\s+en\s+", present[1])) <= 9
        ):
            return True
    if _college_present(doc.head(25)):
        return True
    if len(_COLLEGE_DECIDES_LINE.findall(doc.text[:20000])) >= 2:
        return True  # "Besluit: / Het college besluit het sociaal jaarverslag vast te stellen."
    text = doc.text[:6000]
    return len(_COLLEGE_WORDS.findall(text)) > 1.5 * len(_COUNCIL_WORDS.findall(text)) + 1


# Who was there, one to a line under "Aanwezig:": "J. Langenacker, burgemeester",
# "R. van Reijswoud, gemeentesecretaris".
_PRESENT_ALONE = re.compile(r"^\s*aanwezig(?:en)?\s*:?\s*$", re.I)
_COLLEGE_ROLE = re.compile(
    r",\s*(?:loco-?)?(?:burgemeester|wethouder|(?:gemeente)?secretaris)\b", re.I
)
_COUNCIL_ROLE = re.compile(r"\(|\b(?:raadslid|raadsleden|griffier|fractie)\b", re.I)


def _college_present(head: list[str]) -> bool:
    """The list of who was there names the college's members by their office and no one of
    the council: the college met."""
    for n, line in enumerate(head):
        if not _PRESENT_ALONE.match(line):
            continue
        present = list(
            itertools.takewhile(lambda x: "," in x and len(x) <= 80, head[n + 1 : n + 12])
        )
        roles = sum(1 for x in present if _COLLEGE_ROLE.search(x))
        return roles >= 2 and not any(_COUNCIL_ROLE.search(x) for x in present)
    return False


_PRESENT = re.compile(r"^\s*aanwezig(?:en)?\s*:\s*(\S.*)$", re.I)
# An item's decision, said by the college itself, at the start of a line.
_COLLEGE_DECIDES_LINE = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:het\s+college|b\s?(?:&|en)\s?w)\s+"
    r"(?:besluit|heeft\s+besloten|besloot)\b",
    re.I | re.M,
)
# A line that opens the college's decisions below it.
_COLLEGE_LIST_OPENS = re.compile(
    r"^\s*(?:het\s+)?college(?:\s+van\s+(?:b\s?&\s?w|burgemeester\s+en\s+wethouders))?\s+"
    r"(?:heeft\s+(?:het\s+volgende\s+)?besloten|besluit|besloot)\s*:?\s*$",
    re.I,
)


def doc_type_of(layout: str) -> str:
    from besluitspoor.extract.layouts import LAYOUTS

    return LAYOUTS[layout].doc_type if layout in LAYOUTS else "overig"
