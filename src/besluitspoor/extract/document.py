"""A document's text as structure: page furniture set aside, `Label: value` header fields,
blocks (headings, paragraphs, list items with their bodies) and the sentences of each block.

Everything keeps the text's own words: a sentence is a whitespace-normalised slice of the text,
so that every quote built from it is verbatim. Patterns here are anchored to one line and bounded,
so a 100,000-character run-on line costs linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from besluitspoor import vocab

# Lines that are the website or the letter's furniture, not the document.
_FURNITURE = re.compile(
    r"""^\s*(?:
        skip\s+to\s+(?:content|main\s+content)|ga\s+(?:direct\s+)?naar\s+(?:de\s+)?
        (?:inhoud|hoofdinhoud|zoeken|het\s+zoeken|menu|navigatie)\b.*|naar\s+(?:de\s+)?
        (?:inhoud|boven)|pagina\s+delen|deel\s+(?:deze\s+)?pagina|delen(?:\s+via)?:?|print(?:en)?|
        back\s+to\s+top|terug\s+naar\s+boven|vorige\s+pagina|volgende\s+pagina|terug(?:\s+naar\s+.{0,40})?|home|menu|zoeken|sluiten|
        cookie.{0,200}|(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail)|uitzending|
        agenda\s+documenten|hele\s+tekst|volledige\s+tekst|lees\s+(?:meer|verder)|
        download(?:\s+[\w-]+){0,3}|bekijk\s+(?:de\s+)?(?:video|vergadering|uitzending)|
        (?:bestuurlijk\s+)?informatiesysteem(?:\s+gemeente)?(?:\s+[\w-]+){0,2}|\d{2}:\d{2}:\d{2}\s+-\s+\d{2}:\d{2}:\d{2}\b.{0,80}|
        pagina\s+\d+(?:\s+van\s+\d+)?|blad\s+\d+(?:\s+van\s+\d+)?|\d+\s*/\s*\d+|
        \*[A-Z0-9]{6,}\*|postbus\s+\d+.{0,60}|\d{4}\s?[A-Z]{2}\s+[A-Z][\w'-]+.{0,30}|
        (?:tel(?:efoon)?|fax|e-?mail|www|internet|iban|kvk)\b[.:]?.{0,80}|https?://\S+|
        # a document mirror's page (5dok, docplayer): "No results found", "Protected",
        # "Academic year: 2022", "Share "...", "Copied!", "Bezig met laden...."
        (?:•\s*)?no\s+results\s+found|n/a|protected|academic\s+year:?\s*\d{4}|share\s+".{0,300}|
        copied!|bezig\s+met\s+laden\.*.{0,60}|
        # a breadcrumb trail: "Home > Raad en College > Gemeenteraadsnieuws > ..."
        (?:u\s+bent\s+hier:?\s*)?(?:home|start|homepagina|hoofdpagina)\s*[>»›/|](?:[^>»›\n]{1,80}[>»›]){1,8}.{0,120}|
        [\W_]{1,3}
    )\s*$""",
    re.I | re.X,
)
# "Datum: 8 oktober 2014", "Onderwerp : ...", "Portefeuillehouder\tJ. Jansen"
_FIELD = re.compile(r"^[ \t]*([A-Za-zÀ-ÿ][\w .()/&'-]{1,40}?)[ \t]*(?::|\t)[ \t]*(\S.{0,400})$")
# The labels of header fields and register entries, lowercase.
LABELS = frozenset(
    (
        "datum",
        "vergaderdatum",
        "datum vergadering",
        "datum raadsvergadering",
        "datum commissie",
        "datum raad",
        "datum collegevergadering",
        "datum college",
        "datum brief",
        "verzenddatum",
        "datum verzending",
        "onderwerp",
        "betreft",
        "titel",
        "aan",
        "van",
        "portefeuillehouder",
        "portefeuillehouders",
        "wethouder",
        "registratienummer",
        "zaaknummer",
        "kenmerk",
        "ons kenmerk",
        "uw kenmerk",
        "corsanummer",
        "nummer",
        "documentnummer",
        "voorstelnummer",
        "agendapunt",
        "status",
        "stand van zaken",
        "indiener",
        "indieners",
        "indiener(s)",
        "mede-indieners",
        "mede-indiener(s)",
        "fractie",
        "fracties",
        "partij",
        "deadline",
        "termijn",
        "termijn afdoening",
        "datum afdoening",
        "afdoeningsdatum",
        "afgedaan",
        "toezegging",
        "toezegger",
        "omschrijving",
        "tijd",
        "aanvang",
        "locatie",
        "plaats",
        "voorzitter",
        "griffier",
        "secretaris",
        "commissie",
        "programma",
        "beleidsveld",
        "stemming",
        "besluit",
        "uitslag",
        "resultaat",
        "type",
        "soort",
        "documenttype",
        "contactpersoon",
        "behandelend ambtenaar",
        "bijlage",
        "bijlagen",
        "bijlage(n)",
        "afdeling",
        "team",
        "gremium",
        "vergadering",
        "bijeenkomst",
        "ingediend in",
        "vergaderorgaan",
        "orgaan",  # a RIS page's body that met: "Orgaan: Burgemeester en Wethouders"
        "bestuursorgaan",
        "toezegging/vraag",
        "datum behandeling",
        "datum indiening",
        "datum toezegging",
        "vervaldatum",
        "afdoeningsvoorstel",
        "stemuitslag",
        "vergadering van",
        "aard",
        "behandeling",
        "agendanummer",
        "raadsvergadering",
        "behandelaar",
        "commissievergadering",
        "collegevergadering",
        "datum collegebesluit",
        "portefeuille",
        "datum besluit",
        "besluitdatum",
        "vergaderdatum raad",
        "fractie(s)",
        "raadsleden",
        "id",
        "bijbehorend raadsvoorstel",
        "einddatum",
        "indienende partij",
        "toelichting",
        "bijlage(s)",
        "tekst",
    )
)
_NUMBERED = re.compile(
    r"^[ \t]*(?:agendapunt[ \t]+|punt[ \t]+)?"
    r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}[.):]?|\d{1,2}[a-z][.)]?|[a-z][.)]|[ivx]{1,4}[.)])"
    r"[ \t]+(?P<body>\S.*)$",
    re.I,
)
_BULLET = re.compile(r"^[ \t]*(?:[-•*·▪◦–»>]|\(\w\))[ \t]+(?P<body>\S.*)$")
_BLANK = re.compile(r"^\s*$")


def norm(text: str) -> str:
    """Whitespace-normalised: the form every quote takes."""
    return " ".join(text.replace("\u00a0", " ").split())


@dataclass
class Block:
    """A heading, a paragraph or a list item (its first line and the lines under it)."""

    kind: Literal["heading", "para", "item"]
    lines: list[str]
    index: int  # first line's number in the document's lines
    number: str | None = None  # a list item's own number ("5.1", "a")
    bullet: bool = False

    @property
    def text(self) -> str:
        return norm(" ".join(self.lines))

    @property
    def head(self) -> str:
        """A list item's heading (its first line without the number), or the block's first line."""
        first = self.lines[0]
        m = _NUMBERED.match(first) if self.number else _BULLET.match(first) if self.bullet else None
        return norm(m["body"] if m else first)

    @property
    def body(self) -> str:
        return norm(" ".join(self.lines[1:]))


@dataclass
class Sentence:
    text: str  # whitespace-normalised, verbatim in the document
    block: int  # index into Document.blocks


@dataclass
class Document:
    lines: list[str]
    blocks: list[Block] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    field_lines: dict[str, str] = field(default_factory=dict)  # label -> the whole line
    furniture: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def head(self, n: int = 30) -> list[str]:
        """The first `n` lines that say something."""
        return [line for line in self.lines if line.strip()][:n]

    def field(self, *labels: str) -> str | None:
        return next((self.fields[x] for x in labels if x in self.fields), None)


# Control characters (terminal escapes, bells, NUL) and the Unicode line separators are no text
# of a document: they would act on a terminal and break the draft's YAML.
_LINE_SEPARATORS = re.compile("[\u2028\u2029]")


def read(text: str) -> Document:
    """The structure of a document's text."""
    lines: list[str] = []
    furniture: list[str] = []
    text = _LINE_SEPARATORS.sub(" ", vocab.CONTROL.sub(" ", text))
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _unmarked(raw.replace("\u00a0", " ").rstrip())
        if line.strip() and len(line) < 300 and _FURNITURE.match(line):
            furniture.append(line)
            lines.append("")
        else:
            lines.append(line)
    doc = Document(lines, furniture=furniture)
    _fields(doc)
    _blocks(doc)
    _sentences(doc)
    return doc


# A whole line in markdown emphasis or a markdown heading (OpenBesluitvorming's texts, RIS pages):
# its words alone, which stay a substring of the text, so quotes from it stay verbatim.
_MARKDOWN_LINE = re.compile(r"^(\s*)(?:#{1,6}\s+(.+?)\s*#*|(\*\*|__)(\S.*?\S?)\3)\s*$")


def _unmarked(line: str) -> str:
    m = _MARKDOWN_LINE.match(line)
    if m is None:
        return line
    return m[1] + (m[2] if m[2] is not None else m[4])


def _fields(doc: Document) -> None:
    """`Label: value` lines and iBabs-style `Label` / value pairs, first occurrence of each."""
    pending: str | None = None
    for n, line in enumerate(doc.lines[:400]):
        if not line.strip():
            continue
        stripped = norm(re.sub(r"^\s*[-•·]\s+", "", line))  # "- Datum" in a list of fields
        if pending is not None:
            long_ok = pending in ("titel", "onderwerp", "toezegging", "omschrijving", "betreft")
            if stripped.lower().rstrip(":") not in LABELS and len(stripped) < (
                300 if long_ok else 80
            ):
                doc.fields.setdefault(pending, stripped)
                doc.field_lines.setdefault(pending, stripped)
            pending = None
        m = _FIELD.match(line)
        if m and norm(m[1]).lower() in LABELS:
            label = norm(m[1]).lower()
            doc.fields.setdefault(label, norm(m[2]))
            doc.field_lines.setdefault(label, stripped)
        elif stripped.lower().rstrip(":") in LABELS and (stripped.endswith(":") or n < 60):
            pending = stripped.lower().rstrip(":")
        elif (dated := _LABEL_DATE.match(stripped)) and dated[1].lower() in LABELS:
            doc.fields.setdefault(dated[1].lower(), dated[2])  # "Datum verzending 16-03-2023"
            doc.field_lines.setdefault(dated[1].lower(), stripped)
    _glued_fields(doc)
    _spaced_fields(doc)
    _subject_spaced(doc)
    _inline_fields(doc)


_LABEL_DATE = re.compile(r"^([A-Za-z][\w /&-]{2,30}?)\s+(\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$")
# A register entry's table read as text, each label glued to its value: "Onderwerp(LWE) Motie
# X", "PortefeuillehouderJ. van Orsouw", "Datum behandeling4/9/2020". The boundary is a lower-case
# letter followed by a capital, a digit or a bracket.
_GLUED = re.compile(
    r"^[ \t]*(?i:("
    + "|".join(sorted((re.escape(x) for x in LABELS if len(x) >= 4), key=len, reverse=True))
    + r"))(?<=[a-z])(?=[A-Z0-9(●])(\S.*)$"
)


# A meeting page's fields set apart by a space alone: "Aanvang 19:30", "Locatie stadhuis Kampen".
_SPACED_LABELS = (
    "aanvang",
    "locatie",
    "voorzitter",
    "griffier",
    "datum/tijd",
    "tijd",
    "plaats",
    "datum",
    "bestuursorgaan",
)
_SPACED = re.compile(rf"^[ \t]*(?i:({'|'.join(_SPACED_LABELS)}))[ \t]+(\S[^\n]{{0,80}})$")


def _spaced_fields(doc: Document) -> None:
    """Fields without a colon count only where the top has several: one such line could be a
    sentence ("Voorzitter opent de vergadering")."""
    found = [
        (m[1].lower(), norm(m[2]), norm(line))
        for line in doc.lines[:25]
        if (m := _SPACED.match(line))
    ]
    if len({label for label, _, _ in found}) >= 3:
        _keep_fields(doc, found)


# A RIS page's or flattened PDF's subject set apart by a space alone: "Onderwerp Raadsinformatie-
# brief over X", "Onderwerp Revitalisering Y - aanvraag krediet Registratienr. 4939501 Steller
# ..." (the next field's label ends it). A capital after the label: not "Onderwerp van gesprek".
_SUBJECT_SPACED = re.compile(
    r"^[ \t]*(?P<label>Onderwerp|ONDERWERP|Betreft|BETREFT)[ \t]+(?P<value>[A-Z0-9‘'\"“][^\n]{2,300})$"
)
_NEXT_LABEL = re.compile(
    r"\s+(?:Registratienr|Reg\.\s?nr|Steller|Bijlagen?|Datum|Portefeuillehouder|Kenmerk|"
    r"Zaaknummer|Aanspreekpunt)\b.*$"
)


def _subject_spaced(doc: Document) -> None:
    if "onderwerp" in doc.fields or "betreft" in doc.fields:
        return
    for line in doc.lines[:60]:
        if m := _SUBJECT_SPACED.match(line):
            value = norm(_NEXT_LABEL.sub("", m["value"]))
            if len(value) >= 4:
                _keep_fields(doc, [(m["label"].lower(), value, norm(line))])
            return


def _keep_fields(doc: Document, found: list[tuple[str, str, str]]) -> None:
    """(label, value, line) as fields, where no earlier reading gave the label one."""
    for label, value, line in found:
        if label not in doc.fields:
            doc.fields[label] = value
            doc.field_lines[label] = line


def _glued_fields(doc: Document) -> None:
    """Glued labels count only where there are several: one could be a word that happens to."""
    found = [
        (m[1].lower(), norm(m[2])[:400], norm(line))
        for line in doc.lines[:200]
        if (m := _GLUED.match(line)) is not None
    ]
    if len(found) >= 3:
        _keep_fields(doc, found)


# A flattened PDF header: "Registratienummer : Z / 3645 Agendanummer : 13 Datum : 08 oktober 2014"
_INLINE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(x) for x in LABELS), key=len, reverse=True)) + r")\s*:\s*",
    re.I,
)


