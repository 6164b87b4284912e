"""Every terminal view at 80 columns (and 60): no id cut, no line wider than the terminal.

Seen when trying the tool as a new user: tables gave the Id column 42 characters and the text
12 ("wenselijkhe…"), `rules` cut the ids `--select` needs, the dossier panel cut its id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import Run

from besluitspoor.profiles import load_profiles
from besluitspoor.rules.registry import RULES

DOSSIERS = [
    "alblasserdam-gr-sociaal",
    "bunnik-regionale-samenwerking",
    "drechtsteden-regionaal-plan",
    "wassenaar-sociaal-team",
    "westland-adviesraad",
]


def _ids_of(loaded: Run, dossier: str) -> set[str]:
    data = json.loads(loaded("export", dossier, "--format", "json").stdout)
    found = {dossier}
    for section in ("steps", "preconditions", "promises"):
        found |= {item["id"] for item in data.get(section, [])}
    return found


def _views(loaded: Run) -> list[tuple[list[str], set[str]]]:
    """(command, the ids it must show whole)."""
    views: list[tuple[list[str], set[str]]] = [
        (["dossier", "list"], set(DOSSIERS)),
        (["rules"], {r.ID for r in RULES}),
        (["profiles"], set(load_profiles(None))),
    ]
    for dossier in DOSSIERS:
        ids = _ids_of(loaded, dossier)
        data = json.loads(loaded("export", dossier, "--format", "json").stdout)
        views += [
            (["dossier", "show", dossier], ids),
            (["timeline", dossier, "--as-of", "2024-01-01"], ids),
            (["check", dossier, "--as-of", "2024-01-01"], {dossier}),
            (["step", "list", dossier], {s["id"] for s in data.get("steps", [])}),
        ]
        if data.get("promises"):
            views.append((["toezegging", "list", dossier], {p["id"] for p in data["promises"]}))
        if data.get("preconditions"):
            pre = {p["id"] for p in data["preconditions"]}
            views.append((["randvoorwaarde", "list", dossier], pre))
    for name, profile in load_profiles(None).items():
        views.append((["profiles", name], {s.id for s in profile.required_steps}))
    return views


@pytest.mark.parametrize("width", [80, 60])
def test_every_terminal_view_keeps_ids_whole(
    loaded: Run, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    from besluitspoor.cli import base

    monkeypatch.setenv("COLUMNS", str(width))
    base.out.cache_clear()  # one console per process: made again at this width
    for command, ids in _views(loaded):
        result = loaded(*command)
        assert result.exit_code in (0, 1), (command, result.output)
        text = result.stdout
        for item in ids:
            assert item in text, (command, width, item)
        too_wide = [line.rstrip() for line in text.splitlines() if len(line.rstrip()) > width]
        # only a token that is itself too long for the terminal (a file path) may stick out
        assert all(len(line.rsplit(" ", 1)[-1]) > width // 2 for line in too_wide), (
            command,
            too_wide,
        )


def test_timeline_counts_are_labelled(loaded: Run) -> None:
    text = loaded("timeline", "wassenaar-sociaal-team", "--as-of", "2023-06-01").stdout
    assert "Alle bevindingen: 0 fouten, 14 waarschuwingen, 6 info" in text
    assert "Over het dossier als geheel\n0 fouten, 6 waarschuwingen, 4 info" in text


def test_profile_params_are_shown_as_yaml(loaded: Run) -> None:
    text = loaded("profiles", "gemeenschappelijke-regeling").stdout
    assert "parameters:\n  gebeurtenis_termijn_dagen: 30\n" in text
    assert "{'" not in text


def test_counts_take_the_plural_the_number_needs(loaded: Run) -> None:
    from besluitspoor.render.labels import counts_text

    assert counts_text({"error": 1, "warning": 2, "info": 0}, "nl") == (
        "1 fout, 2 waarschuwingen, 0 info"
    )
    assert counts_text({"error": 0, "warning": 1, "info": 1}, "en") == (
        "0 errors, 1 warning, 1 info"
    )
    assert "1 stap" in loaded("dossier", "list").stdout  # westland-adviesraad


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """stdout as if it were a terminal (CliRunner's is not)."""
    from besluitspoor.cli import paging

    monkeypatch.setattr(paging, "_is_terminal", lambda: True)


def test_long_output_goes_through_the_pager_on_a_terminal(
    loaded: Run, terminal: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"cat > {paged}")
    monkeypatch.delenv("BESLUITSPOOR_PAGER", raising=False)
    for command in (
        ["check", "wassenaar-sociaal-team", "--as-of", "2023-06-01"],
        ["timeline", "wassenaar-sociaal-team", "--as-of", "2023-06-01"],
        ["dossier", "show", "wassenaar-sociaal-team"],
        ["report", "--as-of", "2023-06-01"],
    ):
        result = loaded(*command)
        assert result.exit_code in (0, 1), (command, result.output)
        assert "wassenaar-sociaal-team" in paged.read_text(encoding="utf-8"), command
        assert result.stdout == "", command  # all of it went to the pager
        paged.unlink()
    rules = loaded("rules")  # some 35 rules, in the user's words
    assert rules.stdout == "" and "stap-ontbreekt" in paged.read_text(encoding="utf-8")
    assert "waarschuwing" in paged.read_text(encoding="utf-8")
    paged.unlink()
    result = loaded("check", "wassenaar-sociaal-team", "--no-pager")
    assert "wassenaar-sociaal-team" in result.stdout and not paged.exists()
    json_out = loaded("check", "wassenaar-sociaal-team", "-f", "json")
    assert json_out.stdout.startswith("{") and not paged.exists()  # data for scripts: never


def test_no_pager_when_it_is_cat_or_empty_and_a_quit_pager_is_no_error(
    loaded: Run, terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for pager in ("cat", ""):
        monkeypatch.setenv("BESLUITSPOOR_PAGER", pager)
        result = loaded("check", "wassenaar-sociaal-team")
        assert "wassenaar-sociaal-team" in result.stdout
    monkeypatch.setenv("BESLUITSPOOR_PAGER", "head -c 1 > /dev/null")  # the reader quits at once
    result = loaded("report", "--as-of", "2023-06-01")
    assert result.exit_code == 0, result.output


def test_one_label_table_per_language_with_the_same_words_in_both() -> None:
    from besluitspoor.render.labels import LABELS, SEVERITY

    def keys(table: dict[str, object], prefix: str = "") -> set[str]:
        found = set()
        for key, value in table.items():
            found.add(prefix + key)
            if isinstance(value, dict):
                found |= keys(value, f"{prefix}{key}.")
        return found

    assert keys(LABELS["nl"]) == keys(LABELS["en"])
    assert LABELS["nl"]["sev_warning"] == "waarschuwing" and LABELS["en"]["warning"] == "warnings"
    assert set(SEVERITY) == {"error", "warning", "info"}


@pytest.mark.slow
def test_the_exit_status_does_not_depend_on_the_reader_stopping_early(
    loaded_db: object, tmp_path: Path
) -> None:
    """`besluitspoor check | head -1`: errors found is exit 1, however little was read."""
    import os
    import subprocess
    import sys

    db = getattr(loaded_db, "url")  # noqa: B009 (a TestDb)
    env = {**os.environ, "BESLUITSPOOR_DB": db, "NO_COLOR": "1"}
    command = [sys.executable, "-m", "besluitspoor", "check", "--as-of", "2023-06-01"]
    whole = subprocess.run(command, env=env, capture_output=True, check=False)
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.readline()
        process.stdout.close()  # the reader goes away, as head does
        said = process.stderr.read()
        process.wait(timeout=120)
    assert whole.returncode == 1
    assert process.returncode == whole.returncode
    assert b"interne fout" not in said


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (("chek",), "Onbekende opdracht 'chek'. Bedoelt u 'check'?", "No such command 'chek'"),
        (("report", "-f", "text"), "'text' is geen van 'md', 'html', 'json'", "is not one of"),
        (("agenda", "--days", "1y"), "verwacht een geheel getal", "valid integer"),
        (("check", "-o", "x"), "Onbekende optie: -o", "No such option: -o"),
        (("step", "show"), "Ontbrekend argument 'STEP'", "Missing argument 'STEP'"),
    ],
)
def test_usage_errors_speak_the_language_of_the_run(
    loaded: Run, args: tuple[str, ...], dutch: str, english: str
) -> None:
    result = loaded(*args)
    assert result.exit_code == 2
    assert dutch in " ".join(result.stderr.split()) and "Fout" in result.stderr
    result = loaded("--lang", "en", *args)
    assert result.exit_code == 2 and english in " ".join(result.stderr.split())


