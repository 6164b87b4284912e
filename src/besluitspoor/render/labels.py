"""What every output calls things: one table of labels per language and one of severities.

The terminal views, markdown, HTML, the gantt chart and the SVG all read their words here, so a
label is changed once and a Dutch page never shows an English word. Domain words (step kinds,
statuses, rule ids) stay as the dossier files write them; `kinds` gives their long names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Severity:
    icon: str  # the same mark in the terminal, markdown and HTML
    style: str  # rich style in the terminal
    colour: str  # CSS colour on HTML pages
    words: dict[str, tuple[str, str]]  # lang -> (one, many)


SEVERITY = {
    "error": Severity(
        "✖", "bold red", "#b3261e", {"nl": ("fout", "fouten"), "en": ("error", "errors")}
    ),
    "warning": Severity(
        "▲",
        "yellow",
        "#a15c00",
        {"nl": ("waarschuwing", "waarschuwingen"), "en": ("warning", "warnings")},
    ),
    "info": Severity("●", "cyan", "#1f5f99", {"nl": ("info", "info"), "en": ("info", "info")}),
}
ICON = {name: s.icon for name, s in SEVERITY.items()}
STYLE = {name: s.style for name, s in SEVERITY.items()}


def severity_word(severity: str, n: int, lang: str) -> str:
    one, many = SEVERITY[severity].words.get(lang, SEVERITY[severity].words["nl"])
    return one if n == 1 else many


LABELS: dict[str, dict[str, Any]] = {
    "nl": {
        # headings and table columns
        "timeline": "Tijdlijn",
        "findings": "Bevindingen",
        "all_findings": "Alle bevindingen",
        "whole_dossier": "Over het dossier als geheel",
        "steps": "Stappen",
        "preconditions": "Randvoorwaarden",
        "promises": "Toezeggingen",
        "overview": "Overzicht",
        "report": "Auditrapport",
        "sources": "Bronnen",
        "deadlines": "Termijnen",
        "legend": "Legenda",
        "agenda": "Agenda",
        "overdue": "verstreken",
        "nothing_due": "Niets valt in deze periode toe.",
        "what": "Wat",
        "who": "Wie",
        "changes": "Wat is veranderd",
        "no_changes": "Niets veranderd.",
        "change_new": "nieuw",
        "change_gone": "verdwenen",
        "change_changed": "gewijzigd",
        "was": "was",
        "date": "Datum",
        "kind": "Soort",
        "id": "Id",
        "title": "Titel",
        "details": "Bijzonderheden",
        "source": "Bron",
        "status": "Status",
        "due": "Uiterlijk",
        "text": "Tekst",
        "start": "Ingangsdatum",
        "as_of": "Peildatum",
        "municipality": "Gemeente",
        "profile": "Profiel",
        "domain": "Domein",
        "dossier": "Dossier",
        "dossiers": "dossiers",
        "facts": "Feiten",
        "goals": "Doelen",
        "costs": "Kosten",
        "evaluation": "Evaluatie",
        "referred_by": "Genoemd in",
        "rule": "regel",
        "subject": "onderwerp",
        "finding": "bevinding",
        "evidence": "bewijs",
        "review": "nakijken",
        # sentences and markers
        "none": "Geen bevindingen.",
        "none_lower": "geen bevindingen",
        "nothing": "niets vastgelegd",
        "no_steps": "Nog geen stappen vastgelegd.",
        "start_marker": "▶ ingangsdatum",
        "open_items": "open punten",
        "open_promises": "open toezeggingen",
        "open_preconditions": "open randvoorwaarden",
        "generated": "Gemaakt met besluitspoor",
        "on": "op",
        "missing": "ontbreekt",
        "deadline_precondition": "termijn randvoorwaarde",
        "deadline_promise": "termijn toezegging",
        "legend_step": "stap",
        "legend_error": "stap met een fout",
        "legend_warning": "stap met een waarschuwing",
        "legend_info": "stap met een opmerking",
        "legend_deadline": "termijn van een toezegging of randvoorwaarde",
        "legend_overdue": "termijn verstreken, niet nagekomen",
        "legend_missing": "vereiste stap die ontbreekt, waar hij had moeten staan",
        "legend_gantt": "in de grafiek: rood is een fout, een verstreken termijn of een "
        "ontbrekende stap; blauw omrand een waarschuwing",
        # what a finding is, besides a violation
        "finding_kind": {
            "violation": "",
            "pending": "nog te doen",
            "needs-data": "gegevens nodig",
            "note": "toelichting",
        },
        # who acts: the lanes of the gantt chart and the SVG
        "lanes": {
            "college": "College",
            "raad": "Raad",
            "commissie": "Commissies",
            "advies": "Advies en inspraak",
            "inwoners": "Inwoners",
            "overig": "Overig",
            "termijnen": "Termijnen",
        },
        "kinds": {
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
            "informatie": "informatie aan de raad (vorm onbekend)",
            "signaal": "signaal aan het college",
            "overig": "overig",
        },
    },
    "en": {
        "timeline": "Timeline",
        "findings": "Findings",
        "all_findings": "All findings",
        "whole_dossier": "About the dossier as a whole",
        "steps": "Steps",
        "preconditions": "Preconditions",
        "promises": "Promises",
        "overview": "Overview",
        "report": "Audit report",
        "sources": "Sources",
        "deadlines": "Deadlines",
        "legend": "Legend",
        "agenda": "Agenda",
        "overdue": "overdue",
        "nothing_due": "Nothing falls due in this period.",
        "what": "What",
        "who": "Who",
        "changes": "What changed",
        "no_changes": "Nothing changed.",
        "change_new": "new",
        "change_gone": "gone",
        "change_changed": "changed",
        "was": "was",
        "date": "Date",
        "kind": "Kind",
        "id": "Id",
        "title": "Title",
        "details": "Details",
        "source": "Source",
        "status": "Status",
        "due": "Due",
        "text": "Text",
        "start": "Start",
        "as_of": "As of",
        "municipality": "Municipality",
        "profile": "Profile",
        "domain": "Domain",
        "dossier": "Dossier",
        "dossiers": "dossiers",
        "facts": "Facts",
        "goals": "Goals",
        "costs": "Costs",
        "evaluation": "Evaluation",
        "referred_by": "Referred to by",
        "rule": "rule",
        "subject": "subject",
        "finding": "finding",
        "evidence": "evidence",
        "review": "to review",
        "none": "No findings.",
        "none_lower": "no findings",
        "nothing": "nothing recorded",
        "no_steps": "No steps recorded yet.",
        "start_marker": "▶ start",
        "open_items": "open items",
        "open_promises": "open promises",
        "open_preconditions": "open preconditions",
        "generated": "Made with besluitspoor",
        "on": "on",
        "missing": "missing",
        "deadline_precondition": "precondition due",
        "deadline_promise": "promise due",
        "legend_step": "step",
        "legend_error": "step with an error",
        "legend_warning": "step with a warning",
        "legend_info": "step with a note",
        "legend_deadline": "deadline of a promise or precondition",
        "legend_overdue": "deadline passed, not met",
        "legend_missing": "required step missing, where it should have been",
        "legend_gantt": "in the chart: red is an error, a passed deadline or a missing step; "
        "outlined blue a warning",
        "finding_kind": {
            "violation": "",
            "pending": "still to do",
            "needs-data": "needs data",
            "note": "note",
        },
        "lanes": {
            "college": "College",
            "raad": "Council",
            "commissie": "Committees",
            "advies": "Advice and participation",
            "inwoners": "Residents",
            "overig": "Other",
            "termijnen": "Deadlines",
        },
        "kinds": {
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
            "informatie": "information to the council (form unknown)",
            "signaal": "signal to the college",
            "overig": "other",
        },
    },
}

# Severity words as labels too, so a template writes L["sev_" ~ severity] and L.error.
for _lang, _table in LABELS.items():
    for _name, _severity in SEVERITY.items():
        _table[f"sev_{_name}"], _table[_name] = _severity.words[_lang]


def labels(lang: str) -> dict[str, Any]:
    return LABELS.get(lang, LABELS["nl"])


def counts_text(counts: dict[str, int], lang: str) -> str:
    """`1 fout, 2 waarschuwingen, 0 info`: the plural as the number needs."""
    return ", ".join(f"{n} {severity_word(s, n, lang)}" for s, n in count_items(counts))


def count_texts(counts: dict[str, int], lang: str) -> dict[str, str]:
    return {s: f"{n} {severity_word(s, n, lang)}" for s, n in count_items(counts)}


def count_items(counts: dict[str, int]) -> list[tuple[str, int]]:
    return [(s, counts.get(s, 0)) for s in SEVERITY]