def _inline_fields(doc: Document) -> None:
    head = "\n".join(doc.lines)[:4000]
    found = [m for m in _INLINE.finditer(head) if m.start() == 0 or head[m.start() - 1] in " \t\n"]
    if not found:
        return
    for m, after in zip(found, [*found[1:], None], strict=True):
        end = after.start() if after is not None else min(len(head), m.end() + 120)
        value = norm(head[m.end() : min(end, m.end() + 120)].split("\n", 1)[0])
        label = m[1].lower()
        if value and label not in doc.fields:
            doc.fields[label] = value
            doc.field_lines[label] = norm(head[m.start() : m.end()] + value)


# A short line without closing punctuation, followed by a capital: a heading or a header line,
# not a wrapped line (PDF text has no blank lines between them).
def _is_heading(line: str, following: str | None) -> bool:
    s = line.strip()
    if not s or len(s) > 90 or (s[-1] in ".,;:" and not s.endswith(":")):
        return False
    if following is None or not following.strip():
        return (len(s) <= 90 and not s[-1].islower()) or len(s.split()) <= 10
    nxt = following.strip()[:1]
    # a short line over a bulleted list is the list's title ("Hamerstukken", "Aangenomen moties")
    return (nxt.isupper() or nxt.isdigit() or nxt in "•·▪◦*–") and len(s) <= 70


