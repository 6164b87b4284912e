"""The dossier as validated data: one pydantic model per part of the `besluitspoor/1` format.

Files, the database and the command line all map to and from these models; what they accept is
what the format accepts. Validation of one value lives here; checks across the dossier (ids that
must exist, duplicate ids) live in `references.py`, so that each problem can name its own path.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate, parse_time


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` for the closest choice, or nothing when none is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def one_of(choices: tuple[str, ...], what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            hint = did_you_mean(value, choices) or f"; expected one of: {', '.join(choices)}"
            raise ValueError(f"unknown {what} '{value}'{hint}")
        return value

    return check


def _tristate(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.lower() in vocab.TRISTATE_ALIASES:
        return vocab.TRISTATE_ALIASES[value.lower()]
    return value


def _iso(value: FuzzyDate) -> str:
    return value.iso()


def _due(value: object) -> FuzzyDate | Literal["start"]:
    if value == "start":
        return "start"
    return FuzzyDate.parse(value)


def _due_text(value: FuzzyDate | Literal["start"]) -> str:
    return value if isinstance(value, str) else value.iso()


Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
Text = Annotated[str, StringConstraints(min_length=1)]
Date = Annotated[FuzzyDate, PlainValidator(FuzzyDate.parse), PlainSerializer(_iso)]
Due = Annotated[FuzzyDate | Literal["start"], PlainValidator(_due), PlainSerializer(_due_text)]
Time = Annotated[str, PlainValidator(parse_time)]
TriState = Annotated[Literal["yes", "no", "unknown"], BeforeValidator(_tristate)]
Domain = Annotated[str, AfterValidator(one_of(vocab.DOMAINS, "domain"))]
CollegeDecision = Annotated[str, AfterValidator(one_of(vocab.COLLEGE_DECISIONS, "decision"))]
CouncilDecision = Annotated[str, AfterValidator(one_of(vocab.COUNCIL_DECISIONS, "decision"))]
Outcome = Annotated[str, AfterValidator(one_of(vocab.COUNCIL_OUTCOMES, "outcome"))]
Nature = Annotated[str, AfterValidator(one_of(vocab.COMMITTEE_NATURES, "nature"))]
MotionStatus = Annotated[str, AfterValidator(one_of(vocab.MOTION_STATUSES, "status"))]
Followed = Annotated[str, AfterValidator(one_of(vocab.ADVICE_FOLLOWED, "value"))]
PreconditionStatus = Annotated[str, AfterValidator(one_of(vocab.PRECONDITION_STATUSES, "status"))]
PromiseStatus = Annotated[str, AfterValidator(one_of(vocab.PROMISE_STATUSES, "status"))]


class Strict(BaseModel):
    """Unknown keys are an error: a typo must never be silently dropped."""

    # defer_build: validators are built on first use, not at import, so --help stays fast.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Costs(Strict):
    amount: int | float | None = None
    structural: bool | None = None
    covered_by: str | None = None
    note: str | None = None


class Evaluation(Strict):
    date: Date
    how: str | None = None


class Source(Strict):
    title: Text
    url: str | None = None
    date: Date | None = None


class Facts(Strict):
    touches_verordening: TriState = "unknown"
    within_plan: TriState = "unknown"
    ingrijpend: TriState = "unknown"
    affects_residents: TriState = "unknown"


class DossierInfo(Strict):
    id: Slug
    title: Text
    municipality: Text
    profile: str
    domain: Domain | None = None
    start: Date | None = None
    summary: str | None = None
    goals: list[Text] = Field(default_factory=list)
    indicators: list[Text] = Field(default_factory=list)
    costs: Costs | None = None
    evaluation: Evaluation | None = None
    facts: Facts = Field(default_factory=Facts)
    sources: list[Source] = Field(default_factory=list)
    tags: list[Text] = Field(default_factory=list)

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get("profiles")
        if known is not None and value not in known:
            hint = did_you_mean(value, known)
            raise ValueError(f"unknown profile '{value}'{hint} (known: {', '.join(sorted(known))})")
        return value


# --- steps: the common keys, then one class per kind with its own keys ----------------------


class StepBase(Strict):
    id: Slug
    kind: str
    date: Date
    time: Time | None = None
    title: Text
    body: str | None = None
    source: str | None = None
    refs: list[Slug] = Field(default_factory=list)


class Raadsinformatiebrief(StepBase):
    kind: Literal["raadsinformatiebrief"]
    reports: list[Slug] = Field(default_factory=list)
    notes_unmet: list[Slug] = Field(default_factory=list)
    portefeuillehouder: str | None = None


class Collegebesluit(StepBase):
    kind: Literal["collegebesluit"]
    decision: CollegeDecision = "overig"


class Raadsvoorstel(StepBase):
    kind: Literal["raadsvoorstel"]
    proposes: CouncilDecision | None = None


class Raadsvergadering(StepBase):
    kind: Literal["raadsvergadering"]
    agenda: list[Text] = Field(default_factory=list)


class Raadsbesluit(StepBase):
    kind: Literal["raadsbesluit"]
    decision: CouncilDecision = "overig"
    outcome: Outcome = "aangenomen"
    proposal: Slug | None = None


class Commissievergadering(StepBase):
    kind: Literal["commissievergadering"]
    committee: Text
    nature: Nature | None = None
    decides: bool = False


class Motie(StepBase):
    kind: Literal["motie"]
    status: MotionStatus = "ingediend"
    vote_date: Date | None = None
    requests: str | None = None
    settled_by: Slug | None = None


class Amendement(StepBase):
    kind: Literal["amendement"]
    target: Slug | None = None
    status: MotionStatus = "ingediend"


class Advies(StepBase):
    kind: Literal["advies"]
    council: Text
    requested: Date | None = None
    deadline: Date | None = None
    about: Slug | None = None
    unsolicited: bool = False
    followed: Followed = "onbekend"
    response: Slug | None = None


class Inspraak(StepBase):
    kind: Literal["inspraak"]


class Communicatie(StepBase):
    kind: Literal["communicatie"]
    channel: str | None = None


class Bekendmaking(StepBase):
    kind: Literal["bekendmaking"]
    of: Slug | None = None


class Vragen(StepBase):
    kind: Literal["vragen"]
    answered_by: Slug | None = None


class Brief(StepBase):
    kind: Literal["brief"]
    author: str | None = None


class Overig(StepBase):
    kind: Literal["overig"]


Step: TypeAlias = Annotated[
    Raadsinformatiebrief
    | Collegebesluit
    | Raadsvoorstel
    | Raadsvergadering
    | Raadsbesluit
    | Commissievergadering
    | Motie
    | Amendement
    | Advies
    | Inspraak
    | Communicatie
    | Bekendmaking
    | Vragen
    | Brief
    | Overig,
    Field(discriminator="kind"),
]

STEP_CLASSES: dict[str, type[StepBase]] = {
    cls.model_fields["kind"].annotation.__args__[0]: cls  # type: ignore[union-attr]
    for cls in StepBase.__subclasses__()
}

# Keys of a step kind that name another step of the same dossier (scalar or list).
STEP_REF_FIELDS = (
    "refs",
    "reports",
    "proposal",
    "settled_by",
    "target",
    "about",
    "response",
    "of",
    "answered_by",
)


class Precondition(Strict):
    id: Slug
    text: Text
    named_in: Slug | None = None
    due: Due | None = None
    status: PreconditionStatus = "open"
    met_on: Date | None = None
    evidence: str | None = None
    dropped_by: Slug | None = None
    critical: bool = False


class Promise(Strict):
    id: Slug
    text: Text
    made_in: Slug | None = None
    by: str | None = None
    due: Date | None = None
    status: PromiseStatus = "open"
    fulfilled_by: Slug | None = None
    postponed_to: Date | None = None


class Dossier(Strict):
    """One policy change and its decision trail: what one dossier file holds."""

    format: str = vocab.FORMAT
    dossier: DossierInfo
    steps: list[Step] = Field(default_factory=list)
    preconditions: list[Precondition] = Field(default_factory=list)
    promises: list[Promise] = Field(default_factory=list)

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value != vocab.FORMAT:
            raise ValueError(f"unsupported format '{value}'; this program reads '{vocab.FORMAT}'")
        return value

    @property
    def id(self) -> str:
        return self.dossier.id

    def step(self, step_id: str) -> StepBase | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def to_data(self) -> dict[str, Any]:
        """The file form: defaults, None and empty lists left out, keys in spec order.

        An empty object stays (`costs: {}` is a costs block with nothing filled in, not the
        absence of one); only `facts` left all unknown is dropped.
        """
        data = _prune(self.model_dump(mode="json", exclude_defaults=True))
        if not data["dossier"].get("facts", True):
            del data["dossier"]["facts"]
        return {"format": vocab.FORMAT, **data}


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value
