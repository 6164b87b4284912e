"""`besluitspoor step list|show|edit|remove`: the steps recorded."""

from __future__ import annotations

from typing import Any

import typer

from besluitspoor.cli.base import (
    App,
    confirm,
    fail,
    nothing_to_change,
    out,
    print_json,
    recorder,
    report,
    settings,
)
from besluitspoor.cli.options import (
    DossierArg,
    DossierOpt,
    JsonOpt,
    SetOpt,
    StepArg,
    UnsetOpt,
    YesOpt,
)

step_app = App(
    help="List, show, edit or remove recorded steps.\n\n"
    "Example: besluitspoor step list wassenaar-sociaal-team",
    no_args_is_help=True,
)


@step_app.command("list")
def step_list(ctx: typer.Context, dossier: DossierArg, as_json: JsonOpt = False) -> None:
    """List the steps of a dossier in date order.

    Example: besluitspoor step list wassenaar-sociaal-team
    """
    from besluitspoor.render.trail_text import steps_view
    from besluitspoor.shapes import dump
    from besluitspoor.store import reading as store
    from besluitspoor.trail import ordered_steps

    with settings(ctx).open().read() as conn:
        found = store.load_plain(conn, dossier)
    ordered = ordered_steps(found)
    if as_json:
        print_json([dump(s, exclude_defaults=True) for s in ordered])
        return
    out().print(steps_view(ordered, settings(ctx).lang))


@step_app.command("show")
def step_show(
    ctx: typer.Context, step: StepArg, dossier: DossierOpt = None, as_json: JsonOpt = False
) -> None:
    """Show every recorded key of one step, and where it is referred to.

    Example: besluitspoor step show cb-2022-12-13
    """
    from besluitspoor.model import dump
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
        print_json({"dossier": dossier, **dump(item), "referred_by": referrers})
        return
    out().print(step_detail(dossier, item, referrers, settings(ctx).lang))


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

    from besluitspoor.model import STEP_CLASSES, StepBase

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
    rec.check_removable("steps", step, holder)  # before asking: a refusal after a "ja" annoys
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
