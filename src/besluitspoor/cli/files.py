"""`besluitspoor init`, `import`, `export` and `demo`: the database and dossier files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from besluitspoor.cli import complete
from besluitspoor.cli.base import err, fail, out, print_json, say, settings
from besluitspoor.store.db import Database

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress

    from besluitspoor.importer import Progress


def init(ctx: typer.Context) -> None:
    """Create the database, or upgrade it to this version (a backup is written first).

    Example: besluitspoor --db watch.db init
    """
    from besluitspoor.store.db import resolve_url

    db = settings(ctx).open(create=True)
    db.dispose()
    print(resolve_url(settings(ctx).db))
    say("database ready")


def import_(
    ctx: typer.Context,
    paths: Annotated[
        list[Path], typer.Argument(help="Dossier files (.yaml, .yml, .json) or folders of them.")
    ],
    replace: Annotated[
        bool, typer.Option("--replace", help="Swap dossiers that are already in the database.")
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
    """
    from besluitspoor.importer import import_paths
    from besluitspoor.store.db import resolve_url, sqlite_path

    state = settings(ctx)
    with tempfile.TemporaryDirectory(prefix="besluitspoor-") as tmp:
        target = sqlite_path(resolve_url(state.db))
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
                dry_run=dry_run,
                progress=progress,
            )
        db.dispose()
    verb = "would import" if dry_run else "imported"
    if as_json:
        print_json(
            {
                "dry_run": dry_run,
                "files": report.files,
                "dossiers": report.dossiers,
                "replaced": report.replaced,
                "steps": report.steps,
            }
        )
    say(
        f"{verb} {len(report.dossiers)} dossier(s) with {report.steps} steps "
        f"from {report.files} file(s)"
        + (f"; replaced {', '.join(report.replaced)}" if report.replaced else "")
    )


class _progress:
    """A progress bar on stderr while files are imported, on a terminal only (in CI and pipes
    the closing summary line says it all)."""

    bar: RichProgress | None = None

    def __enter__(self) -> Progress | None:
        if not err().is_terminal:
            return None
        from rich.progress import Progress as RichProgress

        self.bar = RichProgress(console=err(), transient=True)
        self.task = self.bar.add_task("importing", total=None)
        self.bar.start()
        return self.update

    def update(self, done: int, total: int) -> None:
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
) -> None:
    """Write dossiers as dossier files. Same database, same bytes; importing them gives back
    exactly the same dossiers.

    Examples:

        besluitspoor export wassenaar-sociaal-team > wassenaar.yaml

        besluitspoor export --all -o dossiers/

        besluitspoor export wassenaar-sociaal-team -f json
    """
    from besluitspoor.dossierfile.write import dumps
    from besluitspoor.store import dossiers as store

    db = settings(ctx).open()
    with db.read() as conn:
        ids = store.all_ids(conn) if all_ else list(dossiers or [])
        if not ids:
            fail("name the dossiers to export, or give --all")
        store.require(conn, ids)
        to_folder = output is not None and (output.is_dir() or len(ids) > 1 or not output.suffix)
        if len(ids) > 1 and output is None:
            fail("several dossiers go to a folder: add -o FOLDER (one file per dossier)")
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
                _write_atomically(target, text)
    if output is not None:
        say(f"exported {len(ids)} dossier(s) to {output}")


def _write_atomically(target: Path, text: str) -> None:
    """Write next to the target and rename, so a reader never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def demo(
    ctx: typer.Context,
    folder: Annotated[
        Path | None,
        typer.Option("--dir", help="Keep the demo database in this folder (default: temporary)."),
    ] = None,
) -> None:
    """Load the bundled dossiers into a fresh database; show the Wassenaar trail and its check.

    Example: besluitspoor demo --dir ./demo
    """
    from datetime import date

    from besluitspoor.check import check_many
    from besluitspoor.importer import import_paths
    from besluitspoor.paths import data_dir
    from besluitspoor.profiles import load_profiles
    from besluitspoor.render.findings import result_text
    from besluitspoor.render.trail_text import dossier_view
    from besluitspoor.store import dossiers as store
    from besluitspoor.store.db import open_db

    state = settings(ctx)
    with tempfile.TemporaryDirectory(prefix="besluitspoor-demo-") as tmp:
        where = folder or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        db_path = where / "besluitspoor.db"
        db = open_db(str(db_path), create=True)
        report = import_paths(db, [data_dir()], profiles=state.profile_names(), replace=True)
        say(f"demo: imported {len(report.dossiers)} dossiers ({report.steps} steps) into {db_path}")
        with db.read() as conn:
            for summary in store.summaries(conn):
                say(f"  {summary.id:32} {summary.municipality:20} {summary.steps:3} steps")
            wassenaar = store.load(conn, "wassenaar-sociaal-team")
        out().print(dossier_view(wassenaar, state.lang))
        # The check as of the date the civic association wrote its letter about this case.
        profiles = load_profiles(state.profiles)
        as_of = date(2023, 2, 8)
        result = next(check_many([wassenaar], profiles, as_of, lang=state.lang))
        heading = "Bevindingen op" if state.lang == "nl" else "Findings as of"
        out().rule(f"{heading} {as_of.isoformat()}")
        out().print(result_text(result, state.lang))
        db.dispose()
        if folder is not None:
            say(f"\nexplore it: export BESLUITSPOOR_DB={db_path}; besluitspoor dossier list")
        else:
            say("\n(the demo database was temporary; keep one with --dir DIR)")
