"""`besluitspoor ris`: registers of moties and toezeggingen from a council's
raadsinformatiesysteem (Notubiz, iBabs), read from saved API responses."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from besluitspoor.cli import complete
from besluitspoor.cli.base import App, fail, print_json, say, settings
from besluitspoor.cli.options import FromOpt, ToOpt
from besluitspoor.i18n import count, t

if TYPE_CHECKING:
    from besluitspoor.ris import importing
    from besluitspoor.ris.records import Record
    from besluitspoor.ris.suppliers import Found, Source, Supplier
    from besluitspoor.ris.sync import SyncReport
    from besluitspoor.ris.trail import Candidate

app = App(
    help="Meetings, documents, moties and toezeggingen from a council's raadsinformatiesysteem "
    "(Notubiz, iBabs, OpenBesluitvorming), from the network or from saved responses.\n\n"
    "Example: besluitspoor ris moties notubiz:alkmaar --from-file moties.json",
    no_args_is_help=True,
)

SourceArg = Annotated[
    str,
    typer.Argument(
        help="notubiz:<organisation number>, ibabs:<site> (ibabs:<site>/<municipality> for a "
        "shared site: ibabs:Duivenvoorde/Wassenaar) or obv:<organisation> (OpenBesluitvorming's "
        "key)."
    ),
]
FromFileOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--from-file",
        help="Saved API responses: Notubiz module items (JSON, one page per file) or iBabs "
        "GetListEntry answers (XML).",
        metavar="PATH",
    ),
]
DossierOpt = Annotated[
    str | None,
    typer.Option(
        "--dossier",
        help="Add to this dossier instead of the council's register dossier.",
        autocompletion=complete.dossiers,
        metavar="ID",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the register as a dossier file instead."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print a JSON summary.")]
ForceOpt = Annotated[
    bool,
    typer.Option("--force", help="Also overwrite items changed by hand with the source's version."),
]
RefreshOpt = Annotated[
    bool, typer.Option("--refresh", help="Download again instead of using the cache on disk.")
]
DateFromOpt = Annotated[
    str | None,
    typer.Option("--date-from", help="Only items from this date (YYYY-MM-DD).", metavar="DATE"),
]
DateToOpt = Annotated[
    str | None,
    typer.Option("--date-to", help="Only items up to this date (YYYY-MM-DD).", metavar="DATE"),
]
# `--from-file a.json b.json`: an option takes one value, so the files after it are arguments.
MoreFilesArg = Annotated[
    list[Path] | None,
    typer.Argument(help="More saved responses (after --from-file).", show_default=False),
]


def _source(text: str) -> Source:
    from besluitspoor.ris import suppliers

    return suppliers.parse(text)


def _supplier(source: Source) -> Supplier:
    from besluitspoor.ris import suppliers

    return suppliers.of(source)


def _read(source: Source, files: list[Path], register: str, records_only: bool = False) -> Found:
    from besluitspoor.ris.saved import read

    return read(source.supplier, source.name, files, register, records_only=records_only)


def cache_dir() -> Path:
    import platformdirs

    return platformdirs.user_cache_path("besluitspoor", appauthor=False) / "ris"


@contextmanager
def _network(source: Source, refresh: bool, label: str) -> Iterator[tuple[Any, Any]]:
    """A Fetcher and a progress callback; the source's refusals as exit codes: down is 3,
    refused or unreadable is 2."""
    from besluitspoor.cli.files import _progress
    from besluitspoor.ris import http, suppliers

    with (
        http.Fetcher(cache_dir(), refresh=refresh, transport=http.TRANSPORT) as fetcher,
        _progress(label) as progress,
    ):
        try:
            yield fetcher, progress
        except http.SourceDown as exc:
            say(str(exc))
            raise typer.Exit(3) from None
        except suppliers.MALFORMED_ANSWER as exc:  # an answer of the wrong shape
            fail(
                t(
                    "{s}:{o}: onleesbaar antwoord: {e}",
                    "{s}:{o}: unreadable answer: {e}",
                    s=source.supplier,
                    o=source.name,
                    e=exc,
                )
            )


def _download(source: Source, register: str, refresh: bool, window: dict[str, str]) -> list[Record]:
    """The register straight from the supplier, through the cache on disk."""
    from besluitspoor.ris import suppliers

    supplier = suppliers.of(source)
    supplier.check_register()
    with _network(source, refresh, register) as (fetcher, progress):
        return supplier.register(fetcher, source, register, progress, window)


def _run(
    ctx: typer.Context,
    register: str,
    source: str,
    from_file: list[Path] | None,
    dossier: str | None,
    output: Path | None,
    as_json: bool,
    refresh: bool = False,
    window: dict[str, str] | None = None,
    force: bool = False,
) -> None:
    from besluitspoor.dossierfile.yamlio import dump
    from besluitspoor.ris import importing
    from besluitspoor.ris import register as registers

    place = _source(source)
    if from_file:
        records = _read(place, from_file, register, records_only=True).records
        first, last = (window or {}).get("date_from"), (window or {}).get("date_to")
        records = [  # the window the network request would have asked for
            r
            for r in records
            if r.day is None
            or (
                (not first or r.day.isoformat() >= first)
                and (not last or r.day.isoformat() <= last)
            )
        ]
    else:
        records = _download(place, register, refresh, window or {})
    records = _once_each(records)
    undated = [r for r in records if r.day is None and r.kind != "toezegging"]
    for record in undated:
        say(
            t(
                "overgeslagen: {k} {i} ('{title}') heeft geen datum bij de bron",
                "skipped: {k} {i} ('{title}') has no date at the source",
                k=record.kind,
                i=record.source_id,
                title=record.title,
            )
        )
    state = settings(ctx)
    base = None
    if dossier is not None:
        from besluitspoor.store import dossiers as store

        with state.open().read() as conn:
            base = store.load(conn, dossier).to_data()["dossier"]
    data = registers.dossier(place.council, records, base)
    text = dump(data)
    if output is not None:
        from besluitspoor.outputfile import write_atomically

        write_atomically(output, text)
        say(t("{f} geschreven", "wrote {f}", f=output))
        return
    _tell(
        importing.sync(settings(ctx), data, force),
        as_json,
        records=len(records),
        skipped=[r.source_id for r in undated],
    )


def _once_each(records: list[Record]) -> list[Record]:
    """Each item once: pages that overlap (a register that changed between two downloads) give
    some twice; the later answer is the newer one."""
    latest: dict[tuple[str, str], Record] = {}
    for record in records:
        latest.pop((record.kind, record.source_id), None)  # keep the order of the later one
        latest[(record.kind, record.source_id)] = record
    twice = len(records) - len(latest)
    if twice:
        say(
            t(
                "{n} dubbel in de antwoorden (pagina's die elkaar overlappen): het laatste telt",
                "{n} twice in the answers (pages that overlap): the last one counts",
                n=count(twice, "item"),
            )
        )
    return list(latest.values())


def _tell(report: SyncReport, as_json: bool, **extra: Any) -> None:
    if as_json:
        print_json(
            {
                "dossier": report.dossier,
                **extra,
                "added": report.added,
                "updated": report.updated,
                "kept": report.kept,
                "gone_by_hand": report.gone_by_hand,
            }
        )
    d = report.dossier
    if report.new_dossier:
        say(
            t(
                "{n} in nieuw dossier {d}",
                "{n} in new dossier {d}",
                n=count(len(report.added), "item"),
                d=d,
            )
        )
    elif not (report.added or report.updated or report.kept or report.gone_by_hand):
        say(t("{d}: niets nieuws", "{d}: nothing new", d=d))
    if report.added and not report.new_dossier:
        say(
            t(
                "{d}: {n} nieuw",
                "{d}: {n} new",
                d=d,
                n=count(len(report.added), "item"),
            )
        )
    if report.updated:
        say(
            t(
                "{d}: bijgewerkt naar de bron: {items}",
                "{d}: updated from the source: {items}",
                d=d,
                items=", ".join(report.updated),
            )
        )
    if report.kept:
        say(
            t(
                "{d}: met de hand veranderd, dus niet overschreven: {items} (overschrijf met "
                "--force)",
                "{d}: changed by hand, so not overwritten: {items} (overwrite with --force)",
                d=d,
                items=", ".join(report.kept),
            )
        )
    if report.gone_by_hand:
        say(
            t(
                "{d}: met de hand hernoemd of verwijderd, dus niet opnieuw toegevoegd: {items} "
                "(voeg toe met --force)",
                "{d}: renamed or removed by hand, so not added again: {items} (add with --force)",
                d=d,
                items=", ".join(report.gone_by_hand),
            )
        )


@app.command("moties")
def moties(
    ctx: typer.Context,
    source: SourceArg,
    more: MoreFilesArg = None,
    from_file: FromFileOpt = None,
    dossier: DossierOpt = None,
    output: OutputOpt = None,
    as_json: JsonOpt = False,
    refresh: RefreshOpt = False,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    force: ForceOpt = False,
) -> None:
    """Import a council's moties and amendementen, with their outcome and settlement: from
    Notubiz (notubiz:<organisation number>) or iBabs (ibabs:<site>, or
    ibabs:<site>/<municipality>) directly, cached on disk, or from saved responses.

    Outcomes become aangenomen, verworpen, ingetrokken or aangehouden; other wording stays
    ingediend with the supplier's words kept. Names and votes of council members are not
    stored.

    Examples:

        besluitspoor ris moties notubiz:alkmaar --from-file moties-p1.json moties-p2.json

        besluitspoor ris moties ibabs:Duivenvoorde/Wassenaar

        besluitspoor ris moties ibabs:utrecht --from-file m25.xml m26.xml -o register.yaml
    """
    window = {k: v for k, v in (("date_from", date_from), ("date_to", date_to)) if v}
    files = [*(from_file or []), *(more or [])]
    _run(ctx, "moties", source, files, dossier, output, as_json, refresh, window, force)


@app.command("toezeggingen")
def toezeggingen(
    ctx: typer.Context,
    source: SourceArg,
    more: MoreFilesArg = None,
    from_file: FromFileOpt = None,
    dossier: DossierOpt = None,
    output: OutputOpt = None,
    as_json: JsonOpt = False,
    refresh: RefreshOpt = False,
    date_from: DateFromOpt = None,
    date_to: DateToOpt = None,
    force: ForceOpt = False,
) -> None:
    """Import a council's register of toezeggingen as promises with deadline and status, so
    that `check` lists every overdue promise.

    Examples:

        besluitspoor ris toezeggingen notubiz:alkmaar --from-file toezeggingen.json

        besluitspoor check register-alkmaar
    """
    window = {k: v for k, v in (("date_from", date_from), ("date_to", date_to)) if v}
    files = [*(from_file or []), *(more or [])]
    _run(ctx, "toezeggingen", source, files, dossier, output, as_json, refresh, window, force)


FilesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--from-file",
        help="A saved API response instead of the network: a Notubiz meeting or module items "
        "(JSON), iBabs GetMeetingsByDateRange, GetMeetingtypes or GetListEntry answers (XML), "
        "OpenBesluitvorming search or entity answers (JSON). Repeat for more.",
        metavar="PATH",
    ),
]


# OpenBesluitvorming's entity types for the step kinds a search can ask for.
def _found(
    source: Source,
    files: list[Path] | None,
    refs: list[str] | None,
    *,
    query: str | None = None,
    start: date | None = None,
    end: date | None = None,
    kind: str | None = None,
    refresh: bool = False,
) -> list[Candidate]:
    """The candidates in saved responses, or asked of the source: OpenBesluitvorming's search
    (or its entities, for `refs`), iBabs' meetings between two dates, a Notubiz meeting."""
    from besluitspoor.ris import suppliers
    from besluitspoor.ris.trail import candidates

    if files:
        found = _read(source, files, "moties")
    else:
        supplier = suppliers.of(source)
        supplier.check_request(refs, start)
        with _network(source, refresh, "ris") as (fetcher, progress):
            found = supplier.found(fetcher, source, refs, query, start, end, kind, progress)
    if found.elsewhere:
        say(
            t(
                "{n} van een andere gemeente dan {c} overgeslagen (een iBabs-site die twee "
                "gemeenten delen staat onder één sleutel)",
                "{n} of another municipality than {c} left out (an iBabs site two councils "
                "share is under one key)",
                n=count(found.elsewhere, "item"),
                c=source.council,
            )
        )
    return candidates(found.meetings, found.records, found.documents)


