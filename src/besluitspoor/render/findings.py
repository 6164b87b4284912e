"""Findings for people (text, markdown) and for scripts (versioned JSON streamed, GitHub
annotations, SARIF): one writer per `--format`, in `WRITERS`. How a finding reads is
`finding_text`'s."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from besluitspoor.check import Result
from besluitspoor.model import dump
from besluitspoor.render.finding_text import finding_line, line_text, result_lines
from besluitspoor.render.labels import counts_text, labels
from besluitspoor.vocab import SEVERITIES

CHECK_FORMAT = "besluitspoor-check/1"
# --- JSON ---------------------------------------------------------------------------------------


def dossier_json(result: Result) -> dict[str, Any]:
    return {
        "id": result.dossier.id,
        "profile": result.profile.name,
        "findings": [f.to_json() for f in result.findings],
    }


def stream_json(results: Iterable[Result], as_of: date) -> Iterator[str]:
    """The check as JSON, in pieces, one dossier at a time: the same text `json.dumps(...,
    indent=2)` would give for the whole, without holding all of it in memory."""
    counts = dict.fromkeys(SEVERITIES, 0)
    yield f'{{\n  "format": "{CHECK_FORMAT}",\n  "as_of": "{as_of.isoformat()}",\n  "dossiers": ['
    first = True
    for result in results:
        for finding in result.findings:
            counts[finding.severity] += 1
        text = json.dumps(dossier_json(result), ensure_ascii=False, indent=2)
        yield ("\n" if first else ",\n") + _indent(text, 4)
        first = False
    yield (
        ("\n  ]" if not first else "]")
        + ',\n  "summary": '
        + _indent(json.dumps(counts, indent=2), 2).lstrip()
        + "\n}\n"
    )


def _indent(text: str, spaces: int) -> str:
    """Indent JSON's lines; only "\n" ends one (U+2028 and friends are text inside strings)."""
    pad = " " * spaces
    return "\n".join(pad + line for line in text.split("\n"))


# --- markdown -----------------------------------------------------------------------------------


def result_md(result: Result, lang: str, templates: str | None = None) -> str:
    """One dossier's findings as markdown, from `check.md`."""
    from besluitspoor.check import summary
    from besluitspoor.render.context import finding_view
    from besluitspoor.render.templating import render

    return render(
        "check.md",
        templates,
        d=dump(result.dossier.dossier),
        findings=[finding_view(f, lang) for f in result.findings],
        counts=counts_text(summary(result.findings), lang),
        L=labels(lang),
    )


# --- GitHub Actions annotations -------------------------------------------------------------------

GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _gh_data(text: str) -> str:
    from besluitspoor.vocab import CONTROL

    text = CONTROL.sub(" ", text)  # a workflow log renders escapes
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(result: Result, file: str | None, lines: dict[str, int] | None) -> Iterator[str]:
    """`::warning file=dossiers/x.yaml,line=12,title=rule::message` per finding, pointing at
    the line of the step, precondition or promise it concerns (else at the dossier block)."""
    for finding in result.findings:
        line = finding_line(finding, lines)
        props = [f"title={_gh_property(finding.rule)}"]
        if file:
            props.insert(0, f"file={_gh_property(file)}")
            if line:
                props.insert(1, f"line={line}")
        message = f"{finding.dossier}: {finding.message} ({finding.source})"
        yield f"::{GITHUB_LEVEL[finding.severity]} {','.join(props)}::{_gh_data(message)}"


# --- one table of writers for `check`'s formats ---------------------------------------------


@dataclass(frozen=True)
class Target:
    """What a writer of findings needs besides the results: the day, the language, the
    terminal's width and colour (text), and where each dossier's file lines are (github,
    sarif; read only by the writers that use them)."""

    as_of: date
    lang: str
    width: int = 80
    color: bool = False
    origins: Callable[[], dict[str, Any]] = dict
    templates: str | None = None  # a folder of the user's own templates (markdown)


Writer = Callable[[Iterable[Result], Target], Iterator[str]]


def _text(results: Iterable[Result], target: Target) -> Iterator[str]:
    for result in results:
        lines = result_lines(result, target.lang, target.width)
        yield "\n".join(line_text(line, target.color) for line in lines) + "\n"


def _md(results: Iterable[Result], target: Target) -> Iterator[str]:
    yield f"# {labels(target.lang)['findings']} ({target.as_of.isoformat()})\n\n"
    for result in results:
        yield result_md(result, target.lang, target.templates) + "\n"


def _json(results: Iterable[Result], target: Target) -> Iterator[str]:
    yield from stream_json(results, target.as_of)


def _github(results: Iterable[Result], target: Target) -> Iterator[str]:
    from besluitspoor.store.dossiers import Origin

    origins = target.origins()
    for result in results:
        origin = origins.get(result.dossier.id, Origin())
        for line in github_lines(result, origin.file, origin.lines):
            yield line + "\n"


def _sarif(results: Iterable[Result], target: Target) -> Iterator[str]:
    from besluitspoor.render.sarif import sarif_log

    yield sarif_log(results, target.origins(), target.lang)


# `check --format`: each output one entry (text for a terminal, the rest for tools).
WRITERS: dict[str, Writer] = {
    "text": _text,
    "md": _md,
    "json": _json,
    "github": _github,
    "sarif": _sarif,
}
