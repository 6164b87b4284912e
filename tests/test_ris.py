"""`besluitspoor ris`: registers of moties and toezeggingen from saved Notubiz and iBabs
responses (written for these tests in the suppliers' shapes); no test touches the network."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import CORPUS, Run, TestDb
from tests.replay import OBV, IBabs, OpenBesluitvorming

from besluitspoor.ris.records import local_day, outcome

RIS = CORPUS / "ris"
PAGES = [
    str(RIS / "notubiz-oosthaven-moties-p1.json"),
    str(RIS / "notubiz-oosthaven-moties-p2.json"),
]
TOEZEGGINGEN = str(RIS / "notubiz-oosthaven-toezeggingen.json")


def _steps(run: Run, dossier: str) -> dict[str, dict]:
    result = run("export", dossier, "--format", "json")
    assert result.exit_code == 0, result.output
    return {s["id"]: s for s in json.loads(result.stdout).get("steps", [])}


def _dossier(run: Run, dossier_id: str, municipality: str, start: str) -> None:
    made = run(
        "dossier",
        "add",
        "--title",
        "Sociaal team",
        "--municipality",
        municipality,
        "--id",
        dossier_id,
        "--profile",
        "basis",
        "--start",
        start,
    )
    assert made.exit_code == 0, made.output


def _findings(run: Run, dossier: str, as_of: str) -> list[tuple[str, str, str]]:
    result = run("check", dossier, "--as-of", as_of, "--format", "json")
    findings = json.loads(result.stdout)["dossiers"][0]["findings"]
    return sorted((f["rule"], f["subject"], f["severity"]) for f in findings)


def test_notubiz_moties_over_two_pages(run: Run) -> None:
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES)
    assert result.exit_code == 0, result.output
    assert "5 items in nieuw dossier register-oosthaven" in result.stderr  # with the afdoening
    steps = _steps(run, "register-oosthaven")
    status = {
        i: s.get("status", "ingediend" if s["kind"] != "brief" else None) for i, s in steps.items()
    }
    assert {i: (s["kind"], s["date"], status[i]) for i, s in steps.items()} == {
        "motie-nb-501": ("motie", "2024-03-19", "aangenomen"),
        "amendement-nb-502": ("amendement", "2024-03-19", "verworpen"),
        # 23:30 UTC on 7 November is 8 November in Amsterdam
        "motie-nb-503": ("motie", "2023-11-08", "aangenomen"),
        "motie-nb-504": ("motie", "2024-03-19", "ingediend"),
        "afdoening-motie-nb-503": ("brief", "2024-02-01", None),
    }
    assert steps["motie-nb-503"]["settled_by"] == "afdoening-motie-nb-503"
    assert steps["motie-nb-504"]["body"] == "Status bij de bron: Niet in stemming gebracht"
    assert steps["motie-nb-501"]["source"] == "https://api.notubiz.nl/document/9001/1"


def test_labels_differ_per_municipality_ids_do_not(run: Run) -> None:
    result = run(
        "ris",
        "moties",
        "notubiz:Westerduin",
        "--from-file",
        str(RIS / "notubiz-westerduin-moties.json"),
    )
    assert result.exit_code == 0, result.output
    steps = _steps(run, "register-westerduin")
    assert steps["motie-nb-8801"]["status"] == "aangenomen"  # field 62, labelled "Besluit"
    assert steps["motie-nb-8802"]["status"] == "ingetrokken"  # field 71, labelled "Uitslag"
    assert steps["motie-nb-8801"]["title"] == "Motie Groen schoolplein"


def test_register_gives_overdue_promises_and_unsettled_motions_in_one_check(run: Run) -> None:
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES).exit_code == 0
    assert (
        run("ris", "toezeggingen", "notubiz:Oosthaven", "--from-file", TOEZEGGINGEN).exit_code == 0
    )
    assert _findings(run, "register-oosthaven", "2024-12-01") == [
        ("motie-niet-afgedaan", "motie-nb-501", "warning"),
        ("toezegging-verlopen", "toezegging-nb-701", "warning"),  # deadline 1 June 2024
        ("toezegging-verlopen", "toezegging-nb-703", "info"),  # due 2027: still to do
    ]
    exported = json.loads(run("export", "register-oosthaven", "--format", "json").stdout)
    promises = {p["id"]: p for p in exported["promises"]}
    assert promises["toezegging-nb-702"]["status"] == "nagekomen"
    assert promises["toezegging-nb-702"]["fulfilled_by"] == "afdoening-toezegging-nb-702"
    assert promises["toezegging-nb-701"]["by"] == "Wethouder De Vries"


def test_ibabs_status_strings(run: Run) -> None:
    files = [str(RIS / f"ibabs-havenstad-motie-{s}.xml") for s in ("aangenomen", "verworpen")]
    result = run("ris", "moties", "ibabs:Havenstad", "--from-file", *files)
    assert result.exit_code == 0, result.output
    steps = _steps(run, "register-havenstad")
    assert steps["motie-ib-412"]["status"] == "aangenomen"  # "Motie aangenomen"
    assert steps["motie-ib-413"]["status"] == "verworpen"  # "Motie verworpen"
    assert steps["motie-ib-412"]["date"] == "2024-03-14"
    assert steps["motie-ib-412"]["source"].startswith("https://api1.ibabs.eu/publicdownload")
    result = run(
        "ris",
        "toezeggingen",
        "ibabs:Havenstad",
        "--from-file",
        str(RIS / "ibabs-havenstad-toezegging.xml"),
    )
    assert result.exit_code == 0, result.output
    assert _findings(run, "register-havenstad", "2024-07-01") == [
        ("motie-niet-afgedaan", "motie-ib-412", "warning"),
        ("toezegging-verlopen", "toezegging-ib-88", "warning"),
    ]


def test_no_names_of_council_members_are_stored(run: Run, db: TestDb) -> None:
    files = [
        str(RIS / "ibabs-havenstad-motie-aangenomen.xml"),
        str(RIS / "ibabs-havenstad-motie-verworpen.xml"),
    ]
    assert run("ris", "moties", "ibabs:Havenstad", "--from-file", *files).exit_code == 0
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES).exit_code == 0
    everything = run("export", "--all", "--format", "json").stdout + db.dump()
    if db.path is not None:  # the file itself, free pages included
        everything += db.path.read_bytes().decode("latin-1")
    for name in ("Jansen", "Anna", "Pietersen", "Bart", "Buurtbelang", "Stadspartij"):
        assert name not in everything


def test_importing_again_changes_nothing(run: Run, db: TestDb) -> None:
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES).exit_code == 0
    before = db.snapshot()
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == []
    assert "register-oosthaven: niets nieuws" in result.stderr
    assert db.snapshot() == before


def test_a_new_item_at_the_source_is_added(run: Run, tmp_path: Path) -> None:
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", PAGES[0]).exit_code == 0
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES, "--json")
    assert result.exit_code == 0, result.output
    assert sorted(json.loads(result.stdout)["added"]) == [
        "steps.afdoening-motie-nb-503",
        "steps.motie-nb-503",
        "steps.motie-nb-504",
    ]


def _changed_page(tmp_path: Path, old: str, new: str) -> str:
    page = tmp_path / "p2.json"
    text = Path(PAGES[1]).read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new), encoding="utf-8")
    return str(page)


def test_a_change_at_the_source_updates_the_item(run: Run, tmp_path: Path) -> None:
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES).exit_code == 0
    changed = _changed_page(tmp_path, "Niet in stemming gebracht", "Verworpen")
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", PAGES[0], changed, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["updated"] == ["steps.motie-nb-504"]
    assert "bijgewerkt naar de bron: steps.motie-nb-504" in result.stderr
    step = _steps(run, "register-oosthaven")["motie-nb-504"]
    assert (step["status"], "body" in step) == ("verworpen", False)


def test_a_hand_edit_is_kept_unless_force(run: Run, tmp_path: Path, db: TestDb) -> None:
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES).exit_code == 0
    edit = run(
        "step", "edit", "motie-nb-504", "--set", "title=M5 Parkeren bij het buurthuis (nagezocht)"
    )
    assert edit.exit_code == 0, edit.output
    # The source unchanged: the edit stands and nothing is said or written.
    before = db.snapshot()
    again = run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES)
    assert again.exit_code == 0 and "niets nieuws" in again.stderr
    assert db.snapshot() == before
    # The source changed too: the edit still stands, and the volunteer is told.
    changed = _changed_page(tmp_path, "Niet in stemming gebracht", "Verworpen")
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", PAGES[0], changed, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["kept"] == ["steps.motie-nb-504"]
    assert "met de hand veranderd" in result.stderr and "--force" in result.stderr
    step = _steps(run, "register-oosthaven")["motie-nb-504"]
    assert step["title"].endswith("(nagezocht)") and step.get("status", "ingediend") == "ingediend"
    forced = run("ris", "moties", "notubiz:Oosthaven", "--from-file", PAGES[0], changed, "--force")
    assert forced.exit_code == 0, forced.output
    step = _steps(run, "register-oosthaven")["motie-nb-504"]
    assert (step["title"], step["status"]) == ("M5 Parkeren bij het buurthuis", "verworpen")


@pytest.mark.parametrize("name", ["notubiz-kapot.json", "ibabs-kapot.xml"])
def test_malformed_response_is_exit_2_and_writes_nothing(run: Run, db: TestDb, name: str) -> None:
    supplier = "notubiz" if name.startswith("notubiz") else "ibabs"
    result = run("ris", "moties", f"{supplier}:Oosthaven", "--from-file", str(RIS / name))
    assert result.exit_code == 2
    assert f"{RIS / name}:" in result.stderr
    assert not db.exists()


def test_without_saved_responses_it_says_what_to_do(run: Run) -> None:
    result = run("ris", "toezeggingen", "notubiz:Oosthaven")
    assert result.exit_code == 2
    assert "--from-file" in result.stderr
    assert run("ris", "moties", "gemeente:Oosthaven", "--from-file", TOEZEGGINGEN).exit_code == 2


def test_register_as_a_file_for_git(run: Run, tmp_path: Path, db: TestDb) -> None:
    target = tmp_path / "register.yaml"
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert not db.exists()
    assert run("import", str(target)).exit_code == 0
    assert run("import", str(target), "--merge").exit_code == 0


@pytest.mark.parametrize(
    ("wording", "status"),
    [
        ("Motie aangenomen", "aangenomen"),
        ("Motie verworpen", "verworpen"),
        ("Aangenomen (geamendeerd)", "aangenomen"),
        ("niet aangenomen", "verworpen"),
        ("Ingetrokken na toezegging wethouder", "ingetrokken"),
        ("Aangehouden", "aangehouden"),
        ("Niet in stemming gebracht", "ingediend"),
        ("", "ingediend"),
    ],
)
def test_outcomes(wording: str, status: str) -> None:
    assert outcome(wording)[0] == status


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-03-19 00:00:00", date(2024, 3, 19)),
        ("2023-11-07T23:30:00Z", date(2023, 11, 8)),
        ("2024-06-30T22:15:00+00:00", date(2024, 7, 1)),
        ("Jan 29 2026 12:00AM", date(2026, 1, 29)),
        ("0000-00-00 00:00:00", None),
        ("", None),
    ],
)
def test_local_day(value: str, day: date | None) -> None:
    assert local_day(value) == day


MEETING = str(RIS / "notubiz-oosthaven-vergadering.json")


def _search(run: Run, *args: str) -> list[dict]:
    result = run(
        "ris",
        "search",
        "notubiz:oosthaven",
        "--from-file",
        MEETING,
        "--from-file",
        PAGES[0],
        *args,
        "--json",
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_search_finds_meetings_documents_and_moties(run: Run) -> None:
    found = _search(run, "-q", "buurtteam")
    assert [(c["ref"], c["date"], c["kind"]) for c in found] == [
        ("meeting:70001", "2024-03-04", "commissievergadering"),  # through its agenda
        ("document:80011", "2024-03-04", "raadsinformatiebrief"),
        ("document:80012", "2024-03-04", "motie"),
        ("motie:501", "2024-03-19", "motie"),
    ]
    assert [c["ref"] for c in _search(run, "--kind", "raadsvoorstel")] == ["document:80013"]
    assert [c["ref"] for c in _search(run, "--from", "2024-03-10")] == ["motie:501", "motie:502"]
    table = run("ris", "search", "notubiz:oosthaven", "--from-file", MEETING, "-q", "buurtteam")
    assert "document:80011" in table.stdout and "3 gevonden" in table.stderr


def test_from_search_to_a_checked_dossier_without_typing_a_step(run: Run) -> None:
    assert (
        run(
            "dossier",
            "add",
            "--title",
            "Buurtteam Oosthaven",
            "--municipality",
            "Oosthaven",
            "--id",
            "buurtteam",
            "--start",
            "1 februari 2024",
            "--profile",
            "basis",
        ).exit_code
        == 0
    )
    refs = ["meeting:70001", "document:80011", "motie:501"]
    files = ["--from-file", MEETING, "--from-file", PAGES[0]]
    result = run("ris", "import", "buurtteam", "notubiz:oosthaven", *refs, *files, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == [
        "steps.cie-nb-70001",
        "steps.rib-nb-80011",
        "steps.motie-nb-501",
    ]
    steps = _steps(run, "buurtteam")
    assert steps["cie-nb-70001"]["committee"] == "Commissie Samenleving"
    assert steps["cie-nb-70001"]["time"] == "19:30"
    assert "Vaststellen agenda" in steps["cie-nb-70001"]["body"]
    assert "Opening" not in steps["cie-nb-70001"]["body"]  # a heading, not an item
    assert steps["rib-nb-80011"]["source"] == "https://api.notubiz.nl/document/80011/1"
    assert run("check", "buurtteam", "--as-of", "2024-12-01").exit_code in (0, 1)
    again = run("ris", "import", "buurtteam", "notubiz:oosthaven", *refs, *files)
    assert again.exit_code == 0 and "buurtteam: niets nieuws" in again.stderr
    # several files after one --from-file are files, not references
    once = run(
        "ris", "import", "buurtteam", "notubiz:oosthaven", *refs, "--from-file", MEETING, PAGES[0]
    )
    assert once.exit_code == 0 and "buurtteam: niets nieuws" in once.stderr


def test_import_of_an_unknown_reference_or_dossier(run: Run) -> None:
    _dossier(run, "buurtteam", "Oosthaven", "2024-02-01")
    result = run(
        "ris", "import", "buurtteam", "notubiz:oosthaven", "meeting:1", "--from-file", MEETING
    )
    assert result.exit_code == 2 and "meeting:1" in result.stderr
    bare = run("ris", "import", "buurtteam", "notubiz:oosthaven", "70001", "--from-file", MEETING)
    assert bare.exit_code == 2
    assert "zoals meeting:70001 of document:70001" in bare.stderr
    result = run(
        "ris",
        "import",
        "bestaat-niet",
        "notubiz:oosthaven",
        "meeting:70001",
        "--from-file",
        MEETING,
    )
    assert result.exit_code == 2


# --- straight from Notubiz, replayed through httpx's MockTransport -------------------------


class Notubiz:
    """Recorded Notubiz answers for organisation 4321, with a knob per failure to test."""

    def __init__(self, *, throttle: int = 0, down: bool = False, broken: bool = False) -> None:
        self.calls: list[str] = []
        self.throttle = throttle
        self.down = down
        self.broken = broken
        self.pages = [json.loads(Path(p).read_text(encoding="utf-8")) for p in PAGES]

    def __call__(self, request: object) -> object:
        import httpx

        assert isinstance(request, httpx.Request)
        self.calls.append(str(request.url))
        assert request.headers["User-Agent"].startswith("besluitspoor/")
        if self.down:
            return httpx.Response(503)
        if self.throttle:
            self.throttle -= 1
            return httpx.Response(429, headers={"Retry-After": "7"})
        path = request.url.path
        if path == "/organisations/4321/modules":
            return httpx.Response(
                200,
                json={
                    "modules": [
                        {"custom_name": "Moties en Amendementen", "name": "Moties", "id": 6}
                    ]
                },
            )
        if path == "/organisations/4321/modules/6/items":
            if self.broken:
                return httpx.Response(200, json={"results": []})
            page = int(request.url.params["page"])
            return httpx.Response(200, json=self.pages[page - 1])
        return httpx.Response(404)


@pytest.fixture
def notubiz(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Callable[..., tuple[Notubiz, list[float]]]:
    import httpx

    from besluitspoor.ris import http

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    waited: list[float] = []
    monkeypatch.setattr(http, "SLEEP", waited.append)

    def install(**knobs: Any) -> tuple[Notubiz, list[float]]:
        server = Notubiz(**knobs)
        monkeypatch.setattr(http, "TRANSPORT", httpx.MockTransport(server))
        return server, waited

    return install


def test_register_straight_from_notubiz_over_pages(run: Run, notubiz: Any) -> None:
    server, _ = notubiz()
    result = run("ris", "moties", "notubiz:4321", "--date-from", "2023-01-01")
    assert result.exit_code == 0, result.output
    assert set(_steps(run, "register-4321")) >= {
        "motie-nb-501",
        "amendement-nb-502",
        "motie-nb-503",
        "motie-nb-504",
    }
    assert len(server.calls) == 3  # the modules, then two pages
    assert "date_from=2023-01-01" in server.calls[1] and "page=2" in server.calls[2]


def test_a_rerun_reads_the_cache_and_refresh_downloads_again(run: Run, notubiz: Any) -> None:
    server, _ = notubiz()
    assert run("ris", "moties", "notubiz:4321").exit_code == 0
    assert run("ris", "moties", "notubiz:4321").exit_code == 0
    assert len(server.calls) == 3
    assert run("ris", "moties", "notubiz:4321", "--refresh").exit_code == 0
    assert len(server.calls) == 6


def test_429_waits_as_retry_after_says(run: Run, notubiz: Any) -> None:
    _, waited = notubiz(throttle=2)
    result = run("ris", "moties", "notubiz:4321")
    assert result.exit_code == 0, result.output
    assert waited == [7.0, 7.0]


def test_a_source_that_is_down_is_exit_3_and_writes_nothing(
    run: Run, notubiz: Any, db: TestDb
) -> None:
    _, waited = notubiz(down=True)
    result = run("ris", "moties", "notubiz:4321")
    assert result.exit_code == 3
    assert "503" in result.stderr and "later" in result.stderr
    assert waited == [1.0, 2.0, 4.0, 8.0]  # backoff, then give up
    assert not db.exists()


def test_unknown_organisation_and_malformed_answer_are_exit_2(run: Run, notubiz: Any) -> None:
    notubiz()
    result = run("ris", "moties", "notubiz:999")
    assert result.exit_code == 2 and "404" in result.stderr
    assert run("ris", "moties", "notubiz:alkmaar").exit_code == 2  # a number is needed
    notubiz(broken=True)
    result = run("ris", "moties", "notubiz:4321", "--refresh")
    assert result.exit_code == 2 and "items" in result.stderr


def test_a_late_letter_is_named_not_called_missing(run: Run) -> None:
    """Seen while trying `ris import`: with only a letter after the start, the finding said no
    letter was recorded at all."""
    _dossier(run, "buurtteam", "Oosthaven", "1 februari 2024")
    result = run(
        "ris", "import", "buurtteam", "notubiz:oosthaven", "document:80011", "--from-file", MEETING
    )
    assert result.exit_code == 0, result.output
    findings = json.loads(
        run("check", "buurtteam", "--as-of", "2024-12-01", "--format", "json").stdout
    )
    [late] = [
        f
        for f in findings["dossiers"][0]["findings"]
        if f["rule"] == "raad-niet-vooraf-geinformeerd"
    ]
    assert late["message"] == (
        "de raad is niet vóór de ingangsdatum (1 februari 2024) geïnformeerd: de eerste "
        "raadsinformatiebrief of het eerste raadsvoorstel is van 4 maart 2024"
    )


# --- iBabs meetings and OpenBesluitvorming, from saved responses ----------------------------

IBABS_MEETINGS = [
    str(RIS / "ibabs-havenstad-vergaderingen.xml"),
    str(RIS / "ibabs-havenstad-vergadertypes.xml"),
]
OBV_REFS = [
    "meeting:ibabs:gemeente:zeestrand:5e0f0000-0000-4000-8000-000000000101",
    "document:ibabs:gemeente:zeestrand:d0c0e000-0000-4000-8000-000000000201",
    "motie:ibabs:gemeente:zeestrand:303a0000-0000-4000-8000-000000000301",
]


def test_ibabs_meetings_are_titled_by_their_type_and_become_steps(run: Run) -> None:
    result = run("ris", "search", "ibabs:Havenstad", "--from-file", *IBABS_MEETINGS, "--json")
    assert result.exit_code == 0, result.output
    found = {c["ref"]: c for c in json.loads(result.stdout)}
    meeting = found["meeting:7c0e0000-0000-4000-8000-00000000c001"]
    assert (meeting["kind"], meeting["title"], meeting["date"]) == (
        "commissievergadering",
        "Commissie Samenleving",
        "2024-02-20",
    )
    assert meeting["url"] == (
        "https://havenstad.bestuurlijkeinformatie.nl/Agenda/Index/"
        "7c0e0000-0000-4000-8000-00000000c001"
    )
    assert found["meeting:7c0e0000-0000-4000-8000-00000000c002"]["kind"] == "raadsvergadering"
    assert found["document:d0c00000-0000-4000-8000-0000000000a1"]["kind"] == (
        "raadsinformatiebrief"
    )
    _dossier(run, "buurthuizen", "Havenstad", "2024-04-01")
    files = [arg for path in IBABS_MEETINGS for arg in ("--from-file", path)]
    refs = [
        "meeting:7c0e0000-0000-4000-8000-00000000c001",
        "meeting:7c0e0000-0000-4000-8000-00000000c002",
    ]
    result = run("ris", "import", "buurthuizen", "ibabs:Havenstad", *refs, *files)
    assert result.exit_code == 0, result.output
    steps = _steps(run, "buurthuizen")
    [cie] = [s for s in steps.values() if s["kind"] == "commissievergadering"]
    assert cie["time"] == "19:30" and "4 Buurthuizen: de nieuwe opzet" in cie["body"]
    [raad] = [s for s in steps.values() if s["kind"] == "raadsvergadering"]
    assert raad["agenda"] == ["7 Besluitvorming Buurthuizen"]
    exported = run("export", "buurthuizen").stdout
    assert "Inge" not in exported and "voorbeeld.test" not in exported  # invitees never read


def test_long_supplier_ids_are_never_cut_into_one(run: Run) -> None:
    """iBabs GUIDs differ at the end; cutting them at 30 characters made two meetings one."""
    from besluitspoor.ris.register import source_slug

    first, second = (f"7c0e0000-0000-4000-8000-00000000c00{n}" for n in (1, 2))
    assert source_slug(first) != source_slug(second)
    assert source_slug("1124979") == "1124979"  # short ids (Notubiz) stay as they were


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("ibabs-geweigerd.xml", "has no access"),
        ("ibabs-kapot.xml", "not XML"),
    ],
)
def test_ibabs_refusals_in_files_are_named(run: Run, name: str, says: str) -> None:
    result = run("--lang", "en", "ris", "search", "ibabs:Havenstad", "--from-file", str(RIS / name))
    assert result.exit_code == 2 and says in result.stderr and name in result.stderr


def test_obv_search_shows_meetings_documents_and_moties_in_amsterdam_days(run: Run) -> None:
    result = run("ris", "search", "obv:zeestrand", "--from-file", OBV["zoeken"], "--json")
    assert result.exit_code == 0, result.output
    found = {c["ref"]: (c["date"], c["kind"]) for c in json.loads(result.stdout)}
    assert found == {
        OBV_REFS[0]: ("2023-01-10", "commissievergadering"),
        # sortDate is UTC: 23:30 on the 17th is the 18th in Amsterdam
        OBV_REFS[1]: ("2023-01-18", "raadsinformatiebrief"),
        OBV_REFS[2].replace("motie:", "motion:"): ("2023-02-02", "motie"),
    }  # the Recording hit is not a step
    words = run(
        "ris", "search", "obv:zeestrand", "--from-file", OBV["zoeken"], "-q", "Sociaal Team"
    )
    assert words.exit_code == 0
    assert "2 gevonden" in words.stderr and OBV_REFS[1] in words.stdout  # never cut


@pytest.mark.parametrize("order", ["search-first", "details-first"])
def test_obv_import_takes_the_details_over_the_search_hit(run: Run, order: str) -> None:
    _dossier(run, "sociaal-team", "Zeestrand", "2023-01-01")
    names = ["zoeken", "vergadering", "motie"]
    if order == "details-first":
        names.reverse()
    files = [arg for name in names for arg in ("--from-file", OBV[name])]
    result = run("ris", "import", "sociaal-team", "obv:zeestrand", *OBV_REFS, *files)
    assert result.exit_code == 0, result.output
    steps = _steps(run, "sociaal-team")
    [motie] = [s for s in steps.values() if s["kind"] == "motie"]
    assert motie["status"] == "aangenomen"  # from the motion's details, not the bare hit
    [cie] = [s for s in steps.values() if s["kind"] == "commissievergadering"]
    assert cie["time"] == "20:00"  # 19:00 UTC in January
    assert "4a Vragen van de commissie" in cie["body"]  # nested agenda items
    assert "Raadslid" not in run("export", "sociaal-team").stdout  # votes are never read
    again = run("ris", "import", "sociaal-team", "obv:zeestrand", *OBV_REFS, *files)
    assert again.exit_code == 0 and "niets nieuws" in again.stderr


def test_obv_and_the_supplier_give_one_step_not_two(run: Run, tmp_path: Path) -> None:
    """OpenBesluitvorming's id names the supplier's: a meeting imported from Notubiz and again
    from OpenBesluitvorming is one step."""
    _dossier(run, "buurtteam", "Oosthaven", "2024-02-01")
    assert (
        run(
            "ris",
            "import",
            "buurtteam",
            "notubiz:oosthaven",
            "meeting:70001",
            "--from-file",
            MEETING,
        ).exit_code
        == 0
    )
    entity = tmp_path / "obv.json"
    entity.write_text(
        json.dumps(
            {
                "entityId": "meeting:notubiz:gemeente:oosthaven:70001",
                "entityType": "Meeting",
                "title": "Commissie Samenleving",
                "sortDate": "2024-03-05 18:30:00",
                "agenda": [],
            }
        ),
        encoding="utf-8",
    )
    ref = "meeting:notubiz:gemeente:oosthaven:70001"
    result = run("ris", "import", "buurtteam", "obv:oosthaven", ref, "--from-file", str(entity))
    assert result.exit_code == 0, result.output
    assert [i for i in _steps(run, "buurtteam") if i.startswith("cie-")] == ["cie-nb-70001"]


def test_a_file_that_is_not_obv_is_exit_2(run: Run, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"hits": []}', encoding="utf-8")
    result = run("ris", "search", "obv:zeestrand", "--from-file", str(wrong))
    assert result.exit_code == 2 and "wrong.json" in result.stderr


# --- iBabs and OpenBesluitvorming over the network, replayed ---------------------------------


@pytest.fixture
def replay(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[Any], list[float]]:
    """Install a recorded service as httpx's transport; returns the waits asked for."""
    import httpx

    from besluitspoor.ris import http

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    waited: list[float] = []
    monkeypatch.setattr(http, "SLEEP", waited.append)

    def install(server: Any) -> list[float]:
        monkeypatch.setattr(http, "TRANSPORT", httpx.MockTransport(server))
        return waited

    return install


