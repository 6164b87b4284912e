"""A council's decision as it is published (the Gemeenteblad, a RIS's "raadsbesluit"): "De
gemeenteraad van Rijswijk, / bijeen in openbare vergadering op 18 juni 2024, / gelezen het voorstel
van burgemeester en wethouders d.d. 21 mei 2024, / BESLUIT: / ... vast te stellen". Its own
words say it is one decision, taken on the day of the meeting, on the college's proposal of the
day it names. A proposal's draft decision ("ontwerpbesluit") reads the same but names no meeting
it was taken in: it is no decision yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from besluitspoor.extract import dates
from besluitspoor.extract.document import Document, norm
from besluitspoor.fuzzydate import FuzzyDate

# "De gemeenteraad van Rijswijk,", "De raad van de gemeente Oss;", "De raad der gemeente Ede"
_BODY = re.compile(
    r"^\W*de\s+(?:gemeente)?raad\s+(?:van|der)\s+(?:de\s+gemeente\s+)?\S[^\n]{0,50}?[,;:]?\s*$",
    re.I | re.M,
)
_READ = re.compile(
    r"\bgelezen\s+het\s+voorstel\s+van\s+(?:het\s+college\s+van\s+)?(?:burgemeester\s+en\s+"
    r"wethouders|b\s*(?:&|en)\s*w|het\s+college)\b(?P<rest>[^\n]{0,60}(?:\n[^\n]{0,60})?)",
    re.I,
)
_DECIDES = re.compile(r"^\W*(?:besluit|besluiten)\s*:?\s*$|^\W*besluit\s*:", re.I | re.M)
# The meeting it was taken in: at its head ("bijeen in openbare vergadering op 18 juni 2024") or
# its foot ("Aldus besloten in de openbare raadsvergadering van 18 juni 2024").
_SESSION = re.compile(
    r"\b(?:bijeen\s+in\s+(?:haar\s+)?(?:openbare\s+)?(?:raads)?vergadering\s+(?:op|van)|"
    r"aldus\s+(?:vastgesteld|besloten)\s+(?:door\s+de\s+(?:gemeente)?raad\s+)?in\s+(?:de|haar|zijn)\s+"
    r"(?:openbare\s+)?(?:raads)?vergadering\s+(?:op|van|d\.d\.))\s*(?P<day>[^\n]{6,40})",
    re.I,
)
# What it decides: "De navolgende wijzigingen op de Verordening X vast te stellen:"
_DICTUM = re.compile(
    r"^\W*(?:(?:\d+|[a-z]|I{1,3}|IV)[.)]\s*)?(?P<what>[^\n]{4,200}?)\s+vast\s+te\s+stellen\b[^\n]*$",
    re.I | re.M,
)
# An amendment or a motion opens the same way ("gelezen het voorstel ..., besluit het
# ontwerpbesluit als volgt te wijzigen"): it is moved, not decided.
_MOVED = re.compile(
    r"\b(?:amende?ment(?:en)?|moties?|wijzigingsvoorstel|verzoekt|draagt\s+het\s+college)\b", re.I
)
_GENERIC_TITLE = re.compile(r"^\W*(?:raads)?besluit\w*\W*$|^\W*de\s+(?:gemeente)?raad\b", re.I)


@dataclass(frozen=True)
class Decree:
    title: str  # what the council decided, as the text names it
    title_line: str  # the line that names it (a quote)
    session: FuzzyDate | None  # the day it was taken; None: a draft decision
    session_line: str
    proposal: FuzzyDate | None  # the day of the college's proposal it was taken on
    proposal_line: str


def read(doc: Document) -> Decree | None:
    """The published decision a document opens with, if it is one: the council as its author,
    the proposal it read and its "besluit:" in its first lines, and one proposal read (a
    council's list of decisions reads many)."""
    head = "\n".join(doc.head(30))
    body, read_, decides = _BODY.search(head), _READ.search(head), _DECIDES.search(head)
    if body is None or read_ is None or decides is None or len(_READ.findall(doc.text)) > 1:
        return None
    if _MOVED.search(head):
        return None
    session = _SESSION.search(doc.text)
    held = dates.first_day(session["day"]) if session else None
    proposed = dates.first_day(read_["rest"])
    dictum = _DICTUM.search(doc.text, decides.end())
    title_line = next(
        (norm(line) for line in doc.head(3) if not _GENERIC_TITLE.match(line)),
        norm(dictum[0]) if dictum else "",
    )
    title = title_line if not dictum or title_line != norm(dictum[0]) else norm(dictum["what"])
    if not title:
        return None
    return Decree(
        title=title[:1].upper() + title[1:],
        title_line=title_line,
        session=held,
        session_line=norm(session[0]) if session else "",
        proposal=proposed,
        proposal_line=norm(read_[0].split("\n")[0]),
    )
