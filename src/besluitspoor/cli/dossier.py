"""`besluitspoor dossier add|list|show|edit|remove`."""

from __future__ import annotations

import functools
import inspect
from typing import Annotated, Any

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
    say,
    settings,
)
from besluitspoor.cli.options import JsonOpt, SetOpt, UnsetOpt, YesOpt
from besluitspoor.i18n import count, t

app = App(
    help="Create, list, show, edit or remove dossiers (one policy change each).\n\n"
    "Example: besluitspoor dossier show wassenaar-sociaal-team",
    no_args_is_help=True,
)

DossierArg = Annotated[
    str, typer.Argument(help="Id of the dossier.", autocompletion=complete.dossiers)
]


# The keys of the dossier block `dossier add` offers, read from the model: its words and
# lists of words, and every fact. Costs, evaluation and sources are structured; `dossier edit
# --set` sets them.
_NOT_OFFERED = ("costs", "evaluation", "facts", "sources")
_REQUIRED = ("title", "municipality", "profile")  # asked for on a terminal when not given
_OPTION = {"id": "id", "goals": "goal", "indicators": "indicator", "tags": "tag"}  # one each
_COMPLETE = {"profile": complete.profiles, "domain": complete.domains}


def _dossier_parameters() -> list[inspect.Parameter]:
    from typing import get_origin

    from besluitspoor.fuzzydate import FuzzyDate
    from besluitspoor.model import DossierInfo, Facts, holds

    params = []
    for name, info in DossierInfo.model_fields.items():
        if name in _NOT_OFFERED:
            continue
        listed = get_origin(info.annotation) is list
        text = (info.description or name) + (" Repeatable." if listed else "")
        if name == "domain":
            text += f" One of: {', '.join(vocab.DOMAINS)}."
        if name == "id":
            text += " Default: made from the municipality and the subject."
        metavar = (
            "ID"
            if name == "id"
            else "DATE"
            if holds(info.annotation, lambda a: a is FuzzyDate)
            else "NAME"
            if name in _COMPLETE
            else "TEXT"
        )
        option = typer.Option(
            "--" + _OPTION.get(name, name),
            help=text + (r" \[required]" if name in _REQUIRED else ""),
            metavar=metavar,
            autocompletion=_COMPLETE.get(name),
        )
        kind = list[str] | None if listed else str | None
        params.append(_keyword(name, Annotated[kind, option], None))
    for name, info in Facts.model_fields.items():  # yes, no or unknown
        option = typer.Option(
            "--" + name.replace("_", "-"),
            help=info.description,
            autocompletion=complete.tristate,
            metavar="yes|no|unknown",
        )
        params.append(_keyword(name, Annotated[str | None, option], None))
    replace = typer.Option(
        "--replace", help="Replace the details of a dossier of this id (keeps its trail)."
    )
    params.append(_keyword("replace", Annotated[bool, replace], False))
    return params


def _keyword(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default
    )


def add(ctx: typer.Context, **values: Any) -> None:
    """Create a dossier for one policy change. Asks for what is missing on a terminal; the same
    dossier again changes nothing.

    Example:

        besluitspoor dossier add --title "Sociaal Team Wassenaar" --municipality Wassenaar
        --profile beleidswijziging-sociaal-domein --domain sociaal --start 2023-01-01
        --affects-residents yes
    """
    from besluitspoor.fuzzydate import FuzzyDate
    from besluitspoor.model import Facts
    from besluitspoor.recording import Recorder

    state = settings(ctx)
    values["title"] = need(values["title"], "--title", "titel")
    values["municipality"] = need(values["municipality"], "--municipality", "gemeente")
    values["profile"] = need(
        values["profile"], "--profile", "profiel", choices=state.profile_names()
    )
    if values["start"]:
        try:
            FuzzyDate.parse(values["start"])
        except ValueError as exc:
            fail(f"--start: {exc}")
    replace = values.pop("replace")
    facts = {k: values.pop(k) for k in Facts.model_fields}
    info: dict[str, Any] = {
        **{k: (v or []) if k in _OPTION and k != "id" else v for k, v in values.items()},
        "facts": {k: v for k, v in facts.items() if v is not None},
    }
    rec = Recorder(state.open(create=True), state.profile_names())
    report(rec.create_dossier(info, replace=replace))


class _Derived:
    """A command whose options are read from the model when the command is built (when it runs
    or shows its help), not when its group is: `dossier list` need not load the model."""

    def __init__(self, func: Any, parameters: Any) -> None:
        functools.update_wrapper(self, func)
        self.func, self.parameters = func, parameters

    @functools.cached_property
    def __signature__(self) -> inspect.Signature:
        ctx = inspect.Parameter(
            "ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context
        )
        return inspect.Signature([ctx, *self.parameters()])

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.func(*args, **kwargs)


app.command("add")(_Derived(add, _dossier_parameters))


