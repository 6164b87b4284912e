"""The typed context the timeline and report templates receive.

Everything a template shows is computed here, in Python, and documented field by field:
templates only lay it out. Dates come in every form a template needs (ISO, "jan 2022",
"18 januari 2023"); findings are attached to the step, precondition or promise they concern;
the mermaid gantt chart and the SVG timeline get their geometry ready-made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from besluitspoor.check import Result, summary
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.model import Dossier, StepBase
from besluitspoor.references import is_url
from besluitspoor.render.trail_text import due_label, step_details
from besluitspoor.rules.engine import Finding
from besluitspoor.trail import ordered_steps

TIMELINE_FORMAT = "besluitspoor-timeline/1"
REPORT_FORMAT = "besluitspoor-report/1"

KIND_LABELS = {
    "nl": {
        "raadsinformatiebrief": "raadsinformatiebrief",
        "collegebesluit": "collegebesluit",
        "raadsvoorstel": "raadsvoorstel",
        "raadsvergadering": "raadsvergadering",
        "raadsbesluit": "raadsbesluit",
        "commissievergadering": "commissievergadering",
        "motie": "motie",
        "amendement": "amendement",
        "advies": "advies",
        "inspraak": "inspraak",
        "communicatie": "communicatie",
        "bekendmaking": "bekendmaking",
        "vragen": "vragen",
        "brief": "brief",
        "pc-document": "planning-en-controldocument",
        "overig": "overig",
    },
    "en": {
        "raadsinformatiebrief": "council information letter",
        "collegebesluit": "college decision",
        "raadsvoorstel": "council proposal",
        "raadsvergadering": "council meeting",
        "raadsbesluit": "council decision",
        "commissievergadering": "committee meeting",
        "motie": "motion",
        "amendement": "amendment",
        "advies": "advice",
        "inspraak": "participation",
        "communicatie": "communication to residents",
        "bekendmaking": "publication",
        "vragen": "written questions",
        "brief": "letter",
        "pc-document": "planning and control document",
        "overig": "other",
    },
}

# Which lane of the gantt chart and SVG a kind of step is drawn in.
LANES = {
    "collegebesluit": "college",
    "raadsinformatiebrief": "college",
    "pc-document": "college",
    "brief": "overig",
    "raadsvoorstel": "raad",
    "raadsvergadering": "raad",
    "raadsbesluit": "raad",
    "motie": "raad",
    "amendement": "raad",
    "vragen": "raad",
    "commissievergadering": "commissie",
    "advies": "advies",
    "inspraak": "advies",
    "communicatie": "inwoners",
    "bekendmaking": "inwoners",
    "overig": "overig",
}
LANE_ORDER = ("college", "raad", "commissie", "advies", "inwoners", "overig")
LANE_LABELS = {
    "nl": {
        "college": "College",
        "raad": "Raad",
        "commissie": "Commissies",
        "advies": "Advies en inspraak",
        "inwoners": "Inwoners",
        "overig": "Overig",
    },
    "en": {
        "college": "College",
        "raad": "Council",
        "commissie": "Committees",
        "advies": "Advice and participation",
        "inwoners": "Residents",
        "overig": "Other",
    },
}


@dataclass
class DateView:
    """A fuzzy date in every form a template needs."""

    iso: str  # 2022-06 (the precision given)
    short: str  # jun 2022
    long: str  # juni 2022 / 18 januari 2023
    precision: str  # year | month | day
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


@dataclass
class GanttRow:
    section: str
    label: str  # already safe for mermaid
    ident: str
    start: str  # ISO day
    end: str | None  # ISO day for a month or year; None for a milestone (a day)
    crit: bool


@dataclass
class SvgMark:
    x: float
    width: float  # 0 for a day
    lane: int
    label: str
    kind: str
    severity: str | None  # the worst finding on the step, for its colour


@dataclass
class SvgView:
    width: int
    height: int
    lanes: list[tuple[int, str]]  # (y, label)
    ticks: list[tuple[float, str]]  # (x, label)
    marks: list[SvgMark]
    start_x: float | None


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
    open_items: int  # pending and needs-data findings: what must still happen or be found out
    findings: list[FindingView]  # all, sorted by severity, rule, subject
    general_findings: list[FindingView]  # those about the dossier as a whole
    steps: list[StepView]  # in date order
    preconditions: list[ItemView]
    promises: list[ItemView]
    gantt: list[GanttRow]
    svg: SvgView
    sources: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("labels", "gantt", "svg"):
            data.pop(key)
        return data


LABELS = {
    "nl": {
        "timeline": "Tijdlijn",
        "findings": "Bevindingen",
        "steps": "Stappen",
        "preconditions": "Randvoorwaarden",
        "promises": "Toezeggingen",
        "date": "Datum",
        "kind": "Soort",
        "title": "Titel",
        "source": "Bron",
        "status": "Status",
        "due": "Uiterlijk",
        "text": "Tekst",
        "start": "Ingangsdatum",
        "as_of": "Peildatum",
        "municipality": "Gemeente",
        "profile": "Profiel",
        "error": "fouten",
        "warning": "waarschuwingen",
        "info": "info",
        "none": "Geen bevindingen.",
        "evidence": "bewijs",
        "dossier": "Dossier",
        "open_items": "open punten",
        "overview": "Overzicht",
        "report": "Auditrapport",
        "sources": "Bronnen",
        "generated": "Gemaakt met besluitspoor",
        "facts": "Feiten",
        "goals": "Doelen",
        "costs": "Kosten",
        "evaluation": "Evaluatie",
        "nothing": "niets vastgelegd",
    },
    "en": {
        "timeline": "Timeline",
        "findings": "Findings",
        "steps": "Steps",
        "preconditions": "Preconditions",
        "promises": "Promises",
        "date": "Date",
        "kind": "Kind",
        "title": "Title",
        "source": "Source",
        "status": "Status",
        "due": "Due",
        "text": "Text",
        "start": "Start",
        "as_of": "As of",
        "municipality": "Municipality",
        "profile": "Profile",
        "error": "errors",
        "warning": "warnings",
        "info": "info",
        "none": "No findings.",
        "evidence": "evidence",
        "dossier": "Dossier",
        "open_items": "open items",
        "overview": "Overview",
        "report": "Audit report",
        "sources": "Sources",
        "generated": "Made with besluitspoor",
        "facts": "Facts",
        "goals": "Goals",
        "costs": "Costs",
        "evaluation": "Evaluation",
        "nothing": "nothing recorded",
    },
}


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
    from besluitspoor.render.findings import words

    return FindingView(
        rule=finding.rule,
        kind=finding.kind,
        kind_label=words(lang)["kind"][finding.kind],
        severity=finding.severity,
        subject=finding.subject,
        message=finding.message,
        source=finding.source,
        evidence=list(finding.evidence),
    )


def timeline_context(result: Result, as_of: date, lang: str = "nl") -> TimelineContext:
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
    return TimelineContext(
        format=TIMELINE_FORMAT,
        lang=lang,
        as_of=as_of.isoformat(),
        labels=LABELS.get(lang, LABELS["nl"]),
        dossier=data,
        start=date_view(start, lang) if start else None,
        counts=counts,
        open_items=sum(1 for f in findings if f.kind in ("pending", "needs-data")),
        findings=findings,
        general_findings=[f for f in findings if f.subject not in item_ids],
        steps=steps,
        preconditions=_preconditions(dossier, lang, by_subject),
        promises=_promises(dossier, lang, by_subject),
        gantt=_gantt(steps, start, lang),
        svg=_svg(dossier, steps, start, lang),
        sources=data.get("sources", []),
    )


def _step_view(
    step: StepBase, lang: str, start: FuzzyDate | None, findings: list[FindingView]
) -> StepView:
    return StepView(
        id=step.id,
        kind=step.kind,
        kind_label=KIND_LABELS.get(lang, KIND_LABELS["nl"])[step.kind],
        lane=LANES[step.kind],
        date=date_view(step.date, lang),
        time=step.time,
        title=step.title,
        body=step.body,
        source=step.source,
        source_is_url=bool(step.source and is_url(step.source)),
        details=step_details(step, lang),
        after_start=start is not None and step.date.first >= start.first,
        findings=findings,
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


def mermaid_text(text: str) -> str:
    """A label mermaid's gantt syntax cannot misread: no colon, hash, semicolon, newline,
    backtick or markup; short."""
    cleaned = " ".join(text.split())
    for char, replacement in MERMAID_REPLACEMENTS:
        cleaned = cleaned.replace(char, replacement)
    return cleaned[:60] + ("…" if len(cleaned) > 60 else "")


def _gantt(steps: list[StepView], start: FuzzyDate | None, lang: str) -> list[GanttRow]:
    lanes = LANE_LABELS.get(lang, LANE_LABELS["nl"])
    rows = []
    for i, step in enumerate(steps):
        crit = any(f.severity == "error" for f in step.findings)
        ranged = step.date.precision != "day"
        rows.append(
            GanttRow(
                section=lanes[step.lane],
                label=mermaid_text(step.title),
                ident=f"s{i}",
                start=step.date.first,
                end=step.date.last if ranged else None,
                crit=crit,
            )
        )
    rows.sort(key=lambda r: (list(lanes.values()).index(r.section), r.start))
    if start is not None:
        label = LABELS.get(lang, LABELS["nl"])["start"]
        rows.append(GanttRow(label, label, "start", start.first.isoformat(), None, True))
    return rows


def _svg(dossier: Dossier, steps: list[StepView], start: FuzzyDate | None, lang: str) -> SvgView:
    """A horizontal timeline: one lane per kind of actor, a tick per month or year."""
    width, left, right, lane_h, top = 960, 150, 20, 44, 36
    used = [lane for lane in LANE_ORDER if any(s.lane == lane for s in steps)] or ["overig"]
    days = [date.fromisoformat(s.date.first) for s in steps] + [
        date.fromisoformat(s.date.last) for s in steps
    ]
    if start is not None:
        days += [start.first]
    lo = min(days, default=date(2020, 1, 1)).replace(day=1)
    hi = max(days, default=lo + timedelta(days=365))
    hi = (hi.replace(day=1) + timedelta(days=32)).replace(day=1)  # to the next month
    span = max((hi - lo).days, 1)

    def x(day: date) -> float:
        return round(left + (width - left - right) * (day - lo).days / span, 1)

    lanes_labels = LANE_LABELS.get(lang, LANE_LABELS["nl"])
    ticks, month = [], lo
    step_months = max(1, round(span / 30 / 12))  # about twelve ticks
    while month <= hi:
        label = FuzzyDate(month.year, month.month).display("short", lang)
        if x(month) <= width - right - 40:  # a label needs room before the right edge
            ticks.append((x(month), label))
        for _ in range(step_months):
            month = (month + timedelta(days=32)).replace(day=1)
    order = {"error": 0, "warning": 1, "info": 2}
    marks = []
    for s in steps:
        first, last = date.fromisoformat(s.date.first), date.fromisoformat(s.date.last)
        worst = min((f.severity for f in s.findings), key=order.__getitem__, default=None)
        marks.append(
            SvgMark(
                x=x(first),
                width=0 if s.date.precision == "day" else round(x(last) - x(first), 1),
                lane=used.index(s.lane),
                label=s.title,
                kind=s.kind,
                severity=worst,
            )
        )
    return SvgView(
        width=width,
        height=top + lane_h * len(used) + 10,
        lanes=[(top + lane_h * i + lane_h // 2, lanes_labels[lane]) for i, lane in enumerate(used)],
        ticks=ticks,
        marks=marks,
        start_x=x(start.first) if start else None,
    )


def report_rows(contexts: Sequence[TimelineContext]) -> list[dict[str, Any]]:
    """The overview table: one row per dossier."""
    return [
        {
            "id": c.dossier["id"],
            "title": c.dossier["title"],
            "municipality": c.dossier["municipality"],
            "profile": c.dossier["profile"],
            "start": c.start.long if c.start else "",
            "errors": c.counts["error"],
            "warnings": c.counts["warning"],
            "open_items": c.open_items,
        }
        for c in contexts
    ]
