"""The `besluitspoor` program: global options, and the commands joined into one app.

Commands import what they need (SQLAlchemy, Alembic, Jinja2) inside their bodies, so that
`--help`, `--version` and shell completion start fast.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import typer

from besluitspoor.cli import (
    checking,
    documents,
    dossier,
    files,
    items,
    reviewing,
    ris,
    steps,
    watching,
)
from besluitspoor.cli.base import App, Settings
from besluitspoor.cli.parsing import RootGroup

HELP = """Record the decision trails of Dutch municipal policy changes, and check them.

A trail is what the college (burgemeester en wethouders) and the council (gemeenteraad) did \
about one change: raadsinformatiebrieven, committee meetings, decisions, moties, advice, \
randvoorwaarden and toezeggingen.

[bold]Examples[/bold]

  besluitspoor demo
  besluitspoor import dossiers/
  besluitspoor dossier show wassenaar-sociaal-team
  besluitspoor check wassenaar-sociaal-team --as-of 2023-02-08
  besluitspoor add rib wassenaar-sociaal-team --date "8 februari 2023" --title "Stand van zaken"
  besluitspoor export --all -o dossiers/
"""

app = App(
    cls=RootGroup,
    name="besluitspoor",
    help=HELP,
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from besluitspoor import __version__

        print(f"besluitspoor {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="BESLUITSPOOR_DB",
            help="Database file (or SQLAlchemy URL). Default: besluitspoor.db in the user data "
            "folder.",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Literal["nl", "en"],
        typer.Option(
            "--lang",
            envvar="BESLUITSPOOR_LANG",
            help="Language of every message, table and report (nl or en).",
        ),
    ] = "nl",
    profiles: Annotated[
        str | None,
        typer.Option(
            "--profiles", envvar="BESLUITSPOOR_PROFILES", help="Folder of extra process profiles."
        ),
    ] = None,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar="BESLUITSPOOR_DEBUG", help="Show tracebacks of errors."),
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Never page long output (on a terminal it goes through $BESLUITSPOOR_PAGER, "
            "$PAGER or less, as git does).",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    from besluitspoor.i18n import set_lang

    set_lang(lang)
    ctx.obj = Settings(db=db, lang=lang, profiles=profiles, debug=debug, pager=not no_pager)


app.command("init")(files.init)
app.command("import")(files.import_)
app.command("export")(files.export)
app.command("demo")(files.demo)
app.command("check")(checking.check)
app.command("rules")(checking.rules)
app.command("profiles")(checking.profiles)
app.command("timeline")(documents.timeline)
app.command("report")(documents.report)
app.command("extract")(documents.extract)
app.command("nakijken")(reviewing.nakijken)
app.command("agenda")(watching.agenda)
app.command("changes")(watching.changes)
app.add_typer(dossier.app, name="dossier")
app.add_typer(steps.add_app, name="add")
app.add_typer(steps.step_app, name="step")
app.add_typer(items.pre_app, name="randvoorwaarde")
app.add_typer(items.promise_app, name="toezegging")
app.add_typer(items.motion_app, name="motie")
app.add_typer(ris.app, name="ris")


class _ReaderGone:
    """stdout that outlives its reader: when `| head` closes the pipe, the rest of the output
    goes nowhere and the command runs on, so that its exit status (1 when `check` finds errors)
    does not depend on how much a reader wanted to see."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._gone = False

    def write(self, text: str) -> int:
        if not self._gone:
            try:
                return int(self._stream.write(text))
            except BrokenPipeError:
                self._drop()
        return len(text)

    def flush(self) -> None:
        if not self._gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._drop()

    def _drop(self) -> None:
        import os

        self._gone = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, self._stream.fileno())  # Python's own flush at exit finds no pipe

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def run() -> None:
    import sys

    if not sys.stdout.isatty():
        sys.stdout = _ReaderGone(sys.stdout)
    app(prog_name="besluitspoor")
