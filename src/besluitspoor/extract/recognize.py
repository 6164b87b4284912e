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

from besluitspoor import ids, vocab
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
    ("motie", re.compile(r"^[ \t]*motie\b|\bmotie (?:vreemd|van)\b", re.I | re.M)),
    (
        "raadsvoorstel",
        re.compile(
            r"\braadsvoorstel\b|\bvoorstel aan de (?:gemeente)?raad\b|\bbeslispunten\b|"
            r"\b(?:u|de raad) wordt voorgesteld\b",
            re.I,
        ),
    ),
    ("verslag", re.compile(r"\b\w*verslag\b|\bnotulen\b", re.I)),
    (
        "advies",
        re.compile(r"^[ \t]*(?:ongevraagd\s+)?advies\b|\bbetreft:?\s+advies\b", re.I | re.M),
    ),
    (
        "brief",
        re.compile(
            r"\bgeacht(?:e)? (?:college|leden|heer|mevrouw)\b|^[ \t]*betreft\b", re.I | re.M
        ),
    ),
)

# "Datum: 8 oktober 2014" on a line of its own, or (in a flattened PDF) anywhere with a colon.
_HEADER_DATE = re.compile(
    r"^[ \t]*(?:datum|d\.d\.)[ \t]*:?[ \t]*(.+)$|\b(?:datum|d\.d\.)\s*:\s*(.{6,30})", re.I | re.M
)
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
            r"\b(?:het college|wij) (?:heeft|hebben)\b.*\bbesloten\b|\bcollegebesluit\b|"
            r"\bheeft het college\b.*\bbesloten\b|"
            r"\bdoor (?:het|ons) college\b[^.;]{0,30}\b(?:vastgesteld|besloten|genomen)\b",
            re.I,
        ),
    ),
    (
        "raadsinformatiebrief",
        re.compile(
            r"\b(?:raads)?informatiebrief\b|\braad\b[^.;]{0,30}\bgeïnformeerd\b(?<!worden geïnformeerd)",
            re.I,
        ),
    ),
    (
        "motie",
        re.compile(
            r"\bmotie\b[^.;]{0,80}?\b(?:ingediend|aangenomen|verworpen|ingetrokken|aangehouden)\b",
            re.I,
        ),
    ),
    (
        "commissievergadering",
        re.compile(
            r"\bcommissie\b|\bbio\b|\bbeeldvormend\w*\b|\boordeelsvormend\w*\b|\binformatiebijeenkomst\b|\bforum\b"
            r"|\braads?sessie\b|\bcarrousel\b|\bthemabijeenkomst\b|\bwerksessie\b",
            re.I,
        ),
    ),
    (
        "raadsvergadering",
        re.compile(r"\b(?:uw |de )?raad(?:svergadering)? van\b|\braadsvergadering\b", re.I),
    ),
)
# A meeting's name: the word that names the body, then its capitalised name.
_COMMITTEE = re.compile(
    r"\b((?i:commissie|carrousel|forum|voorronde|drechtstedendinsdag|drechtraad))"
    r"((?:[ \t]+(?:en[ \t]+)?[A-Z][\w&-]*){0,4})"
)

