"""The order of a decision trail: by date, then time of day, then the order recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from besluitspoor.fuzzydate import time_interval

if TYPE_CHECKING:
    from besluitspoor.model import Dossier, StepBase


def step_sort_key(step: StepBase, position: int) -> tuple[object, ...]:
    # `near`: a step known only as "vóór 31 mei 2007" stands just before that day
    return (step.date.near, step.date.last, time_interval(step.time), position)


def ordered_steps(dossier: Dossier) -> list[StepBase]:
    indexed = list(enumerate(dossier.steps))
    return [s for _, s in sorted(indexed, key=lambda pair: step_sort_key(pair[1], pair[0]))]
