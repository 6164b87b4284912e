"""What a council document says, recognised from its text: its kind and date, the dated acts of
the municipality's bodies it names, the promises of the college, and the preconditions it lists.

Every item keeps the verbatim fragment (whitespace-normalised) it rests on. The patterns are
deliberately plain and conservative: an item is proposed where a sentence shows it, and left out
where a sentence does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from besluitspoor import ids
from besluitspoor.extract import dates
from besluitspoor.fuzzydate import FuzzyDate

DOC_KINDS = {  # doc_type -> the kind of the document's own step
    "raadsinformatiebrief": "raadsinformatiebrief",
    "motie": "motie",
    "raadsvoorstel": "raadsvoorstel",
    "advies": "advies",
    "brief": "brief",
    "verslag": "commissievergadering",
    "besluitenlijst": "raadsvergadering",
}

# The first lines of a document name its kind (checked in this order).
_TYPE_MARKERS = (
    ("raadsinformatiebrief", re.compile(r"\braadsinformatiebrief\b|\braadsbrief\b", re.I)),
    ("besluitenlijst", re.compile(r"\bbesluitenlijst\b", re.I)),
    ("motie", re.compile(r"^\s*motie\b|\bmotie (?:vreemd|van)\b", re.I | re.M)),
    ("raadsvoorstel", re.compile(r"\braadsvoorstel\b|\bvoorstel aan de (?:gemeente)?raad\b", re.I)),
    ("verslag", re.compile(r"\bverslag\b|\bnotulen\b", re.I)),
    ("advies", re.compile(r"^\s*(?:ongevraagd\s+)?advies\b|\bbetreft:?\s+advies\b", re.I | re.M)),
    (
        "brief",
        re.compile(r"\bgeacht(?:e)? (?:college|leden|heer|mevrouw)\b|^\s*betreft\b", re.I | re.M),
    ),
)

_HEADER_DATE = re.compile(r"^\s*(?:datum|d\.d\.)\s*:?\s*(.+)$", re.I | re.M)
_SUBJECT = re.compile(r"^\s*(?:onderwerp|betreft)\s*:?\s*(.+)$", re.I | re.M)
_PORTFOLIO = re.compile(r"^\s*portefeuillehouder\s*:?\s*(.+)$", re.I | re.M)

# Acts of the municipality's bodies, in the sentence that dates them.
_ACTS = (
    (
        "raadsbesluit",
        re.compile(
            r"\bprincipebesluit\b|\b(?:heeft|hebt) u\b.*\b(?:vastgesteld|besloten|aangenomen)\b|\braad heeft\b.*\b(?:vastgesteld|besloten|aangenomen)\b",
            re.I,
        ),
    ),
    (
        "collegebesluit",
        re.compile(
            r"\b(?:het college|wij) (?:heeft|hebben)\b.*\bbesloten\b|\bcollegebesluit\b", re.I
        ),
    ),
    (
        "commissievergadering",
        re.compile(
            r"\bcommissie\b|\bbio\b|\bbeeldvormend\w*\b|\boordeelsvormend\w*\b|\binformatiebijeenkomst\b|\bforum\b",
            re.I,
        ),
    ),
    (
        "raadsvergadering",
        re.compile(r"\b(?:uw |de )?raad(?:svergadering)? van\b|\braadsvergadering\b", re.I),
    ),
)
_COMMITTEE = re.compile(r"\bcommissie\s+((?:[A-Z][\w&-]*\s*(?:en\s+)?){1,4})")

# Promises: the college or a wethouder commits itself to the council.
_PROMISE = re.compile(
    r"\bzegt\b.*\btoe\b|\btoegezegd\b|\bwordt nagezonden\b|\bzal\b.*\b(?:informeren|sturen|"
    r"toesturen|voorleggen|terugkomen|delen)\b|\bzullen\b.*\b(?:informeren|voorleggen|"
    r"terugkomen|sturen)\b|\binformeren wij u\b|\bwaarover wij u\b|\bkomen wij\b.*\bterug\b|"
    r"\bvoorgelegd krijgt\b|\bin uw raad van\b.*\bbespreken\b",
    re.I,
)
_NOT_A_PROMISE = re.compile(r"\bverzoekt\b|\bdraagt het college op\b|\bspreekt uit\b", re.I)

_CONDITIONS = re.compile(r"\b(?:rand)?voorwaarden?\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*·]|\d{1,2}[.)]|[a-z][.)])\s+(.+)$")


@dataclass
class Draft:
    doc_type: str
    doc_date: FuzzyDate | None
    steps: list[dict[str, Any]] = field(default_factory=list)
    promises: list[dict[str, Any]] = field(default_factory=list)
    preconditions: list[dict[str, Any]] = field(default_factory=list)
    quotes: dict[str, list[str]] = field(default_factory=dict)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def sentences(text: str) -> list[str]:
    """Sentences of the text, whitespace-normalised; a line of its own counts as one."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        joined = norm(block)
        if not joined:
            continue
        out.extend(s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9'\"(])", joined) if s)
    return out


def doc_type_of(text: str) -> str:
    head = "\n".join(text.strip().splitlines()[:25])
    for name, pattern in _TYPE_MARKERS:
        if pattern.search(head):
            return name
    return "overig"


def doc_date_of(text: str, given: date | None) -> FuzzyDate | None:
    header = _HEADER_DATE.search(text)
    if header:
        found = dates.find(header.group(1), given)
        if found and found[0].value.precision == "day":
            return found[0].value
    if given is not None:
        return FuzzyDate.of(given)
    days = [f.value for f in dates.find(text, None) if f.value.precision == "day"]
    return max(days, key=lambda d: d.first) if days else None


def recognise(text: str, doc_date: date | None = None) -> Draft:
    kind = doc_type_of(text)
    when = doc_date_of(text, doc_date)
    draft = Draft(kind, when)
    day = when.first if when is not None else None
    _document_step(text, draft)
    taken: set[str] = {s["id"] for s in draft.steps}
    for sentence in sentences(text):
        _acts(sentence, day, draft, taken)
        _promise(sentence, day, draft)
    _preconditions(text, draft)
    return draft


def _quote(draft: Draft, section: str, item_id: str, fragment: str) -> None:
    draft.quotes.setdefault(f"{section}/{item_id}", []).append(norm(fragment))


def _document_step(text: str, draft: Draft) -> None:
    kind = DOC_KINDS.get(draft.doc_type)
    if kind is None or draft.doc_date is None:
        return
    subject = _SUBJECT.search(text)
    title = norm(subject.group(1)) if subject else norm(text.strip().splitlines()[0])
    step: dict[str, Any] = {
        "id": f"{'rib' if kind == 'raadsinformatiebrief' else kind}-{draft.doc_date.iso()}",
        "kind": kind,
        "date": draft.doc_date.iso(),
        "title": title[:200] or draft.doc_type,
    }
    portfolio = _PORTFOLIO.search(text)
    if portfolio and kind == "raadsinformatiebrief":
        step["portefeuillehouder"] = norm(portfolio.group(1))
    if kind == "commissievergadering":
        step["committee"] = _committee(text) or "Commissie"
    if kind == "advies":
        step["council"] = "Adviesraad"
    draft.steps.append(step)
    for pattern in (_SUBJECT, _HEADER_DATE, _PORTFOLIO):
        m = pattern.search(text)
        if m:
            _quote(draft, "steps", step["id"], m.group(0))
    first = text.strip().splitlines()[0]
    _quote(draft, "steps", step["id"], first)


def _committee(sentence: str) -> str | None:
    m = _COMMITTEE.search(sentence)
    return norm("Commissie " + m.group(1)) if m else None


def _acts(sentence: str, day: date | None, draft: Draft, taken: set[str]) -> None:
    found = dates.find(sentence, day)
    if not found:
        return
    for kind, pattern in _ACTS:
        if not pattern.search(sentence):
            continue
        when = found[0].value
        base = f"{_SHORT.get(kind, kind)}-{when.iso().replace('/', '-')}"
        if base in taken or any(s["kind"] == kind and s["date"] == when.iso() for s in draft.steps):
            return
        step: dict[str, Any] = {
            "id": base,
            "kind": kind,
            "date": when.iso(),
            "title": _title(sentence),
        }
        if kind == "commissievergadering":
            step["committee"] = _committee(sentence) or "Commissie"
        if kind == "raadsbesluit" and re.search(r"principebesluit", sentence, re.I):
            step["decision"] = "principebesluit"
        draft.steps.append(step)
        taken.add(base)
        _quote(draft, "steps", base, sentence)
        return


_SHORT = {
    "raadsbesluit": "rb",
    "raadsvergadering": "raad",
    "commissievergadering": "cie",
    "collegebesluit": "cb",
    "raadsinformatiebrief": "rib",
}


def _title(sentence: str) -> str:
    words = sentence.split()
    return " ".join(words[:14]).rstrip(",;:") or sentence


def _promise(sentence: str, day: date | None, draft: Draft) -> None:
    if not _PROMISE.search(sentence) or _NOT_A_PROMISE.search(sentence):
        return
    promise: dict[str, Any] = {
        "id": ids.fresh(ids.meaningful(sentence), (p["id"] for p in draft.promises)),
        "text": sentence[:300],
        "by": "college",
    }
    found = dates.find(sentence, day)
    if found:
        promise["due"] = found[-1].value.iso()
    if draft.steps and draft.steps[0]["date"] == (draft.doc_date.iso() if draft.doc_date else None):
        promise["made_in"] = draft.steps[0]["id"]
    draft.promises.append(promise)
    _quote(draft, "promises", promise["id"], sentence)


def _preconditions(text: str, draft: Draft) -> None:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not (_CONDITIONS.search(line) and line.rstrip().endswith(":")):
            continue
        for follow in lines[i + 1 : i + 20]:
            if not follow.strip():
                if any(True for _ in draft.preconditions):
                    continue
                continue
            m = _BULLET.match(follow)
            if not m:
                break
            item = norm(m.group(1)).rstrip(";.,")
            pre_id = ids.fresh(ids.meaningful(item), (p["id"] for p in draft.preconditions))
            entry: dict[str, Any] = {"id": pre_id, "text": item}
            if draft.steps:
                entry["named_in"] = draft.steps[0]["id"]
            draft.preconditions.append(entry)
            _quote(draft, "preconditions", pre_id, m.group(1))