# Promises: the college or a wethouder commits itself to the council.
_PROMISE = re.compile(
    r"\bzegt\b.*\btoe\b|\btoegezegd\b|\bwordt nagezonden\b|\bzal\b.*\b(?:informeren|sturen|"
    r"toesturen|voorleggen|terugkomen|delen)\b|\bzullen\b.*\b(?:informeren|voorleggen|"
    r"terugkomen|sturen)\b|\binformeren wij u\b|\bwaarover wij u\b|\bkomen wij\b.*\bterug\b|"
    r"\bvoorgelegd krijgt\b|\bin uw raad van\b.*\bbespreken\b|"
    r"\b(?:zal|zullen)\b.*\b(?:gevoegd|betrokken|gesteld|voorgelegd|toegestuurd|geïnformeerd|meegenomen|nagezonden)\b.*\bworden\b|"
    r"\b(?:zal|zullen)\b.*\bworden\b.*\b(?:geïnformeerd|voorgelegd|betrokken)\b|"
    r"\b(?:raad|raadsleden|commissie)\b.*\b(?:zal|zullen)\b.*\b(?:ontvangen|krijgen)\b|"
    r"\bafgesproken dat\b.*\b(?:raad|commissie)\b",
    re.I,
)
# A motion's request, or the letter informing the council right now, is no promise.
_NOT_A_PROMISE = re.compile(
    r"\bverzoekt\b|\bdraagt het college op\b|\bspreekt uit\b|\bbesloten dat\b|"
    r"^(?:met (?:deze|dit) \w+|hierbij|middels deze \w+)\b",
    re.I,
)

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
    # What the volunteer must check before importing, per "section/id".
    review: dict[str, str] = field(default_factory=dict)
    municipality: str | None = None
    # Items that are the recorded ones of the dossier drafted against (`--dossier`).
    recorded: set[str] = field(default_factory=set)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


