"""Agenda items: how a decision list or a meeting page is cut into items (numbered, bulleted,
"Agendapunt 6", or headings), which numbered lines are a decision's own points rather than items,
an item's title, and the step each item gives with its outcome."""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from besluitspoor import ids
from besluitspoor.extract import acts, dates, decree
from besluitspoor.extract.document import LABELS, Block, Document, norm, split_sentences
from besluitspoor.extract.layouts.base import (
    LIST_TITLE,
    NUMBERED_LINE,
    TRANSLATED_LIST,
    add,
    quote,
    short_kind,
)
from besluitspoor.outcomes import outcome_of

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft

_PROCEDURAL = re.compile(
    r"^(?:[\W\d]*(?:[a-z][.)]\s*)?)(?:(?:eventuele|overige)\s+)?(?:opening|sluiting|mededeling(?:en)?|rondvraag|vragen-?\s?half\s?uur|vragenuur|vragenkwartier|spreekrecht|"
    r"insprekers|inspreken|ingekomen stukken|lijst (?:van )?ingekomen|vaststell\w* (?:van )?(?:de )?"
    r"(?:(?:bespreek|hamer)\w* )?(?:agenda|notulen|besluitenlijst|verslag)|(?:test|proef)\s*(?:digitale\s+)?stemming\b|agenda\b|notulen\b|besluitenlijst\b|"
    r"verslag(?:en)?\b|toelating|beëdiging|installatie|benoeming (?:van )?(?:een )?"
    r"(?:commissielid|raadslid|burgerlid|fractie)|onderzoek (?:van )?(?:de )?geloofsbrieven|"
    r"actualiteiten|mondelinge vragen|vragen van raadsleden|(?:hamer|bespreek)stukken\s*(?:\([^)]*\)\s*)?$|"
    r"besluit\s*$|stemuitslag|resultaat stemming|voorgesteld besluit\s*$|agendapunt\s*$|"
    # the parts of a debate on an old iBabs page: "Het college antwoordt", "Tweede termijn"
    r"(?:het college|de wethouder|de burgemeester) antwoordt|[^.]{0,60}\bstelt vragen\s*$|"
    r"mogelijkheid (?:om|tot)\b|tweede termijn|stemverklaring|(?:voorstel:\s*)?de agenda vaststellen|"
    r"de voorzitter (?:opent|sluit|heet)|(?:de )?(?:agenda|besluitenlijst|notulen|verslag)(?: \w+)? wordt|"
    r"er (?:zijn|waren|hebben zich) (?:nog )?geen (?:mededelingen|vragen|insprekers)|afwezig met kennisgeving\b|"
    # the incoming letters sorted by category: "Brieven aan de raad, bevoegdheid college (CAT A)",
    # "Overige stukken ter kennisname", "Te verzenden en/of verzonden stukken namens de raad"
    r"brieven\b|(?:overige\s+)?stukken\s+ter\s+kennisname\b|ter\s+kennisname\s+van\s+de\s+raad\b|"
    r"te\s+verzenden\b|"
    # a form's blanks and labels: "Raadsbesluit d.d.", "Voorzitter", "Transcriptie"
    r"raadsbesluit\s+d\.\s?d\.(?:\s+[0-3]?\d\s+\w+\s+\d{4})?\s*:?\s*$|(?:voorzitter|transcriptie|griffier)\s*$|"
    r"(?:de )?lijst (?:is|wordt) (?:\w+ )*?vast ?gesteld\b|(?:de )?(?:openbare )?besluitenlijst(?:en)?(?: van|\b)|"
    r"vaststellen (?:van )?(?:de )?(?:openbare )?(?:besluitenlijst|notulen|agenda|verslag)|"
    # machine-translated: "Public decision list ... April 15, 2025", "Internal-not-public-
    # decision list": the list of the week before, adopted
    r"(?:public|internal)\b[\w\s-]{0,30}\bdecision\s+list\b|"
    r"[^.]{0,60}\baan de agenda toe te voegen\b|(?:de )?vergadering wordt (?:geopend|gesloten)|"
    r"de volgende (?:raads|commissie)?leden|[^.]{0,60}\bmet kennisgeving afwezig\b|"
    r"(?:de )?(?:voorlopige )?agenda\b|[^.]{0,80}\bwordt (?:door|uit)geschoven\b|"
    r"[^.]{0,80}\bvan de agenda (?:gehaald|afgevoerd)\b|(?:de )?commissie(?:vergadering)? is bedoeld\b|"
    r"[^.]{0,40}\bkunnen (?:het college|tot|mededelingen|vragen)\b|"
    # a letter or the rules of order quoted in an item, drawing lots, who was absent
    r"geachte\b|[^.]{0,60}\bmet kennisgeving (?:zijn |is )?afwezig\b|(?:het )?trekken van het lot\b|"
    r"loting\b|raadsleden dienen\b|[^.]{0,40}\bheeft te kennen gegeven\b|update \d|"
    # Frisian councils' agenda words ("Iepening en meidielings", "Fragenoere", "Ynkommen
    # stikken", "Sluting"), and who sent apologies ("Bericht van verhindering")
    r"iepening\b|meidielings?\b|fragen(?:oere|kertier)?\b|ynkommen\b|(?:ôf)?sluting\b|"
    r"bericht(?:en)?\s+van\s+verhindering\b|"
    # the meeting's own business: "Afhandeling raadsinstrumenten", "Besluitvorming hamerstukken",
    # "Vaststellen overzicht moties en toezeggingen", "Vast te stellen de besluitenlijst van ...",
    # "Terugkoppeling regionale vertegenwoordigingen", "Afscheid van mevrouw X", "Zij heet iedereen
    # welkom", a RIS page's "De raad gaat eerst met elkaar in debat ..."
    r"afhandeling\s+(?:van\s+)?raadsinstrumenten\b|besluitvorming\s+(?:over\s+)?(?:de\s+)?"
    r"(?:hamer|bespreek)stukken\b|(?:vaststell\w*|vast\s+te\s+stellen)\s+(?:van\s+)?(?:de\s+|het\s+)?"
    r"(?:overzicht\s+(?:van\s+)?moties|(?:openbare\s+)?besluitenlijst)|(?:zij|hij)\s+heet\b|"
    r"terugkoppeling\b(?!\s+(?:van\s+(?:de\s+)?)?motie)|afscheid\s+van\b|de\s+raad\s+gaat\s+eerst\b|"
    # a college meeting's invitations and who sat in: "Uitnodigingen", "Een deel van de
    # vergadering wordt bijgewoond door:"
    r"uitnodigingen\s*:?\s*$|[^.]{0,60}\bwordt bijgewoond door\b|"
    # "Voorgesteld wordt in te stemmen met de (voorraad)agenda", "... de ingekomen stukken voor
    # kennisgeving aan te nemen", "De status ... van afspraken en toezeggingen ..."
    r"voorgesteld wordt\b[^.]{0,40}\b(?:voorraad)?agenda\b|[^.]{0,60}\bingekomen stukken\b|"
    r"[^.]{0,60}\bafspraken en toezeggingen\b|gevraagde beslissing\s*:?\s*$|inspreekrecht\b|"
    r"(?:van het )?inspreekrecht wordt gebruik gemaakt\b|trekking (?:van het )?stemcijfer\b|"
    # who speaks in: "Mevrouw Wilma van Heerebeek, namens het stuurcomité Bibliotheek"
    r"(?:de heer|mevrouw|dhr\.|mw\.|mevr\.)\s+[^,.]{2,40},\s+(?:namens|voorzitter|lid|directeur|"
    r"bewoner|secretaris)\b|"
    # a RIS page's furniture: its video index ("00:00:08 - 00:00:45 - M. de Vries"), labels,
    # the parts of a meeting, its header, what lies open for inspection
    r"\d\d:\d\d:\d\d\s*-\s*\d\d:\d\d:\d\d|(?:agendapunten|onderwerp|toelichting|bijlagen?)\s*:?\s*$|"
    r"(?:opini[eë]rend|besluitvormend|informerend|beeldvormend|oordeels?vormend)\s+deel\b|"
    r"nr\.\s*\d+\.?\s+vergadering\s*:|[^.]{0,60}\bligg(?:en|t)\s+(?:vertrouwelijk\s+)?ter\s+inzage\b|"
    r"stemstukken\b|(?:het\s+)?voorstel\s+(?:geacht|\(\d+\s+stemmen\))|[^.]{0,40}\bspreektijd\b|"
    # a college list's fields and signature: "Beslispunt 1", "Zaaknummer: 2024-0026230",
    # "Beslissing: Goedgekeurd", "Secretaris, Sonja van der Stel"
    r"beslispunt\s*\d*\s*$|(?:zaaknummer|zaaknr\.?|kenmerk|registratienummer|beslissing|status)\s*:|"
    r"(?:loco-?)?(?:secretaris|burgemeester)\s*,\s*[A-Z]|vastgesteld in de (?:b\s?&\s?w|college)|"
    # "Het videoverslag en de besluitenlijst wordt conform vastgesteld" ("Het tafelverslag en
    # de besluitenlijst zijn vastgesteld"), "Meldingen
    # portefeuillehouders", "Raadsvragen en toezeggingen", "De voorzitter meldt ..."
    r"(?:het |de )?(?:\w*verslag(?:en)?|besluitenlijst(?:en)?|notulen)\b[^.]{0,60}\b(?:wordt|worden|is|zijn)\s+(?:\w+\s+)?"
    r"(?:vastgesteld|goedgekeurd)\b|meldingen\b|(?:raads)?vragen en toezeggingen\b|"
    r"de voorzitter meldt\b|"
    # the page and the order of voting: "Heropening", "Uitzending raadsvergadering: https://...",
    # "Trekking stemmingsnummer 8", "A-stukken: voorstellen die ...", "Hamerstukken worden niet
    # inhoudelijk besproken", "Aan de agenda zijn toegevoegd", "Vaststelling volgorde stemming"
    r"heropening\b|uitzending\b|contact met de griffie\b|[^.]{0,40}\bstemmings?nummer\b|"
    r"(?:de )?volgende mededelingen\b|(?:[ab]-)?(?:hamer)?stukken\s*(?::|worden\b)|"
    r"aan de agenda (?:is|zijn|wordt|worden) toegevoegd\b|vaststell\w* (?:van de )?volgorde\b|"
    r"de stemming\b[^.]{0,60}\bis schriftelijk\b|"
    # the vragenhalfuur's questions: "Mw. Van Vuuren over de nieuwe basisschool"
    r"(?:mw\.|mevr\.|dhr\.|de heer|mevrouw)\s+(?:[\w'-]+\s+){1,3}over\b|"
    # what the college tells and the sections of a meeting: "Terugkoppeling van het college",
    # "Inlichtingen college", "Ter besluitvorming: hamerstukken", "Vragenronde raadsleden",
    # "Sessievoorzitter: X", "Afmelding: Dhr. Y", "Er is bij dit agendapunt geen besluit genomen"
    r"(?:terugkoppeling|inlichtingen|informatie)\s+(?:van\s+|(?:van)?uit\s+)?(?:het\s+|de\s+)?"
    r"(?:college|wethouders?|portefeuillehouders?|burgemeester)(?:\s+van\s+b\s?&\s?w)?\s*$|"
    # the incoming letters: "Overzicht van brieven en overige stukken, gericht aan de gemeenteraad"
    r"overzicht\s+van\s+(?:de\s+)?(?:ingekomen\s+)?(?:brieven|stukken)\b|"
    r"ter\s+(?:besluitvorming|bespreking)\s*:?\s*(?:(?:hamer|bespreek)stukken)?\s*$|vragenronde\b|"
    r"(?:sessie)?voorzitter\s*:|afmelding(?:en)?\s*:|er is\b[^.]{0,30}\bgeen besluit genomen\b|"
    r"(?:de )?burgemeester (?:opent|sluit|heet)\b|"
    # "De voorliggende agenda wordt vastgesteld", "De raad stelt de agenda conform vast",
    # "Raadbesluit d.d. 28 februari 2024"
    r"(?:de )?(?:\w+ )?agenda\s+(?:wordt|is)\s+(?:\w+\s+)?vastgesteld\b|"
    r"de raad stelt de (?:agenda|\w*verslag|besluitenlijst|notulen)\w*\b|"
    r"raadbesluit\s+d\.\s?d\.|"
    # a meeting's ceremonies and notices: "In Memoriam de heer Bos", "Uitreiking van
    # certificaten", "Schriftelijke behandeling", "Besluitvormende stukken", "De voorzitter
    # verwijst naar een memo", "Omdat de vergadering digitaal plaatsvindt verzoeken wij
    # insprekers ...", "... stelt de agenda vast", "nr. 26 mevr. Schoneveld"
    r"in memoriam\b|uitreiking\b|(?:schriftelijke|digitale) behandeling\s*$|"
    r"(?:besluitvormende|informerende|overige)\s+stukken\s*:?\s*$|"
    r"de voorzitter (?:verwijst|deelt|memoreert|staat stil)\b|"
    r"[^.]{0,80}\b(?:verzoeken wij|kunnen inwoners|kunt u)\b|[^.]{0,100}\bstelt de agenda\b[^.]{0,20}\bvast\b|"
    r"(?:nr\.\s*\d+\s+)?(?:mevr\.|dhr\.|mw\.)\s+[A-Z][\w'-]+\s*$|"
    # whoever chairs opening the meeting ("Mevr. De Jong opent de vergadering"), the order of
    # voting, questions announced for the question time, the page addressing its reader ("Indien
    # u gebruik wil maken van het inspreekrecht, ...")
    r".{0,60}?\bopent de (?:vergadering|bijeenkomst)\b|bepal\w* (?:van )?(?:de )?volgorde\b|"
    r"er (?:zijn|is)\b[^.]{0,30}\bvragen\b[^.]{0,10}\baangekondigd\b|(?:indien|als|wanneer) u\b|"
    # a debate's rounds ("Integrale 2e termijn, met aansluitend stemming"), the meeting itself
    # as an item ("0 Besluitvormende raadsvergadering 21 april 2016")
    r"(?:integrale\s+)?(?:1e|2e|eerste|tweede)\s+termijn\b|"
    # the page about itself: the body as a title ("Gemeenteraad Voorst"), how to watch ("Deze
    # vergadering bekijkt u live of achteraf", "Raadsvergadering gemist of terugzien?"), when
    # the council meets, what the meeting is ("Betreft een oordeels- en besluitvormende
    # vergadering"), where the proposals stand, a summary's heading ("Begroting 2022 in het
    # kort"), a list's own title ("besluiten lijst raadsvergadering", "Overzicht van moties en
    # amendementen waarover is gestemd"), questions only asked ("verhelderende vragen")
    r"(?:gemeente)?raad(?:\s+(?-i:[A-Z])[\w'-]+){0,3}\s*$|"
    r"[^.]{0,60}\b(?:bekijkt u|live\s+(?:volgen|kijken|bekijken|meekijken))\b|"
    r"[^.]{0,40}\b(?:vergadering|uitzending|video)\b[^.]{0,30}\b(?:terugkijken|terugzien)\b|"
    r"(?:raads)?vergadering\s+gemist\b|(?:de\s+)?(?:gemeente)?raad\s+vergadert\b|"
    r"betreft\s+een\s+[^.]{0,40}\bvergadering\b|(?:de\s+)?(?:voorstellen|stukken)\s+staan\b|"
    r"[^.]{0,60}\bin het kort\s*$|besluiten\s+lijst\b|"
    r"overzicht\s+(?:van\s+)?(?:de\s+)?(?:moties|amendementen)\b|[^.]{0,30}\bverhelderende vragen\b|"
    r"(?:\w+\s+)?(?:raads|commissie)vergadering\s+(?:van\s+)?(?:\w+dag\s+)?[0-3]?\d\s+[a-z]+(?:\s+\d{4})?\s*$)",
    re.I,
)


