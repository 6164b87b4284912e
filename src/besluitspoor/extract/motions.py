"""Motions and amendments named one by one, as news, reports and party pages tell a meeting:
"De motie van GroenLinks om ... is aangenomen", "Een motie van de PC om ... werd verworpen",
"Amendement PRD mbt Bibliotheken-VERWORPEN", "Het tweede amendement (waarin de SGP vraagt ...)
wordt verworpen".

A meeting votes on many motions on one day, so these are not "one act of a kind per date" as
meetings and letters are: each motion the text names is a step of its own. A mention without a
name ("De motie werd aangenomen") tells the outcome of the motion named just before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from besluitspoor import vocab
from besluitspoor.extract import dates, prose
from besluitspoor.extract.document import norm
from besluitspoor.fuzzydate import FuzzyDate, FuzzyDateError
from besluitspoor.outcomes import UNANIMOUS, outcome_of

if TYPE_CHECKING:
    from besluitspoor.extract.document import Block, Document
    from besluitspoor.extract.recognize import Draft

# Where the name stops and the telling of what happened to it begins.
_TOLD = re.compile(
    r"\s*[-–]\s*(?=(?-i:[A-Z ]{6,})\b)|"  # "...-VERWORPEN", "... – UNANIEM AANGENOMEN"
    r"\s+(?:werd|werden|wordt|worden|is|was|zijn|waren|kreeg|krijgt|kon|haalde|haalt|heeft|had|"
    r"hebben|hadden|ging|gaat|"
    r"stemde|stemden|stemt|sneuvelde|strandde|verwierf|hield|kwam)\b(?!\s+(?:gevraagd|opgeroepen|"
    r"verzocht)\b)|"
    r"\s*[,:(]?\s*(?:aangenomen|verworpen|ingetrokken|aangehouden|unaniem)\b|\s*[:(]\s*\d|"
    r"\s*,\s*(?:die|dat|waarna|maar|wat)\b|"  # "..., die met 18 tegen 9 stemmen werd aangenomen"
    r"\s*,?\s+welke\b",  # "... welke met meerderheid van stemmen is aangenomen"
    re.I,
)
# A mention that names nothing: "de motie", "deze motie", "het amendement van de VVD" is named.
_UNNAMED = re.compile(r"^[\s,]*(?:\(|$|(?:werd|wordt|is|was|kreeg|haalde)\b)", re.I)
# Submitted without an outcome yet: "dient een motie in", "de motie ... ingediend".
# A motion the college takes over ("is door het college overgenomen") is not voted on.
# Announced at the opening ("heeft een motie vreemd aan de orde van de dag aangekondigd") or
# brought in ("kwam de SGP nog met een motie"): moved, not yet voted.
_MOVED = re.compile(
    # ("alvorens een motie in te dienen": not moved)
    r"(?<!\bte )\bdien(?:t|en|de|den)\b|\bingediend\b|\bovergenomen\b|\baangekondigd\b|"
    # "nadat X een motie indiende", "heeft een motie ingebracht", "bracht een amendement in"
    r"\bindien(?:de|den)\b|\bingebracht\b|"
    r"\bbr(?:acht|achten)\b[^.;]{0,40}?\b(?:motie|amendement)\b[^.;]{0,120}?\bin\b|"
    r"\bk(?:wam|wamen|omt|omen)\b[^.;]{0,40}?\bmet\s+(?:een|de|het)\s+(?:motie|amendement)\b|"
    # "Er kwam prompt een motie die ...", "De discussie leidde tot een motie van het CDA om ..."
    r"\bkwam(?:en)?\s+(?:er\s+)?(?:\w+\s+)?een\s+(?:motie|amendement)\b|"
    r"\bleidde\s+tot\s+een\s+(?:motie|amendement)\b|"
    # minutes: "Van de fracties X en Y is een motie ... ontvangen over ...", "Aan de orde is motie
    # 1", "Dan is aan de orde de motie X", "Bij agendapunt 7 staat de motie ... van X aan de orde"
    r"\b(?:is|zijn|werd|werden)\s+(?:er\s+)?(?:een|de|het|\w+)\s+(?:motie|amendement)\b[^.;]{0,80}?"
    r"\bontvangen\b|"
    r"\baan\s+de\s+orde\s+(?:is|zijn|komt|komen|kwam|kwamen)\s+(?:nu\s+)?(?:de\s+|het\s+)?"
    r"(?:motie|amendement)\b|"
    r"\b(?:is|zijn|komt|komen|kwam|kwamen)\s+(?:dan\s+|nu\s+)?aan\s+de\s+orde\s+(?:de|het)\s+"
    r"(?:motie|amendement)\b|"
    r"\bsta(?:at|an)\s+(?:de|het|een)\s+(?:motie|amendement)\b[^.;]{0,120}?\baan\s+de\s+orde\b|"
    # "In een andere motie vroeg de SP om ...", "verzochten we via een motie om ..."
    r"\bin\s+(?:een|hun|zijn|haar)\s+(?:andere\s+|tweede\s+|eigen\s+)?(?:motie|amendement)\s+"
    r"(?:vroeg|vroegen|verzocht|verzochten|riep|riepen|pleitte|pleitten)\b|"
    r"\b(?:vroeg|vroegen|verzocht|verzochten|riep|riepen)\b[^.;]{0,40}?\b(?:via|middels|met)\s+een\s+"
    r"(?:motie|amendement)\b|"
    # "Met een amendement verzochten D66 en VVD om ...", "Via een motie vroeg GroenLinks om ..."
    r"\b(?:via|middels|met)\s+een\s+(?:motie|amendement)\s+(?:vroeg|vroegen|verzocht|verzochten|"
    r"riep|riepen|pleitte|pleitten)\b|"
    # "VVD en CDA stelden in hun motie X voor om ...": proposed
    r"\bst(?:elde|elden|elt|ellen)\s+(?:\w+\s+){0,4}?in\s+(?:hun|zijn|haar|een|de)\s+(?:motie|amendement)\b"
    r"[^.;]{0,200}?\bvoor\b|"
    # "Het college nam een motie over de locatie X over": taken over, not voted on
    r"\bn(?:a|e)m(?:en|t)?\b[^.;]{0,60}?\bmotie\b[^.;]{0,200}\bover\s*[.;]?\s*$",
    re.I,
)
# Words that say the sentence is about motions in general or ones to come, not one voted on.
_NOT_ONE = re.compile(
    r"\bmoties\b|\bmotiemarkt\b|\bzal\b|\bzullen\b|\bgaat\b[^.;]{0,30}\bindienen\b|\bwil\b|"
    r"\bwillen\b|\bkomt met\b|\bkomen met\b",
    re.I,
)


# A line that is only an outcome, under the motion it is about: "Aangenomen", "Uitslag:
# verworpen (9-12)", "Stemming: 15 voor, 4 tegen".
_BARE_OUTCOME = re.compile(
    r"^\s*(?:(?:uitslag|stemming|besluit|resultaat|status)\s*:?\s*)?(?:"
    + UNANIMOUS
    + r"\s+)?(?:aangenomen|verworpen|ingetrokken|aangehouden|\d{1,2}\s*(?:voor|-|–))",
    re.I,
)


def mentions(
    sentence: str, when: FuzzyDate, draft: Draft, following: str = "", item: bool = False
) -> bool:
    """The motions and amendments a sentence (or list line) names with what happened to them,
    each a step dated `when`; True when the sentence told of one. `following` is the next
    sentence: a line that is only an outcome tells it for the motion named above it. A list
    `item` names a motion by its subject alone as one of a list, which the list's reader reads
    with the list's outcome."""
    if not _recordable(when):
        return False
    nouns = list(_NOUN.finditer(sentence))
    if not nouns and _PRONOUN.match(sentence) and (status := outcome_of(sentence)):
        # "Samen met het CDA dienden wij een motie in over X. Deze werd unaniem aangenomen."
        return _tell_last_moved(status, sentence, draft)
    if not nouns:
        return several(sentence, when, draft)
    status = outcome_of(sentence)
    bare = following and _BARE_OUTCOME.match(following) and not _NOUN.search(following)
    # "Het amendement "Zwembad open" vraagt ... . Dit amendement werd raadsbreed ondersteund."
    # "... waarin de raad uitspreekt dat X. De raad neemt deze motie unaniem aan."
    bare = bare or (
        len(nouns) == 1
        and (_THIS_ONE.match(following) is not None or _REFERS_BACK.search(following) is not None)
    )
    said = sentence
    if status is None and bare:
        status = outcome_of(following)
        sentence = f"{sentence} {following}" if status else sentence
    # "Voor deze motie stemmen: PvdA, VVD. GroenLinks stemt tegen.": voted on, the outcome
    # left to the reader (parties, not seats)
    voted = status is None and len(nouns) == 1 and _VOTES_LISTED.match(following) is not None
    ordinal = _BY_ORDINAL.match(sentence) is not None
    # Named by what it is about, nothing said of its fate: only the motions so named are steps
    # ("leest de titel van de motie voor en stelt dat de motie niet spoedeisend is": none).
    subject_only = status is None and not _MOVED.search(sentence) and not voted and not ordinal
    by_subject = (
        [m.span("noun") for pattern in (_BY_SUBJECT, _CENSURE) for m in pattern.finditer(sentence)]
        if subject_only and not item and not _NOT_DEALT_WITH.search(sentence)
        else []
    )
    if subject_only and not by_subject:
        return False
    told = False
    first_new = len(draft.steps)
    ends = [m.start() for m in nouns[1:]] + [len(sentence)]
    before = 0
    for m, end in zip(nouns, ends, strict=True):
        # "Het amendement over A, en de motie over B werden ingediend": each its own part.
        # (whole words only: "verworpen" ends in "en" too)
        part = re.sub(
            r"(?:[\s,]+(?:en|of))?(?:\s+(?:de|het|een))?[\s,]*$", "", sentence[m.end() : end]
        )
        # (its own clause: "Naast deze 3 eigen moties, heeft X ook een motie ingediend")
        clause = max(before, sentence.rfind(",", 0, m.start()) + 1)
        if _NOT_ONE.search(sentence[clause : m.start()] + part[:80]):
            before = end
            continue
        before = end
        if subject_only and m.span() not in by_subject:
            continue
        kind = vocab.step_kind_of_motion_noun(m[0])
        before_steps = len(draft.steps)
        # "hij heeft een motie ingediend": a motion of its own, not the one told last
        fresh = _INDEFINITE.search(sentence, 0, m.start()) is not None
        told = (
            _one(kind, part, status, sentence, when, draft, alone=len(nouns) == 1, fresh=fresh)
            or told
        )
        if voted:
            for step in draft.steps[before_steps:]:
                draft.review[f"steps/{step['id']}"] = (
                    "stemming per fractie, uitkomst niet genoemd: nagaan"
                )
    if sentence != said:  # the outcome from the next sentence: each quoted as it stands (a
        # line between them, such as a site's "Skip to content", is no part of either)
        joined = norm(sentence)
        for step in draft.steps[first_new:]:
            quotes = draft.quotes.get(f"steps/{step['id']}", [])
            quotes[:] = [
                q
                for part in quotes
                for q in ((norm(said), norm(following)) if part == joined else (part,))
            ]
    return told


