"""A cheap test before a costly pattern: the words without one of which a pattern cannot match.

The largest patterns (the promise pattern has some fifty alternatives) try each alternative at
every position of every sentence, and most sentences hold none of their words. `Prefiltered`
reads from the pattern itself, once, a set of strings of which every match must contain one
("toezegging", "zal", "zullen", "terug", ...), and asks the costly pattern only of a text that
holds one of them. Being derived from the pattern, the test cannot drift from it: a pattern
whose alternatives do not all require a word of at least two letters is asked of every text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MAX_STRINGS = 256  # beyond this many alternatives a run is not worth spelling out
_SHORTEST = 2  # a required string shorter than this tests nothing


def required(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (case-folded) of which every match of `pattern` contains at least one, or None
    when the pattern does not require such a string of at least `_SHORTEST` characters."""
    found = _required_seq(list(sre_parse.parse(pattern, flags)))
    if not found or min(map(len, found)) < _SHORTEST:
        return None
    return frozenset(found)


class Prefiltered:
    """A compiled pattern asked only of texts that hold one of its required strings (read from
    the pattern when it is first asked: a command that never asks it does not pay for that)."""

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled

    @cached_property
    def words(self) -> frozenset[str] | None:
        return required(self.compiled.pattern, self.compiled.flags)

    @cached_property
    def _holds_one(self) -> re.Pattern[str] | None:
        # (one pattern of the words, longest first: half the time of asking for each in turn)
        if self.words is None:
            return None
        return re.compile("|".join(map(re.escape, sorted(self.words, key=lambda w: (-len(w), w)))))

    def search(self, text: str) -> re.Match[str] | None:
        if self._holds_one is not None and self._holds_one.search(text.casefold()) is None:
            return None
        return self.compiled.search(text)


def _required_seq(seq: list[tuple[Any, Any]]) -> set[str] | None:
    """The best set of required strings of a sequence of items: the run of fixed text with the
    longest shortest alternative (few alternatives break a tie)."""
    runs: list[set[str]] = []
    current = {""}
    for op, av in seq:
        fixed = _finite(op, av)
        if fixed is not None and len(current) * len(fixed) <= _MAX_STRINGS:
            current = {a + b for a in current for b in fixed}
            continue
        runs.append(current)
        current = {""}
        if fixed is not None:  # too many to combine with what went before: a run of its own
            current = fixed
            continue
        inner = _required_item(op, av)
        if inner:
            runs.append(inner)
    runs.append(current)
    runs = [run for run in runs if all(run)]
    if not runs:
        return None
    return max(runs, key=lambda run: (min(map(len, run)), -len(run)))


def _required_item(op: Any, av: Any) -> set[str] | None:
    """What an item that matches no fixed text requires: a group's or each branch's run, a
    repeat's body when it must occur."""
    if op is sre.SUBPATTERN:
        return _required_seq(list(av[3]))
    if op is sre.BRANCH:
        return _each_branch(av[1], _required_seq)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = av
        return _required_seq(list(body)) if low >= 1 else None
    return None


def _finite(op: Any, av: Any) -> set[str] | None:
    """The fixed texts an item matches (case-folded), when they are few: a letter, a group or
    an alternation of fixed words, a class of a few letters; a word boundary matches the empty
    text. None for anything else (a class of many letters, a repeat, a lookaround)."""
    if op is sre.LITERAL:
        return {chr(av).casefold()}
    if op is sre.AT:
        return {""}
    if op is sre.IN:
        letters = {chr(v).casefold() for o, v in av if o is sre.LITERAL}
        return letters if len(letters) == len(av) and len(letters) <= 4 else None
    if op is sre.SUBPATTERN:
        return _finite_seq(list(av[3]))
    if op is sre.BRANCH:
        out = _each_branch(av[1], _finite_seq)
        return out if out is not None and len(out) <= _MAX_STRINGS else None
    return None


def _each_branch(
    branches: list[Any], read: Callable[[list[tuple[Any, Any]]], set[str] | None]
) -> set[str] | None:
    """What an alternation needs: what each of its branches needs, when each needs something."""
    out: set[str] = set()
    for branch in branches:
        part = read(list(branch))
        if not part:
            return None
        out |= part
    return out


def _finite_seq(seq: list[tuple[Any, Any]]) -> set[str] | None:
    current = {""}
    for op, av in seq:
        fixed = _finite(op, av)
        if fixed is None or len(current) * len(fixed) > _MAX_STRINGS:
            return None
        current = {a + b for a in current for b in fixed}
    return current