# The one kind of step the format gives an agenda (`model.Raadsvergadering`): a committee's
# announced items have no place in a draft.
AGENDA_KIND = "raadsvergadering"


def add_agenda(meeting: dict[str, Any], items: list[str]) -> None:
    """Items on a meeting's agenda, each once; only a council meeting takes an agenda."""
    if meeting["kind"] != AGENDA_KIND:
        return
    agenda = meeting.get("agenda", [])
    agenda.extend(item for item in items if item not in agenda)
    if agenda:
        meeting["agenda"] = agenda


def procedural(title: str) -> bool:
    """An agenda item that runs the meeting (opening, agenda, minutes, ...): no decision."""
    return _PROCEDURAL.match(title) is not None


_MOTION_TITLE = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?(?:(?:de|het)\s+)?(?:motie|mo\b|amendement|am\b)", re.I
)
_VOTE_ONLY = re.compile(
    r"^(?:stemuitslag|resultaat stemming|besluit|voor|tegen|\d+%?)\b|"
    # "Het raadsbesluit wordt in stemming gebracht en unaniem (26 stemmen) aangenomen."
    r"^(?:het\s+)?(?:raads?besluit|voorstel)\s+wordt\s+(?:in\s+stemming\s+gebracht|"
    r"(?:\w+\s+)?(?:aangenomen|verworpen))\b|"
    # "CDA (6), D66 (2), ...", "Fractie CDA (raadsleden) (3), ...": who voted, no title
    r"^(?:[^,()]{1,40}(?:\([^,()]{1,20}\)\s*)?\(\d{1,3}\),?\s*){2,}",
    re.I,
)


# An agenda item's first line: "Agendapunt 6 (ZN242184)", "• 2.1.1", "1. 1", "5.a Motie ...",
# "12. Vaststellen ...", "D/22/070818 | Title".
_AGENDA = re.compile(
    r"^[ \t]*(?:[•·▪*-][ \t]*)?(?:(?P<word>agendapunt|agenda-?item|punt)[ \t]+)?"
    # "6.m2", "6.A1": a motion or amendment numbered under its item
    r"(?P<num>\d{1,2}(?:\.(?:\d{1,2}|[a-zA-Z]{1,2}\d{1,2}\b|[a-zA-Z]\b)){0,3}(?:[a-z]|[ \t][a-z](?=[.)]))?)[.):]?"
    r"(?:[ \t]+\d{1,2}(?:\.(?:\d{1,2}|[a-zA-Z]\b)){0,3}[.]?)?(?:[ \t]*[:|-])?(?:[ \t]+(?P<title>\S.*))?$"
    r"|^[ \t]*[A-Z]{1,3}/\d{2}/\d+[ \t]*\|[ \t]*(?P<code_title>\S.*)$"
    r"|^[ \t]*(?P<tight>\d{1,2})\.(?P<tight_title>(?-i:[A-Z])[^\n]{2,60}:?)$",  # "3.Mededelingen:"
    re.I,
)


def _parts(m: re.Match[str]) -> tuple[str, str]:
    """An agenda line's number and title, whichever form it took."""
    number = re.sub(r"\s", "", m["num"] or m["tight"] or "")  # "2 a." is item 2a
    return number, m["title"] or m["code_title"] or m["tight_title"] or ""


# The label over one decision's points on a municipality's machine-translated page
# ("en.gemeente.nl"): "The college decides:", "College Decision:", "The mayor and aldermen decide;".
_TRANSLATED_DICTUM = (
    r"^\s*(?:(?:the\s+)?(?:college|(?:municipal\s+)?council|mayor\s+and\s+aldermen|municipal\s+executive)\s+"
    r"(?:decides?|has\s+decided)\b[^:.;]{0,60}|college\s+decision)\s*[:;]\s*$"
)
# Labels inside an item after which numbered lines are the decision's own points (dictum).
_DICTUM_LABEL = re.compile(
    # "Voorstel van de afdeling Financiën:": the department's proposal, point by point
    r"^\s*(?:voorstel(?:\s+van\s+(?:de|het)\s+[^:]{3,60})?|besluit(?:en)?|besluitvorming|voorgesteld(?:e)? besluit|beslispunten|ontwerpbesluit|conceptbesluit|"
    r"besluit over[^:]{0,40}|het college besluit|de (?:gemeente)?raad besluit)\s*:?\s*$|"
    # "Het college heeft besloten:", "Het college besluit de raad voor te stellen:", "Besloten
    # wordt:", "Besluit college:"
    r"^\s*(?:(?:het\s+)?college\s+(?:van\s+b\s?&\s?w\s+)?|b\s?&\s?w\s+|(?:de\s+)?raad\s+)?"
    r"(?:heeft\s+)?(?:besluit|besloten|besloot|stelt\s+voor)\b[^:.]{0,60}:\s*$|"
    # one vote over the points below: "De gemeenteraad heeft met 23 stemmen voor en een blanco
    # stem besloten:" (without the vote, "heeft besloten:" may head several decisions)
    r"^\s*(?:de\s+)?(?:gemeente)?raad\s+heeft\s+(?:unaniem|met\s+[^:.]{3,80}?)\s+besloten\s*:\s*$|"
    r"^\s*(?:besloten|voorgesteld)\s+wordt(?:\s+(?:de\s+raad|u))?(?:\s+om)?\s*:\s*$|"
    # "Unaniem wordt besloten om:", "Met 15 stemmen voor en 2 tegen wordt besloten:"
    r"^[^.:]{0,80}\bwordt\s+(?:\w+\s+)?besloten(?:\s+om)?\s*:\s*$|"
    r"^\s*(?:collegebesluit|besluit\s+college)\s*:\s*$|"
    # "Besloten is:", "De raad voor te stellen:", "Voorstel aan de raad om:", "De raad besluit om:",
    # "Het college neemt kennis van het besluit van de burgemeester om:"
    r"^\s*(?:besloten\s+is|(?:aan\s+)?de\s+raad\s+voor\s+te\s+stellen(?:\s+om)?|voorstel\s+aan\s+de\s+raad(?:\s+om)?|"
    r"(?:de\s+raad|het\s+college)\s+(?:besluit|neemt|stemt|gaat)\b[^:.]{0,100})\s*:\s*$|"
    + _TRANSLATED_DICTUM,
    re.I,
)
# "Toezeggingen wethouder Vat:": the promises made at an item, numbered, are no items.
_PROMISES_LABEL = re.compile(r"^\W*toezegging(?:en)?\b[^.;:]{0,50}:\W*$", re.I)
# The line over the promises made at an item, with or without its colon ("Toezeggingen
# (Wijchen)", "Toezeggingen van het college").
_PROMISES_HEAD = re.compile(r"^\W*toezegging", re.I)
# An item, or a part of one, that is the table of promises made under it: its first line of
# words after the number is "Toezeggingen (Wijchen)", "Toezeggingen van het college" or the
# table's column "Titel".
_PROMISE_PANEL = re.compile(
    r"^\W*(?:\d+[.)]?\s*)*\s*(?:toezegging(?:en)?\b[^\n]{0,40}|titel)\s*:?\s*\n", re.I
)
_DICTUM_LEAD = re.compile(r"^\s*(?:besluit|voorstel|voorgesteld besluit)\s*:", re.I)
_DICTUM_SHAPE = re.compile(
    r"\bte\s+\w+\s*[.;,]?\s*$|^\s*(?:\d+[.)]\s*)?(?:in|kennis|akkoord)\s+te\b", re.I
)
# A case's number on its own line: "Zaaknummer 18859-2023", "Kenmerk: Z/23/1234".
_CASE_LINE = re.compile(
    r"^\s*(?:zaaknummer|zaaknr\.?|kenmerk|registratienummer|dossiernummer)\s*:?\s*\S+\s*$", re.I
)


