"""Fuzzy dates: every form of the format, precision kept, impossible dates refused."""

from __future__ import annotations

from datetime import date

import pytest

from besluitspoor.fuzzydate import (
    FuzzyDate,
    FuzzyDateError,
    before,
    on_or_before,
    parse_time,
    time_interval,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022", FuzzyDate(2022)),
        ("2022-01", FuzzyDate(2022, 1)),
        ("2023-01-18", FuzzyDate(2023, 1, 18)),
        ("18 januari 2023", FuzzyDate(2023, 1, 18)),
        ("januari 2022", FuzzyDate(2022, 1)),
        ("Januari 2022", FuzzyDate(2022, 1)),
        ("jan 2022", FuzzyDate(2022, 1)),
        ("13 dec. 2022", FuzzyDate(2022, 12, 13)),
        ("13 dec 2022", FuzzyDate(2022, 12, 13)),
        ("dinsdag 14 maart 2023", FuzzyDate(2023, 3, 14)),
        ("di 14 mrt 2023", FuzzyDate(2023, 3, 14)),
        ("14-3-2023", FuzzyDate(2023, 3, 14)),
        ("14/03/2023", FuzzyDate(2023, 3, 14)),
        ("1 mei 2021", FuzzyDate(2021, 5, 1)),
        ("29 februari 2024", FuzzyDate(2024, 2, 29)),
        ("  30 november 2022 ", FuzzyDate(2022, 11, 30)),
    ],
)
def test_parses_every_form_with_its_precision(text: str, expected: FuzzyDate) -> None:
    assert FuzzyDate.parse(text) == expected


def test_month_only_does_not_take_todays_day() -> None:
    # dateutil fills a missing day from its default; the precision must stay "month".
    parsed = FuzzyDate.parse("juni 2022")
    assert parsed.precision == "month"
    assert parsed.day is None
    assert (parsed.first, parsed.last) == (date(2022, 6, 1), date(2022, 6, 30))


def test_year_is_an_interval() -> None:
    assert FuzzyDate.parse(2022) == FuzzyDate(2022)
    assert FuzzyDate(2022).last == date(2022, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "31 februari 2023",
        "29 februari 2023",
        "2023-13",
        "2023-02-30",
        "31-4-2023",
        "maandag 14 maart 2023",  # 14 March 2023 was a Tuesday
        "in de ochtend van 13 december",  # no year: free text never invents a date
        "de raad besloot op 18 januari 2023",  # a sentence is not a date
        "18 janvier 2023",
        "",
        "2023-1-5",
    ],
)
def test_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(FuzzyDateError):
        FuzzyDate.parse(text)


def test_weekday_mismatch_names_the_real_day() -> None:
    with pytest.raises(FuzzyDateError, match="is een dinsdag, geen maandag"):
        FuzzyDate.parse("maandag 14 maart 2023")


def test_datetime_and_other_types_are_refused() -> None:
    from datetime import datetime

    with pytest.raises(FuzzyDateError):
        FuzzyDate.parse(datetime(2023, 1, 1, 10, 0))
    with pytest.raises(FuzzyDateError):
        FuzzyDate.parse(1.5)
    assert FuzzyDate.parse(date(2023, 1, 2)) == FuzzyDate(2023, 1, 2)


@pytest.mark.parametrize("text", ["2022", "2022-06", "2022-06-30"])
def test_iso_round_trip_keeps_precision(text: str) -> None:
    assert FuzzyDate.parse(text).iso() == text


def test_display_as_given() -> None:
    assert FuzzyDate(2022, 1).display() == "jan 2022"
    assert FuzzyDate(2022, 11, 30).display() == "30 nov 2022"
    assert FuzzyDate(2023, 1, 18).display("long") == "18 januari 2023"
    assert FuzzyDate(2023, 3).display("long") == "maart 2023"
    assert FuzzyDate(2023, 3, 1).display("long", "en") == "1 March 2023"
    assert FuzzyDate(2022).display() == "2022"


def test_three_valued_comparison() -> None:
    june, day_in_june = FuzzyDate(2022, 6), FuzzyDate(2022, 6, 15)
    assert before(FuzzyDate(2022, 5, 31), june) is True
    assert before(day_in_june, june) is None  # overlapping intervals: cannot tell
    assert before(FuzzyDate(2022, 7, 1), june) is False
    assert before(FuzzyDate(2022, 6, 30), FuzzyDate(2022, 6, 30)) is False
    assert on_or_before(FuzzyDate(2022, 6, 30), FuzzyDate(2022, 6, 30)) is True
    assert on_or_before(june, FuzzyDate(2022, 6, 30)) is True
    assert on_or_before(june, FuzzyDate(2022, 6, 29)) is None
    assert on_or_before(FuzzyDate(2023), FuzzyDate(2022, 12, 31)) is False


