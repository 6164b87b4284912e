"""What an attack on besluitspoor found (issue 14), each as a test: output files that are not
regular files, dates at the edges, deep nesting, error floods, a busy database, non-finite
numbers, hostile gantt labels, malformed values, terminal escapes, another program's database,
backups, templates, and an empty rule selection."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from tests.conftest import CORPUS, Run

from besluitspoor.paths import data_dir

MINIMAL = (CORPUS / "good" / "minimal.yaml").read_text(encoding="utf-8")
WASSENAAR = "wassenaar-sociaal-team"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def besluitspoor(
    *args: str, timeout: float = 60, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """A separate process: survives a crash of the parser, and is timed out if it hangs."""
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "besluitspoor", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd,
    )


# --- 1. -o writes through links, into FIFOs and devices; replaces only regular files ----------


def test_1_output_through_a_symlink_writes_its_target(loaded: Run, tmp_path: Path) -> None:
    target = write(tmp_path, "echt.md", "oud\n")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    result = loaded("timeline", WASSENAAR, "-f", "md", "-o", str(link), "--as-of", "2023-02-08")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text(encoding="utf-8").startswith("# Sociaal Team Wassenaar")


def test_1_output_into_a_fifo_is_streamed_not_replaced(loaded: Run, tmp_path: Path) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = loaded("export", WASSENAAR, "-o", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert b"id: wassenaar-sociaal-team" in received[0]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_1_output_to_a_device_stays_a_device(loaded: Run, tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    for args in (("report", "-o", str(null)), ("export", WASSENAAR, "-o", str(null))):
        result = loaded(*args)
        assert result.exit_code == 0, result.output
        assert stat.S_ISCHR(null.stat().st_mode), args


def test_1_a_new_output_file_gets_the_mode_the_umask_gives(loaded: Run, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "rapport.md"
        assert loaded("report", "-o", str(target)).exit_code == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o640)  # a file that exists keeps its own mode
        assert loaded("report", "-o", str(target)).exit_code == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
    finally:
        os.umask(old)


# --- 2. dates a council can have ----------------------------------------------------------------


@pytest.mark.parametrize("day", ["9999-12-31", "2300-01-01", "1799-12-31", "0001-01-01"])
def test_2_dates_outside_what_a_council_can_have_are_refused(loaded: Run, day: str) -> None:
    added = loaded("add", "vragen", WASSENAAR, "--date", day, "--title", "Vragen")
    assert added.exit_code == 2, added.output
    assert "--date" in added.stderr and "1800" in added.stderr
    edited = loaded("step", "edit", "rib-2023-01-18", "--set", f"date={day}")
    assert edited.exit_code == 2, edited.output
    assert loaded("check", "--as-of", "2023-02-08").exit_code in (0, 1)


def test_2_a_file_with_a_year_9999_date_is_refused_and_checks_keep_working(
    loaded: Run, tmp_path: Path
) -> None:
    text = MINIMAL + "steps:\n  - {id: v, kind: vragen, date: 9999-12-31, title: Vragen}\n"
    result = loaded("import", str(write(tmp_path, "laat.yaml", text)))
    assert result.exit_code == 2
    assert "laat.yaml:8: steps[0].date:" in result.stderr
    for args in (("check",), ("timeline", WASSENAAR), ("report",)):
        assert loaded(*args, "--as-of", "2199-12-31").exit_code in (0, 1), args


def test_2_the_last_possible_day_is_checked_without_overflow(loaded: Run, tmp_path: Path) -> None:
    text = MINIMAL + (
        "steps:\n  - {id: v, kind: vragen, date: 2199-12-31, title: Vragen}\n"
        "promises:\n  - {id: p, text: Iets, made_in: v, due: 2199-12-31}\n"
    )
    assert loaded("import", str(write(tmp_path, "rand.yaml", text))).exit_code == 0
    for args in (("check",), ("timeline", "minimaal"), ("report", "-f", "html")):
        result = loaded(*args, "--as-of", "2199-12-31")
        assert result.exit_code in (0, 1), (args, result.output)


# --- 3. deep nesting -----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("levels", "suffix"), [(1000, "yaml"), (25000, "yaml"), (25000, "json")])
def test_3_deep_nesting_is_refused_with_a_located_message(
    tmp_path: Path, levels: int, suffix: str
) -> None:
    body = "[" * levels + "]" * levels
    text = (
        json.dumps({"format": "besluitspoor/1"})[:-1] + f', "steps": {body}}}'
        if suffix == "json"
        else f"format: besluitspoor/1\nsteps: {body}\n"
    )
    path = write(tmp_path, f"diep.{suffix}", text)
    done = besluitspoor("--db", str(tmp_path / "d.db"), "import", str(path))
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert f"diep.{suffix}:" in done.stderr and "genest" in done.stderr
    assert "Traceback" not in done.stderr


# --- 4. no flood of errors -------------------------------------------------------------------------


@pytest.mark.slow
def test_4_an_alias_flood_is_cut_short(tmp_path: Path) -> None:
    """A 10 KB file whose one bad step, aliased a thousand times, made 55,000 problems."""
    bad = ", ".join(f"k{i}: {i}" for i in range(50))
    text = f"format: besluitspoor/1\nx: &a {{{bad}}}\nsteps: [{', '.join(['*a'] * 1000)}]\n"
    path = write(tmp_path, "vloed.yaml", text)
    assert path.stat().st_size < 12_000
    done = besluitspoor("--db", str(tmp_path / "d.db"), "import", str(path), timeout=60)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) <= 52, len(done.stderr.splitlines())
    assert "nog" in done.stderr.splitlines()[-1]


def test_4_at_most_50_problems_per_file_then_a_count(loaded: Run, tmp_path: Path) -> None:
    steps = "".join(
        f"  - {{id: s{i}, kind: geen-soort, date: 2023-01-01, title: T}}\n" for i in range(120)
    )
    path = write(tmp_path, "veel.yaml", MINIMAL + "steps:\n" + steps)
    result = loaded("import", str(path))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 51, len(lines)
    assert "70" in lines[-1] and "veel.yaml" in lines[-1]


# --- 5. a busy database ------------------------------------------------------------------------------


def test_5_a_busy_database_is_a_clear_message_and_its_own_exit_code(
    loaded: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BESLUITSPOOR_BUSY_TIMEOUT", "0.2")
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        result = loaded("step", "edit", "rib-2023-01-18", "--set", "title=Anders")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert result.exit_code == 4, result.output
    assert result.stderr.count("\n") == 1
    assert "bezig" in result.stderr and "[SQL:" not in result.stderr


def test_5_an_import_parses_before_it_takes_the_write_lock(
    run: Run, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from besluitspoor.dossierfile import read as reader

    assert run("init").exit_code == 0
    seen: list[bool] = []
    original = reader.read_file

    def spying(path: Path, profiles: object = None) -> object:
        probe = sqlite3.connect(db_path, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")  # fails while the import holds the lock
            probe.execute("ROLLBACK")
            seen.append(True)
        except sqlite3.OperationalError:
            seen.append(False)
        finally:
            probe.close()
        return original(path, profiles)  # type: ignore[arg-type]

    from besluitspoor import importer

    monkeypatch.setattr(importer, "read_file", spying)
    result = run("import", str(data_dir()))
    assert result.exit_code == 0, result.output
    assert seen and all(seen), seen


# --- 6. numbers are finite ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("oneindig.yaml", MINIMAL + "  costs: {amount: inf}\n"),
        ("nan.yaml", MINIMAL + "  costs: {amount: nan}\n"),
        (
            "oneindig.json",
            '{"format": "besluitspoor/1", "dossier": {"id": "x", "title": "X", '
            '"municipality": "Y", "profile": "basis", "costs": {"amount": Infinity}}}',
        ),
    ],
)
def test_6_non_finite_numbers_are_refused(run: Run, tmp_path: Path, name: str, text: str) -> None:
    result = run("import", str(write(tmp_path, name, text)))
    assert result.exit_code == 2, result.output
    assert f"{name}:" in result.stderr and "amount" in result.stderr


# --- 7. gantt labels are inert ---------------------------------------------------------------------------

HOSTILE = [
    "click s0 call alert(1)",
    "Click here",
    "gantt",
    "topAxis",
    "inclusiveEndDates",
    "weekday monday",
    "title Nep",
    "TITLE nep",
    "dateFormat YYYY",
    "axisFormat %Y",
    "excludes weekends",
    "includes 2023-01-01",
    "todayMarker off",
    "tickInterval 1day",
    "section Nep",
    "accTitle: x",
    "accDescr: y",
    "%%{init: {'theme': 'dark'}}%%",
    "a : b",
    "a # b",
    "a ; b",
    "weekend friday",
    "x\ntitle y",
    "`code`",
    "<b>vet</b>",
]


@pytest.mark.slow
def test_7_hostile_titles_leave_the_gantt_chart_intact(run: Run, tmp_path: Path) -> None:
    from tests.mermaid import parse_charts

    steps = "".join(
        f"  - {{id: s{i}, kind: brief, date: 2023-01-{i + 1:02d}, title: {json.dumps(title)}}}\n"
        for i, title in enumerate(HOSTILE)
    )
    promise = (
        f"promises:\n  - {{id: p, text: {json.dumps(HOSTILE[0])}, made_in: s0, due: 2023-03-01}}\n"
    )
    text = (
        MINIMAL.replace("Een dossier met alleen het verplichte", "title Nep")
        + "steps:\n"
        + steps
        + promise
    )
    assert run("import", str(write(tmp_path, "vijandig.yaml", text))).exit_code == 0
    charts = []
    for args in (("timeline", "minimaal", "-f", "md"), ("report", "-f", "md")):
        markdown = run(*args, "--as-of", "2023-06-01").stdout
        charts.append(markdown.split("```mermaid\n")[1].split("```")[0])
    from besluitspoor.render.context import mermaid_text

    for title in HOSTILE:  # the filter alone, as a user's template would use it
        charts.append(
            f"gantt\n    dateFormat YYYY-MM-DD\n    {mermaid_text(title)} :x, 2023-01-01, 1d\n"
        )
    parsed = parse_charts(charts)
    for chart, outcome in zip(charts, parsed, strict=True):
        assert outcome["ok"], (outcome, chart)
        assert outcome["dateFormat"] == "YYYY-MM-DD" and not outcome["title"]
        assert len(outcome["tasks"]) == chart.count(" :"), chart


# --- 8. malformed values are input errors -------------------------------------------------------------


@pytest.mark.parametrize(
    "snippet",
    [
        "steps:\n  - {id: [a, b], kind: brief, date: 2023-01-01, title: T}\n",
        "steps:\n  - {id: {a: 1}, kind: brief, date: 2023-01-01, title: T}\n",
        "  costs: {amount: !!int abc}\n",
        "  costs: {amount: !!float abc}\n",
        "  within_plan: !!bool yes\n",
        "  costs: {amount: " + "9" * 5000 + "}\n",
        "  tags: [!!binary aGVsbG8=]\n",
        "  summary: !!timestamp 2023-01-01\n",
    ],
)
def test_8_malformed_values_are_located_input_errors(
    run: Run, tmp_path: Path, snippet: str
) -> None:
    if snippet.startswith("steps"):
        text = MINIMAL + snippet
    else:
        text = MINIMAL.replace("  profile: basis\n", "  profile: basis\n" + snippet)
    result = run("import", str(write(tmp_path, "fout.yaml", text)))
    assert result.exit_code == 2, result.output
    assert any("fout.yaml:" in line for line in result.stderr.splitlines()), result.stderr
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_8_environment_problems_are_one_line_without_sql(tmp_path: Path) -> None:
    missing = tmp_path / "geen" / "map" / "x.db"
    truncated = tmp_path / "half.db"
    whole = tmp_path / "heel.db"
    assert besluitspoor("--db", str(whole), "import", str(data_dir())).returncode == 0
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    cases = [
        ("--db", str(missing), "dossier", "list"),
        ("--db", str(truncated), "check"),
        ("--db", str(truncated), "import", str(data_dir()), "--replace"),
        ("--db", str(tmp_path), "dossier", "list"),  # a folder, not a file
    ]
    for args in cases:
        done = besluitspoor(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.count("\n") == 1, (args, done.stderr)
        assert "[SQL:" not in done.stderr and "SELECT" not in done.stderr, done.stderr
        assert "Traceback" not in done.stderr


def test_8_a_full_disk_is_one_line_without_the_dossier_text(
    loaded: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from besluitspoor.store import dossiers

    def full(*args: object, **kwargs: object) -> None:
        raise OperationalError(
            "INSERT INTO step ...",
            ("x" * 4000,),
            sqlite3.OperationalError("database or disk is full"),
        )

    monkeypatch.setattr(dossiers, "write_rows", full)
    result = loaded("import", str(data_dir()), "--replace")
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and "vol" in result.stderr
    assert "xxxx" not in result.stderr


# --- 9. no terminal escapes from dossier text -----------------------------------------------------------


def test_9_control_characters_never_reach_the_terminal(run: Run, tmp_path: Path) -> None:
    evil = "Titel \x1b[2J\x1b]8;;https://kwaad.example\x07klik\x1b]8;;\x07 \x9b31m einde"
    text = MINIMAL.replace("Een dossier met alleen het verplichte", json.dumps(evil)) + (
        f"steps:\n  - {{id: s, kind: brief, date: 2023-01-01, title: {json.dumps(evil)}}}\n"
    )
    assert run("import", str(write(tmp_path, "escape.yaml", text))).exit_code == 0
    for args in (
        ("dossier", "show", "minimaal"),
        ("timeline", "minimaal"),
        ("check",),
        ("step", "list", "minimaal"),
        ("step", "show", "s"),
    ):
        result = (
            run(*args, "--as-of", "2023-06-01") if args[0] in ("timeline", "check") else run(*args)
        )
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, args
        assert "\x9b" not in result.stdout, args
        assert "Titel" in result.stdout, args


# --- 10. only besluitspoor's own databases ----------------------------------------------------------------


def test_10_another_programs_alembic_database_is_refused(run: Run, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
        conn.execute("CREATE TABLE dossier (id INTEGER PRIMARY KEY, naam TEXT)")
    before = db_path.read_bytes()
    for args in (("init",), ("dossier", "list"), ("import", str(data_dir()))):
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "niet van besluitspoor" in result.stderr
    assert db_path.read_bytes() == before


def test_10_databases_besluitspoor_made_before_are_still_recognised(
    loaded: Run, db_path: Path
) -> None:
    with sqlite3.connect(db_path) as conn:  # as round 1 made them: no application id yet
        conn.execute("PRAGMA application_id = 0")
    assert loaded("dossier", "list").exit_code == 0


# --- 11. backups are whole or absent ------------------------------------------------------------------


def test_11_a_failed_backup_leaves_no_partial_file(
    run: Run, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from besluitspoor.store import db as dbmod

    assert run("init").exit_code == 0

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # as if killed after the copy, before it was complete

    monkeypatch.setattr(dbmod.shutil, "copymode", killed)
    with pytest.raises(KeyboardInterrupt):
        dbmod.backup_file(db_path, "0004")
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]
    monkeypatch.undo()
    backup = dbmod.backup_file(db_path, "0004")
    assert backup.name.startswith("test.db.bak-0004-") and backup.stat().st_size > 0


# --- 12. user templates run sandboxed -------------------------------------------------------------------


def test_12_a_user_template_cannot_reach_python(loaded: Run, tmp_path: Path) -> None:
    own = tmp_path / "sjablonen"
    own.mkdir()
    write(own, "timeline.md", "{{ c.__class__.__mro__[1].__subclasses__() }}\n")
    result = loaded("timeline", WASSENAAR, "-f", "md", "--templates", str(own))
    assert result.exit_code == 2, result.output
    assert "timeline.md" in result.stderr and "object" not in result.stdout


def test_12_a_user_template_cannot_include_a_file_outside_its_folder(
    loaded: Run, tmp_path: Path
) -> None:
    secret = write(tmp_path, "geheim.txt", "wachtwoord-123\n")
    own = tmp_path / "sjablonen"
    own.mkdir()
    (own / "lek.md").symlink_to(secret)
    write(own, "timeline.md", '{% include "lek.md" %}\n')
    result = loaded("timeline", WASSENAAR, "-f", "md", "--templates", str(own))
    assert "wachtwoord-123" not in result.stdout
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize(
    "template",
    [
        "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
        "{{ 'x' * 3000000000 }}",
        "{{ ['x'] * 100000000 }}",
        "{{ 9 ** 9999999 }}",
    ],
    ids=["loop-in-a-loop", "long-text", "long-list", "power"],
)
def test_12_a_user_template_runs_within_a_budget(
    loaded: Run, tmp_path: Path, template: str
) -> None:
    own = tmp_path / "sjablonen"
    own.mkdir()
    write(own, "timeline.md", template + "\n")
    result = loaded("timeline", WASSENAAR, "-f", "md", "--templates", str(own))
    assert result.exit_code == 2, result.output[-300:]
    assert "timeline.md" in result.stderr


# --- 13. an empty selection ---------------------------------------------------------------------------------


def test_13_an_empty_rule_selection_is_an_error(loaded: Run) -> None:
    for empty in ("", ",", " "):
        result = loaded("check", "--select", empty)
        assert result.exit_code == 2, empty
        assert "--select" in result.stderr


def test_an_unknown_kind_of_database_is_a_clear_refusal() -> None:
    from typer.testing import CliRunner

    from besluitspoor.cli.main import app

    result = CliRunner().invoke(app, ["--db", "nope://x", "dossier", "list"])
    assert result.exit_code == 2
    assert "onbekende soort database 'nope'" in result.stderr


def test_a_councils_stray_control_character_is_dropped_not_refused(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from tests.replay import OBV

    hit = json.loads(Path(OBV["zoeken"]).read_text(encoding="utf-8"))
    hit["results"][0]["title"] = "Commissie\x1b[31m Sociaal Domein"
    saved = tmp_path / "zoeken.json"
    saved.write_text(json.dumps(hit), encoding="utf-8")
    assert run("dossier", "add", "--id", "st", "--title", "S", "--municipality", "Zeestrand",
               "--profile", "basis").exit_code == 0  # fmt: skip
    ref = hit["results"][0]["entityId"]
    result = run("ris", "import", "st", "obv:zeestrand", ref, "--from-file", str(saved))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in run("export", "st").stdout


def test_control_characters_in_a_dossier_reach_no_feed_calendar_page_or_annotation(
    run: Run, tmp_path: Path
) -> None:
    evil = "Titel \x1b[2J\x0b bel\x07 einde"
    text = MINIMAL.replace("Een dossier met alleen het verplichte", json.dumps(evil)) + (
        "  start: 2023-01-01\n"
        f"steps:\n  - {{id: s, kind: collegebesluit, date: 2023-02-01, title: {json.dumps(evil)}}}\n"
        f"promises:\n  - {{id: p, text: {json.dumps(evil)}, due: 2023-03-01, made_in: s}}\n"
    )
    assert run("import", str(write(tmp_path, "escape.yaml", text))).exit_code == 0
    outputs = {
        "atom": run("changes", "--since", "2023-01-01", "--as-of", "2023-06-01", "-f", "atom"),
        "ics": run("agenda", "minimaal", "-f", "ics"),
        "github": run("check", "minimaal", "-f", "github", "--as-of", "2023-06-01"),
        "html": run("report", "minimaal", "-f", "html"),
        "md": run("timeline", "minimaal", "-f", "md", "--as-of", "2023-06-01"),
    }
    for name, result in outputs.items():
        assert result.exit_code in (0, 1), (name, result.output)
        assert not any(c in result.stdout for c in "\x1b\x0b\x07"), name


def test_a_nul_in_a_text_is_refused_located_on_every_database(run: Run, tmp_path: Path) -> None:
    """No text holds NUL, and PostgreSQL cannot store it: refused, not an internal error."""
    text = MINIMAL.replace("Een dossier met alleen het verplichte", json.dumps("a\x00b"))
    path = write(tmp_path, "nul.yaml", text)
    result = run("import", str(path))
    assert result.exit_code == 2, result.output
    assert f"{path}:" in result.stderr and "U+0000" in result.stderr
