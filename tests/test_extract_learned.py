"""The learned reader of prose (`besluitspoor.extract.learned`): a step for a paragraph of news
the patterns did not read, marked for review; never a second one for a paragraph they did."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import Run

from besluitspoor.extract import learned
from besluitspoor.extract.recognize import recognise

ROOT = Path(__file__).resolve().parent.parent

# Council news whose second paragraph tells a decision in words no pattern knows.
NEWS = """Nieuws uit de raad

Dinsdagavond 9 april 2024 kwam de gemeenteraad bijeen.

De bouw van de sporthal werd met algemene stemmen door de raad gesteund.
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
    assert (
        step["title"] == "De bouw van de sporthal werd met algemene stemmen door de raad gesteund"
    )
    assert step["outcome"] == "aangenomen"
    assert draft["quotes"][f"steps/{step['id']}"] == [
        "De bouw van de sporthal werd met algemene stemmen door de raad gesteund."
    ]
    assert "soort, titel en datum nagaan" in draft["review"][f"steps/{step['id']}"]
    # the YAML draft says so above the item
    yaml_out = run("extract", str(page)).stdout
    assert "# nakijken: door het geleerde model voorgesteld" in yaml_out
    # the patterns alone find the meeting only
    alone = recognise(NEWS, readers=learned.PATTERNS_ONLY)
    assert [s["kind"] for s in alone.steps] == ["raadsvergadering"]
    result = run("extract", str(page), "-f", "json", "--patterns-only")
    assert result.exit_code == 0, result.output
    assert [s["kind"] for s in json.loads(result.stdout)["steps"]] == ["raadsvergadering"]


def test_a_paragraph_the_patterns_read_gets_no_second_step_unless_the_model_is_all_but_sure() -> (
    None
):
    told = NEWS.replace("De bouw", "De raad stelde de begroting 2025 vast. De bouw")
    draft = recognise(told, readers=_always(3.0))  # sure (0.95), not all but sure
    assert not [s for s in draft.steps if f"steps/{s['id']}" in draft.review]
    assert [s["kind"] for s in draft.steps] == ["raadsvergadering", "raadsbesluit"]
    draft = recognise(told, readers=_always())  # 0.99: the sentence beside tells its own act
    assert [s["kind"] for s in draft.steps] == ["raadsvergadering", "raadsbesluit", "raadsbesluit"]


def test_a_day_the_sentence_names_dates_the_step_and_a_later_one_announces_it() -> None:
    later = NEWS.replace("De bouw", "Op 14 mei 2024 kan de bouw")
    draft = recognise(later, readers=_always())
    [step] = [s for s in draft.steps if f"steps/{s['id']}" in draft.review]
    assert (step["date"], step.get("status")) == ("2024-05-14", "aangekondigd")


def test_only_prose_is_read_by_the_model() -> None:
    college_list = (
        "Besluitenlijst van de vergadering van het college van B&W van 16 april 2024\n\n"
        "1. Subsidieregeling sport\nHet college besluit de regeling vast te stellen.\n"
    )
    draft = recognise(college_list, readers=_always())
    assert draft.layout == "besluitenlijst-college"
    assert not [s for s in draft.steps if "geleerde" in draft.review.get(f"steps/{s['id']}", "")]


def test_training_is_deterministic_and_learns_what_it_is_shown() -> None:
    said = [
        ("De raad stemde in met de verordening.", {"any", "raadsbesluit"}),
        ("De raad nam de motie over de speeltuin aan.", {"any", "motie"}),
        ("Het was een zonnige dag in het dorp.", set()),
        ("Daarna dronken de raadsleden koffie.", set()),
    ] * 5
    examples = [(learned.features(text, "para", "nieuws"), kinds) for text, kinds in said]
    model = learned.train(examples, learned.STEP_CLASSES, threshold=0.5)
    assert model.to_json() == learned.train(examples, learned.STEP_CLASSES, 0.5).to_json()

    def p(text: str) -> list[float]:
        return model.probabilities(learned.features(text, "para", "nieuws"))

    assert p("De raad stemde in met de verordening.")[0] > 0.5
    assert p("Het was een zonnige dag.")[0] < 0.5
    assert (
        model.best(
            learned.features("De motie over de speeltuin.", "para", "nieuws"), learned.KINDS
        )[0]
        == "motie"
    )


def test_without_its_model_extract_reads_with_the_patterns_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "steps_model.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "doc_type_model.json").write_text('{"format": "other/9"}', encoding="utf-8")
    monkeypatch.setattr(learned, "MODELS", tmp_path)
    learned.shipped.cache_clear()
    try:
        assert learned.shipped_readers() == learned.PATTERNS_ONLY
        draft = recognise(NEWS)
        assert [s["kind"] for s in draft.steps] == ["raadsvergadering"]
        # a model of other classes, or with a field missing, is not read either
        other = {"format": learned.FORMAT, "classes": ["any", "x"], "threshold": 0.5}
        (tmp_path / "steps_model.json").write_text(
            json.dumps({**other, "weights": {"bias": [9.0, 9.0]}}), encoding="utf-8"
        )
        (tmp_path / "doc_type_model.json").write_text(json.dumps(other), encoding="utf-8")
        learned.shipped.cache_clear()
        assert learned.shipped_readers() == learned.PATTERNS_ONLY
    finally:
        learned.shipped.cache_clear()


