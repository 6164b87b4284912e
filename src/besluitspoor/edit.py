"""Changing stored dossiers: every change is validated like a file and written in one transaction.

A change works on the file form of the dossier (`Dossier.to_data()`), so that a step added from
the command line is held to exactly the rules of a step written in a YAML file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from besluitspoor.model import Dossier
from besluitspoor.problems import InputError, Problem, format_path
from besluitspoor.store import dossiers as store
from besluitspoor.store.db import Database
from besluitspoor.validate import validate

Data = dict[str, Any]


def checked(data: Data, profiles: Iterable[str] | None) -> Dossier:
    """The validated dossier, or InputError naming the path of every problem."""
    dossier, problems = validate(data, profiles)
    if dossier is None:
        raise InputError([Problem(None, None, format_path(p), m) for p, m, _ in problems])
    return dossier


def create(db: Database, data: Data, profiles: Iterable[str] | None) -> Dossier:
    dossier = checked(data, profiles)
    with db.write() as conn:
        store.save(conn, [dossier])
    return dossier


def change(
    db: Database,
    dossier_id: str,
    mutate: Callable[[Data], None],
    profiles: Iterable[str] | None,
) -> Dossier:
    """Load, apply `mutate` to the file form, validate, and store, all in one transaction."""
    with db.write() as conn:
        current = store.load(conn, dossier_id)
        origin = store.load_origin(conn, dossier_id)
        data = current.to_data()
        mutate(data)
        dossier = checked(data, profiles)
        if dossier.id != dossier_id:
            raise InputError(f"a dossier's id cannot change here ({dossier_id})")
        # The file a dossier came from is remembered; its line numbers no longer hold.
        store.save(conn, [dossier], replace=True, origins=[store.Origin(origin.file, None)])
    return dossier


def find_item(
    db: Database, section: str, item_id: str, dossier_id: str | None, kind: str | None = None
) -> str:
    """The dossier that holds item `item_id` of `section` (steps, preconditions, promises).

    With `dossier_id` that dossier must hold it; without, the item id must be unique in the
    database, so that `motie afgedaan M1 --by S` works without naming the dossier.
    """
    with db.read() as conn:
        if dossier_id is not None:
            dossier = store.load(conn, dossier_id)
            items = getattr(dossier, section)
            if not any(i.id == item_id and (kind is None or i.kind == kind) for i in items):
                from besluitspoor.model import did_you_mean

                hint = did_you_mean(item_id, [i.id for i in items])
                raise InputError(f"no {_noun(section, kind)} '{item_id}' in '{dossier_id}'{hint}")
            return dossier_id
        holders = store.holders(conn, section, item_id, kind)
    if not holders:
        raise InputError(f"no {_noun(section, kind)} '{item_id}' in any dossier")
    if len(holders) > 1:
        raise InputError(
            f"'{item_id}' is in several dossiers ({', '.join(holders)}); name one with --dossier"
        )
    return holders[0]


def _noun(section: str, kind: str | None) -> str:
    return kind or {"steps": "step", "preconditions": "precondition"}.get(section, "promise")


def item(data: Data, section: str, item_id: str) -> Data:
    """The item of that id in a section of the file form (it is known to exist)."""
    return next(i for i in data.get(section, []) if i["id"] == item_id)


def slugify(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "item"


def fresh_id(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`, ... whichever is not taken."""
    used = set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def references_to(dossier: Dossier, step_id: str) -> list[str]:
    """Where a step is referred to: `steps.rib-1.reports`, `preconditions.convenant.named_in`."""
    from besluitspoor.model import STEP_REF_FIELDS

    found = []
    data = dossier.to_data()
    for step in data.get("steps", []):
        for name in STEP_REF_FIELDS:
            value = step.get(name)
            if value == step_id or (isinstance(value, list) and step_id in value):
                found.append(f"steps.{step['id']}.{name}")
    for section, names in (
        ("preconditions", ("named_in", "dropped_by", "evidence")),
        ("promises", ("made_in", "fulfilled_by")),
    ):
        for entry in data.get(section, []):
            found.extend(f"{section}.{entry['id']}.{n}" for n in names if entry.get(n) == step_id)
    return found
