"""Hypothesis strategies for valid dossiers: every step kind, fuzzy dates of every precision,
text that is hard for YAML (colons, quotes, newlines, 'yes', numbers, unicode)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import Dossier, Facts
from besluitspoor.references import drop_impossible_chronology

slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
tricky_words = st.sampled_from(
    [
        "yes",
        "no",
        "null",
        "~",
        "true",
        "10:30",
        "2023-01-01",
        "1e3",
        "0x1F",
        "- item",
        "#tag",
        "'quoted'",
        '"double"',
        "a: b",
        "Café",
        "één",
        "  spaced  ",
        "tab\there",
        "&anchor",
        "*",
    ]
)
texts = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30),
    tricky_words,
    st.lists(tricky_words, min_size=2, max_size=4).map(" ".join),
    st.lists(st.sampled_from(["regel een", "regel twee", ""]), min_size=2).map("\n".join),
).filter(lambda t: t.strip() != "")


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(2015, 2030))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return FuzzyDate(year).iso()
    month = draw(st.integers(1, 12))
    if precision == "month":
        return FuzzyDate(year, month).iso()
    return FuzzyDate(year, month, draw(st.integers(1, 28))).iso()


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    step_ids = draw(st.lists(slugs, unique=True, max_size=8))
    pre_ids = draw(st.lists(slugs, unique=True, max_size=3))
    ref = st.sampled_from(step_ids) if step_ids else st.none()
    refs = st.lists(st.sampled_from(step_ids), max_size=2) if step_ids else st.just([])

    def step(step_id: str) -> dict[str, Any]:
        kind = draw(st.sampled_from(vocab.STEP_KINDS))
        data: dict[str, Any] = {
            "id": step_id,
            "kind": kind,
            "date": draw(fuzzy_dates()),
            "title": draw(texts),
        }
        optional = {
            "time": _maybe(st.sampled_from(["ochtend", "middag", "avond", "09:30"])),
            "body": _maybe(texts),
            "source": _maybe(texts),
            "defect": _maybe(texts),
        }
        own: dict[str, st.SearchStrategy[Any]] = {
            "raadsinformatiebrief": {
                "reports": refs,
                "notes_unmet": st.lists(st.sampled_from(pre_ids), max_size=2)
                if pre_ids
                else st.just([]),
                "portefeuillehouder": _maybe(texts),
                "corrects": refs,
            },
            "collegebesluit": {"decision": st.sampled_from(vocab.COLLEGE_DECISIONS)},
            "raadsvoorstel": {"proposes": _maybe(st.sampled_from(vocab.COUNCIL_DECISIONS))},
            "raadsvergadering": {"agenda": st.lists(texts, max_size=2)},
            "raadsbesluit": {
                "decision": st.sampled_from(vocab.COUNCIL_DECISIONS),
                "outcome": st.sampled_from(vocab.COUNCIL_OUTCOMES),
                "proposal": ref,
            },
            "commissievergadering": {
                "committee": texts,
                "nature": _maybe(st.sampled_from(vocab.COMMITTEE_NATURES)),
                "decides": st.booleans(),
            },
            "motie": {
                "status": st.sampled_from(vocab.MOTION_STATUSES),
                "vote_date": _maybe(fuzzy_dates()),
                "requests": _maybe(texts),
                "settled_by": ref,
                "settled_in_part": st.booleans(),
            },
            "amendement": {"target": ref, "status": st.sampled_from(vocab.MOTION_STATUSES)},
            "advies": {
                "council": texts,
                "requested": _maybe(fuzzy_dates()),
                "deadline": _maybe(fuzzy_dates()),
                "about": ref,
                "unsolicited": st.booleans(),
                "followed": st.sampled_from(vocab.ADVICE_FOLLOWED),
                "response": ref,
            },
            "communicatie": {"channel": _maybe(texts)},
            "bekendmaking": {"of": ref},
            "vragen": {"answered_by": ref},
            "brief": {"author": _maybe(texts), "corrects": refs},
            "pc-document": {"corrects": refs},
        }.get(kind, {})
        for key, strategy in {**optional, **own}.items():
            data[key] = draw(strategy)
        data["refs"] = draw(refs)
        return {k: v for k, v in data.items() if v is not None}

    steps = [step(i) for i in step_ids]
    preconditions = []
    for pre_id in pre_ids:
        status = draw(st.sampled_from(vocab.PRECONDITION_STATUSES))
        if status == "vervallen" and not step_ids:
            status = "open"
        pre = {
            "id": pre_id,
            "text": draw(texts),
            "named_in": draw(ref),
            "due": draw(_maybe(st.one_of(st.just("start"), fuzzy_dates()))),
            "status": status,
            "critical": draw(st.booleans()),
            "evidence": draw(_maybe(st.one_of(ref, st.just("https://example.org/x")))),
        }
        if status == "vervuld":
            pre["met_on"] = draw(fuzzy_dates())
        if status == "vervallen":
            pre["dropped_by"] = draw(st.sampled_from(step_ids))
        preconditions.append({k: v for k, v in pre.items() if v is not None})
    promises = []
    for promise_id in draw(st.lists(slugs, unique=True, max_size=3)):
        status = draw(st.sampled_from(vocab.PROMISE_STATUSES))
        if status == "nagekomen" and not step_ids:
            status = "open"
        promise = {
            "id": promise_id,
            "text": draw(texts),
            "made_in": draw(ref),
            "by": draw(_maybe(texts)),
            "due": draw(_maybe(fuzzy_dates())),
            "status": status,
        }
        if status == "nagekomen":
            promise["fulfilled_by"] = draw(st.sampled_from(step_ids))
        if status == "uitgesteld":
            promise["postponed_to"] = draw(fuzzy_dates())
        promises.append({k: v for k, v in promise.items() if v is not None})
    info = {
        "id": draw(slugs),
        "title": draw(texts),
        "municipality": draw(texts),
        "profile": draw(st.sampled_from(["basis", "beleidswijziging-sociaal-domein"])),
        "domain": draw(_maybe(st.sampled_from(vocab.DOMAINS))),
        "start": draw(_maybe(fuzzy_dates())),
        "summary": draw(_maybe(texts)),
        "goals": draw(st.lists(texts, max_size=2)),
        "indicators": draw(st.lists(texts, max_size=2)),
        "costs": draw(
            _maybe(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "amount": st.one_of(
                            st.integers(0, 10**9), st.floats(0, 1e9, allow_nan=False)
                        ),
                        "structural": st.booleans(),
                        "covered_by": texts,
                        "note": texts,
                    },
                )
            )
        ),
        "evaluation": draw(
            _maybe(st.fixed_dictionaries({"date": fuzzy_dates()}, optional={"how": texts}))
        ),
        "facts": draw(
            st.fixed_dictionaries(
                {}, optional={f: st.sampled_from(vocab.TRISTATE) for f in Facts.model_fields}
            )
        ),
        "sources": draw(
            st.lists(
                st.fixed_dictionaries(
                    {"title": texts}, optional={"url": texts, "date": fuzzy_dates()}
                ),
                max_size=2,
            )
        ),
        "tags": draw(st.lists(texts, max_size=2)),
    }
    data = {
        "format": vocab.FORMAT,
        "dossier": {k: v for k, v in info.items() if v is not None},
        "steps": steps,
        "preconditions": preconditions,
        "promises": promises,
    }
    drop_impossible_chronology(data)
    return Dossier.model_validate(data)
