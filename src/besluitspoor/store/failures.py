"""Failures of the database or the disk, told as one line a user can act on.

A locked database, a full disk, a damaged or unreadable file and a lost server are no bugs of
besluitspoor: they get a message instead of an internal error with SQL and the rows it carried
(which could be kilobytes of dossier text). A busy database has its own exit code (4), so a
script can wait and try again.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

from besluitspoor.i18n import t


@dataclass(frozen=True)
class Failure:
    message: str
    busy: bool = False


_BUSY = ("database is locked", "database table is locked", "lock timeout", "locknotavailable")
_FULL = ("database or disk is full", "no space left", "disk is full", "diskfull")
_DAMAGED = ("malformed", "file is not a database", "not a database", "disk i/o error")
_UNOPENABLE = ("unable to open database", "readonly database", "read-only")


def describe(exc: BaseException) -> Failure | None:
    """The user's message for a database or disk failure; None for anything else (a bug)."""
    if isinstance(exc, OSError):
        return _os_failure(exc)
    original = getattr(exc, "orig", None) or exc
    module = type(original).__module__
    if not isinstance(original, sqlite3.Error) and not module.startswith(("psycopg", "sqlalchemy")):
        return None
    reason = (
        str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    )
    text = f"{type(original).__name__} {reason}".lower()
    if any(s in text for s in _BUSY):
        return Failure(
            t(
                "de database is bezig: een andere besluitspoor schrijft erin; probeer het zo "
                "opnieuw (er is niets geschreven)",
                "the database is busy: another besluitspoor is writing; try again shortly "
                "(nothing was written)",
            ),
            busy=True,
        )
    if any(s in text for s in _FULL):
        return Failure(
            t(
                "de schijf is vol; er is niets geschreven (maak ruimte en probeer opnieuw)",
                "the disk is full; nothing was written (make room and try again)",
            )
        )
    if any(s in text for s in _DAMAGED):
        return Failure(
            t(
                "de database is beschadigd of geen database ({r}); zet een reservekopie terug "
                "of kies een andere met --db",
                "the database is damaged or not a database ({r}); restore a backup or choose "
                "another with --db",
                r=reason,
            )
        )
    if any(s in text for s in _UNOPENABLE):
        return Failure(
            t(
                "de database kan niet geopend of beschreven worden ({r})",
                "the database cannot be opened or written ({r})",
                r=reason,
            )
        )
    if module.startswith("psycopg") and "connection" in text:
        return Failure(
            t(
                "de verbinding met de database is verbroken ({r})",
                "lost the database connection ({r})",
                r=reason,
            )
        )
    return None


def _os_failure(exc: OSError) -> Failure | None:
    if exc.errno == errno.ENOSPC:
        return Failure(
            t("de schijf is vol; er is niets geschreven", "the disk is full; nothing was written")
        )
    if exc.errno in (
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
        errno.ENOENT,
        errno.ENOTDIR,
        errno.EISDIR,
    ):
        where = f"{exc.filename}: " if exc.filename else ""
        return Failure(f"{where}{exc.strerror}")
    return None