def test_ibabs_register_over_soap_for_one_municipality_of_a_shared_site(
    run: Run, replay: Any
) -> None:
    server = IBabs(throttle=1)
    waited = replay(server)
    result = run("ris", "moties", "ibabs:Duivenvoorde/Wassenaar")
    assert result.exit_code == 0, result.output
    assert waited == [1.0]  # a 403 burst limit is waited out
    steps = _steps(run, "register-wassenaar")
    assert {i: s["status"] for i, s in steps.items() if s["kind"] == "motie"} == {
        "motie-ib-412": "aangenomen",
        "motie-ib-413": "verworpen",
    }
    assert server.calls.count("GetListEntry") == 2
    calls = len(server.calls)
    assert run("ris", "moties", "ibabs:Duivenvoorde/Wassenaar").exit_code == 0
    assert len(server.calls) == calls  # the cache answered


def test_ibabs_refusing_this_ip_is_exit_2_and_writes_nothing(
    run: Run, replay: Any, db: TestDb
) -> None:
    replay(IBabs(refuse=True))
    result = run("--lang", "en", "ris", "toezeggingen", "ibabs:Duivenvoorde")
    assert result.exit_code == 2
    assert "IP addresses registered" in result.stderr and "obv:" in result.stderr
    assert not db.exists()
    replay(IBabs(throttle=99))
    result = run("--lang", "en", "ris", "toezeggingen", "ibabs:Duivenvoorde", "--refresh")
    assert result.exit_code == 2 and "403" in result.stderr  # blocked for good


