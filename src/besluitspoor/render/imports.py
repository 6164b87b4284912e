"""What an import tells its user on stderr: how many dossiers, steps and files, what was
replaced or merged, and what to fill in. One line per fact, in the run's language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from besluitspoor.i18n import count, t

if TYPE_CHECKING:
    from besluitspoor.importer import ImportReport


def import_lines(report: ImportReport, target: Path | None) -> list[str]:
    """The summary of `report`; `target` is the SQLite file written to (None on a server)."""
    lines = []
    imported = [d for d in report.dossiers if d not in report.merged]
    fields = {
        "d": count(len(imported), "dossier"),
        "s": count(report.steps, "step"),
        "f": count(report.files, "file"),
    }
    if report.dry_run:
        line = t(
            "zou {d} met {s} importeren uit {f}", "would import {d} with {s} from {f}", **fields
        )
    else:
        line = t("{d} met {s} geïmporteerd uit {f}", "imported {d} with {s} from {f}", **fields)
        line += t(" in {db}", " into {db}", db=target) if target else ""
    if report.replaced:
        line += t("; vervangen: {r}", "; replaced {r}", r=", ".join(report.replaced))
    if imported or not report.merged:
        lines.append(line)
    replaced = t("zou vervangen", "would replace") if report.dry_run else t("vervangen", "replaced")
    for dossier_id, lost in report.overwritten.items():
        lines.append(
            t(
                "{d}: {w} wat niet zo in het bestand stond: {items}",
                "{d}: {w} what the file did not hold so: {items}",
                d=dossier_id,
                w=replaced,
                items=", ".join(lost),
            )
        )
    for dossier_id in report.no_municipality:
        lines.append(
            t(
                "let op: {d} noemt geen gemeente (municipality: onbekend); vul die in met "
                "'besluitspoor dossier edit {d} --set municipality=NAAM'",
                "note: {d} names no municipality (municipality: onbekend); fill it in with "
                "'besluitspoor dossier edit {d} --set municipality=NAME'",
                d=dossier_id,
            )
        )
    for dossier_id, added in report.merged.items():
        if not added:
            lines.append(t("{d}: niets nieuws", "{d}: nothing new", d=dossier_id))
            continue
        lines.append(
            t(
                "{d}: {n} nieuw(e) item(s) toegevoegd: {items}",
                "{d}: {n} new item(s) added: {items}",
                d=dossier_id,
                n=len(added),
                items=", ".join(added),
            )
        )
    return lines
