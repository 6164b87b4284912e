"""The typed context the timeline and report templates receive.

Everything a template shows is computed here, in Python, and documented field by field:
templates only lay it out. Dates come in every form a template needs (ISO, "jan 2022",
"18 januari 2023"); findings are attached to the step, precondition or promise they concern;
the mermaid gantt chart and the SVG timeline get their geometry ready-made.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from besluitspoor import vocab
from besluitspoor.check import Result, summary
from besluitspoor.fuzzydate import MIN_YEAR, FuzzyDate
from besluitspoor.model import Dossier, Precondition, Promise, StepBase
from besluitspoor.references import is_url
from besluitspoor.render.labels import count_texts, labels
from besluitspoor.render.trail_text import due_label, step_details
from besluitspoor.render.visible import visible
from besluitspoor.rules.engine import Finding
from besluitspoor.trail import ordered_steps

TIMELINE_FORMAT = "besluitspoor-timeline/1"
REPORT_FORMAT = "besluitspoor-report/1"

# Which lane of the gantt chart and SVG a kind of step is drawn in.
# Who acts in a step of each kind: the lanes of the charts (declared in vocab).
LANES, LANE_ORDER = vocab.LANES, vocab.LANE_ORDER
_COLLEGE = re.compile(r"\b(?:college|b\s?&\s?w|burgemeester|wethouder|gemeente)\b", re.I)


def lane_of(step: StepBase) -> str:
    """Who acts in a step: by its kind, except a letter written by someone other than the
    college (a civic association's, a resident's), which is not the college's."""
    author = getattr(step, "author", None)
    if step.kind == "brief" and author and not _COLLEGE.search(author):
        return "overig"
    return LANES[step.kind]


@dataclass
class DateView:
    """A fuzzy date in every form a template needs."""

    iso: str  # 2022-06 (the precision given)
    short: str  # jun 2022
    long: str  # juni 2022 / 18 januari 2023
    precision: str  # year | month | day | period | open
    first: str  # 2022-06-01, the start of the interval
    last: str  # 2022-06-30, the end of the interval


@dataclass
class FindingView:
    rule: str
    kind: str  # violation | pending | needs-data | note
    kind_label: str  # "nog te doen", "gegevens nodig", ... ("" for a violation)
    severity: str  # error | warning | info
    subject: str | None
    message: str
    source: str
    evidence: list[str]


@dataclass
class StepView:
    id: str
    kind: str
    kind_label: str
    lane: str
    date: DateView
    time: str | None
    title: str
    body: str | None
    source: str | None
    source_is_url: bool
    details: str  # the kind's own keys, e.g. "reports: cb-2022-12-13"
    after_start: bool  # on or after the start date (the start marker goes before the first)
    findings: list[FindingView]
    quote: list[str] = field(default_factory=list)  # what a draft read it from
    review: list[str] = field(default_factory=list)  # still to check (nakijken)


@dataclass
class ItemView:
    """A precondition or a promise."""

    id: str
    text: str
    status: str
    due: str  # "start", a long date, or ""
    detail: str  # met on / fulfilled by / postponed to
    critical: bool
    findings: list[FindingView]
    quote: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)


@dataclass
class GanttRow:
    section: str
    label: str  # already safe for mermaid
    ident: str
    start: str  # ISO day
    end: str | None  # ISO day for a month or year; None for a milestone (a day)
    crit: bool
    tag: str = ""  # mermaid's task tag: crit (an error, overdue, missing), active (a warning)


@dataclass
class Event:
    """One thing on the timeline, in date order: a step, the start, the peildatum, a deadline
    of a promise or precondition, or a required step that is missing (drawn where it should
    have been). The SVG and the vertical timeline for narrow screens both show these."""

    kind: str  # step | start | as_of | deadline | missing
    day: str  # ISO day it is drawn at (the first day of a step's period)
    last: str  # ISO last day (a period's end; = day otherwise)
    when: str  # short date for the label: "18 jan 2023"
    label: str  # short title for the label (the full one is `title`)
    title: str
    lane: str
    severity: str | None  # the worst finding on it
    anchor: str | None  # the id of its row in the page
    overdue: bool = False  # a deadline passed and not met
    # What is wrong with it, in words: a phone shows no tooltip on a coloured dot.
    notes: tuple[tuple[str, str], ...] = ()  # (severity, message)


