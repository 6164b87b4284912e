"""`besluitspoor randvoorwaarde ...`, `toezegging ...` and `motie ...`: the items whose status a
volunteer follows over time. Every item can be added, listed, shown, edited (a new id is
renamed everywhere) and removed; every status can be set back with `open`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

import typer

from besluitspoor import vocab
from besluitspoor.cli import complete
from besluitspoor.cli.base import (
    App,
    confirm,
    fail,
    nothing_to_change,
    out,
    print_json,
    recorder,
    report,
    say_date_readings,
    settings,
)
from besluitspoor.cli.options import DossierArg, JsonOpt, SetOpt, UnsetOpt, YesOpt
from besluitspoor.model import Precondition, Promise, dump

pre_app = App(
    help="Randvoorwaarden: preconditions named for a change, and whether they were met.\n\n"
    "Example: besluitspoor randvoorwaarde list wassenaar-sociaal-team",
    no_args_is_help=True,
)
promise_app = App(
    help="Toezeggingen: promises made to the council, and whether they were kept.\n\n"
    "Example: besluitspoor toezegging list wassenaar-sociaal-team",
    no_args_is_help=True,
)
motion_app = App(
    help="Moties: record the vote and how a motion was settled.\n\n"
    "Example: besluitspoor motie aangenomen motie-2022-12-13 --on 2022-12-13",
    no_args_is_help=True,
)

Section = Literal["preconditions", "promises"]

Dossier = Annotated[
    str | None,
    typer.Option(
        "--dossier",
        "-d",
        help="The dossier (needed only when the id is in several).",
        autocompletion=complete.dossiers,
        metavar="ID",
    ),
]
StepRef = Annotated[
    str, typer.Option("--by", help="Id of the step.", autocompletion=complete.steps, metavar="ID")
]
DateOpt = Annotated[
    str, typer.Option("--on", help="Date: '1 september 2023', 2023-09-01.", metavar="DATE")
]
ReplaceOpt = Annotated[
    bool, typer.Option("--replace", help="Replace the item of this --id if its content differs.")
]
NewOpt = Annotated[
    bool, typer.Option("--new", help="Add it even though an item with this text exists.")
]


def _add(
    ctx: typer.Context,
    section: Section,
    dossier: str,
    entry: dict[str, Any],
    replace: bool,
    new: bool,
) -> None:
    from besluitspoor.cli.adding import option_name

    label: Callable[[str], str] = lambda key: option_name(key.split("[")[0])  # noqa: E731
    say_date_readings(entry)
    report(recorder(ctx).add(dossier, section, entry, replace=replace, new=new, label=label))


def _list(ctx: typer.Context, section: Section, dossier: str, as_json: bool) -> None:
    from besluitspoor.render.trail_text import preconditions_view, promises_view
    from besluitspoor.store import reading as store

    with settings(ctx).open().read() as conn:
        found = store.load(conn, dossier)
    if as_json:
        print_json(found.to_data().get(section, []))
        return
    table = preconditions_view if section == "preconditions" else promises_view
    out().print(table(found, settings(ctx).lang))


def _show(
    ctx: typer.Context, section: Section, item_id: str, dossier: str | None, as_json: bool
) -> None:
    from besluitspoor.recording import references_to
    from besluitspoor.render.trail_text import item_detail
    from besluitspoor.store import dossiers as store

    rec = recorder(ctx)
    holder = rec.locate(section, item_id, dossier)
    with rec.db.read() as conn:
        found = store.load(conn, holder)
    item = next(i for i in getattr(found, section) if i.id == item_id)
    referrers = references_to(found, section, item_id)
    if as_json:
        print_json({"dossier": holder, **dump(item), "referred_by": referrers})
        return
    out().print(item_detail(holder, item, referrers, settings(ctx).lang))


def _edit(
    ctx: typer.Context,
    section: Section,
    item_id: str,
    dossier: str | None,
    assignments: list[str] | None,
    unset: list[str] | None,
) -> None:
    from besluitspoor.cli import assign

    if not assignments and not unset:
        fail(nothing_to_change())
    model = Precondition if section == "preconditions" else Promise

    def mutate(target: dict[str, Any]) -> None:
        assign.apply(target, model, assignments or [], unset or [])

    report(recorder(ctx).update(section, item_id, mutate, dossier, label=assign.set_label))


def _remove(
    ctx: typer.Context, section: Section, item_id: str, dossier: str | None, yes: bool
) -> None:
    from besluitspoor.i18n import t
    from besluitspoor.recording import noun

    rec = recorder(ctx)
    holder = rec.locate(section, item_id, dossier)
    rec.check_removable(section, item_id, holder)  # before asking, not after a "ja"
    question = t(
        "{what} '{id}' uit dossier '{dossier}' verwijderen?",
        "Remove {what} '{id}' from dossier '{dossier}'?",
        what=noun(section).capitalize(),
        id=item_id,
        dossier=holder,
    )
    confirm(yes, question)
    report(rec.remove(section, item_id, holder))


# The option of a status command that sets each key, for messages in the user's terms.
STATUS_OPTIONS = {
    "met_on": "--on",
    "evidence": "--evidence",
    "dropped_by": "--by",
    "fulfilled_by": "--by",
    "postponed_to": "--to",
    "settled_by": "--by",
    "vote_date": "--on",
}


def _status_label(key: str) -> str:
    name = key.split("[")[0]
    return STATUS_OPTIONS.get(name, name)


def _status(
    ctx: typer.Context,
    section: Section,
    item_id: str,
    status: str,
    dossier: str | None,
    **values: Any,
) -> None:
    rec = recorder(ctx)
    report(rec.set_status(section, item_id, status, values, dossier, label=_status_label))


# --- randvoorwaarde -------------------------------------------------------------------------------

PreArg = Annotated[
    str, typer.Argument(help="Id of the precondition.", autocompletion=complete.preconditions)
]


def _opt(model: Any, name: str, *decls: str, metavar: str = "TEXT", **kwargs: Any) -> Any:
    """An option whose help is the field's description on the model (declared once there)."""
    info = model.model_fields[name]
    text = info.description or name  # Typer marks the options the command requires
    if info.annotation is bool:
        return typer.Option(*decls, help=text, **kwargs)
    return typer.Option(*decls, help=text, metavar=metavar, **kwargs)