def test_dossier_list_says_what_its_date_is(loaded: Run) -> None:
    listed = loaded("dossier", "list").stdout
    assert "ingang 2023-01-01" in listed and "geen ingang" in listed


def test_amounts_read_as_check_writes_them(run: Run, tmp_path: Path) -> None:
    dossier = tmp_path / "geld.yaml"
    dossier.write_text(
        "format: besluitspoor/1\n"
        "dossier: {id: geld, title: Geld, municipality: Zeestrand, profile: basis}\n"
        "steps:\n"
        "  - {id: cb-1, kind: collegebesluit, date: 2024-02-01, title: Besluit, spends: 350000}\n",
        encoding="utf-8",
    )
    assert run("import", str(dossier)).exit_code == 0
    shown = run("timeline", "geld").stdout
    assert "€ 350.000" in shown and "350000.0" not in shown
    assert "€ 350,000" in run("--lang", "en", "timeline", "geld").stdout


def test_a_head_too_wide_for_the_terminal_goes_on_indented_not_at_column_0() -> None:
    """`changes` at 80 columns wrapped the subject back under "gewijzigd" (issue 25.7): a head
    that does not fit goes on under the entry's indent, its ids whole."""
    from rich.console import Console

    from besluitspoor.render.entries import Cell, Entry, EntryList

    console = Console(width=60, record=True, color_system=None)
    head = [Cell("gewijzigd"), Cell("▲ toezegging-verlopen"), Cell("alblasserdam-gr-sociaal")]
    entry = Entry([*head, Cell("concept-gr-juni-met-een-lange-naam")], ["de bevinding"])
    console.print(EntryList([entry]))
    lines = console.export_text().splitlines()
    assert lines == [
        "gewijzigd  ▲ toezegging-verlopen  alblasserdam-gr-sociaal",
        "    concept-gr-juni-met-een-lange-naam",
        "    de bevinding",
    ]