@dataclass
class SvgMark:
    x: float
    width: float  # 0 for a day
    lane: int
    y: float  # of the mark
    label_y: float  # of its label (labels in a lane are stacked so they never overlap)
    label: str  # "18 jan 2023 · Start Sociaal Team…"
    title: str  # the full text, as a tooltip
    kind: str  # the event's kind
    severity: str | None
    anchor: str = "start"  # the label runs right of the mark ("start") or left of it ("end")


@dataclass
class SvgView:
    width: int
    height: int
    lanes: list[tuple[int, str]]  # (y of the lane's label, label)
    bands: list[tuple[int, int]]  # (top, height) of each lane, for its background
    ticks: list[tuple[float, str]]  # (x, label)
    marks: list[SvgMark]
    lines: list[tuple[float, str, str]]  # (x, kind, label): the start and the peildatum
    # The date lines as drawn: (x, kind, top, bottom) pieces, broken where a label sits, so
    # that no label is crossed by a line whatever its length.
    line_pieces: list[tuple[float, str, float, float]]
    legend: list[tuple[str, str]]  # (css class, label)


@dataclass
class TimelineContext:
    """What `timeline.md`, `timeline.html` and the report's sections are rendered from."""

    format: str
    lang: str
    as_of: str
    labels: dict[str, str]
    dossier: dict[str, Any]  # the dossier block in file form (id, title, municipality, ...)
    start: DateView | None
    counts: dict[str, int]  # findings per severity
    count_texts: dict[str, str]  # the same as read: "1 fout", "2 waarschuwingen"
    open_items: int  # pending and needs-data findings: what must still happen or be found out
    findings: list[FindingView]  # all, sorted by severity, rule, subject
    general_findings: list[FindingView]  # those about the dossier as a whole
    steps: list[StepView]  # in date order
    preconditions: list[ItemView]
    promises: list[ItemView]
    gantt: list[GanttRow]
    svg: SvgView
    events: list[Event]  # the vertical timeline for narrow screens
    sources: list[dict[str, Any]] = field(default_factory=list)
    anchors: dict[str, str] = field(default_factory=dict)  # item id -> its row's id in the page

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("labels", "gantt", "svg", "events", "anchors", "count_texts"):
            data.pop(key)
        return data


def _drawn(view: DateView) -> tuple[str, str]:
    """Where a date is drawn: its interval, or for an open date ("vóór 31 mei 2007") the one
    day it is known by."""
    if view.precision != "open":
        return view.first, view.last
    day = view.last if view.first == date(MIN_YEAR, 1, 1).isoformat() else view.first
    return day, day


def date_view(value: FuzzyDate, lang: str) -> DateView:
    return DateView(
        iso=value.iso(),
        short=value.display("short", lang),
        long=value.display("long", lang),
        precision=value.precision,
        first=value.first.isoformat(),
        last=value.last.isoformat(),
    )


def finding_view(finding: Finding, lang: str) -> FindingView:
    return FindingView(
        rule=finding.rule,
        kind=finding.kind,
        kind_label=labels(lang)["finding_kind"][finding.kind],
        severity=finding.severity,
        subject=finding.subject,
        message=finding.message,
        source=finding.source,
        evidence=list(finding.evidence),
    )


