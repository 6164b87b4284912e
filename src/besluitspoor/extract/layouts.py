"""One reader per document layout: what the document itself is as a step, and the steps its
structure gives (a decision list's items, a motion's meeting, a report's motions, a register's
entry). The sentence recognisers (`recognize`) run over every layout afterwards.

A new layout is one function here, one entry in LAYOUTS and one marker in `classify`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from besluitspoor import ids
from besluitspoor.extract import acts, dates
from besluitspoor.extract.document import Document, norm
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.outcomes import outcome_of

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft

_PROCEDURAL = re.compile(
    r"^(?:\W*)(?:opening|sluiting|mededelingen|rondvraag|vragenhalfuur|vragenuur|spreekrecht|"
    r"insprekers|inspreken|ingekomen stukken|lijst (?:van )?ingekomen|vaststell\w* (?:van )?(?:de )?"
    r"(?:agenda|notulen|besluitenlijst|verslag)|agenda\b|notulen\b|besluitenlijst\b|"
    r"verslag(?:en)?\b|toelating|beëdiging|installatie|benoeming (?:van )?(?:een )?"
    r"(?:commissielid|raadslid|burgerlid|fractie)|onderzoek (?:van )?(?:de )?geloofsbrieven|"
    r"actualiteiten|mondelinge vragen|vragen van raadsleden|hamerstukken\s*$|bespreekstukken\s*$|"
    r"besluit\s*$|stemuitslag|resultaat stemming|voorgesteld besluit\s*$|agendapunt\s*$|"
    r"de voorzitter (?:opent|sluit|heet)|(?:de )?(?:agenda|besluitenlijst|notulen|verslag)(?: \w+)? wordt|"
    r"er zijn geen (?:mededelingen|vragen|insprekers)|(?:de )?(?:openbare )?besluitenlijst van|"
    r"vaststellen (?:van )?(?:de )?(?:openbare )?(?:besluitenlijst|notulen|agenda|verslag)|"
    r"[^.]{0,60}\baan de agenda toe te voegen\b|(?:de )?vergadering wordt (?:geopend|gesloten))",
    re.I,
)
_MOTION_TITLE = re.compile(r"^\W*(?:\d+[.)]?\s*)?(?:motie|mo\b|amendement|am\b)", re.I)
_MOTION_LINE = re.compile(
    r"^[ \t]*(?:\(?(?:concept-?|gewijzigde?\s+)?(motie|amendement))\b[ \t]*:?[ \t]*(.*)$",
    re.I | re.M,
)
_MOTION_MEETING = re.compile(
    r"\bin (?:(?:openbare|de|haar)\s+)*(?:raads)?vergadering\s+(?:bijeen(?:gekomen)?\s+)?"
    r"(?:op|van|d\.d\.)\s+([^\n,;]{6,40})",
    re.I,
)
_LIST_TITLE = re.compile(
    r"\b(?:besluitenlijst|uitslagenlijst|vergadering|collegebesluiten|besluiten)\b", re.I
)
_VOTE_ONLY = re.compile(r"^(?:stemuitslag|resultaat stemming|besluit|voor|tegen|\d+%?)\b", re.I)


def _quote(draft: Draft, section: str, item_id: str, fragment: str) -> None:
    text = norm(fragment)
    if text:
        draft.quotes.setdefault(f"{section}/{item_id}", []).append(text)


def _add(draft: Draft, step: dict[str, Any], *quotes: str) -> dict[str, Any]:
    step["id"] = ids.fresh(step["id"], draft.taken)
    draft.taken.add(step["id"])
    draft.steps.append(step)
    for q in quotes:
        _quote(draft, "steps", step["id"], q)
    return step


def _short(kind: str) -> str:
    from besluitspoor import vocab

    return vocab.ID_PREFIXES.get(kind, kind)


def _top(doc: Document, lines: int) -> str:
    """The top of a document: its first lines, and no more than a page of text."""
    return "\n".join(doc.head(lines))[:3000]


def _title_line(doc: Document) -> str | None:
    """The document's own title: its subject field, else the first heading that is not
    letterhead, address or a field."""
    subject = doc.field("onderwerp", "betreft", "titel")
    if subject and len(subject) > 3:
        return subject
    for line in doc.head(12):
        s = norm(line)
        if (
            len(s) < 4
            or len(s) > 160
            or re.match(r"^(?:gemeente|aan |van |datum|geachte|postbus)", s, re.I)
        ):
            continue
        if dates.find(s, None) and len(s.split()) <= 5:
            continue
        if ":" in s[:30] and s.split(":")[0].lower() in doc.fields:
            continue
        return s
    return None


# An agenda item's first line: "Agendapunt 6 (ZN242184)", "• 2.1.1", "1. 1", "5.a Motie ...",
# "12. Vaststellen ...", "D/22/070818 | Title".
_AGENDA = re.compile(
    r"^[ \t]*(?:[•·▪*-][ \t]*)?(?:(?P<word>agendapunt|agenda-?item|punt)[ \t]+)?"
    r"(?P<num>\d{1,2}(?:\.(?:\d{1,2}|[a-zA-Z]\b)){0,3}[a-z]?)[.):]?"
    r"(?:[ \t]+\d{1,2}(?:\.(?:\d{1,2}|[a-zA-Z]\b)){0,3}[.]?)?(?:[ \t]*[:|-])?(?:[ \t]+(?P<title>\S.*))?$"
    r"|^[ \t]*[A-Z]{1,3}/\d{2}/\d+[ \t]*\|[ \t]*(?P<code_title>\S.*)$",
    re.I,
)
# Labels inside an item after which numbered lines are the decision's own points (dictum).
_DICTUM_LABEL = re.compile(
    r"^\s*(?:voorstel|besluit(?:en)?|voorgesteld(?:e)? besluit|beslispunten|ontwerpbesluit|"
    r"besluit over[^:]{0,40}|het college besluit|de raad besluit)\s*:?\s*$",
    re.I,
)
_DICTUM_LEAD = re.compile(r"^\s*(?:besluit|voorstel|voorgesteld besluit)\s*:", re.I)
_DICTUM_SHAPE = re.compile(
    r"\bte\s+\w+\s*[.;,]?\s*$|^\s*(?:\d+[.)]\s*)?(?:in|kennis|akkoord)\s+te\b", re.I
)
_LABEL_LINE = re.compile(
    r"^\s*(?:besluit|stemuitslag|resultaat stemming|voorgesteld besluit|voorstel|uitslag|"
    r"stemming|moties|titel|toelichting|voor|tegen|besluiten|\d+%)\s*:?\s*$",
    re.I,
)


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


def _items(doc: Document) -> list[Item]:
    """The agenda items of a list. Numbered lines after a "Voorstel:" or "Besluit:" label, or
    shaped as a decision point ("... vast te stellen"), belong to the item above them."""
    lines = doc.lines
    starts: list[tuple[int, str | None]] = []
    words = False  # numbered lines are items unless they are a decision's own points
    in_dictum, dictum_next = False, 1
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if _DICTUM_LABEL.match(line) or _DICTUM_LEAD.match(line):
            in_dictum, dictum_next = True, 1
            continue
        m = _AGENDA.match(line)
        if m is None or _looks_like_date(line):
            continue
        title = m["title"] or m["code_title"] or ""
        restarts = in_dictum and title and m["num"] == str(dictum_next)
        if (
            not words
            and (restarts or (title and _DICTUM_SHAPE.search(title)))
            and (starts or in_dictum)
        ):
            dictum_next += 1
            continue
        starts.append((i, m["num"]))
        in_dictum = False
    if len(starts) < 2:
        return _heading_items(doc) or [
            Item(num, [ln for ln in lines[i:] if ln.strip()], i) for i, num in starts
        ]
    items = []
    for n, (i, num) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body = [ln for ln in lines[i:end] if ln.strip()]
        first = _AGENDA.match(body[0])
        if len(body) == 1 and first is not None and not (first["title"] or first["code_title"]):
            continue  # a number alone: a heading of the sub-items that follow
        items.append(Item(num, body, i))
    motions = [it for it in _heading_items(doc) if _MOTION_TITLE.match(norm(it.lines[0]))]
    return items + [it for it in motions if it.index < starts[0][0]]


def _heading_items(doc: Document) -> list[Item]:
    """A list without numbers: each heading and the text under it, up to the next heading.
    The document's own title, header fields and procedural headings are no items."""
    out: list[Item] = []
    blocks = doc.blocks
    headings = [n for n, b in enumerate(blocks) if b.kind == "heading"]
    for k, n in enumerate(headings):
        block = blocks[n]
        end = headings[k + 1] if k + 1 < len(headings) else len(blocks)
        under = [line for b in blocks[n + 1 : end] for line in b.lines]
        title = block.text
        if k == 0 and n < 3 or not under or ":" in title[:25] or len(title) < 4:
            continue
        if _LIST_TITLE.search(title) and dates.first_day(title):
            continue  # the list's own title
        out.append(Item(None, block.lines + under, block.index))
    return out