@app.command("search")
def search(
    ctx: typer.Context,
    source: SourceArg,
    query: Annotated[
        str | None,
        typer.Option(
            "--query",
            "-q",
            help="Words to find: OpenBesluitvorming searches full texts and agendas; in saved "
            "responses every word must be in the title or agenda.",
        ),
    ] = None,
    start: FromOpt = None,
    end: ToOpt = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only this kind of step (guessed from titles).")
    ] = None,
    more: MoreFilesArg = None,
    from_file: FilesOpt = None,
    as_json: JsonOpt = False,
    refresh: RefreshOpt = False,
) -> None:
    """Find the meetings, documents and moties of one policy change: each with the reference
    `ris import` takes, its date, kind (guessed from the title), title and URL.

    Over the network: OpenBesluitvorming's search (obv:<organisation>), or an iBabs site's
    meetings between --from and --to. Or among saved responses (--from-file).

    Examples:

        besluitspoor ris search notubiz:oosthaven --from-file vergadering.json -q buurtteam

        besluitspoor ris search notubiz:oosthaven --from-file vergadering.json --kind motie --json

        besluitspoor ris search obv:wassenaar -q "sociaal team" --from 2022-01-01 --to 2023-12-31

        besluitspoor ris search ibabs:Duivenvoorde/Wassenaar --from 2024-01-01 --kind motie
    """
    from besluitspoor.cli.checking import parse_as_of
    from besluitspoor.ris.trail import matches

    place = _source(source)
    first = parse_as_of(start) if start else None
    last = parse_as_of(end) if end else None
    files = [*(from_file or []), *(more or [])]
    # OpenBesluitvorming matches the words in full texts, agendas and motions itself; a second
    # filter on titles would hide the meetings (named after their type) a subject was decided in.
    wanted = None if _supplier(place).searches_texts and not files else query
    found = [
        c
        for c in _found(
            place,
            files,
            None,
            query=query,
            start=first,
            end=last,
            kind=kind,
            refresh=refresh,
        )
        if matches(c, wanted, first, last, kind)
    ]
    if as_json:
        print_json(
            [
                {
                    "ref": c.ref,
                    "date": c.day.isoformat() if c.day else None,
                    "kind": c.kind,
                    "title": c.title,
                    "url": c.url,
                }
                for c in found
            ]
        )
        return
    import textwrap

    from rich.markup import escape

    from besluitspoor.cli.base import out

    # Not a table: references are long (OpenBesluitvorming's hold the supplier and the
    # organisation) and must never be cut, so each is on its own line with the title below.
    console = out()
    for c in found:
        day = c.day.isoformat() if c.day else "?         "
        console.print(f"{day}  {c.kind:<21} [bold]{escape(c.ref)}[/bold]", soft_wrap=True)
        # The title wraps at words, under itself (a reference never wraps: it is copied whole).
        for line in textwrap.wrap(c.title, max(20, console.width - 12)) or [""]:
            console.print(f"            {escape(line)}", soft_wrap=True)
    say(t("{n} gevonden", "{n} found", n=len(found)))


