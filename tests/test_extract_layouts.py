"""Each document layout on a fixture of its own (tests/corpus/extract, made-up Oosthaven texts
in the shapes real councils publish), through the CLI as a user runs it; and the engine's parts:
dates, outcomes, the document's structure."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.conftest import Run

from besluitspoor.extract import LAYOUT_NAMES, learned
from besluitspoor.extract.recognize import recognise

DOCS = Path(__file__).parent / "corpus" / "extract"


def _draft(run: Run, name: str) -> dict:  # type: ignore[type-arg]
    result = run("extract", str(DOCS / name), "-f", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _steps(draft: dict) -> set[tuple[str, str, str | None]]:  # type: ignore[type-arg]
    return {(s["kind"], s["date"], s.get("status") or s.get("outcome")) for s in draft["steps"]}


def test_outcomes_in_capitals_and_votes(run: Run) -> None:
    draft = _draft(run, "uitslagenlijst-hoofdletters.txt")
    assert draft["doc_type"] == "besluitenlijst"
    assert _steps(draft) == {
        ("raadsvergadering", "2024-05-14", None),
        ("raadsbesluit", "2024-05-14", "aangenomen"),
        ("motie", "2024-05-14", "verworpen"),
        ("amendement", "2024-05-14", "verworpen"),  # "Niet aangenomen"
        ("motie", "2024-05-14", "ingetrokken"),
    }


def test_college_overview_by_its_headings_without_page_furniture(run: Run) -> None:
    draft = _draft(run, "collegebesluiten-overzicht.txt")
    assert draft["doc_type"] == "besluitenlijst"
    decisions = [s for s in draft["steps"] if s["kind"] == "collegebesluit"]
    assert [s["title"] for s in decisions] == [
        "Subsidie jeugdwerk 2025",
        "Antwoorden op schriftelijke vragen over de Veerstraat",
        "Uitvoeringsplan warmte",
    ]
    assert {s["date"] for s in decisions} == {"2024-05-21"}
    titles = " ".join(s["title"] for s in draft["steps"]) + draft["dossier"]["title"]
    assert "Skip" not in titles and "Pagina delen" not in titles


def test_amendment_and_its_meeting(run: Run) -> None:
    draft = _draft(run, "amendement-havenplein.txt")
    assert draft["doc_type"] == "motie"
    assert _steps(draft) == {
        ("amendement", "2024-05-14", "ingediend"),
        ("raadsvergadering", "2024-05-14", None),
    }
    [amendment] = [s for s in draft["steps"] if s["kind"] == "amendement"]
    assert "Groen op het plein" in amendment["title"]


def test_register_entry_with_slashed_and_dotted_dates(run: Run) -> None:
    draft = _draft(run, "toezegging-register.txt")
    assert draft["doc_type"] == "overig"
    [promise] = draft["promises"]
    assert promise["by"] == "Wethouder Van Dam"
    assert promise["due"] == "2017-12-01"
    meeting = next(s for s in draft["steps"] if s["id"] == promise["made_in"])
    assert (meeting["kind"], meeting["date"]) == ("commissievergadering", "2017-05-10")
    assert meeting["committee"] == "Commissie Samenleving"
    assert ("raadsinformatiebrief", "2019-03-12", None) in _steps(draft)


def test_council_news_with_outcomes_in_prose(run: Run) -> None:
    draft = _draft(run, "raadsnieuws.txt")
    assert draft["doc_type"] == "overig"
    steps = _steps(draft)
    assert ("raadsvergadering", "2024-09-24", None) in steps
    assert ("raadsbesluit", "2024-09-24", None) in steps or (
        "raadsbesluit",
        "2024-09-24",
        "aangenomen",
    ) in steps
    [motion] = [s for s in draft["steps"] if s["kind"] == "motie"]
    assert (motion["date"], motion["status"]) == ("2024-09-24", "aangenomen")
    assert motion["title"] == "Motie Zwemles voor elk kind"
    [promise] = draft["promises"]  # "De wethouder zegde toe aan de raad"
    assert promise["due"] == "2025-01/2025-03"


def test_committee_page_of_a_council_information_system(run: Run) -> None:
    draft = _draft(run, "vergaderpagina.txt")
    # The patterns read it as a report; a page giving each item's decision is a besluitenlijst
    # as much (the corpus's gold calls such pages either), which the type model may prefer.
    assert draft["doc_type"] in ("verslag", "besluitenlijst")
    page = (DOCS / "vergaderpagina.txt").read_text(encoding="utf-8")
    assert recognise(page, readers=learned.PATTERNS_ONLY).doc_type == "verslag"
    assert _steps(draft) == {
        ("commissievergadering", "2024-10-08", None),
        ("raadsvergadering", "2024-10-29", "aangekondigd"),
    }
    committee = draft["steps"][0]
    assert (committee["committee"], committee["time"]) == ("Commissie Ruimte", "19:30")


def test_proposal_dates_from_its_header_not_from_an_end_date(run: Run) -> None:
    draft = _draft(run, "raadsvoorstel-archief.txt")
    assert draft["doc_type"] == "raadsvoorstel"
    assert draft["doc_date"] == "2024-09-03"  # not "tot 1 januari 1980"
    assert _steps(draft) == {
        ("raadsvoorstel", "2024-09-03", None),
        ("raadsvergadering", "2024-10-01", "aangekondigd"),
    }
    assert draft["steps"][0]["title"] == "Wijziging Verordening parkeerbelastingen"
    assert draft["dossier"]["profile"] == "verordening"
    assert draft["dossier"]["start"] == "2025-01-01"


def test_letter_announcing_a_delay(run: Run) -> None:
    draft = _draft(run, "brief-vertraging.txt")
    assert draft["doc_type"] == "raadsinformatiebrief"
    assert _steps(draft) == {
        ("raadsinformatiebrief", "2023-04-12", None),
        ("collegebesluit", "2023-04-04", None),
        ("raadsbesluit", "2023-06-15", "aangekondigd"),  # "De raad besluit op 15 juni a.s."
    }
    dues = sorted(p["due"] for p in draft["promises"])
    assert dues == ["2023-07-01", "2023-07/2023-09"]
    assert {p["made_in"] for p in draft["promises"]} == {"rib-2023-04-12"}


@pytest.mark.parametrize(
    "name", sorted(p.name for p in DOCS.glob("*.txt") if p.name != "rib-buurtteam.txt")
)
def test_every_fixture_draft_imports_and_quotes_its_text(
    empty: Run, tmp_path: Path, name: str
) -> None:
    text = " ".join((DOCS / name).read_text(encoding="utf-8").split())
    draft = _draft(empty, name)
    for quotes in draft["quotes"].values():
        for quote in quotes:
            assert quote in text
    target = tmp_path / "concept.yaml"
    assert empty("extract", str(DOCS / name), "-o", str(target)).exit_code == 0
    result = empty("import", str(target), "--dry-run")  # against an empty database
    assert result.exit_code == 0, result.output


# --- the engine's parts ------------------------------------------------------------------


def test_a_date_in_a_web_address_is_no_date() -> None:
    from besluitspoor.extract import dates

    assert dates.find("zie https://raad.example.nl/vergadering-16-oktober-2025-2", None) == []


@pytest.mark.parametrize(
    ("text", "iso", "period"),
    [
        ("in het derde kwartaal van 2023", "2023-07/2023-09", True),
        ("in Q3 2024", "2024-07/2024-09", True),
        ("in het voorjaar 2024", "2024-03/2024-05", True),
        ("medio 2024", "2024-06/2024-07", True),
        ("eind 2023", "2023-10/2023-12", True),
        ("in de eerste helft van 2025", "2025-01/2025-06", True),
        ("voor de zomer van 2024", "2024-07", True),
        ("na de zomer van 2024", "2024-09/2024-10", True),
        ("op 10/5/2017", "2017-05-10", False),
        ("op 09.01.2019", "2019-01-09", False),
        ("12.Nov.2020", "2020-11-12", False),  # a news site's byline
        ("geplaatst 3-mrt-2021", "2021-03-03", False),
        ("op 2023-01-18", "2023-01-18", False),
        ("in juni 2022", "2022-06", False),
        ("op woensdagavond 26 juni 2019", "2019-06-26", False),
        ("gepubliceerd 2019-12-09T08:15:00+01:00", "2019-12-09", False),  # a page's timestamp
        ("week 5, 2021", "2021-02-01/2021-02-07", True),
        ("Besluitenlijst week 2 - 2023", "2023-01-09/2023-01-15", True),
        ("de collegebesluiten van week 3 (2021)", "2021-01-18/2021-01-24", True),
    ],
)
def test_dates_and_periods_in_words(text: str, iso: str, period: bool) -> None:
    from besluitspoor.extract import dates

    [found] = dates.find(text, None)
    assert (found.value.iso(), found.period) == (iso, period)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("week 5, 2021", "2021-02"),  # Monday to Sunday in one month
        ("Besluitenlijst week 44 - 2020", "2020-10"),  # 26 October to 1 November
        ("week 53 2020", "2020-12"),  # 28 December to 3 January
        ("voorjaar 2024", "2024"),  # a season is its year
    ],
)
def test_a_step_dated_by_a_week_takes_the_month_of_most_of_its_days(text: str, iso: str) -> None:
    from besluitspoor.extract import dates

    [found] = dates.find(text, None)
    assert dates.step_date(found).iso() == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("De raad heeft gisterenavond de begroting vastgesteld", "2025-11-11"),
        ("Een vijftal moties werd dinsdagavond in stemming gebracht", "2025-11-11"),
        ("Woensdagmiddag besprak de commissie het plan", "2025-11-12"),  # the same day
        ("Donderdagavond stemde de raad in", "2025-11-06"),
        ("Afgelopen maandag vergaderde de raad", "2025-11-10"),
        # a bare weekday: the last one in a sentence told in the past, the next in one to come
        ("De raad heeft maandag de begroting vastgesteld", "2025-11-10"),
        ("De raad vergadert donderdag over de begroting", "2025-11-13"),
        # an evening still to come is the next one
        ("De raad houdt vrijdagavond een extra vergadering", "2025-11-14"),
        # the tense of a quote is not that of the sentence around it
        ("'We gaan akkoord', zei de fractievoorzitter dinsdagavond", "2025-11-11"),
        ("Terugblik raadsvergadering 10-11", "2025-11-10"),
    ],
)
def test_days_news_tells_relative_to_its_own_date(text: str, iso: str) -> None:
    from besluitspoor.extract import dates

    [found] = dates.find(text, date(2025, 11, 12))  # a Wednesday
    assert (found.value.iso(), found.inferred) == (iso, True)


def test_a_bare_weekday_without_a_tense_is_no_date() -> None:
    from besluitspoor.extract import dates

    assert dates.find("Op donderdag is het markt.", date(2025, 11, 12)) == []


def test_two_days_of_one_month() -> None:
    from besluitspoor.extract import dates

    found = dates.find("de raadsvergaderingen van 27 en 30 juni 2022", None)
    assert [f.value.iso() for f in found] == ["2022-06-27", "2022-06-30"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # each day named with its weekday
        (
            "de raadsvergadering van dinsdag 25 en donderdag 27 juni 2019",
            ["2019-06-25", "2019-06-27"],
        ),
        # three days, the first ones by a comma
        (
            "Op dinsdag 21, woensdag 22 en donderdag 23 juni 2022 vergaderen de raadsleden.",
            ["2022-06-21", "2022-06-22", "2022-06-23"],
        ),
        (
            "Op 5, 6 en 7 november 2019 vergaderde de raad.",
            ["2019-11-05", "2019-11-06", "2019-11-07"],
        ),
        # a number before a comma is no day of a list without its "en"
        ("Agendapunt 5, 6 juni 2019: de begroting.", ["2019-06-06"]),
    ],
)
def test_days_of_one_month_listed(text: str, days: list[str]) -> None:
    from besluitspoor.extract import dates

    assert [f.value.iso() for f in dates.find(text, None)] == days


def test_a_meeting_on_two_days_is_two_meetings() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsbesluiten juni 2019\n\nDe gemeenteraad heeft in de openbare raadsvergadering van "
        "dinsdag 25 en donderdag 27 juni 2019 de volgende besluiten genomen.\n"
    )
    meetings = [s["date"] for s in draft.steps if s["kind"] == "raadsvergadering"]
    assert meetings == ["2019-06-25", "2019-06-27"]


def test_a_date_without_a_year_takes_it_from_its_passage() -> None:
    from besluitspoor.extract.recognize import recognise

    text = (
        "Brief van de bewoners\n\n"
        "1 In juni 2022 informeerde het college de raad met een raadsinformatiebrief.\n"
        "In november zal de raad opnieuw worden geïnformeerd.\n\n"
        "Wassenaar, 8 februari 2023\n"
    )
    draft = recognise(text)
    [promise] = draft.promises
    assert promise["due"] == "2022-11"  # not November 2023, the year of the letter
    assert draft.review[f"promises/{promise['id']}"] == "jaar afgeleid (2022-11): nagaan"
    assert promise["made_in"] == "rib-2022-06"


def test_bounds_and_starts() -> None:
    from besluitspoor.extract import dates

    found = dates.find("Geldig tot 1 januari 1980; de regeling gaat in per 1 juli 2024.", None)
    assert [(f.value.iso(), f.role) for f in found] == [
        ("1980-01-01", "bound"),
        ("2024-07-01", "from"),
    ]
    assert dates.first_day("tot 1 januari 1980, vastgesteld op 3 maart 2024") == dates.FuzzyDate(
        2024, 3, 3
    )
    # a start is no day a document or meeting is dated by either
    assert dates.first_day("De regeling gaat in per 1 juli 2024; besloten op 3 maart 2024.") == (
        dates.FuzzyDate(2024, 3, 3)
    )


def test_weekday_decides_the_year() -> None:
    from besluitspoor.extract import dates

    [found] = dates.find("op dinsdag 3 maart", date(2025, 2, 1))
    assert found.value.iso() == "2026-03-03" and found.inferred


def test_a_weekday_no_year_near_a_bare_year_fits_takes_the_documents_year() -> None:
    from besluitspoor.extract import dates

    text = (
        "Er zijn zorgen over de financiën vanaf 2026. Tijdens de raadsvergadering van dinsdag 7 "
        "november spraken de fracties over de begroting."
    )
    found = [m.value.iso() for m in dates.find(text, date(2023, 11, 9))]
    assert found == ["2026", "2023-11-07"]


@pytest.mark.parametrize(
    ("wording", "status"),
    [
        ("Niet aangenomen", "verworpen"),
        ("AANGENOMEN met 19 stemmen voor en 4 stemmen tegen", "aangenomen"),
        ("met 11 stemmen voor en 16 tegen", "verworpen"),
        ("voor: 9, tegen: 14", "verworpen"),
        ("Unaniem stemden alle fracties in met het voorstel", "aangenomen"),
        ("kon rekenen op de steun van de gehele raad", "aangenomen"),
        ("Alle raadsleden zijn akkoord", "aangenomen"),
        ("is niet akkoord met 11 stemmen voor en 20 stemmen tegen", "verworpen"),
        ("De motie is ingetrokken", "ingetrokken"),
        ("De raad besluit de motie te verwerpen", "verworpen"),
        ("Het voorstel wordt besproken", None),
        ("De motie van de SGP om de reserve aan te vullen haalde het evenmin", "verworpen"),
        ("De motie kreeg ook enkel de steun van de SGP en het CDA", "verworpen"),
        ("Het amendement sneuvelde", "verworpen"),
        ("De motie om jongeren sneller aan werk te helpen is gestrand", "verworpen"),
        ("Het amendement is in de stemming gesneuveld", "verworpen"),
        ("De raad nam de motie van de VVD unaniem aan", "aangenomen"),
        ("De motie kreeg brede steun", "aangenomen"),
        ("De motie kreeg unanieme steun", "aangenomen"),
        ("Het voorstel kon woensdagavond op een ruime meerderheid rekenen", "aangenomen"),
        ("Het terugdraaien van de verhoging haalde het in de stemming niet", "verworpen"),
        ("De motie kwam net enkele stemmen tekort", "verworpen"),
        ("De moties van de oppositie haalden het geen van allen", "verworpen"),
        ("De motie over de markt werd weggestemd", "verworpen"),
        ("Ook een amendement over transparantie kreeg voldoende stemmen", "aangenomen"),
        ("een motie die op grote steun van de raad kon rekenen", "aangenomen"),
        ("De motie werd ondersteund door alle fracties", "aangenomen"),
        ("Er wordt vuurwerk afgeschoten", None),
    ],
)
def test_one_vocabulary_for_outcomes_in_extract_and_ris(wording: str, status: str | None) -> None:
    from besluitspoor.outcomes import outcome_of
    from besluitspoor.ris.records import outcome

    assert outcome_of(wording) == status
    assert outcome(wording)[0] == (status or "ingediend")


def test_page_furniture_and_header_fields() -> None:
    from besluitspoor.extract import document

    doc = document.read(
        "Skip to content\nPagina delen\n*Z038C7E9AB1*\nRaadsinformatiebrief\n"
        "Registratienummer : Z / 12 Datum : 8 oktober 2014 Onderwerp : Jeugdhulp\n"
        "Locatie\nRaadzaal\n"
    )
    assert doc.head(1) == ["Raadsinformatiebrief"]
    assert doc.fields["datum"] == "8 oktober 2014"
    assert doc.fields["onderwerp"] == "Jeugdhulp"
    assert doc.fields["locatie"] == "Raadzaal"
    # a council information system's own lines are no title either
    doc = document.read(
        "Informatiesysteem Gemeente Dordrecht\nHele tekst\nDownload getekende besluitenlijst\n"
        "Raadsinformatiebrief over de visie Schil-West\n"
    )
    assert doc.head(1) == ["Raadsinformatiebrief over de visie Schil-West"]
    # nor is a breadcrumb trail, whatever its last crumb says
    doc = document.read(
        "Home > Raad en college > Raadsnieuws > Raad besloot over de begroting\n"
        "U bent hier: Home » Nieuws » De raad stemde in\nRaadsnieuws 12 maart\n"
    )
    assert doc.head(1) == ["Raadsnieuws 12 maart"]


# Lines in the shapes council documents mix: numbers, labels, dictum points, codes, bullets,
# dates with and without years, votes, quotes. Any mix of them is read without an error.
_SHAPES = [
    "Besluit:",
    "Besluit: akkoord.",
    "1. Opening",
    "1.1 De verordening vast te stellen.",
    "2. Motie 'Groen' (D66)",
    "D/22/070818 | Antwoord op vragen",
    "Agendapunt 7: Amendement A1",
    "• 2.1.1",
    "• Dhr. Jansen",
    "• Memo aan de raad, conform besloten",
    "Agendapunten",
    "Commissie Ruimte",
    "Raadsvergadering 3 april 2024",
    "2 maart Raadsvergadering",
    "De raad besluit op 15 juni a.s. over het voorstel.",
    "In november zal de raad worden geïnformeerd.",
    "Wij zullen u in het derde kwartaal van 2023 informeren.",
    "AANGENOMEN met 19 stemmen voor en 4 tegen.",
    "Het college heeft op 3 maart besloten.",
    "Datum: 10/5/2017",
    "Toezegging",
    "Status",
    "Aangenomen",
    "- ID",
    "randvoorwaarden:",
    "- er is geen convenant",
    "",
    "Skip to content",
    "tot 1 januari 1980",
    "“Zwemles voor elk kind”",
]


@pytest.mark.slow
@given(
    st.lists(st.sampled_from(_SHAPES), max_size=40),
    st.none() | st.dates(),
    st.none() | st.sampled_from(sorted(LAYOUT_NAMES)),
)
@example(["2. Motie 'Groen' (D66)", "Aangenomen"], date(2200, 1, 1), None)  # found once
@example(  # found once: an item's outcome past a site's furniture, quoted as one
    [
        "Besluit:",
        "Agendapunt 7: Amendement A1",
        "Skip to content",
        "Aangenomen",
        "Agendapunt 7: Amendement A1",
        "Agendapunten",
        "Datum: 10/5/2017",
    ],
    None,
    "verslag",
)
@example(  # found once: a title begun with a capital the text has not, quoted as written
    [
        "• 2.1.1",
        "Agendapunten",
        "Raadsvergadering 3 april 2024",
        "Besluit:",
        "De raad besluit op 15 juni a.s. over het voorstel.",
    ],
    None,
    None,
)
@example(  # found once: an outcome under a heading, in a year past the format's
    ["Besluit:", "D/22/070818 | Antwoord op vragen", "Besluit: akkoord."], date(2200, 1, 1), None
)
@example(  # found once: a motion's outcome on the line after a site's furniture
    ["Raadsvergadering 3 april 2024", "2. Motie 'Groen' (D66)", "Skip to content", "Aangenomen"],
    None,
    None,
)
@example(  # found once: a quote ran across page furniture set aside between two blocks
    [
        "Besluit:",
        "Besluit:",
        "De raad besluit op 15 juni a.s. over het voorstel.",
        "tot 1 januari 1980",
        "Besluit:",
        "Besluit:",
        "Skip to content",
        "Besluit:",
    ],
    None,
    "besluitenlijst-raad",
)
@settings(max_examples=300, deadline=None)
def test_any_mix_of_council_shapes_is_read_without_an_error(
    lines: list[str], given: date | None, layout: str | None
) -> None:
    """Every layout, on any mix of the shapes: no error, quotes verbatim, ids unique."""
    from besluitspoor.extract.draft import to_json, to_yaml
    from besluitspoor.extract.recognize import recognise

    draft = recognise("\n".join(lines), given, layout)
    text = " ".join("\n".join(lines).split())
    for quotes in draft.quotes.values():
        for quote in quotes:
            assert quote in text
    ids = [s["id"] for s in draft.steps]
    assert len(ids) == len(set(ids))
    to_yaml(draft, None, "x.txt")
    to_json(draft)


def test_a_document_can_be_read_as_another_layout(run: Run) -> None:
    result = run("extract", str(DOCS / "raadsnieuws.txt"), "--layout", "verslag", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["doc_type"] == "verslag"
    wrong = run("extract", str(DOCS / "raadsnieuws.txt"), "--layout", "versalg")
    assert wrong.exit_code == 2
    assert "--layout: onbekende opmaak 'versalg'" in wrong.stderr and "verslag" in wrong.stderr


def test_layout_names_are_the_registry() -> None:
    from besluitspoor.extract import LAYOUT_NAMES as names
    from besluitspoor.extract.layouts import LAYOUTS

    assert set(LAYOUTS) == set(names)


def test_a_bulleted_list_of_motions_with_votes(run: Run) -> None:
    draft = _draft(run, "moties-opsomming.txt")
    assert draft["doc_type"] == "besluitenlijst"
    assert [(s["kind"], s.get("status"), s["title"]) for s in draft["steps"][1:]] == [
        ("motie", "aangenomen", "Motie Groene schoolpleinen (GroenLinks)"),
        ("motie", "verworpen", "Motie Gratis zwemles (SP)"),
        ("amendement", "ingetrokken", "Amendement Parkeernorm (VVD)"),
    ]


def test_the_second_date_of_a_sentence_dates_the_second_act() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsinformatiebrief\nDatum: 20 maart 2024\n\nDe commissie Ruimte besprak op 3 maart "
        "het voorstel, dat de raad op 17 maart heeft vastgesteld.\n"
    )
    acts = {(s["kind"], s["date"]) for s in draft.steps}
    assert {("commissievergadering", "2024-03-03"), ("raadsbesluit", "2024-03-17")} <= acts


def test_a_college_overview_with_its_words_apart_under_navigation() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Overzicht College Besluiten\nHome > Bestuur > Overzicht College Besluiten\n\n"
        "Collegevergadering 5 maart 2024\n\nSubsidie Dorpshuis\nHet college verleent subsidie.\n\n"
        "Verkeersbesluit Kerkstraat\nHet college stelt het verkeersbesluit vast.\n"
    )
    assert draft.doc_type == "besluitenlijst"
    assert [(s["kind"], s["date"], s["title"]) for s in draft.steps] == [
        ("collegebesluit", "2024-03-05", "Subsidie Dorpshuis"),
        ("collegebesluit", "2024-03-05", "Verkeersbesluit Kerkstraat"),
    ]


@pytest.mark.parametrize(
    ("sentence", "promise"),
    [
        ("Wij informeren u in het najaar over de nieuwe planning.", True),
        ("We houden u op de hoogte van de voortgang.", True),
        ("Wij verwachten u voor de zomer te kunnen informeren over de uitkomst.", True),
        ("De uitkomsten worden in juni 2024 aan de raad voorgelegd.", True),
        ("U ontvangt binnenkort een raadsvoorstel.", True),
        ("Eind 2024 volgt een nieuwe notitie aan de raad.", True),
        ("De wethouder zegde toe aan de raad dat de planning volgt.", True),
        ("Op 3 maart 2024 zegde de wethouder toe de raad te informeren.", True),
        ("Wel heeft de wethouder de toezegging gedaan een bijeenkomst te organiseren.", True),
        ("Wethouder Zijlstra zal nagaan of de raad een bushokje kan krijgen.", True),
        ("Het college komt na de zomer naar de raad terug met een kredietaanvraag.", True),
        ("De burgemeester beloofde de raad uiterlijk in mei een brief te sturen.", True),
        ("De wethouder belooft een nieuwe planning aan de raad voor te leggen.", True),
        ("Toezegging: de wethouder stuurt voor 1 juni een memo over de kosten.", True),
        ("Het college komt in het najaar met een voorstel over de sporthal.", True),
        ("De portefeuillehouder neemt het mee en komt erop terug in de commissie.", True),
        ("Komende week zal de raad een brief ontvangen over de gevolgen.", True),
        ("Wethouder Van Rijn zal nagaan of er een bushokje kan komen.", True),
        ("De wethouder komt hier schriftelijk op terug.", True),
        ("Volgende maand zal het college de raad laten weten hoe de aanbesteding verloopt.", True),
        ("Die rapportage zal voor de zomer aan de raad worden verstrekt.", True),
        ("De wethouder meldt dat de commissie in mei bijgepraat wordt over de kosten.", True),
        ("Over de uitkomst zal de raad na de zomer worden bijgepraat.", True),
        ("De raad zal hierover worden ingelicht.", True),
        ("Ontwikkeling van de mobiliteitsvisie (wordt nagezonden).", True),
        ("In de informatie van komende maandag zal tekst en uitleg worden gegeven.", True),
        (
            "Er is sprake van een tekort, maar de details zullen schriftelijk beantwoord worden.",
            True,
        ),
        ("De burgemeester neemt dit mee in de evaluatie van het beleid.", True),
        ("De wethouder gaat in gesprek met de ondernemers en koppelt dit terug.", True),
        ("De vragen van de VVD worden schriftelijk beantwoord.", True),
        ("Actie: wethouder Bakker informeert de commissie over de planning.", True),
        ("De motie werd door een toezegging van de burgemeester ingetrokken.", True),
        ("Wethouder Smit kondigde aan het fonds beter onder de aandacht te brengen.", True),
        ("De wethouder gaat na of dit kan en informeert de raad daarover.", True),
        ("De wethouder komt in de volgende commissievergadering terug op de vragen.", True),
        ("De wethouder stuurt de raad de gevraagde cijfers toe.", True),
        ("De gevraagde informatie wordt voor de raadsvergadering aan de raad toegezonden.", True),
        ("Hij geeft aan dat de nota in het voorjaar aan de raad wordt aangeboden.", True),
        ("Toezegging wethouder De Weger: het college zal de toestroom onderzoeken.", True),
        ("Volgens wethouder Otter wil hij de raad zo goed mogelijk informeren.", True),
        ("Raadslid Jansen wil de raad informeren over zijn gesprek met bewoners.", False),
        ("Wethouder Van Beurden zei een onderzoek toe naar de opties voor zonneweides.", True),
        ("Het college zegde o.a. een overzicht van leegstaande gebouwen toe aan de raad.", True),
        ("'Uiterlijk 1 juni heeft u de definitieve eindafrekening', zei de wethouder.", True),
        ("De raad kreeg donderdagavond de toezegging dat er in 2025 een voorstel komt.", True),
        (
            "Wethouder Mulder gaat kijken of de bushalte kan blijven en laat de raad dat weten.",
            True,
        ),
        # a letter's "wij" after the verb, the council receiving from "ons", "zal ... doen"
        ("Na de zomer sturen wij uw raad de uitkomsten van de enquête.", True),
        ("De eerste resultaten delen wij in maart met de commissie.", True),
        ("Begin volgend jaar ontvangt u van ons het plan van aanpak.", True),
        ("Het college zal de raad in het voorjaar een voorstel doen over de haven.", True),
        ("Wethouder Pronk informeert de raad binnen drie weken over de uitslag.", True),
        ("Nieuw was de toezegging van wethouder Bos om de raad elk kwartaal bij te praten.", True),
        ("'Ik kom daar in de volgende commissie uitgebreid op terug,' zei de wethouder.", True),
        ("Tot slot beloofde hij de raad een overzicht van de kosten.", True),
        # an answer in writing, agreeing, promising in the infinitive
        ("De fracties stelden vragen. De wethouder gaf aan ze schriftelijk te beantwoorden.", True),
        ("Wethouder Smit (afwezig) zal schriftelijk antwoorden.", True),
        ("Wethouder Smit stemde toe de bewoners bij het ontwerp te betrekken.", True),
        ("Dat was voor wethouder Smit reden om toe te zeggen dat de brug wordt hersteld.", True),
        ("Het CDA stemde toe het voorstel te steunen.", False),
        ("De commissie wordt schriftelijk ingelicht over het aantal studenten.", True),
        ("De voorzitter doet de toezegging hier na de zomer op terug te komen.", True),
        ("Gelukkig heeft de wethouder wél toezeggingen gedaan aan de raad.", True),
        (
            "Het college zegde o.a. een overzicht van leegstaande gebouwen en sturingsinformatie "
            "voor de jeugd en een inventarisatie van vervoersmogelijkheden toe aan de raad.",
            True,
        ),
        ("De wethouder zegde niet op voorhand ruimhartigheid toe aan de raad.", False),
        ("In deze rubriek houdt de gemeenteraad u op de hoogte van het werk.", False),
        # made by another body or an official, or pressed for by a party
        ("De omgevingsdienst heeft toegezegd de raad in mei te informeren.", False),
        ("Een ambtenaar zegt toe de presentatie aan de commissie te mailen.", False),
        ("Het college heeft het ministerie toegezegd de cijfers in juni aan te leveren.", False),
        ("Wij dringen er bij het college op aan dat de raad snel een brief krijgt.", False),
        ("We blijven bij de wethouder aandringen op een brief aan de raad.", False),
        ("Op aandringen van het CDA zegde de wethouder toe de raad te informeren.", True),
        ("Nu bieden wij u de notitie over de samenwerking aan.", False),
        ("De fractie van de VVD zal de commissie in mei een voorstel doen.", False),
        ("De SP vraagt de burgemeester toe te zeggen dat de raad een evaluatie ontvangt.", False),
        ("Wethouder Kok heeft de minister toegezegd dat de gemeente 120 mensen opvangt.", False),
        ("De VVD vroeg de wethouder om een toezegging over de planning.", False),
        ("De wethouder kondigde aan dat hij aftreedt.", False),
        # history told in the present, a request of a motion, the letter itself, others
        ("Alle fracties wilden weten wanneer de nota aan de raad wordt aangeboden.", False),
        ("In januari 2022 wordt de nota aan de raad gestuurd.", False),
        ("Verzoekt het college de raad voor 1 juli te informeren.", False),
        ("Met deze brief informeren wij u over de start.", False),
        ("Wij zullen de partners in het najaar informeren.", False),
        ("Het college heeft de raad geïnformeerd.", False),
        ("Het CDA vraagt of de wethouder kan toezeggen dat de raad wordt geïnformeerd.", False),
        # what the council demands; the newsletter informing now
        ("Het herziene plan moet uiterlijk op 3 juni a.s. aan de raad worden voorgelegd.", False),
        ("In deze nieuwsbrief informeren wij u over het werk van de raad.", False),
        ("In deze mail wordt u geïnformeerd over hoe de crisisorganisatie werkt.", False),
        ("In deze 3e Nieuwsbrief wordt u onder meer geïnformeerd over de voortgang.", False),
        ("In deze ‘B en W belicht’ informeren wij u over de openbare besluiten.", False),
        ("We houden u op de hoogte via deze website en de raadswebsite.", False),
        # minutes in the speaker's words; coming back on a question; "aan commissie en raad"
        ("Zodra ik de datum weet, zal ik dat in de commissie meedelen.", True),
        ("De kwestie van de openbare school, daar komen wij naderhand op terug.", True),
        ("Wethouder Van Dijk zou daar op terugkomen.", True),
        (
            "Wethouder Smit zegt dat de verordeningen in december aan commissie en raad worden voorgelegd.",
            True,
        ),
        ("Het rapport wordt door de rekenkamer aan de gemeenteraad aangeboden.", False),
        # another government, the council's own wish, a broken promise, a standing rule
        ("Het Rijk heeft toegezegd de raad in mei extra geld te sturen.", False),
        ("De minister heeft toegezegd de kamer hier op korte termijn over te informeren.", False),
        ("De gemeenteraad vindt het belangrijk dat de commissie wordt geïnformeerd.", False),
        ("De wethouder heeft toegezegd de raad te informeren, maar dat is niet nagekomen.", False),
        ("Vragen van de raad worden te allen tijde schriftelijk beantwoord.", False),
        ("Hierna volgt de brief van de bewoners aan college en raad.", False),
        # coming with a planning or a letter, involving the council, a promise in the first person
        ("Het college komt schriftelijk met een planning voor het verbod op staalslakken.", True),
        ("Afgesproken is dat wethouder Bakker met een procesbrief zal komen.", True),
        ("De portefeuillehouder zei dat ze de raad meer gaat betrekken.", True),
        ("Ik beloof daar scherper op te letten, aldus wethouder Van Zeijts.", True),
        ("De wethouder gaat met de bewoners in gesprek.", False),
        # going to find out, at the council's asking
        ("Na aandringen van de raad gaat het college onderzoeken of aangifte mogelijk is.", True),
        ("De provincie gaat onderzoeken of de weg breder kan.", False),
        # coming back, promising, reporting, the council to be informed, looking into it
        ("Mocht er een wachtlijst ontstaan, dan komt de wethouder terug bij de raad.", True),
        ("De wethouder belooft dat er geen weg door het park komt.", True),
        ("De wethouder beloofde de omwonenden een nieuwe speeltuin.", False),
        ("Spreker zal de raad daar nader over berichten.", True),
        ("Wethouder Raven meldt dat de raad geinformeerd zal worden via een brief.", True),
        ("De stukken over kunst zijn verouderd; de wethouder gaat hiernaar kijken.", True),
        ("Het is ons streven u de resultaten binnen enkele weken te presenteren.", True),
        ("De wethouder zegt dat er volgend jaar naar de OZB gekeken zal worden.", True),
        # briefing the council, taking a point along, giving the council insight
        ("Het college besluit de raad aan te bieden om hen op 14 mei bij te praten.", True),
        ("Wethouder Bos neemt in het actieplan (januari a.s.) mee of er acties nodig zijn.", True),
        ("Zij zullen de raad inzicht bieden in wat nog op de rol staat.", True),
        ("De fractie neemt het advies mee in haar afweging.", False),
        # a promise recalled, a paper that can be sent on, a wethouder willing
        ("Wij wezen de wethouder op haar toezegging te zorgen voor een verbod.", True),
        (
            "Wethouder Bos zegt dat de notitie volgende week kan worden toegezonden aan de commissie.",
            True,
        ),
        ("De wethouder is bereid de commissie over de planning bij te praten.", True),
        ("De fractie is bereid om samen met de raad te zoeken.", False),
    ],
)
def test_promises_in_the_words_councils_use(sentence: str, promise: bool) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Raadsinformatiebrief\nDatum: 10 april 2024\n\n{sentence}\n")
    assert bool(draft.promises) is promise, draft.promises


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # a day or month without a year is the next one: a promise is kept after it is made
        ("Het college komt voor 1 oktober met een voorstel naar de raad.", "2023-10-01"),
        ("De wethouder heeft toegezegd dat de raad in juni een evaluatie ontvangt.", "2023-06"),
        ("De wethouder zegde toe de raad in mei te informeren.", "2023-05"),
        # a sentence that writes its year keeps it
        ("In 2022 zegde de wethouder toe de raad in juni te informeren.", "2022-06"),
    ],
)
def test_a_promise_without_a_year_is_due_after_it_was_made(sentence: str, due: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Verslag van de commissie Bestuur van 12 maart 2023\n\n1. Sporthal\n{sentence}\n"
    )
    assert [p.get("due") for p in draft.promises] == [due]


def test_motions_and_amendments_decided_inside_an_item(run: Run) -> None:
    draft = _draft(run, "besluitenlijst-geneste-moties.txt")
    assert _steps(draft) == {
        ("raadsvergadering", "2024-03-12", None),
        ("raadsbesluit", "2024-03-12", "aangenomen"),  # 4.1, conform
        ("amendement", "2024-03-12", "verworpen"),
        ("motie", "2024-03-12", "aangenomen"),
    }
    sport = next(s for s in draft["steps"] if "Sportnota" in s["title"])
    assert sport["outcome"] == "aangenomen"  # its own vote, not the amendment's


def test_a_report_with_a_list_of_promises(run: Run) -> None:
    draft = _draft(run, "verslag-toezeggingen.txt")
    assert draft["doc_type"] == "verslag"
    assert _steps(draft) == {
        ("commissievergadering", "2024-04-08", None),
        ("raadsvergadering", "2024-04-23", "aangekondigd"),
    }
    assert draft["steps"][0]["committee"] == "Commissie Bestuur en Middelen"
    promises = {p["text"][:20]: (p["by"], p.get("due"), p["made_in"]) for p in draft["promises"]}
    assert promises == {
        "Wethouder Kaya stuur": ("Wethouder Kaya", "2024-05-01", "cie-2024-04-08"),
        "De burgemeester info": ("burgemeester", "2024-09/2024-10", "cie-2024-04-08"),
        # listed under "Toezeggingen" without a verb of promising, still a promise
        "Overzicht van de sub": ("Wethouder Kaya", None, "cie-2024-04-08"),
    }


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (
            "Aan de gemeenteraad van Oosthaven\n\nBetreft: Jaarverslag\n\nGeachte raad,\n\n"
            "Hierbij bieden wij u het jaarverslag aan.\n\nBurgemeester en wethouders van Oosthaven\n",
            "raadsinformatiebrief",
        ),
        (
            "Aan de fractievoorzitters\n\nBetreft: Zorgen over het buurthuis\n\nGeachte heer, mevrouw,\n\n"
            "Namens de bewoners vragen wij uw aandacht.\n\nDe Vrienden van het Buurthuis\n",
            "brief",
        ),
    ],
)
def test_a_letter_from_the_college_to_the_council_is_a_raadsinformatiebrief(
    text: str, doc_type: str
) -> None:
    from besluitspoor.extract.recognize import recognise

    assert recognise(text).doc_type == doc_type


def test_every_step_names_the_document_it_came_from(run: Run, tmp_path: Path) -> None:
    saved = tmp_path / "pagina.txt"
    saved.write_text(
        "# source: https://oosthaven.example/besluiten/12-maart\n"
        + (DOCS / "moties-opsomming.txt").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    draft = _draft(run, str(saved))
    assert {s["source"] for s in draft["steps"]} == {"https://oosthaven.example/besluiten/12-maart"}
    assert draft["dossier"]["sources"][0]["url"] == "https://oosthaven.example/besluiten/12-maart"
    given = run(
        "extract", str(DOCS / "raadsnieuws.txt"), "--source", "https://x.example/n", "-f", "json"
    )
    assert {s["source"] for s in json.loads(given.stdout)["steps"]} == {"https://x.example/n"}
    plain = _draft(run, "raadsnieuws.txt")
    assert {s["source"] for s in plain["steps"]} == {"raadsnieuws.txt"}
    # and the draft imports with its sources
    target = tmp_path / "concept.yaml"
    assert run("extract", str(saved), "-o", str(target)).exit_code == 0
    assert run("import", str(target)).exit_code == 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("in de Commissie Mens en Maatschappij van 30 november", "Commissie Mens en Maatschappij"),
        ("verslag van de commissie 1 der gemeente", "Commissie 1"),
        ("de Raadscommissie Ruimte en Wonen besprak", "Raadscommissie Ruimte en Wonen"),
        ("Cie. Zorg en Welzijn 4 maart 2024 19:30", "Commissie Zorg en Welzijn"),
    ],
)
def test_committee_names(text: str, name: str) -> None:
    from besluitspoor.extract.acts import committee

    assert committee(text) == name


def test_a_later_date_told_as_done_is_no_announcement() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsessie 4 december 2018\nDe raadsleden zijn bevraagd over het plan.\n\n"
        "Raadsessie 15 januari 2019\nTijdens de raadsessie op 15 januari 2019 is door de directeur "
        "van de sociale dienst, in de Carrousel Sociaal, een terugkoppeling gegeven.\n"
    )
    later = next(s for s in draft.steps if s["date"] == "2019-01-15")
    assert "status" not in later


def test_a_surname_is_no_municipality() -> None:
    from besluitspoor.extract.header import place_of

    assert place_of("Een toelichting van David van Maanen. Daarna sprak David van Maanen.") is None
    assert place_of("Het Sociaal Team Wassenaar en de inwoners van Wassenaar") == "Wassenaar"


def test_news_that_tells_several_decisions_one_after_another() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de raad\n\nDonderdag 14 maart 2024 vergaderde de gemeenteraad.\n\n"
        "Zo is ingestemd met de nieuwe regeling voor het leerlingenvervoer. Ook is ingestemd met een "
        "correctie van het bestemmingsplan Haven, zijn de tarieven voor de haven vastgesteld en werd "
        "besloten over de subsidie voor het dorpshuis.\n"
    )
    decided = sorted(s["title"] for s in draft.steps if s["kind"] == "raadsbesluit")
    assert decided == [
        "De nieuwe regeling voor het leerlingenvervoer",
        "De subsidie voor het dorpshuis",
        "De tarieven voor de haven",
        "Een correctie van het bestemmingsplan Haven",
    ]
    assert {s["date"] for s in draft.steps} == {"2024-03-14"}


def test_a_register_printed_as_a_table_of_one_cell_a_line() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Overzicht openstaande moties mei 2024\n\nNr.\n\nDatum\n\nTitel\n\nIngediend door\n\n"
        "Status\n\nM01\n\n12-3-2024\n\nGroene schoolpleinen\n\nGroenLinks\n\nIn uitvoering\n\n"
        "M02\n\n9-4-2024\n\nGratis zwemles\n\nSP\n\nRaadsinformatiebrief volgt in juni\n"
    )
    assert draft.doc_type == "overig"
    motions = [s for s in draft.steps if s["kind"] == "motie"]
    assert [(s["kind"], s["date"], s["status"], s["title"]) for s in motions] == [
        ("motie", "2024-03-12", "aangenomen", "Motie M01 Groene schoolpleinen (GroenLinks)"),
        ("motie", "2024-04-09", "aangenomen", "Motie M02 Gratis zwemles (SP)"),
    ]


def test_motions_named_by_their_aims_in_one_sentence_are_one_step_each() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws Oosthaven\n\nDinsdag 11 november 2025 vergaderde de raad.\n\n"
        "Unanieme steun was er voor moties om het fietspad te verlengen, om de kermis te "
        "behouden en om het zwembad open te houden.\n"
    )
    motions = [(s["status"], s["title"]) for s in draft.steps if s["kind"] == "motie"]
    assert motions == [
        ("aangenomen", "Motie om het fietspad te verlengen"),
        ("aangenomen", "Motie om de kermis te behouden"),
        ("aangenomen", "Motie om het zwembad open te houden"),
    ]


def test_news_that_names_each_motion_of_a_meeting_in_prose() -> None:
    """Many motions on one evening: each named one is a step of its own (not one per date), an
    unnamed "de motie" tells the outcome of the one named before it."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Begrotingsraad Oosthaven\n\nDinsdag 11 november 2025 stemde de raad over de begroting.\n\n"
        "Een motie van de Groenen om 40.000 euro te storten in een bomenfonds werd verworpen. "
        "Alleen de Groenen en de PvdA stemden voor. De motie van de SGP om het overschot toe te "
        "voegen aan de algemene reserve haalde het evenmin. De motie van het CDA om de "
        "marktgelden te bevriezen kreeg brede steun. De VVD diende een motie in over de "
        "verlichting van het havenpad. De motie werd unaniem aangenomen. Het amendement van "
        "Lijst Oosthaven om de toeristenbelasting te verlagen sneuvelde.\n"
    )
    told = sorted(
        (s["kind"], s["date"], s["status"], s["title"])
        for s in draft.steps
        if s["kind"] in ("motie", "amendement")
    )
    assert [(k, d, st) for k, d, st, _ in told] == [
        ("amendement", "2025-11-11", "verworpen"),
        ("motie", "2025-11-11", "aangenomen"),
        ("motie", "2025-11-11", "aangenomen"),
        ("motie", "2025-11-11", "verworpen"),
        ("motie", "2025-11-11", "verworpen"),
    ]
    titles = " | ".join(t for *_, t in told)
    assert "40.000 euro" in titles  # a number's point does not end the name
    assert "Motie over de verlichting van het havenpad" in titles


