"""`besluitspoor add KIND DOSSIER` and `besluitspoor step list|show|edit|remove`.

The `add` subcommands are built from the step models, one per kind with that kind's own options,
so the command line can never drift from the file format.
"""

from __future__ import annotations

import inspect
from typing import Annotated, Any, ClassVar, get_origin

import typer

from besluitspoor import vocab
from besluitspoor.cli import complete
from besluitspoor.cli.base import App, confirm, fail, out, print_json, say, settings
from besluitspoor.cli.parsing import Group
from besluitspoor.model import STEP_CLASSES, STEP_REF_FIELDS, StepBase


class KindGroup(Group):
    """`add rib`, `add RIB` and `add raadsinformatiebrief` are one command."""

    aliases: ClassVar[dict[str, str]] = {
        alias: kind for kind, names in vocab.KIND_ALIASES.items() for alias in names
    }


add_app = App(
    cls=KindGroup,
    help="Record a step of a decision trail: a letter, meeting, decision, motion, advice ...",
    no_args_is_help=True,
)
step_app = App(help="List, show, edit or remove recorded steps.", no_args_is_help=True)

HELP = {
    "id": "Id of the step (lowercase, digits, hyphens). Default: KIND-DATE.",
    "date": "Date of the letter, meeting or decision: 2023-01-18, '18 januari 2023', 'jan 2023'.",
    "time": "HH:MM, or ochtend, middag, avond; orders steps on the same day.",
    "title": "Title of the step.",
    "body": "Summary or notes.",
    "source": "URL or document reference where a reader can check this step.",
    "refs": "Id of a related step (repeat the option for more).",
    "reports": "Id of a decision this letter reports (repeatable).",
    "notes_unmet": "Id of a precondition this letter openly reports as not met (repeatable).",
    "portefeuillehouder": "The wethouder responsible.",
    "decision": "Kind of decision.",
    "proposes": "The kind of raadsbesluit proposed.",
    "agenda": "An agenda item (repeatable).",
    "outcome": "aangenomen or verworpen.",
    "proposal": "Id of the raadsvoorstel decided on.",
    "committee": "Name of the committee, e.g. 'Mens en Maatschappij'.",
    "nature": "presentatie, informerend, beeldvormend, oordeelsvormend or besluitvormend.",
    "decides": "The committee took a decision or gave a zienswijze on the council's behalf.",
    "status": "ingediend, aangehouden, aangenomen, verworpen or ingetrokken.",
    "vote_date": "Date of the vote.",
    "requests": "The dictum: what the motion asks.",
    "settled_by": "Id of the step that settled (deed af) the motion.",
    "target": "Id of the raadsvoorstel the amendment changes.",
    "council": "The adviesraad, e.g. 'Adviesraad Sociaal Domein Westland'.",
    "requested": "Date the advice was asked.",
    "deadline": "Deadline for the advice.",
    "about": "Id of the decision the advice is about.",
    "unsolicited": "Ongevraagd advies.",
    "followed": "ja, deels, nee or onbekend.",
    "response": "Id of the college's reasoned reaction.",
    "channel": "How residents were told (letter, website, newspaper ...).",
    "of": "Id of the decision published.",
    "answered_by": "Id of the answer.",
    "author": "Who wrote the letter.",
}

CHOICES = {
    ("collegebesluit", "decision"): vocab.COLLEGE_DECISIONS,
    ("raadsbesluit", "decision"): vocab.COUNCIL_DECISIONS,
    ("raadsvoorstel", "proposes"): vocab.COUNCIL_DECISIONS,
    ("raadsbesluit", "outcome"): vocab.COUNCIL_OUTCOMES,
    ("commissievergadering", "nature"): vocab.COMMITTEE_NATURES,
    ("motie", "status"): vocab.MOTION_STATUSES,
    ("amendement", "status"): vocab.MOTION_STATUSES,
    ("advies", "followed"): vocab.ADVICE_FOLLOWED,
}

EXAMPLES = {
    "raadsinformatiebrief": "besluitspoor add rib wassenaar-sociaal-team --date 2023-01-18 "
    '--title "Start Sociaal Team" --reports cb-2022-12-13',
    "collegebesluit": "besluitspoor add collegebesluit wassenaar-sociaal-team --date 2022-12-13 "
    '--time ochtend --decision organisatorisch --title "Vasthouden aan inrichtingsplan"',
    "commissievergadering": "besluitspoor add commissie wassenaar-sociaal-team --date 2022-11-30 "
    '--committee "Mens en Maatschappij" --nature presentatie --title "Presentatie tijdpad"',
    "motie": "besluitspoor add motie wassenaar-sociaal-team --date 2022-12-13 "
    '--title "Motie SMOW" --requests "Overleg constructief met SMOW"',
}


