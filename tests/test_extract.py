"""`besluitspoor extract`: drafts from our own council documents in every format it reads,
checked against what the documents say; and `import --merge` of such drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from tests.conftest import CORPUS, Run, digest

from besluitspoor.extract.recognize import recognise

DOCS = CORPUS / "extract"
RIB = DOCS / "rib-buurtteam.txt"
LIST = DOCS / "besluitenlijst-raad.txt"


def _draft(run: Run, *args: str) -> dict:
    result = run("extract", *args, "-f", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _ids(draft: dict, section: str) -> list[str]:
    return [item["id"] for item in draft[section]]


def test_letter_gives_its_steps_promise_and_unmet_conditions(run: Run) -> None:
    draft = _draft(run, str(RIB))
    assert draft["doc_type"] == "raadsinformatiebrief"
    assert draft["doc_date"] == "2024-02-09"
    kinds = {(s["kind"], s["date"]) for s in draft["steps"]}
    assert kinds == {
        ("raadsinformatiebrief", "2024-02-09"),
        ("collegebesluit", "2024-01-16"),
        ("commissievergadering", "2023-12-04"),
    }
    committee = next(s for s in draft["steps"] if s["kind"] == "commissievergadering")
    assert committee["committee"] == "Commissie Samenleving"
    # "Met deze brief informeren wij u" is the letter itself, not a promise.
    [promise] = draft["promises"]
    assert promise["due"] == "2024-07-01"
    assert promise["by"] == "wethouder De Vries"
    assert promise["made_in"] == "rib-2024-02-09"
    texts = [p["text"] for p in draft["preconditions"]]
    assert texts == [
        "Het privacyconvenant met de partners is ondertekend",
        "Het registratiesysteem is beschikbaar",
    ]


def test_every_quote_is_verbatim_in_the_document(run: Run) -> None:
    text = " ".join(RIB.read_text(encoding="utf-8").split())
    draft = _draft(run, str(RIB))
    quotes = [q for qs in draft["quotes"].values() for q in qs]
    assert len(quotes) >= 8
    for quote in quotes:
        assert quote in text


def test_yaml_draft_carries_sources_and_imports(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "concept.yaml"
    assert run("extract", str(RIB), "-o", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "# bron: Het registratiesysteem is nog niet beschikbaar." in text
    result = run("import", str(target))
    assert result.exit_code == 0, result.output
    assert "rib-2024-02-09" in run("step", "list", "start-van-het-buurtteam").stdout


def test_decision_list_items_and_outcomes(run: Run) -> None:
    draft = _draft(run, str(LIST))
    assert draft["doc_type"] == "besluitenlijst"
    steps = {s["id"]: s for s in draft["steps"]}
    # Opening and closing decide nothing and are left out.
    assert list(steps) == ["raad-2024-03-12", "rb-2024-03-12-2", "motie-2024-03-12-3"]
    assert steps["rb-2024-03-12-2"]["outcome"] == "aangenomen"
    assert steps["motie-2024-03-12-3"]["status"] == "verworpen"
    assert draft["review"] == {}


def test_item_without_outcome_is_marked_for_review(run: Run, tmp_path: Path) -> None:
    doc = tmp_path / "lijst.txt"
    doc.write_text(
        "Besluitenlijst raadsvergadering 12 maart 2024\n\n"
        "5. Raadsvoorstel Grondexploitatie Havenkwartier\nDe raad bespreekt het voorstel.\n",
        encoding="utf-8",
    )
    result = run("extract", str(doc))
    assert result.exit_code == 0, result.output
    assert "# nakijken: geen uitkomst gevonden: nagaan" in result.stdout


@pytest.mark.parametrize("kind", ["html", "docx", "pdf"])
def test_other_formats_give_the_same_draft_as_text(run: Run, tmp_path: Path, kind: str) -> None:
    lines = [
        "Raadsinformatiebrief",
        "Datum: 9 februari 2024",
        "Onderwerp: Start van het Buurtteam Oosthaven",
        "Het college heeft op 16 januari 2024 besloten de toegang tot jeugdhulp en Wmo onder "
        "te brengen bij het buurtteam.",
        "De wethouder zal u voor 1 juli 2024 informeren over de eerste ervaringen.",
    ]
    if kind == "html":
        path = DOCS / "rib-buurtteam.html"
    elif kind == "docx":
        import docx

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        path = tmp_path / "brief.docx"
        document.save(str(path))
    else:
        path = tmp_path / "brief.pdf"
        path.write_bytes(_pdf(lines))
    plain = tmp_path / "brief.txt"
    plain.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    got, want = _draft(run, str(path)), _draft(run, str(plain))
    for key in ("doc_type", "doc_date", "promises", "preconditions"):
        assert got[key] == want[key], key
    assert [(s["kind"], s["date"]) for s in got["steps"]] == [
        (s["kind"], s["date"]) for s in want["steps"]
    ]
    # The script in the HTML page is not text of the letter.
    assert "nooit" not in json.dumps(got)


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the lines as text, built by hand (no PDF writer needed)."""

    def escape(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 9 Tf", "11 TL", "40 800 Td"]
    for line in lines:
        ops += [f"({escape(line)}) Tj", "T*", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_stdin_and_doc_date(run: Run) -> None:
    text = "Het college heeft op 3 maart besloten het loket te sluiten.\n"
    result = run("extract", "-", "--doc-date", "2025-03-10", "-f", "json", input=text)
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert draft["doc_date"] == "2025-03-10"
    assert [s["date"] for s in draft["steps"]] == ["2025-03-03"]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("kapot.pdf", b"%PDF-1.4\nnot really a pdf", "PDF"),
        ("kapot.docx", b"PK\x03\x04 not a zip", "docx"),
        ("latin1.txt", "Café op 3 maart 2024".encode("latin-1"), "UTF-8"),
    ],
)
def test_unreadable_document_is_exit_2_and_names_the_file(
    run: Run, tmp_path: Path, db_path: Path, name: str, content: bytes, problem: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("extract", str(bad), str(RIB))
    assert result.exit_code == 2
    assert str(bad) in result.stderr and problem in result.stderr
    # The readable document is still drafted; nothing is written to a database.
    assert "rib-2024-02-09" in result.stdout
    assert not db_path.exists()


def test_missing_document(run: Run, tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "weg.pdf"))
    assert result.exit_code == 2
    assert "weg.pdf" in result.stderr