def test_a_party_page_listing_its_motions_with_outcomes_in_capitals(run: Run) -> None:
    draft = _draft(run, "partijpagina-moties.txt")
    told = sorted(
        (s["kind"], s["status"]) for s in draft["steps"] if s["kind"] in ("motie", "amendement")
    )
    assert told == [
        ("amendement", "ingetrokken"),
        ("amendement", "verworpen"),
        ("amendement", "verworpen"),
        ("motie", "aangenomen"),
        ("motie", "ingetrokken"),
    ]
    assert draft["doc_type"] != "motie"  # a list of motions, not one motion


def test_news_that_tells_decisions_with_the_council_as_subject() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws Oosthaven\n\nMaandag 8 december 2025 vergaderde de gemeenteraad.\n\n"
        "De raad heeft ingestemd met het tweede pakket steunmaatregelen, waarin staat hoe "
        "verenigingen worden geholpen. De raad heeft ook de legesverordening 2026 "
        "vastgesteld en het rioleringsplan Oosthaven-Noord vastgesteld. Het raadsvoorstel "
        "bestemmingsplan Kanaalzone werd unaniem aangenomen. Daarnaast heeft de raad een "
        "coördinatiebesluit genomen voor de Havenstraat 12-14.\n"
    )
    decided = sorted(s["title"] for s in draft.steps if s["kind"] == "raadsbesluit")
    assert decided == [
        "Bestemmingsplan Kanaalzone",
        "Coördinatiebesluit voor de Havenstraat 12-14",
        "De legesverordening 2026",
        "Het rioleringsplan Oosthaven-Noord",
        "Het tweede pakket steunmaatregelen",
    ]
    assert {s["date"] for s in draft.steps} == {"2025-12-08"}


@pytest.mark.parametrize(
    "title",
    ["Terugblik raad 9 juni 2025", '"Uit de raad" - 9 juni 2025', "Gemeenteraad 9 juni 2025"],
)
def test_news_titled_by_the_council_and_a_day_reports_that_meeting(title: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"{title}\n\nEen lange avond voor de raadsleden. Er werd gedebatteerd over de "
        "sporthal en over het parkeerbeleid.\n",
        layout_name="nieuws",
    )
    meetings = [(s["kind"], s["date"]) for s in draft.steps]
    assert meetings == [("raadsvergadering", "2025-06-09")]
    assert draft.quotes["steps/raad-2025-06-09"] == [title]


def test_news_titled_under_its_site_or_a_prefix_reports_that_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Steun ons werk\n\nmaandag 1 oktober 2018\n\nUit de Fractie: Raadsverslag 27 september\n\n"
        "Een lange avond voor de raadsleden. Er werd gedebatteerd over de sporthal.\n",
        layout_name="nieuws",
    )
    assert [(s["kind"], s["date"]) for s in draft.steps] == [("raadsvergadering", "2018-09-27")]
    # the year is the page's, not the title's: said so
    assert draft.review["steps/raad-2018-09-27"].startswith("jaar afgeleid")


@pytest.mark.parametrize(
    ("body", "meeting"),
    [
        ("Er werd lang gedebatteerd over de sporthal.", "2014-12"),
        # the day is told further on: that day's meeting, not a second one of the title's month
        ("Op donderdag 18 december 2014 vergaderde de raad over de sporthal.", "2014-12-18"),
    ],
)
def test_news_titled_by_the_council_and_a_month_reports_that_month(body: str, meeting: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Nieuws uit de gemeenteraad, December 2014\n\n{body}\n", layout_name="nieuws"
    )
    assert [s["date"] for s in draft.steps if s["kind"] == "raadsvergadering"] == [meeting]


def test_a_motion_still_to_be_moved_is_no_step() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsvergadering 31 mei 2025\n\nDe partij had eerst moeten overleggen alvorens een "
        "motie in te dienen. Daarna diende de VVD een motie in over de haven.\n",
        layout_name="nieuws",
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "motie"] == ["Motie over de haven"]


def test_news_titled_by_another_council_is_no_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raad van Toezicht 9 juni 2025\n\nDe raad van toezicht van de bibliotheek sprak over "
        "de jaarcijfers.\n",
        layout_name="nieuws",
    )
    assert not draft.steps


def test_college_news_with_one_paragraph_per_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws van het college\n\n9 december 2025\n\n"
        "Op dinsdag 9 december 2025 heeft het college van B&W de volgende besluiten genomen:\n\n"
        "Stelt het uitvoeringsplan schuldhulp 2026 vast\n\n"
        "Steeds meer huishoudens in Oosthaven hebben moeite rond te komen. Het plan zegt hoe de "
        "gemeente hen eerder bereikt.\n\n"
        "Stemt in met de overeenkomst met Stichting Thuis voor de opvang van statushouders\n\n"
        "Neemt kennis van het jaarverslag van de ombudsman over 2024\n"
    )
    decided = [(s["date"], s["title"]) for s in draft.steps if s["kind"] == "collegebesluit"]
    assert decided == [
        ("2025-12-09", "Stelt het uitvoeringsplan schuldhulp 2026 vast"),
        (
            "2025-12-09",
            "Stemt in met de overeenkomst met Stichting Thuis voor de opvang van statushouders",
        ),
        ("2025-12-09", "Neemt kennis van het jaarverslag van de ombudsman over 2024"),
    ]


def test_motions_counted_listed_and_named_together() -> None:
    """'Drie amendementen op het gebied van A, B en C', a list under "Moties" after "De volgende
    moties zijn aangenomen", and two motions in one sentence: each motion a step."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raad stelt begroting 2026 vast\n\n"
        "Op dinsdag 11 november 2025 stelde de gemeenteraad de begroting 2026 vast.\n\n"
        "Drie door de Groenen ingediende amendementen (wijzigingsvoorstellen) op het gebied van "
        "bomen, water en fietspaden werden door alle partijen in de raad gesteund. Het amendement "
        "over het havenfonds, en de motie over de 'Aanpak hoge energielasten' werden verworpen.\n\n"
        "Overzicht\n\nDe volgende moties zijn aangenomen.\n\nMoties\n\n"
        "  • Groene schoolpleinen\n  • Een warme maaltijd op school\n"
    )
    told = sorted(
        (s["kind"], s["status"], s["title"])
        for s in draft.steps
        if s["kind"] in ("motie", "amendement")
    )
    assert told == [
        ("amendement", "aangenomen", "Amendement over bomen"),
        ("amendement", "aangenomen", "Amendement over fietspaden"),
        ("amendement", "aangenomen", "Amendement over water"),
        ("amendement", "verworpen", "Amendement over het havenfonds"),
        ("motie", "aangenomen", "Motie Een warme maaltijd op school"),
        ("motie", "aangenomen", "Motie Groene schoolpleinen"),
        ("motie", "verworpen", "Motie Aanpak hoge energielasten"),
    ]
    decided = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == ["Begroting 2026"]  # the headline and the sentence tell one decision
    assert {s["date"] for s in draft.steps} == {"2025-11-11"}


def test_a_partys_list_of_its_amendments_with_vote_counts() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Moties en amendementen\n\n"
        "Tijdens de Algemene Beschouwingen 2024 heeft Lijst Oosthaven de volgende amendementen "
        "en moties ingediend:\n\n"
        "1. Buurthuis in elke wijk (6 voor – tegen 27)\n"
        "2. Geen verhoging OZB (12 voor – tegen 21)\n"
        "3. Gratis parkeren bij de markt (Motie) (17 voor – 16 tegen)\n"
    )
    told = sorted((s["kind"], s["date"], s["status"], s["title"]) for s in draft.steps)
    assert told == [
        ("amendement", "2024", "verworpen", "Amendement Buurthuis in elke wijk"),
        ("amendement", "2024", "verworpen", "Amendement Geen verhoging OZB"),
        ("motie", "2024", "aangenomen", "Motie Gratis parkeren bij de markt"),
    ]


def test_a_decision_told_in_the_passive_with_its_subject_first() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws\n\nDonderdag 3 juli 2025 vergaderde de gemeenteraad over de voorjaarsnota.\n\n"
        "Na een lang debat werd een amendement verworpen. De voorjaarsnota 2026 werd daarna "
        "unaniem door de gemeenteraad aangenomen. Het amendement werd niet aangenomen.\n"
    )
    decided = [(s["date"], s["title"]) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [("2025-07-03", "De voorjaarsnota 2026")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Door de meerderheid in de raad is dit plan wel goedgekeurd.",
        "Aan de wens om een commissie Luchtvaart in te stellen is unaniem voor gestemd door de raad.",
    ],
)
def test_a_decision_told_by_the_council_as_its_agent(sentence: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Raadsnieuws\n\nDonderdag 3 juli 2025 vergaderde de gemeenteraad.\n\nOnderwerp\n{sentence}\n"
    )
    assert [s["date"] for s in draft.steps if s["kind"] == "raadsbesluit"] == ["2025-07-03"]


def test_proposals_carried_met_algemene_stem_are_decisions() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws 19 maart 2020\n\nDe voorzitter kon ze snel afhameren. Alle tien "
        "voorstellen werden dan ook met algemene stem aangenomen.\n"
    )
    decided = [(s["date"], s.get("outcome")) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [("2020-03-19", "aangenomen")]


def test_a_council_evening_on_a_page_dated_by_its_month_is_a_meeting_that_month() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        " date 2024-02 De raad verwierp maandagavond het raadsvoorstel om grote wielertochten "
        "te weren uit de gemeente.\n"
    )
    assert {(s["kind"], s["date"]) for s in draft.steps} == {
        ("raadsbesluit", "2024-02"),
        ("raadsvergadering", "2024-02"),
    }


def test_a_council_decision_on_a_page_dated_by_its_month_was_taken_at_that_months_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    page = (
        "De gemeenteraad stemt in met een nieuwe bestemming voor het oude gemeentehuis. Er is "
        "daarvoor een krediet van 300.000 euro beschikbaar gesteld.\n"
    )
    draft = recognise(f" date 2017-05 {page}")
    assert {(s["kind"], s["date"]) for s in draft.steps} == {
        ("raadsbesluit", "2017-05"),
        ("raadsvergadering", "2017-05"),
    }
    # a page dated by its year alone names no meeting
    draft = recognise(f" date 2017 {page}")
    assert {(s["kind"], s["date"]) for s in draft.steps} == {("raadsbesluit", "2017")}


def test_a_page_about_a_council_meeting_that_names_none_of_its_acts_proposes_the_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terug in de raadszaal\n\n"
        "Op 3 februari 2022 waren we na lange tijd weer samen in de raadszaal. Het was prettig "
        "om elkaar weer te zien.\n\n"
        "Over de nieuwe brandweerpost zijn wij tevreden; de keuze voor de locatie steunen wij al "
        "lang.\n"
    )
    [meeting] = draft.steps
    assert (meeting["kind"], meeting["date"]) == ("raadsvergadering", "2022-02-03")
    assert "nagaan" in draft.review[f"steps/{meeting['id']}"]
    # a page that names no council meeting proposes none
    assert not recognise(
        "Nieuws\n\nOp 3 februari 2022 opende de wethouder de nieuwe brandweerpost.\n"
    ).steps


def test_the_council_on_an_evening_of_a_page_dated_by_its_month_is_that_months_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Ongenoegen over het college\n\n"
        "juli 2020\n\n"
        "De gemeenteraad sprak donderdagavond in grote meerderheid haar ongenoegen uit over het "
        "handelen van het college. Alleen één fractie was het daar niet mee eens.\n"
    )
    # (a weekday on a page dated by its month names no day: the month's meeting, not a day
    # of the month before)
    assert [(s["kind"], s["date"]) for s in draft.steps] == [("raadsvergadering", "2020-07")]


def test_a_headline_decision_told_again_below_it_is_one_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsbesluiten van 27 september 2018\n\n"
        "De gemeenteraad heeft op donderdag 27 september de volgende besluiten genomen.\n\n"
        "Raad stelt Meerjaren Investeringsplanning Ruimtelijke Projecten vast\n\n"
        "De raad heeft de Meerjaren Investeringsplanning Ruimtelijke Projecten voor de periode "
        "2019-2028 vastgesteld.\n\n"
        "Raad stelt programma's voor de nieuwe bestuursperiode vast\n\n"
        "De coalitie wil met 13 programma's werken. De raad heeft deze nieuwe programma-indeling "
        "formeel vastgesteld.\n"
    )
    decided = [s for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert [s["title"] for s in decided] == [
        "Meerjaren Investeringsplanning Ruimtelijke Projecten",
        "Programma's voor de nieuwe bestuursperiode",
    ]
    # each keeps the sentence that told it in full as its source too
    assert len(draft.quotes[f"steps/{decided[0]['id']}"]) == 2


def test_the_council_accepting_a_proposal_is_a_decision_on_the_day_it_names() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws 18 juni 2021\n\nDe gemeenteraad aanvaardde dinsdag het voorstel om de "
        "sporthal te verbouwen.\n"
    )
    decided = [(s["date"], s["outcome"]) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [("2021-06-15", "aangenomen")]


def test_a_meeting_page_with_datum_tijd_and_bestuursorgaan_fields() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeenteraad op 29-3-2023\n\nLocatie Stadhuis\nDatum/tijd 29 mrt 2023 19:30 - 21:00\n"
        "Bestuursorgaan Gemeenteraad\n\nHet raadslid mevrouw Smit heeft afscheid genomen.\n\n"
        "Vastgesteld\n"
    )
    assert draft.layout == "besluitenlijst-raad"
    assert ("raadsvergadering", "2023-03-29") in {(s["kind"], s["date"]) for s in draft.steps}
    assert not any("Bestuursorgaan" in s["title"] for s in draft.steps)


def test_proposals_listed_then_all_carried_are_each_a_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terugblik raadsvergadering 2 februari 2023\n\nDe besluitstukken op de agenda waren: "
        "bestemmingsplan Museumkwartier, uitgangspunten Omgevingsvisie en Grondbrief 2023. Alle "
        "raadsvoorstellen werden aangenomen.\n"
    )
    decided = [(s["title"], s["outcome"]) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [
        ("Bestemmingsplan Museumkwartier", "aangenomen"),
        ("Uitgangspunten Omgevingsvisie", "aangenomen"),
        ("Grondbrief 2023", "aangenomen"),
    ]


def test_a_motion_proposed_then_withdrawn_in_the_next_sentence() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws 18 juni 2021\n\nVVD, STIP en CDA stelden in hun motie Lagere lasten "
        "horecaondernemers voor om een korting op de precario te geven. De wethouder omarmde dat "
        "voorstel, waarop de drie fracties hun motie introkken.\n"
    )
    motions = [(s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie"]
    assert motions == [("Motie Lagere lasten horecaondernemers", "ingetrokken")]


def test_a_page_titled_by_its_meeting_dates_its_relative_days_by_that_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Uit de raadsvergadering van 14 december 2020\n\nAfgelopen maandag heeft de raad de "
        "laatste vergadering van het jaar gehad. De raad heeft gisterenavond de "
        "belastingverordeningen 2021 vastgesteld.\n"
    )
    assert {s["date"] for s in draft.steps} == {"2020-12-14"}


def test_a_motion_named_up_to_welke() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Uit de raadsvergadering van 14 december 2020\n\nBij de rondvraag is een motie vreemd aan de "
        "orde van de dag besproken welke met meerderheid van stemmen is aangenomen.\n"
    )
    [(title, status)] = [(s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie"]
    assert status == "aangenomen" and "welke" not in title


def test_motions_a_party_names_with_the_outcome_they_share() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws 28 september 2021\n\nWe zijn blij met de aangenomen amendementen Flexwonen "
        "(oplossingen voor woningnood) en Reserves en de moties voor schuilstallen, extra hulp bij "
        "(v)echtscheidingen en een beter binnenklimaat voor sporthal de Zomp.\n"
    )
    told = [(s["kind"], s["title"], s["status"]) for s in draft.steps if "status" in s]
    assert told == [
        ("amendement", "Amendement Flexwonen", "aangenomen"),
        ("amendement", "Amendement Reserves", "aangenomen"),
        ("motie", "Motie voor schuilstallen", "aangenomen"),
        ("motie", "Motie extra hulp bij (v)echtscheidingen", "aangenomen"),
        ("motie", "Motie een beter binnenklimaat voor sporthal de Zomp", "aangenomen"),
    ]


def test_a_budget_told_as_unanimously_adopted_is_a_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws 10 november 2022\n\nEen mooi resultaat voor onze wethouder met een "
        "unaniem aangenomen begroting 2023!\n"
    )
    decided = [(s["title"], s["outcome"]) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [("Begroting 2023", "aangenomen")]


def test_a_meeting_page_whose_item_titles_were_links_reads_each_items_first_point() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeenteraad\n\ndonderdag 23 februari 2023\n\n20:00\nLocatie\n\nRaadzaal\n\n"
        "Bijlagen\n\nAgendapunten\n\n 6. 6\n\n  1. Het Controleprotocol 2022 vaststellen.\n\n"
        "  Stemuitslag\n\n  voor 100%\n 7. 7\n\n  1. 1Instemmen met vernieuwing van de "
        "evenementenborden;\n  2. Hiervoor een krediet beschikbaar stellen;\n\n  Stemuitslag\n\n"
        "  voor 95%\n"
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"] == [
        "Het Controleprotocol 2022 vaststellen",
        "Instemmen met vernieuwing van de evenementenborden",
    ]


def test_meetings_the_council_will_hold_on_two_days() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws 25 oktober 2019\n\nDe raad behandelt de begroting op 7 en 14 november.\n"
    )
    assert {(s["kind"], s["date"], s.get("status")) for s in draft.steps} == {
        ("raadsvergadering", "2019-11-07", "aangekondigd"),
        ("raadsvergadering", "2019-11-14", "aangekondigd"),
    }


@pytest.mark.parametrize(
    "title",
    [
        "Het college antwoordt",
        "Mogelijkheid tot indienen aangekondigde moties",
        "Tweede termijn",
    ],
)
def test_the_parts_of_a_debate_are_no_decisions(title: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst gemeenteraad 28 januari 2021\n\n1. Opening\n\n2. Armoedebeleid\n\n"
        f"Besluit: conform\n\n3. {title}\n\nAangenomen\n\n4. Sluiting\n"
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"] == ["Armoedebeleid"]


def test_a_college_list_whose_items_carry_a_case_number_under_their_title(run: Run) -> None:
    draft = _draft(run, "collegebesluiten-zaaknummers.txt")
    assert [s["title"] for s in draft["steps"]] == [
        "Bestuurlijke afspraken college 2023-2026",
        "Ledenraadpleging Cao Gemeenten 2023",
        "Het 25-jarig jubileum van de gemeente",
    ]


def test_a_meeting_page_is_dated_by_the_day_under_its_title_not_a_sentence_below() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "RAADSVERGADERING\n\ndonderdag 14 oktober 2021\n\n19:30 - 22:30\n\nToelichting\n\n"
        "De stukken voor deze vergadering zijn vanaf 24 september 2021 hieronder te vinden.\n\n"
        "Agendapunten\n\n1. Opening\n\n2. Armoedebeleid\n\nBesluit: conform\n"
    )
    assert str(draft.doc_date) == "2021-10-14"


@pytest.mark.parametrize(
    "opening",
    [
        "",
        # a paragraph that names the meeting far into it is no title of the page
        "Raadslid Jansen verzoekt het agendapunt over de haven aan de agenda toe te voegen. "
        "Raadslid De Vries verzoekt het bestemmingsplan Kerkbuurt als bespreekpunt te agenderen "
        "in plaats van als hamerstuk. De vergadering stemt met deze verzoeken in.\n\n",
    ],
)
def test_a_meeting_pages_meeting_quotes_its_title_and_the_line_it_is_dated_by(opening: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Ga naar de inhoud van deze pagina\n\nRaadsvergadering\n\nmaandag 17 april 2023\n\n"
        f"20:00 - 22:00\n\n{opening}Agendapunten\n\n1. Opening\n\n2. Armoedebeleid\n\n"
        "Besluit: conform\n"
    )
    meeting = next(s for s in draft.steps if s["kind"] == "raadsvergadering")
    assert meeting["date"] == "2023-04-17"
    assert draft.quotes[f"steps/{meeting['id']}"] == ["Raadsvergadering", "maandag 17 april 2023"]


def test_a_motion_named_by_one_quoted_word_is_its_own_not_the_last_ones() -> None:
    from besluitspoor.extract import motions
    from besluitspoor.extract.recognize import Draft
    from besluitspoor.fuzzydate import FuzzyDate

    day = FuzzyDate.parse("2023-02-06")
    draft = Draft("besluitenlijst", day, layout="besluitenlijst-raad")
    motions.mentions("Motie 'Kinderhartcentrum' wordt unaniem aangenomen.", day, draft)
    motions.mentions(
        "Motie 'Groen' wordt door de heer Weinans (CDA) ingediend en na stemming bij "
        "handopsteken verworpen met 7 stemmen voor en 16 stemmen tegen.",
        day,
        draft,
    )
    assert [(s["title"], s["status"]) for s in draft.steps] == [
        ("Motie Kinderhartcentrum", "aangenomen"),
        ("Motie Groen", "verworpen"),
    ]


def test_a_council_lists_prose_names_other_meetings() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering 14 oktober 2021\n\n1. Opening\n\n2. Woningbouw Burgum\n\n"
        "De heer Hoekstra deelt mee dat alle fracties opnieuw willen spreken over de locaties. Het "
        "voorstel zal opnieuw worden behandeld tijdens de raad van 25 november 2021.\n"
    )
    assert ("raadsvergadering", "2021-11-25", "aangekondigd") in {
        (s["kind"], s["date"], s.get("status")) for s in draft.steps
    }


def test_a_college_list_tells_the_councils_earlier_decision_and_its_next_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst college van B&W week 44, 29 oktober 2019\n\n1. Project Bromtol\n\n"
        "Het college besluit in te stemmen met de voorkeursvariant. Op 17 september heeft de raad "
        "besloten om extra geld te reserveren voor het project. Op 18 februari 2020 wordt de "
        "scenariokeuze behandeld in de gemeenteraad.\n"
    )
    assert {(s["kind"], s["date"], s.get("status")) for s in draft.steps} == {
        ("collegebesluit", "2019-10-29", None),
        ("raadsbesluit", "2019-09-17", None),
        ("raadsvergadering", "2020-02-18", "aangekondigd"),
    }


def test_a_page_of_several_lists_dates_each_item_by_its_own_section() -> None:
    from besluitspoor.extract.recognize import recognise

    # the week's announcements: the council's decisions of Thursday, the college's of Tuesday
    draft = recognise(
        "Gemeenteberichten 23 februari 2017\n\nBesluiten raad 16 februari\n\n"
        " • Het herstelbesluit bestemmingsplan Centrum, conform artikel 6.19 van de Awb\n"
        " • Een positieve zienswijze bij de WSD in te dienen over hun rapportage\n\n"
        "Besluiten college 14 februari\n\n • Informatiebeleidsplan 2017-2020\n"
        " • Nadere regels jeugdhulp 2017\n"
    )
    assert [(s["kind"], s["date"]) for s in draft.steps if s["kind"] != "raadsvergadering"] == [
        ("raadsbesluit", "2017-02-16"),
        ("raadsbesluit", "2017-02-16"),
        ("collegebesluit", "2017-02-14"),
        ("collegebesluit", "2017-02-14"),
    ]
    # a list that adopts the one of the week before is no section of that day
    draft = recognise(
        "Besluitenlijst B&W 16 april 2024\n\nBesluitenlijst B&W 9 april 2024\n\nVastgesteld.\n\n"
        "1. Subsidieregeling dorpshuizen 2024. Akkoord.\n\n2. Parkeerbeleid centrum. Akkoord.\n"
    )
    assert {s["date"] for s in draft.steps if s["kind"] == "collegebesluit"} == {"2024-04-16"}


def test_a_ris_item_whose_decision_is_a_sentence_is_one_decision() -> None:
    """The item's "Besluit" says "De raad stelt X vast.": the item's step, not a second one
    read from the same sentence as prose."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsvergadering\n\nmaandag 18 december 2023\n\n17:30 - 22:30\nLocatie\n\nraadzaal\n\n"
        "Agendapunten\n\n 1. 1\n  Opening\n 2. 2\n\n  Stemuitslag\n\n  voor 100%\n\n  Besluit\n\n"
        "  De raad stelt de  belastingverordeningen voor 2024 vast.\n\n 3. 3\n\n  Besluit\n\n"
        "  De raad stelt de Erfgoedverordening 2024 vast.\n"
    )
    decisions = [s for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert len(decisions) == 2, decisions


@pytest.mark.parametrize(
    ("text", "decisions"),
    [
        # a title that says only when the council decided: the decisions follow
        ("De raad heeft besloten dinsdagavond 30 januari 2024", []),
        # a weekday and its date between the verb and what was decided
        (
            "De gemeenteraad heeft dinsdagavond 30 januari 2024 het bestemmingsplan Kerkstraat "
            "vastgesteld.",
            ["Het bestemmingsplan Kerkstraat"],
        ),
    ],
)
def test_when_the_council_decided_is_no_decision(text: str, decisions: list[str]) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws uit de raad\n\n{text}\n")
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"] == decisions


def test_a_list_whose_title_names_no_body_is_the_colleges_when_the_college_decides_below() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst 2 april 2024\n\nWaarnemend burgemeester Korthuis\n\nSubsidie sportpark\n\n"
        "Het college heeft besloten:\n\n 1. De subsidie aan de sportvereniging te verlenen.\n"
        " 2. De motie over het sportpark als afgedaan te beschouwen.\n\nParkeerbeleid\n\n"
        "Het college heeft besloten:\n\n 1. Het raadsvoorstel parkeerbeleid vast te stellen, met "
        "de motie en het amendement van de fracties verwerkt.\n"
    )
    assert draft.layout == "besluitenlijst-college"
    assert {s["kind"] for s in draft.steps} == {"collegebesluit"}