def _looks_like_date(line: str) -> bool:
    return bool(
        re.match(
            r"^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|^\s*\d{1,2}\s+[a-z]{3,9}\s+\d{4}", line, re.I
        )
    )


def _item_title(item: Item) -> str:
    """The item's own title: words after its number, else a `Titel` field in it, else its
    first line of words that is not a label, a vote or a case number."""
    first = _AGENDA.match(item.lines[0])
    head = norm((first["title"] or first["code_title"] or "") if first else item.lines[0])
    head = re.sub(r"^\(?[A-Z]{1,3}\d{4,}\)?\s*|\s*\([A-Z]{1,3}\d{2}\.?\d{3,}\)$", "", head).strip()
    if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", head)) >= 2 and not _VOTE_ONLY.match(head):
        return head[:160]
    lines = [norm(x) for x in item.lines[1:]]
    for k, line in enumerate(lines[:-1]):
        if line.lower().rstrip(":") == "titel":
            return lines[k + 1][:160]
    for line in lines:
        if _LABEL_LINE.match(line) or _VOTE_ONLY.match(line) or _DICTUM_SHAPE.search(line):
            continue
        if len(re.findall(r"[A-Za-zÀ-ÿ]{3,}", line)) >= 2:
            return re.split(r"(?<=[.!?])\s", line)[0][:160]
    return head[:160] or "Agendapunt"


