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
from besluitspoor.i18n import t
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
    if nul := _nul_characters(data):
        return None, nul
    if not isinstance(data, dict):
        return None, [
            (
                (),
                t(
                    "een dossierbestand is een mapping met de sleutels format, dossier, steps, ...",
                    "a dossier file must be a mapping with keys format, dossier, steps, ...",
                ),
                False,
            )
        ]
    if "format" not in data:
        return None, [
            (
                ("format",),
                t(
                    "ontbreekt; de eerste regel hoort 'format: {f}' te zijn",
                    "missing; the first line should be 'format: {f}'",
                    f=vocab.FORMAT,
                ),
                False,
            )
        ]
    if data["format"] != vocab.FORMAT:
        message = t(
            "onbekend formaat '{v}'; dit programma leest '{f}'",
            "unsupported format '{v}'; this program reads '{f}'",
            v=data["format"],
            f=vocab.FORMAT,
        )
        return None, [(("format",), message, False)]
    _canonical_kinds(data)
    try:
        located = [(issue.path, issue.message, False) for issue in check_references(data)]
    except TypeError:
        # Only on a file whose shape is already wrong (a list or mapping where an id belongs,
        # which cannot be looked up): the model's own problems below say where.
        located = []
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
        return _unknown_key(key, allowed), True
    if kind == "missing":
        return t("ontbreekt (verplicht)", "missing (required)"), False
    if kind == "union_tag_invalid":
        tag = str(error["ctx"]["tag"])
        hint = _kind_hint(tag)
        return t("soort '{k}' is onbekend{h}", "unknown kind '{k}'{h}", k=tag, h=hint), False
    if kind == "union_tag_not_found":
        return t("sleutel 'kind' ontbreekt (verplicht)", "missing key 'kind' (required)"), False
    if kind == "string_pattern_mismatch":
        return (
            t(
                "'{x}' is geen geldig id: gebruik kleine letters, cijfers en streepjes",
                "'{x}' is not a valid id: use lowercase letters, digits and hyphens",
                x=error["input"],
            ),
            False,
        )
    if kind == "string_too_long":
        n = error["ctx"]["max_length"]
        return t("te lang (hoogstens {n} tekens)", "too long (at most {n} characters)", n=n), False
    if kind == "string_too_short":
        return t("mag niet leeg zijn", "must not be empty"), False
    if kind in PLAIN:
        nl, en = PLAIN[kind]
        return t(nl, en), False
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        block = _allowed_keys(loc, data)
        return (
            t(
                "hoort een blok met sleutels te zijn ({keys})",
                "should be a block of keys ({keys})",
                keys=", ".join(block) or "...",
            ),
            False,
        )
    message = str(error["msg"])
    return message.removeprefix("Value error, ").removeprefix("Assertion failed, "), False


# Pydantic's wording for a wrong type, in the user's words.
PLAIN = {
    "int_type": ("verwacht een geheel getal", "expected a whole number"),
    "int_parsing": ("verwacht een geheel getal", "expected a whole number"),
    "int_from_float": ("verwacht een geheel getal", "expected a whole number"),
    "float_type": ("verwacht een getal", "expected a number"),
    "float_parsing": ("verwacht een getal", "expected a number"),
    "finite_number": ("verwacht een eindig getal", "expected a finite number"),
    "bool_type": ("verwacht ja of nee (true of false)", "expected yes or no (true or false)"),
    "bool_parsing": ("verwacht ja of nee (true of false)", "expected yes or no (true or false)"),
    "string_type": ("verwacht tekst", "expected text"),
    "list_type": ("verwacht een lijst", "expected a list"),
    "literal_error": ("onbekende waarde", "unknown value"),
}


def _unknown_key(key: str, allowed: list[str]) -> str:
    dutch = {v: k for k, v in vocab.DUTCH_KEYS.items() if k in allowed}
    hint = (
        t("; bedoelde u '{k}'?", "; did you mean '{k}'?", k=dutch[key.lower()])
        if key.lower() in dutch
        else did_you_mean(key, allowed)
    )
    return t("sleutel '{k}' is onbekend{h}", "unknown key '{k}'{h}", k=key, h=hint)


def _kind_hint(tag: str) -> str:
    import difflib

    close = difflib.get_close_matches(tag.lower(), vocab.kind_names(), n=1, cutoff=0.6)
    if close:
        kind = vocab.canonical_kind(close[0])
        return t("; bedoelde u '{k}'?", "; did you mean '{k}'?", k=kind)
    kinds = ", ".join(vocab.STEP_KINDS)
    return t("; kies uit: {k}", "; expected one of: {k}", k=kinds)


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


def _nul_characters(data: Any) -> list[Located]:
    """Texts holding NUL: no text holds it, and PostgreSQL cannot store it."""
    found: list[Located] = []
    todo: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while todo:
        loc, value = todo.pop()
        if isinstance(value, dict):
            todo.extend(((*loc, key), item) for key, item in value.items())
            found.extend(((*loc, key), _nul_message(), True) for key in value if "\x00" in str(key))
        elif isinstance(value, list):
            todo.extend(((*loc, n), item) for n, item in enumerate(value))
        elif isinstance(value, str) and "\x00" in value:
            found.append((loc, _nul_message(), False))
    return sorted(found, key=lambda f: [str(x) for x in f[0]])


def _nul_message() -> str:
    return t(
        "een NUL-teken (U+0000) in de tekst; haal het weg",
        "a NUL character (U+0000) in the text; remove it",
    )
