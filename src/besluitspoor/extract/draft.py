"""A recognised draft as a dossier file: YAML with `# bron:` comments above each item (the
default), or JSON `besluitspoor-extract/1` with the quotes beside the items."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from besluitspoor import ids, vocab
from besluitspoor.extract.recognize import Draft
from besluitspoor.i18n import t

FORMAT = "besluitspoor-extract/1"
SECTIONS = ("steps", "promises", "preconditions")


def header(draft: Draft, dossier: dict[str, Any] | None, name: str) -> dict[str, Any]:
    """The `dossier:` block: the named dossier's own, or a draft for the volunteer to finish,
    with what the document proposes (municipality, profile, start, domain)."""
    if dossier is not None:
        return dossier
    own = next((s for s in draft.steps if s["id"] == draft.doc_step), None)
    title = own["title"] if own else draft.steps[0]["title"] if draft.steps else Path(name).stem
    proposed = draft.proposals
    block: dict[str, Any] = {
        "id": ids.meaningful(title, skip=vocab.STEP_KINDS) or "concept",
        "title": title,
        "municipality": proposed.get("municipality") or "onbekend",
        "profile": proposed.get("profile", "basis"),
    }
    for key in ("domain", "start", "sources"):
        if key in proposed:
            block[key] = proposed[key]
    return block


def cite(draft: Draft, where: str) -> None:
    """Every step drafted from a document names it as its `source`, and so does the header."""
    for step in draft.steps:
        step.setdefault("source", where)
    own = next((s for s in draft.steps if s["id"] == draft.doc_step), None)
    title = own["title"] if own else where
    entry = {"title": title, "url": where} if "://" in where else {"title": f"{title} ({where})"}
    if draft.doc_date is not None:
        entry["date"] = draft.doc_date.iso()
    draft.proposals["sources"] = [entry]


def against(draft: Draft, recorded: dict[str, Any]) -> None:
    """Align the draft with a recorded dossier: a drafted step of the same kind on a compatible
    date (with a similar title when several are), or a promise or precondition of similar
    text, becomes the recorded item (its id, its content), so that `import --merge` adds only
    what is new and nothing twice under other wording."""
    from besluitspoor.recording import rename_references

    sections = {section: getattr(draft, section) for section in SECTIONS}
    taken: set[str] = set()
    for section, items in sections.items():
        for n, item in enumerate(items):
            found = _recorded_match(section, item, recorded.get(section, []), taken)
            if found is None:
                continue
            taken.add(f"{section}/{found['id']}")
            draft.matched[f"{section}/{found['id']}"] = str(
                item.get("title") or item.get("text") or ""
            )
            old, new = f"{section}/{item['id']}", f"{section}/{found['id']}"
            rename_references(sections, section, item["id"], found["id"])
            items[n] = dict(found)
            draft.quotes[new] = draft.quotes.pop(old, [])
            draft.review.pop(old, None)
            draft.recorded.add(new)
            if section == "steps" and str(item.get("date")) != str(found.get("date")):
                # A RIS dates a letter by the meeting it was on; the text knows its own date.
                draft.review[new] = t(
                    "het stuk zelf noemt {a}, vastgelegd is {b}",
                    "the document itself says {a}, recorded is {b}",
                    a=item.get("date"),
                    b=found.get("date"),
                )
    _leave_out_unneeded(draft, recorded)


def _recorded_match(
    section: str, item: dict[str, Any], recorded: list[dict[str, Any]], taken: set[str]
) -> dict[str, Any] | None:
    """The recorded item a drafted one is: steps by kind and a compatible date, the most similar
    title deciding between several; promises and preconditions by text at least half shared."""
    from besluitspoor.fuzzydate import FuzzyDate, FuzzyDateError

    def dated(value: Any) -> FuzzyDate | None:
        try:
            return FuzzyDate.parse(value)
        except (FuzzyDateError, TypeError, ValueError):
            return None

    best: tuple[float, dict[str, Any]] | None = None
    for other in recorded:
        if f"{section}/{other['id']}" in taken:
            continue
        if section == "steps":
            a, b = dated(item.get("date")), dated(other.get("date"))
            if item.get("kind") != other.get("kind") or a is None or b is None:
                continue
            similar = _similar(str(item.get("title")), str(other.get("title")))
            if a.first > b.last or b.first > a.last:
                # The same letter, dated by the meeting it was on: close, and named alike.
                apart = min(abs((a.first - b.last).days), abs((b.first - a.last).days))
                if apart > 60 or similar < 0.6:
                    continue
                score = similar
            else:
                score = 1.0 + similar
        else:
            score = _similar(str(item.get("text")), str(other.get("text")))
            if score < 0.5:
                continue
        if best is None or score > best[0]:
            best = (score, other)
    return best[1] if best else None


def _similar(a: str, b: str) -> float:
    """The share of the shorter text's words (their first five letters, stopwords left out)
    that the other text has too."""
    words_a, words_b = _stems(a), _stems(b)
    shared = len(words_a & words_b)
    if shared < 2:  # one word in common is chance
        return 0.0
    return shared / min(len(words_a), len(words_b))


def _stems(text: str) -> set[str]:
    return {w[:5] for w in ids.slug_words(text) if w not in ids.STOPWORDS and len(w) > 2}


def _leave_out_unneeded(draft: Draft, dossier: dict[str, Any]) -> None:
    """Drop the recorded items no new item refers to: the draft holds what is new, plus the
    recorded items its new items point at, and what those point at in turn, taken from the
    dossier where the draft has not got them (so that it still imports on its own)."""
    from besluitspoor.recording import ref_fields

    def refs(section: str, item: dict[str, Any]) -> set[str]:
        found = set()
        for key, target in ref_fields(section, item):
            value = item.get(key)
            for ref in value if isinstance(value, list) else [value]:
                if isinstance(ref, str):
                    found.add(f"{target}/{ref}")
        return found

    items = {f"{s}/{i['id']}": (s, i) for s in SECTIONS for i in getattr(draft, s)}
    stored = {f"{s}/{i['id']}": (s, i) for s in SECTIONS for i in dossier.get(s, [])}
    needed: set[str] = set()
    todo = [key for key in items if key not in draft.recorded]
    while todo:  # what new items point at, and what those recorded items point at in turn
        for ref in refs(*items[todo.pop()]):
            if ref in needed:
                continue
            needed.add(ref)
            if ref not in items and ref in stored:  # recorded, never drafted: bring it along
                section, item = stored[ref]
                getattr(draft, section).append(dict(item))
                items[ref] = (section, item)
                draft.recorded.add(ref)
            if ref in items:
                todo.append(ref)
    for section in SECTIONS:
        items = getattr(draft, section)
        keep = [i for i in items if f"{section}/{i['id']}" not in draft.recorded - needed]
        for item in items:
            if item not in keep:
                draft.quotes.pop(f"{section}/{item['id']}", None)
        items[:] = keep
    draft.recorded &= needed


def with_provenance(draft: Draft, section: str, item: dict[str, Any]) -> dict[str, Any]:
    """A new item as the dossier will keep it: with the fragments it was read from (`quote`)
    and what is still to check (`review`). A recorded item stays as recorded."""
    key = f"{section}/{item['id']}"
    if key in draft.recorded:
        return item
    kept = dict(item)
    if quotes := draft.quotes.get(key):
        kept["quote"] = list(dict.fromkeys(quotes))
    if key in draft.review:
        kept["review"] = [draft.review[key]]
    return kept


def to_json(draft: Draft, dossier: dict[str, Any] | None = None, name: str = "-") -> str:
    data = {
        "format": FORMAT,
        "doc_type": draft.doc_type,
        "doc_date": draft.doc_date.iso() if draft.doc_date else None,
        "dossier": header(draft, dossier, name),
        **{
            section: [with_provenance(draft, section, i) for i in getattr(draft, section)]
            for section in SECTIONS
        },
        "quotes": draft.quotes,
        "review": draft.review,
        "proposals": draft.proposal_quotes,
        "undated": draft.undated,
        "recorded": sorted(draft.recorded),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def as_dossier(data: dict[str, Any]) -> dict[str, Any]:
    """A `besluitspoor-extract/1` draft as a dossier file's data: its header and lists (each
    new item with its `quote` and `review`); the proposals stay behind in the draft."""
    converted: dict[str, Any] = {"format": vocab.FORMAT}
    if "dossier" in data:
        converted["dossier"] = data["dossier"]
    converted.update({section: data[section] for section in SECTIONS if data.get(section)})
    return converted


def _one_line(text: str) -> str:
    """A value for a comment: newlines and control characters would end it and write YAML."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+", " ", text)