_SUB_MOTION = re.compile(
    r"(?:^|(?<=[.:]\s))((?:motie|amendement)\s+[^.:]{3,120}?\s(?:is|wordt|werd)\s[^.]{0,200}?(?:akkoord|aangenomen|verworpen|ingetrokken|aangehouden)[^.]{0,200}\.?)",
    re.I,
)


def meeting_date(doc: Document, given: Any) -> FuzzyDate | None:
    """A list's or report's meeting date: a `Vergaderdatum` field, the title line's date, the
    first date to the day in the top lines that is not a bound."""
    for label in ("vergaderdatum", "datum vergadering", "datum"):
        value = doc.fields.get(label)
        if value and (found := dates.first_day(value)):
            return found
    for line in doc.head(12):
        if _LIST_TITLE.search(line) and (found := dates.first_day(line, given)):
            return found
    return dates.first_day(_top(doc, 15), given)


def decision_list(doc: Document, draft: Draft, college: bool) -> None:
    when = draft.doc_date
    if when is None:
        return
    day = when.iso()
    if not college:
        title_line = next((ln for ln in doc.head(12) if _LIST_TITLE.search(ln)), None)
        body = acts.committee(" ".join(doc.head(6)))
        kind = "commissievergadering" if body else "raadsvergadering"
        step: dict[str, Any] = {
            "id": f"{_short(kind)}-{day}",
            "kind": kind,
            "date": day,
            "title": f"{body or 'Raadsvergadering'} {when.display('long')}",
        }
        if body:
            step["committee"] = body
        _add(draft, step, title_line or doc.head(1)[0] if doc.head(1) else "")
        draft.doc_step = step["id"]
    _decided_items(doc, draft, day, college)


def classify_agenda_page(doc: Document) -> bool:
    from besluitspoor.extract.classify import _agenda_page

    return _agenda_page(doc)