def test_ibabs_meetings_from_the_network_need_a_period(run: Run, replay: Any) -> None:
    server = IBabs()
    replay(server)
    assert run("ris", "search", "ibabs:Duivenvoorde").exit_code == 2
    result = run("ris", "search", "ibabs:Duivenvoorde", "--from", "2024-01-01", "--json")
    assert result.exit_code == 0, result.output
    assert server.calls == ["GetMeetingtypes", "GetMeetingsByDateRange"]
    assert "Commissie Samenleving" in {c["title"] for c in json.loads(result.stdout)}


def test_obv_search_pages_and_import_fetches_the_entities(run: Run, replay: Any) -> None:
    server = OpenBesluitvorming(throttle=1)
    waited = replay(server)
    result = run("ris", "search", "obv:zeestrand", "-q", "sociaal team", "--from", "2023-01-01")
    assert result.exit_code == 0, result.output
    assert waited == [3.0]
    searches = [u for u in server.calls if u.path == "/api/search"]
    assert [u.params["offset"] for u in searches] == ["0", "0", "2"]  # the 429, then two pages
    assert searches[-1].params["query"] == "sociaal team"
    assert searches[-1].params["dateFrom"] == "2023-01-01"
    _dossier(run, "sociaal-team", "Zeestrand", "2023-01-01")
    result = run("ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[0], OBV_REFS[2])
    assert result.exit_code == 0, result.output
    kinds = {s["kind"]: s for s in _steps(run, "sociaal-team").values()}
    assert kinds["motie"]["status"] == "aangenomen"
    assert "Presentatie sociaal team" in kinds["commissievergadering"]["body"]


def test_obv_search_shows_what_the_service_found_in_full_texts(run: Run, replay: Any) -> None:
    """The meeting is named after its committee; the service found the words in its content.
    A second filter on titles hid it (and so every meeting a subject was decided in)."""
    replay(OpenBesluitvorming())
    result = run("ris", "search", "obv:Zeestrand", "-q", "sociaal team", "--json")
    assert result.exit_code == 0, result.output
    titles = {c["title"] for c in json.loads(result.stdout)}
    assert "Commissie Sociaal Domein 10 januari 2023" in titles  # "team" is not in its title
    assert "Raadsinformatiebrief start sociaal team" in titles
    content = run("ris", "search", "obv:zeestrand", "-q", "informeert", "--json")
    assert [c["title"] for c in json.loads(content.stdout)] == [
        "Raadsinformatiebrief start sociaal team"  # the word is in its text only
    ]


def test_obv_unknown_organisation_points_at_the_keys(run: Run, replay: Any) -> None:
    server = OpenBesluitvorming()
    replay(server)
    result = run("--lang", "en", "ris", "search", "obv:Den Nergens", "-q", "x")
    assert result.exit_code == 2
    assert "organisation 'den-nergens'" in result.stderr
    assert "https://openbesluitvorming.nl/api/sources" in result.stderr
    assert server.calls[0].params["organization"] == "den-nergens"


def test_obv_meeting_kinds_amendments_and_sources(run: Run, tmp_path: Path) -> None:
    """A college meeting is the college deciding, with its decisions in the descriptions; an
    information session is no council meeting; amendementen listed on a meeting stay
    amendementen, and a motion without an attachment is still sourced by its entity."""
    org = "meeting:ibabs:gemeente:zeestrand"
    answers = {
        "college": {
            "entityId": f"{org}:c1",
            "entityType": "Meeting",
            "title": "College van B en W",
            "sortDate": "2023-01-03T08:00:00Z",
            "agenda": [
                {
                    "id": "agenda_item:ibabs:gemeente:zeestrand:c1a",
                    "title": "Sociaal team",
                    "description": "Het college stemt in met het convenant sociaal team.",
                }
            ],
        },
        "informatie": {
            "entityId": f"{org}:i1",
            "entityType": "Meeting",
            "title": "Raadsinformatiebijeenkomst sociaal team",
            "sortDate": "2023-01-05T18:30:00Z",
        },
        "raad": {
            "entityId": f"{org}:r1",
            "entityType": "Meeting",
            "title": "Gemeenteraad",
            "sortDate": "2023-02-02T18:30:00Z",
            "motions": [
                {
                    "id": "motion:ibabs:gemeente:zeestrand:a7",
                    "name": "A7 Wijziging sociaal team",
                    "motion_type": "Amendementen",
                    "result": "verworpen",
                }
            ],
        },
    }
    files = []
    for name, answer in answers.items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(answer), encoding="utf-8")
        files += ["--from-file", str(path)]
    result = run("ris", "search", "obv:zeestrand", *files, "--json")
    assert result.exit_code == 0, result.output
    kinds = {c["title"]: c["kind"] for c in json.loads(result.stdout)}
    assert kinds == {
        "College van B en W": "collegebesluit",
        "Raadsinformatiebijeenkomst sociaal team": "commissievergadering",
        "Gemeenteraad": "raadsvergadering",
        "A7 Wijziging sociaal team": "amendement",
    }
    _dossier(run, "sociaal-team", "Zeestrand", "2023-01-01")
    refs = [f"{org}:c1", f"{org}:i1", "motie:ibabs:gemeente:zeestrand:a7"]
    result = run("ris", "import", "sociaal-team", "obv:zeestrand", *refs, *files)
    assert result.exit_code == 0, result.output
    steps = {s["kind"]: s for s in _steps(run, "sociaal-team").values()}
    assert "stemt in met het convenant" in steps["collegebesluit"]["body"]
    assert steps["commissievergadering"]["nature"] == "informerend"
    assert steps["amendement"]["status"] == "verworpen"
    assert steps["amendement"]["source"].endswith("motion%3Aibabs%3Agemeente%3Azeestrand%3Aa7")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Collegebrief stand van zaken jeugdzorg", "raadsinformatiebrief"),
        ("Raadsbesluit Verordening sociaal domein 2023", "raadsbesluit"),
        ("Ontwerpraadsbesluit Verordening sociaal domein", "raadsvoorstel"),
        ("Raadsvoorstel en raadsbesluit grondexploitatie", "raadsvoorstel"),
        ("Besluitenlijst college 14 maart 2023", "collegebesluit"),
        ("Besluitenlijst raadsvergadering 14 maart 2023", "brief"),
        ("Amendement A3 Parkeren", "amendement"),
        ("Bijlage 2 kaart", "brief"),
    ],
)
def test_document_kinds_from_titles(title: str, kind: str) -> None:
    from besluitspoor.ris.records import document_kind

    assert document_kind(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Gemeenteraad", "raadsvergadering"),
        ("Raadsvergadering 7 november 2024", "raadsvergadering"),
        ("Commissie Ruimte", "commissievergadering"),
        ("Raadsinformatiebijeenkomst", "commissievergadering"),
        ("Beeldvormende sessie raad", "commissievergadering"),
        ("College van B&W", "collegebesluit"),
        ("Collegevergadering", "collegebesluit"),
        ("Auditcommissie", "commissievergadering"),
    ],
)
def test_meeting_kinds_from_titles(title: str, kind: str) -> None:
    from besluitspoor.ris.records import meeting_kind

    assert meeting_kind(title) == kind


