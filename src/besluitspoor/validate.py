"""Validate a dossier given as plain data, and say every problem in a volunteer's words.

Used for files (the loader adds line numbers) and for edits from the command line. Structure and
values are checked by the pydantic model; ids across the dossier by `references`. Both run, so
that every problem is reported at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from besluitspoor import vocab
from besluitspoor.model import (
    STEP_CLASSES,
    Costs,
    Dossier,
    DossierInfo,
    Evaluation,
    Facts,
    Precondition,
    Promise,
    Source,
    StepBase,
    did_you_mean,
)
from besluitspoor.problems import Path as Loc
from besluitspoor.references import check_references

Located = tuple[Loc, str, bool]  # path, message, whether the line to report is the key's


def validate(
    data: Any, profiles: Iterable[str] | None = None
) -> tuple[Dossier | None, list[Located]]:
    """The validated dossier, or None and every problem in the data."""
    if not isinstance(data, dict):
        return None, [
            ((), "a dossier file must be a mapping with keys format, dossier, steps, ...", False)
        ]
    if "format" not in data:
        return None, [
            (("format",), f"missing; the first line should be 'format: {vocab.FORMAT}'", False)
        ]
    if data["format"] != vocab.FORMAT:
        message = f"unsupported format '{data['format']}'; this program reads '{vocab.FORMAT}'"
        return None, [(("format",), message, False)]
    _canonical_kinds(data)
    located = [(issue.path, issue.message, False) for issue in check_references(data)]
    try:
        dossier = Dossier.model_validate(data, context=_context(profiles))
    except ValidationError as exc:
        located[:0] = _pydantic_problems(exc, data)
        return None, located
    return (None, located) if located else (dossier, [])


def _canonical_kinds(data: dict[str, Any]) -> None:
    """`kind: rib` or `kind: RIB` in a file means raadsinformatiebrief, as on the command line."""
    steps = data.get("steps")
    for step in steps if isinstance(steps, list) else ():
        kind = step.get("kind") if isinstance(step, dict) else None
        if isinstance(kind, str) and kind not in STEP_CLASSES:
            step["kind"] = vocab.canonical_kind(kind) or kind


def _context(profiles: Iterable[str] | None) -> dict[str, Any]:
    return {"profiles": set(profiles)} if profiles is not None else {}


# --- turning pydantic's errors into a volunteer's words -----------------------------------------


def _pydantic_problems(exc: ValidationError, data: Any) -> Iterator[Located]:
    seen: set[Loc] = set()
    for error in exc.errors(include_url=False):
        loc = data_loc(error["loc"], data, error["type"])
        if loc in seen:  # a union reports once per member: keep the first
            continue
        seen.add(loc)
        message, on_key = _message(error, loc, data)
        yield loc, message, on_key


def data_loc(loc: tuple[Any, ...], data: Any, kind: str) -> Loc:
    """Drop the parts of pydantic's loc that are not in the data (union tags and members)."""
    path: list[str | int] = []
    current = data
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(current, list) and isinstance(part, int):
            current = current[part] if part < len(current) else None
        elif isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, dict) and last and kind == "missing":
            pass
        else:
            continue
        path.append(part)
    return tuple(path)


def _message(error: Any, loc: Loc, data: Any) -> tuple[str, bool]:
    kind = error["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        allowed = _allowed_keys(loc[:-1], data)
        return f"unknown key '{key}'{did_you_mean(key, allowed)}", True
    if kind == "missing":
        return "missing (required)", False
    if kind == "union_tag_invalid":
        tag = str(error["ctx"]["tag"])
        hint = _kind_hint(tag)
        return f"unknown kind '{tag}'{hint}", False
    if kind == "union_tag_not_found":
        return "missing key 'kind' (required)", False
    if kind == "string_pattern_mismatch":
        return (
            f"'{error['input']}' is not a valid id: use lowercase letters, digits and hyphens",
            False,
        )
    if kind == "string_too_long":
        return f"too long (at most {error['ctx']['max_length']} characters)", False
    if kind == "string_too_short":
        return "must not be empty", False
    message = str(error["msg"])
    return message.removeprefix("Value error, ").removeprefix("Assertion failed, "), False


def _kind_hint(tag: str) -> str:
    close = did_you_mean(tag.lower(), vocab.kind_names())
    if close:
        name = close.split("'")[1]
        return f"; did you mean '{vocab.canonical_kind(name)}'?"
    return f"; expected one of: {', '.join(vocab.STEP_KINDS)}"


_SECTIONS: dict[Loc, type[Any]] = {
    (): Dossier,
    ("dossier",): DossierInfo,
    ("dossier", "costs"): Costs,
    ("dossier", "evaluation"): Evaluation,
    ("dossier", "facts"): Facts,
}
_LIST_SECTIONS: dict[Loc, type[Any]] = {
    ("dossier", "sources"): Source,
    ("preconditions",): Precondition,
    ("promises",): Promise,
}


def _allowed_keys(loc: Loc, data: Any) -> list[str]:
    model: type[Any] | None = _SECTIONS.get(loc)
    if model is None and loc and isinstance(loc[-1], int):
        model = _LIST_SECTIONS.get(loc[:-1])
        if loc[:-1] == ("steps",):
            step = data["steps"][loc[-1]]
            kind = step.get("kind") if isinstance(step, dict) else None
            model = STEP_CLASSES.get(kind, StepBase) if isinstance(kind, str) else StepBase
    return list(model.model_fields) if model is not None else []