def _decided_items(doc: Document, draft: Draft, day: str, college: bool) -> None:
    """One step per agenda item: a collegebesluit on a college list; a motion, an amendment or
    a raadsbesluit with its outcome on a council list or meeting page."""
    for n, block in enumerate(_items(doc), start=1):
        title = _item_title(block)
        first = _AGENDA.match(block.lines[0])
        own = norm((first["title"] or first["code_title"] or "") if first else "")
        if _PROCEDURAL.match(title) or _PROCEDURAL.match(own) or len(title) < 4:
            continue
        text = block.text
        if not college:
            _sub_motions(block, draft, day)
        if college:
            kind = "collegebesluit"
        elif _MOTION_TITLE.match(title) or re.match(
            r"^[^.]{0,40}\b(?:de|een|er is een) motie\b", block.body, re.I
        ):
            kind = (
                "amendement"
                if re.match(r"^\W*(?:\d+[.)]?\s*)?(?:amendement|am\b)", title, re.I)
                else "motie"
            )
        else:
            kind = "raadsbesluit"
        number = (block.number or str(n)).replace(".", "-").lower()
        item: dict[str, Any] = {
            "id": f"{_short(kind)}-{day}-{number}",
            "kind": kind,
            "date": day,
            "title": title,
        }
        # The item's own outcome, not that of the amendments and motions decided inside it.
        own_text = _SUB_MOTION.sub(" ", block.body) if kind == "raadsbesluit" else block.body
        outcome = outcome_of(own_text or text) or outcome_of(text)
        if kind in ("motie", "amendement"):
            item["status"] = outcome or "ingediend"
        elif kind == "raadsbesluit":
            item["outcome"] = "verworpen" if outcome == "verworpen" else "aangenomen"
        added = _add(draft, item, block.lines[0], title)
        if outcome is None and kind != "collegebesluit":
            draft.review[f"steps/{added['id']}"] = "geen uitkomst gevonden: nagaan"
        said = next(iter(s for s in re.split(r"(?<=[.!?])\s+", block.body) if s), None)
        if said and kind != "collegebesluit":
            _quote(draft, "steps", added["id"], said)


def motion(doc: Document, draft: Draft) -> None:
    if draft.doc_date is None:
        return
    day = draft.doc_date.iso()
    line = _MOTION_LINE.search(doc.text)
    kind = line.group(1).lower() if line else "motie"
    name = norm(line.group(2)) if line and len(line.group(2).strip()) > 3 else None
    name = name or doc.field("titel", "onderwerp", "betreft") or _title_line(doc) or kind
    name = re.sub(r"^(?:vreemd aan de orde van de dag\s*[:-]?\s*)", "", name, flags=re.I)
    outcome = outcome_of(" ".join(doc.head(4)) + " " + " ".join(doc.lines[-6:]))
    step = {
        "id": f"{kind}-{day}",
        "kind": kind,
        "date": day,
        "title": f"{kind.capitalize()} {name}"[:160]
        if not name.lower().startswith(kind)
        else name[:160],
        "status": outcome or "ingediend",
    }
    _add(draft, step, line.group(0) if line else doc.head(1)[0])
    draft.doc_step = step["id"]
    meeting = _MOTION_MEETING.search(doc.text)
    if meeting:
        _quote(draft, "steps", step["id"], meeting.group(0))
        council = {
            "id": f"raad-{day}",
            "kind": "raadsvergadering",
            "date": day,
            "title": f"Raadsvergadering {draft.doc_date.display('long')}",
        }
        _add(draft, council, meeting.group(0))