def timeline_context(
    result: Result, as_of: date, lang: str = "nl", *, as_of_chosen: bool = True
) -> TimelineContext:
    """The timeline of one checked dossier. A peildatum nobody chose (today) more than a year
    after the trail's last date is not drawn: a case of 2014 is not stretched to today."""
    dossier = result.dossier
    findings = [finding_view(f, lang) for f in result.findings]
    by_subject: dict[str, list[FindingView]] = {}
    for f in findings:
        if f.subject is not None:
            by_subject.setdefault(f.subject, []).append(f)
    step_ids = {s.id for s in dossier.steps}
    item_ids = step_ids | {p.id for p in dossier.preconditions} | {p.id for p in dossier.promises}
    start = dossier.dossier.start
    steps = [_step_view(s, lang, start, by_subject.get(s.id, [])) for s in ordered_steps(dossier)]
    counts = summary(result.findings)
    data = dossier.to_data()["dossier"]
    # Row ids unique in a report of many dossiers: step ids are unique only within one.
    anchors = {item: f"{dossier.dossier.id}--{item}" for item in sorted(item_ids)}
    events = _events(result, steps, start, as_of, lang, anchors, by_subject)
    if not as_of_chosen:
        rest = [e.last for e in events if e.kind != "as_of"]
        if rest and as_of - date.fromisoformat(max(rest)) > timedelta(days=365):
            events = [e for e in events if e.kind != "as_of"]
    return TimelineContext(
        format=TIMELINE_FORMAT,
        lang=lang,
        as_of=as_of.isoformat(),
        labels=labels(lang),
        dossier=data,
        start=date_view(start, lang) if start else None,
        counts=counts,
        count_texts=count_texts(counts, lang),
        open_items=sum(1 for f in findings if f.kind in ("pending", "needs-data")),
        findings=findings,
        general_findings=[f for f in findings if f.subject not in item_ids],
        steps=steps,
        preconditions=_preconditions(dossier, lang, by_subject),
        promises=_promises(dossier, lang, by_subject),
        gantt=_gantt(events, lang),
        svg=_svg(events, lang),
        events=events,
        sources=data.get("sources", []),
        anchors=anchors,
    )


def _step_view(
    step: StepBase, lang: str, start: FuzzyDate | None, findings: list[FindingView]
) -> StepView:
    return StepView(
        id=step.id,
        kind=step.kind,
        kind_label=labels(lang)["kinds"][step.kind],
        lane=lane_of(step),
        date=date_view(step.date, lang),
        time=step.time,
        title=step.title,
        body=step.body,
        source=step.source,
        source_is_url=bool(step.source and is_url(step.source)),
        details=step_details(step, lang),
        after_start=start is not None and step.date.first >= start.first,
        findings=findings,
        quote=list(step.quote),
        review=list(step.review),
    )


def _preconditions(
    dossier: Dossier, lang: str, by_subject: dict[str, list[FindingView]]
) -> list[ItemView]:
    views = []
    for pre in dossier.preconditions:
        detail = ""
        if pre.met_on:
            detail = pre.met_on.display("long", lang)
        elif pre.dropped_by:
            detail = pre.dropped_by
        views.append(
            ItemView(
                pre.id,
                pre.text,
                pre.status,
                due_label(pre, lang),
                detail,
                pre.critical,
                by_subject.get(pre.id, []),
                list(pre.quote),
                list(pre.review),
            )
        )
    return views


def _promises(
    dossier: Dossier, lang: str, by_subject: dict[str, list[FindingView]]
) -> list[ItemView]:
    views = []
    for promise in dossier.promises:
        detail = promise.fulfilled_by or ""
        if promise.postponed_to:
            detail = promise.postponed_to.display("long", lang)
        due = due_label(promise, lang)
        views.append(
            ItemView(
                promise.id,
                promise.text,
                promise.status,
                due,
                detail,
                False,
                by_subject.get(promise.id, []),
                list(promise.quote),
                list(promise.review),
            )
        )
    return views


MERMAID_REPLACEMENTS = (
    (":", " -"),
    ("#", "nr."),
    (";", ","),
    ("`", "'"),
    ("<", "‹"),
    (">", "›"),
    ('"', "'"),
    ("%", " pct"),
    ("{", "("),
    ("}", ")"),
)


# Words mermaid's gantt grammar reads as a statement at the start of a line, whatever their
# case ("title X" would retitle the chart and drop the task, "click" break the whole chart).
MERMAID_KEYWORDS = re.compile(
    r"(?i)(?:gantt|title|dateformat|axisformat|tickinterval|includes|excludes|todaymarker|"
    r"inclusiveenddates|topaxis|weekday|weekend|section|click|acctitle|accdescr|%%)"
)


def mermaid_text(text: str) -> str:
    """A label mermaid's gantt syntax cannot misread: no colon, hash, semicolon, newline,
    backtick or markup, and never a statement keyword at its start; short."""
    cleaned = " ".join(visible(text).split())
    for char, replacement in MERMAID_REPLACEMENTS:
        cleaned = cleaned.replace(char, replacement)
    # Short, so that labels do not run off the chart at GitHub's width; the full title is in
    # the table of steps below the chart.
    cleaned = cleaned[:40].rstrip() + ("…" if len(cleaned) > 40 else "")
    if MERMAID_KEYWORDS.match(cleaned):
        cleaned = "– " + cleaned  # a dash first: then it is a task's text, as it should be
    return cleaned or "–"


