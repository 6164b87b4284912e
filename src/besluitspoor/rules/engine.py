"""The rule engine: a context per dossier and rule, findings, and the run over a dossier.

A rule answers three-valued: met, not met, or unknown (a fact is unknown, or fuzzy dates
overlap). Unknown gives `needs-data`; not met with a deadline still ahead gives `pending`; only
not met by a passed deadline is a `violation`. Pending and needs-data are always severity info.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from datetime import date as Day
from types import ModuleType
from typing import Any, Literal

from besluitspoor import vocab
from besluitspoor.fuzzydate import (
    MONTH_LONG_EN,
    MONTH_LONG_NL,
    MONTH_SHORT_EN,
    MONTH_SHORT_NL,
    FuzzyDate,
    before,
    on_or_before,
    time_interval,
)
from besluitspoor.model import Dossier, Precondition, Promise, StepBase
from besluitspoor.requirements import RequiredStep
from besluitspoor.trail import ordered_steps

Kind = Literal["violation", "pending", "needs-data", "note"]
Severity = vocab.Severity
SEVERITIES = vocab.SEVERITIES
KINDS: tuple[Kind, ...] = ("violation", "pending", "needs-data", "note")
Tri = bool | None


@dataclass(frozen=True)
class Finding:
    rule: str
    kind: Kind
    severity: Severity
    dossier: str
    subject: str | None
    message: str
    source: str
    evidence: tuple[str, ...] = ()
    # The day a duty falls due (the last day of a fuzzy date), for the agenda; not part of the
    # check's JSON, which stays as it was.
    falls_due: date | None = field(default=None, compare=False)
    # Items it rests on that are still to review (nakijken): the finding is only as sure as they.
    unreviewed: tuple[str, ...] = ()

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.dossier, SEVERITIES.index(self.severity), self.rule, self.subject or "")

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "kind": self.kind,
            "severity": self.severity,
            "dossier": self.dossier,
            "subject": self.subject,
            "message": self.message,
            "source": self.source,
            "evidence": list(self.evidence),
            **({"unreviewed": list(self.unreviewed)} if self.unreviewed else {}),
        }


# --- three-valued dates -------------------------------------------------------------------------


def step_before(a: StepBase, b: StepBase) -> Tri:
    """Is step a strictly before step b? On the same day the time of day decides."""
    if a.date.precision == "day" and b.date.precision == "day" and a.date.first == b.date.first:
        (a0, a1), (b0, b1) = time_interval(a.time), time_interval(b.time)
        if a1 <= b0:
            return True
        if a0 >= b1:
            return False
        return None
    return before(a.date, b.date)


def step_on_or_before(a: StepBase, b: StepBase) -> Tri:
    """Is step a on or before step b? The same day counts as on, unless times say otherwise."""
    same_day = (
        a.date.precision == "day" and b.date.precision == "day" and a.date.first == b.date.first
    )
    if same_day and (a.time is None or b.time is None or a.time == b.time):
        return True
    later = step_before(b, a)
    return None if later is None else not later


def by_deadline(a: FuzzyDate, deadline: FuzzyDate) -> Tri:
    """Is a by the deadline? A deadline means the end of its interval: 'november 2022' is met
    by 30 November 2022."""
    if a.last <= deadline.last:
        return True
    if a.first > deadline.last:
        return False
    return None


def passed(deadline: FuzzyDate, as_of: date) -> bool:
    """Has the whole deadline gone by on as_of?"""
    return deadline.last < as_of


@dataclass(frozen=True)
class Deadline:
    """A due date: an event (the start, a step: done on or before it) or a period (by its end)."""

    date: FuzzyDate | None
    event: bool

    def met_by(self, when: FuzzyDate) -> Tri:
        assert self.date is not None
        return on_or_before(when, self.date) if self.event else by_deadline(when, self.date)

    def passed(self, as_of: Day) -> bool:
        assert self.date is not None
        return passed(self.date, as_of)


@dataclass(frozen=True)
class Param:
    """A parameter a rule takes: its default (written only here) and what it means. Profiles
    may override it (`params:`); an unknown or wrong one in a profile is refused."""

    default: int
    help: str
    minimum: int = 0
    nl: str = ""  # what it means in Dutch, as `rules ID` shows it


# --- the context a rule runs in -----------------------------------------------------------------


@dataclass
class Context:
    """One dossier, one rule: the facts a rule reads, and the findings it makes."""

    dossier: Dossier
    as_of: date
    lang: str = "nl"
    params: dict[str, Any] = field(default_factory=dict)
    severities: dict[str, Severity] = field(default_factory=dict)
    required: tuple[RequiredStep, ...] = ()
    # Matters a law reserves to the council's verordening: the catalogue's and the profile's.
    reserved: dict[str, str] = field(default_factory=lambda: dict(vocab.RESERVED_TO_VERORDENING))
    rule: ModuleType | None = None
    # The date of every step of the whole dossier, also those after as-of or only announced:
    # a deadline "before step X" holds whether or not X has happened yet.
    step_dates: dict[str, FuzzyDate] | None = None
    _ordered: list[StepBase] | None = None

    def __post_init__(self) -> None:
        # Ordered once per dossier: every rule's context shares it (replace() copies it).
        # An announced step has not (yet) been seen to happen, and a step taken but not valid
        # (`defect`) does not count: neither is a fact of the trail the rules may lean on.
        if self._ordered is None:
            self._ordered = [
                s for s in ordered_steps(self.dossier) if not s.announced and s.defect is None
            ]
        if self.step_dates is None:
            self.step_dates = {s.id: s.date for s in self.dossier.steps}

    def for_rule(self, rule: ModuleType) -> Context:
        return replace(self, rule=rule)

    # facts ------------------------------------------------------------------------------------

    @property
    def start(self) -> FuzzyDate | None:
        return self.dossier.dossier.start

    @property
    def steps(self) -> list[StepBase]:
        """The trail in date order."""
        assert self._ordered is not None
        return self._ordered

    def steps_of(self, kind: str, **keys: Any) -> list[StepBase]:
        """Steps of a kind whose keys have the given values (e.g. decision="verordening")."""
        return [
            s
            for s in self.steps
            if s.kind == kind and all(getattr(s, k, None) == v for k, v in keys.items())
        ]

    def steps_of_any(self, kinds: Iterable[str]) -> list[StepBase]:
        """Steps of any of these kinds, in date order (e.g. vocab.INFORMS_COUNCIL)."""
        wanted = set(kinds)
        return [s for s in self.steps if s.kind in wanted]

    def step(self, step_id: str | None) -> StepBase | None:
        if step_id is None:
            return None
        return next((s for s in self.steps if s.id == step_id), None)

    def before_start(self, steps: Iterable[StepBase]) -> tuple[list[StepBase], list[StepBase]]:
        """(steps surely on or before start, steps that may be) — start must be known."""
        assert self.start is not None
        sure, maybe = [], []
        for step in steps:
            answer = on_or_before(step.date, self.start)
            if answer:
                sure.append(step)
            elif answer is None:
                maybe.append(step)
        return sure, maybe

    def required_by_start(
        self, steps: Iterable[StepBase], unknown_key: str = "needs_order", **fields: Any
    ) -> Finding | None:
        """For "one of these steps must lie on or before the start": None when one surely does;
        needs-data when one may; else pending while the start is ahead, a violation after."""
        sure, maybe = self.before_start(steps)
        if sure:
            return None
        if maybe:
            return self.needs_data(evidence=[s.id for s in maybe], key=unknown_key, **fields)
        assert self.start is not None
        if passed(self.start, self.as_of):
            return self.violation(**fields)
        return self.pending(**fields)

    def decision(self) -> StepBase | None:
        """The decision: the latest collegebesluit on or before start, else the latest
        raadsbesluit on or before start (only those surely on or before it)."""
        return self.decision_or_maybe()[0]

    def decision_or_maybe(self) -> tuple[StepBase | None, list[StepBase]]:
        """(the decision, as `decision()`; when there is none, the candidates that may lie on
        or before the start). An uncertain candidate is a question, not an absence: rules
        give needs-data for it rather than dropping it."""
        if self.start is None:
            return None, []
        maybe_all: list[StepBase] = []
        for kind in ("collegebesluit", "raadsbesluit"):
            sure, maybe = self.before_start(self.steps_of(kind))
            if sure:
                return sure[-1], []
            maybe_all.extend(maybe)
        return None, maybe_all

    def deadline(self, item: Precondition | Promise) -> Deadline | None:
        """When a promise or precondition is due: before the step named in `due_before`, at
        the start (`due: start`; a precondition's default), or by the end of a `due` date.
        None when there is no deadline; a Deadline with date None when it cannot be known."""
        if item.due_before is not None:
            assert self.step_dates is not None
            return Deadline(self.step_dates.get(item.due_before), event=True)
        due = item.due if item.due is not None or isinstance(item, Promise) else "start"
        if due is None:
            return None
        if due == "start":
            return Deadline(self.start, event=True)
        assert isinstance(due, FuzzyDate)
        return Deadline(due, event=False)

    def param(self, name: str) -> int:
        """The rule's parameter `name`: the profile's value, else the rule's default."""
        assert self.rule is not None
        declared: Param = self.rule.PARAMS[name]
        return int(self.params.get(name, declared.default))

    # findings -----------------------------------------------------------------------------------

    def _make(
        self,
        kind: Kind,
        key: str,
        subject: str | None,
        evidence: Iterable[str],
        severity: Severity | None,
        fields: dict[str, Any],
        falls_due: date | None = None,
    ) -> Finding:
        rule = self.rule
        assert rule is not None, "a finding needs a rule"
        text = self.text(key, **fields)
        if severity is None:
            severity = (
                "info" if kind != "violation" else self.severities.get(rule.ID, rule.SEVERITY)
            )
        return Finding(
            rule=rule.ID,
            kind=kind,
            severity=severity,
            dossier=self.dossier.id,
            subject=subject,
            message=text,
            source=rule.SOURCE,
            evidence=tuple(dict.fromkeys(evidence)),
            falls_due=falls_due,
        )

    def violation(
        self,
        subject: str | None = None,
        evidence: Iterable[str] = (),
        key: str = "violation",
        severity: Severity | None = None,
        falls_due: date | None = None,
        **fields: Any,
    ) -> Finding:
        return self._make("violation", key, subject, evidence, severity, fields, falls_due)

    def pending(
        self,
        subject: str | None = None,
        evidence: Iterable[str] = (),
        key: str = "pending",
        falls_due: date | None = None,
        **fields: Any,
    ) -> Finding:
        return self._make("pending", key, subject, evidence, "info", fields, falls_due)

    def needs_data(
        self,
        subject: str | None = None,
        evidence: Iterable[str] = (),
        key: str = "needs_data",
        **fields: Any,
    ) -> Finding:
        return self._make("needs-data", key, subject, evidence, "info", fields)

    def against_deadline(
        self,
        subject: str,
        evidence: Iterable[str],
        done: StepBase | None,
        due: FuzzyDate,
        /,
        **fields: Any,  # the message's fields, which may name `due` (as text) too
    ) -> Iterator[Finding]:
        """What a duty with a deadline comes to: nothing when `done` was in time; `late` (or
        needs-data when the dates overlap) when done after it; a violation once the deadline
        has passed undone; pending before that."""
        evidence = list(evidence)
        if done is not None:
            in_time = by_deadline(done.date, due)
            if in_time is None:
                yield self.needs_data(subject, evidence, **fields)
            elif not in_time:
                done_text = self.date_text(done.date)
                yield self.violation(subject, evidence, key="late", done=done_text, **fields)
        elif passed(due, self.as_of):
            yield self.violation(subject, evidence, falls_due=due.last, **fields)
        else:
            yield self.pending(subject, evidence, falls_due=due.last, **fields)

    def note(
        self,
        subject: str | None = None,
        evidence: Iterable[str] = (),
        key: str = "note",
        **fields: Any,
    ) -> Finding:
        return self._make("note", key, subject, evidence, "info", fields)

    def text(self, key: str, **fields: Any) -> str:
        """The rule's message `key` in the context's language. "op {date}" reads "in november
        2022" when the date is a month, a year or a period: a day is "op", the rest "in"."""
        assert self.rule is not None
        messages = self.rule.MESSAGES.get(self.lang, self.rule.MESSAGES["nl"])
        said = _PREPOSITION[self.lang].sub(r"in \1", str(messages[key].format(**fields)))
        return _OPEN_AFTER_PREPOSITION[self.lang].sub(r"\1 ", said)  # "op vóór juni" -> "vóór juni"

    def date_text(self, value: FuzzyDate | None) -> str:
        return value.display("long", self.lang) if value is not None else "?"

    def start_missing(self) -> Finding:
        """The one needs-data a rule gives when it needs the start date and there is none."""
        return self.needs_data(key="no_start")


def _not_a_day(words: Iterable[str]) -> str:
    """A date that is no day: a month and year, a year alone, or a period ("okt – dec 2018")."""
    months = "|".join(sorted(set(words), key=len, reverse=True))
    return (
        rf"((?:(?:{months})\s+)?\d{{4}}|(?:{months})(?:\s+\d{{4}})?\s+–\s+(?:{months})\s+\d{{4}})\b"
    )


_PREPOSITION = {
    "nl": re.compile(rf"\bop {_not_a_day([*MONTH_LONG_NL, *MONTH_SHORT_NL])}"),
    "en": re.compile(rf"\bon {_not_a_day([*MONTH_LONG_EN, *MONTH_SHORT_EN])}"),
}
# An open date brings its own word: "op vóór juni 2018" reads "vóór juni 2018".
_OPEN_AFTER_PREPOSITION = {
    "nl": re.compile(r"\b(?:op|in) (vóór|na) (?=\d|\w+ \d{4})"),
    "en": re.compile(r"\b(?:on|in) (before|after) (?=\d|\w+ \d{4})"),
}


def run_rules(ctx: Context, rules: Iterable[ModuleType]) -> Iterator[Finding]:
    for rule in rules:
        yield from rule.check(ctx.for_rule(rule))
