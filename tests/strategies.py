"""Hypothesis strategies for valid dossiers: every step kind, fuzzy dates of every precision,
text that is hard for YAML (colons, quotes, newlines, 'yes', numbers, unicode)."""

from __future__ import annotations

from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from hypothesis import strategies as st
from pydantic import BaseModel

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate, parse_time
from besluitspoor.model import STEP_CLASSES, Dossier, Facts, OneOf, Ref
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
    bound = draw(st.sampled_from([None, None, None, "before", "after"]))  # open dates too
    if precision == "year":
        return FuzzyDate(year, bound=bound).iso()
    month = draw(st.integers(1, 12))
    if precision == "month":
        return FuzzyDate(year, month, bound=bound).iso()
    return FuzzyDate(year, month, draw(st.integers(1, 28)), bound=bound).iso()


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


times = st.sampled_from(["ochtend", "middag", "avond", "09:30"])


def _field(
    annotation: Any, metadata: list[Any], step_ids: list[str], pre_ids: list[str]
) -> st.SearchStrategy[Any]:
    """Valid values of a model field, read from its type and the markers on it: references to
    the dossier's own ids, closed vocabularies, dates, times, flags, lists, free text."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *more = get_args(annotation)
        return _field(base, [*metadata, *more], step_ids, pre_ids)
    if origin in (Union, UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        found = st.one_of(*(_field(m, metadata, step_ids, pre_ids) for m in members))
        if found.is_empty:
            return st.none()  # a reference with nothing to refer to
        return _maybe(found) if len(members) < len(get_args(annotation)) else found
    if origin is list:
        (item,) = get_args(annotation)
        each = _field(item, metadata, step_ids, pre_ids)
        return st.just([]) if each.is_empty else st.lists(each, max_size=2)
    if origin is Literal:
        return st.sampled_from(get_args(annotation))
    for marker in metadata:
        if isinstance(marker, Ref):
            ids = pre_ids if marker.section == "preconditions" else step_ids
            return st.sampled_from(ids) if ids else st.nothing()
        check = getattr(marker, "func", None)
        if isinstance(check, OneOf):
            return st.sampled_from(check.choices)
        if check is parse_time:
            return times
    if annotation is FuzzyDate:
        return fuzzy_dates()
    if annotation is bool:
        return st.booleans()
    if annotation in (int, float):
        return st.one_of(st.integers(0, 10**9), st.floats(0, 1e9, allow_nan=False))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = annotation.model_fields
        return st.fixed_dictionaries(
            {
                name: _field(info.annotation, info.metadata, step_ids, pre_ids)
                for name, info in fields.items()
                if info.is_required()
            },
            optional={
                name: _field(info.annotation, info.metadata, step_ids, pre_ids)
                for name, info in fields.items()
                if not info.is_required()
            },
        ).map(lambda d: {k: v for k, v in d.items() if v is not None})
    if annotation is str:
        return texts
    raise TypeError(f"no strategy for {annotation!r} {metadata!r}: add one to _field")


@st.composite
def dossiers(draw: st.DrawFn) -> Dossier:
    step_ids = draw(st.lists(slugs, unique=True, max_size=8))
    pre_ids = draw(st.lists(slugs, unique=True, max_size=3))
    ref = st.sampled_from(step_ids) if step_ids else st.none()

    def step(step_id: str) -> dict[str, Any]:
        kind = draw(st.sampled_from(vocab.STEP_KINDS))
        data: dict[str, Any] = {
            "id": step_id,
            "kind": kind,
            "date": draw(fuzzy_dates()),
            "title": draw(texts),
        }
        # Every other key of the kind, from the model: a field added to the format is
        # generated without touching this file.
        for name, info in STEP_CLASSES[kind].model_fields.items():
            if name not in data:
                data[name] = draw(_field(info.annotation, info.metadata, step_ids, pre_ids))
        return {k: v for k, v in data.items() if v is not None and v != []}

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
