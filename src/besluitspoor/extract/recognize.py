"""What a council document says, recognised from its text in stages:

text -> `document.read` (furniture set aside, header fields, blocks, sentences)
     -> `classify.layout_of` (which layout reads it: decision list, motion, report, letter, ...)
     -> `layouts.LAYOUTS[name].read` (the document itself as a step, its list items or entry)
     -> sentence recognisers (dated acts, promises, preconditions) over every sentence
     -> `header` (municipality, profile, start, domain proposed for the dossier)

Every item keeps the verbatim fragment (whitespace-normalised) it rests on; what is a guess is
marked for review (`# nakijken`). Deterministic and offline; time is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from besluitspoor import ids, vocab
from besluitspoor.extract import (
    acts,
    classify,
    dates,
    document,
    header,
    layouts,
    learned,
    motions,
    prose,
)
from besluitspoor.extract.document import Document, norm
from besluitspoor.extract.header import municipality_of
from besluitspoor.extract.layouts.agenda import COLLEGE_DECIDED_BELOW, unnumbered_college_items
from besluitspoor.extract.layouts.news import titled_day
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.outcomes import UNANIMOUS, outcome_of
from besluitspoor.prefilter import Prefiltered

__all__ = ["Draft", "municipality_of", "recognise"]


@dataclass
class Draft:
    doc_type: str
    doc_date: FuzzyDate | None
    steps: list[dict[str, Any]] = field(default_factory=list)
    promises: list[dict[str, Any]] = field(default_factory=list)
    preconditions: list[dict[str, Any]] = field(default_factory=list)
    quotes: dict[str, list[str]] = field(default_factory=dict)
    # What the volunteer must check before importing, per "section/id".
    review: dict[str, str] = field(default_factory=dict)
    municipality: str | None = None
    # Items that are the recorded ones of the dossier drafted against (`--dossier`).
    recorded: set[str] = field(default_factory=set)
    # Every recorded item a drafted one turned out to be ("section/id" -> the drafted wording).
    matched: dict[str, str] = field(default_factory=dict)
    layout: str = "nieuws"
    # The step that is the document itself, when it is one.
    doc_step: str | None = None
    # Proposed dossier header facts (municipality, profile, start, domain, title), each with
    # the fragment it rests on.
    proposals: dict[str, Any] = field(default_factory=dict)
    proposal_quotes: dict[str, str] = field(default_factory=dict)
    # Dates whose year could not be found: (fragment, what to give).
    undated: list[str] = field(default_factory=list)
    # The document names no day: its date is the year it names most (`dates.named_year`).
    year_guessed: bool = False
    taken: set[str] = field(default_factory=set)
    # Preconditions the document says are not met ("Het convenant is nog niet ondertekend").
    unmet: set[str] = field(default_factory=set)
    # News that names no meeting: the latest day the text names, in the two weeks before its
    # own date, in a sentence about the council ("Dat gebeurde woensdagavond 26 juni").
    recent_day: FuzzyDate | None = None
    # For each sentence (by its number in the document), the step its passage is about.
    passages: dict[int, str | None] = field(default_factory=dict)
    # The promise each listed item (a block under "Toezeggingen") became.
    # a listed promise by where it is listed: (block, 0) for an item, (block, sentence) for
    # a table's row (its further sentences belong to it)
    listed_promises: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    # The kind of the motions a sentence counted ("twee amendementen werden behandeld"), for a
    # next one telling each by its ordinal ("Het eerste ... werd aangenomen; het tweede ...").
    counted: str | None = None
    # Steps that stand for several motions counted together (id -> how many).
    grouped: dict[str, int] = field(default_factory=dict)
    _next: dict[tuple[str, str], int] = field(default_factory=dict)
    _ids: dict[str, set[str]] = field(default_factory=dict)
    _kinds: set[tuple[str, str]] = field(default_factory=set)
    _kinds_seen: int = 0
    # The headings decisions of one kind and day were told under (news and reports tell each
    # decision of a meeting under a heading of its own).
    topics: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def dated_kinds(self) -> set[tuple[str, str]]:
        """(kind, date) of the steps so far: one act of a kind per date."""
        for step in self.steps[self._kinds_seen :]:
            self._kinds.add((step["kind"], step["date"]))
        self._kinds_seen = len(self.steps)
        return self._kinds

    def new_id(self, section: str, base: str) -> str:
        """`base`, else `base-2`, `base-3`, ...: unique in its section, in constant time however
        many items share a base (a long document repeats them)."""
        # (an id names a day, never a period's "2021-09/2021-11": the format's ids are
        # lowercase letters, digits and hyphens)
        base = re.sub(r"[^a-z0-9-]+", "-", base.lower()).strip("-") or section.rstrip("s")
        used = self.taken if section == "steps" else self._ids.setdefault(section, set())
        n = self._next.get((section, base), 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        self._next[(section, base)] = n + 1
        used.add(candidate)
        return candidate


_ABOUT_THE_COUNCIL = re.compile(
    r"\b(?:(?:gemeente)?raad|(?:gemeente)?raads\w*|vergader\w*|gebeurde|stemd\w*|moties?|"
    r"amendement(?:en)?|fracties?|coalitie\w*|oppositie\w*)\b",
    re.I,
)


def _college_items_below(doc: Document, draft: Draft, day: str) -> None:
    """A page of news that lists the college's decisions: where prose found none but the line
    that says they follow ("heeft de volgende besluiten genomen"), the decisions are the
    subjects below it, and that line is none of them."""
    college = [s for s in draft.steps if s["kind"] == "collegebesluit"]
    announcing = [
        s
        for s in college
        if all(COLLEGE_DECIDED_BELOW.search(q) for q in draft.quotes.get(f"steps/{s['id']}", []))
    ]
    if len(announcing) < len(college):
        return
    before = len(draft.steps)
    unnumbered_college_items(doc, draft, day)
    if len(draft.steps) > before:
        for step in announcing:
            draft.steps.remove(step)
            draft.quotes.pop(f"steps/{step['id']}", None)
            draft.review.pop(f"steps/{step['id']}", None)


def _recent_day(doc: Document, when: FuzzyDate | None) -> FuzzyDate | None:
    if when is None or when.precision != "day":
        return None
    latest = None
    for sentence in doc.sentences:
        if not _ABOUT_THE_COUNCIL.search(sentence.text):
            continue
        for m in dates.find(sentence.text, when.first):
            day = m.value
            recent = 0 < (when.first - day.first).days <= 14
            if m.day and not m.period and m.role != "bound" and recent:
                latest = day if latest is None or day.first > latest.first else latest
    return latest


def recognise(
    text: str,
    doc_date: date | None = None,
    layout_name: str | None = None,
    readers: learned.Readers | None = None,
) -> Draft:
    """The draft of one document; `layout_name` reads it as that layout instead of the one its
    text names; `readers` are the learned models instead of the shipped ones
    (`learned.PATTERNS_ONLY`: none)."""
    doc = document.read(text)
    layout = layouts.LAYOUTS[layout_name or classify.layout_of(doc)]
    when = layouts.doc_date(doc, layout, doc_date)
    # A text that names no day at all ("Raadsinformatiebrief 2021-01", a college list saved
    # without its heading): dated by the year it names most, each step so dated marked.
    guessed = when is None and (when := dates.named_year(doc.text)) is not None
    draft = Draft(layout.doc_type, when, layout=layout.name, year_guessed=guessed)
    if draft.layout == "nieuws":
        draft.recent_day = _recent_day(doc, when)
    _route(doc, draft)  # first: a register entry's motion is dated by the meeting on its route
    layout.read(doc, draft)
    _sentences(doc, draft, doc_date)
    if draft.layout in ("nieuws", "rib", "brief"):
        listed = prose.verb_led_decisions(doc, draft)
        if draft.layout == "nieuws" and (listed >= 2 or classify.college_decided_below(doc)):
            # "Op 30 april heeft het college de volgende besluiten genomen:" and then each one: a
            # page of news that is the college's list of decisions
            draft.doc_type = "besluitenlijst"
            if when is not None:
                _college_items_below(doc, draft, when.iso())
    motions.labelled(doc, prose.meeting_of(draft) or draft.doc_date, draft)
    if draft.layout == "nieuws":
        prose.announced_agenda(doc, draft)
    if draft.layout in ("nieuws", "raadsvoorstel"):
        _proposals_summarised(doc, draft)
    if not draft.layout.startswith("besluitenlijst"):
        prose.listed_documents(doc, draft)
    if draft.layout in (*_TOLD_MOTIONS, "register", "besluitenlijst-raad"):
        motions.listed(doc, prose.meeting_of(draft) or draft.doc_date, draft)
    if draft.layout in (*_TOLD_MOTIONS, "besluitenlijst-raad"):
        motions.coded(doc, prose.meeting_of(draft) or draft.doc_date, draft)
    if draft.layout in ("verslag", "besluitenlijst-raad"):
        motions.put_on_agenda(doc, prose.meeting_of(draft) or draft.doc_date, draft)
    if draft.layout in ("nieuws", "verslag"):
        prose.listed_decisions(doc, draft)
        prose.outcome_lines(doc, draft)
        prose.anaphoric_outcomes(doc, draft)
        prose.heading_outcomes(doc, draft)
        learned.add_steps(doc, draft, readers)
        prose.implied_meetings(draft)
        prose.meeting_told(doc, draft)
        prose.page_meeting(doc, draft)
    motions.drop_grouped_told_one_by_one(draft)
    _conditions(doc, draft)
    _letter_links(draft)
    header.propose(doc, draft)
    if layout_name is None:  # a layout the user chose names the type
        draft.doc_type = learned.doc_type(doc, draft.layout, draft.doc_type, readers)
    for step in draft.steps:
        step["title"] = acts.tidy(step["title"]) or step["kind"]
        if guessed and when is not None and step["date"] == when.iso():
            draft.review.setdefault(
                f"steps/{step['id']}",
                f"jaar afgeleid uit de jaartallen in de tekst ({step['date']}): nagaan",
            )
    # An item that says only how it was decided ("5. 4.1 — Besluit: Conform besloten") names no
    # decision a reader could follow: no step of its own.
    draft.steps[:] = [
        s
        for s in draft.steps
        if not (
            s["kind"].endswith("besluit")
            and (_OUTCOME_ONLY.match(s["title"]) or _NO_SUBJECT.match(s["title"]))
        )
        or s["id"] == draft.doc_step
    ]
    # Every quote is the text's own words: a fragment joined across a line the reading left out
    # (a site's "Skip to content" between an item and its outcome) is no quote of it.
    written = norm(text)
    for said in draft.quotes.values():
        said[:] = [q for q in said if q in written]
    return draft


# A meeting page summing up what the council is asked: "De raad wordt voorgesteld in te stemmen
# met ...", "De raad wordt gevraagd een krediet beschikbaar te stellen", "Voorgesteld wordt ...".
_COLLEGE_NAME = r"(?:het\s+)?college(?:\s+van\s+(?:b\s?&\s?w|burgemeester\s+en\s+wethouders))?"
_PUT_TO_THE_COUNCIL = re.compile(
    r"^\W*(?:(?:in\s+(?:dit|het|deze)\s+(?:raads)?voorstel\s+wordt\s+)?(?:de|uw)\s+(?:gemeente)?raad\s+"
    r"(?:wordt\s+)?(?:\w+\s+)?(?:voorgesteld|gevraagd)|voorgesteld\s+wordt|"
    # "Het college vraagt de gemeenteraad in het raadsvoorstel 'X' in te stemmen met ..."
    # (the proposal named: "vraagt de raad om geld" alone may be a letter's request)
    rf"{_COLLEGE_NAME}\s+vraagt\s+(?:de|uw)\s+(?:gemeente)?raad\s+in\s+het\s+raadsvoorstel\s+"
    r"[‘'\"“][^’'\"”]{3,120}[’'\"”]\s+(?=\w)|"
    # "Het college stelt de raad voor de Toekomstvisie vast te stellen", "Voorstel van het
    # college van burgemeester en wethouders inzake de Omgevingsvisie" (an agenda's line)
    rf"{_COLLEGE_NAME}\s+stelt\s+(?:de|uw)\s+(?:gemeente)?raad\s+voor|"
    rf"(?:raads)?voorstel\s+van\s+{_COLLEGE_NAME}\s+(?:inzake|over|tot|betreffende))\b\s*"
    r"(?:om\s+)?(?P<what>[^.;]{8,200})",
    re.I,
)


def _proposals_summarised(doc: Document, draft: Draft) -> None:
    """Each proposal a meeting page sums up is a raadsvoorstel of that meeting (not where the
    document is the proposal itself)."""
    own = next((s for s in draft.steps if s["id"] == draft.doc_step), None)
    when = prose.meeting_of(draft) or draft.doc_date
    if when is None or (own is not None and own["kind"] == "raadsvoorstel"):
        return
    for sentence in doc.sentences:
        m = _PUT_TO_THE_COUNCIL.match(sentence.text)
        if m is None or _quoted_already(draft, sentence.text):
            continue
        step = {
            "id": draft.new_id("steps", f"{vocab.id_prefix('raadsvoorstel')}-{when.iso()}"),
            "kind": "raadsvoorstel",
            "date": when.iso(),
            "title": "Voorstel: " + norm(m["what"]),
        }
        draft.steps.append(step)
        draft.quotes[f"steps/{step['id']}"] = [norm(sentence.text)]


# A decision's title that names nothing decided: numbers only ("5. 6", "2. -", "5. 1.d"), a
# label over what follows ("Het college heeft besloten:"), a page's furniture ("Stemuitslag",
# "Notulen", "Samenstelling", "Kernboodschap", "Locatie Commissiekamer", "Digitaal stemmen",
# "Instructie stemmen in iBabs"), a person ("Wethouder Slomp", "3. Hans Gaillard |").
_NO_SUBJECT = re.compile(
    r"^[\W\d]*(?:[a-z](?:[.)]\s*|\s*$)[\W\d]*)?$|"
    r"^[^:]{0,60}:\s*$|"
    r"^[\W\d]*(?:stemuitslag|notulen|samenstelling|kernboodschap|toezeggingen|locatie\b[^.]{0,40}|"
    r"digitaal\s+stemmen|instructie\s+stemmen\b[^.]{0,40}|idee\s+resultaat)\W*$|"
    r"^[\W\d]*(?:(?:wethouder|burgemeester|raadslid|de\s+heer|mevrouw)\s+(?-i:[A-Z])[\w'-]+"
    r"(?:\s+(?-i:[A-Z])[\w'-]+)?|(?-i:[A-Z])[\w'-]+\s+(?-i:[A-Z])[\w'-]+\s*\|)\s*$",
    re.I,
)
_OUTCOME_ONLY = re.compile(
    r"^(?:conform(?: besloten| voorstel| advies| vastgesteld| aangenomen)?|(?:" + UNANIMOUS + r" )?"
    r"(?:aangenomen|vastgesteld|verworpen|besloten)|met unanieme stem\b.*|besluit|hamerstuk|"
    r"akkoord|ingestemd|zonder\s+(?:hoofdelijke\s+)?stemming\s+(?:aangenomen|vastgesteld))\.?$",
    re.I,
)


def _letter_links(draft: Draft) -> None:
    """A raadsinformatiebrief reports the decisions it tells of (taken on or before its date) and
    notes the preconditions it says are not met: the links the checker reads."""
    letter = next((s for s in draft.steps if s["id"] == draft.doc_step), None)
    if letter is None or letter["kind"] != "raadsinformatiebrief" or draft.doc_date is None:
        return
    reported = [
        s["id"]
        for s in draft.steps
        if s["kind"] in ("collegebesluit", "raadsbesluit")
        and s.get("status") != "aangekondigd"
        and FuzzyDate.parse(s["date"]).first <= draft.doc_date.first
    ]
    if reported:
        letter["reports"] = reported
    unmet = [p["id"] for p in draft.preconditions if p["id"] in draft.unmet]
    if unmet:
        letter["notes_unmet"] = unmet


# A RIS record's route of a document through the bodies, one line each, label and date:
# "Datum B&W Besluit 07-07-2009", "Adviescommissie 13-10-2009", "Raad 03-11-2009",
# "AgendaGemeenteraad 04-07-2019", "Commissie Bestuur: 12 maart 2024".
_ROUTE = re.compile(
    r"^\s*(?P<label>(?:datum\s+)?(?:agenda(?=(?:gemeente)?raad))?(?P<body>b\s?&\s?w(?:[- ]?besluit)?|college(?:besluit)?|"
    r"[\w-]{0,30}commissie[\w -]{0,30}?|(?:gemeente)?raad(?:svergadering)?))\s*:?\s+"
    r"(?P<when>\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\s+[a-z]{3,9}\s+\d{4})\s*$",
    re.I,
)


def _route(doc: Document, draft: Draft) -> None:
    """Each body a record says the document went through, on its date, as a step. A route is
    several such lines, or one that says it is a date ("Datum B&W besluit", "Agenda raad"): a
    lone "Raadsvergadering 12 maart 2024" is a title, read by the layout."""
    found = [m for line in doc.lines[:200] if (m := _ROUTE.match(line)) is not None]
    if len(found) < 2:
        found = [m for m in found if m["label"].lower().startswith(("datum", "agenda"))]
    for m in found:
        when = dates.first_day(m["when"])
        if when is None:
            continue
        body = m["body"].lower()
        if "commissie" in body:
            kind = "commissievergadering"
        elif "raad" in body:
            kind = "raadsvergadering"
        else:
            kind = "collegebesluit"
        iso = when.iso()
        if (kind, iso) in draft.dated_kinds():
            continue
        step: dict[str, Any] = {"id": f"{vocab_short(kind)}-{iso}", "kind": kind, "date": iso}
        if kind == "commissievergadering":
            # "Commissiebehandeling : 15 juni" under "Commissie : Bestemmingsplannen"
            named = doc.field("commissie")
            step["committee"] = norm(m["body"])
            if named and len(named) < 60 and not dates.find(named, None):
                step["committee"] = acts.committee(f"Commissie {named}") or step["committee"]
        line = norm(m.string)
        step["title"] = acts.title(kind, line, when.display("long"), step.get("committee"))
        step["id"] = draft.new_id("steps", step["id"])
        draft.steps.append(step)
        _quote(draft, "steps", step["id"], line)


def _quote(draft: Draft, section: str, item_id: str, fragment: str) -> None:
    draft.quotes.setdefault(f"{section}/{item_id}", []).append(norm(fragment))


_FUTURE = re.compile(
    r"\b(?:zal|zullen|wordt|worden)\b[^.;]{0,80}?\b(?:besproken|behandeld|besluiten|vastgesteld|"
    r"geagendeerd|voorgelegd)\b|\ba\.s\.|\baanstaande\b|\bbesluit op\b|\bstaat gepland\b|"
    r"\bgepland\b|\bis voorzien\b",
    re.I,
)
# A sentence that tells what was done ("is ... een terugkoppeling gegeven", "werd besproken"):
# whatever its date, not an announcement (a document's date can be a guess).
_TOLD_AS_DONE = re.compile(
    r"\b(?:is|zijn|heeft|hebben)\b[^.;]{0,160}?\bge[a-zë]{2,}(?:d|t|en)\b(?![^.;]{0,20}\bworden\b)|"
    r"\b(?:werd|werden|was|waren|had|hadden)\b|"
    # the past of the acts told: "sprak in", "gaf een advies", "stelde vragen", "bracht uit"
    r"\b(?:sprak|spraken|gaf|gaven|stelde|stelden|bracht|brachten|dienden?)\b",
    re.I,
)
_PAST_ACT = re.compile(
    r"\b(?:besloot|besloten|stelde|stelden|nam|namen|stemde|stemden|vergaderde|ging|gingen|"
    r"vastgesteld|aangenomen|ingestemd|geïnformeerd|ingediend|verworpen|ingetrokken)\b",
    re.I,
)
_PAST_TENSE = re.compile(r"\b(?:heeft|hebben|hebt|is|zijn|werd|werden|was|waren)\b", re.I)


def _sentences(doc: Document, draft: Draft, given: date | None) -> None:
    """Dated acts and promises, sentence by sentence. A passage is a list item or heading and
    the paragraphs under it: a date without a year takes its year from the nearest date with
    one before it in the passage ("In juni 2022 ... In november" is November 2022), else from
    the document; a promise or condition belongs to the letter or meeting its passage is about."""
    doc_day = draft.doc_date.first if draft.doc_date is not None else given
    if draft.doc_date is not None and draft.doc_date.month is None:
        # a document known by its year: a day without one lies in that year ("9 november" in a
        # text of 2017 is not 9 November 2016, nearest to its first of January)
        doc_day = date(draft.doc_date.year, 7, 2)
    passage_anchor: date | None = None
    passage_step: str | None = None
    current = -1
    # Paragraphs before the first heading or item below the text's start are passages of their
    # own (a letter's body); under a heading or item the paragraphs share one.
    sectioned = seen_text = False
    listed, rows = _promise_sections(doc)
    tabled: set[int] = set()  # the tables of promises read line by line
    first_heading = next((n for n, b in enumerate(doc.blocks) if b.kind == "heading"), -1)
    heading: str | None = None  # the heading of the passage, in news and reports
    # the meeting a line of its own names over the paragraphs that report it, in news
    section_day: FuzzyDate | None = None
    for n, sentence in enumerate(doc.sentences):
        if sentence.block != current:
            current = sentence.block
            block = doc.blocks[current]
            if draft.layout == "nieuws" and len(block.lines) == 1:
                section_day = titled_day(norm(block.text), doc_day) or section_day
            # A field line ("Betreft: ...") in a letter's header starts no passage.
            if block.kind == "item" or (block.kind == "heading" and ":" not in block.text[:25]):
                passage_anchor, passage_step = None, None
                heading = norm(block.text) if block.kind == "heading" and seen_text else None
                sectioned = sectioned or seen_text
            else:
                seen_text = True
                if not sectioned:
                    passage_step = None
        found = dates.find(sentence.text, doc_day, passage_anchor)
        if draft.doc_date is not None and draft.doc_date.precision != "day":
            # "maandagavond" on a page dated by its month only: a day of that month
            found = [replace(m, value=draft.doc_date) if m.relative else m for m in found]
        elif any(m.relative for m in found):
            found = _relative_to_the_meeting(found, draft)
        if not found and draft.doc_date is not None and draft.layout in ("nieuws", "verslag"):
            found = prose.fallback(
                sentence.text, section_day or prose.meeting_of(draft) or draft.doc_date
            )
        if doc_day is None and not found:
            _count_yearless(sentence.text, draft)
        promised = _PROMISE.search(sentence.text) or (
            _PLAIN_PROMISE.search(sentence.text)
            if _promised_later(sentence.text, found, doc_day)
            else None
        )
        promising = promised is not None and _is_promise(sentence.text, found, doc_day)
        # A page read as a list or a motion may still tell decisions and votes in sentences of
        # prose (a party's page about a meeting, a RIS page's summary): those are read as news.
        here = doc.blocks[sentence.block]
        # a bullet that tells the council deciding ("• De raad heeft het Speelruimteplan
        # vastgesteld."): a list's items told in sentences, short as they may be
        council_bullet = (
            here.kind == "item" and here.bullet and _COUNCIL_LEADS.match(sentence.text) is not None
        )
        told_in_prose = draft.layout in _TOLD_MOTIONS or (
            draft.layout in _PROSE_TOO
            and (
                here.kind == "para"
                # a line of its own naming a motion and its fate ("Motie X - AANGEHOUDEN")
                or (_MOTION_FATE.search(sentence.text) and outcome_of(sentence.text))
                or council_bullet
            )
            and len(sentence.text.split()) >= (5 if council_bullet else 8)
            and not _quoted_already(draft, sentence.text)  # an item's own decision
        )
        if draft.layout == "besluitenlijst-raad" and told_in_prose and not promising:
            meeting = _held_on(found) or prose.meeting_of(draft) or draft.doc_date
            if meeting is not None:
                following = doc.sentences[n + 1].text if n + 1 < len(doc.sentences) else ""
                if not motions.mentions(sentence.text, meeting, draft, following):
                    prose.told_decisions(sentence.text, meeting, draft, False)
        if draft.layout == "besluitenlijst-raad" and doc.blocks[sentence.block].kind == "para":
            # a council list's prose names other meetings: "opnieuw behandeld tijdens de raad
            # van 25 november", "In de vergadering van 8 november jl. staakten de stemmen"
            _acts(sentence.text, found, draft, promising, meetings_only=True, passive=False)
        if draft.layout != "besluitenlijst-raad":
            # A promise names where it will be kept ("de commissie voor de zomer informeren"):
            # no meeting or letter of its own; a decision it reports still is one. A college
            # list's items are its decisions already: its sentences add only the meetings.
            college = draft.layout == "besluitenlijst-college"
            told = moved = False
            meeting = _held_on(found) or section_day or prose.meeting_of(draft) or draft.doc_date
            if told_in_prose and meeting is not None and not promising:
                # The page's own title sums up its text; the headings of an overview of
                # several news items are decisions of their own.
                headline = sentence.block == first_heading
                previous = doc.sentences[n - 1].text if n else ""
                told = prose.all_carried(
                    previous, sentence.text, meeting, draft
                ) or prose.told_decisions(sentence.text, meeting, draft, headline)
            # The college's own decisions in news: dated by the sentence, else by the page.
            own_day = dates.step_date(found[-1]) if found else draft.doc_date
            if draft.layout in _TELLS_COLLEGE and own_day is not None and not promising:
                told = prose.told_college_decisions(sentence.text, own_day, draft) or told
            if told_in_prose and meeting is not None and not promising:
                following = doc.sentences[n + 1].text if n + 1 < len(doc.sentences) else ""
                moved = motions.mentions(
                    sentence.text, meeting, draft, following, here.kind == "item"
                )
            step_id = _acts(
                sentence.text,
                found,
                draft,
                promising,
                meetings_only=college,
                before=promised.start() if promised else None,
                passive=not (told or moved),
                topic=heading if draft.layout in ("nieuws", "verslag") else None,
                # A vote on a motion is the motion's, not a council decision of its own.
                decisions=not moved,
            )
            step = next((s for s in draft.steps if s["id"] == step_id), None)
            # a meeting still to come ("te behandelen in de raad van 24 oktober") is where a
            # promise will be kept, not where the passage's words were said
            if (
                step is not None
                and step["kind"] in _SPOKEN_IN
                and step.get("status") != "aangekondigd"
            ):
                passage_step = step_id
        if draft.layout in ("nieuws", "verslag") and found:
            prose.quoted_motions(sentence.text, found[-1].value, draft)
        # A college list's "de raad te informeren" and "De memo wordt aan de raad gestuurd" are
        # its decision, done now; "De raad wordt per brief geïnformeerd", "In december zal de
        # raad een voorstel worden gedaan" promise what is still to do.
        lines = doc.blocks[sentence.block].lines
        if sentence.block in rows:
            # a table's column under its head, one promise a line: read once, line by line
            if sentence.block not in tabled:
                tabled.add(sentence.block)
                for k, line in enumerate(lines, start=1):
                    if _TIME_STAMP.match(line):
                        break  # the item's video fragments follow its table
                    if _COLUMN_HEAD.match(line):
                        continue
                    said = dates.find(line, doc_day, passage_anchor)
                    _promise(norm(line), said, draft, passage_step, doc_day, (sentence.block, -k))
        elif draft.layout != "besluitenlijst-college" or not _SENT_NOW.search(sentence.text):
            entry = listed.get(sentence.block)
            in_list = None if entry is None else (sentence.block, n if entry else 0)
            _promise(sentence.text, found, draft, passage_step, doc_day, in_list, promising)
        draft.passages[n] = passage_step
        explicit = [m for m in found if not m.inferred and not m.period and m.end > m.start]
        if explicit:
            passage_anchor = explicit[-1].value.first


# The verb of promising, its particle further on: "zegt ... toe", "zei ... toe".
_ZEGT = r"\b(?:zeg(?:t|gen|de|den)|zei|zeiden)\b"
_PROMISED_IN_WORDS = re.compile(rf"\btoegezegd\b|{_ZEGT}[^.;]{{0,120}}?\btoe\b", re.I)

# Layouts whose sentences name motions one by one (a decision list and a motion read their own).
_TOLD_MOTIONS = ("nieuws", "verslag")
_PROSE_TOO = ("besluitenlijst-raad", "motie", "register")
_COUNCIL_LEADS = re.compile(
    r"^\W*(?:de\s+)?(?:gemeente)?raad\s+(?:heeft|stelde|stemde|nam|besloot)\b", re.I
)
_MOTION_FATE = re.compile(r"^\W*(?:motie|amendement)\b", re.I)


_VOTED_ON = re.compile(
    # "heeft de raad de motie Vuurwerkvrije zones aangenomen", "nam de raad ons amendement aan"
    r"\b(?:heeft|hebben|nam|namen)\s+(?:\w+\s+){0,3}?(?:de|het|een|ons|onze|hun|deze|dit|die)\s+"
    r"(?:\w+\s+)?(?:motie|amendement)s?\s+(?:[\w'‘’“”\"-]+\s+){0,6}?(?:aangenomen|verworpen|aan)\b",
    re.I,
)
_VOTED = ("motie", "amendement")  # voted on at a meeting, never on the day they take effect


def _held_on(found: list[dates.Mention]) -> FuzzyDate | None:
    """The day a sentence's decision or vote was taken: its last date that is no start ("per 1
    januari 2023"), no bound ("tot 1 juli") and no period in words."""
    # a year alone ("de manifestatie in 2010 opnieuw organiseren") is what is asked, not when
    held = [m.value for m in found if m.role is None and not m.period and m.value.month]
    return held[-1] if held else None