@pytest.mark.parametrize(
    ("present", "layout"),
    [
        ("J. Broekema, T. Dijkstra, B.J. ten Oever, M. Out, M. Rasker en C. Staal", "college"),
        (", ".join(f"lid {n}" for n in range(1, 20)), "raad"),  # a council's many members
        # a committee's few members, each with their party
        ("mevr. J. Sweerts (De Liberalen), dhr. F. Pouw (P21), dhr. H. Kager (CDA)", "raad"),
    ],
)
def test_a_list_whose_title_names_no_body_is_the_colleges_when_a_few_were_present(
    present: str, layout: str
) -> None:
    draft = recognise(
        f"Besluitenlijst 2 december 2025\n\nVoorzitter: M. Out\nAanwezigen: {present}\n\n"
        "1 Zienswijze ontwerp-nota Ruimte (92559-2025)\nBesluit: Aangehouden\n\n"
        "2 Subsidieregeling cultuur (92133-2025)\nBesluit: Conform vastgesteld\n"
    )
    assert draft.layout == f"besluitenlijst-{layout}"


@pytest.mark.parametrize(
    "title",
    [
        "B&W-besluiten 12 maart 2024",
        "B en W-besluiten van 12 maart 2024",
        "Overzicht B&W besluiten 12 maart 2024",
        "Openbare besluiten 12 maart 2024",
        "Dit besloot het college op 12 maart 2024",
        "Wat heeft het college besloten? 12 maart 2024",
        "Besluitvorming college 12 maart 2024",
    ],
)
def test_the_titles_councils_give_the_colleges_decisions(title: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"{title}\n\nSubsidie sportvereniging\nHet college stemt in met een subsidie van 5.000 "
        "euro aan de sportvereniging.\n\nParkeerbeleid centrum\nHet college stelt het "
        "parkeerbeleid 2024 vast.\n\nVerkoop grond Kerkweg\nHet college besluit de grond aan "
        "de Kerkweg te verkopen.\n"
    )
    assert draft.layout == "besluitenlijst-college"
    assert [s["kind"] for s in draft.steps] == ["collegebesluit"] * 3


def test_the_councils_decisions_are_not_the_colleges() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Genomen besluiten gemeenteraad\n\nDonderdag 7 februari 2019\n\nDe raad heeft de begroting vastgesteld.\n"
    )
    assert draft.layout != "besluitenlijst-college"


def test_news_lists_the_decisions_the_council_took_under_a_line_saying_so() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besproken & besloten donderdag 28 juni 2018\n\nWat heeft de raad besproken en besloten "
        "op donderdag 28 juni 2018?\n\nDe raad heeft de volgende besluiten genomen:\n\n"
        " • Vaststelling Kaderbrief 2019-2022\n • Vaststelling Jaarrekening 2017\n"
    )
    decided = [(s["title"], s["date"]) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [
        ("Vaststelling Kaderbrief 2019-2022", "2018-06-28"),
        ("Vaststelling Jaarrekening 2017", "2018-06-28"),
    ]


def test_a_list_of_decisions_saved_from_a_web_page_with_blank_lines_and_a_lost_bullet() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raad 9 april 2024\n\nDe raad heeft de volgende raadsvoorstellen en moties aangenomen:\n\n"
        "* Jaarstukken Veiligheidsregio 2023;\n\nKadernota Omgevingsdienst 2025\n\n"
        "* Motie Schoolzwemmen voor iedereen;\n\n* Verordening marktgelden 2024.\n\n"
        "De begroting van de GGD wordt in mei behandeld.\n"
    )
    told = [(s["kind"], s["title"]) for s in draft.steps if s["kind"] != "raadsvergadering"]
    assert told == [
        ("raadsbesluit", "Jaarstukken Veiligheidsregio 2023"),
        ("raadsbesluit", "Kadernota Omgevingsdienst 2025"),
        ("motie", "Motie Schoolzwemmen voor iedereen"),
        ("raadsbesluit", "Verordening marktgelden 2024"),
    ]
    assert {s["date"] for s in draft.steps} == {"2024-04-09"}


def test_an_item_numbered_only_is_named_by_the_proposal_below_its_history() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Vorige pagina\n\nGemeenteraad\n\ndinsdag 21 mei 2024\n\n19:30 - 22:30\n\nAgendapunten\n\n"
        " 1. 1\n\n  Opening en mededelingen.\n\n 2. 4.1\n\n  Op 14 maart 2023 heeft de gemeenteraad "
        "ingestemd met een plattelandswoning aan de Kerkweg 2.\n\n  Het college stelt voor om het "
        "bestemmingsplan Kerkweg 2 te Soerendonk vast te stellen.\n\n  Stemuitslag: voor 100%\n"
    )
    decided = [s for s in draft.steps if s["kind"] == "raadsbesluit" and s["date"] == "2024-05-21"]
    assert [s["title"] for s in decided] == ["Het bestemmingsplan Kerkweg 2 te Soerendonk"]
    quoted = draft.quotes[f"steps/{decided[0]['id']}"]
    assert any(q.startswith("Het college stelt voor om het bestemmingsplan") for q in quoted)


@pytest.mark.parametrize(
    "name", ["Informatieavond", "Informatiecarrousel", "Opiniërende raadsbijeenkomst"]
)
def test_a_meeting_page_of_a_meeting_that_decides_nothing_is_a_committees(name: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Vorige pagina\n\n{name}\n\ndonderdag 6 juni 2024\n\n19:30 - 22:00\n\nAgendapunten\n\n"
        " 1. 1\n\n  Opening en vaststelling agenda\n\n 2. 2\n\n  Tijdens deze ronde kunnen de "
        "volgende onderwerpen worden besproken:\n\n  • Raadsvoorstellen\n  • Werkbezoeken\n"
    )
    assert (draft.layout, draft.doc_type) == ("verslag", "verslag")
    assert [s["kind"] for s in draft.steps] == ["commissievergadering"]


def test_a_reported_council_meeting_decides_only_what_it_tells_an_outcome_of() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Vorige pagina\n\nRaadsvergadering\n\nmaandag 22 maart 2021\n\n20:30\n\nAgendapunten\n\n"
        " 1. 1\n\n  Voorzitter: Ik open de vergadering.\n\n 2. 2\n\n  De verkiezingen zijn rustig "
        "verlopen. De burgemeester dankt de vrijwilligers.\n\n 3. 3\n\n  Het hoofd van het zwembad "
        "vertelt over de bezoekersaantallen van dit jaar.\n\n 4. 4\n\n  Verordening winkeltijden "
        "2021\n\n  Voorzitter: Wie is voor? Dan is de verordening unaniem aangenomen.\n"
    )
    assert draft.layout == "verslag"
    assert [(s["kind"], s["title"], s.get("outcome")) for s in draft.steps[1:]] == [
        ("raadsbesluit", "Verordening winkeltijden 2021", "aangenomen")
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (  # each decision on a line, its outcome on the next; a lone "Akkoord." lost its subject
            "Openbare besluitenlijst van het college van burgemeester en wethouders, vastgesteld in "
            "de vergadering van 11 november 2025.\nToekennen van een subsidie van € 40.000 aan "
            "Stichting Sportfonds Oosthaven\nAkkoord. Conform vastgesteld.\nVaststellen van het "
            "uitvoeringsprogramma groen 2026\nAkkoord. Conform advies, met aanpassing.\nAkkoord.\n",
            [
                "Toekennen van een subsidie van € 40.000 aan Stichting Sportfonds Oosthaven",
                "Vaststellen van het uitvoeringsprogramma groen 2026",
            ],
        ),
        (  # "Voorstel X." over the sentence in which the college decides it
            "Publicatielijst besluiten van burgemeester en wethouders week 20, 2021\n\nVoorstel "
            "over de straatnaam Molenhof.\nHet college besluit de nieuwe straat in Oosthaven-Noord "
            "de naam Molenhof te geven.\n\nVoorstel over de kermis 2021.\n\nHet college besluit "
            "de kermis dit jaar niet door te laten gaan.\n",
            ["Voorstel over de straatnaam Molenhof", "Voorstel over de kermis 2021"],
        ),
        (  # the same with headings: the title that names only a week is the list's own
            "Publicatielijst Besluiten van Burgemeester en Wethouders Volgnummer: week 22, 2022"
            "\n\nVoorstel programma Leven over Plan van aanpak ondermijning\n\nHet college "
            "besluit:\n\n 1. Het plan van aanpak vast te stellen;\n 2. Het plan naar de raad te "
            "sturen.\n\nVoorstel programma Wonen over Beantwoording schriftelijke vragen\n\nHet "
            "college besluit de vragen te beantwoorden met bijgevoegd raadsbericht.\n",
            [
                "Voorstel programma Leven over Plan van aanpak ondermijning",
                "Voorstel programma Wonen over Beantwoording schriftelijke vragen",
            ],
        ),
        (  # a press page: the decisions are below the line that says they follow, not its menu
            "Persinformatie\n\nWelkom op de perspagina van de gemeente Oosthaven.\n\nContact met "
            "de persvoorlichter\n\nU bereikt ons via pers@oosthaven.nl.\n\nPersannotaties 21 mei "
            "2024\n\nHet college van burgemeester en wethouders heeft 21 mei 2024 de volgende "
            "besluiten genomen.\n\nOntwerpbegroting Veiligheidsregio 2025\n\nHet bestuur van de "
            "veiligheidsregio stuurt de ontwerpbegroting naar de gemeenten.\n",
            ["Ontwerpbegroting Veiligheidsregio 2025"],
        ),
    ],
)
def test_a_college_list_without_numbers_is_read_decision_by_decision(
    text: str, titles: list[str]
) -> None:
    draft = recognise(text)
    assert draft.doc_type == "besluitenlijst"
    assert [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"] == titles
    assert {s["kind"] for s in draft.steps} == {"collegebesluit"}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (  # the number alone, who holds the portfolio under it, then the item's title
            "B&W besluiten\n\nDatum:\ndinsdag 20 februari 2018\n1.\n\nBurgemeester Loohuis\n\n"
            "Herinrichting raadzaal\n\nSamenvatting\n\nDe raad vroeg om een nieuwe inrichting.\n\n"
            "2.\n\nWethouder van der Berg\n\nVerkoop perceel Zwarte Water\n\nSamenvatting\n\n"
            "Het college verkoopt het perceel voor een zonneweide.\n",
            ["Herinrichting raadzaal", "Verkoop perceel Zwarte Water"],
        ),
        (  # numbered anew under each portfolio, each with the day it was decided in a column
            "Verslag collegevergadering 28 april 2009\n\nBurgemeester\n\n1 28-04 Het college stelt "
            "de Burgerzaal beschikbaar voor een discussie.\n2 28-04 Het college biedt de raad het "
            "jaarrapport interventieteams aan. Dit rapport geeft inzicht.\n\nWethouder Financiën, "
            "Sport en Buitenruimte\n\n1 28-04 Het college heeft besloten het voorontwerp "
            "bestemmingsplan Vlinderstrik vrij te geven.\n",
            [
                "Het college stelt de Burgerzaal beschikbaar voor een discussie",
                "Het college biedt de raad het jaarrapport interventieteams aan",
                "Het college heeft besloten het voorontwerp bestemmingsplan Vlinderstrik vrij te geven",
            ],
        ),
        (  # titles run into their decisions without a blank line; the invitations decide nothing
            "Besluitenlijst collegevergadering 28 juni 2022\n\nUitnodigingen\nDe uitnodigingen "
            "worden besproken.\n\nVoortzetting deelname aan het programma Vitale Vakantieparken tot "
            "eind 2024\nHet college besluit:\n\n1. De deelname te verlengen;\n2. De raad te "
            "informeren.\n\nWeekmarkt Gieten, huidige locatie\nHet college besluit de weekmarkt te "
            "handhaven.\n\nVragen over gezondheidsrisico's van windturbines\nHet college besluit de "
            "vragen per brief te beantwoorden.\n",
            [
                "Voortzetting deelname aan het programma Vitale Vakantieparken tot eind 2024",
                "Weekmarkt Gieten, huidige locatie",
                "Vragen over gezondheidsrisico's van windturbines",
            ],
        ),
    ],
)
def test_a_college_list_titled_past_its_numbers_portfolios_and_labels(
    text: str, titles: list[str]
) -> None:
    draft = recognise(text)
    assert [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"] == titles


def test_a_second_decision_after_the_participle_the_verb_left_out() -> None:
    draft = recognise(
        "Uit de raadsvergadering van 14 december\n\nDe raad heeft de belastingverordeningen 2021 "
        "vastgesteld en het Beleids- en beheerplan water en riolering.\n",
        date(2020, 12, 16),
        layout_name="nieuws",
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert titles == [
        "De belastingverordeningen 2021",
        "Het Beleids- en beheerplan water en riolering",
    ]


def test_decisions_listed_on_the_line_that_introduces_them_and_a_meeting_not_held() -> None:
    draft = recognise(
        "Terugblik gemeenteraad\n\nDe gemeenteraad van Oosthaven heeft op donderdag 5 februari "
        "2026 een aantal besluiten genomen.\n\nZonder bespreking stelde de raad de volgende "
        "stukken vast: Verordening naamgeving Oosthaven 2026; Regionaal beleidskader huiselijk "
        "geweld.\n\nNa bespreking stemde de raad in met de volgende onderwerpen: Krediet voor het "
        "zwembad De Waterlelie; Nota reikwijdte en detail.\n\nDe raad vergadert de komende "
        "periode niet vanwege de verkiezingen op 18 maart.\n"
    )
    assert [(s["kind"], s["date"], s["title"]) for s in draft.steps] == [
        ("raadsvergadering", "2026-02-05", "Raadsvergadering 5 februari 2026"),
        ("raadsbesluit", "2026-02-05", "Verordening naamgeving Oosthaven 2026"),
        ("raadsbesluit", "2026-02-05", "Regionaal beleidskader huiselijk geweld"),
        ("raadsbesluit", "2026-02-05", "Krediet voor het zwembad De Waterlelie"),
        ("raadsbesluit", "2026-02-05", "Nota reikwijdte en detail"),
    ]


def test_a_ris_page_of_the_college_named_by_its_body_field() -> None:
    # "Orgaan: Burgemeester en Wethouders": the college met, whatever the title says; the
    # meeting's own fields ("Locatie:" / "Raadzaal") are no decisions
    draft = recognise(
        "04-07-2017 - Burgemeester en Wethouders\nOrgaan:\nBurgemeester en Wethouders\nDatum:\n"
        "04-07-2017\nLocatie:\nRaadzaal\n 1. 001. Rondvraag\n  Rondvraag\n  Besluit 1. Op voorstel "
        "van wethouder Bos wordt de grond aan de Kerkweg verkocht. 2. Wethouder Smit meldt de "
        "uitkomst van het overleg over de sporthal.\n 2. 002. Subsidie Sportfonds\n  Besluit: "
        "De subsidie wordt verleend.\n"
    )
    assert draft.layout == "besluitenlijst-college"
    assert draft.doc_type == "besluitenlijst"
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert titles and not any("Raadzaal" in t for t in titles)


@pytest.mark.parametrize(
    "intro",
    [
        "Tijdens de raadsvergadering van dinsdag 3 maart nam de raad de volgende besluiten:",
        "Op 3 maart heeft de gemeenteraad de volgende raadsvoorstellen met algemene stemmen "
        "aanvaard:",
        "De gemeenteraad heeft op 3 maart een besluit genomen over de volgende onderwerpen "
        "(achter ieder onderwerp ziet u de stemverhouding staan):",
    ],
)
def test_decisions_listed_under_a_line_saying_the_council_decided_them(intro: str) -> None:
    draft = recognise(
        f"Uit de raad\n\n4 maart 2026\n\n{intro}\n • Jaarstukken 2025 (aanwezig:27 voor:27 "
        "tegen:0)\n • Grenscorrectie tussen Oosthaven en Westerdam\n"
    )
    assert [
        (s["kind"], s["date"], s["title"]) for s in draft.steps if s["kind"] != "raadsvergadering"
    ] == [
        ("raadsbesluit", "2026-03-03", "Jaarstukken 2025"),  # its vote in the quote
        ("raadsbesluit", "2026-03-03", "Grenscorrectie tussen Oosthaven en Westerdam"),
    ]


def test_a_college_list_keeps_the_earlier_letter_and_the_meeting_an_item_tells_of() -> None:
    draft = recognise(
        "Collegebesluiten 16 september 2025\n\n1. Overlast Kloosterveste\nHet college stemt in "
        "met de aanpak. Op 3 april 2024 is de raad middels een brief (kenmerk 29092-2024) "
        "geinformeerd over de acties die zijn ondernomen. In juli 2023 nam de gemeenteraad een motie "
        "aan om de overlast aan te pakken.\n\n2. Spoorzone\nHet college bespreekt "
        "de stand van zaken met de gemeenteraad tijdens een raadsinformatiebijeenkomst op 21 "
        "januari 2026.\n"
    )
    assert [(s["kind"], s["date"]) for s in draft.steps] == [
        ("collegebesluit", "2025-09-16"),
        ("collegebesluit", "2025-09-16"),
        ("raadsinformatiebrief", "2024-04-03"),
        ("motie", "2023-07"),
        ("commissievergadering", "2026-01-21"),
    ]


def test_a_college_page_lists_each_decision_once() -> None:
    draft = recognise(
        "02 mei 2024\n\nHet college vergadert op dinsdag.\n\nOp dinsdag 30 april 2024 heeft het "
        "college van B&W de volgende besluiten genomen:\n\nStelt het Plan van Aanpak, de "
        "klusdienst en de maatregelenlijst vast die worden ingezet voor de preventie van of "
        "verminderen van energiearmoede bij inwoners\n\nDe energiekosten zijn fors gestegen.\n\n"
        "Stemt in met de inkoopovereenkomst voor de begeleiding van statushouders\n\nVoor de "
        "opvang is ondersteuning nodig.\n"
    )
    titles = [s["title"][:20] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert titles == ["Stelt het Plan van A", "Stemt in met de inko"]


def test_the_meeting_a_page_says_the_council_took_decisions_in() -> None:
    draft = recognise(
        "Besluiten gemeenteraad\n\n29 maart 2024\n\nDe gemeenteraad nam onder andere de volgende "
        "besluiten op donderdag 28 maart 2024.\n"
    )
    assert [(s["kind"], s["date"]) for s in draft.steps] == [("raadsvergadering", "2024-03-28")]


def test_the_persons_an_item_appoints_are_no_decisions_of_their_own() -> None:
    draft = recognise(
        "Gemeenteraad\n\ndonderdag 14 december 2023\n\n19:30 - 22:30\n\nAgendapunten\n\n 1. 4.b\n\n"
        "  Besluit\n\n  De raad benoemt bij acclamatie tot lid van de referendumcommissie:\n"
        "  * Drs. Suzan Jansen\n  * Prof. Dr. Piet de Vries\n  * De heer J. Brokke\n\n"
        " 2. 5\n\n  Verordening winkeltijden 2024\n\n  Besluit\n\n  Aangenomen\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert not any(t.startswith(("Drs", "Prof", "De heer")) for t in titles), titles


def test_an_outcome_in_capitals_after_the_title_ends_a_listed_decision() -> None:
    draft = recognise(
        "Uit de raad\n\n28 september 2023\n\nDe gemeenteraad nam de volgende besluiten.\n\n"
        "Raadsvoorstel Maatregelenverordening 2023 (23207) AANVAARD 44/0\n\n"
        "Motie Groen in de wijk (23208) VERWORPEN 12/32\n"
    )
    assert sorted(
        (s["kind"], s.get("outcome") or s.get("status"))
        for s in draft.steps
        if s["kind"] != "raadsvergadering"
    ) == [("motie", "verworpen"), ("raadsbesluit", "aangenomen")]


def test_an_item_without_outcome_that_tells_what_happens_is_no_decision() -> None:
    draft = recognise(
        "Vorige pagina\n\nGemeenteraad\n\ndonderdag 14 december 2023\n\n19:30 - 22:30\n\n"
        "Agendapunten\n\n 1. 1\n\n  Dagelijks ontvangt de raad brieven van inwoners en "
        "organisaties.\n\n 2. 2\n\n  De rekenkamer is een van de instrumenten die de raad tot zijn "
        "beschikking heeft.\n\n 3. 3\n\n  Verordening winkeltijden 2024\n\n 4. 4\n\n  Bestemmingsplan "
        "Kerkweg\n\n  Besluit: unaniem aangenomen\n"
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"] == [
        "Verordening winkeltijden 2024",
        "Bestemmingsplan Kerkweg",
    ]


def test_the_councils_decisions_listed_as_points_however_long_each_is() -> None:
    draft = recognise(
        "Als de hamer valt 20 februari 2018\n\nIn deze rubriek een overzicht van de beslissingen "
        "van de gemeenteraad.\n\nIn de raadsvergadering van 20 februari 2018 heeft de gemeenteraad "
        "besloten:\n\n • Kennis te nemen van de eerste rapportage van de provincie over het interbestuurlijk toezicht en de reactie van het college hierop, alsmede in te stemmen met de werkwijze van het college waarbij voortaan deze rapportages en de reactie van het college hierop worden opgenomen in de reguliere planning- en controldocumenten, zoals het jaarverslag, de voorjaarsnota of de najaarsnota van het lopende jaar.\n"
        " • De Lokale Inclusie Agenda 2018-2019 vast te stellen.\n"
        " • In te stemmen met de Regiovisie Opvang en Bescherming.\n"
    )
    assert draft.layout == "nieuws"
    decided = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert len(decided) == 3 and decided[0].startswith("Kennis te nemen van de eerste rapportage")


def test_each_line_under_a_sentence_opening_a_list_of_promises_is_a_promise() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Verslag commissie Ruimte 4 oktober 2024\n\nBij monde van wethouder Smit zijn aan de "
        "commissie de volgende toezeggingen gedaan:\n\n-\nDijkverzwaring: Jan Smit stuurt een memo "
        "over de stand van zaken, voor 19 oktober 2024.\n-\nKernteam Wonen: Kees Aarts deelt de "
        "uitkomsten van de sessie wonen.\n\nRondvraag\n\nDe heer De Vries vraagt naar de kermis.\n"
    )
    assert [p["text"][:20] for p in draft.promises] == [
        "Dijkverzwaring: Jan ",
        "Kernteam Wonen: Kees",
    ]


def test_points_after_voorgesteld_wordt_om_are_one_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering 7 juni 2021\n\n3. Begroting 2022 GR Publieke Gezondheid\n\n"
        "Voorgesteld wordt om:\n\n 1. Kennis nemen van de begrotingswijziging 2021.\n 2. Geen "
        "zienswijze in te dienen op de begrotingswijziging 2021.\n 3. Een zienswijze in te dienen op "
        "de ontwerpbegroting 2022.\n\nBesluit: zonder hoofdelijke stemming aangenomen.\n\n"
        "4. Sluiting\n"
    )
    decided = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == ["Begroting 2022 GR Publieke Gezondheid"]


def test_a_meeting_pages_player_room_and_absentees_are_no_decisions() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering 25 januari 2024\n\n1. Archief film Gepauzeerd\n\n"
        "2. Raadszaal\n\n3. Mevrouw Kuipers (CDA) is afwezig\n\n4. Er wordt een moment stilte "
        "in acht genomen\n\n5. De heer Bakker (VVD) stelt vragen over de kermis\n\n"
        "6. Verordening marktgelden 2024\nBesluit: unaniem aangenomen\n"
    )
    decided = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == ["Verordening marktgelden 2024"]


def test_a_members_question_on_the_councils_agenda_is_no_decision_but_answering_one_is_the_colleges() -> (
    None
):
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering 25 januari 2024\n\n1. CU vraag over de opvang\n\n"
        "2. VVD vragen pand Stationsweg\n\n3. Kermis De heer Bakker (VVD) vraagt of de kermis "
        "blijft\n\n4. Het college vraagt de raad om een zienswijze op de begroting van de GGD\n\n"
        "5. Verordening marktgelden 2024\nBesluit: unaniem aangenomen\n"
    )
    decided = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [
        "Het college vraagt de raad om een zienswijze op de begroting van de GGD",
        "Verordening marktgelden 2024",
    ]
    college = recognise(
        "Besluitenlijst college van burgemeester en wethouders 23 januari 2024\n\n"
        "1. Beantwoording vragen VVD over de kermis\nBesluit: conform\n\n"
        "2. Vragen ex artikel 43 inzake de haven\nBesluit: conform\n"
    )
    assert len([s for s in college.steps if s["kind"] == "collegebesluit"]) == 2


def test_bullets_that_continue_one_sentence_are_what_one_decision_is_about() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Collegebesluiten 9 juli 2024\n\nNieuwe subsidieregelingen wijkactiviteiten\n\nDe gemeente "
        "vindt ontmoeting belangrijk en steunt daarom activiteiten in de wijken met vier nieuwe "
        "regelingen, namelijk voor:\n\n • Wijkactiviteiten door vrijwilligers tot € 2.500,\n"
        " • Wijkactiviteiten door betaalde krachten,\n • Sociaal beheer van ontmoetingsplekken en\n"
        " • Stedelijke ontmoetingsactiviteiten.\n\nVerlenging contract schoonmaak\n\nHet college "
        "verlengt het contract met een jaar.\n"
    )
    decided = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert decided == [
        "Nieuwe subsidieregelingen wijkactiviteiten",
        "Verlenging contract schoonmaak",
    ]


def test_a_meeting_that_took_no_decision_yet_is_a_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws\n\n23 september 2022 – De gemeenteraad heeft in de vergadering op donderdag 22 "
        "september nog geen besluit genomen over het voorstel energietoeslag.\n"
    )
    assert [(s["kind"], s["date"]) for s in draft.steps] == [("raadsvergadering", "2022-09-22")]


def test_a_college_list_holds_no_decision_of_a_day_of_the_week_nor_of_each_point() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Collegebesluiten 4 november 2025\nBesluitenlijst van de collegevergadering van dinsdag "
        "4 november 2025\n6. Bedrijventerreinen\n- Akkoord te gaan met de informatienota.\n"
        "7. Slotwijziging 2025\nDe raad met bijgevoegd raadsvoorstel te adviseren om:\n"
        "- Een bedrag van € 7.000 toe te voegen aan de reserve Kapitaallasten.\n"
        "- Een bedrag van € 22.281 te onttrekken aan de reserve Buitenhaven.\n"
        "- De begrotingswijziging 18-2025 vast te stellen.\n\nAgenda van de week\n\n"
        "Dinsdag 4 november\n\nWethouder Smit opent de nieuwe sporthal.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert len(titles) == 2, titles
    assert titles[1].startswith("Slotwijziging 2025")


def test_a_college_list_that_lost_its_title_is_known_by_its_decision_points() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeente Oosthaven\n\n12 maart 2024\n\nSubsidie sportpark\nIn te stemmen met de subsidie "
        "aan de sportvereniging.\n\nParkeerbeleid\nHet parkeerbeleid 2024 vast te stellen.\n\n"
        "Jaarverslag bibliotheek\nKennis te nemen van het jaarverslag van de bibliotheek.\n\n"
        "Portefeuillehouder: wethouder Smit (college)\n"
    )
    assert draft.layout == "besluitenlijst-college"


def test_an_overview_of_motions_dates_each_by_its_own_line() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Moties en amendementen 2020-2021\n\nOverzicht van moties en amendementen waarover is "
        "gestemd\n\nCDA\n\nIngediende amendementen:\n\n • 12-11-2020: Jeugdlintje. Resultaat: "
        "aangenomen.\n\nIngediende moties:\n\n • 09-07-2020: Waardering mantelzorg. Resultaat: "
        "aangenomen.\n • 08-10-2020: Sloop de sloopregeling. Resultaat: verworpen.\n"
        " • 15-12-2020: Go / no-go moment Glanerbrook. Resultaat: aangenomen (unaniem).\n"
    )
    voted = [
        (s["kind"], s["date"], s["title"], s["status"])
        for s in draft.steps
        if s["kind"] in ("motie", "amendement")
    ]
    assert voted == [
        ("amendement", "2020-11-12", "Amendement Jeugdlintje", "aangenomen"),
        ("motie", "2020-07-09", "Motie Waardering mantelzorg", "aangenomen"),
        ("motie", "2020-10-08", "Motie Sloop de sloopregeling", "verworpen"),
        ("motie", "2020-12-15", "Motie Go / no-go moment Glanerbrook", "aangenomen"),
    ]


def test_a_page_of_motion_texts_gives_each_motion_by_its_label() -> None:
    from besluitspoor.extract.recognize import recognise

    motion = (
        "Motie: {title}\n\nDatum: {day}\n\nOnderwerp: {about}\n\n{said}\n\nStelt vast dat:\n\n"
        " • de raad er eerder over sprak;\n\nVerzoekt het college om:\n\n • een plan te maken.\n\n"
        "En gaat over tot de orde van de dag.\n\n"
    )
    draft = recognise(
        "Moties\n\n"
        + motion.format(
            title="Koers vasthouden", day="9 november 2020", about="Inclusie", said="Aangenomen:"
        )
        + motion.format(
            title="Hoofdlijnennotitie 2020",
            day="28 september 2020",
            about="Corona",
            said="Verworpen",
        )
        + "Motie: meer over deze motie op de website\n"
    )
    voted = [(s["date"], s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie"]
    assert voted == [
        ("2020-11-09", "Motie Koers vasthouden", "aangenomen"),
        ("2020-09-28", "Motie Hoofdlijnennotitie 2020", "verworpen"),
    ]


def test_a_motion_named_only_by_its_label_takes_that_name() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Motie\n\nRaadsvergadering\nAgendapunt\nVreemd aan de orde van de vergadering\nTekst\n\n"
        "Motie: Aanvullingen actieplan verkeersveiligheid\n\nDe gemeenteraad van Rijswijk in "
        "openbare vergadering bijeen op 3 maart 2020,\n\nconstaterende, dat\n\n • het verkeer "
        "onveilig is;\n\nverzoekt het college\n\n • een plan te maken.\n\nen gaat over tot de "
        "orde van de dag.\n\nDe motie is ingetrokken.\n"
    )
    (motion,) = [s for s in draft.steps if s["kind"] == "motie"]
    assert motion["title"] == "Motie Aanvullingen actieplan verkeersveiligheid"


def test_an_overview_of_letters_to_the_council_gives_each_letter_on_its_day() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Home » Gemeenteraad » Raadsinformatiebrieven\n\nRaadsinformatiebrieven\n\nHet college "
        "houdt de raad op de hoogte met informatiebrieven.\n\n • Raadsinformatiebrief Lokale "
        "Omroep\n\n  (05-07-2018)\n\n  Op 16 juli 2013 wees het Commissariaat de omroep aan.\n\n"
        " • Raadsinformatiebrief over subsidie dorpsplan\n\n  (27-06-2018)\n\n  In 2008 maakten "
        "we samen met de inwoners een plan.\n"
    )
    letters = [(s["date"], s["title"]) for s in draft.steps if s["kind"] == "raadsinformatiebrief"]
    assert letters == [
        ("2018-07-05", "Raadsinformatiebrief Lokale Omroep"),
        ("2018-06-27", "Raadsinformatiebrief over subsidie dorpsplan"),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        (
            "Met onze brief van 8 september 2024 informeerden wij u over het onderzoek.",
            "raadsinformatiebrief",
            "2024-09-08",
        ),
        ("A. Mondelinge vraag CDA d.d. 28 mei 2024 over de haven.", "vragen", "2024-05-28"),
        (
            "Op 8 januari 2024 ontvingen wij via de griffie de navolgende vragen:",
            "vragen",
            "2024-01-08",
        ),
    ],
)
def test_a_letter_names_the_colleges_earlier_letter_and_the_questions_it_answers(
    sentence: str, kind: str, day: str
) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Raadsinformatiebrief\nDatum: 10 oktober 2024\n\n{sentence}\n")
    assert (kind, day) in [(s["kind"], s["date"]) for s in draft.steps]


def test_a_pages_byline_is_no_title() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Door Antoine van Lune op 25 september 2013\n\nMaastricht krijgt eigen "
        "dierenwelzijnsbeleid\n\nDe gemeenteraad van Maastricht, in vergadering bijeen op 24 "
        "september 2013,\n\noverwegende dat dierenwelzijn aandacht verdient;\n\nverzoekt het "
        "college een voorstel te doen.\n\nen gaat over tot de orde van de dag.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "motie"]
    assert titles and not any(t.startswith("Motie Door") for t in titles), titles