@app.command("import")
def import_items(
    ctx: typer.Context,
    dossier: Annotated[
        str, typer.Argument(help="Id of the dossier to add to.", autocompletion=complete.dossiers)
    ],
    source: SourceArg,
    refs: Annotated[
        list[str],
        typer.Argument(help="References from `ris search`: meeting:ID, document:ID, motie:ID."),
    ],
    from_file: FilesOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    as_json: JsonOpt = False,
    force: ForceOpt = False,
    refresh: RefreshOpt = False,
    documents_too: Annotated[
        bool,
        typer.Option(
            "--documents/--no-documents",
            help="Read each document imported (OpenBesluitvorming's text, else the file "
            "downloaded; from saved answers only the text they hold) and add what it states "
            "to the dossier, each item marked to review ('besluitspoor nakijken').",
        ),
    ] = True,
    drafts: Annotated[
        Path | None,
        typer.Option(
            "--drafts",
            help="Instead of adding what the documents state, write it, drafted against the "
            "dossier, to FOLDER/<step id>.yaml for review; add a reviewed draft with "
            "'besluitspoor import FOLDER --merge'.",
            metavar="FOLDER",
        ),
    ] = None,
) -> None:
    """Add chosen meetings, documents and moties to a dossier as steps, each with its source
    URL; their ids carry the supplier's ids, so importing again adds nothing twice (and a step
    from OpenBesluitvorming has the id it has when imported from the supplier).

    Without --from-file the items are fetched: OpenBesluitvorming entities, a Notubiz meeting,
    or iBabs meetings between --from and --to. With --drafts the documents' contents are
    drafted too: the steps, promises and preconditions each states, with its source.

    Examples:

        besluitspoor ris import wassenaar-sociaal-team notubiz:wassenaar meeting:70001
            document:80011 --from-file vergadering.json

        besluitspoor ris import wassenaar-sociaal-team obv:wassenaar
            meeting:ibabs:gemeente:wassenaar:5e0f0000-0000-4000-8000-000000000101

        besluitspoor ris import wassenaar-sociaal-team obv:wassenaar
            document:ibabs:gemeente:wassenaar:d0c0e000-0000-4000-8000-000000000201
            --drafts concepten/
    """
    from besluitspoor.cli.checking import parse_as_of
    from besluitspoor.ris import importing

    place = _source(source)
    if from_file:  # `--from-file a.json b.json`: the files after the option are no references
        more = [
            r for r in refs if Path(r).suffix.lower() in (".json", ".xml") and Path(r).is_file()
        ]
        refs = [r for r in refs if r not in more]
        from_file = [*from_file, *map(Path, more)]
    refs = [_supplier(place).normalise_ref(r) for r in refs]
    state = settings(ctx)
    header = importing.dossier_header(state, dossier)
    importing.same_council(place, header, force)
    first, last = (parse_as_of(start) if start else None), (parse_as_of(end) if end else None)
    found = _found(place, from_file, refs, start=first, end=last, refresh=refresh)
    request = importing.Request(
        dossier, refs, force, refresh, documents_too, drafts, offline=bool(from_file)
    )
    done = importing.run(state, header, request, {c.ref: c for c in found}, say, cache_dir())
    _tell_import(done, request, as_json)
    if done.failed:
        raise typer.Exit(done.failed)


def _tell_import(done: importing.Outcome, request: importing.Request, as_json: bool) -> None:
    dossier, drafts = request.dossier, request.drafts
    if drafts is None:
        extra = {"from_documents": done.merged} if request.documents_too else {}
        _tell(done.report, as_json, **extra)
        if done.merged:
            say(
                t(
                    "{d}: {n} uit de stukken, na te kijken met 'besluitspoor nakijken {d}'",
                    "{d}: {n} from the documents, to review with 'besluitspoor nakijken {d}'",
                    d=dossier,
                    n=count(len(done.merged), "item"),
                )
            )
        return
    _tell(done.report, as_json, drafts=[str(w) for w in done.written])
    if done.written:
        say(
            t(
                "{n} in {f}: nakijken, dan toevoegen met 'besluitspoor import {f} --merge'",
                "{n} in {f}: review, then add with 'besluitspoor import {f} --merge'",
                n=count(len(done.written), "draft"),
                f=drafts,
            )
        )
    elif not done.documents:
        say(
            t(
                "--drafts leest documenten: noem ze als document:… ('ris search' toont die van "
                "een vergadering)",
                "--drafts reads documents: name them as document:… ('ris search' shows a "
                "meeting's)",
            )
        )
