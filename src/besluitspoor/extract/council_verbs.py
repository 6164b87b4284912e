"""How news says the council decided: a subject that is the council (or a majority of it, or
all its parties), a verb of deciding, and what was decided: "De raad stemde in met A", "Dinsdag
ging de gemeenteraad akkoord met B", "Een meerderheid van de raad gaf groen licht voor C", "De
raad wees het voorstel om D af", "Het voorstel over E werd met 15 stemmen voor aangenomen".

Each verb is declared once in `_VERBS`, with where its object stands, what outcome it tells
and the words that must be in a sentence for it; the word orders Dutch gives it (subject first,
verb first after an adverb, perfect tense, a second verb joined by "en") are derived from that
declaration, for the council and for the college ("Het college heeft besloten ...") alike. A
verb's patterns are compiled and tried only for sentences that hold its words. Motions and
amendments are left to `motions`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import cache, lru_cache

from besluitspoor.outcomes import UNANIMOUS, outcome_of

# A vote told by its counts: "met 21 stemmen", "met 29 stemmen voor en 8 tegen", "met 23 tegen 22
# stemmen" (ending on a word, so that what follows it may start after a space).
_COUNTED = (
    r"met\s+(?:\d+\s+van\s+de\s+)?\d+(?:\s+stemmen)?(?:\s+voor)?(?:\s+(?:en|tegen)\s+\d+(?:\s+stemmen)?"
    r"(?:\s+tegen)?)?"
)
# The council as the one who decides. "De fracties" alone is not the council deciding (they
# may only speak), but "alle fracties" voting together is.
# "de Leidse raad", "de Maastrichtse gemeenteraad": the town's adjective before it
_TOWNS = r"(?:(?-i:[A-Z])[\w'’-]+(?:se|er|ter)\s+)?"
_COUNCIL = (
    # ("diezelfde raad"; a party's "we als gemeenteraad")
    r"(?:de\s+|diezelfde\s+|dezelfde\s+|(?:we|wij)\s+als\s+)?(?:voltallige\s+|gehele\s+|nieuwe\s+)?"
    + _TOWNS
    + r"(?:gemeente)?raad\b"
    r"(?:\s+van\s+(?:de\s+gemeente\s+)?[A-Z][\w'’-]+(?:\s+(?:[a-z]{2,3}\s+)?[A-Z][\w'’-]+)?)?|"
    r"(?:een\s+)?(?:ruime\s+|grote\s+|krappe\s+|nipte\s+|kleine\s+|brede\s+)?meerderheid"
    r"(?:\s+(?:van|in)\s+de\s+" + _TOWNS + r"(?:gemeente)?raad)?|"
    r"alle\s+(?:\w+\s+)?(?:fracties|partijen|raadsleden)|de\s+raadsleden|\d+\s+van\s+de\s+\d+\s+raadsleden"
)
# The college as the one who decides (news: "Het college heeft besloten ...").
_COLLEGE = (
    r"(?:het\s+)?college(?:\s+van\s+(?:b\s?&\s?w|burgemeester\s+en\s+wethouders))?\b|"
    r"burgemeester\s+en\s+wethouders\b|b\s?&\s?w\b|"
    # "de colleges van beide gemeenten", "de colleges van Rijnwaarden en Zevenaar"
    r"(?:de\s+|beide\s+)?colleges(?:\s+van\s+(?:beide\s+gemeenten|[A-Z][\w-]+(?:\s+en\s+[A-Z][\w-]+)?))?\b"
)
_BODIES = {"raad": _COUNCIL, "college": _COLLEGE}
# What a wethouder's or a college's installation is titled by ("Installatie: de wethouders"):
# a decision of the council, though installing a council member is only running its meeting.
INSTALLATION = "Installatie"
# The council as the agent of a passive: "door de raad", "door een ruime meerderheid", "met
# een krappe meerderheid", "door alle fracties".
_BY_COUNCIL = r"(?:(?:door|met)\s+(?:" + _COUNCIL + r")\s+)?"
# Whose approval: "van de (voltallige) raad", "van een (ruime) meerderheid van de raad"
_COUNCIL_OF = r"(?:de\s+(?:voltallige\s+|gehele\s+)?|een\s+(?:\w+\s+)?meerderheid\s+van\s+de\s+)(?:gemeente)?raad\b"
# What may stand between the parts of a clause without changing what it says: when, how
# unanimously, by how many votes.
_ADVERB = (
    r"(?:unaniem|ook|er|verder|daarnaast|tevens|vervolgens|daarna|uiteindelijk|definitief|"
    # how it was adopted: "is gewijzigd vastgesteld", "geamendeerd vastgesteld"
    r"(?:on)?gewijzigd|geamendeerd|(?:besproken|behandeld)\s+en|"
    r"eveneens|alsnog|wel|toch|daarom|tot\s+slot|gister(?:en)?(?:avond|middag|ochtend)?|vanavond|"
    r"dan(?:\s+toch|\s+eindelijk)?|eindelijk|nu|na\s+afloop|o\.a\.|onder\s+(?:andere|meer)|"
    # "eerder op de avond", "later die avond", "aan het eind van de vergadering"
    r"(?:eerder|later)\s+(?:op\s+de|die)\s+(?:avond|dag|middag)|"
    r"aan\s+het\s+(?:eind|einde|begin)\s+van\s+de\s+(?:avond|vergadering)|"
    # when: "donderdagavond", "op woensdag 15 juli 2020", "afgelopen dinsdag", "deze week",
    # "tijdens de raadsvergadering van 3 juni"
    r"(?:(?:op|afgelopen|vorige|komende)\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag)"
    r"(?:avond|middag|ochtend)?(?:\s+[0-3]?\d\s+[a-z]+(?:\s+\d{4})?)?|"
    r"op\s+[0-3]?\d\s+\w+(?:\s+\d{4})?|in\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december)(?:\s+\d{4})?|(?:deze|vorige|afgelopen)\s+week|"
    r"(?:in|tijdens)\s+(?:zijn|haar|de|een)\s+(?:laatste\s+|openbare\s+|extra\s+)?(?:raads)?vergadering"
    # ("tijdens de vergadering voor de gemeenteraad van 29 juni 2023")
    r"(?:\s+(?:van|voor)\s+de\s+(?:gemeente)?raad)?"
    r"(?:\s+van\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\s+)?[0-3]?\d\s+\w+(?:\s+\d{4})?)?|"
    r"in\s+de\s+(?:gemeente)?raad|"
    r"(?:met\s+)?(?:een\s+)?(?:ruime|grote|krappe|nipte|kleine|brede)\s+meerderheid|in\s+meerderheid|"
    # ("zonder beraadslaging", minutes' "z.h.st.": zonder hoofdelijke stemming)
    r"zonder\s+(?:verdere\s+)?(?:debat|discussie|beraadslaging|stemming|hoofdelijke\s+stemming)|"
    r"z[.\x00]\s?h[.\x00]\s?st[.\x00]?|"
    + UNANIMOUS
    + r"|als\s+hamerstuk|dan\s+ook|na\s+(?:een\s+)?(?:lang|kort|stevig|uitgebreid)\w*\s+debat|"
    + _COUNTED
    + ")"
)
_ADVERBS = rf"(?:{_ADVERB}\s*,?\s+)*"
ADVERBS = _ADVERBS  # (prose's older patterns share them)
# Where what was decided ends: the end of the clause, or a clause that says why or what then.
_END = (
    r"(?=\s*,\s*(?:waarmee|waarin|waardoor|waarbij|omdat|nadat|maar|zodat|dat|die|terwijl|om|"
    r"en\s+(?:de|het)\s+(?:raad|college|gemeenteraad))\b|\s+(?:omdat|nadat|zodat|maar|waarmee)\b|"
    # "... en stelde een zienswijze vast": a second decision of the same subject
    r"\s+en\s+(?:stelde|nam|keurde|ging|stemde|besloot|koos|gaf|verwierp|wees|benoemde|paste|"
    r"wijzigde|trok|richtte|ontbond)\b|"
    r"\s*[.;!?:]|\s*$)"
)
# (what runs on past 200 characters ends at its first comma: "akkoord met het afgeven van een
# verklaring van geen bedenkingen voor ... in Groenekan, ten behoeve van twee woningen ...")
_OBJECT = rf"(?:(?P<what>[^.;:!?]{{3,200}}?){_END}|(?P<what_cut>[^.;:!?,]{{3,200}}?)(?=\s*,))"
# An object between a verb and its particle ("stelde de begroting vast"): a noun phrase.
# A headline drops the article: "Gemeenteraad stelt begroting vast".
# A number or a sum of money counts as an article: "stelde 138.000 euro beschikbaar", "stelde
# € 2,5 miljoen beschikbaar", "stelde verschillende stukken vast" (a number's point is \x00
# here: see `decisions`).
_ARTICLED = (
    r"(?:de|het|een|alle|zijn|haar|hun|twee|drie|vier|vijf|zes|verschillende|diverse|enkele|"
    r"meerdere|beide|€\s?\d[\d.,\x00]*|\d{1,3}(?:[.\x00]\d{3})+|\d+)\s+[^.;:!?]{2,160}?"
)
_PHRASE = (
    rf"(?P<what>{_ARTICLED}|"
    r"\b\w*(?:verordening|begroting|jaarrekening|nota|plan|visie|regeling)\w*"
    r"(?:\s+[\w-]+){0,4}?)"
)
# Whom the council appointed: a phrase, or a person's name ("heeft Chris Boer benoemd", "heeft
# mevrouw A. de Vries benoemd").
_APPOINTED = (
    rf"(?P<what>{_ARTICLED}|"
    r"(?:(?:de\s+heer|mevrouw|mw\.|dhr\.)\s+)?(?-i:[A-Z])[\w.\x00'’-]+"
    r"(?:\s+(?:(?:van|de|der|den|ten|ter)\s+)*(?-i:[A-Z])[\w.'’-]+){0,3})"
)


def _after_the_particle(prepositions: str) -> str:
    """What Dutch may put after a verb's particle, led by one of `prepositions`."""
    return rf"(?:(?P<tail>\s+(?:{prepositions})\s+[^.;:!?]{{3,200}}?){_END})?"


