"""`besluitspoor extract`: drafts from our own council documents in every format it reads,
checked against what the documents say; and `import --merge` of such drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from tests.conftest import CORPUS, Run, TestDb
from tests.pdfmaker import pdf

from besluitspoor.extract.recognize import Draft, recognise

DOCS = CORPUS / "extract"
RIB = DOCS / "rib-buurtteam.txt"
LIST = DOCS / "besluitenlijst-raad.txt"


def _draft(run: Run, *args: str, input: str | None = None) -> dict:
    result = run("extract", *args, "-f", "json", input=input)
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
    assert "rib-2024-02-09" in run("step", "list", "start-buurtteam-oosthaven").stdout


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
    return pdf([lines])


def test_stdin_and_doc_date(run: Run) -> None:
    text = "Het college heeft op 3 maart besloten het loket te sluiten.\n"
    result = run("extract", "-", "--doc-date", "2025-03-10", "-f", "json", input=text)
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert draft["doc_date"] == "2025-03-10"
    assert [s["date"] for s in draft["steps"]] == ["2025-03-03"]


def test_doc_date_outweighs_a_date_of_another_year_the_text_tells(run: Run) -> None:
    # a page without a year of its own that recalls an older decision near its top
    text = (
        "Op 12 september vergaderde de raadscommissie over de veiligheid.\n\n"
        "Op 15 april 2019 heeft de gemeenteraad het veiligheidsbeleid vastgesteld.\n"
    )
    result = run("extract", "-", "--doc-date", "2022-09-14", "-f", "json", input=text)
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    assert draft["doc_date"] == "2022-09-14"
    steps = {(s["kind"], s["date"]) for s in draft["steps"]}
    assert ("commissievergadering", "2022-09-12") in steps
    assert ("raadsbesluit", "2019-04-15") in steps  # the history keeps its own date


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("kapot.pdf", b"%PDF-1.4\nnot really a pdf", "PDF"),
        ("kapot.docx", b"PK\x03\x04 not a zip", "docx"),
        ("oud.doc", b"\xd0\xcf\x11\xe0 an old Word file", "sla het op als .docx of PDF"),
        ("brief.rtf", b"{\\rtf1\\ansi Raadsinformatiebrief}", "RTF"),
        ("brief.txt", b"{\\rtf1\\ansi Raadsinformatiebrief}", "RTF"),
    ],
)
def test_unreadable_document_is_exit_2_and_names_the_file(
    run: Run, tmp_path: Path, db: TestDb, name: str, content: bytes, problem: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    drafts = tmp_path / "concepten"
    result = run("extract", str(bad), str(RIB), "-o", f"{drafts}/")
    assert result.exit_code == 2
    assert str(bad) in result.stderr and problem in result.stderr
    # The readable document is still drafted; nothing is written to a database.
    assert "rib-2024-02-09" in (drafts / "rib-buurtteam.yaml").read_text(encoding="utf-8")
    assert not db.exists()


def test_missing_document(run: Run, tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "weg.pdf"))
    assert result.exit_code == 2
    assert "weg.pdf" in result.stderr


def test_merge_adds_only_new_items_and_twice_changes_nothing(
    run: Run, tmp_path: Path, db: TestDb
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
    result = run("extract", str(later), "--dossier", "start-buurtteam-oosthaven", "-o", str(second))
    assert result.exit_code == 0, result.output
    text = second.read_text(encoding="utf-8")
    # The committee meeting of 4 December is recorded and nothing new needs it: not repeated,
    # but said to be there.
    assert "- id: cie-2023-12-04" not in text
    assert (
        "# al vastgelegd in start-buurtteam-oosthaven, niet herhaald: steps/cie-2023-12-04" in text
    )
    result = run("import", str(second), "--merge", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["merged"] == {
        "start-buurtteam-oosthaven": ["steps.rib-2024-06-20", "steps.cb-2024-06-11"]
    }
    before = db.snapshot()
    result = run("import", str(second), "--merge")
    assert result.exit_code == 0, result.output
    assert "start-buurtteam-oosthaven: niets nieuws" in result.stderr
    assert db.snapshot() == before
    steps = run("step", "list", "start-buurtteam-oosthaven", "--json")
    assert len(json.loads(steps.stdout)) == 5


def test_merge_conflict_is_exit_2_and_writes_nothing(run: Run, tmp_path: Path, db: TestDb) -> None:
    first = tmp_path / "concept.yaml"
    run("extract", str(RIB), "-o", str(first))
    assert run("import", str(first)).exit_code == 0
    changed = tmp_path / "changed.yaml"
    data = yaml.safe_load(first.read_text(encoding="utf-8"))
    data["steps"][0]["title"] = "Een andere titel"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    before = db.snapshot()
    result = run("import", str(changed), "--merge")
    assert result.exit_code == 2
    assert f"{changed}:" in result.stderr and "steps.rib-2024-02-09" in result.stderr
    assert db.snapshot() == before
    assert run("import", str(changed), "--merge", "--replace").exit_code == 2


def test_recognise_is_pure_and_offline() -> None:
    text = RIB.read_text(encoding="utf-8")
    assert recognise(text) == recognise(text)


def test_extract_help_runs_examples_offline(run: Run) -> None:
    result = run("extract", "--help")
    assert result.exit_code == 0
    assert "besluitspoor extract" in result.stdout


# Documents in the layouts councils use, written for these tests: what each must yield as
# (id, kind, date, status or outcome), in order.
LAYOUTS = {
    "verslag-commissie.txt": (
        "verslag",
        [
            ("cie-2024-03-04", "commissievergadering", "2024-03-04", None),
            ("motie-buurtteam-ook-op-zaterdag-open", "motie", "2024-03-04", "ingediend"),
            ("raad-2024-03-19", "raadsvergadering", "2024-03-19", "aangekondigd"),
        ],
    ),
    "motie-zaterdag.txt": (
        "motie",
        [
            ("motie-2024-03-19", "motie", "2024-03-19", "aangenomen"),
            ("raad-2024-03-19", "raadsvergadering", "2024-03-19", None),
        ],
    ),
    "besluitenlijst-college.txt": (
        "besluitenlijst",
        [("cb-2024-01-16-1", "collegebesluit", "2024-01-16", None)],
    ),
    "besluitenlijst-genummerd.txt": (
        "besluitenlijst",
        [
            ("raad-2024-04-09", "raadsvergadering", "2024-04-09", None),
            ("rb-2024-04-09-5-1", "raadsbesluit", "2024-04-09", "aangenomen"),  # hamerstuk
            ("rb-2024-04-09-5-2", "raadsbesluit", "2024-04-09", "aangenomen"),  # conform
            ("motie-2024-04-09-7", "motie", "2024-04-09", "verworpen"),
        ],
    ),
    # iBabs' page of a meeting: its name and date over Locatie/Aanvang/Voorzitter, numbers on
    # lines of their own, outcomes in capitals before the title, promises listed per wethouder.
    "vergaderpagina-ibabs.txt": (
        "besluitenlijst",
        [
            ("raad-2024-10-08", "raadsvergadering", "2024-10-08", None),
            ("rb-2024-10-08-3", "raadsbesluit", "2024-10-08", "aangenomen"),
            ("motie-2024-10-08-4", "motie", "2024-10-08", "verworpen"),
        ],
    ),
    # A RIS record of a letter, its route through the bodies one line each.
    "dossierpagina-route.txt": (
        "raadsinformatiebrief",
        [
            ("cb-2023-03-14", "collegebesluit", "2023-03-14", None),
            ("cie-2023-04-11", "commissievergadering", "2023-04-11", None),
            ("raad-2023-04-25", "raadsvergadering", "2023-04-25", None),
            ("rib-2023-03-16", "raadsinformatiebrief", "2023-03-16", None),
        ],
    ),
    # An iBabs list entry whose labels are glued to their values, following a motion.
    "voortganglijst-motie.txt": (
        "overig",
        [
            ("raad-2023-02-02", "raadsvergadering", "2023-02-02", None),
            ("motie-2023-02-02", "motie", "2023-02-02", "aangenomen"),
        ],
    ),
    # News that tells each decision under a heading of its own, and lists the hamerstukken.
    "raadsnieuws-koppen.txt": (
        "overig",
        [
            ("raad-2024-11-14", "raadsvergadering", "2024-11-14", None),
            ("rb-2024-11-14", "raadsbesluit", "2024-11-14", None),
            ("rb-2024-11-14-2", "raadsbesluit", "2024-11-14", None),
            ("raad-2024-12-12", "raadsvergadering", "2024-12-12", "aangekondigd"),
            ("rb-2024-11-14-3", "raadsbesluit", "2024-11-14", "aangenomen"),
            ("rb-2024-11-14-4", "raadsbesluit", "2024-11-14", "aangenomen"),
            ("rb-2024-11-14-5", "raadsbesluit", "2024-11-14", "aangenomen"),
        ],
    ),
    "besluitenlijst-proza.txt": (
        "besluitenlijst",
        [
            ("raad-2024-03-19", "raadsvergadering", "2024-03-19", None),
            ("motie-2024-03-19-3", "motie", "2024-03-19", "aangenomen"),  # bij acclamatie
            ("amendement-2024-03-19-4", "amendement", "2024-03-19", "verworpen"),  # haalde het niet
            ("motie-2024-03-19-5", "motie", "2024-03-19", "ingetrokken"),
            ("motie-2024-03-19-6", "motie", "2024-03-19", "aangehouden"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layouts(run: Run, tmp_path: Path, name: str) -> None:
    doc_type, expected = LAYOUTS[name]
    draft = _draft(run, str(DOCS / name))
    assert draft["doc_type"] == doc_type
    got = [
        (s["id"], s["kind"], s["date"], s.get("status") or s.get("outcome")) for s in draft["steps"]
    ]
    assert got == expected
    # Every draft imports as it is.
    target = tmp_path / "concept.yaml"
    assert run("extract", str(DOCS / name), "-o", str(target)).exit_code == 0
    result = run("import", str(target))
    assert result.exit_code == 0, result.output


def test_report_names_committee_and_the_wethouder_who_promised(run: Run) -> None:
    draft = _draft(run, str(DOCS / "verslag-commissie.txt"))
    assert draft["steps"][0]["committee"] == "Commissie Samenleving"
    [promise] = draft["promises"]
    assert promise["by"] == "Wethouder De Vries"
    # "voor de zomer" is a period: by July of the report's year, which the volunteer must check
    assert promise["due"] == "2024-07"
    assert draft["review"][f"promises/{promise['id']}"] == "jaar afgeleid (2024-07): nagaan"


def test_a_motions_request_is_not_a_promise(run: Run) -> None:
    draft = _draft(run, str(DOCS / "motie-zaterdag.txt"))
    assert draft["promises"] == []


def test_yearless_dates_follow_the_document_date(run: Run, tmp_path: Path) -> None:
    doc = tmp_path / "brief.txt"
    doc.write_text(
        "Raadsinformatiebrief\n\nDatum: 10 januari 2025\nOnderwerp: Loket\n\n"
        "Het college heeft op 20 december jl. besloten het loket te sluiten.\n"
        "De raad van 3 februari a.s. bespreekt het besluit.\n",
        encoding="utf-8",
    )
    draft = _draft(run, str(doc))
    dated = {(s["kind"], s["date"]) for s in draft["steps"]}
    assert ("collegebesluit", "2024-12-20") in dated
    assert ("raadsvergadering", "2025-02-03") in dated


def test_encrypted_and_scanned_pdfs_are_exit_2(run: Run, tmp_path: Path) -> None:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(pdf([["Raadsinformatiebrief"]])))
    writer.encrypt("geheim", algorithm="RC4-128")
    locked = tmp_path / "versleuteld.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf([[]]))  # a page without a text layer
    result = run("extract", str(locked), str(scan), "-o", f"{tmp_path}/concepten/")
    assert result.exit_code == 2
    assert f"{locked}: de PDF is met een wachtwoord versleuteld" in result.stderr
    assert f"{scan}: geen tekst gevonden" in result.stderr
    assert "ocrmypdf" in result.stderr  # what to do about a scan
    english = run("--lang", "en", "extract", str(scan))
    assert "no text found" in english.stderr


def test_pages_of_a_pdf_are_read_in_order(run: Run, tmp_path: Path) -> None:
    doc = tmp_path / "lang.pdf"
    doc.write_bytes(
        pdf(
            [
                ["Raadsinformatiebrief", "Datum: 9 februari 2024", "Onderwerp: Buurtteam"],
                ["Inleiding."],
                ["Het college heeft op 16 januari 2024 besloten het buurtteam te starten."],
            ]
        )
    )
    draft = _draft(run, str(doc))
    assert [(s["kind"], s["date"]) for s in draft["steps"]] == [
        ("raadsinformatiebrief", "2024-02-09"),
        ("collegebesluit", "2024-01-16"),
    ]


def test_output_folder_gets_one_draft_per_document(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "concepten"
    folder.mkdir()
    result = run("extract", str(RIB), str(LIST), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == [
        "besluitenlijst-raad.yaml",
        "rib-buurtteam.yaml",
    ]
    assert run("import", str(folder)).exit_code == 0


def test_draft_against_a_dossier_keeps_only_the_recorded_steps_new_items_need(
    run: Run, tmp_path: Path
) -> None:
    first = tmp_path / "concept.yaml"
    run("extract", str(RIB), "-o", str(first))
    assert run("import", str(first)).exit_code == 0
    same = _draft(run, str(RIB), "--dossier", "start-buurtteam-oosthaven")
    assert (same["steps"], same["promises"], same["preconditions"]) == ([], [], [])
    longer = tmp_path / "rib.txt"
    longer.write_text(
        RIB.read_text(encoding="utf-8").replace(
            "Met vriendelijke groet,",
            "De wethouder zal u voor 1 december 2024 informeren over de evaluatie.\n\n"
            "Met vriendelijke groet,",
        ),
        encoding="utf-8",
    )
    draft = _draft(run, str(longer), "--dossier", "start-buurtteam-oosthaven")
    # The new promise was made in the letter, and the letter reports the college's decision.
    assert _ids(draft, "steps") == ["rib-2024-02-09", "cb-2024-01-16"]
    # ... and notes the conditions it names as unmet: all recorded, all kept for the references.
    assert draft["recorded"] == [
        "preconditions/privacyconvenant-partners",
        "preconditions/registratiesysteem-beschikbaar",
        "steps/cb-2024-01-16",
        "steps/rib-2024-02-09",
    ]
    [promise] = draft["promises"]
    assert (promise["due"], promise["made_in"]) == ("2024-12-01", "rib-2024-02-09")
    target = tmp_path / "nieuw.yaml"
    run("extract", str(longer), "--dossier", "start-buurtteam-oosthaven", "-o", str(target))
    assert "# al vastgelegd" in target.read_text(encoding="utf-8")
    result = run("import", str(target), "--merge", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["merged"] == {
        "start-buurtteam-oosthaven": [f"promises.{promise['id']}"]
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De gemeenteraad van Oosthaven,\n\nin vergadering bijeen", "Oosthaven"),
        ("RAADSINFORMATIEBRIEF gemeente WOERDEN Van college", "Woerden"),
        ("Gemeenteraad van Goeree-Overflakkee Postbus 1", "Goeree-Overflakkee"),
        ("De gemeenteraad van Alphen aan den Rijn", "Alphen aan den Rijn"),
        ("De gemeenteraad van Stichtse Vecht heeft besloten", "Stichtse Vecht"),
        ("Gemeente De Bilt\nPostbus 300", "De Bilt"),
        ("De raad van de gemeente Aa en Hunze", "Aa en Hunze"),
        ("GEMEENTE 's-Hertogenbosch", "'s-Hertogenbosch"),
        ("De gemeente heeft besloten", None),
    ],
)
def test_municipality_from_the_letterhead(text: str, name: str | None) -> None:
    from besluitspoor.extract.recognize import municipality_of

    assert municipality_of(text) == name


def test_draft_header_from_the_document(run: Run) -> None:
    result = run("extract", str(DOCS / "motie-zaterdag.txt"))
    header = yaml.safe_load(result.stdout)["dossier"]
    assert header["municipality"] == "Oosthaven"
    assert header["id"] == "buurtteam-zaterdag-open"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("op 3 maart", "2025-03-03"),  # nearest the document date
        ("op dinsdag 3 maart", "2026-03-03"),  # the weekday must fit: 3 March 2026 is a Tuesday
        ("op 20 december jl.", "2024-12-20"),  # jl.: before the document
        ("op 20 januari a.s.", "2026-01-20"),  # a.s.: after it
        ("in de raad van juni", "2025-06"),
        ("in de raad van juni wordt het plan vastgesteld", "2025-06"),  # to come
        ("de in september aangenomen motie", "2024-09"),  # told as done: the last September
        ("de raad heeft in november besloten", "2024-11"),
    ],
)
def test_yearless_dates(text: str, iso: str) -> None:
    from datetime import date

    from besluitspoor.extract import dates

    [found] = dates.find(text, date(2025, 2, 1))
    assert found.value.iso() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the year told after the day is the day's own, not the one nearest its 1 January
        ("De raad vergaderde op 16 december voor de laatste keer in 2021.", "2021-12-16"),
        ("De raad vergaderde op 3 februari, voor het eerst in 2021.", "2021-02-03"),
    ],
)
def test_a_year_alone_beside_a_yearless_day(text: str, iso: str) -> None:
    from besluitspoor.extract import dates

    days = [m for m in dates.find(text, None) if m.value.precision == "day"]
    assert [m.value.iso() for m in days] == [iso]


@pytest.mark.parametrize(
    ("text", "iso"),
    [  # relative to a document of Thursday 16 November 2023, as council news writes them
        ("Gisteravond begon de laatste raadsvergadering", "2023-11-15"),
        ("eergisteren stemde de raad", "2023-11-14"),
        ("heeft de gemeenteraad vorige week donderdag de begroting vastgesteld", "2023-11-09"),
        ("afgelopen dinsdag besloot de raad", "2023-11-14"),
        ("vorige donderdag besloot de raad", "2023-11-09"),  # not the document's own day
        ("vanavond vergadert de raad", "2023-11-16"),
        ("donderdag, november 16th, 2023", "2023-11-16"),  # a site's English template
    ],
)
def test_days_told_relative_to_the_document(text: str, iso: str) -> None:
    from datetime import date

    from besluitspoor.extract import dates

    [found] = dates.find(text, date(2023, 11, 16))
    assert found.value.iso() == iso


def test_a_relative_day_without_a_document_date_is_no_date() -> None:
    from besluitspoor.extract import dates

    assert dates.find("Gisteravond begon de raadsvergadering", None) == []


def test_news_naming_several_decisions_in_one_sentence_gives_each_its_step() -> None:
    from datetime import date

    text = (
        "Raad besluit over bestemmingsplannen\n\n"
        "Op dinsdagavond 5 maart 2024 vergaderde de gemeenteraad van Duinhaven. Tijdens deze "
        "vergadering heeft de raad onder meer drie bestemmingsplannen vastgesteld, namelijk "
        "Havenkwartier Noord, Dorpsstraat 14 en Polder Oost. Ook heeft de raad de "
        "Subsidieverordening Duinhaven 2024, het speelruimtebeleid en de "
        "Legesverordening 2024 ongewijzigd vastgesteld.\n"
    )
    draft = recognise(text, date(2024, 3, 6))
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    for expected in (
        "Havenkwartier Noord",
        "Dorpsstraat 14",
        "Polder Oost",
        "De Subsidieverordening Duinhaven 2024",
        "Het speelruimtebeleid",
        "De Legesverordening 2024",
    ):
        assert expected in titles, titles
    assert all(s["date"] == "2024-03-05" for s in draft.steps if s["kind"] == "raadsbesluit")


def test_one_decision_whose_name_has_en_in_it_stays_one() -> None:
    from besluitspoor.extract.prose import _enumerated

    assert _enumerated("Ook heeft de raad het plan Wonen en Werken vastgesteld.") == [
        "het plan Wonen en Werken"
    ]
    assert _enumerated("heeft de raad de nota's A, B en C vastgesteld") == ["de nota's A", "B", "C"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_text_in_the_encodings_councils_write_is_read(
    run: Run, tmp_path: Path, encoding: str
) -> None:
    doc = tmp_path / "brief.txt"
    text = "Raadsinformatiebrief\n\nDatum: 3 maart 2024\nOnderwerp: Café ‘De Brug’ – €\n"
    if encoding == "latin-1":
        text = text.replace("‘", "'").replace("’", "'").replace("–", "-").replace("€", "EUR")
    doc.write_bytes(text.encode(encoding))
    draft = _draft(run, str(doc))
    assert draft["doc_date"] == "2024-03-03"
    assert draft["steps"][0]["title"].startswith("Café")


def test_odt_is_read(run: Run, tmp_path: Path) -> None:
    import zipfile

    body = "".join(
        f"<text:p>{line}</text:p>" for line in RIB.read_text(encoding="utf-8").splitlines()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    odt = tmp_path / "brief.odt"
    with zipfile.ZipFile(odt, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    got, want = _draft(run, str(odt)), _draft(run, str(RIB))
    assert [s["id"] for s in got["steps"]] == [s["id"] for s in want["steps"]]
    assert got["promises"] == want["promises"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("https://example.nl/raadsbrief.pdf", "download het document eerst"),
        ("weg.pdf", "bestand niet gevonden"),
    ],
)
def test_addresses_and_missing_files_say_what_to_do_in_dutch(
    run: Run, tmp_path: Path, name: str, words: str
) -> None:
    result = run("extract", name if "://" in name else str(tmp_path / name))
    assert result.exit_code == 2
    assert words in result.stderr
    assert "No such file" not in result.stderr


@pytest.mark.slow
def test_several_documents_go_to_a_folder_and_a_folder_is_read(run: Run, tmp_path: Path) -> None:
    refused = run("extract", str(RIB), str(DOCS / "motie-zaterdag.txt"))
    assert refused.exit_code == 2 and "-o concepten/" in refused.stderr
    drafts = tmp_path / "uit"
    result = run("extract", str(DOCS), "-o", f"{drafts}/")
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in drafts.iterdir())
    assert "rib-buurtteam.yaml" in written and "motie-zaterdag.yaml" in written
    # Every draft of the folder imports as it is (checked against an empty database).
    assert run("init").exit_code == 0
    for draft in drafts.iterdir():
        checked = run("import", str(draft), "--dry-run")
        assert checked.exit_code == 0, checked.output


def test_json_draft_by_its_name_and_import_reads_it(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "concept.json"
    assert run("extract", str(RIB), "-o", str(target)).exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "besluitspoor-extract/1"
    assert data["dossier"]["title"]
    result = run("import", str(target))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("given", ["maart 2021", "2021", "2021-03-09"])
def test_doc_date_may_be_a_month_or_a_year(run: Run, given: str) -> None:
    text = "Het college heeft op 3 maart besloten het loket te sluiten.\n"
    result = run("extract", "-", "--doc-date", given, "-f", "json", input=text)
    assert result.exit_code == 0, result.output
    assert [s["date"] for s in json.loads(result.stdout)["steps"]] == ["2021-03-03"]


def test_bad_doc_date_names_the_option(run: Run) -> None:
    result = run("extract", "-", "--doc-date", "morgen", input="tekst\n")
    assert result.exit_code == 2
    assert "--doc-date" in result.stderr and "--as-of" not in result.stderr


def test_dates_without_a_year_are_counted_not_lost(run: Run) -> None:
    text = "Het college heeft op 3 maart besloten het loket te sluiten.\n"
    result = run("extract", "-", input=text)
    assert result.exit_code == 0
    assert "1 datum zonder jaar (3 maart)" in result.stderr
    assert "--doc-date" in result.stderr
    assert "# zonder jaar, niet overgenomen: 3 maart" in result.stdout


def test_a_text_that_names_no_day_is_dated_by_the_year_it_names_most_and_says_so(run: Run) -> None:
    text = (
        "Aanbiedingsbrief\n\nVoor u ligt de programmabegroting 2025-2028. Er werken "
        "ontwikkelingen vanuit 2024 door. Bij de decemberrapportage van 2024 komen wij bij u "
        "terug.\n"
    )
    result = run("extract", "-", input=text)
    assert result.exit_code == 0, result.output
    assert "# doc_date: 2024 (nakijken: jaar afgeleid" in result.stdout
    draft = json.loads(run("extract", "-", "-f", "json", input=text).stdout)
    (letter,) = [s for s in draft["steps"] if s["kind"] == "raadsinformatiebrief"]
    assert letter["date"] == "2024"
    assert draft["review"][f"steps/{letter['id']}"].startswith("jaar afgeleid")
    # a date the user gives wins, and nothing is marked
    given = json.loads(run("extract", "-", "-f", "json", "--doc-date", "2025", input=text).stdout)
    assert [s["date"][:4] for s in given["steps"] if s["kind"] == "raadsinformatiebrief"] == [
        "2025"
    ]
    assert not any(v.startswith("jaar afgeleid uit") for v in given["review"].values())


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("begroting 2024-2027, ontwikkelingen vanuit 2023, rapportage van 2023, voor 2027", 2023),
        ("Raadsinformatiebrief 2021-01 en kenmerk Z/2023/1234", None),  # numbers, not years
        ("in 2019 en in 2020", 2020),  # as often: the later
        ("geen jaartal", None),
        # a budget is debated the year before the one it is for, the accounts the year after
        ("de programmabegroting 2025 en de begroting van Zuidoord 2025; in 2024", 2024),
        ("bij de jaarrekening 2018 en het jaarverslag 2018; in 2019", 2019),
        # the debate on a budget, the frame of the next one: the year before
        ("bij de begrotingsbehandeling voor 2018 en de begrotingsbehandeling voor 2018", 2017),
        ("de kaderbrief 2023 en de kaderbrief 2023 en de jaarrekening 2021", 2022),
        # no year on its own: the first of a span (a plan is named from the year it is made)
        ("het raadsakkoord 2018/2022 en de Woonvisie 2018-2030", 2018),
        ("de visie 2019-2022, het bestemmingsplan Akkerweg 2017", 2017),  # a lone year first
    ],
)
def test_the_year_a_text_names_most(text: str, year: int | None) -> None:
    from besluitspoor.extract.dates import named_year

    found = named_year(text)
    assert (found.year if found else None) == year


def test_a_day_without_a_year_lies_in_the_year_a_text_is_dated_by() -> None:
    from besluitspoor.extract.recognize import recognise

    # no day with a year: the text is of the year it names (the budget for 2018, in 2017), and
    # its "9 november" is that year's, not the one nearest its first of January
    draft = recognise(
        "Moties bij de begroting\n\nBij de begrotingsbehandeling voor 2018 heeft onze fractie "
        "moties ingediend. De raad nam op 9 november de motie over de dagopvang aan.\n",
        layout_name="nieuws",
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2017"
    assert {s["date"] for s in draft.steps if s["kind"] == "motie"} == {"2017-11-09"}


def test_a_meeting_page_naming_years_only_in_spans_is_dated_by_their_first(run: Run) -> None:
    text = (
        "Uit de gemeenteraad van 14 mei\n\nDe raad stelde de nota Wonen 2019-2023 vast. "
        "Het amendement van de fractie werd verworpen.\n"
    )
    draft = json.loads(run("extract", "-", "-f", "json", input=text).stdout)
    meetings = [s for s in draft["steps"] if s["kind"] == "raadsvergadering"]
    assert [m["date"] for m in meetings] == ["2019-05-14"]
    assert draft["review"][f"steps/{meetings[0]['id']}"].startswith("jaar afgeleid")


def test_a_run_on_line_of_100000_characters_is_read(run: Run, tmp_path: Path) -> None:
    """Patterns must not backtrack: a flattened PDF table is one long line (a super-linear
    pattern takes minutes here; the benchmark times it)."""
    sentence = "De raad heeft op 12 maart 2024 besloten en het college zal u informeren, "
    line = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    doc = tmp_path / "regel.txt"
    doc.write_text(line, encoding="utf-8")
    draft = _draft(run, str(doc))
    assert draft["doc_date"] == "2024-03-12"
    # read in clauses: each quote is a few hundred characters, and the same clauses said again
    # and again are one promise (the line's last, shorter stretch another)
    quotes = [q for item in draft["steps"] + draft["promises"] for q in item["quote"]]
    assert quotes and max(len(q) for q in quotes) <= 500
    assert len(draft["promises"]) <= 2


def test_a_flattened_table_is_read_row_by_row(run: Run, tmp_path: Path) -> None:
    """A table's rows run together on one line: each motion and promise is quoted from its
    own stretch, not with the whole line (which made the work grow with the line's square)."""
    rows = "".join(
        f"| {day:02d}-03-2024 | Motie {day} over de {topic} | aangenomen | 15-2 | "
        for day, topic in enumerate(["bibliotheek", "sporthal", "kinderboerderij"] * 30, 1)
        if day <= 28
    )
    line = rows * 40
    doc = tmp_path / "tabel.txt"
    doc.write_text(line, encoding="utf-8")
    draft = _draft(run, str(doc))
    motions = [s for s in draft["steps"] if s["kind"] == "motie"]
    assert motions and all(len(q) <= 500 for s in motions for q in s["quote"])
    assert any("Motie 3 over de kinderboerderij" in q for s in motions for q in s["quote"])


def test_a_json_draft_without_a_header_is_a_located_refusal(
    run: Run, tmp_path: Path, db: TestDb
) -> None:
    old = tmp_path / "oud.json"
    old.write_text('{"format": "besluitspoor-extract/1", "steps": []}', encoding="utf-8")
    result = run("import", str(old))
    assert result.exit_code == 2
    assert f"{old}:1: dossier: ontbreekt (verplicht)" in result.stderr


def test_a_draft_knows_what_the_dossier_has_under_other_words(run: Run, tmp_path: Path) -> None:
    recorded = tmp_path / "dossier.yaml"
    recorded.write_text(
        "format: besluitspoor/1\n"
        "dossier: {id: buurtteam, title: Buurtteam, municipality: Oosthaven, profile: basis}\n"
        "steps:\n"
        "  - {id: cb-buurtteam, kind: collegebesluit, date: 2024-01-16,"
        " title: Besluit over de start van het buurtteam}\n"
        "promises:\n"
        "  - {id: ervaringen-juli, text: 'Voor 1 juli 2024 informeert de wethouder de raad over"
        " de eerste ervaringen met het buurtteam', by: college}\n",
        encoding="utf-8",
    )
    assert run("import", str(recorded)).exit_code == 0
    draft = _draft(run, str(RIB), "--dossier", "buurtteam")
    assert "ervaringen-juli" not in [p["id"] for p in draft["promises"]]
    assert all("ervaringen" not in p["text"] for p in draft["promises"])
    assert "cb-2024-01-16" not in [s["id"] for s in draft["steps"]]  # it is cb-buurtteam
    merged = tmp_path / "nieuw.yaml"
    assert run("extract", str(RIB), "--dossier", "buurtteam", "-o", str(merged)).exit_code == 0
    text = merged.read_text(encoding="utf-8")
    assert "promises/ervaringen-juli" in text  # said to be there already
    result = run("import", str(merged), "--merge", "--json")
    assert result.exit_code == 0, result.output
    added = json.loads(result.stdout)["merged"]["buurtteam"]
    assert not any("ervaringen" in key or "cb-2024-01-16" in key for key in added)


def test_a_meeting_page_gives_titles_without_outcomes_and_its_listed_promises(run: Run) -> None:
    draft = _draft(run, str(DOCS / "vergaderpagina-ibabs.txt"))
    titles = [s["title"] for s in draft["steps"]]
    assert "Verordening maatschappelijke ondersteuning 2025" in titles  # no "AANGENOMEN - HAM"
    assert not any("ANTW" in t for t in titles)  # "3.tvr": technical questions, no item
    assert [p["made_in"] for p in draft["promises"]] == ["raad-2024-10-08"] * 2
    assert draft["promises"][0]["text"].startswith("De wethouder stuurt de raad")


def test_an_agenda_published_before_the_meeting_holds_no_decisions(run: Run) -> None:
    """No item says what became of it and nothing calls the page a list of decisions: the
    items are the meeting's agenda, not decisions the council took."""
    draft = _draft(run, str(DOCS / "agendapagina-voor-de-vergadering.txt"))
    (meeting,) = draft["steps"]
    assert (meeting["kind"], meeting["date"]) == ("raadsvergadering", "2024-04-17")
    assert "Verordening op de heffing van precariobelasting 2024" in meeting["agenda"]


def test_the_same_page_after_the_meeting_holds_its_decisions(run: Run, tmp_path: Path) -> None:
    page = (DOCS / "agendapagina-voor-de-vergadering.txt").read_text(encoding="utf-8")
    decided = page.replace(
        "precariobelasting 2024\n", "precariobelasting 2024\n  Besluit\n  Conform besloten.\n"
    )
    (tmp_path / "besluiten.txt").write_text(decided, encoding="utf-8")
    draft = _draft(run, str(tmp_path / "besluiten.txt"))
    assert "raadsbesluit" in [s["kind"] for s in draft["steps"]]


def test_news_names_each_decision_after_its_heading(run: Run) -> None:
    draft = _draft(run, str(DOCS / "raadsnieuws-koppen.txt"))
    decisions = {s["title"]: s for s in draft["steps"] if s["kind"] == "raadsbesluit"}
    assert list(decisions)[:2] == ["Nieuw zwembad", "Tweede begrotingswijziging 2024"]
    assert "Benoeming leden rekenkamercommissie" in decisions
    assert draft["quotes"]["steps/rb-2024-11-14"][0] == "Nieuw zwembad"  # the heading quoted


def test_news_lists_what_the_council_decided_after_a_colon(run: Run) -> None:
    draft = _draft(run, str(DOCS / "raadsnieuws-besloten.txt"))
    decisions = [s for s in draft["steps"] if s["kind"] == "raadsbesluit"]
    assert [d["date"] for d in decisions] == ["2024-04-16"] * 3
    assert decisions[0]["title"].startswith("De Verordening jeugdhulp Zeestrand 2024")
    assert not any(d["title"].startswith("In de raadsvergadering") for d in decisions)
    (motion,) = [s for s in draft["steps"] if s["kind"] == "motie"]
    assert (motion["date"], motion["status"]) == ("2024-04-16", "ingediend")


def test_a_listed_promise_keeps_its_further_sentences(run: Run) -> None:
    draft = _draft(run, str(DOCS / "verslag-toezeggingen-per-wethouder.txt"))
    first, second = draft["promises"]
    assert first["text"].startswith("De gevraagde cijfers")  # "1." is no part of it
    assert second["text"].endswith("voor de raad van 24 oktober.")
    assert (first["due"], second["due"]) == ("2024-10-24", "2024-10-24")


def test_a_motion_of_censure_is_read_as_one(run: Run, tmp_path: Path) -> None:
    text = tmp_path / "treurnis.txt"
    text.write_text(
        "Motie van treurnis over de informatievoorziening jeugdzorg\n\n"
        "De raad van Zeestrand, in vergadering bijeen op 12 maart 2024,\n"
        "constaterende dat de raad pas na vijftien maanden werd geïnformeerd;\n"
        "spreekt zijn treurnis uit over de handelwijze van de wethouder,\n"
        "en gaat over tot de orde van de dag.\n\nAangenomen.\n",
        encoding="utf-8",
    )
    draft = _draft(run, str(text))
    (motion,) = [s for s in draft["steps"] if s["kind"] == "motie"]
    assert (motion["status"], motion["motion_kind"]) == ("aangenomen", "treurnis")


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_only_an_owner_password_is_read(
    run: Run, tmp_path: Path, algorithm: str
) -> None:
    """No printing, no copying: most council PDFs; any reader opens them, and so do we."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter(
        clone_from=io.BytesIO(pdf([["Raadsinformatiebrief", "Datum: 9 februari 2024"]]))
    )
    writer.encrypt(user_password="", owner_password="griffie", algorithm=algorithm)
    locked = tmp_path / "beveiligd.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    result = run("extract", str(locked), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["doc_date"] == "2024-02-09"


def _docx_with(body: str) -> bytes:
    import io
    import zipfile

    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )
    return out.getvalue()


def test_hostile_documents_are_refused_one_by_one(run: Run, tmp_path: Path) -> None:
    """A cell spanning two billion columns, a DTD, XML nested deep, a broken HTML declaration:
    each is its own located refusal (or read, where there is text), and the batch goes on."""
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
    (tmp_path / "span.docx").write_bytes(
        _docx_with(f"<w:tbl><w:tr>{cell.format('Datum: 9 februari 2024')}</w:tr></w:tbl>")
    )
    (tmp_path / "dtd.docx").write_bytes(
        _docx_with("").replace(b"<w:document", b"<!DOCTYPE x><w:document")
    )
    (tmp_path / "diep.docx").write_bytes(_docx_with("<w:p>" * 3000 + "</w:p>" * 3000))
    (tmp_path / "kapot.html").write_text("x<![ ", encoding="utf-8")
    good = tmp_path / "goed.txt"
    good.write_text("Raadsinformatiebrief\nDatum: 9 februari 2024\n", encoding="utf-8")
    names = ["span.docx", "dtd.docx", "diep.docx", "kapot.html", "goed.txt"]
    result = run("extract", *(str(tmp_path / n) for n in names), "-o", f"{tmp_path}/uit/")
    assert result.exit_code == 2, result.output
    assert "interne fout" not in result.stderr
    for name in ("dtd.docx", "diep.docx", "kapot.html"):
        assert f"{tmp_path / name}: " in result.stderr
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == ["goed.yaml", "span.yaml"]


def test_html5_without_a_closing_head_keeps_its_body(run: Run, tmp_path: Path) -> None:
    page = tmp_path / "pagina.html"
    page.write_text(
        "<html><head><title>Raad</title><body><p>Raadsinformatiebrief</p>"
        "<p>Het college heeft op 1 maart 2024 besloten de buurtteams te laten starten.</p>",
        encoding="utf-8",
    )
    draft = _draft(run, str(page))
    assert any(s["kind"] == "collegebesluit" for s in draft["steps"])


def test_control_characters_and_a_newline_in_a_name_stay_out_of_the_draft(
    run: Run, tmp_path: Path
) -> None:
    """A file named with a newline could write YAML into the draft's first comment; an escape
    in the text would act on the terminal. Neither reaches the draft, which imports."""
    doc = tmp_path / "brief\npromises: [x]\n.txt"
    doc.write_text(
        "Raadsinformatiebrief\nDatum: 9 februari 2024\n"
        "Het college heeft op 1 februari 2024 \x1b[31mbesloten\x07 de buurtteams te starten.\n",
        encoding="utf-8",
    )
    target = tmp_path / "concept.yaml"
    assert run("extract", str(doc), "-o", str(target)).exit_code == 0
    written = target.read_text(encoding="utf-8")
    assert "\x1b" not in written and "\x07" not in written
    assert (
        written.splitlines()[0].startswith("# Concept uit")
        and "promises: [x]" in written.splitlines()[0]
    )
    result = run("import", str(target))
    assert result.exit_code == 0, result.output
    import yaml

    assert "promises" not in yaml.safe_load(written)  # the name wrote no promise


def test_a_ris_page_of_a_college_meeting_gives_college_decisions(run: Run) -> None:
    """A RIS page named "Collegebesluiten" with Agendapunten is the college's, not the council's."""
    draft = _draft(run, str(DOCS / "collegebesluiten-pagina.txt"))
    kinds = {s["kind"] for s in draft["steps"]}
    assert "collegebesluit" in kinds and not kinds & {"raadsbesluit", "raadsvergadering"}


def test_items_indented_under_a_list_of_amendments_are_amendments(run: Run) -> None:
    draft = _draft(run, str(DOCS / "besluitenlijst-ingesprongen.txt"))
    got = [(s["kind"], s.get("status")) for s in draft["steps"] if s["kind"] != "raadsvergadering"]
    assert ("amendement", "aangenomen") in got and ("amendement", "verworpen") in got
    assert ("motie", "aangenomen") in got
    assert sum(1 for kind, _ in got if kind == "raadsbesluit") == 2  # the two items themselves


def test_several_documents_of_one_name_and_a_file_for_several(run: Run, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "brief.txt").write_text(
            f"Raadsinformatiebrief\nDatum: 9 februari 2024\nOnderwerp: {folder}\n", encoding="utf-8"
        )
    both = [str(tmp_path / "a" / "brief.txt"), str(tmp_path / "b" / "brief.txt")]
    result = run("extract", *both, "-o", f"{tmp_path}/uit/")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == ["brief-2.yaml", "brief.yaml"]
    refused = run("extract", *both, "-o", str(tmp_path / "concept.yaml"))
    assert refused.exit_code == 2 and "-o concepten/" in refused.stderr
    assert not (tmp_path / "concept.yaml").exists()


def test_stdin_is_read_as_files_are(run: Run) -> None:
    assert run("extract", "-", input="").exit_code == 2  # nothing is no draft
    windows = "Raadsinformatiebrief\nDatum: 9 februari 2024\nOnderwerp: Café de Kroon\n"
    latin = run("extract", "-", "--format", "json", input=windows.encode("cp1252"))  # type: ignore[arg-type]
    assert latin.exit_code == 0, latin.output
    assert "Café de Kroon" in latin.stdout  # read as a file in Windows-1252 is


def test_a_college_list_gives_one_step_per_decided_item() -> None:
    """Numbered items with their decision under "Besluit:": an item with nothing under it was
    only on the agenda, and the bullets under "Besluit:" are the points of one decision."""
    from datetime import date

    text = (
        "Besluitenlijst College van B&W\n\nDatum: 4 maart 2024\n\n"
        "1. Opening\n\n2. Ingekomen stukken\n\n3.a. Uitnodigingen\n\n4. Oekraïne\n\n"
        "5. Speelplaats Havenkwartier\n\nBesluit:\n\n"
        " • In te stemmen met de inrichting van de speelplaats Havenkwartier.\n"
        " • Omwonenden per brief over het besluit te informeren.\n\n"
        "6. Verkoop perceel Dorpsstraat 14\n\nBesluit:\n\n"
        "Akkoord te gaan met de verkoop van het perceel Dorpsstraat 14.\n"
    )
    draft = recognise(text, date(2024, 3, 4))
    decisions = [s for s in draft.steps if s["kind"] == "collegebesluit"]
    assert [s["title"] for s in decisions] == [
        "Speelplaats Havenkwartier",
        "Verkoop perceel Dorpsstraat 14",
    ]


def test_news_without_a_year_is_dated_by_the_weekday_that_fits_a_year_it_names() -> None:
    from besluitspoor.extract import dates

    text = "Alle fracties stemden woensdag 9 november in met de begroting 2023."
    assert str(dates.year_by_weekday(text)) == "2022-11-09"  # the budget for 2023, in 2022
    # the accounts of 2020, adopted in 2021 (28 September 2021 was a Tuesday)
    text = "Dinsdag 28 september vergaderde de raad. De jaarrekening 2020 werd vastgesteld."
    assert str(dates.year_by_weekday(text)) == "2021-09-28"
    assert dates.year_by_weekday("Dinsdag 12 december vergaderde de raad.") is None  # no year
    # 12 December is a Tuesday in 2023 and in 2017: named both, the text says nothing sure.
    assert dates.year_by_weekday("dinsdag 12 december; plannen 2017 en 2023") is None


def test_news_telling_a_vote_by_the_parties_gives_the_decision() -> None:
    text = (
        "Gemeenteraad neemt begroting aan\n\n"
        "Met uitzondering van één fractie stemden alle fracties woensdag 9 november in met de "
        "begroting 2023.\n"
    )
    draft = recognise(text)
    kinds = {(s["kind"], s["date"]) for s in draft.steps}
    assert ("raadsbesluit", "2022-11-09") in kinds
    assert ("raadsvergadering", "2022-11-09") in kinds


def test_a_ris_page_lists_motions_with_their_outcome_in_capitals() -> None:
    from datetime import date

    text = (
        "Raad\n\ndonderdag 13 juli 2023\n\nAgendapunten\n\n 1. Opening\n 2. Bestemmingsplan Oost\n\n"
        "  Besluit\n\n  De raad heeft conform voorstel besloten.\n\n  Moties en Amendementen\n\n"
        "  Onderwerp\n  Amendement GroenLinks inzake groenstrook verdubbelen AANGENOMEN\n"
        "  Amendement GroenLinks inzake geen vakantiehuizen VERWORPEN\n"
        "  Motie PIT inzake verplaatsing speeltuin INGETROKKEN\n"
    )
    draft = recognise(text, date(2023, 7, 13), layout_name="besluitenlijst-raad")
    found = {(s["kind"], s.get("status")) for s in draft.steps}
    assert ("amendement", "aangenomen") in found and ("amendement", "verworpen") in found
    assert ("motie", "ingetrokken") in found
    meeting = next(s for s in draft.steps if s["kind"] == "raadsvergadering")
    assert "Amendement" not in meeting["title"]  # "Onderwerp" heads the motions, not the meeting


def test_a_college_list_under_overige_besluiten_and_a_title_without_a_year() -> None:
    text = (
        "Collegebesluiten 18 mei\n\nBurgemeestersbesluit 21.023:\n\nDe burgemeester besloot iets "
        "tot en met 24 oktober 2021.\n\nOverige besluiten:\n\n"
        " • Vaststellen ENSIA documenten 21.0266\n • Beleidsregels Participatiewet 21.0258\n"
    )
    draft = recognise(text)
    assert str(draft.doc_date) == "2021-05-18"  # the title's day, in the year the text names
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert any("ENSIA" in t for t in titles) and any("Participatiewet" in t for t in titles)


def test_news_telling_the_council_agreed_with_a_proposal() -> None:
    from datetime import date

    text = (
        "Nieuwsbrief gemeenteraad\n\nOp 9 november 2022 vergaderde de raad. Na een korte "
        "behandeling stemde de raad in met het Normen- en toetsingskader voor de jaarrekening "
        "2022. Ook werd zonder behandeling ingestemd met de zienswijze op de begroting Jeugd.\n"
    )
    draft = recognise(text, date(2022, 11, 14))
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert any("Normen- en toetsingskader" in t for t in titles), titles
    assert any("zienswijze op de begroting Jeugd" in t for t in titles), titles


def test_news_telling_the_council_agreed_to_do_something() -> None:
    from datetime import date

    draft = recognise(
        "Nieuws uit de raad\n\nOp 28 mei 2019 vergaderde de raad. De raad stemt in om de Kroon "
        "te verzoeken twee percelen aan de Dorpsweg te onteigenen.\n",
        date(2019, 5, 29),
    )
    decided = [(s["title"], s["date"]) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [
        ("Om de Kroon te verzoeken twee percelen aan de Dorpsweg te onteigenen", "2019-05-28")
    ]


# A party's page about one meeting: each subject under a heading of its own, its fate told
# without naming it again.
_SUBJECTS_UNDER_HEADINGS = (
    "Raadsflits november\n\n"
    "Op donderdag 3 november 2022 vergaderde de gemeenteraad tot laat in de avond.\n\n"
    "Bouw seniorenwoningen Kerkpad\n\n"
    "Wij zijn blij met deze woningen voor ouderen in het dorp. Dit was een hamerstuk in de raad.\n\n"
    "Verordening nadeelcompensatie\n\n"
    "Na lang praten over de kosten van een aanvraag stemden alle fracties voor.\n\n"
    "Sportpark De Weide\n\n"
    "We hopen dat dit plan wordt aangenomen, want de clubs wachten al lang.\n"
)


def test_news_tells_a_subjects_fate_under_its_heading(run: Run) -> None:
    draft = _draft(run, "-", input=_SUBJECTS_UNDER_HEADINGS)
    decided = [(s["title"], s["date"]) for s in draft["steps"] if s["kind"] == "raadsbesluit"]
    # the heading names what the passage's outcome is of; a hope is no outcome
    assert decided == [
        ("Bouw seniorenwoningen Kerkpad", "2022-11-03"),
        ("Verordening nadeelcompensatie", "2022-11-03"),
    ]


def test_a_plan_named_by_a_compound_is_decided_in_the_present_tense() -> None:
    from datetime import date

    text = (
        "Uit de raad\n\nOp dinsdag 7 november 2023 vergaderde de gemeenteraad.\n\n"
        "Het bestemmingsplan Dorpskern wordt unaniem aangenomen.\n"
    )
    draft = recognise(text, date(2023, 11, 9))
    assert [(s["kind"], s["date"]) for s in draft.steps if s["kind"] == "raadsbesluit"] == [
        ("raadsbesluit", "2023-11-07")
    ]


def test_a_page_titled_raadsbesluiten_is_read_as_news_not_as_its_motion() -> None:
    from besluitspoor.extract import classify, document

    text = (
        "Raadsbesluiten van 23 september\n\nHieronder staan de raadsbesluiten van donderdag 23 "
        "september 2021.\n\nMotie\n\nD66 en VVD dienden een motie in. De raad verzoekt het college "
        "een register bij te houden. De motie werd unaniem aangenomen.\n\nRegiovisie jeugdzorg\n\n"
        "De raad heeft ingestemd met een visie op jeugdzorg.\n"
    )
    assert classify.layout_of(document.read(text)) == "nieuws"


def test_motions_named_in_a_decision_and_answered_questions_are_no_decisions() -> None:
    from datetime import date

    text = (
        "Raad\n\nwoensdag 23 februari 2022\n\nAgendapunten\n\n  1. Vaststelling agenda\n\n"
        "    Besluit:\n    vastgesteld conform voorstel, met toevoeging van een viertal moties "
        "'vreemd aan de orde van de dag': D66 inzake bomenplan, PvdA inzake energie en CDA "
        "inzake hondenbelasting.\n\n  2. Vragenuur: vragen over de schoonmaak\n\n    Besluit\n\n"
        "    Beantwoord door wethouder Claessens.\n"
    )
    draft = recognise(text, date(2022, 2, 23), layout_name="besluitenlijst-raad")
    motions = sorted(s["title"] for s in draft.steps if s["kind"] == "motie")
    assert len(motions) == 3 and all("vreemd aan de orde van de dag" in m for m in motions)
    assert not any("Beantwoord" in s["title"] or "schoonmaak" in s["title"] for s in draft.steps)


@pytest.mark.parametrize(
    ("text", "layout"),
    [
        # a marker inside a sentence of prose names no document
        (
            "Nieuws\n\nDe raad stemde in met het plan. Het college zal in een raadsinformatiebrief "
            "vertellen wat er volgt.\n",
            "nieuws",
        ),
        # a letter-spaced title, and a marker after a label in a long header line
        (
            "B E S L U I T E N L I J S T. Van de openbare vergadering van de raad, 9 maart 2022\n\n"
            "1. Opening\n2. Verordening afvalstoffenheffing: aangenomen\n",
            "besluitenlijst-raad",
        ),
        (
            "Nr. 7. Vergadering: 9 juli 2019 Onderwerp: Besluitenlijst raadsvergadering\n\n"
            "1. Opening\n2. Verordening afvalstoffenheffing: aangenomen\n",
            "besluitenlijst-raad",
        ),
        (
            "Vergadering college van burgemeester en wethouders d.d. 7 september 2021\n\n"
            "Propositie Zaanstreek\n\n • 1. Het college stemt in met de propositie.\n",
            "besluitenlijst-college",
        ),
        # a letter's name lower down is a section ("Beste raadsvoorstel": a prize), unless it
        # is the subject field or the salutation
        (
            "Raad stelt bestemmingsplannen vast\n\n26 maart 2013\n\nDe raad stelde drie plannen "
            "vast.\n\nBeste raadsvoorstel\n\nHet beste raadsvoorstel van 2012 kreeg een beker.\n",
            "nieuws",
        ),
        (
            "Brief van de gebiedsmakelaars.\n\nOp 25 mei 2020 schreven de gebiedsmakelaars een "
            "brief.\n\nBeste inwoner,\n\nWij vertellen u over het vervolg.\n",
            "brief",
        ),
        # a motion that opens with the council meeting, not "in vergadering bijeen"
        (
            "Zwerfvuil\n\n14 maart 2019\n\nDe gemeenteraad van Hardenberg, bijeen op 14 maart 2019,"
            " besprekende de kadernota.\n\nConstaterende dat\n- er veel zwerfvuil ligt;\n\n"
            "Verzoekt het college\n- meer afvalbakken te plaatsen.\n",
            "motie",
        ),
        # iBabs' page of a meeting named as its organisers call it, over its day and hours
        (
            "Vorige pagina\n\nCR Gemeenteraad\n\ndinsdag 21 mei 2024\n\n19:30 - 22:30\n\n"
            "Locatie\n\nRaadzaal\n\nAgendapunten\n\n 1. Opening\n\n 2. Begroting 2025\n",
            "besluitenlijst-raad",
        ),
        (
            "Vorige pagina\n\n2. RAADScie. ALGEMEEN\n\ndonderdag 10 juni 2021\n\n19:30 - 22:30\n"
            "\nAgendapunten\n\n 1. Opening\n\n 2. Omgevingsvisie\n",
            "verslag",
        ),
        # ... but a week's incoming letters on such a page is no meeting
        (
            "Vorige pagina\n\nWeekoverzicht raadsstukken\n\nzaterdag 12 maart 2022\n\n"
            "00:00 - 00:00\n\nAgendapunten\n\n 1. Brief over huurarmoede\n\n 2. Brief over"
            " de Veerstraat\n",
            "nieuws",
        ),
        # a RIS page of the college's meeting, named as the council's pages are
        (
            "Vorige pagina\n\nB&W\n\ndinsdag 21 mei 2019 09:00 - 14:00\n\nLocatie:\nBestuursvleugel\n\n"
            "Agendapunten\n\n 1. Subsidie muziekschool\n\n 2. Beantwoording raadsvragen\n",
            "besluitenlijst-college",
        ),
        (
            "College (publicatie)\n\ndinsdag 31 oktober 2023\n\n16:00 - 16:30\n\nLocatie\nNieuwe Zaal\n\n"
            "Agendapunten\n\n 1. Verordening leges\n",
            "besluitenlijst-college",
        ),
        (
            "Besluitenlijst 11 oktober 2022\n\nNotulen B en W vergadering 11 oktober 2022\n\n"
            "1. Subsidie muziekschool\nBesluit: conform\n",
            "besluitenlijst-college",
        ),
        (
            "Ingezonden persbericht\n\nWEEK 24\n\nVAN DE VERGADERING VAN BURGEMEESTER EN WETHOUDERS VAN "
            "HATTEM\nGEHOUDEN OP 7 juni 2011\n\n1. Subsidie muziekschool. Besloten wordt conform.\n",
            "besluitenlijst-college",
        ),
        # who chaired and who was there, and nothing else to go by: the record of a meeting
        (
            "Commissie West\n\nVoorzitter: T. Jansen\nSecretaris: A. de Vries\nAanwezig: de leden"
            " Bakker en Smit\n\n1. Opening\nDe voorzitter heet iedereen welkom.\n",
            "verslag",
        ),
        # the council's decisions by the words a municipality's site heads them with
        (
            "Direct naar de inhoud\n\nGenomen besluiten gemeenteraad\n\nDonderdag 12 maart 2026\n\n"
            "Subsidie muziekschool\nDe raad stemt in met de subsidie.\n",
            "besluitenlijst-raad",
        ),
        (
            "Besluiten genomen in de gemeenteraadsvergadering van 12 maart 2026\n\n"
            "1. Subsidie muziekschool: aangenomen\n",
            "besluitenlijst-raad",
        ),
        # a letter by what it says it is, or by its questions answered one by one
        (
            "Open brief aan het college over de muziekschool\n\nDijkhoven, 12 maart 2026\n\n"
            "Wij maken ons zorgen over de toekomst van de muziekschool.\n",
            "brief",
        ),
        (
            "Vraag 1\nWaarom stijgt de subsidie?\nAntwoord:\nDe huur van het gebouw stijgt.\n\n"
            "Vraag 2\nWanneer hoort de raad meer?\nAntwoord:\nIn het voorjaar van 2026.\n",
            "brief",
        ),
    ],
)
def test_what_a_document_is_by_its_title(text: str, layout: str) -> None:
    from besluitspoor.extract import classify, document

    assert classify.layout_of(document.read(text)) == layout


def test_a_college_lists_portfolio_holders_are_kept_through_import(
    run: Run, tmp_path: Path, db: TestDb
) -> None:
    lijst = tmp_path / "besluitenlijst.txt"
    lijst.write_text(
        "Besluitenlijst collegevergadering 12 maart 2024\n\n"
        "1. Onderwerp: Subsidieregeling sport 2024\nBesluit: Het college stelt de regeling vast.\n"
        "Portefeuillehouder: De Boer\n\n"
        "2. Onderwerp: Verkoop perceel Kerkstraat 4\nBesluit: Het college verkoopt het perceel.\n"
        "Portefeuillehouder: Smit\n",
        encoding="utf-8",
    )
    draft = tmp_path / "concept.yaml"
    assert run("extract", str(lijst), "-o", str(draft)).exit_code == 0
    result = run("import", str(draft), "--json")
    assert result.exit_code == 0, result.output
    dossier = json.loads(result.stdout)["dossiers"][0]
    exported = json.loads(run("export", dossier, "-f", "json").stdout)
    holders = [s.get("portefeuillehouder") for s in exported["steps"]]
    assert holders == ["De Boer", "Smit"]


def test_a_title_of_address_in_capitals_ends_no_sentence() -> None:
    from besluitspoor.extract.document import split_sentences

    text = (
        "Mevr. Visser (SP) stelt vragen. Dhr. Jansen antwoordt. Wij informeren u. De raad besluit."
    )
    assert split_sentences(text) == [
        "Mevr. Visser (SP) stelt vragen.",
        "Dhr. Jansen antwoordt.",
        "Wij informeren u.",
        "De raad besluit.",
    ]


def test_a_decision_dated_by_a_season_imports_and_is_dated_by_its_year(
    run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "nieuws.txt"
    source.write_text(
        "Nieuws uit de raad van Oosthaven\n\n12 december 2021\n\nIn het najaar van 2021 heeft "
        "het college besloten de subsidie voor de muziekschool te verlengen.\n",
        encoding="utf-8",
    )
    target = tmp_path / "concept.json"
    assert run("extract", str(source), "-o", str(target)).exit_code == 0
    draft = json.loads(target.read_text(encoding="utf-8"))
    assert [(s["id"], s["date"]) for s in draft["steps"]] == [("cb-2021", "2021")]
    result = run("import", str(target))
    assert result.exit_code == 0, result.output


def test_an_announced_committee_agenda_stays_out_of_the_draft_so_it_imports(
    run: Run, tmp_path: Path
) -> None:
    source = tmp_path / "nieuws.txt"
    source.write_text(
        "Commissies vergaderen weer\n\nOp 12 mei 2026 vergadert de commissie Ruimte.\n\n"
        "Op de agenda staan onder meer de volgende punten:\n\n"
        "Nota speelruimte 2026-2030\n\nKrediet vervanging brug Molenvaart\n",
        encoding="utf-8",
    )
    target = tmp_path / "concept.json"
    assert run("extract", str(source), "-o", str(target)).exit_code == 0
    draft = json.loads(target.read_text(encoding="utf-8"))
    assert [s["kind"] for s in draft["steps"]] == ["commissievergadering"]
    assert "agenda" not in draft["steps"][0]
    result = run("import", str(target))
    assert result.exit_code == 0, result.output


_ENGLISH_LIST = (
    "Decision list 9 March 2027\n\n"
    "The college of mayor and aldermen has taken the following decisions. This list is a "
    "translation of the Dutch page and may differ from it.\n\n"
    "Playground policy\nThe college agrees with the playground policy that was prepared by the "
    "department and will send it to the council for a decision.\n\n"
    "Sale of land at the Dijkweg\nThe college decides to sell the land to the housing "
    "association. The council has been informed by letter and will be asked for its views.\n\n"
    "Subsidy for the sports club\nThe college grants a subsidy of 5,000 euros for the new "
    "changing rooms, which will be built this year.\n"
)


# A machine-translated college list as "en.gemeente.nl" serves it: numbered items, the week
# before's lists adopted first, each decision under "The college decides:" and its own points.
_TRANSLATED_COLLEGE_LIST = (
    "Public decision list March 9, 2027\n\n"
    "Present:\nA. Jansen, mayor\nB. de Vries, Alderman\nC. Bakker, secretary\n\n"
    "1. Public decision list Municipality of Dijkhoven March 2, 2027.\n\n"
    "The college adopts the decision list.\n\n"
    "2. Internal-not-public-decision list March 2, 2027\n\n"
    "The college adopts the decision list.\n\n"
    "3. Playground policy 2027-2030\n\n"
    "The department has prepared a policy for the playgrounds of the village.\n\n"
    "The college decides:\n"
    "  1. to adopt the playground policy 2027-2030;\n"
    "  2. to send the policy to the council for information.\n\n"
    "4. Sale of land at the Dijkweg\n\n"
    "College Decision:\n"
    "- to sell the plot to the housing association;\n"
    "- to inform the council by letter.\n"
)


def test_a_translated_college_list_is_read_item_by_item(run: Run) -> None:
    draft = _draft(run, "-", input=_TRANSLATED_COLLEGE_LIST)
    assert draft["doc_type"] == "besluitenlijst"
    steps = draft["steps"]
    # the two lists of the week before are adopted, no decisions of their own; each decision's
    # points under "The college decides:" / "College Decision:" are that decision's, no items
    assert [(s["kind"], s["date"], s["title"]) for s in steps] == [
        ("collegebesluit", "2027-03-09", "Playground policy 2027-2030"),
        ("collegebesluit", "2027-03-09", "Sale of land at the Dijkweg"),
    ]


def test_a_translated_council_list_is_the_meeting_and_its_decisions(run: Run) -> None:
    text = (
        "Public list of decisions made at the municipal council meeting on March 18, 2027\n\n"
        "Bridge over the canal\n\n"
        "The council decides:\n\n"
        "  • to make a credit of 2 million euros available;\n"
        "  • to ask the college to report on the works every half year.\n\n"
        "Rules for the weekly market\n\n"
        "The council decides:\n\n"
        "  • to adopt the market regulation 2027.\n"
    )
    steps = _draft(run, "-", input=text)["steps"]
    assert [(s["kind"], s["date"]) for s in steps] == [
        ("raadsvergadering", "2027-03-18"),
        ("raadsbesluit", "2027-03-18"),
        ("raadsbesluit", "2027-03-18"),
    ]
    assert [s["title"] for s in steps[1:]] == [
        "Bridge over the canal",
        "Rules for the weekly market",
    ]


def test_an_english_text_is_drafted_and_the_user_told_it_is_read_as_dutch(run: Run) -> None:
    result = run("extract", "-", input=_ENGLISH_LIST)
    assert result.exit_code == 0
    assert "lijkt Engels" in result.stderr and "Nederlandse versie" in result.stderr
    assert result.stdout.startswith("# ")  # the draft is still written
    dutch = run(
        "extract", "-", input="Het college heeft op 3 maart 2027 besloten de grond te verkopen.\n"
    )
    assert "Engels" not in dutch.stderr


def test_english_is_told_from_dutch_by_its_function_words() -> None:
    from besluitspoor.extract.language import looks_english

    assert looks_english(_ENGLISH_LIST)
    # a Dutch text with an English title and names stays Dutch
    assert not looks_english(
        "Raadsvergadering 9 maart 2027\n\nDe raad stemde in met de nota 'Smart City and the "
        "Future of the Region'. Het college van burgemeester en wethouders heeft de raad "
        "geïnformeerd over de voortgang van het project en de kosten die daarmee gemoeid zijn. "
        "De wethouder zegde toe de raad voor de zomer te informeren over de planning.\n"
    )


def _council_news_saying(sentence: str) -> Draft:
    return recognise(
        f"Uit de raad van 14 maart 2028\n\nDe raad vergaderde op 14 maart 2028. {sentence}\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # told as a toezegging made
        "De toezegging is gedaan dat de verordening over een jaar wordt geëvalueerd.",
        "Na een toezegging hierop van de wethouder is besloten het amendement in te trekken.",
        # coming back to the council
        "Wethouder Ten Hagen zegt dat als het zover is hij eerst terug zal komen bij de raad.",
        "Het college doet een kort onderzoek en komt met een plan van aanpak terug bij de raad.",
        "De wethouder komt met de uitkomsten terug bij de commissie.",
        "Wethouder Mestrom herhaalde een eerder gedane toezegging om de raad te informeren.",
    ],
)
def test_a_promise_told_as_made_or_as_coming_back_to_the_council(sentence: str) -> None:
    draft = _council_news_saying(sentence)
    assert len(draft.promises) == 1, draft.promises


@pytest.mark.parametrize(
    "sentence",
    [
        "De fractie kwam terug bij de raad met een nieuw voorstel.",
        "De raad besloot terug te komen op het besluit van vorig jaar.",
    ],
)
def test_others_coming_back_promise_nothing(sentence: str) -> None:
    draft = _council_news_saying(sentence)
    assert not draft.promises