_MOVED_BY = re.compile(
    r"(?P<who>(?:de|het)\s+[^.;,()]{2,80}?)\s+(?:indiende|indienden|(?:had|heeft|hadden|hebben)\s+"
    r"ingediend|heeft\s+ingebracht)\b",
    re.I,
)
# One motion named by what it is about, which tells it was before the meeting even where the
# sentence says nothing of its fate: "Ook steunde de LPB de motie van GL/PvdA waarin ...",
# "Er was een motie over het weren van bromfietsen", "gesproken over de uitgestelde motie over
# het Westland".
_PARTY = r"[A-Z0-9][\w/&!'’.-]*"
_BY_SUBJECT = re.compile(
    r"\b(?:de|een|hun|onze|zijn|haar)\s+(?:\w+\s+)?(?P<noun>motie|amendement)(?:\s+vreemd(?:\s+aan\s+de\s+orde"
    r"(?:\s+van\s+de\s+(?:dag|vergadering))?)?)?"
    rf"(?:\s+van\s+(?:de\s+)?(?:fracties?\s+)?{_PARTY}(?:\s+{_PARTY})?"
    rf"(?:\s*(?:,|en|&)\s*(?:de\s+|het\s+)?{_PARTY})*)?"
    r"\s*,?\s+(?:over|om|voor|inzake|waarin|met\s+betrekking\s+tot|m\.b\.t\.|ten\s+aanzien\s+van|"
    # ("de motie voor en stelt": the particle of a verb; "een motie over een onderwerp dat niet
    # op de agenda staat" tells what such a motion is)
    r"t\.a\.v\.|ter|tot)\s+(?!een\s+onderwerp\b|en\b)",
    re.I,
)
# The motions of censure, by what they express.
_CENSURES = r"(?:wantrouwen|afkeuring|treurnis)"
# A motion of censure given, got or moved: "Het college kreeg een motie van treurnis",
# "lanceerde Van der Wilt een motie van afkeuring", "Het kwam de wethouder op een motie van
# wantrouwen te staan" (not "een mildere vorm van een motie van wantrouwen": what such a motion
# is; nor "Hij komt met een motie van treurnis": still to come, see `_NOT_ONE`).
_CENSURE = re.compile(
    r"\b(?:kreeg|kregen|krijgt|krijgen|lanceerde|lanceerden|lanceert|diende|dienden|kwam|"
    r"kwamen)\b[^.;]{0,80}?\b(?:een|de)\s+[“\"'‘]?(?P<noun>motie)\s+van\s+"
    rf"{_CENSURES}\b",
    re.I,
)
# What a motion of censure is called: "van wantrouwen", "van afkeuring tegen wethouder Smit"
# (not what the sentence says after it: "... te staan", "... aan de broek").
_CENSURE_NAME = re.compile(
    rf"(?P<what>van\s+{_CENSURES})\b(?:\s+in\b)?"  # ("diende ... in tegen")
    r"(?P<against>\s+(?:tegen|jegens|richting)\s+(?:de\s+|het\s+)?(?:wethouder\s+|burgemeester\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?:van|de|der|den)\s+)*(?-i:[A-Z])[\w'’-]+){0,3}|"
    r"\s+(?:tegen|jegens)\s+(?:de\s+|het\s+)?(?:wethouder|burgemeester|college|raadsleden)\b)?",
    re.I,
)
# "De motie over de kermis kwam niet aan de orde": named, but not before the meeting.
_NOT_DEALT_WITH = re.compile(
    r"\bniet\s+(?:aan\s+de\s+orde|behandeld|besproken|in\s+stemming|ingediend)\b", re.I
)
# A party's page telling its motions one by one: "De tweede motie ging over X", "De derde motie
# is het verzoek om Y" (their fate in a sentence after: "Deze motie werd unaniem aangenomen").
_BY_ORDINAL = re.compile(
    r"^\W*(?:de|het)\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|laatste)\s+(?:motie|amendement)\s+"
    r"(?=(?:had|heeft)\s+betrekking\s+op|ging\s+over|gaat\s+over|betrof|betreft|is\s+het\s+verzoek|"
    r"vroeg|vraagt|riep|roept)",
    re.I,
)
_WHAT_IT_WAS = re.compile(
    r"^\s*(?:(?:had|heeft)\s+betrekking\s+op|ging\s+over|gaat\s+over|betrof|betreft)\s+|"
    r"^\s*is\s+het\s+verzoek\s+(?=om\s)",
    re.I,
)
# "wijzigingsvoorstel" is what some councils call an amendment.
_NOUN = re.compile(r"\b(?:motie|amende?ment|wijzigingsvoorstel)\b", re.I)
# A motion named only by what it asks, in a clause after it: "een amendement, dat voorziet in
# A", "(waarin de SGP vraagt B)", "werd er een motie aangenomen waarbij aandacht wordt gevraagd
# voor C", "heeft de raad een motie aangenomen om D".
_ASKS = re.compile(
    r"^[\s,]*(?:\(\s*)?(?:(?:"
    + UNANIMOUS
    + r"\s+)?(?:aangenomen|verworpen|ingediend|aangehouden)\s+)?"
    r"(?:(?:dat|die|waarin|waarbij|waarmee)\s+(?:[^.;()]{0,60}?\b(?:voorziet\s+in|vraagt(?:\s+om)?|"
    r"(?:wordt\s+)?gevraagd(?:\s+(?:wordt\s+)?(?:om|voor))?|opriep\s+om|oproept\s+om|verzoekt(?:\s+om)?|"
    r"voorstelt(?:\s+om)?|beoogt)\s+)?|(?=om\s)|"
    # "In een andere motie vroeg de SP om ...": who asked, then what
    r"(?:vroeg|vroegen|verzocht|verzochten|riep|riepen|pleitte|pleitten)\s+[^.;,()]{0,40}?(?=\bom\s)|"
    # "de eerste motie: deze hield in dat ..."
    r":\s*(?:deze|die)\s+(?:hield\s+in(?:\s+dat)?|vroeg(?:\s+om)?|riep\s+op(?:\s+om)?)\s+)"
    r"(?P<what>[^.;()]{4,240}?)(?=\s*\)|\s*,|\s+(?:werd|wordt|is|was|kreeg|haalde)\b|\s*$)",
    re.I,
)