def report(doc: Document, draft: Draft) -> None:
    if draft.doc_date is None:
        return
    day = draft.doc_date.iso()
    top = "\n".join(doc.head(8))
    body = acts.committee(top)
    council = re.search(r"\b(?:gemeente)?raad(?:svergadering)?\b", top, re.I) and not body
    kind = "raadsvergadering" if council else "commissievergadering"
    step: dict[str, Any] = {"id": f"{_short(kind)}-{day}", "kind": kind, "date": day}
    if kind == "commissievergadering":
        step["committee"] = body or acts.committee(doc.text[:3000]) or "Commissie"
        step["title"] = f"{step['committee']} {draft.doc_date.display('long')}"
    else:
        step["title"] = f"Raadsvergadering {draft.doc_date.display('long')}"
    if (nat := acts.nature(top)) and kind == "commissievergadering":
        step["nature"] = nat
    if when := acts.time_of(" ".join(doc.head(15))):
        step["time"] = when
    _add(draft, step, doc.head(1)[0] if doc.head(1) else "")
    draft.doc_step = step["id"]
    if classify_agenda_page(doc):
        _decided_items(doc, draft, day, college=False)
    for m in _MOTION_LINE.finditer(doc.text):
        if len(m.group(2).strip()) < 4 or ":" not in m.group(0):
            continue
        kind2 = m.group(1).lower()
        name = norm(re.sub(r"\s*\([^)]*\d{4}\)\s*$", "", m.group(2)))
        item = {
            "id": f"{kind2}-{ids.slugify(name, 30)}",
            "kind": kind2,
            "date": day,
            "title": f"{kind2.capitalize()} {name}"[:160],
            "status": outcome_of(m.group(2)) or "ingediend",
        }
        _add(draft, item, m.group(0))


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
    day = draft.doc_date.iso()
    title = _title_line(doc) or kind
    step: dict[str, Any] = {
        "id": f"{_short(kind)}-{day}",
        "kind": kind,
        "date": day,
        "title": _clean_title(title, kind),
    }
    holder = doc.field("portefeuillehouder", "portefeuillehouders", "wethouder")
    if holder and kind in ("raadsinformatiebrief", "raadsvoorstel"):
        step["portefeuillehouder"] = norm(re.split(r"\s{2,}|\s+\w+\s*:", holder)[0])[:80]
    if kind == "advies":
        step["council"] = acts.committee(" ".join(doc.head(8))) or "Adviesraad"
    quotes = [
        q
        for q in (
            doc.field_lines.get("onderwerp") or doc.field_lines.get("betreft"),
            doc.field_lines.get("datum"),
        )
        if q
    ]
    _add(draft, step, *quotes, doc.head(1)[0])
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
                if found.first > draft.doc_date.first:
                    council["status"] = "aangekondigd"
                _add(draft, council, doc.field_lines[label])
                break


def _clean_title(title: str, kind: str) -> str:
    """A title without letterhead, numbers and the kind's own name in front."""
    title = re.sub(
        r"^(?:raads)?informatiebrief\s*[:-]?\s*|^raadsvoorstel\s*[:-]?\s*", "", title, flags=re.I
    )
    title = re.sub(r"\s*\(?\b[A-Z]{0,3}\d{2}\.\d{4,}\)?|\s*\*[A-Z0-9]+\*", "", title)
    return norm(title)[:160] or kind


def register(doc: Document, draft: Draft) -> None:
    """One entry of a toezeggingen- or motieregister: its fields name the promise or the
    motion, the meeting it was made in, its term and its state."""
    text = doc.field("toezegging", "omschrijving", "onderwerp", "titel")
    made = doc.field("datum toezegging", "datum", "vergaderdatum", "datum vergadering")
    made_on = dates.first_day(made) if made else None
    meeting_id = None
    if made_on is not None:
        where = doc.field("vergadering", "gremium", "commissie", "ingediend in") or ""
        body = acts.committee(where)
        kind = "commissievergadering" if body else "raadsvergadering"
        step: dict[str, Any] = {
            "id": f"{_short(kind)}-{made_on.iso()}",
            "kind": kind,
            "date": made_on.iso(),
            "title": f"{body or 'Raadsvergadering'} {made_on.display('long')}",
        }
        if body:
            step["committee"] = body
        label = next(
            x
            for x in ("datum toezegging", "datum", "vergaderdatum", "datum vergadering")
            if x in doc.fields
        )
        meeting_id = _add(draft, step, doc.field_lines[label])["id"]
    if "toezegging" in doc.fields or "toezegger" in doc.fields:
        if not text:
            return
        promise: dict[str, Any] = {
            "id": ids.fresh(
                ids.meaningful(text) or "toezegging", (p["id"] for p in draft.promises)
            ),
            "text": text[:300],
            "by": acts.promiser(
                doc.field("toezegger", "portefeuillehouder", "wethouder") or "", None
            ),
        }
        if holder := doc.field("toezegger", "portefeuillehouder", "wethouder"):
            promise["by"] = norm(holder)[:80]
        term = doc.field("deadline", "termijn", "termijn afdoening", "vervaldatum")
        due = dates.find(term, None) if term else []
        if due:
            promise["due"] = due[0].value.iso()
        if meeting_id:
            promise["made_in"] = meeting_id
        draft.promises.append(promise)
        said = next(
            x for x in ("toezegging", "omschrijving", "onderwerp", "titel") if x in doc.fields
        )
        _quote(draft, "promises", promise["id"], doc.field_lines[said])


