"""`import --merge`: add a file's new items to a dossier already in the database.

An item whose id is recorded with the same content, or a step of the same kind, date and
title (a promise or precondition of the same text) under another id, is already there and is
skipped; so merging a file twice changes nothing. An id recorded with other content is a
conflict: the volunteer decides, with `edit` or `import --replace`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from besluitspoor.recording import SECTIONS, near_item, rename_references, same_item

Data = dict[str, Any]


@dataclass
class Merged:
    data: Data
    added: list[str] = field(default_factory=list)  # "steps.rib-2024-02-09"
    conflicts: list[str] = field(default_factory=list)


def merge(stored: Data, incoming: Data) -> Merged:
    """The stored dossier with the incoming file's new items added; the stored header wins."""
    incoming = copy.deepcopy(incoming)
    result = Merged(copy.deepcopy(stored))
    for section in SECTIONS:
        have: list[Data] = result.data.setdefault(section, [])
        for item in list(incoming.get(section, [])):
            same_id = next((h for h in have if h.get("id") == item.get("id")), None)
            if same_id is not None:
                if not same_item(same_id, item, with_id=True):
                    result.conflicts.append(f"{section}.{item['id']}")
                continue
            near = next((h for h in have if near_item(section, h, item)), None)
            if near is not None:
                rename_references(incoming, section, item["id"], near["id"])
                continue
            result.added.append(f"{section}.{item['id']}")
    # Add after renaming, so that new items point at the recorded ones they match.
    for section in SECTIONS:
        have = result.data[section]
        known = {h["id"] for h in have}
        for item in incoming.get(section, []):
            if f"{section}.{item['id']}" in result.added and item["id"] not in known:
                have.append(item)
    return result