# The article before a motion noun that introduces one not told before ("een motie").
_INDEFINITE = re.compile(r"\been\s+(?:(?:eigen|nieuwe|tweede|andere)\s+)?$", re.I)
# What is no name of a motion: the verb's words before it ("ingediend en deze", "in”, zegt
# hij") and a clause's start or a quote's end after it.
_VERB_BEFORE = re.compile(
    r"^(?:(?:in|ingediend|overgenomen|aangenomen|verworpen|ingetrokken|aangehouden|in\s+stemming\s+"
    r"gebracht)\b\s*)+",
    re.I,
)
_CLAUSE_AFTER = re.compile(
    r"\s*[”\"’],.*$|(?:^|\s+)(?:en|maar|dat|die)(?:\s+(?:deze|dit|daarmee|die|dat|hij|zij))?\s*$",
    re.I,
)


# Withdrawing, and the particle that ends the motion's name: "trok zijn amendement over de
# begroting in nadat de wethouder ...".
_WITHDRAWS = re.compile(r"\btr(?:ok|okken|ekt|ekken)\b", re.I)
_PARTICLE_IN = re.compile(r"\s+in(?:\s+(?:nadat|omdat|toen|want|zodat|waarna|na)\b.*)?$", re.I)


def _one(
    kind: str,
    rest: str,
    status: str | None,
    sentence: str,
    when: FuzzyDate,
    draft: Draft,
    alone: bool,
    fresh: bool = False,
) -> bool:
    rest = re.sub(r"(?<=\d)\.(?=\d)", "\x00", rest)  # "50.000 euro" is one name
    # a sentence ends at a stop before a space: "Seyst.nu" is one name
    rest = re.split(r"[.;!?](?=\s|$)", rest, maxsplit=1)[0].replace("\x00", ".")
    # "Het amendement (PvdA en CDA) "Zwembad open"": its movers, then its name.
    rest = re.sub(r"^\s*\([^()]{0,80}\)(?=\s*[‘“\"'])", "", rest)
    # "nam de raad een motie aan over X": the particle of the verb, not the motion's name
    rest = re.sub(r"^\s*aan\b(?=\s+(?:over|om|inzake|voor|met|die|dat|waarin)\b)", "", rest)
    rest = re.sub(r"(?<=\w)\s+over\s*$", "", rest)  # "nam een motie over X over"
    if _BY_ORDINAL.match(sentence) and (about := _WHAT_IT_WAS.match(rest)):
        # "De tweede motie ging over een inrichtingsplan": what it was about names it
        said = rest[about.end() :]
        rest = said if said.lstrip().startswith("om ") else f"over {said}"
    asks = _ASKS.match(rest)
    if asks is not None and len(asks["what"].split()) >= 2:
        what = re.sub(r"^om\s+", "", norm(asks["what"]))  # "om de OZB niet te verhogen"
        title = f"{kind.capitalize()}: {' '.join(what.split()[:14])}"
        # "de motie die de Seniorenpartij over dit onderwerp indiende": who moved it, not what
        # it asks
        if mover := _MOVED_BY.match(what):
            title = f"{kind.capitalize()} van {mover['who']}"
        return _named(draft, kind, when, title, status, sentence, alone)
    if _UNNAMED.match(rest):
        return _tell_last(kind, status, sentence, draft)
    told = _TOLD.search(rest)
    name = rest[: told.start()] if told else rest
    name = norm(re.sub(r"\s*\(([^)]*)$", "", name)).lstrip(", ")  # no half a parenthesis
    # "diende een motie (mede namens ...) in over X": the name is what follows the particle.
    if _MOVED.search(sentence):  # "diende een motie van treurnis in": "in" is the verb's
        name = re.sub(r"^(?:\([^)]*\)\s*)?in\b\s*|\s+in$", "", name)
        name = re.sub(
            r"\s+(?:aangekondigd|ingediend|ontvangen)\b", "", name
        )  # "... aangekondigd over X"
        # "staat de motie ... van X aan de orde": the verb's words are no part of the name
        name = re.sub(r"\s+aan\s+de\s+orde$", "", name)
        name = re.sub(
            r"^(?:indiende|indienden|ingebracht|ontvangen)\b\s*", "", name
        )  # "een motie indiende over X"
        # "stelden in hun motie X voor om ...": the verb's particle ends the name
        if re.search(r"\bst(?:elde|elden|elt|ellen)\b", sentence, re.I):
            name = re.split(r"\s+voor\b", name, maxsplit=1)[0]
    # "nam een motie van het CDA aan over X": the verb's particle is no part of the name.
    name = re.sub(r"^((?:van|door)\s+(?:de|het)?\s*\S+)\s+aan\b", r"\1", name)
    # "trok haar motie over X in (nadat ...)": the particle of the verb and what follows it
    if _WITHDRAWS.search(sentence):
        name = _PARTICLE_IN.sub("", name)
    name = _CLAUSE_AFTER.sub("", _VERB_BEFORE.sub("", name)).strip()
    if censure := _CENSURE_NAME.match(name):  # "van treurnis, omdat ...": named by what it is
        name = censure["what"] + (censure["against"] or "")
    words = name.split()
    if len(words) < 2 and not re.match(r"^[‘'\"“]\w", name):  # "Motie 'Groen'" is named
        if fresh and status is not None:  # "Hij diende een motie in en deze werd aangenomen"
            title = f"{kind.capitalize()} {when.display('long')}"
            return _named(draft, kind, when, title, status, sentence, alone)
        return _tell_last(kind, status, sentence, draft)
    # "de motie 'Zwemles voor elk kind' van de ChristenUnie": the name in quotes is its title.
    quoted = prose.name_of(kind, f"{kind} {rest}")
    title = (quoted or f"{kind.capitalize()} {' '.join(words[:16])}").rstrip(" ,;:-–|")
    return _named(draft, kind, when, title, status, sentence, alone)