@pre_app.command("add")
def pre_add(
    ctx: typer.Context,
    dossier: DossierArg,
    text: Annotated[str, _opt(Precondition, "text")],
    pre_id: Annotated[str | None, _opt(Precondition, "id", "--id", metavar="ID")] = None,
    named_in: Annotated[
        str | None,
        _opt(
            Precondition,
            "named_in",
            metavar="ID",
            autocompletion=complete.reference("steps", "named_in"),
        ),
    ] = None,
    due: Annotated[str | None, _opt(Precondition, "due", metavar="DATE")] = None,
    due_before: Annotated[
        str | None,
        _opt(Precondition, "due_before", metavar="ID", autocompletion=complete.steps),
    ] = None,
    critical: Annotated[bool, _opt(Precondition, "critical")] = False,
    replace: ReplaceOpt = False,
    new: NewOpt = False,
) -> None:
    """Record a precondition (randvoorwaarde) named for the change. The same one again changes
    nothing.

    Example: besluitspoor randvoorwaarde add wassenaar-sociaal-team --text "Registratiesysteem"
    --named-in rib-2022-06 --critical
    """
    entry = {
        "id": pre_id,
        "text": text,
        "named_in": named_in,
        "due": due,
        "due_before": due_before,
        "critical": critical,
    }
    _add(ctx, "preconditions", dossier, entry, replace, new)