def _sub_motions(item: Item, draft: Draft, day: str) -> None:
    """Amendments and motions decided inside an item ("Amendement 08A1 ... is akkoord met 30
    stemmen voor en 1 stem tegen")."""
    for m in _SUB_MOTION.finditer(item.body):
        sentence = m.group(1)
        kind = "amendement" if sentence.lower().startswith("amendement") else "motie"
        name = re.split(r"\s(?:is|wordt|werd)\s", sentence, maxsplit=1)[0]
        key = " ".join(name.lower().split()[:2])
        if any(s["kind"] == kind and s["title"].lower().startswith(key) for s in draft.steps):
            continue
        step = {
            "id": f"{kind}-{day}-{ids.slugify(name, 24)}",
            "kind": kind,
            "date": day,
            "title": norm(name)[:160],
            "status": outcome_of(sentence) or "ingediend",
        }
        _add(draft, step, sentence)


LAYOUTS: dict[str, Callable[[Document, Draft], None]] = {
    "besluitenlijst-raad": lambda doc, draft: decision_list(doc, draft, college=False),
    "besluitenlijst-college": lambda doc, draft: decision_list(doc, draft, college=True),
    "motie": motion,
    "verslag": report,
    "rib": lambda doc, draft: letter(doc, draft, "rib"),
    "raadsvoorstel": lambda doc, draft: letter(doc, draft, "raadsvoorstel"),
    "advies": lambda doc, draft: letter(doc, draft, "advies"),
    "brief": lambda doc, draft: letter(doc, draft, "brief"),
    "register": register,
    "nieuws": lambda doc, draft: None,  # news is read sentence by sentence
}


# A letter naming its own date: "Bijlage bij brief van 8 februari 2023", "Wassenaar, 8 februari 2023".
_SELF_DATE = re.compile(
    r"\b(?:bij (?:de |onze |deze )?brief|deze brief|ons schrijven|brief) (?:van|d\.d\.|gedateerd)\s+"
    r"([0-3]?\d\s+\w+\s+\d{4})|^[ \t]*[A-Z][\w' -]{2,30},[ \t]+([0-3]?\d\s+\w+\s+\d{4})[ \t]*$",
    re.I | re.M,
)


def _latest(doc: Document) -> FuzzyDate | None:
    days = [
        m.value
        for s in doc.sentences
        if not re.search(r"\b(?:zal|zullen|a\.s\.|aanstaande|uiterlijk)\b", s.text, re.I)
        for m in dates.find(s.text, None)
        if m.day and m.role != "bound" and not m.inferred
    ]
    return max(days, key=lambda d: d.first) if days else None


def doc_date(doc: Document, layout: str, given: Any) -> FuzzyDate | None:
    """The document's own date, by layout: a motion's meeting, a list's or report's meeting, a
    letter's `Datum` field; then the first date to the day near the top that is no bound; then
    `--doc-date`; then the latest date in the text."""
    if layout == "motie":
        m = _MOTION_MEETING.search(doc.text)
        if m and (found := dates.first_day(m.group(1), given)):
            return found
    if layout.startswith("besluitenlijst") or layout in ("verslag", "nieuws"):
        found = meeting_date(doc, given)
        if found:
            return found
    for label in (
        "datum",
        "datum brief",
        "verzenddatum",
        "datum collegevergadering",
        "datum college",
        "vergaderdatum",
    ):
        value = doc.fields.get(label)
        if value and (found := dates.first_day(value, given)):
            return found
    own = _SELF_DATE.search(doc.text)
    if own and (found := dates.first_day(own.group(1) or own.group(2), given)):
        return found
    if layout == "brief":  # a letter postdates what it reports: its latest date
        latest = _latest(doc)
        if latest is not None:
            return latest
    found = dates.first_day(_top(doc, 12), given)
    if found:
        return found
    if given is not None:
        return FuzzyDate.of(given)
    days = [m.value for m in dates.find(doc.text, None) if m.day and m.role != "bound"]
    return max(days, key=lambda d: d.first) if days else None