def _relative_to_the_meeting(found: list[dates.Mention], draft: Draft) -> list[dates.Mention]:
    """A page titled by its meeting ("Uit de raadsvergadering van 14 december") is dated by that
    day, not by when it was written: its "gisteravond" and "afgelopen maandag" are that meeting,
    not the days before it."""
    held = prose.meeting_of(draft)
    if held is None or draft.doc_date is None or held != draft.doc_date or not held.day:
        return found
    week = timedelta(days=7)
    return [
        replace(m, value=held)
        if m.relative and held.first - week <= m.value.first < held.first
        else m
        for m in found
    ]


def _quoted_already(draft: Draft, sentence: str) -> bool:
    """An item quoted this sentence already, or its words without the full stop (an item's
    title is its decision: "De raad stelt de verordening vast.")."""
    said = norm(sentence).rstrip(" .;:!?")
    return any(
        said in quote or (len(quote) >= 30 and quote in said)
        for quotes in draft.quotes.values()
        for quote in quotes
    )


_TELLS_COLLEGE = ("nieuws",)  # letters read the college's decisions as acts (letter layout)

_YEARLESS = re.compile(rf"\b[0-3]?\d\s+(?:{dates._MONTHS})\b(?!\s*\d)", re.I)


def _count_yearless(text: str, draft: Draft) -> None:
    for m in _YEARLESS.finditer(text):
        draft.undated.append(m.group(0))


