"""Entries in the user's cache folder: what one run derived and the next may take instead of
deriving it again, each valid only for the stamp it was written with.

Any trouble with an entry (none there, unreadable, not writable, another stamp) means: derive
it as without the cache. Set BESLUITSPOOR_CACHE=off to never use it, or to a folder to keep it
there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ENV_CACHE = "BESLUITSPOOR_CACHE"
PACKAGE = Path(__file__).parent


def folder() -> Path | None:
    chosen = os.environ.get(ENV_CACHE)
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    import platformdirs

    return platformdirs.user_cache_path("besluitspoor", appauthor=False)


def files_stamp(paths: list[Path]) -> list[Any]:
    """The version of the program, and each file's path, size and modification time."""
    from besluitspoor import __version__

    parts: list[Any] = [__version__]
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            parts.append([str(path), None])
            continue
        parts.append([str(path), st.st_size, st.st_mtime_ns])
    return parts


def read(name: str, stamp: Any) -> dict[str, Any] | None:
    """Entry `name` (a JSON object) if it was written with `stamp`; None otherwise."""
    where = folder()
    if where is None:
        return None
    try:
        entry = json.loads((where / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return entry if isinstance(entry, dict) and entry.get("stamp") == stamp else None


def write(name: str, stamp: Any, entry: dict[str, Any]) -> None:
    """Entry `name`: `entry` and the stamp it holds for."""
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        # Written whole and then renamed: a run reading at the same time sees the old entry or
        # the new one, never half of one.
        tmp = where / f"{name}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps({"stamp": stamp, **entry}, ensure_ascii=False), "utf-8")
        tmp.replace(where / name)
    except OSError:
        return