def test_a_college_list_promises_what_it_will_still_tell_the_council() -> None:
    """ "De raad wordt per brief geïnformeerd" is still to do; "de raad te informeren met
    bijgaande brief" and "De memo wordt aan de raad gestuurd" are the decision, done now."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst college van burgemeester en wethouders 3 november 2020\n\n"
        "1. Subsidie sportvereniging\nHet college besluit de subsidie te verlenen. De Raad wordt "
        "per brief geïnformeerd.\n\n2. Parkeerbeleid\nHet college stelt het parkeerbeleid vast "
        "en besluit de raad te informeren met bijgaande brief.\n\n3. Septembercirculaire\n"
        "Het college neemt kennis van de circulaire. De memo wordt aan de raad gestuurd.\n"
    )
    assert [p["text"] for p in draft.promises] == ["De Raad wordt per brief geïnformeerd."]
    assert [s["kind"] for s in draft.steps] == ["collegebesluit"] * 3


@pytest.mark.parametrize(
    ("page", "text", "steps"),
    [
        # an evening still to come is the next one
        (
            "2023-08-14",
            "Vanwege de brand houdt de raad vrijdagavond een extra raadsvergadering.",
            {("raadsvergadering", "2023-08-18", "aangekondigd")},
        ),
        # each date stays in its clause; a decision still to take is a meeting to come
        (
            "2023-05-15",
            "Het voorstel wordt eerst op 4 juni in de commissie Ruimte besproken; de raad neemt op "
            "20 juni een besluit.",
            {
                ("commissievergadering", "2023-06-04", "aangekondigd"),
                ("raadsbesluit", "2023-06-20", "aangekondigd"),
                ("raadsvergadering", "2023-06-20", "aangekondigd"),
            },
        ),
    ],
)
def test_meetings_to_come_in_news(page: str, text: str, steps: set[tuple[str, str, str]]) -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws uit de gemeenteraad\n\n{text}\n", date.fromisoformat(page))
    assert {(s["kind"], s["date"], s.get("status")) for s in draft.steps} == steps


def test_amendments_counted_then_told_by_their_ordinals() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de gemeenteraad\n\nTijdens de begrotingsraad van 7 november 2023 werden twee "
        "amendementen van de ChristenUnie behandeld. Het eerste, over extra geld voor "
        "mantelzorgers, werd aangenomen; het tweede, over de zondagsopenstelling van het zwembad, "
        "werd verworpen.\n"
    )
    assert [(s["title"], s["status"]) for s in draft.steps if s["kind"] == "amendement"] == [
        ("Amendement over extra geld voor mantelzorgers", "aangenomen"),
        ("Amendement over de zondagsopenstelling van het zwembad", "verworpen"),
    ]


def test_a_decision_dated_by_the_sentence_after_it() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de gemeenteraad\n\nOok de Voorjaarsnota 2024 is door de Leeuwarder raad "
        "vastgesteld. Dat gebeurde woensdag na een debat van ruim zeven uur.\n",
        date(2023, 7, 6),
    )
    assert {(s["kind"], s["date"]) for s in draft.steps} == {
        ("raadsbesluit", "2023-07-05"),
        ("raadsvergadering", "2023-07-05"),
    }


def test_the_party_forum_voor_democratie_is_no_committee() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de gemeenteraad\n\nDe motie van wantrouwen werd dinsdagavond verworpen: "
        "alleen PVV en Forum voor Democratie stemden voor.\n",
        date(2024, 4, 17),
    )
    assert {s["kind"] for s in draft.steps} == {"motie", "raadsvergadering"}


def test_the_meeting_a_promise_was_made_in_and_a_vote_to_come() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    made = recognise(
        "Nieuws uit de gemeenteraad\n\nBurgemeester Hoekstra beloofde de raad in de commissie "
        "Bestuur van maandag om binnen twee weken met een evaluatie te komen.\n",
        date(2023, 1, 18),
    )
    assert [(s["kind"], s["date"]) for s in made.steps] == [("commissievergadering", "2023-01-16")]
    assert made.promises[0]["made_in"] == made.steps[0]["id"]
    vote = recognise(
        "Nieuws uit de gemeenteraad\n\nVVD en CDA dienden een motie in over leges voor kassen. "
        "Over de motie wordt op 27 juni gestemd.\n",
        date(2024, 6, 12),
    )
    assert ("raadsvergadering", "2024-06-27", "aangekondigd") in {
        (s["kind"], s["date"], s.get("status")) for s in vote.steps
    }


def test_conditions_said_as_a_proviso() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst college\n\nDatum: 3 oktober 2025\n\n"
        "1. Het college stemt in met een krediet van € 900.000 voor de brede school. Dit onder het "
        "voorbehoud dat de extra kapitaallasten worden opgenomen in de begroting 2026.\n"
        "2. Het college besluit de sporthal niet eerder te starten dan na een door de raad "
        "vastgesteld uitvoeringsplan.\n"
    )
    assert sorted(p["text"] for p in draft.preconditions) == [
        "De extra kapitaallasten worden opgenomen in de begroting 2026",
        "Een door de raad vastgesteld uitvoeringsplan",
    ]


def test_votes_told_later_in_news_are_dated_by_the_decision_told_first() -> None:
    """The page is dated 15 June; the council decided on Tuesday 12 June, and the amendments
    told after it, without a date of their own, were voted on that day too."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Akkoord 2026-2030 vastgesteld\n\nGeplaatst op vrijdag 15 juni 2018\n\n"
        "Op dinsdag 12 juni stelde de gemeenteraad het akkoord voor de raadsperiode vast. "
        "Drie door de Groenen ingediende amendementen op het gebied van bomen, water en "
        "fietspaden werden door alle partijen in de raad gesteund.\n\n"
        "Een vijftal moties werd dinsdagavond tijdens de begrotingsraad in stemming gebracht.\n"
    )
    voted = {(s["kind"], s["date"]) for s in draft.steps}
    assert ("amendement", "2018-06-12") in voted and ("raadsbesluit", "2018-06-12") in voted
    assert ("raadsvergadering", "2018-06-12") in voted
    assert not any(d == "2018-06-15" for _, d in voted)


def test_an_item_that_says_only_how_it_was_decided_is_no_step() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst van de raadsvergadering van 7 juni 2023\n\n"
        "Voor de punten 4.1 t/m 4.3 is geen spreektijd gevraagd en daarmee is ingestemd met de "
        "voorstellen.\n\n 5. 4.1\n\n  Besluit\n\n  Conform besloten\n\n 6. 4.2\n\n  Besluit\n\n"
        "  Conform besloten\n\n 7. 4.3 Verordening afvalstoffenheffing 2024\n\n  Besluit\n\n"
        "  Conform besloten\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert "Conform besloten" not in titles


def test_numbered_procedural_items_are_no_decisions() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst van de raadsvergadering van 5 juli 2012\n\n"
        "1. 001. Vaststellen agenda\nDe agenda wordt vastgesteld.\n\n"
        "2. 002. Mededelingen\nGeen.\n\n"
        "3. 003. Verordening parkeerbelastingen 2013\nBesluit: aangenomen.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert not any("agenda" in t.lower() or "mededelingen" in t.lower() for t in titles), titles


def test_a_meeting_page_summing_up_proposals_gives_one_raadsvoorstel_each() -> None:
    draft = recognise(
        "Informatieronde 22 februari 2018 19:30:00\n\nAgenda\n\n • De raad wordt gevraagd een "
        "krediet beschikbaar te stellen voor de nieuwe werkplekken.\n • De raad wordt voorgesteld "
        "in te stemmen met de lijst cultuurhistorisch waardevolle objecten.\n"
    )
    assert [
        (s["kind"], s["date"], s["title"]) for s in draft.steps if s["kind"] == "raadsvoorstel"
    ] == [
        (
            "raadsvoorstel",
            "2018-02-22",
            "Voorstel: een krediet beschikbaar te stellen voor de nieuwe werkplekken",
        ),
        (
            "raadsvoorstel",
            "2018-02-22",
            "Voorstel: in te stemmen met de lijst cultuurhistorisch waardevolle objecten",
        ),
    ]


def test_a_proposal_asking_the_council_is_one_step_not_two() -> None:
    draft = recognise(
        "Raadsvoorstel\n\nOnderwerp: Krediet zwembad\nDatum: 3 maart 2024\n\nDe raad wordt "
        "voorgesteld een krediet van 2 miljoen euro beschikbaar te stellen voor het zwembad.\n"
    )
    assert [s["kind"] for s in draft.steps].count("raadsvoorstel") == 1


@pytest.mark.parametrize(
    "item",
    [
        "Het videoverslag en de besluitenlijst wordt conform vastgesteld.",
        "Meldingen portefeuillehouders m.b.t. gemeenschappelijke regelingen",
        "Raadsvragen en toezeggingen",
        "De voorzitter meldt ten aanzien van beide lijsten de volgende punten.",
        "Heropening",
        "Uitzending raadsvergadering: https://youtu.be/abc",
        "Trekking stemmingsnummer 8: Jan de Vries",
        "A-stukken: voorstellen die zonder verdere discussie worden aangenomen",
        "Hamerstukken worden niet inhoudelijk besproken maar alleen vastgesteld",
        "Aan de agenda zijn toegevoegd",
        "Vaststelling volgorde stemming",
        "De stemming over de benoeming van een wethouder is schriftelijk",
        "Terugkoppeling van het college",
        "Inlichtingen college",
        "Ter besluitvorming: hamerstukken",
        "Vragenronde raadsleden",
        "Sessievoorzitter: Harro Schroeder",
        "Afmelding: Dhr. Jansen",
        "Er is bij dit agendapunt geen besluit genomen",
        "De besluitenlijsten (2) van 30 november 2022 wordt conform vastgesteld.",
        "De burgemeester opent de vergadering om 19.30 uur",
        "De voorliggende agenda wordt vastgesteld",
        "Het tafelverslag en de besluitenlijst zijn vastgesteld",
        "De raad stelt de agenda conform vast",
        "Raadbesluit d.d. 28 februari 2024",
        "In Memoriam de heer Bos. - 19:40",
        "Uitreiking van certificaten deelnemers cursus Politiek Actief",
        "Schriftelijke behandeling",
        "Besluitvormende stukken",
        "De voorzitter verwijst naar een memo die de raad gisteren heeft ontvangen.",
        "Omdat de vergadering digitaal plaatsvindt verzoeken wij insprekers zich te melden",
        "De raad stemt in met de gewijzigde volgorde en stelt de agenda vast",
        "nr. 26 mevr. Schoneveld",
        "Mevr. Michel - de Jong opent de vergadering en heet iedereen welkom",
        "Bepalen volgorde bij stemming",
        "Vragenkwartier (mondelinge vragen)",
        "Er zijn vragen aangekondigd voor het vragen-halfuurtje door mevrouw Ton",
        "Indien u gebruik wil maken van het inspreekrecht, willen we u vragen contact op te nemen",
        "Mededeling vanuit het college:",
        "Vaststelling bespreekpunten agenda",
        "Test digitale stemming",
        "Integrale 2e termijn, met aansluitend stemming over de moties en amendementen",
        "0 Besluitvormende raadsvergadering 21 april 2016",
        "De besluitenlijsten van de openbare raadsvergaderingen van 3 en 5 maart 2026.",
        "Overzicht van brieven en overige stukken, gericht aan de gemeenteraad.",
        "Trekking stemmingnummer 9: A. de Boer",
        "Informatie vanuit het college van B&W",
        # a Frisian council's agenda, and who sent apologies
        "Iepening en meidielings - 19:30",
        "Fragenoere",
        "Bericht van verhindering",
    ],
)
def test_running_the_meeting_is_no_decision(item: str) -> None:
    from besluitspoor.extract.layouts.agenda import procedural

    assert procedural(item)


def test_the_incoming_letters_by_category_and_a_forms_blanks_are_no_decisions() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst van de raadsvergadering van 14 maart 2023\n\n"
        "1. 05.a Brieven aan de raad, bevoegdheid college (CAT A)\nBesluit: conform.\n\n"
        "2. 05.b Overige stukken ter kennisname (CAT D)\nBesluit: conform.\n\n"
        "3. 05.c Te verzenden stukken namens de raad\nBesluit: conform.\n\n"
        "4. 06 Inspreken\nEr hebben zich geen insprekers gemeld.\n\n"
        "5. 07 Raadsbesluit d.d.\nBesluit: aangenomen.\n\n"
        "6. 08 Verordening afvalstoffenheffing 2023\nBesluit: aangenomen.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert titles == ["Verordening afvalstoffenheffing 2023"], titles


def test_a_list_after_the_council_took_these_decisions_or_adopted_motions_about() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsnieuws 16 februari 2024\n\n"
        "De gemeenteraad nam donderdag 15 februari de volgende besluiten als hamerstuk:\n\n"
        "- Verordening jeugdhulp 2024\n- Krediet voor de brug over de Vaart\n\n"
        "Verder nam de raad moties aan over:\n\n"
        "- het herstel van de stadsgracht;\n- meer bankjes in het park.\n"
    )
    told = [
        (s["kind"], s["date"], s["title"]) for s in draft.steps if s["kind"] != "raadsvergadering"
    ]
    assert told == [
        ("raadsbesluit", "2024-02-15", "Verordening jeugdhulp 2024"),
        ("raadsbesluit", "2024-02-15", "Krediet voor de brug over de Vaart"),
        ("motie", "2024-02-15", "Motie over het herstel van de stadsgracht"),
        ("motie", "2024-02-15", "Motie over meer bankjes in het park"),
    ], told


def test_news_tells_council_decisions_with_many_verbs(run: Run) -> None:
    # A news page whose only marker word ("raadsinformatiebrief") stands inside a sentence:
    # read as news, each decision a step with the outcome its verb tells.
    draft = _draft(run, "raadsnieuws-werkwoorden.txt")
    decided = {
        (s["title"], s["date"], s.get("outcome"))
        for s in draft["steps"]
        if s["kind"] == "raadsbesluit"
    }
    assert decided == {
        ("De bouw van een nieuw zwembad aan de Parklaan", "2025-05-21", "aangenomen"),
        ("De verkoop van het oude badterrein", "2025-05-21", "aangenomen"),
        ("De tweede begrotingswijziging 2025", "2025-05-21", "aangenomen"),
        ("Voorstel: de toeristenbelasting te verhogen", "2025-05-21", "verworpen"),
    }
    assert not any(
        s["kind"] == "raadsinformatiebrief" and "status" not in s for s in draft["steps"]
    )


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        (
            "collegebesluiten-besloten.txt",
            [
                "Herinrichting van de speelplaatsen in de wijken Noord en Zuid met nieuwe toestellen "
                "en meer groen",
                "Subsidie muziekvereniging Crescendo",
            ],
        ),
        (
            "collegebesluiten-onderwerp.txt",
            ["Jaarverslag leerplicht 2023", "Krediet vervanging straatverlichting"],
        ),
    ],
)
def test_college_list_one_decision_per_subject_not_per_point(
    run: Run, name: str, titles: list[str]
) -> None:
    # The numbered points under "Het college heeft besloten:" are one decision's own; a
    # subject line ("Onderwerp: X") opens each item; approving the last list is procedural.
    draft = _draft(run, name)
    decided = [s for s in draft["steps"] if s["kind"] == "collegebesluit"]
    assert [s["title"] for s in decided] == titles
    assert {s["date"] for s in decided} == {"2024-03-12" if "besloten" in name else "2024-04-09"}


def test_news_lists_what_the_council_agreed_to_after_its_verb(run: Run) -> None:
    draft = _draft(run, "raadsnieuws-lijst-na-werkwoord.txt")
    decided = [(s["title"], s["date"]) for s in draft["steps"] if s["kind"] == "raadsbesluit"]
    assert decided == [
        ("De kadernota 2026 van de Omgevingsdienst", "2025-03-11"),
        ("De wijziging van de gemeenschappelijke regeling Werkbedrijf", "2025-03-11"),
        ("De zienswijze op de begroting 2026 van de GGD", "2025-03-11"),
    ]


def test_college_meeting_page_with_points_numbered_again_under_each_subject(run: Run) -> None:
    # "Vergadering college van burgemeester en wethouders" names a college list, though a point
    # further down mentions a raadsinformatiebrief; points 1, 2 under each subject are its own.
    result = run("extract", str(DOCS / "collegevergadering-opsomming.txt"))
    assert "# doc_type: besluitenlijst" in result.stdout
    draft = _draft(run, "collegevergadering-opsomming.txt")
    decided = [s["title"] for s in draft["steps"] if s["kind"] == "collegebesluit"]
    assert decided == [
        "Regionale woonagenda Waterland",
        "Uitvoeringsprogramma armoedebeleid 2024 tot en met 2027 met de aanvullende maatregelen "
        "voor gezinnen",
    ]


@pytest.mark.parametrize(
    "text", ["voor het einde van het jaar", "eind dit jaar", "tegen het jaareinde"]
)
def test_the_end_of_the_year_is_december_of_the_texts_year(text: str) -> None:
    from besluitspoor.extract import dates

    [found] = dates.find(f"De raad wordt {text} geïnformeerd.", date(2024, 3, 12))
    assert (found.value.iso(), found.period) == ("2024-12", True)


@pytest.mark.parametrize(
    ("sentence", "kind", "title", "status"),
    [
        (
            "Een door de fractie CU ingediend amendement, dat voorziet in de realisatie van een "
            "buurtplek in Zonnemaire, werd aangenomen.",
            "amendement",
            "Amendement: de realisatie van een buurtplek in Zonnemaire",
            "aangenomen",
        ),
        (
            "Tot slot werd er een motie aangenomen waarbij extra aandacht wordt gevraagd voor "
            "het groenbeleid.",
            "motie",
            "Motie: het groenbeleid",
            "aangenomen",
        ),
        (
            "Het tweede amendement (waarin de SGP vraagt erotische evenementen te verbieden) "
            "wordt verworpen.",
            "amendement",
            "Amendement: erotische evenementen te verbieden",
            "verworpen",
        ),
        (
            "Bij de stemming diende de VVD een motie van treurnis in, die het niet zou halen.",
            "motie",
            "Motie van treurnis",
            "verworpen",
        ),
        (
            "Een wijzigingsvoorstel van D66 over het meten van de effecten werd aangenomen.",
            "amendement",
            "Amendement van D66 over het meten van de effecten",
            "aangenomen",
        ),
        (
            "Wij hebben een amendement ingediend om de OZB niet te verhogen, maar dat haalde het "
            "helaas niet.",
            "amendement",
            "Amendement: de OZB niet te verhogen",
            "verworpen",
        ),
        (
            "Samen met het CDA dienden wij een motie in over de kernen. Deze werd unaniem "
            "aangenomen.",
            "motie",
            "Motie over de kernen",
            "aangenomen",
        ),
        (
            "De motie van het CDA over de reserve werd door allen gesteund.",
            "motie",
            "Motie van het CDA over de reserve",
            "aangenomen",
        ),
    ],
)
def test_a_motion_named_by_what_it_asks(sentence: str, kind: str, title: str, status: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws uit de raad\n\nDonderdag 14 maart 2024\n\n{sentence}\n")
    motions = [(s["kind"], s["title"], s["status"]) for s in draft.steps if "status" in s]
    assert motions == [(kind, title, status)]
    assert not any(s["kind"] == "raadsbesluit" for s in draft.steps)


def test_a_motion_carried_unanimously_and_named_by_its_long_request_is_another_motion() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de raad\n\nDonderdag 14 maart 2024\n\n"
        "- Op voorstel van de PvdA is een motie ingediend om een veilige fietsoversteek bij de "
        "nieuwe rotonde aan de Dorpsstraat mogelijk te maken.\n"
        "- Op initiatief van de PvdA is een motie unaniem aangenomen die het college oproept om "
        "in het nieuwe beleidsplan voor de jeugdzorg te kiezen voor een financiering die op "
        "resultaten stuurt en waarbij de vraag van de jeugdigen in de gemeente centraal staat.\n"
    )
    motions = [(s["title"][:40].strip(), s["status"]) for s in draft.steps if s["kind"] == "motie"]
    assert motions == [
        ("Motie: een veilige fietsoversteek bij de", "ingediend"),
        ("Motie: in het nieuwe beleidsplan voor de", "aangenomen"),
    ]


@pytest.mark.parametrize(
    ("sentence", "titles", "status"),
    [
        (
            "De samen met de PvdA ingediende moties over armoede, starters, jongerenschulden en "
            "gezondheid werden allemaal aangenomen.",
            [
                "Motie over armoede",
                "Motie over starters",
                "Motie over jongerenschulden",
                "Motie over gezondheid",
            ],
            "aangenomen",
        ),
        (
            "Amendementen van D66, GroenLinks en de SP zijn aangenomen.",
            ["Amendement van D66", "Amendement van GroenLinks", "Amendement van SP"],
            "aangenomen",
        ),
        (
            "Er waren moties ingediend over een burgerberaad, een grondruil en woningbouw in "
            "het noorden.",
            [
                "Motie over een burgerberaad",
                "Motie over een grondruil",
                "Motie over woningbouw in het noorden",
            ],
            "ingediend",
        ),
    ],
)
def test_motions_listed_by_their_topics_are_a_step_each(
    sentence: str, titles: list[str], status: str
) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws uit de raad\n\nDonderdag 14 maart 2024\n\n{sentence}\n")
    told = [(s["title"], s["status"]) for s in draft.steps if "status" in s]
    assert told == [(title, status) for title in titles]


def test_decisions_listed_under_the_onderstaande_proposals_on_a_page_of_a_month() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de gemeenteraad, december 2014\n\n"
        "Via de verzamelagenda zijn de onderstaande raadsvoorstellen aangenomen;\n"
        "  • Wijziging van de rechtspositieregeling voor wethouders\n"
        "  • Verordening huisvesting onderwijs 2015\n\n"
        "Verder sprak de raad over de begroting.\n"
    )
    decided = [(s["title"], s["date"]) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [
        ("Wijziging van de rechtspositieregeling voor wethouders", "2014-12"),
        ("Verordening huisvesting onderwijs 2015", "2014-12"),
    ]


def test_a_motion_told_only_by_its_verb_is_titled_by_its_day_not_by_the_verbs_words() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de raad\n\nDonderdag 14 maart 2024\n\n"
        "Het was zijn eerste raadsvergadering en hij heeft meteen een motie ingediend en deze is "
        "unaniem door de raad gesteund.\n"
    )
    assert [(s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie"] == [
        ("Motie 14 maart 2024", "aangenomen")
    ]


def test_a_sentence_wrapped_over_a_list_items_lines_is_read_whole(run: Run) -> None:
    draft = _draft(run, "raadsnieuws-opsomming-afgebroken.txt")
    decided = [s["title"] for s in draft["steps"] if s["kind"] == "raadsbesluit"]
    assert decided == [
        "De jaarrekening 2023 en de begroting 2025 van de Gemeenschappelijke regeling Afvalbeheer",
        "Een verklaring van geen bedenkingen ten behoeve van het bouwplan Molenweg 12",
    ]


def test_news_dates_its_votes_by_the_meeting_day_it_names_not_its_own_date(run: Run) -> None:
    # Published the day after; the meeting is named as a day, the votes after it are not.
    draft = _draft(run, "raadsnieuws-dag-ervoor.txt")
    motions = [(s["date"], s["status"]) for s in draft["steps"] if s["kind"] == "motie"]
    assert motions == [("2025-03-12", "aangenomen"), ("2025-03-12", "verworpen")]


def test_college_news_gives_the_colleges_decisions_on_the_pages_date(run: Run) -> None:
    draft = _draft(run, "collegenieuws.txt")
    decided = [(s["title"], s["date"]) for s in draft["steps"] if s["kind"] == "collegebesluit"]
    assert decided == [
        ("De subsidie aan de muziekschool met drie jaar te verlengen", "2024-03-12"),
        ("Het nieuwe parkeerbeleid voor de binnenstad", "2024-03-12"),
    ]


def test_proposed_procedure_is_no_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst van de commissie Ruimte van 27 september 2023\n\n"
        "1. Voorgesteld wordt in te stemmen met de voorraadagenda\nConform.\n\n"
        "2. Voorgesteld wordt de ingekomen stukken voor kennisgeving aan te nemen\nConform.\n\n"
        "3. De status van de afspraken en toezeggingen wordt besproken\nConform.\n\n"
        "4. Bestemmingsplan Molenweg\nBesluit: de commissie adviseert positief.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"].endswith("besluit")]
    assert titles and all("Molenweg" in t for t in titles), titles


def test_an_enumeration_of_decisions_in_one_sentence_is_one_step_each() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de raad\n\nDinsdag 12 maart 2024\n\nZonder debat stemde de raad in met de "
        "kadernota van de Veiligheidsregio, de begroting van de Omgevingsdienst en de nota "
        "reserves.\n"
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"] == [
        "De kadernota van de Veiligheidsregio",
        "De begroting van de Omgevingsdienst",
        "De nota reserves",
    ]


def test_news_with_a_list_of_hamerstukken_under_bullets(run: Run) -> None:
    # The procedural bullet names no document (this is news) and is no decision; the line under
    # each bullet explains it; the motion in prose is read too.
    draft = _draft(run, "raadsnieuws-hamerstukken.txt")
    assert draft["doc_type"] == "overig"
    decided = [s["title"] for s in draft["steps"] if s["kind"] == "raadsbesluit"]
    assert decided[-2:] == ["Krediet vervanging speeltoestellen", "Bestemmingsplan Dorpsstraat 12"]
    assert not any("besluitenlijst" in t.lower() or "euro" in t for t in decided), decided
    motions = [(s["title"], s["status"]) for s in draft["steps"] if s["kind"] == "motie"]
    assert motions == [("Motie van treurnis", "verworpen")]


def test_the_headings_of_a_news_overview_are_decisions_its_title_is_not(run: Run) -> None:
    draft = _draft(run, "raadsnieuws-overzicht.txt")
    decided = [s["title"] for s in draft["steps"] if s["kind"] == "raadsbesluit"]
    assert decided == ["Nieuwe sporthal", "Zonnepark De Heide"]


@pytest.mark.parametrize(
    "name", ["uitslagen-regels.txt", "uitslagen-tabel.txt", "raadsnieuws-streepjes.txt"]
)
def test_decisions_each_with_its_outcome_on_its_own_line(run: Run, name: str) -> None:
    # "Begroting 2025: unaniem vastgesteld", "Motie X | verworpen", "- de begroting 2025 is
    # vastgesteld;": one step each, the motion as a motion, the outcome not in the title.
    draft = _draft(run, name)
    got = {
        (s["kind"], s["title"].lower(), s.get("outcome") or s.get("status"))
        for s in draft["steps"]
        if s["kind"] != "raadsvergadering"
    }
    assert len(got) == 3, got
    assert ("raadsbesluit", "begroting 2025", "aangenomen") in {
        (k, t.removeprefix("de "), o) for k, t, o in got
    }
    assert {k for k, _, o in got if o == "verworpen"} == {"motie"}
    assert not any("vastgesteld" in t or "|" in t or t.endswith(":") for _, t, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # the title after the committee's name on one line
        "Gemeente Oosthaven Commissie voor Ruimte en Beheer (CRB) Verslag van de openbare vergadering, "
        "gehouden op "
        "dinsdag 5 maart 2024 in het gemeentehuis\n\nAanwezig: de heer A (VVD), mevrouw B (CDA)\n",
        # a RIS page of a committee meeting: its name, day and hour
        "Cie. Zorg en Welzijn 4 maart 2024 19:30:00\n\nKijk of luister mee\n\nAgenda\n\n"
        " • De voorzitter heet iedereen welkom.\n • Het verslag wordt vastgesteld.\n"
        " • De wethouder licht de begroting toe; de commissie adviseert positief.\n",
        # no title at all: the page tells the meeting as it went
        "Kijk of luister mee\n\nAgenda\n\n • De voorzitter opent de commissievergadering om 19.30 "
        "uur.\n • Wethouder C beantwoordt vragen over de begroting.\n\nDatum: 5 maart 2024\n",
    ],
)
def test_a_report_says_so_in_its_title_or_by_the_meeting_it_tells(text: str) -> None:
    from besluitspoor.extract.recognize import recognise

    assert recognise(text).doc_type == "verslag"


def test_amendments_named_in_quotes_and_told_in_the_next_sentence() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raad stemt in met nieuwe sportnota\n\nDonderdag 14 maart 2024\n\n"
        "Op donderdag 14 maart sprak de gemeenteraad over de sportnota. "
        'Het amendement (PvdA en CDA) "Zwembad open" vraagt om het zwembad open te houden. '
        "Dit amendement werd, met uitzondering van de VVD, raadsbreed ondersteund. "
        'Het andere amendement (SP) "Gratis sporten" vraagt om gratis sporten voor kinderen. '
        "Dit amendement kreeg onvoldoende steun.\n"
    )
    told = {(s["title"], s.get("status")) for s in draft.steps if s["kind"] == "amendement"}
    assert told == {
        ("Amendement Zwembad open", "aangenomen"),
        ("Amendement Gratis sporten", "verworpen"),
    }


def test_a_proposal_under_a_ris_header_of_its_meetings() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeenteraad : Oosthaven\nRaadsvergadering : 8 juli 2021\nZaaknummer : OH21.00123\n"
        "Voorstelnummer : RAAD210042\nCommissie : Ruimte\nCommissiebehandeling : 15 juni 2021\n"
        "Soort agendering : Ter besluitvorming\nTeam : Projecten\nOpsteller(s) : Projecten\n"
        "Telefoonnummer : -\nBijlagen: : 3\nRAADSVOORSTEL\nOnderwerp: Bestemmingsplan Duinrand\n"
        "Voorgesteld besluit\n1. Het bestemmingsplan Duinrand vast te stellen.\n"
    )
    assert draft.doc_type == "raadsvoorstel"
    steps = {(s["kind"], s["date"]): s for s in draft.steps}
    # the proposal names only the meetings it goes to: it is of their year, not of their day
    assert steps[("raadsvoorstel", "2021")]["title"] == "Bestemmingsplan Duinrand"
    assert steps[("commissievergadering", "2021-06-15")]["committee"] == "Commissie Ruimte"
    assert [s["kind"] for s in draft.steps].count("raadsvergadering") == 1


def test_a_college_list_whose_points_and_items_are_all_numbered_one() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Openbare Notulen van de vergadering van Burgemeester en Wethouders gemeente Oosthaven "
        "van 5 maart 2024\n\nBESPREEKSTUKKEN\n\n 1. Jaarrekening Haven 2023\n\n"
        "Voorstel van de afdeling Financiën:\n\n 1. Vaststellen van de jaarrekening;\n"
        " 2. De raad hierover te informeren met bijgevoegde raadsbrief;\n"
        " 3. De begrotingswijzigingen aan te bieden:\n • Begrotingswijziging Haven;\n"
        " • Begrotingswijziging Markt.\n\nBesluit: Het college besluit conform het voorstel.\n\n"
        " 1. Subsidie Dorpshuis 2024\n\nVoorstel van de afdeling Samenleving:\n\n"
        " 1. De subsidie te verlenen.\n\nBesluit: Het college besluit conform het voorstel.\n"
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"] == [
        "Jaarrekening Haven 2023",
        "Subsidie Dorpshuis 2024",
    ]


def test_a_meeting_pages_table_of_numbered_amendments() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering 14 maart 2024\n\n 4. Vragenhalfuurtje voor raadsleden\n\n"
        "  • Mw. De Wit over de verlichting van het fietspad;\n"
        "  • Dhr. Bakker over de nieuwe sporthal\n\n 8. Bespreekpunten\n\n  Gevraagde beslissing:\n"
        "  1. Vaststellen van het Accommodatiebeleid 2024.\n\n  Amendementen\n\n  Nummer\n"
        "  A2024-003 Sporthal ook voor de scholen\n  A2024-004 Geen verhoging van de huur\n\n"
        "  Moties\n\n  Nummer\n  M2024-011 Zwembad blijft open\n\n  Raadsbesluiten\n"
    )
    steps = {(s["kind"], s["title"], s.get("status")) for s in draft.steps}
    assert {s for s in steps if s[0] in ("motie", "amendement")} == {
        ("amendement", "Amendement A2024-003 Sporthal ook voor de scholen", "ingediend"),
        ("amendement", "Amendement A2024-004 Geen verhoging van de huur", "ingediend"),
        ("motie", "Motie M2024-011 Zwembad blijft open", "ingediend"),
    }
    titles = " ".join(s[1] for s in steps)
    assert "Mw. De Wit" not in titles and "Dhr. Bakker" not in titles  # questions, no decisions
    assert "Gevraagde beslissing" not in titles


def test_a_ris_meeting_page_with_decisions_only_and_a_table_of_promises() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeenteraad Oosthaven\n\ndonderdag 14 maart 2024\n\n19:30 - 22:00\nLocatie\n\nRaadzaal\n\n"
        "Voorzitter\nA. de Vries\n\nAgendapunten\n\n 1. 01\n\n  Besluit\n\n"
        "  Afwezig met kennisgeving is het raadslid Jansen.\n\n 2. 02\n\n  Besluit\n\n"
        "  Er waren geen mededelingen.\n\n 3. 03\n\n  Besluit\n\n"
        "  De lijst is zonder wijzigingen vast gesteld.\n\n 4. 04\n\n  Besluit\n\n"
        "  Mevrouw Smit spreekt in bij agendapunt 6 namens de bewoners van de Dijkstraat.\n\n"
        " 5. 05\n\n  Besluit\n\n  Het CDA stelt vragen over het terras aan de haven.\n\n"
        "  Toezeggingen\n\n  Titel\n  Evaluatie terrasvergunningen haven\n"
    )
    kinds = [(s["kind"], s["title"][:20]) for s in draft.steps if s["kind"] != "raadsvergadering"]
    assert ("inspraak", "Mevrouw Smit spreekt") in kinds
    assert not any(t.startswith(("Afwezig", "Er waren", "De lijst")) for _, t in kinds)
    assert [p["text"] for p in draft.promises] == ["Evaluatie terrasvergunningen haven"]


def test_motions_taken_over_counted_in_two_and_named_with_stops_inside() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terugblik raadsvergadering\n\nDonderdag 14 maart 2024\n\n"
        "Op 14 maart vergaderde de gemeenteraad over de begroting. "
        "De motie van de ChristenUnie waarin wordt gevraagd om een inloop- en adviespunt voor "
        "mantelzorgers te openen is door het college overgenomen. "
        "Een amendement van GroenLinks en Samen.nu over de bomen aan de Laan werd overgenomen door "
        "de raad. Ook twee moties (verzoeken aan het college) over jeugdzorg en sportparken werden "
        "door een meerderheid aangenomen.\n"
    )
    told = {(s["kind"], s["title"][:65], s["status"]) for s in draft.steps if "status" in s}
    assert told == {
        (
            "motie",
            "Motie van de ChristenUnie waarin wordt gevraagd om een inloop- en",
            "ingediend",
        ),
        (
            "amendement",
            "Amendement van GroenLinks en Samen.nu over de bomen aan de Laan",
            "aangenomen",
        ),
        ("motie", "Motie over jeugdzorg", "aangenomen"),
        ("motie", "Motie over sportparken", "aangenomen"),
    }


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Hieronder de besluiten van de voortgezette raadvergadering op 7 februari 2019.",
            "2019-02-07",
        ),
        (
            "Op 24 mei 2016 buigen beide gemeenteraden zich over het herindelingsadvies.",
            "2016-05-24",
        ),
        ("De begrotingsbehandeling van 9 november 2023 duurde tot middernacht.", "2023-11-09"),
    ],
)
def test_news_names_a_council_meeting(sentence: str, day: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws uit de raad\n\n1 december 2023\n\n{sentence}\n")
    assert [(s["kind"], s["date"]) for s in draft.steps] == [("raadsvergadering", day)]


def test_motions_announced_or_brought_in_at_a_meeting_are_moved() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Verslag van de openbare vergadering van de gemeenteraad van 14 maart 2024\n\n"
        "De fractie van Dorpsbelang heeft een motie vreemd aan de orde van de dag aangekondigd over "
        "de aanleg van een speeltuin. Aan het eind van de vergadering kwam de VVD nog met een motie "
        "over de parkeertarieven.\n"
    )
    moved = {(s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie"}
    assert moved == {
        ("Motie vreemd aan de orde van de dag over de aanleg van een speeltuin", "ingediend"),
        ("Motie over de parkeertarieven", "ingediend"),
    }


def test_minutes_that_receive_a_motion_or_put_it_on_the_table_record_it_moved() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Verslag van de openbare vergadering van de gemeenteraad van 14 maart 2024\n\n"
        "Van de fracties Dorpsbelang en CDA is een motie vreemd aan de orde van de dag ontvangen "
        "over de sluiting van het zwembad. Dan is aan de orde de motie Veilig naar school. Bij "
        "agendapunt 9 staat het amendement van de VVD over de hondenbelasting aan de orde. De "
        "motie over de kermis kwam niet aan de orde.\n"
    )
    moved = {
        (s["kind"], s["title"], s["status"]) for s in draft.steps if s["kind"] != "raadsvergadering"
    }
    assert moved == {
        (
            "motie",
            "Motie vreemd aan de orde van de dag over de sluiting van het zwembad",
            "ingediend",
        ),
        ("motie", "Motie Veilig naar school", "ingediend"),
        ("amendement", "Amendement van de VVD over de hondenbelasting", "ingediend"),
    }


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Nadat Hans de Wit namens de PvdA een motie indiende over de Touwlaan, werd de "
            "vergadering geschorst.",
            "Motie over de Touwlaan",
        ),
        (
            "Daarop heeft Dorpsbelang een motie ingebracht om de OZB te verlagen.",
            "Motie om de OZB te verlagen",
        ),
        (
            "In een andere motie vroeg de SP om een tweede buurthuis in Oost.",
            "Motie: een tweede buurthuis in Oost",
        ),
        (
            "Er kwam prompt een motie die voorstelt om alle besluiten voor te leggen.",
            "Motie: alle besluiten voor te leggen",
        ),
        (
            "Het debat leidde tot een motie van het CDA om de parkeertarieven te verlagen.",
            "Motie van het CDA om de parkeertarieven te verlagen",
        ),
        (
            "Daarom verzochten wij via een motie om de zienswijze aan te vullen.",
            "Motie: de zienswijze aan te vullen",
        ),
        # who moved it, in a clause after it: its mover names it, not what it asks
        (
            "Er kwam een motie die de Seniorenpartij over dit onderwerp indiende.",
            "Motie van de Seniorenpartij over dit onderwerp",
        ),
    ],
)
def test_motions_told_as_brought_in_or_asking_are_moved(sentence: str, title: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Uit de raad van 14 maart 2024\n\n{sentence}\n", layout_name="nieuws")
    assert [(s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie"] == [
        (title, "ingediend")
    ]


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (
            "RAADSbesluiten van de openbare vergadering van de gemeenteraad op dinsdag 5 maart 2024."
            "\n\nDe raad heeft besloten het bestemmingsplan Kerkbuurt vast te stellen.\n",
            "besluitenlijst",
        ),
        (
            "Home » Gemeenteraad » Vergadering Gemeenteraad\n\nVergadering Gemeenteraad 05-03-2024"
            "\n\nPlaats:Raadszaal\nTijd:19:30-22:00\nVoorzitter:A. de Vries\n\nAGENDAPUNTEN:\n\n"
            "1 Opening\n2 Vaststellen van de agenda\n3 Bestemmingsplan Kerkbuurt\n",
            "besluitenlijst",
        ),
        (
            "Aanbiedingsbrief\n\nVoor u ligt de programmabegroting 2025-2028 van de gemeente "
            "Oosthaven.\n",
            "raadsinformatiebrief",
        ),
        (
            "Aan: De leden van de raad van de gemeente Oosthaven\nDatum: 9 november 2024\nBetreft: "
            "Najaarsnota 2024\n\nGeachte dames en heren,\n\nHierbij bieden wij u de Najaarsnota "
            "aan.\n\nHet college van burgemeester en wethouders\n",
            "raadsinformatiebrief",
        ),
    ],
)
def test_what_a_document_is_by_its_title_fields_or_salutation(text: str, doc_type: str) -> None:
    from besluitspoor.extract.recognize import recognise

    assert recognise(text).doc_type == doc_type