_LABEL_LINE = re.compile(
    r"^\s*(?:besluit|stemuitslag|resultaat stemming|voorgesteld besluit|voorstel|uitslag|"
    r"stemming|moties|titel|toelichting|voor|tegen|besluiten|\d+%)\s*:?\s*$|" + _CASE_LINE.pattern,
    re.I,
)


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs at blank lines, whitespace-normalised."""
    return [norm(p) for p in "\n".join(lines).split("\n\n")]


def _trimmed(lines: list[str]) -> list[str]:
    """The lines of an item without blank ones at its ends; blank lines inside stay, so that no
    quote runs across a paragraph break (or across page furniture set aside)."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


class Item:
    """An agenda item: its number, the lines under it, and a title found in them."""

    def __init__(self, number: str | None, lines: list[str], index: int) -> None:
        self.number = number
        self.lines = lines
        self.index = index

    @property
    def text(self) -> str:
        return norm(" ".join(self.lines))

    @property
    def body(self) -> str:
        return norm(" ".join(self.lines[1:]))


# A college list that opens each item with its subject as a field: "Onderwerp: Kaderbrief 2021".
_SUBJECT_LINE = re.compile(r"^\s*(?:onderwerp|titel)\s*:\s*(?=\S)", re.I)
_FORM_LINE = re.compile(r"^\s*raadsbesluit\s+d\.\s?d\.", re.I)
_FORM_LABEL = re.compile(
    r"^\s*(?:portefeuillehouder|zaaknummer|kenmerk|beslispunten)\s*:?\s*$", re.I
)
_SUBJECT_ALONE = re.compile(r"^\s*onderwerp\s*:?\s*$", re.I)  # ("Titel" alone heads a RIS table)


_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\.\s+\1\s*$")
# an item's line with no title: "2. 2", "3. 2.B"
_BARE_ITEM = re.compile(r"^\s*\d{1,2}\.\s+\d{1,2}(?:\.\w{1,2})*\.?\s*$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _opens_with_a_point(item: Item) -> bool:
    """An untitled item whose first words are its decision's first point ("1. ... vaststellen.")."""
    said = next((line for line in item.lines[1:] if line.strip()), "")
    return re.match(r"^\s*1\.\s+\S", said) is not None


def items(doc: Document, college: bool = False) -> list[Item]:
    """The agenda items of a list. Numbered lines after a "Voorstel:" or "Besluit:" label, or
    shaped as a decision point ("... vast te stellen"), belong to the item above them; on the
    college's list (`college`), those under a portfolio's heading are new items."""
    lines = doc.lines
    subjects = [i for i, line in enumerate(lines) if _SUBJECT_LINE.match(line)]
    if len(subjects) >= 2:  # "Onderwerp: X" opens each item, its decision under it
        ends = [*subjects[1:], len(lines)]
        return [
            Item(None, [_SUBJECT_LINE.sub("", lines[i]), *_trimmed(lines[i + 1 : end])], i)
            for i, end in zip(subjects, ends, strict=True)
        ]
    # "Onderwerp" on a line of its own, its value on the next: the same, a form printed as a page
    labelled = [
        (i, j)
        for i, line in enumerate(lines)
        if _SUBJECT_ALONE.match(line)
        and (j := next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].strip()), 0))
    ]
    # (a form: other labels alone as often, "Zaaknummer", "Beslispunten"; a RIS page's
    # "Onderwerp" over its table of motions is no such form)
    fields = sum(1 for line in lines if _FORM_LABEL.match(line))
    if len(labelled) >= 2 and fields >= len(labelled):
        ends = [i for i, _ in labelled[1:]] + [len(lines)]
        return [
            Item(None, [lines[j], *_trimmed(lines[j + 1 : end])], j)
            for (_, j), end in zip(labelled, ends, strict=True)
        ]
    # A RIS page whose item titles were links the text lost: "6. 6" opens each item, its
    # decision's own points ("1. Het Controleprotocol ... vaststellen.") below it.
    unnamed = [i for i, line in enumerate(lines) if _BARE_NUMBER.match(line)]
    ends = [*unnamed[1:], len(lines)] if unnamed else []
    found = [
        Item(lines[i].strip().split(".")[0], _trimmed(lines[i:end]), i)
        for i, end in zip(unnamed, ends, strict=True)
    ]
    if sum(_opens_with_a_point(item) for item in found) >= 2:
        return found
    starts: list[tuple[int, str | None]] = []
    words = False  # numbered lines are items unless they are a decision's own points
    in_dictum, dictum_next = False, 1
    # "2. ... te benoemen tot lid:" right above "1. A", "2. B": a point's own list
    sub_next, sub_line = 0, 0
    deeper_next = 1  # the next point of the item's own, indented deeper than the item
    portfolio = False  # a portfolio's heading just above
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if _DICTUM_LABEL.match(line) or _PROMISES_LABEL.match(line):
            in_dictum, dictum_next = True, 1  # its numbered points belong to the item above
            continue
        if lead := _DICTUM_LEAD.match(line):
            # "Besluit:" opens the decision's points; "Besluit: Het college besluit conform
            # het voorstel." is the whole decision, and the next numbered line a new item.
            said = line[lead.end() :].strip()
            whole = len(said.split()) >= 4 and not said.endswith(":")
            in_dictum, dictum_next = not whole, 1
            continue
        m = _AGENDA.match(line)
        if m is None and college and PORTFOLIO_LINE.match(line):
            portfolio = True  # "Wethouder Financiën": its numbered lines are new items
            in_dictum = False
            continue
        if m is None or _looks_like_date(line):
            continue
        number, title = _parts(m)
        if sub_next and number == str(sub_next) and i - sub_line <= 2:
            sub_next, sub_line = sub_next + 1, i
            continue
        # " 1. Kennis te nemen van ...", " 2. Instemmen met ..." indented under "2. Doorkijk
        # Corona": the points of that item's proposal, counted from 1 again
        if (
            starts
            and number == str(deeper_next)
            and _indent(line) > _indent(lines[(above := starts[-1][0])])
            and not _BARE_ITEM.match(lines[above])
            and not _LISTS_MOTIONS.search(lines[above])  # "... vier amendementen:"
            and not _MOTION_TITLE.match(title)
            and outcome_of(line) is None  # a point voted on is a decision of its own
        ):
            deeper_next += 1
            continue
        sub_next = 1 if title.rstrip().endswith(":") and in_dictum else 0
        sub_line = i
        # After "Besluit:", points 1, 2, 3 or 1.1, 1.2 are the decision's own, not new items.
        restarts = in_dictum and title and (number == str(dictum_next) or "." in number)
        # ... but "5." after item 4 goes on counting the list's items, however it is worded
        # ("5. een nieuw besluit ... te nemen", "6. in te stemmen met de Energievisie")
        counts_on = (
            not restarts
            and number.isdigit()
            and bool(starts)
            and (starts[-1][1] or "").isdigit()
            and int(number) == int(starts[-1][1] or 0) + 1
        )
        if (
            not words
            and not counts_on
            and not portfolio
            and (restarts or (title and _DICTUM_SHAPE.search(title)))
            and (starts or in_dictum)
        ):
            dictum_next += 1
            continue
        starts.append((i, number or None))
        in_dictum, deeper_next, portfolio = False, 1, False
    if _numbered_under_headings(doc, starts):
        return _heading_items(doc)  # each subject's numbered points are its own decision
    if len(starts) < 2:
        found = _heading_items(doc) or [Item(num, _trimmed(lines[i:]), i) for i, num in starts]
        listed = [bullet for item in found for bullet in _bullets(item)]
        if listed:
            return listed
        # A bare list of bullets ("- Motie X: aangenomen") under no heading or number: the
        # bullets that name a motion or an outcome.
        bare = _bullets(Item(None, ["", *lines], 0))
        return [b for b in bare if _MOTION_TITLE.match(b.lines[0]) or outcome_of(b.lines[0])]
    items = []
    for n, (i, num) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body = _trimmed(lines[i:end])
        first = _AGENDA.match(body[0])
        if len(_trimmed(body)) == 1 and first is not None and not _parts(first)[1]:
            continue  # a number alone: a heading of the sub-items that follow
        items.extend(_bullets(Item(num, body, i)))
    motions = [it for it in _heading_items(doc) if _MOTION_TITLE.match(norm(it.lines[0]))]
    return items + [it for it in motions if it.index < starts[0][0]]


# "Besluit:" (one decision, its points follow), not "Besluiten:" (a list of decisions).
_ONE_DECISION = re.compile(
    r"^\s*(?:(?:het college |de raad )?besluit|voorstel(?: van (?:de|het) [^:]{3,60})?|besloten is|"
    r"(?:aan )?de raad voor te stellen|voorstel aan de raad(?: om)?)\s*:?\s*$|"
    + _TRANSLATED_DICTUM,
    re.I,
)
_SPEAKS_IN = re.compile(
    r"\bspre(?:ekt|ken|ak|aken) in\b|\bmaakt gebruik van het spreekrecht\b", re.I
)
_BULLET_LINE = re.compile(r"^[ \t]*[•·▪◦*–-][ \t]+\S")
# Sections whose bullets are no decisions: who was there, invitations, the council's calendar.
_NOT_DECISIONS = re.compile(
    r"^\W*(?:\d+\W*)?(?:aanwezig|afwezig|uitnodigingen?|(?:raads)?vergaderingen|agenda raad|"
    r"kalender|termijnagenda)",
    re.I,
)


