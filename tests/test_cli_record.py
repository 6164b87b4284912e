"""Recording a trail from the terminal, as a volunteer does it, through the real CLI."""

from __future__ import annotations

import json

import pytest
from tests.conftest import Run, TestDb


@pytest.fixture
def dossier(run: Run) -> Run:
    result = run(
        "dossier",
        "add",
        "--title",
        "Sociaal Team Wassenaar",
        "--municipality",
        "Wassenaar",
        "--profile",
        "beleidswijziging-sociaal-domein",
        "--domain",
        "sociaal",
        "--start",
        "1 januari 2023",
        "--affects-residents",
        "yes",
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "wassenaar-sociaal-team"
    return run


def _data(run: Run) -> dict:  # type: ignore[type-arg]
    result = run("dossier", "show", "wassenaar-sociaal-team", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_record_a_trail_step_by_step(dossier: Run) -> None:
    run = dossier
    steps = [
        ("rib", "--date", "juni 2022", "--title", "Voortgang inrichting", "--id", "rib-2022-06"),
        (
            "commissie",
            "--date",
            "30 november 2022",
            "--committee",
            "Mens en Maatschappij",
            "--nature",
            "presentatie",
            "--title",
            "Presentatie",
        ),
        (
            "collegebesluit",
            "--date",
            "13 dec. 2022",
            "--time",
            "ochtend",
            "--decision",
            "organisatorisch",
            "--title",
            "Vasthouden aan plan",
        ),
        ("motie", "--date", "2022-12-13", "--title", "Motie SMOW", "--requests", "Overleg"),
        (
            "rib",
            "--date",
            "18-1-2023",
            "--title",
            "Start",
            "--reports",
            "cb-2022-12-13",
        ),
    ]
    ids = []
    for kind, *args in steps:
        result = run("add", kind, "wassenaar-sociaal-team", *args)
        assert result.exit_code == 0, result.output
        ids.append(result.stdout.strip())
    assert ids == [
        "rib-2022-06",
        "cie-2022-11-30",
        "cb-2022-12-13",
        "motie-2022-12-13",
        "rib-2023-01-18",
    ]
    assert (
        run(
            "randvoorwaarde",
            "add",
            "wassenaar-sociaal-team",
            "--text",
            "Convenant",
            "--named-in",
            "rib-2022-06",
            "--critical",
        ).stdout.strip()
        == "convenant"
    )
    assert (
        run(
            "toezegging",
            "add",
            "wassenaar-sociaal-team",
            "--text",
            "Raad informeren in november",
            "--made-in",
            "rib-2022-06",
            "--due",
            "november 2022",
        ).exit_code
        == 0
    )
    assert (
        run(
            "toezegging", "nagekomen", "raad-informeren-november", "--by", "cie-2022-11-30"
        ).exit_code
        == 0
    )
    assert run("motie", "aangenomen", "motie-2022-12-13", "--on", "2022-12-13").exit_code == 0
    assert run("randvoorwaarde", "vervuld", "convenant", "--on", "1 september 2023").exit_code == 0
    data = _data(run)
    assert [s["date"] for s in data["steps"]] == [
        "2022-06",
        "2022-11-30",
        "2022-12-13",
        "2022-12-13",
        "2023-01-18",
    ]
    assert data["steps"][4]["reports"] == ["cb-2022-12-13"]
    assert data["steps"][3]["status"] == "aangenomen"
    assert data["preconditions"] == [
        {
            "id": "convenant",
            "text": "Convenant",
            "named_in": "rib-2022-06",
            "status": "vervuld",
            "met_on": "2023-09-01",
            "critical": True,
        }
    ]
    assert data["promises"][0]["status"] == "nagekomen"
    shown = run("dossier", "show", "wassenaar-sociaal-team")
    assert shown.exit_code == 0
    for text in (
        "jun 2022",
        "30 nov 2022",
        "13 dec 2022",
        "▶ ingangsdatum",
        "Convenant",
        "vervuld (1 sep 2023)",
    ):
        assert text in shown.stdout, shown.stdout
    # the order of the trail: the start marker falls between December and January
    assert (
        shown.stdout.index("13 dec 2022")
        < shown.stdout.index("▶")
        < shown.stdout.index("18 jan 2023")
    )


def test_dangling_reference_is_refused_and_nothing_stored(dossier: Run, db: TestDb) -> None:  # type: ignore[no-untyped-def]
    before = db.snapshot()
    result = dossier(
        "add",
        "rib",
        "wassenaar-sociaal-team",
        "--date",
        "2023-01-18",
        "--title",
        "Start",
        "--reports",
        "cb-2022-12-31",
    )
    assert result.exit_code == 2
    assert "--reports: geen stap 'cb-2022-12-31' in dossier" in result.stderr
    assert db.snapshot() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--date", "31 februari 2023", "--title", "X"),
            "--date: '31 februari 2023' is geen bestaande datum",
        ),
        (
            ("--date", "2023-01-01", "--title", "X", "--decision", "organisatorsch"),
            "--decision: besluit 'organisatorsch' is onbekend; bedoelde u 'organisatorisch'?",
        ),
        (
            ("--date", "2023-01-01", "--title", "X", "--time", "nacht"),
            "--time: 'nacht' is geen tijd",
        ),
    ],
)
def test_bad_values_are_refused(dossier: Run, args: tuple[str, ...], message: str) -> None:
    result = dossier("add", "collegebesluit", "wassenaar-sociaal-team", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_unknown_dossier_has_a_suggestion(dossier: Run) -> None:
    result = dossier("add", "overig", "wassenaar-sociaal", "--date", "2023", "--title", "X")
    assert result.exit_code == 2
    assert (
        "geen dossier 'wassenaar-sociaal' in de database; bedoelde u 'wassenaar-sociaal-team'?"
        in result.stderr
    )


def test_missing_required_option_in_a_script_fails_instead_of_hanging(dossier: Run) -> None:
    result = dossier("add", "rib", "wassenaar-sociaal-team", "--date", "2023-01-18")
    assert result.exit_code == 2
    assert "--title is verplicht" in result.stderr


def test_step_edit_and_remove(loaded: Run, db: TestDb) -> None:  # type: ignore[no-untyped-def]
    run = loaded
    edited = run(
        "step", "edit", "cb-2022-12-13", "--set", "time=09:30", "--set", "body=Nieuwe samenvatting"
    )
    assert edited.exit_code == 0, edited.output
    shown = json.loads(run("step", "show", "cb-2022-12-13", "--json").stdout)
    assert shown["time"] == "09:30"
    assert shown["referred_by"] == ["steps.rib-2023-01-18.reports"]
    refused = run("step", "remove", "cb-2022-12-13", "--yes")
    assert refused.exit_code == 2
    assert "wordt genoemd in steps.rib-2023-01-18.reports" in refused.stderr
    assert run("step", "edit", "motie-smow", "--unset", "refs").exit_code == 0
    before = db.snapshot()
    no_yes = run("step", "remove", "raad-2022-12-13")  # not on a terminal, no --yes
    assert no_yes.exit_code == 2
    assert "bevestig met --yes" in no_yes.stderr
    assert db.snapshot() == before
    assert run("step", "remove", "raad-2022-12-13", "--yes").exit_code == 0
    ids = [
        s["id"] for s in json.loads(run("step", "list", "wassenaar-sociaal-team", "--json").stdout)
    ]
    assert "raad-2022-12-13" not in ids


def test_same_step_id_in_two_dossiers_needs_dossier_option(loaded: Run) -> None:
    run = loaded
    run(
        "add",
        "overig",
        "westland-adviesraad",
        "--id",
        "cb-2022-12-13",
        "--date",
        "2022",
        "--title",
        "Zelfde id",
    )
    result = run("step", "show", "cb-2022-12-13")
    assert result.exit_code == 2
    assert "staat in meer dossiers" in result.stderr
    assert run("step", "show", "cb-2022-12-13", "-d", "westland-adviesraad").exit_code == 0


def test_dossier_edit_nested_and_lists(loaded: Run) -> None:
    run = loaded
    result = run(
        "dossier",
        "edit",
        "wassenaar-sociaal-team",
        "--set",
        "costs.amount=250000",
        "--set",
        "costs.covered_by=geen",
        "--set",
        "goals=Eén loket",
        "--set",
        "goals=Snellere hulp, minder wachten",
        "--set",
        "evaluation.date=2024",
        "--set",
        "facts.within_plan=ja",
    )
    assert result.exit_code == 0, result.output
    info = _data(run)["dossier"]
    assert info["costs"] == {"amount": 250000, "covered_by": "geen"}
    assert info["goals"] == ["Eén loket", "Snellere hulp, minder wachten"]
    assert info["evaluation"] == {"date": "2024"}
    assert info["facts"] == {"within_plan": "yes", "affects_residents": "yes"}
    bad = run("dossier", "edit", "wassenaar-sociaal-team", "--set", "domain=zorg")
    assert bad.exit_code == 2
    assert "--set domain: domein 'zorg' is onbekend" in bad.stderr


def test_dossier_remove_needs_yes_in_scripts(loaded: Run) -> None:
    assert loaded("dossier", "remove", "westland-adviesraad").exit_code == 2
    assert loaded("dossier", "remove", "westland-adviesraad", "--yes").exit_code == 0
    assert "westland" not in loaded("dossier", "list").stdout


def test_lists_as_json(loaded: Run) -> None:
    rows = json.loads(loaded("dossier", "list", "--json").stdout)
    assert {r["id"] for r in rows} >= {"wassenaar-sociaal-team", "alblasserdam-gr-sociaal"}
    wassenaar = next(r for r in rows if r["id"] == "wassenaar-sociaal-team")
    assert wassenaar["steps"] == 9
    pres = json.loads(loaded("randvoorwaarde", "list", "wassenaar-sociaal-team", "--json").stdout)
    assert len(pres) == 7
    promises = loaded("toezegging", "list", "alblasserdam-gr-sociaal")
    assert "concept-gr-juni" in promises.stdout


def test_english_labels(loaded: Run) -> None:
    result = loaded("--lang", "en", "dossier", "show", "wassenaar-sociaal-team")
    assert "Preconditions" in result.stdout and "▶ start" in result.stdout


def test_internal_error_is_one_line_and_exit_3(
    loaded: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from besluitspoor.store import reading

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(reading, "summaries", broken)
    result = loaded("dossier", "list")
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        "interne fout: RuntimeError: disk on fire (--debug of BESLUITSPOOR_DEBUG=1 toont de "
        "traceback)"
    ]


def test_a_promise_due_in_a_councils_words_becomes_overdue(dossier: Run) -> None:
    result = dossier(
        "toezegging", "add", "wassenaar-sociaal-team", "--text", "Evaluatie naar de raad",
        "--due", "derde kwartaal 2023",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (promise,) = _data(dossier)["promises"]
    assert promise["due"] == "2023-07/2023-09"
    checked = dossier("check", "wassenaar-sociaal-team", "--as-of", "2023-10-02", "-f", "json")
    rules = {f["rule"] for f in json.loads(checked.stdout)["dossiers"][0]["findings"]}
    assert "toezegging-verlopen" in rules


def test_removing_a_referred_step_is_refused_before_asking(loaded: Run) -> None:
    """A user is not asked to confirm a removal that is then refused (issue 25.15)."""
    result = loaded("step", "remove", "rib-2022-06")  # no --yes, not a terminal
    assert result.exit_code == 2
    assert "wordt genoemd in" in result.stderr
    assert "--yes" not in result.stderr
    result = loaded("toezegging", "remove", "informeren-november")
    assert result.exit_code == 2 and "--yes" in result.stderr  # nothing refers to it: asked


def test_a_slash_date_says_how_it_was_read(dossier: Run) -> None:
    """02/08/2023 could be two days: the reading taken is said; 2023/02/08 is taken as it is
    (issue 25.17)."""
    result = dossier("add", "rib", "wassenaar-sociaal-team", "--date", "02/08/2023", "--title", "A")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "rib-2023-08-02"
    assert "--date 02/08/2023: gelezen als dag/maand/jaar, 2 augustus 2023" in result.stderr
    result = dossier("add", "rib", "wassenaar-sociaal-team", "--date", "2023/02/09", "--title", "B")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "rib-2023-02-09" and "gelezen als" not in result.stderr
    result = dossier("add", "rib", "wassenaar-sociaal-team", "--date", "13/02/2023", "--title", "C")
    assert "gelezen als" not in result.stderr  # only one reading is a date
