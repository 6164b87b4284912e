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


def _same_council(place: Source, header: dict[str, Any], force: bool) -> None:
    """A council's records go into a dossier of that municipality; --force for a regional
    dossier fed by another council's records."""
    from besluitspoor import ids

    council = ids.slugify(place.council)
    municipality = ids.slugify(str(header.get("municipality") or ""))
    if force or council.isdigit() or not municipality or municipality == "onbekend":
        return  # a Notubiz organisation number names no municipality
    if council not in municipality and municipality not in council:
        fail(
            t(
                "{s} is de bron van een andere gemeente dan {m} van dossier '{d}'; "
                "geef --force als dat zo bedoeld is",
                "{s} is the source of another municipality than {m} of dossier '{d}'; "
                "give --force if that is meant",
                s=f"{place.supplier}:{place.council}",
                m=header.get("municipality"),
                d=header.get("id"),
            )
        )


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
        _sync(ctx, data, force),
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


def _sync(ctx: typer.Context, data: dict[str, Any], force: bool) -> SyncReport:
    """Into the database in one transaction: new items added, items changed at the source
    updated, items changed by hand kept (unless --force)."""
    from besluitspoor.ris.sync import sync

    state = settings(ctx)
    db = state.open(create=True)
    try:
        return sync(db, data, state.profile_names(), force=force)
    finally:
        db.dispose()


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
    from besluitspoor.store import dossiers as store

    place = _source(source)
    if from_file:  # `--from-file a.json b.json`: the files after the option are no references
        more = [
            r for r in refs if Path(r).suffix.lower() in (".json", ".xml") and Path(r).is_file()
        ]
        refs = [r for r in refs if r not in more]
        from_file = [*from_file, *map(Path, more)]
    refs = [_supplier(place).normalise_ref(r) for r in refs]
    with settings(ctx).open().read() as conn:
        header = store.load(conn, dossier).to_data()["dossier"]
    _same_council(place, header, force)
    known = {
        c.ref: c
        for c in _found(
            place,
            from_file,
            refs,
            start=parse_as_of(start) if start else None,
            end=parse_as_of(end) if end else None,
            refresh=refresh,
        )
    }
    missing = [r for r in refs if r not in known]
    if missing:
        bare = [r for r in missing if ":" not in r]
        hint = (
            t(
                "; een verwijzing heeft een soort voor de dubbele punt, zoals meeting:{r} of "
                "document:{r}",
                "; a reference has a kind before a colon, as in meeting:{r} or document:{r}",
                r=bare[0],
            )
            if bare
            else ""
        )
        fail(
            t(
                "niet gevonden: {m} (zoek ze met 'besluitspoor ris search'){h}",
                "not found: {m} (find them with 'besluitspoor ris search'){h}",
                m=", ".join(missing),
                h=hint,
            )
        )
    undated = [r for r in refs if known[r].step is None]
    if undated:
        fail(
            t(
                "zonder datum bij de bron: {m}",
                "without a date at the source: {m}",
                m=", ".join(undated),
            )
        )
    from besluitspoor import vocab

    documents = [known[r] for r in dict.fromkeys(refs) if r.startswith("document:")]
    texts: dict[str, str] = {}
    failed = 0
    if drafts is not None or documents_too:
        # Saved answers are read offline: only the text they hold, nothing downloaded.
        texts, failed = _texts(documents, refresh, download=drafts is not None or not from_file)
        for doc in documents:
            if doc.ref in texts:
                known[doc.ref] = _dated_by_itself(doc, texts[doc.ref])
    steps = [known[r].step for r in dict.fromkeys(refs)]
    data = {"format": vocab.FORMAT, "dossier": header, "steps": steps}
    report = _sync(ctx, data, force)
    if drafts is None:
        merged = _merge_documents(ctx, dossier, [known[d.ref] for d in documents], texts)
        _tell(report, as_json, **({"from_documents": merged} if documents_too else {}))
        if merged:
            say(
                t(
                    "{d}: {n} uit de stukken, na te kijken met 'besluitspoor nakijken {d}'",
                    "{d}: {n} from the documents, to review with 'besluitspoor nakijken {d}'",
                    d=dossier,
                    n=count(len(merged), "item"),
                )
            )
        if failed:
            raise typer.Exit(failed)
        return
    written = _draft_documents(ctx, dossier, [known[d.ref] for d in documents], texts, drafts)
    _tell(report, as_json, drafts=[str(w) for w in written])
    if written:
        say(
            t(
                "{n} in {f}: nakijken, dan toevoegen met 'besluitspoor import {f} --merge'",
                "{n} in {f}: review, then add with 'besluitspoor import {f} --merge'",
                n=count(len(written), "draft"),
                f=drafts,
            )
        )
    elif not documents:
        say(
            t(
                "--drafts leest documenten: noem ze als document:… ('ris search' toont die van "
                "een vergadering)",
                "--drafts reads documents: name them as document:… ('ris search' shows a "
                "meeting's)",
            )
        )
    if failed:
        raise typer.Exit(failed)