def _blocks(doc: Document) -> None:
    current: Block | None = None
    lines = doc.lines
    for i, line in enumerate(lines):
        if _BLANK.match(line):
            current = None
            continue
        if _SALUTATION.match(line):  # "Geachte leden van de raad," is no part of what follows
            doc.blocks.append(Block("para", [line], i))
            current = None
            continue
        numbered = _NUMBERED.match(line)
        bullet = _BULLET.match(line) if not numbered else None
        following = lines[i + 1] if i + 1 < len(lines) else None
        if numbered and not _looks_like_date_start(line):
            num = numbered["num"].rstrip(".):")
            current = Block("item", [line], i, number=num)
            doc.blocks.append(current)
        elif bullet:
            current = Block("item", [line], i, bullet=True)
            doc.blocks.append(current)
        elif current is not None and current.kind == "item" and not _is_heading(line, following):
            current.lines.append(line)
        elif _is_heading(line, following) and (current is None or current.kind != "para"):
            doc.blocks.append(Block("heading", [line], i))
            current = None
        elif current is not None and current.kind == "para":
            if _is_heading(line, following) and current.lines[-1].rstrip()[-1:] in ".:;!?":
                doc.blocks.append(Block("heading", [line], i))
                current = None
            else:
                current.lines.append(line)
        else:
            current = Block("para", [line], i)
            doc.blocks.append(current)