# A page's title saying only when the council decided: what it decided is told below.
_ONLY_WHEN = re.compile(
    r"\bbesloten\s+(?:op\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
    r"(?:avond|middag|ochtend)?\s+)?[0-3]?\d\s+[a-z]+(?:\s+\d{4})?\s*[.!:?]?\s*$",
    re.I,
)
_INTRODUCES = re.compile(
    r"\bde\s+volgende\s+(?:besluiten|voorstellen|raadsbesluiten)\b|"
    # "heeft in de raadsvergadering van 23 februari verschillende besluiten genomen", "heeft het
    # volgende behandeld / besloten", "wat de raad heeft behandeld en besloten": what follows
    r"\b(?:verschillende|diverse|enkele|meerdere|een\s+aantal|tal\s+van|vele|allerlei|twee|drie|"
    r"vier|vijf|zes|zeven|acht|negen|tien|\d+)\s+(?:\w+\s+)?besluiten\s+(?:genomen|gevallen)\b|"
    r"\bhet\s+volgende\s+(?:behandeld\s*(?:/|en|of)\s*)?besloten\b|\bbehandeld\s+en\s+besloten\b",
    re.I,
)


def _acts(
    sentence: str,
    found: list[dates.Mention],
    draft: Draft,
    decisions_only: bool = False,
    meetings_only: bool = False,
    before: int | None = None,
    passive: bool = True,
    topic: str | None = None,
    decisions: bool = True,
) -> str | None:
    """The acts a sentence dates: each takes the date nearest to the words that name it. Under
    a heading (`topic`), a council decision is the one about that heading, one per heading."""
    usable = [m for m in found if m.role != "bound" or len(found) == 1]
    if not usable:
        return None
    patterns = list(acts.ACTS)
    if draft.layout in ("nieuws", "verslag") and passive:
        patterns.append(("raadsbesluit", acts.PASSIVE_DECISION))
    if draft.layout in ("nieuws", "besluitenlijst-raad"):
        patterns.append(("raadsvergadering", acts.BARE_MEETING))
    if re.search(r"vergader", sentence, re.I):
        patterns.append(("raadsvergadering", acts.RESUMED_ON))
    # A college list's items are its decisions; a sentence telling an earlier one ("In 2012
    # heeft het college ingestemd met ...", "In december 2019 heeft de raad ... vastgesteld")
    # is history the trail holds.
    history = meetings_only and _told_history(sentence, found, draft)
    hits = [
        (kind, m)
        for kind, pattern in patterns
        if (
            not meetings_only
            or _SORT.get(kind) == "meeting"
            or _councils_vote(kind, sentence)
            or (history and kind in _DECISIONS)
            # "Op 3 april 2024 is de raad middels een brief geïnformeerd": an earlier letter
            or (kind == "raadsinformatiebrief" and _before_the_document(found, draft))
            # "Naar aanleiding van een aangenomen motie in juli 2023": an earlier vote; "Kennisnemen
            # van de motie “X” van 2 december 2021": an earlier motion, named by its day
            or (
                kind in _VOTED
                and (bool(outcome_of(sentence)) or _DATED_MOTION.search(sentence) is not None)
                and _before_the_document(found, draft)
            )
            # "Op 29 december 2022 heeft de fractie X vragen gesteld": the questions a college
            # item answers are a step of the trail
            or (kind == "vragen" and _before_the_document(found, draft))
        )
        and (decisions or kind != "raadsbesluit")
        for m in pattern.finditer(sentence)
        # In a promise, decisions it reports count, and the meeting it was made in ("cie 10
        # maart: de wethouder zegt toe ..."), not the meeting it will be kept in.
        if not decisions_only
        or kind in _DECISIONS
        # the meeting it was made in, before the promise or after it ("beloofde de raad in de
        # commissie van maandag"); one still to come is where it will be kept (left out below)
        or _SORT.get(kind) == "meeting"
    ]
    if acts.NO_DECISION.search(sentence):
        # "De raad heeft in de vergadering van 22 september nog geen besluit genomen over X":
        # the council met, and decided nothing
        hits = [
            ("raadsvergadering" if k == "raadsbesluit" else k, m)
            for k, m in hits
            if k != "collegebesluit"
        ]
    if acts.NO_MEETING.search(sentence):
        hits = [(k, m) for k, m in hits if _SORT.get(k) != "meeting"]
    if acts.HOW_TO_TAKE_PART.search(sentence):
        hits = [(k, m) for k, m in hits if k != "inspraak"]
    if _INTRODUCES.search(sentence) or _ONLY_WHEN.search(sentence):
        # "heeft de volgende besluiten genomen", "De raad heeft besloten dinsdagavond 30
        # januari": the meeting, and the decisions told below
        hits = [(k, m) for k, m in hits if k != "raadsbesluit"]
    if not hits:
        return None

    # "Afgelopen donderdag 7 juli vond de laatste raadsvergadering voor de zomer plaats": a
    # period in words beside an act names which one it was; a day in the sentence dates it
    has_day = any(f.day and not f.period for f in usable)

    def gap(m: re.Match[str], f: dates.Mention) -> int:
        if m.start() <= f.start < m.end():
            return 0
        # a date in another clause ("op 4 juni in de commissie; de raad neemt op 20 juni ...")
        apart = ";" in sentence[min(m.end(), f.end) : max(m.start(), f.start)]
        return (
            min(abs(f.start - m.end()), abs(m.start() - f.end))
            + (40 if f.start < m.start() else 0)
            + (200 if apart else 0)
            + (100 if has_day and f.period else 0)
        )

    if any(kind in ("motie", "amendement") for kind, _ in hits):
        # "De motie ... werd aangenomen": the vote is the motion's, not a decision of its own.
        # "De raad heeft ons amendement aangenomen": the council's act is the vote on it.
        hits = [
            (k, m)
            for k, m in hits
            if not (k == "raadsbesluit" and (_PASSIVE_ONLY.match(m[0]) or _VOTED_ON.search(m[0])))
        ]
    # One date can date a meeting, a decision taken in it and a motion moved in it; of the
    # acts of one sort taking one date, the one named nearest to it wins.
    chosen: dict[tuple[int, str], tuple[int, str, re.Match[str]]] = {}
    starts = [f.start for f in usable]  # in order: the nearest are found by bisection
    for kind, m in hits:
        left, right = bisect_left(starts, m.start()), bisect_left(starts, m.end())
        around = range(max(0, left - 1), min(len(usable), right + 1))
        # "met ingang van 1 januari" starts what a motion or amendment asks; it is not when it
        # was voted on
        dated = [i for i in around if usable[i].role != "from" or kind not in _VOTED]
        if not dated:
            # only a start ("met ingang van 1 januari ... aangenomen"): taken at the meeting
            held = prose.meeting_of(draft) or draft.doc_date
            if held is None or len(usable) > len(found):
                continue
            usable.append(dates.Mention(held, m.start(), m.start()))
            dated = [len(usable) - 1]
        at = min(dated, key=lambda i: gap(m, usable[i]))
        key = (at, _SORT.get(kind, kind))
        g = gap(m, usable[at])
        # A proposal is dated only by a date right beside it ("het raadsvoorstel van 3 maart").
        if g > (30 if kind == "raadsvoorstel" else 160):
            continue
        if key not in chosen or g < chosen[key][0]:
            chosen[key] = (g, kind, m)
    # "vergaderde op dinsdag 2 juli en donderdag 4 juli", "Raadsvergaderingen 25 en 26
    # november": a meeting on each of the days joined to the one it took
    for (at, sort), hit in list(chosen.items()):
        if sort == "meeting":
            for j in _joined_days(usable, at, sentence):
                chosen.setdefault((j, sort), hit)
    first: str | None = None
    for (at, _), (_, kind, act) in sorted(
        chosen.items(), key=lambda kv: (kv[0][0], kv[1][2].start())
    ):
        mention = usable[at]
        later = draft.doc_date is not None and mention.value.first > draft.doc_date.last
        if decisions_only and kind not in _DECISIONS and later:
            continue  # the meeting a promise will be kept in, not the one it was made in
        when = dates.step_date(mention)
        iso = when.iso()
        told = draft.topics.setdefault((kind, iso), set())
        if (
            (kind, iso) in draft.dated_kinds()
            and (kind != "raadsbesluit" or topic is None or topic in told or not told)
            and not _another_motion(kind, sentence, draft)
        ):
            if _SORT.get(kind) == "meeting" and not mention.relative:
                _named_again(draft, kind, iso, sentence)
            continue
        if kind == "raadsbesluit" and topic is not None:
            told.add(topic)
        meeting = _SORT.get(kind) == "meeting"
        if meeting and draft.doc_step and _doc_meeting_on(draft, iso):
            continue  # the meeting the document is about, named again
        if kind == "raadsvoorstel" and draft.doc_step and draft.steps[0]["kind"] == "raadsvoorstel":
            continue
        step: dict[str, Any] = {"id": f"{vocab_short(kind)}-{iso}", "kind": kind, "date": iso}
        name = acts.committee(sentence) if kind == "commissievergadering" else None
        near = sentence[max(0, mention.start - 60) : mention.end + 90]
        if kind == "advies":
            step["council"] = acts.advisory_body(sentence)
        if kind == "commissievergadering":
            step["committee"] = name or _committee_before(draft, sentence)
            if nat := acts.nature(near):
                step["nature"] = nat
        if when_of_day := acts.time_of(sentence[max(0, mention.start - 25) : mention.end + 25]):
            step["time"] = when_of_day
        step["title"] = acts.title(kind, sentence, when.display("long"), step.get("committee"))
        if named := prose.name_of(kind, sentence):
            step["title"] = named
        elif kind == "raadsbesluit" and topic is not None and len(topic.split()) >= 2:
            step["title"] = acts.tidy(topic)
        elif kind in _VOTED and topic is not None and step["title"].endswith(when.display("long")):
            step["title"] = f"{kind.capitalize()}: {acts.tidy(topic)}"  # under its news heading
        if kind in ("motie", "amendement"):
            step["status"] = outcome_of(sentence) or "ingediend"
            if kind == "motie" and (what := vocab.motion_kind_of(sentence)):
                step["motion_kind"] = what
        if kind == "raadsbesluit":
            if re.search(r"principebesluit", sentence, re.I):
                step["decision"] = "principebesluit"
                step["title"] = step["title"].replace("Raadsbesluit", "Principebesluit", 1)
            if outcome_of(sentence) == "verworpen":
                step["outcome"] = "verworpen"
        if _announced(sentence, mention, draft, act):
            step["status"] = "aangekondigd"
        step["id"] = draft.new_id("steps", step["id"])
        draft.steps.append(step)
        if topic is not None and step["title"] == acts.tidy(topic):
            _quote(draft, "steps", step["id"], topic)
        _quote(draft, "steps", step["id"], sentence)
        if mention.inferred:
            draft.review[f"steps/{step['id']}"] = f"jaar afgeleid ({iso}): nagaan"
        first = first or step["id"]
    return first


