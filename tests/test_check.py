"""`besluitspoor check` as people and scripts use it: the Wassenaar case exactly, Alblasserdam
before and after its start, no false alarms, and the command's contract."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import CORPUS, Run, TestDb


def findings(run: Run, *args: str) -> list[dict]:  # type: ignore[type-arg]
    result = run("check", *args, "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return [f for d in data["dossiers"] for f in d["findings"]]


def test_wassenaar_is_exactly_as_rules_md_says(loaded: Run) -> None:
    got = Counter(
        (f["severity"], f["kind"], f["rule"])
        for f in findings(loaded, "wassenaar-sociaal-team", "--as-of", "2023-02-08")
    )
    expected = Counter(
        {
            ("warning", "violation", "randvoorwaarde-niet-vervuld"): 7,
            ("warning", "violation", "afwijking-randvoorwaarden-niet-gemeld"): 1,
            ("warning", "violation", "raad-niet-vooraf-geinformeerd"): 1,
            ("warning", "violation", "inwoners-niet-geinformeerd"): 1,
            ("warning", "violation", "advies-niet-gevraagd"): 1,
            ("warning", "violation", "doelen-ontbreken"): 1,
            ("warning", "violation", "kosten-ontbreken"): 1,
            ("warning", "violation", "evaluatie-ontbreekt"): 1,
            ("info", "note", "collegebevoegdheid"): 1,
            ("info", "violation", "toezegging-via-presentatie"): 1,
            ("info", "violation", "alleen-presentatie"): 1,
            ("info", "violation", "collegebesluit-voor-motie"): 1,
            ("info", "needs-data", "verordening-zonder-raadsbesluit"): 1,
            ("info", "needs-data", "buiten-beleidsplan"): 1,
        }
    )
    assert got == expected
    subjects = {
        f["subject"]
        for f in findings(
            loaded,
            "wassenaar-sociaal-team",
            "--as-of",
            "2023-02-08",
            "--select",
            "randvoorwaarde-niet-vervuld",
        )
    }
    assert subjects == {
        "convenant",
        "registratiesysteem",
        "werkprocessen",
        "aansturing",
        "regie",
        "huisvesting",
        "communicatie-inwoners",
    }


def test_wassenaar_exit_codes(loaded: Run) -> None:
    args = ("check", "wassenaar-sociaal-team", "--as-of", "2023-02-08")
    assert loaded(*args).exit_code == 0  # no error: the default --fail-on error passes
    assert loaded(*args, "--fail-on", "warning").exit_code == 1
    assert loaded(*args, "--fail-on", "info").exit_code == 1
    assert loaded(*args, "--fail-on", "never", "--ignore", "doelen-ontbreken").exit_code == 0


ALBLASSERDAM = {
    # Before the start: the council's consent and the college's decision are still to come,
    # and so are the two promises.
    "2021-04-01": {
        ("warning", "violation", "advies-niet-gevraagd", "rb-2021-03-30-uitgangspunten"),
        ("warning", "violation", "doelen-ontbreken", None),
        ("warning", "violation", "evaluatie-ontbreekt", None),
        ("warning", "violation", "kosten-ontbreken", None),
        ("info", "pending", "stap-ontbreekt", "toestemming"),
        ("info", "pending", "stap-ontbreekt", "treffen"),
        ("info", "pending", "toezegging-verlopen", "concept-gr-juni"),
        ("info", "pending", "toezegging-verlopen", "inrichtingsplan"),
    },
    # After the start: nothing of that is recorded, so the missing consent is an error.
    "2022-02-01": {
        ("error", "violation", "stap-ontbreekt", "toestemming"),
        ("error", "violation", "stap-ontbreekt", "treffen"),
        ("warning", "violation", "advies-niet-gevraagd", "rb-2021-03-30-uitgangspunten"),
        ("warning", "violation", "doelen-ontbreken", None),
        ("warning", "violation", "evaluatie-ontbreekt", None),
        ("warning", "violation", "kosten-ontbreken", None),
        ("warning", "violation", "toezegging-verlopen", "concept-gr-juni"),
        ("warning", "violation", "toezegging-verlopen", "inrichtingsplan"),
    },
}


@pytest.mark.parametrize("as_of", sorted(ALBLASSERDAM))
def test_alblasserdam_before_and_after_its_start(loaded: Run, as_of: str) -> None:
    got = {
        (f["severity"], f["kind"], f["rule"], f["subject"])
        for f in findings(loaded, "alblasserdam-gr-sociaal", "--as-of", as_of)
    }
    assert got == ALBLASSERDAM[as_of]


@pytest.mark.parametrize("name", ["verordening-by-the-book", "college-power-by-the-book"])
def test_no_false_alarms_for_trails_recorded_by_the_book(run: Run, name: str) -> None:
    assert run("import", str(CORPUS / "good" / f"{name}.yaml")).exit_code == 0
    for as_of in ("2024-08-01", "2026-01-01"):
        found = findings(run, "--as-of", as_of)
        loud = [f for f in found if f["severity"] in ("error", "warning")]
        assert loud == [], loud
    result = run("check", "--as-of", "2024-08-01", "--fail-on", "warning")
    assert result.exit_code == 0


def test_college_power_gets_the_note_and_nothing_else(run: Run) -> None:
    run("import", str(CORPUS / "good" / "college-power-by-the-book.yaml"))
    found = findings(run, "--as-of", "2024-08-01")
    assert [(f["rule"], f["kind"]) for f in found] == [("collegebevoegdheid", "note")]
    assert "nog onbekend" not in found[0]["message"]  # every fact is known


def test_json_shape_is_versioned_and_sorted(loaded: Run) -> None:
    result = loaded("check", "--as-of", "2023-02-08", "--format", "json")
    data = json.loads(result.stdout)
    assert data["format"] == "besluitspoor-check/1"
    assert data["as_of"] == "2023-02-08"
    assert [d["id"] for d in data["dossiers"]] == sorted(d["id"] for d in data["dossiers"])
    assert set(data["summary"]) == {"error", "warning", "info"}
    order = {"error": 0, "warning": 1, "info": 2}
    for dossier in data["dossiers"]:
        assert set(dossier) == {"id", "profile", "findings"}
        keys = [(order[f["severity"]], f["rule"], f["subject"] or "") for f in dossier["findings"]]
        assert keys == sorted(keys)
        for f in dossier["findings"]:
            assert set(f) == {
                "rule",
                "kind",
                "severity",
                "dossier",
                "subject",
                "message",
                "source",
                "evidence",
            }
    total = sum(len(d["findings"]) for d in data["dossiers"])
    assert sum(data["summary"].values()) == total


def test_text_view_groups_by_severity_with_sources(loaded: Run) -> None:
    result = loaded("check", "wassenaar-sociaal-team", "--as-of", "2023-02-08")
    out = result.stdout
    assert out.index("Waarschuwingen (14)") < out.index("Info (6)")
    assert "bron: Gemeentewet art. 169 lid 2 · bewijs: cb-2022-12-13, rib-2023-01-18" in out
    assert "0 fouten, 14 waarschuwingen, 6 info (2023-02-08)" in result.stderr


def test_english(loaded: Run) -> None:
    result = loaded("--lang", "en", "check", "wassenaar-sociaal-team", "--as-of", "2023-02-08")
    assert "Warnings (14)" in result.stdout
    assert (
        "precondition 'Convenant tussen de samenwerkende organisaties' was not met" in result.stdout
    )


def test_markdown(loaded: Run) -> None:
    result = loaded("check", "wassenaar-sociaal-team", "--as-of", "2023-02-08", "--format", "md")
    assert result.stdout.startswith("# Bevindingen (2023-02-08)")
    assert "| ▲ waarschuwing | `raad-niet-vooraf-geinformeerd` |" in result.stdout  # Dutch words


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--select", "randvoorwaarde-niet-vervul"), "bedoelde u 'randvoorwaarde-niet-vervuld'"),
        (("--as-of", "2023-02"), "geef een dag"),
        (("--as-of", "31 februari 2023"), "--as-of:"),
        (("nope",), "geen dossier 'nope'"),
    ],
)
def test_bad_input_is_exit_2(loaded: Run, args: tuple[str, ...], message: str) -> None:
    result = loaded("check", *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_select_and_ignore(loaded: Run) -> None:
    only = findings(
        loaded, "--as-of", "2023-02-08", "--select", "doelen-ontbreken,kosten-ontbreken"
    )
    assert {f["rule"] for f in only} == {"doelen-ontbreken", "kosten-ontbreken"}
    rest = findings(loaded, "--as-of", "2023-02-08", "--ignore", "doelen-ontbreken")
    assert "doelen-ontbreken" not in {f["rule"] for f in rest}


def test_rules_and_profiles_commands(loaded: Run) -> None:
    listed = json.loads(loaded("rules", "--json").stdout)
    assert len(listed) == 38
    explained = loaded("rules", "gr-zienswijze-termijn")  # in Dutch, as the run is
    assert "Wgr art. 1 lid 2-3" in explained.stdout and "Fout:" in explained.stdout
    assert "Wrong" not in explained.stdout
    english = loaded("rules", "gr-zienswijze-termijn", "--lang", "en")
    assert "Wrong:" in english.stdout and "Fout" not in english.stdout
    profiles = {p["name"] for p in json.loads(loaded("profiles", "--json").stdout)}
    assert profiles == {
        "basis",
        "beleidswijziging",
        "beleidswijziging-sociaal-domein",
        "beleidsplan",
        "verordening",
        "begrotingswijziging",
        "gemeenschappelijke-regeling",
        "omgevingsvergunning",
        "besluit",
        "register",
    }
    gr = json.loads(loaded("profiles", "gemeenschappelijke-regeling", "--json").stdout)
    assert [s["id"] for s in gr["required_steps"]] == ["toestemming", "treffen"]
    assert "verordening-zonder-raadsbesluit" not in gr["rules"]  # off in basis
    social = json.loads(loaded("profiles", "beleidswijziging-sociaal-domein", "--json").stdout)
    assert social["rules"]["collegebevoegdheid"] == "info"
    plain = json.loads(loaded("profiles", "beleidswijziging", "--json").stdout)
    assert "advies-niet-gevraagd" not in plain["rules"]


def test_user_profiles_add_and_override(loaded: Run, tmp_path: Path) -> None:
    (tmp_path / "beleidswijziging-sociaal-domein.yaml").write_text(
        "name: beleidswijziging-sociaal-domein\nextends: basis\n"
        "rules:\n  doelen-ontbreken: error\n  randvoorwaarde-niet-vervuld: off\n",
        encoding="utf-8",
    )
    result = loaded(
        "--profiles",
        str(tmp_path),
        "check",
        "wassenaar-sociaal-team",
        "--as-of",
        "2023-02-08",
        "--format",
        "json",
        "--fail-on",
        "never",
    )
    found = json.loads(result.stdout)["dossiers"][0]["findings"]
    rules = {f["rule"]: f["severity"] for f in found}
    assert rules["doelen-ontbreken"] == "error"
    assert "randvoorwaarde-niet-vervuld" not in rules
    assert "collegebevoegdheid" not in rules  # the override extends basis, where it is off


def test_invalid_profile_is_a_located_error(loaded: Run, tmp_path: Path) -> None:
    (tmp_path / "mijn-profiel.yaml").write_text(
        "name: mijn-profiel\nextends: basis\nrules:\n  doelen-ontbreekt: error\n"
        "required_steps:\n  - id: x\n    kind: raadsbeslut\n    severty: error\n",
        encoding="utf-8",
    )
    result = loaded("--profiles", str(tmp_path), "check")
    assert result.exit_code == 2
    assert "mijn-profiel.yaml:8: required_steps[0].severty: onbekende sleutel" in result.stderr
    (tmp_path / "mijn-profiel.yaml").write_text(
        "name: mijn-profiel\nextends: basis\nrules:\n  doelen-ontbreekt: error\n", encoding="utf-8"
    )
    result = loaded("--profiles", str(tmp_path), "check")
    assert (
        "mijn-profiel.yaml:4: rules.doelen-ontbreekt: regel 'doelen-ontbreekt' is onbekend; "
        "bedoelde u 'doelen-ontbreken'?" in result.stderr
    )


def test_profiles_extending_in_a_circle(loaded: Run, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("name: a\nextends: b\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("name: b\nextends: a\n", encoding="utf-8")
    result = loaded("--profiles", str(tmp_path), "profiles")
    assert result.exit_code == 2
    assert "in een kring" in result.stderr


def test_demo_ends_with_the_check(run: Run) -> None:
    result = run("demo")
    assert result.exit_code == 0
    assert "Bevindingen op 2023-02-08" in result.stdout
    assert "randvoorwaarde-niet-vervuld" in result.stdout


def _count_queries(action: object) -> int:
    """The SELECTs `action` runs, through SQLAlchemy (PostgreSQL) or sqlite3 (SQLite files)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from besluitspoor.store.reading import SQLiteConnection

    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    plain = SQLiteConnection.exec_driver_sql

    def counted(self: SQLiteConnection, statement: str, parameters: object = ()) -> object:
        count(None, None, statement)
        return plain(self, statement, parameters)

    event.listen(Engine, "before_cursor_execute", count)
    SQLiteConnection.exec_driver_sql = counted  # type: ignore[method-assign,assignment]
    try:
        action()  # type: ignore[operator]
    finally:
        event.remove(Engine, "before_cursor_execute", count)
        SQLiteConnection.exec_driver_sql = plain  # type: ignore[method-assign]
    return len(seen)


