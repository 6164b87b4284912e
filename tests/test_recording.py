"""Recording a volunteer can trust (issue 8): each observation of a new user is a test here,
numbered as in the issue, plus the flow that records two real trails twice."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from tests.conftest import CORPUS, REPO, Run, TestDb, script_commands, tour_text

from besluitspoor.dossierfile.read import read_file
from besluitspoor.paths import data_dir

FLOW = Path(__file__).parent / "flows" / "record-seeds-002-003.sh"


def _findings(run: Run, *args: str) -> list[tuple[str, str, str | None]]:
    result = run("check", "--format", "json", "--fail-on", "never", *args)
    assert result.exit_code == 0, result.output
    return [
        (f["rule"], f["kind"], f["subject"])
        for d in json.loads(result.stdout)["dossiers"]
        for f in d["findings"]
    ]


# --- 1. impossible chronology ---------------------------------------------------------------


def test_1_a_promise_kept_before_it_was_made_is_refused(loaded: Run, db: TestDb) -> None:
    before = db.snapshot()
    # rb-2021-01-26-principe is two months older than the letter that made the promise
    result = loaded("toezegging", "nagekomen", "concept-gr-juni", "--by", "rb-2021-01-26-principe")
    assert result.exit_code == 2
    assert result.stderr.startswith("--by: 'rb-2021-01-26-principe' (26 januari 2021)")
    assert "30 maart 2021" in result.stderr
    assert db.snapshot() == before
    findings = _findings(loaded, "alblasserdam-gr-sociaal", "--as-of", "2022-02-01")
    assert ("toezegging-verlopen", "violation", "concept-gr-juni") in findings


def test_1_a_precondition_met_before_it_was_named_is_refused(loaded: Run, db: TestDb) -> None:
    before = db.snapshot()
    result = loaded("randvoorwaarde", "vervuld", "convenant", "--on", "2020-01-01")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "--on: 1 januari 2020 ligt vóór de stap die haar noemde, 'rib-2022-06' (juni 2022)"
    )
    assert db.snapshot() == before
    findings = _findings(loaded, "wassenaar-sociaal-team", "--as-of", "2023-02-08")
    assert ("randvoorwaarde-niet-vervuld", "violation", "convenant") in findings


def test_1_a_motion_settled_before_it_was_submitted_is_refused(loaded: Run) -> None:
    result = loaded("motie", "afgedaan", "motie-smow", "--by", "rib-2022-06")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "--by: 'rib-2022-06' (juni 2022) is gedateerd vóór 'motie-smow'"
    )


def test_1_the_same_chronology_is_refused_in_files(loaded: Run, tmp_path: Path) -> None:
    text = (data_dir() / "alblasserdam-gr-sociaal.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    due: 2021-06\n",
        "    due: 2021-06\n    status: nagekomen\n    fulfilled_by: rb-2021-01-26-principe\n",
    )
    path = tmp_path / "alblasserdam-gr-sociaal.yaml"
    path.write_text(text, encoding="utf-8")
    result = loaded("import", "--replace", str(path))
    assert result.exit_code == 2
    assert "promises[0].fulfilled_by: 'rb-2021-01-26-principe' (26 januari 2021)" in result.stderr


def test_1_overlapping_fuzzy_dates_are_allowed(loaded: Run) -> None:
    # the letter of "juni 2022" may well come after a decision of June 2022
    result = loaded(
        "add",
        "rib",
        "wassenaar-sociaal-team",
        "--date",
        "juni 2022",
        "--title",
        "Brief",
        "--reports",
        "cb-2022-06-inrichtingsplan",
    )
    assert result.exit_code == 0, result.output


# --- 2. correct and remove every item ---------------------------------------------------------


def test_2_promises_and_preconditions_can_be_edited_removed_and_reopened(loaded: Run) -> None:
    run = loaded
    assert (
        run("toezegging", "nagekomen", "concept-gr-juni", "--by", "bio-2021-04-13").exit_code == 0
    )
    assert run("toezegging", "open", "concept-gr-juni").exit_code == 0
    shown = json.loads(run("toezegging", "show", "concept-gr-juni", "--json").stdout)
    assert shown["status"] == "open" and shown["fulfilled_by"] is None
    edited = run("toezegging", "edit", "concept-gr-juni", "--set", "due=juli 2021")
    assert edited.exit_code == 0, edited.output
    assert (
        json.loads(run("toezegging", "show", "concept-gr-juni", "--json").stdout)["due"]
        == "2021-07"
    )
    assert run("toezegging", "remove", "inrichtingsplan", "--yes").exit_code == 0
    assert "inrichtingsplan" not in run("toezegging", "list", "alblasserdam-gr-sociaal").stdout
    assert run("randvoorwaarde", "edit", "regie", "--set", "critical=true").exit_code == 0
    assert json.loads(run("randvoorwaarde", "show", "regie", "--json").stdout)["critical"] is True
    assert run("randvoorwaarde", "remove", "regie", "--yes").exit_code == 0
    assert run("motie", "afgedaan", "motie-smow", "--by", "rib-2023-01-18").exit_code == 0
    assert run("motie", "open", "motie-smow").exit_code == 0
    assert "settled_by" not in json.loads(run("step", "show", "motie-smow", "--json").stdout) or (
        json.loads(run("step", "show", "motie-smow", "--json").stdout)["settled_by"] is None
    )


def test_2_a_new_id_is_renamed_everywhere_in_one_go(loaded: Run) -> None:
    run = loaded
    result = run("step", "edit", "rib-2022-06", "--set", "id=rib-2022-06-voortgang")
    assert result.exit_code == 0, result.output
    assert "overal hernoemd" in result.stderr
    data = json.loads(run("dossier", "show", "wassenaar-sociaal-team", "--json").stdout)
    named = {p["named_in"] for p in data["preconditions"]}
    assert named == {"rib-2022-06-voortgang"}
    assert data["promises"][0]["made_in"] == "rib-2022-06-voortgang"
    assert (
        run("randvoorwaarde", "edit", "convenant", "--set", "id=convenant-partners").exit_code == 0
    )
    assert run("randvoorwaarde", "show", "convenant-partners").exit_code == 0
    clash = run("step", "edit", "rib-2023-01-18", "--set", "id=motie-smow")
    assert clash.exit_code == 2 and "er is al een stap 'motie-smow'" in clash.stderr


def test_2_a_dossier_can_be_renamed(loaded: Run) -> None:
    result = loaded("dossier", "edit", "westland-adviesraad", "--set", "id=westland-advies")
    assert result.exit_code == 0, result.output
    assert loaded("dossier", "show", "westland-advies").exit_code == 0
    assert loaded("dossier", "show", "westland-adviesraad").exit_code == 2


# --- 3. scripts can be re-run -------------------------------------------------------------------


def test_3_the_same_add_twice_changes_nothing(loaded: Run, db: TestDb) -> None:
    args = (
        "toezegging",
        "add",
        "wassenaar-sociaal-team",
        "--text",
        "Met het presidium de voortgang bespreken",
        "--due",
        "2023-06",
    )
    first = loaded(*args)
    assert first.exit_code == 0
    assert first.stdout.strip() == "presidium-voortgang-bespreken"
    before = db.snapshot()
    second = loaded(*args)
    assert second.exit_code == 0
    assert second.stdout.strip() == "presidium-voortgang-bespreken"
    assert "niets veranderd" in second.stderr
    assert db.snapshot() == before


def test_3_a_second_rib_on_the_same_day(loaded: Run, db: TestDb) -> None:
    def rib(title: str, *extra: str) -> object:
        return loaded(
            "add", "rib", "westland-adviesraad", "--date", "2023-03-01", "--title", title, *extra
        )

    assert rib("Eerste brief").stdout.strip() == "rib-2023-03-01"  # type: ignore[attr-defined]
    assert rib("Tweede brief").stdout.strip() == "rib-2023-03-01-2"  # type: ignore[attr-defined]
    before = db.snapshot()
    assert rib("Eerste brief").stdout.strip() == "rib-2023-03-01"  # type: ignore[attr-defined]
    assert rib("Tweede brief").stdout.strip() == "rib-2023-03-01-2"  # type: ignore[attr-defined]
    assert db.snapshot() == before
    near = rib("Eerste brief", "--body", "andere samenvatting")
    assert near.exit_code == 2  # type: ignore[attr-defined]
    assert "'rib-2023-03-01'" in near.stderr and "--new" in near.stderr  # type: ignore[attr-defined]
    assert rib("Eerste brief", "--body", "andere samenvatting", "--new").exit_code == 0  # type: ignore[attr-defined]


def test_3_the_same_id_with_other_content_needs_replace(loaded: Run) -> None:
    args = ("add", "overig", "westland-adviesraad", "--id", "x1", "--date", "2023", "--title")
    assert loaded(*args, "Een").exit_code == 0
    refused = loaded(*args, "Twee")
    assert refused.exit_code == 2 and "--replace" in refused.stderr
    replaced = loaded(*args, "Twee", "--replace")
    assert replaced.exit_code == 0 and "vervangen" in replaced.stderr
    again = loaded(
        "dossier",
        "add",
        "--id",
        "westland-adviesraad",
        "--title",
        "Ander",
        "--municipality",
        "Westland",
        "--profile",
        "basis",
    )
    assert again.exit_code == 2 and "--replace" in again.stderr


# --- 4. one name per kind -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["raadsinformatiebrief", "rib", "RIB", "Raadsinformatiebrief"])
def test_4_every_name_of_a_kind_works(loaded: Run, kind: str) -> None:
    result = loaded("add", kind, "westland-adviesraad", "--date", "2023-05", "--title", "Brief")
    assert result.exit_code == 0, result.output
    step = json.loads(loaded("step", "show", result.stdout.strip(), "--json").stdout)
    assert step["kind"] == "raadsinformatiebrief"


def test_4_misspelt_kinds_get_a_suggestion(loaded: Run) -> None:
    result = loaded("add", "raadsinfobrief", "westland-adviesraad")
    assert result.exit_code == 2
    assert "Bedoelt u 'raadsinformatiebrief'?" in result.output  # the run's language
    english = loaded("--lang", "en", "add", "raadsinfobrief", "westland-adviesraad")
    assert "Did you mean 'raadsinformatiebrief'?" in english.output


def test_4_files_accept_the_same_names_and_exports_write_the_canonical_one(
    loaded: Run, tmp_path: Path
) -> None:
    text = (REPO / "tests" / "corpus" / "good" / "minimal.yaml").read_text(encoding="utf-8")
    text += "steps:\n  - {id: s1, kind: RIB, date: 2023-01-01, title: Brief}\n"
    text += "  - {id: s2, kind: cie, date: 2023-01-02, title: Commissie, committee: Bestuur}\n"
    (tmp_path / "alias.yaml").write_text(text, encoding="utf-8")
    assert loaded("import", str(tmp_path / "alias.yaml")).exit_code == 0
    exported = loaded("export", "minimaal").stdout
    assert "kind: raadsinformatiebrief" in exported and "kind: commissievergadering" in exported


# --- 5. help that tells the truth ----------------------------------------------------------------


def _all_help(run: Run) -> dict[str, str]:
    from typer.main import get_command

    from besluitspoor.cli.main import app

    root = get_command(app)
    texts: dict[str, str] = {}

    def walk(command: object, path: list[str]) -> None:
        texts[" ".join(path)] = run(*path, "--help").stdout
        for name in getattr(command, "commands", {}):
            walk(command.commands[name], [*path, name])  # type: ignore[attr-defined]

    walk(root, [])
    return texts


def test_5_help_shows_flags_as_flags_required_options_and_readable_metavars(run: Run) -> None:
    texts = _all_help(run)
    assert len(texts) > 60
    for path, text in texts.items():
        for python_type in ("<str>", "<list[str]>", "<bool>", "<int>"):
            assert python_type not in text, (path, python_type)
        assert "Example" in text, path
    advies = texts["add advies"]
    assert "--unsolicited  " in advies and "--unsolicited TEXT" not in advies
    assert "[required]" in texts["add raadsinformatiebrief"].split("--date")[1].split("--time")[0]
    # the option's own row in the table (the example above it names --profile too)
    assert "[required]" in texts["dossier add"].rsplit("--profile", 1)[1].split("--domain")[0]
    facts = texts["dossier add"]  # every fact of the model, offered as the model says
    assert all(f"--{f}" in facts for f in ("within-plan", "council-statement-required"))
    assert "Record an amendement step" in texts["add amendement"]
    assert "Record a amendement" not in texts["add amendement"]


def test_5_every_option_is_described(run: Run) -> None:
    from typer.main import get_command

    from besluitspoor.cli.main import app

    def walk(command: object, path: str) -> None:
        for param in getattr(command, "params", []):
            if param.param_type_name == "option":
                assert param.help, f"{path} {param.opts[0]} has no help"
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(get_command(app), "besluitspoor")


def _examples() -> list[str]:
    """Every example in every --help: a line starting with `besluitspoor`, with the lines that
    continue it (up to a blank line or the next example)."""
    import inspect

    from typer.main import get_command

    from besluitspoor.cli.main import app

    found: list[str] = []

    def walk(command: object) -> None:
        current: list[str] | None = None
        for raw in inspect.cleandoc(getattr(command, "help", None) or "").splitlines():
            line = raw.strip().removeprefix("Examples:").removeprefix("Example:").strip()
            if line.startswith("besluitspoor "):
                if current:
                    found.append(" ".join(current))
                current = [line.split("  (")[0]]
            elif current is not None and line:
                current.append(line)
            elif current is not None:
                found.append(" ".join(current))
                current = None
        if current:
            found.append(" ".join(current))
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(get_command(app))
    return sorted(set(found))


@pytest.mark.parametrize("example", _examples())
def test_5_every_help_example_runs_against_the_tour_database(
    toured: Run, example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: TestDb
) -> None:
    import shlex

    monkeypatch.chdir(tmp_path)
    if " import " in f"{example} ":
        import shutil

        # the files the import examples name: dossiers not yet in the database, and one that is
        shutil.copytree(data_dir(), tmp_path / "dossiers")
        (tmp_path / "dossiers" / "wassenaar-sociaal-team.yaml").unlink()
        toured("export", "wassenaar-sociaal-team", "-o", "wassenaar.yaml")
    if " extract " in example or "concept.yaml" in example:
        _documents_named_in_examples(toured, tmp_path)
    if " ris " in example or "register-" in example:
        _responses_named_in_examples(toured, tmp_path, monkeypatch)
    args = shlex.split(example.split(" > ")[0].split(" >> ")[0])[1:]
    if "--profiles" in args or "--templates" in args:
        pytest.skip("needs a folder of the user's own")
    _files_named_in_watch_examples(toured, args)
    result = toured(*_on_the_test_server(args, db))
    assert result.exit_code in (0, 1), (example, result.output)


def _files_named_in_watch_examples(toured: Run, args: list[str]) -> None:
    """A baseline for `--baseline FILE`, an earlier check for `changes --since FILE.json`."""
    if "--baseline" in args:
        toured("check", "--write-baseline", args[args.index("--baseline") + 1])
    if "--since" in args and args[args.index("--since") + 1].endswith(".json"):
        earlier = toured("check", "--as-of", "2023-01-01", "--format", "json").stdout
        Path(args[args.index("--since") + 1]).write_text(earlier, encoding="utf-8")


def _on_the_test_server(args: list[str], db: TestDb) -> list[str]:
    """An example's own `--db postgresql://…` (a group's server) becomes the test database
    on PostgreSQL; on SQLite there is no server to run it against."""
    if not any(a.startswith("postgresql://") for a in args):
        return args
    if db.is_sqlite:
        pytest.skip("an example for a PostgreSQL server (run with --backend postgresql)")
    return [db.url if a.startswith("postgresql://") else a for a in args]


def _readme_commands() -> list[str]:
    """The besluitspoor lines of README's shell blocks, but the tour's (run as the tour)."""
    import re

    text = (REPO / "README.md").read_text(encoding="utf-8").replace(tour_text(), "")
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            code = line.split(" #", 1)[0].strip()
            if code.startswith("besluitspoor "):
                lines.append(code)
    return lines


@pytest.mark.parametrize("line", _readme_commands())
def test_5_readme_commands_run_against_the_tour_database(
    toured: Run, line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: TestDb
) -> None:
    import shlex
    import shutil

    monkeypatch.chdir(tmp_path)
    if " import " in f"{line} ":
        shutil.copytree(data_dir(), tmp_path / "dossiers")
        (tmp_path / "dossiers" / "wassenaar-sociaal-team.yaml").unlink()
        toured("export", "wassenaar-sociaal-team", "-o", "wassenaar.yaml")
    if " extract " in line or "concept.yaml" in line:
        _documents_named_in_examples(toured, tmp_path)
    if " ris " in f" {line}" or "register-" in line or "concepten/" in line:
        _responses_named_in_examples(toured, tmp_path, monkeypatch)
    if line.startswith("besluitspoor import concepten/"):  # the draft `ris import --drafts` wrote
        made = toured(
            "ris", "import", "wassenaar-sociaal-team", "obv:wassenaar",
            "document:ibabs:gemeente:wassenaar:d0c0e000-0000-4000-8000-000000000201",
            "--drafts", "concepten/",
        )  # fmt: skip
        assert made.exit_code == 0, made.output
    args = shlex.split(line.split(" > ")[0])[1:]
    _files_named_in_watch_examples(toured, args)
    result = toured(*_on_the_test_server(args, db))
    assert result.exit_code in (0, 1), (line, result.output)


# --- 6. errors in the user's terms -----------------------------------------------------------------


def test_6_errors_name_the_option_not_the_internal_path(loaded: Run) -> None:
    result = loaded("add", "rib", "westland-adviesraad", "--date", "2023-13-01", "--title", "X")
    assert result.exit_code == 2
    assert result.stderr.startswith("--date: ")
    assert "steps[" not in result.stderr
    edited = loaded("step", "edit", "rib-2023-01-18", "--set", "date=gisteren")
    assert edited.stderr.startswith("--set date: ")


def test_6_no_library_wording_reaches_the_user(loaded: Run) -> None:
    amount = loaded("dossier", "edit", "westland-adviesraad", "--set", "costs.amount=veel")
    assert amount.exit_code == 2
    assert "--set costs.amount: verwacht een getal" in amount.stderr
    for text in ("Input should", "valid dictionary", "Value error"):
        assert text not in amount.stderr
    block = loaded("dossier", "edit", "westland-adviesraad", "--set", "costs=100")
    assert "'costs' is een blok" in block.stderr and "costs.amount" in block.stderr


def test_6_dutch_key_names_get_the_format_key_suggested(loaded: Run) -> None:
    result = loaded("dossier", "edit", "westland-adviesraad", "--set", "kosten=100")
    assert result.exit_code == 2
    assert "--set kosten: onbekende sleutel; bedoelde u 'costs'?" in result.stderr
    assert "(sleutels: id, title" in result.stderr


def test_6_ids_given_as_a_prefix_or_in_another_dossier(loaded: Run) -> None:
    prefix = loaded("dossier", "show", "wassenaar")
    assert "bedoelde u 'wassenaar-sociaal-team'?" in prefix.stderr
    item = loaded("toezegging", "show", "informeren")
    assert "bedoelde u 'informeren-november'?" in item.stderr
    elsewhere = loaded("step", "show", "motie-smow", "-d", "westland-adviesraad")
    assert "die staat in dossier 'wassenaar-sociaal-team'" in elsewhere.stderr


# --- 7. prompts that do not lose typing ---------------------------------------------------------------


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import besluitspoor.cli.base as base

    monkeypatch.setattr(base, "interactive", lambda: True)


@pytest.mark.usefixtures("terminal")
def test_7_a_bad_date_is_refused_at_its_prompt(loaded: Run) -> None:
    result = loaded("add", "rib", "westland-adviesraad", input="31 feb 2021\n2021-02-28\nBrief\n")
    assert result.exit_code == 0, result.output
    # the bad date was refused before the title was asked
    assert result.output.index("geen bestaande datum") < result.output.index("Titel")
    step = json.loads(loaded("step", "show", "rib-2021-02-28", "--json").stdout)
    assert step["title"] == "Brief"


@pytest.mark.usefixtures("terminal")
def test_7_the_profile_prompt_lists_the_choices(run: Run) -> None:
    result = run(
        "dossier",
        "add",
        "--title",
        "Proef",
        "--municipality",
        "Ergens",
        input="verordeningen\nverordening\n",
    )
    assert result.exit_code == 0, result.output
    assert "Kies uit: basis, begrotingswijziging" in result.output
    assert "bedoelde u 'verordening'?" in result.output


@pytest.mark.usefixtures("terminal")
def test_7_confirmation_takes_j_and_declining_says_so(loaded: Run, db: TestDb) -> None:
    before = db.snapshot()
    declined = loaded("dossier", "remove", "westland-adviesraad", input="n\n")
    assert declined.exit_code == 1
    assert "afgebroken; er is niets veranderd" in declined.output
    assert db.snapshot() == before
    accepted = loaded("dossier", "remove", "westland-adviesraad", input="j\n")
    assert accepted.exit_code == 0, accepted.output


# --- 8. one language per screen -----------------------------------------------------------------------


def test_8_values_and_labels_follow_the_language(loaded: Run) -> None:
    loaded(
        "add",
        "advies",
        "westland-adviesraad",
        "--date",
        "2023-02",
        "--title",
        "Advies",
        "--council",
        "Adviesraad",
        "--unsolicited",
    )
    nl = loaded("dossier", "show", "westland-adviesraad").stdout
    assert "ongevraagd: ja" in nl and "True" not in nl
    en = loaded("--lang", "en", "dossier", "show", "westland-adviesraad").stdout
    assert "unsolicited: yes" in en


def test_8_messages_follow_the_language(loaded: Run) -> None:
    nl = loaded("toezegging", "nagekomen", "concept-gr-juni", "--by", "bio-2021-04-13")
    assert (
        "toezegging 'concept-gr-juni' gewijzigd in dossier 'alblasserdam-gr-sociaal'" in nl.stderr
    )
    assert "fulfilled_by" not in nl.stderr
    en = loaded("--lang", "en", "toezegging", "open", "concept-gr-juni")
    assert "changed promise 'concept-gr-juni'" in en.stderr


# --- 9. global options anywhere ---------------------------------------------------------------------------


def test_9_global_options_after_the_subcommand(loaded: Run, db: TestDb) -> None:
    from typer.testing import CliRunner

    from besluitspoor.cli.main import app

    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "check",
            "wassenaar-sociaal-team",
            "--as-of",
            "2023-02-08",
            "--lang",
            "en",
            "--db",
            db.url,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.stdout or "warnings" in result.stdout
    listed = runner.invoke(app, ["dossier", "list", "--json", f"--db={db.url}", "--debug"])
    assert listed.exit_code == 0, listed.output


# --- 10. short, meaningful ids -----------------------------------------------------------------------------


def test_10_ids_are_short_and_without_stopwords(run: Run) -> None:
    created = run(
        "dossier",
        "add",
        "--title",
        "De nieuwe gemeenschappelijke regeling voor het sociaal domein in de Drechtsteden",
        "--municipality",
        "Alblasserdam",
        "--profile",
        "basis",
    )
    assert created.exit_code == 0, created.output
    dossier = created.stdout.strip()
    assert len(dossier) <= 30 and dossier.startswith("alblasserdam-")
    promise = run(
        "toezegging",
        "add",
        dossier,
        "--text",
        "Met het presidium de voortgang van de regeling bespreken",
    ).stdout.strip()
    assert promise == "presidium-voortgang-regeling"
    assert len(promise) <= 30


def test_10_completion_offers_only_ids_that_fit(loaded: Run, db: TestDb) -> None:
    from types import SimpleNamespace

    from besluitspoor.cli import complete

    root = SimpleNamespace(params={"db": db.url})
    ctx = SimpleNamespace(params={"dossier": "wassenaar-sociaal-team"}, find_root=lambda: root)
    offered = complete.reference("steps", "reports")(ctx, "")  # type: ignore[arg-type]
    assert offered == ["cb-2022-06-inrichtingsplan", "cb-2022-12-13"]


# --- 11. every command that creates a database names it --------------------------------------------------


def test_11_creating_a_database_names_the_file(run: Run, db_path: Path) -> None:
    created = run(
        "dossier", "add", "--title", "Proef", "--municipality", "Ergens", "--profile", "basis"
    )
    assert f"nieuwe database aangemaakt: {db_path}" in created.stderr
    init = run("init")
    assert init.stdout.strip() == str(db_path)


# --- 12. files ----------------------------------------------------------------------------------------------


def test_12_output_files_follow_the_umask(loaded: Run, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert (
            loaded("export", "wassenaar-sociaal-team", "-o", str(tmp_path / "w.yaml")).exit_code
            == 0
        )
        assert loaded("report", "-o", str(tmp_path / "r.md")).exit_code == 0
    finally:
        os.umask(old)
    for name in ("w.yaml", "r.md"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


def test_12_export_all_removes_files_of_removed_dossiers(loaded: Run, tmp_path: Path) -> None:
    folder = tmp_path / "dossiers"
    assert loaded("export", "--all", "-o", str(folder)).exit_code == 0
    (folder / "notes.yaml").write_text("not a dossier\n", encoding="utf-8")
    assert loaded("dossier", "remove", "westland-adviesraad", "--yes").exit_code == 0
    kept = loaded("export", "--all", "-o", str(folder), "--keep")
    assert "bewaard, niet meer in de database" in kept.stderr
    assert (folder / "westland-adviesraad.yaml").exists()
    pruned = loaded("export", "--all", "-o", str(folder))
    assert "verwijderd, niet meer in de database" in pruned.stderr
    assert not (folder / "westland-adviesraad.yaml").exists()
    assert (folder / "notes.yaml").exists()  # not ours: left alone
    assert (
        loaded(
            "dossier", "add", "--title", "x", "--municipality", "y", "--profile", "basis"
        ).exit_code
        == 0
    )


@pytest.mark.parametrize("option", ["--templates", "--profiles"])
def test_12_a_folder_that_does_not_exist_is_an_error(
    loaded: Run, tmp_path: Path, option: str
) -> None:
    missing = str(tmp_path / "typo")
    if option == "--templates":
        result = loaded("timeline", "wassenaar-sociaal-team", "-f", "md", option, missing)
    else:
        result = loaded(option, missing, "check")
    assert result.exit_code == 2
    assert f"{option}: map {missing} bestaat niet" in result.stderr


# --- announced steps, periods, promises due at the start -------------------------------------------------


def test_announced_steps_and_periods_from_the_command_line(loaded: Run) -> None:
    announced = loaded(
        "add",
        "raadsvergadering",
        "alblasserdam-gr-sociaal",
        "--date",
        "juni 2021",
        "--title",
        "Raad van juni",
        "--status",
        "aangekondigd",
    )
    assert announced.exit_code == 0, announced.output
    period = loaded(
        "add",
        "overig",
        "alblasserdam-gr-sociaal",
        "--date",
        "okt t/m dec 2020",
        "--title",
        "Verkenning",
    )
    assert period.stdout.strip() == "overig-2020-10-2020-12"
    assert (
        json.loads(loaded("step", "show", "overig-2020-10-2020-12", "--json").stdout)["date"]
        == "2020-10/2020-12"
    )
    ahead = _findings(loaded, "alblasserdam-gr-sociaal", "--as-of", "2021-05-01")
    assert ("aangekondigde-stap", "pending", "raad-2021-06") in ahead
    passed = _findings(loaded, "alblasserdam-gr-sociaal", "--as-of", "2021-08-01")
    assert ("aangekondigde-stap", "violation", "raad-2021-06") in passed


# --- the flow: two real trails recorded from the terminal, twice ----------------------------------------


def test_recording_seeds_002_and_003_twice_gives_the_bundled_dossiers(run: Run, db: TestDb) -> None:
    commands = script_commands(FLOW.read_text(encoding="utf-8"))
    assert len(commands) >= 15
    for args in commands:
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
    first = db.snapshot()
    for args in commands:
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "niets veranderd" in result.stderr, (args, result.stderr)
    assert db.snapshot() == first
    for name in ("alblasserdam-gr-sociaal", "drechtsteden-regionaal-plan"):
        bundled = read_file(data_dir() / f"{name}.yaml").dossier
        shown = json.loads(run("dossier", "show", name, "--json").stdout)
        assert shown == bundled.to_data()  # type: ignore[union-attr]
    recorded = {
        d: _findings(run, d, "--as-of", "2022-02-01")
        for d in ("alblasserdam-gr-sociaal", "drechtsteden-regionaal-plan")
    }
    run("import", "--replace", str(data_dir()))
    for name, findings in recorded.items():
        assert findings == _findings(run, name, "--as-of", "2022-02-01")


def _documents_named_in_examples(toured: Run, folder: Path) -> None:
    """The council documents the extract examples read, made from our own test letter."""
    import docx
    from tests.test_extract import RIB, _pdf

    lines = [line for line in RIB.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name in ("raadsinformatiebrief.pdf", "brief.pdf"):
        (folder / name).write_bytes(_pdf(lines))
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(folder / "besluitenlijst.docx"))
    (folder / "stukken").mkdir()
    (folder / "stukken" / "brief.txt").write_text(RIB.read_text(encoding="utf-8"), encoding="utf-8")
    result = toured(
        "extract", str(RIB), "--dossier", "wassenaar-sociaal-team", "-o", "concept.yaml"
    )
    assert result.exit_code == 0, result.output


def _responses_named_in_examples(
    toured: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The saved RIS responses the ris examples read, from our own test responses, and the
    recorded services the examples without files ask."""
    import shutil

    import httpx
    from tests.replay import IBabs, OpenBesluitvorming, route

    from besluitspoor.ris import http

    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
    monkeypatch.setattr(
        http, "TRANSPORT", httpx.MockTransport(route(IBabs(), OpenBesluitvorming()))
    )

    ris = CORPUS / "ris"
    for name, source in {
        "moties.json": "notubiz-oosthaven-moties-p1.json",
        "moties-p1.json": "notubiz-oosthaven-moties-p1.json",
        "moties-p2.json": "notubiz-oosthaven-moties-p2.json",
        "toezeggingen.json": "notubiz-oosthaven-toezeggingen.json",
        "m25.xml": "ibabs-havenstad-motie-aangenomen.xml",
        "m26.xml": "ibabs-havenstad-motie-verworpen.xml",
        "vergadering.json": "notubiz-oosthaven-vergadering.json",
    }.items():
        shutil.copyfile(ris / source, folder / name)
    result = toured("ris", "toezeggingen", "notubiz:alkmaar", "--from-file", "toezeggingen.json")
    assert result.exit_code == 0, result.output


