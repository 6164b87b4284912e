"""The dossier header a document proposes: its municipality (letterhead, "gemeente X", "De raad
van X"), a profile from what it is about (a gemeenschappelijke regeling, a verordening, an
omgevingsvergunning, ...), the start date ("gaat in op", "per 1 januari 2023") and the domain.
Each proposal keeps the fragment it rests on; all are for the volunteer to confirm."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from besluitspoor.extract import dates
from besluitspoor.extract.document import Document, norm

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft

_MUNICIPALITY = re.compile(
    r"\b(?i:gemeente(?:raad)?|raad der gemeente|(?:de )?raad van|burgemeester en wethouders van|"
    r"college van burgemeester en wethouders van)\s+(?:van\s+)?"
    r"((?:'s-)?[A-Z][\w']*[a-zA-Z](?:-[A-Z][\w']*|\s(?:aan|op|in)\s(?:den\s|de\s)?[A-Z][\w']*)*)"
)
_NOT_A_NAME = frozenset(
    [
        "Het",
        "De",
        "Een",
        "Dit",
        "Deze",
        "Burgemeester",
        "College",
        "Raad",
        "Postbus",
        "Bijlage",
        "Onderwerp",
        "Datum",
        "Geachte",
        "Zaaknummer",
        "Registratienummer",
        "Nederland",
        "Stemming",
        "Wethouder",
        # a council site's navigation: "Home Gemeenteraad Vergaderkalender"
        "Vergaderkalender",
        "Vergaderingen",
        "Vergadering",
        "Agenda",
        "Kalender",
        "Nieuws",
        "Actueel",
        "Documenten",
        "Raadsleden",
        "Fracties",
        "Commissies",
        "Besluiten",
        "Zoeken",
    ]
)


# The municipalities whose names are more than one word (CBS, 2025, and a few merged since
# 2019): "De raad van Stichtse Vecht" is Stichtse Vecht, not "Stichtse".
_SEVERAL_WORDS = (
    "Aa en Hunze", "Alphen aan den Rijn", "Berg en Dal", "Bergen op Zoom",
    "Capelle aan den IJssel", "De Bilt", "De Fryske Marren", "De Ronde Venen", "De Wolden",
    "Den Haag", "Den Helder", "Dijk en Waard", "Gilze en Rijen", "Gooise Meren",
    "Het Hogeland", "Hoeksche Waard", "Hof van Twente", "Hollands Kroon", "Horst aan de Maas",
    "Kaag en Braassem", "Krimpen aan den IJssel", "Land van Cuijk", "Loon op Zand",
    "Mook en Middelaar", "Oost Gelre", "Oude IJsselstreek", "Peel en Maas", "Sint Anthonis",
    "Son en Breugel", "Stede Broec", "Stichtse Vecht", "Utrechtse Heuvelrug",
    "Valkenburg aan de Geul", "Voorne aan Zee", "West Betuwe", "West Maas en Waal",
    "Wijk bij Duurstede", "Nuenen, Gerwen en Nederwetten", "'s-Hertogenbosch", "'s-Gravenhage",
)  # fmt: skip
_KNOWN_NAME = re.compile(
    "|".join(re.escape(name) for name in sorted(_SEVERAL_WORDS, key=len, reverse=True)), re.I
)


def municipality_of(text: str) -> str | None:
    for m in _MUNICIPALITY.finditer("\n".join(text.strip().splitlines()[:60])[:6000]):
        if known := _KNOWN_NAME.match(m.string, m.start(1)):
            return next(n for n in _SEVERAL_WORDS if n.lower() == known.group(0).lower())
        name = m.group(1)
        if name in _NOT_A_NAME or len(name) < 3:
            continue
        return name.title() if name.isupper() else name
    return None


# "inwoners van Wassenaar", "Sociaal Team Wassenaar", "in Wassenaar": a place the text keeps
# naming, when no letterhead names the municipality (a guess, marked for review).
# Not after a bare "van": "David van Maanen" is a person.
_PLACE = re.compile(
    r"\b(?:in|te|Team|Wijkteam|inwoners van|Vrienden van|gemeente)\s+([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)\b"
)
_NOT_A_PLACE = _NOT_A_NAME | frozenset(
    [
        "Januari",
        "Februari",
        "Maart",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Augustus",
        "September",
        "Oktober",
        "November",
        "December",
        "Nederland",
        "Raad",
        "Commissie",
        "Maatschappij",
        "Zaken",
        "Financiën",
        "Wonen",
        "Werk",
        "Zorg",
        "Team",
        "Sociaal",
        "B&W",
        "Binnenlandse",
        "Justitie",
        "Rijk",
        "Provincie",
    ]
)


def place_of(text: str) -> str | None:
    counts: dict[str, int] = {}
    for m in _PLACE.finditer(text[:20000]):
        if m.group(1) not in _NOT_A_PLACE:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1] >= 2 else None


# What a document is about -> the process profile that fits it (see `besluitspoor profiles`).
_PROFILES = (
    (
        "gemeenschappelijke-regeling",
        re.compile(r"\bgemeenschappelijke regeling\b|\bGR\b|\bverbonden partij", re.I),
    ),
    ("verordening", re.compile(r"\bverordening\b", re.I)),
    (
        "omgevingsvergunning",
        re.compile(r"\bomgevingsvergunning\b|\bverklaring van geen bedenkingen\b|\bvvgb\b", re.I),
    ),
    (
        "begrotingswijziging",
        re.compile(r"\bbegrotingswijziging\b|\bwijziging van de begroting\b", re.I),
    ),
    ("beleidsplan", re.compile(r"\bbeleidsplan\b|\bbeleidskader\b", re.I)),
)
_DOMAINS = (
    (
        "sociaal",
        re.compile(
            r"\bsociaal domein\b|\bjeugd(?:zorg|hulp|wet)?\b|\bwmo\b|\bparticipatiewet\b|\bsociaal team\b|\bschuldhulp",
            re.I,
        ),
    ),
    (
        "fysiek",
        re.compile(
            r"\bomgevingswet\b|\bbestemmingsplan\b|\bomgevingsplan\b|\bwoningbouw\b|\bverkeer\b|\bruimtelijk",
            re.I,
        ),
    ),
    (
        "financien",
        re.compile(
            r"\bbegroting\b|\bjaarrekening\b|\bbelasting\b|\bvoorjaarsnota\b|\bkadernota\b", re.I
        ),
    ),
    ("veiligheid", re.compile(r"\bveiligheid\b|\bopenbare orde\b|\bhandhaving\b|\bbibob\b", re.I)),
)
_START = re.compile(
    r"\b(?:gaat|gaan|treedt|treden)\s+(?:[^.;]{0,60}?\s+)?in(?:\s+werking)?\s+(?:op|per)\b|"
    r"\b(?:start(?:te|en|ten)?|begint|begon(?:nen)?|ingegaan|in werking getreden)\b[^.;]{0,40}?\b(?:op|per)\b|"
    r"\bmet ingang van\b|\bper\b(?=\s+[0-3]?\d\s+\w+\s+\d{4})",
    re.I,
)


_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\s+([A-Z][A-Za-z'-]{2,}(?:\s[A-Z][a-z]+)?)\b")


def propose(doc: Document, draft: Draft) -> None:
    text = doc.text
    name = municipality_of(text)
    if name:
        draft.municipality = name
        draft.proposals["municipality"] = name
    elif place := place_of(text):
        draft.proposals["municipality"] = place
        draft.proposal_quotes["municipality"] = _around(text, *_first(text, place))
    elif address := next(filter(None, (_POSTCODE.search(line) for line in doc.furniture)), None):
        # "Postbus 150, 2670 AD Naaldwijk": the town of the letterhead (a guess: check it)
        draft.proposals["municipality"] = address.group(1).title()
        draft.proposal_quotes["municipality"] = norm(address.string)
    about = " ".join(doc.head(20)) + " " + text[:4000]
    for profile, pattern in _PROFILES:
        m = pattern.search(about)
        if m:
            draft.proposals["profile"] = profile
            draft.proposal_quotes["profile"] = _around(about, m.start(), m.end())
            break
    for domain, pattern in _DOMAINS:
        m = pattern.search(about)
        if m:
            draft.proposals["domain"] = domain
            draft.proposal_quotes["domain"] = _around(about, m.start(), m.end())
            break
    for sentence in doc.sentences:
        if len(sentence.text) > 800:
            continue
        m = _START.search(sentence.text)
        if not m:
            continue
        after = [f for f in dates.find(sentence.text[m.start() :], None) if not f.inferred]
        if (after and after[0].day) or (after and after[0].value.precision == "month"):
            draft.proposals["start"] = after[0].value.iso()
            draft.proposal_quotes["start"] = sentence.text
            break


def _first(text: str, word: str) -> tuple[int, int]:
    at = text.find(word)
    return at, at + len(word)


def _around(text: str, start: int, end: int) -> str:
    """The words around a match, cut at word boundaries: the fragment a proposal rests on."""
    left = text.rfind(" ", 0, max(0, start - 40)) + 1
    right = text.find(" ", min(len(text), end + 40))
    return norm(text[left : right if right > 0 else len(text)])