def _gantt(events: list[Event], lang: str) -> list[GanttRow]:
    """The mermaid gantt chart from the same events as the SVG: steps in the lane of who acts,
    deadlines in their own section, missing required steps where they should have been, the
    start and the peildatum as milestones. Errors are `crit`, warnings `active`."""
    L = labels(lang)
    lanes = L["lanes"]
    order = [*LANE_ORDER, "termijnen", ""]
    rows = []
    for i, e in enumerate(events):
        tag = {"error": "crit", "warning": "active"}.get(e.severity or "", "")
        if e.overdue or e.kind == "missing":
            tag = "crit"
        label = e.label if e.kind in ("start", "as_of") else f"{e.when} {e.label}"
        rows.append(
            GanttRow(
                section=lanes.get(e.lane, L["timeline"]),
                label=mermaid_text(label),
                ident=f"s{i}",
                start=e.day,
                end=e.last if e.last != e.day else None,
                crit=tag == "crit",
                tag=tag,
            )
        )
    by_lane = sorted(zip(events, rows, strict=True), key=lambda p: order.index(p[0].lane))
    return [row for _, row in by_lane]


def _short(text: str, limit: int = 44) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_WORST: dict[str, int] = {severity: n for n, severity in enumerate(vocab.SEVERITIES)}


def _notes(findings: Sequence[FindingView]) -> tuple[tuple[str, str], ...]:
    return tuple((f.severity, f.message) for f in findings)


def _worst(findings: Sequence[FindingView]) -> str | None:
    return min((f.severity for f in findings), key=_WORST.__getitem__, default=None)


def _events(
    result: Result,
    steps: list[StepView],
    start: FuzzyDate | None,
    as_of: date,
    lang: str,
    anchors: dict[str, str],
    by_subject: dict[str, list[FindingView]],
) -> list[Event]:
    """What the timeline shows, by date: the steps, the start and the peildatum, the deadline
    of every promise and precondition, and every missing required step at its deadline."""
    L = labels(lang)
    events = [
        Event(
            "step",
            *_drawn(s.date),
            s.date.short,
            _short(s.title),
            s.title,
            s.lane,
            _worst(s.findings),
            anchors.get(s.id),
            notes=_notes(s.findings),
        )
        for s in steps
    ]
    if start is not None:
        day = start.first.isoformat()
        events.append(
            Event(
                "start",
                day,
                day,
                start.display("short", lang),
                L["start"],
                L["start"],
                "",
                None,
                None,
            )
        )
    peil = as_of.isoformat()
    as_of_text = FuzzyDate.of(as_of).display("short", lang)
    events.append(Event("as_of", peil, peil, as_of_text, L["as_of"], L["as_of"], "", None, None))
    step_days = {s.id: s.date.first for s in steps}
    dossier = result.dossier
    missing = {f.subject: f for f in result.findings if f.rule == "stap-ontbreekt" and f.subject}
    items: list[Precondition | Promise] = [*dossier.preconditions, *dossier.promises]
    for item in items:
        due = _due_day(item, start, step_days)
        if due is None:
            continue
        done = item.status in ("vervuld", "nagekomen", "vervallen")
        worst = _worst(by_subject.get(item.id, []))
        events.append(
            Event(
                "deadline",
                due,
                due,
                _day_text(due, lang),
                _short(item.text),
                f"{L['deadline_' + type(item).__name__.lower()]}: {item.text}",
                "termijnen",
                worst,
                anchors.get(item.id),
                overdue=not done and due < peil,
                notes=_notes(by_subject.get(item.id, [])),
            )
        )
    for entry in result.profile.required_steps:
        finding = missing.get(entry.id)
        if finding is None or finding.evidence:
            continue  # present (or late: then the step itself is drawn)
        by = start if entry.by == "start" else entry.by
        if not isinstance(by, FuzzyDate):
            continue
        day = by.first.isoformat() if entry.by == "start" else by.last.isoformat()
        label = entry.label or entry.id
        events.append(
            Event(
                "missing",
                day,
                day,
                _day_text(day, lang),
                _short(f"{L['missing']}: {label}"),
                f"{L['missing']}: {label}",
                LANES.get(entry.kind, "overig") if entry.kind else "overig",
                finding.severity,
                None,
            )
        )
    order = {"start": 0, "step": 1, "missing": 2, "deadline": 3, "as_of": 4}
    return sorted(events, key=lambda e: (e.day, order[e.kind]))


