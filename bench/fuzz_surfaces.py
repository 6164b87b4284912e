"""The other surfaces bench/fuzz.py attacks: documents `extract` reads (text, HTML, Word, PDF)
and council answers `ris` reads (OpenBesluitvorming and Notubiz JSON, iBabs XML). Each case
mutates a seed, as a hostile or broken file would be, and must end in exit 0 or 2.

    python bench/fuzz.py --surface documents --cases 2000
    python bench/fuzz.py --surface answers --cases 2000
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LETTER = """Raadsinformatiebrief
Gemeente Zeestrand
Datum: 9 februari 2024
Onderwerp: Start van het buurtteam

Het college heeft op 16 januari 2024 besloten het buurtteam per 1 juli 2024 te starten.
Voor een goede start gelden de volgende randvoorwaarden:
- een convenant met de partners;
- een registratiesysteem.
Wij zullen u voor 1 juni 2024 informeren over de stand van zaken.
"""

# XML that makes a reader work: nesting, a DTD, entities, a cell spanning two billion columns,
# a merged cell without a row above, an invalid character reference.
HOSTILE_XML = [
    "<w:p>" * 400 + "</w:p>" * 400,
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
    "&b;&b;&b;",
    '<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr></w:tc></w:tr></w:tbl>',
    "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>",
    "&#0;&#xFFFFFFFF;",
    "<![CDATA[",
    "<w:t>" + "x" * 5000,
    "]]>",
]
HOSTILE_HTML = ["<![ ", "<!--", "<script>", "<head>", "</body>", "&#xD800;", "<" * 500, "\x00"]


def _docx(text: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines())
    return _zip_docx(body)


def _zip_docx(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            "</Types>",
        )
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )
    return out.getvalue()


def _pdf(text: str) -> bytes:
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.pdfmaker import pdf

    return pdf([[line for line in text.splitlines() if line.strip()]])


def document_seeds() -> list[tuple[str, bytes]]:
    html = "<html><head><title>Brief</title></head><body>" + "".join(
        f"<p>{line}</p>" for line in LETTER.splitlines()
    )
    return [
        ("brief.txt", LETTER.encode()),
        ("brief.html", (html + "</body></html>").encode()),
        ("brief.docx", _docx(LETTER)),
        ("brief.pdf", _pdf(LETTER)),
    ]


def answer_seeds() -> list[tuple[str, str, bytes]]:
    """(supplier, file name, answer) from the test suite's own made-up answers."""
    found = []
    for path in sorted((ROOT / "tests" / "corpus" / "ris").iterdir()):
        supplier = path.name.split("-", 1)[0]
        if supplier in ("obv", "notubiz", "ibabs"):
            found.append((supplier, path.name, path.read_bytes()))
    return found


def _bytes(rng: random.Random, raw: bytes) -> bytes:
    """Byte-level damage: cut, inserted noise, a repeated chunk, flipped bytes."""
    a = rng.randrange(len(raw) + 1)
    choice = rng.randrange(4)
    if choice == 0:
        return raw[:a] + raw[a + rng.randint(1, 200) :]
    if choice == 1:
        return raw[:a] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 32))) + raw[a:]
    if choice == 2:
        return raw[:a] + raw[a : a + rng.randint(1, 64)] * rng.randint(2, 200) + raw[a:]
    flipped = bytearray(raw)
    for _ in range(rng.randint(1, 16)):
        if flipped:
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
    return bytes(flipped)


def _inside_docx(rng: random.Random, raw: bytes) -> bytes:
    """A Word file whose document.xml carries hostile XML (the zip itself stays whole)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            xml = archive.read("word/document.xml").decode()
    except Exception:  # a zip damaged by an earlier mutation: damage it further as bytes
        return _bytes(rng, raw)
    a = xml.find("<w:body>") + len("<w:body>")
    piece = rng.choice(HOSTILE_XML)
    if piece.startswith("<!DOCTYPE"):
        return _zip_raw(piece + xml)
    return _zip_raw(xml[:a] + piece + xml[a:])


def _zip_raw(xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", xml)
    return out.getvalue()


def mutate_document(rng: random.Random, name: str, raw: bytes) -> bytes:
    for _ in range(rng.randint(1, 3)):
        if name.endswith(".docx") and rng.random() < 0.5:
            raw = _inside_docx(rng, raw)
        elif name.endswith(".html") and rng.random() < 0.5:
            a = rng.randrange(len(raw) + 1)
            raw = raw[:a] + rng.choice(HOSTILE_HTML).encode("utf-8", "surrogatepass") + raw[a:]
        else:
            raw = _bytes(rng, raw)
    return raw


def mutate_answer(
    rng: random.Random, raw: bytes, text_mutations: list[Callable[[random.Random, str], str]]
) -> bytes:
    """Text-level damage (the dossier mutator's, hostile values included), or bytes."""
    if rng.random() < 0.2:
        return _bytes(rng, raw)
    text = raw.decode("utf-8", errors="replace")
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(text_mutations)(rng, text)
    return text.encode("utf-8", errors="surrogatepass")


def document_cases(seed: int, count: int) -> Iterator[tuple[int, str, bytes]]:
    seeds = document_seeds()
    for n in range(count):
        rng = random.Random(seed * 1_000_003 + n)
        name, raw = rng.choice(seeds)
        yield n, name, mutate_document(rng, name, raw)


def answer_cases(
    seed: int, count: int, text_mutations: list[Callable[[random.Random, str], str]]
) -> Iterator[tuple[int, str, str, bytes]]:
    seeds = answer_seeds()
    for n in range(count):
        rng = random.Random(seed * 1_000_003 + n)
        supplier, name, raw = rng.choice(seeds)
        yield n, supplier, name, mutate_answer(rng, raw, text_mutations)