@app.command("list")
def list_(
    ctx: typer.Context,
    municipality: Annotated[str | None, typer.Option(help="Only this gemeente.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the dossiers in the database.

    Example: besluitspoor dossier list --municipality Wassenaar
    """
    from dataclasses import asdict

    from rich.markup import escape

    from besluitspoor.render.entries import Cell, Entry, EntryList
    from besluitspoor.store import reading as store

    with settings(ctx).open().read() as conn:
        rows = store.summaries(conn, municipality)
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    entries = [
        Entry(
            [
                Cell(row.id, "cyan"),
                # labelled: a bare date column says nothing about what the date is
                Cell(
                    f"{t('ingang', 'start')} {row.start}"
                    if row.start
                    else t("geen ingang", "no start")
                ),
                Cell(count(row.steps, "step")),
            ],
            [escape(row.title), f"[dim]{escape(row.municipality)} · {row.profile}[/dim]"],
        )
        for row in rows
    ]
    out().print(EntryList(entries))
    if not rows:
        say(
            t(
                "nog geen dossiers: 'besluitspoor import BESTANDEN' of 'besluitspoor dossier add'",
                "no dossiers yet: 'besluitspoor import FILES' or 'besluitspoor dossier add'",
            )
        )


@app.command("show")
def show(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """Show a dossier and its trail in date order.

    Example: besluitspoor dossier show wassenaar-sociaal-team
    """
    from besluitspoor.render.trail_text import dossier_view
    from besluitspoor.shapes import to_data
    from besluitspoor.store import reading as store

    with settings(ctx).open().read() as conn:
        found = store.load_plain(conn, dossier)
    if as_json:
        print_json(to_data(found))
        return
    with settings(ctx).paged():
        out().print(dossier_view(found, settings(ctx).lang))


@app.command("edit")
def edit(
    ctx: typer.Context,
    dossier: DossierArg,
    assignments: SetOpt = None,
    unset: UnsetOpt = None,
) -> None:
    """Change keys of the dossier block, validated like a dossier file. A new id renames the
    dossier.

    Examples:

        besluitspoor dossier edit wassenaar-sociaal-team --set start=2023-01-01
        --set facts.affects_residents=yes --set goals="Eén loket" --set goals="Snellere hulp"

        besluitspoor dossier edit wassenaar-sociaal-team --set costs.amount=250000
        --set costs.covered_by=geen --set evaluation.date=2024 --unset summary

        besluitspoor dossier edit wassenaar-sociaal-team --set costs.stated=false
    """
    from pydantic import BaseModel

    from besluitspoor.cli import assign
    from besluitspoor.model import Costs, DossierInfo, Evaluation, Facts

    if not assignments and not unset:
        fail(nothing_to_change())
    nested: dict[str, type[BaseModel]] = {"facts": Facts, "costs": Costs, "evaluation": Evaluation}

    def mutate(info: dict[str, Any]) -> None:
        assign.apply(info, DossierInfo, assignments or [], unset or [], nested)

    report(recorder(ctx).edit_dossier(dossier, mutate, label=assign.set_label))


@app.command("source")
def source(
    ctx: typer.Context,
    dossier: DossierArg,
    title: Annotated[str, typer.Option(help="Title of the document.")],
    url: Annotated[str | None, typer.Option(help="Where it can be read.")] = None,
    date: Annotated[str | None, typer.Option(help="Date of the document.")] = None,
) -> None:
    """Add a document this dossier was built from.

    Example: besluitspoor dossier source wassenaar-sociaal-team --title "Brief 8 februari 2023"
    --url https://example.org/brief --date 2023-02-08
    """
    from pydantic import ValidationError

    from besluitspoor.model import Source

    given = {k: v for k, v in {"title": title, "url": url, "date": date}.items() if v}
    try:  # normalised first, so that the same source given again is found
        entry = Source.model_validate(given).model_dump(mode="json", exclude_none=True)
    except ValidationError:
        entry = given  # the dossier's validation reports it in the user's terms

    def mutate(info: dict[str, Any]) -> None:
        sources = info.setdefault("sources", [])
        if entry not in sources:  # the same source twice is one source
            sources.append(entry)

    report(recorder(ctx).edit_dossier(dossier, mutate))


@app.command("remove")
def remove(
    ctx: typer.Context,
    dossiers: Annotated[
        list[str], typer.Argument(help="Ids of the dossiers.", autocompletion=complete.dossiers)
    ],
    yes: YesOpt = False,
) -> None:
    """Remove dossiers with all their steps, preconditions and promises.

    Example: besluitspoor dossier remove wassenaar-sociaal-team --yes
    """
    from besluitspoor.store import dossiers as store

    rec = recorder(ctx)
    with rec.db.read() as conn:
        store.require(conn, dossiers)
    names = ", ".join(dossiers)
    noun = t("Dossier", "dossier") if len(dossiers) == 1 else t("Dossiers", "dossiers")
    confirm(yes, t("{d} {n} verwijderen?", "Remove {d} {n}?", d=noun, n=names))
    removed = rec.remove_dossiers(dossiers)
    say(t("{n} verwijderd", "removed {n}", n=count(removed, "dossier")))
