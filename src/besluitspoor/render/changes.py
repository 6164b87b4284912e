"""What changed, for people (terminal, markdown for a CI summary or a newsletter), scripts
(JSON) and a static site (an Atom feed)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time

from besluitspoor.baseline import fingerprint
from besluitspoor.changes import Changes
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.render.entries import Cell, Entry, EntryList, shorten
from besluitspoor.render.labels import ICON, STYLE, labels, severity_word
from besluitspoor.rules.engine import Finding

CHANGES_FORMAT = "besluitspoor-changes/1"


def _w(lang: str) -> dict[str, str]:
    L = labels(lang)
    return {
        "new": L["change_new"],
        "gone": L["change_gone"],
        "changed": L["change_changed"],
        "title": L["changes"],
        "none": L["no_changes"],
        "was": L["was"],
    }


def _day(value: object, lang: str) -> str:
    return FuzzyDate.of(value).display("long", lang)  # type: ignore[arg-type]


def _rows(diff: Changes) -> list[tuple[str, Finding, Finding | None]]:
    rows: list[tuple[str, Finding, Finding | None]] = [("new", f, None) for f in diff.new]
    rows += [("changed", after, before) for before, after in diff.changed]
    rows += [("gone", f, None) for f in diff.gone]
    return rows


def was_line(before: Finding, after: Finding, lang: str) -> str | None:
    """What a changed finding was: its state when that changed ("nog te doen → verstreken" says
    it all: the message follows from it), else its old message."""
    L = labels(lang)

    def state(f: Finding) -> str:
        return L["finding_kind"].get(f.kind) or severity_word(f.severity, 1, lang)

    if (before.kind, before.severity) != (after.kind, after.severity):
        return state(before)
    return before.message if before.message != after.message else None


def changes_view(diff: Changes, lang: str) -> EntryList:
    w = _w(lang)
    entries = []
    for state, f, before in _rows(diff):
        style = {"new": "bold", "gone": "green", "changed": "yellow"}[state]
        head = [
            Cell(w[state], style),
            Cell(f"{ICON[f.severity]} {f.rule}", STYLE[f.severity]),
            Cell(f.dossier, "cyan"),
        ]
        if f.subject:
            head.append(Cell(f.subject))
        lines = [f.message]
        if before is not None and (was := was_line(before, f, lang)):
            lines.append(f"[dim]{w['was']}: {was}[/dim]")
        entries.append(Entry(head, lines))
    title = f"{w['title']}: {_day(diff.before, lang)} → {_day(diff.after, lang)}"
    return EntryList(entries, title) if entries else EntryList([], f"{title}. {w['none']}")


def changes_json(diff: Changes) -> str:
    def item(state: str, f: Finding, before: Finding | None) -> dict[str, object]:
        data: dict[str, object] = {"change": state, **f.to_json(), "fingerprint": fingerprint(f)}
        if before is not None:
            data["before"] = {
                "message": before.message,
                "severity": before.severity,
                "kind": before.kind,
            }
        return data

    data = {
        "format": CHANGES_FORMAT,
        "before": diff.before.isoformat(),
        "after": diff.after.isoformat(),
        "summary": {"new": len(diff.new), "changed": len(diff.changed), "gone": len(diff.gone)},
        "changes": [item(*row) for row in _rows(diff)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def changes_md(diff: Changes, lang: str, templates: str | None = None) -> str:
    """The changes as markdown, from `changes.md` (a user's --templates folder may override it)."""
    from besluitspoor.render.templating import render

    rows = [
        {
            "state": _w(lang)[state],
            "icon": ICON[f.severity],
            "rule": f.rule,
            "dossier": f.dossier,
            "subject": f.subject,
            "message": f.message,
            "was": was_line(before, f, lang) if before is not None else None,
        }
        for state, f, before in _rows(diff)
    ]
    counts = {"new": len(diff.new), "changed": len(diff.changed), "gone": len(diff.gone)}
    return render(
        "changes.md",
        templates,
        w=_w(lang),
        L=labels(lang),
        before=_day(diff.before, lang),
        after=_day(diff.after, lang),
        counts=counts,
        rows=rows,
    )


def changes_atom(diff: Changes, lang: str, feed_url: str | None) -> str:
    """An Atom feed (RFC 4287) with one entry per change; ids are stable (the finding's
    fingerprint, the change and the day), so a republished feed adds only what is new."""
    from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]

    from besluitspoor.vocab import CONTROL

    w = _w(lang)
    updated = datetime.combine(diff.after, time(0, 0), UTC)
    feed = FeedGenerator()
    # Without a URL of its own, a feed is named by what it watches: two feeds of different
    # dossiers are two feeds to a reader.
    watched = sorted({f.dossier for _, f, _ in _rows(diff)})
    digest = hashlib.sha256("\n".join(watched).encode()).hexdigest()[:16]
    feed.id(feed_url or f"urn:besluitspoor:changes:{digest}")
    feed.title(f"besluitspoor: {w['title'].lower()}")
    feed.author({"name": "besluitspoor"})
    feed.language(lang)
    feed.updated(updated)
    if feed_url:
        feed.link(href=feed_url, rel="self")
    for state, f, before in reversed(_rows(diff)):  # feedgen puts the last added first
        entry = feed.add_entry()
        entry.id(f"urn:besluitspoor:{fingerprint(f)}:{state}:{diff.after.isoformat()}")
        # A reader lists titles: what happened, in words, and where.
        title = f"{w[state].capitalize()}: {shorten(f.message, 90)} ({f.dossier})"
        entry.title(CONTROL.sub(" ", title))  # XML holds no control characters
        entry.updated(updated)
        said = was_line(before, f, lang) if before is not None else None
        text = f"{f.message} ({w['was']}: {said})" if said else f.message
        text += f"\n{f.rule}" + (f" · {f.subject}" if f.subject else "")
        entry.content(CONTROL.sub(" ", f"{text} ({f.source})"), type="text")
    return str(feed.atom_str(pretty=True).decode("utf-8"))


@dataclass(frozen=True)
class ChangesOut:
    """What every written form of the changes needs."""

    diff: Changes
    lang: str
    templates: str | None = None
    feed_url: str | None = None  # the Atom feed's own address


# `changes --format`: each written form one entry (the terminal's is `changes_view`).
WRITERS: dict[str, Callable[[ChangesOut], str]] = {
    "md": lambda c: changes_md(c.diff, c.lang, c.templates),
    "json": lambda c: changes_json(c.diff),
    "atom": lambda c: changes_atom(c.diff, c.lang, c.feed_url),
}