def test_who_speaks_in_and_drawing_the_lot_are_no_decisions() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst van de raadsvergadering van 5 maart 2024\n\n1 Opening\n\n2 Inspreekrecht\n\n"
        "Van het inspreekrecht wordt gebruik gemaakt door\n 1. Mevrouw Anna de Wit, namens de "
        "Dorpsraad\n 2. De heer Piet Bakker, voorzitter van de Voetbalclub\n\n3 Trekking stemcijfer"
        "\n\n4 Bestemmingsplan Kerkbuurt\n\nBesluit: conform vastgesteld\n"
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"] == [
        "Bestemmingsplan Kerkbuurt"
    ]


def test_college_lists_by_week_by_topics_and_by_their_decision_dates() -> None:
    from besluitspoor.extract.recognize import recognise

    weekly = recognise(
        "Besluitenlijst week 12\n\nVaststelling besluitenlijst\n\n24-101 Subsidie Dorpshuis\n\n"
        "De subsidie voor het dorpshuis te verlenen.\n\nToelichting:\nHet college heeft toegezegd "
        "de gemeenteraad elk kwartaal te informeren over de subsidies.\n\n"
        "Besluitdatum: 19 maart 2024\n"
    )
    assert weekly.doc_type == "besluitenlijst" and weekly.layout == "besluitenlijst-college"
    assert {s["date"] for s in weekly.steps} == {"2024-03-19"}
    assert len(weekly.promises) == 1  # told in so many words, even on a college list
    numbered = recognise(
        "Publicatielijst Besluiten van Burgemeester en Wethouders Volgnummer: week 5, 2021\n\n"
        "Principeverzoek Dorpsstraat 12\n\nHet College besluit: in te stemmen met het verzoek.\n\n"
        "Op 8 december 2020 heeft het college ingestemd met de koopovereenkomst.\n"
    )
    assert numbered.doc_date is not None and numbered.doc_date.iso() == "2021-02"
    topics = recognise(
        "Gemeenteberichten 2 november 2017\n\nOnderwerpen college 24 oktober:\n\n"
        " • Statutenwijziging VNG\n • Onderzoek sociale huurwoningen\n"
        " • Beleidsregels Kamerverhuur\n • Bomen Kerklaan\n • Principeverzoek Molenstraat\n"
    )
    assert topics.layout == "besluitenlijst-college"
    assert {(s["kind"], s["date"]) for s in topics.steps} == {("collegebesluit", "2017-10-24")}
    assert len(topics.steps) == 5


def test_a_decision_list_that_also_tells_decisions_and_votes_in_prose() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering 12 maart 2024\n\n"
        "1. Verordening afvoer hemelwater 2024\n\nDe raad heeft unaniem besloten de verordening "
        "afvoer hemelwater 2024 vast te stellen.\n\n"
        "2. Vragenuur\n\nNa het vragenuur diende de SP een motie in over de bereikbaarheid van het "
        "gemeentehuis, die met 15 stemmen voor en 6 tegen werd aangenomen. Ook stemde de raad in "
        "met de verkoop van het oude brandweerterrein aan de woningcorporatie.\n"
    )
    steps = [(s["kind"], s["title"][:40]) for s in draft.steps if s["kind"] != "raadsvergadering"]
    assert ("motie", "Motie over de bereikbaarheid van het gem") in steps
    assert ("raadsbesluit", "De verkoop van het oude brandweerterrein") in steps
    # the item's own sentence is its decision, not a second one
    assert sum(1 for kind, title in steps if "hemelwater" in title.lower()) == 1


def test_news_that_lists_hamerstukken_and_motions_under_headings() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terugblik raadsvergadering 12 maart 2024\n\n"
        "Dinsdag 12 maart vergaderde de gemeenteraad van Oosthaven.\n\n"
        "Hamerstukken\n • Verordening afvoer hemelwater 2024\n"
        " • Zienswijze begroting Veiligheidsregio 2025\n\n"
        "Aangenomen moties\n • Motie Speelruimte voor iedereen (CDA, PvdA)\n\n"
        "Verworpen moties\n • Motie Gratis parkeren in december (VVD)\n"
    )
    assert draft.doc_type == "overig"  # news, not a register of motions
    told = {(s["kind"], s["title"], s.get("status") or s.get("outcome")) for s in draft.steps}
    assert told >= {
        ("raadsbesluit", "Verordening afvoer hemelwater 2024", "aangenomen"),
        ("raadsbesluit", "Zienswijze begroting Veiligheidsregio 2025", "aangenomen"),
        ("motie", "Motie Speelruimte voor iedereen (CDA, PvdA)", "aangenomen"),
        ("motie", "Motie Gratis parkeren in december (VVD)", "verworpen"),
    }


def test_a_ris_pages_furniture_is_no_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering 12 maart 2024\n\n"
        "1. 00:00:08 - 00:00:45 - A. de Vries\n\n2. OPINIEREND DEEL\n\n"
        "3. 4. a. Mededelingen uit samenwerkingsverbanden\n\n"
        "4. Bijlagen 5 en 6 liggen vertrouwelijk ter inzage bij de griffier\n\n"
        "5. Er wordt vandaag gewerkt met spreektijd per fractie\n\n"
        "6. Bestemmingsplan Kerkbuurt\n\nBesluit: conform vastgesteld\n"
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"] == [
        "Bestemmingsplan Kerkbuurt"
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "De raad ontving op 17 juli 2020 een Raadsinformatie-brief over de evaluatie.",
            "raadsinformatiebrief",
        ),
        ("Op 3 november 2009 volgt de raads- vergadering over de begroting.", "raadsvergadering"),
    ],
)
def test_a_word_split_by_a_pdfs_line_break_is_still_read(sentence: str, kind: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws uit de raad\n\n1 december 2020\n\n{sentence}\n")
    assert kind in [s["kind"] for s in draft.steps]


def test_a_ris_dossier_page_names_its_letter_by_its_subject_not_its_menu() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Informatiesysteem Gemeente Oosthaven\n\nZoeken in het RIS\n\nHome / Dossier - 1234\n\n"
        "Details van een bestuurlijk dossier\nDossier nummer 1234\n"
        "Onderwerp Raadsinformatiebrief over de verkenning van de haven\n"
        "Datum verzending 02-09-2024\n"
    )
    letter = next(s for s in draft.steps if s["kind"] == "raadsinformatiebrief")
    assert letter["title"] == "De verkenning van de haven"
    # quoted from that line, not the page's menu
    assert draft.quotes[f"steps/{letter['id']}"][0].endswith(
        "Raadsinformatiebrief over de verkenning van de haven"
    )


def test_a_subject_set_apart_by_a_space_is_the_letters_title() -> None:
    from besluitspoor.extract import document
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Informatiesysteem Gemeente Oosthaven\n\nZoeken in het RIS\n\nDossier nummer 1234\n"
        "Onderwerp Wethoudersbrief met nadere informatie over de haven\n"
        "Datum verzending 02-09-2024\n"
    )
    (letter,) = [s for s in draft.steps if s["id"] == draft.doc_step]
    assert letter["title"] == "Wethoudersbrief met nadere informatie over de haven"
    assert draft.quotes[f"steps/{letter['id']}"][0].startswith("Onderwerp Wethoudersbrief")
    # a flattened PDF header: the next field's label ends the subject
    flat = document.read(
        "Raadsvoorstel\n\nOnderwerp Aanvullend krediet woonschepenhaven Registratienr. 4939501 "
        "Steller/telnr. J. Bos / 8111\n"
    )
    assert flat.fields["onderwerp"] == "Aanvullend krediet woonschepenhaven"
    # a sentence is no field
    prose = document.read("Verslag\n\nOnderwerp van gesprek was de haven.\n")
    assert "onderwerp" not in prose.fields


def test_a_motions_fate_on_a_line_of_its_own_and_support_from_only_a_few() -> None:
    from besluitspoor.extract.recognize import recognise
    from besluitspoor.outcomes import outcome_of

    draft = recognise(
        "Uitslagen raadsvergadering 12 maart 2024\n\n"
        " • Amendement VVD over de haven - AANGENOMEN\n • Amendement SP over de markt - VERWORPEN\n"
        " • Amendement CDA over de kade - INGETROKKEN\n\n"
        "Motie vreemd aan de orde Dorpsbelang inzake extern voorzitterschap 2024-AANGEHOUDEN\n\n"
        "De motie van het CDA om het overschot toe te voegen aan de algemene reserve werd alleen "
        "door het CDA en de SGP gesteund.\n"
    )
    fates = {s["title"][:24]: s.get("status") for s in draft.steps if s["kind"] == "motie"}
    assert fates["Motie vreemd aan de orde"] == "aangehouden"  # its own line, not what follows
    assert outcome_of("De motie werd alleen door het CDA en de SGP gesteund.") == "verworpen"


def test_a_meeting_pages_fields_set_apart_by_a_space() -> None:
    from besluitspoor.extract import document
    from besluitspoor.extract.recognize import recognise

    text = (
        "Commissievergadering gemeente Oosthaven 08-09-2024\n\nDatum 08-09-2024\nAanvang 19:30\n"
        "Voorzitter dhr. A. de Vries\nLocatie stadhuis Oosthaven\n\n1 Opening\n2 Vaststellen van de "
        "agenda\n3 Bestemmingsplan Kerkbuurt\n"
    )
    assert document.read(text).fields["aanvang"] == "19:30"
    assert ("commissievergadering", "2024-09-08") in [
        (s["kind"], s["date"]) for s in recognise(text).steps
    ]
    # one such line alone is a sentence, not a field
    assert (
        "voorzitter" not in document.read("Voorzitter opent de vergadering om 19.30 uur.\n").fields
    )


def test_a_decision_is_dated_by_its_meeting_not_by_when_it_takes_effect() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terugblik raadsvergadering\n\nDonderdag 14 maart 2024 vergaderde de gemeenteraad.\n\n"
        "Het amendement van de VVD om de hondenbelasting af te schaffen met ingang van 1 januari "
        "2025 werd aangenomen.\n"
    )
    amendment = next(s for s in draft.steps if s["kind"] == "amendement")
    assert amendment["date"] == "2024-03-14"
    assert "2025-01-01" not in {s["date"] for s in draft.steps}


def test_an_outcome_told_of_what_the_sentence_before_named() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Uit de raad van 12 maart 2024\n\nDe gemeenteraad van Oosthaven vergaderde op 12 maart "
        "2024. Daarna sprak de raad over het controleprotocol voor de accountant. Ook hiermee ging "
        "de raad akkoord. Vervolgens sprak de raad over de wijziging van de Verordening "
        "Rekenkamer 2019. Na de bespreking werd dit voorstel verworpen. De PvdA vroeg aandacht "
        "voor fietsers. Dit amendement werd door de gehele raad gesteund. Dit amendement wordt "
        "ook door de SGP gesteund.\n"
    )
    told = {(s["kind"], s["title"], s.get("outcome") or s.get("status")) for s in draft.steps}
    assert ("raadsbesluit", "Het controleprotocol voor de accountant", "aangenomen") in told
    assert (
        "raadsbesluit",
        "De wijziging van de Verordening Rekenkamer 2019",
        "verworpen",
    ) in told
    # one amendment: the support of one party is no outcome of its own
    assert [s.get("status") for s in draft.steps if s["kind"] == "amendement"] == ["aangenomen"]
    assert {s["date"] for s in draft.steps} == {"2024-03-12"}


def test_a_report_is_dated_by_its_title_not_by_the_day_a_site_published_it() -> None:
    draft = recognise(
        "7 juli 2023\n\nVerslag raadsvergadering 4 juli 2023\n\nDe voorzitter opent de "
        "vergadering. De raad stelt de jaarrekening 2022 unaniem vast.\n"
    )
    assert str(draft.doc_date) == "2023-07-04"
    assert {(s["kind"], s["date"]) for s in draft.steps} >= {("raadsvergadering", "2023-07-04")}


@pytest.mark.parametrize(
    "top",
    [
        "Door Redactie op 25 september 2015\n\nKort verslag raadsvergadering\n\nDe gemeenteraad "
        "had 22 september een lange agenda.",
        "Startpagina\nNieuws\nSport\nAgenda\nAdverteren op de websiteZoekenGeplaatst op:25-09-2015\n"
        "Bijgewerkt op:25-09-2015 21:13\n\n"
        "Raadsvergadering 22 september te Oosthaven\n\nBron: Redactie",
    ],
)
def test_a_report_on_a_news_site_is_dated_by_the_meeting_under_its_byline(top: str) -> None:
    draft = recognise(f"{top}\n\nDe motie over de opvang werd unaniem aangenomen.\n")
    assert str(draft.doc_date) == "2015-09-22"


def test_a_report_is_dated_by_its_title_and_names_the_next_committee_meetings() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Verslag van de commissie Bestuur van 22 september 2015\n\nAanwezig: de heer Jansen\n\n"
        "1. Opening\nDe voorzitter opent de vergadering. In de raadsvergadering dd. 27-08-2015 "
        "heeft de fractie hiernaar gevraagd. De eerstvolgende commissievergadering is op 29 "
        "september om 20.00 uur.\n"
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2015-09-22"
    meetings = {(s["kind"], s["date"], s.get("status")) for s in draft.steps}
    assert ("commissievergadering", "2015-09-22", None) in meetings
    assert ("commissievergadering", "2015-09-29", "aangekondigd") in meetings


def test_a_college_list_whose_subjects_each_number_a_draft_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Collegebesluiten 2024\n\nBesluitenlijst week 10: 5 maart 2024\n\nZaaknummer 2001\n"
        "Beleidsregels standplaatsen\n\nConceptbesluit:\n\n 1. De Beleidsregels standplaatsen "
        "vast te stellen;\n 2. De raad met een raadsinformatiebrief te informeren.\n\n"
        "Besluit: Akkoord\n\nZaaknummer 2002\nSubsidie speeltuinvereniging\n\nConceptbesluit:\n\n"
        " 1. Kennis te nemen van het jaarverslag;\n 2. In te stemmen met de subsidie voor 2024.\n\n"
        "Besluit: Akkoord\n"
    )
    assert [(s["kind"], s["date"], s["title"]) for s in draft.steps] == [
        ("collegebesluit", "2024-03-05", "Beleidsregels standplaatsen"),
        ("collegebesluit", "2024-03-05", "Subsidie speeltuinvereniging"),
    ]


def test_news_telling_a_second_motion_of_the_meeting_with_its_own_outcome() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terugblik raadsvergadering\n\nIJsclub\nOnze motie om een plek te zoeken voor de "
        "ijsclub, is aangenomen door de raad.\n\nBewegingsonderwijs\nDe raad heeft ons amendement "
        "aangenomen. Toch is onze motie die opriep om samen met partijen naar een oplossing te "
        "zoeken, namelijk verworpen. Deze motie kreeg alleen onze steun.\n",
        date(2017, 12, 15),
    )
    motions = sorted(s.get("status") for s in draft.steps if s["kind"] == "motie")
    assert motions == ["aangenomen", "verworpen"]
    # a bare noun naming the act's own kind is no topic
    assert all("over amendement" not in s["title"].lower() for s in draft.steps)


def test_news_telling_views_advice_and_a_motion_taken_over_by_a_verb_with_a_particle() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluiten van de gemeenteraad\n\nDe gemeenteraad van Oosthaven vergaderde op 4 juli "
        "2024. De raad gaf haar zienswijze op heel wat financiële stukken. Verder stelde de raad "
        "de jaarrekening 2023 vast. Ook de voorjaarsnota 2024 stelde ze vast. Tenslotte nam de "
        "raad een motie aan over het behoud van het kantoor van het waterschap.\n"
    )
    told = {(s["kind"], s["title"], s.get("status")) for s in draft.steps}
    assert ("raadsbesluit", "Zienswijze op heel wat financiële stukken", None) in told
    assert ("raadsbesluit", "De voorjaarsnota 2024", None) in told
    assert (
        "motie",
        "Motie over het behoud van het kantoor van het waterschap",
        "aangenomen",
    ) in told


def test_motions_listed_with_the_votes_of_the_parties_or_taken_in_the_next_sentence() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Resultaten van de voorjaarsnota\n\nBij de voorjaarsnota op 16 juni jl in de gemeenteraad "
        "dienden wij drie moties in.\n\n- een motie van de SP waarin het college wordt gevraagd "
        "om de vrijwilligersdag in 2010 opnieuw te organiseren. Voor deze motie stemmen: PvdA, "
        "VVD en SP. GroenLinks stemt tegen.\n- een motie van alle fracties waarin de raad "
        "uitspreekt dat het onderhoud beter moet. De raad neemt deze motie unaniem aan.\n",
        date(2009, 6, 17),
    )
    motions = [s for s in draft.steps if s["kind"] == "motie"]
    assert [(s["date"], s["status"]) for s in motions] == [
        ("2009-06-16", "ingediend"),  # voted on, its outcome left to the reader
        ("2009-06-16", "aangenomen"),
    ]
    assert "uitkomst niet genoemd" in draft.review[f"steps/{motions[0]['id']}"]


def test_a_page_without_a_year_beside_its_days_takes_the_year_it_names_elsewhere() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeenteraad presenteert Raadsprogramma\n\nIn de raadsvergadering van 12 juli heeft de "
        "gemeenteraad van Oosthaven unaniem het Raadsprogramma vastgesteld. Het is onderdeel van "
        "de vernieuwing van de werkwijze van de raad.\n\nIn het programma staat wat de raad de "
        "komende jaren wil doen: participatie, jeugd en ontmoeten. De raadsleden haalden daarvoor "
        "wensen op bij inwoners in de dorpen, op markten en bij verenigingen, en bespraken die in "
        "werksessies met elkaar. Daarbij kwamen veel onderwerpen aan bod, van de bibliotheek tot "
        "het openbaar vervoer en de speeltuinen in de wijken.\n\nEen volgende bijeenkomst wordt "
        "waarschijnlijk in november 2022 georganiseerd.\n"
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2022-07-12"
    assert ("raadsbesluit", "2022-07-12", "Het Raadsprogramma") in {
        (s["kind"], s["date"], s["title"]) for s in draft.steps
    }


def test_a_page_dated_by_its_archive_stamp_dates_its_weekdays_by_that_month() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Opluchting in de raad\n date 2024-02 Raadsleden zijn opgelucht. De raad verwierp "
        "maandagavond het raadsvoorstel om grote toertochten te weren uit de gemeente.\n"
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2024-02"
    assert {(s["kind"], s["date"]) for s in draft.steps} >= {("raadsbesluit", "2024-02")}


def test_a_page_stamp_dates_a_page_over_the_days_its_text_names() -> None:
    from besluitspoor.extract.recognize import recognise

    # the stamp over a later day the text names; a start ("per 1 juli 2020") is no page's day
    draft = recognise(
        " date 2019-11 De wethouder kreeg tot 1 juli de tijd.\n\nSluiting gemeentepunt\n\n"
        "CDA en VVD dienden een amendement in om het gemeentepunt per 1 juli 2020 te sluiten. "
        "Het amendement werd aangenomen.\n",
        layout_name="nieuws",
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2019-11"
    assert [(s["kind"], s["date"]) for s in draft.steps if s["kind"] == "amendement"] == [
        ("amendement", "2019-11")
    ]
    # no stamp: the latest day the text names that is neither a start nor a bound
    draft = recognise(
        "Nieuws\n\nOp 3 maart 2024 heeft de raad de verordening vastgesteld. Zij gaat in per 1 "
        "januari 2025 en geldt tot 31 december 2026.\n",
        layout_name="nieuws",
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2024-03-03"


def test_a_meeting_on_each_of_the_days_a_sentence_joins() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Uit de raad\n\nDe gemeenteraad van Oosthaven vergaderde op dinsdag 2 juli en donderdag "
        "4 juli 2024 en nam een aantal besluiten. In de vergadering van 18 juni jl. staakten de "
        "stemmen over de verordening.\n",
        date(2024, 7, 5),
    )
    meetings = {s["date"] for s in draft.steps if s["kind"] == "raadsvergadering"}
    assert meetings == {"2024-06-18", "2024-07-02", "2024-07-04"}


def test_motions_taken_over_won_by_a_small_majority_or_told_in_a_college_list() -> None:
    from besluitspoor.extract.recognize import recognise

    news = recognise(
        "Nieuws\n\nDe gemeenteraad vergaderde op 23 juni 2022.\n\nHet college nam een motie over "
        "de gebiedsontwikkeling van de locatie Achilles over. Een motie van PvdA en GroenLinks "
        "over de verhuizing van de fanfare haalde een kleine meerderheid.\n"
    )
    assert {(s["title"], s["status"]) for s in news.steps if s["kind"] == "motie"} == {
        ("Motie over de gebiedsontwikkeling van de locatie Achilles", "ingediend"),
        ("Motie van PvdA en GroenLinks over de verhuizing van de fanfare", "aangenomen"),
    }
    college = recognise(
        "Besluitenlijst college van B&W 6 mei 2025\n\n1. Aanpak wolf\nDoor de gemeenteraad is "
        "op 24 april 2025 de motie ‘Lokaal in actie tegen de wolf’ aangenomen, waarbij het "
        "college is opgeroepen een aantal zaken uit te werken.\nBesluit: in te stemmen met de "
        "raadsinformatiebrief.\n"
    )
    assert ("motie", "2025-04-24", "aangenomen") in {
        (s["kind"], s["date"], s.get("status")) for s in college.steps
    }


def test_a_council_letter_by_its_other_names_a_meeting_that_treats_and_an_advisory_committee() -> (
    None
):
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsinformatiebrief\nDatum: 20 oktober 2021\n\nOp 12 oktober 2021 hebben we een "
        "raadsmededeling gestuurd naar de gemeenteraad over de quickscan. Het voorstel behandelt "
        "de raad op 2 december 2021. Eerder stond het op de agenda van de adviescommissie van 26 "
        "maart 2021.\n"
    )
    steps = {(s["kind"], s["date"]) for s in draft.steps}
    assert {
        ("raadsinformatiebrief", "2021-10-12"),
        ("raadsvergadering", "2021-12-02"),
        ("commissievergadering", "2021-03-26"),
    } <= steps
    committee = next(s for s in draft.steps if s["kind"] == "commissievergadering")
    assert committee["committee"].lower().startswith("adviescommissie")


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        (
            "raadsinformatiebrief",
            "Het college stuurde op 3 maart 2024 een collegebrief aan de raad over de sporthal.",
        ),
        (
            "raadsinformatiebrief",
            "In de RIB van 3 maart 2024 informeerde het college de raad over de sporthal.",
        ),
        (
            "raadsinformatiebrief",
            "Met een memo aan de raad van 3 maart 2024 legde de wethouder de planning uit.",
        ),
        ("raadsvoorstel", "De raadsvoordracht van 3 maart 2024 over de sporthal ligt nu voor."),
        ("raadsvoorstel", "Het collegevoorstel van 3 maart 2024 over de sporthal ligt nu voor."),
        ("commissievergadering", "De politieke markt van 3 maart 2024 besprak de sporthal."),
        (
            "commissievergadering",
            "Tijdens het Politiek Forum van 3 maart 2024 kwam de sporthal aan bod.",
        ),
        (
            "commissievergadering",
            "In de informatiesessie van 3 maart 2024 lichtte de wethouder de sporthal toe.",
        ),
        ("commissievergadering", "Op 3 maart 2024 was er een technische sessie over de sporthal."),
        ("commissievergadering", "De raadsinformatieavond op 3 maart 2024 ging over de sporthal."),
        (
            "raadsvergadering",
            "In de besluitvormende vergadering van 3 maart 2024 stond de sporthal op de agenda.",
        ),
        ("vragen", "De VVD stelde op 3 maart 2024 schriftelijke vragen over de sporthal."),
        ("vragen", "Op 3 maart 2024 stelde het CDA artikel 40-vragen over de sporthal."),
        ("vragen", "Op 3 maart 2024 dienden wij raadsvragen in over de sporthal."),
        ("inspraak", "Op 3 maart 2024 sprak de ijsclub in bij de commissie over de sporthal."),
        ("inspraak", "Op 3 maart 2024 maakten vijf insprekers gebruik van het spreekrecht."),
        ("collegebesluit", "Op 3 maart 2024 besloot het college tot de bouw van de sporthal."),
        (
            "collegebesluit",
            "Burgemeester en wethouders hebben op 3 maart 2024 ingestemd met de sporthal.",
        ),
        ("bekendmaking", "Het besluit is op 3 maart 2024 bekendgemaakt in het Gemeenteblad."),
        ("advies", "De adviesraad sociaal domein gaf op 3 maart 2024 een advies over de sporthal."),
        ("advies", "De Participatieraad bracht op 3 maart 2024 advies uit over de sporthal."),
        ("collegebesluit", "B en W hebben op 3 maart 2024 het plan vastgesteld."),
        ("raadsvergadering", "Het Raadsplein van 3 maart 2024 besprak de sporthal."),
        ("commissievergadering", "In de raadsronde van 3 maart 2024 kwam de sporthal aan bod."),
        ("commissievergadering", "Op 3 maart 2024 was er een thema-avond over wonen."),
        (
            "raadsvergadering",
            "Tijdens het vragenhalfuur op 3 maart 2024 ging het over de sporthal.",
        ),
        (
            "raadsvoorstel",
            "Het college stelt de raad op 3 maart 2024 voor om de sporthal te bouwen.",
        ),
        ("raadsvergadering", "Op 3 maart 2024 kwam de raad bijeen voor de begroting."),
        ("raadsvergadering", "De gemeenteraad besprak op 3 maart 2024 de sporthal."),
        ("raadsbesluit", "Op 3 maart 2024 nam de gemeenteraad het besluit de sporthal te bouwen."),
        (
            "raadsinformatiebrief",
            "In een brief aan de raad van 3 maart 2024 schreef het college over de sporthal.",
        ),
        (
            "raadsinformatiebrief",
            "Op 3 maart 2024 ontving de raad een brief van het college over de sporthal.",
        ),
    ],
)
def test_the_names_councils_give_their_steps(kind: str, sentence: str) -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise("Nieuws\n\n" + sentence + "\n", date(2024, 3, 10))
    assert kind in {s["kind"] for s in draft.steps}


def test_questions_speakers_advice_and_a_publication_draft_as_importable_steps(
    empty: Run, tmp_path: Path
) -> None:
    run = empty
    text = tmp_path / "nieuws.txt"
    text.write_text(
        "Nieuws uit de raad\n\nDe VVD stelde op 3 maart 2024 schriftelijke vragen over de "
        "sporthal. Op 4 maart 2024 sprak de ijsclub in bij de commissie. De Adviesraad Sociaal "
        "Domein gaf op 5 maart 2024 een advies over de sporthal. Het besluit is op 6 maart 2024 "
        "bekendgemaakt in het Gemeenteblad.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "concept.yaml"
    assert run("extract", str(text), "-o", str(draft)).exit_code == 0
    assert run("import", str(draft), "--dry-run").exit_code == 0
    steps = {s["kind"]: s for s in _draft(run, str(text))["steps"]}
    assert steps["advies"]["council"] == "Adviesraad Sociaal Domein"
    # told as done, not announced
    assert all(s.get("status") != "aangekondigd" for s in steps.values())


def test_decisions_listed_as_hamerstukken_are_one_step_each() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws\n\nDe raadsvergadering van 4 februari 2022 leek met hamerstukken over het "
        "bestemmingsplan Larikslaan 4 en 6, een verordening Ruimtelijke kwaliteit, de kadernota "
        "RUD 2023 en het vaststellen van de Erfgoedverordening rustig te verlopen.\n"
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"] == [
        "Het bestemmingsplan Larikslaan 4 en 6",
        "Een verordening Ruimtelijke kwaliteit",
        "De kadernota RUD 2023",
        "Het vaststellen van de Erfgoedverordening",
    ]


def test_a_college_list_telling_earlier_decisions_and_a_budget_adopted_in_brackets() -> None:
    from besluitspoor.extract.recognize import recognise

    college = recognise(
        "Besluitenlijst college van B&W 24 juni 2014\n\n1. Ontwikkelvisie\nIn 2012 heeft het "
        "college ingestemd met een ruimtelijke ontwikkelingsvisie.\nBesluit: in te stemmen met "
        "de uitwerking.\n"
    )
    assert ("collegebesluit", "2012") in {(s["kind"], s["date"]) for s in college.steps}
    register = recognise(
        "Register moties\n\nRG-242/2015 Oog voor verwarde mensen\nProgrammabegroting 2016 "
        "(vastgesteld 12 november 2015)\nStatus: afgedaan\n",
        layout_name="register",
    )
    assert ("raadsbesluit", "2015-11-12") in {(s["kind"], s["date"]) for s in register.steps}


def test_a_news_page_listing_the_colleges_decisions_is_a_decision_list() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws van het college 30 april\n02 mei 2024\n\nHet college van B&W vergadert op dinsdag."
        "\n\nOp dinsdag 30 april 2024 heeft het college van B&W de volgende besluiten genomen:\n\n"
        "Stelt het plan van aanpak energiearmoede vast\n\nDe energiekosten zijn fors gestegen.\n\n"
        "Stemt in met de overeenkomst met Surplus\n\nDe begeleiding loopt door.\n"
    )
    assert draft.doc_type == "besluitenlijst"
    assert [s["kind"] for s in draft.steps].count("collegebesluit") == 2


def test_a_sentence_telling_the_proposals_outcome_beside_a_motions_or_an_amendments() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuwsbrief\n\nDe raad vergaderde op 10 november 2022. Daarna werd gesproken over de "
        "Investeringskredieten sport. Na de behandeling werd het amendement verworpen en het "
        "voorstel aangenomen. Bij het Plan doelgroepenvervoer diende de VVD een motie in. De "
        "motie werd net als het voorstel na de behandeling aangenomen.\n"
    )
    decisions = {(s["title"], s.get("outcome")) for s in draft.steps if s["kind"] == "raadsbesluit"}
    assert decisions == {
        ("De Investeringskredieten sport", "aangenomen"),
        ("Het Plan doelgroepenvervoer", "aangenomen"),
    }
    assert [s["status"] for s in draft.steps if s["kind"] == "amendement"] == ["verworpen"]
    assert all("over het amendement" not in s["title"] for s in draft.steps)


@pytest.mark.parametrize(
    ("told", "title"),
    [
        # the proposal named with commas in its name
        (
            "Bij het Plan doelgroepenvervoer Maassluis, Vlaardingen, Schiedam diende de VVD een "
            "motie in. De motie werd net als het voorstel aangenomen.",
            "Het Plan doelgroepenvervoer Maassluis, Vlaardingen, Schiedam",
        ),
        # "evenals het voorliggende voorstel"
        (
            "Daarna sprak de raad over het bestemmingsplan Velp Zuid. De motie is met algemene "
            "stemmen aangenomen evenals het voorliggende voorstel.",
            "Het bestemmingsplan Velp Zuid",
        ),
        # the motion fails, the proposal passes
        (
            "Bij het agendapunt over het toeristisch beleid diende Lijst Stuivenga een motie in. "
            "De motie wordt onvoldoende gesteund, het voorstel krijgt complimenten en wordt wél "
            "aangenomen.",
            "Het toeristisch beleid",
        ),
    ],
)
def test_the_proposals_outcome_told_beside_a_motions_in_other_words(told: str, title: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuwsbrief\n\nDe raad vergaderde op 10 november 2022. {told}\n")
    decisions = [(s["title"], s.get("outcome")) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decisions == [(title, "aangenomen")]


def test_a_college_list_with_labelled_fields_titles_and_portfolio_holders() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst collegevergadering 12 maart 2024\n"
        "Aanwezig: burgemeester Jansen, wethouders De Boer en Smit\n\n"
        "1. Onderwerp: Subsidieregeling sport 2024\n"
        "Besluit: Het college stelt de subsidieregeling vast.\n"
        "Portefeuillehouder: De Boer\n\n"
        "2. Onderwerp: Verkoop perceel Kerkstraat 4\n"
        "Besluit: Het college besluit het perceel te verkopen.\n"
        "Portefeuillehouder: Smit\n"
    )
    assert [(s["title"], s.get("portefeuillehouder")) for s in draft.steps] == [
        ("Subsidieregeling sport 2024", "De Boer"),
        ("Verkoop perceel Kerkstraat 4", "Smit"),
    ]
    assert {s["kind"] for s in draft.steps} == {"collegebesluit"}


def test_a_college_list_as_a_table_is_titled_by_the_subject_cell() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Openbare besluitenlijst van het college van burgemeester en wethouders\n"
        "Datum vergadering: 26 maart 2024\n\n"
        "Nr. | Onderwerp | Besluit | Portefeuillehouder\n"
        "1 | Kadernota 2025 | Vastgesteld en aan de raad aangeboden | Smit\n"
        "2 | Uitvoeringsprogramma armoede | Akkoord | De Boer\n"
    )
    assert [s["title"] for s in draft.steps] == ["Kadernota 2025", "Uitvoeringsprogramma armoede"]
    assert draft.quotes["steps/cb-2024-03-26-1"][0].startswith("1 | Kadernota 2025")