def test_check_uses_a_constant_number_of_queries(run: Run, tmp_path: Path) -> None:
    from besluitspoor.paths import data_dir

    assert run("import", str(data_dir() / "westland-adviesraad.yaml")).exit_code == 0
    few = _count_queries(lambda: run("check", "--as-of", "2023-02-08", "--format", "json"))
    assert run("import", str(data_dir()), "--replace").exit_code == 0  # 5 dossiers, 20 steps
    many = _count_queries(lambda: run("check", "--as-of", "2023-02-08", "--format", "json"))
    assert few == many, (few, many)
    assert few > 0  # the queries were seen


def test_loading_streams_in_batches(loaded: Run, db: TestDb) -> None:
    from besluitspoor.store import dossiers as store
    from besluitspoor.store.db import open_db

    opened = open_db(db.url, create=False)
    with opened.read() as conn:
        batches = _count_queries(lambda: list(store.load_many(conn, None, batch=2)))
        one = _count_queries(lambda: list(store.load_many(conn, None, batch=200)))
        stream = store.load_many(conn, None, batch=2)
        first = _count_queries(lambda: next(stream))
    opened.dispose()
    assert one == 1 + 4  # the ids, then one query per table for the whole batch
    assert batches == 1 + 4 * 3  # 5 dossiers in batches of 2
    assert first == 1 + 4  # nothing is read before it is needed