# A decision's own point under a titled item: an imperative ("Neem kennis", "Stem in met",
# "Stel vast") or an infinitive ("In te stemmen met").
_POINT = re.compile(
    r"^\s*(?:neem|stem|stel|geef|verleen|wijs|draag|laat|ken|bied|maak|zend|stuur|informeer|leg|"
    r"besluit|verklaar|machtig|mandateer|onderteken|reserveer|dek|verzoek|benoem|(?:in|kennis) te)\b",
    re.I,
)
# A section that holds the list's decisions: its bullets are items, whatever the name says.
_LIST_SECTION = re.compile(
    r"^\W*(?:(?:overige|andere|genomen|openbare)\s+)?(?:besluitenlijst|besluiten|uitslagen|"
    r"stemmingen|moties|amendementen|hamerstukken|bespreekstukken)\b",
    re.I,
)
_DISCUSSED = re.compile(r",\s*(?:wordt|is|werd) besproken\.?\s*$", re.I)
_PERSON = re.compile(
    r"^\s*(?:(?i:dhr\.|mevr\.|mw\.|de heer|mevrouw)|[A-Z]\.(?:[A-Z]\.)*)\s*[A-Z][\w' -]{1,40}"
    r"(?:\s*\([^)]{1,30}\))?\s*[,;.]?\s*$"
)
# The standing explanation a RIS page puts under procedural items.
_RULES_OF_ORDER = re.compile(
    r"\breglement van orde\b|\bspreektijd\b|\baan het begin van (?:elke|iedere) vergadering\b|\b(?:raads|commissie)?leden (?:kunnen|dienen)\b|\bvoorlopige agenda\b|"
    r"\bover verzoeken die\b|\bde voorzitter brengt\b|\bhet woord kan niet worden gevoerd\b|"
    r"\bspreekrecht is beperkt\b",
    re.I,
)
# An item that only tells: "Portefeuillehouder X informeert de raad", "Mevr. Y geeft de stand".
_TELLS = re.compile(
    r"^\s*(?:(?:de )?(?:portefeuillehouder|wethouder|burgemeester|voorzitter|griffier|dhr\.|mevr\.|"
    r"de heer|mevrouw)\b[^.]{0,60}?\b(?:informeert|geeft|meldt|deelt|kondigt|licht|presenteert|"
    r"vertelt|doet|praat)\b|er (?:zijn|is) geen\b|(?:de )?(?:gemeente)?raad bespreekt\b)",
    re.I,
)


# A line that opens a decision's points: "... te adviseren om:", "Het college besluit:"
_LEADS_POINTS = re.compile(r"\b(?:om|te\s+\w+|besluit|besluiten|besloten)\s*:\s*$", re.I)
# A bullet that the next one continues: it ends in a comma, a semicolon, "en" or "of".
_GOES_ON = re.compile(r"(?:[,;]|\s(?:en|of))\s*$", re.I)
# A point worded as an infinitive: "Een bedrag van € 7.000 toe te voegen aan de reserve X"
_INFINITIVE = re.compile(r"^\W*(?:\S+\s+){0,14}?te\s+\w+en\b", re.I)


def _bullets(item: Item) -> list[Item]:
    """A section of a list ("4. B&W-adviezen:", "Ter kennisname") whose decisions are bullets:
    each bullet with its continuation lines is an item of its own."""
    rows = [i for i, line in enumerate(item.lines) if i > 0 and _BULLET_LINE.match(line)]
    if not rows:
        return [item]
    first = _AGENDA.match(item.lines[0])
    own = norm(_parts(first)[1] if first else item.lines[0])
    if _NOT_DECISIONS.match(item.lines[0]):
        return []
    told = _PROCEDURAL.match(own) and not _LIST_SECTION.match(own)
    if not own and _RULES_OF_ORDER.search(norm(" ".join(item.lines[: rows[0]]))):
        return [item]  # what one may not speak about, under an untitled item: the rules' own list
    points = [re.sub(r"^[ \t]*[•·▪◦*–-][ \t]+", "", item.lines[row]) for row in rows]
    if own and all(_POINT.match(p) or _DICTUM_SHAPE.search(p) for p in points):
        return [item]  # "- Neem kennis van ...", "- Stem in met ...": the item's own decision
    if own and any(_ONE_DECISION.match(line) for line in item.lines[1 : rows[0]]):
        return [item]  # bullets under "Besluit:" are the points of the item's one decision
    if own and len(points) >= 2 and all(_GOES_ON.search(p) for p in points[:-1]):
        # "• Wijkactiviteiten tot € 2.500,", "• Sociaal beheer en", "• Stedelijke activiteiten.":
        # one sentence's enumeration, what the item's decision is about
        return [item]
    lead = next((line for line in reversed(item.lines[1 : rows[0]]) if line.strip()), "")
    if own and _LEADS_POINTS.search(lead) and all(_INFINITIVE.search(p) for p in points):
        # "De raad ... te adviseren om:" over "- Een bedrag van € X toe te voegen aan ...": the
        # points of the one decision the line opens
        return [item]
    out = []
    for k, row in enumerate(rows):
        end = rows[k + 1] if k + 1 < len(rows) else len(item.lines)
        lines = [re.sub(r"^[ \t]*[•·▪◦*–-][ \t]+", "", item.lines[row]), *item.lines[row + 1 : end]]
        if _PERSON.match(lines[0]) or _DISCUSSED.search(lines[0]):
            continue  # a list of who was there; a paper only discussed
        if told and outcome_of(" ".join(lines)) is None:
            continue  # what "Mededelingen" tells, but for a request it settles ("... Akkoord.")
        number = f"{item.number}-{k + 1}" if item.number else str(k + 1)
        out.append(Item(number, lines, item.index + row))
    return out


# A heading-shaped line that belongs to the item above it: the decision, not a new title.
_DECISION_LINE = re.compile(
    r"^\s*(?:(?:het )?college (?:heeft )?(?:besluit|besloten)|(?:de )?raad (?:heeft )?(?:besluit|besloten)|"
    r"besluit|conceptbesluit|ontwerpbesluit|besloten wordt|voorstel|akkoord|conform|"
    r"ingestemd|vastgesteld|aangehouden)\b|"
    # "De raad voorstellen:", "Aan de raad voor te stellen:": the college's proposal follows
    r"^\s*(?:aan )?de (?:gemeente)?raad voor(?:stellen| te stellen)(?:\s+om)?\s*:|"
    + _TRANSLATED_DICTUM,
    re.I,
)


# A label standing alone over its value or text: no item's title.
_SECTION_LABEL = re.compile(
    r"^\s*(?:samenvatting\s+voor\s+(?:de\s+)?(?:inwoners?|burgers?)|beslispunten|resultaat\s+vergadering|"
    r"stemverhouding|adviesnummer|zoekresultaten|aanwezig(?:en)?naam)\b",
    re.I,
)


def _heading_items(doc: Document) -> list[Item]:
    """A list without numbers: each heading and the text under it, up to the next heading;
    decision lines ("Het college besluit:") are never titles. The document's own title, header
    fields and procedural headings are no items."""
    out: list[Item] = []
    blocks = doc.blocks
    headings = [
        n
        for n, b in enumerate(blocks)
        if (b.kind == "heading" or _titles_decision(blocks, n) or _titled_para(b))
        and not _DECISION_LINE.match(b.text)
        and not _CASE_LINE.match(b.text)  # "Zaaknummer 18859-2023" under the item's title
        and not _SECTION_LABEL.match(b.text)  # "Samenvatting voor de inwoner", "Beslispunten"
    ]
    k = 0
    while k < len(headings):
        n = headings[k]
        block = blocks[n]
        end = headings[k + 1] if k + 1 < len(headings) else len(blocks)
        under: list[str] = []
        for b in blocks[n + 1 : end]:  # a blank between blocks: no quote runs across them
            under += ["", *b.lines] if under else b.lines
        titled = _titled_para(block)  # its first line titles the rest
        title = block.lines[0].strip() if titled else block.text
        if titled:
            under = [*block.lines[1:], *under]
        k += 1
        fielded = ":" in title[:25] and not _LIST_SECTION.match(title)  # "Datum: ...", not
        # the first heading near the top is the list's own title, unless the line right above
        # it already is ("De besluitenlijst van de vergadering van ..." over the first subject)
        above = blocks[n - 1].lines[-1] if n else ""
        own_title = k == 1 and n < 3 and not LIST_TITLE.search(above)
        if own_title or not under or fielded or len(title) < 4:  # "Overige besluiten:"
            continue
        if LIST_TITLE.search(title) and (
            dates.first_day(title)
            or (len(under) <= 2 and dates.first_day(under[0]))
            or (not out and dates.MONTH_START.match(title))
            or _A_WEEK.search(title)
        ):
            # the list's own title ("Besluitenlijst" over "van de vergadering van ...", "4
            # oktober - besluiten burgemeester en wethouders" under a site's logo, "Publicatielijst
            # Besluiten van Burgemeester en Wethouders Volgnummer: week 22, 2022")
            continue
        if _PROCEDURAL.match(title) and _DECISION_LINE.match(norm(under[0])):
            out.append(Item(None, under, block.index))  # "Rondvraag" / "College besluit ..."
            continue
        out.append(Item(None, [title, *under] if titled else block.lines + under, block.index))
    return out


def _titled_para(block: Block) -> bool:
    """A title run into the decision under it, no blank line between: "Weekmarkt Gieten" /
    "Het college besluit de weekmarkt te handhaven.", "Voortzetting deelname X" / "Het college
    besluit:"."""
    if block.kind != "para" or len(block.lines) < 2:
        return False
    first = block.lines[0].strip()
    return (
        first[-1:] not in ".:;!?,"
        and len(first.split()) <= 25
        and _DECISION_LINE.match(first) is None
        and _DECISION_LINE.match(block.lines[1]) is not None
    )


_MEETING_FIELDS = frozenset(
    {"locatie", "orgaan", "bestuursorgaan", "voorzitter", "griffier", "aanvang", "tijd", "plaats"}
)
_A_WEEK = re.compile(r"\bweek\s+\d{1,2}\b", re.I)


# A decision's first point: an infinitive ("Kennisnemen van ...", "In te stemmen met ...",
# "... vast te stellen") or a clause ending in a semicolon, as a list of points is written.
_POINT_SHAPE = re.compile(
    r"^\W*1[.)]\s*(?:(?:kennisnemen|instemmen|vaststellen|akkoord\s+gaan|afzien|opdracht\s+geven)\b|"
    r"(?:in|kennis|akkoord)\s+te\b|[^;]{3,300}\bte\s+\w+en\s*[.;]?\s*$|[^;]{3,300};\s*$)",
    re.I,
)


def _two_next(lines: list[str], i: int) -> bool:
    """Point 2 on the next line that says something: a run of points, not an agenda's items."""
    after = next((line for line in lines[i + 1 : i + 4] if line.strip()), "")
    return re.match(r"^\W*2[.)]\s", after) is not None


def _numbered_under_headings(doc: Document, starts: list[tuple[int, str | None]]) -> bool:
    """Numbering that starts again at 1 under each of several headings (a college list's
    subjects, each with its points 1, 2, 3): the headings are the items."""
    ones = [i for i, number in starts if number in ("1", "1.")]
    # one run of points under its subject, the other subjects decided in a sentence ("Oude
    # Toren" over "1. Kennisnemen van ...;", "2. Definitief afzien van ...;")
    pointed = [i for i in ones if _POINT_SHAPE.search(doc.lines[i]) and _two_next(doc.lines, i)]
    if len(ones) < 2 and not pointed:
        return False
    heads = _heading_items(doc)
    owners = {max((h.index for h in heads if h.index < i), default=-1) for i in ones}
    # (headings that name who holds the portfolio, "Burgemeester", "Wethouder Financiën en
    # Sport": its decisions are the numbered lines under it)
    holders = {h.index for h in heads if PORTFOLIO_LINE.match(h.lines[0])}
    if owners <= holders:
        return False
    return len(heads) >= 2 and -1 not in owners and len(owners) == len(ones)