def test_merge_adds_only_new_items_and_twice_changes_nothing(
    run: Run, tmp_path: Path, db_path: Path
) -> None:
    first = tmp_path / "concept.yaml"
    run("extract", str(RIB), "-o", str(first))
    assert run("import", str(first)).exit_code == 0
    later = tmp_path / "brief2.txt"
    later.write_text(
        "Raadsinformatiebrief\n\nDatum: 20 juni 2024\nOnderwerp: Ervaringen buurtteam\n\n"
        "Het college heeft op 11 juni 2024 besloten het buurtteam voort te zetten.\n"
        "De plannen zijn op 4 december 2023 toegelicht in de commissie Samenleving.\n",
        encoding="utf-8",
    )
    second = tmp_path / "concept2.yaml"
    result = run("extract", str(later), "--dossier", "start-van-het-buurtteam", "-o", str(second))
    assert result.exit_code == 0, result.output
    text = second.read_text(encoding="utf-8")
    assert text.count("# al vastgelegd") == 1  # the committee meeting of 4 December
    result = run("import", str(second), "--merge", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["merged"] == {
        "start-van-het-buurtteam": ["steps.rib-2024-06-20", "steps.cb-2024-06-11"]
    }
    before = digest(db_path)
    result = run("import", str(second), "--merge")
    assert result.exit_code == 0, result.output
    assert "0 nieuw" in result.stderr
    assert digest(db_path) == before
    steps = run("step", "list", "start-van-het-buurtteam", "--json")
    assert len(json.loads(steps.stdout)) == 5


def test_merge_conflict_is_exit_2_and_writes_nothing(
    run: Run, tmp_path: Path, db_path: Path
) -> None:
    first = tmp_path / "concept.yaml"
    run("extract", str(RIB), "-o", str(first))
    assert run("import", str(first)).exit_code == 0
    changed = tmp_path / "changed.yaml"
    data = yaml.safe_load(first.read_text(encoding="utf-8"))
    data["steps"][0]["title"] = "Een andere titel"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    before = digest(db_path)
    result = run("import", str(changed), "--merge")
    assert result.exit_code == 2
    assert f"{changed}:" in result.stderr and "steps.rib-2024-02-09" in result.stderr
    assert digest(db_path) == before
    assert run("import", str(changed), "--merge", "--replace").exit_code == 2


def test_recognise_is_pure_and_offline() -> None:
    text = RIB.read_text(encoding="utf-8")
    assert recognise(text) == recognise(text)


def test_extract_help_runs_examples_offline(run: Run) -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    assert "besluitspoor extract" in result.stdout