def _dated_by_itself(doc: Candidate, text: str) -> Candidate:
    """A document's step dated by the document itself, not by the meeting it was listed at."""
    from dataclasses import replace

    from besluitspoor.ris.drafting import own_date

    own = own_date(text, doc.day)
    if doc.step is None or own is None or own.isoformat() == doc.step["date"]:
        return doc
    step = {
        **doc.step,
        "date": own.isoformat(),
        "body": "Datum: zoals het stuk zelf die geeft.",  # dossier text, as the other notes
    }
    return replace(doc, day=own, step=step)


def _merge_documents(
    ctx: typer.Context, dossier: str, documents: list[Candidate], texts: dict[str, str]
) -> list[str]:
    """What each read document states, drafted against the dossier and added to it in one
    transaction, every new item marked to review: the items added ("section/id")."""
    import tempfile

    from besluitspoor.importer import import_paths
    from besluitspoor.ris import drafting
    from besluitspoor.store import dossiers as store

    read = [doc for doc in documents if doc.ref in texts and doc.step is not None]
    if not read:
        return []
    state = settings(ctx)
    with state.open().read() as conn:
        recorded = store.load(conn, dossier).to_data()
    with tempfile.TemporaryDirectory(prefix="besluitspoor-") as folder:
        paths = []
        for n, doc in enumerate(read):
            path = Path(folder) / f"{n:03d}.json"
            where = doc.url or doc.ref
            path.write_text(
                drafting.for_review(texts[doc.ref], where, recorded, doc.day), encoding="utf-8"
            )
            paths.append(path)
        db = state.open()
        try:
            report = import_paths(db, paths, profiles=state.profile_names(), merge=True)
        finally:
            db.dispose()
    return report.merged.get(dossier, [])


def _texts(
    documents: list[Candidate], refresh: bool, *, download: bool = True
) -> tuple[dict[str, str], int]:
    """Each document's text (the source's, else the file downloaded when `download`), and the
    exit code for those that could not be read (2) or fetched (3); the others go on."""
    from besluitspoor.extract.readers import Unreadable
    from besluitspoor.problems import InputError
    from besluitspoor.ris import drafting, http

    texts: dict[str, str] = {}
    failed = 0
    fetcher = None
    try:
        for doc in documents:
            try:
                if doc.text and doc.text.strip():
                    texts[doc.ref] = doc.text
                elif doc.url and not download:
                    continue  # offline: a saved answer without the text
                elif doc.url:
                    if fetcher is None:
                        fetcher = http.Fetcher(
                            cache_dir(), refresh=refresh, transport=http.TRANSPORT
                        )
                    texts[doc.ref] = drafting.text_of(fetcher.get(doc.url), doc.url)
                else:
                    raise Unreadable(
                        t(
                            "{r}: de bron geeft geen tekst en geen adres om het stuk te halen",
                            "{r}: the source gives no text and no address to fetch it from",
                            r=doc.ref,
                        )
                    )
            except http.SourceDown as exc:
                say(str(exc))
                failed = 3
            except InputError as exc:  # unreadable, refused or not found
                say(str(exc))
                failed = failed or 2
    finally:
        if fetcher is not None:
            fetcher.close()
    return texts, failed


def _draft_documents(
    ctx: typer.Context,
    dossier: str,
    documents: list[Candidate],
    texts: dict[str, str],
    folder: Path,
) -> list[Path]:
    """Each read document's draft in `folder`, made against the dossier as it now is; a
    draft already there may hold a reviewer's corrections and is never overwritten."""
    from besluitspoor.outputfile import atomic_file
    from besluitspoor.ris import drafting
    from besluitspoor.store import dossiers as store

    with settings(ctx).open().read() as conn:
        recorded = store.load(conn, dossier).to_data()
    written: list[Path] = []
    for doc in documents:
        if doc.ref not in texts or doc.step is None:
            continue
        target = folder / f"{doc.step['id']}.yaml"
        made = drafting.draft(texts[doc.ref], doc.url or doc.ref, recorded, doc.day)
        if target.exists() and target.read_text(encoding="utf-8") != made:
            say(
                t(
                    "{f} bestaat al en blijft zoals het is; verwijder het voor een nieuw concept",
                    "{f} exists and is kept as it is; remove it for a new draft",
                    f=target,
                )
            )
            continue
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_file(target) as handle:
            handle.write(made)
        written.append(target)
    return written
