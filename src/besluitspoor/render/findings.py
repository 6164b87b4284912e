"""Findings for people (rich text, markdown) and for scripts (versioned JSON, streamed)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from besluitspoor.check import Result
from besluitspoor.model import dump
from besluitspoor.render.labels import ICON, STYLE, counts_text, labels
from besluitspoor.render.visible import visible
from besluitspoor.rules.engine import SEVERITIES, Finding

if TYPE_CHECKING:
    from rich.console import RenderableType

CHECK_FORMAT = "besluitspoor-check/1"
# --- text ---------------------------------------------------------------------------------------


Line = list[tuple[str, str]]  # (text, style) pieces of one output line


def result_lines(
    result: Result, lang: str, width: int, heading: str | None = None
) -> Iterator[Line]:
    """One dossier's findings as output lines at `width`: a heading (the dossier's, or
    `heading`), the counts, then the findings by severity, each wrapped under its text.

    Wrapped with textwrap rather than laid out by rich: at national scale the text `check` must
    cost about what the JSON does. Ids never break (no breaking on hyphens or inside words)."""
    from besluitspoor.check import summary

    w = labels(lang)
    info = result.dossier.dossier
    if heading:
        yield [(heading, "bold")]
    else:
        title = f"{info.id} — {info.title} ({w['profile'].lower()}: {info.profile})"
        for n, line in enumerate(_wrap(title, width)):
            yield [(info.id, "bold"), (line[len(info.id) :], "")] if n == 0 else [(line, "")]
    yield [(counts_text(summary(result.findings), lang), "dim")]
    if not result.findings:
        yield [(f"  {w['none_lower']}", "green")]
    text_width = max(width - 3, 20)
    for severity in SEVERITIES:
        group = [f for f in result.findings if f.severity == severity]
        if not group:
            continue
        style = STYLE[severity]
        yield [(f"{w[severity].capitalize()} ({len(group)})", style)]
        for finding in group:
            kind = w["finding_kind"][finding.kind]
            head = finding.rule + (f" [{kind}]" if kind else "")
            head += f" {finding.subject}" if finding.subject else ""
            first = True
            for line in _wrap(f"{head}: {finding.message}", text_width):
                if first:
                    rest = line[len(finding.rule) :]
                    yield [(f"{ICON[severity]}  ", style), (finding.rule, "bold"), (rest, "")]
                    first = False
                else:
                    yield [(f"   {line}", "")]
            evidence = (
                f" · {w['evidence']}: {', '.join(finding.evidence)}" if finding.evidence else ""
            )
            for line in _wrap(f"{w['source'].lower()}: {finding.source}{evidence}", text_width):
                yield [(f"   {line}", "dim")]
    yield []


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False) or [""]


# ANSI for the few styles findings use: writing them directly keeps a long `check` fast.
_ANSI = {
    "bold": "1",
    "dim": "2",
    "green": "32",
    "yellow": "33",
    "cyan": "36",
    "bold red": "1;31",
}


def line_text(line: Line, color: bool) -> str:
    if not color:
        return visible("".join(text for text, _ in line))
    return "".join(
        f"\x1b[{_ANSI[style]}m{visible(text)}\x1b[0m" if style and text else visible(text)
        for text, style in line
    )


class _Findings:
    """`result_lines` as a rich renderable, for views that compose it with others."""

    def __init__(self, result: Result, lang: str, heading: str | None) -> None:
        self.result, self.lang, self.heading = result, lang, heading

    def __rich_console__(self, console: Any, options: Any) -> Iterator[Any]:
        from rich.text import Text

        for line in result_lines(self.result, self.lang, options.max_width, self.heading):
            yield Text.assemble(*line, no_wrap=True, overflow="ignore")


def result_text(result: Result, lang: str, heading: str | None = None) -> RenderableType:
    """One dossier's findings (see `result_lines`) as a rich renderable."""
    return _Findings(result, lang, heading)


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
    counts = {"error": 0, "warning": 0, "info": 0}
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


def md_escape(text: str) -> str:
    """Text from a dossier, safe inside a markdown table cell or line."""
    replacements = {
        "\\": "\\\\",
        "|": "\\|",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "<": "&lt;",
        ">": "&gt;",
        "[": "\\[",
        "]": "\\]",
    }
    text = " ".join(text.split())  # newlines would end the table row
    return visible("".join(replacements.get(c, c) for c in text))


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


def finding_line(finding: Finding, lines: dict[str, int] | None) -> int | None:
    """The line of the dossier file a finding points at: the step, precondition or promise it
    concerns (or its first evidence), else the dossier block."""
    lines = lines or {}
    for key in (finding.subject, *finding.evidence):
        for section in ("steps", "preconditions", "promises"):
            line = lines.get(f"{section}.{key}")
            if line:
                return line
    return lines.get("dossier")


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