_SALUTATION = re.compile(r"^\s*(?:geachte|beste)\s[^.;:]{0,60},\s*$", re.I)
_DATE_START = re.compile(
    r"^\s*\d{1,2}[.)]?\s+(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)", re.I
)


def _looks_like_date_start(line: str) -> bool:
    """ "12 maart 2024 ..." starts with a number but is no list item."""
    return bool(_DATE_START.match(line))


# Sentence ends: . ! ? followed by space and a capital, digit or quote; not after common
# abbreviations ("o.a.", "d.d.", "dhr.", "art.", "jl.", "a.s.", "nr.").
# (the words in any case, "Mevr. Visser" and "mevr. Visser"; a single letter only as a capital,
# an initial: "wij informeren u. De ..." ends a sentence)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:(?i:o\.a|d\.d|dhr|mevr|mw|art|nr|jl|j\.l|a\.s|e\.d|bijv|resp|ca|incl|excl|m\.b\.t|"
    r"t\.a\.v|i\.v\.m|z\.s\.m|e\.a|vs|p|pag|blz|lid|st|drs|mr|ir|ing|dr|prof|mgr|ds|jr|sr|ex|vgl|"
    r"evt|m\.i\.v|t\.b\.v|m\.n|n\.a\.v|i\.p\.v|o\.b\.v|c\.q|d\.w\.z|v\.w\.b)|[A-Z])\.)$"
)
_END = re.compile(r"[.!?](?=\s+[\"'‘“(]?[A-Z0-9À-Ý])")


