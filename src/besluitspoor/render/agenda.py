"""The agenda for people (terminal, markdown), scripts (JSON) and calendars (iCalendar)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from besluitspoor import __version__
from besluitspoor.agenda import Item
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.render.entries import Cell, Entry, EntryList, shorten
from besluitspoor.render.labels import labels

AGENDA_FORMAT = "besluitspoor-agenda/1"


def _when(day: date, lang: str) -> str:
    return FuzzyDate.of(day).display("long", lang)


def agenda_view(items: list[Item], lang: str) -> EntryList:
    L = labels(lang)
    entries = []
    for item in items:
        head = [
            Cell(_when(item.day, lang), "bold red" if item.overdue else "bold"),
            Cell(L["overdue"] if item.overdue else "", "red"),  # a column of its own: aligned
            Cell(item.dossier, "cyan"),
            Cell(L["lanes"][item.who]),
        ]
        lines = [item.what]
        if item.evidence:
            lines.append(f"[dim]{L['evidence']}: {', '.join(item.evidence)} · {item.rule}[/dim]")
        entries.append(Entry(head, lines))
    return EntryList(entries, L["agenda"])


def agenda_json(items: list[Item], start: date, days: int) -> str:
    data = {
        "format": AGENDA_FORMAT,
        "from": start.isoformat(),
        "days": days,
        "items": [i.to_json() for i in items],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def agenda_md(items: list[Item], start: date, days: int, lang: str, templates: str | None) -> str:
    from besluitspoor.render.context import made_by
    from besluitspoor.render.templating import render

    views = [
        {**i.to_json(), "when": _when(i.day, lang), "who_label": labels(lang)["lanes"][i.who]}
        for i in items
    ]
    return render(
        "agenda.md",
        templates,
        items=views,
        start=_when(start, lang),
        end=_when(start + timedelta(days=days), lang),
        L=labels(lang),
        made=made_by(lang),
    )


def agenda_ics(items: list[Item], lang: str) -> str:
    """An iCalendar feed (RFC 5545): one all-day event per deadline, its UID stable across
    runs so a subscribed calendar updates events rather than adding them again."""
    from icalendar import Calendar, Event

    from besluitspoor.vocab import CONTROL

    L = labels(lang)
    calendar = Calendar()
    calendar.add("prodid", f"-//besluitspoor//agenda {__version__}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"besluitspoor: {L['agenda'].lower()}")
    stamp = _stamp()
    for item in items:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", CONTROL.sub(" ", summary(item, lang)))
        details = [
            item.what,
            f"{L['dossier']}: {item.dossier_title} ({item.dossier})",
            f"{L['who']}: {L['lanes'][item.who]}",
        ]
        if item.evidence:
            details.append(f"{L['evidence']}: {', '.join(item.evidence)}")
        details.append(f"{L['source']}: {item.source} ({item.rule})")
        event.add("description", CONTROL.sub(" ", "\n".join(details)))  # RFC 5545 TEXT
        event.add("categories", [item.rule])
        event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: it blocks no time
        calendar.add_component(event)
    return str(calendar.to_ical().decode("utf-8"))


SUMMARY_WIDTH = 80  # what a calendar shows of an event's title, give or take


def summary(item: Item, lang: str) -> str:
    """An event's title: who must act and what, short enough for a calendar to show (the
    whole finding is its description). A long quoted text is cut to its first words."""
    L = labels(lang)
    what = re.sub(r"'([^']{40,})'", lambda m: f"'{shorten(m.group(1), 32)}'", item.what)
    prefix = f"{L['overdue']}: " if item.overdue else ""
    text = f"{prefix}{L['lanes'][item.who]}: {what}"
    return shorten(text[:1].upper() + text[1:], SUMMARY_WIDTH)


def _stamp() -> datetime:
    """When the feed was made (DTSTAMP): SOURCE_DATE_EPOCH when set, else now."""
    from besluitspoor.render.context import source_date

    return source_date() or datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class AgendaOut:
    """What every written form of an agenda needs: its items, its window, the language and a
    folder of the user's own templates (markdown)."""

    items: list[Item]
    start: date
    days: int
    lang: str
    templates: str | None = None


# `agenda --format`: each written form one entry (the terminal's is `agenda_view`).
WRITERS: dict[str, Callable[[AgendaOut], str]] = {
    "md": lambda a: agenda_md(a.items, a.start, a.days, a.lang, a.templates),
    "json": lambda a: agenda_json(a.items, a.start, a.days),
    "ics": lambda a: agenda_ics(a.items, a.lang),
}
