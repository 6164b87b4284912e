"""What a council's register says about one motion, amendment or promise, whatever the supplier.

Only what the dossier format needs and may hold: titles, dates, outcomes, URLs and the
portefeuillehouder. Never the names or votes of council members, nor of citizens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class Record:
    supplier: str  # "nb" (Notubiz) or "ib" (iBabs): part of every id made from the record
    source_id: str
    kind: str  # motie, amendement or toezegging
    title: str
    day: date | None
    status: str = "ingediend"  # the format's status; the supplier's wording is in `wording`
    wording: str | None = None
    url: str | None = None
    deadline: date | None = None
    settled_on: date | None = None
    settled_url: str | None = None
    settled: bool = False
    portefeuillehouder: str | None = None


def local_day(value: str | None) -> date | None:
    """The day in Europe/Amsterdam of a supplier timestamp: bare times are local already,
    times with a zone (`Z`, `+00:00`) are converted first; `0000-00-00` is no date."""
    if not value or not value.strip() or value.startswith("0000"):
        return None
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:  # iBabs: "Jan 29 2026 12:00AM"
            moment = datetime.strptime(re.sub(r"\s+", " ", text), "%b %d %Y %I:%M%p")
        except ValueError:
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(AMSTERDAM)
    return moment.date()


# In OpenBesluitvorming's order: a withdrawn motion that was also "aangenomen" in an earlier
# wording is withdrawn.
_OUTCOMES = (
    ("ingetrokken", re.compile(r"\bingetrokken\b", re.I)),
    ("aangehouden", re.compile(r"\baangehouden\b", re.I)),
    ("aangenomen", re.compile(r"\baangenomen\b|\bunaniem\b|\bmet algemene stemmen\b", re.I)),
    ("verworpen", re.compile(r"\bverworpen\b", re.I)),
)


def outcome(wording: str | None) -> tuple[str, str | None]:
    """The format's status for a supplier's wording ("Motie verworpen" -> verworpen), and the
    wording itself when it says something else ("Niet in stemming gebracht" -> ingediend)."""
    if not wording or not wording.strip():
        return "ingediend", None
    if re.search(r"\bniet aangenomen\b", wording, re.I):
        return "verworpen", None
    for status, pattern in _OUTCOMES:
        if pattern.search(wording):
            return status, None
    return "ingediend", wording.strip()
