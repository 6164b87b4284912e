"""A council step a process profile requires (e.g. the council's consent before the start).

Kept apart from `profiles` (which loads and validates profile files against the rule catalogue)
so that the rules can read requirements without importing the profile loader: the dependency
runs one way, profiles -> rules.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, PlainValidator

from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.vocab import Severity

Level = Severity


def _by(value: object) -> FuzzyDate | Literal["start"]:
    return "start" if value == "start" else FuzzyDate.parse(value)


class RequiredStep(BaseModel):
    """A step the profile requires, e.g. the council's consent before the start."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    id: str
    kind: str
    decision: str | None = None
    nature: str | None = None
    outcome: str | None = None
    after: tuple[str, ...] = ()
    by: Annotated[FuzzyDate | Literal["start"], PlainValidator(_by)] = "start"
    severity: Level = "error"
    source: str | None = None
    label: str | None = None

    def matches(self, step: Any) -> bool:
        if step.kind != self.kind:
            return False
        return all(
            want is None or getattr(step, key, None) == want
            for key, want in (
                ("decision", self.decision),
                ("nature", self.nature),
                ("outcome", self.outcome),
            )
        )