def test_a_timeline_shows_the_count_first_and_missing_steps_at_the_start(loaded: Run) -> None:
    """Alblasserdam's two errors (required steps missing by the start) were last, on page 2,
    and nothing marked the start (issue 25.8)."""
    text = loaded("timeline", "alblasserdam-gr-sociaal", "--as-of", "2023-02-08").stdout
    lines = text.splitlines()
    assert lines[0].startswith("Alle bevindingen: 2 fouten")
    start = next(n for n, line in enumerate(lines) if "▶ ingangsdatum" in line)
    assert "✖ stap-ontbreekt" in lines[start + 1]
    whole = text.split("Over het dossier als geheel", 1)[1]
    assert "stap-ontbreekt" not in whole and "0 fouten" in whole


@pytest.mark.slow
def test_check_piped_into_a_pager_by_hand_draws_nothing_over_it(loaded_db: object) -> None:
    """`check | less`: stdout a pipe, stderr the terminal. The findings went to the terminal
    (the progress bar redirected stdout) and the count was drawn over less's screen (issue
    25.5). Into a script's pipe the count is still said."""
    import os
    import pty
    import subprocess
    import sys

    db = getattr(loaded_db, "url")  # noqa: B009 (a TestDb)
    env = {**os.environ, "BESLUITSPOOR_DB": db, "NO_COLOR": "1"}
    command = [sys.executable, "-m", "besluitspoor", "check", "--as-of", "2023-02-08"]
    leader, follower = pty.openpty()
    try:
        paged = subprocess.run(
            command, env=env, stdout=subprocess.PIPE, stderr=follower, check=False
        )
        os.close(follower)
        said = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            said += chunk
    finally:
        os.close(leader)
    assert paged.returncode == 1  # errors found, as ever
    # Everything went into the pipe (rich's progress bar once took stdout onto the terminal).
    assert b"alblasserdam-gr-sociaal" in paged.stdout and b"bron: Gemeentewet" in paged.stdout
    assert b"fouten" not in said and b"controleren" not in said
    scripted = subprocess.run(command, env=env, capture_output=True, check=False)
    assert b"fouten" in scripted.stderr
