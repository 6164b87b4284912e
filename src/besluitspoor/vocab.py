"""The closed vocabularies of the dossier format `besluitspoor/1`.

One module holds every fixed list of values, so that the file model, the database, the command
line and the rules agree. Plain tuples, no heavy imports: the CLI reads these at start-up.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

FORMAT = "besluitspoor/1"

# How grave a finding is, gravest first: the order of every report and of `--fail-on`.
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

DOMAINS = ("sociaal", "fysiek", "financien", "bestuur", "veiligheid", "overig")

STEP_KINDS = (
    "raadsinformatiebrief",
    "collegebesluit",
    "raadsvoorstel",
    "raadsvergadering",
    "raadsbesluit",
    "commissievergadering",
    "motie",
    "amendement",
    "advies",
    "inspraak",
    "communicatie",
    "bekendmaking",
    "vragen",
    "brief",
    "pc-document",
    "informatie",
    "signaal",
    "overig",
)
# Steps that inform the council of a decision (`reports`) or of unmet preconditions: a
# raadsinformatiebrief, or information whose form the sources do not name (`informatie`).
INFORMS_COUNCIL = ("raadsinformatiebrief", "informatie")

# Other names for a kind, accepted (in any case) by `besluitspoor add KIND` and in files; the
# canonical name above is what exports write. The first alias is the short name a table shows.
KIND_ALIASES = {
    "raadsinformatiebrief": ("rib", "informatiebrief", "raadsbrief"),
    "collegebesluit": ("b-en-w-besluit",),
    "raadsvoorstel": ("voorstel",),
    "commissievergadering": ("commissie", "cie"),
    "bekendmaking": ("publicatie",),
    "pc-document": ("planning-en-control", "p-en-c"),
    "vragen": ("schriftelijke-vragen", "raadsvragen"),
    "informatie": ("geinformeerd", "informatie-aan-de-raad"),
    "signaal": ("ambtelijk-signaal", "signaal-aan-college"),
}
# Short names tables and generated ids use where the canonical name is long.
CLI_KIND_NAMES = {"raadsinformatiebrief": "rib", "commissievergadering": "commissie"}
# Short kinds at the front of the ids that recording, extract and ris derive, so that one meeting
# gets one id style whichever way it came in (`cie-2024-03-04`, `rib-nb-80011`).
ID_PREFIXES = {
    "raadsbesluit": "rb",
    "raadsvergadering": "raad",
    "commissievergadering": "cie",
    "collegebesluit": "cb",
    "raadsinformatiebrief": "rib",
    "raadsvoorstel": "rv",
}


def id_prefix(kind: str) -> str:
    """The short kind at the front of a derived step id."""
    return ID_PREFIXES.get(kind, kind)


_KIND_LOOKUP = {
    **{kind: kind for kind in STEP_KINDS},
    **{alias: kind for kind, aliases in KIND_ALIASES.items() for alias in aliases},
}


def canonical_kind(name: str) -> str | None:
    """The canonical kind for a name or alias in any case (`RIB` -> raadsinformatiebrief)."""
    key = "-".join(name.strip().lower().replace("_", "-").split())
    return _KIND_LOOKUP.get(key)


def kind_names() -> tuple[str, ...]:
    """Every accepted spelling, for suggestions."""
    return tuple(_KIND_LOOKUP)


COLLEGE_DECISIONS = (
    "organisatorisch",
    "raadsvoorstel",
    "privaatrechtelijk",
    "deelneming",
    "gr-ontwerp",
    "gr-treffen",
    "beleidsregel",
    "awb-besluit",
    "omgevingsvergunning",
    "overig",
)

COUNCIL_DECISIONS = (
    "verordening",
    "begrotingswijziging",
    "plan",
    "kaderstellend",
    "principebesluit",
    "gr-toestemming",
    "zienswijze",
    "wensen-en-bedenkingen",
    "vvgb",
    "bindend-advies",
    "overig",
)

COUNCIL_OUTCOMES = ("aangenomen", "verworpen")

# What a law reserves to the council's verordening, so that it may not be left to the college
# (delegatie-essentialia). Topic -> the article that reserves it. Only what a source shows.
RESERVED_TO_VERORDENING = {
    "hoogte-pgb": "Wmo 2015 art. 2.1.3 lid 2 onder b (regels voor de vaststelling van de hoogte "
    "van een persoonsgebonden budget); Rb. Rotterdam 20 april 2017, ECLI:NL:RBROT:2017:2935",
    "bijdrage-in-de-kosten": "Wmo 2015 art. 2.1.4 lid 1 (de bijdrage in de kosten van een "
    "maatwerkvoorziening, bij verordening)",
    "maatregel-bijstand": "Participatiewet (tot 2015 Wet werk en bijstand) art. 8 lid 1: regels "
    "bij verordening over het verlagen van de bijstand, met criteria voor hoogte en duur per "
    "gedraging; CRvB 25 februari 2014, ECLI:NL:CRVB:2014:608",
    "pgb-jeugdhulp": "Jeugdwet art. 2.9 (regels bij verordening over de toekenning van jeugdhulp "
    "als persoonsgebonden budget); Rb. Noord-Holland 8 juli 2024, ECLI:NL:RBNHO:2024:6838",
    "premie-participatieplaats": "Participatiewet art. 8 lid 1 onder d en art. 10a lid 6 (regels "
    "bij verordening over de premie voor wie op een participatieplaats werkt)",
}
# When the law each reservation rests on was enacted (councils made their verordeningen under it
# before it came into force). A verordening made before then is judged by the law of its own day,
# which the catalogue does not hold: the CRvB held a Wmo 2007 verordening that left the eigen
# bijdrage to the college lawful (CRvB 1 augustus 2012, ECLI:NL:CRVB:2012:BX3741).
RESERVED_SINCE = {
    "hoogte-pgb": "2014-07",  # Wmo 2015, Stb. 2014, 280
    "bijdrage-in-de-kosten": "2014-07",  # Wmo 2015, Stb. 2014, 280
    "pgb-jeugdhulp": "2014-03",  # Jeugdwet, Stb. 2014, 105
    "maatregel-bijstand": "2004-01",  # Wet werk en bijstand art. 8, in force 1 januari 2004
    "premie-participatieplaats": "2014-07",  # Invoeringswet Participatiewet, Stb. 2014, 270
}

# Bodies that decide: of the municipality, and of a gemeenschappelijke regeling.
BODIES = (
    "raad",
    "college",
    "burgemeester",
    "algemeen-bestuur",
    "dagelijks-bestuur",
    "voorzitter",
    "bestuurscommissie",
    "commissie",
    "ambtenaar",
    "overig",
)

# The documents of the planning-and-control cycle through which a council also hears of things.
PC_DOCUMENTS = (
    "begroting",
    "kadernota",
    "voorjaarsnota",
    "bestuursrapportage",
    "jaarrekening",
    "jaarverslag",
)

COMMITTEE_NATURES = (
    "presentatie",
    "informerend",
    "beeldvormend",
    "oordeelsvormend",
    "besluitvormend",
)

# Committee sessions in which the council forms no judgement of its own.
PRESENTATIONAL_NATURES = ("presentatie", "informerend", "beeldvormend")

# A step a document announces ("in de raad van juni") but that has not been seen to happen.
ANNOUNCED = "aangekondigd"
STEP_STATUSES = (ANNOUNCED,)

MOTION_STATUSES = (
    "ingediend",
    "aangehouden",
    "aangenomen",
    "verworpen",
    "ingetrokken",
    ANNOUNCED,
)

# Control characters: no text of a dossier holds them (they act on a terminal and break the
# XML, ics and annotations a trail is published as). Tab, newline and carriage return are text.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# What a motion does: an order to the college (the default) asks it to act; a motion of censure
# (treurnis, afkeuring, wantrouwen) or one that only states a view (uitspraak) asks nothing.
MOTION_ORDER = "opdracht"
MOTION_KINDS = (MOTION_ORDER, "treurnis", "afkeuring", "wantrouwen", "uitspraak")
_MOTION_KIND_WORDS = re.compile(r"\bmotie van (treurnis|afkeuring|wantrouwen)\b", re.I)


def motion_kind_of(title: str) -> str | None:
    """The kind a motion's title names ("Motie van treurnis over ..."), else None."""
    m = _MOTION_KIND_WORDS.search(title)
    return m.group(1).lower() if m else None


