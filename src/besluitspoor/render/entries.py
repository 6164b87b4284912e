"""Lists a reader can take in at any width: each entry a head line (the cells that identify it,
an id among them) and the rest below it, indented and wrapped.

Not tables: a table shares the width between columns, so at 80 columns it cuts ids ("verordening-
zonder-raa…") and wraps texts a word per line. Here an id is never cut or broken (a head line
too long for the terminal wraps between its cells), and text gets the whole width."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult


@dataclass
class Cell:
    text: str
    style: str = ""


@dataclass
class Entry:
    head: Sequence[Cell]
    lines: list[str] = field(default_factory=list)  # rich markup, wrapped under the head
    style: str = ""  # the whole entry (the start marker of a trail)


class EntryList:
    """A rich renderable: an optional title, then the entries with their head cells aligned in
    columns (as far as the width allows) and their lines indented by `indent`."""

    def __init__(self, entries: Sequence[Entry], title: str | None = None, indent: int = 4):
        self.entries = entries
        self.title = title
        self.indent = indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment
        from rich.text import Text

        if self.title:
            yield Text(self.title, style="bold")
        columns = max((len(e.head) for e in self.entries), default=0)
        widths = [
            max((len(e.head[n].text) for e in self.entries if len(e.head) > n), default=0)
            for n in range(columns)
        ]
        for entry in self.entries:
            # The head's cells on one line; when they do not fit, the rest go on lines of
            # their own, indented as the entry's text (never back at column 0).
            head = Text(style=entry.style)
            for n, cell in enumerate(entry.head):
                last = n == len(entry.head) - 1
                padded = cell.text if last else cell.text.ljust(widths[n])
                if n and head.cell_len + len(padded.rstrip()) > options.max_width:
                    head.rstrip()
                    yield head
                    head = Text(" " * self.indent, style=entry.style)
                    padded = padded.rstrip()
                head.append(padded, style=cell.style)
                if not last:
                    head.append("  ")
            yield head
            narrower = options.update(width=max(options.max_width - self.indent, 20))
            for line in entry.lines:
                body = Text.from_markup(line, style=entry.style)
                # wrapped to the width left after the indent, without trailing padding
                for row in console.render_lines(body, narrower, pad=False):
                    yield Segment(" " * self.indent)
                    yield from row
                    yield Segment.line()


def shorten(text: str, width: int) -> str:
    """At most `width` characters, cut between words, with an ellipsis when cut (a calendar's
    or a feed reader's title)."""
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