# "stelde de bestemmingsplannen vast voor A, B en C"
_TAIL = _after_the_particle(r"voor|van|over|in|met|om|ten\s+behoeve\s+van")
# what a view is given on: "diende een zienswijze in op de begroting"
_ON = _after_the_particle("op|over|bij|tegen")

# "een (ontwerp-)verklaring van geen bedenkingen": the council's consent to a permit
_VVGB = r"(?:ontwerp[\s-]?)?verklaring\s+van\s+geen\s+bedenkingen"


@dataclass(frozen=True)
class _Verb:
    outcome: str  # aangenomen | verworpen
    finite: str  # the finite forms: "stemde|stemden|stemt|stemmen" (present "besluit" is
    # left out: "De raad besluit op 15 juni over ..." announces)
    after: str  # what follows subject and verb, with (?P<what>...)
    perfect: str | None = None  # "heeft ... <perfect>": the participle clause, with what
    cue: str = ""  # a word of the perfect clause: with a finite form, what a sentence must hold

    @property
    def words(self) -> frozenset[str]:
        """The words without which a sentence cannot tell this verb: its patterns are compiled
        and tried only then (a news page holds few of them)."""
        return frozenset(f"{self.finite}|{self.cue}".lower().split("|")) - {""}


_VERBS = (
    _Verb(
        "aangenomen",
        "stemde|stemden|stemt|stemmen",
        # "De raad stemt in om de Kroon te verzoeken ...": what it agreed to do
        rf"in\s+(?:met\s+|(?=om\s)){_OBJECT}",
        rf"ingestemd\s+met\s+{_OBJECT}",
        cue="ingestemd",
    ),
    _Verb("aangenomen", "ging|gingen|gaat|gaan", rf"akkoord\s+met\s+{_OBJECT}", cue="akkoord"),
    # "is akkoord gegaan met", and the state it leaves: "Alle raadsleden zijn akkoord met"
    _Verb(
        "aangenomen",
        "is|was|zijn|waren",
        rf"akkoord\s+(?:gegaan\s+)?met\s+{_OBJECT}",
        cue="akkoord",
    ),
    _Verb(
        "aangenomen",
        "nam|namen|neemt",
        rf"{_PHRASE}\s+{_ADVERBS}aan\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}aangenomen\b",
        cue="aangenomen",
    ),
    _Verb(
        "aangenomen",
        "stelde|stelden|stelt",
        rf"{_PHRASE}\s+{_ADVERBS}vast\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}vastgesteld\b",
        cue="vastgesteld",
    ),
    _Verb(
        "aangenomen",
        "keurde|keurden|keurt",
        rf"{_PHRASE}\s+{_ADVERBS}goed\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}goedgekeurd\b",
        cue="goedgekeurd",
    ),
    _Verb(
        "aangenomen",
        "stelde|stelden|stelt",
        rf"{_PHRASE}\s+{_ADVERBS}beschikbaar\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}beschikbaar\s+gesteld\b{_TAIL}",
        cue="beschikbaar",
    ),
    _Verb(
        "aangenomen",
        "besloot|besloten",
        rf"(?:om\s+|tot\s+)?{_OBJECT}",
        rf"besloten\s+{_ADVERBS}(?:om\s+|tot\s+)?{_OBJECT}",
        cue="besloten",
    ),
    # "De gemeenteraad besliste vervolgens om ...", "heeft beslist om" (the present "beslist"
    # announces, as "besluit" does)
    _Verb(
        "aangenomen",
        "besliste|beslisten",
        rf"(?:om\s+|tot\s+)?{_OBJECT}",
        rf"beslist\s+{_ADVERBS}(?:om|tot)\s+{_OBJECT}",
        cue="beslist",
    ),
    # "De raad nam besluiten over onder andere A, B en C": each of them a decision
    _Verb(
        "aangenomen",
        "nam|namen",
        rf"(?:\w+\s+)?besluiten\s+over\s+{_ADVERBS}(?P<listed>[^.;:!?]{{3,300}}?){_END}",
        rf"(?:\w+\s+)?besluiten\s+genomen\s+over\s+{_ADVERBS}(?P<listed2>[^.;:!?]{{3,300}}?){_END}",
        cue="besluiten",
    ),
    _Verb(
        "aangenomen",
        "koos|kozen|kiest",
        rf"voor\s+{_OBJECT}",
        rf"gekozen\s+voor\s+{_OBJECT}",
        cue="gekozen",
    ),
    _Verb(
        "aangenomen",
        "gaf|gaven|geeft",
        rf"groen\s+licht\s+(?:voor|aan)\s+{_OBJECT}",
        rf"groen\s+licht\s+gegeven\s+(?:voor|aan)\s+{_OBJECT}",
        cue="groen",
    ),
    _Verb(
        "aangenomen",
        "steunde|steunden|steunt",
        rf"(?P<what>(?:het|de)\s+(?:raads)?voorstel(?:len)?\b[^.;:!?]{{0,160}}?){_END}",
    ),
    _Verb(
        "aangenomen",
        "stemde|stemden|stemt",
        rf"voor\s+(?P<what>(?:het|de)\s+(?:(?:raads)?voorstel(?:len)?|plan(?:nen)?)\b[^.;:!?]{{0,160}}?){_END}",
    ),
    _Verb(
        "verworpen",
        "stemde|stemden|stemt",
        rf"tegen\s+(?P<what>(?:het|de)\s+(?:raads)?voorstel(?:len)?\b[^.;:!?]{{0,160}}?){_END}",
    ),
    # "Op 30 maart stemde de gemeenteraad tegen Ruimtelijke Koers": the council as a whole
    # voting against what it names (a party voting against is no decision: the body is the
    # council).
    _Verb("verworpen", "stemde|stemden", rf"tegen\s+(?P<what>(?-i:[A-Z])[^.;:!?]{{2,160}}?){_END}"),
    _Verb(
        "aangenomen",
        "stemde|stemden|stemt",
        rf"toe\s+(?:in|met)\s+{_OBJECT}",
        rf"toegestemd\s+(?:in|met)\s+{_OBJECT}",
        cue="toegestemd",
    ),
    # ("Alle raadsleden waren voor het project X")
    _Verb(
        "aangenomen",
        "was|waren",
        rf"voor\s+(?P<what>(?:het|de)\s+(?:(?:raads)?voorstel(?:len)?|project(?:en)?)\b[^.;:!?]{{0,160}}?){_END}",
    ),
    # "Raad zegt ja tegen windpark Zuidpolder", "zei nee tegen de verkoop van het stadhuis"
    _Verb(
        "aangenomen",
        "zegt|zei|zeiden|zeggen",
        rf"ja\s+tegen\s+{_OBJECT}",
        rf"ja\s+gezegd\s+tegen\s+{_OBJECT}",
        cue="ja",
    ),
    _Verb(
        "verworpen",
        "zegt|zei|zeiden|zeggen",
        rf"nee\s+tegen\s+{_OBJECT}",
        rf"nee\s+gezegd\s+tegen\s+{_OBJECT}",
        cue="nee",
    ),
    _Verb(
        "aangenomen",
        "verleende|verleenden|verleent",
        _OBJECT,
        rf"{_PHRASE}\s+{_ADVERBS}verleend\b",
        cue="verleend",
    ),
    _Verb(
        "verworpen",
        "stemde|stemden|stemt",
        rf"{_PHRASE}\s+{_ADVERBS}weg\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}weggestemd\b",
        cue="weggestemd",
    ),
    # "De raad schoot het plan af", "heeft het voorstel afgeschoten"
    _Verb(
        "verworpen",
        "schoot|schoten|schiet",
        rf"{_PHRASE}\s+{_ADVERBS}af\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}afgeschoten\b",
        cue="afgeschoten",
    ),
    # "hakte de raad de knoop door: de bibliotheek verhuist", "de knoop doorgehakt over X"
    _Verb(
        "aangenomen",
        "hakte|hakten|hakt",
        rf"de\s+knoop\s+door\s*(?::|over|en\s+koos\s+voor)\s*{_OBJECT}",
        rf"de\s+knoop\s+doorgehakt\s*(?::|over)\s*{_OBJECT}",
        cue="doorgehakt",
    ),
    # "heeft de raad zich achter het Mobiliteitsplan geschaard"
    _Verb(
        "aangenomen",
        "schaarde|schaarden|schaart",
        rf"zich\s+{_ADVERBS}achter\s+{_OBJECT}",
        rf"zich\s+{_ADVERBS}achter\s+(?P<what>[^.;:!?]{{3,160}}?)\s+geschaard\b",
        cue="geschaard",
    ),
    # "De raad was het unaniem eens met het college over de wijziging van de regeling" (not "was
    # het niet eens": a negation is no adverb of the clause)
    _Verb(
        "aangenomen",
        "was|waren",
        rf"het\s+{_ADVERBS}eens\s+met\s+(?:(?:het\s+college|de\s+wethouder)\s+over\s+)?{_OBJECT}",
        cue="eens",
    ),
    # "De raad onderschreef de conclusies uit het rapport van de rekenkamer"
    _Verb(
        "aangenomen",
        "onderschreef|onderschreven|onderschrijft",
        _OBJECT,
        rf"{_PHRASE}\s+{_ADVERBS}onderschreven\b",
        cue="onderschreven",
    ),
    _Verb(
        "aangenomen",
        "aanvaardde|aanvaardden|aanvaardt",
        _OBJECT,
        rf"{_PHRASE}\s+{_ADVERBS}aanvaard\b",
        cue="aanvaard",
    ),
    _Verb(
        "verworpen",
        "verwierp|verwierpen|verwerpt",
        _OBJECT,
        rf"{_PHRASE}\s+{_ADVERBS}verworpen\b",
        cue="verworpen",
    ),
    _Verb(
        "verworpen",
        "wees|wezen|wijst",
        rf"{_PHRASE}\s+{_ADVERBS}af\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}afgewezen\b",
        cue="afgewezen",
    ),
    # "De raad wees de stichting aan als lokale omroep" (not "wees ... af": turned down)
    _Verb(
        "aangenomen",
        "wees|wezen|wijst",
        rf"{_PHRASE}\s+{_ADVERBS}aan\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}aangewezen\b",
        cue="aangewezen",
    ),
    _Verb(
        "aangenomen",
        "benoemde|benoemden|benoemt",
        _OBJECT,
        rf"{_APPOINTED}\s+{_ADVERBS}benoemd\b",
        cue="benoemd",
    ),
    _Verb(
        "aangenomen",
        "vestigde|vestigden|vestigt",
        rf"{_PHRASE}\s+{_ADVERBS}(?:op|voor)\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}gevestigd\b",
        cue="gevestigd",
    ),
    _Verb(
        "aangenomen",
        "paste|pasten|past",
        rf"{_PHRASE}\s+{_ADVERBS}aan\b{_TAIL}",
        rf"{_PHRASE}\s+{_ADVERBS}aangepast\b",
        cue="aangepast",
    ),
    _Verb(
        "aangenomen",
        "wijzigde|wijzigden|wijzigt",
        _OBJECT,
        rf"{_PHRASE}\s+{_ADVERBS}gewijzigd\b",
        cue="gewijzigd",
    ),
    _Verb(
        "aangenomen",
        "trok|trokken|trekt",
        rf"{_PHRASE}\s+{_ADVERBS}in\b",
        rf"{_PHRASE}\s+{_ADVERBS}ingetrokken\b",
        cue="ingetrokken",
    ),
    _Verb(
        "aangenomen",
        "stelde|stelden|stelt",
        rf"{_PHRASE}\s+{_ADVERBS}in\b",
        rf"{_PHRASE}\s+{_ADVERBS}ingesteld\b",
        cue="ingesteld",
    ),
    _Verb(
        "aangenomen",
        "richtte|richtten|richt",
        rf"{_PHRASE}\s+{_ADVERBS}op\b",
        rf"{_PHRASE}\s+{_ADVERBS}opgericht\b",
        cue="opgericht",
    ),
    _Verb(
        "aangenomen",
        "ontbond|ontbonden|ontbindt",
        _OBJECT,
        rf"{_PHRASE}\s+{_ADVERBS}ontbonden\b",
        cue="ontbonden",
    ),
    _Verb(
        "aangenomen",
        "bekrachtigde|bekrachtigden|bekrachtigt",
        _OBJECT,
        rf"{_PHRASE}\s+{_ADVERBS}bekrachtigd\b",
        cue="bekrachtigd",
    ),
    # "heeft een verklaring van geen bedenkingen afgegeven voor het bouwplan X"
    _Verb(
        "aangenomen",
        "gaf|gaven|geeft",
        rf"(?P<what>een\s+{_VVGB}[^.;:!?]{{0,160}}?){_END}",
        rf"(?P<what>een\s+{_VVGB}[^.;:!?]{{0,40}}?)\s+afgegeven\b{_TAIL}",
        cue="bedenkingen",
    ),
    # "De raad gaf haar zienswijze op de begroting van de GGD", "gaf een positief advies voor
    # de bouw van 65 woningen", "gaf aan geen bedenkingen te hebben bij de bouw van een stal"
    _Verb(
        "aangenomen",
        "gaf|gaven|geeft",
        rf"(?P<what>(?:haar|zijn|een)\s+(?:positieve\s+|negatieve\s+)?zienswijze\s+(?:op|over)\s+"
        rf"[^.;:!?]{{3,160}}?){_END}",
        r"(?P<what>(?:haar|zijn|een)\s+(?:positieve\s+|negatieve\s+)?zienswijze\s+(?:op|over)\s+"
        r"[^.;:!?]{3,160}?)\s+gegeven\b",
        cue="zienswijze",
    ),
    # "De raad diende een zienswijze in op de begroting van de GGD", "heeft geen zienswijze
    # ingediend op ..." (what the council submits; a party's motion is no council decision)
    _Verb(
        "aangenomen",
        "diende|dienden|dient",
        rf"(?P<what>(?:haar|zijn|een|geen|de)\s+(?:\w+\s+)?zienswijzen?)\s+{_ADVERBS}in\b{_ON}",
        rf"(?P<what>(?:haar|zijn|een|geen|de)\s+(?:\w+\s+)?zienswijzen?)\s+{_ADVERBS}ingediend\b{_ON}",
        cue="ingediend",
    ),
    _Verb(
        "aangenomen",
        "gaf|gaven|geeft",
        rf"(?P<what>een\s+positief\s+advies\s+(?:voor|over|op|aan)\s+[^.;:!?]{{3,160}}?){_END}",
        cue="advies",
    ),
    _Verb(
        "aangenomen",
        "gaf|gaven|geeft",
        rf"aan\s+geen\s+bedenkingen\s+te\s+hebben\s+(?:bij|tegen|voor)\s+{_OBJECT}",
        cue="bedenkingen",
    ),
    _Verb(
        "aangenomen",
        "nam|namen|neemt",
        rf"een\s+besluit\s+(?:over|inzake)\s+{_OBJECT}",
        rf"een\s+besluit\s+genomen\s+(?:over|inzake)\s+{_OBJECT}",
        cue="genomen",
    ),
)
# The nouns a council decision is named by.
_NOUN = (
    r"\w*(?:verordening|wijziging|plan|begroting|nota|regeling|krediet|visie|voorstel|kaderbrief|"
    r"jaarrekening|zienswijze|beleid|programma|rapportage|besluit|benoeming|aanwijzing|reglement|"
    r"protocol|strategie|agenda|convenant|overeenkomst|notitie|kader|geheimhouding|jaarstuk|verhoging|"
    r"verlaging|aankoop|verkoop|aanschaf|heffing|tarie|lening|opdracht|richtlijn)\w*"
)
# The whole house's support by its adjective: "krijgt unanieme goedkeuring van de raad"
_WHOLE = r"(?:(?:unanieme|raadsbrede|volledige|brede|ruime)\s+)?"
# The participles that tell a proposal passed or turned down, declared once: "werd aangenomen",
# "is door de raad aanvaard", "werd weggestemd".
_PASSED = "aangenomen|aanvaard|vastgesteld|goedgekeurd"
_TURNED_DOWN = "verworpen|afgewezen|weggestemd|afgeschoten"
# Told without the council as subject: "Het voorstel over X werd met 15 stemmen voor
# aangenomen", "In de vergadering is het voorstel Y verworpen", "Ook werd besloten tot Z".
_OUTCOME_WORDS = frozenset(f"{_PASSED}|overgenomen|bekrachtigd|{_TURNED_DOWN}".split("|"))
# Appointed or installed as wethouder: "benoemd tot wethouder", "geïnstalleerd als nieuwe wethouder"
_INSTALLED = ("benoemd", "geïnstalleerd", "beëdigd")
# The college or its wethouders as a whole: "het nieuwe college van D", "de wethouders van de nieuwe
# coalitie", "de wethouders Jansen en De Vries"
_NEW_COLLEGE = (
    r"(?:het\s+nieuwe\s+college|de\s+(?:nieuwe\s+)?wethouders)(?:\s+van\s+(?:(?-i:[A-Z])[\w'’-]+|"
    r"de\s+(?:nieuwe\s+)?coalitie)|\s+{name}(?:(?:,\s+|\s+en\s+){name}){{0,4}})?".format(
        name=r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    )
)
# The words of a proposal's fate told as a race won or lost.
_RACE = (
    "haalde",
    "haalden",
    "haalt",
    "halen",
    "gehaald",
    "meerderheid",
    "sneuvelde",
    "sneuvelden",
    "strandde",
    "strandden",
)
_WETHOUDER = rf"(?:{'|'.join(_INSTALLED)})\s+(?:als|tot)\s+(?:nieuwe\s+)?wethouder\b"
# Told without the council as subject, each form with the words without which it cannot match
# (a form is compiled only for a sentence that holds them): "Het voorstel over X werd met 15
# stemmen voor aangenomen", "In de vergadering is het voorstel Y verworpen", "Ook werd besloten
# tot Z".
_PASSIVES: tuple[tuple[frozenset[str], str], ...] = (
    (
        _OUTCOME_WORDS,
        r"\b(?P<what>(?:het|de|beide|alle(?:\s+\w+)?)\s+(?:(?:raads)?voorstel(?:len)?|hamerstuk(?:ken)?)\b[^.;:!?]{0,160}?)\s+"
        r"(?:werd|werden|is|zijn)"
        rf"\s+{_ADVERBS}{_BY_COUNCIL}{_ADVERBS}"
        rf"(?P<outcome>{_PASSED}|overgenomen|{_TURNED_DOWN})\b|"
        rf"\b(?:werd|werden|is|zijn)\s+{_ADVERBS}(?P<what2>(?:het|de|beide|alle|twee|drie|vier|vijf|\d+)\s+"
        r"(?:raads)?voorstel(?:len)?\b[^.;:!?]{0,160}?)"
        rf"\s+{_ADVERBS}{_BY_COUNCIL}{_ADVERBS}"
        rf"(?P<outcome2>{_PASSED}|{_TURNED_DOWN})\b",
    ),
    (
        frozenset({"besloten"}),
        rf"(?:\b(?:werd|is)\s+{_ADVERBS}besloten|^\s*besloten\s+(?:is|werd))\s+(?:(?:tot|om)\s+|"
        # "Met de hele raad is besloten een eenmalige teruggave ..."
        rf"(?=(?:een|de|het)\s))(?P<what3>[^.;:!?]{{3,200}}?){_END}|"
        # "Met 1 hamerklap werd de realisatie van X besloten."
        rf"\b(?:werd|is)\s+{_ADVERBS}(?P<what15>(?:de|het|een)\s+[^.;:!?]{{3,160}}?)\s+besloten\s*(?=[.;!?]|$)",
    ),
    # "Er is gisteravond een voorbereidingsbesluit genomen": a decision named by its kind
    (
        frozenset({"genomen"}),
        rf"\b(?:werd|werden|is|zijn)\s+{_ADVERBS}(?P<what16>(?:een|het)\s+(?:[\w-]+\s+)?\w+besluit)\s+"
        rf"{_ADVERBS}genomen\b",
    ),
    # "Daarbij werden tal van hamerstukken aangenomen, waaronder A en B": A and B
    (
        frozenset({"hamerstukken", "voorstellen", "raadsvoorstellen"}),
        rf"\b(?:werden|zijn)\s+{_ADVERBS}(?:[\w-]+\s+){{0,3}}?(?:hamerstukken|(?:raads)?voorstellen)\s+"
        rf"{_ADVERBS}(?:aangenomen|vastgesteld|goedgekeurd)\s*,?\s+(?:waaronder|zoals|namelijk)\s+"
        rf"(?P<listed3>[^.;:!?]{{3,300}}?){_END}",
    ),
    # "Andere besluiten die in de vergadering van 1 juli werden genomen waren de vaststelling
    # van A, de aanschaf van B en het beschikbaar stellen van C": each of them
    (
        frozenset({"besluiten"}),
        rf"\bbesluiten\s+(?:die|welke)\s+[^.;:!?]{{0,80}}?\b(?:werden|zijn|waren)\s+genomen\s*,?\s+"
        rf"(?:waren|zijn|betroffen|betreffen|gingen\s+over)\s+{_ADVERBS}"
        rf"(?P<listed4>(?:de|het|een)\s[^.;:!?]{{3,300}}?){_END}",
    ),
    # "Ook werd een verordening over A en een wijziging in B unaniem aangenomen", "Daarnaast is
    # er een voorstel aangenomen om zonnepanelen te plaatsen" (what it is about after the verb)
    (
        _OUTCOME_WORDS,
        rf"\b(?:werd|werden|is|zijn)\s+{_ADVERBS}(?P<what4>(?:de|het|een)\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}[^.;:!?]{{0,200}}?)\s+"
        rf"{_ADVERBS}{_BY_COUNCIL}{_ADVERBS}"
        rf"(?P<outcome4>{_PASSED}|{_TURNED_DOWN})\b{_TAIL}",
    ),
    # "De Kadernota 2025 werd met 15 stemmen voor en 4 tegen vastgesteld" (not by the college)
    (
        _OUTCOME_WORDS,
        rf"\b(?P<what6>(?:het|de)\s+[‘'\"“]?(?:[\w-]+\s+){{0,3}}?{_NOUN}[^.;:!?]{{0,120}}?)\s+(?:werd|werden|is|zijn)\s+"
        rf"{_ADVERBS}{_BY_COUNCIL}{_ADVERBS}"
        rf"(?P<outcome6>{_PASSED}|bekrachtigd|{_TURNED_DOWN})\b"
        r"(?!\s+door\s+(?:het\s+)?college)",
    ),
    # the noun without its article at the start: "Ook bestemmingsplan Emmastraat werd
    # uiteindelijk vastgesteld", "Begroting 2024 is unaniem aangenomen"
    (
        _OUTCOME_WORDS,
        rf"^\s*(?:{_ADVERB}\s+)?(?!(?:de|het|een|dit|dat|deze|die)\s)(?P<what18>(?:[\w-]+\s+){{0,2}}?{_NOUN}[^.;:!?]{{0,120}}?)\s+"
        rf"(?:werd|werden|is|zijn)\s+{_ADVERBS}{_BY_COUNCIL}{_ADVERBS}"
        rf"(?P<outcome11>{_PASSED}|bekrachtigd|{_TURNED_DOWN})\b"
        r"(?!\s+door\s+(?:het\s+)?college)",
    ),
    # a wethouder appointed (by the council, which news leaves unsaid): "De heer A uit B is
    # donderdagavond geïnstalleerd als nieuwe wethouder", "werd haar opvolger C benoemd tot
    # wethouder", "Op 12 mei is het nieuwe college van D geïnstalleerd"
    (
        frozenset(_INSTALLED),
        rf"\b(?P<what19>(?:(?:de\s+heer|mevrouw|mw\.|dhr\.)\s+)?(?-i:[A-Z])[^.;:!?]{{2,80}}?)\s+"
        rf"(?:werd|is)\s+{_ADVERBS}{_WETHOUDER}|"
        rf"\b(?:werd|werden|is|zijn)\s+{_ADVERBS}(?P<what20>(?:haar|zijn|de|het)\s+[^.;:!?]{{2,80}}?)\s+"
        rf"{_WETHOUDER}|"
        rf"\b(?:werd|werden|is|zijn)\s+{_ADVERBS}(?P<what21>{_NEW_COLLEGE})\s+(?:{'|'.join(_INSTALLED)})\b|"
        # "De nieuwe wethouders werden maandag geïnstalleerd"
        rf"\b(?P<what27>{_NEW_COLLEGE})\s+(?:werd|werden|is|zijn)\s+{_ADVERBS}(?:{'|'.join(_INSTALLED)})\b",
    ),
    # a headline: "Kadernota 2010-2013 vastgesteld", "Begroting 2024 unaniem aangenomen",
    # "Leiderdorpse begroting aangenomen, maar echt debat blijft uit"
    (
        _OUTCOME_WORDS,
        rf"^\s*(?P<what7>(?=(?-i:[A-Z])){_TOWNS}{_NOUN}(?:\s+(?!(?:werd|werden|is|zijn|door)\b)[\w-]+){{0,6}}?)\s+"
        rf"{_ADVERBS}"
        r"(?P<outcome7>aangenomen|vastgesteld|goedgekeurd|verworpen|afgewezen)\s*(?:[.!]|,\s+maar\b[^.;:!?]*)?\s*$",
    ),
    # The proposal's fate in words of a race: "Het voorstel haalde het in de stemming niet",
    # "Dat SP-voorstel kreeg een ruime meerderheid", "Het plan sneuvelde"
    (
        frozenset(_RACE),
        # (the subject of its clause: "om het tekort te dekken haalde het niet" names a motion's aim)
        rf"(?:^\W*|(?<=[,;:] )|(?<= en )|(?<= maar )|(?<= ook ))(?P<what28>(?:het|de|dit|dat|een)\s+(?:[\w-]+\s+){{0,5}}?[\w-]*?(?:{_NOUN})[^.;:!?]{{0,120}}?)\s+"
        # ("haalt op donderdag met gemak de eindstreep")
        r"(?P<outcome14>(?:(?:haalde|haalden)\s+(?:het|de\s+eindstreep|een\s+(?:\w+\s+)?meerderheid)|"
        r"(?:haalde|haalden|haalt|halen)\s+(?:[\w-]+\s+){1,6}?de\s+eindstreep|"
        # "heeft het helaas niet gehaald"
        r"(?:heeft|hebben)\s+(?:het|de\s+eindstreep)\s+(?:[\w-]+\s+){0,3}?gehaald)\b"
        r"[^.;:!?]{0,60}|(?:kreeg|kregen)\s+(?:een\s+|geen\s+)?(?:\w+\s+)?meerderheid\b|"
        # ("kon woensdagavond op een ruime meerderheid rekenen")
        rf"(?:kon|konden)\s+{_ADVERBS}(?:niet\s+)?op\s+(?:een\s+)?(?:\w+\s+)?meerderheid\s+rekenen\b|"
        r"(?:sneuvelde|sneuvelden|strandde|strandden)\b)",
    ),
    # "Het voorstel om X kreeg de steun van een meerderheid van de raad", "kon rekenen op steun
    # van de voltallige raad", "kon op de goedkeuring van de raad rekenen", "Ten eerste kreeg
    # het 'Programma X' unaniem de goedkeuring van de raad"
    (
        frozenset({"steun", "instemming", "goedkeuring"}),
        rf"\b(?P<what8>(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?[‘'\"“]?(?:{_NOUN})[^.;:!?]{{0,120}}?)\s+"
        rf"(?:kreeg|kregen|krijgt|kon\s+{_ADVERBS}(?:rekenen\s+)?op|konden\s+{_ADVERBS}(?:rekenen\s+)?op)"
        rf"\s+{_ADVERBS}(?:de\s+)?{_WHOLE}(?P<outcome8>steun|instemming|goedkeuring)\s+van\s+{_COUNCIL_OF}|"
        rf"\b(?:kreeg|kregen)\s+{_ADVERBS}(?P<what12>(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?[‘'\"“]?(?:{_NOUN})"
        rf"[^.;:!?]{{0,120}}?)\s+{_ADVERBS}(?:de\s+)?{_WHOLE}(?:steun|instemming|goedkeuring)\s+van\s+{_COUNCIL_OF}|"
        # "Het voorstel kon op raadsbrede steun rekenen", "De plannen konden op steun rekenen
        # vanuit de raad": support the council's, or the whole house's by its adjective
        rf"\b(?P<what25>(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?[‘'\"“]?(?:{_NOUN})[^.;:!?]{{0,120}}?)\s+"
        rf"(?:kon|konden)\s+{_ADVERBS}op\s+(?:(?:unanieme|raadsbrede|brede|ruime|grote|volledige)\s+"
        rf"steun(?:\s+(?:van|uit|vanuit|in)\s+{_COUNCIL_OF})?|steun\s+(?:van|uit|vanuit|in)\s+"
        rf"{_COUNCIL_OF})\s+rekenen\b|"
        rf"\b(?P<what26>(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?[‘'\"“]?(?:{_NOUN})[^.;:!?]{{0,120}}?)\s+"
        rf"(?:kon|konden)\s+{_ADVERBS}op\s+steun\s+rekenen\s+(?:van|uit|vanuit)\s+{_COUNCIL_OF}",
    ),
    # the support itself the subject: "Unanieme steun was er voor extra middelen om ...", "Er
    # was raadsbrede steun voor de aanpak" (a vote's words: "brede steun" is also a debate's)
    (
        frozenset({"steun"}),
        r"\b(?:unanieme|raadsbrede|algemene|volledige)\s+steun\s+(?:was|is|kwam)\s+er\s+"
        rf"{_ADVERBS}voor\s+(?P<what30>[^.;:!?]{{3,200}}?){_END}|"
        r"\ber\s+(?:was|is|kwam)\s+(?:\w+\s+)?(?:unanieme|raadsbrede|algemene|volledige)\s+steun\s+"
        rf"voor\s+(?P<what31>[^.;:!?]{{3,200}}?){_END}",
    ),
    # "het benodigde geld werd beschikbaar gesteld door de raad", "werd het krediet ..."
    (
        frozenset({"beschikbaar"}),
        rf"\b(?P<what13>(?:het|de)\s+[^.;:!?,]{{3,120}}?)\s+(?:werd|werden|is|zijn)\s+{_ADVERBS}"
        rf"beschikbaar\s+gesteld\s+door\s+(?:{_COUNCIL})|"
        rf"\b(?:werd|werden|is|zijn)\s+{_ADVERBS}(?P<what14>(?:het|de)\s+[^.;:!?,]{{3,120}}?)\s+"
        rf"beschikbaar\s+gesteld\s+door\s+(?:{_COUNCIL})",
    ),
    # "Unaniem werd ingestemd met X", "Er is ingestemd met Y", "ingestemd is met Z"
    (
        frozenset({"ingestemd"}),
        rf"\b(?:werd|is)\s+{_ADVERBS}(?P<outcome9>ingestemd)\s+met\s+(?P<what9>[^.;:!?]{{3,200}}?){_END}|"
        # "JOGG: ingestemd is met het plan van aanpak"
        rf"\bingestemd\s+(?:is|werd)\s+{_ADVERBS}met\s+(?P<what22>[^.;:!?]{{3,200}}?){_END}",
    ),
    # "met een unaniem aangenomen begroting": the vote told as the noun's attribute
    (
        frozenset({"aangenomen", "vastgestelde", "goedgekeurde"}),
        r"\b(?:een|de|het)\s+"
        + UNANIMOUS
        + r"\s+(?P<outcome10>aangenomen|vastgestelde|goedgekeurde)\s+"
        rf"(?P<what10>{_NOUN}(?:\s+\d{{4}}(?:-\d{{4}})?)?)",
    ),
    # "Als hamerstuk werden aangenomen: A, B en C"
    # "De begroting 2022 kreeg unaniem groen licht", "Het plan kreeg groen licht van de raad"
    # (not "van de provincie": another body's approval)
    (
        frozenset({"licht"}),
        rf"\b(?P<what11>(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUN})[^.;:!?]{{0,120}}?)\s+"
        rf"(?:kreeg|kregen|krijgt)\s+{_ADVERBS}groen\s+licht\b"
        r"(?!\s+(?:van|vanuit|door)\s+(?!(?:de\s+)?(?:gemeente)?raad\b|een\s+(?:\w+\s+)?meerderheid\b))|"
        # "En dus kregen de plannen van het college groen licht"
        rf"\b(?:kreeg|kregen)\s+{_ADVERBS}(?P<what17>(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUN})"
        rf"[^.;:!?]{{0,120}}?)\s+{_ADVERBS}groen\s+licht\b"
        r"(?!\s+(?:van|vanuit|door)\s+(?!(?:de\s+)?(?:gemeente)?raad\b|een\s+(?:\w+\s+)?meerderheid\b))",
    ),
    # the participle first: "Vastgesteld is de Monitor 'Neder-Betuwe bloeit!'"
    (
        frozenset({"vastgesteld", "aangenomen", "goedgekeurd"}),
        r"^\W*(?P<outcome15>vastgesteld|aangenomen|goedgekeurd)\s+(?:is|werd|zijn|werden)\s+"
        rf"(?P<what29>(?:de|het)\s+[^.;:!?]{{3,160}}?){_END}",
    ),
    # "Het bestemmingsplan X werd als hamerstuk afgedaan": passed without debate
    (
        frozenset({"hamerstuk", "hamerstukken"}),
        rf"\b(?P<what23>(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?{_NOUN}[^.;:!?]{{0,120}}?)\s+"
        rf"(?:werd|werden|is|zijn)\s+{_ADVERBS}als\s+hamerstuk(?:ken)?\s+"
        r"(?P<outcome12>afgedaan|behandeld|afgehamerd)\b",
    ),
    (
        frozenset({"hamerstuk", "hamerstukken", "zonder"}),
        r"\b(?:als\s+hamerstuk(?:ken)?|zonder\s+(?:debat|discussie|stemming))\s+(?:werd|werden|is|zijn)\s+"
        r"(?:\w+\s+)?(?P<outcome5>aangenomen|vastgesteld|goedgekeurd)\s*:\s*(?P<what5>[^.;!?]{3,300})|"
        # "Ook werden als hamerstukken aangenomen: A en B"
        r"\b(?:werd|werden|zijn)\s+(?:\w+\s+)?als\s+hamerstuk(?:ken)?\s+"
        r"(?P<outcome13>aangenomen|vastgesteld|goedgekeurd)\s*:\s*(?P<what24>[^.;!?]{3,300})",
    ),
)
_REJECTED = tuple(_TURNED_DOWN.split("|"))
_WHAT = (
    "what",
    "what_cut",
    "what2",
    "what3",
    "what4",
    "what5",
    "what6",
    "what7",
    "what8",
    "what9",
    "what10",
    "what11",
    "what12",
    "what13",
    "what14",
    "what15",
    "what16",
    "what17",
    "what18",
    "what19",
    "what20",
    "what21",
    "what22",
    "what23",
    "what24",
    "what25",
    "what26",
    "what27",
    "what28",
    "what29",
    "what30",
    "what31",
)
# The groups that hold a list of what was decided ("besluiten over A, B en C").
_LISTED = ("listed", "listed2", "listed3", "listed4")
_OUTCOME = (
    "outcome",
    "outcome2",
    "outcome4",
    "outcome5",
    "outcome6",
    "outcome7",
    "outcome8",
    "outcome9",
    "outcome10",
    "outcome11",
    "outcome12",
    "outcome13",
    "outcome14",
    "outcome15",
)