def test_a_register_entry_without_a_term_field_is_due_when_its_text_says() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Toezegging T-2023-014\nDatum toezegging: 14 maart 2023\nVergadering: Commissie Ruimte\n"
        "Toezegger: wethouder Smit\nOmschrijving: De wethouder informeert de commissie voor de "
        "zomer over het parkeerbeleid.\nStatus: Open\n"
    )
    [promise] = draft.promises
    assert (promise["due"], promise["made_in"]) == ("2023-07", "cie-2023-03-14")


def test_a_promise_under_an_item_naming_the_council_meeting_to_come_was_made_in_committee() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Verslag van de vergadering van de commissie Bestuur en Middelen\n"
        "Datum: dinsdag 8 oktober 2024\n\n"
        "4. Nota reserves en voorzieningen\n"
        "De commissie adviseert het voorstel als hamerstuk te behandelen in de raad van 24 oktober.\n"
        "Wethouder Smit zegt toe de commissie voor de begroting een overzicht te sturen.\n"
    )
    [promise] = draft.promises
    assert promise["made_in"] == "cie-2024-10-08"


def test_a_letter_tells_the_credit_the_council_made_available() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsinformatiebrief\nDatum: 5 september 2024\nOnderwerp: Vertraging zwembad\n\n"
        "Op 12 maart 2024 heeft uw raad het krediet voor de renovatie van het zwembad "
        "beschikbaar gesteld. De opening schuift op.\n"
    )
    assert ("raadsbesluit", "2024-03-12") in [(s["kind"], s["date"]) for s in draft.steps]


def test_a_college_list_that_lost_its_title_is_still_read_item_by_item() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Aanwezigen:\n\nJan Jansen, burgemeester\nPiet Smit, wethouder\n\n"
        "1. Subsidieplafond sport 2025 / Piet Smit\n\n"
        "Het college besluit het subsidieplafond voor 2025 vast te stellen.\n\n"
        "2. Beantwoording vragen over de haven / Jan Jansen\n\n"
        "Het college stemt in met de beantwoording.\n",
        date(2025, 3, 4),
    )
    assert draft.layout == "besluitenlijst-college"
    assert [(s["kind"], s["title"], s.get("portefeuillehouder")) for s in draft.steps] == [
        ("collegebesluit", "Subsidieplafond sport 2025", "Piet Smit"),
        ("collegebesluit", "Beantwoording vragen over de haven", "Jan Jansen"),
    ]


def test_a_college_list_printed_as_a_form_of_labels_on_their_own_lines() -> None:
    from besluitspoor.extract.recognize import recognise

    form = "".join(
        f"Portefeuillehouder\n\nWethouder {who}\n\nZaaknummer\n\n{case}\n\nOnderwerp\n\n{subject}\n\n"
        f"Beslispunten\n\n1. {point}\n\nSamenvatting voor de inwoner\n\n{summary}\n\n"
        for who, case, subject, point, summary in [
            (
                "Smit",
                "331285",
                "Partnerverklaring Geopark",
                "De verklaring te tekenen.",
                "Wij tekenen.",
            ),
            (
                "Bos",
                "331226",
                "Lokale inclusieagenda",
                "De raad te informeren.",
                "Een brief volgt.",
            ),
        ]
    )
    draft = recognise(f"Openbare besluitenlijst B&W d.d. 16 november 2021\n\n{form}")
    assert [s["title"] for s in draft.steps] == [
        "Partnerverklaring Geopark",
        "Lokale inclusieagenda",
    ]


def test_a_ris_item_numbered_only_is_titled_by_its_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsvergadering\n\ndinsdag 27 februari 2024\n\nAgendapunten\n\n 1. 1.b\n\n"
        "  Stemuitslag\n\n  voor 100%\n  voor\n"
        "  Fractie BR (2), Fractie CDA (raadsleden) (3), Fractie D66 (raadsleden) (3)\n\n"
        "  Besluit\n\n  de heer M. (Maikel) Kooistra toe te laten als lid van de gemeenteraad.\n\n"
        " 2. 1.c\n\n  Besluit\n\n  De heer A.A. de Boer te benoemen tot lid van de rekenkamer.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert titles == [
        "De heer M. (Maikel) Kooistra toe te laten als lid van de gemeenteraad",
        "De heer A.A. de Boer te benoemen tot lid van de rekenkamer",
    ]


def test_each_row_of_a_ris_table_of_promises_is_a_promise() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Commissie Samenleving\n\nwoensdag 11 februari 2026\n\nAgendapunten\n\n 1. 3\n\n"
        "    Toezeggingen\n\n    Titel\n"
        "    De commissie wordt ingelicht over de speeltuin aan de Dorpsstraat.\n"
        "    De commissie wordt schriftelijk ingelicht over het aantal aanvragen.\n",
        layout_name="verslag",
    )
    assert [p["text"][:40] for p in draft.promises] == [
        "De commissie wordt ingelicht over de spe",
        "De commissie wordt schriftelijk ingelich",
    ]


def test_each_line_of_a_ris_table_of_the_colleges_promises_is_a_promise() -> None:
    # the column's head on the first line of its rows, titles without a period
    draft = recognise(
        "Vorige pagina\n\nGemeenteraad\n\nmaandag 5 juni 2023\n\n20:00\n\nAgendapunten\n\n"
        " 1. 4\n\n  Door de raadsfracties worden vragen aan het college gesteld.\n\n"
        "  Toezeggingen van het college\n\n  Titel\n  inrichting gebied ondergrondse parkeergarage\n"
        "  Parkeren bij de sportvelden\n  Vleermuizenonderzoek bij de sloop van het pand Nieuweweg\n"
    )
    assert [(p["text"], p["by"]) for p in draft.promises] == [
        ("inrichting gebied ondergrondse parkeergarage", "college"),
        ("Parkeren bij de sportvelden", "college"),
        ("Vleermuizenonderzoek bij de sloop van het pand Nieuweweg", "college"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "PORTEFEUILLE WETHOUDER J. DE VRIES",
        "A.M.J. Dingemans, wethouder",
        "dhr. W. van Dijk burgemeester",
    ],
)
def test_who_holds_the_portfolio_below_is_no_decision_of_a_college_list(line: str) -> None:
    draft = recognise(
        f"Besluitenlijst college van B&W 16 mei 2023\n\n1. {line}\n\n1.1. Bestuursrapportage WBA "
        "2023\nBesluit: conform advies\n\n2. Subsidie muziekschool 2024\nBesluit: conform advies\n"
    )
    assert [s["title"] for s in draft.steps] == [
        "Bestuursrapportage WBA 2023",
        "Subsidie muziekschool 2024",
    ]


def test_the_questions_a_college_item_answers_are_a_step() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst college van B&W 24 januari 2023\n\n"
        "1. Beantwoording vragen over geluid\n"
        "Op 29 december 2022 heeft de fractie X vragen gesteld op basis van artikel 41 van het "
        "Reglement van Orde over geluid van vliegverkeer.\nBesluit: de vragen te beantwoorden.\n"
    )
    assert ("vragen", "2022-12-29") in [(s["kind"], s["date"]) for s in draft.steps]


def test_a_list_of_decisions_worded_as_points_counts_on_item_by_item() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst gemeenteraad 28-09-2017\n\n"
        "De raad heeft unaniem vastgesteld:\n\n  1. de harmonisatie peuterspeelzalen\n"
        "  2. de zomernota 2017\n\nVerder heeft de raad besloten:\n\n"
        "3. in te stemmen met de Energievisie. De ambitie is groot.\n\n"
        "4. de Verordening Starterslening 2017 vast te stellen.\n\n"
        "5. De fractie van de VVD heeft een motie ingediend over woonoverlast. Alle fracties "
        "steunden de motie.\n"
    )
    steps = [(s["kind"], s["title"], s.get("status")) for s in draft.steps[1:]]
    assert steps == [
        ("raadsbesluit", "de harmonisatie peuterspeelzalen", None),
        ("raadsbesluit", "de zomernota 2017", None),
        ("raadsbesluit", "in te stemmen met de Energievisie", None),
        ("raadsbesluit", "de Verordening Starterslening 2017 vast te stellen", None),
        ("motie", steps[-1][1], "aangenomen"),
    ]


def test_a_motion_that_opens_without_naming_its_meeting_is_a_motion() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws\n\n18 september 2018 Motie 'Op tijd antwoord'\n\n"
        "De raad van de gemeente Oosthaven overwegende dat:\n\n"
        "a. er nieuwe gegevens over het verkeersmodel zijn gepubliceerd;\n\n"
        "verzoekt het college:\n\n1. de antwoorden op de vragen uiterlijk 3 oktober 2018 aan de "
        "raad te sturen.\n"
    )
    assert draft.layout == "motie"
    assert [s["kind"] for s in draft.steps if s["kind"] == "motie"] == ["motie"]


def test_the_points_and_names_under_one_decision_are_no_items_of_their_own() -> None:
    from besluitspoor.extract.recognize import recognise

    college = recognise(
        "Collegebesluiten 17 november 2020\n\n"
        "2. Aanvullend krediet project Dordtse Mijl - Raadsvoorstel\n\nDe raad voor te stellen:\n\n"
        " • een aanvullend krediet van € 6.200.000,- beschikbaar te stellen;\n"
        " • de begroting hiertoe te wijzigen.\n\n"
        "4. Afdrachten reclame - Raadsvoorstel\n\nBesloten is:\n\n"
        " • geheimhouding op te leggen ten aanzien van de bijlagen.\n"
    )
    assert [s["title"] for s in college.steps] == [
        "Aanvullend krediet project Dordtse Mijl - Raadsvoorstel",
        "Afdrachten reclame - Raadsvoorstel",
    ]
    council = recognise(
        "Raadsvergadering\n\ndonderdag 6 juli 2023\n\nAgendapunten\n\n 1. Geloofsbrieven\n\n"
        "  Voorstel aan de raad om:\n"
        "  1. een commissie in te stellen voor onderzoek van de geloofsbrieven;\n"
        "  2. de volgende drie raadsleden te benoemen tot lid van de commissie:\n"
        "  1. Jan Jansen (vz.)\n  2. Piet Smit\n  3. Kees Bos\n\n"
        " 2. Verordening parkeren 2023\n\n  Besluit: de verordening vast te stellen.\n"
    )
    titles = [s["title"] for s in council.steps if s["kind"] == "raadsbesluit"]
    assert titles == ["Geloofsbrieven", "Verordening parkeren 2023"]


def test_a_document_mirrors_page_furniture_is_no_part_of_the_letter() -> None:
    from besluitspoor.extract import document
    from besluitspoor.extract.recognize import recognise

    page = (
        "• No results found\n\nDatum: 25 augustus 2020 Uw brief van: Onderwerp: Beantwoording "
        'vragen\n\nN/A\nProtected\n\nAcademic year: 2022\n\nShare "Datum: 25 augustus 2020"\n\n'
        "Copied!\n\nBezig met laden.... (Bekijk nu de volledige tekst)\n\n"
        "Geachte fractie,\n\nOp 11 augustus 2020 hebben wij uw vragen ontvangen.\n"
    )
    head = document.read(page).head(3)
    assert head[0].startswith("Datum: 25 augustus 2020") and "Protected" not in head
    assert recognise(page).layout == "brief"


_DECREE = (
    "Wijziging Verordening marktgelden Oosthaven 2024\n\nDe gemeenteraad van Oosthaven,\n\n"
    "{session}Gelezen het voorstel van burgemeester en wethouders\n\nd.d. 21 mei 2024, nr. 12\n\n"
    "BESLUIT:\n\nDe navolgende wijzigingen op de Verordening marktgelden Oosthaven 2024 vast te "
    "stellen:\n\nArtikel 1\n\nDe marktgelden worden verlaagd.\n"
)


def test_a_published_council_decision_is_the_decision_on_the_colleges_proposal() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(_DECREE.format(session="Bijeen in openbare vergadering op 18 juni 2024\n\n"))
    assert draft.doc_type == "raadsvoorstel"
    decided, proposed = draft.steps
    assert (decided["id"], decided["kind"], decided["date"], decided["outcome"]) == (
        draft.doc_step,
        "raadsbesluit",
        "2024-06-18",
        "aangenomen",
    )
    assert decided["title"] == "Wijziging Verordening marktgelden Oosthaven 2024"
    assert (proposed["kind"], proposed["date"]) == ("raadsvoorstel", "2024-05-21")
    assert decided["proposal"] == proposed["id"]
    assert (
        "Bijeen in openbare vergadering op 18 juni 2024" in draft.quotes[f"steps/{decided['id']}"]
    )


def test_a_draft_decision_or_an_amendment_opening_alike_is_no_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    # a proposal's draft decision names no meeting it was taken in: the proposal
    draft = recognise(_DECREE.format(session=""))
    assert [s["kind"] for s in draft.steps if s["id"] == draft.doc_step] == ["raadsvoorstel"]
    assert not [s for s in draft.steps if s["kind"] == "raadsbesluit"]
    # an amendment is moved in the meeting, not decided by its text
    amendment = recognise(
        "Amendement marktgelden\n\nDe gemeenteraad van Oosthaven,\n\nBijeen in openbare "
        "vergadering op 18 juni 2024\n\nGelezen het voorstel van burgemeester en wethouders d.d. "
        "21 mei 2024\n\nBESLUIT:\n\nhet ontwerpbesluit als volgt te wijzigen: de marktgelden "
        "worden gehalveerd.\n"
    )
    assert not [s for s in amendment.steps if s["kind"] == "raadsbesluit"]
    # a council's list reads a proposal for each of its decisions: no one decision
    from besluitspoor.extract import decree, document

    # a meeting the draft's text mentions is not the one it was taken in; its foot says so
    mentioned = (
        _DECREE.format(session="")
        + "Het wordt behandeld in de raadsvergadering van 18 juni 2024.\n"
    )
    assert decree.read(document.read(mentioned)).session is None
    taken = decree.read(
        document.read(mentioned.replace("Het wordt behandeld in", "Aldus besloten in"))
    )
    assert taken.session is not None and taken.session.iso() == "2024-06-18"

    two = _DECREE.format(session="Bijeen in openbare vergadering op 18 juni 2024\n\n") * 2
    assert decree.read(document.read(two)) is None


@pytest.mark.parametrize(
    "opening",
    [
        "Hieronder vindt u de besluiten die het Oosthavense college van burgemeester en "
        "wethouders tijdens de vergadering van 12 september 2024 heeft genomen.",
        "Het college van burgemeester en wethouders heeft 12 september 2024 de volgende "
        "besluiten genomen.",
    ],
)
def test_a_page_saying_the_colleges_decisions_follow_is_its_list(opening: str) -> None:
    from besluitspoor.extract import learned
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Nieuws\n\n{opening}\n\nNieuw lid adviesraad\n\nDe wethouder stelde een kandidaat "
        "voor, die per 1 oktober begint.\n\nWeekmarkt\n\nDe markt komt op het plein terug.\n",
        readers=learned.PATTERNS_ONLY,  # the patterns' own reading, whatever a model would say
    )
    assert draft.doc_type == "besluitenlijst"


@pytest.mark.parametrize(
    "text",
    [
        "Lokaal Oosthaven\n\nBericht\n\n8 januari 2025 Moties\n\nDaarom dienen wij de volgende "
        "motie in:\nDe raad bijeen in de raadsvergadering, dd 07-12-2024, agendapunt 6,\n"
        "Overwegende\n  • Dat de dialoog zich beperkte tot het centrum,\nRoept het college op\n"
        "  • gesprekken te voeren in alle wijken.\n",
        "Moties\n\nMotie: Koers houden voor een inclusief Oosthaven\n\nDatum: 9 november 2024\n\n"
        "Stelt vast dat:\n • de raad zich tegen discriminatie heeft uitgesproken;\n\n"
        "Is van mening dat:\n • inclusie een plek moet krijgen in de begroting;\n\n"
        "Verzoekt het college om:\n • een werkagenda inclusie aan te bieden.\n",
    ],
)
def test_a_motions_text_on_a_party_page_is_a_motion(text: str) -> None:
    from besluitspoor.extract import learned
    from besluitspoor.extract.recognize import recognise

    assert recognise(text, readers=learned.PATTERNS_ONLY).doc_type == "motie"


@pytest.mark.parametrize(
    "item",
    [
        "Ter besluitvorming: Vaststelling bestemmingsplan Kerkstraat",
        "Informatie van het college over de jeugdzorg",
        "De raad stelt de verordening afvalstoffenheffing 2024 vast",
        "VOORSTEL VAN BURGEMEESTER EN WETHOUDERS",
    ],
)
def test_a_decision_that_begins_like_running_the_meeting_is_one(item: str) -> None:
    from besluitspoor.extract.layouts.agenda import procedural

    assert not procedural(item)


def test_points_after_how_the_council_decided_belong_to_the_item() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst van de openbare raadsvergadering van 29 september 2015\n\n"
        "7 Bestemmingsplan Kerkweg 31\n\nUnaniem wordt besloten om:\n\n"
        "1. Instemmen met de zienswijzennota;\n\n"
        "2. Het bestemmingsplan Kerkweg 31 gewijzigd vaststellen;\n\n"
        "3. Geen exploitatieplan vaststellen;\n\n"
        "8 Verordening reinigingsheffingen 2016\n\nMet 15 stemmen voor en 2 tegen wordt besloten:\n\n"
        "1. De verordening vast te stellen.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert titles == ["Bestemmingsplan Kerkweg 31", "Verordening reinigingsheffingen 2016"], titles


def test_a_college_list_under_a_sites_logo_with_stopped_subjects_and_proposals() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Logo van Gemeente Oosthaven dat doorverwijst naar de homepage\n\n"
        "12 maart - besluiten burgemeester en wethouders\n\n"
        "Besluitenlijst uit de vergadering van burgemeester en wethouders van de gemeente "
        "Oosthaven van 12 maart 2024.\n\n"
        "Evaluatie bezwaarprocedure: “Sneller en beter”.\n\n"
        " 1. Kennisnemen van de evaluatie van de bezwaarprocedure.\n"
        " 2. De evaluatie ter informatie sturen aan de auditcommissie.\n\n"
        "Subsidie dorpshuis Westeinde\n\n"
        " 1. Instemmen met een subsidie voor het dorpshuis.\n"
        " 2. De raad informeren.\n\n"
        "Bestemmingsplan 'Havenweg 12'\n\n"
        "De raad voorstellen:\n\n"
        " • a. Het bestemmingsplan 'Havenweg 12' ongewijzigd vast te stellen.\n"
        " • b. Geen exploitatieplan vast te stellen.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert titles == [
        "Evaluatie bezwaarprocedure: “Sneller en beter”",
        "Subsidie dorpshuis Westeinde",
        "Bestemmingsplan 'Havenweg 12'",
    ], titles


def test_a_section_headed_moties_makes_no_register_of_a_news_page() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Samenvatting raadsvergadering maandag 4 maart 2024\n\nBesluiten\n\n"
        "De gemeenteraad heeft een besluit genomen over de volgende onderwerpen (achter elk "
        "onderwerp staat de stemverhouding):\n\n"
        " • Jaarstukken 2023 (aanwezig:33 voor:33 tegen:0)\n"
        " • Kadernota 2025 (aanwezig:33 voor:25 tegen:8)\n\n"
        "Moties\n\nEr zijn bij deze besluiten moties aangenomen.\n\n • Meer bankjes in het park\n"
    )
    assert draft.layout == "nieuws"
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert titles == ["Jaarstukken 2023", "Kadernota 2025"], titles
    entry = recognise("Motie 2023-14\n\nStatus: afgedaan\nIndiener: CDA\nDatum: 4 maart 2024\n")
    assert entry.layout == "register"


def test_a_meeting_page_quotes_the_line_its_date_comes_from() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Vorige pagina\n\nRaad\n\nwoensdag 27 september 2023\n\n19:30 - 22:30\n\nAgendapunten\n\n"
        " 1. 1\n\n  Besluit\n\n  De raad stelt de belastingverordeningen 2024 vast.\n\n"
        " 2. 2\n\n  Besluit\n\n  De raad stelt het controleprotocol 2023 vast.\n"
    )
    meeting = next(s for s in draft.steps if s["kind"] == "raadsvergadering")
    assert meeting["date"] == "2023-09-27"
    assert "woensdag 27 september 2023" in draft.quotes[f"steps/{meeting['id']}"]


def test_a_report_is_dated_by_its_day_not_by_a_sentence_about_an_earlier_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Commissievergadering\n\ndonderdag 11 maart 2021\n\n19:30 - 22:30\n\nAgendapunten\n\n"
        " 1. 1\n\n  De commissie wordt gevraagd de besluitenlijst van de vergadering van 4 "
        "februari 2021 vast te stellen.\n"
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2021-03-11"


def test_an_earlier_vote_on_a_motion_is_the_motion_titled_by_its_name() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Collegebesluiten 12 september 2019\n\n1. Markt\nHet college besluit de markt opnieuw in "
        "te richten. Op 13 december 2018 heeft de raad de motie Vuurwerkvrije zones aangenomen.\n"
    )
    earlier = [(s["kind"], s["title"], s.get("status")) for s in draft.steps if s["date"] < "2019"]
    assert earlier == [("motie", "Motie Vuurwerkvrije zones", "aangenomen")]


def test_one_subjects_run_of_points_is_one_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Collegebesluiten week 7, 15 februari 2022\n\nAanwijzing leerplichtambtenaren\n\n"
        "Instemmen met het aanwijzingsbesluit leerplichtambtenaren 2022.\n\nOude Molen\n\n"
        "  1. Kennisnemen van de stand van zaken van het project Oude Molen;\n"
        "  2. Definitief afzien van het uitkijkpunt in de molen;\n"
        "  3. De raad met bijgevoegde raadsinformatiebrief informeren.\n\n"
        "Verruimde terrassen 2022\n\nInstemmen met het verruimd opstellen van terrassen in 2022.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert "Oude Molen" in titles and "Verruimde terrassen 2022" in titles, titles
    assert not any(t.startswith(("Kennisnemen", "Definitief afzien")) for t in titles), titles


def test_motions_put_on_the_agenda_of_the_meeting_are_its_motions() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst van de openbare raadsvergadering van 14 juli 2020\n\n"
        "1. Vaststelling agenda\n"
        "De raad besluit de agenda als volgt vast te stellen: - als agendapunt 15b wordt de motie "
        "vreemd 'Geen ballonnen meer' toegevoegd; - agendapunt 4 'Krediet sporthal' wordt "
        "verschoven naar de raadsvergadering van 25 augustus 2020. De raad besluit de motie van de "
        "PvdD over een niet geagendeerd onderwerp inzake wildopvang als punt 9.3 op te nemen.\n\n"
        "2. Verordening afvalstoffenheffing\nBesluit: aangenomen.\n"
    )
    moved = [(s["title"], s["date"], s["status"]) for s in draft.steps if s["kind"] == "motie"]
    assert moved == [
        ("Motie Geen ballonnen meer", "2020-07-14", "ingediend"),
        ("Motie wildopvang", "2020-07-14", "ingediend"),
    ], moved


def test_how_to_sign_up_to_speak_is_no_speaking() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsvergadering 27 juni 2017\n\nAanmelden voor het spreekrecht kan tot uiterlijk maandag "
        "26 juni 2017 12:00 uur, via de griffie.\n\nDe heer Jansen sprak in bij de raad over de "
        "kap van de bomen aan de Dorpsstraat op 27 juni 2017.\n"
    )
    spoken = [s["date"] for s in draft.steps if s["kind"] == "inspraak"]
    assert spoken == ["2017-06-27"], spoken


def test_a_decision_list_by_portfolio_holder_is_the_colleges() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst 7 december 2021\n\nBurgemeester Link\n\nStembureaus 2022\n\n"
        "Besluit: de stemlokalen voor de verkiezingen aan te wijzen.\n\nWethouder De Vries\n\n"
        "Subsidie muziekschool\n\nBesluit: de subsidie voor 2022 te verlenen.\n"
    )
    assert draft.layout == "besluitenlijst-college"
    assert {s["kind"] for s in draft.steps} == {"collegebesluit"}


def test_a_ris_page_whose_items_lost_their_titles_is_not_titled_by_its_notes() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeenteraad\n\ndinsdag 12 april 2022\n\n20:00 - 23:00\n\nAgendapunten\n\n"
        "  1. 1\n    Opening van de vergadering\n"
        "  2. 1.2\n    Vaststelling bespreekpunten agenda\n"
        "  3. 1.3\n    Test digitale stemming\n"
        "  4. 2.B\n\n    Geactualiseerd per 08-04-2022\n\n    Bijlagen\n\n"
        "  5. 3\n\n    Bij dit agendapunt kan men de raad toespreken. Het woord kan niet worden "
        "gevoerd over:\n    • een besluit waartegen bezwaar of beroep openstaat;\n"
        "    • benoemingen, keuzen, voordrachten of aanbevelingen van personen;\n\n"
        "  6. 4\n    Burgemeester Van Dam praat de raad bij over de stand van zaken.\n"
        "  7. 5.b\n\n    Portefeuillehouder A. de Wit\n    De jaarrekening 2021 van het "
        "recreatieschap wordt vastgesteld. Besluit: aangenomen.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] != "raadsvergadering"]
    assert titles == ["De jaarrekening 2021 van het recreatieschap wordt vastgesteld"], titles


def test_a_college_lists_notices_hold_the_requests_it_settles_not_its_diary() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst B&W 28 februari 2023\n\n1. Opening\n\n"
        "2. Z23.001 Subsidieregeling sport. Wethouder Smit. Akkoord.\n\n3. Mededelingen:\n\n"
        " • Verzoek van een energiebedrijf om een steunbrief voor een waterstofproject. Akkoord.\n"
        " • Regio Deal 2023. De komende weken wordt het proces verder uitgewerkt.\n\n"
        "4. Z23.002 Kadernota 2024. Wethouder Smit. Akkoord.\n\n"
        "5. Z23.003 12.00 – 13.00 uur bezoek college buurgemeente. Betreft informeren over de "
        "energietransitie.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert titles == [
        "Subsidieregeling sport",
        "Verzoek van een energiebedrijf om een steunbrief voor een waterstofproject",
        "Kadernota 2024",
    ], titles


def test_an_items_proposal_indented_under_it_is_that_items_one_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Openbare notulen van de vergadering van burgemeester en wethouders van 14 juli 2020\n\n"
        "1. Vaststellen notulen 7 juli 2020\n\nDe notulen zijn vastgesteld.\n\n"
        "2. Doorkijk Corona\n\nVoorstel Kernteam Corona\n\n"
        " 1. Kennis te nemen van de stand van zaken;\n 2. Instemmen met de richting\n"
        "  a. Verkenning van de uitgangspunten;\n 3. De raad te informeren met een raadsbrief\n\n"
        "Besluit: Het college besluit conform het voorstel.\n\n"
        "3. Beleidskader kleine windturbines\n\n"
        " 1. Instemmen met het concept kader voor kleine windturbines\n"
        " 2. Vrijgeven van het concept kader voor inspraak\n\n"
        "Besluit: Het college besluit conform het voorstel.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert titles == ["Doorkijk Corona", "Beleidskader kleine windturbines"], titles


def test_amendments_or_votes_indented_under_an_item_stay_decisions_of_their_own() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering 7 februari 2022\n\n"
        "1. Categorieën van gevallen waarvoor een advies van de raad nodig is, aangenomen met "
        "twee amendementen:\n"
        " 1. Bindend advies woningbouw buitengebied van CDA aangenomen met 6 stemmen voor\n"
        " 2. Bindend advies bebouwde kom van PvdA verworpen met 4 stemmen voor\n"
        "2. Bestemmingsplan Kappeweg 20: unaniem aangenomen.\n"
    )
    kinds = [s["kind"] for s in draft.steps if s["kind"] != "raadsvergadering"]
    assert kinds == ["raadsbesluit", "amendement", "amendement", "raadsbesluit"], kinds


def test_news_listing_what_the_agenda_items_it_adopted_were_about() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Afgelopen raadsvergadering 19 maart 2019\n\n"
        "De agendapunten 7 t/m 11 werden met unanieme stemmen aangenomen en gingen over:\n\n"
        "  • Wijziging gemeenschappelijke regeling Cocensus;\n"
        "  • Ontwikkelplan Koningstraat – Spoorstraat;\n"
        "  • Actualisatie grondexploitatie Willem Alexanderhof\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert titles == [
        "Wijziging gemeenschappelijke regeling Cocensus",
        "Ontwikkelplan Koningstraat – Spoorstraat",
        "Actualisatie grondexploitatie Willem Alexanderhof",
    ], titles


def test_the_college_proposing_to_the_council_point_by_point_is_one_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst week 19\n\nBesluitdatum: 6 mei 2020\n\n"
        "20-113     Voorstel tot vaststelling bestemmingsplan Westmade-Noord\n\n"
        " 1. Het besluit van 1 april over het bestemmingsplan in te trekken;\n\n"
        "  De raad voor te stellen om:\n"
        " 1. Het Beeldkwaliteitsplan vast te stellen;\n"
        " 2. Het Beeldkwaliteitsplan te koppelen aan de welstandsnota;\n"
        " 3. Geen exploitatieplan vast te stellen;\n"
    )
    decided = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert len(decided) == 1, decided


def test_a_ris_page_item_under_a_decision_forms_opening_or_only_discussed() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeenteraad\n\ndinsdag 1 juli 2025\n\n19:30 - 23:00\n\nAgendapunten\n\n"
        "  1. 6.1\n\n    De raad van de gemeente Oss;\n    gezien het voorstel van "
        "burgemeester en wethouders van 13 juni 2025;\n    besluit: vast te stellen de Kadernota "
        "2026-2029.\n"
        "  2. 9\n\n    De raad bespreekt oordeelsvormend de geagendeerde raadsvoorstellen.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert all("gemeente Oss" not in t and "bespreekt" not in t for t in titles), titles


def test_a_college_list_is_dated_by_its_besluitdatum_not_the_minutes_it_adopts() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst week 19\n\nVaststelling besluitenlijst\n\n"
        "Concept besluitenlijst B&W 28 april 2020 ongewijzigd vast te stellen.\n\n"
        "Besluitdatum: 6 mei 2020\n\nSubsidie muziekschool\n\n"
        "Besluit: de subsidie voor 2020 te verlenen.\n"
    )
    assert {s["date"] for s in draft.steps if s["kind"] == "collegebesluit"} == {"2020-05-06"}


def test_a_ris_item_is_titled_by_what_the_council_decided_not_by_its_vote() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsvergadering\n\ndonderdag 21 januari 2021\n\n20:00 - 23:00\n\nAgendapunten\n\n"
        " 9. 5.1\n\n  Het raadsbesluit wordt in stemming gebracht en aangenomen (22 stemmen).\n\n"
        "  De raad besluit:\n  De door het college opgelegde geheimhouding op het voorstel "
        "over de sporthal op te heffen.\n\n  Stemuitslag\n\n  voor 85%\n"
        " 10. 5.2\n\n  Het raadsbesluit wordt in stemming gebracht en unaniem aangenomen.\n\n"
        "  De raad besluit:\n  De begroting 2021 van de veiligheidsregio voor kennisgeving aan te "
        "nemen.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert [t.split()[:3] for t in titles] == [["De", "door", "het"], ["De", "begroting", "2021"]]


def test_an_untitled_items_sentence_telling_who_spoke_or_what_went_before_is_no_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeenteraad\n\ndinsdag 23 april 2024\n\n19:30 - 22:30\n\nAgendapunten\n\n"
        "  1. 1\n\n    De voorzitter leest bij de opening een bijdrage voor over de herdenking.\n"
        "  2. 2.1\n\n    Mevr. Visser (SP) verzoekt het college om het antwoord op haar vragen "
        "te delen.\n"
        "  3. 3.1\n\n    Op 13 februari jl. is de conceptnotitie werkwijze besproken in de "
        "commissie.\n"
        "  4. 4.1\n\n    Het bestemmingsplan Dorpsstraat 4 wordt unaniem vastgesteld.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert len(titles) == 1 and titles[0].startswith("Het bestemmingsplan Dorpsstraat"), titles


def test_items_numbered_with_a_letter_after_a_space_are_items() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Openbare notulen van de vergadering van burgemeester en wethouders van 7 december 2021\n\n"
        "2 a. Beantwoording schriftelijke vragen over de toeslagenaffaire\n\n"
        "Besluit: Het college besluit conform het voorstel.\n\n"
        "2 b. Raadsbrief stand van zaken toeslagenaffaire\n\n"
        "Besluit: Het college besluit conform het voorstel.\n"
    )
    ids = [s["id"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert ids == ["cb-2021-12-07-2a", "cb-2021-12-07-2b"], ids


def test_a_list_whose_attendance_is_the_colleges_members_is_the_colleges() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst 13 juni 2023\n\nAanwezig:\n\nJ. Jansen, burgemeester\n"
        "P. de Vries, wethouder, digitaal\nV. Smit, wethouder\nR. Bakker, gemeentesecretaris\n\n"
        "Algemene Ledenvergadering VNG (ALV)\n\nOp 14 juni vindt de ALV plaats.\n\n"
        "Besluit\n\nIn te stemmen met de beslispunten van de ALV.\n\n"
        "Subsidie muziekschool\n\nBesluit\n\nDe subsidie voor 2023 te verlenen.\n"
    )
    assert draft.layout == "besluitenlijst-college"
    assert "raadsvergadering" not in {s["kind"] for s in draft.steps}


def test_a_list_is_dated_by_its_title_not_by_the_earlier_list_it_adopts() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Openbare besluitenlijst collegevergadering 28 juni\n\n"
        "Vaststelling B&W besluiten 21-06-2022\nDe besluitenlijst wordt ongewijzigd vastgesteld.\n\n"
        "Weekmarkt Gieten\nHet college besluit de weekmarkt op de huidige locatie te houden.\n"
    )
    assert {s["date"] for s in draft.steps if s["kind"] == "collegebesluit"} == {"2022-06-28"}


def test_motions_numbered_under_their_item_are_each_a_step_and_their_heading_none() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Vergaderkalender\n\nGemeenteraad - 12 november 2020\n\nLocatie: Raadzaal\n"
        "Aanvang: 20:00\nEindtijd: 23:00\nVoorzitter: A. de Boer\n\n"
        "1\nOpening\n2\nVaststelling van de agenda\n3\nBegroting 2021\n"
        "3\nMoties en amendementen\n3.A1\nAmendement Minder parkeerplaatsen\n"
        "3.m1\nMotie Bankjes in het park\n3.m2\nMotie Gratis zwemles\n4\nSluiting\n"
    )
    kinds = {s["title"]: s["kind"] for s in draft.steps}
    assert kinds.get("Amendement Minder parkeerplaatsen") == "amendement"
    assert kinds.get("Motie Bankjes in het park") == "motie"
    assert kinds.get("Motie Gratis zwemles") == "motie"
    assert "Moties en amendementen" not in kinds


