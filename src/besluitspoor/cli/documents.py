"""`besluitspoor timeline` and `besluitspoor report`: trails people would rather look at."""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from besluitspoor.cli import complete
from besluitspoor.cli.base import fail, out, say, settings
from besluitspoor.cli.checking import parse_as_of
from besluitspoor.cli.options import AsOfOpt, OutputOpt, TemplatesOpt
from besluitspoor.extract import LAYOUT_NAMES
from besluitspoor.i18n import count, t

if TYPE_CHECKING:
    from datetime import date

    from besluitspoor.check import Result


def _is_folder(path: str) -> bool:
    """`-o rapport/` (or an existing folder): a folder of pages rather than one file."""
    return path.endswith(("/", os.sep)) or Path(path).is_dir()


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from besluitspoor.outputfile import write_atomically

    write_atomically(output, text)
    say(t("{f} geschreven", "wrote {f}", f=output))


def no_output_for_text(output: object, formats: list[str]) -> None:
    """The terminal view has no file form: `--output` goes with the other formats."""
    if output is not None:
        listed = ", ".join(formats[:-1])
        fail(
            t(
                "--output hoort bij --format {a} of {b}",
                "--output goes with --format {a} or {b}",
                a=listed,
                b=formats[-1],
            )
        )


def _checked(
    ctx: typer.Context, ids: list[str] | None, as_of: str | None
) -> tuple[list[Result], date]:
    from besluitspoor import check
    from besluitspoor.profiles import load_profiles

    state = settings(ctx)
    request = check.Request(as_of=parse_as_of(as_of), dossiers=ids or (), lang=state.lang)
    profiles = load_profiles(state.profiles)
    with state.open().read() as conn:
        results = list(check.run(conn, request, profiles)[1])
    return results, request.as_of


def timeline(
    ctx: typer.Context,
    dossier: Annotated[
        str, typer.Argument(help="Id of the dossier.", autocompletion=complete.dossiers)
    ],
    fmt: Annotated[
        Literal["text", "md", "html", "json"],
        typer.Option("--format", "-f", help="text (terminal), md, html or json."),
    ] = "text",
    output: OutputOpt = None,
    as_of: AsOfOpt = None,
    templates: TemplatesOpt = None,
) -> None:
    """Show a dossier's trail in date order with each finding at the step, precondition or
    promise it concerns.

    Examples:

        besluitspoor timeline wassenaar-sociaal-team --as-of 2023-02-08

        besluitspoor timeline wassenaar-sociaal-team -f md -o timelines/wassenaar.md

        besluitspoor timeline wassenaar-sociaal-team -f html -o wassenaar.html
    """
    results, day = _checked(ctx, [dossier], as_of)
    lang = settings(ctx).lang
    if fmt == "text":
        from besluitspoor.render.trail_text import timeline_view

        no_output_for_text(output, ["md", "html", "json"])
        with settings(ctx).paged():
            out().print(timeline_view(results[0], lang))
        return
    from besluitspoor.render.reports import timeline as render_timeline  # not for text

    text = render_timeline(results[0], day, fmt, lang, templates, as_of_chosen=as_of is not None)
    with settings(ctx).paged() if fmt == "md" and output is None else nullcontext():
        _write(text, output)