def test_obv_unknown_organisation_and_entity_are_exit_2(run: Run, replay: Any) -> None:
    replay(OpenBesluitvorming())
    result = run("ris", "search", "obv:nergens", "-q", "x")
    assert result.exit_code == 2 and "bestaat niet" in result.stderr
    _dossier(run, "sociaal-team", "Zeestrand", "2023-01-01")
    result = run("ris", "import", "sociaal-team", "obv:zeestrand", "meeting:ibabs:gemeente:x:1")
    assert result.exit_code == 2 and "404" in result.stderr
    assert run("ris", "moties", "obv:zeestrand").exit_code == 2  # no registers there


def test_what_ris_remembers_follows_the_dossier(run: Run, db: TestDb) -> None:
    """Seen when trying ris: a removed register left its digests behind, and a register
    renamed by hand lost them, so every item counted as changed by hand."""
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES).exit_code == 0
    moved = run("dossier", "edit", "register-oosthaven", "--set", "id=moties-oosthaven")
    assert moved.exit_code == 0, moved.output
    owners = {r[0] for r in db.rows("SELECT dossier_id FROM source_item")}
    assert owners == {"moties-oosthaven"}
    assert run("dossier", "remove", "moties-oosthaven", "--yes").exit_code == 0
    assert db.rows("SELECT count(*) FROM source_item") == [(0,)]


