"""What kind of document a text is: the document type of the format's gold drafts
(raadsinformatiebrief, besluitenlijst, verslag, motie, raadsvoorstel, advies, brief, overig) and the
layout that reads it (`layouts.LAYOUTS`).

A document says what it is near its top: the marker on the earliest line wins, the body only
decides where the top says nothing (a motion's "in vergadering bijeen ... verzoekt het college",
a register entry's fields, a decision list's run of items with outcomes).
"""

from __future__ import annotations

import re

from besluitspoor.extract.document import Document

# (layout, pattern for a line near the top); on the same line the first listed wins.
_TITLE_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "besluitenlijst-college",
        re.compile(
            r"\b(?:besluitenlijst|besluiten(?:lijst)?)\b[^\n]{0,40}\b(?:college|b\s?(?:&|en)\s?w|"
            r"burgemeester en wethouders|collegevergadering)\b|\bcollege\s?besluiten\b|"
            r"\bcollegebesluitenlijst\b|\bopenbare besluiten(?:lijst)?\b[^\n]{0,30}\bcollege\b|"
            r"^\s*(?:overzicht\s+)?(?:openbare\s+)?collegebesluiten\b|\bcollegevergadering\b",
            re.I,
        ),
    ),
    (
        "besluitenlijst-raad",
        re.compile(
            r"\bbesluitenlijst\b|\buitslagenlijst\b|\bbesluiten(?:-| en )actielijst\b|"
            r"\bstemmingsuitslagen\b|\bbesluitvorming\s*\(raad\)|\boverzicht vergaderpunten\b",
            re.I,
        ),
    ),
    (
        "motie",
        re.compile(
            r"^\W*(?:[A-Z]{1,3}\s?\d{1,3}[a-z]?\s+)?(?:\(?(?:concept-?|gewijzigde?\s+)?(?:motie|amendement)\b)",
            re.I,
        ),
    ),
    (
        "verslag",
        re.compile(
            r"\b\w*verslag\b|\bnotulen\b|\bsamenvatting van de (?:vergadering|bijeenkomst)\b|"
            r"^\s*(?:impressie|terugblik)\b[^\n]{0,40}\b(?:raad|commissie|vergadering)",
            re.I,
        ),
    ),
    (
        "rib",
        re.compile(
            r"\braads?informatiebrief\b|\braadsbrief\b|\binformatiebrief\b|\braadsmemo\b|"
            r"\bcollegebericht\b|\bmemo aan de (?:gemeente)?raad\b|\binformatienota\b",
            re.I,
        ),
    ),
    (
        "raadsvoorstel",
        re.compile(
            r"\braadsvoorstel\b|\bvoorstel aan de (?:gemeente)?raad\b|\bbeslispunten\b|"
            r"\b(?:u|de raad) wordt (?:gevraagd|voorgesteld)\b|\bvoorgesteld (?:raads)?besluit\b|"
            r"\bontwerp-?raadsbesluit\b|\braadsnota\b",
            re.I,
        ),
    ),
    (
        "advies",
        re.compile(
            r"^\s*(?:ongevraagd\s+|gevraagd\s+)?advies\b|\bbetreft:?\s+(?:ongevraagd\s+)?advies\b|"
            r"\badvies van de\b[^\n]{0,40}\b(?:adviesraad|raad)\b",
            re.I,
        ),
    ),
    (
        "register",
        re.compile(
            r"^\s*(?:toezegging|motie|actie)\s*(?:nr\.?|nummer)?\s*[\w./-]{0,12}\s*$|"
            r"\b(?:overzicht (?:van )?(?:de )?(?:openstaande |aangenomen |aanvaarde )?(?:moties|toezeggingen)|"
            r"toezeggingenlijst|motielijst|lijst (?:van )?(?:openstaande )?(?:moties|toezeggingen)|"
            r"(?:openstaande|aanvaarde|aangenomen) moties(?: en (?:amendementen|toezeggingen))?|"
            r"opvolging (?:van )?(?:aanvaarde )?moties|(?:openstaande )?raadstoezeggingen)\b",
            re.I,
        ),
    ),
    (
        "brief",
        re.compile(
            r"^\s*(?:raadsvragen|schriftelijke vragen|vragen (?:ex|op grond van) art\w*|"
            r"beantwoording (?:van )?(?:de )?(?:schriftelijke )?(?:raads)?vragen)\b",
            re.I,
        ),
    ),
    (
        "brief",
        re.compile(
            r"\bgeacht(?:e)? (?:college|leden|heer|mevrouw|raad|gemeenteraad|raadsleden)\b|"
            r"^\s*(?:betreft|onderwerp)\b|^\s*aan (?:de )?(?:leden van )?de (?:gemeente)?raad\b",
            re.I,
        ),
    ),
)