def _named(
    draft: Draft,
    kind: str,
    when: FuzzyDate,
    title: str,
    status: str | None,
    sentence: str,
    alone: bool,
) -> bool:
    """A motion the sentence names, unless it is a step already; with the kind of motion its
    words say (treurnis, ...)."""
    if not _known(draft, kind, title, sentence if alone else None):
        step = _add(draft, kind, when, title, status or "ingediend", norm(sentence))
        if kind == "motie" and (motion_kind := vocab.motion_kind_of(sentence)):
            step["motion_kind"] = motion_kind
    return True


def _known(draft: Draft, kind: str, title: str, sentence: str | None) -> bool:
    """Already a step: the same title, or (for a sentence naming one motion) a step resting on
    this very sentence."""
    if _titled(draft, kind, title) is not None:
        return True
    said = norm(sentence) if sentence is not None else None
    return said is not None and any(
        step["kind"] == kind and said in draft.quotes.get(f"steps/{step['id']}", [])
        for step in draft.steps
    )


def _titled(draft: Draft, kind: str, title: str) -> dict[str, Any] | None:
    """The step of this kind with this title, if there is one."""
    return next(
        (s for s in draft.steps if s["kind"] == kind and s["title"].lower() == title.lower()),
        None,
    )


# The next sentence about the motion or amendment just named: "Dit amendement werd ...".
_REFERS_BACK = re.compile(
    r"\b(?:neemt|nam|namen|nemen|verwierp|verwerpt|steunde|steunden|steunt)\s+(?:\w+\s+)?"
    r"(?:deze|die|dit|dat)\s+(?:motie|amende?ment)\b",
    re.I,
)
_VOTES_LISTED = re.compile(
    r"^\s*(?:voor|tegen)\s+(?:deze|die|dit|dat|de|het)\s+(?:motie|amende?ment)\s+(?:stemmen|stemden|"
    r"stemde|stemt)\b",
    re.I,
)
_THIS_ONE = re.compile(r"^\s*(?:deze|dit|die|dat)\s+(?:motie|amende?ment)\b", re.I)
# A sentence about the motion or amendment just named, by a pronoun.
_PRONOUN = re.compile(
    r"^\s*(?:deze|die|dit|dat|hij|zij)\b[^.;]{0,40}?\b(?:werd|is|was|kreeg|haalde)\b", re.I
)


def _tell_last_moved(status: str, sentence: str, draft: Draft) -> bool:
    """The outcome of the motion or amendment named just before as only submitted."""
    last = draft.steps[-1] if draft.steps else None
    if (
        last is None
        or last["kind"] not in ("motie", "amendement")
        or last.get("status") != "ingediend"
    ):
        return False
    last["status"] = status
    draft.quotes.setdefault(f"steps/{last['id']}", []).append(norm(sentence))
    return True


def _tell_last(kind: str, status: str | None, sentence: str, draft: Draft) -> bool:
    """ "De motie werd aangenomen": the outcome of the motion named last."""
    last = next((s for s in reversed(draft.steps) if s["kind"] == kind), None)
    if last is None or status is None:
        return False
    if last.get("status") in (None, "ingediend"):
        last["status"] = status
        draft.quotes.setdefault(f"steps/{last['id']}", []).append(norm(sentence))
    return True


