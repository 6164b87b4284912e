"""Bad input gets a clear, located error and loses nothing: exit 2, and the database unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import CORPUS, Run, TestDb

# file -> what the error output must contain (file:line: path: problem)
EXPECTED = {
    "broken-yaml.yaml": ["broken-yaml.yaml:", "invalid YAML"],
    "unknown-key.yaml": [
        "unknown-key.yaml:12: steps[0].decison: unknown key 'decison'; did you mean 'decision'?"
    ],
    "wrong-type.yaml": [
        "wrong-type.yaml:7: dossier.goals: expected a list",
        "wrong-type.yaml:13: steps[0].decides:",
    ],
    "unknown-kind.yaml": [
        "unknown-kind.yaml:8: steps[0]: unknown kind 'raadsinformatiebrf'; "
        "did you mean 'raadsinformatiebrief'?"
    ],
    "unknown-status.yaml": [
        "unknown-status.yaml:12: steps[0].status: unknown status 'aangenomn'; "
        "did you mean 'aangenomen'?",
        "unknown-status.yaml:16: promises[0].status: unknown status 'klaar'",
    ],
    "dangling-reference.yaml": [
        "dangling-reference.yaml:16: steps[1].reports[0]: no step 'cb-2023-01-01' in dossier "
        "'losse-verwijzing'; did you mean 'cb-2023-01-10'?",
        "dangling-reference.yaml:20: preconditions[0].named_in: no step 'rib-2023-01-21'",
    ],
    "duplicate-id.yaml": ["duplicate-id.yaml:9: steps[1].id: duplicate id 'stap' in steps"],
    "duplicate-key.yaml": ["duplicate-key.yaml:5: invalid YAML: duplicate key 'title'"],
    "duplicate-key.json": ["duplicate-key.json:6: invalid JSON: duplicate key 'title'"],
    "impossible-date.yaml": [
        "impossible-date.yaml:7: dossier.start: '31 februari 2023' is not a date that exists",
        "impossible-date.yaml:9: steps[0].date: month 13 does not exist",
    ],
    "wrong-format.yaml": [
        "wrong-format.yaml:1: format: unsupported format 'besluitspoor/2'; "
        "this program reads 'besluitspoor/1'"
    ],
    "unknown-profile.yaml": [
        "unknown-profile.yaml:6: dossier.profile: unknown profile 'verordeningen'; "
        "did you mean 'verordening'?"
    ],
    "not-utf8.yaml": ["not-utf8.yaml:4: not UTF-8 text (byte 0xe9)"],
    "empty.yaml": ["empty.yaml: the file is empty"],
    "alias-bomb.yaml": ["alias-bomb.yaml: too many values once YAML aliases are expanded"],
    "missing-required.json": [
        "missing-required.json:3: dossier.title: missing (required)",
        "missing-required.json:9: steps[0].title: missing (required)",
    ],
    "broken.json": ["broken.json:3: invalid JSON"],
    "not-a-mapping.yaml": ["not-a-mapping.yaml:1: a dossier file must be a mapping"],
    "status-needs-key.yaml": [
        "status-needs-key.yaml:8: preconditions[0].met_on: status 'vervuld' needs met_on"
    ],
}


def test_every_bad_file_has_an_expectation() -> None:
    assert sorted(p.name for p in (CORPUS / "bad").iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_is_refused_with_a_located_message(loaded: Run, db: TestDb, name: str) -> None:
    before = db.snapshot()
    result = loaded("--lang", "en", "import", str(CORPUS / "bad" / name))
    assert result.exit_code == 2, result.output
    for expected in EXPECTED[name]:
        assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert db.snapshot() == before


def test_all_problems_of_all_files_at_once(loaded: Run, db: TestDb, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("unknown-key.yaml", "dangling-reference.yaml", "impossible-date.yaml"):
        shutil.copy(CORPUS / "bad" / name, folder / name)
    result = loaded("--lang", "en", "import", str(folder))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 5, lines  # 1 + 2 + 2 problems, each on its own line
    assert all(":" in line and "batch" in line for line in lines)


def test_one_good_one_bad_writes_nothing(loaded: Run, db: TestDb, tmp_path: Path) -> None:
    shutil.copy(CORPUS / "good" / "minimal.yaml", tmp_path / "a-good.yaml")
    shutil.copy(CORPUS / "bad" / "unknown-key.yaml", tmp_path / "b-bad.yaml")
    before = db.snapshot()
    result = loaded(
        "--lang", "en", "import", str(tmp_path / "a-good.yaml"), str(tmp_path / "b-bad.yaml")
    )
    assert result.exit_code == 2
    assert db.snapshot() == before
    assert "minimaal" not in loaded("dossier", "list").stdout


def test_existing_dossier_is_refused_without_replace(loaded: Run, db: TestDb) -> None:
    from besluitspoor.paths import data_dir

    before = db.snapshot()
    path = data_dir() / "wassenaar-sociaal-team.yaml"
    result = loaded("--lang", "en", "import", str(path))
    assert result.exit_code == 2
    assert (
        "wassenaar-sociaal-team.yaml:6: dossier.id: dossier 'wassenaar-sociaal-team' is "
        "already in the database (add what is new with --merge, or swap the whole dossier "
        "with --replace; --replace --dry-run names what that throws away)" in result.stderr
    )
    assert db.snapshot() == before


def test_replace_names_the_corrections_it_throws_away(
    loaded: Run, db: TestDb, tmp_path: Path
) -> None:
    """A correction made with `edit` is not in the file: --replace says it is lost, and
    --dry-run says so before anything is written."""
    from besluitspoor.paths import data_dir

    path = str(data_dir() / "wassenaar-sociaal-team.yaml")
    edited = loaded("step", "edit", "rib-2023-01-18", "--set", "title=Brief, verbeterd")
    assert edited.exit_code == 0, edited.output
    added = loaded(
        "add", "rib", "wassenaar-sociaal-team", "--date", "2023-03-01", "--title", "Nog een brief"
    )
    assert added.exit_code == 0, added.output
    header = loaded("dossier", "edit", "wassenaar-sociaal-team", "--set", "title=Sociaal Team")
    assert header.exit_code == 0, header.output
    before = db.snapshot()
    dry = loaded("--lang", "en", "import", path, "--replace", "--dry-run", "--json")
    assert dry.exit_code == 0, dry.output
    assert json.loads(dry.stdout)["overwritten"] == {
        "wassenaar-sociaal-team": [
            "dossier.title (changed)",
            "steps.rib-2023-01-18 (changed)",
            "steps.rib-2023-03-01 (gone)",
        ]
    }
    assert "would replace what the file did not hold so" in dry.stderr
    assert db.snapshot() == before
    done = loaded("import", path, "--replace")
    assert done.exit_code == 0, done.output
    assert "wassenaar-sociaal-team: vervangen wat niet zo in het bestand stond: " in done.stderr
    again = loaded("import", path, "--replace", "--json")
    assert json.loads(again.stdout)["overwritten"] == {}  # the same file again loses nothing


def test_same_id_in_two_files_of_one_batch(run: Run, tmp_path: Path) -> None:
    for name in ("one.yaml", "two.yaml"):
        shutil.copy(CORPUS / "good" / "minimal.yaml", tmp_path / name)
    result = run("--lang", "en", "import", str(tmp_path))
    assert result.exit_code == 2
    assert "two.yaml:3: dossier.id: dossier 'minimaal' is also in" in result.stderr


def test_missing_path(run: Run, tmp_path: Path) -> None:
    result = run("--lang", "en", "import", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "nope.yaml: no such file or directory" in result.stderr


def test_a_failed_import_leaves_no_new_database_behind(run: Run, db: TestDb) -> None:
    result = run("--lang", "en", "import", "--dry-run", str(CORPUS / "bad" / "unknown-key.yaml"))
    assert result.exit_code == 2
    assert not db.exists()


def test_dry_run_checks_and_writes_nothing(loaded: Run, db: TestDb) -> None:
    before = db.snapshot()
    result = loaded(
        "--lang", "en", "import", "--dry-run", "--json", str(CORPUS / "good" / "minimal.yaml")
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["dossiers"] == ["minimaal"]
    assert "would import 1 dossier with" in result.stderr
    assert db.snapshot() == before


def test_messages_are_dutch_by_default(loaded: Run) -> None:
    result = loaded("import", str(CORPUS / "bad" / "unknown-key.yaml"))
    assert result.exit_code == 2
    assert (
        "unknown-key.yaml:12: steps[0].decison: sleutel 'decison' is onbekend; "
        "bedoelde u 'decision'?" in result.stderr
    )


def test_a_dutch_key_name_suggests_the_format_key(loaded: Run, tmp_path: Path) -> None:
    text = (CORPUS / "good" / "minimal.yaml").read_text(encoding="utf-8")
    path = tmp_path / "nl.yaml"
    path.write_text(text.replace("  title:", "  titel:", 1), encoding="utf-8")
    result = loaded("import", str(path))
    assert result.exit_code == 2
    assert "sleutel 'titel' is onbekend; bedoelde u 'title'?" in result.stderr


def test_parser_and_system_messages_speak_the_users_language(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "kapot.json"
    broken.write_text('{"format": ', encoding="utf-8")
    dutch = run("import", str(broken))
    assert dutch.exit_code == 2 and "ongeldige JSON: een waarde verwacht" in dutch.stderr
    english = run("--lang", "en", "import", str(broken))
    assert "invalid JSON: Expecting value" in english.stderr
    missing = run("ris", "search", "obv:zeestrand", "--from-file", str(tmp_path / "nergens.json"))
    assert missing.exit_code == 2 and "bestand niet gevonden" in missing.stderr
    assert "No such file" not in missing.stderr
