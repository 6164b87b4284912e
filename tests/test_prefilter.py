"""The cheap test before a costly pattern: the words a pattern needs, read from the pattern, and
never a text the pattern matches turned away."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from besluitspoor import outcomes
from besluitspoor.extract.recognize import _PROMISE
from besluitspoor.prefilter import Prefiltered, required


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        # each alternative's own word; a shared start spelt out with each ending
        (r"\bzegde\b.*\btoe\b|\btoegezegd\b", re.I, {"zegde", "toegezegd"}),
        (r"\b(?:zal|zullen)\s+(?:informeren|melden)\b", re.I, {"informeren", "melden"}),
        (r"\bz(?:al|ullen)\b", re.I, {"zal", "zullen"}),
        # the longest fixed run of a sequence; a class of a few letters is spelt out
        (r"ge[iï]nformeerd\s+\w+", re.I, {"geinformeerd", "geïnformeerd"}),
        # a repeat that must occur counts, one that may not does not
        (r"(?:nog\s+)?terug(?:komen)?", re.I, {"terug"}),
        (r"(?:moties\s+)+ingediend", 0, {"ingediend"}),
        # case folded: what IGNORECASE matches in any case
        (r"Toezegging", 0, {"toezegging"}),
    ],
)
def test_the_words_a_pattern_needs(pattern: str, flags: int, words: set[str]) -> None:
    assert required(pattern, flags) == words


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d{1,2}-\d{1,2}-\d{4}",  # no fixed text at all
        r"toezegging|\w+\s",  # one alternative needs no word
        r"(?:toezegging)?\s+",  # the word may be left out
        r"a|toezegging",  # a word of one letter tests nothing
    ],
)
def test_a_pattern_that_needs_no_word_is_asked_of_every_text(pattern: str) -> None:
    assert required(pattern) is None
    text = "Op 12-3-2024 a"
    assert Prefiltered(re.compile(pattern)).search(text) is not None
    assert re.search(pattern, text) is not None


_SHIPPED = [_PROMISE, outcomes._COUNTS_ASKED, *(p for _, p in outcomes._WORDS_ASKED)]
_VOCABULARY = sorted(
    {w.strip() for p in _SHIPPED for w in (p.words or ()) if w.strip()}
    | {"de", "raad", "het", "college", "wethouder", "motie", "15", "voor", "4", "tegen", ".", ","}
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_VOCABULARY) | st.text(max_size=6), max_size=25),
    st.sampled_from(range(len(_SHIPPED))),
)
def test_the_shipped_patterns_answer_as_they_did_without_the_test(
    words: list[str], which: int
) -> None:
    text = " ".join(words)
    shipped = _SHIPPED[which]
    plain = shipped.compiled.search(text)
    asked = shipped.search(text)
    assert (plain and plain.span()) == (asked and asked.span())


def test_a_sentence_without_the_words_is_not_asked() -> None:
    promise = Prefiltered(re.compile(r"\bzal\b[^.]*\binformeren\b|\btoegezegd\b", re.I))
    assert promise.words == {"informeren", "toegezegd"}
    assert promise.search("De raad vergaderde lang.") is None
    assert promise.search("Het college zal de raad in juni INFORMEREN.") is not None
