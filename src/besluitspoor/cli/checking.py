"""`besluitspoor check`, `rules` and `profiles`."""

from __future__ import annotations

import re
import sys
import textwrap
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
from besluitspoor.i18n import count, t
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
    import inspect

    from rich.markup import escape

    from besluitspoor.check import rule_ids
    from besluitspoor.render.labels import STYLE
    from besluitspoor.rules.registry import BY_ID, RULES

    if rule is not None:
        if not rule.strip():
            fail(
                t(
                    "geef de id van een regel, of niets voor de lijst (besluitspoor rules)",
                    "give a rule's id, or nothing for the list (besluitspoor rules)",
                )
            )
        rule_ids([rule], "rules")
        module = BY_ID[rule]
        from besluitspoor.i18n import lang

        # The rule explained in the run's language: the module's docstring is the English.
        doc = inspect.getdoc(module) or ""
        if lang() == "nl":
            doc = inspect.cleandoc(getattr(module, "EXPLANATION_NL", "")) or doc
        if as_json:
            print_json(
                {
                    "id": module.ID,
                    "severity": module.SEVERITY,
                    "group": module.GROUP,
                    "source": module.SOURCE,
                    "reads": list(module.READS),
                    "params": {
                        name: {"default": p.default, "help": p.help}
                        for name, p in getattr(module, "PARAMS", {}).items()
                    },
                    "doc": doc,
                    "messages": module.MESSAGES,
                }
            )
            return
        from besluitspoor.render.labels import severity_word

        default = t("standaard", "default")
        severity = severity_word(module.SEVERITY, 1, lang())
        out().print(f"[bold]{module.ID}[/bold] ({module.GROUP}, {default} {severity})")
        out().print(f"{t('bron', 'source')}: {module.SOURCE}", markup=False)
        out().print(f"{t('leest', 'reads')}: {', '.join(module.READS)}", markup=False)
        for name, param in getattr(module, "PARAMS", {}).items():
            out().print(
                f"{t('parameter', 'parameter')} {name} = {param.default}: "
                f"{t(param.nl or param.help, param.help)}",
                markup=False,
            )
        out().print()
        out().print(reflowed(doc), markup=False)
        return
    if as_json:
        print_json(
            [
                {"id": r.ID, "group": r.GROUP, "severity": r.SEVERITY, "source": r.SOURCE}
                for r in RULES
            ]
        )
        return
    from besluitspoor.i18n import lang
    from besluitspoor.render.entries import Cell, Entry, EntryList
    from besluitspoor.render.labels import labels

    words = labels(lang())
    with settings(ctx).paged():  # some 35 rules: more than a screen
        out().print(
            EntryList(
                [
                    Entry(
                        [
                            Cell(r.ID, "bold"),
                            Cell(r.GROUP),
                            Cell(words[f"sev_{r.SEVERITY}"], STYLE[r.SEVERITY]),
                        ],
                        [escape(r.SOURCE)],
                    )
                    for r in RULES
                ],
                t("Regels", "Rules"),
            )
        )


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
    from rich.markup import escape

    from besluitspoor.check import effective_params
    from besluitspoor.model import did_you_mean
    from besluitspoor.profiles import Profile, load_profiles
    from besluitspoor.render.entries import Cell, Entry, EntryList
    from besluitspoor.render.labels import STYLE
    from besluitspoor.rules.registry import RULES

    state = settings(ctx)
    found = load_profiles(state.profiles)

    def describe(profile: Profile) -> str:
        return profile.description_en if state.lang == "en" else profile.description

    if name is None:
        if as_json:
            print_json(
                [
                    {"name": p.name, "description": describe(p), "file": p.file}
                    for p in found.values()
                ]
            )
            return
        out().print(
            EntryList(
                [
                    Entry(
                        [
                            Cell(p.name, "bold"),
                            Cell(count(len(p.required_steps), "required step")),
                            Cell(_extends(p.chain), "dim"),
                        ],
                        [escape(describe(p))],
                    )
                    for p in sorted(found.values(), key=lambda p: p.name)
                ],
                t("Profielen", "Profiles"),
            )
        )
        return
    if name not in found:
        fail(
            t(
                "profiel '{p}' is onbekend{h}",
                "unknown profile '{p}'{h}",
                p=name,
                h=did_you_mean(name, found),
            )
        )
    p = found[name]
    rules_on = {r.ID: p.severity(r.ID, r.SEVERITY) for r in RULES if p.enabled(r.ID)}
    if as_json:
        print_json(
            {
                "name": p.name,
                "description": describe(p),
                "chain": list(p.chain),
                "file": p.file,
                "rules": rules_on,
                "params": effective_params(p),
                "required_steps": [s.model_dump(mode="json") for s in p.required_steps],
            }
        )
        return
    out().print(f"[bold]{p.name}[/bold] — {describe(p)}")
    chain = " → ".join(p.chain)
    out().print(f"{t('breidt uit', 'extends')}: {chain}", markup=False)
    out().print(f"{t('bestand', 'file')}: {_shown_file(p.file)}", markup=False, soft_wrap=True)
    from besluitspoor.dossierfile.yamlio import dump

    out().print(f"{t('parameters', 'params')}:", markup=False)
    out().print(textwrap.indent(dump(effective_params(p)).rstrip(), "  "), markup=False)
    off = [r.ID for r in RULES if not p.enabled(r.ID)]
    out().print(
        t(
            "regels aan: {n}; uit: {o}",
            "rules on: {n}; off: {o}",
            n=len(rules_on),
            o=", ".join(off) or "—",
        ),
        markup=False,
    )
    if p.required_steps:
        entries = []
        for s in p.required_steps:
            head = [Cell(s.id, "bold"), Cell(s.kind), Cell(s.severity, STYLE[s.severity])]
            lines = []
            if s.decision or s.nature:
                lines.append(f"{t('besluit/aard', 'decision/nature')}: {s.decision or s.nature}")
            if s.after:
                lines.append(f"{t('na', 'after')}: {', '.join(s.after)}")
            if s.by:
                lines.append(f"{t('uiterlijk', 'by')}: {s.by}")
            if s.source:
                lines.append(f"{t('bron', 'source')}: {s.source}")
            entries.append(Entry(head, [escape(line) for line in lines]))
        out().print()
        out().print(EntryList(entries, t("Vereiste stappen", "Required steps")))


def _extends(chain: tuple[str, ...] | list[str]) -> str:
    return f"{t('breidt uit', 'extends')} {' → '.join(chain[1:])}" if len(chain) > 1 else ""


_OWN_LINE = re.compile(
    r"^(?:Wrong|Right|Fout|Goed|Voorbeeld|Voorbeelden|Example|Examples|[-*•])\b|^[-*•]\s"
)


def reflowed(doc: str) -> str:
    """A docstring for the terminal to wrap: the lines of a paragraph joined, except those
    that start a line of their own ("Wrong:", "Right:", a bullet)."""
    paragraphs = []
    for paragraph in doc.split("\n\n"):
        lines: list[str] = []
        for line in paragraph.splitlines():
            line = line.strip()
            if lines and not _OWN_LINE.match(line):
                lines[-1] += " " + line
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _shown_file(file: str) -> str:
    """A profile's file as a reader wants it: built in, or relative to here when it can be."""
    from besluitspoor.paths import builtin_profiles_dir

    path = Path(file)
    if path.parent == builtin_profiles_dir():
        return t("ingebouwd ({f})", "built in ({f})", f=path.name)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