# Who holds a portfolio, on a line of its own: "Burgemeester", "Burgemeester Loohuis", "Wethouder
# Financiën, Sport en Buitenruimte", a college list's heading or the line over an item's title.
PORTFOLIO_LINE = re.compile(
    r"^\s*(?:(?:loco-?)?burgemeester|wethouders?|portefeuille(?:houders?)?)\b"
    # what follows is names only: capitals, joined by "en", commas or particles ("Wethouder
    # Jansen licht het voorstel toe" is a sentence)
    r"(?:\s*[,&]?\s+(?:(?:en|van|de|der|den|het|ten|ter)\s+)*(?-i:[A-ZÀ-Ý])[\w'.-]*){0,8}\s*$",
    re.I,
)


def _titles_decision(blocks: list[Block], n: int) -> bool:
    """A line too long to look like a heading is still an item's title when it stands alone,
    unpunctuated, right above "Het college heeft besloten:" or the bullets of its decision."""
    block = blocks[n]
    after = blocks[n + 1] if n + 1 < len(blocks) else None
    if block.kind != "para" or len(block.lines) != 1 or after is None:
        return False
    if block.text.rstrip()[-1:] not in ".:;!?,":
        # (above "Het college besluit ... te verklaren", a paragraph of its own)
        return (
            after.kind in ("heading", "para") and _DECISION_LINE.match(after.text) is not None
        ) or (after.kind == "item" and after.bullet)
    # "Rapportage 213a onderzoek: “De inzet van mediation”." over "1. Kennisnemen van ...":
    # a short subject, stopped, right above its decision's first point
    return (
        block.text.rstrip()[-1:] == "."
        and len(block.text.split()) <= 15
        and after.kind == "item"
        and after.number in ("1", "1.")
        and _DECISION_LINE.match(block.text) is None
    )


def _looks_like_date(line: str) -> bool:
    """ "12 maart 2024 ..." or "2 maart Raadsvergadering" starts with a number but is no item."""
    if dates.MONTH_START.match(line):
        return True
    return bool(
        re.match(
            r"^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|^\s*\d{1,2}\s+[a-z]{3,9}\s+\d{4}", line, re.I
        )
    )


# An outcome after a title: "Motie X (SP): verworpen, 9 voor en 16 tegen".
_OUTCOME_TAIL = re.compile(
    r"\s*[:,–-]\s*(?=(?:aangenomen|verworpen|ingetrokken|aangehouden|akkoord|unaniem|conform|"
    r"hamerstuk|niet aangenomen)\b)|"
    # "de begroting 2025 is vastgesteld;"
    r"\s+(?:is|werd|zijn|werden)\s+(?:unaniem\s+)?(?:vastgesteld|aangenomen|verworpen|ingetrokken|"
    r"aangehouden|goedgekeurd)\s*[;,.]?\s*$",
    re.I,
)
# An outcome in capitals in front of a title: "AANGENOMEN - BES - Vaststellen jaarstukken 2020".
_OUTCOME_HEAD = re.compile(
    r"^(?:(?:AANGENOMEN|AANGEMOMEN|VERWORPEN|INGETROKKEN|AANGEHOUDEN|HAMERSTUK|UNANIEM)"
    r"(?:\s*[-–:]\s*[A-Z]{2,4}\b)?\s*[-–:]\s*)+"
)
# The day of the decision in front of its title, as a column: "1 28-04 Het college ...".
# (not "3.1 Vaststelling ...": a sub-item's number)
_DAY_COLUMN = re.compile(r"^[0-3]?\d[-/][01]?\d(?:[-/](?:19|20)?\d\d)?\s+(?=[A-Za-zÀ-ÿ])")
# A case number in front of a title: "Z23.028197", "(ZN242184)", "2023-001234".
_CASE_NUMBER = re.compile(r"^\(?[A-Z]{0,3}\d{2,4}[./-]?\d{3,}\)?[ \t]+")


# "Onderwerp: Subsidieregeling sport": the field's label is no part of the title.
_SUBJECT_LABEL = re.compile(r"^(?:onderwerp|titel|betreft)\s*:\s*(?=\S)", re.I)
# "Portefeuillehouder: De Boer" under a college list's item
_HOLDER = re.compile(
    r"^\s*(?:portefeuillehouder|portefeuille|ph|verantwoordelijk wethouder)\s*:\s*(?P<who>\S[^\n]{1,60})$",
    re.I | re.M,
)


_TITLE_AND_HOLDER = re.compile(
    r"^(?P<title>.*\S)\s+/\s+(?P<who>(?:(?:wethouder|burgemeester)\s+)?(?:[A-Z][\w'.-]*\s+){0,2}"
    r"(?:(?:van|de|der|den|ten|ter|het)\s+){0,2}[A-Z][\w'-]+)$"
)


# What a RIS page prints under an item whose title the text lost: a note on the page ("Geactualiseerd
# per 18-05-2016"), who holds the portfolio, a tab's name. None names the item (a vote's figure
# is _VOTE_ONLY's).
_PAGE_NOTE = re.compile(
    r"^(?:geactualiseerd|bijgewerkt|gewijzigd|aangepast)\s+(?:per|op)\b|"
    r"^portefeuillehouders?\b(?!\s*:)|"
    r"^(?:bijlagen?|stemmingen?|uitzending|documenten|downloads?|video)\s*$|"
    # how to find the item in the meeting's video: "Voor de videobeelden: klik op ..."
    r"^voor\s+de\s+video\w*\s*:|^klik\s+(?:hier|op)\b|"
    # a decision form's opening: "De raad van de gemeente Oss;", "gezien het voorstel van ..."
    r"^(?:de\s+)?(?:gemeente)?raad\s+van\s+(?:de\s+gemeente\s+)?[\w' -]{2,40};?\s*$|"
    r"^(?:gezien|gelet\s+op|overwegende)\b",
    re.I,
)
_NUMBERED_LABEL = re.compile(r"^\W*(?:beslispunt|agendapunt|onderdeel)\w*\b", re.I)


def _item_title(item: Item) -> str:
    """The item's own title: words after its number, else a `Titel` field in it, else its
    first line of words that is not a label, a vote or a case number. A table's row is titled by
    its first cell of words ("Kadernota 2025 | Vastgesteld | Smit")."""
    first = _AGENDA.match(item.lines[0])
    head = norm(_parts(first)[1] if first else item.lines[0])
    head = _SUBJECT_LABEL.sub("", head)
    if head.count("|") >= 2:
        cells = [c.strip() for c in head.split("|") if c.strip()]
        head = next((c for c in cells if re.search(r"[A-Za-zÀ-ÿ]{3,}", c)), head)
    head = _CASE_NUMBER.sub("", head)
    head = _DAY_COLUMN.sub("", head)
    head = _OUTCOME_HEAD.sub("", head)
    head = _OUTCOME_TAIL.split(head, maxsplit=1)[0]
    head = re.split(
        r"\.\s+(?=(?:wethouder|burgemeester|akkoord|conform|is voor|wordt)\b)", head, flags=re.I
    )[0]
    head = re.sub(
        r",\s+(?:conform besloten|akkoord|wordt (?:besproken|vastgesteld)|voor kennisgeving aangenomen)\b.*$",
        "",
        head,
        flags=re.I,
    )
    head = re.sub(r"^\(?[A-Z]{1,3}\d{4,}\)?\s*|\s*\([A-Z]{1,3}\d{2}\.?\d{3,}\)$", "", head).strip()
    # two words, or one of Dutch's long compounds ("de zomerprogrammanota 2017", "Spreekrecht"),
    # not a label numbered ("Beslispunt 1")
    named = len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", head)) >= 2 or (
        re.search(r"[A-Za-zÀ-ÿ]{9,}", head) and not _NUMBERED_LABEL.match(head)
    )
    # "3. Voorgesteld wordt om:" opens the points of a decision: no title
    intro = re.match(r"(?i)(?:voorgesteld|besloten)\s+wordt\b[^:]{0,20}:?$", head)
    if named and not _VOTE_ONLY.match(head) and not intro:
        # "6. in te stemmen met de Energievisie. De ambitie is ...": its first sentence
        return split_sentences(head)[0][:160]
    lines = [norm(x) for x in item.lines[1:]]
    lines = [
        re.sub(
            r"^(?:de (?:gemeente)?raad|het college) besluit\s*(?:unaniem\s*)?(?:om\s*)?[:,]?\s*(?=[^\s:,])",
            "",
            x,
            flags=re.I,
        )
        for x in lines
    ]
    # an item without a title but its decision's points: "1. Het Controleprotocol vaststellen."
    lines = [re.sub(r"^\d{1,2}[.)]\s+(?:\d(?=[A-Z]))?(?=[A-Z])", "", x) for x in lines if x]
    for k, line in enumerate(lines[:-1]):
        # (not the "Titel" column of the promises made under the item: "Toezeggingen" /
        # "Titel" / "2e Burap Dienst")
        promised = k > 0 and _PROMISES_HEAD.match(lines[k - 1])
        if line.lower().rstrip(":") == "titel" and not promised:
            return lines[k + 1][:160]
    # a RIS page's item numbered only ("1.b"): what it decided names it ("Besluit" / "de heer X
    # toe te laten tot ...")
    for k, line in enumerate(lines[:-1]):
        if not _DICTUM_LABEL.match(line):
            continue
        # the decision's words, past a form's own line ("Raadsbesluit d.d. 1 november 2023:")
        said = next(
            (
                x
                for x in lines[k + 1 : k + 4]
                if not (_FORM_LINE.match(x) or _DICTUM_LABEL.match(x) or _PAGE_NOTE.match(x))
            ),
            "",
        )
        said = re.sub(r"^\d{1,2}[.)]\s+", "", said)  # "1. mevrouw A. Vos te benoemen ..."
        if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", said)) >= 3:
            said = acts.tidy(split_sentences(said)[0], 100)
            return said[:1].upper() + said[1:]
    # ... or the proposal it decided on, told below a paragraph of history: "Het college stelt
    # voor om het bestemmingsplan X vast te stellen."
    for line in lines:
        if (proposed := _PROPOSES.search(line)) is not None:
            what = acts.tidy(proposed["what"], 100)
            return what[:1].upper() + what[1:]
    for line in lines:
        if (
            _LABEL_LINE.match(line)
            or _VOTE_ONLY.match(line)
            or _DICTUM_SHAPE.search(line)
            or _PAGE_NOTE.match(line)
            or PORTFOLIO_LINE.match(line)  # who holds it, over its title
        ):
            continue
        label = line.split(":", 1)[0].strip().lower() if ":" in line[:40] else ""
        if label in LABELS or re.match(r"^\w+ \((?:\w+)\)$", line):
            continue  # a header field or a category ("Raad (besluitvormend)"), not a title
        if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", line)) >= 2:
            return _OUTCOME_HEAD.sub("", split_sentences(line)[0])[:160]
    return head[:160]  # (nothing names it: no step)