_COUNT = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8}
# "Drie door D66 en PvdA ingediende amendementen (...) op het gebied van A, B en C werden
# aangenomen": as many motions as the number says, one per topic named.
# "Drie door D66 ingediende amendementen": motions counted
_COUNTED_NOUNS = (
    rf"\b(?P<n>{'|'.join(_COUNT)}|\d)\s+(?:[^.;]{{0,60}}?\s)?(?P<noun>moties|amendementen)\b"
)
_SEVERAL = re.compile(
    _COUNTED_NOUNS
    + r"(?:\s*\([^)]{0,80}\))?,?\s+(?:op het gebied van|over|inzake|voor|met betrekking tot|"
    r"betrekking hebbend op)\s+"
    r"(?P<topics>[^.;()]{3,200}?),?\s+(?=werden|zijn|waren|werd|kregen|haalden|konden)",
    re.I,
)


# "blij met de aangenomen amendementen Flexwonen (...) en Reserves (...) en de moties voor A,
# B en C": the motions a party names with the outcome they share, each a step.
_LISTED_PLURAL = re.compile(
    r"\b(?:de|onze|hun|alle)\s+(?P<status>aangenomen|verworpen)\s+(?P<noun>moties|amendementen)\s+"
    r"(?P<topics>[^.;]{3,300}?)(?=\s+en\s+(?:de|onze|hun)\s+(?:moties|amendementen)\b|[.;!]|$)"
    r"(?:\s+en\s+(?:de|onze|hun)\s+(?P<noun2>moties|amendementen)\s+(?P<topics2>[^.;]{3,300}?)(?=[.;!]|$))?",
    re.I,
)


def _shared_outcome(sentence: str, when: FuzzyDate, draft: Draft) -> bool:
    m = _LISTED_PLURAL.search(sentence)
    if m is None:
        return False
    status = m["status"].lower()
    told = False
    for noun, topics in ((m["noun"], m["topics"]), (m["noun2"], m["topics2"])):
        if not noun:
            continue
        kind = vocab.step_kind_of_motion_noun(noun)
        bare = re.sub(
            r"\s+\([^()]{0,120}\)(?=[\s,]|$)", "", topics
        )  # "Flexwonen (actief zoeken naar ...)"
        names = prose.enumerated_names(bare)
        if len(names) == 1 and re.fullmatch(
            r"(?-i:[A-Z])\S*(?:\s+\S+)*?\s+en\s+(?-i:[A-Z]).*", names[0]
        ):
            names = names[0].split(" en ", 1)  # "Flexwonen en Reserves": two names
        for name in names:
            title = f"{kind.capitalize()} {name}"
            if len(name.split()) < 1 or _known(draft, kind, title, None):
                continue
            quote = norm(name) if norm(name) in norm(sentence) else norm(sentence)
            _add(draft, kind, when, title, status, quote)
            told = True
    return told


# Motions named by the topics they share a fate with, listed: "De ingediende moties over
# bijzondere bijstand, starters en gezondheid werden allemaal aangenomen", "Er waren diverse
# moties ingediend over A, B en C", "Amendementen van D66, GroenLinks en VOLG zijn aangenomen".
_TOPICS = re.compile(
    r"\b(?P<noun>moties|amendementen)\s+(?:\([^()]{0,80}\)\s+)?(?:(?:ingediend|aangenomen|verworpen)\s+)?"
    r"(?P<prep>over|inzake|met\s+betrekking\s+tot|m\.b\.t\.|betreffende|van)\s+"
    r"(?P<topics>[^.;:()]{3,300}?,[^.;:()]{1,300}?\s+en\s+[^.;:()]{2,120}?)"
    r"(?=\s+(?:werden|werd|zijn|waren|kregen|haalden|konden)\b|\s*[.;]|\s*$)",
    re.I,
)


def _topics(sentence: str, when: FuzzyDate, draft: Draft) -> bool:
    m = _TOPICS.search(sentence)
    if m is None or _INTRO.search(sentence):
        return False
    status = outcome_of(sentence) or ("ingediend" if _MOVED.search(sentence) else None)
    if status is None:
        return False
    kind = vocab.step_kind_of_motion_noun(m["noun"])
    prep = " ".join(m["prep"].lower().split())
    for topic in prose.enumerated_names(m["topics"]):
        topic = re.sub(r"^(?:en|de|het)\s+(?=\S)", "", topic.strip(" ,")) or topic
        title = f"{kind.capitalize()} {prep} {topic}"
        if len(topic) >= 2:
            _add_new(draft, kind, when, title, status, norm(sentence))
    return True


# "twee amendementen van de ChristenUnie", counted, then told one by one by their ordinals
_COUNTED = re.compile(_COUNTED_NOUNS, re.I)
_ORDINAL = re.compile(
    r"\b(?:het|de)\s+(?:eerste|tweede|derde|vierde|vijfde|laatste)\b\s*,?\s*(?:(?:over|om|inzake|van)\s+)?"
    r"(?P<what>[^,;.]{3,120}?)\s*,?\s+(?P<told>(?:werd|is|kreeg|haalde|sneuvelde|strandde)\b[^;.]{0,80})",
    re.I,
)


def _ordinals(sentence: str, when: FuzzyDate, draft: Draft) -> bool:
    """ "Het eerste, over X, werd aangenomen; het tweede, over Y, verworpen": each a step of the
    kind the sentence before counted."""
    kind, draft.counted = draft.counted, None
    if (counted := _COUNTED.search(sentence)) is not None and outcome_of(sentence) is None:
        draft.counted = vocab.step_kind_of_motion_noun(counted["noun"])
        return False
    if kind is None:
        return False
    told = False
    for m in _ORDINAL.finditer(sentence):
        status = outcome_of(m["told"])
        title = f"{kind.capitalize()} over {norm(m['what'])}"
        if status is not None and _add_new(draft, kind, when, title, status, norm(m[0])):
            told = True
    return told


# "moties om A, om B en om C", "amendementen over A en over B": each named by its aim, the
# word that introduces it said again before each.
_AIMS = re.compile(
    r"\b(?P<noun>moties|amendementen)\s+(?P<prep>om|over)\s+(?P<aims>[^.;:!?]{3,400})", re.I
)


def _aims(sentence: str, when: FuzzyDate, draft: Draft) -> bool:
    m = _AIMS.search(sentence)
    if m is None or (status := outcome_of(sentence)) is None:
        return False
    prep = m["prep"].lower()
    aims = re.split(rf"(?:,\s+(?:en\s+)?|\s+en\s+){prep}\s+", m["aims"], flags=re.I)
    if len(aims) < 2:
        return False
    kind = vocab.step_kind_of_motion_noun(m["noun"])
    for aim in aims:
        aim = re.sub(r"[\s,]+$", "", aim)
        title = f"{kind.capitalize()} {prep} {aim}"
        _add_new(draft, kind, when, title, status, norm(sentence))
    return True