def _day_text(day: str, lang: str) -> str:
    return FuzzyDate.of(date.fromisoformat(day)).display("short", lang)


def _due_day(
    item: Precondition | Promise, start: FuzzyDate | None, step_days: dict[str, str]
) -> str | None:
    """The day a promise or precondition is due, when it can be drawn."""
    if item.due_before is not None:
        return step_days.get(item.due_before)
    due = item.due
    if due is None and isinstance(item, Promise):
        return None
    if due is None or due == "start":
        return start.first.isoformat() if start is not None else None
    return due.last.isoformat()


# Geometry of the SVG timeline. A label is ~6.2 px a character at 11 px.
_WIDTH, _LEFT, _RIGHT, _TOP, _ROW, _CHAR = 960, 150, 20, 36, 15, 6.2


def _svg(events: list[Event], lang: str) -> SvgView:
    """A horizontal timeline: one lane per actor (and one for deadlines), a tick per month or
    year, every mark labelled with its short date and title, labels in a lane stacked in rows
    so that they never overlap; the start and the peildatum as vertical lines."""
    L = labels(lang)
    placed = [e for e in events if e.lane]
    used = [lane for lane in (*LANE_ORDER, "termijnen") if any(e.lane == lane for e in placed)]
    used = used or ["overig"]
    days = [date.fromisoformat(d) for e in events for d in (e.day, e.last)]
    lo = min(days).replace(day=1)
    hi = (max(days).replace(day=1) + timedelta(days=32)).replace(day=1)  # to the next month
    span = max((hi - lo).days, 1)

    def x(day: str | date) -> float:
        when = date.fromisoformat(day) if isinstance(day, str) else day
        return round(_LEFT + (_WIDTH - _LEFT - _RIGHT) * (when - lo).days / span, 1)

    # Stack the labels of each lane: a label goes in the first row where it does not touch
    # the previous one. It runs right of its mark; leftwards when that would cross the right
    # edge or a date line (start, peildatum), and is cut short when both ways would.
    rows_of: dict[int, int] = {}
    texts: dict[int, str] = {}
    anchors: dict[int, str] = {}
    lane_rows: dict[str, list[float]] = {lane: [] for lane in used}
    lines_x = [x(e.day) for e in events if not e.lane]

    def crosses(left: float, right: float) -> bool:
        return any(left < line < right for line in lines_x)

    for n, e in enumerate(placed):
        text = f"{e.when} · {e.label}"
        at = x(e.day)
        width = len(text) * _CHAR + 8
        left, right, anchor = at, at + width, "start"
        if right > _WIDTH - _RIGHT or crosses(left, right):
            if at - width >= _LEFT and not crosses(at - width, at):
                left, right, anchor = at - width, at, "end"
            else:  # room up to the nearest line or edge on the right, the text cut to fit
                stop = min([line for line in lines_x if line > at] + [_WIDTH - _RIGHT])
                keep = max(int((stop - at - 8) / _CHAR), 28)  # else the halo keeps it legible
                text = _short(text, keep)
                left, right = at, at + len(text) * _CHAR + 8
        texts[n], anchors[n] = text, anchor
        ends = lane_rows[e.lane]
        row = next((r for r, end in enumerate(ends) if end < left), len(ends))
        if row == len(ends):
            ends.append(right)
        else:
            ends[row] = right
        rows_of[n] = row
    tops, bands, y = {}, [], _TOP
    for lane in used:
        tops[lane] = y
        band = 22 + _ROW * max(len(lane_rows[lane]), 1)
        bands.append((y, band))
        y += band
    height = y + 10
    lanes_labels = L["lanes"]
    marks = []
    for n, e in enumerate(placed):
        top = tops[e.lane]
        ranged = e.last != e.day
        marks.append(
            SvgMark(
                x=x(e.day),
                width=round(x(e.last) - x(e.day), 1) if ranged else 0,
                lane=used.index(e.lane),
                y=top + 10,
                label_y=top + 30 + _ROW * rows_of[n],
                label=texts[n],
                anchor=anchors[n],
                title=f"{e.when}: {e.title}",
                kind=e.kind + (" overdue" if e.overdue else ""),
                severity=e.severity,
            )
        )
    ticks, month = [], lo
    per_month = (_WIDTH - _LEFT - _RIGHT) * 30.4 / span
    step_months = max(1, math.ceil(62 / per_month))  # a tick label ("mrt 2021") needs 62 px
    while month <= hi:
        if x(month) <= _WIDTH - _RIGHT - 40:  # a tick label needs room before the right edge
            ticks.append((x(month), FuzzyDate(month.year, month.month).display("short", lang)))
        for _ in range(step_months):
            month = (month + timedelta(days=32)).replace(day=1)
    lines = [(x(e.day), e.kind, f"{e.label} {e.when}") for e in events if not e.lane]
    pieces = [
        piece
        for at, kind, _ in lines
        for piece in _broken(at, kind, float(height), [_label_box(m) for m in marks])
    ]
    legend = [
        ("mark", L["legend_step"]),
        ("mark error", L["legend_error"]),
        ("mark warning", L["legend_warning"]),
        ("mark info", L["legend_info"]),
        ("deadline", L["legend_deadline"]),
        ("deadline overdue", L["legend_overdue"]),
        ("missing", L["legend_missing"]),
        ("start", L["start"]),
        ("as_of", L["as_of"]),
    ]
    return SvgView(
        width=_WIDTH,
        height=height,
        lanes=[(tops[lane] + 14, lanes_labels[lane]) for lane in used],
        bands=bands,
        ticks=ticks,
        marks=marks,
        lines=lines,
        line_pieces=pieces,
        legend=legend,
    )