def _option_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def _parameters(kind: str) -> list[inspect.Parameter]:
    model = STEP_CLASSES[kind]
    params = [
        inspect.Parameter(
            "dossier",
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            annotation=Annotated[
                str, typer.Argument(help="Id of the dossier.", autocompletion=complete.dossiers)
            ],
        )
    ]
    for name, info in model.model_fields.items():
        if name == "kind":
            continue
        annotation: Any
        default: Any = None
        kwargs: dict[str, Any] = {"help": HELP.get(name, name)}
        if name in STEP_REF_FIELDS:
            kwargs["autocompletion"] = complete.steps
        if name == "notes_unmet":
            kwargs["autocompletion"] = complete.preconditions
        if (kind, name) in CHOICES:
            kwargs["autocompletion"] = complete.choices(CHOICES[kind, name])
            if CHOICES[kind, name][0] not in kwargs["help"]:
                kwargs["help"] += f" One of: {', '.join(CHOICES[kind, name])}."
        kwargs["metavar"] = _metavar(kind, name)
        if get_origin(info.annotation) is list:
            annotation, default = list[str] | None, None
        elif info.annotation is bool:
            annotation, default = bool, False
        else:
            annotation = str | None
        option = typer.Option(_option_name(name), **kwargs)
        params.append(
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=Annotated[annotation, option],
                default=default,
            )
        )
    return params


DATE_FIELDS = ("date", "vote_date", "requested", "deadline")


def _metavar(kind: str, name: str) -> str:
    if name in STEP_REF_FIELDS or name in ("id", "notes_unmet"):
        return "ID"
    if name in DATE_FIELDS:
        return "DATE"
    if (kind, name) in CHOICES:
        return "NAME"
    return "HH:MM" if name == "time" else "TEXT"


def _make_add(kind: str) -> Any:
    def command(ctx: typer.Context, **values: Any) -> None:
        add_step(ctx, kind, values)

    ctx_param = inspect.Parameter(
        "ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context
    )
    command.__signature__ = inspect.Signature([ctx_param, *_parameters(kind)])  # type: ignore[attr-defined]
    command.__name__ = f"add_{kind}"
    command.__doc__ = f"Record a {kind} in a dossier." + (
        f"\n\nExample:\n\n    {EXAMPLES[kind]}" if kind in EXAMPLES else ""
    )
    return command


def add_step(ctx: typer.Context, kind: str, values: dict[str, Any]) -> None:
    from besluitspoor.cli.base import need
    from besluitspoor.edit import change, fresh_id

    state = settings(ctx)
    dossier_id = values.pop("dossier")
    values["date"] = need(values.get("date"), "--date", "Datum")
    values["title"] = need(values.get("title"), "--title", "Titel")
    for key in ("committee", "council"):
        if key in values:
            values[key] = need(values.get(key), _option_name(key), key.capitalize())
    step: dict[str, Any] = {"kind": kind}
    step.update({k: v for k, v in values.items() if v not in (None, [], False)})
    db = state.open()
    added: list[str] = []

    def mutate(data: dict[str, Any]) -> None:
        steps = data.setdefault("steps", [])
        if "id" not in step:
            short = vocab.CLI_KIND_NAMES.get(kind, kind)
            base = f"{short}-{_date_slug(str(step['date']))}"
            step["id"] = fresh_id(base, (s["id"] for s in steps))
        steps.append(step)
        added.append(step["id"])

    change(db, dossier_id, mutate, state.profile_names())
    print(added[0])
    say(f"added {kind} '{added[0]}' to dossier '{dossier_id}'")


def _date_slug(text: str) -> str:
    from besluitspoor.edit import slugify
    from besluitspoor.fuzzydate import FuzzyDate, FuzzyDateError

    try:
        return FuzzyDate.parse(text).iso()
    except FuzzyDateError:
        return slugify(text)


for _kind in vocab.STEP_KINDS:
    add_app.command(_kind)(_make_add(_kind))


# --- step list | show | edit | remove -----------------------------------------------------------