def test_a_meeting_answer_is_no_register(run: Run, db: TestDb) -> None:
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", MEETING)
    assert result.exit_code == 2
    assert "een antwoord met een vergadering, geen register" in result.stderr
    assert not db.exists() or "register-oosthaven" not in run("dossier", "list").stdout


def test_a_motions_own_term_from_the_register(run: Run, tmp_path: Path) -> None:
    """Notubiz attribute 28 ("Termijn afdoening") is the council's term for settling a motion:
    kept as its `due`, and the check measures against it, not against 90 days."""

    def attribute(number: int, label: str, content: str) -> dict[str, object]:
        return {"label": label, "id": number, "values": [{"meta_data": None, "content": content}]}

    item = {
        "id": 601,
        "attributes": [
            attribute(1, "Titel", "M7 Speeltuin Havenkwartier"),
            attribute(15, "Datum", "2024-01-16 00:00:00"),
            attribute(45, "Type", "Motie"),
            attribute(62, "Stemming", "Aangenomen"),
            attribute(28, "Termijn afdoening", "2024-02-15 00:00:00"),
        ],
    }
    page = tmp_path / "moties.json"
    page.write_text(
        json.dumps({"items": [item], "pagination": {"total_results": 1}}), encoding="utf-8"
    )
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", str(page)).exit_code == 0
    motion = _steps(run, "register-oosthaven")["motie-nb-601"]
    assert motion["due"] == "2024-02-15"
    result = run("check", "register-oosthaven", "--as-of", "2024-03-01", "-f", "json")
    findings = json.loads(result.stdout)
    text = json.dumps(findings, ensure_ascii=False)
    assert "niet afgedaan binnen de termijn van de raad (15 februari 2024)" in text


