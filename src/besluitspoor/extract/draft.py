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
        "id": ids.meaningful(title, skip=vocab.STEP_KINDS) or "concept",
        "title": title,
        "municipality": draft.municipality or "onbekend",
        "profile": "basis",
    }


def against(draft: Draft, recorded: dict[str, Any]) -> None:
    """Align the draft with a recorded dossier: a drafted step of the same kind and date as a
    recorded one, or a promise or precondition of the same text, becomes the recorded item
    (its id, its content), so that `import --merge` adds only what is new."""
    from besluitspoor.recording import near_item, rename_references

    sections = {section: getattr(draft, section) for section in SECTIONS}
    for section, items in sections.items():
        for n, item in enumerate(items):
            found = next(
                (
                    r
                    for r in recorded.get(section, [])
                    if (
                        r.get("kind") == item.get("kind") and r.get("date") == item.get("date")
                        if section == "steps"
                        else near_item(section, r, item)
                    )
                ),
                None,
            )
            if found is None:
                continue
            old, new = f"{section}/{item['id']}", f"{section}/{found['id']}"
            rename_references(sections, section, item["id"], found["id"])
            items[n] = dict(found)
            draft.quotes[new] = draft.quotes.pop(old, [])
            draft.review.pop(old, None)
            draft.recorded.add(new)
    _leave_out_unneeded(draft)


def _leave_out_unneeded(draft: Draft) -> None:
    """Drop the recorded items no new item refers to: the draft holds what is new, plus the
    recorded steps its new items point at (so that it still imports on its own)."""
    from besluitspoor.recording import ref_fields

    needed: set[str] = set()
    for section in SECTIONS:
        for item in getattr(draft, section):
            if f"{section}/{item['id']}" in draft.recorded:
                continue
            for key, target in ref_fields(section, item):
                value = item.get(key)
                for ref in value if isinstance(value, list) else [value]:
                    if isinstance(ref, str):
                        needed.add(f"{target}/{ref}")
    for section in SECTIONS:
        items = getattr(draft, section)
        keep = [i for i in items if f"{section}/{i['id']}" not in draft.recorded - needed]
        for item in items:
            if item not in keep:
                draft.quotes.pop(f"{section}/{item['id']}", None)
        items[:] = keep
    draft.recorded &= needed


def to_json(draft: Draft) -> str:
    data = {
        "format": FORMAT,
        "doc_type": draft.doc_type,
        "doc_date": draft.doc_date.iso() if draft.doc_date else None,
        **{section: getattr(draft, section) for section in SECTIONS},
        "quotes": draft.quotes,
        "review": draft.review,
        "recorded": sorted(draft.recorded),
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
    if dossier is not None and not any(getattr(draft, section) for section in SECTIONS):
        lines.append(f"# niets nieuws: {dossier['id']} heeft alles wat dit document zegt")
    for section in SECTIONS:
        items = getattr(draft, section)
        if not items:
            continue
        lines.append(f"{section}:")
        for item in items:
            key = f"{section}/{item['id']}"
            for quote in draft.quotes.get(key, []):
                lines.append(f"  # bron: {quote}")
            if key in draft.recorded:
                lines.append("  # al vastgelegd: --merge slaat dit over")
            if key in draft.review:
                lines.append(f"  # nakijken: {draft.review[key]}")
            body = _dump([item]).rstrip().splitlines()
            lines.extend("  " + line for line in body)
    return "\n".join(lines) + "\n"


def _dump(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100)
