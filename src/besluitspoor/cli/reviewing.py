"""`besluitspoor nakijken`: settle what drafts proposed, item by item, on a terminal or with
flags for scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from besluitspoor.cli.base import fail, interactive, out, print_json, say, settings
from besluitspoor.cli.options import DossierArg, JsonOpt
from besluitspoor.i18n import count, t

if TYPE_CHECKING:
    from besluitspoor.review import Open


def nakijken(
    ctx: typer.Context,
    dossier: DossierArg,
    accept: Annotated[
        list[str] | None,
        typer.Option(
            "--accept",
            help="Accept this item as it is (its review notes go, its quote stays); repeatable. "
            "ID or section/ID.",
            metavar="ID",
        ),
    ] = None,
    accept_all: Annotated[
        bool, typer.Option("--accept-all", help="Accept every item still to review.")
    ] = False,
    remove: Annotated[
        list[str] | None,
        typer.Option(
            "--remove", help="Remove this item from the dossier; repeatable.", metavar="ID"
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Review what drafts proposed: each item with notes still to settle (nakijken), its
    quote and source. On a terminal it asks, item by item: accept, edit, remove or skip. In a
    script it lists them (exit 0), or settles the ones named with --accept ID and --remove ID
    (repeatable), in one transaction.

    Examples:

        besluitspoor nakijken wassenaar-sociaal-team

        besluitspoor nakijken wassenaar-sociaal-team --json

        besluitspoor nakijken wassenaar-sociaal-team --accept-all
    """
    from besluitspoor import review
    from besluitspoor.store import reading as store

    state = settings(ctx)
    with state.open().read() as conn:
        current = store.load(conn, dossier)
    pending = review.open_items(current)
    if accept or accept_all or remove:
        chosen = review.resolve(current, accept or []) if accept else []
        if accept_all:
            gone = set(remove or [])
            chosen = [(o.section, o.id) for o in pending if o.id not in gone and o.key not in gone]
        removed = review.resolve(current, remove or [])
        done = review.settle(state.open(), state.profile_names(), dossier, chosen, removed)
        say(
            t(
                "{d}: {a} aanvaard, {r} verwijderd; nog na te kijken: {n}",
                "{d}: {a} accepted, {r} removed; still to review: {n}",
                d=dossier,
                a=done[0],
                r=done[1],
                n=len(pending) - done[0] - done[1],
            )
        )
        return
    if as_json:
        print_json([item.as_json() for item in pending])
        return
    if not pending:
        say(t("{d}: niets na te kijken", "{d}: nothing to review", d=dossier))
        return
    if interactive():
        _walk(ctx, dossier, pending)
        return
    for item in pending:
        _show(item)
    say(
        t(
            "{n} na te kijken; aanvaard met --accept ID, verwijder met --remove ID, of draai "
            "dit op een terminal",
            "{n} to review; accept with --accept ID, remove with --remove ID, or run this on a "
            "terminal",
            n=count(len(pending), "item"),
        )
    )


def _show(item: Open) -> None:
    from rich.markup import escape

    console = out()
    console.print(f"[bold]{escape(item.key)}[/bold]  {escape(item.what)}", soft_wrap=True)
    for quote in item.quote:
        console.print(f"    {t('bron', 'source')}: “{escape(quote)}”", soft_wrap=True)
    if item.source:
        console.print(f"    {t('uit', 'from')}: {escape(item.source)}", soft_wrap=True)
    for note in item.notes:
        console.print(f"    {t('nakijken', 'check')}: {escape(note)}", soft_wrap=True)


_CHOICES = {"a": "accept", "b": "edit", "v": "remove", "o": "skip", "s": "stop"}
_CHOICES_EN = {"a": "accept", "e": "edit", "r": "remove", "s": "skip", "q": "stop"}


def _walk(ctx: typer.Context, dossier: str, pending: list[Open]) -> None:
    """Ask about each item; accepted and removed ones are settled together at the end (one
    transaction), an edit at once."""
    from besluitspoor import review
    from besluitspoor.i18n import is_english
    from besluitspoor.problems import InputError

    choices = _CHOICES_EN if is_english() else _CHOICES
    question = t(
        "[a]anvaarden, [b]ewerken, [v]erwijderen, [o]verslaan, [s]toppen",
        "[a]ccept, [e]dit, [r]emove, [s]kip, [q]uit",
    )
    accepted: list[tuple[str, str]] = []
    removed: list[tuple[str, str]] = []
    for n, item in enumerate(pending, 1):
        say(f"\n({n}/{len(pending)})")
        _show(item)
        answer = ""
        while answer not in choices:
            answer = typer.prompt(question, default="", show_default=False, err=True).strip()[:1]
        action = choices[answer.lower()]
        if action == "stop":
            break
        if action == "accept":
            accepted.append((item.section, item.id))
        elif action == "remove":
            removed.append((item.section, item.id))
        elif action == "edit":
            try:
                _edit(ctx, dossier, item)
            except InputError as exc:
                say(str(exc))
    state = settings(ctx)
    if accepted or removed:
        done = review.settle(state.open(), state.profile_names(), dossier, accepted, removed)
        say(
            t(
                "{a} aanvaard, {r} verwijderd",
                "{a} accepted, {r} removed",
                a=done[0],
                r=done[1],
            )
        )


def _edit(ctx: typer.Context, dossier: str, item: Open) -> None:
    """KEY=VALUE lines until an empty one, then the item is changed and its notes go."""
    from pydantic import BaseModel

    from besluitspoor.cli import assign
    from besluitspoor.cli.base import recorder, report
    from besluitspoor.model import STEP_CLASSES, Precondition, Promise, StepBase

    lines: list[str] = []
    while True:
        line = typer.prompt(
            t("SLEUTEL=WAARDE (leeg: klaar)", "KEY=VALUE (empty: done)"),
            default="",
            show_default=False,
            err=True,
        ).strip()
        if not line:
            break
        lines.append(line)
    if not lines:
        fail(t("niets veranderd", "nothing changed"))

    def mutate(target: dict[str, object]) -> None:
        model: type[BaseModel]
        if item.section == "preconditions":
            model = Precondition
        elif item.section == "promises":
            model = Promise
        else:
            model = STEP_CLASSES.get(str(target.get("kind")), StepBase)
        assign.apply(target, model, lines, [])
        target.pop("review", None)

    report(
        recorder(ctx).update(
            item.section,  # type: ignore[arg-type]
            item.id,
            mutate,
            dossier,
            label=assign.set_label,
        )
    )
