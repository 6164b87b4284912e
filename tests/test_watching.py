"""Following a council over time (issue 15): the agenda of what falls due (text, markdown,
iCalendar), baselines that fail CI only on new findings, what changed between two checks (text,
markdown, JSON, Atom), and SARIF for code scanning."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.conftest import Run
from tests.test_documents import golden

from besluitspoor.paths import data_dir

AGENDA_DAY = "2021-04-01"


# --- agenda ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "suffix"), [("text", "txt"), ("md", "md"), ("ics", "ics")])
def test_agenda_of_the_bundled_dossiers_golden(loaded: Run, fmt: str, suffix: str) -> None:
    result = loaded("agenda", "--from", AGENDA_DAY, "--days", "365", "-f", fmt)
    assert result.exit_code == 0, result.output
    golden(f"agenda.{suffix}", result.stdout)


def test_agenda_puts_overdue_first_then_by_date(loaded: Run) -> None:
    data = json.loads(loaded("agenda", "--from", AGENDA_DAY, "--days", "365", "-f", "json").stdout)
    assert data["format"] == "besluitspoor-agenda/1"
    items = data["items"]
    overdue = [i["overdue"] for i in items]
    assert overdue == sorted(overdue, reverse=True) and overdue[0]
    upcoming = [i["day"] for i in items if not i["overdue"]]
    assert upcoming == sorted(upcoming)
    assert all(AGENDA_DAY <= d <= "2022-04-01" for d in upcoming)
    # a fuzzy deadline ("juni 2021") falls on the last day of its period
    june = next(i for i in items if i["subject"] == "concept-gr-juni")
    assert june["day"] == "2021-06-30" and june["who"] == "college"
    assert june["evidence"] == ["rib-2021-03-30"]
    window = json.loads(loaded("agenda", "--from", AGENDA_DAY, "--days", "30", "-f", "json").stdout)
    assert [i for i in window["items"] if not i["overdue"]] == []


def test_agenda_window_spelled_from_to_as_ris_spells_it(loaded: Run) -> None:
    # --to "2022-03" is the window's last day (31 March 2022), as --days would give it
    by_days = loaded("agenda", "--from", AGENDA_DAY, "--days", "364", "-f", "json")
    by_end = loaded("agenda", "--from", AGENDA_DAY, "--to", "2022-03", "-f", "json")
    assert by_end.exit_code == 0, by_end.output
    assert by_end.stdout == by_days.stdout
    before = loaded("agenda", "--from", AGENDA_DAY, "--to", "2021-03-01")
    assert before.exit_code == 2
    assert "--to: 2021-03-01 ligt voor het begin van het venster (2021-04-01)" in before.stderr


def test_agenda_feed_is_rfc5545_with_stable_uids(
    loaded: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from icalendar import Calendar

    feed = tmp_path / "agenda.ics"
    assert (
        loaded(
            "agenda", "--from", AGENDA_DAY, "--days", "365", "-f", "ics", "-o", str(feed)
        ).exit_code
        == 0
    )
    raw = feed.read_bytes()
    first = raw.decode("utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # re-published later
    again = loaded("agenda", "--from", "2021-05-01", "--days", "365", "-f", "ics").stdout
    calendar = Calendar.from_ical(first)
    events = calendar.walk("VEVENT")
    assert events and calendar["VERSION"] == "2.0" and "PRODID" in calendar
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert not hasattr(start, "hour") and (end - start).days == 1  # all-day
        assert event["DTSTAMP"] and event["SUMMARY"]
        # A calendar shows an event's title: who and what, short; the finding is below it.
        assert len(str(event["SUMMARY"])) <= 80, event["SUMMARY"]
        assert not str(event["DESCRIPTION"]).splitlines()[0].endswith("…")  # the whole finding
    uids = {str(e["UID"]) for e in events}
    later = {str(e["UID"]) for e in Calendar.from_ical(again).walk("VEVENT")}
    assert len(uids) == len(events) and uids & later  # the same duties keep their UIDs
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # RFC 5545: CRLF lines


# --- baselines -----------------------------------------------------------------------------------


def test_baseline_round_trip(loaded: Run, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    assert (
        loaded("check", "--as-of", "2023-02-08", "--write-baseline", str(baseline)).exit_code == 0
    )
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert data["format"] == "besluitspoor-baseline/1" and data["findings"]
    assert all(set(e) == {"dossier", "rule", "subject", "fingerprint"} for e in data["findings"])
    # nothing new: passes, and says how many are known
    quiet = loaded("check", "--as-of", "2023-02-08", "--baseline", str(baseline), "-f", "json")
    assert quiet.exit_code == 0
    assert json.loads(quiet.stdout)["summary"] == {"error": 0, "warning": 0, "info": 0}
    # the fingerprint does not follow the wording: the English check matches the Dutch baseline
    english = loaded("--lang", "en", "check", "--as-of", "2023-02-08", "--baseline", str(baseline))
    assert english.exit_code == 0 and "0 errors, 0 warnings, 0 info" in english.stderr
    # a new defect: only it is reported, and it fails
    added = loaded(
        "add",
        "motie",
        "westland-adviesraad",
        "--date",
        "2021-01-20",
        "--title",
        "Betrek de adviesraad",
        "--status",
        "aangenomen",
    )
    assert added.exit_code == 0, added.output
    new = loaded(
        "check",
        "--as-of",
        "2023-02-08",
        "--baseline",
        str(baseline),
        "-f",
        "json",
        "--fail-on",
        "warning",
    )
    assert new.exit_code == 1
    findings = [f for d in json.loads(new.stdout)["dossiers"] for f in d["findings"]]
    assert [f["rule"] for f in findings] == ["motie-niet-afgedaan"]
    # a defect repaired: listed as gone
    repaired = loaded(
        "randvoorwaarde",
        "vervuld",
        "convenant",
        "--on",
        "2022-12-20",
        "--evidence",
        "cb-2022-12-13",
    )
    assert repaired.exit_code == 0, repaired.output
    gone = loaded("check", "--as-of", "2023-02-08", "--baseline", str(baseline))
    assert "verdwenen: wassenaar-sociaal-team randvoorwaarde-niet-vervuld convenant" in gone.stderr


def test_a_file_that_is_no_baseline_is_refused(loaded: Run, tmp_path: Path) -> None:
    other = tmp_path / "x.json"
    other.write_text('{"format": "iets anders"}', encoding="utf-8")
    result = loaded("check", "--baseline", str(other))
    assert result.exit_code == 2 and "geen baseline van besluitspoor" in result.stderr


# --- changes -------------------------------------------------------------------------------------


def test_changes_between_two_dates_on_the_bundled_dossiers(loaded: Run, tmp_path: Path) -> None:
    result = loaded("changes", "--since", AGENDA_DAY, "--as-of", "2023-02-08", "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["format"] == "besluitspoor-changes/1"
    assert data["before"] == AGENDA_DAY and data["after"] == "2023-02-08"
    summary = data["summary"]
    assert summary["new"] > 0 and summary["changed"] > 0
    kinds = {(c["change"], c["dossier"], c["rule"], c["subject"]) for c in data["changes"]}
    # the Alblasserdam promise was still to come in April 2021, broken by 2023
    assert ("changed", "alblasserdam-gr-sociaal", "toezegging-verlopen", "concept-gr-juni") in kinds
    # the same against the JSON of an earlier check
    earlier = tmp_path / "findings.json"
    earlier.write_text(
        loaded("check", "--as-of", AGENDA_DAY, "-f", "json").stdout, encoding="utf-8"
    )
    from_file = loaded("changes", "--since", str(earlier), "--as-of", "2023-02-08", "-f", "json")
    assert json.loads(from_file.stdout) == data
    md = loaded("changes", "--since", AGENDA_DAY, "--as-of", "2023-02-08", "-f", "md").stdout
    assert md.startswith("## Wat is veranderd: 1 april 2021 → 8 februari 2023")
    assert (
        f"**{summary['new']} nieuw, {summary['changed']} gewijzigd, {summary['gone']} verdwenen**"
        in md
    )
    same = loaded("changes", "--since", "2023-02-08", "--as-of", "2023-02-08")
    assert "Niets veranderd." in same.stdout
    # The markdown comes from templates/changes.md, which a user's --templates overrides.
    own = tmp_path / "sjablonen"
    own.mkdir()
    (own / "changes.md").write_text(
        "Nieuwsbrief: {{ counts.new }} nieuw\n{% for r in rows %}- {{ r.rule }}\n{% endfor %}",
        encoding="utf-8",
    )
    args = ("changes", "--since", AGENDA_DAY, "--as-of", "2023-02-08", "-f", "md")
    mine = loaded(*args, "--templates", str(own)).stdout
    assert mine.startswith(f"Nieuwsbrief: {summary['new']} nieuw\n- ")


def test_changes_as_an_atom_feed_parse_back(loaded: Run) -> None:
    args = ("changes", "--since", AGENDA_DAY, "--as-of", "2023-02-08")
    atom = loaded(*args, "-f", "atom", "--feed-url", "https://example.org/changes.xml").stdout
    data = json.loads(loaded(*args, "-f", "json").stdout)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(atom.encode())
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert root.find("a:id", ns).text == "https://example.org/changes.xml"  # type: ignore[union-attr]
    entries = root.findall("a:entry", ns)
    assert len(entries) == len(data["changes"])
    ids = [e.find("a:id", ns).text for e in entries]  # type: ignore[union-attr]
    assert len(set(ids)) == len(ids)
    again = ET.fromstring(loaded(*args, "-f", "atom").stdout.encode())
    assert [e.find("a:id", ns).text for e in again.findall("a:entry", ns)] == ids  # type: ignore[union-attr]


# --- SARIF ---------------------------------------------------------------------------------------


def test_sarif_is_schema_valid_and_points_at_the_dossier_lines(loaded: Run) -> None:
    import jsonschema
    from tests.sarif_schema import SCHEMA

    result = loaded("check", "--as-of", "2023-02-08", "-f", "sarif", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    log = json.loads(result.stdout)
    jsonschema.validate(log, SCHEMA, format_checker=jsonschema.FormatChecker())
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert results and {r["ruleId"] for r in results} <= {r["id"] for r in rules}
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        physical = r["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"].endswith(".yaml")
        assert physical["region"]["startLine"] >= 1
    convenant = next(r for r in results if r["properties"]["subject"] == "convenant")
    lines = (data_dir() / "wassenaar-sociaal-team.yaml").read_text(encoding="utf-8").splitlines()
    assert (
        "id: convenant"
        in lines[convenant["locations"][0]["physicalLocation"]["region"]["startLine"] - 1]
    )
    rule = next(r for r in rules if r["id"] == "randvoorwaarde-niet-vervuld")
    assert "Bron:" in rule["help"]["text"] and rule["defaultConfiguration"]["level"] == "warning"
    with_baseline_ids = {r["partialFingerprints"]["besluitspoor/v1"] for r in results}
    assert len(with_baseline_ids) == len(results)


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "besluitspoor-check/1", "as_of": null, "dossiers": []}',
        '{"format": "besluitspoor-check/1", "as_of": "2023-01-01", "dossiers": "x"}',
        '{"format": "besluitspoor-check/1", "as_of": "2023-01-01",'
        ' "dossiers": [{"id": "a", "findings": [{"message": "x"}]}]}',
        '{"format": "besluitspoor-check/1", "as_of": "2023-01-01", "dossiers": [{"id": "a",'
        ' "findings": [{"rule": "r", "kind": "violation", "severity": "fatal", "dossier": "a",'
        ' "message": "m"}]}]}',
        '{"format": "besluitspoor-check/1", "as_of": "2023-01-01",'
        ' "dossiers": [{"id": "a", "findings": 5}]}',
        "[" * 50000 + "]" * 50000,
    ],
    ids=["null-as-of", "dossiers-text", "no-rule", "unknown-severity", "int-findings", "deep"],
)
def test_a_hostile_earlier_check_is_refused_by_name(
    loaded: Run, tmp_path: Path, content: str
) -> None:
    earlier = tmp_path / "eerder.json"
    earlier.write_text(content, encoding="utf-8")
    for command in (("changes", "--since", str(earlier)), ("check", "--baseline", str(earlier))):
        result = loaded(*command)
        assert result.exit_code == 2, result.output
        assert str(earlier) in result.stderr and "interne fout" not in result.stderr


def test_sarif_uris_are_encoded_and_relative_to_the_checkout(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "dossiers 2024 #1"
    folder.mkdir()
    (folder / "één%.yaml").write_text(
        (data_dir() / "westland-adviesraad.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert run("import", str(folder)).exit_code == 0
    monkeypatch.chdir(tmp_path)
    log = json.loads(run("check", "-f", "sarif", "--fail-on", "never").stdout)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"dossiers%202024%20%231/%C3%A9%C3%A9n%25.yaml"}


def test_a_change_of_state_says_the_old_state_not_the_whole_old_message(loaded: Run) -> None:
    """'nog te doen → verstreken' needs no repeat of the message (issue 25.13); feed entries
    are titled in words, and feeds of different dossiers have different ids."""
    args = ("changes", "--since", AGENDA_DAY, "--as-of", "2023-02-08")
    text = loaded(*args, "alblasserdam-gr-sociaal").stdout
    assert "was: nog te doen" in text
    assert "was: toezegging" not in text
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(loaded(*args, "alblasserdam-gr-sociaal", "-f", "atom").stdout.encode())
    titles = [e.find("a:title", ns).text or "" for e in feed.findall("a:entry", ns)]  # type: ignore[union-attr]
    assert titles and all(t.endswith("(alblasserdam-gr-sociaal)") for t in titles)
    assert any(t.startswith("Gewijzigd: toezegging") for t in titles), titles
    other = ET.fromstring(loaded(*args, "wassenaar-sociaal-team", "-f", "atom").stdout.encode())
    assert feed.find("a:id", ns).text != other.find("a:id", ns).text  # type: ignore[union-attr]


def test_sarif_of_the_demo_gives_every_result_a_file_and_line(run: Run) -> None:
    """README's `besluitspoor demo && besluitspoor check --format sarif`: GitHub code scanning
    rejects a result without a physical location (issue 25.14)."""
    assert run("demo").exit_code == 0
    result = run("check", "--format", "sarif", "--fail-on", "never")
    results = json.loads(result.stdout)["runs"][0]["results"]
    assert results
    for entry in results:
        physical = entry["locations"][0]["physicalLocation"]
        assert physical["artifactLocation"]["uri"].endswith(".yaml")
        assert physical["region"]["startLine"] >= 1


@pytest.mark.parametrize(
    ("command", "module"),
    [("agenda", "besluitspoor.render.agenda"), ("changes", "besluitspoor.render.changes")],
)
def test_every_format_a_command_offers_has_one_writer(command: str, module: str) -> None:
    """The renderer table is the one list of written forms: a format the option offers without
    a writer, or a writer no option reaches, fails here."""
    import importlib
    from typing import get_args, get_type_hints

    from besluitspoor.cli import watching

    hints = get_type_hints(getattr(watching, command), include_extras=True)
    (choices, *_) = get_args(hints["fmt"])  # Annotated[Literal[...], typer.Option(...)]
    writers = importlib.import_module(module).WRITERS
    assert set(get_args(choices)) == {"text", *writers}


def test_every_format_timeline_offers_has_one_writer() -> None:
    from typing import get_args, get_type_hints

    from besluitspoor.cli import documents
    from besluitspoor.render.reports import TIMELINE_WRITERS

    hints = get_type_hints(documents.timeline, include_extras=True)
    (choices, *_) = get_args(hints["fmt"])
    assert set(get_args(choices)) == {"text", *TIMELINE_WRITERS}