# --- issue 9, bugs 1 and 4 ------------------------------------------------------------------------


def _rules_of(run: Run, *args: str) -> list[tuple[str, str, str | None, str]]:
    result = run("check", "--format", "json", "--fail-on", "never", *args)
    assert result.exit_code == 0, result.output
    return [
        (f["rule"], f["kind"], f["subject"], f["message"])
        for d in json.loads(result.stdout)["dossiers"]
        for f in d["findings"]
    ]


def test_as_of_knows_only_what_had_happened(loaded: Run) -> None:
    found = _rules_of(loaded, "wassenaar-sociaal-team", "--as-of", "2022-02-01")
    rules = {rule for rule, *_ in found}
    assert "alleen-presentatie" not in rules  # the meetings of Nov/Dec 2022 had not been held
    assert "collegebesluit-voor-motie" not in rules  # nor the decision and the vote
    assert "randvoorwaarde-niet-vervuld" not in rules  # named in June 2022: not yet named
    later = _rules_of(loaded, "wassenaar-sociaal-team", "--as-of", "2023-02-08")
    assert {"alleen-presentatie", "collegebesluit-voor-motie"} <= {r for r, *_ in later}


def test_a_status_reached_after_as_of_is_not_yet_so(toured: Run) -> None:
    found = _rules_of(toured, "wassenaar-sociaal-team", "--as-of", "2023-02-08")
    convenant = [f for f in found if f[0] == "randvoorwaarde-niet-vervuld"]
    assert [(kind, subject) for _, kind, subject, _ in convenant] == [
        ("violation", "convenant-partners")
    ]
    assert "1 september 2023" not in convenant[0][3]
    # and once the date has come, it was met late
    after = _rules_of(toured, "wassenaar-sociaal-team", "--as-of", "2023-10-01")
    late = [f for f in after if f[0] == "randvoorwaarde-niet-vervuld"]
    assert "pas op 1 september 2023 vervuld" in late[0][3]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            "  vragen_termijn_dagn: 14\n",
            "mijn.yaml:5: params.vragen_termijn_dagn: parameter 'vragen_termijn_dagn' is "
            "onbekend; bedoelde u 'vragen_termijn_dagen'?",
        ),
        (
            "  vragen_termijn_dagen: veertien\n",
            "params.vragen_termijn_dagen: verwacht een geheel getal",
        ),
        ("  vragen_termijn_dagen: -3\n", "params.vragen_termijn_dagen: moet minstens 0 zijn"),
    ],
)
def test_a_misspelt_or_wrong_profile_parameter_is_refused(
    loaded: Run, tmp_path: Path, params: str, message: str
) -> None:
    (tmp_path / "mijn.yaml").write_text(
        "name: mijn\nextends: basis\nrules: {}\nparams:\n" + params, encoding="utf-8"
    )
    result = loaded("--profiles", str(tmp_path), "check")
    assert result.exit_code == 2
    assert message in result.stderr