@pre_app.command("list")
def pre_list(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """List the preconditions of a dossier with their status.

    Example: besluitspoor randvoorwaarde list wassenaar-sociaal-team
    """
    _list(ctx, "preconditions", dossier, as_json)


@pre_app.command("show")
def pre_show(
    ctx: typer.Context, precondition: PreArg, dossier: Dossier = None, as_json: JsonOpt = False
) -> None:
    """Show one precondition and where it is referred to.

    Example: besluitspoor randvoorwaarde show convenant-partners
    """
    _show(ctx, "preconditions", precondition, dossier, as_json)


@pre_app.command("edit")
def pre_edit(
    ctx: typer.Context,
    precondition: PreArg,
    dossier: Dossier = None,
    assignments: SetOpt = None,
    unset: UnsetOpt = None,
) -> None:
    """Change keys of a precondition; a new id is renamed everywhere.

    Example: besluitspoor randvoorwaarde edit convenant-partners --set critical=true
    --set id=convenant
    """
    _edit(ctx, "preconditions", precondition, dossier, assignments, unset)


@pre_app.command("remove")
def pre_remove(
    ctx: typer.Context, precondition: PreArg, dossier: Dossier = None, yes: YesOpt = False
) -> None:
    """Remove a precondition. Refused while a letter reports it as unmet.

    Example: besluitspoor randvoorwaarde remove convenant-partners --yes
    """
    _remove(ctx, "preconditions", precondition, dossier, yes)


@pre_app.command("vervuld")
def pre_met(
    ctx: typer.Context,
    precondition: PreArg,
    on: DateOpt,
    evidence: Annotated[
        str | None, typer.Option(help="Step id or URL that shows it.", metavar="ID|URL")
    ] = None,
    dossier: Dossier = None,
) -> None:
    """Mark a precondition as met (vervuld) on a date.

    Example: besluitspoor randvoorwaarde vervuld convenant-partners --on "1 september 2023"
    """
    _status(ctx, "preconditions", precondition, "vervuld", dossier, met_on=on, evidence=evidence)


@pre_app.command("vervallen")
def pre_dropped(
    ctx: typer.Context, precondition: PreArg, by: StepRef, dossier: Dossier = None
) -> None:
    """Mark a precondition as dropped (vervallen) by a decision.

    Example: besluitspoor randvoorwaarde vervallen convenant-partners --by cb-2022-12-13
    """
    _status(ctx, "preconditions", precondition, "vervallen", dossier, dropped_by=by)


@pre_app.command("open")
def pre_open(ctx: typer.Context, precondition: PreArg, dossier: Dossier = None) -> None:
    """Set a precondition back to open (undoes vervuld or vervallen).

    Example: besluitspoor randvoorwaarde open convenant-partners
    """
    _status(ctx, "preconditions", precondition, "open", dossier, evidence=None)


# --- toezegging -----------------------------------------------------------------------------------

PromiseArg = Annotated[
    str, typer.Argument(help="Id of the promise.", autocompletion=complete.promises)
]


@promise_app.command("add")
def promise_add(
    ctx: typer.Context,
    dossier: DossierArg,
    text: Annotated[str, _opt(Promise, "text")],
    promise_id: Annotated[str | None, _opt(Promise, "id", "--id", metavar="ID")] = None,
    made_in: Annotated[
        str | None,
        _opt(
            Promise, "made_in", metavar="ID", autocompletion=complete.reference("steps", "made_in")
        ),
    ] = None,
    who: Annotated[str | None, _opt(Promise, "by", "--who")] = None,
    due: Annotated[str | None, _opt(Promise, "due", metavar="DATE")] = None,
    due_before: Annotated[
        str | None, _opt(Promise, "due_before", metavar="ID", autocompletion=complete.steps)
    ] = None,
    replace: ReplaceOpt = False,
    new: NewOpt = False,
) -> None:
    """Record a promise (toezegging) made to the council. The same one again changes nothing.

    Example: besluitspoor toezegging add wassenaar-sociaal-team --text "Evaluatie na een jaar"
    --made-in rib-2022-06 --due "december 2023"
    """
    entry = {
        "id": promise_id,
        "text": text,
        "made_in": made_in,
        "by": who,
        "due": due,
        "due_before": due_before,
    }
    _add(ctx, "promises", dossier, entry, replace, new)


@promise_app.command("list")
def promise_list(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """List the promises of a dossier with their status.

    Example: besluitspoor toezegging list wassenaar-sociaal-team
    """
    _list(ctx, "promises", dossier, as_json)


@promise_app.command("show")
def promise_show(
    ctx: typer.Context, promise: PromiseArg, dossier: Dossier = None, as_json: JsonOpt = False
) -> None:
    """Show one promise and where it is referred to.

    Example: besluitspoor toezegging show raad-november-opnieuw
    """
    _show(ctx, "promises", promise, dossier, as_json)


@promise_app.command("edit")
def promise_edit(
    ctx: typer.Context,
    promise: PromiseArg,
    dossier: Dossier = None,
    assignments: SetOpt = None,
    unset: UnsetOpt = None,
) -> None:
    """Change keys of a promise; a new id is renamed everywhere.

    Example: besluitspoor toezegging edit raad-november-opnieuw --set by=college
    --set id=informeren-november
    """
    _edit(ctx, "promises", promise, dossier, assignments, unset)


@promise_app.command("remove")
def promise_remove(
    ctx: typer.Context, promise: PromiseArg, dossier: Dossier = None, yes: YesOpt = False
) -> None:
    """Remove a promise.

    Example: besluitspoor toezegging remove raad-november-opnieuw --yes
    """
    _remove(ctx, "promises", promise, dossier, yes)


@promise_app.command("nagekomen")
def promise_kept(
    ctx: typer.Context, promise: PromiseArg, by: StepRef, dossier: Dossier = None
) -> None:
    """Mark a promise as kept (nagekomen) by a step.

    Example: besluitspoor toezegging nagekomen raad-november-opnieuw --by cie-2022-11-30
    """
    _status(ctx, "promises", promise, "nagekomen", dossier, fulfilled_by=by)


@promise_app.command("uitgesteld")
def promise_postponed(
    ctx: typer.Context,
    promise: PromiseArg,
    to: Annotated[str, typer.Option("--to", help="The new date.", metavar="DATE")],
    dossier: Dossier = None,
) -> None:
    """Mark a promise as postponed (uitgesteld) to a new date.

    Example: besluitspoor toezegging uitgesteld raad-november-opnieuw --to "maart 2023"
    """
    _status(ctx, "promises", promise, "uitgesteld", dossier, postponed_to=to)


@promise_app.command("vervallen")
def promise_dropped(ctx: typer.Context, promise: PromiseArg, dossier: Dossier = None) -> None:
    """Mark a promise as no longer applicable (vervallen).

    Example: besluitspoor toezegging vervallen raad-november-opnieuw
    """
    _status(ctx, "promises", promise, "vervallen", dossier)


@promise_app.command("open")
def promise_open(ctx: typer.Context, promise: PromiseArg, dossier: Dossier = None) -> None:
    """Set a promise back to open (undoes nagekomen, uitgesteld or vervallen).

    Example: besluitspoor toezegging open raad-november-opnieuw
    """
    _status(ctx, "promises", promise, "open", dossier)


# --- motie ----------------------------------------------------------------------------------------

MotionArg = Annotated[
    str, typer.Argument(help="Id of the motion.", autocompletion=complete.motions)
]


def _motion(ctx: typer.Context, motion: str, dossier: str | None, changes: dict[str, Any]) -> None:
    def mutate(item: dict[str, Any]) -> None:
        for key, value in changes.items():
            if value is None:
                item.pop(key, None)
            else:
                item[key] = value

    report(
        recorder(ctx).update("steps", motion, mutate, dossier, kind="motie", label=_status_label)
    )


@motion_app.command("afgedaan")
def motion_settled(
    ctx: typer.Context, motion: MotionArg, by: StepRef, dossier: Dossier = None
) -> None:
    """Record the step that settled (deed af) an adopted motion.

    Example: besluitspoor motie afgedaan motie-2022-12-13 --by rib-2023-01-18
    """
    _motion(ctx, motion, dossier, {"settled_by": by})


@motion_app.command("open")
def motion_open(ctx: typer.Context, motion: MotionArg, dossier: Dossier = None) -> None:
    """Set a motion back to not settled (undoes afgedaan; the vote stays).

    Example: besluitspoor motie open motie-2022-12-13
    """
    _motion(ctx, motion, dossier, {"settled_by": None})


def _make_status(status: str) -> Callable[..., None]:
    def command(
        ctx: typer.Context,
        motion: MotionArg,
        on: Annotated[
            str | None, typer.Option("--on", help="Date of the vote.", metavar="DATE")
        ] = None,
        dossier: Dossier = None,
    ) -> None:
        _motion(
            ctx, motion, dossier, {"status": status, "vote_date": on} if on else {"status": status}
        )

    command.__doc__ = (
        f"Set a motion's status to {status}"
        + (" (undoes any other)" if status == "ingediend" else "")
        + f".\n\nExample: besluitspoor motie {status} motie-2022-12-13"
        + (" --on 2022-12-13" if status in ("aangenomen", "verworpen") else "")
    )
    return command


for _status_name in vocab.MOTION_STATUSES:
    motion_app.command(_status_name)(_make_status(_status_name))