_PROPOSES = re.compile(
    r"\b(?:het\s+college\s+stelt\s+(?:u\s+|uw\s+raad\s+|de\s+(?:gemeente)?raad\s+)?voor|"
    r"(?:de\s+(?:gemeente)?raad|u|uw\s+raad)\s+wordt\s+(?:gevraagd|voorgesteld)|voorgesteld\s+wordt)\s+"
    r"(?:om\s+)?(?P<what>(?:de|het|een)\s+[^.;:]{5,200}?)\s+(?:vast\s+te\s+stellen|goed\s+te\s+keuren|"
    r"te\s+wijzigen|in\s+te\s+trekken|beschikbaar\s+te\s+stellen|te\s+verlenen|aan\s+te\s+nemen)\b",
    re.I,
)


# An item that lists the amendments or motions under it: "Vier amendementen werden ingediend:"
_LISTS_MOTIONS = re.compile(r"\b(amendementen|moties|amendement|motie)\b[^.:]{0,80}:\s*$", re.I)
_SUB_MOTION = re.compile(
    r"(?:^|(?<=[.:]\s))((?:motie|amendement)\s+[^.:]{3,120}?\s(?:is|wordt|werd)\s[^.]{0,200}?(?:akkoord|aangenomen|verworpen|ingetrokken|aangehouden)[^.]{0,200}\.?)",
    re.I,
)


# A line inside an item that decides a motion: "Motie M1 Sport (VVD): aangenomen".
_MOTION_LINE = re.compile(
    r"^\s*[-•·*]?\s*((?:motie|amendement)\b[^\n]{3,160}?)\s*[:,–-]\s*((?:niet )?(?:aangenomen|"
    r"verworpen|ingetrokken|aangehouden|akkoord|unaniem)\b[^\n]{0,80})$",
    re.I | re.M,
)


_ANSWERED = re.compile(r"^\s*(?:besluit\s*:?\s*)?beantwoord(?:e vragen)? door\b", re.I | re.M)
# A RIS page's "Moties en Amendementen" list: the outcome in capitals after the name
# ("Amendement PIT inzake combinatie denkrichting 2 en 3 VERWORPEN").
_MOTION_LINE_CAPS = re.compile(
    r"^\s*[-•·*]?\s*((?i:motie|amendement)\b[^\n]{3,160}?)\s+((?:UNANIEM\s+)?(?:AANGENOMEN|"
    r"VERWORPEN|INGETROKKEN|AANGEHOUDEN))\s*$",
    re.M,
)


# Motions named in a list inside a decision: "met toevoeging van een viertal moties 'vreemd
# aan de orde van de dag': D66 inzake A, PvdA inzake B en CDA inzake C".
_NAMED_MOTIONS = re.compile(
    r"\b(?:een|twee|drie|vier|vijf|zes|\w+tal|de(?:ze)?)\s+(?P<kind>moties|amendementen)\b"
    r"(?P<which>[^:.]{0,80}):\s*(?P<list>[^.\n]{6,600})",
    re.I,
)


def _named_motions(item: Item) -> list[tuple[str, str]]:
    """(name, the text that names it) for each motion a decision lists after a colon."""
    from besluitspoor.extract.prose import enumerated_names

    found = []
    for m in _NAMED_MOTIONS.finditer(item.body):
        kind = "Amendement" if m["kind"].lower().startswith("amendement") else "Motie"
        which = norm(m["which"].strip(" '‘’\"“”"))
        for name in enumerated_names(m["list"]):
            if len(name.split()) >= 2:
                title = f"{kind} {name}" + (f" ({which})" if which else "")
                found.append((title, name))
    return found


def _sub_motions(item: Item, draft: Draft, day: str) -> None:
    """Amendments and motions decided inside an item ("Amendement 08A1 ... is akkoord met 30
    stemmen voor en 1 stem tegen", "Motie M1 Sport (VVD): aangenomen", "Motie X AANGENOMEN")."""
    rest = "\n".join(item.lines[1:])
    found = [(m.group(1), m.group(0)) for m in _SUB_MOTION.finditer(item.body)]
    found += [(m.group(1), m.group(0)) for m in _MOTION_LINE.finditer(rest)]
    found += [(m.group(1), m.group(0)) for m in _MOTION_LINE_CAPS.finditer(rest)]
    found += _named_motions(item)
    for sentence, said in found:
        kind = "amendement" if sentence.lower().startswith("amendement") else "motie"
        name = re.split(r"\s(?:is|wordt|werd)\s", sentence, maxsplit=1)[0]
        key = " ".join(name.lower().split()[:8])  # one party's two motions are two
        if any(s["kind"] == kind and s["title"].lower().startswith(key) for s in draft.steps):
            continue
        step = {
            "id": f"{kind}-{day}-{ids.slugify(name, 24)}",
            "kind": kind,
            "date": day,
            "title": norm(name)[:160],
            "status": outcome_of(said) or "ingediend",
        }
        add(draft, step, said)


# A RIS meeting page (iBabs, Notubiz): the meeting's name, its date and time, "Agendapunten",
# and a "Besluit" under the items.
_AGENDA_HEAD = re.compile(r"^\s*agendapunten\s*:?\s*$", re.I | re.M)
_BESLUIT = re.compile(r"^\s*besluit\s*:?\s*$", re.I | re.M)


_MEETING_NAME = re.compile(
    r"^\s*(?:raadsvergadering|commissie\w*|besluitvorming|raadsavond|gemeenteraad|"
    r"vergadering (?:van de )?(?:gemeente)?raad|[\w &-]{0,30}commissie)\b",
    re.I,
)


def is_meeting_page(doc: Document) -> bool:
    """A RIS meeting page: "Agendapunten" under the meeting's name, with decisions ("Besluit")
    or numbered items; or the meeting's name and date over its Locatie, Aanvang and Voorzitter
    fields (iBabs' public page of a meeting)."""
    text = doc.text[:8000]
    named = any(_MEETING_NAME.match(line) for line in doc.head(4)) or _day_and_hours(doc.head(8))
    if _AGENDA_HEAD.search(text):
        return len(_BESLUIT.findall(text)) >= 1 or named
    fields = len(_MEETING_FIELDS & set(doc.fields))
    head = doc.head(8)
    return (
        fields >= 2
        and any(_DATED_MEETING.search(line) for line in head)
        and not any(_COLLEGE.search(line) for line in head)
    )


# iBabs names a meeting as its organisers do ("Raad", "CR Gemeenteraad", "2. RAADScie.
# ALGEMEEN") over its day and its hours: the day and the hours say it is a meeting.
_HOURS = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*uur)?\s*$")


def _day_and_hours(head: list[str]) -> bool:
    """A line that is a day ("woensdag 27 september 2023") over one of hours ("19:30 - 22:30")."""
    return any(
        _HOURS.match(after)
        and not after.strip().startswith("00")  # a week's incoming letters, no meeting
        and dates.first_day(line) is not None
        and len(line.split()) <= 5
        for line, after in itertools.pairwise(head)
    )


_COLLEGE = re.compile(r"\bcollege|\bb\s?&\s?w\b|\bburgemeester en wethouders\b", re.I)
# The fields over a RIS page of one meeting (iBabs: Locatie, Aanvang, Voorzitter; others:
# "Datum/tijd", "Bestuursorgaan Gemeenteraad").
_MEETING_FIELDS = frozenset(
    {
        "aanvang",
        "locatie",
        "voorzitter",
        "tijd",
        "datum/tijd",
        "datum en tijd",
        "begintijd",
        "bestuursorgaan",
    }
)
_DATED_MEETING = re.compile(
    r"(?:vergadering|raad|commissie)\b[^\n]{0,60}\b\d{1,2}(?:\s+[a-z]{3,9}\s+|-\d{1,2}-)\d{4}\b",
    re.I,
)


# A title that names no decision: a RIS page's video player and links ("Archief film
# Gepauzeerd", "Fragment 1 00:00:00 Download Afspelen", "Klik hier voor de agenda"), the room,
# who was absent, a moment of silence, a member asking questions.
_NO_DECISION_TITLE = re.compile(
    r"\b(?:klik\s+hier|download|afspelen|gepauzeerd|fragment\s+\d)\b|^\W*raadszaal\W*$|"
    r"\b(?:is|zijn)\s+(?:\w+\s+)?(?:afwezig|verhinderd)\b|\bmoment\s+(?:van\s+)?stilte\b|"
    r"^\W*(?:de\s+heer|mevrouw|mevr\.?|dhr\.?)\s+[^.]{0,60}?\b(?:stelt|stellen)\s+(?:\w+\s+)?vragen\b|"
    r"^\W*mevr\.?\W*$|"
    # the heading of the motions numbered under it ("6 Moties en amendement", "6.A1", "6.m1"),
    # of a kind of items ("D-stukken: benoemingen van personen", "2.1", "2.2")
    r"^\W*[a-e]-stukken\b|"
    r"^\W*(?:moties|amendementen)(?:\s+(?:en|&)\s+(?:moties|amendement(?:en)?))?\W*$|"
    # a college's diary: "12.00 - 13.00 uur bezoek college Noord-Beveland"
    r"^\W*(?:\d{1,2}[.:]\d{2}\s*(?:uur\s*)?[-–]\s*)?\d{1,2}[.:]\d{2}\s*uur\b|"
    # who holds the portfolios below, who was there: "PORTEFEUILLE WETHOUDER N. ROOD", "A.A.M.
    # Boomgaars, wethouder", "Een deel van de vergadering wordt bijgewoond door:"
    r"^\W*portefeuille\b|\bbijgewoond\s+door\b|"
    r"^\W*(?:(?:de\s+heer|mevrouw|dhr\.?|mevr\.?)\s+)?(?:[A-Z]\.){1,4}\s*(?:(?:van|de|der|den|ter|ten)\s+)*"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:wethouder|burgemeester|(?:gemeente)?secretaris)\W*$|"
    # a person alone, as a list of whom the council appoints gives them: "De heer J. Brokke",
    # "Drs. Suzan Mathijssen", "Prof. Dr. René Torenvlied"
    r"^\W*(?:de\s+heer|mevrouw|dhr\.?|mw\.?|mevr\.?)\s+(?:[A-Z]\.\s?){1,4}(?:(?:van|de|der|den|ter|ten)\s+)*"
    r"[A-Z][\w'’-]+\W*$|^\W*(?:(?:prof|dr|drs|mr|ir|ing)\.\s*)+"
    r"(?:(?:van|de|der|den|ter|ten)\s+|(?-i:[A-Z])[\w'’-]*\s*){0,5}\W*$|^\W*(?:prof|dr|drs|mr|ir|ing)\W*$",
    re.I,
)
# On the council's agenda, a member's question: "CU vraag over de Spreidingswet", "1- VVD vragen
# pand X", "Fragen FNP oer ...", "Lelylijn De heer Tromp (VVD) vraagt of ..." (not "Het college
# vraagt de raad"; on the college's list, answering questions is a decision)
_MEMBER_ASKS = re.compile(
    r"^\W*(?:\d+\s*[-.)]\s*)?(?:[\w'’.&/-]+\s+){0,3}?(?:vraag|vragen|fragen)\b(?!\s+(?:de|uw)\s+raad)|"
    r"^[^.]{0,40}?\b(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+[^.]{0,60}?\bvraagt\s+"
    r"(?:of|naar|om|wanneer|hoe|waarom|wat)\b",
    re.I,
)
_ONLY_A_DAY = re.compile(
    rf"^\W*(?:(?:{'|'.join(dates._WEEKDAY_NAMES)})\s*)?(?:[0-3]?\d\s+(?:{dates._MONTHS})"
    r"(?:\s+\d{4})?)?(?:\s+\d{1,2}[:.]\d{2})?\W*$",  # ("woensdag 18 maart 2009 09:42")
    re.I,
)
# What a decision says it does: "vast te stellen", "Te benoemen:", "Besluit: ..."
_DICTUM = re.compile(
    r"\b(?:vast\s+te\s+stellen|in\s+te\s+stemmen|te\s+benoemen|beschikbaar\s+te\s+stellen|"
    r"kennis\s+te\s+nemen|op\s+te\s+heffen|te\s+bekrachtigen|te\s+verlenen|af\s+te\s+wijzen|"
    r"te\s+wijzigen|aan\s+te\s+wijzen|in\s+te\s+trekken)\b|"
    r"^\s*(?:besluit|(?:voorgesteld|genomen)\s+besluit|resultaat(?:\s+stemming)?|stemming|"
    r"stemmingsuitslag|uitslag)\s*:?\s*$|^\s*besluit\s*:",
    re.I | re.M,
)
_DECISIONS_PAGE = re.compile(
    r"\b(?:\w*besluitenlijst|uitslagenlijst|besluiten|besloten|notulen|verslag|stemmingsuitslagen|"
    + TRANSLATED_LIST
    + r")\b",
    re.I,
)


