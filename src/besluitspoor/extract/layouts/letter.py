"""Letters to the council: a raadsinformatiebrief, a raadsvoorstel (and the council meeting it
is for), an advice, any other letter (answers to questions included). The letter is a step; the
acts, promises and conditions in its sentences are read by `recognize`."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from besluitspoor.extract import acts, dates, decree
from besluitspoor.extract.document import Document, norm
from besluitspoor.extract.layouts.base import (
    Layout,
    add,
    first_line,
    latest,
    short_kind,
    title_line,
)
from besluitspoor.fuzzydate import FuzzyDate

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft


_DOC_KINDS = {
    "rib": "raadsinformatiebrief",
    "raadsvoorstel": "raadsvoorstel",
    "advies": "advies",
    "brief": "brief",
}


def letter(doc: Document, draft: Draft, layout: str) -> None:
    kind = _DOC_KINDS[layout]
    if draft.doc_date is None:
        return
    if layout == "raadsvoorstel" and (taken := decree.read(doc)) and taken.session is not None:
        _decided(draft, taken, taken.session)
        return
    day = draft.doc_date.iso()
    title = title_line(doc) or kind
    named = None
    if not doc.field("onderwerp", "betreft", "titel") and (named := _named_title(doc)):
        title = named  # a RIS page's "Onderwerp Raadsinformatiebrief over ..." under its menu
    step: dict[str, Any] = {
        "id": f"{short_kind(kind)}-{day}",
        "kind": kind,
        "date": day,
        "title": _clean_title(title, kind),
    }
    holder = doc.field("portefeuillehouder", "portefeuillehouders", "wethouder")
    if holder and kind == "raadsinformatiebrief":  # the format has the field on a RIB only
        step["portefeuillehouder"] = norm(re.split(r"\s{2,}|\s+\w+\s*:", holder)[0])[:80]
    if kind == "advies":
        step["council"] = acts.committee(" ".join(doc.head(8))) or "Adviesraad"
    quotes = [
        q
        for q in (
            doc.field_lines.get("onderwerp") or doc.field_lines.get("betreft") or named,
            doc.field_lines.get("datum"),
        )
        if q
    ]
    # the letter is what its title and its opening sentence say it is
    add(draft, step, *dict.fromkeys([*quotes, first_line(doc), *_opening(doc, title)]))
    draft.doc_step = step["id"]
    if kind == "raadsvoorstel":
        for label in ("raadsvergadering", "datum raadsvergadering", "vergaderdatum raad"):
            value = doc.fields.get(label)
            found = dates.first_day(value) if value else None
            if found:
                council = {
                    "id": f"raad-{found.iso()}",
                    "kind": "raadsvergadering",
                    "date": found.iso(),
                    "title": f"Raadsvergadering {found.display('long')}",
                    "refs": [step["id"]],
                }
                if found.first > draft.doc_date.last:
                    council["status"] = "aangekondigd"
                # The header's route may have given the meeting already: it is the same one.
                same = next(
                    (
                        x
                        for x in draft.steps
                        if (x["kind"], x["date"]) == ("raadsvergadering", found.iso())
                    ),
                    None,
                )
                if same is None:
                    add(draft, council, doc.field_lines[label])
                else:
                    same.setdefault("refs", []).append(step["id"])
                    if "status" in council:
                        same["status"] = council["status"]
                break


def _opening(doc: Document, title: str) -> list[str]:
    """The letter's title line as the text has it, and the first sentence of its body (after
    the salutation): what it is about, in its own words."""
    out = [title] if title and title in doc.text else []
    for sentence in doc.sentences[:30]:
        said = norm(sentence.text)
        body = doc.blocks[sentence.block].kind == "para"
        if body and len(said.split()) >= 6 and not _GREETING.match(said):
            return [*out, said]
    return out


_GREETING = re.compile(r"^\W*(?:geacht|beste|aan\s|betreft|onderwerp|datum|kenmerk)", re.I)


def _decided(draft: Draft, taken: decree.Decree, day: FuzzyDate) -> None:
    """A published council decision: the decision itself (the document), taken at its meeting,
    on the college's proposal of the day it names."""
    step: dict[str, Any] = {
        "id": f"{short_kind('raadsbesluit')}-{day.iso()}",
        "kind": "raadsbesluit",
        "date": day.iso(),
        "title": taken.title[:160],
        "outcome": "aangenomen",
    }
    add(draft, step, taken.title_line, taken.session_line)
    draft.doc_step = step["id"]
    if taken.proposal is not None and taken.proposal.first <= day.first:
        proposal = {
            "id": f"{short_kind('raadsvoorstel')}-{taken.proposal.iso()}",
            "kind": "raadsvoorstel",
            "date": taken.proposal.iso(),
            "title": f"Voorstel van burgemeester en wethouders: {taken.title}"[:160],
        }
        add(draft, proposal, taken.proposal_line)
        step["proposal"] = proposal["id"]


# A proposal's header names the meetings it goes to ("Commissiebehandeling : 15 juni 2021",
# "Raadsvergadering : 8 juli 2021"); those are not the proposal's own date.
_MEETING_FIELD = re.compile(
    r"^\s*(?:(?:datum\s+)?(?:raads|commissie)\w*|vergaderdatum\s+raad|behandeling\b[^:]{0,20})\s*:",
    re.I,
)
_OWN_DATE_FIELDS = (
    "datum",
    "datum voorstel",
    "datum raadsvoorstel",
    "datum collegebesluit",
    "datum collegevergadering",
    "datum college",
    "collegevergadering",
    "datum b&w",
    "b&w-vergadering",
)


