"""The dossier as validated data: one pydantic model per part of the `besluitspoor/1` format.

Files, the database and the command line all map to and from these models; what they accept is
what the format accepts. Validation of one value lives here; checks across the dossier (ids that
must exist, duplicate ids) live in `references.py`, so that each problem can name its own path.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import UnionType
from typing import (
    Annotated,
    Any,
    ClassVar,
    Literal,
    TypeAlias,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
)

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
from pydantic.fields import FieldInfo

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate, parse_time
from besluitspoor.shapes import (
    REQUIRED,
    SCALARS,
    STEP,
    FieldData,
    Loader,
    due,
    json_value,
    loader,
)
from besluitspoor.shapes import dump as dump  # the model's users find it here
from besluitspoor.shapes import to_data as _to_data
from besluitspoor.shapes import whole_euros as whole_euros


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`; did you mean 'x'?` for what `word` begins (up to three) or else the closest choice,
    or nothing when none is close."""
    from besluitspoor.i18n import t

    options = list(dict.fromkeys(choices))
    begins = [c for c in options if word and c.startswith(word) and c != word]
    close = begins[:3] or difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close:
        return ""
    names = ", ".join(f"'{c}'" for c in close)
    return t("; bedoelde u {names}?", "; did you mean {names}?", names=names)


class OneOf:
    """A closed vocabulary as a validator; the CLI reads `choices` for its help and completion."""

    def __init__(self, choices: tuple[str, ...], what_nl: str, what_en: str) -> None:
        self.choices, self.what_nl, self.what_en = choices, what_nl, what_en

    def __call__(self, value: str) -> str:
        if value not in self.choices:
            from besluitspoor.i18n import t

            hint = did_you_mean(value, self.choices) or t(
                "; kies uit: {c}", "; expected one of: {c}", c=", ".join(self.choices)
            )
            raise ValueError(
                t(
                    "{w_nl} '{v}' is onbekend{hint}",
                    "unknown {w_en} '{v}'{hint}",
                    w_nl=self.what_nl,
                    w_en=self.what_en,
                    v=value,
                    hint=hint,
                )
            )
        return value


def one_of(choices: tuple[str, ...], what_nl: str, what_en: str) -> OneOf:
    return OneOf(choices, what_nl, what_en)


@dataclass(frozen=True)
class Ref:
    """Marks a field holding the id of another item of the same dossier.

    `order` is the chronology that must hold where the dates tell it for sure: "later" — the
    item referred to cannot be before the referring one (an answer, a settlement); "earlier" —
    it cannot be after it (a decision a letter reports, a proposal decided on); "origin" — the
    step that made a promise or named a precondition, whose date is the item's own.
    """

    section: Literal["steps", "preconditions"] = "steps"
    order: Literal["later", "earlier", "origin"] | None = None


@dataclass(frozen=True)
class NotBeforeOrigin:
    """Marks a date that cannot be before the item's origin step (a precondition's met_on)."""


def _tristate(value: object) -> object:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.lower() in vocab.TRISTATE_ALIASES:
        return vocab.TRISTATE_ALIASES[value.lower()]
    return value


def _iso(value: FuzzyDate) -> str:
    return value.iso()


def _due_text(value: FuzzyDate | Literal["start"]) -> str:
    return value if isinstance(value, str) else value.iso()