# Word orders of the council deciding that no single verb declares: the object fronted ("Met
# de nieuwe verordening ging de raad akkoord"), a headline without a verb ("Raad akkoord met
# nieuwe sporthal").
_SUBORDINATE_YES = (
    r"(?:aannam|aannamen|vaststelde|vaststelden|goedkeurde|goedkeurden|aangenomen|vastgesteld|"
    r"goedgekeurd)"
)
_SUBORDINATE_NO = (
    r"(?:verwierp|verwierpen|afwees|afwezen|wegstemde|wegstemden|verworpen|afgewezen|weggestemd)"
)
_ORDERS = (
    (
        "aangenomen",
        rf"^\s*(?:\w+\s+)?met\s+(?P<what>[^.;:!?]{{3,160}}?)\s+(?:ging|gingen|gaat|stemde|stemden|"
        rf"stemt)\s+(?:<S>)\s+{_ADVERBS}(?:akkoord|in)\b",
    ),
    ("aangenomen", rf"^\s*(?:<S>)\s+{_ADVERBS}akkoord\s+met\s+{_OBJECT}"),
    # "De nieuwe verordening heeft de Maastrichtse raad op 2 juli vastgesteld"
    (
        "aangenomen",
        rf"^\s*(?:{_ADVERB}\s+)?(?P<what>(?:de|het)\s+[^.;:!?]{{3,120}}?)\s+(?:heeft|hebben)\s+(?:<S>)\s+"
        rf"{_ADVERBS}(?:vastgesteld|goedgekeurd|aangenomen)\s*[.;!?]?\s*$",
    ),
    # A subordinate clause puts the verb last: "waarna de raad de bezuinigingen aannam",
    # "Omdat de raad in oktober het krediet heeft goedgekeurd, ..."
    (
        "aangenomen",
        rf"\b(?:waarna|nadat|toen|omdat|zodat|doordat|waarmee|dat)\s+(?:<S>)\s+{_ADVERBS}"
        rf"(?P<what>(?:de|het|een)\s+[^.;:!?,]{{3,160}}?)\s+(?:(?:heeft|hebben)\s+)?{_SUBORDINATE_YES}"
        r"(?:\s+(?:heeft|hebben))?\b",
    ),
    (
        "verworpen",
        rf"\b(?:waarna|nadat|toen|omdat|zodat|doordat|waarmee|dat)\s+(?:<S>)\s+{_ADVERBS}"
        rf"(?P<what>(?:de|het|een)\s+[^.;:!?,]{{3,160}}?)\s+(?:(?:heeft|hebben)\s+)?{_SUBORDINATE_NO}"
        r"(?:\s+(?:heeft|hebben))?\b",
    ),
    # "In het gewijzigde bestemmingsplan X konden alle fracties zich vinden", "De raad kon zich
    # vinden in het voorstel Y"
    (
        "aangenomen",
        rf"^\s*(?:{_ADVERB}\s+)?in\s+(?P<what>(?:de|het)\s+[^.;:!?]{{3,160}}?)\s+(?:kon|konden)\s+"
        rf"(?:<S>)\s+zich\s+{_ADVERBS}(?:goed\s+)?vinden\s*[.;!?]?\s*$",
    ),
    (
        "aangenomen",
        rf"(?:^|\b)(?:<S>)\s+(?:kon|konden)\s+zich\s+{_ADVERBS}(?:goed\s+)?vinden\s+in\s+{_OBJECT}",
    ),
    # "Ook de voorjaarsnota 2024 stelde ze vast": the object fronted, the council just named
    (
        "aangenomen",
        rf"^\s*(?:{_ADVERB}\s+)?(?P<what>(?:de|het)\s+[^.;:!?]{{3,120}}?)\s+(?:stelde|stelden|"
        rf"keurde|keurden)\s+(?:<S>|ze|zij)\s+{_ADVERBS}(?:vast|goed)\s*[.;!?]?\s*$",
    ),
)