# The first sentence under an item the text gave no title, when it tells the meeting rather than
# names a decision: who spoke or asked ("De heer T. Nicolai (PvdA) stelt voor ...", "Mevr. Visser
# (SP) verzoekt ..."), the chair, a welcome, what went before ("Op 13 februari jl. is ...",
# "Tijdens de raadsvergadering van 18 april ..."), a memo sent along ("Met bijgaand memo ...").
_TOLD_BELOW = re.compile(
    r"^\W*(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.|mw\.)\s|de\s+voorzitter\b|in\s+de\s+(?:eerste|tweede)\s+"
    r"termijn\b|op\s+(?:de\s+vraag|verzoek|[0-3]?\d\s+\w+)\b|tijdens\s+de\b|dit\s+onderwerp\b|"
    r"(?:met\s+)?bijgaand\w*\b|we?l?kom\b|in\s+de\s+vergadering\b|de\s+raad\s+neemt\s+afscheid\b)|"
    r"^[^.]{0,60}\([\w&/ .-]{2,30}\)\s+(?:stelt|verzoekt|vraagt|dient|spreekt|geeft|merkt|wijst|deelt)\b",
    re.I,
)
# An item without an outcome whose title is a sentence telling what happens ("De rekenkamer is
# een van de instrumenten ...", "Er hebben zich 2 insprekers gemeld") rather than naming what
# was decided: a finite verb, and no word of deciding.
_NARRATES = re.compile(
    r"^(?!.*\b(?:vast\s+te\s+stellen|in\s+te\s+stemmen|te\s+benoemen|kennis\s+te\s+nemen|"
    r"te\s+verlenen|aan\s+te\s+wijzen|vaststell\w*|benoem\w*|motie|amendement|besluit|besloten|"
    r"vastgesteld|ingestemd)).*\b(?:is|zijn|wordt|worden|staat|staan|heeft|hebben|ontvangt|"
    r"ontvangen|vertelt|spreekt|gaat|gaan|kan|kunnen|moet|moeten|zal|zullen|was|waren|werd|werden|"
    r"geeft|krijgt|vindt|komt|biedt)\b",
    re.I,
)


def decided_items(
    doc: Document,
    draft: Draft,
    day: str,
    college: bool,
    council: bool = True,
    reported: bool = False,
) -> None:
    """One step per agenda item: a collegebesluit on a college list; a motion, an amendment or
    a raadsbesluit with its outcome on a council list or meeting page. Items indented under
    one that announces amendments or motions ("Vier amendementen werden hierbij ingediend:")
    are those amendments or motions. In the report of a meeting (`reported`) an item is a
    decision only where it tells an outcome or the words of one: a report tells of much that
    was only said."""
    listed: tuple[str, int] | None = None  # (kind, indent) of an item listing motions
    found = items(doc, college)
    # A numbered college list that writes each decision under "Besluit:": a numbered item with
    # nothing under it ("6.b. Weekoverzicht", "7. Oekraïne") was on the agenda, but no decision
    # was taken.
    labelled = [b for b in found if any(_DICTUM_LABEL.match(line) for line in b.lines[1:])]
    # "Bestuursorgaan Gemeenteraad": a field of the page on a line of its own, no item
    # (and the value under a label of the meeting's own, "Locatie:" / "Raadzaal"; not a "Titel:"
    # field's, which may be an item's)
    fields = {
        line
        for label, line in doc.field_lines.items()
        if line.lower().startswith(label) or label in _MEETING_FIELDS
    }
    # A meeting's agenda, published before it met: no item tells an outcome and nothing calls
    # the page a list of decisions. Its items are what the council will discuss, not decisions.
    agenda_only = (
        not college
        and len(found) >= 3
        and not any(outcome_of(b.text) or _DICTUM.search("\n".join(b.lines)) for b in found)
        and not any(_DECISIONS_PAGE.search(line) for line in doc.head(12))
    )
    planned: list[str] = []  # the agenda's items, on the meeting's step
    # (a council's list is of one meeting: its RIS page lists other lists among its documents)
    sections = _sections(doc, day) if college else []
    list_day, list_college = day, college
    for n, block in enumerate(found, start=1):
        if norm(block.lines[0]) in fields:
            continue
        # the day and body of the section the item stands in, where a page has several
        day, councils = next(
            ((d, c) for i, d, c in reversed(sections) if i < block.index), (list_day, False)
        )
        college = list_college and not councils
        bare = block.number and not any(line.strip() for line in block.lines[1:])
        if college and len(labelled) >= 2 and bare:
            continue
        indent = len(block.lines[0]) - len(block.lines[0].lstrip())
        inherited = listed[0] if listed is not None and indent > listed[1] else None
        lists = None if college else _LISTS_MOTIONS.search(block.lines[0])
        if inherited is None:
            listed = None
            if lists:
                amendments = lists.group(1).lower().startswith("amendement")
                listed = ("amendement" if amendments else "motie", indent)
        title = said_title = _item_title(block)
        first = _AGENDA.match(block.lines[0])
        own = norm(_parts(first)[1] if first else "")
        if not college:  # also inside a procedural item ("agenda, with four motions added")
            _sub_motions(block, draft, day)
        if _PROCEDURAL.match(title) or _PROCEDURAL.match(own) or len(title) < 4:
            continue
        if _ONLY_A_DAY.match(title):
            continue  # "Dinsdag 16 april": a day of the week's agenda, not a decision
        asks = not college and _MEMBER_ASKS.search(title) and not _DICTUM.search(title)
        if (_NO_DECISION_TITLE.search(title) or asks) and outcome_of(block.text) is None:
            continue  # the page's player, who was absent, a member asking: no decision
        if not own and _TELLS.match(title) and outcome_of(block.text) is None:
            continue  # an announcement, not a decision
        if (
            not own
            and _TOLD_BELOW.match(title)
            and not (_SPEAKS_IN.search(title) or _DICTUM_SHAPE.search(title))
            and not _DICTUM.search("\n".join(block.lines))
            and outcome_of(block.text) is None
        ):
            continue  # an untitled item's first sentence tells who spoke or what went before
        if not own and _RULES_OF_ORDER.search(block.text) and outcome_of(block.text) is None:
            continue  # a RIS page's standard explanation of an agenda item
        if _ANSWERED.search(block.body) and outcome_of(block.body) is None:
            continue  # questions of the vragenuur answered: no decision of the council
        lines_of = "\n".join(line.strip() for line in block.lines if line.strip())
        if _PROMISE_PANEL.match(lines_of) and not _DICTUM.search(lines_of):
            continue  # the promises made under an item ("Toezeggingen" / "Titel" / ...): read as such
        text = block.text
        if college:
            kind = "collegebesluit"
        elif _SPEAKS_IN.search(title):
            kind = "inspraak"  # "De heer Drenth spreekt in bij agendapunt 8"
        elif inherited is not None:
            kind = inherited
            if not title.lower().startswith(kind[:4]):
                title = f"{kind.capitalize()} {title}"[:160]
        elif _MOTION_TITLE.match(title) or any(
            re.match(r"^[^.]{0,50}\b(?:de|een|er is een) motie\b", said, re.I)
            for said in (block.body, "" if lists else title)
        ):
            kind = (
                "amendement"
                if re.match(r"^\W*(?:\d+[.)]?\s*)?(?:amendement|am\b)", title, re.I)
                else "motie"
            )
        elif council and agenda_only:
            planned.append(acts.tidy(title))  # a title, not the item's first sentence cut
            continue
        elif (
            council
            and reported
            and not outcome_of(text)
            and not _DICTUM.search("\n".join(block.lines))
        ):
            continue  # "Verkiezingen: de verkiezingen zijn keurig verlopen"
        elif council:
            kind = "raadsbesluit"
        else:
            continue  # a committee advises: its items are no council decisions
        number = (block.number or str(n)).replace(".", "-").lower()
        item: dict[str, Any] = {
            "id": f"{short_kind(kind)}-{day}-{number}",
            "kind": kind,
            "date": day,
            "title": title,
        }
        # The item's own outcome, not that of the amendments and motions decided inside it.
        own_text = block.body
        if kind == "raadsbesluit":
            rest = _MOTION_LINE.sub(" ", "\n".join(block.lines[1:]))
            own_text = _SUB_MOTION.sub(" ", norm(rest))
            decided = re.search(r"^\s*besluit\s*:?\s*(.+)$", rest, re.I | re.M)
            own_text = decided.group(1) if decided and outcome_of(decided.group(1)) else own_text
        # the item's own line first: "Motie X - AANGEHOUDEN" over a paragraph about another
        outcome = outcome_of(block.lines[0]) or outcome_of(own_text or text) or outcome_of(text)
        if kind in ("motie", "amendement"):
            item["status"] = outcome or "ingediend"
        elif kind == "raadsbesluit":
            item["outcome"] = "verworpen" if outcome == "verworpen" else "aangenomen"
        if college and (holder := _HOLDER.search("\n".join(block.lines))):
            item["portefeuillehouder"] = norm(holder["who"]).rstrip(" .;,")
        elif college and (named := _TITLE_AND_HOLDER.match(title)):
            # "Inkoopstrategie SMA / Paul van Liempd": the subject, then who holds it
            item["title"], item["portefeuillehouder"] = named["title"], named["who"]
        if kind == "raadsbesluit" and outcome is None and _NARRATES.search(title):
            continue  # "Dagelijks ontvangt de raad brieven van inwoners": told, not decided
        # quotes: the words of the text (a title begun with a capital the text has not:
        # "De raad besluit op 15 juni ..." is titled "Op 15 juni ...", quoted as written)
        written = norm(block.text)
        if said_title not in written and said_title[:1].lower() + said_title[1:] in written:
            said_title = said_title[:1].lower() + said_title[1:]
        added = add(draft, item, block.lines[0], said_title)
        if kind == "raadsbesluit":
            _proposal_read(draft, added, block, day)
        if outcome is None and kind != "collegebesluit":
            draft.review[f"steps/{added['id']}"] = "geen uitkomst gevonden: nagaan"
        paragraph = next(
            (p for p in _paragraphs(block.lines[1:]) if p and not _PAGE_NOTE.match(p)), ""
        )
        said = next(iter(s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s), None)
        if said and kind != "collegebesluit":
            quote(draft, "steps", added["id"], said)
        if not own and kind != "collegebesluit":
            proposal = next((x for x in block.lines[1:] if _PROPOSES.search(x)), None)
            if proposal is not None:
                quote(draft, "steps", added["id"], split_sentences(norm(proposal))[0])
    meeting = next((s for s in draft.steps if s["id"] == draft.doc_step), None)
    if meeting is not None:
        add_agenda(meeting, planned)


