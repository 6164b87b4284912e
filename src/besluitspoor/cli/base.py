"""What every command shares: settings, consoles, exit codes, prompts and confirmation.

Exit codes (cli.md): 0 fine, 1 findings at or above --fail-on, 2 usage or input error, 3 internal
error (one line; the traceback only with --debug or BESLUITSPOOR_DEBUG=1).
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer

from besluitspoor.problems import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from besluitspoor.recording import Outcome, Recorder
    from besluitspoor.store.db import Database

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL, EXIT_BUSY = 0, 1, 2, 3, 4

F = TypeVar("F", bound=Callable[..., Any])

# typer bundles its own click; its ClickException is found through a public exception class.
_CLICK_ERRORS: tuple[type[BaseException], ...] = (
    typer.Exit,
    typer.Abort,
    *(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"),
)


@dataclass
class Settings:
    """The global options, given before the command."""

    db: str | None = None
    lang: str = "nl"
    profiles: str | None = None
    debug: bool = False
    pager: bool = True  # long output through a pager on a terminal (--no-pager: never)

    def paged(self) -> AbstractContextManager[None]:
        from besluitspoor.cli.paging import paged

        return paged(self.pager)

    def open(self, *, create: bool = False, upgrade: bool = False) -> Database:
        from besluitspoor.store.db import open_db

        return open_db(self.db, create=create, upgrade_schema=upgrade)

    def profile_names(self) -> list[str]:
        from besluitspoor.profiles import profile_names

        return profile_names(self.profiles)


def settings(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings()


class App(typer.Typer):
    """A Typer whose commands turn our exceptions into exit codes and one-line messages, and
    whose groups find commands in any case, by alias, with suggestions."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from besluitspoor.cli.parsing import Group

        kwargs.setdefault("cls", Group)
        super().__init__(*args, **kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        from besluitspoor.cli.parsing import Command

        kwargs.setdefault("cls", Command)
        register = super().command(*args, **kwargs)

        def decorator(func: F) -> F:
            register(guarded(func))
            return func

        return decorator


def guarded(func: F) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            for problem in exc.problems:
                err().print(str(problem), markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(EXIT_INPUT) from None
        except _CLICK_ERRORS:
            raise
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as command-line tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            from besluitspoor.i18n import t

            err().print(
                t("onderbroken; er is niets geschreven", "interrupted; nothing was written"),
                markup=False,
            )
            raise typer.Exit(130) from None
        except Exception as exc:
            if _debug([*args, *kwargs.values()]):
                raise
            from besluitspoor.store.failures import describe

            known = describe(exc)
            if known is not None:  # the database or the disk, not a bug: one line, no SQL
                say(known.message)
                raise typer.Exit(EXIT_BUSY if known.busy else EXIT_INPUT) from None
            from besluitspoor.i18n import t

            err().print(
                t(
                    "interne fout: {k}: {e} (--debug of BESLUITSPOOR_DEBUG=1 toont de traceback)",
                    "internal error: {k}: {e} (run with --debug or BESLUITSPOOR_DEBUG=1 for the "
                    "traceback)",
                    k=type(exc).__name__,
                    e=exc,
                ),
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


def _debug(arguments: list[Any]) -> bool:
    """--debug (read from the command's context) or BESLUITSPOOR_DEBUG."""
    for value in arguments:
        if isinstance(value, typer.Context) and settings(value).debug:
            return True
    return os.environ.get("BESLUITSPOOR_DEBUG", "") not in ("", "0")


@functools.cache
def out() -> Console:
    """Data: tables, JSON, markdown. Colour follows the terminal and NO_COLOR (also through
    the pager: cli.paging)."""
    from besluitspoor.cli import paging

    if paging.PAGING_WIDTH is not None:
        return _console(highlight=False, force_terminal=True, width=paging.PAGING_WIDTH)
    return _console(highlight=False)


@functools.cache
def err() -> Console:
    """Messages and progress."""
    return _console(stderr=True, highlight=False)


def _console(**options: Any) -> Console:
    """A rich console that writes control characters of the text it is given as visible
    escapes (render.visible), while the styles it makes itself still reach the terminal."""
    from rich.console import Console
    from rich.segment import Segment

    from besluitspoor.render.visible import visible

    class VisibleConsole(Console):
        def _render_buffer(self, buffer: Any) -> str:
            return super()._render_buffer(
                Segment(visible(s.text), s.style, s.control) if s.control is None else s
                for s in buffer
            )

    return VisibleConsole(**options)


def piped_by_hand() -> bool:
    """`check | less`: stdout a pipe while stderr is the terminal the reader is on. Anything on
    stderr then (a progress bar, a closing count) is drawn over the pager's screen."""
    try:
        piped = stat.S_ISFIFO(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False  # no real file (a test's capture): nothing to draw over
    return piped and sys.stderr.isatty()


def say(message: str) -> None:
    err().print(message, markup=False, highlight=False, soft_wrap=True)


def say_date_readings(values: dict[str, Any]) -> None:
    """`--date 02/08/2023` could be either of two days: say which one was taken (day first,
    as Dutch writes it)."""
    from besluitspoor.fuzzydate import ambiguous_reading
    from besluitspoor.i18n import lang, t

    for key, value in values.items():
        reading = ambiguous_reading(value) if isinstance(value, str) else None
        if reading is not None:
            say(
                t(
                    "--{k} {v}: gelezen als dag/maand/jaar, {d} (schrijf {iso} om zeker te zijn)",
                    "--{k} {v}: read as day/month/year, {d} (write {iso} to be sure)",
                    k=key.replace("_", "-"),
                    v=value,
                    d=reading.display("long", lang()),
                    iso=reading.iso(),
                )
            )


def nothing_to_change() -> str:
    from besluitspoor.i18n import t

    return t(
        "niets te veranderen: geef --set SLEUTEL=WAARDE of --unset SLEUTEL",
        "nothing to change: give --set KEY=VALUE or --unset KEY",
    )


def fail(message: str) -> NoReturn:
    raise InputError(message)


def interactive() -> bool:
    return sys.stdin.isatty()


def need(
    value: str | None,
    option: str,
    prompt: str,
    check: Callable[[str], object] | None = None,
    choices: Sequence[str] | None = None,
) -> str:
    """A required value: asked for on a terminal (each answer checked at once, the choices
    listed), an error in scripts (never a hang)."""
    from besluitspoor.i18n import t

    if value:
        return value
    if not interactive():
        fail(t("{option} is verplicht", "{option} is required", option=option))
    label = prompt[:1].upper() + prompt[1:]
    if choices:
        err().print(t("Kies uit: {c}", "Choose from: {c}", c=", ".join(choices)), markup=False)
    while True:
        answer = str(typer.prompt(label)).strip()
        problem = None
        if choices and answer not in choices:
            from besluitspoor.model import did_you_mean

            problem = t("'{a}' staat er niet bij", "'{a}' is not one of them", a=answer)
            problem += did_you_mean(answer, choices)
        elif check is not None:
            try:
                check(answer)
            except ValueError as exc:
                problem = str(exc)
        if problem is None:
            return answer
        err().print(problem, markup=False, highlight=False)


YES = ("j", "ja", "y", "yes")
NO = ("n", "nee", "no", "")


def confirm(yes: bool, question: str) -> None:
    """Ask on a terminal (j/ja/y/yes or n/nee/no); scripts must say --yes. Declining stops the
    command with a message and exit code 1."""
    from besluitspoor.i18n import t

    if yes:
        return
    if not interactive():
        fail(
            t(
                "{q} Niet op een terminal: bevestig met --yes.",
                "{q} Not on a terminal: add --yes to confirm.",
                q=question,
            )
        )
    while True:
        answer = str(typer.prompt(f"{question} [j/N]", default="", show_default=False))
        answer = answer.strip().lower()
        if answer in YES:
            return
        if answer in NO:
            say(t("afgebroken; er is niets veranderd", "cancelled; nothing was changed"))
            raise typer.Exit(EXIT_FINDINGS)
        say(t("antwoord j (ja) of n (nee)", "answer y (yes) or n (no)"))


def recorder(ctx: typer.Context) -> Recorder:
    """The recording service on the database and profiles of this command line."""
    from besluitspoor.recording import Recorder

    state = settings(ctx)
    return Recorder(state.open(), state.profile_names())


def report(outcome: Outcome) -> None:
    """What a recording command did: the id on stdout (for scripts), a sentence on stderr."""
    from besluitspoor.i18n import t
    from besluitspoor.recording import noun

    print(outcome.id if outcome.id is not None else outcome.dossier)
    what = noun(outcome.section) if outcome.section else t("dossier", "dossier")
    where = (
        t(" in dossier '{d}'", " in dossier '{d}'", d=outcome.dossier) if outcome.section else ""
    )
    name = outcome.id if outcome.id is not None else outcome.dossier
    sentences = {
        "added": t("{what} '{id}' toegevoegd{where}", "added {what} '{id}'{where}"),
        "created": t("{what} '{id}' aangemaakt", "created {what} '{id}'"),
        "unchanged": t(
            "{what} '{id}' stond er al zo{where}; niets veranderd",
            "{what} '{id}' was already recorded like this{where}; nothing changed",
        ),
        "replaced": t("{what} '{id}' vervangen{where}", "replaced {what} '{id}'{where}"),
        "changed": t("{what} '{id}' gewijzigd{where}", "changed {what} '{id}'{where}"),
        "removed": t("{what} '{id}' verwijderd{where}", "removed {what} '{id}'{where}"),
    }
    sentence = sentences[outcome.action].format(what=what, id=name, where=where)
    if outcome.renamed_from:
        sentence += t(
            " (was '{old}'; overal hernoemd)",
            " (was '{old}'; renamed everywhere)",
            old=outcome.renamed_from,
        )
    say(sentence)


def print_json(data: Any) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
