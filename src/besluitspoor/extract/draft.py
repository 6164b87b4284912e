"""A recognised draft as a dossier file: YAML with `# bron:` comments above each item (the
default), or JSON `besluitspoor-extract/1` with the quotes beside the items."""

from __future__ import annotations

import json
from typing import Any

import yaml

from besluitspoor import ids, vocab
from besluitspoor.extract.recognize import Draft

FORMAT = "besluitspoor-extract/1"
SECTIONS = ("steps", "promises", "preconditions")


def header(draft: Draft, dossier: dict[str, Any] | None, name: str) -> dict[str, Any]:
    """The `dossier:` block: the named dossier's own, or a draft for the volunteer to finish."""
    if dossier is not None:
        return dossier
    title = draft.steps[0]["title"] if draft.steps else name
    return {
        "id": ids.slugify(title) or "concept",
        "title": title,
        "municipality": "onbekend",
        "profile": "basis",
    }


def to_json(draft: Draft) -> str:
    data = {
        "format": FORMAT,
        "doc_type": draft.doc_type,
        "doc_date": draft.doc_date.iso() if draft.doc_date else None,
        **{section: getattr(draft, section) for section in SECTIONS},
        "quotes": draft.quotes,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_yaml(draft: Draft, dossier: dict[str, Any] | None, name: str) -> str:
    lines = [
        f"# Draft from {name} by besluitspoor extract: review every item before importing.",
        f"# doc_type: {draft.doc_type}",
        f"# doc_date: {draft.doc_date.iso() if draft.doc_date else 'onbekend'}",
        f"format: {vocab.FORMAT}",
        _dump({"dossier": header(draft, dossier, name)}).rstrip(),
    ]
    for section in SECTIONS:
        items = getattr(draft, section)
        if not items:
            continue
        lines.append(f"{section}:")
        for item in items:
            for quote in draft.quotes.get(f"{section}/{item['id']}", []):
                lines.append(f"  # bron: {quote}")
            body = _dump([item]).rstrip().splitlines()
            lines.extend("  " + line for line in body)
    return "\n".join(lines) + "\n"


def _dump(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100)
