"""Deterministic generator of realistic dossier files for the benchmark.

Each dossier: a municipality, a profile, 20-60 steps of every kind spread over about two years
around its start, preconditions and promises, and a share of defects (late or missing council
steps, unmet preconditions, broken promises, committees deciding, amendments without proposal,
...) so that every rule fires somewhere. Same seed, same files.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import Facts
from besluitspoor.references import drop_impossible_chronology

MUNICIPALITIES = [
    "Alblasserdam",
    "Amsterdam",
    "Apeldoorn",
    "Arnhem",
    "Assen",
    "Bunnik",
    "Delft",
    "Deventer",
    "Dordrecht",
    "Ede",
    "Eindhoven",
    "Emmen",
    "Enschede",
    "Groningen",
    "Haarlem",
    "Heerlen",
    "Hengelo",
    "Leeuwarden",
    "Leiden",
    "Lelystad",
    "Maastricht",
    "Middelburg",
    "Nijmegen",
    "Oss",
    "Rotterdam",
    "Schiedam",
    "Sittard",
    "Tilburg",
    "Utrecht",
    "Venlo",
    "Wassenaar",
    "Westland",
    "Zeist",
    "Zoetermeer",
    "Zwolle",
]
PROFILES = (
    ("beleidswijziging-sociaal-domein", 35),
    ("beleidswijziging", 15),
    ("verordening", 15),
    ("gemeenschappelijke-regeling", 10),
    ("beleidsplan", 10),
    ("begrotingswijziging", 10),
    ("basis", 5),
)
KINDS = (
    ("raadsinformatiebrief", 14),
    ("collegebesluit", 14),
    ("commissievergadering", 12),
    ("raadsvergadering", 8),
    ("raadsbesluit", 8),
    ("raadsvoorstel", 6),
    ("brief", 8),
    ("pc-document", 3),
    ("advies", 6),
    ("motie", 5),
    ("vragen", 5),
    ("communicatie", 4),
    ("inspraak", 3),
    ("bekendmaking", 3),
    ("amendement", 2),
    ("overig", 4),
)
WORDS = [
    "sociaal",
    "team",
    "toegang",
    "loket",
    "jeugdhulp",
    "wmo",
    "participatie",
    "schuldhulp",
    "wijkteam",
    "inkoop",
    "regeling",
    "begroting",
    "verordening",
    "adviesraad",
    "convenant",
    "werkproces",
    "registratiesysteem",
    "huisvesting",
    "evaluatie",
    "inwoners",
    "mantelzorg",
    "armoede",
    "beschermd",
    "wonen",
    "vervoer",
]


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w for w, _ in weighted], [n for _, n in weighted])[0]


def _fuzzy(rng: random.Random, day: date) -> str:
    roll = rng.random()
    if roll < 0.80:
        return day.isoformat()
    if roll < 0.95:
        return FuzzyDate(day.year, day.month).iso()
    return str(day.year)


def _title(rng: random.Random) -> str:
    return " ".join(rng.sample(WORDS, 3)).capitalize()


def dossier(rng: random.Random, n: int) -> dict[str, Any]:
    municipality = MUNICIPALITIES[n % len(MUNICIPALITIES)]
    profile = _pick(rng, PROFILES)
    start = date(2019, 1, 1) + timedelta(days=rng.randrange(7 * 365))
    tri = ("yes", "no", "unknown")
    info: dict[str, Any] = {
        "id": f"{municipality.lower()}-{n:06d}",
        "title": f"{_title(rng)} {municipality}",
        "municipality": municipality,
        "profile": profile,
        "domain": "sociaal" if rng.random() < 0.7 else rng.choice(vocab.DOMAINS),
        "start": _fuzzy(rng, start) if rng.random() < 0.95 else None,
        "summary": f"Wijziging van {_title(rng).lower()} in {municipality}.",
        "facts": {f: rng.choice(tri) for f in Facts.model_fields},
    }
    if rng.random() < 0.6:
        info["goals"] = [_title(rng) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.6:
        covered = rng.choice(["Programma 6 Sociaal domein", "geen", "Algemene reserve"])
        info["costs"] = {"amount": rng.randrange(0, 900_000, 1000), "covered_by": covered}
    if rng.random() < 0.5:
        info["evaluation"] = {"date": str(start.year + 1), "how": "Evaluatie met de adviesraad"}
    steps = _steps(rng, start, profile, rng.randint(20, 60))
    ids_by_kind: dict[str, list[str]] = {}
    for step in steps:
        ids_by_kind.setdefault(step["kind"], []).append(step["id"])
    letters = ids_by_kind.get("raadsinformatiebrief", [])
    decisions = ids_by_kind.get("collegebesluit", [])
    preconditions = []
    for i in range(rng.randint(0, 8)):
        pre: dict[str, Any] = {"id": f"rv-{i}", "text": _title(rng)}
        if letters:
            pre["named_in"] = rng.choice(letters)
        roll = rng.random()
        if roll < 0.5:
            pre["status"] = "vervuld"
            pre["met_on"] = (start + timedelta(days=rng.randint(-200, 120))).isoformat()
        elif roll < 0.6 and decisions:
            pre["status"] = "vervallen"
            pre["dropped_by"] = rng.choice(decisions)
        if rng.random() < 0.1:
            pre["critical"] = True
        preconditions.append(pre)
    promises = []
    for i in range(rng.randint(0, 5)):
        due = start + timedelta(days=rng.randint(-300, 300))
        promise: dict[str, Any] = {"id": f"tz-{i}", "text": _title(rng), "due": _fuzzy(rng, due)}
        if letters:
            promise["made_in"] = rng.choice(letters)
        roll = rng.random()
        if roll < 0.5 and steps:
            promise["status"] = "nagekomen"
            promise["fulfilled_by"] = rng.choice(steps)["id"]
        elif roll < 0.6:
            promise["status"] = "uitgesteld"
            promise["postponed_to"] = (due + timedelta(days=180)).isoformat()
        if rng.random() < 0.1 and decisions:  # waits for an event instead of a date
            del promise["due"]
            promise["trigger"] = "zodra de planning wijzigt"
            promise["triggered_by"] = rng.choice(decisions)
        promises.append(promise)
    data = {
        "format": vocab.FORMAT,
        "dossier": {k: v for k, v in info.items() if v is not None},
        "steps": steps,
        "preconditions": preconditions,
        "promises": promises,
    }
    drop_impossible_chronology(data)  # references were chosen apart from the dates
    return data


REQUIRED = {
    "verordening": [
        ("raadsvoorstel", {}),
        ("raadsbesluit", {"decision": "verordening"}),
        ("bekendmaking", {}),
    ],
    "begrotingswijziging": [
        ("raadsvoorstel", {}),
        ("raadsbesluit", {"decision": "begrotingswijziging"}),
    ],
    "beleidsplan": [
        ("raadsvoorstel", {}),
        ("commissievergadering", {"nature": "oordeelsvormend", "committee": "Samenleving"}),
        ("raadsbesluit", {"decision": "plan"}),
    ],
    "gemeenschappelijke-regeling": [
        ("collegebesluit", {"decision": "gr-ontwerp"}),
        ("raadsbesluit", {"decision": "gr-toestemming"}),
        ("collegebesluit", {"decision": "gr-treffen"}),
    ],
}


def _steps(rng: random.Random, start: date, profile: str, count: int) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = []
    # The council steps the profile requires: mostly in order before the start, sometimes
    # missing or late (the defects the checker must find).
    day = start - timedelta(days=rng.randint(120, 300))
    for kind, keys in REQUIRED.get(profile, []):
        if rng.random() < 0.12:
            continue
        late = rng.random() < 0.1
        when = start + timedelta(days=rng.randint(1, 60)) if late else day
        steps.append({"kind": kind, "date": when.isoformat(), "title": _title(rng), **keys})
        day += timedelta(days=rng.randint(14, 70))
    # Some trails never reach the council: only presentations in committee.
    council = profile not in REQUIRED and rng.random() < 0.08
    while len(steps) < count:
        kind = _pick(rng, KINDS)
        if council and kind in ("raadsvoorstel", "raadsbesluit"):
            continue
        when = start + timedelta(days=rng.randint(-540, 180))
        step: dict[str, Any] = {"kind": kind, "date": _fuzzy(rng, when), "title": _title(rng)}
        if rng.random() < 0.15:
            step["time"] = rng.choice(["ochtend", "middag", "avond", "10:30", "19:30"])
        if rng.random() < 0.3:
            step["body"] = f"Samenvatting: {_title(rng).lower()}."
        if rng.random() < 0.5:
            step["source"] = f"https://example.org/raad/{rng.randrange(10**6)}"
        steps.append(step)
    rng.shuffle(steps)
    for i, step in enumerate(steps):
        step["id"] = f"{vocab.CLI_KIND_NAMES.get(step['kind'], step['kind'])[:12]}-{i}"
        if rng.random() < 0.01:  # announced in a letter, not (yet) seen to happen
            step["status"] = vocab.ANNOUNCED
    _own_keys(rng, steps)
    return [{"id": s.pop("id"), **s} for s in steps]


def council_only(steps: list[dict[str, Any]]) -> bool:
    """A trail without any proposal or decision of the council."""
    return not any(s["kind"] in ("raadsvoorstel", "raadsbesluit") for s in steps)


def _own_keys(rng: random.Random, steps: list[dict[str, Any]]) -> None:
    by_kind: dict[str, list[str]] = {}
    for step in steps:
        by_kind.setdefault(step["kind"], []).append(step["id"])
    any_id = [s["id"] for s in steps]
    for step in steps:
        kind = step["kind"]
        if kind == "raadsinformatiebrief" and by_kind.get("collegebesluit") and rng.random() < 0.6:
            step["reports"] = [rng.choice(by_kind["collegebesluit"])]
        if kind == "collegebesluit" and rng.random() < 0.25:
            step["spends"] = rng.randrange(10, 400) * 1000
            step["redirects"] = rng.random() < 0.03
        if kind == "raadsbesluit" and rng.random() < 0.3:
            step["budget"] = rng.randrange(100, 900) * 1000
        if kind == "raadsbesluit" and rng.random() < 0.2:
            step["assigns"] = "Kom met een evaluatie"
            if rng.random() < 0.7:
                step["assigns_due"] = step["date"][:4]
            if rng.random() < 0.5:
                step["settled_by"] = rng.choice(any_id)
        deviates = kind in ("pc-document", "raadsinformatiebrief") and rng.random() < 0.3
        if deviates and by_kind.get("raadsbesluit"):
            step["deviation_of"] = rng.choice(by_kind["raadsbesluit"])
        if kind == "pc-document":
            step["document"] = rng.choice(vocab.PC_DOCUMENTS)
        if kind == "raadsbesluit" and rng.random() < 0.05:
            step["decision"] = "vvgb"
        if kind == "raadsbesluit" and rng.random() < 0.05:
            step["decision"] = "verordening"
            step["delegates"] = [rng.choice(["hoogte-pgb", "aanvraagformulier"])]
        if kind == "overig" and rng.random() < 0.1:  # a decision inside a regeling
            step["decided_by"] = rng.choice(["dagelijks-bestuur", "algemeen-bestuur"])
            step["competent"] = "algemeen-bestuur"
        if kind == "motie" and by_kind.get("collegebesluit") and rng.random() < 0.1:
            step["conditions_for"] = rng.choice(by_kind["collegebesluit"])
        if kind == "collegebesluit" and "decision" not in step:
            step["decision"] = rng.choice(
                [
                    "organisatorisch",
                    "raadsvoorstel",
                    "overig",
                    "privaatrechtelijk",
                    "deelneming",
                    "beleidsregel",
                    "omgevingsvergunning",
                ]
            )
        elif kind == "raadsbesluit" and "decision" not in step:
            step["decision"] = rng.choice(vocab.COUNCIL_DECISIONS)
            step["outcome"] = "verworpen" if rng.random() < 0.1 else "aangenomen"
        elif kind == "commissievergadering" and "committee" not in step:
            step["committee"] = rng.choice(["Samenleving", "Bestuur", "Mens en Maatschappij"])
            step["nature"] = rng.choice(
                vocab.COMMITTEE_NATURES[:3] if council_only(steps) else vocab.COMMITTEE_NATURES[:4]
            )
            step["decides"] = rng.random() < 0.03
        elif kind == "motie":
            step["status"] = rng.choice(vocab.MOTION_STATUSES)
            step["requests"] = _title(rng)
            if step["status"] == "aangenomen" and rng.random() < 0.5:
                step["settled_by"] = rng.choice(any_id)
        elif kind == "amendement":
            if by_kind.get("raadsvoorstel") and rng.random() < 0.8:
                step["target"] = rng.choice(by_kind["raadsvoorstel"])
        elif kind == "advies":
            step["council"] = "Adviesraad Sociaal Domein"
            step["followed"] = rng.choice(vocab.ADVICE_FOLLOWED)
            step["unsolicited"] = rng.random() < 0.2
            if by_kind.get("collegebesluit") and rng.random() < 0.5:
                step["about"] = rng.choice(by_kind["collegebesluit"])
                step["deadline"] = step["date"][:7]
            if step["followed"] in ("deels", "nee") and rng.random() < 0.5:
                step["response"] = rng.choice(any_id)
        elif kind == "vragen" and rng.random() < 0.7:
            step["answered_by"] = rng.choice(any_id)
        elif kind == "bekendmaking" and by_kind.get("raadsbesluit"):
            step["of"] = rng.choice(by_kind["raadsbesluit"])
        elif kind == "communicatie":
            step["channel"] = rng.choice(["website", "huis-aan-huisblad", "brief"])
        elif kind == "brief":
            step["author"] = rng.choice(["college", "adviesraad", "inwonersvereniging"])
