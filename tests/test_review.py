"""Review as a step of the work: drafted items keep their quote and review notes in the
database, listings mark them, findings resting on them say so, and `nakijken` settles them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import Run

LETTER = """\
Raadsinformatiebrief
Gemeente Zeestrand
Datum: 12 maart 2024
Onderwerp: Start van het wijkteam

Geachte leden van de raad,

Het college heeft op 5 maart 2024 besloten het wijkteam per 1 juli 2024 te laten starten.
In november zullen wij u informeren over de eerste ervaringen.
"""


@pytest.fixture
def drafted(run: Run, tmp_path: Path) -> str:
    """A dossier made from a draft: its items carry quotes and, where guessed, review notes."""
    assert run(
        "dossier", "add", "--id", "wijkteam", "--title", "Wijkteam Zeestrand",
        "--municipality", "Zeestrand", "--profile", "basis", "--start", "2024-07-01",
    ).exit_code == 0  # fmt: skip
    letter = tmp_path / "brief.txt"
    letter.write_text(LETTER, encoding="utf-8")
    draft = tmp_path / "concept.yaml"
    assert run("extract", str(letter), "--dossier", "wijkteam", "-o", str(draft)).exit_code == 0
    result = run("import", str(draft), "--merge")
    assert result.exit_code == 0, result.output
    return "wijkteam"


def _export(run: Run, dossier: str) -> dict:  # type: ignore[type-arg]
    return json.loads(run("export", dossier, "-f", "json").stdout)


def test_drafted_items_keep_their_quote_and_review_notes(run: Run, drafted: str) -> None:
    data = _export(run, drafted)
    decision = next(s for s in data["steps"] if s["kind"] == "collegebesluit")
    assert decision["quote"] == [
        "Het college heeft op 5 maart 2024 besloten het wijkteam per 1 juli 2024 te laten starten."
    ]
    (promise,) = data["promises"]
    assert promise["quote"] and promise["review"]  # "in november": a year taken from the letter
    shown = run("dossier", "show", drafted)
    assert "⚑ nakijken:" in shown.stdout
    detail = run("toezegging", "show", promise["id"])
    assert "citaat" in detail.stdout and "nakijken" in detail.stdout


def test_nakijken_lists_accepts_and_removes_in_one_go(run: Run, drafted: str) -> None:
    listed = run("nakijken", drafted, "--json")
    assert listed.exit_code == 0
    pending = json.loads(listed.stdout)
    assert pending and all(item["review"] for item in pending)
    keys = [f"{p['section']}/{p['id']}" for p in pending]
    text = run("nakijken", drafted)  # not a terminal: a list and how to settle it
    assert keys[0] in text.stdout and "--accept ID" in text.stderr
    first = pending[0]
    result = run("nakijken", drafted, "--accept", first["id"])
    assert result.exit_code == 0, result.output
    after = _export(run, drafted)
    item = next(i for i in after[first["section"]] if i["id"] == first["id"])
    assert "review" not in item and item["quote"] == first["quote"]  # the quote stays
    assert run("nakijken", drafted, "--accept", first["id"]).exit_code == 2  # nothing left there
    assert run("nakijken", drafted, "--accept", "nergens").exit_code == 2
    result = run("nakijken", drafted, "--accept-all")
    assert result.exit_code == 0 and json.loads(run("nakijken", drafted, "--json").stdout) == []


def test_a_removed_item_may_not_leave_a_reference_behind(run: Run, tmp_path: Path) -> None:
    dossier = tmp_path / "d.yaml"
    dossier.write_text(
        "format: besluitspoor/1\n"
        "dossier: {id: d, title: D, municipality: Zeestrand, profile: basis}\n"
        "steps:\n"
        "  - {id: rib-1, kind: raadsinformatiebrief, date: 2024-03-05, title: RIB,\n"
        "     review: [datum nagaan]}\n"
        "promises:\n"
        "  - {id: p1, text: Wij informeren u., made_in: rib-1, review: [termijn nagaan]}\n",
        encoding="utf-8",
    )
    assert run("import", str(dossier)).exit_code == 0
    before = run("export", "d").stdout
    refused = run("nakijken", "d", "--remove", "rib-1")
    assert refused.exit_code == 2 and "p1" in refused.stderr
    assert run("export", "d").stdout == before  # nothing written
    both = run("nakijken", "d", "--remove", "rib-1", "--remove", "p1")
    assert both.exit_code == 0, both.output
    assert _export(run, "d").get("steps", []) == []


def test_a_finding_that_rests_on_an_unreviewed_item_says_so(run: Run, tmp_path: Path) -> None:
    dossier = tmp_path / "d.yaml"
    dossier.write_text(
        "format: besluitspoor/1\n"
        "dossier: {id: d, title: D, municipality: Zeestrand, profile: basis}\n"
        "steps:\n"
        "  - {id: rib-1, kind: raadsinformatiebrief, date: 2024-03-05, title: RIB}\n"
        "promises:\n"
        "  - {id: p1, text: Wij informeren u voor 1 juni., made_in: rib-1, due: 2024-06-01,\n"
        "     review: [termijn nagaan]}\n",
        encoding="utf-8",
    )
    assert run("import", str(dossier)).exit_code == 0
    result = run("check", "d", "--as-of", "2024-07-01", "-f", "json")
    (checked,) = json.loads(result.stdout)["dossiers"]
    about = [f for f in checked["findings"] if f["subject"] == "p1"]
    assert about and all(f["unreviewed"] == ["p1"] for f in about)
    assert all("rust op nog na te kijken: p1" in f["message"] for f in about)
    assert run("nakijken", "d", "--accept", "p1").exit_code == 0
    again = json.loads(run("check", "d", "--as-of", "2024-07-01", "-f", "json").stdout)
    assert not any("unreviewed" in f for f in again["dossiers"][0]["findings"])


def test_nakijken_on_a_terminal_asks_item_by_item(
    run: Run, drafted: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from besluitspoor.cli import reviewing

    monkeypatch.setattr(reviewing, "interactive", lambda: True)
    pending = json.loads(run("nakijken", drafted, "--json").stdout)
    answers = {"steps": "o", "preconditions": "o", "promises": "b"}  # skip; edit the promise
    script = "".join(
        answers[p["section"]] + "\n" + ("due=2024-11\n\n" if p["section"] == "promises" else "")
        for p in pending
    )
    result = run("nakijken", drafted, input=script)
    assert result.exit_code == 0, result.output
    (promise,) = _export(run, drafted)["promises"]
    assert promise["due"] == "2024-11" and "review" not in promise
