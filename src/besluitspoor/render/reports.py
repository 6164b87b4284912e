"""Timelines and audit reports: checked dossiers rendered as markdown, HTML or JSON."""

from __future__ import annotations

import json
import re
import tempfile
import textwrap
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Literal

from besluitspoor.check import Result
from besluitspoor.render.context import (
    REPORT_FORMAT,
    TimelineContext,
    made_by,
    report_rows,
    timeline_context,
)
from besluitspoor.render.labels import labels
from besluitspoor.render.templating import render

DocFormat = Literal["md", "html", "json"]


def timeline(
    result: Result,
    as_of: date,
    fmt: DocFormat,
    lang: str = "nl",
    templates: str | None = None,
    *,
    as_of_chosen: bool = True,
) -> str:
    context = timeline_context(result, as_of, lang, as_of_chosen=as_of_chosen)
    return TIMELINE_WRITERS[fmt](context, lang, templates)


def _timeline_json(context: TimelineContext, lang: str, templates: str | None) -> str:
    return json.dumps(context.to_json(), ensure_ascii=False, indent=2) + "\n"


def _timeline_page(fmt: str) -> Callable[[TimelineContext, str, str | None], str]:
    def write(context: TimelineContext, lang: str, templates: str | None) -> str:
        page = render(f"timeline.{fmt}", templates, c=context, level=1, made=made_by(lang))
        return _one_newline(page)

    return write


# The timeline's file forms, one writer each (the terminal's is render.trail_text's).
TIMELINE_WRITERS: dict[str, Callable[[TimelineContext, str, str | None], str]] = {
    "md": _timeline_page("md"),
    "html": _timeline_page("html"),
    "json": _timeline_json,
}


# Where the dossiers' sections go in report.md and report.html (`{{ sections }}`).
SECTIONS = "@@besluitspoor-sections@@"


def write_report(
    results: Iterable[Result],
    as_of: date,
    fmt: DocFormat,
    write: Callable[[str], object],
    lang: str = "nl",
    templates: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """An audit report over many dossiers, streamed: each dossier is rendered as it is checked
    and spooled to a temporary file, then the page head (with the overview, which needs every
    dossier's counts), the sections and the page's end are written. Only one dossier is in
    memory at a time, however many there are. Returns the bytes written."""
    written = 0

    def out(text: str) -> None:
        nonlocal written
        written += len(text.encode())
        write(text)

    page = _page_context(as_of, lang)
    if fmt != "json" and SECTIONS not in render(
        f"report.{fmt}", templates, rows=[], contexts=[], sections=SECTIONS, **page
    ):
        # A template of the user's own that loops over `contexts`: rendered whole, as before.
        contexts = [timeline_context(r, as_of, lang) for r in results]
        rows = report_rows(contexts)
        out(render(f"report.{fmt}", templates, rows=rows, contexts=contexts, **page))
        return written
    rows = []
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for n, result in enumerate(results):
            context = timeline_context(result, as_of, lang)
            rows.extend(report_rows([context]))
            spool.write(_section(context, fmt, n, templates))
            if progress is not None:
                progress(n + 1)
        if fmt == "json":
            head, tail = _json_frame(as_of, rows, bool(rows))
        else:
            whole = render(
                f"report.{fmt}", templates, rows=rows, contexts=[], sections=SECTIONS, **page
            )
            head, tail = whole.split(SECTIONS, 1)
        out(head)
        spool.seek(0)
        while chunk := spool.read(1 << 16):
            out(chunk)
        out(tail)
    return written


def _page_context(as_of: date, lang: str, own_pages: bool = False) -> dict[str, object]:
    return {
        "as_of": as_of.isoformat(),
        "labels": labels(lang),
        "lang": lang,
        "made": made_by(lang),
        "page": own_pages,
    }


def write_report_folder(
    results: Iterable[Result],
    as_of: date,
    fmt: Literal["md", "html"],
    folder: Path,
    write_file: Callable[[Path, str], None],
    lang: str = "nl",
    templates: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """A large collection as a folder: `index.<fmt>` with the overview, linking to one page
    per dossier (`<id>.<fmt>`, its timeline). Returns the number of dossiers.

    The pages written are listed in `.besluitspoor-pages.<fmt>`; a page an earlier run wrote
    for a dossier that is gone is removed, so a published folder never links a stale page.
    Files the tool did not write are never touched."""
    rows = []
    written = []
    for n, result in enumerate(results):
        context = timeline_context(result, as_of, lang)
        rows.extend(report_rows([context]))
        text = render(f"timeline.{fmt}", templates, c=context, level=1, made=made_by(lang))
        name = f"{context.dossier['id']}.{fmt}"
        write_file(folder / name, _one_newline(text))
        written.append(name)
        if progress is not None:
            progress(n + 1)
    page = _page_context(as_of, lang, own_pages=True)
    index = render(f"report.{fmt}", templates, rows=rows, contexts=[], sections="", **page)
    write_file(folder / f"index.{fmt}", index)
    _prune_pages(folder, f"{PAGES_LIST}.{fmt}", written, write_file)
    return len(rows)


PAGES_LIST = ".besluitspoor-pages"


def _prune_pages(
    folder: Path, list_name: str, written: list[str], write_file: Callable[[Path, str], None]
) -> None:
    listed = folder / list_name
    try:
        earlier = listed.read_text(encoding="utf-8").split()
    except OSError:
        earlier = []
    keep = set(written)
    suffix = list_name.rsplit(".", 1)[-1]
    for name in earlier:
        # Only a page this program writes (a dossier id and the report's format, never a path,
        # `index`, `CNAME` or `README.md`) that this run did not write again: the list is a
        # file anyone with the folder can edit.
        ours = re.fullmatch(rf"[a-z0-9][a-z0-9-]{{0,63}}\.{suffix}", name)
        if ours and name not in keep and name != f"index.{suffix}":
            (folder / name).unlink(missing_ok=True)
    write_file(listed, "".join(f"{name}\n" for name in sorted(keep)))


def _section(context: TimelineContext, fmt: DocFormat, n: int, templates: str | None) -> str:
    if fmt == "json":
        # As `json.dumps(whole, indent=2)` writes an item of the list under "dossiers".
        item = textwrap.indent(json.dumps(context.to_json(), ensure_ascii=False, indent=2), "    ")
        return ("" if n == 0 else ",\n") + item
    section = render(f"_section.{fmt}", templates, c=context, level=2)
    if fmt == "html":
        section = section.rstrip("\n") + "\n"
    return section if n == 0 else "\n" + section  # a blank line between sections


def _json_frame(as_of: date, rows: list[dict[str, object]], any_dossier: bool) -> tuple[str, str]:
    frame = {"format": REPORT_FORMAT, "as_of": as_of.isoformat(), "overview": rows, "dossiers": []}
    text = json.dumps(frame, ensure_ascii=False, indent=2)
    assert text.endswith('"dossiers": []\n}')
    if not any_dossier:
        return text + "\n", ""
    return text[: -len("[]\n}")] + "[\n", "\n  ]\n}\n"


def _one_newline(text: str) -> str:
    return text.rstrip("\n") + "\n"