def report(
    ctx: typer.Context,
    dossiers: Annotated[
        list[str] | None,
        typer.Argument(help="Dossiers (default: all).", autocompletion=complete.dossiers),
    ] = None,
    fmt: Annotated[
        Literal["md", "html", "json"], typer.Option("--format", "-f", help="md, html or json.")
    ] = "md",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of stdout; a FOLDER/ gets index.html (or .md) and "
            "a page per dossier.",
            metavar="PATH",
        ),
    ] = None,
    as_of: AsOfOpt = None,
    templates: TemplatesOpt = None,
) -> None:
    """An audit report over many dossiers: an overview table, then one section per dossier.
    For a large collection, `-o FOLDER/` writes index.html (or .md) with the overview and one
    page per dossier.

    Examples:

        besluitspoor report -f html -o rapport.html

        besluitspoor report -f html -o rapport/

        besluitspoor report --as-of 2023-02-08 >> "$GITHUB_STEP_SUMMARY"
    """
    from besluitspoor import check
    from besluitspoor.cli.files import _progress
    from besluitspoor.outputfile import atomic_file
    from besluitspoor.profiles import load_profiles
    from besluitspoor.render.reports import write_report

    state = settings(ctx)
    request = check.Request(as_of=parse_as_of(as_of), dossiers=dossiers or (), lang=state.lang)
    day = request.as_of
    profiles = load_profiles(state.profiles)
    with state.open().read() as conn:
        ids, results = check.run(conn, request, profiles)
        if not ids:
            fail(t("nog geen dossiers in de database", "no dossiers in the database yet"))
        if output is not None and _is_folder(output):
            folder = Path(output)
            if fmt == "json":
                fail(t("-o MAP hoort bij -f md of html", "-o FOLDER goes with -f md or html"))
            from besluitspoor.outputfile import write_atomically
            from besluitspoor.render.reports import write_report_folder

            with _progress(t("rapport", "report")) as progress:
                step = (lambda n: progress(n, len(ids))) if progress is not None else None
                pages = write_report_folder(
                    results,
                    day,
                    fmt,
                    folder,
                    write_atomically,
                    state.lang,
                    templates,
                    step,
                )
            say(
                t(
                    "{o}: index.{f} en {n}",
                    "{o}: index.{f} and {n}",
                    o=output,
                    f=fmt,
                    n=count(pages, "dossier page"),
                )
            )
            return
        target = (
            atomic_file(Path(output))
            if output is not None
            else state.paged()
            if fmt == "md"
            else nullcontext()
        )
        with target as handle, _progress(t("rapport", "report")) as progress:
            write = handle.write if handle is not None else sys.stdout.write
            step = (lambda n: progress(n, len(ids))) if progress is not None else None
            written = write_report(results, day, fmt, write, state.lang, templates, step)
    if output is not None:
        say(t("{f} geschreven", "wrote {f}", f=output))
    if os.environ.get("GITHUB_STEP_SUMMARY") and fmt == "md" and written > 1_000_000:
        say(
            t(
                "let op: GitHub bewaart hoogstens 1 MiB per stapsamenvatting; kies minder "
                "dossiers of --format html",
                "note: GitHub keeps at most 1 MiB per step summary; choose fewer dossiers or "
                "--format html",
            )
        )


def extract(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(
            help="Documents (.txt, .pdf, .docx, .odt, .html), folders of them, or - for stdin text."
        ),
    ],
    doc_date: Annotated[
        str | None,
        typer.Option(
            "--doc-date",
            help="The document's date when its text has no year: a day, a month or a year "
            "('2023-03-14', 'maart 2021', 2021).",
            metavar="DATE",
        ),
    ] = None,
    dossier: Annotated[
        str | None,
        typer.Option(
            "--dossier",
            help="Draft against this recorded dossier: its header is reused, and items it "
            "already has are marked so that import --merge adds only the new ones.",
            autocompletion=complete.dossiers,
            metavar="ID",
        ),
    ] = None,
    fmt: Annotated[
        Literal["yaml", "json"] | None,
        typer.Option(
            "--format", "-f", help="yaml (default) or json; -o NAME.json alone chooses json."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="A file (one document) or a folder FOLDER/ (one draft each)."
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            help="Where a reader can check the document (its URL): kept on every step drafted "
            "from it and in the dossier's sources. Default: a first line '# source: URL' in the "
            "text, else the file's name.",
            metavar="URL",
        ),
    ] = None,
    layout: Annotated[
        str | None,
        typer.Option(
            "--layout",
            help="Read the documents as this layout when their text names another: "
            + ", ".join(LAYOUT_NAMES)
            + ".",
            autocompletion=lambda: list(LAYOUT_NAMES),
            metavar="LAYOUT",
        ),
    ] = None,
    patterns_only: Annotated[
        bool,
        typer.Option(
            "--patterns-only",
            help="Leave out what the trained models propose (steps the patterns did not find, "
            "the document type where they hesitate): every item then rests on a pattern.",
        ),
    ] = False,
) -> None:
    """Draft a dossier file from council documents: the steps, promises and preconditions each
    states, with the sentence it rests on, and what to check (# nakijken). Never writes the
    database.

    Examples:

        besluitspoor extract raadsinformatiebrief.pdf > concept.yaml

        besluitspoor extract besluitenlijst.docx --doc-date 2023-03-14 -o concept.json

        besluitspoor extract stukken/ -o concepten/
    """

    from besluitspoor.extract.drafting import drafts

    given = _doc_date(doc_date)
    _known_layout(layout)
    names = _documents(files)
    folder = _draft_folder(files, names, output)
    if fmt is None:
        fmt = "json" if output is not None and not folder and output.suffix == ".json" else "yaml"
    recorded = None
    if dossier is not None:
        from besluitspoor.store import reading as store

        with settings(ctx).open().read() as conn:
            recorded = store.load(conn, dossier).to_data()
    taken: set[str] = set()  # names written in the folder by this run: a/brief, b/brief
    failed = False
    for done in drafts(names, given, layout, source, recorded, fmt, patterns_only):
        for problem in done.problems:
            say(str(problem))
        failed = failed or bool(done.problems)
        if done.undated:
            say(
                t(
                    "{f}: {n} zonder jaar ({x}); geef het jaar met --doc-date, bijvoorbeeld "
                    "--doc-date 2023 of --doc-date 'maart 2023'",
                    "{f}: {n} without a year ({x}); give the year with --doc-date, e.g. "
                    "--doc-date 2023 or --doc-date 'maart 2023'",
                    f=done.name,
                    n=count(len(done.undated), "date"),
                    x=", ".join(dict.fromkeys(done.undated[:5])),
                )
            )
        if done.english:
            say(
                t(
                    "{f}: de tekst lijkt Engels; besluitspoor leest Nederlandse raadsstukken "
                    "(van een vertaalde besluitenlijst alleen de punten en hun datum), dus het "
                    "concept mist veel: gebruik de Nederlandse versie",
                    "{f}: the text looks English; besluitspoor reads Dutch council documents "
                    "(of a translated decision list only its items and their date), so the draft "
                    "misses much: use the Dutch version",
                    f=done.name,
                )
            )
        if done.text is not None:
            _write(done.text, _draft_file(output, folder, done.name, fmt, taken))
    if failed:
        raise typer.Exit(2)


