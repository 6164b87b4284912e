"""export, demo, start-up cost and shell completion."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Run, TestDb

from besluitspoor.paths import data_dir


def test_export_is_stable_and_reimports_identically(loaded: Run, tmp_path: Path) -> None:
    first = loaded("export", "--all", "-o", str(tmp_path / "one"))
    assert first.exit_code == 0, first.output
    second = loaded("export", "--all", "-o", str(tmp_path / "two"))
    assert second.exit_code == 0
    files = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert files == sorted(p.name for p in data_dir().glob("*.yaml"))
    for name in files:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    replaced = loaded("import", "--replace", str(tmp_path / "one"))
    assert replaced.exit_code == 0, replaced.output
    assert "vervangen" in replaced.stderr
    third = loaded("export", "--all", "-o", str(tmp_path / "three"))
    assert third.exit_code == 0
    for name in files:
        assert (tmp_path / "three" / name).read_bytes() == (tmp_path / "one" / name).read_bytes()


def test_export_one_to_stdout_yaml_and_json(loaded: Run) -> None:
    yaml_out = loaded("export", "wassenaar-sociaal-team")
    assert yaml_out.exit_code == 0
    assert yaml_out.stdout.startswith(
        "format: besluitspoor/1\ndossier:\n  id: wassenaar-sociaal-team"
    )
    assert "  start: 2023-01-01\n" in yaml_out.stdout
    json_out = loaded("export", "wassenaar-sociaal-team", "--format", "json")
    data = json.loads(json_out.stdout)
    assert data["dossier"]["facts"] == {"affects_residents": "yes"}
    assert len(data["preconditions"]) == 7


def test_export_json_file_by_suffix(loaded: Run, tmp_path: Path) -> None:
    target = tmp_path / "w.json"
    assert loaded("export", "westland-adviesraad", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text())["steps"][0]["unsolicited"] is True


def test_export_errors(loaded: Run) -> None:
    assert loaded("export").exit_code == 2
    several = loaded("export", "wassenaar-sociaal-team", "westland-adviesraad")
    assert several.exit_code == 2 and "-o MAP" in several.stderr
    unknown = loaded("export", "wassenaar")
    assert unknown.exit_code == 2 and "geen dossier 'wassenaar'" in unknown.stderr


def test_bundled_dossiers_survive_a_round_trip_unchanged(loaded: Run, tmp_path: Path) -> None:
    from besluitspoor.dossierfile.read import read_file

    loaded("export", "--all", "-o", str(tmp_path))
    for original in data_dir().glob("*.yaml"):
        assert read_file(tmp_path / original.name).dossier == read_file(original).dossier


def test_demo_leads_on_to_the_next_command(run: Run, db_path: Path) -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert f"demo: 5 dossiers geladen in {db_path}" in result.stderr
    assert "verder: besluitspoor dossier show wassenaar-sociaal-team" in result.stderr
    # observation 11: the next natural command works on the database the demo loaded
    assert run("dossier", "show", "wassenaar-sociaal-team").exit_code == 0
    # a second demo keeps what the volunteer changed since
    assert (
        run("dossier", "edit", "westland-adviesraad", "--set", "summary=Eigen tekst").exit_code == 0
    )
    again = run("demo")
    assert "demo: 0 dossiers geladen" in again.stderr
    assert "uw eigen versie bewaard van: westland-adviesraad" in again.stderr
    assert "Eigen tekst" in run("dossier", "show", "westland-adviesraad").stdout


def test_demo_into_a_folder_names_the_database(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--dir", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.output
    where = tmp_path / "demo" / "besluitspoor.db"
    assert f"verder: BESLUITSPOOR_DB={where} besluitspoor dossier show" in result.stderr


def test_demo_shows_the_wassenaar_trail(run: Run) -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    for text in (
        "Sociaal Team Wassenaar",
        "18 jan 2023",
        "▶ ingangsdatum",
        "Randvoorwaarden",
        "registratiesysteem",
    ):
        assert text in result.stdout


def test_demo_keeps_its_database_with_dir(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--dir", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "demo" / "besluitspoor.db").exists()
    again = run("demo", "--dir", str(tmp_path / "demo"))  # idempotent
    assert again.exit_code == 0, again.output


def _imports_of(*args: str, env: dict[str, str] | None = None) -> set[str]:
    code = (
        "import sys\n"
        f"sys.argv = ['besluitspoor', {', '.join(repr(a) for a in args)}]\n"
        "try:\n    from besluitspoor.cli.main import run; run()\nexcept SystemExit:\n    pass\n"
        "print('MODULES', ' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=True,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES"))
    return {m.split(".")[0] for m in line.split()[1:]}


HEAVY = {"sqlmodel", "sqlalchemy", "alembic", "jinja2"}


def test_help_version_and_completion_do_not_import_heavy_libraries(tmp_path: Path) -> None:
    assert not HEAVY & _imports_of("--version")
    assert not HEAVY & _imports_of("--help")
    assert not HEAVY & _imports_of("add", "rib", "--help")
    completion = {
        "_BESLUITSPOOR_COMPLETE": "complete_bash",
        "COMP_WORDS": "besluitspoor dossier show ",
        "COMP_CWORD": "3",
        "BESLUITSPOOR_DB": str(tmp_path / "none.db"),
    }
    assert not HEAVY & _imports_of(env=completion)


def test_help_does_not_load_what_only_markdown_help_and_pretty_tracebacks_use() -> None:
    assert not {"markdown_it", "pygments"} & _imports_of("--help")
    assert not {"markdown_it", "pygments"} & _imports_of("chek")  # a usage error, formatted


def test_the_deferred_rich_modules_are_the_real_ones_when_used() -> None:
    code = (
        "from besluitspoor.cli import deferred\n"
        "deferred.defer()\n"
        "import rich.markdown, rich.traceback\n"
        "from rich.markdown import Markdown\n"
        "from rich.console import Console\n"
        "console = Console(width=40, color_system=None)\n"
        "with console.capture() as out:\n"
        "    console.print(Markdown('# Titel'))\n"
        "print(type(Markdown('x')).__module__, rich.markdown.Heading.__name__, out.get().strip())\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n"
        "    print(type(rich.traceback.Traceback()).__module__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["rich.markdown", "Heading", "Titel", "rich.traceback"]


def test_completion_offers_ids_from_the_database(loaded: Run, db: TestDb) -> None:
    env = {
        **os.environ,
        "_BESLUITSPOOR_COMPLETE": "complete_bash",
        "COMP_WORDS": "besluitspoor --db " + db.url + " step show cb",
        "COMP_CWORD": "5",
    }
    result = subprocess.run(
        [sys.executable, "-m", "besluitspoor"], env=env, capture_output=True, text=True
    )
    assert "cb-2022-12-13" in result.stdout
    assert "cb-2022-06-inrichtingsplan" in result.stdout
    env["COMP_WORDS"] = "besluitspoor --db " + db.url + " dossier show wa"
    env["COMP_CWORD"] = "5"
    result = subprocess.run(
        [sys.executable, "-m", "besluitspoor"], env=env, capture_output=True, text=True
    )
    assert result.stdout.split() == ["wassenaar-sociaal-team"]


def test_python_dash_m_and_version() -> None:
    from besluitspoor import __version__

    result = subprocess.run(
        [sys.executable, "-m", "besluitspoor", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"besluitspoor {__version__}"


def test_every_command_has_help_with_an_example(run: Run) -> None:
    from typer.main import get_command

    from besluitspoor.cli.main import app

    group = get_command(app)
    missing = []

    def walk(command: object, path: list[str]) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, [*path, name])
            return
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        if "besluitspoor" not in result.stdout.split("Options")[0]:
            missing.append(" ".join(path))

    walk(group, [])
    assert missing == [], f"commands without an example in --help: {missing}"


def test_an_import_says_when_a_dossier_names_no_municipality(run: Run, tmp_path: Path) -> None:
    """A draft leaves `municipality: onbekend`; the import says so (issue 25.16)."""
    path = tmp_path / "d.yaml"
    path.write_text(
        "format: besluitspoor/1\ndossier:\n  id: buurtteams\n  title: Buurtteams\n"
        "  municipality: onbekend\n  profile: basis\n",
        encoding="utf-8",
    )
    result = run("import", str(path))
    assert result.exit_code == 0
    assert "buurtteams noemt geen gemeente" in result.stderr
    assert "--set municipality=NAAM" in result.stderr


def test_the_render_package_has_no_circles() -> None:
    """Views build on the leaf helpers, never the other way round: no render module imports
    (even inside a function) one that imports it back."""
    import ast
    from graphlib import CycleError, TopologicalSorter

    import besluitspoor.render as render

    folder = Path(render.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in folder.glob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "besluitspoor.render."
            ):
                found.add(node.module.rsplit(".", 1)[1])  # type: ignore[union-attr]
        graph[path.stem] = found - {path.stem}
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as circle:  # pragma: no cover - the failure being tested for
        pytest.fail(f"render modules import each other in a circle: {circle.args[1]}")


def test_listing_dossiers_loads_no_model(loaded: Run, db: TestDb) -> None:
    """`dossier add` reads its options from the model only when it is built itself."""
    assert "pydantic" not in _imports_of("--db", db.url, "dossier", "list")
    assert "pydantic" in _imports_of("--db", db.url, "dossier", "add", "--help")


def test_showing_a_dossier_or_its_steps_loads_no_model(loaded: Run, db: TestDb) -> None:
    """`dossier show` and `step list` build records from the model's shapes (besluitspoor.shapes),
    which the first run keeps in the cache: from then on they need no pydantic."""
    dossier = "wassenaar-sociaal-team"
    assert "pydantic" in _imports_of("--db", db.url, "dossier", "show", dossier)  # shapes kept
    for command in (["dossier", "show"], ["step", "list"]):
        for json_flag in ([], ["--json"]):
            imported = _imports_of("--db", db.url, *command, dossier, *json_flag)
            assert "pydantic" not in imported, (command, json_flag)
