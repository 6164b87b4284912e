"""The `besluitspoor` program: global options, and the commands joined into one app.

Commands import what they need (SQLAlchemy, Alembic, Jinja2) inside their bodies, so that
`--help`, `--version` and shell completion start fast.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import typer

from besluitspoor.cli import deferred
from besluitspoor.cli.base import App, Settings
from besluitspoor.cli.parsing import RootGroup

deferred.defer()  # before typer's help formatter is imported

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


# Every command: (module in besluitspoor.cli, attribute, one line for the root's help). A
# command's module is imported when the command runs or its own help is asked for, so that
# `--help`, completion and each command load only what that command uses.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": ("files", "init", "Create the database, or upgrade it to this version."),
    "import": ("files", "import_", "Import dossier files: all of them, or (on any problem) none."),
    "export": ("files", "export", "Write dossiers as dossier files that import back the same."),
    "demo": ("files", "demo", "Load the bundled dossiers; show the Wassenaar trail and check."),
    "check": (
        "checking",
        "check",
        "Check dossiers for missing steps, unmet conditions and broken promises.",
    ),
    "rules": ("checking", "rules", "List the rules, or explain one with its source and example."),
    "profiles": ("checking", "profiles", "List the process profiles, or show one."),
    "timeline": ("documents", "timeline", "A dossier's trail in date order, with its findings."),
    "report": ("documents", "report", "An audit report over many dossiers (HTML or markdown)."),
    "extract": ("documents", "extract", "Draft a dossier file from council documents."),
    "nakijken": ("reviewing", "nakijken", "Review what drafts proposed: accept, edit or remove."),
    "agenda": ("watching", "agenda", "What falls due, who must act, overdue first."),
    "changes": ("watching", "changes", "Findings new, gone and changed since an earlier day."),
    "dossier": ("dossier", "app", "Create, list, show, edit or remove dossiers."),
    "add": ("adding", "add_app", "Record a step: a letter, meeting, decision, motion, advice ..."),
    "step": ("steps", "step_app", "List, show, edit or remove recorded steps."),
    "randvoorwaarde": ("items", "pre_app", "Preconditions of a change, and whether they were met."),
    "toezegging": ("items", "promise_app", "Promises to the council, and whether they were kept."),
    "motie": ("items", "motion_app", "Record the vote on a motion and how it was settled."),
    "ris": ("ris", "app", "Read a council's information system (Notubiz, iBabs, ORI)."),
}


def build(name: str) -> Any:
    """The Click command `name`, built from its module (imported now)."""
    import importlib

    module, attribute, summary = COMMANDS[name]
    target = getattr(importlib.import_module(f"besluitspoor.cli.{module}"), attribute)
    if isinstance(target, typer.Typer):
        command = _lazy_group(target, name)
    else:
        holder = App(rich_markup_mode="rich", pretty_exceptions_enable=False)
        holder.callback()(_nothing)  # a group, so the command keeps its name
        holder.command(name)(target)
        command = typer.main.get_group(holder).commands[name]
    command.short_help = summary
    return command


def _lazy_group(target: typer.Typer, name: str) -> Any:
    """The group of a sub-app (`dossier`, `add`, ...) whose commands are built on first use."""
    import copy

    from typer.models import TyperInfo

    from besluitspoor.cli.parsing import LazyCommands

    options: Any = {"pretty_exceptions_short": False, "rich_markup_mode": "rich"}
    shell = copy.copy(target)
    shell.registered_commands = []
    group = typer.main.get_group_from_info(
        TyperInfo(shell, name=name), suggest_commands=True, **options
    )
    infos = {
        info.name or typer.main.get_command_name(info.callback.__name__): info  # type: ignore[union-attr]
        for info in target.registered_commands
    }

    def built(command: str) -> Any:
        made = typer.main.get_command_from_info(infos[command], **options)
        if not made.short_help and made.help:
            # A group's list shows the first paragraph of each help as one line, wrapped to
            # the terminal (its line breaks in the source would cut it after a few words).
            made.short_help = " ".join(made.help.split("\n\n")[0].split())
        return made

    group.commands = LazyCommands(infos, built)  # type: ignore[assignment]
    return group


def _nothing() -> None:
    pass


class Root(RootGroup):
    table = COMMANDS
    build = staticmethod(build)


app = App(
    cls=Root,
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