def _known_layout(layout: str | None) -> None:
    if layout is not None and layout not in LAYOUT_NAMES:
        from besluitspoor.model import did_you_mean

        fail(
            t(
                "--layout: onbekende opmaak '{x}'{hint} (bekend: {known})",
                "--layout: unknown layout '{x}'{hint} (known: {known})",
                x=layout,
                hint=did_you_mean(layout, LAYOUT_NAMES),
                known=", ".join(LAYOUT_NAMES),
            )
        )


def _draft_folder(files: list[str], names: list[str], output: Path | None) -> bool:
    """Whether the drafts go into a folder (one per document): several documents need one."""
    many = len(names) > 1 or any(Path(f).is_dir() for f in files if f != "-")
    if many and output is None:
        fail(
            t(
                "{n} documenten: geef een map om de concepten in te schrijven, bijvoorbeeld "
                "-o concepten/ (een concept per document)",
                "{n} documents: give a folder to write the drafts in, e.g. -o drafts/ "
                "(one draft per document)",
                n=len(names),
            )
        )
    if many and output is not None and output.suffix.lower() in (".yaml", ".yml", ".json"):
        fail(
            t(
                "-o {o} is één bestand en dit zijn {n} documenten: geef een map, bijvoorbeeld "
                "-o concepten/ (een concept per document)",
                "-o {o} is one file and these are {n} documents: give a folder, e.g. "
                "-o drafts/ (one draft per document)",
                o=output,
                n=len(names),
            )
        )
    return output is not None and (many or _is_folder(str(output)))


def _draft_file(
    output: Path | None, folder: bool, name: str, fmt: str, taken: set[str]
) -> Path | None:
    """Where a document's draft goes: `output`, or in the folder a file named after it (two
    documents of one name: brief, brief-2)."""
    if output is None or not folder:
        return output
    output.mkdir(parents=True, exist_ok=True)
    stem, n = Path(name).stem, 2
    while stem in taken:
        stem, n = f"{Path(name).stem}-{n}", n + 1
    taken.add(stem)
    return output / f"{stem}.{'json' if fmt == 'json' else 'yaml'}"


def _doc_date(text: str | None) -> date | None:
    """--doc-date: a day, a month or a year; dates without a year are read near its start."""
    if text is None:
        return None
    from besluitspoor.fuzzydate import FuzzyDate, FuzzyDateError

    try:
        return FuzzyDate.parse(text).first
    except FuzzyDateError as exc:
        fail(f"--doc-date: {exc}")


def _documents(files: list[str]) -> list[str]:
    """The documents named: files as given, folders by the documents in them (sorted)."""
    from besluitspoor.extract.readers import SUFFIXES

    names: list[str] = []
    for name in files:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not found:
                fail(
                    t(
                        "{p}: geen documenten in deze map ({s})",
                        "{p}: no documents in this folder ({s})",
                        p=name,
                        s=", ".join(SUFFIXES),
                    )
                )
            names.extend(str(p) for p in found)
        else:
            names.append(name)
    return names
