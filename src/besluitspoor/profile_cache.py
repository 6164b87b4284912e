"""The resolved profiles of the last run, kept in the user's cache folder, so that a command
does not read and validate ten YAML files (and import the YAML parser and build the validators)
every time it starts: a third of what a short `check` would cost.

An entry holds only for the same profile files (path, size and modification time) read by the
same code (the version and the modification times of the modules that validate a profile), so
an edited profile, an added rule or an upgrade is read afresh. Any trouble with the cache (none
there, unreadable, not writable, from another version) means: validate as without it. Set
BESLUITSPOOR_CACHE=off to never use it, or to a folder to keep it there.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from besluitspoor.profiles import Profile

ENV_CACHE = "BESLUITSPOOR_CACHE"
_PACKAGE = Path(__file__).parent
# The code that decides whether a profile file is valid and what it resolves to.
_CODE = ("profiles.py", "requirements.py", "vocab.py", "fuzzydate.py", "profile_cache.py")


def _folder() -> Path | None:
    chosen = os.environ.get(ENV_CACHE)
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    import platformdirs

    return platformdirs.user_cache_path("besluitspoor", appauthor=False)


def stamp(files: tuple[tuple[str, str], ...]) -> str:
    """What an entry holds for: the files as they are now, and the code that read them."""
    from besluitspoor import __version__

    parts: list[Any] = [__version__]
    code = [_PACKAGE / name for name in _CODE]
    code += sorted((_PACKAGE / "rules").glob("*.py"))
    for path in [*code, *(Path(p) for _, p in files)]:
        try:
            st = path.stat()
        except OSError:
            parts.append([str(path), None])
            continue
        parts.append([str(path), st.st_size, st.st_mtime_ns])
    parts.append(list(files))
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def read(key: str) -> dict[str, Profile] | None:
    folder = _folder()
    if folder is None:
        return None
    try:
        data = json.loads((folder / "profiles.json").read_text(encoding="utf-8"))
        if data.get("stamp") != key:
            return None
        return {name: _profile(p) for name, p in data["profiles"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write(key: str, profiles: dict[str, Profile]) -> None:
    folder = _folder()
    if folder is None:
        return
    data = {"stamp": key, "profiles": {name: _plain(p) for name, p in profiles.items()}}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written whole and then renamed: a run reading at the same time sees the old entry or
        # the new one, never half of one.
        tmp = folder / f"profiles.json.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(folder / "profiles.json")
    except OSError:
        return


def _plain(profile: Profile) -> dict[str, Any]:
    data = dict(profile.__dict__)
    data["chain"] = list(profile.chain)
    data["required_steps"] = [
        {
            **step.__dict__,
            "after": list(step.after),
            "by": str(step.by) if step.by == "start" else step.by.iso(),
        }
        for step in profile.required_steps
    ]
    return data


def _profile(data: dict[str, Any]) -> Profile:
    from besluitspoor.fuzzydate import FuzzyDate
    from besluitspoor.profiles import Profile
    from besluitspoor.requirements import RequiredStep

    steps = tuple(
        RequiredStep.model_construct(
            **{
                **step,
                "after": tuple(step["after"]),
                "by": "start" if step["by"] == "start" else FuzzyDate.parse(step["by"]),
            }
        )
        for step in data["required_steps"]
    )
    return Profile.model_construct(
        **{**data, "chain": tuple(data["chain"]), "required_steps": steps}
    )
