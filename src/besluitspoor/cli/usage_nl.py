"""Click's and Typer's own messages (an unknown command, a missing argument, a value that does
not parse) in the language of the run, so that one run speaks one language. Click builds them
in English from fixed templates, and Typer's parsing adds pydantic's wording; both are turned
into Dutch here, at the one place they are shown (`rich_format_error`)."""

from __future__ import annotations

import re
from typing import Any

_QUOTED = r"(?P<a>'[^']*'|\"[^\"]*\")"

# (English pattern, Dutch replacement), applied in order to the message shown.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), dutch)
    for pattern, dutch in (
        (rf"No such command {_QUOTED}\.", r"Onbekende opdracht \g<a>."),
        (r"No such option:? (?P<a>\S+?)(?:\.|(?=\s)|$)", r"Onbekende optie: \g<a>"),
        (r"\(Did you mean one of: (?P<a>.+?)\?\)", r"(Bedoelt u een van: \g<a>?)"),
        (r"Did you mean (?P<a>.+?)\?", r"Bedoelt u \g<a>?"),
        (r"\(Possible options: (?P<a>.+?)\)", r"(mogelijke opties: \g<a>)"),
        (r"Commands: ", "Opdrachten: "),
        (r"Invalid value for (?P<a>.+?): ", r"Ongeldige waarde voor \g<a>: "),
        (r"Invalid value: ", "Ongeldige waarde: "),
        (r"Value error, ", ""),
        (
            r"Input should be a valid integer, unable to parse string as an integer",
            "verwacht een geheel getal, zoals 30",
        ),
        (r"Input should be a valid integer", "verwacht een geheel getal, zoals 30"),
        (
            r"Input should be a valid number, unable to parse string as a number",
            "verwacht een getal",
        ),
        (rf"{_QUOTED} is not one of (?P<b>.+?)\.", r"\g<a> is geen van \g<b>."),
        (rf"{_QUOTED} is not (?P<b>'[^']*')\.", r"\g<a> is niet \g<b>."),
        (rf"{_QUOTED} is not a valid (?:integer|int)\.", r"\g<a> is geen geheel getal."),
        (rf"{_QUOTED} is not a valid (?:float|number)\.", r"\g<a> is geen getal."),
        (rf"Missing argument {_QUOTED}\.", r"Ontbrekend argument \g<a>."),
        (rf"Missing option {_QUOTED}\.", r"Ontbrekende optie \g<a>."),
        (r"Missing command\.", "Geen opdracht gegeven."),
        (rf"Option {_QUOTED} requires an argument\.", r"Optie \g<a> verwacht een waarde."),
        (
            rf"Option {_QUOTED} requires (?P<n>\d+) arguments\.",
            r"Optie \g<a> verwacht \g<n> waarden.",
        ),
        (r"Got unexpected extra arguments? \((?P<a>.+?)\)", r"Onverwacht extra argument (\g<a>)"),
    )
)


def dutch(message: str) -> str:
    for pattern, replacement in _PHRASES:
        message = pattern.sub(replacement, message)
    return message


def show(error: Any) -> None:
    """Show a usage error as Typer does, in the run's language."""
    from typer import rich_utils

    from besluitspoor.i18n import is_english

    if not is_english():
        own = error.format_message
        error.format_message = lambda: dutch(own())
        rich_utils.ERRORS_PANEL_TITLE = "Fout"
        rich_utils.RICH_HELP = "Probeer [blue]'{command_path} {help_option}'[/] voor hulp."
    rich_utils.rich_format_error(error)


def aborted() -> None:
    from typer import rich_utils

    from besluitspoor.i18n import is_english

    if not is_english():
        rich_utils.ABORTED_TEXT = "Afgebroken."
    rich_utils.rich_abort_error()