@cache
def _order_patterns(body: str) -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    subject = _BODIES[body]
    return tuple(
        (outcome, re.compile(form.replace("<S>", subject), re.I), False)
        for outcome, form in _ORDERS
    )


@cache
def _verb_patterns(body: str, n: int) -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """(outcome, pattern, whether the body must be named before the match) for each word
    order of verb `n`: subject first, verb first, perfect tense, and a second verb joined by
    "en" to a clause whose subject is the body. Compiled when a sentence first holds its words."""
    subject = _BODIES[body]
    verb = _VERBS[n]
    forms = [
        rf"(?:^|\b)(?:{subject})\s+{_ADVERBS}(?:{verb.finite})\s+{_ADVERBS}{verb.after}",
        rf"\b(?:{verb.finite})\s+(?:{subject})\s+{_ADVERBS}{verb.after}",
    ]
    if verb.perfect:
        forms += [
            rf"(?:^|\b)(?:{subject})\s+{_ADVERBS}(?:heeft|hebben|had|hadden)\s+{_ADVERBS}"
            rf"{verb.perfect}",
            rf"\b(?:heeft|hebben|had|hadden)\s+{_ADVERBS}(?:{subject})\s+{_ADVERBS}{verb.perfect}",
        ]
    out = [(verb.outcome, re.compile(form, re.I), False) for form in forms]
    joined = rf"\ben\s+{_ADVERBS}(?:{verb.finite})\s+{_ADVERBS}{verb.after}"
    out.append((verb.outcome, re.compile(joined, re.I), True))
    return tuple(out)