def several(sentence: str, when: FuzzyDate, draft: Draft) -> bool:
    """Motions counted and named by topic in one sentence, each a step."""
    if _ordinals(sentence, when, draft) or _aims(sentence, when, draft):
        return True
    m = _SEVERAL.search(sentence)
    status = outcome_of(sentence)
    if m is None:
        return (
            _shared_outcome(sentence, when, draft)
            or _topics(sentence, when, draft)
            or _counted_together(sentence, when, draft)
        )
    if status is None:
        return False
    topics = prose.enumerated_names(m["topics"])
    count = _COUNT.get(m["n"].lower()) or int(m["n"])
    if len(topics) == count - 1 and " en " in topics[-1]:
        # "twee moties over jeugdzorg en sociale woningbouw": the count says "en" joins two
        topics = [*topics[:-1], *topics[-1].rsplit(" en ", 1)]
    if len(topics) != count:
        # the count and the names disagree: not separate motions, but the ones counted
        return _counted_together(sentence, when, draft)
    kind = vocab.step_kind_of_motion_noun(m["noun"])
    for topic in topics:
        title = f"{kind.capitalize()} over {topic}"
        _add_new(draft, kind, when, title, status, norm(sentence))
    return True


# "Helaas hebben twee moties en twee amendementen het niet gehaald", "De drie ingediende moties
# over de spreidingswet werden weggestemd": motions counted, not named, that shared a fate. One
# step for each count (a reader cannot tell them apart), its title the count and its topic.
_COUNTED_TOGETHER = re.compile(
    # (not "Van de zeven ingediende moties zijn er vijf ...", nor "de andere drie moties": a
    # count of more than shared the fate, or of the rest of those told one by one)
    # ("een tweetal moties", "6 moties", "zeven unaniem aangenomen moties": counted all the same)
    rf"(?<!\bvan de )(?<!\bandere )(?<!\boverige )\b(?P<n>{'|'.join(_COUNT)}|[2-9]|(?:twee|drie|vier|vijf)tal)\s+"
    r"(?:(?:ingediende|eigen|unaniem|aangenomen|verworpen)\s+){0,2}"
    r"(?P<noun>moties|amendementen)\b(?P<about>\s+(?:over|inzake|om)\s+[^.;:,()]{3,80}?)?"
    r"(?=\s+(?:en|het|door|werden|zijn|waren|kregen|haalden|hebben|hadden|konden|strandden|"
    r"sneuvelden|aangenomen|verworpen|ingetrokken|aangehouden|unaniem|allemaal|met)\b|\s*[,.;]|$)",
    re.I,
)


def _counted_together(sentence: str, when: FuzzyDate, draft: Draft) -> bool:
    if (status := outcome_of(sentence)) is None or _INTRO.search(sentence):
        return False
    told = False
    for m in _COUNTED_TOGETHER.finditer(sentence):
        if re.search(r"\bvan\s+de\b[^.;:]{0,50}$", sentence[: m.start()], re.I):
            continue  # "Van de 14 ingediende moties en twee amendementen kregen er drie steun"
        kind = vocab.step_kind_of_motion_noun(m["noun"])
        title = f"{m['n'][:1].upper()}{m['n'][1:]} {m['noun'].lower()} {norm(m['about'] or '')}".rstrip()
        if step := _add_new(draft, kind, when, title, status, norm(sentence)):
            draft.grouped[step["id"]] = _count(m["n"])
            told = True
    return told


def _count(word: str) -> int:
    """How many a count says: "drie", "3", "drietal"."""
    word = word.lower().removesuffix("tal")
    return int(word) if word.isdigit() else _COUNT[word]


def drop_grouped_told_one_by_one(draft: Draft) -> None:
    """A count ("Twee moties werden aangenomen") that the text also tells one by one is a
    summary of those: the ones named are the steps."""
    for step_id, count in draft.grouped.items():
        step = next((s for s in draft.steps if s["id"] == step_id), None)
        if step is None:
            continue
        named = sum(
            1
            for s in draft.steps
            if s["kind"] == step["kind"]
            and s["id"] not in draft.grouped
            and s.get("status") == step["status"]
        )
        if named >= min(count, 2):
            draft.steps.remove(step)
            draft.quotes.pop(f"steps/{step_id}", None)
            draft.review.pop(f"steps/{step_id}", None)


# A list of motions under a heading that names them ("Moties", "Amendementen", "Aangenomen
# moties"), the outcome said by the heading, by a line just before it ("De volgende moties en
# amendementen zijn aangenomen.") or by the item itself.
_SECTION = re.compile(
    r"^\s*(?:(?P<status>aangenomen|verworpen|ingetrokken|aangehouden)\s+|ingediende\s+)?"
    r"(?P<noun>moties|amendementen)(?:\s+en\s+(?:moties|amendementen))?\s*:?\s*$",
    re.I,
)
_LEAD = re.compile(
    r"\bde volgende (?:(?P<status>aangenomen|verworpen)\s+)?(?P<noun>moties|amendementen)\b"
    r"(?:\s+en\s+(?:moties|amendementen))?[^.;:]{0,60}:\s*$",
    re.I,
)
_INTRO = re.compile(r"\bvolgende\b[^.;:]{0,40}\b(?:moties|amendementen)\b", re.I)
# An item that says who moved it and nothing of a vote: moved, not (yet) voted on.
_SUBMITTED = re.compile(r"\bingediend\s+door\b", re.I)
# "Drie moties kregen de meerderheid van de stemmen.", "GroenLinks heeft twee moties
# ingetrokken:" right above as many items: each item is one of them, with that outcome.
_COUNTED_LEAD = re.compile(
    # (no status of its own, `(?P<status>)` empty: the outcome is the line's, read in full)
    rf"\b(?P<count>{'|'.join(_COUNT)}|[2-8])\s+(?P<noun>moties|amendementen)\b(?P<status>)"
    r"[^.;:]{0,120}[.:]?\s*$",
    re.I,
)


def _items_below(blocks: list[Block], i: int) -> int:
    """How many list items follow block `i` before anything else."""
    n = 0
    for later in blocks[i + 1 :]:
        if later.kind != "item":
            break
        n += 1
    return n