def test_parameter_defaults_live_in_the_rules(loaded: Run) -> None:
    shown = json.loads(loaded("profiles", "basis", "--json").stdout)
    assert shown["params"] == {
        "gebeurtenis_termijn_dagen": 30,
        "motie_termijn_dagen": 90,
        "motie_venster_dagen": 7,
        "informatie_termijn_dagen": 30,
        "opdracht_termijn_dagen": 365,
        "vragen_termijn_dagen": 30,
    }
    from besluitspoor.paths import builtin_profiles_dir

    for path in builtin_profiles_dir().glob("*.yaml"):  # written once: in the rule
        assert "vragen_termijn_dagen: 30" not in path.read_text(encoding="utf-8")


def test_json_lines_end_only_at_newlines() -> None:
    """U+2028 inside a string is text: splitting on it made `check -f json` invalid."""
    import json

    from besluitspoor.render.findings import _indent

    text = json.dumps({"message": "a\u2028b\u0085c"}, ensure_ascii=False, indent=2)
    assert json.loads(_indent(text, 4)) == {"message": "a\u2028b\u0085c"}


def test_rules_with_an_empty_id_says_what_to_give(run: Run) -> None:
    result = run("rules", "")
    assert result.exit_code == 2
    assert "--select" not in result.stderr and "besluitspoor rules" in result.stderr