def test_the_agenda_a_page_announces_is_kept_on_the_meeting_it_announces() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Agenda besluitvormende raadsvergadering 9 juni 2026\n\n"
        "De gemeenteraad vergadert op dinsdag 9 juni 2026. De vergadering begint om 19.30 uur.\n\n"
        "Agenda:\n\n"
        "• Nota speelruimte 2026-2030\n"
        "Het college wil meer speelplekken in de nieuwe wijken. De raad wordt gevraagd de nota "
        "vast te stellen.\n"
        "• Krediet vervanging brug Molenvaart\n"
        "Vaststellen Tweede bestuursrapportage 2026\n"
        "Het college rapporteert over de afwijkingen van de begroting.\n\n"
        "Meer informatie\n\nU kunt de vergadering volgen op de website.\n"
    )
    [meeting] = [s for s in draft.steps if s["kind"] == "raadsvergadering"]
    assert meeting["agenda"] == [
        "Nota speelruimte 2026-2030",
        "Krediet vervanging brug Molenvaart",
        "Vaststellen Tweede bestuursrapportage 2026",
    ]


def test_a_kind_of_items_heading_is_no_step_and_a_vote_over_points_labels_them() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsvergadering\n\ndonderdag 5 maart 2026\n\n19:30 - 22:00\n\nAgendapunten\n\n"
        "  1. 1\n    Opening\n"
        "  2. 2\n    C-stukken: benoemingen waarvoor schriftelijk wordt gestemd\n"
        "  3. 2.1\n\n    Besluit\n\n"
        "    De gemeenteraad heeft met 19 stemmen voor en 2 stemmen tegen besloten:\n\n"
        "    1. mevrouw A. Vos te benoemen als lid van de rekenkamercommissie;\n"
        "    2. te bepalen dat de benoeming ingaat op 1 april 2026.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert titles == ["Mevrouw A. Vos te benoemen als lid van de rekenkamercommissie"], titles


def test_a_news_pages_meeting_is_quoted_by_the_title_that_names_it() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "De laatste raadsvergadering voor het zomerreces\n\nGepubliceerd op 9 juli 2026.\n\n"
        "Lokaal Belang heeft een motie gemaakt over de veerpont. De motie werd unaniem aangenomen.\n"
    )
    [meeting] = [s for s in draft.steps if s["kind"] == "raadsvergadering"]
    assert meeting["date"] == "2026-07-09"
    quotes = draft.quotes[f"steps/{meeting['id']}"]
    assert "De laatste raadsvergadering voor het zomerreces" in quotes


def test_a_college_page_that_says_it_informs_about_its_decisions_lists_them() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Het college van burgemeester en wethouders van Oosthaven vergadert iedere week. In deze "
        "‘B en W belicht’ informeren wij u over alle openbare besluiten van 3 maart 2026.\n\n"
        "Nieuwe speelplaats aan de Dijkstraat\n\n"
        "De speelplaats komt op het braakliggende terrein. De bewoners denken mee.\n\n"
        "Subsidie voor de muziekschool\n\n"
        "De muziekschool geeft les aan vierhonderd kinderen in de gemeente.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert titles == ["Nieuwe speelplaats aan de Dijkstraat", "Subsidie voor de muziekschool"]
    assert {s["date"] for s in draft.steps} == {"2026-03-03"}


def test_news_listing_the_hamerstukken_the_council_agreed_to() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Uitkomsten raadsvergadering 4 juni 2026\n\n"
        "De raad heeft unaniem ingestemd met de voorliggende hamerstukken:\n\n"
        " • Jaarstukken Veiligheidsregio Oosthaven\n • Begroting Omgevingsdienst Oosthaven\n\n"
        "De raad heeft daarnaast ingestemd met de volgende bespreekstukken:\n\n"
        " • Nota speelruimte 2026-2030\n"
    )
    titles = {s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"}
    assert titles == {
        "Jaarstukken Veiligheidsregio Oosthaven",
        "Begroting Omgevingsdienst Oosthaven",
        "Nota speelruimte 2026-2030",
    }


def test_a_college_list_written_as_paragraphs_has_a_decision_in_each() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Collegebesluiten 9 juni 2026\n\n"
        "Het college informeert de raad over de stand van zaken van de nieuwe sporthal. De bouw "
        "loopt twee maanden uit.\n\n"
        "De eigenaar van Dijkweg 4 wil een schuur bouwen. De gemeente besluit de vergunning te "
        "verlenen.\n\n"
        "We gaan de jaarcijfers van het grondbedrijf delen met de gemeenteraad. Zo blijft de raad "
        "op de hoogte.\n"
    )
    decisions = [s for s in draft.steps if s["kind"] == "collegebesluit"]
    assert [s["date"] for s in decisions] == ["2026-06-09"] * 3
    assert [draft.quotes[f"steps/{s['id']}"][-1] for s in decisions] == [
        "Het college informeert de raad over de stand van zaken van de nieuwe sporthal.",
        "De gemeente besluit de vergunning te verlenen.",
        "We gaan de jaarcijfers van het grondbedrijf delen met de gemeenteraad.",
    ]


def test_a_college_list_under_a_sentence_title_keeps_its_first_subject() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "De besluitenlijst van de vergadering van het college van burgemeester en wethouders "
        "van 9 maart 2027.\n\n"
        "Woningaanpassing Dijkstraat\n\n"
        "Het college besluit in te stemmen met een woningaanpassing van 40.000 euro.\n\n"
        "Klacht over de afhandeling van een melding over de openbare verlichting\n\n"
        "Het college besluit de klacht gegrond te verklaren\n\n"
        "Renovatie sportveld\n\n"
        "Het college besluit:\n\n 1. Het sportveld te renoveren.\n 2. De raad te informeren.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "collegebesluit"]
    assert titles == [
        "Woningaanpassing Dijkstraat",
        "Klacht over de afhandeling van een melding over de openbare verlichting",
        "Renovatie sportveld",
    ]
    assert {s["date"] for s in draft.steps} == {"2027-03-09"}


def test_a_pages_stamp_of_day_and_time_is_no_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsbesluiten van de openbare vergadering van de gemeenteraad op dinsdag 16 maart 2027.\n\n"
        "Aan deze samenvatting kunnen geen rechten worden ontleend.\n\n"
        "Nieuws uit de raad\n\n"
        "woensdag 17 maart 2027 09:42\n\n"
        " Nota kunstgras. Conform het voorstel van het college heeft de raad besloten met de nota "
        "in te stemmen.\n\n"
        " Verordening marktgelden. De raad heeft de verordening vastgesteld.\n"
    )
    titles = " | ".join(s["title"] for s in draft.steps)
    assert "09:42" not in titles, titles


def test_a_college_list_of_paragraphs_with_one_decides_sentence_keeps_every_paragraph() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Collegebesluiten 8 juni 2027\n\n"
        "Collegebesluiten 8 juni 2027\n\n"
        "Met een brief waarmee wethouder Jansen de gemeenteraad informeert over de stand van "
        "zaken van de warmtetransitie.\n\n"
        "Het college beantwoordt de vragen van de fractie over het maaibeheer in de wijken.\n\n"
        "Op de plek van de oude garage komen woningen. De gemeente geeft medewerking aan het "
        "slopen van het oude gebouw.\n\n"
        "Een aanbieder wil een zendmast bouwen aan de Dijkweg. Het college besluit om de "
        "omgevingsvergunning voor de zendmast te geven.\n"
    )
    decisions = [s for s in draft.steps if s["kind"] == "collegebesluit"]
    assert len(decisions) == 4
    assert {s["date"] for s in decisions} == {"2027-06-08"}


def test_a_ris_items_video_instructions_are_no_title() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst raadsvergadering\n\nmaandag 13 december 2027\n\nAgendapunten\n\n"
        " 1. 1\n\n  Besluit\n\n  Voor de videobeelden: klik op deze hyperlink en stel de tijd "
        "in op 0 uur, 5 minuten.\n\n  BESLUITVORMING\n\n  De gemeenteraad besluit de "
        "verordening marktgelden 2028 vast te stellen.\n\n"
        " 2. 2\n\n  Besluit\n\n  Voor de videobeelden: klik op deze hyperlink en stel de tijd "
        "in op 0 uur, 9 minuten.\n\n  BESLUITVORMING\n\n  De gemeenteraad besluit de nota "
        "speelruimte vast te stellen.\n"
    )
    titles = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert len(titles) == 2
    assert not any("video" in t.lower() for t in titles), titles


def test_news_listing_the_other_decisions_taken_at_the_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Uit de gemeenteraad van 14 oktober 2027\n\n"
        "Overige genomen besluiten\n\n"
        "Tijdens de raadsvergadering zijn verder de volgende besluiten genomen:\n\n"
        " • Verordening inburgering 2027 vastgesteld;\n"
        " • Akkoord met het implementatieplan planning en control;\n"
    )
    titles = {s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"}
    assert len(titles) == 2, titles
    assert {s["date"] for s in draft.steps} == {"2027-10-14"}


def test_a_council_lists_bullets_that_tell_the_council_deciding_are_its_decisions() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Highlights Raadsvergadering 16 maart\n\n26 maart 2027\n\n"
        "Hoogtepunten van de raadsvergadering van 16 maart 2027 zijn de volgende:\n\n"
        " • De raad heeft het Speelruimteplan vastgesteld. Het plan is het kader voor de "
        "komende jaren.\n\n"
        " • De raad heeft ingestemd met de evaluatie van de Regiovisie.\n\n"
        " • De raad heeft een krediet van € 1.000.000 beschikbaar gesteld voor de woningbouw "
        "in Oosthaven.\n",
        layout_name="besluitenlijst-raad",
    )
    decisions = [s for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert len(decisions) == 3
    assert {s["date"] for s in decisions} == {"2027-03-16"}
    assert draft.doc_date is not None and draft.doc_date.iso() == "2027-03-16"


def test_a_news_page_of_decisions_is_dated_by_the_meeting_it_names_not_the_day_it_appeared() -> (
    None
):
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "De laatste raadsvergadering van het jaar\n\n20 december 2027\n\n"
        "De vergaderingen van de raad zijn openbaar.\n\n"
        "In de raadsvergadering van 13 december 2027 zijn de volgende zaken aan de orde geweest:\n\n"
        " • De raad heeft het Milieuprogramma voor 2028 vastgesteld.\n\n"
        " • De raad heeft de Kadernota Sport vastgesteld.\n",
        layout_name="besluitenlijst-raad",
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2027-12-13"
    assert {s["date"] for s in draft.steps} == {"2027-12-13"}


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # 18 June is a Tuesday in 2024 and in 2030: the text names the years ahead of it
        (
            "De raad heeft besloten dinsdagavond 18 juni\n\nOp dinsdagavond 18 juni stelde de "
            "raad het Grondstoffenbeleidsplan 2025-2030 vast.\n",
            "2024-06-18",
        ),
        # 30 November is a Tuesday in 2021 and 2027; "2050" is an ambition, not the year
        (
            "Op dinsdag 30 november sprak de raad over de begroting 2022 en het doel om in 2050 "
            "klimaatneutraal te zijn. Het plan loopt tot 2026.\n",
            "2021-11-30",
        ),
    ],
)
def test_a_weekday_that_fits_several_named_years_takes_the_one_next_to_the_texts_own(
    text: str, iso: str
) -> None:
    from besluitspoor.extract import dates

    found = dates.year_by_weekday(text)
    assert found is not None and found.iso() == iso


def test_a_committees_agenda_page_drafts_no_agenda_the_format_would_refuse(
    run: Run, tmp_path: Path
) -> None:
    text = (
        "Commissie Bestuur\n\ndinsdag 11 april 2028\n\n19:30 - 22:00\n\nAgendapunten\n\n"
        " 1. Opening\n\n 2. Regionale energiestrategie\n\n  Een presentatie over de stand van "
        "zaken.\n\n 3. Nota speelruimte\n\n  Bespreking van de speelplekken in de wijken.\n\n"
        " 4. Verordening marktgelden\n\n  Bespreking van de tarieven.\n"
    )
    draft = recognise(text, layout_name="besluitenlijst-raad")
    assert draft.steps[0]["kind"] == "commissievergadering"
    assert all("agenda" not in s for s in draft.steps)  # the format gives a council's only
    drafted = tmp_path / "cie.yaml"
    result = run("extract", "-", "--layout", "besluitenlijst-raad", "-o", str(drafted), input=text)
    assert result.exit_code == 0, result.stderr
    imported = run("import", str(drafted))
    assert imported.exit_code == 0, imported.stderr


@pytest.mark.parametrize(
    "intro",
    [
        "De gemeenteraad van Boxtel heeft in de bijzondere raadsvergadering van 23 februari 2021 "
        "verschillende besluiten genomen.",
        "De gemeenteraad heeft in de raadsvergadering van 23 februari 2021 het volgende "
        "behandeld / besloten (aanwezig 15 leden):",
        "Hier leest u wat de raad in de raadsvergadering van 23 februari 2021 heeft behandeld "
        "en besloten.",
        # the meeting told in other words
        "Op 23 februari 2021 heeft de besluitvorming in de raad plaatsgevonden.",
        "De Boxtelse gemeenteraad kwam op 23 februari 2021 bij elkaar voor de begroting.",
    ],
)
def test_a_sentence_introducing_the_decisions_is_the_meeting_not_a_decision(intro: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Raadsnieuws\n\n{intro}\n", layout_name="nieuws")
    assert [(s["kind"], s["date"]) for s in draft.steps] == [("raadsvergadering", "2021-02-23")]


def test_a_decision_told_as_history_implies_no_meeting_of_its_own() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Kindergemeenteraad van start\n\n21 januari 2016\n\nDe gemeenteraad heeft op 9 juli "
        "2015 unaniem een motie aangenomen tot het instellen van een kindergemeenteraad. "
        "Dinsdagavond stelde de raad de verordening vast.\n",
        layout_name="nieuws",
    )
    kinds = {(s["kind"], s["date"]) for s in draft.steps}
    assert ("motie", "2015-07-09") in kinds  # the vote is part of the trail
    assert ("raadsvergadering", "2015-07-09") not in kinds  # its meeting is not reported
    assert ("raadsvergadering", "2016-01-19") in kinds  # the meeting the page reports on


def test_a_yearless_list_title_dates_the_list_not_the_earlier_list_it_adopts() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst 16 september\n\nVoorzitter: M. Out\n\n1 Vaststellen van de openbare "
        "besluitenlijst van de vergadering d.d. 9 september 2025\nBesluit:\nVastgesteld.\n\n"
        "2 Evenementenvisie\nBesluit:\n1. In te stemmen met de visie Evenementen 2025-2035.\n",
        layout_name="besluitenlijst-college",
    )
    assert str(draft.doc_date) == "2025-09-16"
    assert {s["date"] for s in draft.steps} == {"2025-09-16"}


@pytest.mark.parametrize("heading", ["Toezeggingen (Oosthaven)", "Toezeggingen van het college"])
def test_the_short_rows_of_a_ris_table_of_promises_up_to_the_video_fragments(heading: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Vorige pagina\n\nRaad openbaar Oosthaven\n\ndonderdag 22 juni 2023\n\n20:00 - 23:00\n\n"
        f"Agendapunten\n\n 1. 1\n\n  Opening\n\n 2. 2\n\n  {heading}\n\n  Titel\n"
        "  Onderzoek Carillon\n  update bomenlijst\n  00:23:24 - 00:24:13 - Dhr. W. Krale\n"
        "  00:24:15 - 00:24:18 - Mevr. R. Helmer\n"
    )
    assert [p["text"] for p in draft.promises] == ["Onderzoek Carillon", "update bomenlijst"]


def test_news_dated_by_the_day_after_dates_its_headline_by_the_gemeenteraad_meeting() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "19 moties en 4 amendementen later is programmabegroting aangenomen\n\nDe gemeenteraad "
        "heeft op donderdag 8 november de programmabegroting en de belastingverordening "
        "vastgesteld.\n",
        date(2018, 11, 9),
        layout_name="nieuws",
    )
    assert {s["date"] for s in draft.steps} == {"2018-11-08"}


def test_an_evening_named_beside_an_amendment_dates_the_meeting_news_reports() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Geen steun voor amendement over zondagsopenstelling\n\nAlleen het CDA schaarde zich "
        "woensdagavond achter het amendement van de PCW. Alle coalitiepartijen stemden tegen.\n",
        date(2018, 7, 12),
        layout_name="nieuws",
    )
    assert ("raadsvergadering", "2018-07-11") in {(s["kind"], s["date"]) for s in draft.steps}


@pytest.mark.parametrize(
    ("sentence", "resumed"),
    [
        (
            "Vanwege de tijd werd de vergadering geschorst en hervat op 14 oktober 2020.",
            "2020-10-14",
        ),
        (
            "De geschorste gemeenteraadsvergadering van 25 november 2021 werd op dinsdag "
            "30 november voortgezet.",
            "2021-11-30",
        ),
    ],
)
def test_a_meeting_resumed_on_another_day_meets_that_day_too(sentence: str, resumed: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws uit de raad\n\n{sentence}\n", layout_name="nieuws")
    assert ("raadsvergadering", resumed) in {(s["kind"], s["date"]) for s in draft.steps}


def test_a_list_is_dated_by_the_day_its_line_names_without_a_year() -> None:
    """A list under "In de raadsvergadering van 9 maart heeft de raad besloten:" is of that day,
    though the meeting went on a day later."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Als de hamer valt\n\nDe raadsvergadering van 9 maart vond digitaal plaats. Vanwege de "
        "tijd werd de vergadering geschorst en hervat op 10 maart.\n\nhamer\n\n"
        "In de raadsvergadering van 9 maart heeft de gemeenteraad besloten:\n"
        "•    Tot vaststelling van de parkeerverordening 2021.\n"
        "•    Kennis te nemen van de evaluatie van het speelruimtebeleid.\n",
        date(2021, 3, 20),
        layout_name="nieuws",
    )
    decided = {s["date"] for s in draft.steps if s["kind"] == "raadsbesluit"}
    assert decided == {"2021-03-09"}


def test_a_meeting_named_again_by_its_day_quotes_that_sentence_too() -> None:
    """The reviewer sees the sentence that writes the meeting's day, not only the one that
    found it by a weekday."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raad steunt voorstel\n\nDit bleek dinsdagavond tijdens de gemeenteraadsvergadering. "
        "In de raadsvergadering van 8 januari stemde de gemeenteraad in met het plan.\n",
        date(2019, 1, 10),
        layout_name="nieuws",
    )
    (meeting,) = [s for s in draft.steps if s["kind"] == "raadsvergadering"]
    assert meeting["date"] == "2019-01-08"
    assert any("van 8 januari" in q for q in draft.quotes[f"steps/{meeting['id']}"])


@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        (
            "Afgelopen maandag, 9 april, heeft de nieuwe gemeenteraad haar eerste besluiten genomen.",
            {"2018-04-09"},
        ),
        ("De gemeenteraad heeft op 3 april 2018 twee besluiten genomen.", {"2018-04-03"}),
        ("Hier leest u waar de raad op 10 april 2018 over heeft vergaderd.", {"2018-04-10"}),
        (
            "Op 8 maart 2018 werd de laatste vergadering van de huidige gemeenteraad gehouden.",
            {"2018-03-08"},
        ),
        # an opinion about decisions, another body's meeting: no meeting of the council
        ("De fractie vindt dat de raad in 2017 verkeerde besluiten genomen heeft.", set()),
        ("De vergadering van de raad van toezicht op 3 maart 2018 ging niet door.", set()),
    ],
)
def test_the_meeting_of_the_council_told_in_other_words(sentence: str, meetings: set[str]) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws\n\n{sentence}\n", date(2018, 4, 11), layout_name="nieuws")
    assert {s["date"] for s in draft.steps if s["kind"] == "raadsvergadering"} == meetings


def test_oordeelvormend_is_oordeelsvormend_spelled_without_the_s() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws\n\nOp 6 december vindt de laatste oordeelvormende vergadering van 2022 plaats.\n",
        date(2022, 11, 29),
        layout_name="nieuws",
    )
    (meeting,) = draft.steps
    assert (meeting["kind"], meeting["date"]) == ("commissievergadering", "2022-12-06")
    assert meeting["nature"] == "oordeelsvormend"


def test_a_project_continued_is_no_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws\n\nHet project wordt op 1 mei 2023 voortgezet.\n", layout_name="nieuws"
    )
    assert not draft.steps


def test_a_raadsverslag_titled_by_its_day_reports_that_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsverslag 18 december 2014\n\nDe raad stemde in met de begroting.\n",
        layout_name="nieuws",
    )
    assert ("raadsvergadering", "2014-12-18") in {(s["kind"], s["date"]) for s in draft.steps}


def test_the_promises_made_under_an_item_are_no_decision_nor_its_title() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Vorige pagina\n\nRaad openbaar Oosthaven\n\ndonderdag 22 juni 2023\n\n20:00 - 23:00\n\n"
        "Agendapunten\n\n 1. 1\n\n  Toezeggingen (Oosthaven)\n\n  Titel\n  Onderzoek Carillon\n"
        "  00:23:24 - 00:24:13 - Dhr. W. Krale\n\n 2. 2\n\n  Voorgesteld besluit\n\n"
        "  Het vaststellen van de Berap II 2023\n\n  Besluit\n  De Berap II 2023 vast te stellen.\n\n"
        "  Toezeggingen\n  Titel\n  Update bomenlijst\n"
    )
    decided = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == ["Het vaststellen van de Berap II 2023"]
    assert [p["text"] for p in draft.promises] == ["Onderzoek Carillon", "Update bomenlijst"]


def test_a_news_pages_dateline_dates_it() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Tarragrond geamendeerd vastgesteld.\n\nVries, 4 april 2017.\n\nTijdens de "
        "raadsvergadering van 21 maart 2017 is de deskstudie besproken.\n",
        layout_name="nieuws",
    )
    assert str(draft.doc_date) == "2017-04-04"


def test_a_lead_telling_the_meeting_by_weekday_dates_the_news_over_later_dates() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Dit heeft de raad besloten\n\nOp donderdag 29 september heeft de raad de volgende "
        "besluiten genomen.\n\nStartnotitie\n\nDe raad heeft de startnotitie vastgesteld. In de "
        "vergadering van 12 mei 2022 was zij al besproken.\n",
        layout_name="nieuws",
    )
    assert str(draft.doc_date) == "2022-09-29"


def test_a_meeting_is_dated_by_its_day_not_by_the_season_that_names_it() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terugblik raadsvergadering\n\nAfgelopen donderdag 7 juli vond de laatste "
        "raadsvergadering voor de zomer plaats. De raad nam twee moties aan.\n",
        date(2022, 7, 8),
    )
    assert [(s["kind"], s["date"]) for s in draft.steps][:1] == [("raadsvergadering", "2022-07-07")]


def test_a_weekday_before_its_day_in_brackets_is_that_day_and_a_meeting_goes_on_later() -> None:
    from besluitspoor.extract import dates
    from besluitspoor.extract.recognize import recognise

    text = "Vanwege tijdsgebrek ging de raadsvergadering van dinsdag (11 mei) op dinsdag 18 mei verder."
    found = dates.find(text, date(2021, 5, 19))
    assert [m.value.iso() for m in found] == ["2021-05-11", "2021-05-18"]
    draft = recognise(f"Nieuws uit de raad\n\n{text}\n", date(2021, 5, 19))
    meetings = [s["date"] for s in draft.steps if s["kind"] == "raadsvergadering"]
    assert meetings == ["2021-05-11", "2021-05-18"]


COUNTED_MOTIONS = """Drie moties aangenomen

Bij de begroting heeft onze fractie moties ingediend. Drie moties kregen de meerderheid van de
stemmen in de raadsvergadering van 9 november 2017.

  1. De motie voor een extra dag dagopvang voor mensen met dementie. Er is al opvang.

  2. De motie Youmee (of een soortgelijke app). Dit is een app.

  3. De motie Schone lucht. Het stoken van hout vervuilt de lucht.

Onze fractie heeft twee moties ingetrokken:

  - De motie voor meer fietsenrekken bij het winkelcentrum.

  - De motie voor een ouderenraad.
"""


def test_as_many_items_as_a_line_counts_motions_are_those_motions() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(COUNTED_MOTIONS)
    motions = [(s["title"], s["status"], s["date"]) for s in draft.steps if s["kind"] == "motie"]
    assert motions == [
        ("Motie voor een extra dag dagopvang voor mensen met dementie", "aangenomen", "2017-11-09"),
        ("Motie Youmee (of een soortgelijke app)", "aangenomen", "2017-11-09"),
        ("Motie Schone lucht", "aangenomen", "2017-11-09"),
        ("Motie voor meer fietsenrekken bij het winkelcentrum", "ingetrokken", "2017-11-09"),
        ("Motie voor een ouderenraad", "ingetrokken", "2017-11-09"),
    ]
    # a count the items below do not make is no heading of them: the motions it counts, told
    # together
    fewer = COUNTED_MOTIONS.replace("Drie moties", "Vier moties")
    kept = [(s["title"], s["status"]) for s in recognise(fewer).steps if s["kind"] == "motie"]
    assert kept == [
        ("Vier moties", "aangenomen"),
        ("Motie voor meer fietsenrekken bij het winkelcentrum", "ingetrokken"),
        ("Motie voor een ouderenraad", "ingetrokken"),
    ]


def test_a_meeting_continued_on_a_later_day_told_after_it() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Verslag commissie Bestuur\n\nTijdens de raadsvergadering van 13 december 2018, voortgezet "
        "op 18 december 2018 zegde de burgemeester toe de commissie te informeren.\n",
        date(2019, 3, 25),
    )
    meetings = [s["date"] for s in draft.steps if s["kind"] == "raadsvergadering"]
    assert {"2018-12-13", "2018-12-18"} <= set(meetings)


def test_motions_listed_as_moved_by_whom_are_moved() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Raadsvergadering 25 januari 2023\n\nDe volgende moties vreemd aan de orde van de dag:\n"
        "  - Kinderhart chirurgie moet blijven. Ingediend door de voltallige raad. Wordt onder "
        "agendapunt 13 toegevoegd aan de agenda.\n"
        "  - Openbaar vervoer bereikbaar. Ingediend door de fracties van GroenLinks en D66.\n"
    )
    motions = [(s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie"]
    assert motions == [
        ("Motie Kinderhart chirurgie moet blijven", "ingediend"),
        ("Motie Openbaar vervoer bereikbaar", "ingediend"),
    ]


def test_a_party_page_announcing_a_meetings_agenda_is_no_decision_list() -> None:
    """An agenda's item that adopts the last meeting's list ("4. Besluitenlijst raad 4
    december 2017") does not make the page that list: its items are still to be decided."""
    from besluitspoor.extract.recognize import recognise

    agenda = "\n".join(
        f" {n}. {title}"
        for n, title in enumerate(
            [
                "Opening",
                "Vaststelling van de agenda",
                "Mededelingen",
                "Besluitenlijst besluitvorming raad 4 december 2017",
                "Benoeming burgerraadslid",
                "Bestemmingsplan Dorpsstraat 11",
                "Tarieven afvalstoffenheffing 2018",
            ],
            start=1,
        )
    )
    draft = recognise(
        "Home Nieuws\n\nDorpsbelang, 10 december 2017 – Maandag 11 december houden we een open "
        "fractievergadering.\n\nSTART FRACTIE: 19.30 UUR\n\nKOMENDE VERGADERINGEN: 20.15 UUR\n\n"
        f"BESLUITVORMENDE RAAD VAN 18 DECEMBER: 19.30 UUR\n\n{agenda}\n"
    )
    assert draft.layout == "nieuws"
    assert not [s for s in draft.steps if s["kind"] == "raadsbesluit"]


def test_news_of_several_meetings_dates_each_report_by_its_own_line() -> None:
    """A party's page of short reports, each under a line naming its meeting: each meeting is
    proposed, and what a report tells was done on its meeting's day, not the page's first."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Fractie Dorpsbelang\n\n"
        "Raadsflits 20 maart 2024 - Verhuizing naar het dorpshuis, beste optie\n\n"
        "De gemeenteraad sprak over de verhuizing van het gemeentehuis. Wij vinden dit de beste "
        "optie.\n\n"
        "Raadsflits 13 februari 2024 - Groot draagvlak voor opvang van asielzoekers\n\n"
        "Een grote meerderheid van de raad steunde het voorstel voor de opvang van asielzoekers.\n",
        layout_name="nieuws",
    )
    assert sorted((s["kind"], s["date"]) for s in draft.steps) == [
        ("raadsbesluit", "2024-02-13"),
        ("raadsvergadering", "2024-02-13"),
        ("raadsvergadering", "2024-03-20"),
    ]


@pytest.mark.parametrize(
    ("sentence", "grouped"),
    [
        (
            "Helaas hebben twee moties en twee amendementen het niet gehaald.",
            [
                ("motie", "Twee moties", "verworpen"),
                ("amendement", "Twee amendementen", "verworpen"),
            ],
        ),
        (
            "De drie ingediende moties over de spreidingswet werden weggestemd.",
            [("motie", "Drie moties over de spreidingswet", "verworpen")],
        ),
        (
            "Op het gebied van woningbouw werden een tweetal moties aangenomen.",
            [("motie", "Tweetal moties", "aangenomen")],
        ),
        ("Er werden 3 moties verworpen.", [("motie", "3 moties", "verworpen")]),
        # a count of those submitted, not of those that shared the outcome
        ("Van de zeven ingediende moties en twee amendementen kregen er drie steun.", []),
    ],
)
def test_motions_counted_not_named_are_one_step_per_count(
    sentence: str, grouped: list[tuple[str, str, str]]
) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Uit de raad van 31 januari 2023\n\n{sentence}\n", layout_name="nieuws")
    told = [
        (s["kind"], s["title"], s.get("status"))
        for s in draft.steps
        if s["kind"] != "raadsvergadering"
    ]
    assert told == grouped


def test_motions_counted_and_then_told_one_by_one_are_the_ones_named() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Uit de raad van 10 september 2018\n\nMaar liefst twee moties werden aangenomen. De motie "
        "'Stop gaswinning' van GroenLinks werd unaniem aangenomen. De motie 'Eerlijke handel' van "
        "de SP werd met 20 stemmen voor aangenomen.\n",
        layout_name="nieuws",
    )
    assert sorted(s["title"] for s in draft.steps if s["kind"] == "motie") == [
        "Motie Eerlijke handel",
        "Motie Stop gaswinning",
    ]


def test_a_headline_with_the_towns_adjective_and_a_but_tells_the_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws\n\nLeiderdorpse begroting aangenomen, maar echt debat blijft uit\n\nDe raad "
        "vergaderde op vrijdag 9 november 2018 over de begroting.\n",
        layout_name="nieuws",
    )
    assert ("raadsbesluit", "2018-11-09", "aangenomen") in [
        (s["kind"], s["date"], s.get("outcome")) for s in draft.steps
    ]


def test_a_partys_motions_told_one_by_one_by_their_ordinals() -> None:
    from datetime import date

    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Voorjaarsnota\n\nIn de raadsvergadering van woensdag 3 juli is de Voorjaarsnota door de "
        "raad aangenomen. Alle drie de moties die wij hadden ingediend zijn aangenomen.\n\n"
        "De eerste motie had betrekking op de bewaking bij de fietsenstalling. Deze motie werd "
        "unaniem aangenomen.\n\n"
        "De tweede motie ging over een inrichtingsplan voor de Brink. Er is lang aan gewerkt.\n\n"
        "De derde motie is het verzoek om een pilot te beginnen voor circulair bouwen. Er werd "
        "lang over gesproken. Deze motie is met 26 voor en 10 tegen aangenomen.\n\n"
        "Naast deze drie eigen moties, hebben wij ook een motie samen met de SP ingediend.\n",
        date(2019, 7, 4),
        layout_name="nieuws",
    )
    assert [(s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie"] == [
        ("Motie over de bewaking bij de fietsenstalling", "aangenomen"),
        ("Motie over een inrichtingsplan voor de Brink", "ingediend"),
        ("Motie: een pilot te beginnen voor circulair bouwen", "aangenomen"),
        ("Motie samen met de SP", "ingediend"),
    ]


@pytest.mark.parametrize(
    ("title", "kind", "name", "nature"),
    [
        ("Politieke avond – 7 september 2023", "commissievergadering", "Politieke avond", None),
        (
            "Agenda - Politieke Avond 7 september 2023",
            "commissievergadering",
            "Politieke Avond",
            None,
        ),
        (
            "Rond-de-tafelgesprek - 7 september 2023",
            "commissievergadering",
            "Rond-de-tafelgesprek",
            None,
        ),
        (
            "Opiniërende Raadsbijeenkomst 7 september 2023 19:30:00",
            "commissievergadering",
            "Opiniërende Raadsbijeenkomst",
            "oordeelsvormend",
        ),
        (
            "Beeldvormende bijeenkomst 7 september 2023",
            "commissievergadering",
            "Beeldvormende bijeenkomst",
            "beeldvormend",
        ),
        ("Oordeelsvormende raadsvergadering 7 september 2023", "raadsvergadering", None, None),
    ],
)
def test_a_page_titled_by_a_session_and_its_day_proposes_that_meeting(
    title: str, kind: str, name: str | None, nature: str | None
) -> None:
    """An agenda page titled by one of the council's other meetings ("Politieke avond",
    "Rond-de-tafelgesprek") and its day is that meeting's page: the meeting is proposed, quoting
    the title, and named again below it is the same one."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Zoeken\n\n{title}\n\nDe bijeenkomst van 7 september 2023 vindt plaats in het "
        "gemeentehuis en begint om 19.30 uur.\n\n20:00 - 20:45 Sessie 1: Verordening "
        "adviescommissie omgevingskwaliteit\n",
        layout_name="nieuws",
    )
    meetings = [s for s in draft.steps if s["kind"].endswith("vergadering")]
    assert [(s["kind"], s["date"]) for s in meetings] == [(kind, "2023-09-07")]
    assert meetings[0].get("committee") == name
    assert meetings[0].get("nature") == nature
    # (the title first; a council meeting quotes the sentence that gives its day too)
    assert draft.quotes[f"steps/{meetings[0]['id']}"][0] == title


