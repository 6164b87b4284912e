"""`besluitspoor ris`: registers of moties and toezeggingen from a council's
raadsinformatiesysteem (Notubiz, iBabs), read from saved API responses."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from besluitspoor.cli import complete
from besluitspoor.cli.base import App, fail, print_json, say, settings
from besluitspoor.i18n import t

if TYPE_CHECKING:
    from besluitspoor.ris.records import Record

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
    import json

    from besluitspoor.problems import InputError, Problem
    from besluitspoor.ris import ibabs, notubiz

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
                records.extend(notubiz.record(item, register) for item in notubiz.items(payload))
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
    return records


def _run(
    ctx: typer.Context,
    register: str,
    source: str,
    from_file: list[Path] | None,
    dossier: str | None,
    output: Path | None,
    as_json: bool,
) -> None:
    from besluitspoor.dossierfile.yamlio import dump
    from besluitspoor.ris import register as registers

    supplier, council = _source(source)
    if not from_file:
        fail(
            t(
                "besluitspoor haalt nog niets zelf op bij {s}: bewaar de antwoorden van de API "
                "en geef ze met --from-file",
                "besluitspoor does not fetch from {s} itself yet: save the API's responses and "
                "pass them with --from-file",
                s=supplier,
            )
        )
    records = _records(supplier, from_file, register)
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
    from besluitspoor.importer import import_paths

    with tempfile.TemporaryDirectory(prefix="besluitspoor-ris-") as tmp:
        path = Path(tmp) / f"{data['dossier']['id']}.yaml"
        path.write_text(text, encoding="utf-8")
        db = state.open(create=True)
        report = import_paths(db, [path], profiles=state.profile_names(), merge=True)
        db.dispose()
    dossier_id = data["dossier"]["id"]
    added = report.merged.get(dossier_id)
    if as_json:
        print_json(
            {
                "dossier": dossier_id,
                "records": len(records),
                "skipped": [r.source_id for r in undated],
                "added": added if added is not None else "all",
            }
        )
    if added is None:
        say(
            t(
                "{n} item(s) in nieuw dossier {d}",
                "{n} item(s) in new dossier {d}",
                n=len(records),
                d=dossier_id,
            )
        )
    elif added:
        say(t("{d}: {n} nieuw(e) item(s)", "{d}: {n} new item(s)", d=dossier_id, n=len(added)))
    else:
        say(t("{d}: niets nieuws", "{d}: nothing new", d=dossier_id))


@app.command("moties")
def moties(
    ctx: typer.Context,
    source: SourceArg,
    more: MoreFilesArg = None,
    from_file: FromFileOpt = None,
    dossier: DossierOpt = None,
    output: OutputOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Import a council's moties and amendementen, with their outcome and settlement.

    Outcomes become aangenomen, verworpen, ingetrokken or aangehouden; other wording stays
    ingediend with the supplier's words kept. Names of council members are not stored.

    Examples:

        besluitspoor ris moties notubiz:alkmaar --from-file moties-p1.json moties-p2.json

        besluitspoor ris moties ibabs:utrecht --from-file m25.xml m26.xml -o register.yaml
    """
    _run(ctx, "moties", source, [*(from_file or []), *(more or [])], dossier, output, as_json)


@app.command("toezeggingen")
def toezeggingen(
    ctx: typer.Context,
    source: SourceArg,
    more: MoreFilesArg = None,
    from_file: FromFileOpt = None,
    dossier: DossierOpt = None,
    output: OutputOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Import a council's register of toezeggingen as promises with deadline and status, so
    that `check` lists every overdue promise.

    Examples:

        besluitspoor ris toezeggingen notubiz:alkmaar --from-file toezeggingen.json

        besluitspoor check register-alkmaar
    """
    _run(ctx, "toezeggingen", source, [*(from_file or []), *(more or [])], dossier, output, as_json)
