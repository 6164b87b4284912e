"""`besluitspoor check`, `rules` and `profiles`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from besluitspoor.cli import complete
from besluitspoor.cli.base import (
    EXIT_FINDINGS,
    fail,
    out,
    piped_by_hand,
    print_json,
    say,
    settings,
)
from besluitspoor.cli.options import AsOfOpt, TemplatesOpt
from besluitspoor.i18n import t
from besluitspoor.vocab import SEVERITIES, Severity

if TYPE_CHECKING:
    from besluitspoor.baseline import Baseline

CheckFormat = Literal["text", "json", "md", "github", "sarif"]
FailOn = Literal[Severity, "never"]


def parse_as_of(text: str | None) -> date:
    """--as-of: a day in any of the date forms (default today)."""
    from besluitspoor.fuzzydate import FuzzyDate, FuzzyDateError

    if text is None:
        return date.today()
    try:
        value = FuzzyDate.parse(text)
    except FuzzyDateError as exc:
        fail(f"--as-of: {exc}")  # the date's own message is in the user's language
    if value.precision != "day":
        fail(
            t(
                "--as-of: geef een dag, niet '{x}' (bijvoorbeeld 2023-02-08 of '8 februari 2023')",
                "--as-of: give a day, not '{x}' (e.g. 2023-02-08 or '8 februari 2023')",
                x=text,
            )
        )
    return value.first


def check(
    ctx: typer.Context,
    dossiers: Annotated[
        list[str] | None,
        typer.Argument(help="Dossiers to check (default: all).", autocompletion=complete.dossiers),
    ] = None,
    as_of: AsOfOpt = None,
    fmt: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            "-f",
            help="text, json, md, github (workflow annotations) or sarif (code scanning).",
        ),
    ] = "text",
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this level.")
    ] = "error",
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="Only these rules (comma separated, repeatable)."),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="Not these rules (comma separated, repeatable)."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="Report and fail only on findings not in this baseline file; list the "
            "baselined ones that have gone.",
            metavar="FILE",
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline",
            help="Record the current findings in FILE (dossier, rule, subject), for --baseline.",
            metavar="FILE",
        ),
    ] = None,
    templates: TemplatesOpt = None,
) -> None:
    """Check dossiers for missing council steps, unmet preconditions, broken promises and steps
    out of order, citing the law or practice behind each finding.

    Exit code 0 when nothing is at or above --fail-on, 1 when something is, 2 on bad input.

    Examples:

        besluitspoor check wassenaar-sociaal-team --as-of 2023-02-08

        besluitspoor check --format json --fail-on warning > findings.json

        besluitspoor check --select randvoorwaarde-niet-vervuld,toezegging-verlopen

        besluitspoor check --format github    (annotations on the dossier files in a PR)

        besluitspoor check --write-baseline baseline.json

        besluitspoor check --baseline baseline.json --format sarif > findings.sarif
    """
    from contextlib import nullcontext

    from besluitspoor import check as checking
    from besluitspoor.cli.files import _progress
    from besluitspoor.profiles import load_profiles
    from besluitspoor.render.findings import WRITERS, Target
    from besluitspoor.render.labels import counts_text
    from besluitspoor.store import reading as store

    state = settings(ctx)
    request = checking.Request(
        as_of=parse_as_of(as_of),
        dossiers=dossiers or (),
        lang=state.lang,
        select=checking.rule_ids(select),
        ignore=checking.rule_ids(ignore, "--ignore"),
    )
    day = request.as_of
    profiles = load_profiles(state.profiles)
    totals: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
    known = None
    # Text and markdown for people go through the pager on a terminal; progress on stderr
    # only when not paging (it would draw over the pager).
    pager = state.paged() if fmt in ("text", "md") else nullcontext()
    with state.open().read() as conn, pager, _progress(t("controleren", "checking")) as progress:
        ids, results = checking.run(conn, request, profiles)
        if write_baseline is not None:
            from besluitspoor import baseline as baselines

            written = baselines.write(write_baseline, results, day)
            say(
                t(
                    "{n} bevindingen vastgelegd in {f}",
                    "{n} findings recorded in {f}",
                    n=written,
                    f=write_baseline,
                )
            )
            return
        if baseline is not None:
            from besluitspoor.baseline import Baseline

            known = Baseline.read(baseline)
            results = known.new_only(results)

        def counted() -> Iterator[checking.Result]:
            for done, result in enumerate(results, 1):
                for key, value in checking.summary(result.findings).items():
                    totals[key] += value
                if progress is not None:
                    progress(done, len(ids))
                yield result

        console = out()
        target = Target(
            as_of=day,
            lang=state.lang,
            width=console.width,
            color=console.is_terminal and not console.no_color,
            origins=lambda: store.load_origins(conn, ids),
            templates=templates,
        )
        for piece in WRITERS[fmt](counted(), target):
            sys.stdout.write(piece)
    if known is not None:
        _baseline_summary(known, set(ids))
    if fmt not in ("json", "sarif") and not piped_by_hand():
        say(counts_text(totals, state.lang) + f" ({day.isoformat()})")
    if checking.exceeds(totals, fail_on):
        raise typer.Exit(EXIT_FINDINGS)


def _baseline_summary(known: Baseline, checked: set[str]) -> None:
    gone = known.gone(checked)
    say(
        t(
            "{k} bekende bevindingen uit de baseline niet opnieuw getoond; {g} zijn verdwenen",
            "{k} known findings from the baseline not shown again; {g} have gone",
            k=known.known,
            g=len(gone),
        )
    )
    for entry in gone:
        subject = f" {entry['subject']}" if entry.get("subject") else ""
        say(
            t(
                "  verdwenen: {d} {r}{s}",
                "  gone: {d} {r}{s}",
                d=entry["dossier"],
                r=entry["rule"],
                s=subject,
            )
        )


def rules(
    ctx: typer.Context,
    rule: Annotated[str | None, typer.Argument(help="A rule id, to explain it.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List the rules, or explain one: its source, condition and an example.

    Examples:

        besluitspoor rules

        besluitspoor rules randvoorwaarde-niet-vervuld
    """
    from besluitspoor import catalogue
    from besluitspoor.render import catalogue as views

    lang = settings(ctx).lang
    if rule is not None:
        view = catalogue.rule_view(rule, lang)
        if as_json:
            print_json(view.to_json())
        else:
            out().print(views.rule_text(view, lang))
        return
    rows = catalogue.rule_list()
    if as_json:
        print_json(rows)
        return
    with settings(ctx).paged():  # some 35 rules: more than a screen
        out().print(views.rule_list(rows, lang))


def profiles(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Argument(help="A profile, to show it.", autocompletion=complete.profiles)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List the process profiles, or show one: its rules, parameters and required steps.

    Examples:

        besluitspoor profiles

        besluitspoor profiles gemeenschappelijke-regeling
    """
    from besluitspoor import catalogue
    from besluitspoor.profiles import load_profiles
    from besluitspoor.render import catalogue as views

    state = settings(ctx)
    found = load_profiles(state.profiles)
    if name is None:
        if as_json:
            print_json(catalogue.profile_list(found, state.lang))
        else:
            out().print(views.profile_list(found, state.lang))
        return
    view = catalogue.profile_view(found, name, state.lang)
    if as_json:
        print_json(view.to_json())
    else:
        out().print(views.profile_text(view), crop=False)  # a long file name stays whole