DossierArg = Annotated[
    str, typer.Argument(help="Id of the dossier.", autocompletion=complete.dossiers)
]
StepArg = Annotated[str, typer.Argument(help="Id of the step.", autocompletion=complete.steps)]
DossierOpt = Annotated[
    str | None,
    typer.Option(
        "--dossier",
        "-d",
        help="The dossier holding the step (needed only when the id is in several).",
        autocompletion=complete.dossiers,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@step_app.command("list")
def step_list(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """List the steps of a dossier in date order.

    Example: besluitspoor step list wassenaar-sociaal-team
    """
    from besluitspoor.render.trail_text import steps_table
    from besluitspoor.store import dossiers as store
    from besluitspoor.trail import ordered_steps

    with settings(ctx).open().read() as conn:
        found = store.load(conn, dossier)
    ordered = ordered_steps(found)
    if as_json:
        print_json([s.model_dump(mode="json", exclude_defaults=True) for s in ordered])
        return
    out().print(steps_table(ordered, settings(ctx).lang))


@step_app.command("show")
def step_show(
    ctx: typer.Context, step: StepArg, dossier: DossierOpt = None, as_json: JsonOpt = False
) -> None:
    """Show every recorded key of one step, and where it is referred to.

    Example: besluitspoor step show cb-2022-12-13
    """
    from besluitspoor.edit import find_item, references_to
    from besluitspoor.render.trail_text import step_detail
    from besluitspoor.store import dossiers as store

    db = settings(ctx).open()
    dossier = find_item(db, "steps", step, dossier)
    with db.read() as conn:
        found = store.load(conn, dossier)
    item = found.step(step)
    assert item is not None
    referrers = references_to(found, step)
    if as_json:
        print_json({"dossier": dossier, **item.model_dump(mode="json"), "referred_by": referrers})
        return
    out().print(step_detail(dossier, item, referrers, settings(ctx).lang))


SetOpt = Annotated[
    list[str] | None,
    typer.Option("--set", help="key=value in the dossier format; repeatable.", metavar="KEY=VALUE"),
]
UnsetOpt = Annotated[
    list[str] | None, typer.Option("--unset", help="Remove a key; repeatable.", metavar="KEY")
]
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; needed in scripts.")]


@step_app.command("edit")
def step_edit(
    ctx: typer.Context,
    step: StepArg,
    dossier: DossierOpt = None,
    assignments: SetOpt = None,
    unset: UnsetOpt = None,
) -> None:
    """Change keys of a step, validated like a dossier file.

    Examples:

        besluitspoor step edit cb-2022-12-13 --set time=09:30 --set decision=organisatorisch

        besluitspoor step edit rib-2023-01-18 --set reports=cb-2022-12-13,cb-2022-06 --unset body
    """
    from besluitspoor.cli import assign
    from besluitspoor.edit import change, find_item, item

    if not assignments and not unset:
        fail("nothing to change: give --set KEY=VALUE or --unset KEY")
    state = settings(ctx)
    db = state.open()
    dossier = find_item(db, "steps", step, dossier)

    def mutate(data: dict[str, Any]) -> None:
        target = item(data, "steps", step)
        model = STEP_CLASSES.get(target["kind"], StepBase)
        assign.apply(target, model, assignments or [], unset or [])

    change(db, dossier, mutate, state.profile_names())
    say(f"changed step '{step}' in dossier '{dossier}'")


@step_app.command("remove")
def step_remove(
    ctx: typer.Context, step: StepArg, dossier: DossierOpt = None, yes: YesOpt = False
) -> None:
    """Remove a step. Refused while other items refer to it.

    Example: besluitspoor step remove motie-2022-12-13 --yes
    """
    from besluitspoor.edit import change, find_item, references_to
    from besluitspoor.store import dossiers as store

    state = settings(ctx)
    db = state.open()
    dossier = find_item(db, "steps", step, dossier)
    with db.read() as conn:
        referrers = references_to(store.load(conn, dossier), step)
    if referrers:
        fail(f"step '{step}' is referred to by {', '.join(referrers)}; change those first")
    confirm(yes, f"Remove step '{step}' from dossier '{dossier}'?")

    def mutate(data: dict[str, Any]) -> None:
        data["steps"] = [s for s in data.get("steps", []) if s["id"] != step]

    change(db, dossier, mutate, state.profile_names())
    say(f"removed step '{step}' from dossier '{dossier}'")
