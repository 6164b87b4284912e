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
from besluitspoor.extract import prose
from besluitspoor.extract.document import norm
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.outcomes import outcome_of

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft

# The motion's noun with what names it: who moved it, what it asks or is about. "amendent" is a
# misspelling real pages have.
_MENTION = re.compile(
    r"\b(?P<noun>motie|amende?ment)\b(?P<rest>(?:[^.;!?]|(?<=\d)\.(?=\d)){0,400})",
    re.I,
)
# Where the name stops and the telling of what happened to it begins.
_TOLD = re.compile(
    r"\s*[-–]\s*(?=[A-Z ]{6,}\b)|"  # "...-VERWORPEN", "... – UNANIEM AANGENOMEN"
    r"\s+(?:werd|werden|wordt|worden|is|was|kreeg|krijgt|kon|haalde|haalt|heeft|had|ging|gaat|"
    r"stemde|stemden|stemt|sneuvelde|strandde|verwierf|hield|kwam)\b(?!\s+(?:gevraagd|opgeroepen|"
    r"verzocht)\b)|"
    r"\s*[,:(]?\s*(?:aangenomen|verworpen|ingetrokken|aangehouden|unaniem)\b|\s*[:(]\s*\d",
    re.I,
)
# A mention that names nothing: "de motie", "deze motie", "het amendement van de VVD" is named.
_UNNAMED = re.compile(r"^\s*(?:\(|,|$|\s*(?:werd|wordt|is|was|kreeg|haalde)\b)", re.I)
# Submitted without an outcome yet: "dient een motie in", "de motie ... ingediend".
_MOVED = re.compile(r"\bdien(?:t|en|de|den)\b|\bingediend\b", re.I)
# Words that say the sentence is about motions in general or ones to come, not one voted on.
_NOT_ONE = re.compile(
    r"\bmoties\b|\bmotiemarkt\b|\bzal\b|\bzullen\b|\bgaat\b[^.;]{0,30}\bindienen\b|\bwil\b|"
    r"\bwillen\b|\bkomt met\b|\bkomen met\b",
    re.I,
)


# A line that is only an outcome, under the motion it is about: "Aangenomen", "Uitslag:
# verworpen (9-12)", "Stemming: 15 voor, 4 tegen".
_BARE_OUTCOME = re.compile(
    r"^\s*(?:(?:uitslag|stemming|besluit|resultaat|status)\s*:?\s*)?(?:unaniem\s+|met algemene "
    r"stemmen\s+)?(?:aangenomen|verworpen|ingetrokken|aangehouden|\d{1,2}\s*(?:voor|-|–))",
    re.I,
)


def mentions(sentence: str, when: FuzzyDate, draft: Draft, following: str = "") -> bool:
    """The motion or amendment a sentence (or list line) names with what happened to it, as a
    step dated `when`; True when the sentence told of one. `following` is the next sentence: a
    line that is only an outcome tells it for the motion named above it."""
    m = _MENTION.search(sentence)
    if m is None or _NOT_ONE.search(sentence[: m.start()] + m["rest"][:80]):
        return False
    status = outcome_of(sentence)
    bare = following and _BARE_OUTCOME.match(following) and not _MENTION.search(following)
    if status is None and bare:
        status = outcome_of(following)
        sentence = f"{sentence} {following}" if status else sentence
    if status is None and not _MOVED.search(sentence):
        return False
    kind = "amendement" if m["noun"].lower().startswith("amende") else "motie"
    rest = m["rest"]
    if _UNNAMED.match(rest):
        return _tell_last(kind, status, sentence, draft)
    told = _TOLD.search(rest)
    name = rest[: told.start()] if told else rest
    name = norm(re.sub(r"\s*\(([^)]*)$", "", name))  # no half a parenthesis
    # "diende een motie (mede namens ...) in over X": the name is what follows the particle.
    name = re.sub(r"^(?:\([^)]*\)\s*)?in\b\s*", "", name) if _MOVED.search(sentence) else name
    words = name.split()
    if len(words) < 2:
        return _tell_last(kind, status, sentence, draft)
    # "de motie 'Zwemles voor elk kind' van de ChristenUnie": the name in quotes is its title.
    title = prose.name_of(kind, sentence) or f"{kind.capitalize()} {' '.join(words[:16])}"
    title = title.rstrip(" ,;:-–")
    if _known(draft, kind, title, sentence):
        return True
    step: dict[str, Any] = {
        "id": draft.new_id("steps", f"{vocab.id_prefix(kind)}-{when.iso()}"),
        "kind": kind,
        "date": when.iso(),
        "title": title[:160],
        "status": status or "ingediend",
    }
    if kind == "motie" and (what := vocab.motion_kind_of(sentence)):
        step["motion_kind"] = what
    draft.steps.append(step)
    draft.quotes.setdefault(f"steps/{step['id']}", []).append(norm(sentence))
    return True


def _known(draft: Draft, kind: str, title: str, sentence: str) -> bool:
    """Already a step: the same title, or a step resting on this very sentence."""
    said = norm(sentence)
    for step in draft.steps:
        if step["kind"] != kind:
            continue
        if step["title"].lower() == title.lower() or said in draft.quotes.get(
            f"steps/{step['id']}", []
        ):
            return True
    return False


def _tell_last(kind: str, status: str | None, sentence: str, draft: Draft) -> bool:
    """ "De motie werd aangenomen": the outcome of the motion named last."""
    last = next((s for s in reversed(draft.steps) if s["kind"] == kind), None)
    if last is None or status is None:
        return False
    if last.get("status") in (None, "ingediend"):
        last["status"] = status
        draft.quotes.setdefault(f"steps/{last['id']}", []).append(norm(sentence))
    return True