def test_a_motion_keeps_the_meeting_it_was_submitted_in(run: Run, tmp_path: Path) -> None:
    """Notubiz attribute 54 ("Ingediend in") labels the agenda item with its meeting: the
    motion keeps it, is dated by it where the register gives no date, and voted in it."""

    def submitted(label: str) -> dict[str, object]:
        meta = {"reference_model": "agenda_item", "label": label}
        return {"label": "Ingediend in", "id": 54, "values": [{"meta_data": meta, "content": 7}]}

    def item(number: int, *attributes: dict[str, object]) -> dict[str, object]:
        title = {"label": "Titel", "id": 1, "values": [{"content": f"M{number} Speeltuin"}]}
        vote = {"label": "Stemming", "id": 62, "values": [{"content": "Aangenomen"}]}
        return {"id": number, "attributes": [title, vote, *attributes]}

    dated = {"label": "Datum", "id": 15, "values": [{"content": "2024-03-12 00:00:00"}]}
    items = [
        item(701, submitted("Motie speeltuin (Gemeenteraad 14-03-2024 19:30)"), dated),
        item(702, submitted("Motie (x) speeltuin (Raadsvergadering 4-4-2024 20:00)")),
        item(703, submitted("Motie zonder vergadering")),
    ]
    items[2]["creation_date"] = "2024-05-01 10:00:00"
    page = tmp_path / "moties.json"
    page.write_text(json.dumps({"items": items}), encoding="utf-8")
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", str(page))
    assert result.exit_code == 0, result.output
    steps = _steps(run, "register-oosthaven")
    first, second, third = steps["motie-nb-701"], steps["motie-nb-702"], steps["motie-nb-703"]
    assert (first["date"], first["vote_date"]) == ("2024-03-12", "2024-03-14")
    assert first["body"] == "Ingediend in: Gemeenteraad 14-03-2024 19:30"
    assert (second["date"], second["vote_date"]) == ("2024-04-04", "2024-04-04")
    assert second["body"] == "Ingediend in: Raadsvergadering 4-4-2024 20:00"
    assert third["date"] == "2024-05-01" and "body" not in third


def test_an_ibabs_motion_keeps_its_meeting_from_the_agenda_item(run: Run) -> None:
    """iBabs gives the meeting on the first line of "Agendapunt" (the item's title below it)."""
    saved = str(RIS / "ibabs-havenstad-motie-aangenomen.xml")
    assert run("ris", "moties", "ibabs:Havenstad", "--from-file", saved).exit_code == 0
    motion = _steps(run, "register-havenstad")["motie-ib-412"]
    assert motion["body"] == "Ingediend in: Gemeenteraad 14-3-2024"
    assert motion["vote_date"] == "2024-03-14"


def test_another_councils_records_need_force(run: Run) -> None:
    _dossier(run, "parkeren", "Haarlem", "2024-02-01")
    args = (
        "ris",
        "import",
        "parkeren",
        "notubiz:oosthaven",
        "meeting:70001",
        "--from-file",
        MEETING,
    )
    refused = run(*args)
    assert refused.exit_code == 2
    assert "notubiz:oosthaven is de bron van een andere gemeente dan Haarlem" in refused.stderr
    assert _steps(run, "parkeren") == {}
    assert run(*args, "--force").exit_code == 0