DOC_TYPES = {  # layout -> the document type of the gold drafts
    "besluitenlijst-college": "besluitenlijst",
    "besluitenlijst-raad": "besluitenlijst",
    "motie": "motie",
    "verslag": "verslag",
    "rib": "raadsinformatiebrief",
    "raadsvoorstel": "raadsvoorstel",
    "advies": "advies",
    "brief": "brief",
    "register": "overig",
    "nieuws": "overig",
}

_MOTION_BODY = re.compile(
    r"\bin (?:(?:openbare|de)\s+)*vergadering\s+(?:bijeen|bijeengekomen)\b", re.I
)
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


def layout_of(doc: Document) -> str:
    """The layout that reads this document: what its top says, else prose."""
    return _marked(doc)[0]


def _marked(doc: Document) -> tuple[str, bool]:
    """The layout the document's own words name, and whether they name one at all."""
    head = _head(doc)
    hits: list[tuple[int, int, str]] = []
    for n, line in enumerate(head):
        for order, (layout, pattern) in enumerate(_TITLE_MARKERS):
            if pattern.search(line):
                hits.append((n, order, layout))
    top = "\n".join(doc.head(60))
    if _MOTION_BODY.search(top) and _MOTION_ASKS.search(top):
        early = [h for h in hits if h[0] <= 2 and h[2].startswith(("besluitenlijst", "verslag"))]
        if not early:
            return "motie", True
    if len(_SPEAKERS.findall(top)) >= 2:
        return "verslag", True  # a verbatim record: the chair asks who is for and against
    labels = set(doc.fields)
    if all(labels & group for group in _REGISTER_FIELDS):
        return "register", True
    if _agenda_page(doc):
        committee = _COMMITTEE_TITLE.search(" ".join(head[:3]))
        return ("verslag" if committee else "besluitenlijst-raad"), True
    if hits:
        first = min(hits)
        if first[2] == "besluitenlijst-raad" and _college_speaks(doc):
            return "besluitenlijst-college", True
        # A letter's "Betreft"/"Geachte" line above its real title ("Raadsinformatiebrief")
        # does not decide: a specific marker in the top lines does.
        specific = [h for h in hits if h[2] != "brief" and h[0] <= first[0] + 6]
        if first[2] == "brief" and specific:
            return min(specific)[2], True
        return first[2], True
    items = [b for b in doc.blocks if b.kind == "item" and _OUTCOME_WORD.search(b.text)]
    if len(items) >= 3:
        return "besluitenlijst-raad", True
    # Council news, a web page, or a text that says nothing of itself: read as prose.
    return "nieuws", False


_COLLEGE_WORDS = re.compile(
    r"\b(?:college|b\s?&\s?w|burgemeester en wethouders|collegevoorstel|beantwoording|raadsvragen|"
    r"raadsinformatiebrief|aan de (?:gemeente)?raad voor te leggen|voor te leggen aan de (?:gemeente)?raad)\b",
    re.I,
)
_COUNCIL_WORDS = re.compile(
    r"\b(?:de raad (?:stemt|besluit|heeft)|raadsvoorstel|motie|amendement|fracties?|stemmen voor|"
    r"hamerstuk|stemuitslag|raadsleden|raadslid)\b",
    re.I,
)


# A RIS meeting page (iBabs, Notubiz): the meeting's name, its date and time, "Agendapunten",
# and a "Besluit" under the items.
_AGENDA_HEAD = re.compile(r"^\s*agendapunten\s*$", re.I | re.M)
_BESLUIT = re.compile(r"^\s*besluit\s*:?\s*$", re.I | re.M)
_COMMITTEE_TITLE = re.compile(
    r"\b(?:commissie|forum|carrousel|voorronde|raadssessie|ronde ?tafel|beeldvormend|"
    r"oordeelsvormend|informatiebijeenkomst|sessie)\b",
    re.I,
)


def _agenda_page(doc: Document) -> bool:
    text = doc.text[:8000]
    return bool(_AGENDA_HEAD.search(text)) and len(_BESLUIT.findall(text)) >= 1


def _college_speaks(doc: Document) -> bool:
    """A decision list without "college" in its title is the college's when its items speak
    of the college's business more than of the council's votes."""
    text = doc.text[:6000]
    return len(_COLLEGE_WORDS.findall(text)) > 1.5 * len(_COUNCIL_WORDS.findall(text)) + 1


def doc_type_of(layout: str) -> str:
    return DOC_TYPES.get(layout, "overig")