def split_sentences(text: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        head = text[max(start, m.end() - 12) : m.end()]
        if _ABBREVIATIONS.search(head):
            continue
        out += _clauses(text[start : m.end()].strip())
        start = m.end()
    out += _clauses(text[start:].strip())
    return out


# The longest sentence in the corpus's 500 documents has 1,791 characters. A longer one is a
# flattened table or a text without stops: read in clauses, so each reader sees (and each quote
# holds) a few hundred characters, not the whole run, and no reader's work grows with its square.
_RUN_ON = 2_000
_CLAUSE = 500
# Where a clause may end, the likeliest first: a table's cell, a semicolon, a comma before a
# capital, a dash, any comma, any space.
_CUTS = tuple(
    re.compile(cut) for cut in (r"\s\|\s|;\s", r",\s(?=[A-Z])", r"\s[–-]\s", r",\s", r"\s")
)


def _clauses(sentence: str) -> list[str]:
    if len(sentence) <= _RUN_ON:
        return [sentence] if sentence else []
    out: list[str] = []
    start = 0
    while len(sentence) - start > _CLAUSE:
        window = sentence[start : start + _CLAUSE]
        cut = next(
            (
                ends[-1]
                for boundary in _CUTS
                if (ends := [m.end() for m in boundary.finditer(window, _CLAUSE // 4)])
            ),
            _CLAUSE,
        )
        if piece := sentence[start : start + cut].strip():
            out.append(piece)
        start += cut
    if rest := sentence[start:].strip():
        out.append(rest)
    return out


def _sentences(doc: Document) -> None:
    for n, block in enumerate(doc.blocks):
        if block.kind == "item" and _wrapped(block):
            # "• De raad heeft de jaarrekeningen ... van de / Gemeenschappelijke regeling ICO
            # goedgekeurd.": a sentence wrapped over the item's lines, read as one.
            for s in split_sentences(f"{block.head} {block.body}"):
                doc.sentences.append(Sentence(s, n))
        elif block.kind == "item":
            for s in split_sentences(block.head):
                doc.sentences.append(Sentence(s, n))
            body = block.body
            for s in split_sentences(body) if body else ():
                doc.sentences.append(Sentence(s, n))
        else:
            for s in split_sentences(block.text):
                doc.sentences.append(Sentence(s, n))


def _wrapped(block: Block) -> bool:
    """An item whose first line runs on into the next: long, unpunctuated at its end, and
    followed by more of the sentence (a title line is short or ends in a colon)."""
    if len(block.lines) < 2:
        return False
    head, rest = block.head, block.lines[1].strip()
    return (
        len(head) >= 60
        and head[-1:] not in ".:;!?"
        and len(head.split()) >= 8
        and bool(rest)
        and (rest[:1].islower() or len(block.lines[0]) >= 70)
    )


def lines_near(doc: Document, index: int, before: int = 3) -> str:
    """The lines just above a block: its context ("Raadsvergadering 3 april 2024")."""
    return " ".join(line for line in doc.lines[max(0, index - before) : index] if line.strip())


# Column names of a register's table, flattened to one cell a line.
_COLUMNS = LABELS | {
    "nr.",
    "nr",
    "nummer",
    "ingediend door",
    "status / afhandeling",
    "afhandeling",
    "indiener",
    "indieners",
}


def table_rows(doc: Document) -> list[dict[str, str]]:
    """A table flattened to one cell a line ("Nr." / "Datum" / "Titel" / ... then the cells of
    each row in the same order): its rows, keyed by the column names in lowercase."""
    cells = [norm(line) for line in doc.lines if line.strip()]
    for start in range(min(len(cells), 80)):
        header = []
        for cell in cells[start : start + 12]:
            if cell.lower().rstrip(":") in _COLUMNS and len(cell.split()) <= 4:
                header.append(cell.lower().rstrip(":"))
            else:
                break
        if len(header) < 3:
            continue
        width = len(header)
        body = cells[start + width :]
        return [
            dict(zip(header, body[n : n + width], strict=True))
            for n in range(0, len(body) - width + 1, width)
        ]
    return []