def test_the_same_letter_from_the_council_and_from_a_file_is_one_step(
    run: Run, tmp_path: Path
) -> None:
    _dossier(run, "buurtteam", "Oosthaven", "1 februari 2024")
    args = ("ris", "import", "buurtteam", "notubiz:oosthaven", "document:80011")
    assert run(*args, "--from-file", MEETING).exit_code == 0
    draft = tmp_path / "brief.yaml"
    letter = Path(__file__).parent / "corpus" / "extract" / "rib-buurtteam.txt"
    assert run("extract", str(letter), "--dossier", "buurtteam", "-o", str(draft)).exit_code == 0
    result = run("import", str(draft), "--merge", "--json")
    assert result.exit_code == 0, result.output
    letters = [s for s in _steps(run, "buurtteam").values() if s["kind"] == "raadsinformatiebrief"]
    assert [s["id"] for s in letters] == ["rib-nb-80011"]


# A letter of our own making, in the shape OpenBesluitvorming gives a document: its text as
# `markdownText`, its `sortDate` the meeting it was listed at.
_LETTER = """# Raadsinformatiebrief

Gemeente Zeestrand

Datum: 17 januari 2023
Onderwerp: Start van het sociaal team

Geachte leden van de raad,

Het college heeft op 13 december 2022 besloten het sociaal team per 1 januari 2023 in te richten.
Op 1 januari 2023 is het sociaal team van start gegaan.

Wij zullen u voor 1 juli 2023 informeren over de eerste ervaringen van het sociaal team.

Met vriendelijke groet,
het college van burgemeester en wethouders van Zeestrand
"""
_DOC_URL = "https://api1.ibabs.eu/publicdownload.aspx?site=Zeestrand&id=d0c0e000-0000-4000-8000-000000000201"


def _document_entity(text: str | None) -> dict[str, Any]:
    entity: dict[str, Any] = {
        "entityId": OBV_REFS[1],
        "entityType": "Document",
        "title": "Raadsinformatiebrief start sociaal team",
        "sortDate": "2023-01-24T18:00:00Z",
        "downloadUrl": _DOC_URL,
    }
    if text is not None:
        entity["markdownText"] = text
    return entity