def _label_box(mark: SvgMark) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) of a mark's label as placed."""
    width = len(mark.label) * _CHAR + 8
    left = mark.x - width if mark.anchor == "end" else mark.x
    return left, left + width, mark.label_y - 12, mark.label_y + 4


def _broken(
    at: float, kind: str, bottom: float, boxes: list[tuple[float, float, float, float]]
) -> list[tuple[float, str, float, float]]:
    """A vertical line from the axis down, left out where it would run through a label."""
    gaps = sorted((top, low) for left, right, top, low in boxes if left < at < right)
    pieces, y = [], 18.0
    for top, low in gaps:
        if top > y:
            pieces.append((at, kind, y, top))
        y = max(y, low)
    if y < bottom:
        pieces.append((at, kind, y, bottom))
    return pieces


def report_rows(contexts: Sequence[TimelineContext]) -> list[dict[str, Any]]:
    """The overview table: one row per dossier, a column per severity and one each for the
    promises and preconditions still open. `open_items` (pending and needs-data findings) stays
    in the JSON for scripts that read it."""
    return [
        {
            "id": c.dossier["id"],
            "title": c.dossier["title"],
            "municipality": c.dossier["municipality"],
            "profile": c.dossier["profile"],
            "start": c.start.long if c.start else "",
            "errors": c.counts["error"],
            "warnings": c.counts["warning"],
            "info": c.counts["info"],
            "open_promises": sum(1 for p in c.promises if p.status == "open"),
            "open_preconditions": sum(1 for p in c.preconditions if p.status == "open"),
            "open_items": c.open_items,
        }
        for c in contexts
    ]


def source_date() -> datetime | None:
    """SOURCE_DATE_EPOCH when it is set: outputs that say when they were made say this
    instead, so they are reproducible (as for builds)."""
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    return datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else None


def made_by(lang: str) -> str:
    """ "Gemaakt met besluitspoor 0.1.0 op 1 december 2026": the day of `source_date`, else
    today."""
    from besluitspoor import __version__

    stamp = source_date()
    day = stamp.date() if stamp is not None else date.today()
    L = labels(lang)
    when = FuzzyDate.of(day).display("long", lang)
    return f"{L['generated']} {__version__} {L['on']} {when}"
