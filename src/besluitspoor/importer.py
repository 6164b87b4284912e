"""Import dossier files into the database: all or nothing.

Every file is read and validated before the database is locked: parsing is most of an import,
and readers and small edits need not wait for it. The validated dossiers are kept as the rows
they are stored as (compact tuples, not models), then written in one transaction. On any problem
every remaining file is still checked, nothing is written, and the database is exactly as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from besluitspoor.dossierfile.read import find_files, read_file
from besluitspoor.i18n import t
from besluitspoor.model import Dossier
from besluitspoor.problems import InputError, Problem
from besluitspoor.store import dossiers as store
from besluitspoor.store.db import Database
from besluitspoor.store.reading import Connection

Progress = Callable[[int, int], None]  # (files done, files in all)


@dataclass
class ImportReport:
    files: int = 0
    dossiers: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    overwritten: dict[str, list[str]] = field(default_factory=dict)  # dossier -> items lost
    merged: dict[str, list[str]] = field(default_factory=dict)  # dossier -> items added
    steps: int = 0
    dry_run: bool = False
    # Dossiers whose municipality a draft left as "onbekend": a report would print it so.
    no_municipality: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """What `import --json` prints."""
        return {
            "dry_run": self.dry_run,
            "files": self.files,
            "dossiers": self.dossiers,
            "replaced": self.replaced,
            "overwritten": self.overwritten,
            "merged": self.merged,
            "steps": self.steps,
            "no_municipality": self.no_municipality,
        }


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk import.

    Parsing allocates about fifteen objects per value; with a batch of validated dossiers alive,
    the collector rescans that growing heap over and over (measured: 45% of an import). The
    objects made here hold no reference cycles (reference counting frees them), so the
    collector simply resumes afterwards: a full collection at the end scanned the caller's whole
    heap for nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_paths(
    db: Database,
    paths: Iterable[Path],
    *,
    profiles: Iterable[str],
    replace: bool = False,
    merge: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Read and validate every file first, with no lock held (most of the time goes there);
    then, in one write transaction, check the ids against the database and write."""
    files, problems = find_files(paths)
    known_profiles = set(profiles)
    report = ImportReport(files=len(files), dry_run=dry_run)
    seen: dict[str, str] = {}
    where: dict[str, tuple[str, int | None]] = {}  # dossier id -> its file and line
    with db.read() as conn:  # the columns the rows are made for, before any lock is held
        rows = store.Rows(store.layout(conn))
    merging: list[tuple[Dossier, store.Origin, int | None]] = []
    with _collector_paused():
        for done, path in enumerate(files, start=1):
            result = read_file(path, known_profiles)
            problems.extend(result.problems)
            if result.dossier is not None:
                dossier = result.dossier
                line = result.lines.get("dossier.id")
                if dossier.id in seen and not merge:  # merged in turn with --merge
                    problems.append(
                        Problem(
                            result.path,
                            line,
                            "dossier.id",
                            t(
                                "dossier '{d}' staat ook in {f}",
                                "dossier '{d}' is also in {f}",
                                d=dossier.id,
                                f=seen[dossier.id],
                            ),
                        )
                    )
                if dossier.id not in seen:
                    report.dossiers.append(dossier.id)
                    if dossier.dossier.municipality.strip().lower() == "onbekend":
                        report.no_municipality.append(dossier.id)
                seen[dossier.id] = result.path
                where[dossier.id] = (result.path, line)
                report.steps += len(dossier.steps)
                origin = store.Origin(result.path, result.lines)
                if merge:
                    merging.append((dossier, origin, line))
                elif not problems:  # once anything is wrong, only checking goes on
                    rows.add(dossier, origin)
            if progress is not None:
                progress(done, len(files))
    transaction = db.read() if dry_run else db.write(bulk=True)
    with transaction as conn:
        present = store.existing_ids(conn, list(seen))
        if merge:
            # Several files of one dossier (the drafts of several documents) merge in turn.
            combined: dict[str, tuple[Dossier, store.Origin, int | None]] = {}
            for entry in merging:
                base = combined.get(entry[0].id)
                combined[entry[0].id] = _merged(
                    conn, entry, base, present, known_profiles, report, problems
                )
            for dossier_id, (dossier, origin, _) in combined.items():
                if report.merged.get(dossier_id, True):  # nothing new: left untouched
                    rows.add(dossier, origin)
        elif not replace:
            order = {d: i for i, d in enumerate(report.dossiers)}
            for dossier_id in sorted(present, key=order.__getitem__):
                file, line = where[dossier_id]
                message = t(
                    "dossier '{d}' staat al in de database (voeg het nieuwe toe met --merge, "
                    "of vervang het hele dossier met --replace; --replace --dry-run noemt wat "
                    "dat weggooit)",
                    "dossier '{d}' is already in the database (add what is new with --merge, "
                    "or swap the whole dossier with --replace; --replace --dry-run names what "
                    "that throws away)",
                    d=dossier_id,
                )
                problems.append(Problem(file, line, "dossier.id", message))
        if problems:
            raise InputError(problems)
        if not merge:
            report.replaced.extend(sorted(present))
            report.overwritten = store.overwritten(conn, rows, present)
        if not dry_run:
            store.write_rows(conn, rows, replace=replace or merge)
    return report


def _merged(
    conn: Connection,
    entry: tuple[Dossier, store.Origin, int | None],
    base: tuple[Dossier, store.Origin, int | None] | None,
    present: set[str],
    profiles: set[str],
    report: ImportReport,
    problems: list[Problem],
) -> tuple[Dossier, store.Origin, int | None]:
    """With --merge: the stored dossier (or `base`, what the earlier files of the same dossier
    made of it) plus the file's new items (the file's own when new)."""
    from besluitspoor.merging import merge
    from besluitspoor.recording import checked

    dossier, origin, line = entry
    if base is None and dossier.id not in present:
        return entry
    before = base[0] if base is not None else store.load(conn, dossier.id)
    result = merge(before.to_data(), dossier.to_data())
    for key in result.conflicts:
        message = t(
            "'{k}' staat al anders in '{d}': pas het aan met edit, of vervang het dossier met "
            "--replace",
            "'{k}' is already recorded differently in '{d}': change it with edit, or swap the "
            "dossier with --replace",
            k=key.split(".", 1)[1],
            d=dossier.id,
        )
        problems.append(Problem(origin.file, (origin.lines or {}).get(key, line), key, message))
    try:
        combined = checked(result.data, profiles)
    except InputError as exc:
        problems.extend(Problem(origin.file, line, p.path, p.message) for p in exc.problems)
        return base or entry
    report.merged[dossier.id] = [*report.merged.get(dossier.id, []), *result.added]
    report.steps -= len(dossier.steps)  # counted as merged items, not as imported steps
    if base is not None:
        return combined, base[1], line
    return combined, store.load_origin(conn, dossier.id), line