def test_time_of_day() -> None:
    assert parse_time("ochtend") == "ochtend"
    assert parse_time("9:05") == "09:05"
    assert time_interval("ochtend") < time_interval("avond")
    assert time_interval("10:00")[0] >= time_interval("ochtend")[0]
    assert time_interval(None) == (0, 1440)
    for bad in ("25:00", "nacht", "10.30", 1030):
        with pytest.raises(FuzzyDateError):
            parse_time(bad)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("derde kwartaal 2023", "2023-07-01", "2023-09-30"),
        ("Q3 2023", "2023-07-01", "2023-09-30"),
        ("voorjaar 2024", "2024-03-01", "2024-05-31"),
        ("najaar 2023", "2023-09-01", "2023-11-30"),
        ("medio 2023", "2023-06-01", "2023-07-31"),
        ("eind 2023", "2023-10-01", "2023-12-31"),
        ("zomer 2023", "2023-06-01", "2023-08-31"),
        ("2e helft 2023", "2023-07-01", "2023-12-31"),
        ("begin juni 2021", "2021-06-01", "2021-06-30"),
        ("week 12 2023", "2023-03-20", "2023-03-26"),
        ("week 2 - 2023", "2023-01-09", "2023-01-15"),  # as a list's title writes it
        # the same in English, for --lang en
        ("third quarter of 2023", "2023-07-01", "2023-09-30"),
        ("spring 2024", "2024-03-01", "2024-05-31"),
        ("autumn 2023", "2023-09-01", "2023-11-30"),
        ("mid 2023", "2023-06-01", "2023-07-31"),
        ("the end of 2023", "2023-10-01", "2023-12-31"),
        ("early 2024", "2024-01-01", "2024-03-31"),
        ("second half of 2023", "2023-07-01", "2023-12-31"),
        ("after the summer of 2024", "2024-09-01", "2024-10-31"),
    ],
)
def test_a_councils_words_for_time_are_the_period_they_name(
    text: str, first: str, last: str
) -> None:
    period = FuzzyDate.parse(text)
    assert (period.first.isoformat(), period.last.isoformat()) == (first, last)
    assert FuzzyDate.parse(period.iso()) == period  # stored as ISO, read back the same


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = st.sampled_from(
    ["eerste kwartaal", "tweede kwartaal", "derde kwartaal", "vierde kwartaal", "voorjaar",
     "zomer", "najaar", "medio", "begin", "eind", "eerste helft", "tweede helft",
     "first quarter of", "fourth quarter", "spring", "summer", "autumn", "mid", "early",
     "end of", "first half of", "second half of"]
)  # fmt: skip


@given(_WORDS, st.integers(min_value=1950, max_value=2090))
def test_every_period_in_words_reads_back_from_its_iso_text(word: str, year: int) -> None:
    period = FuzzyDate.parse(f"{word} {year}")
    assert period.first.year == year and period.first <= period.last
    assert FuzzyDate.parse(period.iso()) == period


@pytest.mark.parametrize(
    ("text", "iso"),
    [("8 February 2023", "2023-02-08"), ("March 2024", "2024-03"), ("1 May 2021", "2021-05-01")],
)
def test_english_month_names_are_read(text: str, iso: str) -> None:
    assert FuzzyDate.parse(text).iso() == iso


@pytest.mark.parametrize(
    ("text", "iso", "first", "last"),
    [
        ("vóór 2007-05-31", "vóór 2007-05-31", date(1800, 1, 1), date(2007, 5, 30)),
        ("voor 31 mei 2007", "vóór 2007-05-31", date(1800, 1, 1), date(2007, 5, 30)),
        ("before 2007-05-31", "vóór 2007-05-31", date(1800, 1, 1), date(2007, 5, 30)),
        ("vóór mei 2007", "vóór 2007-05", date(1800, 1, 1), date(2007, 4, 30)),
        ("na 1 juni 2007", "na 2007-06-01", date(2007, 6, 2), date(2199, 12, 31)),
        ("after 2007", "na 2007", date(2008, 1, 1), date(2199, 12, 31)),
    ],
)
def test_an_open_date_is_known_from_one_side(text: str, iso: str, first: date, last: date) -> None:
    parsed = FuzzyDate.parse(text)
    assert (parsed.iso(), parsed.first, parsed.last, parsed.precision) == (iso, first, last, "open")
    assert FuzzyDate.parse(parsed.iso()) == parsed  # export writes what import reads


def test_open_dates_compare_three_valued_and_read_as_said() -> None:
    early = FuzzyDate.parse("vóór 2007-05-31")
    assert before(early, FuzzyDate.parse("2007-05-31")) is True
    assert before(early, FuzzyDate.parse("2007-05-01")) is None  # it may have been later
    assert early.near == date(2007, 5, 30)  # a trail places it just before its day
    assert early.display("long") == "vóór 31 mei 2007"
    assert early.display("short", "en") == "before 31 may 2007"
    # "voor de zomer van 2024" is a period in words, not an open date
    assert FuzzyDate.parse("voor de zomer van 2024") == FuzzyDate(2024, 7)
    with pytest.raises(FuzzyDateError):
        FuzzyDate.parse("vóór okt t/m dec 2018")  # open, but a period after the word
