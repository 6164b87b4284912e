"""The trail in the terminal (rich): a dossier at a glance, its steps, one step in full."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from rich.markup import escape

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.i18n import euros
from besluitspoor.render.entries import Cell, Entry, EntryList
from besluitspoor.render.labels import ICON, STYLE, counts_text, labels
from besluitspoor.shapes import dump
from besluitspoor.trail import ordered_steps

# Models or the records that stand in for them (store.reading.load_plain): no pydantic here.
if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table

    from besluitspoor.model import Dossier, Precondition, Promise, StepBase

# Keys every step has; the rest are the kind's own and shown as details.
_COMMON = {"id", "kind", "date", "time", "title", "body", "source", "quote", "review"}
_AMOUNTS = {"spends", "budget"}  # euros


def step_details(step: StepBase, lang: str = "nl") -> str:
    data = dump(step, exclude_defaults=True)
    parts = []
    for key, value in data.items():
        if key in _COMMON or value in (None, [], ""):
            continue
        shown = value_text(value, lang)
        if key in _AMOUNTS and isinstance(value, int | float):
            shown = euros(value)  # as check writes it, not 350000.0
        if isinstance(value, str) and " " in value and len(shown) > 60:
            shown = shown[:59] + "…"  # prose; the whole text is in 'step show', ids never cut
        parts.append(f"{key_label(key, lang)}: {shown}")
    return "; ".join(parts)


def _when(step: StepBase, lang: str) -> str:
    text = step.date.display("short", lang)
    return f"{text} {step.time}" if step.time else text


def steps_view(
    steps: list[StepBase],
    lang: str = "nl",
    start_marker: FuzzyDate | None = None,
    findings: Findings | None = None,
) -> EntryList:
    """Steps in the order given, each with its date, kind and id on one line and its title,
    details and findings below; the start date marked where it falls."""
    lab = labels(lang)
    entries: list[Entry] = []

    def mark(start: FuzzyDate) -> None:
        head = [Cell(start.display("short", lang)), Cell(lab["start_marker"])]
        entries.append(Entry(head, _finding_lines(AT_START, findings), style="bold magenta"))

    marked = start_marker is None
    for step in steps:
        if start_marker is not None and not marked and step.date.first >= start_marker.first:
            mark(start_marker)
            marked = True
        head = [
            Cell(_when(step, lang)),
            Cell(vocab.CLI_KIND_NAMES.get(step.kind, step.kind)),
            Cell(step.id, "cyan"),
        ]
        lines = [escape(step.title)]
        details = step_details(step, lang)
        if details:
            lines.append(f"[dim]{escape(details)}[/dim]")
        lines += _review_lines(step, lang)
        entries.append(Entry(head, lines + _finding_lines(step.id, findings)))
    if start_marker is not None and not marked:
        mark(start_marker)
    return EntryList(entries, lab["steps"])


Findings = dict[str, list[Any]]  # subject id -> findings about it
AT_START = "▶start"  # the findings due at the start (a required step missing by then)


def _finding_lines(subject: str, findings: Findings | None) -> list[str]:
    return [
        f"[{STYLE[f.severity]}]{ICON[f.severity]} {f.rule}[/{STYLE[f.severity]}]: "
        f"{escape(f.message)}"
        for f in (findings or {}).get(subject, [])
    ]


def dossier_view(
    dossier: Dossier, lang: str = "nl", findings: Findings | None = None
) -> RenderableType:
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    lab = labels(lang)
    info = dossier.dossier
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold", no_wrap=True)
    head.add_column()
    # The id in the panel, not its title: a title too long for the width is cut.
    head.add_row(lab["id"], f"[cyan]{escape(info.id)}[/cyan]")
    head.add_row(lab["municipality"], info.municipality)
    head.add_row(lab["profile"], info.profile)
    if info.domain:
        head.add_row(lab["domain"], info.domain)
    head.add_row(lab["start"], info.start.display("long", lang) if info.start else "—")
    facts = dump(info.facts)
    head.add_row(
        lab["facts"],
        ", ".join(f"{key_label(k, lang)}: {tristate_text(v, lang)}" for k, v in facts.items()),
    )
    head.add_row(lab["goals"], "; ".join(info.goals) or f"[dim]{lab['nothing']}[/dim]")
    head.add_row(lab["costs"], _costs(dossier) or f"[dim]{lab['nothing']}[/dim]")
    evaluation = info.evaluation
    head.add_row(
        lab["evaluation"],
        f"{evaluation.date.display('long', lang)} {evaluation.how or ''}".strip()
        if evaluation
        else f"[dim]{lab['nothing']}[/dim]",
    )
    parts: list[RenderableType] = [
        Text(info.title, style="bold"),
        Panel(head),
    ]
    if info.summary:
        parts.append(info.summary)
    steps = ordered_steps(dossier)
    parts.append(Text())
    parts.append(steps_view(steps, lang, info.start, findings) if steps else lab["no_steps"])
    if dossier.preconditions:
        parts += [Text(), preconditions_view(dossier, lang, findings)]
    if dossier.promises:
        parts += [Text(), promises_view(dossier, lang, findings)]
    return Group(*parts)


def timeline_view(result: Any, lang: str = "nl") -> RenderableType:
    """The trail with each finding at the step, precondition or promise it concerns, and the
    findings about the dossier as a whole after it."""
    from rich.console import Group
    from rich.text import Text

    from besluitspoor.render.finding_text import result_text

    dossier = result.dossier
    by_subject: Findings = {}
    for finding in result.findings:
        if finding.subject:
            by_subject.setdefault(finding.subject, []).append(finding)
    items = {s.id for s in dossier.steps} | {p.id for p in dossier.preconditions}
    items |= {p.id for p in dossier.promises}
    general = [f for f in result.findings if f.subject not in items]
    # What had to be there by the start (a required step) is shown at the start, where the
    # trail has its hole; the rest about the dossier as a whole follows the trail.
    start = dossier.dossier.start
    due_at_start = [f for f in general if start is not None and f.falls_due == start.last]
    if due_at_start:
        by_subject[AT_START] = due_at_start
        general = [f for f in general if f not in due_at_start]
    from besluitspoor.check import summary

    w = labels(lang)
    counts = Text(
        f"{w['all_findings']}: {counts_text(summary(result.findings), lang)}", style="bold"
    )
    parts: list[RenderableType] = [counts, dossier_view(dossier, lang, by_subject)]
    if general:
        parts.append(Text())
        whole = type(result)(dossier, result.profile, general)
        parts.append(result_text(whole, lang, heading=w["whole_dossier"]))
    return Group(*parts)


def _costs(dossier: Dossier) -> str:
    costs = dossier.dossier.costs
    if costs is None:
        return ""
    bits = []
    if costs.amount is not None:
        bits.append(euros(costs.amount))
    if costs.structural is not None:
        bits.append("structureel" if costs.structural else "incidenteel")
    if costs.covered_by:
        bits.append(f"dekking: {costs.covered_by}")
    if costs.note:
        bits.append(costs.note)
    return ", ".join(bits)


def preconditions_view(
    dossier: Dossier, lang: str = "nl", findings: Findings | None = None
) -> EntryList:
    """Each precondition with its id, status and deadline on one line, its text below."""
    entries = []
    for pre in dossier.preconditions:
        status = pre.status
        if pre.met_on:
            status += f" ({pre.met_on.display('short', lang)})"
        if pre.critical:
            status += " !" if lang != "nl" else " ! (kritiek)"
        entries.append(_item_entry(pre, status, lang, findings))
    return EntryList(entries, labels(lang)["preconditions"])


def promises_view(
    dossier: Dossier, lang: str = "nl", findings: Findings | None = None
) -> EntryList:
    """Each promise with its id, status and deadline on one line, its text below."""
    entries = []
    for promise in dossier.promises:
        status = promise.status
        if promise.fulfilled_by:
            status += f" ({promise.fulfilled_by})"
        if promise.postponed_to:
            status += f" → {promise.postponed_to.display('short', lang)}"
        entries.append(_item_entry(promise, status, lang, findings))
    return EntryList(entries, labels(lang)["promises"])


def _item_entry(
    item: Precondition | Promise, status: str, lang: str, findings: Findings | None
) -> Entry:
    head = [Cell(item.id, "cyan"), Cell(status, _STATUS_STYLE.get(item.status, ""))]
    due = due_label(item, lang, "short")
    if due:
        head.append(Cell(f"{labels(lang)['due'].lower()}: {due}"))
    return Entry(
        head,
        [escape(item.text), *_review_lines(item, lang), *_finding_lines(item.id, findings)],
    )


def _review_lines(item: StepBase | Precondition | Promise, lang: str) -> list[str]:
    """What is still to check about a drafted item, marked where the item is listed."""
    word = key_label("review", lang)
    return [f"[yellow]⚑ {escape(word)}: {escape(note)}[/yellow]" for note in item.review]


_STATUS_STYLE = {"vervuld": "green", "nagekomen": "green", "open": "yellow"}


def key_label(key: str, lang: str) -> str:
    """A key of the format as a table shows it: Dutch (`ongevraagd`) or the key itself."""
    return vocab.DUTCH_KEYS.get(key, key) if lang == "nl" else key.replace("_", " ")


def tristate_text(value: str, lang: str) -> str:
    if lang != "nl":
        return value
    return {"yes": "ja", "no": "nee", "unknown": "onbekend"}.get(value, value)


def value_text(value: Any, lang: str) -> str:
    """A stored value as a reader reads it: ja/nee for flags, lists joined."""
    if isinstance(value, bool):
        return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
    if isinstance(value, list):
        return ", ".join(value_text(v, lang) for v in value)
    return str(value)


def step_detail(dossier_id: str, step: StepBase, referrers: list[str], lang: str) -> Table:
    return item_detail(dossier_id, step, referrers, lang)


def item_detail(
    dossier_id: str, item: StepBase | Precondition | Promise, referrers: list[str], lang: str
) -> Table:
    """Every recorded key of one item, labelled in the reader's language."""
    from rich.table import Table

    lab = labels(lang)
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    table.add_row("dossier", dossier_id)
    for key, value in dump(item).items():
        if value in (None, []):
            continue
        shown = value_text(value, lang)
        date = getattr(item, key, None)
        if isinstance(date, FuzzyDate):
            shown = f"{date.display('long', lang)} ({value})"
        table.add_row(key_label(key, lang), escape(shown))
    if referrers:
        table.add_row(lab["referred_by"], ", ".join(referrers))
    return table


def due_label(
    item: Precondition | Promise, lang: str, style: Literal["short", "long"] = "long"
) -> str:
    """'start', a date, 'vóór STEP', or '' for a promise without a deadline."""
    if item.due_before is not None:
        return f"{'vóór' if lang == 'nl' else 'before'} {item.due_before}"
    due = item.due
    if due is None:
        return "start" if type(item).__name__ == "Precondition" else ""  # a model or its record
    return "start" if due == "start" else due.display(style, lang)