def _named_again(draft: Draft, kind: str, iso: str, sentence: str) -> None:
    """A meeting found already, named again by its day ("In de raadsvergadering van 8 januari
    heeft de raad ..." after "Dit bleek dinsdagavond tijdens een raadsvergadering"): that
    sentence says it too, so the reviewer sees where its date is written (two quotes at most)."""
    step = next((s for s in draft.steps if s["kind"] == kind and s["date"] == iso), None)
    if step is None or step.get("status") == "aangekondigd":
        return
    quotes = draft.quotes.get(f"steps/{step['id']}", [])
    if len(quotes) < 2 and norm(sentence) not in quotes:
        _quote(draft, "steps", step["id"], sentence)


# "De motie ... werd verworpen" after another motion of that meeting: a second motion when it
# has an outcome of its own, names its movers or subject, and no pronoun points back.
_POINTS_BACK = re.compile(
    r"^\W*(?:(?:ook|toch|en|maar)\s+)?(?:deze|die|dit|dat|de|het)\s+(?:motie|amendement)\b"
    r"(?!\s+(?:van|over|om|inzake|met|die|dat|waarin)\b)",
    re.I,
)


def _another_motion(kind: str, sentence: str, draft: Draft) -> bool:
    if kind not in _VOTED or draft.layout not in _TOLD_MOTIONS:
        return False
    if _POINTS_BACK.search(sentence) or outcome_of(sentence) is None:
        return False
    return not _quoted_already(draft, sentence)


_BY_THE_COUNCIL = re.compile(r"\b(?:door|heeft|had)\s+de\s+(?:gemeente)?raad\b", re.I)


def _told_history(sentence: str, found: list[dates.Mention], draft: Draft) -> bool:
    """A sentence in the perfect tense about a time before the document's own."""
    return bool(_PERFECT.search(sentence)) and _before_the_document(found, draft)


def _before_the_document(found: list[dates.Mention], draft: Draft) -> bool:
    """A date the sentence names lies before the document's own ("Op 17 september heeft de
    raad vastgesteld ...": a day without its year counts too)."""
    return draft.doc_date is not None and any(
        m.value.last < draft.doc_date.first for m in found if not m.relative
    )


_DATED_MOTION = re.compile(acts.DATED_MOTION, re.I)
_PERFECT = re.compile(
    r"\b(?:heeft|hebben)\b[^.;]{0,120}?\b(?:vastgesteld|ingestemd|besloten|aangenomen|"
    r"opdracht\s+gegeven|besluit\s+genomen)\b|"
    # "De Verordening is op 15 december 1999 vastgesteld door de gemeenteraad"
    r"\b(?:is|zijn|werd|werden)\b[^.;]{0,80}?\bvastgesteld\s+door\s+de\s+(?:gemeente)?raad\b",
    re.I,
)