@cache
def _words(n: int) -> frozenset[str]:
    return _VERBS[n].words


@lru_cache(maxsize=4)
def _tokens(sentence: str) -> frozenset[str]:
    """The words of a sentence, scanned once for every verb (a run-on text of 100,000
    characters is one sentence)."""
    return frozenset(re.findall(r"\w+", sentence.lower()))


# How a meeting decides, not when (the present with a time to come is a plan: "De begroting
# wordt in november vastgesteld").
_HOW = (
    r"(?:" + UNANIMOUS + r"|ongewijzigd|conform|als\s+hamerstuk|"
    r"zonder\s+(?:hoofdelijke\s+)?stemming|" + _COUNTED + ")"
)
# Minutes in the present: "De voordracht van de heer Kuin wordt bij acclamatie bekrachtigd".
_PRESENT = (
    rf"\b(?P<what>(?:het|de)\s+(?:[\w-]+\s+){{0,3}}?(?:{_NOUN}|voordracht)[^.;:!?]{{0,120}}?)\s+"
    rf"(?:wordt|worden)\s+(?:{_HOW}\s*,?\s+)*(?:door\s+de\s+"
    + _TOWNS
    + r"(?:gemeente)?raad\s+)?(?:{_HOW}\s+)*"
    r"(?P<outcome>aangenomen|vastgesteld|goedgekeurd|bekrachtigd|verworpen|afgewezen)\b"
    r"(?!\s+door\s+(?:het\s+)?college)"
)


