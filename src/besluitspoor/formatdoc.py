"""The key tables of docs/format.md, derived from the model: the field descriptions, types,
references and vocabularies are declared once on the model and the documentation follows.

`python -m besluitspoor.formatdoc` prints the tables; a test keeps docs/format.md in step.
"""

from __future__ import annotations

import re
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from besluitspoor import vocab
from besluitspoor.model import (
    STEP_CLASSES,
    Costs,
    DossierInfo,
    Evaluation,
    Facts,
    Precondition,
    Promise,
    Source,
    StepBase,
    choices_of,
    refs_of,
)

BEGIN, END = "<!-- keys:begin (generated from the model; see formatdoc.py) -->", "<!-- keys:end -->"


def _type(model: type[BaseModel], name: str) -> str:
    info = model.model_fields[name]
    annotation = info.annotation
    ref = refs_of(model).get(name)
    is_list = get_origin(annotation) is list
    if ref is not None:
        what = "step id" if ref.section == "steps" else "precondition id"
        return f"list of {what}s" if is_list else what
    if name == "evidence":
        return "step id or URL"
    text = str(annotation)
    if is_list:
        (item,) = get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return f"list of blocks ({item.__name__.lower()})"
        return "list of text"
    if name == "id":
        return "id: `a-z`, `0-9`, `-`"
    if name == "time":
        return "`HH:MM`, `ochtend`, `middag`, `avond`"
    if "TriState" in text or name in Facts.model_fields:
        return "`yes`, `no`, `unknown`"
    if "Literal['start']" in text:  # a promise's or a condition's due
        return "`start` or date"
    if "FuzzyDate" in text:
        return "date"
    choices = choices_of(model, name)
    if choices and name != "kind":
        return ", ".join(f"`{c}`" for c in choices)
    if annotation is bool or text == "bool | None":
        return "true / false"
    if re.search(r"\b(?:float|int)\b", text):  # not the "int" of "StringConstraints"
        return "number"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "block"
    if "Costs" in text or "Evaluation" in text:
        return "block"
    return "text"


def _required(model: type[BaseModel], name: str) -> str:
    info = model.model_fields[name]
    if info.is_required():
        return "yes"
    default: Any = info.get_default(call_default_factory=True)
    if default in (None, [], False) or isinstance(default, BaseModel):
        return ""
    return f"default `{default}`"


def table(model: type[BaseModel], skip: tuple[str, ...] = ()) -> str:
    rows = ["| key | type | required | meaning |", "|---|---|---|---|"]
    for name, info in model.model_fields.items():
        if name in skip:
            continue
        description = (info.description or "").replace("|", "\\|")
        rows.append(
            f"| `{name}` | {_type(model, name)} | {_required(model, name)} | {description} |"
        )
    return "\n".join(rows)


def _overrides(cls: type[StepBase], name: str) -> bool:
    mine, base = cls.model_fields[name], StepBase.model_fields[name]
    return mine.description != base.description


def tables() -> str:
    common = tuple(StepBase.model_fields)
    parts = [
        "### `dossier`",
        table(DossierInfo),
        "`costs`:",
        table(Costs),
        "`evaluation`:",
        table(Evaluation),
        "`sources`, each:",
        table(Source),
        "`facts`:",
        table(Facts),
        "### `steps`: the keys of every step",
        table(StepBase, skip=("kind",)),
        "### `steps`: the kinds, their other names, and their own keys",
    ]
    for kind, cls in STEP_CLASSES.items():
        aliases = vocab.KIND_ALIASES.get(kind, ())
        also = f" (also: {', '.join(f'`{a}`' for a in aliases)})" if aliases else ""
        own = [n for n in cls.model_fields if n not in common or _overrides(cls, n)]
        parts.append(f"`{kind}`{also}: {(cls.__doc__ or '').strip()}")
        if own:
            parts.append(table(cls, skip=tuple(n for n in cls.model_fields if n not in own)))
    parts += [
        "### `preconditions` (randvoorwaarden)",
        table(Precondition),
        "### `promises` (toezeggingen)",
        table(Promise),
    ]
    return "\n\n".join(parts)


def block() -> str:
    return f"{BEGIN}\n\n{tables()}\n\n{END}"


if __name__ == "__main__":  # pragma: no cover
    print(block())
