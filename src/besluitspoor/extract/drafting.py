"""Drafting documents, what `besluitspoor extract` does for each one: read it (a file, or text
piped in), recognise its steps, promises and preconditions, cite where it can be checked, mark
what a recorded dossier already has, and serialise the draft. A document that cannot be read is
reported and the others are still drafted."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from besluitspoor.i18n import t
from besluitspoor.problems import Problem


@dataclass
class Drafted:
    """One document's outcome: its draft as text, or the problems that kept it from being read;
    `undated` are the dates it gives without a year (the draft could not place them)."""

    name: str
    text: str | None = None
    undated: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    english: bool = False  # the text is English: little or nothing of it is read


def drafts(
    names: list[str],
    given: date | None,
    layout: str | None,
    source: str | None,
    recorded: dict[str, Any] | None,
    fmt: Literal["yaml", "json"],
    patterns_only: bool = False,
) -> Iterator[Drafted]:
    """Each document of `names` ("-" for standard input) drafted, in order; `patterns_only`
    leaves the learned readers out (every item then rests on a pattern)."""
    from besluitspoor.extract import language, learned
    from besluitspoor.extract.draft import against, cite, to_json, to_yaml
    from besluitspoor.extract.readers import Unreadable, read_text, refusal
    from besluitspoor.extract.recognize import recognise

    readers = learned.PATTERNS_ONLY if patterns_only else None

    header = recorded["dossier"] if recorded is not None else None
    for name in names:
        try:
            refused = refusal(name)
            if refused:
                raise Unreadable(refused)
            text = _stdin_text() if name == "-" else read_text(Path(name))
        except Unreadable as exc:
            yield Drafted(name, problems=list(exc.problems))
            continue
        saved_from = source_line(text)
        if saved_from is not None:  # the saved page's address is no part of the document
            text = text.split("\n", 1)[1] if "\n" in text else ""
        draft = recognise(text, given, layout, readers)
        cite(draft, source or saved_from or Path(name).name)
        if recorded is not None:
            against(draft, recorded)
        serialise = to_json if fmt == "json" else to_yaml
        english = language.looks_english(text)
        yield Drafted(name, serialise(draft, header, name), list(draft.undated), english=english)


def _stdin_text() -> str:
    """Text piped in, in the encodings a file may come in; nothing at all is refused, as an
    empty file is."""
    from besluitspoor.extract.readers import Unreadable, decode

    text = decode(sys.stdin.buffer.read(), "-")
    if not text.strip():
        raise Unreadable(
            t("-: geen tekst gevonden (de invoer is leeg)", "-: no text found (the input is empty)")
        )
    return text


def source_line(text: str) -> str | None:
    """A text's own `# source: URL` first line, as saved pages carry it."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if first.lower().startswith("# source:"):
        return first.split(":", 1)[1].strip().split()[0] if first.split(":", 1)[1].strip() else None
    return None
