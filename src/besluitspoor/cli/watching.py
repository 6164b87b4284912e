"""`besluitspoor agenda` and `changes`: following a council over time."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

import typer

from besluitspoor.cli import complete
from besluitspoor.cli.base import fail, out, settings
from besluitspoor.cli.checking import parse_as_of
from besluitspoor.cli.documents import (
    _checked,
    _write,
    no_output_for_text,
)
from besluitspoor.cli.options import AsOfOpt, OutputOpt, TemplatesOpt
from besluitspoor.i18n import t


def agenda(
    ctx: typer.Context,
    dossiers: Annotated[
        list[str] | None,
        typer.Argument(help="Dossiers (default: all).", autocompletion=complete.dossiers),
    ] = None,
    days: Annotated[
        int, typer.Option("--days", min=0, max=36500, help="How many days ahead to look.")
    ] = 90,
    start: Annotated[
        str | None,
        typer.Option("--from", help="The day to look ahead from (default: today).", metavar="DATE"),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", help="The last day to look at, instead of --days.", metavar="DATE"),
    ] = None,
    fmt: Annotated[
        Literal["text", "md", "json", "ics"],
        typer.Option("--format", "-f", help="text, md, json or ics (a calendar feed)."),
    ] = "text",
    output: OutputOpt = None,
    templates: TemplatesOpt = None,
) -> None:
    """What falls due: promises, preconditions, motion terms, answers to written questions,
    required and announced steps, with who must act and the evidence; overdue ones first.

    Examples:

        besluitspoor agenda --days 30

        besluitspoor agenda wassenaar-sociaal-team --from 2023-01-01 --days 365

        besluitspoor agenda --from 2024-01-01 --to 2024-03-31

        besluitspoor agenda -f ics -o agenda.ics    (a calendar can subscribe to it)
    """
    from besluitspoor.agenda import agenda as collect
    from besluitspoor.render import agenda as render

    lang = settings(ctx).lang
    results, day = _checked(ctx, dossiers, start)
    if end is not None:
        days = _days_until(day, end)
    items = collect(results, day, days)
    if fmt == "text":
        no_output_for_text(output, list(render.WRITERS))
        with settings(ctx).paged():
            out().print(render.agenda_view(items, lang))
        return
    _write(render.WRITERS[fmt](render.AgendaOut(items, day, days, lang, templates)), output)


def changes(
    ctx: typer.Context,
    since: Annotated[
        str,
        typer.Option(
            "--since",
            help="A date (the findings as of then), or the file of an earlier check --format json.",
            metavar="DATE|FILE",
        ),
    ],
    dossiers: Annotated[
        list[str] | None,
        typer.Argument(help="Dossiers (default: all).", autocompletion=complete.dossiers),
    ] = None,
    as_of: AsOfOpt = None,
    fmt: Annotated[
        Literal["text", "md", "json", "atom"],
        typer.Option("--format", "-f", help="text, md (a CI summary, a newsletter), json or atom."),
    ] = "text",
    output: OutputOpt = None,
    feed_url: Annotated[
        str | None,
        typer.Option("--feed-url", help="Where the Atom feed is published (its id and self link)."),
    ] = None,
    templates: TemplatesOpt = None,
) -> None:
    """What changed: findings new, gone and changed between an earlier day (or an earlier
    check --format json) and now.

    Examples:

        besluitspoor changes --since 2023-01-01 --as-of 2023-02-08

        besluitspoor changes --since findings.json -f md >> "$GITHUB_STEP_SUMMARY"

        besluitspoor changes --since 2023-01-01 -f atom -o changes.xml
    """
    from besluitspoor.changes import compare, from_check_json
    from besluitspoor.render import changes as render

    lang = settings(ctx).lang
    results, day = _checked(ctx, dossiers, as_of)
    path = Path(since)
    if path.suffix == ".json" or path.exists():
        before, before_day = from_check_json(path, dossiers)
    else:
        before_day = parse_as_of(since)
        earlier, _ = _checked(ctx, dossiers, since)
        before = [f for r in earlier for f in r.findings]
    now = [f for r in results for f in r.findings]
    diff = compare(before, now, before_day, day)
    if fmt == "text":
        no_output_for_text(output, list(render.WRITERS))
        out().print(render.changes_view(diff, lang))
        return
    _write(render.WRITERS[fmt](render.ChangesOut(diff, lang, templates, feed_url)), output)


def _days_until(start: date, end: str) -> int:
    """--to: the days from the window's first day to its last (a month or year: its end)."""
    from besluitspoor.fuzzydate import FuzzyDate, FuzzyDateError

    try:
        last = FuzzyDate.parse(end).last
    except FuzzyDateError as exc:
        fail(f"--to: {exc}")
    if last < start:
        fail(
            t(
                "--to: {e} ligt voor het begin van het venster ({b})",
                "--to: {e} is before the window's start ({b})",
                e=last.isoformat(),
                b=start.isoformat(),
            )
        )
    return (last - start).days
