"""A document a RIS lists, read where it is found: its text (OpenBesluitvorming's extracted
text, else the file downloaded, its type told by its first bytes because iBabs' `.aspx`
addresses name none), and the draft `extract` makes of it against the dossier it joins.

The draft is written for review, not imported: what a document says is a proposal until a
person has read it (`# nakijken`). Made against the dossier after the import, it names the
step the import just made from the same letter as already recorded."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from besluitspoor.extract.readers import Unreadable, read_text


def kind_of_file(raw: bytes) -> str:
    """The suffix the reader needs for a downloaded file, from its first bytes."""
    head = raw[:2048].lstrip()
    lowered = head.lower()
    if head.startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK"):  # a zip: Word or OpenDocument
        return ".odt" if b"application/vnd.oasis.opendocument" in raw[:200] else ".docx"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ".doc"  # old Word: refused by the reader with what to do
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return ".html"
    return ".txt"


def text_of(raw: bytes, where: str) -> str:
    """The text of a downloaded file; its problems are named after `where`, not a temp file."""
    with tempfile.TemporaryDirectory(prefix="besluitspoor-") as folder:
        path = Path(folder) / f"document{kind_of_file(raw)}"
        path.write_bytes(raw)
        try:
            return read_text(path)
        except Unreadable as exc:
            raise Unreadable(str(exc).replace(str(path), where)) from None


def own_date(text: str, listed_on: date | None) -> date | None:
    """The day a document's own text gives itself (its `Datum` field, its letterhead), when it
    is not after the meeting it was listed at: the date its step should carry."""
    from besluitspoor.extract import classify, document, layouts

    doc = document.read(text)
    found = layouts.doc_date(doc, layouts.LAYOUTS[classify.layout_of(doc)], None)
    if found is None or found.first != found.last:
        return None
    if listed_on is not None and found.first > listed_on:
        return None
    return found.first


def _drafted(text: str, where: str, recorded: dict[str, Any], listed_on: date | None) -> Any:
    """What one document states, citing `where`, aligned with the recorded dossier."""
    from besluitspoor.extract.draft import against, cite
    from besluitspoor.extract.recognize import recognise

    found = recognise(text, listed_on)
    cite(found, where)
    against(found, recorded)
    return found


def draft(text: str, where: str, recorded: dict[str, Any], listed_on: date | None) -> str:
    """The YAML draft of one document against a recorded dossier; `listed_on` (the meeting it
    was listed at) gives dates without a year their year."""
    from besluitspoor.extract.draft import to_yaml

    return to_yaml(_drafted(text, where, recorded, listed_on), recorded["dossier"], where)


def for_review(text: str, where: str, recorded: dict[str, Any], listed_on: date | None) -> str:
    """The draft of one document as a `besluitspoor-extract/1` JSON file that `import --merge`
    adds: every new item carries its quote and a review note (what the draft guessed, else that
    it was read from `where`), so that nothing drafted is trusted before a person looked."""
    from besluitspoor.extract.draft import SECTIONS, to_json

    found = _drafted(text, where, recorded, listed_on)
    for section in SECTIONS:
        for item in getattr(found, section):
            key = f"{section}/{item['id']}"
            if key not in found.recorded:
                found.review.setdefault(key, "gelezen uit het stuk: nakijken")
    return to_json(found, recorded["dossier"], where)
