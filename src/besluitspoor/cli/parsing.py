"""The command line as users type and read it: commands in any case or by alias, did-you-mean,
global options anywhere, and help whose metavars say what to type (flags take none)."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, ClassVar

from typer.core import TyperCommand, TyperGroup

from besluitspoor.cli.coercion import fast

# The root's options, accepted after the subcommand too (`check X --lang en`).
GLOBAL_WITH_VALUE = ("--db", "--lang", "--profiles")
GLOBAL_FLAGS = ("--debug", "--no-pager")


def tidy_metavars(params: list[Any]) -> None:
    """Typer shows Python types (`<str>`, `<bool>`, `<list[str]>`); show what to type instead:
    nothing for a flag, an upper-case name for an argument, TEXT for a free value."""
    for param in params:
        if param.metavar is not None:
            continue
        desc = getattr(param, "type_descriptor", None)
        choices = desc.choices if desc is not None and desc.is_choice else None
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif choices:
            param.metavar = "|".join(str(c) for c in choices)
        elif param.param_type_name == "argument":
            param.metavar = param.name.upper() + ("..." if param.nargs != 1 else "")
            # The name column shows the metavar already; the type column would say <str>.
            param.display_type_rich = _no_type
        else:
            param.metavar = "TEXT"


def _no_type(ctx: Any) -> None:
    return None


class Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        tidy_metavars(params)
        fast(params)
        return params

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option


class Group(TyperGroup):
    """Finds a command by its name in any case or by an alias, and suggests close names."""

    aliases: ClassVar[dict[str, str]] = {}  # alias -> command name

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        tidy_metavars(params)
        fast(params)
        return params

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # the names, in order, without building any

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        found = super().get_command(ctx, cmd_name)
        if found is None:
            key = cmd_name.strip().lower()
            found = super().get_command(ctx, self.aliases.get(key, key))
        return found

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return self._click_resolve_command(ctx, args)
        except Exception as exc:
            message = getattr(exc, "message", None)
            if message is not None and args:
                names = [*self.commands, *self.aliases]
                close = difflib.get_close_matches(args[0].lower(), names, n=3, cutoff=0.6)
                shown = sorted({self.aliases.get(c, c) for c in close})
                if shown:
                    exc.message = (  # type: ignore[attr-defined]
                        f"{message.rstrip('.')}. Did you mean {', '.join(map(repr, shown))}?"
                    )
                else:
                    exc.message = (  # type: ignore[attr-defined]
                        f"{message.rstrip('.')} Commands: {', '.join(sorted(self.commands))}."
                    )
            raise


class LazyCommands(Mapping[str, Any]):
    """A group's commands by name, each built when first looked up (`build(name)`): running
    one command builds no other, so neither their options nor the modules those need."""

    def __init__(self, names: Iterable[str], build: Callable[[str], Any]) -> None:
        self._names = list(names)
        self._build = build
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._names:
            raise KeyError(name)
        if name not in self._built:
            self._built[name] = self._build(name)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class RootGroup(Group):
    """The program itself: commands built only when they run (`table`, `build`), global
    options also after the subcommand, and usage errors in the run's language."""

    table: ClassVar[dict[str, tuple[str, str, str]]] = {}
    build: ClassVar[Any] = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands(self.table, type(self).build)  # type: ignore[assignment]
        self._listing = False

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if self._listing and cmd_name in self.table:
            # A list of commands (help, completion) shows each one's summary line: nothing
            # is imported for it.
            return TyperCommand(name=cmd_name, short_help=self.table[cmd_name][2], callback=None)
        return super().get_command(ctx, cmd_name)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def shell_complete(self, ctx: Any, incomplete: str) -> Any:
        self._listing = True
        try:
            return super().shell_complete(ctx, incomplete)
        finally:
            self._listing = False

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        args = hoist_global_options(args)
        _language_early(args)  # before Click may have something to say about the rest
        return super().parse_args(ctx, args)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Typer's main, with Click's usage errors shown in Dutch when the run is Dutch."""
        if not kwargs.get("standalone_mode", True):
            return super().main(*args, **kwargs)
        import typer

        # typer bundles its own click: its ClickException, found through a public class.
        click_error: type[Exception] = next(
            c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
        )
        from besluitspoor.i18n import lang, set_lang

        before = lang()  # a run's --lang is the run's: callers in one process (tests) go on
        try:
            done = super().main(*args, **{**kwargs, "standalone_mode": False})
        except typer.Abort:
            from besluitspoor.cli.usage_nl import aborted

            aborted()
            raise SystemExit(1) from None
        except click_error as error:
            from besluitspoor.cli.usage_nl import show

            show(error)
            raise SystemExit(getattr(error, "exit_code", 2)) from None
        finally:
            set_lang(before)
        raise SystemExit(done if isinstance(done, int) else 0)


def _language_early(args: list[str]) -> None:
    """--lang (or BESLUITSPOOR_LANG) as the first thing: an unknown command is reported in it."""
    import os

    from besluitspoor.i18n import set_lang

    chosen = os.environ.get("BESLUITSPOOR_LANG")
    for n, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and n + 1 < len(args):
            chosen = args[n + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    if chosen:
        set_lang(chosen)


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options found after the subcommand to the front, up to a `--`."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    seen_command = False
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if seen_command and name in GLOBAL_WITH_VALUE:
            takes_next = "=" not in arg and i + 1 < len(args)
            front.extend(args[i : i + 2] if takes_next else [arg])
            i += 2 if takes_next else 1
            continue
        if seen_command and arg in GLOBAL_FLAGS:
            front.append(arg)
            i += 1
            continue
        if not seen_command:
            if name in GLOBAL_WITH_VALUE and "=" not in arg:
                rest.extend(args[i : i + 2])
                i += 2
                continue
            seen_command = not arg.startswith("-")
        rest.append(arg)
        i += 1
    return front + rest
