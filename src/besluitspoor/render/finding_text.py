"""How findings read: the text of `check` (wrapped lines, with or without colour, or a rich
renderable for views that compose it), a finding's text made safe for markdown, and the line of
its dossier file it points at. A leaf of `render`: every view and writer may use it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from besluitspoor.render.labels import ICON, STYLE, counts_text, labels
from besluitspoor.render.visible import visible
from besluitspoor.rules.engine import SEVERITIES, Finding

if TYPE_CHECKING:
    from rich.console import RenderableType

    from besluitspoor.check import Result

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
