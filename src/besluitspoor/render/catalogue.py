"""The rules and the process profiles on the terminal: a list of each, and one explained.
The data is `besluitspoor.catalogue`'s (the same that `--json` prints)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from besluitspoor.i18n import count, t
from besluitspoor.render.entries import Cell, Entry, EntryList
from besluitspoor.render.labels import STYLE, labels, severity_word

if TYPE_CHECKING:
    from rich.console import RenderableType

    from besluitspoor.catalogue import ProfileView, RuleView
    from besluitspoor.profiles import Profile


def rule_list(rows: list[dict[str, Any]], lang: str) -> EntryList:
    from rich.markup import escape

    words = labels(lang)
    return EntryList(
        [
            Entry(
                [
                    Cell(r["id"], "bold"),
                    Cell(r["group"]),
                    Cell(words[f"sev_{r['severity']}"], STYLE[r["severity"]]),
                ],
                [escape(r["source"])],
            )
            for r in rows
        ],
        t("Regels", "Rules"),
    )


def rule_text(view: RuleView, lang: str) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    module = view.module
    severity = severity_word(module.SEVERITY, 1, lang)
    lines: list[RenderableType] = [
        Text.from_markup(
            f"[bold]{module.ID}[/bold] ({module.GROUP}, {t('standaard', 'default')} {severity})"
        ),
        Text(f"{t('bron', 'source')}: {module.SOURCE}"),
        Text(f"{t('leest', 'reads')}: {', '.join(module.READS)}"),
    ]
    for name, param in getattr(module, "PARAMS", {}).items():
        lines.append(
            Text(
                f"{t('parameter', 'parameter')} {name} = {param.default}: "
                f"{t(param.nl or param.help, param.help)}"
            )
        )
    lines += [Text(), Text(reflowed(view.doc))]
    return Group(*lines)


# Lines of a rule's explanation that stand on their own when the paragraph is reflowed.
_OWN_LINE = re.compile(
    r"^(?:Wrong|Right|Fout|Goed|Voorbeeld|Voorbeelden|Example|Examples|[-*•])\b|^[-*•]\s"
)


def reflowed(doc: str) -> str:
    """A docstring for the terminal to wrap: the lines of a paragraph joined, except those
    that start a line of their own ("Wrong:", "Right:", a bullet)."""
    paragraphs = []
    for paragraph in doc.split("\n\n"):
        lines: list[str] = []
        for line in paragraph.splitlines():
            line = line.strip()
            if lines and not _OWN_LINE.match(line):
                lines[-1] += " " + line
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def profile_list(found: dict[str, Profile], lang: str) -> EntryList:
    from rich.markup import escape

    from besluitspoor.catalogue import description

    return EntryList(
        [
            Entry(
                [
                    Cell(p.name, "bold"),
                    Cell(count(len(p.required_steps), "required step")),
                    Cell(_extends(p.chain), "dim"),
                ],
                [escape(description(p, lang))],
            )
            for p in sorted(found.values(), key=lambda p: p.name)
        ],
        t("Profielen", "Profiles"),
    )


def _extends(chain: tuple[str, ...] | list[str]) -> str:
    return f"{t('breidt uit', 'extends')} {' → '.join(chain[1:])}" if len(chain) > 1 else ""


def profile_text(view: ProfileView) -> RenderableType:
    from rich.console import Group
    from rich.markup import escape
    from rich.text import Text

    from besluitspoor.dossierfile.yamlio import dump

    p = view.profile
    lines: list[RenderableType] = [
        Text.from_markup(f"[bold]{p.name}[/bold] — {view.description}"),
        Text(f"{t('breidt uit', 'extends')}: {' → '.join(p.chain)}"),
        Text(f"{t('bestand', 'file')}: {shown_file(p.file)}", no_wrap=True, overflow="ignore"),
        Text(f"{t('parameters', 'params')}:"),
        Text(textwrap.indent(dump(view.params).rstrip(), "  ")),
        Text(
            t(
                "regels aan: {n}; uit: {o}",
                "rules on: {n}; off: {o}",
                n=len(view.rules_on),
                o=", ".join(view.rules_off) or "—",
            )
        ),
    ]
    if p.required_steps:
        entries = []
        for s in p.required_steps:
            head = [Cell(s.id, "bold"), Cell(s.kind), Cell(s.severity, STYLE[s.severity])]
            said = []
            if s.decision or s.nature:
                said.append(f"{t('besluit/aard', 'decision/nature')}: {s.decision or s.nature}")
            if s.after:
                said.append(f"{t('na', 'after')}: {', '.join(s.after)}")
            if s.by:
                said.append(f"{t('uiterlijk', 'by')}: {s.by}")
            if s.source:
                said.append(f"{t('bron', 'source')}: {s.source}")
            entries.append(Entry(head, [escape(line) for line in said]))
        lines += [Text(), EntryList(entries, t("Vereiste stappen", "Required steps"))]
    return Group(*lines)


def shown_file(file: str) -> str:
    """A profile's file as a reader wants it: built in, or relative to here when it can be."""
    from besluitspoor.paths import builtin_profiles_dir

    path = Path(file)
    if path.parent == builtin_profiles_dir():
        return t("ingebouwd ({f})", "built in ({f})", f=path.name)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