Money = Annotated[float | int, AfterValidator(whole_euros)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
StepId = Annotated[Slug, Ref()]
LaterStepId = Annotated[Slug, Ref(order="later")]
EarlierStepId = Annotated[Slug, Ref(order="earlier")]
OriginStepId = Annotated[Slug, Ref(order="origin")]
PreconditionId = Annotated[Slug, Ref("preconditions")]
Text = Annotated[str, StringConstraints(min_length=1)]
Date = Annotated[FuzzyDate, PlainValidator(FuzzyDate.parse), PlainSerializer(_iso)]
Due = Annotated[FuzzyDate | Literal["start"], PlainValidator(due), PlainSerializer(_due_text)]
Time = Annotated[str, PlainValidator(parse_time)]
TriState = Annotated[Literal["yes", "no", "unknown"], BeforeValidator(_tristate)]
Domain = Annotated[str, AfterValidator(one_of(vocab.DOMAINS, "domein", "domain"))]
CollegeDecision = Annotated[
    str, AfterValidator(one_of(vocab.COLLEGE_DECISIONS, "besluit", "decision"))
]
CouncilDecision = Annotated[
    str, AfterValidator(one_of(vocab.COUNCIL_DECISIONS, "besluit", "decision"))
]
Outcome = Annotated[str, AfterValidator(one_of(vocab.COUNCIL_OUTCOMES, "uitkomst", "outcome"))]
Nature = Annotated[str, AfterValidator(one_of(vocab.COMMITTEE_NATURES, "aard", "nature"))]
MotionStatus = Annotated[str, AfterValidator(one_of(vocab.MOTION_STATUSES, "status", "status"))]
MotionKind = Annotated[
    str, AfterValidator(one_of(vocab.MOTION_KINDS, "soort motie", "kind of motion"))
]
Followed = Annotated[str, AfterValidator(one_of(vocab.ADVICE_FOLLOWED, "waarde", "value"))]
PreconditionStatus = Annotated[
    str, AfterValidator(one_of(vocab.PRECONDITION_STATUSES, "status", "status"))
]
PromiseStatus = Annotated[str, AfterValidator(one_of(vocab.PROMISE_STATUSES, "status", "status"))]
PcDocumentKind = Annotated[str, AfterValidator(one_of(vocab.PC_DOCUMENTS, "document", "document"))]
BodyName = Annotated[str, AfterValidator(one_of(vocab.BODIES, "orgaan", "body"))]
AnnouncedStatus = Annotated[str, AfterValidator(one_of(vocab.STEP_STATUSES, "status", "status"))]


class Strict(BaseModel):
    """Unknown keys are an error: a typo must never be silently dropped. Amounts are finite:
    NaN or infinity would be written out as YAML or JSON that no tool reads back."""

    # defer_build: validators are built on first use, not at import, so --help stays fast.
    model_config = ConfigDict(extra="forbid", defer_build=True, allow_inf_nan=False)


# Keys several kinds of information to the council share, described once.
_CORRECTS = (
    "Id of earlier information to the council (a letter, proposal or P&C document) that this one "
    "says was incomplete or incorrect."
)
_SPENDS_TOLD = (
    "Euros spent or committed on the change that this document reports (an overrun told only in "
    "a bestuursrapportage or a memo)."
)
_REDIRECTS_TOLD = (
    "This document reports council money spent on another purpose than the council gave it for."
)


def D(text: str, default: Any = None) -> Any:
    """A field and its description: the one text that CLI help and docs/format.md show."""
    return Field(default=default, description=text)


def R(text: str) -> Any:
    """A required field and its description."""
    return Field(description=text)


def L(text: str) -> Any:
    """A list field (empty by default) and its description."""
    return Field(default_factory=list, description=text)


class Costs(Strict):
    amount: Money | None = D("Amount in euros.")
    structural: bool | None = D("Recurring (structureel) rather than once (incidenteel).")
    covered_by: str | None = D("What covers it (a budget line), or 'geen' when nothing does.")
    note: str | None = D("Anything else about the costs.")
    stated: bool | None = D(
        "false: the documents state no costs at all (read as missing by kosten-ontbreken)."
    )


class Evaluation(Strict):
    date: Date = R("When the change is to be evaluated.")
    how: str | None = D("How, by whom.")


class Source(Strict):
    title: Text = R("Title of the document.")
    url: str | None = D("Where it can be read.")
    date: Date | None = D("Date of the document.")


class Facts(Strict):
    """What decides whose power a change is; each yes, no or unknown (ja, nee, onbekend)."""

    touches_verordening: TriState = D("The change touches a verordening.", "unknown")
    within_plan: TriState = D("The change stays within the council's beleidsplan.", "unknown")
    ingrijpend: TriState = D("A far-reaching change (ingrijpend).", "unknown")
    affects_residents: TriState = D("Residents notice the change.", "unknown")
    council_statement_required: TriState = D(
        "A permit in this change needs the council's verklaring van geen bedenkingen (Wabo) or "
        "its binding advice (Omgevingswet).",
        "unknown",
    )


class DossierInfo(Strict):
    id: Slug = R("Id of the dossier (lowercase, digits, hyphens).")
    title: Text = R("Title of the policy change, e.g. 'Sociaal Team Wassenaar'.")
    municipality: Text = R("Gemeente, or a gemeenschappelijke regeling.")
    profile: str = R("Process profile (see 'besluitspoor profiles').")
    domain: Domain | None = D("Policy domain.")
    start: Date | None = D("Ingangsdatum: when the change takes effect.")
    summary: str | None = D("One paragraph on the change.")
    goals: list[Text] = L("A goal of the change.")
    indicators: list[Text] = L("A measure of the goals.")
    costs: Costs | None = D("Costs and their cover.")
    evaluation: Evaluation | None = D("When and how the change is evaluated.")
    facts: Facts = Field(default_factory=Facts, description="Facts about whose power it is.")
    sources: list[Source] = L("A document the dossier was built from.")
    tags: list[Text] = L("A free label.")

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get("profiles")
        if known is not None and value not in known:
            hint = did_you_mean(value, known)
            from besluitspoor.i18n import t

            raise ValueError(
                t(
                    "onbekend profiel '{v}'{hint} (bekend: {known})",
                    "unknown profile '{v}'{hint} (known: {known})",
                    v=value,
                    hint=hint,
                    known=", ".join(sorted(known)),
                )
            )
        return value


# --- steps: the common keys, then one class per kind with its own keys ----------------------


class StepBase(Strict):
    id: Slug = R("Id of the step (lowercase, digits, hyphens). Default: from kind and date.")
    kind: str
    date: Date = R(
        "Date: 2023-01-18, '18 januari 2023', 'jan 2023', a period 'okt t/m dec 2018', "
        "or open 'vóór 2007-05-31'."
    )
    time: Time | None = D("HH:MM, or ochtend, middag, avond; orders steps on the same day.")
    title: Text = R("Title of the step.")
    body: str | None = D("Summary or notes.")
    source: str | None = D("URL or document reference where a reader can check this step.")
    refs: list[StepId] = L("Id of a related step.")
    status: AnnouncedStatus | None = D(
        "'aangekondigd' for a step a document announces but that has not been seen to happen."
    )
    decided_by: BodyName | None = D(
        "The body that took this decision, where the kind does not say (e.g. dagelijks-bestuur)."
    )
    competent: BodyName | None = D(
        "The body that held the power by law or regeling, where a record shows it."
    )
    ratified_by: LaterStepId | None = D(
        "Id of a later decision by which the competent body took this one over (bekrachtiging)."
    )
    defect: Text | None = D(
        "Why this step, though taken, is not valid (e.g. 'ontwerp niet ter inzage gelegd'): the "
        "rules that need such a step count it as missing, and stap-ongeldig says why."
    )
    quote: list[str] = L(
        "A verbatim fragment of the source this item rests on (drafts keep what they read)."
    )
    review: list[Text] = L(
        "What a person must still check before the item is trusted (nakijken); none once reviewed."
    )

    # Keys a step kind needs from the command line (asked for on a terminal when missing).
    REQUIRED: ClassVar[tuple[str, ...]] = ("date", "title")

    @property
    def announced(self) -> bool:
        return self.status == "aangekondigd"


class Raadsinformatiebrief(StepBase):
    """A letter from the college informing the council (raadsinformatiebrief, RIB)."""

    kind: Literal["raadsinformatiebrief"]
    reports: list[EarlierStepId] = L("Id of a decision this letter reports.")
    deviation_of: EarlierStepId | None = D(
        "Id of a council decision (a plan, a budget) this letter reports a deviation from."
    )
    notes_unmet: list[PreconditionId] = L(
        "Id of a precondition this letter openly reports as not met."
    )
    corrects: list[EarlierStepId] = L(_CORRECTS)
    portefeuillehouder: str | None = D("The wethouder responsible.")
    spends: Money | None = D(_SPENDS_TOLD)
    redirects: bool = D(_REDIRECTS_TOLD, False)


class Collegebesluit(StepBase):
    """A decision of burgemeester en wethouders."""

    kind: Literal["collegebesluit"]
    decision: CollegeDecision = D("Kind of decision.", "overig")
    portefeuillehouder: str | None = D("The wethouder whose portfolio the decision belongs to.")
    spends: Money | None = D("Euros this decision spends or commits of the change's budget.")
    redirects: bool = D(
        "The decision spends money the council made available for another purpose.", False
    )


class Raadsvoorstel(StepBase):
    """A proposal of the college to the council."""

    kind: Literal["raadsvoorstel"]
    proposes: CouncilDecision | None = D("The kind of raadsbesluit proposed.")


class Raadsvergadering(StepBase):
    """A meeting of the council."""

    kind: Literal["raadsvergadering"]
    agenda: list[Text] = L("An agenda item.")


class Raadsbesluit(StepBase):
    """A decision of the council."""

    kind: Literal["raadsbesluit"]
    decision: CouncilDecision = D("Kind of decision.", "overig")
    outcome: Outcome = D("The vote.", "aangenomen")
    proposal: EarlierStepId | None = D("Id of the raadsvoorstel decided on.")
    budget: Money | None = D("Euros the council makes available for the change.")
    delegates: list[Text] = L(
        "A topic a verordening leaves to the college to settle (e.g. hoogte-pgb); see "
        "delegatie-essentialia for the topics a law reserves to the council."
    )
    assigns: str | None = D("An assignment (opdracht) the decision gives the college.")
    assigns_due: Date | None = D("By when the college must carry out the assignment.")
    settled_by: LaterStepId | None = D("Id of the step that carried out the assignment.")
    blocks: bool = D(
        "true: the council decided against the change (to stop, refuse or postpone it); no "
        "consent to it, and no sign the college told the council of it.",
        False,
    )


class Commissievergadering(StepBase):
    """A meeting of a council committee."""

    kind: Literal["commissievergadering"]
    committee: Text = R("Name of the committee, e.g. 'Mens en Maatschappij'.")
    nature: Nature | None = D("What the meeting was for.")
    decides: bool = D(
        "The committee took a decision or gave a zienswijze on the council's behalf.", False
    )

    REQUIRED: ClassVar[tuple[str, ...]] = ("date", "title", "committee")


class Motie(StepBase):
    """A motion in the council."""

    kind: Literal["motie"]
    status: MotionStatus = D("Where the motion stands.", "ingediend")
    motion_kind: MotionKind = D(
        "What the motion does: opdracht (an order to the college, the default), treurnis, "
        "afkeuring or wantrouwen (censure) or uitspraak (a view only): these ask nothing to be "
        "settled.",
        vocab.MOTION_ORDER,
    )
    vote_date: Date | None = D("Date of the vote.")
    requests: str | None = D("The dictum: what the motion asks.")
    due: Date | None = D(
        "The term the council set for settling the motion (a register's 'Termijn afdoening' or "
        "'Deadline'); without it the rules of procedure's term applies."
    )
    settled_by: LaterStepId | None = D("Id of the step that settled (deed af) the motion.")
    settled_in_part: bool = D(
        "The step in settled_by did only part of what the motion asked: the rest is still open.",
        False,
    )
    conditions_for: LaterStepId | None = D(
        "Id of a later college decision whose conditions the motion states (the council's "
        "wishes made known)."
    )


class Amendement(StepBase):
    """An amendment to a raadsvoorstel."""

    kind: Literal["amendement"]
    target: EarlierStepId | None = D("Id of the raadsvoorstel the amendment changes.")
    status: MotionStatus = D("Where the amendment stands.", "ingediend")


class Advies(StepBase):
    """Advice from an adviesraad."""

    kind: Literal["advies"]
    council: Text = R("The adviesraad, e.g. 'Adviesraad Sociaal Domein Westland'.")
    requested: Date | None = D("Date the advice was asked.")
    deadline: Date | None = D("Deadline for the advice.")
    about: StepId | None = D("Id of the decision the advice is about.")
    unsolicited: bool = D("Ongevraagd advies: given without being asked.", False)
    followed: Followed = D("Whether the college followed it.", "onbekend")
    response: LaterStepId | None = D("Id of the college's reasoned reaction.")

    REQUIRED: ClassVar[tuple[str, ...]] = ("date", "title", "council")


class Inspraak(StepBase):
    """Participation of residents (inspraak, participatie)."""

    kind: Literal["inspraak"]


class Communicatie(StepBase):
    """Communication to residents."""

    kind: Literal["communicatie"]
    channel: str | None = D("How residents were told (letter, website, newspaper ...).")


class Bekendmaking(StepBase):
    """Official publication of a decision."""

    kind: Literal["bekendmaking"]
    of: EarlierStepId | None = D("Id of the decision published.")


class Vragen(StepBase):
    """Written questions of council members."""

    kind: Literal["vragen"]
    answered_by: LaterStepId | None = D("Id of the answer.")


class PcDocument(StepBase):
    """A document of the planning-and-control cycle (begroting, bestuursrapportage, ...)."""

    kind: Literal["pc-document"]
    document: PcDocumentKind = D("Which document of the cycle.", "bestuursrapportage")
    deviation_of: EarlierStepId | None = D(
        "Id of a council decision (a plan, a budget) this document reports a deviation from."
    )
    corrects: list[EarlierStepId] = L(_CORRECTS)
    spends: Money | None = D(_SPENDS_TOLD)
    redirects: bool = D(_REDIRECTS_TOLD, False)


class Brief(StepBase):
    """Any other letter."""

    kind: Literal["brief"]
    author: str | None = D("Who wrote the letter.")
    corrects: list[EarlierStepId] = L(_CORRECTS)


class Signaal(StepBase):
    """The college came to know what the council must know (an official's warning, an
    adviser's report, a letter to the college): `informatie-te-laat` counts the time from it to
    the step that `reports` it to the council, as from a college decision."""

    kind: Literal["signaal"]


class Informatie(StepBase):
    """The council was informed, in a form the sources do not name (a letter, a session, a
    memo): counted by the rules on information as a raadsinformatiebrief is."""

    kind: Literal["informatie"]
    reports: list[EarlierStepId] = L("Id of a decision (or a signaal) the council was informed of.")
    notes_unmet: list[PreconditionId] = L(
        "Id of a precondition the council was openly told is not met."
    )
    corrects: list[EarlierStepId] = L(
        "Id of earlier information to the council that this says was incomplete or incorrect."
    )


class Overig(StepBase):
    """Anything else on the trail."""

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
    | PcDocument
    | Informatie
    | Signaal
    | Overig,
    Field(discriminator="kind"),
]