def _councils_vote(kind: str, sentence: str) -> bool:
    """A college list telling a council's vote ("Door de gemeenteraad is op 24 april de motie X
    aangenomen"): the motion is a step of the trail, as the college's items are."""
    return kind in _VOTED and bool(_BY_THE_COUNCIL.search(sentence)) and bool(outcome_of(sentence))


_JOINED = re.compile(
    r"^\s*(?:(?:,|en|&|,\s*en)\s*)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?$",
    re.I,
)


def _joined_days(usable: list[dates.Mention], at: int, sentence: str) -> list[int]:
    """The days joined to mention `at` by "en" or a comma, each to the day."""
    out: list[int] = []
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(usable):
            a, b = sorted((usable[i], usable[i + step]), key=lambda m: m.start)
            if not (usable[i + step].day and _JOINED.match(sentence[a.end : b.start])):
                break
            i += step
            out.append(i)
    return out


_SORT = {
    "raadsvergadering": "meeting",
    "commissievergadering": "meeting",
    "raadsbesluit": "decision",
    "collegebesluit": "decision",
    "motie": "motion",
    "amendement": "motion",
    "raadsinformatiebrief": "letter",
    "raadsvoorstel": "letter",
}
_PASSIVE_ONLY = re.compile(r"(?:is|werd|werden|zijn)\b", re.I)


def _doc_meeting_on(draft: Draft, iso: str) -> bool:
    own = next((s for s in draft.steps if s["id"] == draft.doc_step), None)
    return own is not None and _SORT.get(own["kind"]) == "meeting" and own["date"] == iso


def vocab_short(kind: str) -> str:
    from besluitspoor import vocab

    return vocab.id_prefix(kind)


def _announced(sentence: str, mention: dates.Mention, draft: Draft, act: re.Match[str]) -> bool:
    # A register's log runs on after the date of its entry: there, later is not yet to come.
    later = draft.doc_date is not None and mention.value.first > draft.doc_date.last
    # A heading ("Raadsessie 15 januari 2019") has no tense: only a sentence can announce.
    told = len(sentence.split()) >= 6 and not _TOLD_AS_DONE.search(sentence)
    if later and draft.layout != "register" and told:
        return True
    if _PAST_TENSE.search(act.group(0)) or _PAST_ACT.search(act.group(0)):
        return False  # "heeft het college ... besloten": done, whatever else the sentence plans
    return bool(_FUTURE.search(sentence)) and not _PAST_TENSE.search(sentence[: mention.start])


def _committee_before(draft: Draft, sentence: str) -> str:
    """An unnamed committee ("de Commissie", "de bio"): the one the document named last."""
    if re.search(r"\bbio\b", sentence, re.I):
        return "Beeldvormende informatieve ontmoeting (bio)"
    named = [s["committee"] for s in draft.steps if s.get("committee", "Commissie") != "Commissie"]
    return named[-1] if named else "Commissie"


