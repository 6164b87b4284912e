"""The text of a document: .txt (UTF-8, UTF-16, Windows-1252 or Latin-1, detected), .pdf (pypdf),
.docx (its document.xml, tables included), .odt (its content.xml), .html. Formats it cannot read
(.doc, .rtf, a web address, a scan) are refused with what to do instead, in the user's language.

Documents come from anywhere: every reader runs under budgets (bytes of XML, pages, characters
of text) and streams XML without building a tree, and whatever a parser trips over in a hostile
file is a located refusal of that one file (exit 2), never an internal error of the batch.
"""

from __future__ import annotations

import errno
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from besluitspoor.i18n import t
from besluitspoor.problems import InputError

# What `extract` reads, for a folder given instead of files.
SUFFIXES = (".txt", ".text", ".md", ".pdf", ".docx", ".odt", ".html", ".htm")
# A document's text part beyond this is no council document (a zip bomb, a generated file).
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_PAGES = 3000  # a council's largest documents (a budget with annexes) have some hundreds
MAX_TEXT = 20_000_000  # characters of text taken from one document


class Unreadable(InputError):
    """A file that yields no text: reported, and the other files of a batch go on."""


def os_error(path: object, exc: OSError) -> str:
    """An operating-system error as one line in the user's language."""
    words = {
        errno.ENOENT: ("bestand niet gevonden", "no such file"),
        errno.EACCES: ("geen toestemming om te lezen", "permission denied"),
        errno.EPERM: ("geen toestemming om te lezen", "permission denied"),
        errno.EISDIR: ("is een map", "is a folder"),
        errno.ENOTDIR: ("een deel van het pad is geen map", "part of the path is not a folder"),
        errno.ENAMETOOLONG: ("de naam is te lang", "the name is too long"),
        errno.ELOOP: ("te veel symbolische links", "too many symbolic links"),
        errno.EIO: ("leesfout van de schijf", "the disk could not be read"),
    }.get(exc.errno or 0)
    said = t(*words) if words else (exc.strerror or str(exc))
    return f"{path}: {said}"


def refusal(path: Path | str) -> str | None:
    """Why a name cannot be read at all, and what to do, before opening it."""
    name = str(path)
    if re.match(r"^[a-z][a-z0-9+.-]*://", name, re.I):
        return t(
            "{p}: een webadres; download het document eerst (bijvoorbeeld met curl -O) en geef het bestand",
            "{p}: a web address; download the document first (e.g. with curl -O) and give the file",
            p=name,
        )
    suffix = Path(name).suffix.lower()
    if suffix == ".doc":
        return t(
            "{p}: het oude Word-formaat (.doc) kan niet gelezen worden; sla het op als .docx of PDF",
            "{p}: the old Word format (.doc) cannot be read; save it as .docx or PDF",
            p=name,
        )
    if suffix == ".rtf":
        return t(
            "{p}: RTF kan niet gelezen worden; sla het op als .docx, PDF of platte tekst",
            "{p}: RTF cannot be read; save it as .docx, PDF or plain text",
            p=name,
        )
    return None


def read_text(path: Path) -> str:
    refused = refusal(path)
    if refused:
        raise Unreadable(refused)
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            text = _pdf(path)
        elif suffix == ".docx":
            text = _docx(path)
        elif suffix == ".odt":
            text = _odt(path)
        elif suffix in (".html", ".htm"):
            text = _html(decode(path.read_bytes(), path))
        else:
            raw = path.read_bytes()
            if raw.lstrip()[:6] == b"{\\rtf1":
                raise Unreadable(refusal(Path(f"{path}.rtf")) or "")  # RTF under another name
            text = decode(raw, path)
    except OSError as exc:
        raise Unreadable(os_error(path, exc)) from None
    except InputError:
        raise
    except Exception as exc:
        # The parsers (pypdf, zipfile, expat, html.parser) meet files made to throw them off
        # and raise whatever they raise: this file is refused by name, the batch goes on.
        raise Unreadable(
            t(
                "{p}: niet te lezen ({e}); is het bestand heel en van het soort dat de naam zegt?",
                "{p}: cannot be read ({e}); is the file whole and of the kind its name says?",
                p=path,
                e=f"{type(exc).__name__}: {str(exc)[:120]}".rstrip(": "),
            )
        ) from None
    if not text.strip():
        raise Unreadable(
            t(
                "{p}: geen tekst gevonden (leeg, of een scan zonder tekstlaag: "
                "maak die eerst doorzoekbaar, bijvoorbeeld met ocrmypdf)",
                "{p}: no text found (empty, or a scan without a text layer: "
                "make it searchable first, e.g. with ocrmypdf)",
                p=path,
            )
        )
    return text