STEP_CLASSES: dict[str, type[StepBase]] = {
    cls.model_fields["kind"].annotation.__args__[0]: cls  # type: ignore[union-attr]
    for cls in StepBase.__subclasses__()
}


class Precondition(Strict):
    id: Slug = R("Id of the precondition. Default: from the text.")
    text: Text = R("What must be in place, e.g. 'Convenant tussen de partners'.")
    named_in: OriginStepId | None = D("Id of the step that named it.")
    due: Due | None = D("When it must be met: 'start' (default) or a date.")
    due_before: StepId | None = D("Id of a step it must be met before.")
    status: PreconditionStatus = D("Whether it was met.", "open")
    met_on: Annotated[Date, NotBeforeOrigin()] | None = D("Date it was met.")
    evidence: str | None = D("Id of a step, or a URL, that shows it was met.")
    dropped_by: LaterStepId | None = D("Id of the decision that dropped it.")
    critical: bool = D("Essential for the change: unmet at the start is an error.", False)
    quote: list[str] = L(
        "A verbatim fragment of the source this item rests on (drafts keep what they read)."
    )
    review: list[Text] = L(
        "What a person must still check before the item is trusted (nakijken); none once reviewed."
    )

    # The key each status needs; setting another status removes it.
    STATUS_NEEDS: ClassVar[dict[str, str]] = {"vervuld": "met_on", "vervallen": "dropped_by"}
    ORIGIN: ClassVar[str] = "named_in"


