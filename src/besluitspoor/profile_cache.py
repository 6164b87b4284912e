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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from besluitspoor import cache

if TYPE_CHECKING:
    from besluitspoor.profiles import Profile

ENV_CACHE = cache.ENV_CACHE
ENTRY = "profiles.json"
# The code that decides whether a profile file is valid and what it resolves to.
_CODE = ("profiles.py", "requirements.py", "vocab.py", "fuzzydate.py", "profile_cache.py")


def stamp(files: tuple[tuple[str, str], ...]) -> str:
    """What an entry holds for: the files as they are now, and the code that read them."""
    code = [cache.PACKAGE / name for name in _CODE]
    code += sorted((cache.PACKAGE / "rules").glob("*.py"))
    parts = cache.files_stamp([*code, *(Path(p) for _, p in files)])
    parts.append(list(files))
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def read(key: str) -> dict[str, Profile] | None:
    entry = cache.read(ENTRY, key)
    if entry is None:
        return None
    try:
        return {name: _profile(p) for name, p in entry["profiles"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def write(key: str, profiles: dict[str, Profile]) -> None:
    cache.write(ENTRY, key, {"profiles": {name: _plain(p) for name, p in profiles.items()}})


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
