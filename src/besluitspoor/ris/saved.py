"""Saved RIS responses (archives, Woo data, the tests) read into what they hold: meetings,
register records and documents, whatever the supplier. `besluitspoor ris --from-file` uses it;
so can any importer."""

from __future__ import annotations

from pathlib import Path

from besluitspoor.i18n import t
from besluitspoor.problems import InputError, Problem
from besluitspoor.ris.suppliers import MALFORMED_ANSWER, SUPPLIERS, Found, Saved


def read(
    supplier: str, site: str, files: list[Path], register: str, *, records_only: bool = False
) -> Found:
    """What saved responses hold; InputError naming every file that is not a response
    besluitspoor can read, or (`records_only`, for a register) not a register's answer;
    nothing is written then."""
    supplier_of = SUPPLIERS[supplier]
    into = Saved(council=site)
    problems: list[Problem] = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            from besluitspoor.extract.readers import os_error

            problems.append(Problem(str(path), None, "", os_error("", exc).removeprefix(": ")))
            continue
        except UnicodeDecodeError:
            problems.append(
                Problem(
                    str(path),
                    None,
                    "",
                    t(
                        "geen UTF-8-tekst; een antwoord is UTF-8",
                        "not UTF-8 text; an answer is UTF-8",
                    ),
                )
            )
            continue
        before = _sizes(into)
        try:
            supplier_of.read_saved(text, register, into)
            after = _sizes(into)
            if records_only and after[0] == before[0] and after[1] > before[1]:
                problems.append(
                    Problem(
                        str(path),
                        None,
                        "",
                        t(
                            "een antwoord met een vergadering, geen register: geef het antwoord "
                            "van het register ({r})",
                            "an answer with a meeting, not a register: give the register's "
                            "answer ({r})",
                            r=register,
                        ),
                    )
                )
        except MALFORMED_ANSWER as exc:
            problems.append(
                Problem(
                    str(path),
                    None,
                    "",
                    t(
                        "geen {s}-antwoord dat besluitspoor kan lezen: {e}",
                        "not a {s} response besluitspoor can read: {e}",
                        s=supplier,
                        e=exc,
                    ),
                )
            )
    if problems:
        raise InputError(problems)
    supplier_of.finish_saved(into, site)
    return Found(
        into.hits.meetings + into.found.meetings,
        into.hits.records + into.found.records,
        into.hits.documents + into.found.documents,
        into.hits.elsewhere,
    )


def _sizes(into: Saved) -> tuple[int, int]:
    """(records, meetings) read so far: a register answer adds records, a meeting answer not."""
    return (
        len(into.found.records) + len(into.hits.records),
        len(into.found.meetings) + len(into.meeting_answers),
    )