class Promise(Strict):
    id: Slug = R("Id of the promise. Default: from the text.")
    text: Text = R("What was promised.")
    made_in: OriginStepId | None = D("Id of the step where it was promised.")
    by: str | None = D("Who promised: a wethouder, the burgemeester, the college.")
    due: Due | None = D("Deadline: a date ('november 2022') or 'start'.")
    due_before: StepId | None = D("Id of a step it must be kept before.")
    trigger: str | None = D(
        "An event the promise waits for instead of a date ('zodra de planning wijzigt')."
    )
    triggered_by: LaterStepId | None = D("Id of the step that marks the event happening.")
    status: PromiseStatus = D("Whether it was kept.", "open")
    fulfilled_by: LaterStepId | None = D("Id of the step that kept it.")
    postponed_to: Date | None = D("The new deadline.")
    quote: list[str] = L(
        "A verbatim fragment of the source this item rests on (drafts keep what they read)."
    )
    review: list[Text] = L(
        "What a person must still check before the item is trusted (nakijken); none once reviewed."
    )

    STATUS_NEEDS: ClassVar[dict[str, str]] = {
        "nagekomen": "fulfilled_by",
        "uitgesteld": "postponed_to",
    }
    ORIGIN: ClassVar[str] = "made_in"


def holds(annotation: Any, test: Callable[[Any], bool]) -> bool:
    """Whether a field's annotation passes `test`, or holds a type that does anywhere inside
    (Optional, list, Annotated): how a field's type, not the text of it, chooses its storage
    or its metavar."""
    return test(annotation) or any(holds(arg, test) for arg in get_args(annotation))