# Promises: the college, a wethouder or the burgemeester commits to the council or a committee.
# What may stand between the words of a promise: no end of a sentence, but an abbreviation's
# stops ("zegde o.a. een overzicht ... toe").
_G = r"(?:[^.;]|(?<=\b\w)\.){0,120}?"
# What is done to the council or to a document for it, in the passive: "de raad zal worden
# bijgepraat", "zal aan de raad worden verstrekt", "dat de raad op 7 april geïnformeerd wordt".
_DONE = (
    r"(?:gevoegd|betrokken|gesteld|voorgelegd|toegestuurd|ge[iï]nformeerd|meegenomen|nagezonden|"
    r"aangeboden|gestuurd|verstrekt|gedeeld|bijgepraat|toegelicht|teruggekoppeld|gerapporteerd|"
    r"ingelicht|beantwoord)"
)
# "aan de raad", "naar uw raad", "aan commissie en raad"
_TO_THE_COUNCIL = (
    r"(?:aan|naar)\s+(?:de\s+|uw\s+)?(?:commissie\s+en\s+(?:de\s+)?)?(?:gemeente)?raad"
)
# The college or a wethouder going to find out: "zal nagaan of", "Het college gaat onderzoeken
# of ...", "gaat het college bekijken hoe ...": a promise, said to the meeting that asked.
_FINDS_OUT = (
    r"(?:\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{0,40}?\b(?:zal|zullen|gaat|gaan)|"
    r"\b(?:zal|zullen|gaat|gaan)\s+(?:het\s+college|de\s+(?:wethouder|burgemeester|portefeuillehouder)))\s+"
    r"(?:\w+\s+){0,2}?(?:nagaan|onderzoeken|uitzoeken|bekijken|kijken\s+(?:of|naar|hoe)|"
    r"(?:hier|daar|er)naar\s+kijken)\b"
)
# A wethouder coming back to the council ("Op dat moment komt de wethouder terug bij de raad"),
# promising ("De burgemeester beloofde de raad ..."), something to be looked into ("dat er
# volgend jaar naar de OZB gekeken zal worden"): promises, said to the meeting that heard them.
_COMES_BACK = (
    r"\bkom(?:t|en)\s+(?:de\s+wethouder|het\s+college|de\s+burgemeester|de\s+portefeuillehouder)\b"
    r"(?:\s+\w+){0,3}?\s+terug\b"
)
_ROLE_PROMISES = (
    r"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{0,40}?\bbelo(?:ofde|ofden|oft|"
    r"ven|ofd)\b"
)
# "neemt dit mee in de evaluatie", "neemt in het actieplan (januari a.s.) mee"
_TAKES_ALONG = r"ne(?:emt|men)\b(?:[^.;]|(?<=\b\w)\.){0,60}?\bmee"
_LOOKED_INTO = (
    r"\b(?:gekeken|onderzocht|nagegaan|bekeken)\s+(?:zal|zullen)\s+worden\b|"
    r"\b(?:zal|zullen)\s+(?:er\s+)?worden\s+(?:gekeken|onderzocht|nagegaan|bekeken)\b"
)
_PROMISE = Prefiltered(
    re.compile(
        # (what is promised may be long: "zegde o.a. een overzicht van ... en een inventarisatie
        # van ... toe aan de raad")
        rf"{_ZEGT}(?:[^.;]|(?<=\b\w)\.){{0,200}}?\btoe\b|\btoegezegd\b|\bwordt nagezonden\b|"
        rf"\bworden nagezonden\b|"
        # "heeft de wethouder de toezegging gedaan om ...", "wél toezeggingen gedaan", "doet de
        # toezegging hierop terug te komen", "dat kan het college toezeggen"
        rf"\btoezegging(?:en)?\s+(?:(?:is|zijn|werd|werden)\s+(?:\w+\s+)?)?(?:gedaan|gegeven)\b|"
        # "Na een toezegging hierop van de wethouder is het amendement ingetrokken"
        rf"\bna\s+(?:een|de)\s+toezegging\b[^.;]{{0,80}}?\b(?:wethouder|burgemeester|"
        rf"portefeuillehouder|college)\b|"
        rf"\bd(?:oet|oen|eed|eden)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:de|een)\s+toezegging\b|\b(?:kan|kon|wil)\b[^.;]{{0,40}}?\btoezeggen\b|"
        # "De raad kreeg de toezegging dat ...", "kwam de wethouder met de toezegging dat ..."
        rf"\bde\s+toezegging\s+(?:dat|om)\b|"
        # "gaat kijken of X en laat de raad dat voor 1 oktober weten"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b{_G}\blaat\s+(?:de\s+)?(?:gemeenteraad|"
        rf"raad|commissie|raadsleden)\b{_G}\bweten\b|"
        rf"{_FINDS_OUT}|"
        rf"\bnaar de (?:gemeente)?raad\s+terug(?:komt|komen)\b|"
        rf"\b(?:het college|wij|we)\s+kom(?:t|en)\b{_G}\bterug\b|"
        rf"\b(?:zal|zullen)\b{_G}\b(?:informeren|sturen|toesturen|voorleggen|terugkomen|delen|"
        rf"rapporteren|aanbieden|verstrekken|toezenden|terugkoppelen|betrekken|evalueren|vertellen|"
        rf"laten weten|toelichten|bijpraten|inlichten|op de hoogte (?:houden|brengen|stellen)|meedelen|"
        rf"mededelen|melden|doorgeven|terugmelden|berichten|inzicht\s+(?:bieden|geven))\b|"
        # "Wethouder Van Dijk zou daar op terugkomen", "zal er later op terugkomen"
        rf"\b(?:zal|zullen|zou|zouden)\b{_G}\b(?:er|hier|daar)\s?op\s+terug(?:komen|\s+te\s+komen)\b|"
        rf"\b(?:informeren|berichten|rapporteren) wij u\b|\bwaarover wij u\b|\bkom(?:t|en) (?:wij|we|het college)\b{_G}\bterug\b|"
        rf"\bhouden (?:wij|we) u\b{_G}\b(?:op de hoogte|geïnformeerd)\b|\bvoorgelegd krijgt\b|"
        rf"\bin uw raad van\b{_G}\bbespreken\b|"
        # "... bespreken wij formeel in uw raad van juni", "leggen wij u in het najaar voor"
        rf"\b(?:bespreken|behandelen) (?:wij|we)\b{_G}\b(?:in|met) (?:uw|de) (?:gemeente)?raad\b|"
        rf"\bleggen (?:wij|we)\b{_G}\b(?:aan )?(?:u|uw raad|de (?:gemeente)?raad)\b{_G}\bvoor\b|"
        rf"\b(?:zal|zullen)\b{_G}\b{_DONE}\b{_G}\bworden\b|"
        rf"\b(?:het college|wethouder|portefeuillehouder|burgemeester|wij|we)\b[^.;]{{0,40}}?\b(?:zal|zullen)\s+"
        rf"(?:de\s+|uw\s+)?(?:gemeenteraad|raad|commissie)\b{_G}\b(?:een|het)\s+\w*voorstel\s+doen\b|"
        rf"\b(?:zal|zullen)\b{_G}\bworden\b{_G}\b{_DONE}\b|\btekst en uitleg\b{_G}\bworden gegeven\b|"
        rf"\b(?:de (?:gemeente)?raad|de commissie|u)\b{_G}\b{_DONE}\s+(?:(?:zal|zullen)\s+)?(?:wordt|worden)\b|"
        rf"\b(?:raad|raadsleden|commissie)\b{_G}\b(?:zal|zullen)\b{_G}\b(?:ontvangen|krijgen)\b|"
        # "Komende week zal de raad een brief ontvangen"
        rf"\b(?:zal|zullen)\s+(?:de\s+)?(?:gemeenteraad|raad|raadsleden|commissie)\b{_G}\b(?:ontvangen|"
        rf"krijgen)\b|"
        rf"\b(?:u|de (?:gemeente)?raad|de commissie) ontvangt\b{_G}\b(?:voor|vóór|in|na|uiterlijk|begin|eind|"
        rf"medio|komende|volgende|binnenkort)\b|"
        rf"\b(?:wordt|worden) (?:de (?:gemeente)?raad|u|de commissie|de raadsleden)\b{_G}\b(?:geïnformeerd|"
        rf"ingelicht|bijgepraat|betrokken|meegenomen)\b|"
        rf"\bdat (?:de (?:gemeente)?raad|u|de commissie)\b{_G}\b(?:krijgt|ontvangt|krijgen|ontvangen)\b|"
        rf"\bafgesproken dat\b{_G}\b(?:raad|commissie)\b|"
        # "Eind 2023 volgt een notitie aan de raad", "Binnenkort volgt een raadsvoorstel"
        rf"\bvolg(?:t|en)\b[^.;]{{0,40}}?\b(?:een|de|het|nog)\b[^.;]{{0,30}}?\b(?:notitie|\w*voorstel|\w*brief|memo|"
        rf"rapportage|evaluatie|informatie|terugkoppeling|nota|update)\b|"
        # "De raad wordt in februari 2020 geïnformeerd", "wordt nader geïnformeerd"
        rf"\b(?:de (?:gemeente)?raad|u|de commissie|raadsleden)\s+(?:wordt|worden)\b{_G}\b(?:geïnformeerd|"
        rf"ingelicht|bijgepraat|meegenomen|betrokken|voorgelegd|toegestuurd)\b|"
        rf"\b(?:de (?:gemeente)?raad|u|de commissie)\s+krijgt\b{_G}\b(?:\w*voorstel|\w*brief|memo|notitie|"
        rf"informatie|rapportage|overzicht|antwoord)\b|"
        rf"\bkom(?:t|en)\b{_G}\bterug\s+op\b|\bhoudt\b{_G}\b(?:de (?:gemeente)?raad|de commissie|u)\b{_G}"
        rf"\bop de hoogte\b|"
        rf"\b(?:wij|we) komen\b{_G}\bterug\b|"
        rf"{_COMES_BACK}|"
        # "... dat hij eerst terug zal komen bij de raad", "komt met de uitkomsten terug bij de
        # commissie", "meldde hier op een later moment op terug te komen"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college|hij|zij)\b[^.;]{{0,80}}?\bterug\s+"
        rf"(?:(?:zal|zullen)\s+|te\s+)?kom(?:en|t)\s+(?:bij|naar|in)\s+(?:de\s+)?(?:gemeenteraad|raad|"
        rf"commissie)\b|"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{{0,40}}?\bkom(?:t|en)\b"
        rf"[^.;]{{0,60}}?\bterug\s+(?:bij|naar|in)\s+(?:de\s+)?(?:gemeenteraad|raad|commissie)\b|"
        rf"\b(?:hier|daar|er)\s?op\b[^.;]{{0,40}}?\bterug\s+te\s+komen\b|"
        # "herhaalde een eerder gedane toezegging om de raad te informeren"
        rf"\b(?:herhaal\w*|bevestig\w*)\b[^.;]{{0,30}}?\btoezegging\s+(?:om|dat|te)\b|"
        rf"\b(?:verwacht(?:en)?|streven? ernaar|is het streven|(?:ons|het) streven|de verwachting is dat)\b"
        rf"{_G}\b(?:u|de raad|uw raad)\b{_G}\b(?:te (?:kunnen )?(?:informeren|sturen|voorleggen|"
        rf"presenteren|toesturen|aanbieden)|geïnformeerd|ontvangt)\b|"
        rf"{_LOOKED_INTO}|"
        rf"\b(?:wordt|worden)\b{_G}\b{_TO_THE_COUNCIL}\b{_G}\b(?:voorgelegd|"
        rf"gestuurd|toegestuurd|aangeboden|verstuurd|toegezonden|nagezonden|verstrekt)\b|"
        # "... dat de nota in het voorjaar aan de raad wordt aangeboden"
        rf"\b{_TO_THE_COUNCIL} (?:wordt|worden) (?:voorgelegd|gestuurd|"
        rf"toegestuurd|aangeboden|toegezonden)\b|"
        rf"\bu ontvangt\b{_G}\b(?:binnenkort|spoedig|zo snel mogelijk|z\.s\.m\.)|"
        # "Uiterlijk 1 november heeft u de eindafrekening", "zorgen ervoor dat u ... heeft"
        rf"\b(?:uiterlijk|vóór|voor)\b{_G}\b(?:heeft|krijgt|ontvangt) u\b|\bzorgen? ervoor dat u\b|"
        # "Toezegging: de wethouder stuurt ..."
        rf"{_ROLE_PROMISES}|"
        # "Toezegging:", "Toezegging wethouder De Weger: ..."
        rf"^\W*toezegging(?:\s+(?:van\s+)?(?:de\s+)?(?:wethouder|burgemeester|portefeuillehouder|"
        rf"college)(?:\s+[A-Z][\w'-]*){{0,3}})?\s*:\s*(?=\w)|"  # (a heading over a list is read there)
        # "Volgens wethouder Otter wil hij de raad zo goed mogelijk informeren"
        rf"\b(?:(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{{0,40}}?\bwil|wil\s+(?:hij|zij|"
        rf"het college))\b{_G}\b(?:de (?:gemeente)?raad|de commissie)\b{_G}\b(?:informeren|op de hoogte "
        rf"(?:houden|brengen|stellen))\b|"
        # "Het college komt in het najaar met een voorstel", "komt erop terug in de commissie"
        rf"\b(?:het college|wethouder|portefeuillehouder|burgemeester)\b[^.;]{{0,40}}?\bkom(?:t|en)\b{_G}"
        rf"\bmet (?:een|het|de)\b[^.;]{{0,30}}?\b(?:\w*voorstel|notitie|\w*brief|memo|\w*plan|evaluatie|"
        rf"rapportage|nota|visie|planning|overzicht|reactie|uitwerking|analyse|inventarisatie)\b|"
        rf"\b(?:er|hier|daar)op\s+terug\b|"
        # "... dat wethouder X met een procesbrief zal komen", "de wethouder gaat de raad meer
        # betrekken", "Ik beloof daar scherper op te zijn"
        rf"\b(?:het college|wethouder|portefeuillehouder|burgemeester)\b[^.;]{{0,40}}?\bmet (?:een|het|de)\b"
        rf"[^.;]{{0,40}}?\b(?:zal|zullen)\s+komen\b|"
        rf"\b(?:het college|wethouder|portefeuillehouder|burgemeester|hij|zij|ze)\b[^.;]{{0,40}}?"
        rf"(?:\b(?:gaat|gaan)\s+(?:de\s+)?(?:gemeenteraad|raad|commissie|raadsleden)\b[^.;]{{0,40}}?|"
        rf"\b(?:de\s+)?(?:gemeenteraad|raad|commissie|raadsleden)\b[^.;]{{0,30}}?\b(?:gaat|gaan)\s+)"
        rf"\b(?:informeren|betrekken|bijpraten|inlichten|op de hoogte (?:houden|brengen|stellen))\b|"
        rf"\bik\s+belo(?:of|ofde)\b|"
        # a college's decision point: "De gemeenteraad aan te bieden om hen bij te praten op 14
        # maart" (not "De raad te informeren door middel van bijgevoegde brief": that letter is now)
        rf"\bbij\s+te\s+praten\b|"
        # "Wij hebben de wethouder gewezen op haar toezegging te zorgen dat ...", "is bereid ... te"
        rf"\b(?:haar|zijn|hun)\s+toezegging\s+(?:dat|om|te)\b|"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{{0,40}}?\b(?:is|zijn)\s+bereid\b"
        rf"{_G}\bte\s+\w+|"
        # "Wethouder Burggraaf antwoordt dat deze volgende week kan worden toegezonden aan de commissie"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b{_G}\b(?:kan|kunnen)\s+worden\s+"
        rf"(?:toegezonden|toegestuurd|gestuurd|nagezonden|verstrekt|gedeeld)\b|"
        # "De wethouder komt hier schriftelijk op terug", "komt daar in de commissie op terug"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college|ik)\b[^.;]{{0,40}}?\bkom(?:t|en)?\s+"
        rf"(?:er|hier|daar)\b[^.;]{{0,60}}?\bop\s+terug\b|"
        rf"\bbelo(?:ofde|ofden|oft|ven)\s+(?:hij|zij|ze|het college|de wethouder|de burgemeester)\b|"
        # "koppelt dit terug aan de commissie", "neemt dit mee in de evaluatie", "kondigt aan dat het
        # college in oktober met een plan komt"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{{0,60}}?\b(?:koppel(?:t|en)\b{_G}"
        rf"\bterug|{_TAKES_ALONG}|kondig(?:t|en|de|den)\s+aan\s+dat\b{_G}\b(?:kom(?:t|en)|"
        rf"stuur(?:t|en)|ontvang(?:t|en)|krijg(?:t|en)|informeer(?:t|en)|zal|zullen))\b|"
        # "De vragen worden schriftelijk beantwoord", "schriftelijke beantwoording volgt", "Het
        # college heeft aangegeven de vragen schriftelijk te beantwoorden"
        rf"\b(?:wordt|worden)\s+(?:\w+\s+)?schriftelijk\s+beantwoord\b|"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college|voorzitter)\b[^.;]{{0,60}}?"
        rf"\bschriftelijk\s+(?:te\s+)?(?:beantwoorden|antwoorden|reageren)\b|"
        # "Wethouder Kuijken stemde toe de privacy in het oog te houden", "Reden voor de wethouder
        # om toe te zeggen dat ..."
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{{0,40}}?\bstem(?:de|t)\s+"
        rf"toe\b[^.;]{{0,100}}?\bte\s+\w+|"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{{0,40}}?\btoe\s+te\s+zeggen\b|"
        rf"\bschriftelijke\s+beantwoording\s+volgt\b|"
        # "door een toezegging van de burgemeester ingetrokken", "kondigde aan het fonds beter
        # onder de aandacht te brengen"
        rf"\btoezegging\s+van\s+(?:de\s+|het\s+)?(?:wethouder|burgemeester|portefeuillehouder|college)\b|"
        rf"\b(?:wethouder|portefeuillehouder|burgemeester)\b[^.;]{{0,60}}?\bkondig(?:t|de)\s+aan\s+"
        rf"(?!dat\b)[^.;]{{0,100}}?\bte\s+\w+|"
        # an action list of the meeting: "Actie: wethouder Bakker informeert de commissie"
        rf"^\W*actie(?:punt)?\s*:\s*(?:de\s+)?(?:wethouder|portefeuillehouder|burgemeester|college)\b|"
        # "De wethouder stuurt de raad de cijfers toe", "gaat dit na en informeert de commissie
        # daarover": an act still to do, told in the present of the meeting
        rf"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{{0,60}}?\bstuur(?:t|en)\b{_G}"
        rf"\btoe\b|\ben\s+informeer(?:t|en)\s+(?:de\s+)?(?:gemeenteraad|raad|commissie|raadsleden)\b",
        re.I,
    )
)


# A section of promises ("Toezeggingen"); the singular is a register's field, read there.
# "Toezeggingen", "Toezeggingen en afspraken", "Toezegging(en) wethouder Spek:" (a register's
# "Toezegging" field is no heading of a list).
_PROMISE_HEADING = re.compile(
    r"^\W*(?:toezeggingen(?: en (?:afspraken|actiepunten))?(?:\s*\([^()]{1,40}\))?|"
    r"toezegging(?:en)?\s+(?:van\s+)?(?:de\s+|het\s+)?(?:wethouder|burgemeester|portefeuillehouder|"
    r"college)\b[^.;:]{0,40})\W*$",
    re.I,
)


