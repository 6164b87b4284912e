"""The text of a document: .txt, .pdf (pypdf), .docx (python-docx, tables included), .html."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from besluitspoor.i18n import t
from besluitspoor.problems import InputError


class Unreadable(InputError):
    """A file that yields no text: reported, and the other files of a batch go on."""


def read_text(path: Path) -> str:
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            text = _pdf(path)
        elif suffix == ".docx":
            text = _docx(path)
        elif suffix in (".html", ".htm"):
            text = _html(path.read_text(encoding="utf-8", errors="replace"))
        else:
            text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise Unreadable(t("{p}: geen UTF-8-tekst", "{p}: not UTF-8 text", p=path)) from None
    except OSError as exc:
        raise Unreadable(f"{path}: {exc.strerror or exc}") from None
    if not text.strip():
        raise Unreadable(
            t(
                "{p}: geen tekst gevonden (leeg, of een scan zonder tekstlaag)",
                "{p}: no text found (empty, or a scan without a text layer)",
                p=path,
            )
        )
    return text


def _pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise Unreadable(t("{p}: de PDF is versleuteld", "{p}: the PDF is encrypted", p=path))
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except PdfReadError as exc:
        raise Unreadable(
            t("{p}: geen leesbare PDF ({e})", "{p}: not a readable PDF ({e})", p=path, e=exc)
        ) from None


def _docx(path: Path) -> str:
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise Unreadable(
            t(
                "{p}: geen leesbaar Word-bestand ({e})",
                "{p}: not a readable Word file ({e})",
                p=path,
                e=exc,
            )
        ) from None
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            parts.append(" : ".join(dict.fromkeys(c for c in cells if c)))
    # A Word paragraph is a paragraph: keep it apart, as a blank line does in text.
    return "\n\n".join(parts)


BLOCKS = frozenset(("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "table", "section"))
SKIP = frozenset(("script", "style", "head", "nav"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in SKIP:
            self.skipping += 1
        elif tag in BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP and self.skipping:
            self.skipping -= 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _html(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts))