@cache
def _present() -> re.Pattern[str]:
    return re.compile(_PRESENT, re.I)


@cache
def _passive(n: int) -> re.Pattern[str]:
    """Told without a subject, only of the council: news names the college when it decides."""
    return re.compile(_PASSIVES[n][1], re.I)


def _patterns(body: str, sentence: str) -> list[tuple[str, re.Pattern[str], bool]]:
    """The patterns that may match `sentence`: those of the verbs whose words it holds, when it
    names the body at all."""
    out: list[tuple[str, re.Pattern[str], bool]] = []
    if _subject(body).search(sentence):
        present = _tokens(sentence)
        for n in range(len(_VERBS)):
            if _words(n) & present:
                out += _verb_patterns(body, n)
        if _ORDER_WORDS.search(sentence):
            out += _order_patterns(body)
    elif body == "raad" and _ORDER_WORDS.search(sentence):
        # "Ook de voorjaarsnota stelde ze vast": the council named in the sentence before
        out += _order_patterns("raad")[-1:]
    if body == "raad" and _PASSIVE_WORDS.search(sentence):
        present = _tokens(sentence)
        out += [
            ("", _passive(n), False) for n, (words, _) in enumerate(_PASSIVES) if words & present
        ]
    return out


_ORDER_WORDS = re.compile(
    r"\bakkoord\b|\bzich\s+(?:\w+\s+)?vinden\b|^\s*(?:\w+\s+)?met\b|\b(?:stelde|stelden|keurde|keurden)\s+\w+\s+\w*\s*(?:vast|goed)\b|"
    r"\b(?:waarna|nadat|toen|omdat|zodat|doordat|waarmee|dat)\b[^.;:!?]{0,200}?\b(?:aannam|aannamen|"
    r"vaststelde|vaststelden|goedkeurde|goedkeurden|verwierp|verwierpen|afwees|afwezen|wegstemde|"
    r"wegstemden|(?:heeft|hebben)\s+(?:aangenomen|vastgesteld|goedgekeurd|verworpen|afgewezen)|"
    r"(?:aangenomen|vastgesteld|goedgekeurd|verworpen|afgewezen)\s+(?:heeft|hebben))\b|"
    r"\b(?:heeft|hebben)\s+(?:de|het)\b[^.;:!?]{0,120}\b(?:vastgesteld|goedgekeurd|aangenomen)\s*[.;!?]?\s*$",
    re.I,
)
_PASSIVE_WORDS = re.compile(
    rf"\b(?:{_PASSED}|{_TURNED_DOWN}|besloten|steun|"
    r"instemming|goedkeuring|hamerstuk(?:ken)?|ingestemd|bekrachtigd|overgenomen|groen\s+licht|beschikbaar\s+gesteld|"
    + "|".join(_RACE)
    + r"|"
    + "|".join(_INSTALLED)
    + r"|"
    r"\w+besluit\s+genomen|besluiten\s+(?:die|welke)\b)\b",
    re.I,
)