def refs_of(model: type[BaseModel]) -> dict[str, Ref]:
    """The fields of `model` that hold ids of other items, with their marker."""
    return _refs_of(model)


@functools.cache
def _refs_of(model: type[BaseModel]) -> dict[str, Ref]:
    found: dict[str, Ref] = {}
    for name, info in model.model_fields.items():
        marker = next(_markers(info.annotation, Ref), None)
        if marker is not None:
            found[name] = marker
    return found


def _markers(annotation: Any, kind: type[Any]) -> Iterator[Any]:
    """Metadata of type `kind` anywhere in an annotation (inside Optional, list, Annotated)."""
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, kind):
            yield meta
    for arg in get_args(annotation):
        yield from _markers(arg, kind)


def choices_of(model: type[BaseModel], name: str) -> tuple[str, ...] | None:
    """The closed vocabulary of a field, if it has one."""
    info = model.model_fields.get(name)
    if info is None:
        return None
    for meta in [*info.metadata, *_markers(info.annotation, AfterValidator)]:
        func = getattr(meta, "func", None)
        if isinstance(func, OneOf):
            return func.choices
    return _literal(info.annotation)


def _literal(annotation: Any) -> tuple[str, ...] | None:
    if get_origin(annotation) is Literal:
        return tuple(str(a) for a in get_args(annotation))
    for arg in get_args(annotation):
        found = _literal(arg)
        if found:
            return found
    return None