# A page of several meetings' decisions: "Besluiten raad 16 februari" and "Besluiten college 14
# februari" in one week's announcements; "Besluitenlijst 21 februari 2023" over the items a list
# takes over from the week before. A line of its own that titles a list and ends on its day.
_SECTION = re.compile(
    r"^\W*(?:openbare\s+)?(?:\w*besluitenlijst|besluiten)\b(?:\s+(?:van\s+)?(?:de\s+|het\s+)?"
    r"(?P<body>gemeenteraad|raad|college|b\s?(?:&|en)\s?w)\b)?",
    re.I,
)
_ADOPTED = re.compile(
    r"^\W*(?:(?:\w+\s+)?(?:vastgesteld|goedgekeurd|akkoord)\b|besluit\s*:|"
    r"(?:de\s+)?besluitenlijst\b|[^.]{0,60}\bvast\s*(?:te\s+)?(?:stellen|gesteld)\b)",
    re.I,
)


def _sections(doc: Document, day: str) -> list[tuple[int, str, bool]]:
    """(line, day, council) of each section title of a list: its day (the year of the list's
    where the title leaves it out) and whether it is the council's."""
    known = date.fromisoformat(day) if len(day) == 10 else None
    out: list[tuple[int, str, bool]] = []
    for i, line in enumerate(doc.lines):
        title = line.strip().rstrip(" :")
        if len(title) > 80 or NUMBERED_LINE.match(title) or not (m := _SECTION.match(title)):
            continue
        # (not an item adopting a list: "Besluitenlijst B&W 9 april 2024" over "Vastgesteld.",
        # "..., ter vaststelling"; nor a sentence: "Besluitenlijst collegevergadering 20
        # december 2022." under "Toelichting:")
        below = next((x for x in doc.lines[i + 1 : i + 4] if x.strip()), "")
        if title.endswith(".") or _ADOPTED.match(below):
            continue
        found = [
            x
            for x in dates.find(title, known, known)
            if x.value.day and not x.relative and not x.period
        ]
        if found and found[-1].end >= len(title):
            council = bool(m["body"]) and "raad" in m["body"].lower()
            out.append((i, found[-1].value.iso(), council))
    return out


def _proposal_read(draft: Draft, decision: dict[str, Any], block: Item, day: str) -> None:
    """The college's proposal a decision under an item says it read ("Besluit / gelezen het
    voorstel van burgemeester en wethouders d.d. 7 maart 2023, besluit: ..."): a raadsvoorstel
    of that day, the proposal the decision was taken on."""
    read = decree.proposal_read("\n".join(block.lines[1:]))
    if read is None or read[0].iso() > day:
        return
    proposed, line = read
    # an item without a title of its own: the decision is named by what it decides
    untitled = decision["title"].lower().startswith("gelezen het voorstel")
    if untitled and (dictum := decree.decided_line(block.lines)):
        named = acts.tidy(re.sub(r"^(?:\d+|[IVX]+)[.)]?\s+", "", dictum), 120)
        decision["title"] = named[:1].upper() + named[1:]
        quote(draft, "steps", decision["id"], dictum)
    proposal = add(
        draft,
        {
            "id": f"{short_kind('raadsvoorstel')}-{proposed.iso()}",
            "kind": "raadsvoorstel",
            "date": proposed.iso(),
            "title": f"Voorstel van burgemeester en wethouders: {decision['title']}"[:160],
        },
        line,
    )
    decision["proposal"] = proposal["id"]


# "Op dinsdag 30 april heeft het college van B&W de volgende besluiten genomen:", "Hieronder
# vindt u de besluiten die het Almeerse college ... heeft genomen": the college's list, told on
# a page that does not title itself.
COLLEGE_DECIDED_BELOW = re.compile(
    r"\b(?:college|b\s*(?:&|en)\s*w)\b[^.\n]{0,80}?\b(?:de\s+)?volgende\s+(?:\w+\s+)?besluiten\b|"
    r"\b(?:de\s+)?(?:openbare\s+)?besluiten\s+(?:die|van)\s+(?:het|ons)\s+(?:\w+\s+)?college\b|"
    # the titles of the college's weekly news: "B en W belicht week 49", "Nieuws college
    # (vergadering 4 september)", "Nieuws uit het college", "Collegenieuws"
    r"^\W*(?:b\s?(?:&|en)\s?w[\s-]+belicht|nieuws\s+(?:uit\s+|van\s+)?(?:het\s+)?college|collegenieuws|"
    r"uit\s+(?:het|de)\s+college(?:vergadering)?)\b|"
    # "In deze ‘B en W belicht’ informeren wij u over alle openbare besluiten van 3 december"
    r"[‘'\"“]b\s?(?:&|en)\s?w[\s-]+belicht[’'\"”]|"
    r"\binformeren\s+(?:wij|we)\s+u\s+over\s+(?:alle\s+)?(?:de\s+)?(?:openbare\s+)?besluiten\b",
    re.I | re.M,
)


# A college list saved from a web page that lost its numbers: each decision under a heading of
# its own ("ErvenPlus 5.0 (2026 - 2030)" over the paragraph that tells it), or told on a line
# with its outcome on the next ("Akkoord. Conform vastgesteld."). Not a heading naming who holds
# the portfolio, a label ("Besluit:"), a day, or the list's own title.
_NOT_A_SUBJECT = re.compile(
    r"^\W*(?:burgemeester|wethouders?|portefeuillehouders?|aanwezig|afwezig|college|"
    r"besluiten|agenda)\b(?:\s+[\w.'-]+){0,4}\W*$|^.*:\s*$",
    re.I,
)
_COLLEGE_OUTCOME = re.compile(
    r"^\W*(?:akkoord|conform|niet\s+akkoord|aangehouden|ingestemd|vastgesteld)\b[^\n]{0,60}$", re.I
)
# A line or sentence in which the college decides: "Het college besluit ...", "Wij stemmen in
# met ...", "B&W stelt het plan vast", or the label over its decision ("Besluit college:").
COLLEGE_DECIDES = re.compile(
    r"^\W*(?:(?:het\s+college|wij|b\s?(?:&|en)\s?w)\s+(?:besluit|heeft\s+besloten|besloot|stemt|"
    r"stemmen|stelt|neemt|gaat)\b|besluit(?:\s+(?:college|b\s?&\s?w))?\s*:)",
    re.I | re.M,
)
_COLLEGE_ACTS = re.compile(
    r"\b(?:college|wij|b\s?(?:&|en)\s?w)\b[^.;]{0,60}?\b(?:besluit|besloten|stemt|stelt|neemt|"
    r"adviseert|geeft|verleent|kent|gaat|biedt|legt)\b",
    re.I,
)


def unnumbered_college_items(doc: Document, draft: Draft, day: str) -> None:
    """A collegebesluit for each decision of a college list whose items carry no number: under
    headings, or each on a line over its outcome."""
    found: list[tuple[str, str | None]] = []  # (subject, the sentence telling the decision)
    # on a page of news, the decisions follow the line that says they do
    told_below = next(
        (n for n, b in enumerate(doc.blocks) if COLLEGE_DECIDED_BELOW.search(b.text)), 0
    )
    for block, body in itertools.pairwise(doc.blocks[told_below:]):
        subject = block.text
        if block.kind != "heading" or body.kind != "para" or len(subject) < 4:
            continue
        if (
            LIST_TITLE.search(subject)
            or _ONLY_A_DAY.match(subject)
            or _NOT_A_SUBJECT.match(subject)
        ):
            continue
        told = next((s for s in split_sentences(body.text) if _COLLEGE_ACTS.search(s)), None)
        found.append((subject, told))
    if len(found) < (1 if told_below else 2):  # one heading alone may be the page's own
        lines = [line.strip() for line in doc.lines if line.strip()]
        found = [
            (line, None)
            for line, below in itertools.pairwise(lines)
            if _COLLEGE_OUTCOME.match(below)
            and not _COLLEGE_OUTCOME.match(line)
            and len(line.split()) >= 4
            and not LIST_TITLE.search(line)
        ]
    if not found:  # "Voorstel X." over "Het college besluit ...": each decision in a sentence
        above = ""
        for said in (s for block in doc.blocks for s in split_sentences(block.text)):
            if (m := COLLEGE_DECIDES.match(said)) and not m[0].endswith(":"):  # no label
                short = above and len(above.split()) <= 20 and not LIST_TITLE.search(above)
                found.append((above if short else said, said))
            above = said
        # (paragraphs of which one says "Het college besluit ...": each paragraph a decision)
        if not told_below and len(paragraphs := _decided_paragraphs(doc)) > len(found):
            found = paragraphs
    for n, (subject, told) in enumerate(found, start=1):
        step = {"id": f"cb-{day}-{n}", "kind": "collegebesluit", "date": day, "title": subject}
        added = add(draft, step, subject)
        if told is not None:
            quote(draft, "steps", added["id"], told)


# A paragraph of a college list written as prose that says the college or the municipality acts:
# "Het college informeert de raad over ...", "De gemeente besluit de vergunning te verlenen",
# "We gaan de ... delen met de gemeenteraad", "Het college heeft de vragen beantwoord".
_PARAGRAPH_ACTS = re.compile(
    r"\b(?:(?:het\s+)?college|(?:de\s+)?gemeente|we|wij)\b[^.;]{0,60}?\b(?:besluit|heeft\s+besloten|"
    r"stemt|stelt|informeert|beantwoordt|heeft\s+[^.;]{0,40}?beantwoord|gaat|gaan|verleent|"
    r"geeft|kent|neemt)\b|\bwordt\s+gevraagd\s+om\b|"
    # (a wethouder informing the council does so for the college; giving a guest lesson not)
    r"\b(?:wethouder|burgemeester)\b[^.;]{0,60}?\b(?:informeert|beantwoordt)\b",
    re.I,
)


def _decided_paragraphs(doc: Document) -> list[tuple[str, str | None]]:
    """A college list that is only paragraphs, one decision each ("Collegebesluiten 11 juni
    2024" over paragraphs): each paragraph that tells the college acting, titled by its first
    sentence; three at least, or the paragraphs are a page's prose."""
    found: list[tuple[str, str | None]] = []
    for block in doc.blocks[1:]:
        if block.kind != "para" or LIST_TITLE.search(block.text):
            continue
        said = split_sentences(norm(block.text))
        told = next((x for x in said if _PARAGRAPH_ACTS.search(x)), None)
        if said and told is not None and len(block.text.split()) >= 8:
            found.append((acts.tidy(said[0], 100), told))
    return found if len(found) >= 3 else []
