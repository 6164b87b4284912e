"""`besluitspoor randvoorwaarde ...`, `toezegging ...` and `motie ...`: the items whose status a
volunteer follows over time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import typer

from besluitspoor import vocab
from besluitspoor.cli import complete
from besluitspoor.cli.base import App, out, print_json, say, settings
from besluitspoor.cli.steps import DossierArg, JsonOpt

pre_app = App(
    help="Randvoorwaarden: preconditions named for a change, and whether they were met.",
    no_args_is_help=True,
)
promise_app = App(
    help="Toezeggingen: promises made to the council, and whether they were kept.",
    no_args_is_help=True,
)
motion_app = App(help="Moties: record the vote and how a motion was settled.", no_args_is_help=True)

Dossier = Annotated[
    str | None,
    typer.Option(
        "--dossier",
        "-d",
        help="The dossier (needed only when the id is in several).",
        autocompletion=complete.dossiers,
    ),
]
StepRef = Annotated[
    str, typer.Option("--by", help="Id of the step.", autocompletion=complete.steps)
]
DateOpt = Annotated[str, typer.Option("--on", help="Date: '1 september 2023', 2023-09-01.")]


def _update(
    ctx: typer.Context,
    section: str,
    item_id: str,
    dossier: str | None,
    changes: dict[str, Any],
    kind: str | None = None,
) -> None:
    from besluitspoor.edit import change, find_item, item

    state = settings(ctx)
    db = state.open()
    holder = find_item(db, section, item_id, dossier, kind)

    def mutate(data: dict[str, Any]) -> None:
        target = item(data, section, item_id)
        for key, value in changes.items():
            if value is None:
                target.pop(key, None)
            else:
                target[key] = value

    change(db, holder, mutate, state.profile_names())
    shown = ", ".join(f"{k}={v}" for k, v in changes.items() if v is not None)
    say(f"{item_id} in '{holder}': {shown}")


def _add(ctx: typer.Context, section: str, dossier: str, entry: dict[str, Any]) -> None:
    from besluitspoor.edit import change, fresh_id, slugify

    state = settings(ctx)
    added: list[str] = []

    def mutate(data: dict[str, Any]) -> None:
        items = data.setdefault(section, [])
        if not entry.get("id"):
            words = " ".join(entry["text"].split()[:4])
            entry["id"] = fresh_id(slugify(words, 40), (i["id"] for i in items))
        items.append({k: v for k, v in entry.items() if v not in (None, False)})
        added.append(entry["id"])

    change(state.open(), dossier, mutate, state.profile_names())
    print(added[0])
    say(f"added '{added[0]}' to dossier '{dossier}'")


def _list(ctx: typer.Context, section: str, dossier: str, as_json: bool) -> None:
    from besluitspoor.render.trail_text import preconditions_table, promises_table
    from besluitspoor.store import dossiers as store

    with settings(ctx).open().read() as conn:
        found = store.load(conn, dossier)
    if as_json:
        print_json(found.to_data().get(section, []))
        return
    table = preconditions_table if section == "preconditions" else promises_table
    out().print(table(found, settings(ctx).lang))


# --- randvoorwaarde -------------------------------------------------------------------------------

PreArg = Annotated[
    str, typer.Argument(help="Id of the precondition.", autocompletion=complete.preconditions)
]


@pre_app.command("add")
def pre_add(
    ctx: typer.Context,
    dossier: DossierArg,
    text: Annotated[str, typer.Option(help="e.g. 'Convenant tussen de partners'.")],
    pre_id: Annotated[str | None, typer.Option("--id", help="Id. Default: from the text.")] = None,
    named_in: Annotated[
        str | None, typer.Option(help="Step that named it.", autocompletion=complete.steps)
    ] = None,
    due: Annotated[str | None, typer.Option(help="'start' (default) or a date.")] = None,
    critical: Annotated[bool, typer.Option(help="Essential for the change.")] = False,
) -> None:
    """Record a precondition (randvoorwaarde) named for the change.

    Example: besluitspoor randvoorwaarde add wassenaar-sociaal-team --text "Convenant"
    --named-in rib-2022-06 --critical
    """
    entry = {"id": pre_id, "text": text, "named_in": named_in, "due": due, "critical": critical}
    _add(ctx, "preconditions", dossier, entry)


@pre_app.command("list")
def pre_list(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """List the preconditions of a dossier with their status.

    Example: besluitspoor randvoorwaarde list wassenaar-sociaal-team
    """
    _list(ctx, "preconditions", dossier, as_json)


@pre_app.command("vervuld")
def pre_met(
    ctx: typer.Context,
    precondition: PreArg,
    on: DateOpt,
    evidence: Annotated[str | None, typer.Option(help="Step id or URL that shows it.")] = None,
    dossier: Dossier = None,
) -> None:
    """Mark a precondition as met (vervuld) on a date.

    Example: besluitspoor randvoorwaarde vervuld convenant --on "1 september 2023"
    """
    changes = {"status": "vervuld", "met_on": on, "dropped_by": None}
    if evidence:
        changes["evidence"] = evidence
    _update(ctx, "preconditions", precondition, dossier, changes)


@pre_app.command("vervallen")
def pre_dropped(
    ctx: typer.Context, precondition: PreArg, by: StepRef, dossier: Dossier = None
) -> None:
    """Mark a precondition as dropped (vervallen) by a decision.

    Example: besluitspoor randvoorwaarde vervallen huisvesting --by cb-2023-03-01
    """
    changes = {"status": "vervallen", "dropped_by": by, "met_on": None}
    _update(ctx, "preconditions", precondition, dossier, changes)


@pre_app.command("open")
def pre_open(ctx: typer.Context, precondition: PreArg, dossier: Dossier = None) -> None:
    """Set a precondition back to open.

    Example: besluitspoor randvoorwaarde open convenant
    """
    changes = {"status": "open", "met_on": None, "dropped_by": None}
    _update(ctx, "preconditions", precondition, dossier, changes)


# --- toezegging -----------------------------------------------------------------------------------

PromiseArg = Annotated[
    str, typer.Argument(help="Id of the promise.", autocompletion=complete.promises)
]


@promise_app.command("add")
def promise_add(
    ctx: typer.Context,
    dossier: DossierArg,
    text: Annotated[str, typer.Option(help="What was promised.")],
    promise_id: Annotated[
        str | None, typer.Option("--id", help="Id. Default: from the text.")
    ] = None,
    made_in: Annotated[
        str | None, typer.Option(help="Step where it was promised.", autocompletion=complete.steps)
    ] = None,
    who: Annotated[str | None, typer.Option("--who", help="Wethouder or college.")] = None,
    due: Annotated[str | None, typer.Option(help="Deadline: 'november 2022'.")] = None,
) -> None:
    """Record a promise (toezegging) made to the council.

    Example: besluitspoor toezegging add wassenaar-sociaal-team --text "Raad in november
    opnieuw informeren" --made-in rib-2022-06 --due "november 2022"
    """
    entry = {"id": promise_id, "text": text, "made_in": made_in, "by": who, "due": due}
    _add(ctx, "promises", dossier, entry)


@promise_app.command("list")
def promise_list(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """List the promises of a dossier with their status.

    Example: besluitspoor toezegging list wassenaar-sociaal-team
    """
    _list(ctx, "promises", dossier, as_json)


@promise_app.command("nagekomen")
def promise_kept(
    ctx: typer.Context, promise: PromiseArg, by: StepRef, dossier: Dossier = None
) -> None:
    """Mark a promise as kept (nagekomen) by a step.

    Example: besluitspoor toezegging nagekomen informeren-november --by cie-mm-2022-11-30
    """
    changes = {"status": "nagekomen", "fulfilled_by": by, "postponed_to": None}
    _update(ctx, "promises", promise, dossier, changes)


@promise_app.command("uitgesteld")
def promise_postponed(
    ctx: typer.Context,
    promise: PromiseArg,
    to: Annotated[str, typer.Option("--to", help="The new date.")],
    dossier: Dossier = None,
) -> None:
    """Mark a promise as postponed (uitgesteld) to a new date.

    Example: besluitspoor toezegging uitgesteld evaluatie --to "juni 2024"
    """
    changes = {"status": "uitgesteld", "postponed_to": to, "fulfilled_by": None}
    _update(ctx, "promises", promise, dossier, changes)


@promise_app.command("vervallen")
def promise_dropped(ctx: typer.Context, promise: PromiseArg, dossier: Dossier = None) -> None:
    """Mark a promise as no longer applicable (vervallen).

    Example: besluitspoor toezegging vervallen evaluatie
    """
    changes = {"status": "vervallen", "fulfilled_by": None, "postponed_to": None}
    _update(ctx, "promises", promise, dossier, changes)


# --- motie ----------------------------------------------------------------------------------------

MotionArg = Annotated[
    str, typer.Argument(help="Id of the motion.", autocompletion=complete.motions)
]


@motion_app.command("afgedaan")
def motion_settled(
    ctx: typer.Context, motion: MotionArg, by: StepRef, dossier: Dossier = None
) -> None:
    """Record the step that settled (deed af) an adopted motion.

    Example: besluitspoor motie afgedaan motie-smow --by rib-2023-03-01
    """
    _update(ctx, "steps", motion, dossier, {"settled_by": by}, kind="motie")


def _make_status(status: str) -> Callable[..., None]:
    def command(
        ctx: typer.Context,
        motion: MotionArg,
        on: Annotated[str | None, typer.Option("--on", help="Date of the vote.")] = None,
        dossier: Dossier = None,
    ) -> None:
        changes: dict[str, Any] = {"status": status}
        if on:
            changes["vote_date"] = on
        _update(ctx, "steps", motion, dossier, changes, kind="motie")

    command.__doc__ = (
        f"Set a motion's status to {status}.\n\n"
        f"Example: besluitspoor motie {status} motie-smow --on 2022-12-13"
    )
    return command


for _status in vocab.MOTION_STATUSES:
    motion_app.command(_status)(_make_status(_status))
