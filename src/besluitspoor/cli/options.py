"""Options and arguments several commands share, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from besluitspoor.cli import complete

DossierArg = Annotated[
    str, typer.Argument(help="Id of the dossier.", autocompletion=complete.dossiers)
]
StepArg = Annotated[str, typer.Argument(help="Id of the step.", autocompletion=complete.steps)]
DossierOpt = Annotated[
    str | None,
    typer.Option(
        "--dossier",
        "-d",
        help="The dossier holding the step (needed only when the id is in several).",
        autocompletion=complete.dossiers,
        metavar="ID",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
SetOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        help="KEY=VALUE in the dossier format's keys (id renames everywhere); repeatable.",
        metavar="KEY=VALUE",
    ),
]
UnsetOpt = Annotated[
    list[str] | None, typer.Option("--unset", help="Remove a key; repeatable.", metavar="KEY")
]
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; needed in scripts.")]
TemplatesOpt = Annotated[
    str | None,
    typer.Option(
        "--templates",
        envvar="BESLUITSPOOR_TEMPLATES",
        help="Folder of your own templates; a file there replaces the built-in of that name.",
    ),
]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="Evaluation date (default: today).", metavar="DATE")
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
# The date window, spelled --from/--to by every command that takes one.
FromOpt = Annotated[
    str | None, typer.Option("--from", help="Not before this date.", metavar="DATE")
]
ToOpt = Annotated[str | None, typer.Option("--to", help="Not after this date.", metavar="DATE")]
