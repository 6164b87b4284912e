"""Process profiles: which rules run, with which severities and parameters, and which council
steps a kind of policy change requires. Built-in profiles ship in `besluitspoor/profiles/`;
users add or override them from a folder (`--profiles DIR`, `BESLUITSPOOR_PROFILES`).
"""

from __future__ import annotations

import os
from pathlib import Path

from besluitspoor.paths import builtin_profiles_dir

ENV_PROFILES = "BESLUITSPOOR_PROFILES"


def profile_dirs(user_dir: str | Path | None = None) -> list[Path]:
    """The built-in folder first, then the user's, whose files win."""
    dirs = [builtin_profiles_dir()]
    chosen = user_dir or os.environ.get(ENV_PROFILES)
    if chosen:
        dirs.append(Path(chosen).expanduser())
    return dirs


def profile_files(user_dir: str | Path | None = None) -> dict[str, Path]:
    """Profile name (the file name without .yaml) -> the file that defines it."""
    found: dict[str, Path] = {}
    for folder in profile_dirs(user_dir):
        for path in sorted(folder.glob("*.y*ml")) if folder.is_dir() else []:
            found[path.stem] = path
    return found


def profile_names(user_dir: str | Path | None = None) -> list[str]:
    return sorted(profile_files(user_dir))
