"""What changed between two checks: findings new, gone, and changed (same duty, another
message or severity), matched by fingerprint (dossier, rule, subject)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from besluitspoor.baseline import fingerprint, read_json
from besluitspoor.i18n import t
from besluitspoor.problems import InputError
from besluitspoor.rules.engine import Finding


@dataclass
class Changes:
    before: date
    after: date
    new: list[Finding] = field(default_factory=list)
    gone: list[Finding] = field(default_factory=list)
    changed: list[tuple[Finding, Finding]] = field(default_factory=list)  # (before, after)

    @property
    def empty(self) -> bool:
        return not (self.new or self.gone or self.changed)


def compare(before: list[Finding], after: list[Finding], day0: date, day1: date) -> Changes:
    earlier: dict[str, list[Finding]] = defaultdict(list)
    for f in before:
        earlier[fingerprint(f)].append(f)
    result = Changes(day0, day1)
    for f in after:
        matches = earlier.get(fingerprint(f))
        if not matches:
            result.new.append(f)
            continue
        old = matches.pop(0)
        if (old.message, old.severity, old.kind) != (f.message, f.severity, f.kind):
            result.changed.append((old, f))
    result.gone = [f for group in earlier.values() for f in group]
    for part in (result.new, result.gone):
        part.sort(key=Finding.sort_key)
    result.changed.sort(key=lambda pair: pair[1].sort_key())
    return result


def from_check_json(path: Path, dossiers: list[str] | None) -> tuple[list[Finding], date]:
    """The findings of an earlier `check --format json` (only the dossiers asked for);
    InputError naming the file and what in it is not as `check` writes it."""
    from besluitspoor.rules.engine import KINDS, SEVERITIES

    data = read_json(path, "--since")

    def refused(what: str) -> InputError:
        return InputError(
            t(
                "--since {p}: geen uitvoer van besluitspoor check --format json ({w})",
                "--since {p}: not the output of besluitspoor check --format json ({w})",
                p=path,
                w=what,
            )
        )

    if not isinstance(data, dict) or data.get("format") != "besluitspoor-check/1":
        raise refused("format")
    try:
        day = date.fromisoformat(str(data.get("as_of")))
    except ValueError:
        raise refused("as_of") from None
    listed = data.get("dossiers", [])
    if not isinstance(listed, list):
        raise refused("dossiers")
    wanted = set(dossiers) if dossiers else None
    found = []
    for n, dossier in enumerate(listed):
        if not isinstance(dossier, dict) or not isinstance(dossier.get("findings", []), list):
            raise refused(f"dossiers[{n}]")
        if wanted is not None and dossier.get("id") not in wanted:
            continue
        for m, raw in enumerate(dossier.get("findings", [])):
            where = f"dossiers[{n}].findings[{m}]"
            try:
                finding = _finding(raw)
            except (KeyError, TypeError, AttributeError):
                raise refused(where) from None
            if finding.kind not in KINDS or finding.severity not in SEVERITIES:
                raise refused(f"{where}: kind/severity")
            found.append(finding)
    return found, day


def _finding(raw: dict[str, Any]) -> Finding:
    text = {key: raw[key] for key in ("rule", "kind", "severity", "dossier", "message")}
    if not all(isinstance(value, str) for value in text.values()):
        raise TypeError("a text")
    evidence = raw.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        raise TypeError("evidence")
    subject = raw.get("subject")
    return Finding(
        subject=subject if isinstance(subject, str) else None,
        source=str(raw.get("source", "")),
        evidence=tuple(evidence),
        **text,
    )