def _proposal_date(doc: Document, given: date | None) -> FuzzyDate | None:
    """A proposal's own date: a date field of its own, else the first date at its top that is
    not a meeting it goes to; a proposal that names only those meetings is of their year."""
    for label in _OWN_DATE_FIELDS:
        value = doc.fields.get(label)
        if value and (found := dates.first_day(value, given)):
            return found
    meetings: list[FuzzyDate] = []
    for line in doc.head(12):
        found = dates.first_day(line, given)
        if found is None:
            continue
        if not _MEETING_FIELD.match(line):
            return None  # the usual rule finds it
        meetings.append(found)
    if meetings and given is None:
        return FuzzyDate(min(meetings, key=lambda d: d.first).first.year)
    return None


_NAMES_ITSELF = re.compile(
    r"^\W*(?:(?:onderwerp|betreft|titel)\s*:?\s+)?(?P<title>(?:raads)?(?:informatiebrief|voorstel)\b"
    r"[^\n]{6,150})$",
    re.I,
)


def _named_title(doc: Document) -> str | None:
    """A line near the top that names the letter with its kind: "Onderwerp Raadsinformatiebrief
    over verkenning visie Schil-west" (a RIS page's field without a colon)."""
    for line in doc.head(20):
        if m := _NAMES_ITSELF.match(norm(line)):
            return m["title"]
    return None


def _clean_title(title: str, kind: str) -> str:
    """A title without letterhead, numbers and the kind's own name in front."""
    title = re.sub(
        r"^(?:raads)?informatiebrief\s*[:-]?\s*|^raadsvoorstel\s*[:-]?\s*", "", title, flags=re.I
    )
    title = re.sub(r"\s*\(?\b[A-Z]{0,3}\d{2}\.\d{4,}\)?|\s*\*[A-Z0-9]+\*", "", title)
    # "Raadsinformatiebrief over verkenning visie": what it is about, capitalised
    title = re.sub(r"^(?:over|inzake|betreffende)\s+(?=\w)", "", norm(title), flags=re.I)
    return (title[:1].upper() + title[1:])[:160] or kind


def _latest(doc: Document, given: date | None) -> FuzzyDate | None:
    """A letter without a date field postdates what it reports: its latest date."""
    if any(label in doc.fields for label in ("datum", "datum brief", "verzenddatum")):
        return None
    return latest(doc)


RIB = Layout(
    "rib",
    "raadsinformatiebrief",
    lambda doc, draft: letter(doc, draft, "rib"),
    markers=(
        re.compile(
            r"\braads?informatiebrief\b|\braadsbrief\b|\binformatiebrief\b|\braadsmemo\b|"
            r"\bcollegebericht\b|\bmemo aan de (?:gemeente)?raad\b|\binformatienota\b|"
            # the college's letter offering the council a budget or annual account
            r"\baanbiedingsbrief\b",
            re.I,
        ),
    ),
)
PROPOSAL = Layout(
    "raadsvoorstel",
    "raadsvoorstel",
    lambda doc, draft: letter(doc, draft, "raadsvoorstel"),
    markers=(
        re.compile(
            r"\braadsvoorstel\b|\bvoorstel aan de (?:gemeente)?raad\b|\bbeslispunten\b|"
            r"\b(?:u|de raad) wordt (?:gevraagd|voorgesteld)\b|\bvoorgesteld (?:raads)?besluit\b|"
            r"\bontwerp-?raadsbesluit\b|\braadsnota\b",
            re.I,
        ),
    ),
    dated=_proposal_date,
)
ADVICE = Layout(
    "advies",
    "advies",
    lambda doc, draft: letter(doc, draft, "advies"),
    markers=(
        re.compile(
            r"^\s*(?:ongevraagd\s+|gevraagd\s+)?advies\b|\bbetreft:?\s+(?:ongevraagd\s+)?advies\b|"
            r"\badvies van de\b[^\n]{0,40}\b(?:adviesraad|raad)\b",
            re.I,
        ),
    ),
)
LETTER = Layout(
    "brief",
    "brief",
    lambda doc, draft: letter(doc, draft, "brief"),
    markers=(
        re.compile(
            r"^\s*(?:raadsvragen|schriftelijke vragen|vragen (?:ex|op grond van) art\w*|"
            r"beantwoording\b[^\n]{0,30}\bvragen)\b",
            re.I,
        ),
        re.compile(
            r"\bgeacht(?:e)? (?:college|leden|heer|mevrouw|raad|gemeenteraad|raadsleden)\b|"
            r"^\s*(?:betreft|onderwerp)\b(?!\s*\|)|^\s*aan (?:de )?(?:leden van )?de (?:gemeente)?raad\b|"
            # "Brief van de gebiedsmakelaars", "Beste inwoner,": a letter to residents
            r"^\s*(?:open\s+brief|brief\s+(?:van|aan))\b|"
            r"^\s*beste\s+(?:inwoners?|bewoners?|buurtbewoners?)\b|"
            # "Beste heer, mevrouw,", "Beste raadsleden,": a letter's salutation
            r"^\s*beste\s+(?:heer\s*(?:,|/|en)\s*mevrouw|raadsleden|leden\s+van\s+de\s+(?:gemeente)?raad)\b|"
            # a letter's reference fields: "Uw brief van:", "Ons kenmerk:"
            r"\buw\s+brief\s+van\b",
            re.I,
        ),
    ),
    dated=_latest,
)
