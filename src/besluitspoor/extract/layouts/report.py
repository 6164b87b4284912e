"""A meeting report (verslag, notulen, an impression, a committee's RIS page): the meeting with
its committee, nature and time, the items decided on it, and the motions it names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from besluitspoor import ids
from besluitspoor.extract import acts
from besluitspoor.extract.document import Document, norm
from besluitspoor.extract.layouts.agenda import decided_items, is_meeting_page
from besluitspoor.extract.layouts.base import (
    Layout,
    add,
    dated_by,
    first_line,
    meeting_date,
    short_kind,
)
from besluitspoor.extract.layouts.motion import MOTION_LINE
from besluitspoor.outcomes import outcome_of

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft


_COUNCIL_TITLE = re.compile(
    r"\b(?:gemeenteraad|raadsvergadering|vergadering van de (?:gemeente)?raad|raad der gemeente)\b",
    re.I,
)
_COMMITTEE_TITLE = re.compile(r"\bcommissie\b|\bcommissievergadering\b", re.I)


def report(doc: Document, draft: Draft) -> None:
    if draft.doc_date is None:
        return
    day = draft.doc_date.iso()
    head = "\n".join(doc.head(8))
    title = "\n".join(doc.head(2))
    # The title says whose meeting it is; only when it is silent do the lines below decide.
    if _COUNCIL_TITLE.search(title) and not _COMMITTEE_TITLE.search(title):
        body, council = None, True
    else:
        body = acts.committee(title) or acts.committee(head)
        council = (
            bool(re.search(r"\b(?:gemeente)?raad(?:svergadering)?\b", head, re.I)) and not body
        )
    kind = "raadsvergadering" if council else "commissievergadering"
    step: dict[str, Any] = {"id": f"{short_kind(kind)}-{day}", "kind": kind, "date": day}
    if kind == "commissievergadering":
        step["committee"] = body or acts.committee(doc.text[:3000]) or "Commissie"
        step["title"] = f"{step['committee']} {draft.doc_date.display('long')}"
    else:
        step["title"] = f"Raadsvergadering {draft.doc_date.display('long')}"
    if (nat := acts.nature(head)) and kind == "commissievergadering":
        step["nature"] = nat
    if when := acts.time_of("\n".join(doc.head(15))):
        step["time"] = when
    add(draft, step, first_line(doc), *dated_by(doc, draft.doc_date))
    draft.doc_step = step["id"]
    if is_meeting_page(doc):
        decided_items(
            doc, draft, day, college=False, council=kind == "raadsvergadering", reported=True
        )
    for m in MOTION_LINE.finditer(doc.text):
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
        add(draft, item, m.group(0))


LAYOUT = Layout(
    "verslag",
    "verslag",
    report,
    markers=(
        re.compile(
            r"\b(?:commissie|raads|forum|vergader|sessie|kort|concept|integraal|woordelijk|beknopt|"
            r"zittings)?verslag\b|\bnotulen\b|\bsamenvatting van de (?:vergadering|bijeenkomst)\b|"
            r"^\s*impressie\b[^\n]{0,40}(?:raad|commissie|vergadering)|"
            # "Commissie Ruimte 12 maart 2024"; not a field ("Commissiebehandeling : 15 juni")
            # and "Cie. Burgers en Samenleving 15 mei 2012 19:00:00", a RIS page of the meeting
            r"^\s*(?:\w*commissie\w*|raadscommissie|cie\.?)(?=\s)[^\n:]{0,40}\b\d{1,2}\s+\w+\s+\d{4}"
            r"(?:\s+\d{1,2}[:.]\d{2}(?::\d{2})?)?\s*$",
            re.I,
        ),
    ),
    dated=meeting_date,
)
