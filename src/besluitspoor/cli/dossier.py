"""`besluitspoor dossier add|list|show|edit|remove`."""

from __future__ import annotations

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


def _fact(name: str) -> Any:
    """A fact's option, described by the model (facts are yes, no or unknown)."""
    from besluitspoor.model import Facts

    return typer.Option(
        help=Facts.model_fields[name].description,
        autocompletion=complete.tristate,
        metavar="yes|no|unknown",
    )


@app.command("add")
def add(
    ctx: typer.Context,
    title: Annotated[
        str | None,
        typer.Option(help=r"e.g. 'Sociaal Team Wassenaar'. \[required]", metavar="TEXT"),
    ] = None,
    municipality: Annotated[
        str | None,
        typer.Option(help=r"Gemeente, or a regeling. \[required]", metavar="TEXT"),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option(
            help=r"Process profile (see 'besluitspoor profiles'). \[required]",
            autocompletion=complete.profiles,
            metavar="NAME",
        ),
    ] = None,
    dossier_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            help="Id (at most 30 characters). Default: municipality and subject.",
            metavar="ID",
        ),
    ] = None,
    domain: Annotated[
        str | None,
        typer.Option(
            help=f"One of: {', '.join(vocab.DOMAINS)}.",
            autocompletion=complete.domains,
            metavar="NAME",
        ),
    ] = None,
    start: Annotated[
        str | None, typer.Option(help="Ingangsdatum: '1 januari 2023'.", metavar="DATE")
    ] = None,
    summary: Annotated[str | None, typer.Option(help="One paragraph.", metavar="TEXT")] = None,
    goal: Annotated[
        list[str] | None, typer.Option(help="A goal (repeatable).", metavar="TEXT")
    ] = None,
    tag: Annotated[
        list[str] | None, typer.Option(help="A free label (repeatable).", metavar="TEXT")
    ] = None,
    affects_residents: Annotated[str | None, _fact("affects_residents")] = None,
    touches_verordening: Annotated[str | None, _fact("touches_verordening")] = None,
    within_plan: Annotated[str | None, _fact("within_plan")] = None,
    ingrijpend: Annotated[str | None, _fact("ingrijpend")] = None,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace", help="Replace the details of a dossier of this id (keeps its trail)."
        ),
    ] = False,
) -> None:
    """Create a dossier for one policy change. Asks for what is missing on a terminal; the same
    dossier again changes nothing.

    Example:

        besluitspoor dossier add --title "Sociaal Team Wassenaar" --municipality Wassenaar
        --profile beleidswijziging-sociaal-domein --domain sociaal --start 2023-01-01
        --affects-residents yes
    """
    from besluitspoor.fuzzydate import FuzzyDate
    from besluitspoor.recording import Recorder

    state = settings(ctx)
    title = need(title, "--title", "titel")
    municipality = need(municipality, "--municipality", "gemeente")
    profile = need(profile, "--profile", "profiel", choices=state.profile_names())
    if start:
        try:
            FuzzyDate.parse(start)
        except ValueError as exc:
            fail(f"--start: {exc}")
    facts = {
        "affects_residents": affects_residents,
        "touches_verordening": touches_verordening,
        "within_plan": within_plan,
        "ingrijpend": ingrijpend,
    }
    info: dict[str, Any] = {
        "id": dossier_id,
        "title": title,
        "municipality": municipality,
        "profile": profile,
        "domain": domain,
        "start": start,
        "summary": summary,
        "goals": goal or [],
        "tags": tag or [],
        "facts": {k: v for k, v in facts.items() if v is not None},
    }
    rec = Recorder(state.open(create=True), state.profile_names())
    report(rec.create_dossier(info, replace=replace))


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
    from besluitspoor.store import reading as store

    with settings(ctx).open().read() as conn:
        found = store.load(conn, dossier)
    if as_json:
        print_json(found.to_data())
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