# The panels of a RIS page's agenda item, each under its label.
_PANEL = re.compile(
    r"^\W*(?:besluit|stemuitslag|moties|amendementen|bijlagen|documenten|toezeggingen|"
    r"sprekers|notulen)\W*$",
    re.I,
)
# "00:23:24 - 00:24:13 - Dhr. Krale": a RIS page's video fragment, who spoke when
_TIME_STAMP = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*[-–]")
_COLUMN_HEAD = re.compile(
    r"^\s*(?:titel|onderwerp|omschrijving|nummer|nr\.?|toezegging|datum)\s*:?\s*$", re.I
)


def _promise_sections(doc: Document) -> tuple[dict[int, bool], set[int]]:
    """The blocks under a "Toezeggingen" heading, up to the next heading, and whether each is a
    table's entry (one promise a sentence); and the blocks that are a RIS page's "Titel" column
    (one promise a line, however short: "Titel" / "Onderzoek Carillon" / "update bomenlijst"),
    which run until the item's video fragments ("00:23:24 - 00:24:13 - ...") or the next item."""
    inside, table = False, False
    found: dict[int, bool] = {}
    rows: set[int] = set()
    for n, block in enumerate(doc.blocks):
        label = (
            len(block.lines) == 1 and len(block.text.split()) <= 4 and block.text[-1:] not in ".;,"
        )
        if inside and _COLUMN_HEAD.match(block.text):
            table = True  # a RIS page's table: "Toezeggingen", "Titel", then the promises
            continue
        if inside and len(block.lines) > 1 and _COLUMN_HEAD.match(block.lines[0]):
            found[n] = True  # the same, the column's head on the first line of its entries
            rows.add(n)
            continue
        if table:
            # the column's lines: the block under its head, or (as some pages come out) a
            # single-line block a row, up to the item's video fragments or its next panel
            under_head = n - 1 not in rows
            one_row = len(block.lines) == 1 and block.kind == "heading"
            if (
                (under_head or one_row)
                and not _TIME_STAMP.match(block.lines[0])
                and not _PANEL.match(block.text)
            ):
                found[n] = True
                rows.add(n)
                continue
            table = inside = False
        if _PROMISES_LISTED.search(block.text):
            inside = True  # "... de volgende toezeggingen gedaan:", the list below it
        elif block.kind == "heading" or label or _PROMISE_HEADING.match(block.text):
            inside = bool(_PROMISE_HEADING.match(block.text))
        elif inside:
            found[n] = False
    return found, rows


# A sentence that opens a list of promises: "Bij monde van wethouder X zijn de volgende
# toezeggingen gedaan:", "De toezeggingenlijst bevat ... toezeggingen ... Enkele punten zijn:"
_PROMISES_LISTED = re.compile(r"\btoezegging(?:en|enlijst)\b[^\n]{0,200}:\s*$", re.I)


# A document that goes to the council with the decision itself: no promise of more.
_SENT_NOW = re.compile(
    rf"^(?!.*\b(?:zal|zullen|na|later|binnenkort|voor|vóór|in\s+(?:het|de)\s+\w+)\b)"
    rf".*\b(?:wordt|worden)\b{_G}\b(?:aan|naar)\s+(?:de|uw)\s+(?:gemeente)?raad\b{_G}\b(?:voorgelegd|"
    rf"gestuurd|toegestuurd|aangeboden|verstuurd|toegezonden|verstrekt)\b",
    re.I,
)


def _is_promise(sentence: str, found: list[dates.Mention], doc_day: date | None) -> bool:
    """A sentence the promise patterns match is a promise to the council, unless it asks the
    college (a motion), is the letter informing now, speaks to others, or tells history."""
    if len(sentence) > 600 or _denies_promise(sentence):
        return False
    if not _TO_COUNCIL.search(sentence):
        return False  # a promise to others (a partner, residents) is not one to the council
    past = [m for m in found if not m.inferred and doc_day is not None and m.value.last < doc_day]
    # "In januari 2022 wordt de nota aan de raad gestuurd": history, told in the present.
    return not past or bool(_PROMISED.search(sentence))


# The plain word order in the present ("Wij informeren u in het najaar", "De wethouder stuurt de
# commissie voor 1 mei een overzicht") promises only with a time still to come.
_PLAIN_PROMISE = re.compile(
    r"\b(?i:wij|we|het college|(?:de )?(?:wethouder|burgemeester|portefeuillehouder))(?:\s+[A-Z][\w'-]+){0,3}"
    r"\s+(?i:informe\w*|berichten|sturen|stuurt|zenden|zendt|bieden|biedt|houden|houdt|komen|komt|"
    r"geeft|geven)\s+(?i:u|de (?:gemeente)?raad|uw raad|de commissie|de raadsleden)\b|"
    # the verb first: "In 2025 bieden wij uw raad de evaluatie aan", "delen wij uiterlijk 1
    # oktober met uw raad", "Begin 2025 ontvangt u van ons een raadsvoorstel"
    r"\b(?i:bieden|sturen|zenden|delen|leggen|informeren|berichten)\s+(?i:wij|we)\b[^.;]{0,80}?"
    r"\b(?i:u|uw raad|de (?:gemeente)?raad|de commissie)\b|"
    r"\b(?i:ontvangt)\s+(?i:u|uw raad|de (?:gemeente)?raad)\s+(?i:van)\s+(?i:ons|het college)\b"
)
_LATER = re.compile(
    r"\b(?:binnenkort|spoedig|straks|later|na de zomer|voor de zomer|zodra|op de hoogte|"
    r"(?:volgend|komend)\s+jaar|(?:volgende|komende)\s+(?:week|weken|maand|maanden)|"
    r"binnen\s+(?:een|twee|drie|vier|zes|\d+)\s+(?:dagen|weken|maanden|week|maand))\b",
    re.I,
)


def _promised_later(sentence: str, found: list[dates.Mention], doc_day: date | None) -> bool:
    ahead = any(doc_day is None or m.value.last >= doc_day for m in found)
    return bool(_PLAIN_PROMISE.search(sentence)) and (ahead or bool(_LATER.search(sentence)))


# Words that keep a sentence with a past date a promise: it was made then, or is still to come.
_PROMISED = re.compile(
    r"\b(?:zal|zullen|zou|zouden|gaat|gaan|binnenkort|a\.s\.|aanstaande|toe|toegezegd|"
    r"toezegging|verwacht\w*|volgt|volgen|straks|nog)\b",
    re.I,
)
_TO_COUNCIL = re.compile(
    r"\b(?:raad|raadsleden|gemeenteraad|raadsvergadering|commissie\w*|fracties?|u|uw|presidium|"
    r"griffie|toegezegd|"
    r"toezegging(?:en)?|toezeggen)\b|" + _ZEGT + r"[^.;]{0,120}?\btoe\b|"
    # "verdere details zullen schriftelijk beantwoord worden": questions of the council;
    # "(wordt nagezonden)", "zal tekst en uitleg worden gegeven": to those at the meeting
    r"\bschriftelijk\b[^.;]{0,30}?\b(?:beantwoord|geantwoord|antwoord|reageren|terug)|\bnagezonden\b|"
    # agreed or promised in the meeting: "stemde toe ... te", "om toe te zeggen"
    r"\b(?:wethouder|portefeuillehouder|burgemeester|college)\b[^.;]{0,40}?\b(?:stem(?:de|t)\s+toe|"
    r"toe\s+te\s+zeggen)\b|"
    r"\btekst en uitleg\b|"
    # "Wethouder Van Rijn zal nagaan of ...": said to the committee he answers
     + _FINDS_OUT + r"|"
    r"\b(?:wethouder|portefeuillehouder|burgemeester)\b[^.;]{0,40}?\bkom(?:t|en)\s+(?:er|hier|daar)\b"
    r"[^.;]{0,40}?\bop\s+terug\b|"
    # coming back on a question is to the meeting that asked it: "daar komen wij naderhand op
    # terug", "Wethouder Van Dijk zou daar op terugkomen"
    r"\bkom(?:t|en)\s+(?:wij|we|ik|het\s+college)\b[^.;]{0,60}?\bterug\b|"
    r"\b(?:er|hier|daar)\s?op\s+terug(?:komen|\s+te\s+komen)\b|"
    # "Het college komt in het najaar met een voorstel": a proposal goes to the council
    r"\bkom(?:t|en)\b[^.;]{0,40}?\bmet (?:een|het) (?:\w*voorstel|notitie|nota|\w*plan|planning|"
    r"overzicht|reactie|uitwerking|analyse|inventarisatie|\w*brief)\b|"
    r"\bmet (?:een|het|de)\b[^.;]{0,40}?\b(?:zal|zullen)\s+komen\b|\bik\s+belo(?:of|ofde)\b|"
    + _ROLE_PROMISES
    + r"|"
    + _LOOKED_INTO
    + r"|"
    + _COMES_BACK
    + r"|"
    r"\b(?:wethouder|portefeuillehouder|burgemeester)\b[^.;]{0,60}?\bkondig(?:t|de)\s+aan\b|"
    # said to the meeting the report is of: "De burgemeester neemt dit mee in de evaluatie"
    r"\b(?:wethouder|portefeuillehouder|burgemeester)\b[^.;]{0,60}?\b(?:"
    + _TAKES_ALONG
    + r"|koppel(?:t|en)\b[^.;]{0,80}?\bterug)\b",
    re.I,
)


# A motion's request, a decision, or the letter informing the council right now is no promise.
@lru_cache(maxsize=16)
def _denies_promise(sentence: str) -> bool:
    """Whether `_NOT_A_PROMISE` says so (asked twice of each sentence, and the longest pattern
    of all: a third of a millisecond per clause of a run-on line)."""
    return bool(_NOT_A_PROMISE.search(sentence))