def test_ris_import_drafts_what_a_document_states(run: Run, tmp_path: Path) -> None:
    """The document comes in as a step and its contents as a draft to review, made against
    the dossier: the letter just imported is the same letter, so merging adds no second one."""
    _dossier(run, "sociaal-team", "Zeestrand", "2023-01-01")
    saved = tmp_path / "brief.json"
    saved.write_text(json.dumps(_document_entity(_LETTER)), encoding="utf-8")
    folder = tmp_path / "concepten"
    result = run(
        "ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[1],
        "--from-file", str(saved), "--drafts", str(folder), "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    [draft] = json.loads(result.stdout)["drafts"]
    assert Path(draft).name == "rib-ib-d0c0e000-8c9918c4.yaml"  # the step's id
    assert "1 concept in" in result.stderr and f"import {folder} --merge" in result.stderr
    text = Path(draft).read_text(encoding="utf-8")
    assert f"source: {_DOC_URL}" in text
    assert "# al vastgelegd: --merge slaat dit over\n  - id: rib-ib" in text
    merged = run("import", str(folder), "--merge")
    assert merged.exit_code == 0, merged.output
    steps = _steps(run, "sociaal-team")
    assert len([s for s in steps.values() if s["kind"] == "raadsinformatiebrief"]) == 1
    # Dated by the letter itself (17 January), not by the meeting it was listed at (24th).
    assert [s["date"] for s in steps.values() if s["kind"] == "raadsinformatiebrief"] == [
        "2023-01-17"
    ]
    assert any(s["kind"] == "collegebesluit" and s["date"] == "2022-12-13" for s in steps.values())
    promises = json.loads(run("export", "sociaal-team", "--format", "json").stdout)["promises"]
    assert [p["due"] for p in promises] == ["2023-07-01"]
    again = run(
        "ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[1],
        "--from-file", str(saved), "--drafts", str(folder),
    )  # fmt: skip
    assert again.exit_code == 0 and "niets nieuws" in again.stderr
    assert "bestaat al en blijft zoals het is" in again.stderr  # a reviewer's file is kept
    assert Path(draft).read_text(encoding="utf-8") == text
    Path(draft).unlink()
    again = run(
        "ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[1],
        "--from-file", str(saved), "--drafts", str(folder),
    )  # fmt: skip
    redrafted = Path(draft).read_text(encoding="utf-8")  # now everything in it is recorded
    assert "niet herhaald" in redrafted and "promises/" in redrafted
    meeting = run(
        "ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[0],
        "--from-file", OBV["vergadering"], "--drafts", str(folder),
    )  # fmt: skip
    assert meeting.exit_code == 0 and "noem ze als document:" in meeting.stderr


def test_ris_import_downloads_a_document_without_text(run: Run, replay: Any) -> None:
    """iBabs' download addresses end in .aspx: the file's type is told by its first bytes."""
    import httpx

    asked: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.host)
        if request.url.host == "api1.ibabs.eu":
            page = "<html><body>" + "".join(
                f"<p>{line}</p>" for line in _LETTER.splitlines() if line.strip()
            )
            return httpx.Response(200, content=(page + "</body></html>").encode())
        return httpx.Response(200, json=_document_entity(None))

    replay(server)
    _dossier(run, "sociaal-team", "Zeestrand", "2023-01-01")
    folder = "concepten"
    result = run("ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[1], "--drafts", folder)
    assert result.exit_code == 0, result.output
    assert asked == ["openbesluitvorming.nl", "api1.ibabs.eu"]
    [draft] = Path(folder).glob("*.yaml")
    assert "voor 1 juli 2023" in draft.read_text(encoding="utf-8")


def test_ris_import_names_a_document_it_cannot_read_and_keeps_the_import(
    run: Run, replay: Any
) -> None:
    import httpx

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api1.ibabs.eu":
            return httpx.Response(200, content=b"%PDF-1.4\n%%EOF\n")  # a scan: no text
        return httpx.Response(200, json=_document_entity(None))

    replay(server)
    _dossier(run, "sociaal-team", "Zeestrand", "2023-01-01")
    result = run("ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[1], "--drafts", "c")
    assert result.exit_code == 2
    assert _DOC_URL in result.stderr and "/tmp" not in result.stderr
    assert any(s["kind"] == "raadsinformatiebrief" for s in _steps(run, "sociaal-team").values())


def test_a_supplier_root_is_pointed_at_a_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    from besluitspoor.ris.suppliers import mirrored

    public = "https://api.notubiz.nl/events/meetings/70001"
    assert mirrored(public) == public
    monkeypatch.setenv("BESLUITSPOOR_NOTUBIZ_URL", "http://127.0.0.1:9/notubiz/")
    assert mirrored(public) == "http://127.0.0.1:9/notubiz/events/meetings/70001"
    assert mirrored("https://openbesluitvorming.nl/api/search") == (
        "https://openbesluitvorming.nl/api/search"  # only the supplier pointed elsewhere
    )


def test_a_source_names_every_supplier_it_could_be(run: Run) -> None:
    result = run("ris", "search", "ris:alkmaar", "-q", "x")
    assert result.exit_code == 2
    assert "schrijf notubiz:<organisatie>, ibabs:<site> of obv:<organisatie>" in result.stderr


@pytest.mark.parametrize(
    "answer",
    [
        '{"results": [{"entityId": 5, "entityType": ["Meeting"], "title": {"a": 1}}]}',
        "[" * 50000 + "]" * 50000,
        '{"results": [{"entityId": "meeting:ibabs:gemeente:x:1", "entityType": "Meeting",'
        ' "title": "Raad", "sortDate": "0001-01-01T00:00:00-14:00"}]}',
    ],
    ids=["wrong-types", "deep", "year-one"],
)
def test_a_hostile_answer_is_a_located_refusal_never_an_internal_error(
    run: Run, tmp_path: Path, answer: str
) -> None:
    saved = tmp_path / "antwoord.json"
    saved.write_text(answer, encoding="utf-8")
    result = run("ris", "search", "obv:zeestrand", "--from-file", str(saved))
    assert result.exit_code in (0, 2), result.output
    assert "interne fout" not in result.stderr
    if result.exit_code == 2:
        assert str(saved) in result.stderr


def test_supplier_ids_that_read_alike_stay_two_steps() -> None:
    from besluitspoor.ris.register import source_slug

    assert source_slug("501") == "501" and source_slug("E-412") == "e-412"  # as before
    assert source_slug("A.1") != source_slug("a-1")
    assert source_slug("★") != source_slug("☆")  # no Latin letter or digit: not both 'item'


def test_ris_import_adds_what_a_document_states_marked_to_review(run: Run, tmp_path: Path) -> None:
    _dossier(run, "sociaal-team", "Zeestrand", "2023-01-01")
    saved = tmp_path / "brief.json"
    saved.write_text(json.dumps(_document_entity(_LETTER)), encoding="utf-8")
    plain = run(
        "ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[1],
        "--from-file", str(saved), "--no-documents",
    )  # fmt: skip
    assert plain.exit_code == 0, plain.output
    assert [s["kind"] for s in _steps(run, "sociaal-team").values()] == ["raadsinformatiebrief"]
    result = run("ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[1],
                 "--from-file", str(saved), "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    added = json.loads(result.stdout)["from_documents"]
    assert "steps.cb-2022-12-13" in added  # the decision the letter reports
    data = json.loads(run("export", "sociaal-team", "-f", "json").stdout)
    drafted = [s for s in data["steps"] if s["id"] == "cb-2022-12-13"]
    assert drafted and drafted[0]["review"] and drafted[0]["quote"]
    again = run("ris", "import", "sociaal-team", "obv:zeestrand", OBV_REFS[1],
                "--from-file", str(saved), "--json")  # fmt: skip
    assert json.loads(again.stdout)["from_documents"] == []  # nothing twice


def test_obv_search_leaves_out_hits_of_another_municipality(run: Run, tmp_path: Path) -> None:
    """Wassenaar and Voorschoten share an iBabs site, harvested under one key: a search for
    the one gives the other's documents too, named by their organisation."""
    hits = json.loads(Path(OBV["zoeken"]).read_text(encoding="utf-8"))
    hits["results"][1]["organization"] = "Voorschoten"
    saved = tmp_path / "zoeken.json"
    saved.write_text(json.dumps(hits), encoding="utf-8")
    result = run("ris", "search", "obv:zeestrand", "--from-file", str(saved), "--json")
    assert result.exit_code == 0, result.output
    assert hits["results"][1]["entityId"] not in {c["ref"] for c in json.loads(result.stdout)}
    assert "1 item van een andere gemeente dan zeestrand overgeslagen" in result.stderr


def test_search_titles_wrap_at_words_under_themselves(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from besluitspoor.cli import base

    monkeypatch.setenv("COLUMNS", "80")
    base.out.cache_clear()
    hits = json.loads(Path(OBV["zoeken"]).read_text(encoding="utf-8"))
    hits["results"][1]["title"] = "Raadsinformatiebrief over de " + "zeer lange " * 12 + "titel"
    saved = tmp_path / "zoeken.json"
    saved.write_text(json.dumps(hits), encoding="utf-8")
    result = run("ris", "search", "obv:zeestrand", "--from-file", str(saved))
    base.out.cache_clear()
    titles = [line for line in result.stdout.splitlines() if line.startswith(" " * 12)]
    assert len(titles) > len(hits["results"])  # the long one took more than one line
    assert all(len(line) <= 80 and not line.endswith(" ") for line in titles)
    assert all(not line[12:].startswith(" ") for line in titles)  # each under the title


def test_a_date_window_applies_to_saved_answers_too(run: Run) -> None:
    result = run(
        "ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES, "--date-from", "2024-01-01"
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "motie-nb-503" not in _steps(run, "register-oosthaven")  # of 8 November 2023
    assert "motie-nb-501" in _steps(run, "register-oosthaven")


def test_insprekers_are_never_stored_by_name() -> None:
    from besluitspoor.ris.records import Meeting
    from besluitspoor.ris.trail import candidates

    meeting = Meeting(
        "nb", "7", "Gemeenteraad", date(2024, 3, 19),
        agenda=("Opening", "Inspreker: mevrouw J. Jansen, Dorpsstraat 1", "Begroting 2024"),
    )  # fmt: skip
    (found,) = candidates([meeting], [])
    assert found.step is not None
    assert found.step["agenda"] == ["Opening", "Inspreker", "Begroting 2024"]


def test_pages_that_overlap_give_each_item_once(run: Run) -> None:
    result = run("ris", "moties", "notubiz:Oosthaven", "--from-file", PAGES[0], PAGES[0], *PAGES)
    assert result.exit_code == 0, result.output
    assert "dubbel in de antwoorden" in result.stderr
    assert "motie-nb-501" in _steps(run, "register-oosthaven")


def test_a_register_item_renamed_or_removed_by_hand_is_not_added_again(run: Run) -> None:
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES).exit_code == 0
    renamed = run("step", "edit", "motie-nb-501", "--set", "id=motie-zwemles")
    assert renamed.exit_code == 0, renamed.output
    assert run("step", "remove", "amendement-nb-502", "--yes").exit_code == 0
    again = run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES)
    assert again.exit_code == 0, again.output
    steps = _steps(run, "register-oosthaven")
    assert "motie-zwemles" in steps and "motie-nb-501" not in steps  # no second copy
    assert "amendement-nb-502" not in steps  # the removal stands
    assert "met de hand hernoemd of verwijderd" in again.stderr
    forced = run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES, "--force")
    assert forced.exit_code == 0 and "amendement-nb-502" in _steps(run, "register-oosthaven")


def test_a_re_read_of_more_items_than_one_statement_takes(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL takes 65,535 parameters a statement: the items a re-read changed are written
    in chunks (here of 2, so that three items take two statements)."""
    from besluitspoor.ris import sync

    monkeypatch.setattr(sync, "CHUNK", 2)
    assert run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES).exit_code == 0
    again = run("ris", "moties", "notubiz:Oosthaven", "--from-file", *PAGES, "--force")
    assert again.exit_code == 0, again.output
    assert "niets nieuws" in again.stderr
