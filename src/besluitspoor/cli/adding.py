"""`besluitspoor add KIND DOSSIER`: record a step.

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
    need,
    recorder,
    report,
    say_date_readings,
)
from besluitspoor.cli.parsing import Group
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import STEP_CLASSES, StepBase, choices_of, holds, refs_of


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
    if holds(info.annotation, lambda a: a is FuzzyDate):
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
    what = " ".join((model.__doc__ or "").split()).rstrip(".")  # one paragraph, as written
    command.__doc__ = (
        f"Record {_article(kind)} {kind} step{also}: {what}."
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
    say_date_readings(values)
    outcome = recorder(ctx).add(
        dossier_id, "steps", step, replace=replace, new=new, label=_option_label
    )
    report(outcome)


def _option_label(key: str) -> str:
    """`reports[0]` -> `--reports`: the option a problem came from."""
    return option_name(key.split("[")[0].split(".")[0])


for _kind in vocab.STEP_KINDS:
    add_app.command(_kind)(_make_add(_kind))