def listed(doc: Document, when: FuzzyDate | None, draft: Draft) -> None:
    """Each bulleted or numbered item under a heading that names motions, when an outcome is
    said for it."""
    if when is not None and not _recordable(when):
        return
    blocks = doc.blocks
    last_said = {x.block: x.text for x in doc.sentences}  # each block's last sentence
    for i, block in enumerate(blocks):
        text = norm(block.text)
        # a heading, or a line of its own that ends in a colon ("Ingediende moties:")
        alone = block.kind == "heading" or (len(block.lines) == 1 and text.endswith(":"))
        section = _SECTION.match(text) if alone else None
        on = when
        if section is None:
            section = _LEAD.search(text)  # "... heeft de volgende amendementen ingediend:"
            if section is not None:
                # "tijdens de Algemene Beschouwingen 2020 ... de volgende amendementen": its date
                named = [m.value for m in dates.find(text, None) if not m.inferred]
                year = re.findall(r"\b(?:19|20)\d\d\b", text)
                if not named and year:
                    named = [FuzzyDate(int(year[-1]))]  # "de Algemene Beschouwingen 2020"
                on = named[-1] if named else when
        lead = ""  # the line that counts the motions below it, when it is that line
        last = last_said.get(i, "")
        if section is None and last and outcome_of(last):
            section = _COUNTED_LEAD.search(last)
            if section is not None and _items_below(blocks, i) != _count(section["count"]):
                section = None
            elif section is not None:
                lead = norm(last)
                named = [m.value for m in dates.find(last, None) if m.day and not m.inferred]
                on = named[-1] if named else when
        if section is None or (on is not None and not _recordable(on)):
            continue
        # "De volgende moties zijn aangehouden:": the lead's own words say the outcome
        said = section["status"] or lead or (text if section.re is _LEAD else "")
        for earlier in reversed(blocks[max(0, i - 4) : i]):
            if _INTRO.search(earlier.text) and outcome_of(earlier.text):
                said = f"{said} {norm(earlier.text)}"
                break
        kind = vocab.step_kind_of_motion_noun(section["noun"])
        first = i + 1
        # "Moties", then "Er zijn diverse moties aangenomen." over the list: the outcome of each
        intro = blocks[first] if first < len(blocks) and alone else None
        if (
            intro is not None
            and intro.kind == "para"
            and len(intro.text) < 300
            and re.search(r"\b(?:moties?|amende?menten?)\b", intro.text, re.I)
            and outcome_of(intro.text)
        ):
            said, first = f"{said} {norm(intro.text)}", first + 1
        for later in blocks[first : i + 40]:
            if later.kind != "item":
                break
            line = re.sub(r"^(?:[-–•·*▪]|\d{1,2}[.)])\s*", "", norm(later.text))
            # "12-11-2020: Jeugdlintje. Resultaat: aangenomen.": a register's line, its own day
            this_day = on
            if (dated := _DATED_LINE.match(line)) and (day := dates.first_day(dated["day"])):
                this_day, line = day, line[dated.end() :]
            if this_day is None or not _recordable(this_day):
                continue
            status = outcome_of(line) or outcome_of(said)
            if status is None and _SUBMITTED.search(line):
                status = "ingediend"  # "- Goede Buren. Ingediend door de fracties van ..."
            if status is None or len(line.split()) < 2:
                continue
            if _NOUN.match(line) and outcome_of(line) is not None:
                continue  # an item naming its own motion and outcome is read as a sentence
            # "• Motie Speelruimte voor iedereen (CDA)" under "Aangenomen moties": its name
            line = re.sub(r"^(?:de\s+)?(?:motie|amende?ment)\s+", "", line, flags=re.I)
            # "De motie Youmee (of een soortgelijke app). Dit is een app ...": its first sentence
            line = re.split(r"(?<=[a-z)’'\"])\.\s+(?=[A-Z])", line, maxsplit=1)[0]
            # "MAG subsidies (Motie) (3 voor – tegen 30)": the item says its own kind.
            own = re.search(r"\((motie|amendement)\)", line, re.I)
            this = own[1].lower() if own else kind
            name = re.sub(r"\s*\((?:motie|amendement)\)", "", line, flags=re.I)
            name = re.split(
                r"\s*\(\s*\d|\.?\s*\b(?:resultaat|uitslag|stemming|status)\s*:|" + _TOLD.pattern,
                name,
                maxsplit=1,
                flags=re.I,
            )[0]
            # "- Motie 'Roze Zorg' ingediend door ...": named by its name in quotes, as the
            # sentence that told of it above named it: the same motion, not another
            title = (
                prose.name_of(this, f"{this} {line}") or f"{this.capitalize()} {name.strip(' :–-')}"
            )
            known = _titled(draft, this, title)
            if known is None:
                _add(draft, this, this_day, title, status, norm(later.text))
            elif known.get("status") == "ingediend" and status != "ingediend":
                # told as moved above ("Motie 'Roze Zorg' ingediend door ..."), its fate here
                known["status"] = status
                draft.quotes.setdefault(f"steps/{known['id']}", []).append(norm(later.text))


_DATED_LINE = re.compile(
    r"^(?P<day>[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d\d|[0-3]?\d\s+[a-z]+\s+(?:19|20)\d\d)\s*:\s*",
    re.I,
)


# A page of motion texts, each under its label: "Motie: Koers vasthouden", then "Datum: 9
# november 2020", "Aangenomen:", "Verzoekt het college om: ...".
_LABELLED = re.compile(r"^\s*(?P<noun>motie|amendement)\s*:\s*(?P<title>\S[^\n]{2,160}?)\s*$", re.I)
_DATE_FIELD = re.compile(
    r"^\s*(?:datum|vergaderdatum|raadsvergadering)\s*:\s*(?P<day>[^\n]{6,40})$", re.I
)
_OUTCOME_FIELD = re.compile(
    r"^\s*(?:(?:status|resultaat|uitslag|besluit)\s*:\s*)?(?P<said>(?:niet\s+)?(?:aangenomen|verworpen|"
    r"ingetrokken|aangehouden|overgenomen))\b[^\n]{0,40}$",
    re.I,
)
# What a motion's own text says (its body follows its label).
_ITS_TEXT = re.compile(
    r"\b(?:verzoekt|draagt|roept)\b[^\n]{0,40}\b(?:college|burgemeester)\b|\b(?:overwegende|"
    r"constaterende|stelt vast)\b|\bgaat over tot de orde van de dag\b|^\s*besluit\s*:",
    re.I | re.M,
)


def labelled(doc: Document, when: FuzzyDate | None, draft: Draft) -> None:
    """Each motion of a page of motion texts: its label's title, the day its "Datum" field
    gives (else the page's), the outcome a field says (else ingediend). Only where its own text
    follows (a label over a motion's considerations and request), not a line naming one."""
    lines = doc.lines
    labels = [(i, m) for i, line in enumerate(lines) if (m := _LABELLED.match(line))]
    if not labels:
        return
    ends = [i for i, _ in labels[1:]] + [len(lines)]
    for (i, m), end in zip(labels, ends, strict=True):
        body = lines[i + 1 : end]
        if not _ITS_TEXT.search("\n".join(body)):
            continue
        kind = vocab.step_kind_of_motion_noun(m["noun"])
        day = when
        for line in body[:8]:
            if (field := _DATE_FIELD.match(line)) and (found := dates.first_day(field["day"])):
                day = found
                break
        if day is None or not _recordable(day):
            continue
        said = next((f["said"] for line in body[:10] if (f := _OUTCOME_FIELD.match(line))), "")
        status = outcome_of(said) or "ingediend"
        title = f"{kind.capitalize()} {m['title'].strip(' :')}"
        read = next(
            (
                s
                for s in draft.steps
                if s["kind"] == kind and s["title"].lower() in (kind, title.lower())
            ),
            None,
        )
        if read is not None:
            # the motion the page is, read by its layout: named by its label, its outcome the
            # field's where the layout found none
            if read["title"].lower() == kind:
                read["title"] = title
                draft.quotes.setdefault(f"steps/{read['id']}", []).append(norm(lines[i]))
            if read.get("status") == "ingediend":
                read["status"] = status
        else:
            _add_new(draft, kind, day, title, status, norm(lines[i]))