def to_yaml(draft: Draft, dossier: dict[str, Any] | None, name: str) -> str:
    name = _one_line(name)
    lines = [
        t(
            "# Concept uit {n} door besluitspoor extract: kijk elk item na voor het importeren.",
            "# Draft from {n} by besluitspoor extract: review every item before importing.",
            n=name,
        ),
        f"# doc_type: {draft.doc_type}",
        f"# doc_date: {draft.doc_date.iso() if draft.doc_date else t('onbekend', 'unknown')}"
        + (
            t(
                " (nakijken: jaar afgeleid uit de jaartallen in de tekst; geef --doc-date)",
                " (review: year inferred from the years the text names; give --doc-date)",
            )
            if draft.year_guessed
            else ""
        ),
    ]
    if draft.undated:
        lines.append(
            t(
                "# zonder jaar, niet overgenomen: {x} (geef --doc-date)",
                "# without a year, left out: {x} (give --doc-date)",
                x=_one_line(", ".join(dict.fromkeys(draft.undated))),
            )
        )
    lines.append(f"format: {vocab.FORMAT}")
    block = _dump({"dossier": header(draft, dossier, name)}).rstrip().splitlines()
    if dossier is None:
        block = _annotated_header(block, draft)
    lines.extend(block)
    if dossier is not None and not any(getattr(draft, section) for section in SECTIONS):
        lines.append(f"# niets nieuws: {dossier['id']} heeft alles wat dit document zegt")
    shown = {f"{s}/{i['id']}" for s in SECTIONS for i in getattr(draft, s)}
    left_out = [key for key in draft.matched if key not in shown]
    if left_out:
        lines.append(
            t(
                "# al vastgelegd in {d}, niet herhaald: {k}",
                "# already recorded in {d}, not repeated: {k}",
                d=dossier["id"] if dossier else "",
                k=", ".join(left_out),
            )
        )
    for section in SECTIONS:
        items = getattr(draft, section)
        if not items:
            continue
        lines.append(f"{section}:")
        for item in items:
            key = f"{section}/{item['id']}"
            for quote in dict.fromkeys(draft.quotes.get(key, [])):
                lines.append(f"  # bron: {_one_line(quote)}")
            if key in draft.recorded:
                lines.append("  # al vastgelegd: --merge slaat dit over")
            if key in draft.review:
                lines.append(f"  # nakijken: {_one_line(draft.review[key])}")
            body = _dump([with_provenance(draft, section, item)]).rstrip().splitlines()
            lines.extend("  " + line for line in body)
    return "\n".join(lines) + "\n"


def _annotated_header(block: list[str], draft: Draft) -> list[str]:
    """The header's proposed facts, each with its source and a reminder that it is a guess."""
    out: list[str] = []
    for line in block:
        key = line.strip().split(":", 1)[0]
        if (
            line.startswith("  ")
            and not line.startswith("   ")
            and key in ("municipality", "profile", "start", "domain")
        ):
            quote = draft.proposal_quotes.get(key)
            if quote:
                out.append(f"  # bron: {_one_line(quote)}")
            if key in draft.proposals:
                out.append(
                    t(
                        "  # nakijken: voorgesteld uit het document",
                        "  # check: proposed from the document",
                    )
                )
            elif key == "municipality":
                out.append(
                    t("  # nakijken: vul de gemeente in", "  # check: fill in the municipality")
                )
        out.append(line)
    return out


def _dump(value: Any) -> str:
    # libyaml's emitter when PyYAML has it: the pure-Python one takes a quarter of a second
    # over a draft quoting a 100,000-character line
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(value, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
