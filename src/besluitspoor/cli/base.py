"""What every command shares: settings, consoles, exit codes, prompts and confirmation.

Exit codes (cli.md): 0 fine, 1 findings at or above --fail-on, 2 usage or input error, 3 internal
error (one line; the traceback only with --debug or BESLUITSPOOR_DEBUG=1).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer

from besluitspoor.problems import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from besluitspoor.store.db import Database

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

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

    def open(self, *, create: bool = False) -> Database:
        from besluitspoor.store.db import open_db

        return open_db(self.db, create=create)

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
            err().print("interrupted; nothing was written", markup=False)
            raise typer.Exit(130) from None
        except Exception as exc:
            if _debug([*args, *kwargs.values()]):
                raise
            err().print(
                f"internal error: {type(exc).__name__}: {exc} "
                "(run with --debug or BESLUITSPOOR_DEBUG=1 for the traceback)",
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
    """Data: tables, JSON, markdown. Colour follows the terminal and NO_COLOR."""
    from rich.console import Console

    return Console(highlight=False)


@functools.cache
def err() -> Console:
    """Messages and progress."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def say(message: str) -> None:
    err().print(message, markup=False, highlight=False, soft_wrap=True)


def fail(message: str) -> NoReturn:
    raise InputError(message)


def interactive() -> bool:
    return sys.stdin.isatty()


def need(value: str | None, option: str, prompt: str) -> str:
    """A required value: prompted for on a terminal, an error in scripts (never a hang)."""
    if value:
        return value
    if interactive():
        return str(typer.prompt(prompt))
    fail(f"{option} is required")


def confirm(yes: bool, question: str) -> None:
    """Ask on a terminal; scripts must say --yes."""
    if yes:
        return
    if not interactive():
        fail(f"{question} Not on a terminal: add --yes to confirm.")
    if not typer.confirm(question, default=False):
        raise typer.Exit(EXIT_INPUT)


def print_json(data: Any) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