@pytest.mark.slow
def test_the_shipped_model_is_what_the_corpus_trains() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "train.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("shipped model is current") == 2


def _always(bias: float = 5.0) -> learned.Readers:
    """A steps model sure every sentence tells a decision (by default all but sure: 0.99):
    what the reader does with what a model picks."""
    sure = {"bias": [bias, 1.0] + [0.0] * (len(learned.KINDS) - 1)}  # a raadsbesluit
    return learned.Readers(learned.Model(learned.STEP_CLASSES, sure, threshold=0.5), None)


def test_the_type_model_names_the_type_where_the_patterns_choice_is_unlikely() -> None:
    # a model that finds every document a letter first, council news second, a report unlikely
    classes = ("brief", "overig", "verslag")
    model = learned.Model(classes, {"bias": [9.0, 3.0, -3.0]}, threshold=0.0)
    readers = learned.Readers(None, model)
    report = (
        "Commissie Ruimte 4 maart 2024\n\n"
        "Aanwezig: de voorzitter, de leden en wethouder Jansen.\n\n"
        "1. Opening\nDe voorzitter opent de vergadering.\n"
    )
    assert recognise(report, readers=learned.PATTERNS_ONLY).doc_type == "verslag"
    # the model's likeliest type, whichever it is
    assert recognise(report, readers=readers).doc_type == "brief"
    motion = "Motie vreemd aan de orde van de dag\n\nDe raad, in vergadering bijeen op 4 maart 2024,\n\nverzoekt het college de speeltuin te herstellen,\n"
    # the patterns' choice is one of what the model weighs: one that learned a motion's words
    # and shape are a motion's keeps it
    learned_motions = learned.Model(
        ("brief", "motie", "overig", "verslag"),
        {"bias": [9.0, -9.0, 3.0, -3.0], "r:motie": [-20.0, 20.0, 0.0, 0.0]},
        threshold=0.0,
    )
    assert recognise(motion, readers=learned.Readers(None, learned_motions)).doc_type == "motie"
    assert recognise(report, readers=learned.Readers(None, learned_motions)).doc_type == "brief"
    # and so does a report the model finds likely enough
    sure = learned.Model(classes, {"bias": [9.0, 3.0, 0.5]}, threshold=0.0)
    assert recognise(report, readers=learned.Readers(None, sure)).doc_type == "verslag"
    # and when the model finds no type likely, the patterns' choice stands
    unsure = learned.Model(classes, {"bias": [-0.5, -0.5, -3.0]}, threshold=0.0)
    assert recognise(report, readers=learned.Readers(None, unsure)).doc_type == "verslag"
    # as does the layout a user names
    assert recognise(report, layout_name="verslag", readers=readers).doc_type == "verslag"


def test_a_title_naming_a_decision_list_or_minutes_outweighs_the_type_model() -> None:
    # a model that finds every document council news
    model = learned.Model(("besluitenlijst", "overig", "verslag"), {"bias": [-3, 9, -3]}, 0.0)
    readers = learned.Readers(None, model)
    body = (
        "Commissie Ruimte\nDatum: 12 maart 2024\n\nDe voorzitter opent de vergadering. Mevrouw "
        "De Boer geeft een presentatie over de woningbouw.\n"
    )
    assert recognise("BESLUITENLIJST\n" + body, readers=readers).doc_type == "besluitenlijst"
    assert recognise("Notulen\n" + body, readers=readers).doc_type == "verslag"
    # "Verslag" heads a page of council news as often as minutes: the model still decides
    assert recognise("Verslag\n" + body, readers=readers).doc_type == "overig"


def test_a_meeting_the_model_proposes_is_left_to_the_patterns() -> None:
    meeting = {"bias": [5.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]}  # sure, and of a raadsvergadering
    assert learned.STEP_CLASSES[4] == "raadsvergadering"
    readers = learned.Readers(learned.Model(learned.STEP_CLASSES, meeting, 0.5), None)
    draft = recognise(NEWS, readers=readers)
    assert [s["kind"] for s in draft.steps] == ["raadsvergadering"]
    assert not draft.review


def test_a_page_dated_past_the_formats_years_gets_no_step_from_the_model() -> None:
    # a day the format cannot hold (it takes 1800-2199) makes no step, and no error
    draft = recognise(
        "AANGENOMEN met 19 stemmen voor en 4 tegen.", date(2200, 1, 1), None, _always()
    )
    assert draft.steps == []