# The words that name a motion or an amendment, singular or plural, read the same everywhere.
MOTION_NOUN = re.compile(r"\b(?:moties?|amende?ment(?:en)?|wijzigingsvoorstel(?:len)?)\b", re.I)


def step_kind_of_motion_noun(noun: str) -> str:
    """The step kind a text's word names: "motie(s)" a motie; "amendement(en)", "amendment" and
    "wijzigingsvoorstel" an amendement."""
    return "motie" if noun.lower().startswith("motie") else "amendement"


ADVICE_FOLLOWED = ("ja", "deels", "nee", "onbekend")

PRECONDITION_STATUSES = ("open", "vervuld", "vervallen")

PROMISE_STATUSES = ("open", "nagekomen", "uitgesteld", "vervallen")

TRISTATE = ("yes", "no", "unknown")
# Spellings accepted for a tri-state fact, mapped to the canonical value.
TRISTATE_ALIASES = {
    "yes": "yes",
    "ja": "yes",
    "true": "yes",
    "no": "no",
    "nee": "no",
    "false": "no",
    "unknown": "unknown",
    "onbekend": "unknown",
}


# The literal meaning "no budget covers this" in costs.covered_by.
NOT_COVERED = "geen"


# Dutch names of the format's keys: the labels of tables in Dutch, and what a volunteer may
# type by mistake (`--set kosten=...` suggests `costs`). Keys without an entry read the same.
DUTCH_KEYS = {
    "title": "titel",
    "municipality": "gemeente",
    "profile": "profiel",
    "domain": "domein",
    "start": "ingangsdatum",
    "summary": "samenvatting",
    "goals": "doelen",
    "indicators": "indicatoren",
    "costs": "kosten",
    "amount": "bedrag",
    "structural": "structureel",
    "covered_by": "dekking",
    "note": "toelichting",
    "stated": "genoemd",
    "evaluation": "evaluatie",
    "how": "hoe",
    "facts": "feiten",
    "sources": "bronnen",
    "tags": "labels",
    "url": "url",
    "kind": "soort",
    "date": "datum",
    "time": "tijd",
    "body": "inhoud",
    "source": "bron",
    "quote": "citaat",
    "review": "nakijken",
    "refs": "verwijzingen",
    "status": "status",
    "reports": "meldt",
    "notes_unmet": "meldt-niet-vervuld",
    "portefeuillehouder": "portefeuillehouder",
    "decision": "besluit",
    "proposes": "stelt-voor",
    "agenda": "agenda",
    "outcome": "uitkomst",
    "proposal": "voorstel",
    "committee": "commissie",
    "nature": "aard",
    "decides": "besluit-namens-raad",
    "vote_date": "stemdatum",
    "requests": "verzoek",
    "motion_kind": "soort-motie",
    "settled_by": "afgedaan-door",
    "target": "wijzigt",
    "council": "adviesraad",
    "requested": "gevraagd",
    "deadline": "termijn",
    "about": "over",
    "unsolicited": "ongevraagd",
    "followed": "opgevolgd",
    "response": "reactie",
    "channel": "kanaal",
    "of": "van",
    "answered_by": "beantwoord-door",
    "author": "afzender",
    "text": "tekst",
    "named_in": "genoemd-in",
    "due": "uiterlijk",
    "due_before": "uiterlijk-voor",
    "met_on": "vervuld-op",
    "evidence": "bewijs",
    "dropped_by": "vervallen-door",
    "critical": "essentieel",
    "made_in": "gedaan-in",
    "by": "door",
    "fulfilled_by": "nagekomen-door",
    "postponed_to": "uitgesteld-tot",
    "touches_verordening": "raakt-verordening",
    "within_plan": "binnen-beleidsplan",
    "ingrijpend": "ingrijpend",
    "affects_residents": "merkbaar-voor-inwoners",
    "council_statement_required": "raad-moet-verklaren",
    "deviation_of": "wijkt-af-van",
    "document": "document",
    "spends": "besteedt",
    "redirects": "ander-doel",
    "budget": "budget",
    "assigns": "opdracht",
    "assigns_due": "opdracht-uiterlijk",
    "conditions_for": "voorwaarden-voor",
    "trigger": "gebeurtenis",
    "triggered_by": "gebeurd-in",
    "decided_by": "besloten-door",
    "competent": "bevoegd-orgaan",
    "ratified_by": "bekrachtigd-door",
    "delegates": "laat-over-aan-college",
}


# Who acts in a step of each kind: the lanes of the timeline charts and of the agenda.
LANES = {
    "collegebesluit": "college",
    "raadsinformatiebrief": "college",
    "pc-document": "college",
    "brief": "college",  # a letter from the college (a letter of others is `overig`)
    "informatie": "college",
    "signaal": "college",  # what the college came to know
    "raadsvoorstel": "raad",
    "raadsvergadering": "raad",
    "raadsbesluit": "raad",
    "motie": "raad",
    "amendement": "raad",
    "vragen": "raad",
    "commissievergadering": "commissie",
    "advies": "advies",
    "inspraak": "advies",
    "communicatie": "inwoners",
    "bekendmaking": "inwoners",
    "overig": "overig",
}
LANE_ORDER = ("college", "raad", "commissie", "advies", "inwoners", "overig")