@functools.cache
def not_before_origin(model: type[BaseModel]) -> tuple[str, ...]:
    """Date fields that cannot lie before the item's origin step."""
    return tuple(
        name
        for name, info in model.model_fields.items()
        if any(isinstance(m, NotBeforeOrigin) for m in info.metadata)
        or next(_markers(info.annotation, NotBeforeOrigin), None) is not None
    )


# Keys of any step kind that name another step of the same dossier (scalar or list).
STEP_REF_FIELDS = tuple(
    dict.fromkeys(
        name
        for cls in STEP_CLASSES.values()
        for name, ref in refs_of(cls).items()
        if ref.section == "steps"
    )
)


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
            from besluitspoor.i18n import t

            raise ValueError(
                t(
                    "onbekend formaat '{v}'; dit programma leest '{f}'",
                    "unsupported format '{v}'; this program reads '{f}'",
                    v=value,
                    f=vocab.FORMAT,
                )
            )
        return value

    @property
    def id(self) -> str:
        return self.dossier.id

    def step(self, step_id: str) -> StepBase | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def to_data(self) -> dict[str, Any]:
        """The file form: defaults, None and empty lists left out, keys in spec order."""
        return _to_data(self)


# --- data validated before: built without validating it again ---------------------------------


def stored(model: type[M], data: dict[str, Any]) -> M:
    """`model` from data that was validated when it was written (the database), without
    validating it again: values are only turned back into what validation makes of them
    (dates into FuzzyDate, 0/1 into booleans, nested dicts into models). Gives a model equal
    to `model.model_validate(data)` in a fraction of the time, for commands that only read."""
    values = dict(data)
    for name, load in _loaders(model):  # inline, as shapes.build: once per item of 10,000s
        value = values.get(name)
        if value is not None:
            values[name] = load(value)
    return model.model_construct(**values)


