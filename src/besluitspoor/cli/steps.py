"""`besluitspoor add KIND DOSSIER` and `besluitspoor step list|show|edit|remove`.

The `add` subcommands are built from the step models, one per kind with that kind's own options,
their help the field descriptions on the model: the command line cannot drift from the format.
"""

from __future__ import annotations

import inspect
from typing import Annotated, Any, ClassVar, get_origin

import typer

from besluitspoor import vocab
from besluitspoor.cli import complete
from besluitspoor.cli.base import (
    App,
    confirm,
    fail,
    need,
    nothing_to_change,
    out,
    print_json,
    recorder,
    report,
    settings,
)
from besluitspoor.cli.parsing import Group
from besluitspoor.model import STEP_CLASSES, StepBase, choices_of, refs_of


class KindGroup(Group):
    """`add rib`, `add RIB` and `add raadsinformatiebrief` are one command."""

    aliases: ClassVar[dict[str, str]] = {
        alias: kind for kind, names in vocab.KIND_ALIASES.items() for alias in names
    }


add_app = App(
    cls=KindGroup,
    help="Record a step of a decision trail: a letter, meeting, decision, motion, advice ...\n\n"
    "Kinds may be written in any case or by a short name (rib, commissie, cie, voorstel, "
    "publicatie, schriftelijke-vragen).\n\n"
    "Example: besluitspoor add rib wassenaar-sociaal-team --date 2023-02-01 "
    '--title "Stand van zaken"',
    no_args_is_help=True,
)
step_app = App(
    help="List, show, edit or remove recorded steps.\n\n"
    "Example: besluitspoor step list wassenaar-sociaal-team",
    no_args_is_help=True,
)

# Examples in --help use the ids of the dossier that README's tour records.
EXAMPLES = {
    "raadsinformatiebrief": "besluitspoor add rib wassenaar-sociaal-team --date 2023-03-01 "
    '--title "Voortgang convenant" --reports cb-2022-12-13',
    "collegebesluit": "besluitspoor add collegebesluit wassenaar-sociaal-team --date 2023-03-07 "
    '--time ochtend --decision organisatorisch --title "Evaluatieplan Sociaal Team"',
    "commissievergadering": "besluitspoor add commissie wassenaar-sociaal-team --date "
    '2022-12-12 --committee "Mens en Maatschappij" --nature beeldvormend --title "Bespreking"',
    "motie": "besluitspoor add motie wassenaar-sociaal-team --date 2022-12-13 "
    '--title "Motie SMOW" --requests "Overleg constructief met SMOW" --status aangenomen',
    "raadsvergadering": "besluitspoor add raadsvergadering wassenaar-sociaal-team --date "
    '"juni 2023" --title "Raad van juni" --status aangekondigd',
}

_A = {"a", "e", "i", "o", "u"}


def _article(kind: str) -> str:
    return "an" if kind[0] in _A else "a"


def option_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def _metavar(model: type[StepBase], name: str) -> str:
    info = model.model_fields[name]
    if name == "id" or name in refs_of(model):
        return "ID"
    if "FuzzyDate" in str(info.annotation):
        return "DATE"
    if name == "time":
        return "HH:MM"
    choices = choices_of(model, name)
    if choices and len("|".join(choices)) <= 24:
        return "|".join(choices)
    return "NAME" if choices else "TEXT"


def _help(model: type[StepBase], name: str) -> str:
    info = model.model_fields[name]
    text = info.description or name
    choices = choices_of(model, name)
    if choices and len("|".join(choices)) > 24:
        text += f" One of: {', '.join(choices)}."
    if get_origin(info.annotation) is list:
        text += " Repeatable."
    if name in model.REQUIRED:
        text += r" \[required]"
    return text


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
    refs = refs_of(model)
    for name, info in model.model_fields.items():
        if name == "kind":
            continue
        kwargs: dict[str, Any] = {"help": _help(model, name)}
        ref = refs.get(name)
        if ref is not None:
            kwargs["autocompletion"] = complete.reference(ref.section, name)
        elif choices_of(model, name):
            kwargs["autocompletion"] = complete.choices(choices_of(model, name) or ())
        annotation: Any
        default: Any = None
        if get_origin(info.annotation) is list:
            annotation = list[str] | None
        elif info.annotation is bool:
            annotation, default = bool, False
        else:
            annotation = str | None
        if annotation is not bool:
            kwargs["metavar"] = _metavar(model, name)
        option = typer.Option(option_name(name), **kwargs)
        params.append(
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=Annotated[annotation, option],
                default=default,
            )
        )
    for flag, text in (
        ("replace", "Replace the step of this --id if its content differs."),
        ("new", "Add it even though a step of this kind, date and title exists."),
    ):
        params.append(
            inspect.Parameter(
                f"{flag}_",
                inspect.Parameter.KEYWORD_ONLY,
                annotation=Annotated[bool, typer.Option(f"--{flag}", help=text)],
                default=False,
            )
        )
    return params