def test_a_decision_list_goes_on_past_an_items_explanation() -> None:
    """A paragraph without a bullet right under a decision's bullet explains it; the bullets
    after it are decisions of the same list."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "In de raadsvergadering van 24 november 2020 heeft de gemeenteraad besloten:\n"
        "•    Kennis te nemen van de rapportage Tussenresultaten werkleerbedrijf.\n"
        "Op basis van de samenvatting in te stemmen met: de wijze van dienstverlening; de "
        "basisprincipes van de organisatie.\n"
        "•    In te stemmen met de Uitgangspuntennotitie Omgevingsvisie.\n"
        "•    De Lokale Inclusie Agenda 2020-2021 vast te stellen.\n\n"
        "De vergadering was te volgen via de livestream.\n",
        layout_name="nieuws",
    )
    decided = [s["title"] for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [
        "Kennis te nemen van de rapportage Tussenresultaten werkleerbedrijf",
        "In te stemmen met de Uitgangspuntennotitie Omgevingsvisie",
        "De Lokale Inclusie Agenda 2020-2021 vast te stellen",
    ]


@pytest.mark.parametrize(
    ("sentence", "title", "outcome"),
    [
        (
            "De collegevoorstellen om de bibliotheek te sluiten en af te zien van nieuwe "
            "gemeenschapshuizen hebben de eindstreep echter niet gehaald.",
            "Voorstel: de bibliotheek te sluiten en af te zien van nieuwe gemeenschapshuizen",
            "verworpen",
        ),
        (
            "Twee bestemmingsplannen konden door als hamerstuk.",
            "Twee bestemmingsplannen",
            "aangenomen",
        ),
        (
            "De verordening afvalstoffenheffing haalde het.",
            "De verordening afvalstoffenheffing",
            "aangenomen",
        ),
        (
            "Ook het raadsvoorstel over de sporthal kon rekenen op een ruime meerderheid.",
            "Het raadsvoorstel over de sporthal",
            "aangenomen",
        ),
    ],
)
def test_a_sentence_opening_on_a_proposal_and_telling_its_fate_is_a_decision(
    sentence: str, title: str, outcome: str
) -> None:
    """What was proposed, then how the vote on it went, in any words of the outcome
    vocabulary: a council decision of the meeting the page reports."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Terugblik raadsvergadering 12 mei 2022\n\nDe raad vergaderde op 12 mei 2022.\n\n{sentence}\n",
        layout_name="nieuws",
    )
    decided = [
        (s["title"], s["outcome"], s["date"]) for s in draft.steps if s["kind"] == "raadsbesluit"
    ]
    assert decided == [(title, outcome, "2022-05-12")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het voorstel over de sporthal kon rekenen op de steun van onze fractie.",  # a party's
        "Het stuk haalde het.",  # which one, the sentence does not say
        "De motie over de sporthal kon rekenen op een ruime meerderheid.",  # read by `motions`
    ],
)
def test_a_proposals_fate_needs_the_council_and_a_name(sentence: str) -> None:
    from besluitspoor.extract import learned
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Terugblik raadsvergadering 12 mei 2022\n\nDe raad vergaderde op 12 mei 2022.\n\n{sentence}\n",
        layout_name="nieuws",
        readers=learned.PATTERNS_ONLY,  # (the patterns' rule; the model's picks are marked)
    )
    assert not [s for s in draft.steps if s["kind"] == "raadsbesluit"]


def test_what_a_committee_supports_is_no_council_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Politieke avond 12 mei 2022\n\nDe commissie Ruimte vergaderde op 12 mei 2022.\n\n"
        "Het bestemmingsplan Dorpsstraat kon rekenen op een ruime meerderheid.\n",
        layout_name="nieuws",
    )
    assert not [s for s in draft.steps if s["kind"] == "raadsbesluit"]


@pytest.mark.parametrize(
    ("sentence", "kind", "title"),
    [
        (
            "Met een amendement verzochten D66 en VVD om de effecten te evalueren.",
            "amendement",
            "Amendement: de effecten te evalueren",
        ),
        (
            "Via een motie vroeg GroenLinks om meer groen in de wijk.",
            "motie",
            "Motie: meer groen in de wijk",
        ),
    ],
)
def test_a_motion_moved_by_what_it_asks_for_is_moved(sentence: str, kind: str, title: str) -> None:
    """ "Met een amendement verzochten X om ...": moved, its fate not told."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Terugblik raadsvergadering 12 mei 2022\n\nDe raad vergaderde op 12 mei 2022.\n\n{sentence}\n",
        layout_name="nieuws",
    )
    moved = [(s["kind"], s["title"], s["status"]) for s in draft.steps if s["kind"] == kind]
    assert moved == [(kind, title, "ingediend")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Maandagavond 9 mei werden de wethouders van de nieuwe coalitie geïnstalleerd.",
        "De nieuwe wethouders werden maandag 9 mei geïnstalleerd.",
        "Op 9 mei zijn de wethouders Jansen en De Vries geïnstalleerd.",
    ],
)
def test_a_college_installed_told_subject_first_is_a_council_decision(sentence: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        f"Nieuws uit de raad\n\n{sentence}\n", date(2022, 5, 12), layout_name="nieuws"
    )
    [installed] = [s for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert installed["title"].startswith("Installatie: ")
    assert installed["date"] == "2022-05-09"


def test_a_meeting_named_bare_with_its_day_after_op_is_the_councils() -> None:
    """ "Tijdens de vorige vergadering op 30 april ..." in council news: the council's meeting."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de raad\n\nTijdens de vorige vergadering op 30 april 2022, waarin de "
        "afvalinzameling werd besproken, staakten de stemmen over een amendement van D66.\n",
        layout_name="nieuws",
    )
    assert ("raadsvergadering", "2022-04-30") in [(s["kind"], s["date"]) for s in draft.steps]


def test_a_page_telling_the_fate_of_motions_in_the_plural_is_about_a_meeting() -> None:
    """ "Vier moties werden aangenomen. Drie amendementen werden verworpen.": several motions
    told, in the plural as in the singular, under a motion's opening: a meeting's page."""
    from besluitspoor.extract import classify
    from besluitspoor.extract.document import read

    page = read(
        "Motie\n\nDe raad van de gemeente Son en Breugel, in vergadering bijeen op 11 november "
        "2020,\n\nTijdens de begrotingsbehandeling werden twaalf moties ingediend. Vier moties "
        "werden aangenomen. Drie amendementen werden verworpen. De overige moties zijn "
        "ingetrokken.\n"
    )
    assert classify.layout_of(page) != "motie"


def test_a_college_list_is_dated_by_its_title_not_by_a_meeting_its_items_name() -> None:
    """ "Besluitenlijst 25 mei" over "3. Raadsvergadering 27 mei 2004." and a sentence about the
    council's meeting: the college met on the 25th."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst 25 mei\n\nOpenbare besluitenlijst van de vergadering\nvan burgemeester en "
        "wethouders\nd.d. 25 mei 2004\n\n1. Notulen B&W-vergadering d.d. 18 mei 2004.\nHet college "
        "stelt de notulen vast.\n\n2. Raadsvergadering 27 mei 2004.\nHet college bespreekt de "
        "stukken die voor de raadsvergadering van 27 mei 2004 zijn geagendeerd.\n\n3. Grenscorrectie "
        "met Best.\nHet college stemt in met de grenscorrectie.\n"
    )
    assert draft.doc_date is not None and draft.doc_date.iso() == "2004-05-25"


@pytest.mark.parametrize(
    "sentence",
    [
        "Fractie Leefbaar Dorp heeft op 29 april 2022 vragen gesteld over de overlast in het park.",
        "Op 29 april 2022 stelde de SP vragen over de overlast in het park.",
        "Op 29 april 2022 zijn er door de dhr. G. Tillema (D66) vragen gesteld over het park.",
        "Op 29 april 2022 heeft het college vragen ontvangen van de fractie X over het park.",
        "Vragen Senioren Partij d.d. 29 april 2022",
        "De op 29 april 2022 ontvangen vragen van de fractie X over het park worden beantwoord.",
        "Op 29 april 2022 heeft het college een bericht ontvangen met vragen over het park.",
    ],
)
def test_questions_a_party_put_to_the_college_on_a_day_are_a_step(sentence: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Collegebesluiten\n\n{sentence}\n", date(2022, 5, 12), layout_name="nieuws")
    assert [(s["kind"], s["date"]) for s in draft.steps] == [("vragen", "2022-04-29")]


def test_a_meeting_pages_decision_names_the_college_proposal_it_read() -> None:
    from besluitspoor.extract.recognize import recognise

    page = (
        "Raadsvergadering\n\nwoensdag 5 april 2023\n\n19:00 - 23:00\nLocatie\n\nRaadzaal\n\n"
        "Agendapunten\n\n 1. Opening\n 2. Verordening parkeerbelastingen 2023\n\n"
        "  De tarieven voor parkeren worden aangepast.\n\n  Besluit\n\n"
        "  gelezen het voorstel van burgemeester en wethouders d.d. 7 maart 2023,\n  besluit:\n"
        "  vast te stellen de Verordening parkeerbelastingen 2023.\n 3. 3\n\n  Besluit\n\n"
        "  gelezen het voorstel van burgemeester en wethouders d.d. 14 maart 2023,\n\n"
        "  besluit:\n\n  1. het bestemmingsplan Stationsplein vast te stellen;\n 4. Sluiting\n"
    )
    draft = recognise(page)
    decided = {s["title"]: s for s in draft.steps if s["kind"] == "raadsbesluit"}
    assert set(decided) == {
        "Verordening parkeerbelastingen 2023",
        # an item without a title of its own is named by what it decides, not by the formula
        "Het bestemmingsplan Stationsplein vast te stellen",
    }
    proposals = {s["id"]: s for s in draft.steps if s["kind"] == "raadsvoorstel"}
    assert {
        (p["date"], decided_title)
        for decided_title, d in decided.items()
        for p in [proposals[d["proposal"]]]
    } == {
        ("2023-03-07", "Verordening parkeerbelastingen 2023"),
        ("2023-03-14", "Het bestemmingsplan Stationsplein vast te stellen"),
    }
    assert draft.quotes[f"steps/{decided['Verordening parkeerbelastingen 2023']['proposal']}"] == [
        "gelezen het voorstel van burgemeester en wethouders d.d. 7 maart 2023,"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 27 maart 2023 besloot u dat de gemeente uiterlijk op 1 januari 2025 aan de opgave voldoet.",
        "Op 27 maart 2023 stelde u het bestemmingsplan Kerkstraat vast.",
        "Op 27 maart 2023 stemde u in met de koers voor de opvang.",
    ],
)
def test_a_decision_of_the_council_addressed_as_u_is_a_council_decision(sentence: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise("Raadsvoorstel\n\nDatum: 12 juni 2023\n\nGeachte raad,\n\n" + sentence + "\n")
    assert ("raadsbesluit", "2023-03-27") in {(s["kind"], s["date"]) for s in draft.steps}


def test_a_college_list_keeps_the_council_decisions_its_items_recall() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst college van burgemeester en wethouders\n\nVergadering van 16 januari 2024"
        "\n\n1. Herontwikkeling stationsomgeving\nOp 30 september 2019 heeft de raad opdracht "
        "gegeven aan het college om de herontwikkeling te verkennen. Het college stemt in met het "
        "plan van aanpak.\n\n2. Verordening bezwaar\nDe huidige Verordening is op 15 december 1999 "
        "vastgesteld door de gemeenteraad. Het college stelt een nieuwe verordening voor.\n"
    )
    steps = sorted((s["kind"], s["date"]) for s in draft.steps)
    assert steps == [
        ("collegebesluit", "2024-01-16"),
        ("collegebesluit", "2024-01-16"),
        ("raadsbesluit", "1999-12-15"),
        ("raadsbesluit", "2019-09-30"),
    ]


def test_a_college_list_keeps_an_earlier_motion_named_by_its_day() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Besluitenlijst college van burgemeester en wethouders\n\nVergadering van 29 augustus 2023"
        "\n\n1. Paleisweekend\nKennisnemen van de motie “Dorp van Oranje” van 2 december 2021, "
        "waarin wordt opgeroepen om in overleg te gaan met het paleis.\n\n2. Groen\nHet college "
        "beantwoordt de motie Jansen en De Vries van november 2005, over de variatie bij "
        "groenaanplant.\n\n3. Kermis\nHet college stemt in met de motie over de kermis.\n"
    )
    motions = sorted((s["date"], s["status"]) for s in draft.steps if s["kind"] == "motie")
    assert motions == [("2005-11", "ingediend"), ("2021-12-02", "ingediend")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Het college gaat op 7 februari 2023 een besluit hierover nemen.", "aangekondigd"),
        (
            "De drie colleges zullen op 7 februari 2023 een besluit nemen over het stuk.",
            "aangekondigd",
        ),
        ("B&W-besluit d.d.: 7-2-2023", None),
    ],
)
def test_a_college_decision_to_come_or_named_by_its_field_is_a_step(
    sentence: str, status: str | None
) -> None:
    from besluitspoor.extract.recognize import recognise

    day = "26 januari 2023" if status else "1 maart 2023"
    draft = recognise(f"Nieuws\n\n{day}\n\n{sentence}\n", layout_name="nieuws")
    assert [(s["kind"], s["date"], s.get("status")) for s in draft.steps] == [
        ("collegebesluit", "2023-02-07", status)
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Op 6 juli jl. staakten de stemmen, 9 stemmen voor en 9 stemmen tegen.", "2022-07-06"),
        (
            "Behandeling in de commissie is op 9 maart en in de gemeenteraad op 22 maart.",
            "2022-03-22",
        ),
    ],
)
def test_a_tied_vote_or_a_proposal_routed_to_the_council_tells_a_council_meeting(
    sentence: str, day: str
) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Nieuws\n\n1 september 2022\n\n{sentence}\n", layout_name="nieuws")
    assert ("raadsvergadering", day) in {(s["kind"], s["date"]) for s in draft.steps}


def test_a_meeting_pages_own_business_is_no_decision() -> None:
    from besluitspoor.extract.recognize import recognise

    page = (
        "Raadsvergadering\n\ndonderdag 11 december 2025\n\n19:00 - 22:00\nLocatie\n\nRaadzaal\n\n"
        "Agendapunten\n\n  1. 1\n    Opening\n  2. 2\n    Zij heet iedereen welkom.\n"
        "  3. 3\n    Afhandeling raadsinstrumenten\n  4. 4\n    Besluitvorming hamerstukken\n"
        "  5. 5\n    Vaststellen overzicht moties en toezeggingen\n"
        "  6. 6\n    Terugkoppeling regionale vertegenwoordigingen\n"
        "  7. 7\n    Afscheid van mevrouw A. de Vries als lid van de raad\n"
        "  8. 8\n    Terugkoppeling motie Zwembad open\n"
        "  9. 9\n    Verordening parkeerbelastingen 2026\n\n    Besluit: unaniem aangenomen.\n"
    )
    decided = {s["title"] for s in recognise(page).steps if s["kind"] == "raadsbesluit"}
    assert decided == {"Terugkoppeling motie Zwembad open", "Verordening parkeerbelastingen 2026"}


@pytest.mark.parametrize(
    "text",
    [
        "Besluitenlijst raadsvergadering 18 december 2014\n\nDatum B&W besluit 25-11-2014\n"
        "Raad 18-12-2014\n\n1. Opening\n2. Verordening afvalstoffenheffing 2015\n"
        "Besluit: unaniem aangenomen.\n",
        "Raadsvergadering 18 december 2014\n\nAgenda raad 18-12-2014\n\nDe raad stelde de "
        "verordening afvalstoffenheffing 2015 unaniem vast.\n",
    ],
)
def test_a_meeting_named_on_the_records_route_and_by_the_layout_is_one_step(text: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(text)
    meetings = [s for s in draft.steps if s["kind"] == "raadsvergadering"]
    assert [(s["id"], s["date"]) for s in meetings] == [("raad-2014-12-18", "2014-12-18")]


def test_a_motion_told_above_and_listed_again_is_one_step() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terugblik raadsvergadering 12 november 2020\n\n"
        "Motie 'Roze Zorg' ingediend door de fracties GroenLinks en D66.\n\n"
        "Motie 'Groene daken' ingediend door de fractie OP.\n\n"
        "De volgende moties zijn aangehouden:\n"
        "- Motie 'Roze Zorg' ingediend door de fracties GroenLinks en D66.\n"
        "- Motie 'Groene daken' ingediend door de fractie OP.\n",
        layout_name="nieuws",
    )
    motions = sorted(s["title"] for s in draft.steps if s["kind"] == "motie")
    assert motions == ["Motie Groene daken", "Motie Roze Zorg"]


def test_motions_listed_under_each_outcome_heading_take_that_outcome() -> None:
    """ "De volgende moties zijn aangehouden:" over items that only say who moved them: held
    over, not merely moved; a list under an earlier heading keeps its own outcome."""
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Terugblik raadsvergadering 12 november 2020\n\n"
        "De volgende moties zijn verworpen:\n"
        "- Motie 'Steunfonds' ingediend door de fractie OP, met 2 stemmen voor en 20 tegen.\n"
        "- Motie 'Lagere heffing' ingediend door de fractie VVD.\n\n"
        "De volgende moties zijn aangehouden:\n"
        "- Motie 'Roze Zorg' ingediend door de fracties GroenLinks en D66.\n"
        "- Motie 'Groene daken' ingediend door de fractie OP.\n",
        layout_name="nieuws",
    )
    told = sorted((s["title"], s["status"]) for s in draft.steps if s["kind"] == "motie")
    assert told == [
        ("Motie Groene daken", "aangehouden"),
        ("Motie Lagere heffing", "verworpen"),
        ("Motie Roze Zorg", "aangehouden"),
        ("Motie Steunfonds", "verworpen"),
    ]


def test_motions_listed_under_a_heading_take_the_outcome_its_first_sentence_tells() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Samenvatting raadsvergadering 5 juli 2021\n\nMoties\n\n"
        "Er zijn bij de besluiten diverse moties (opdrachten voor het college) aangenomen.\n"
        " • Ontlast mantelzorg door onderzoek naar respijtzorg\n"
        " • Proef basisbanen\n",
        layout_name="nieuws",
    )
    told = sorted((s["title"], s["date"], s["status"]) for s in draft.steps if s["kind"] == "motie")
    assert told == [
        ("Motie Ontlast mantelzorg door onderzoek naar respijtzorg", "2021-07-05", "aangenomen"),
        ("Motie Proef basisbanen", "2021-07-05", "aangenomen"),
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the year named first anchors the day, but 12 October 2019 is a Saturday: of the years
        # in which it is a Thursday, 2017 and 2023 are as near 2020, and the later is taken
        (
            "Op donderdagavond 12 oktober vergaderde de raad. Het beleid is in 2020 vastgesteld "
            "en de omroep is aangewezen van 2024 tot en met 2028.",
            "2023-10-12",
        ),
        # an ambition far ahead is no anchor: 23 May is a Thursday in 2019, near 2017
        (
            "Op donderdag 23 mei vergadert de raad. In 2017 stelde de raad de agenda vast; in "
            "2050 wil de gemeente klimaatneutraal zijn.",
            "2019-05-23",
        ),
        # a weekday that fits the anchored year keeps it
        ("Op dinsdag 12 oktober 2021 ... De raad vergadert op dinsdag 12 oktober.", "2021-10-12"),
    ],
)
def test_a_day_dated_by_a_named_year_keeps_the_weekday_the_text_gives_it(
    text: str, iso: str
) -> None:
    from besluitspoor.extract import dates

    found = dates.day_in_named_year(text)
    assert found is not None and found.iso() == iso


def test_a_meeting_pages_words_about_itself_are_no_decisions() -> None:
    """The page naming its body, telling how to watch, when the council meets, what kind of
    meeting it is, where the proposals stand, a summary's heading, a list's own title: none of
    them is a decision; the item below them is."""
    from besluitspoor.extract.recognize import recognise

    page = (
        "Raadsvergadering\n\ndonderdag 11 december 2025\n\n19:00 - 22:00\n\n"
        "Agendapunten\n\n  1. 1\n    Gemeenteraad Zeestrand\n"
        "  2. 2\n    Deze vergadering bekijkt u live of achteraf op de website\n"
        "  3. 3\n    Raadsvergadering gemist of terugzien?\n"
        "  4. 4\n    De gemeenteraad vergadert om de 2 weken op dinsdagavond\n"
        "  5. 5\n    Betreft een oordeels- en besluitvormende vergadering\n"
        "  6. 6\n    De voorstellen staan bij punt 3 Besluitvorming\n"
        "  7. 7\n    Begroting 2026 in het kort\n"
        "  8. 8\n    Overzicht van moties en amendementen waarover is gestemd\n"
        "  9. 9\n    Raad: verhelderende vragen aan college\n"
        "  10. 10\n    Verordening parkeerbelastingen 2026\n\n    Besluit: unaniem aangenomen.\n"
    )
    decided = {s["title"] for s in recognise(page).steps if s["kind"] == "raadsbesluit"}
    assert decided == {"Verordening parkeerbelastingen 2026"}


@pytest.mark.parametrize(
    "title",
    ["Stemuitslag", "Toezeggingen", "Conform vastgesteld", "Wethouder Slomp", "5. 6", "2. -"],
)
def test_an_item_that_names_nothing_decided_is_no_decision(title: str) -> None:
    """A label, the page's furniture, a person or a number is no decision's title; the item
    that names what was decided is."""
    from besluitspoor.extract.recognize import recognise

    text = (
        "Besluitenlijst raadsvergadering 27 mei 2021\n\n"
        f"1. {title}\nBesluit: aangenomen\n\n"
        "2. Verordening parkeren 2022\nBesluit: unaniem aangenomen\n"
    )
    decided = [s["title"] for s in recognise(text).steps if s["kind"] == "raadsbesluit"]
    assert decided == ["Verordening parkeren 2022"]


def test_a_college_list_label_over_its_decisions_is_none_of_them() -> None:
    from besluitspoor.extract.recognize import _NO_SUBJECT

    assert _NO_SUBJECT.match("Het college heeft besloten:")
    assert _NO_SUBJECT.match("3. Hans Gaillard |")
    for title in ("Jaarrekening", "Verordening Parkeren", "Zwembad De Kom", "Begroting 2024"):
        assert not _NO_SUBJECT.match(title)


def test_a_decision_list_whose_items_the_college_decides_is_the_colleges() -> None:
    """ "Besluitenlijst 26 september 2023" says nothing of whose; items decided "Het college
    besluit ..." do, though those present are named with their first names in brackets."""
    from besluitspoor.extract.recognize import recognise

    text = (
        "Besluitenlijst 26 september 2023\n\nTijd: 9:30 - 12:00 uur\n"
        "Aanwezigen: W. (Wim) de Boer, N. (Nel) de Geus, M. (Mark) Klein\n\n"
        "Sociaal jaarverslag 2022\n\nJaarlijks stellen wij een sociaal jaarverslag op.\n\n"
        "Besluit:\n\nHet college besluit het sociaal jaarverslag 2022 vast te stellen.\n\n"
        "Regio-arrangement Rivierenland\n\nDe partners hebben veel plannen.\n\nBesluit:\n\n"
        "1. Het college besluit in te stemmen met het regio-arrangement.\n"
        "2. Het college besluit het raadsvoorstel over het regio-arrangement vast te stellen.\n"
        "3. Het college besluit het raadsvoorstel ter kennisname aan de raadsleden te sturen.\n"
    )
    draft = recognise(text)
    assert draft.layout == "besluitenlijst-college"
    assert {s["kind"] for s in draft.steps} == {"collegebesluit"}


def test_looking_back_is_furniture_only_when_it_is_the_meeting_watched_again() -> None:
    from besluitspoor.extract.layouts.agenda import procedural

    assert procedural("Deze vergadering kunt u terugzien via de website")
    assert not procedural("Terugkijken op tien jaar herindeling")
    assert not procedural("Evaluatie: terugkijken op de pilot")


def test_a_motion_withdrawn_is_named_without_the_particle_of_its_verb() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de raad\n\nDonderdag 14 maart 2024\n\n"
        "De VVD trok haar motie over de kermis in. Het CDA trok zijn amendement over de "
        "begroting in nadat de wethouder een toezegging deed.\n"
    )
    assert [(s["title"], s["status"]) for s in draft.steps if s["kind"] != "raadsvergadering"] == [
        ("Motie over de kermis", "ingetrokken"),
        ("Amendement over de begroting", "ingetrokken"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the college answering questions, point by point, the answer on the number's line
        "Klinkers voor de molen\n\nVraag 1. Waarom trekt de gemeente het aanbod in?\n\n"
        "Antwoord 1. Naar aanleiding van de brief hebben wij navraag gedaan.\n\n"
        "Vraag 2. Is er een verband met de financien?\n\nAntwoord 2. Nee, dat is er niet.\n",
        # ... or saying so in its opening sentence
        "Op 27 januari 2011 hebt u schriftelijke vragen ex art. 41 van het Reglement van Orde "
        "gesteld over het aanbieden van klinkers. Wij beantwoorden uw vragen als volgt.\n\n"
        "Het aanbod is ingetrokken omdat de stichting niet reageerde.\n",
        # a letter's salutation
        "Beste heer, mevrouw,\n\nDe gemeenteraad organiseert op 16 april 2019 een stadsronde "
        "over het investeringsbesluit. U bent van harte welkom.\n",
    ],
)
def test_a_letter_says_what_it_is_in_its_salutation_or_its_answers(text: str) -> None:
    from besluitspoor.extract import classify, document

    assert classify.layout_of(document.read(text)) == "brief"


def test_a_letter_is_quoted_by_its_title_and_its_opening_sentence() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Gemeente Houten\n\nTussenbericht tijdelijke bouw Houten-Oost\n\nBeste raadsleden,\n\n"
        "Omdat het al enige tijd stil is rondom dit onderwerp, geven we u een korte update. "
        "Het college verwacht in maart een voorstel.\n\nHouten, 20 februari 2024\n"
    )
    letter = next(s for s in draft.steps if s["kind"] == "brief")
    assert draft.quotes[f"steps/{letter['id']}"][-2:] == [
        "Tussenbericht tijdelijke bouw Houten-Oost",
        "Omdat het al enige tijd stil is rondom dit onderwerp, geven we u een korte update.",
    ]


def test_what_the_council_will_be_asked_at_a_meeting_to_come_is_that_meeting() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Opiniërende Raadsbijeenkomst\n\ndonderdag 10 december 2020\n\n"
        "Gebiedsvisie Dalweg\n\nDe raad wordt op 17 december 2020 voorgesteld de Gebiedsvisie "
        "Dalweg en de bijbehorende grondexploitatie vast te stellen.\n"
    )
    assert ("raadsvergadering", "2020-12-17", "aangekondigd") in {
        (s["kind"], s["date"], s.get("status")) for s in draft.steps
    }


def test_a_decision_dated_after_the_page_is_announced_not_taken() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Nieuws uit de raad\n\n5 maart 2023\n\n"
        "Op 10 maart neemt de raad een besluit over de parkeerverordening.\n"
    )
    (decision,) = [s for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert (decision["date"], decision.get("status"), "outcome" in decision) == (
        "2023-03-10",
        "aangekondigd",
        False,
    )


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "De raad komt dinsdag 3 september 2019 weer voor de Politieke avond bijeen.",
            "2019-09-03",
        ),
        ("22 juni 2022: Informatievergadering Ruimte & Duurzaamheid", "2022-06-22"),
        (
            "Op dinsdag 19 april 2016 organiseert de gemeenteraad een hoorzitting over de "
            "sportnotitie.",
            "2016-04-19",
        ),
    ],
)
def test_the_names_councils_give_their_preparing_meetings(sentence: str, day: str) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Agenda\n\n1 maart 2016\n\n{sentence}\n")
    assert ("commissievergadering", day) in {(s["kind"], s["date"]) for s in draft.steps}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Het college stelt de raad voor de Toekomstvisie gemeente Lopik 2030 vast te stellen.",
            "Voorstel: de Toekomstvisie gemeente Lopik 2030 vast te stellen",
        ),
        (
            "Voorstel van het college van burgemeester en wethouders inzake het hoofdlijnendocument "
            "Omgevingsvisie Coevorden",
            "Voorstel: het hoofdlijnendocument Omgevingsvisie Coevorden",
        ),
        (
            "Het college vraagt de gemeenteraad in het raadsvoorstel ‘Bestuurlijke lus Dijkweg’ in "
            "te stemmen met de aanvullende motivering.",
            "Voorstel: in te stemmen met de aanvullende motivering",
        ),
    ],
)
def test_news_of_a_meeting_to_come_names_the_proposals_put_to_the_council(
    sentence: str, title: str
) -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(f"Agenda van de raad\n\n25 januari 2011\n\n{sentence}\n")
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsvoorstel"] == [title]


def test_a_meeting_page_names_the_proposal_it_says_the_council_is_asked_to_adopt() -> None:
    from besluitspoor.extract.recognize import recognise

    draft = recognise(
        "Politieke Avond 19 juni 2024\n\nIn het raadsvoorstel wordt de raad gevraagd het "
        "Integraal Huisvestingsplan Onderwijs 2024-2028 vast te stellen.\n",
        layout_name="nieuws",
    )
    assert [s["title"] for s in draft.steps if s["kind"] == "raadsvoorstel"] == [
        "Voorstel: het Integraal Huisvestingsplan Onderwijs 2024-2028 vast te stellen"
    ]


def test_the_meeting_a_page_reports_on_quotes_the_sentence_that_gives_its_day() -> None:
    draft = recognise(
        "Terugblik Algemene beschouwingen Zomernota 2024\n\n"
        "5 juli 2024\n\n"
        "Afgelopen donderdag 4 juli 2024 waren de algemene beschouwingen over de zomernota. "
        "Onze fractie sprak over de woningbouw.\n\n"
        "De raad heeft op 4 juli 2024 de zomernota vastgesteld.\n"
    )
    meeting = next(s for s in draft.steps if s["kind"] == "raadsvergadering")
    assert meeting["date"] == "2024-07-04"
    said = draft.quotes[f"steps/{meeting['id']}"]
    # the title that names the meeting, and the sentence that gives its day (no word of a
    # council meeting in it), besides the decision it was found by
    assert "Terugblik Algemene beschouwingen Zomernota 2024" in said
    assert any(q.startswith("Afgelopen donderdag 4 juli 2024") for q in said)


def test_a_sentence_that_only_names_the_meetings_day_is_its_source() -> None:
    draft = recognise(
        "Begroting en lening\n\n"
        "10 november 2025\n\n"
        "De besluitvorming over de begroting en de lening vond plaats op 6 november 2025. "
        "Het college had voorgesteld de lening te verstrekken.\n\n"
        "Op 6 november 2025 heeft de raad de begroting vastgesteld.\n"
    )
    meeting = next(s for s in draft.steps if s["kind"] == "raadsvergadering")
    assert meeting["date"] == "2025-11-06"
    assert any(
        q.startswith("De besluitvorming over de begroting en de lening vond plaats op")
        for q in draft.quotes[f"steps/{meeting['id']}"]
    )


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # a party's support, a debate, a motion that was there: named by what it is about
        (
            "Ook steunde de LPB de motie van GL/PvdA over gasloze nieuwbouw.",
            "Motie van GL/PvdA over gasloze nieuwbouw",
        ),
        (
            "Er was een motie over het weren van oude brommers uit de binnenstad.",
            "Motie over het weren van oude brommers uit de binnenstad",
        ),
        (
            "Tot slot werd er gesproken over de uitgestelde motie over het Westland.",
            "Motie over het Westland",
        ),
        # a motion of censure given, got or moved, named by what it is (not by the words after)
        (
            "Het college kreeg een motie van treurnis, omdat de raad niet op tijd was ingelicht.",
            "Motie van treurnis",
        ),
        (
            "Na een schorsing lanceerde Van der Wilt (PvdA) een motie van afkeuring.",
            "Motie van afkeuring",
        ),
        (
            "Het kwam de wethouder zelfs op een motie van wantrouwen te staan.",
            "Motie van wantrouwen",
        ),
        (
            "De VVD diende namens de oppositie een motie van wantrouwen in tegen het college.",
            "Motie van wantrouwen tegen het college",
        ),
    ],
)
def test_a_motion_named_by_its_subject_is_one_even_where_its_fate_is_not_told(
    sentence: str, title: str
) -> None:
    draft = recognise(f"Raadsvergadering 31 mei 2025\n\n{sentence}\n", layout_name="nieuws")
    motions = [s for s in draft.steps if s["kind"] == "motie"]
    assert [(s["title"], s["date"], s["status"]) for s in motions] == [
        (title, "2025-05-31", "ingediend")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # what such a motion is, a verb's particle, motions in general: none named
        "Een motie vreemd is een motie over een onderwerp dat niet op de agenda staat.",
        "De burgemeester leest de titel van de motie voor en stelt dat de motie niet spoedeisend "
        "is.",
        "We lichten een aantal moties over de begroting kort toe.",
        "Een motie van afkeuring is een mildere vorm van een motie van wantrouwen.",
    ],
)
def test_a_motion_mentioned_but_not_named_by_its_subject_is_no_step(sentence: str) -> None:
    draft = recognise(f"Raadsvergadering 31 mei 2025\n\n{sentence}\n", layout_name="nieuws")
    assert not [s for s in draft.steps if s["kind"] == "motie"]


def test_a_report_titled_raadsverslag_under_its_publishing_day_is_that_meetings() -> None:
    draft = recognise(
        "29 december 2014\n\nVerslag raadsvergadering\n\nRaadsverslag 18 december 2014\n\n"
        "Bij de opening\n\nDe voorzitter staat stil bij het overlijden van een raadslid.\n"
    )
    assert [(s["kind"], s["date"]) for s in draft.steps] == [("raadsvergadering", "2014-12-18")]
    # ("Jaarverslag 2014" is no report of a meeting: its year names none)


def test_a_page_about_a_meeting_takes_the_day_an_opening_line_gives_it() -> None:
    # a heading that names the meeting without its day, then one with it
    draft = recognise(
        "Nieuws van de fractie\n\n20 juli 2011\n\nOnze week in de raadsvergadering\n\n"
        "De algemene beschouwingen van donderdag 14 juli 2011 duurden lang. Onze fractie vond de "
        "jaarrekening een goed stuk.\n",
        layout_name="nieuws",
    )
    meetings = [(s["kind"], s["date"]) for s in draft.steps if s["kind"] == "raadsvergadering"]
    assert meetings == [("raadsvergadering", "2011-07-14")]


def test_decisions_a_sentence_says_were_taken_are_each_a_decision() -> None:
    draft = recognise(
        "Nieuws uit de raad\n\n3 juli 2014\n\n"
        "Andere besluiten die in de vergadering van 1 juli 2014 werden genomen waren de "
        "vaststelling van de verordening leerlingenvervoer 2014, de aanschaf van nieuwe AED's en "
        "het beschikbaar stellen van een subsidiepot voor woningisolatie.\n",
        layout_name="nieuws",
    )
    decided = [(s["date"], s["title"]) for s in draft.steps if s["kind"] == "raadsbesluit"]
    assert decided == [
        ("2014-07-01", "De vaststelling van de verordening leerlingenvervoer 2014"),
        ("2014-07-01", "De aanschaf van nieuwe AED's"),
        ("2014-07-01", "Het beschikbaar stellen van een subsidiepot voor woningisolatie"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Woensdag 1 maart 2023 werd tijdens de meningvormende vergadering het raadsvoorstel "
        "besproken.",
        "Op 1 maart 2023 was de opiniërende vergadering over de jaarrekening.",
    ],
)
def test_the_judging_round_by_its_other_names_is_a_committee_meeting(sentence: str) -> None:
    draft = recognise(f"Nieuws uit de raad\n\n3 maart 2023\n\n{sentence}\n", layout_name="nieuws")
    met = [s for s in draft.steps if s["kind"] == "commissievergadering"]
    assert [(s["date"], s.get("nature")) for s in met] == [("2023-03-01", "oordeelsvormend")]