def decode(raw: bytes, path: object = "-") -> str:
    """Text in the encodings council documents come in: a byte order mark decides; else UTF-8;
    else UTF-16 without a mark (every other byte zero); else Windows-1252, which Dutch Windows
    programs write (Latin-1 for the five bytes it leaves undefined)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = raw[:4096]
    if sample and sample.count(0) > len(sample) // 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        return raw.decode("utf-16-be" if even > odd else "utf-16-le", errors="replace")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    def unreadable(reason: object) -> Unreadable:
        return Unreadable(
            t("{p}: geen leesbare PDF ({e})", "{p}: not a readable PDF ({e})", p=path, e=reason)
        )

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            # Most council PDFs carry only an owner password (no printing, no copying): they
            # open with the empty user password, as any reader opens them.
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise unreadable(exc) from None
            if not opened:
                raise Unreadable(
                    t(
                        "{p}: de PDF is met een wachtwoord versleuteld; open en bewaar hem "
                        "zonder wachtwoord",
                        "{p}: the PDF is encrypted with a password; open it and save it "
                        "without one",
                        p=path,
                    )
                )
        if len(reader.pages) > MAX_PAGES:
            raise unreadable(t("meer dan {n} pagina's", "more than {n} pages", n=MAX_PAGES))
        parts: list[str] = []
        size = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size > MAX_TEXT:
                raise unreadable(t("te veel tekst", "too much text"))
        return "\n\n".join(parts)
    except PyPdfError as exc:
        raise unreadable(exc) from None


_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(path: Path) -> str:
    """A Word document's paragraphs in order, a table row as its cells joined by " : ", read
    from word/document.xml as a stream (no tree, no grid: a cell that claims to span two
    billion columns is one cell)."""
    from xml.etree.ElementTree import ParseError, iterparse

    def unreadable(reason: object) -> Unreadable:
        return Unreadable(
            t(
                "{p}: geen leesbaar Word-bestand ({e})",
                "{p}: not a readable Word file ({e})",
                p=path,
                e=reason,
            )
        )

    parts: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise unreadable(t("te groot", "too large"))
            with archive.open(info) as content:
                if b"<!DOCTYPE" in content.read(4096).upper():
                    raise unreadable(t("een DTD hoort niet in Word", "Word has no DTD"))
            with archive.open(info) as content:
                _word_parts(iterparse(content, events=("start", "end")), parts)
    except (zipfile.BadZipFile, KeyError, ParseError) as exc:
        raise unreadable(exc) from None
    # A Word paragraph is a paragraph: keep it apart, as a blank line does in text.
    return "\n\n".join(p for p in parts if p.strip())


def _word_parts(events: object, parts: list[str]) -> None:
    """Paragraphs outside tables as they come; a row of the outermost table as one line of its
    cells (a cell's paragraphs, and any table inside it, read as the cell's words)."""
    depth = 0  # how deep in tables
    row: list[str] | None = None  # the cells of the outer table's row being read
    cell: list[str] = []  # the paragraphs of the outer cell being read
    for event, element in events:  # type: ignore[attr-defined]
        tag = element.tag
        if event == "start":
            if tag == f"{_WORD}tbl":
                depth += 1
            elif tag == f"{_WORD}tr" and depth == 1:
                row = []
            elif tag == f"{_WORD}tc" and depth == 1:
                cell = []
            continue
        if tag == f"{_WORD}p":
            text = "".join(x.text or "" for x in element.iter(f"{_WORD}t"))
            (cell if depth else parts).append(text)
            element.clear()
        elif tag == f"{_WORD}tc" and depth == 1 and row is not None:
            row.append(" ".join(x.strip() for x in cell if x.strip()))
        elif tag == f"{_WORD}tr" and depth == 1 and row is not None:
            parts.append(" : ".join(dict.fromkeys(c for c in row if c)))
            row = None
            element.clear()
        elif tag == f"{_WORD}tbl":
            depth -= 1
            if depth == 0:
                element.clear()


_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _odt(path: Path) -> str:
    """An OpenDocument text: its paragraphs and headings in order, tables included."""
    from xml.etree.ElementTree import ParseError, iterparse

    def unreadable(reason: object) -> Unreadable:
        return Unreadable(
            t(
                "{p}: geen leesbaar OpenDocument-bestand ({e})",
                "{p}: not a readable OpenDocument file ({e})",
                p=path,
                e=reason,
            )
        )

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("content.xml")
            if info.file_size > MAX_XML_BYTES:
                raise unreadable(t("te groot", "too large"))
            parts: list[str] = []
            with archive.open(info) as content:
                for _, element in iterparse(content, events=("end",)):
                    if element.tag in (f"{_ODF_TEXT}p", f"{_ODF_TEXT}h"):
                        parts.append("".join(element.itertext()))
                        element.clear()
    except (zipfile.BadZipFile, KeyError, ParseError) as exc:
        raise unreadable(exc) from None
    return "\n\n".join(parts)


BLOCKS = frozenset(("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "table", "section"))
SKIP = frozenset(("script", "style", "head", "nav"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_head = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "body" and self.in_head:  # HTML5 may leave </head> out: the body ends it
            self.skipping -= 1
            self.in_head = False
        if tag in SKIP:
            self.skipping += 1
            self.in_head = self.in_head or tag == "head"
        elif tag in BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP and self.skipping:
            self.skipping -= 1
            self.in_head = self.in_head and tag != "head"
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def _html(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts))