def test_open_dates_are_recorded_placed_and_checked(loaded: Run) -> None:
    """A source that knows a date from one side only: "vóór 1 juni 2022" (issue 22)."""
    step = loaded(
        "add",
        "overig",
        "wassenaar-sociaal-team",
        "--date",
        "vóór 1 juni 2022",
        "--title",
        "Eerste gesprekken met partners",
    )
    assert step.stdout.strip() == "overig-voor-2022-06-01", step.output
    promise = loaded(
        "toezegging",
        "add",
        "wassenaar-sociaal-team",
        "--text",
        "Evaluatie",
        "--due",
        "voor 2024-06-01",
    )
    assert promise.exit_code == 0, promise.output
    exported = loaded("export", "wassenaar-sociaal-team").stdout
    assert "date: vóór 2022-06-01" in exported and "due: vóór 2024-06-01" in exported
    rows = [
        line.split("|")[1].strip()
        for line in loaded("timeline", "wassenaar-sociaal-team", "-f", "md").stdout.splitlines()
        if line.startswith("| ") and ("2022" in line)
    ]
    # placed just before its day: after January 2022, before June 2022
    assert rows.index("vóór 1 juni 2022") == rows.index("juni 2022") - 1
    late = _findings(loaded, "wassenaar-sociaal-team", "--as-of", "2024-06-01")
    assert ("toezegging-verlopen", "violation", "evaluatie") in late  # due on 31 May 2024
    in_time = _findings(loaded, "wassenaar-sociaal-team", "--as-of", "2024-05-31")
    assert ("toezegging-verlopen", "violation", "evaluatie") not in in_time


def test_dossier_add_offers_every_fact_and_the_indicators_of_the_model(empty: Run) -> None:
    result = empty(
        "dossier", "add", "--id", "proef", "--title", "Proef", "--municipality", "Ergens",
        "--profile", "basis", "--goal", "Eén loket", "--indicator", "Wachttijd onder 2 weken",
        "--council-statement-required", "yes", "--within-plan", "no",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    dossier = json.loads(empty("dossier", "show", "proef", "--json").stdout)["dossier"]
    assert dossier["indicators"] == ["Wachttijd onder 2 weken"]
    assert dossier["facts"]["council_statement_required"] == "yes"
    assert dossier["facts"]["within_plan"] == "no"
