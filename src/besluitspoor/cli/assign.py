"""`--set key=value` and `--unset key` for the edit commands, on the file form of an item.

Keys are those of the dossier format (`date`, `reports`, `facts.affects_residents`). A list of
ids takes commas (`reports=a,b`); a list of texts takes the key once per entry
(`--set goals="Eén loket" --set goals="Minder wachttijd"`). Values are validated afterwards, like
a file.
"""

from __future__ import annotations

from typing import Any, get_args, get_origin

from pydantic import BaseModel

from besluitspoor.model import Slug
from besluitspoor.problems import InputError


def field_shape(model: type[BaseModel], key: str) -> tuple[bool, bool]:
    """(is a list, is a list of ids) for a field of `model`."""
    info = model.model_fields.get(key)
    if info is None:
        return False, False
    if get_origin(info.annotation) is list:
        (item,) = get_args(info.annotation)
        return True, item is Slug
    return False, False


def apply(
    target: dict[str, Any],
    model: type[BaseModel],
    assignments: list[str],
    unset: list[str],
    nested: dict[str, type[BaseModel]] | None = None,
) -> None:
    """Apply assignments to `target` (the item's file form); `nested` names sub-objects such as
    `facts` and their models."""
    nested = nested or {}
    replaced: set[str] = set()
    for text in assignments:
        key, sep, value = text.partition("=")
        key = key.strip()
        if not sep or not key:
            raise InputError(f"--set needs key=value, got '{text}'")
        holder, leaf, leaf_model = _holder(target, key, model, nested)
        is_list, is_ids = field_shape(leaf_model, leaf)
        if is_ids:
            holder[leaf] = [v.strip() for v in value.split(",") if v.strip()]
        elif is_list:
            if key not in replaced:
                holder[leaf] = []
                replaced.add(key)
            holder[leaf].append(value)
        else:
            holder[leaf] = value
    for key in unset:
        holder, leaf, _ = _holder(target, key.strip(), model, nested)
        holder.pop(leaf, None)


def _holder(
    target: dict[str, Any], key: str, model: type[BaseModel], nested: dict[str, type[BaseModel]]
) -> tuple[dict[str, Any], str, type[BaseModel]]:
    head, dot, leaf = key.partition(".")
    if not dot:
        return target, key, model
    if head not in nested:
        raise InputError(f"'{key}': only {', '.join(nested) or 'plain keys'} have sub-keys")
    sub = target.setdefault(head, {})
    if not isinstance(sub, dict):
        sub = target[head] = {}
    return sub, leaf, nested[head]
