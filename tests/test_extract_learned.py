"""The learned reader of prose (`besluitspoor.extract.learned`): a step for a paragraph of news
the patterns did not read, marked for review; never a second one for a paragraph they did."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Run

from besluitspoor.extract import learned
from besluitspoor.extract.recognize import recognise

ROOT = Path(__file__).resolve().parent.parent

# Council news whose second paragraph tells a decision in words no pattern knows.
NEWS = """Nieuws uit de raad

Dinsdagavond 9 april 2024 kwam de gemeenteraad bijeen.

De coalitie gaf groen licht voor de nieuwe afvalstoffenverordening, de oppositie stemde tegen.
"""


def _learned(draft: dict) -> list[dict]:
    return [
        s for s in draft["steps"] if "geleerde model" in draft["review"].get(f"steps/{s['id']}", "")
    ]


def test_a_decision_in_words_no_pattern_knows_becomes_a_step_to_review(
    run: Run, tmp_path: Path
) -> None:
    page = tmp_path / "nieuws.txt"
    page.write_text(NEWS, encoding="utf-8")
    result = run("extract", str(page), "-f", "json")
    assert result.exit_code == 0, result.output
    draft = json.loads(result.stdout)
    [step] = _learned(draft)
    # dated by the meeting the page is about, quoting the sentence it rests on
    assert (step["kind"], step["date"]) == ("raadsbesluit", "2024-04-09")
    assert step["title"].startswith("De coalitie gaf groen licht voor de nieuwe afvalstoffen")
    assert draft["quotes"][f"steps/{step['id']}"] == [
        "De coalitie gaf groen licht voor de nieuwe afvalstoffenverordening, de oppositie "
        "stemde tegen."
    ]
    assert "soort, titel en datum nagaan" in draft["review"][f"steps/{step['id']}"]
    # the YAML draft says so above the item
    yaml_out = run("extract", str(page)).stdout
    assert "# nakijken: door het geleerde model voorgesteld" in yaml_out
    # the patterns alone find the meeting only
    alone = recognise(NEWS, model=learned.NONE)
    assert [s["kind"] for s in alone.steps] == ["raadsvergadering"]


def test_a_paragraph_the_patterns_read_gets_no_second_step() -> None:
    told = NEWS.replace(
        "De coalitie gaf",
        "De raad stelde de begroting 2025 vast. De coalitie gaf",
    )
    draft = recognise(told)
    assert not [s for s in draft.steps if f"steps/{s['id']}" in draft.review]
    assert [s["kind"] for s in draft.steps] == ["raadsvergadering", "raadsbesluit"]


def test_a_day_the_sentence_names_dates_the_step_and_a_later_one_announces_it() -> None:
    later = NEWS.replace("De coalitie gaf", "Op 14 mei 2024 geeft de coalitie").replace(
        "stemde tegen", "stemt tegen"
    )
    draft = recognise(later, model=_always())
    [step] = [s for s in draft.steps if f"steps/{s['id']}" in draft.review]
    assert (step["date"], step.get("status")) == ("2024-05-14", "aangekondigd")


def test_only_prose_is_read_by_the_model() -> None:
    college_list = (
        "Besluitenlijst van de vergadering van het college van B&W van 16 april 2024\n\n"
        "1. Subsidieregeling sport\nHet college besluit de regeling vast te stellen.\n"
    )
    draft = recognise(college_list, model=_always())
    assert draft.layout == "besluitenlijst-college"
    assert not [s for s in draft.steps if "geleerde" in draft.review.get(f"steps/{s['id']}", "")]


def test_training_is_deterministic_and_learns_what_it_is_shown() -> None:
    said = [
        ("De raad stemde in met de verordening.", {"raadsbesluit"}),
        ("De raad nam de motie over de speeltuin aan.", {"motie"}),
        ("Het was een zonnige dag in het dorp.", set()),
        ("Daarna dronken de raadsleden koffie.", set()),
    ] * 5
    examples = [(learned.features(text, "para", "nieuws"), kinds) for text, kinds in said]
    model = learned.train(examples, threshold=0.5)
    assert model.to_json() == learned.train(examples, threshold=0.5).to_json()

    def p(text: str) -> list[float]:
        return model.probabilities(learned.features(text, "para", "nieuws"))

    assert p("De raad stemde in met de verordening.")[0] > 0.5
    assert p("Het was een zonnige dag.")[0] < 0.5
    kinds = dict(zip(learned.KINDS, p("De motie over de speeltuin.")[1:], strict=True))
    assert max(kinds, key=kinds.__getitem__) == "motie"


def test_without_its_model_extract_reads_with_the_patterns_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "steps_model.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(learned, "MODEL_FILE", broken)
    learned.shipped.cache_clear()
    try:
        assert learned.shipped() is None
        draft = recognise(NEWS)
        assert [s["kind"] for s in draft.steps] == ["raadsvergadering"]
    finally:
        learned.shipped.cache_clear()


@pytest.mark.slow
def test_the_shipped_model_is_what_the_corpus_trains() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "train_steps.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "shipped model is current" in done.stdout


def _always() -> learned.Model:
    """A model sure of every sentence: what the reader does with what a model picks."""
    return learned.Model({"bias": [5.0] + [0.0] * len(learned.KINDS)}, threshold=0.5)