@cache
def _subject(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|\b)(?:{_BODIES[body]})\s", re.I)


# What the council decided is not a decision when it names a motion (motions are read on their
# own), a pronoun ("stemde daarmee in") or only a time.
_ONE_NOUN = re.compile(r"\w*(?:verordening|begroting|jaarrekening|nota|visie|kaderbrief)", re.I)
_NOT_A_DECISION = re.compile(
    r"^(?:de\s+|het\s+|een\s+|alle\s+|twee\s+|drie\s+)?(?:\w+\s+)?(?:motie|moties|amendement|"
    r"amendementen)\b|^(?:dit|dat|deze|die|het|daarmee|hiermee|ermee|hiervoor|daarvoor|niet|"
    r"geen)\b\s*$|"
    # "neemt het ter kennisgeving aan": noted, not decided
    r"\bter\s+kennis(?:geving|name)\b|"
    # "Het college stelt de raad voor om ...": a proposal to the council, not a decision
    r"^de\s+(?:gemeente)?raad\b|^(?:de|het)\s+volgende\b|"
    # a vote's outcome, not a proposal's name: "het voorstel geacht te zijn verworpen",
    # "het voorstel (10 stemmen)"
    r"^(?:het|de)\s+(?:raads)?voorstel(?:len)?\s+(?:geacht|\(\d)|\bgeacht\s+te\b|"
    # running the meeting: "De agenda wordt ongewijzigd vastgesteld"
    r"^(?:de|het)\s+(?:(?:voorlopige|gewijzigde)\s+)?(?:agenda|besluitenlijst|notulen|verslag)\b|"
    # "het voorstel" alone names nothing: the heading above it does (read there).
    # (nor with a clause about who moved it: "Het voorstel, welke CDA en VVD mede indienden")
    r"^(?:het|de|dit|dat|deze)\s+(?:raads)?(?:voorstel(?:len)?|wijziging|besluit|plan)"
    r"(?:\s*,\s*(?:welke|die|dat|wat)\b[^,]*)?$|"
    r"^(?:op\s+)?(?:\w+dag(?:avond|middag|ochtend)?\s+)?[0-3]?\d\s+\w+(?:\s+\d{4})?$",
    re.I,
)
# Time words said inside the object: "de Omgevingsvisie donderdagavond" is the Omgevingsvisie.
_TRAILING_TIME = re.compile(
    rf"(?:\s+{_ADVERB})+\s*$|\s+(?:gisteren|vanavond|vorige\s+week|afgelopen\s+\w+)\s*$", re.I
)


_NOT_A_STOP = re.compile(r"(?<=\d)\.(?=\d)|(?<=\b[A-Z])\.(?=\s?[A-Za-z])")
_PROPOSAL_TO = re.compile(
    r"^(?:het|de|een)\s+(?:(?:raads|college|initiatief)?(?P<proposal>voorstel)(?:len)?|(?P<plan>plan)(?:nen)?)"
    # ("een voorstel van de VVD om ...": whose)
    r"(?P<by>\s+van\s+(?:de\s+|het\s+)?(?-i:[A-Z])[\w&/'’-]*(?:\s+(?-i:[A-Z])[\w&/'’-]*){0,2})?"
    r"\s+(?:om|tot)\s+",
    re.I,
)