M = TypeVar("M", bound=BaseModel)


@functools.cache
def _loaders(model: type[BaseModel]) -> tuple[tuple[str, Loader], ...]:
    found = []
    for name, info in model.model_fields.items():
        load = loader(_field_spec(info), _make)
        if load is not None:
            found.append((name, load))
    return tuple(found)


def _make(name: str) -> Loader:
    if name == STEP:
        return _step
    return functools.partial(stored, _format_models()[name])


def _step(data: dict[str, Any]) -> StepBase:
    return stored(STEP_CLASSES[data["kind"]], data)


def _field_spec(info: FieldInfo) -> str | None:
    return _plain(info.metadata) or _spec(info.annotation)


def _spec(annotation: Any) -> str | None:
    """How a stored value of this annotation becomes the value validation would give, as
    `shapes.loader` reads it (None: as it is)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *metadata = get_args(annotation)
        if any(getattr(m, "func", None) is whole_euros for m in metadata):
            return "money"
        return _plain(metadata) or _spec(base)
    if origin is list:
        (item,) = get_args(annotation)
        each = _spec(item)
        return None if each is None else f"list:{each}"
    if origin in (Union, UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:  # Optional[X]
            return _spec(members[0])
        if all(_is_model(a) for a in members):  # steps: chosen by kind
            return f"model:{STEP}"
        if any(_spec(a) not in (None, "float", "bool") for a in members):
            raise TypeError(f"no way to load {annotation} without validating it")
        return None  # float | int: what was stored is either, as validation leaves it
    if annotation is bool:
        return "bool"
    if annotation is float:
        return "float"
    if _is_model(annotation):
        return f"model:{annotation.__name__}"
    return None


def _plain(metadata: Iterable[Any]) -> str | None:
    """The name in `shapes.SCALARS` of the function of a PlainValidator (ours all take the
    value alone)."""
    found = next((m.func for m in metadata if isinstance(m, PlainValidator)), None)
    if found is None:
        return None
    return next(name for name, func in SCALARS.items() if func == found)


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


@functools.cache
def _format_models() -> dict[str, type[BaseModel]]:
    """The models a dossier is made of, by name, each after the models its fields hold."""
    found: dict[str, type[BaseModel]] = {}

    def visit(model: type[BaseModel]) -> None:
        if model.__name__ in found:
            return
        for info in model.model_fields.values():
            for held in _models_in(info.annotation):
                visit(held)
        found[model.__name__] = model

    visit(Dossier)
    return found


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if _is_model(annotation):
        yield annotation
    for arg in get_args(annotation):
        yield from _models_in(arg)


def derive_shapes() -> dict[str, Any]:
    """The format's fields as plain data, for records built without pydantic (`shapes`)."""
    return {
        "kinds": {kind: cls.__name__ for kind, cls in STEP_CLASSES.items()},
        "models": {
            name: [_field_data(field, info) for field, info in model.model_fields.items()]
            for name, model in _format_models().items()
        },
    }


def _field_data(name: str, info: FieldInfo) -> FieldData:
    """[name, spec], and the default as the file form writes it when there is one."""
    found: FieldData = [name, _field_spec(info)]
    default = _default(info)
    if default is not REQUIRED:
        found.append(json_value(default))
    return found


def _default(info: FieldInfo) -> Any:
    factory = info.default_factory
    if factory is None:
        return REQUIRED if info.is_required() else info.default
    if _is_model(factory):  # its defaults, without building its validator (defer_build)
        return cast(type[BaseModel], factory).model_construct()
    return factory()  # type: ignore[call-arg]


# --- the file form without pydantic's serializer -----------------------------------------------


def dump_fields(model: type[Any]) -> tuple[tuple[str, Any], ...] | None:
    """(name, default) of each field of `model`, in its order, for `shapes.dump` (None: not
    a model)."""
    if not _is_model(model):
        return None
    return tuple((name, _default(info)) for name, info in model.model_fields.items())
