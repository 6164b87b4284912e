"""Writing the files `-o` names: whole or not at all, and never in place of what is not a
regular file."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from besluitspoor.i18n import t
from besluitspoor.problems import InputError


def write_atomically(target: Path, text: str) -> None:
    with atomic_file(target) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[IO[str]]:
    """Where `-o` writes. A regular file (or a new one) is written next to the target and
    renamed over it at the end, so a reader never sees half a file, nor one cut short by an
    error; it keeps the mode it had, a new one gets the mode the umask gives (mkstemp's own is
    0600). A symlink is written through to what it points at. A FIFO or a device is written
    into, as shell redirection does: renaming over it would put a regular file in its place."""
    path = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        existing = path.stat()
    except FileNotFoundError:
        existing = None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise InputError(t("{p} is een map, geen bestand", "{p} is a folder, not a file", p=target))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with path.open("w", encoding="utf-8", newline="\n") as stream:
            yield stream
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0o022)  # reading the umask means setting it; set it straight back
    os.umask(current)
    return current
