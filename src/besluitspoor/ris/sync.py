"""Reading a RIS again: add what is new, update what changed at the source, and keep what a
volunteer changed by hand (unless `force`). One transaction; nothing written on any problem.

What the source last gave of each item is kept as a digest in `source_item`: an item whose
recorded content still has that digest was not touched by hand, so a new version from the source
may replace it."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from besluitspoor import vocab
from besluitspoor.recording import SECTIONS, checked
from besluitspoor.store import dossiers as store
from besluitspoor.store.backend import marks
from besluitspoor.store.db import Database

Data = dict[str, Any]


@dataclass
class SyncReport:
    dossier: str
    new_dossier: bool = False
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # changed by hand: left as it is
    gone_by_hand: list[str] = field(default_factory=list)  # renamed or removed by hand


CHUNK = 10_000  # items per statement


def digest(item: Data) -> str:
    return hashlib.sha256(json.dumps(item, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def printable(data: Any) -> Any:
    """`data` with control characters in its texts replaced by spaces."""
    if isinstance(data, str):
        return vocab.CONTROL.sub(" ", data)
    if isinstance(data, dict):
        return {key: printable(value) for key, value in data.items()}
    if isinstance(data, list):
        return [printable(value) for value in data]
    return data


def sync(db: Database, data: Data, profiles: Iterable[str], *, force: bool = False) -> SyncReport:
    names = list(profiles)
    # The source's items in the form the database gives back, so that equal means equal; a
    # council's text with a stray control character is taken without it.
    incoming = checked(printable(data), names).to_data()
    dossier_id = incoming["dossier"]["id"]
    report = SyncReport(dossier_id)
    with db.write() as conn:
        if dossier_id in store.existing_ids(conn, [dossier_id]):
            merged = store.load(conn, dossier_id).to_data()
        else:
            merged = {key: value for key, value in incoming.items() if key not in SECTIONS}
            report.new_dossier = True
        merged = copy.deepcopy(merged)
        rows = conn.exec_driver_sql(
            f'SELECT "item", "digest" FROM "source_item" WHERE "dossier_id" = {marks(conn, 1)}',
            (dossier_id,),
        )
        last: dict[str, str] = {str(item): str(value) for item, value in rows}
        seen: dict[str, str] = {}
        for section in SECTIONS:
            have: list[Data] = merged.setdefault(section, [])
            where = {item["id"]: n for n, item in enumerate(have)}
            for item in incoming.get(section, []):
                key = f"{section}.{item['id']}"
                seen[key] = digest(item)
                at = where.get(item["id"])
                if at is None and key in last and not force and not report.new_dossier:
                    # Read before, gone now: renamed or removed by hand. Adding it again would
                    # undo the removal or make a second copy of the renamed item.
                    report.gone_by_hand.append(key)
                    del seen[key]
                    continue
                if at is None:
                    have.append(item)
                    report.added.append(key)
                elif have[at] == item:
                    continue
                elif seen[key] == last.get(key) and not force:
                    continue  # the source did not change: the hand edit stands, quietly
                elif force or last.get(key) == digest(have[at]):
                    have[at] = item
                    report.updated.append(key)
                else:
                    report.kept.append(key)
                    del seen[key]  # the source's version was not taken
        for section in SECTIONS:
            if not merged[section]:
                del merged[section]
        if report.added or report.updated or report.new_dossier:
            store.save(conn, [checked(merged, names)], replace=True)
        changed = {key: value for key, value in seen.items() if last.get(key) != value}
        if changed:  # a re-read that finds nothing new writes nothing at all
            keys = list(changed)
            for at in range(0, len(keys), CHUNK):  # PostgreSQL takes 65,535 parameters at most
                chunk = keys[at : at + CHUNK]
                conn.exec_driver_sql(
                    f'DELETE FROM "source_item" WHERE "dossier_id" = {marks(conn, 1)} '
                    f'AND "item" IN ({marks(conn, len(chunk))})',
                    (dossier_id, *chunk),
                )
            conn.exec_driver_sql(
                'INSERT INTO "source_item" ("dossier_id", "item", "digest") '
                f"VALUES ({marks(conn, 3)})",
                [(dossier_id, k, v) for k, v in changed.items()],
            )
    return report
