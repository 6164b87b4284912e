"""Where the bundled folders are: inside the installed wheel, or at the top of a source tree.

`templates/` and `data/` live at the repository's top level. The wheel carries them inside the
package (hatchling force-include); an editable install runs from `src/`, two levels below them.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """The bundled folder `name` ("templates" or "data")."""
    for candidate in (PACKAGE / name, PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled folder '{name}' is missing from this installation")


def data_dir() -> Path:
    return bundled("data")


def templates_dir() -> Path:
    return bundled("templates")


def builtin_profiles_dir() -> Path:
    return PACKAGE / "profiles"
