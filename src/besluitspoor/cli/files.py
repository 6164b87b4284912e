"""`besluitspoor init`, `import`, `export` and `demo`: the database and dossier files."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from besluitspoor.cli import complete
from besluitspoor.cli.base import err, fail, out, piped_by_hand, print_json, say, settings
from besluitspoor.i18n import count, t
from besluitspoor.outputfile import write_atomically
from besluitspoor.store.db import Database

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress

    from besluitspoor.importer import Progress


def init(
    ctx: typer.Context,
    upgrade: Annotated[
        bool,
        typer.Option(
            "--upgrade",
            help="Upgrade a shared PostgreSQL database to this version's schema (back it up "
            "with pg_dump first). A SQLite file is upgraded anyway, after a backup copy.",
        ),
    ] = False,
) -> None:
    """Create the database, or upgrade it to this version.

    A SQLite file of an older version is upgraded after a backup copy is written next to it.
    A PostgreSQL database a group shares is upgraded only with --upgrade.

    Examples:

        besluitspoor --db watch.db init

        besluitspoor --db postgresql://griffie-watch@db.example.org/besluitspoor init --upgrade
    """
    from besluitspoor.store.db import resolve_url, safe_url, sqlite_path

    db = settings(ctx).open(create=True, upgrade=upgrade)
    db.dispose()
    url = resolve_url(settings(ctx).db)
    print(sqlite_path(url) or safe_url(url))
    say(t("database klaar", "database ready"))


def import_(
    ctx: typer.Context,
    paths: Annotated[
        list[Path], typer.Argument(help="Dossier files (.yaml, .yml, .json) or folders of them.")
    ],
    replace: Annotated[
        bool, typer.Option("--replace", help="Swap dossiers that are already in the database.")
    ] = False,
    merge: Annotated[
        bool,
        typer.Option(
            "--merge",
            help="Add the new items of a file to the dossier already recorded; "
            "importing the same file again changes nothing.",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check everything, write nothing.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON summary.")] = False,
) -> None:
    """Import dossier files: all of them, or (on any problem) none.

    Every problem in every file is reported as file:line: path: problem, with exit code 2.

    Examples:

        besluitspoor import dossiers/

        besluitspoor import wassenaar.yaml --replace

        besluitspoor import dossiers/ --dry-run

        besluitspoor extract brief.pdf --dossier wassenaar-sociaal-team -o concept.yaml

        besluitspoor import concept.yaml --merge
    """
    from besluitspoor.importer import import_paths
    from besluitspoor.render.imports import import_lines
    from besluitspoor.store.db import resolve_url, sqlite_path

    state = settings(ctx)
    if merge and replace:
        fail(t("kies --merge of --replace, niet beide", "choose --merge or --replace, not both"))
    target = sqlite_path(resolve_url(state.db))
    with tempfile.TemporaryDirectory(prefix="besluitspoor-") as tmp:
        if dry_run and target is not None and not target.exists():
            db = Database.scratch(Path(tmp))  # nothing to compare with: check the files alone
        else:
            db = state.open(create=not dry_run)
        with _progress() as progress:
            report = import_paths(
                db,
                paths,
                profiles=state.profile_names(),
                replace=replace,
                merge=merge,
                dry_run=dry_run,
                progress=progress,
            )
        db.dispose()
    if as_json:
        print_json(report.to_json())
    for line in import_lines(report, target):
        say(line)


class _progress:
    """A progress bar on stderr during a long run (import, download, check, report), on a
    terminal only (in CI and pipes the closing summary line says it all)."""

    bar: RichProgress | None = None

    def __init__(self, label: str = "importing") -> None:
        self.label = label

    def __enter__(self) -> Progress | None:
        from besluitspoor.cli import paging

        if not err().is_terminal or paging.PAGING_WIDTH is not None or piped_by_hand():
            return None  # not in CI or pipes, and not over a pager's screen
        from rich.progress import Progress as RichProgress

        # Not redirecting stdout: rich would print what the command writes there on the
        # terminal, above the bar, instead of into the pipe it goes to.
        self.bar = RichProgress(
            console=err(), transient=True, redirect_stdout=False, redirect_stderr=False
        )
        self.task = self.bar.add_task(self.label, total=None)
        self.bar.start()
        return self.update

    def update(self, done: int, total: int | None) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


ExportFormat = Literal["yaml", "json"]


def export(
    ctx: typer.Context,
    dossiers: Annotated[
        list[str] | None,
        typer.Argument(help="Ids of the dossiers.", autocompletion=complete.dossiers),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Export every dossier.")] = False,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option("--format", "-f", help="yaml or json (default: from -o, else yaml)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="A file (one dossier) or a folder (any number)."),
    ] = None,
    keep: Annotated[
        bool,
        typer.Option(
            "--keep",
            help="With --all -o FOLDER: keep files of dossiers no longer in the database "
            "(they are listed); without it they are removed.",
        ),
    ] = False,
) -> None:
    """Write dossiers as dossier files. Same database, same bytes; importing them gives back
    exactly the same dossiers.

    Examples:

        besluitspoor export wassenaar-sociaal-team > wassenaar.yaml

        besluitspoor export --all -o dossiers/

        besluitspoor export wassenaar-sociaal-team -f json

    With --all -o FOLDER the folder mirrors the database: the file of a dossier that was
    removed is removed too (so that the next import does not bring it back), unless --keep.
    """
    from besluitspoor.dossierfile.write import dumps
    from besluitspoor.store import dossiers as store

    db = settings(ctx).open()
    with db.read() as conn:
        ids = store.all_ids(conn) if all_ else list(dossiers or [])
        if not ids:
            fail(t("noem de dossiers, of geef --all", "name the dossiers to export, or give --all"))
        store.require(conn, ids)
        # A name without a suffix is a folder, unless something of that name is there that is
        # not one (a FIFO, a device such as /dev/stdout): that is written into.
        to_folder = output is not None and (
            output.is_dir() or len(ids) > 1 or (not output.suffix and not output.exists())
        )
        if len(ids) > 1 and output is None:
            fail(
                t(
                    "meer dossiers gaan naar een map: geef -o MAP (een bestand per dossier)",
                    "several dossiers go to a folder: add -o FOLDER (one file per dossier)",
                )
            )
        chosen: ExportFormat = fmt or (
            "json" if output is not None and output.suffix == ".json" else "yaml"
        )
        suffix = ".json" if chosen == "json" else ".yaml"
        if to_folder and output is not None:
            output.mkdir(parents=True, exist_ok=True)
        for dossier in store.load_many(conn, ids):
            text = dumps(dossier, chosen)
            if output is None:
                out().file.write(text)
            else:
                target = output / f"{dossier.id}{suffix}" if to_folder else output
                write_atomically(target, text)
    if output is not None:
        say(
            t(
                "{n} geëxporteerd naar {o}",
                "exported {n} to {o}",
                n=count(len(ids), "dossier"),
                o=output,
            )
        )
    if all_ and output is not None and to_folder:
        _prune_folder(output, set(ids), keep)


def _prune_folder(folder: Path, ids: set[str], keep: bool) -> None:
    """Files in `folder` of dossiers that are no longer in the database: removed, or listed."""
    from besluitspoor.dossierfile.read import find_files, read_file

    files, _ = find_files([folder])
    stale = [
        path
        for path in files
        if path.parent == folder
        and path.stem not in ids
        and (found := read_file(path).dossier) is not None
        and found.id == path.stem
    ]
    for path in stale:
        if keep:
            say(
                t(
                    "bewaard, niet meer in de database: {p}",
                    "kept, no longer in the database: {p}",
                    p=path,
                )
            )
        else:
            path.unlink()
            say(
                t(
                    "verwijderd, niet meer in de database: {p}",
                    "removed, no longer in the database: {p}",
                    p=path,
                )
            )


def demo(
    ctx: typer.Context,
    folder: Annotated[
        Path | None,
        typer.Option(
            "--dir", help="Load into DIR/besluitspoor.db instead of your database.", metavar="DIR"
        ),
    ] = None,
) -> None:
    """Load the bundled dossiers into your database (or --dir), then show the Wassenaar trail
    and its check. Dossiers of the same id that you changed are kept as you left them.

    Example: besluitspoor demo
    """
    from datetime import date

    from besluitspoor.check import check_many
    from besluitspoor.dossierfile.read import find_files, read_file
    from besluitspoor.paths import data_dir
    from besluitspoor.profiles import load_profiles
    from besluitspoor.render.finding_text import result_text
    from besluitspoor.render.trail_text import dossier_view
    from besluitspoor.store import dossiers as store
    from besluitspoor.store.db import open_db, resolve_url, sqlite_path

    state = settings(ctx)
    target = str(folder / "besluitspoor.db") if folder is not None else state.db
    db = open_db(target, create=True)
    files, _ = find_files([data_dir()])
    read = [read_file(p, state.profile_names()) for p in files]
    # Each keeps the bundled file it came from and its lines, as an import does: findings
    # (SARIF, GitHub annotations) then point at a file and line.
    bundled = [(r.dossier, store.Origin(r.path, r.lines)) for r in read if r.dossier]
    loaded, kept = [], []
    with db.write() as conn:
        present = store.existing_ids(conn, [d.id for d, _ in bundled])
        for dossier, origin in bundled:
            if dossier.id not in present:
                store.save(conn, [dossier], origins=[origin])
                loaded.append(dossier.id)
            elif store.load(conn, dossier.id) != dossier:
                kept.append(dossier.id)
    where = sqlite_path(resolve_url(target)) or "database"
    say(
        t(
            "demo: {n} geladen in {w}",
            "demo: loaded {n} into {w}",
            n=count(len(loaded), "dossier"),
            w=where,
        )
        + (t("; al aanwezig: {k}", "; already there: {k}", k=len(bundled) - len(loaded)))
    )
    if kept:
        say(
            t(
                "uw eigen versie bewaard van: {k}",
                "kept your own version of: {k}",
                k=", ".join(kept),
            )
        )
    wassenaar = next(d for d, _ in bundled if d.id == "wassenaar-sociaal-team")
    out().print(dossier_view(wassenaar, state.lang))
    # The check as of the date the civic association wrote its letter about this case.
    profiles = load_profiles(state.profiles)
    as_of = date(2023, 2, 8)
    result = next(check_many([wassenaar], profiles, as_of, lang=state.lang))
    out().rule(f"{t('Bevindingen op', 'Findings as of')} {as_of.isoformat()}")
    out().print(result_text(result, state.lang))
    db.dispose()
    prefix = f"BESLUITSPOOR_DB={where} " if folder is not None else ""
    say(
        t(
            "\nverder: {p}besluitspoor dossier show wassenaar-sociaal-team",
            "\nnext: {p}besluitspoor dossier show wassenaar-sociaal-team",
            p=prefix,
        )
    )