# A short line without closing punctuation followed by a capital is a heading or a header
# field ("Datum: 9 februari 2024"), not a wrapped line: PDF text has no blank lines between.
_HEADING_BREAK = re.compile(r"(?m)^([^\n]{1,70}[^\s.,;:\n])[ \t]*\n(?=[ \t]*[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """Sentences of the text, whitespace-normalised; a line of its own counts as one."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", _HEADING_BREAK.sub(r"\1\n\n", text)):
        joined = norm(block)
        if not joined:
            continue
        out.extend(s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9'\"(])", joined) if s)
    return out


_COLLEGE_LIST = re.compile(
    r"\bcollegevergadering\b|\bbesluitenlijst (?:van het )?college\b|\bburgemeester en wethouders\b",
    re.I,
)
_LIST_TITLE = re.compile(
    r"^.*\b(?:besluitenlijst|collegevergadering|raadsvergadering|vergadering)\b.*$", re.I | re.M
)


def doc_type_of(text: str) -> str:
    head = "\n".join(text.strip().splitlines()[:25])
    first = text.strip().splitlines()[0] if text.strip() else ""
    if re.search(r"\bcollegevergadering\b|\bbesluitenlijst\b", first, re.I):
        return "besluitenlijst"
    # The marker nearest the top wins: the title says what a document is, the body may quote
    # other kinds ("Forumverslag" above "Motie: ...").
    hits = [
        (m.start(), n, name)
        for n, (name, pattern) in enumerate(_TYPE_MARKERS)
        if (m := pattern.search(head))
    ]
    return min(hits)[2] if hits else "overig"


# A motion's opening: "De gemeenteraad van X, in vergadering bijeen op 15 september 2020".
_MOTION_MEETING = re.compile(
    r"\bin (?:de )?(?:openbare )?vergadering\b[^\n,]{0,25}?\bop\s+([^\n,]{6,30})", re.I
)
_MOTION_TITLE = re.compile(r"^[ \t]*(?:motie|amendement)\b.*$", re.I | re.M)


def doc_date_of(text: str, given: date | None, kind: str = "overig") -> FuzzyDate | None:
    meeting = _MOTION_MEETING.search(text) if kind == "motie" else None
    if meeting:
        found = [f for f in dates.find(meeting.group(1), None) if f.value.precision == "day"]
        if found:
            return found[0].value
    titles = _LIST_TITLE.findall("\n".join(text.strip().splitlines()[:30]))
    for line in titles if kind == "besluitenlijst" else []:
        found = [f for f in dates.find(line, None) if f.value.precision == "day"]
        if found:
            return found[0].value
    header = _HEADER_DATE.search(text)
    if header:
        found = dates.find(header.group(1) or header.group(2), given)
        if found and found[0].value.precision == "day":
            return found[0].value
    if given is not None:
        return FuzzyDate.of(given)
    days = [f.value for f in dates.find(text, None) if f.value.precision == "day"]
    return max(days, key=lambda d: d.first) if days else None


# "De gemeenteraad van Wassenaar", "gemeente WOERDEN", "Gemeente Westland".
_MUNICIPALITY = re.compile(
    r"\b(?i:gemeente(?:raad)?)\s+(?:van\s+)?"
    r"([A-Z][\w']*[a-zA-Z](?:-[A-Z][\w']*|\s(?:aan|op)\s(?:den\s)?[A-Z][\w']*)*)"
)


def municipality_of(text: str) -> str | None:
    m = _MUNICIPALITY.search("\n".join(text.strip().splitlines()[:40]))
    if not m:
        return None
    name = m.group(1)
    return name.title() if name.isupper() else name


def recognise(text: str, doc_date: date | None = None) -> Draft:
    kind = doc_type_of(text)
    when = doc_date_of(text, doc_date, kind)
    draft = Draft(kind, when, municipality=municipality_of(text))
    day = when.first if when is not None else None
    if kind == "besluitenlijst":
        _decision_list(text, draft)
    else:
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
    motion = _MOTION_TITLE.search(text) if kind == "motie" else None
    if motion:
        title = norm(re.sub(r"^\s*motie\s*:?\s*", "", motion.group(0), flags=re.I))
    elif subject:
        title = norm(subject.group(1))
    else:
        title = norm(text.strip().splitlines()[0])
    step: dict[str, Any] = {
        "id": f"{_SHORT.get(kind, kind)}-{draft.doc_date.iso()}",
        "kind": kind,
        "date": draft.doc_date.iso(),
        "title": title[:200] or draft.doc_type,
    }
    portfolio = _PORTFOLIO.search(text)
    if portfolio and kind in ("raadsinformatiebrief", "raadsvoorstel"):
        step["portefeuillehouder"] = norm(re.split(r"\s{2,}|\s+\w+\s*:", portfolio.group(1))[0])
    if motion:
        outcome = next((name for name, p in _OUTCOMES if p.search(motion.group(0))), None)
        step["status"] = outcome or "ingediend"
    if kind == "commissievergadering":
        step["committee"] = _committee(text) or "Commissie"
    if kind == "advies":
        step["council"] = "Adviesraad"
    draft.steps.append(step)
    for pattern in (_MOTION_TITLE, _SUBJECT, _HEADER_DATE, _PORTFOLIO):
        m = pattern.search(text)
        if m and (pattern is not _MOTION_TITLE or motion):
            _quote(draft, "steps", step["id"], m.group(0))
    if kind == "commissievergadering":
        _motions_discussed(text, draft)
    meeting = _MOTION_MEETING.search(text) if motion else None
    if meeting:
        day = draft.doc_date.iso()
        draft.steps.append(
            {
                "id": f"raad-{day}",
                "kind": "raadsvergadering",
                "date": day,
                "title": f"Raadsvergadering {day}",
            }
        )
        _quote(draft, "steps", f"raad-{day}", meeting.group(0))
    first = text.strip().splitlines()[0]
    _quote(draft, "steps", step["id"], first)


_MOTION_HEADING = re.compile(r"^[ \t]*(motie|amendement)[ \t]*:[ \t]*(.+)$", re.I | re.M)


def _motions_discussed(text: str, draft: Draft) -> None:
    """A meeting report headed "Motie: <title>": the motion was before that meeting."""
    assert draft.doc_date is not None
    day = draft.doc_date.iso()
    for m in _MOTION_HEADING.finditer(text):
        kind = m.group(1).lower()
        title = norm(re.sub(r"\s*\([^)]*\d{4}\)\s*$", "", m.group(2)))
        step_id = ids.fresh(f"{kind}-{ids.slugify(title, 30)}", (s["id"] for s in draft.steps))
        outcome = next((name for name, p in _OUTCOMES if p.search(m.group(2))), None)
        draft.steps.append(
            {
                "id": step_id,
                "kind": kind,
                "date": day,
                "title": f"{kind.capitalize()} {title}",
                "status": outcome or "ingediend",
            }
        )
        _quote(draft, "steps", step_id, m.group(0))


# An agenda item: "3. Motie ...", "5.1 Raadsvoorstel ...", "Agendapunt 7: ...", "BW/22/14 | ...".
_ITEM = re.compile(
    r"^\s*(?:(?:agendapunt\s+)?(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.):])\s+(.+)|"
    r"[A-Z]{1,3}/\d{2}/\d+\s*\|\s*(.+))$",
    re.I,
)
_OUTCOMES = (
    ("verworpen", re.compile(r"\bverworpen\b|\bhaalde (?:het )?niet\b|\bgeen meerderheid\b", re.I)),
    ("ingetrokken", re.compile(r"\bingetrokken\b", re.I)),
    ("aangehouden", re.compile(r"\baangehouden\b", re.I)),
    (
        "aangenomen",
        re.compile(
            r"\baangenomen\b|\bunaniem\b|\bmet algemene stemmen\b|\bbij acclamatie\b|\bstemde\b.*\bin\b|\bbesloten\b|\bvastgesteld\b|"
            r"\bconform\b|\bhamerstuk\b|\bingestemd\b|\bstemt in\b",
            re.I,
        ),
    ),
)


# Agenda items that decide nothing.
_PROCEDURAL = re.compile(
    r"^(?:opening|sluiting|mededelingen|rondvraag|vragenhalfuur|vragenuur|spreekrecht|"
    r"insprekers|ingekomen stukken|lijst van ingekomen|vaststell\w* (?:van )?(?:de )?"
    r"(?:agenda|notulen|besluitenlijst))\b",
    re.I,
)


def _decision_list(text: str, draft: Draft) -> None:
    """A besluitenlijst: one step per item, on the meeting date; a council list is also a
    council meeting (the document itself)."""
    if draft.doc_date is None:
        return
    day = draft.doc_date.iso()
    head = text.strip().splitlines()[:30]
    title_line = next((line for line in _LIST_TITLE.findall(text) if dates.find(line, None)), None)
    # The list's own title says whose list it is; the items may well name the college.
    college = bool(_COLLEGE_LIST.search(title_line or "\n".join(head[:5])))
    body = next(
        (line for line in head if _COMMITTEE.search(line) and not dates.find(line, None)), None
    )
    if not college:
        committee = _committee(body) if body else None
        meeting: dict[str, Any] = {
            "id": f"{'cie' if committee else 'raad'}-{day}",
            "kind": "commissievergadering" if committee else "raadsvergadering",
            "date": day,
            "title": norm(title_line) if title_line else f"Raadsvergadering {day}",
        }
        if committee:
            meeting["committee"] = committee
            meeting["title"] = norm(body or "")
        draft.steps.append(meeting)
        if title_line:
            _quote(draft, "steps", meeting["id"], title_line)
        if committee and body:
            _quote(draft, "steps", meeting["id"], body)
    lines = text.splitlines()
    items: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        m = _ITEM.match(line)
        if m and len(norm(m.group(2) or m.group(3) or "")) > 3:
            items.append((i, line))
    for n, (i, line) in enumerate(items):
        end = items[n + 1][0] if n + 1 < len(items) else len(lines)
        body = norm(" ".join(lines[i + 1 : end]))
        m = _ITEM.match(line)
        assert m is not None
        title = norm(m.group(2) or m.group(3) or "")
        if _PROCEDURAL.match(title):
            continue
        if college:
            kind, prefix = "collegebesluit", "cb"
        elif re.match(r"(?:motie|mo\b)", title, re.I):
            kind, prefix = "motie", "motie"
        elif re.match(r"amendement", title, re.I):
            kind, prefix = "amendement", "amendement"
        else:
            kind, prefix = "raadsbesluit", "rb"
        step: dict[str, Any] = {
            "id": f"{prefix}-{day}-{(m.group(1) or str(n + 1)).rstrip('.):').replace('.', '-')}",
            "kind": kind,
            "date": day,
            "title": title[:200],
        }
        outcome = next((name for name, pattern in _OUTCOMES if pattern.search(body)), None)
        if kind in ("motie", "amendement") and outcome:
            step["status"] = outcome
        elif kind == "raadsbesluit":
            step["outcome"] = "verworpen" if outcome == "verworpen" else "aangenomen"
        if outcome is None and kind != "collegebesluit":
            draft.review[f"steps/{step['id']}"] = "geen uitkomst gevonden: nagaan"
        draft.steps.append(step)
        _quote(draft, "steps", step["id"], line)
        first = next((s for s in sentences(body)), None) if body else None
        if first and kind != "collegebesluit":
            _quote(draft, "steps", step["id"], first)


def _committee(sentence: str) -> str | None:
    m = _COMMITTEE.search(sentence)
    if not m:
        return None
    body, name = m.group(1), norm(m.group(2))
    if body.lower() == "commissie" and not name:
        return None
    return norm(f"{body[0].upper()}{body[1:]} {name}")


def _named_before(draft: Draft, sentence: str) -> str:
    """An unnamed committee ("de Commissie", "de bio"): the one the document named last."""
    if re.search(r"\bbio\b", sentence, re.I):
        return "Beeldvormende informatieve ontmoeting (bio)"
    named = [s["committee"] for s in draft.steps if s.get("committee", "Commissie") != "Commissie"]
    return named[-1] if named else "Commissie"


def _acts(sentence: str, day: date | None, draft: Draft, taken: set[str]) -> None:
    """The acts a sentence dates: each date goes to the act named nearest to it, and a motion
    to the date of the meeting it was moved in ("in de raad van 13 december een motie")."""
    found = dates.find(sentence, day)
    if not found:
        return
    hits = [(kind, m) for kind, pattern in _ACTS for m in pattern.finditer(sentence)]

    def gap(m: re.Match[str], f: dates.Found) -> int:
        return (
            0
            if m.start() <= f.start < m.end()
            else min(abs(f.start - m.start()), abs(f.start - m.end()))
        )

    # Each act takes its nearest date; of the acts taking one date, the nearest wins (a motion
    # shares the date of its meeting).
    chosen: dict[tuple[int, bool], tuple[int, str]] = {}
    for kind, m in hits:
        if kind == "motie" and draft.doc_type == "besluitenlijst":
            continue  # the list's items are its motions already
        at = min(range(len(found)), key=lambda i: gap(m, found[i]))
        key = (at, kind == "motie")
        if key not in chosen or gap(m, found[at]) < chosen[key][0]:
            chosen[key] = (gap(m, found[at]), kind)
    acts = [(kind, found[at].value) for (at, _), (_, kind) in sorted(chosen.items())]
    for kind, when in acts:
        base = f"{_SHORT.get(kind, kind)}-{when.iso().replace('/', '-')}"
        if base in taken or any(s["kind"] == kind and s["date"] == when.iso() for s in draft.steps):
            continue
        step: dict[str, Any] = {
            "id": base,
            "kind": kind,
            "date": when.iso(),
            "title": _title(sentence),
        }
        if kind == "commissievergadering":
            step["committee"] = _committee(sentence) or _named_before(draft, sentence)
        if kind == "motie":
            outcome = next((name for name, p in _OUTCOMES[:3] if p.search(sentence)), None)
            if outcome is None and re.search(
                r"\baangenomen\b|\bunaniem\b|\bmet algemene stemmen\b|\bbij acclamatie\b",
                sentence,
                re.I,
            ):
                outcome = "aangenomen"
            step["status"] = outcome or "ingediend"
        if kind == "raadsbesluit" and re.search(r"principebesluit", sentence, re.I):
            step["decision"] = "principebesluit"
        draft.steps.append(step)
        taken.add(base)
        _quote(draft, "steps", base, sentence)


_SHORT = vocab.ID_PREFIXES


def _title(sentence: str) -> str:
    words = sentence.split()
    return " ".join(words[:14]).rstrip(",;:") or sentence


def _promiser(sentence: str, draft: Draft) -> str:
    """Who promises: the wethouder (by name when the letter names one) or the college."""
    m = re.match(
        r"(?i:de )?((?i:wethouder|burgemeester))\b((?:\s+(?:de|van|der|den|ten|ter|[A-Z][\w'-]*))*)",
        sentence,
    )
    if not m:
        return "college"
    if re.search(r"\b[A-Z]", m.group(2)):
        return norm(m.group(0).rstrip())
    named = next(
        (s.get("portefeuillehouder") for s in draft.steps if s.get("portefeuillehouder")), None
    )
    if m.group(1).lower() == "wethouder" and named:
        return str(named)
    return m.group(1).lower()


def _promise(sentence: str, day: date | None, draft: Draft) -> None:
    if not _PROMISE.search(sentence) or _NOT_A_PROMISE.search(sentence):
        return
    promise: dict[str, Any] = {
        "id": ids.fresh(ids.meaningful(sentence), (p["id"] for p in draft.promises)),
        "text": sentence[:300],
        "by": _promiser(sentence, draft),
    }
    found = dates.find(sentence, day)
    if found:
        promise["due"] = found[-1].value.iso()
    else:
        draft.review[f"promises/{promise['id']}"] = "geen termijn gevonden: nagaan"
    if draft.steps and draft.steps[0]["date"] == (draft.doc_date.iso() if draft.doc_date else None):
        promise["made_in"] = draft.steps[0]["id"]
    draft.promises.append(promise)
    _quote(draft, "promises", promise["id"], sentence)


_NEGATION = re.compile(
    r"^(?:er (?:is|zijn) (?:nog )?geen|geen)\s+|\s+(?:ontbreekt|ontbreken)(?: nog)?$|\s+(?:is|zijn) (?:er )?nog niet\b",
    re.I,
)


def _inline_conditions(text: str, draft: Draft) -> None:
    """ "... randvoorwaarden ...: A, B en C": each listed condition, in positive form."""
    for sentence in sentences(text):
        head, colon, rest = sentence.partition(":")
        if not colon or not _CONDITIONS.search(head) or len(rest) < 10:
            continue
        parts = re.split(r",\s*|\s+en\s+(?=\w)", rest.strip().rstrip("."))
        for part in parts:
            part = part.strip()
            part = re.sub(r"\s*\betc\.?$", "", part).strip()
            if len(part.split()) < 2:
                continue
            positive = _NEGATION.sub("", part).strip()
            positive = positive[:1].upper() + positive[1:]
            pre_id = ids.fresh(ids.meaningful(positive), (p["id"] for p in draft.preconditions))
            entry: dict[str, Any] = {"id": pre_id, "text": positive}
            draft.preconditions.append(entry)
            _quote(draft, "preconditions", pre_id, part)


_STILL_NOT = re.compile(r"\s+(?:nog\s+)?niet\s+(?=\w+\.?$)|\s+nog\s+niet\b", re.I)


def _stated_conditions(text: str, draft: Draft) -> None:
    """A sentence naming randvoorwaarden, then sentences saying which are not yet met
    ("Het convenant is nog niet ondertekend."): each as a precondition, in positive form."""
    said = sentences(text)
    for i, sentence in enumerate(said):
        if ":" in sentence or not _CONDITIONS.search(sentence):
            continue
        for follow in said[i + 1 : i + 8]:
            if not _STILL_NOT.search(follow) or _CONDITIONS.search(follow):
                break
            positive = _STILL_NOT.sub(" ", follow).strip().rstrip(".")
            pre_id = ids.fresh(ids.meaningful(positive), (p["id"] for p in draft.preconditions))
            entry: dict[str, Any] = {"id": pre_id, "text": positive}
            if draft.steps:
                entry["named_in"] = draft.steps[0]["id"]
            draft.preconditions.append(entry)
            _quote(draft, "preconditions", pre_id, follow)


def _preconditions(text: str, draft: Draft) -> None:
    _inline_conditions(text, draft)
    _stated_conditions(text, draft)
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
