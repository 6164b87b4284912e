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
# The meeting a text was taken or moved in: "(bijeen) in openbare vergadering op 18 juni 2024",
# "Aldus besloten in de openbare raadsvergadering van 18 juni 2024" (a motion's "in vergadering
# bijeen op 4 maart" too); group 1 is its day.
IN_SESSION = re.compile(
    r"\bin (?:(?:openbare|de|haar)\s+)*(?:raads)?vergadering\s+(?:bijeen(?:gekomen)?\s+)?"
    r"(?:op|van|d\.d\.)\s+([^\n,;]{6,40})",
    re.I,
)
_TAKEN = re.compile(
    r"\b(?:bijeen|aldus\s+(?:vastgesteld|besloten)(?:\s+door\s+de\s+(?:gemeente)?raad)?)\s*$", re.I
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
    # taken in it, as its head or foot says: not a meeting its text mentions
    session = next(
        (
            m
            for m in IN_SESSION.finditer(doc.text)
            if _TAKEN.search(doc.text, max(0, m.start() - 50), m.start())
        ),
        None,
    )
    held = dates.first_day(session[1]) if session else None
    proposed, proposal_line = _proposal_of(read_)
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
        session_line=_line_of(doc.text, session.start()) if session else "",
        proposal=proposed,
        proposal_line=proposal_line,
    )


def _line_of(text: str, at: int) -> str:
    """The whole line of `text` at `at` (a quote a reader recognises)."""
    end = text.find("\n", at)
    return norm(text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)])


def proposal_read(text: str) -> tuple[FuzzyDate, str] | None:
    """The day of the college's proposal a decision's text says it read ("gelezen het voorstel
    van burgemeester en wethouders d.d. 7 maart 2023") and the line that says it."""
    read_ = _READ.search(text)
    if read_ is None:
        return None
    day, line = _proposal_of(read_)
    return (day, line) if day is not None else None


def _proposal_of(read_: re.Match[str]) -> tuple[FuzzyDate | None, str]:
    """The day a "gelezen het voorstel ..." names, and its line."""
    return dates.first_day(read_["rest"]), norm(read_[0].split("\n")[0])


_DECIDES_NOW = re.compile(r"^\W*besluit\s*:", re.I)


def decided_line(lines: list[str]) -> str | None:
    """What a decision's text decides: the first line after its "besluit:", stripped."""
    said = next((i for i, line in enumerate(lines) if _DECIDES_NOW.match(line)), None)
    if said is None:
        return None
    return next((line.strip() for line in lines[said + 1 :] if line.strip()), None)