_NOT_A_PROMISE = re.compile(
    r"\bverzoekt\b|\bdraagt\b[^.;]{0,40}\bop\b|\broept\b[^.;]{0,40}\bop\b|\bspreekt uit\b|"
    # promised nothing: "zegde niet op voorhand toe"; the council keeping its readers informed
    r"\bzegde\s+niet\b|\bniet\s+toegezegd\b|\b(?:houdt|informeert)\s+(?:de\s+)?(?:gemeente)?raad\s+u\b|"
    # promised to others: "heeft de minister toegezegd", "beloofde de omwonenden"
    r"\b(?:heeft|hebben|zegde|zei|beloofde)\s+(?:\w+\s+){0,3}?(?:de\s+)?(?:minister|staatssecretaris|"
    r"provincie|inwoners|bewoners|omwonenden|ondernemers|ouders|ministerie)\b|"
    # made by another body or an official: "De Veiligheidsregio heeft toegezegd", "De ambtelijk
    # projectleider zegt toe"
    r"\b(?:de|het|een)\s+(?:veiligheidsregio|provincie|ggd|omgevingsdienst|\w*corporatie|ministerie|"
    r"minister|staatssecretaris|"
    r"ambtena(?:ar|ren)|ambtelijke?\s+\w+|projectleider)\b(?:\s*,[^,.;]{0,40},)?\s+(?:heeft|hebben|"
    r"zegt|zegde|zei|zeggen)\b[^.;]{0,40}?\b(?:toegezegd|toe)\b|"
    # a party pressing the wethouder, a member asking for a promise
    r"\b(?:blijv(?:en|t)|zullen|zal|willen|wil)\b[^.;]{0,60}?\baandringen\b|"
    r"\bdring(?:t|en)\s+er\b[^.;]{0,60}\bop\s+aan\b|"
    r"\bvra(?:agt|gen|eg|egt|egen)\b[^.;]{0,60}?\btoe\s+te\s+zeggen\b|"
    r"\bvr(?:oeg|oegen|aagt|agen)\s+(?:\w+\s+){0,3}?om\s+(?:een|de)\s+toezegging\b|"
    # "Het CDA vraagt of de wethouder kan toezeggen ...": asked, not promised
    r"\bvra(?:agt|gen|eg|egt|egen)\s+(?:zich\s+af\s+)?(?:of|wanneer)\b|\bweten\s+(?:of|wanneer)\b|"
    r"\bbesloten dat\b|\bdoor\s+de\s+(?:rkc|rekenkamer\w*|accountant)\b|"
    # the Rijk or the province promising; what the council itself wants; a promise broken;
    # a standing rule; the document announcing its own text
    r"\b(?:het\s+rijk|het\s+kabinet|de\s+provincie|gedeputeerde\s+staten)\s+(?:heeft|hebben|zegt|"
    r"zegde|zei)\b[^.;]{0,40}?\b(?:toegezegd|toe)\b|\bstatenleden\b|"
    r"^\W*(?:de\s+)?(?:gemeente)?raad\s+(?:vindt|wil|wenst|vraagt|verzoekt)\b|\bniet\s+nagekomen\b|"
    r"\bte\s+allen\s+tijde\b|\bten\s+alle\s+tijden\b|\b(?:hierna|hieronder)\s+volgt\b|^(?:met (?:deze|dit) \w+|hierbij|middels deze \w+|in (?:deze|dit) (?:\w*brief|bericht|memo|nota|overzicht|notitie|bijeenkomst|\w*vergadering|sessie|e-?mail|mail))\b|"
    # the page informing its readers now: "In deze 'B en W belicht' informeren wij u over ...",
    # "In deze 3e Nieuwsbrief wordt u geïnformeerd over ..."
    r"^\W*in\s+(?:deze|dit)\b[^.;]{0,60}?\b(?:informeren\s+(?:wij|we)|wordt\s+u)\b|"
    # a page keeping its readers informed: "We houden u op de hoogte via deze website"
    r"\bvia\s+(?:deze|dit|onze)\s+(?:website|site|bericht|pagina|nieuwsbrief|kanalen)\b|"
    # "Een aangepast voorstel moet uiterlijk 4 juli aan de raad worden voorgelegd": what the
    # council demands, not what the college promises
    r"\b(?:moet|moeten)\b[^;]{0,80}?\bworden\b|"
    r"\b(?:hebben|heeft) (?:wij|we|het college)?\s*(?:u|de raad)\b[^.;]{0,40}\bgeïnformeerd\b|"
    # the line that opens a list of promises is none itself: each line below it is one
    + _PROMISES_LISTED.pattern,
    re.I,
)


def _promise(
    sentence: str,
    found: list[dates.Mention],
    draft: Draft,
    block_step: str | None,
    doc_day: date | None,
    listed: tuple[int, int] | None = None,
    promising: bool = False,
) -> None:
    """A promise: an item under a "Toezeggingen" heading (`listed`: its block; the item's
    further sentences belong to the same promise), or a sentence the caller found `promising`
    (in the words of one: asked once, a run-on text has thousands of sentences)."""
    if listed is not None:
        # a table's row may be a short title ("update bomenlijst", "Bomenkap"); a sentence
        # under a heading says more
        row = listed[1] < 0
        words = re.findall(r"[^\W\d_]{2,}", sentence)
        short = (
            not words or (len(words) < 2 and max(map(len, words)) < 6)
            if row
            else (len(sentence.split()) < 3)
        )
        if short or _denies_promise(sentence):
            return
        if (earlier := draft.listed_promises.get(listed)) is not None:
            _continued(draft, earlier, sentence, found, doc_day)
            return
    elif not promising:
        return
    said = norm(sentence)
    if listed is None and any(
        said in draft.quotes.get(f"promises/{p['id']}", ()) for p in draft.promises
    ):
        return  # the same words again (a page's lead repeated, a run-on text): one promise
    named = next(
        (s.get("portefeuillehouder") for s in draft.steps if s.get("portefeuillehouder")), None
    )
    promise: dict[str, Any] = {
        "id": draft.new_id("promises", ids.meaningful(sentence) or "toezegging"),
        "text": re.sub(r"^\s*\d{1,2}[.)]\s*(?=[A-Z])", "", sentence)[:300],
        "by": acts.promiser(sentence, named),
    }
    found = _kept_later(found)
    ahead = [m for m in found if doc_day is None or m.value.last >= doc_day or m.role == "bound"]
    # A promise the document reports from the past keeps the term it had then.
    ahead = ahead or [m for m in found if m.inferred or m.period or m.role == "bound"]
    key = f"promises/{promise['id']}"
    if ahead:
        due = ahead[-1]
        promise["due"] = due.value.iso()
        if due.inferred:
            draft.review[key] = f"jaar afgeleid ({due.value.iso()}): nagaan"
    else:
        draft.review[key] = "geen termijn gevonden: nagaan"
    made_in = block_step or (draft.doc_step if draft.layout in _PROMISING_LAYOUTS else None)
    if made_in:
        promise["made_in"] = made_in
    elif draft.doc_step:
        draft.review.setdefault(key, "waar gedaan? nagaan (made_in)")
    draft.promises.append(promise)
    _quote(draft, "promises", promise["id"], sentence)
    if listed is not None:
        draft.listed_promises[listed] = promise


def _kept_later(found: list[dates.Mention]) -> list[dates.Mention]:
    """A promise is kept after it is made: a day or month without a year that the reading
    placed before the date its year was reckoned from ("voor 1 oktober" in a report of March,
    the nearest 1 October; "in juni" beside "heeft toegezegd", the last June) is the next one."""
    return [
        replace(m, value=FuzzyDate.parse(_next_year(m.value.iso())))
        if m.inferred and m.base is not None and m.value.last < m.base
        else m
        for m in found
    ]


def _next_year(iso: str) -> str:
    return re.sub(r"\b\d{4}\b", lambda y: str(int(y[0]) + 1), iso)


def _continued(
    draft: Draft,
    promise: dict[str, Any],
    sentence: str,
    found: list[dates.Mention],
    doc_day: date | None,
) -> None:
    """A further sentence of a listed promise: its words, and its term when the first gave none."""
    if len(promise["text"]) + len(sentence) < 300:
        promise["text"] = f"{promise['text']} {sentence}"
    _quote(draft, "promises", promise["id"], sentence)
    ahead = [m for m in _kept_later(found) if doc_day is None or m.value.last >= doc_day]
    key = f"promises/{promise['id']}"
    if ahead and "due" not in promise:
        promise["due"] = ahead[-1].value.iso()
        if ahead[-1].inferred:
            draft.review[key] = f"jaar afgeleid ({promise['due']}): nagaan"
        else:
            draft.review.pop(key, None)


_DECISIONS = ("collegebesluit", "raadsbesluit", "motie", "amendement")
# Steps in which a promise to the council can be made: a letter, a proposal, a meeting.
_SPOKEN_IN = (
    "raadsinformatiebrief",
    "brief",
    "raadsvoorstel",
    "commissievergadering",
    "raadsvergadering",
)
# Documents in which the college (or its wethouder) speaks to the council itself.
_PROMISING_LAYOUTS = ("rib", "raadsvoorstel", "verslag", "besluitenlijst-raad", "register")


# ---------------------------------------------------------------- preconditions

_CONDITIONS = re.compile(r"\b(?:rand)?voorwaarden?\b", re.I)
_PROVISO = re.compile(
    r"\b(?:onder (?:het )?voorbehoud dat|op (?:de )?voorwaarde dat|"
    r"niet eerder (?:te )?(?:starten|beginnen|uitvoeren|realiseren) dan (?:na )?)\s*(?P<what>[^.;]{6,200})",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-•*·▪]|\d{1,2}[.)]|[a-z][.)])\s+(.+)$")
_NEGATION = re.compile(
    r"^(?:er (?:is|zijn) (?:nog )?geen|geen)\s+|\s+(?:ontbreekt|ontbreken)(?: nog)?$|\s+(?:is|zijn) (?:er )?nog niet\b",
    re.I,
)
_STILL_NOT = re.compile(r"\s+(?:nog\s+)?niet\s+(?=\w+\.?$)|\s+nog\s+niet\b", re.I)


def _condition(
    draft: Draft, text: str, fragment: str, named: bool = True, where: str | None = None
) -> str | None:
    if any(p["text"].lower() == text.lower() for p in draft.preconditions):
        return None
    pre_id = draft.new_id("preconditions", ids.meaningful(text) or "voorwaarde")
    entry: dict[str, Any] = {"id": pre_id, "text": text}
    if where or (named and draft.doc_step):
        entry["named_in"] = where or draft.doc_step
    draft.preconditions.append(entry)
    _quote(draft, "preconditions", pre_id, fragment)
    return pre_id


def _conditions(doc: Document, draft: Draft) -> None:
    """Conditions named as (rand)voorwaarden: listed after a colon, in a bulleted list under a
    line ending in a colon, or said to be unmet in the sentences after ("... is nog niet ...")."""
    said = [s.text for s in doc.sentences]
    for i, sentence in enumerate(said):
        if len(sentence) > 1500 or not _CONDITIONS.search(sentence):
            continue
        head, colon, rest = sentence.partition(":")
        if colon and _CONDITIONS.search(head) and len(rest) >= 10:
            for part in re.split(r",\s*|;\s*|\s+en\s+(?=\w)", rest.strip().rstrip(".")):
                part = re.sub(r"\s*\betc\.?$", "", part.strip()).strip()
                if len(part.split()) < 2 or len(part) > 200:
                    continue
                positive = _NEGATION.sub("", part).strip()
                where = draft.passages.get(i)
                _condition(draft, positive[:1].upper() + positive[1:], part, False, where)
        elif not colon:
            for follow in said[i + 1 : i + 8]:
                if not _STILL_NOT.search(follow) or _CONDITIONS.search(follow) or len(follow) > 300:
                    break
                text = _STILL_NOT.sub(" ", follow).strip().rstrip(".")
                made = _condition(draft, text, follow, where=draft.passages.get(i))
                if made:
                    draft.unmet.add(made)
    for i, sentence in enumerate(said):
        # "Dit onder het voorbehoud dat de kapitaallasten in de begroting worden opgenomen",
        # "niet eerder te starten dan na een door de raad geaccordeerd uitvoeringsplan"
        for proviso in _PROVISO.finditer(sentence):
            what = proviso["what"].strip().rstrip(".,;")
            if len(what.split()) >= 3:
                where = draft.passages.get(i)
                _condition(draft, what[:1].upper() + what[1:], proviso[0], where=where)
    lines = doc.lines
    for i, line in enumerate(lines):
        if not (_CONDITIONS.search(line) and line.rstrip().endswith(":")):
            continue
        for follow in lines[i + 1 : i + 20]:
            if not follow.strip():
                continue
            m = _BULLET.match(follow)
            if not m:
                break
            _condition(draft, norm(m.group(1)).rstrip(";.,"), m.group(1))