def _make_add(kind: str) -> Any:
    def command(ctx: typer.Context, **values: Any) -> None:
        add_step(ctx, kind, values)

    ctx_param = inspect.Parameter(
        "ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context
    )
    command.__signature__ = inspect.Signature([ctx_param, *_parameters(kind)])  # type: ignore[attr-defined]
    command.__name__ = f"add_{kind}"
    model = STEP_CLASSES[kind]
    aliases = vocab.KIND_ALIASES.get(kind, ())
    also = f" (also: {', '.join(aliases)})" if aliases else ""
    example = EXAMPLES.get(
        kind,
        f'besluitspoor add {kind} wassenaar-sociaal-team --date 2023-03-01 --title "..."'
        + "".join(f' {option_name(k)} "..."' for k in model.REQUIRED if k not in ("date", "title")),
    )
    command.__doc__ = (
        f"Record {_article(kind)} {kind} step{also}: {(model.__doc__ or '').strip().rstrip('.')}."
        "\n\n"
        "Adding the same step again changes nothing; a step of the same kind, date and title is "
        "refused unless --new.\n\n"
        f"Example:\n\n    {example}"
    )
    return command


def add_step(ctx: typer.Context, kind: str, values: dict[str, Any]) -> None:
    from besluitspoor.fuzzydate import FuzzyDate

    model = STEP_CLASSES[kind]
    dossier_id = values.pop("dossier")
    replace, new = values.pop("replace_"), values.pop("new_")
    for key in model.REQUIRED:
        check = FuzzyDate.parse if key == "date" else None
        values[key] = need(values.get(key), option_name(key), vocab.DUTCH_KEYS[key], check)
    step: dict[str, Any] = {"kind": kind, **values}
    outcome = recorder(ctx).add(
        dossier_id, "steps", step, replace=replace, new=new, label=_option_label
    )
    report(outcome)


def _option_label(key: str) -> str:
    """`reports[0]` -> `--reports`: the option a problem came from."""
    return option_name(key.split("[")[0].split(".")[0])


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
        metavar="ID",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


@step_app.command("list")
def step_list(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """List the steps of a dossier in date order.

    Example: besluitspoor step list wassenaar-sociaal-team
    """
    from besluitspoor.render.trail_text import steps_view
    from besluitspoor.store import dossiers as store
    from besluitspoor.trail import ordered_steps

    with settings(ctx).open().read() as conn:
        found = store.load(conn, dossier)
    ordered = ordered_steps(found)
    if as_json:
        print_json([s.model_dump(mode="json", exclude_defaults=True) for s in ordered])
        return
    out().print(steps_view(ordered, settings(ctx).lang))


@step_app.command("show")
def step_show(
    ctx: typer.Context, step: StepArg, dossier: DossierOpt = None, as_json: JsonOpt = False
) -> None:
    """Show every recorded key of one step, and where it is referred to.

    Example: besluitspoor step show cb-2022-12-13
    """
    from besluitspoor.recording import references_to
    from besluitspoor.render.trail_text import step_detail
    from besluitspoor.store import dossiers as store

    rec = recorder(ctx)
    dossier = rec.locate("steps", step, dossier)
    with rec.db.read() as conn:
        found = store.load(conn, dossier)
    item = found.step(step)
    assert item is not None
    referrers = references_to(found, "steps", step)
    if as_json:
        print_json({"dossier": dossier, **item.model_dump(mode="json"), "referred_by": referrers})
        return
    out().print(step_detail(dossier, item, referrers, settings(ctx).lang))


SetOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        help="KEY=VALUE in the dossier format's keys (id renames everywhere); repeatable.",
        metavar="KEY=VALUE",
    ),
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
    """Change keys of a step, validated like a dossier file. A new id is renamed everywhere the
    step is referred to.

    Examples:

        besluitspoor step edit cb-2022-12-13 --set time=09:30

        besluitspoor step edit rib-2023-01-18 --set reports=cb-2022-12-13 --unset body

        besluitspoor step edit rib-2022-06 --set id=rib-2022-06-voortgang
    """
    from besluitspoor.cli import assign

    if not assignments and not unset:
        fail(nothing_to_change())

    def mutate(target: dict[str, Any]) -> None:
        model = STEP_CLASSES.get(target["kind"], StepBase)
        assign.apply(target, model, assignments or [], unset or [])

    outcome = recorder(ctx).update("steps", step, mutate, dossier, label=assign.set_label)
    report(outcome)


@step_app.command("remove")
def step_remove(
    ctx: typer.Context, step: StepArg, dossier: DossierOpt = None, yes: YesOpt = False
) -> None:
    """Remove a step. Refused while other items refer to it.

    Example: besluitspoor step remove cie-2022-12-12 --yes
    """
    from besluitspoor.i18n import t

    rec = recorder(ctx)
    holder = rec.locate("steps", step, dossier)
    confirm(
        yes,
        t(
            "Stap '{id}' uit dossier '{dossier}' verwijderen?",
            "Remove step '{id}' from dossier '{dossier}'?",
            id=step,
            dossier=holder,
        ),
    )
    report(rec.remove("steps", step, holder))