def test_a_motion_the_sentence_does_not_name_is_a_decision() -> None:
    motion = {"bias": [5.0, 0.0, 1.0] + [0.0] * (len(learned.KINDS) - 2)}  # sure, of a motion
    readers = learned.Readers(learned.Model(learned.STEP_CLASSES, motion, 0.5), None)
    told = NEWS.replace("De bouw van de sporthal", "Het idee van de SP")
    [step] = [s for s in recognise(told, readers=readers).steps if s["kind"] != "raadsvergadering"]
    assert step["kind"] == "raadsbesluit"
    named = NEWS.replace("De bouw van de sporthal", "De motie van de SP")
    [step] = [s for s in recognise(named, readers=readers).steps if s["kind"] != "raadsvergadering"]
    assert step["kind"] == "motie"


def test_a_stretch_of_a_paragraph_past_what_the_patterns_read_is_read_again() -> None:
    paragraph = (
        "De raad stelde de begroting 2025 vast. Er werd lang gesproken. Daarna was er koffie. "
        "De bouw van de sporthal werd met algemene stemmen door de raad gesteund."
    )
    page = NEWS.replace(NEWS.splitlines()[-1], paragraph)

    def learned_quotes(readers: learned.Readers) -> list[list[str]]:
        draft = recognise(page, readers=readers)
        return [
            draft.quotes[f"steps/{s['id']}"]
            for s in draft.steps
            if f"steps/{s['id']}" in draft.review
        ]

    # sure (0.95): the sentence beside the read one tells the same act; the stretch after it
    # is read, once
    assert learned_quotes(_always(3.0)) == [["Daarna was er koffie."]]
    # all but sure (0.99): the sentence beside the read one is a step of its own too
    assert learned_quotes(_always()) == [["Er werd lang gesproken."], ["Daarna was er koffie."]]


def test_a_document_not_in_prose_never_loads_the_steps_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(learned, "shipped", lambda name="steps": asked.append(name))
    recognise("Besluitenlijst van het college van 16 april 2024\n\n1. Subsidieregeling sport\n")
    assert "steps" not in asked
    recognise(NEWS)
    assert "steps" in asked


def test_a_letter_its_title_names_never_loads_the_type_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(learned, "shipped", lambda name="steps": asked.append(name))
    recognise("Raadsinformatiebrief\n\nDatum: 9 februari 2024\nOnderwerp: Buurtteam\n")
    assert "doc_type" not in asked
    recognise(NEWS)
    assert "doc_type" in asked


def test_a_motion_pointed_back_to_is_the_one_told_already() -> None:
    motion = {"bias": [5.0, 0.0, 1.0] + [0.0] * (len(learned.KINDS) - 2)}  # sure, of a motion
    readers = learned.Readers(learned.Model(learned.STEP_CLASSES, motion, 0.5), None)
    page = NEWS.replace(
        "De bouw van de sporthal werd met algemene stemmen door de raad gesteund.",
        "De SP diende de motie 'Gratis zwemles' in.\n\nOver deze motie werd lang gepraat.",
    )
    motions = [s for s in recognise(page, readers=readers).steps if s["kind"] == "motie"]
    assert len(motions) == 1, motions


@pytest.mark.parametrize(
    "sentence",
    [
        "Omdat het een visie is, heeft de raad afgelopen donderdag niet besloten waar er "
        "gebouwd wordt.",
        "Het college hoopt vanaf 2026 een besparing van een ton te halen.",
        "De fractie is bereid om samen met de raad naar antwoorden te zoeken.",
    ],
)
def test_a_sentence_that_says_no_decision_was_taken_gets_none_from_the_model(
    sentence: str,
) -> None:
    told = NEWS.replace(
        "De bouw van de sporthal werd met algemene stemmen door de raad gesteund.", sentence
    )
    draft = recognise(told, readers=_always())
    assert not _learned({"steps": draft.steps, "review": draft.review})
    # the same reader proposes a decision told plainly
    draft = recognise(NEWS, readers=_always())
    assert _learned({"steps": draft.steps, "review": draft.review})


def test_the_model_sees_what_the_shared_vocabulary_reads_however_it_is_worded() -> None:
    said = learned.features("De motie werd donderdag unaniem aangenomen.", "para", "nieuws")
    assert {"o:aangenomen", "c:motion", "c:day"} <= set(said)
    other = learned.features("Het voorstel haalde het in de stemming niet.", "para", "nieuws")
    assert {"o:verworpen", "c:negation"} <= set(other)


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 5 november heeft de Raad van State het bestemmingsplan stilgelegd op verzoek van "
        "de bewoners.",
        "De minister heeft de subsidie voor de sporthal toegekend.",
    ],
)
def test_another_bodys_act_gets_no_step_from_the_model(sentence: str) -> None:
    told = NEWS.replace(
        "De bouw van de sporthal werd met algemene stemmen door de raad gesteund.", sentence
    )
    draft = recognise(told, readers=_always())
    assert not _learned({"steps": draft.steps, "review": draft.review})
    # the council acting on another body's word is the council's act
    council = "De gemeenteraad heeft het advies van de Raad van State unaniem overgenomen."
    draft = recognise(NEWS.replace("De bouw van de sporthal", council), readers=_always())
    assert _learned({"steps": draft.steps, "review": draft.review})