def test_a_rule_explained_reads_in_paragraphs_with_its_severity_in_words(loaded: Run) -> None:
    """`rules ID`: the severity in the run's language, and a docstring's paragraphs joined for
    the terminal to wrap (its source line breaks cut sentences mid-way)."""
    explained = loaded("rules", "toezegging-verlopen").stdout
    assert "(informatie, standaard waarschuwing)" in explained
    assert any(line.startswith("Goed:") for line in explained.splitlines())
    from besluitspoor.render.catalogue import reflowed

    assert reflowed("One\nsentence.\n\nWrong: a\nb.\nRight: c") == (
        "One sentence.\n\nWrong: a b.\nRight: c"
    )
    english = loaded("--lang", "en", "rules", "toezegging-verlopen").stdout
    assert "(informatie, default warning)" in english
    assert any(line.startswith("Right:") for line in english.splitlines())


def test_a_profile_names_its_file_as_a_reader_wants_it(
    loaded: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built in, or the user's file relative to here: no absolute path cut mid-word at 80
    columns (issue 25.7)."""
    shown = loaded("profiles", "gemeenschappelijke-regeling").stdout
    assert "bestand: ingebouwd (gemeenschappelijke-regeling.yaml)" in shown
    (tmp_path / "mijn.yaml").write_text("name: mijn\nextends: basis\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)
    mine = loaded("--profiles", str(tmp_path), "profiles", "mijn").stdout
    assert f"bestand: {tmp_path.name}/mijn.yaml" in mine


def test_check_markdown_comes_from_a_template_the_user_may_replace(
    loaded: Run, tmp_path: Path
) -> None:
    (tmp_path / "check.md").write_text(
        "## {{ d.title }}: {{ findings|length }} bevindingen\n", encoding="utf-8"
    )
    args = ("check", "wassenaar-sociaal-team", "--as-of", "2023-02-08", "-f", "md")
    mine = loaded(*args, "--templates", str(tmp_path), "--fail-on", "never")
    assert mine.exit_code == 0, mine.output
    assert "## Sociaal Team Wassenaar: 20 bevindingen" in mine.stdout
    assert "## Sociaal Team Wassenaar: 20" not in loaded(*args, "--fail-on", "never").stdout


def test_a_profile_adds_matters_reserved_to_the_verordening(run: Run, tmp_path: Path) -> None:
    # A topic the catalogue does not know is a question; a profile that names the article
    # reserving it makes delegating it an error citing that article.
    dossier = tmp_path / "d.yaml"
    dossier.write_text(
        "format: besluitspoor/1\ndossier:\n  id: d\n  title: Verordening\n  municipality: X\n"
        "  profile: lokaal\nsteps:\n  - {id: v, kind: raadsbesluit, date: 2020-03-03, "
        "decision: verordening, delegates: [toeristenbelasting-tarief], title: Verordening}\n",
        encoding="utf-8",
    )
    profiles = tmp_path / "profielen"
    profiles.mkdir()
    (profiles / "lokaal.yaml").write_text("name: lokaal\nextends: basis\n", encoding="utf-8")
    assert run("--profiles", str(profiles), "import", str(dossier)).exit_code == 0

    def found() -> dict[str, str]:
        result = run(
            "--profiles",
            str(profiles),
            "check",
            "d",
            "--as-of",
            "2021-01-01",
            "--format",
            "json",
            "--fail-on",
            "never",
        )
        findings = json.loads(result.stdout)["dossiers"][0]["findings"]
        return {f["kind"]: f["message"] for f in findings if f["rule"] == "delegatie-essentialia"}

    assert list(found()) == ["needs-data"]
    (profiles / "lokaal.yaml").write_text(
        "name: lokaal\nextends: basis\nreserved_topics:\n"
        "  toeristenbelasting-tarief: Gemeentewet art. 217 (het tarief bij verordening)\n",
        encoding="utf-8",
    )
    assert "Gemeentewet art. 217" in found()["violation"]
    (profiles / "lokaal.yaml").write_text(
        "name: lokaal\nextends: basis\nreserved_topics:\n  Tarief: ''\n", encoding="utf-8"
    )
    result = run("--profiles", str(profiles), "check", "d")
    assert result.exit_code == 2
    assert "lokaal.yaml:4: reserved_topics" in result.stderr


def test_every_rule_parameter_is_explained_in_dutch_and_english(run: Run) -> None:
    from besluitspoor.rules.registry import RULES

    for rule in RULES:
        for name, param in getattr(rule, "PARAMS", {}).items():
            assert param.nl and param.help, f"{rule.ID}: {name} needs both descriptions"
    dutch = run("rules", "vragen-onbeantwoord").stdout
    english = run("rules", "vragen-onbeantwoord", "--lang", "en").stdout
    assert "dagen waarbinnen schriftelijke vragen worden beantwoord" in " ".join(dutch.split())
    assert "days within which written questions are answered" in " ".join(english.split())


def test_who_must_act_is_declared_by_the_rule_as_a_lane() -> None:
    from besluitspoor.rules.registry import RULES
    from besluitspoor.vocab import LANES

    acting = {rule.ID: rule.ACTS for rule in RULES if hasattr(rule, "ACTS")}
    assert set(acting.values()) <= set(LANES.values())
    assert acting["toezegging-verlopen"] == acting["motie-niet-afgedaan"] == "college"
