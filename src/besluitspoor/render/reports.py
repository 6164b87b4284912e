"""Timelines and audit reports: checked dossiers rendered as markdown, HTML or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Literal

from besluitspoor.check import Result
from besluitspoor.render.context import (
    LABELS,
    REPORT_FORMAT,
    made_by,
    report_rows,
    timeline_context,
)
from besluitspoor.render.templating import render

DocFormat = Literal["md", "html", "json"]


def timeline(
    result: Result, as_of: date, fmt: DocFormat, lang: str = "nl", templates: str | None = None
) -> str:
    context = timeline_context(result, as_of, lang)
    if fmt == "json":
        return json.dumps(context.to_json(), ensure_ascii=False, indent=2) + "\n"
    page = render(f"timeline.{fmt}", templates, c=context, level=1, made=made_by(lang))
    return _one_newline(page)


def report(
    results: Sequence[Result],
    as_of: date,
    fmt: DocFormat,
    lang: str = "nl",
    templates: str | None = None,
) -> str:
    contexts = [timeline_context(r, as_of, lang) for r in results]
    rows = report_rows(contexts)
    if fmt == "json":
        data = {
            "format": REPORT_FORMAT,
            "as_of": as_of.isoformat(),
            "overview": rows,
            "dossiers": [c.to_json() for c in contexts],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    labels = LABELS.get(lang, LABELS["nl"])
    return render(
        f"report.{fmt}",
        templates,
        rows=rows,
        contexts=contexts,
        as_of=as_of.isoformat(),
        labels=labels,
        lang=lang,
        made=made_by(lang),
    )


def _one_newline(text: str) -> str:
    return text.rstrip("\n") + "\n"
