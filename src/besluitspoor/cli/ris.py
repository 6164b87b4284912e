"""`besluitspoor ris`: registers of moties and toezeggingen from a council's
raadsinformatiesysteem (Notubiz, iBabs), read from saved API responses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from besluitspoor.cli import complete
from besluitspoor.cli.base import App, fail, print_json, say, settings
from besluitspoor.i18n import t

if TYPE_CHECKING:
    from besluitspoor.ris.records import Meeting, Record
    from besluitspoor.ris.sync import SyncReport

app = App(
    help="Registers of moties and toezeggingen from a council's raadsinformatiesysteem "
    "(Notubiz, iBabs).\n\n"
    "Example: besluitspoor ris moties notubiz:alkmaar --from-file moties.json",
    no_args_is_help=True,
)

SUPPLIERS = ("notubiz", "ibabs")

SourceArg = Annotated[
    str,
    typer.Argument(help="notubiz:<organisation> or ibabs:<site>, e.g. notubiz:alkmaar."),
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


def _source(source: str) -> tuple[str, str]:
    supplier, _, council = source.partition(":")
    if supplier.lower() not in SUPPLIERS or not council.strip():
        fail(
            t(
                "bron '{s}': schrijf notubiz:<organisatie> of ibabs:<site>",
                "source '{s}': write notubiz:<organisation> or ibabs:<site>",
                s=source,
            )
        )
    return supplier.lower(), council.strip()


def _records(supplier: str, files: list[Path], register: str) -> list[Record]:
    return _read(supplier, files, register)[1]


def _read(supplier: str, files: list[Path], register: str) -> tuple[list[Meeting], list[Record]]:
    """Meetings and register records from saved responses; InputError naming every file that
    is not a response besluitspoor can read (nothing is written then)."""
    import json

    from besluitspoor.problems import InputError, Problem
    from besluitspoor.ris import ibabs, notubiz

    meetings: list[Meeting] = []
    records: list[Record] = []
    problems: list[Problem] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), None, "", str(exc)))
            continue
        try:
            if supplier == "notubiz":
                payload = json.loads(text)
                if isinstance(payload, dict) and (
                    "agenda_items" in payload or "meeting" in payload
                ):
                    meetings.append(notubiz.meeting(payload))
                else:
                    records.extend(notubiz.record(i, register) for i in notubiz.items(payload))
            else:
                records.append(ibabs.record(text, register))
        except (ValueError, notubiz.Malformed, ibabs.Malformed) as exc:
            problems.append(
                Problem(
                    str(path),
                    None,
                    "",
                    t(
                        "geen {s}-antwoord dat besluitspoor kan lezen: {e}",
                        "not a {s} response besluitspoor can read: {e}",
                        s=supplier,
                        e=exc,
                    ),
                )
            )
    if problems:
        raise InputError(problems)
    return meetings, records


def cache_dir() -> Path:
    import platformdirs

    return platformdirs.user_cache_path("besluitspoor", appauthor=False) / "ris"


def _download(
    supplier: str, council: str, register: str, refresh: bool, window: dict[str, str]
) -> list[Record]:
    """The register straight from the supplier (Notubiz), through the cache on disk."""
    from besluitspoor.ris import http, notubiz

    if supplier != "notubiz":
        _need_files(supplier, None)
    from besluitspoor.cli.files import _progress

    with (
        http.Fetcher(cache_dir(), refresh=refresh, transport=http.TRANSPORT) as fetcher,
        _progress(register) as progress,
    ):
        try:
            items = notubiz.fetch_register(fetcher, council, register, progress, **window)
            return [notubiz.record(item, register) for item in items]
        except http.SourceDown as exc:
            say(str(exc))
            raise typer.Exit(3) from None
        except (ValueError, notubiz.Malformed) as exc:
            fail(
                t(
                    "notubiz:{o}: onleesbaar antwoord: {e}",
                    "notubiz:{o}: unreadable answer: {e}",
                    o=council,
                    e=exc,
                )
            )


def _need_files(supplier: str, files: list[Path] | None) -> list[Path]:
    if not files:
        fail(
            t(
                "besluitspoor haalt nog niets zelf op bij {s}: bewaar de antwoorden van de API "
                "en geef ze met --from-file",
                "besluitspoor does not fetch from {s} itself yet: save the API's responses and "
                "pass them with --from-file",
                s=supplier,
            )
        )
    return files


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

    supplier, council = _source(source)
    if from_file:
        records = _records(supplier, from_file, register)
    else:
        records = _download(supplier, council, register, refresh, window or {})
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
    data = registers.dossier(council, records, base)
    text = dump(data)
    if output is not None:
        from besluitspoor.cli.files import _write_atomically

        _write_atomically(output, text)
        say(t("{f} geschreven", "wrote {f}", f=output))
        return
    _tell(
        _sync(ctx, data, force),
        as_json,
        records=len(records),
        skipped=[r.source_id for r in undated],
    )


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
            }
        )
    d = report.dossier
    if report.new_dossier:
        say(
            t(
                "{n} item(s) in nieuw dossier {d}",
                "{n} item(s) in new dossier {d}",
                n=len(report.added),
                d=d,
            )
        )
    elif not (report.added or report.updated or report.kept):
        say(t("{d}: niets nieuws", "{d}: nothing new", d=d))
    if report.added and not report.new_dossier:
        say(t("{d}: {n} nieuw(e) item(s)", "{d}: {n} new item(s)", d=d, n=len(report.added)))
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
    Notubiz directly (notubiz:<organisation number>, cached on disk), or from saved responses.

    Outcomes become aangenomen, verworpen, ingetrokken or aangehouden; other wording stays
    ingediend with the supplier's words kept. Names of council members are not stored.

    Examples:

        besluitspoor ris moties notubiz:alkmaar --from-file moties-p1.json moties-p2.json

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
        help="A saved API response: a Notubiz meeting or module items (JSON), an iBabs "
        "GetListEntry answer (XML). Repeat for more.",
        metavar="PATH",
    ),
]


@app.command("search")
def search(
    ctx: typer.Context,
    source: SourceArg,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Words that must all be in the title.")
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="Not before this date.", metavar="DATE")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Not after this date.", metavar="DATE")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only this kind of step (guessed from titles).")
    ] = None,
    from_file: FilesOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Find the meetings, documents and moties of one policy change among saved responses:
    each with the reference `ris import` takes, its date, kind (guessed), title and URL.

    Examples:

        besluitspoor ris search notubiz:oosthaven --from-file vergadering.json -q buurtteam

        besluitspoor ris search notubiz:oosthaven --from-file vergadering.json --kind motie --json
    """
    from besluitspoor.cli.checking import parse_as_of
    from besluitspoor.ris.trail import candidates, matches

    supplier, _ = _source(source)
    meetings, records = _read(supplier, _need_files(supplier, from_file), "moties")
    first = parse_as_of(start) if start else None
    last = parse_as_of(end) if end else None
    found = [c for c in candidates(meetings, records) if matches(c, query, first, last, kind)]
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
    from rich.table import Table

    from besluitspoor.cli.base import out

    table = Table(title=t("Gevonden", "Found"))
    for column in (
        t("Verwijzing", "Reference"),
        t("Datum", "Date"),
        t("Soort", "Kind"),
        t("Titel", "Title"),
    ):
        table.add_column(column)
    for c in found:
        table.add_row(c.ref, c.day.isoformat() if c.day else "?", c.kind, c.title)
    out().print(table)
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
    as_json: JsonOpt = False,
    force: ForceOpt = False,
) -> None:
    """Add chosen meetings, documents and moties to a dossier as steps, each with its source
    URL; their ids carry the supplier's ids, so importing again adds nothing twice.

    Example:

        besluitspoor ris import wassenaar-sociaal-team notubiz:oosthaven meeting:70001
            document:80011 --from-file vergadering.json
    """
    from besluitspoor.ris.trail import candidates
    from besluitspoor.store import dossiers as store

    supplier, _ = _source(source)
    meetings, records = _read(supplier, _need_files(supplier, from_file), "moties")
    known = {c.ref: c for c in candidates(meetings, records)}
    missing = [r for r in refs if r not in known]
    if missing:
        fail(
            t(
                "niet in de bestanden: {m} (zoek ze met 'besluitspoor ris search')",
                "not in the files: {m} (find them with 'besluitspoor ris search')",
                m=", ".join(missing),
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
    with settings(ctx).open().read() as conn:
        header = store.load(conn, dossier).to_data()["dossier"]
    from besluitspoor import vocab

    steps = [known[r].step for r in dict.fromkeys(refs)]
    data = {"format": vocab.FORMAT, "dossier": header, "steps": steps}
    _tell(_sync(ctx, data, force), as_json)