# A RIS meeting page's table of motions: "Amendementen" over "Nummer", then one line a motion,
# its number first ("A2023-013 Financiering noodopvang aan de voorkant", "M12 Gratis zwemles").
_CODED = re.compile(
    r"^\s*(?P<code>(?-i:[AM])\s?\d{1,4}(?:[-./]\d{1,4})?[a-z]?)\s+[-–:]?\s*(?P<title>\S[^\n]{3,200})$",
    re.I,
)
_COLUMN = re.compile(
    r"^\s*(?:nummer|nr\.?|titel|onderwerp|indiener\(?s?\)?|status|uitslag|stemming)\s*$", re.I
)


def coded(doc: Document, when: FuzzyDate | None, draft: Draft) -> None:
    """Each numbered line of a table of motions or amendments under its heading."""
    if when is None or not _recordable(when):
        return
    kind: str | None = None
    for line in doc.lines:
        text = norm(line)
        if not text or _COLUMN.match(text):
            continue
        if section := _SECTION.match(text):
            kind = vocab.step_kind_of_motion_noun(section["noun"])
            continue
        m = _CODED.match(text)
        if kind is None or m is None:
            kind = None  # the table has ended
            continue
        title = f"{kind.capitalize()} {m['code']} {m['title']}"
        _add_new(draft, kind, when, title, outcome_of(m["title"]) or "ingediend", text)


def _add(
    draft: Draft, kind: str, when: FuzzyDate, title: str, status: str, quote: str
) -> dict[str, Any]:
    """A motion step with a fresh id and the fragment it rests on."""
    step: dict[str, Any] = {
        "id": draft.new_id("steps", f"{vocab.id_prefix(kind)}-{when.iso()}"),
        "kind": kind,
        "date": when.iso(),
        "title": " ".join(title.split()[:17])[:160],
        "status": status,
    }
    draft.steps.append(step)
    draft.quotes.setdefault(f"steps/{step['id']}", []).append(quote)
    return step


def _add_new(
    draft: Draft, kind: str, when: FuzzyDate, title: str, status: str, quote: str
) -> dict[str, Any] | None:
    """A motion step, unless one of that kind and title is a step already."""
    if _known(draft, kind, title, None):
        return None
    return _add(draft, kind, when, title, status, quote)


def _recordable(when: FuzzyDate) -> bool:
    """A date the format takes (a `--doc-date` far in the future is not one)."""
    try:
        FuzzyDate.parse(when.iso())
    except FuzzyDateError:
        return False
    return True


# A motion put on the meeting's own agenda, named in the decision that puts it there: "De raad
# besluit de motie vreemd aan de orde van de dag van X (Missie & visie FUMO) te agenderen als
# agendapunt 13a", "de motie van de PvdD over een niet geagendeerd onderwerp inzake wildopvang
# als punt 9.9.3 op te nemen", "als agendapunt 15b wordt de motie vreemd 'Ballonnen' toegevoegd".
_OFF_AGENDA = re.compile(
    r"\bmoties?\b[^.;]{0,60}?\b(?:vreemd(?:\s+aan\s+de\s+(?:orde|agenda)(?:\s+van\s+de\s+dag)?)?|"
    r"over\s+een\s+niet[\s-]geagendeerd\s+onderwerp)\b",
    re.I,
)
_PUT_ON = re.compile(
    r"\b(?:agender\w*|geagendeerd|toe\s+te\s+voegen|toegevoegd|op\s+te\s+nemen|opgenomen|"
    r"behandeld|ingediend|in\s+te\s+dienen|indienen|aangekondigd)\b",
    re.I,
)
_ONE_MENTION = re.compile(r"\b(?:de|een|twee|drie|vier)\s+moties?\b", re.I)
_AGENDA_NAME = re.compile(
    r"\((?P<p>[^()]{3,80})\)|[‘'“\"](?P<q>[^’'”\"]{3,80})[’'”\"]|"
    r"\b(?:inzake|te\s+weten)\s+(?P<w>[^.;,()]{3,80}?)(?=\s+(?:als|te|op\s+te|toe|wordt)\b|[.;,]|$)",
    re.I,
)
_AGENDA_ITEM = re.compile(r"\b(?:agenda)?punt\s+(\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)\b", re.I)


def put_on_agenda(doc: Document, when: FuzzyDate | None, draft: Draft) -> None:
    """Each motion a meeting's record says was put on its agenda ("vreemd aan de orde van de
    dag", "over een niet geagendeerd onderwerp"), by the name the sentence gives it: moved at
    this meeting, its fate where the record tells it, else ingediend."""
    if when is None or not _recordable(when):
        return
    for sentence in doc.sentences:
        text = sentence.text
        if not _OFF_AGENDA.search(text) or not _PUT_ON.search(text):
            continue
        said = norm(text)
        if said.endswith(":"):
            continue  # "Twee moties vreemd aan de orde van de dag toe te voegen:": listed below
        motions = [s for s in draft.steps if s["kind"] == "motie"]
        quoted = [q for s in motions for q in draft.quotes.get(f"steps/{s['id']}", [])]
        if any(said in q or (len(q) > 20 and q in said) for q in quoted):
            continue  # read already, as an item or a told motion
        starts = [m.start() for m in _ONE_MENTION.finditer(text)] or [0]
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
            part = text[start:end].split(";", 1)[0]  # (a list of agenda changes: one clause)
            if not _OFF_AGENDA.search(part):
                continue
            names = [next(g for g in m.groups() if g) for m in _AGENDA_NAME.finditer(part)]
            names = [
                n
                for name in names
                if not name.lstrip().startswith("=")  # "(= een motie over ...)": what it means
                for n in re.split(r"\s+en\s+", name)
                if len(n) >= 3
            ]
            if not names:
                item = _AGENDA_ITEM.search(part)
                names = [
                    f"vreemd aan de orde van de dag{f' (agendapunt {item[1]})' if item else ''}"
                ]
            status = outcome_of(part) or "ingediend"
            for name in names[:4]:
                title = f"Motie {norm(name).strip(' .')}"
                if not _known(draft, "motie", title, None):
                    _add(draft, "motie", when, title, status, said)