def by_aim(what: str) -> str:
    """ "het voorstel om de bibliotheek te sluiten": a proposal named by its aim ("Voorstel: de
    bibliotheek te sluiten"; "Voorstel van de VVD: ...")."""
    return _PROPOSAL_TO.sub(
        lambda m: ("Plan" if m["plan"] else "Voorstel") + (m["by"] or "") + ": ", what
    )


def names_a_decision(what: str) -> bool:
    """What a council is told to have decided names a decision: not a motion, a pronoun, a
    time or a bare "het voorstel"."""
    # One word names a decision when it is a decision's noun ("begroting", "Kadernota").
    named = len(what.split()) >= 2 or _ONE_NOUN.fullmatch(what.strip()) is not None
    return named and _NOT_A_DECISION.search(what.strip()) is None


@dataclass(frozen=True)
class Told:
    what: str  # what was decided, as the text words it
    outcome: str  # aangenomen | verworpen
    quote: str  # the part of the sentence that says so


def decisions(sentence: str, body: str = "raad", minutes: bool = False) -> list[Told]:
    """The decisions of the council (or the college) a sentence of news tells, in the order it
    tells them. Minutes tell the meeting in the present ("Het voorstel wordt unaniem
    aangenomen"), news tells it so only of what is still to come: `minutes` reads the present."""
    # "450.000 euro" and "J. de Vries" are not where a sentence ends.
    sentence = _NOT_A_STOP.sub("\x00", sentence)
    found: list[tuple[int, Told]] = []
    taken: list[tuple[int, int]] = []
    # what each object names, worked out once (a run-on text repeats the same clause)
    named: dict[str, list[str]] = {}
    patterns = _patterns(body, sentence)
    if minutes and body == "raad" and _PASSIVE_WORDS.search(sentence):
        patterns.append(("", _present(), False))
    for outcome, pattern, joined in patterns:
        for m in pattern.finditer(sentence):
            # `taken` holds disjoint spans in order: only the last one starting before this
            # match ends can overlap it (a run-on text has thousands of matches).
            i = bisect_left(taken, (m.end(), -1))
            if i and taken[i - 1][1] > m.start():
                continue
            if joined and not _subject(body).search(sentence, 0, m.start()):
                continue
            groups = m.groupdict()
            listed = next((groups[g] for g in _LISTED if groups.get(g)), None)
            what = listed or next(
                (groups[g] for g in _WHAT if groups.get(g)),
                "",
            )
            what += groups.get("tail") or ""
            if groups.get("what19") or groups.get("what20"):  # named by whom it appointed
                what = f"Benoeming wethouder: {what.strip()}"
            elif groups.get("what21") or groups.get("what27"):
                what = f"{INSTALLATION}: {what.strip()}"
            what = _TRAILING_TIME.sub("", what.strip()).strip(" ,").replace("\x00", ".")
            # "het voorstel om de bibliotheek te sluiten": the proposal is named by its aim.
            what = by_aim(what)
            told = next(
                (groups[g] for g in _OUTCOME if groups.get(g)),
                None,
            )
            result = outcome or ("verworpen" if _lost(told) else "aangenomen")
            if listed:  # "besluiten over A, B en C", "waaronder de nota A en de visie B"
                named[what] = [x for x in _listed_items(what) if names_a_decision(x)]
            elif what not in named:
                named[what] = each(what) if names_a_decision(what) else []
            if not named[what]:
                continue
            insort(taken, (m.start(), m.end()))
            quote = m.group(0).strip().replace("\x00", ".")
            found += [(m.start(), Told(one, result, quote)) for one in named[what]]
            # "... heeft de belastingverordeningen vastgesteld en het beheerplan riolering.":
            # the same verb, a second object after it
            if (also := second_object(sentence, m.end())) is not None:
                what, end = also
                said = (quote + sentence[m.end() : end]).replace("\x00", ".")
                found.append((m.end(), Told(what.replace("\x00", "."), result, said)))
    return [told for _, told in sorted(found, key=lambda pair: pair[0])]


def _lost(told: str | None) -> bool:
    """An outcome word of rejection, or a race lost ("haalde het niet", "sneuvelde") as the
    shared vocabulary reads it."""
    return told is not None and (told in _REJECTED or outcome_of(told) == "verworpen")


def second_object(sentence: str, at: int) -> tuple[str, int] | None:
    """A second decision named after the participle that ends at `at`, the verb left out
    ("... de belastingverordeningen vastgesteld en het beheerplan riolering."): what it names
    and where that ends."""
    more = _AND_ALSO.match(sentence, at)
    if more is None or not names_a_decision(more["what"]):
        return None
    return more["what"], more.end("what")


# A second object after the participle, the verb left out: "... vastgesteld en het plan X."
_AND_ALSO = re.compile(
    r"\s+en\s+(?P<what>(?:het|de)\s+(?:[\w-]+\s+){0,3}?\w*(?:verordening|plan|begroting|nota|"
    r"regeling|krediet|visie|programma|beleid|kader|rapportage|reglement)\w*[^.;:!?]{0,100}?)"
    r"\s*(?=[.;!?]|$)",
    re.I,
)


# "de bestemmingsplannen voor A, B en C": one plan each.
_PLURAL_FOR = re.compile(
    r"^(?:de|alle|twee|drie|vier)\s+(?P<noun>\w+?)(?:nnen|ingen|en|'s|s)\s+"
    r"(?P<prep>voor|van|over|in)\s+(?P<names>.+)$",
    re.I,
)
# "een verordening over A en een wijziging in B": two decisions, each named by its noun.
# Plural nouns that only say "decisions": the names listed after them are the decisions.
_GENERIC = re.compile(r"^(?:hamerstuk|raadsvoorst|voorst|besluit|agendapunt|onderwerp)", re.I)
# The next of several decisions begins with its article and noun: "het beleidskader A, het
# bestemmingsplan B en het bestemmingsplan C, D"; a comma inside a name does not begin one.
_NEXT_NAMED = re.compile(rf"(?:,\s+|\s+en\s+)(?=(?:de|het|een)\s+{_NOUN}\b)", re.I)
_NAMED = re.compile(rf"(?:de|het|een)\s+{_NOUN}\b", re.I)
# "het voorstel om de begroting te wijzigen en de verordening aan te passen": one proposal's aims
_AIMS = re.compile(r"\bom\b", re.I)


def each(what: str) -> list[str]:
    """The decisions one object names: several when it lists them."""
    m = _PLURAL_FOR.match(what)
    if m is not None:
        if _GENERIC.match(m["noun"]):  # "de hamerstukken over A en B": A and B
            listed = [n.strip() for n in re.split(r",\s+|\s+en\s+(?=(?:de|het|een)\s)", m["names"])]
            if len(listed) >= 2 and m["noun"].lower().endswith(("voorstell", "voorst")):
                return [f"voorstel {m['prep']} {name}" for name in listed]
            if len(listed) >= 2:
                return listed
        names = enumerated(m["names"])
        if len(names) >= 2:
            stem = m["noun"] + ("n" if what.lower().split()[1].endswith("nnen") else "")
            stem += "ing" if what.lower().split()[1].endswith("ingen") else ""
            return [f"{stem} {m['prep']} {name}" for name in names]
    parts = _NEXT_NAMED.split(what)
    if len(parts) >= 2 and _NAMED.match(what) and not _AIMS.search(what):
        return parts
    return [what]


def _listed_items(listed: str) -> list[str]:
    """What a sentence lists after "besluiten over" or "waaronder": "A, B en C", or "de A en
    de B" (each named with its article)."""
    parts = enumerated(listed)
    if len(parts) == 1:
        parts = re.split(r"\s+en\s+(?=(?:de|het|een)\s)", listed)
    return parts


def enumerated(listed: str) -> list[str]:
    """ "A, B en C" -> [A, B, C]; a lone item (no comma) is not split on its "en"."""
    parts = [p.strip() for p in re.split(r",\s+", listed) if p.strip()]
    if len(parts) > 1 and " en " in parts[-1]:
        *rest, last = parts
        parts = [*rest, *last.rsplit(" en ", 1)]
    return parts
