"""`besluitspoor dossier add|list|show|edit|remove`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from besluitspoor import vocab
from besluitspoor.cli import complete
from besluitspoor.cli.base import App, confirm, fail, need, out, print_json, say, settings
from besluitspoor.cli.steps import JsonOpt, SetOpt, UnsetOpt, YesOpt

app = App(
    help="Create, list, show, edit or remove dossiers (one policy change each).",
    no_args_is_help=True,
)

DossierArg = Annotated[
    str, typer.Argument(help="Id of the dossier.", autocompletion=complete.dossiers)
]
Tri = Annotated[
    str | None, typer.Option(autocompletion=complete.tristate, metavar="yes|no|unknown")
]


@app.command("add")
def add(
    ctx: typer.Context,
    title: Annotated[str | None, typer.Option(help="e.g. 'Sociaal Team Wassenaar'.")] = None,
    municipality: Annotated[str | None, typer.Option(help="Gemeente, or a regeling.")] = None,
    profile: Annotated[
        str | None,
        typer.Option(
            help="Process profile (see 'besluitspoor profiles').", autocompletion=complete.profiles
        ),
    ] = None,
    dossier_id: Annotated[
        str | None, typer.Option("--id", help="Id (slug). Default: from municipality and title.")
    ] = None,
    domain: Annotated[
        str | None,
        typer.Option(help=f"One of: {', '.join(vocab.DOMAINS)}.", autocompletion=complete.domains),
    ] = None,
    start: Annotated[str | None, typer.Option(help="Ingangsdatum: '1 januari 2023'.")] = None,
    summary: Annotated[str | None, typer.Option(help="One paragraph.")] = None,
    goal: Annotated[list[str] | None, typer.Option(help="A goal (repeatable).")] = None,
    tag: Annotated[list[str] | None, typer.Option(help="A free label (repeatable).")] = None,
    affects_residents: Tri = None,
    touches_verordening: Tri = None,
    within_plan: Tri = None,
    ingrijpend: Tri = None,
) -> None:
    """Create a dossier for one policy change. Prompts for what is missing on a terminal.

    Example:

        besluitspoor dossier add --title "Sociaal Team Wassenaar" --municipality Wassenaar
        --profile beleidswijziging-sociaal-domein --domain sociaal --start 2023-01-01
        --affects-residents yes
    """
    from besluitspoor.edit import create, slugify

    state = settings(ctx)
    title = need(title, "--title", "Titel")
    municipality = need(municipality, "--municipality", "Gemeente")
    profile = need(profile, "--profile", "Profiel")
    if dossier_id is None:  # municipality first, as in "wassenaar-sociaal-team"
        prefix = slugify(municipality)
        rest = "-".join(w for w in slugify(title).split("-") if w not in prefix.split("-"))
        dossier_id = f"{prefix}-{rest}" if rest else prefix
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
    data = {"format": vocab.FORMAT, "dossier": {k: v for k, v in info.items() if v is not None}}
    dossier = create(state.open(create=True), data, state.profile_names())
    print(dossier.id)
    say(f"created dossier '{dossier.id}'")


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
    from rich.table import Table

    from besluitspoor.store import dossiers as store

    with settings(ctx).open().read() as conn:
        rows = store.summaries(conn, municipality)
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    table = Table()
    widest = max((len(r.id) for r in rows), default=2)
    table.add_column("id", style="cyan", no_wrap=True, min_width=widest)
    table.add_column("dossier", ratio=1)
    table.add_column("start", no_wrap=True)
    table.add_column("steps", justify="right")
    for row in rows:
        title = f"{escape(row.title)}\n[dim]{escape(row.municipality)} · {row.profile}[/dim]"
        table.add_row(row.id, title, row.start or "—", str(row.steps))
    out().print(table)
    if not rows:
        say("no dossiers yet: 'besluitspoor import FILES' or 'besluitspoor dossier add'")


@app.command("show")
def show(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """Show a dossier and its trail in date order.

    Example: besluitspoor dossier show wassenaar-sociaal-team
    """
    from besluitspoor.render.trail_text import dossier_view
    from besluitspoor.store import dossiers as store

    with settings(ctx).open().read() as conn:
        found = store.load(conn, dossier)
    if as_json:
        print_json(found.to_data())
        return
    out().print(dossier_view(found, settings(ctx).lang))


@app.command("edit")
def edit(
    ctx: typer.Context,
    dossier: DossierArg,
    assignments: SetOpt = None,
    unset: UnsetOpt = None,
) -> None:
    """Change keys of the dossier block, validated like a dossier file.

    Examples:

        besluitspoor dossier edit wassenaar-sociaal-team --set start=2023-01-01
        --set facts.affects_residents=yes --set goals="Eén loket" --set goals="Snellere hulp"

        besluitspoor dossier edit wassenaar-sociaal-team --set costs.amount=250000
        --set costs.covered_by=geen --set evaluation.date=2024 --unset summary
    """
    from pydantic import BaseModel

    from besluitspoor.cli import assign
    from besluitspoor.edit import change
    from besluitspoor.model import Costs, DossierInfo, Evaluation, Facts

    if not assignments and not unset:
        fail("nothing to change: give --set KEY=VALUE or --unset KEY")
    state = settings(ctx)
    nested: dict[str, type[BaseModel]] = {"facts": Facts, "costs": Costs, "evaluation": Evaluation}

    def mutate(data: dict[str, Any]) -> None:
        assign.apply(data["dossier"], DossierInfo, assignments or [], unset or [], nested)

    change(state.open(), dossier, mutate, state.profile_names())
    say(f"changed dossier '{dossier}'")


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
    from besluitspoor.edit import change

    state = settings(ctx)
    entry = {k: v for k, v in {"title": title, "url": url, "date": date}.items() if v}

    def mutate(data: dict[str, Any]) -> None:
        data["dossier"].setdefault("sources", []).append(entry)

    change(state.open(), dossier, mutate, state.profile_names())
    say(f"added a source to dossier '{dossier}'")


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

    db = settings(ctx).open()
    with db.read() as conn:
        store.require(conn, dossiers)
    confirm(yes, f"Remove {len(dossiers)} dossier(s): {', '.join(dossiers)}?")
    with db.write() as conn:
        removed = store.delete_dossiers(conn, dossiers)
    say(f"removed {removed} dossier(s)")
