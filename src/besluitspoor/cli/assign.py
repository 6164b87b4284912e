"""`--set key=value` and `--unset key` for the edit commands, on the file form of an item.

Keys are those of the dossier format (`date`, `reports`, `facts.affects_residents`); a Dutch
name (`kosten`, `ingangsdatum`) gets the format's key suggested. A list of ids takes commas
(`reports=a,b`); a list of texts takes the key once per entry
(`--set goals="Eén loket" --set goals="Minder wachttijd"`). Values are validated afterwards,
like a file.
"""

from __future__ import annotations

from typing import Any, get_origin

from pydantic import BaseModel

from besluitspoor import vocab
from besluitspoor.i18n import t
from besluitspoor.model import did_you_mean, refs_of
from besluitspoor.problems import InputError


def set_label(key: str) -> str:
    """How a problem in an edited item is named: after the --set the user typed."""
    return f"--set {key.split('[')[0]}"


def field_shape(model: type[BaseModel], key: str) -> tuple[bool, bool]:
    """(is a list, is a list of ids) for a field of `model`."""
    info = model.model_fields.get(key)
    if info is None or get_origin(info.annotation) is not list:
        return False, False
    return True, key in refs_of(model)


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
            raise InputError(
                t("--set wil KEY=WAARDE, niet '{x}'", "--set needs KEY=VALUE, got '{x}'", x=text)
            )
        holder, leaf, leaf_model = _holder(target, key, model, nested)
        if leaf in nested and holder is target:
            keys = ", ".join(f"{leaf}.{k}" for k in nested[leaf].model_fields)
            raise InputError(
                t(
                    "--set {key}: '{key}' is een blok; geef een van zijn sleutels: {keys}",
                    "--set {key}: '{key}' is a block; set one of its keys: {keys}",
                    key=key,
                    keys=keys,
                )
            )
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


def _known(key: str, model: type[BaseModel], prefix: str = "") -> None:
    fields = [k for k in model.model_fields if k != "kind"]
    if key in fields:
        return
    dutch = {v: k for k, v in vocab.DUTCH_KEYS.items() if k in fields}
    hint = (
        t("; bedoelde u '{k}'?", "; did you mean '{k}'?", k=prefix + dutch[key.lower()])
        if key.lower() in dutch
        else did_you_mean(key, fields)
    )
    raise InputError(
        t(
            "--set {key}: onbekende sleutel{hint} (sleutels: {keys})",
            "--set {key}: unknown key{hint} (keys: {keys})",
            key=prefix + key,
            hint=hint,
            keys=", ".join(prefix + f for f in fields),
        )
    )


def _holder(
    target: dict[str, Any], key: str, model: type[BaseModel], nested: dict[str, type[BaseModel]]
) -> tuple[dict[str, Any], str, type[BaseModel]]:
    head, dot, leaf = key.partition(".")
    if not dot:
        _known(key, model)
        return target, key, model
    if head not in nested:
        _known(head, model)
        raise InputError(
            t(
                "--set {key}: alleen {names} hebben sleutels met een punt",
                "--set {key}: only {names} have sub-keys",
                key=key,
                names=", ".join(nested) or "-",
            )
        )
    _known(leaf, nested[head], f"{head}.")
    sub = target.setdefault(head, {})
    if not isinstance(sub, dict):
        sub = target[head] = {}
    return sub, leaf, nested[head]
