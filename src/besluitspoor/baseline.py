"""Baselines: the findings everyone already knows about, so CI fails only on new ones.

A finding's fingerprint is its dossier, rule and subject, never its message (which changes with
the language and the wording). A baseline file lists fingerprints as a multiset: a dossier may
have two findings of one rule about the whole dossier.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from besluitspoor.check import Result
from besluitspoor.i18n import t
from besluitspoor.outputfile import atomic_file
from besluitspoor.problems import InputError
from besluitspoor.rules.engine import Finding

BASELINE_FORMAT = "besluitspoor-baseline/1"


def read_json(path: Path, option: str) -> Any:
    """The JSON file an option names; InputError saying which option and why not."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{option} {path}: {exc.strerror}") from None
    except (ValueError, RecursionError) as exc:  # RecursionError: nested beyond any use
        raise InputError(
            t("{o} {p}: geen JSON ({e})", "{o} {p}: not JSON ({e})", o=option, p=path, e=exc)
        ) from None


def fingerprint(finding: Finding) -> str:
    key = "\0".join((finding.dossier, finding.rule, finding.subject or ""))
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def write(path: Path, results: Iterable[Result], as_of: date) -> int:
    entries = sorted(
        (
            {
                "dossier": f.dossier,
                "rule": f.rule,
                "subject": f.subject,
                "fingerprint": fingerprint(f),
            }
            for r in results
            for f in r.findings
        ),
        key=lambda e: (e["dossier"], e["rule"], e["subject"] or ""),
    )
    data = {"format": BASELINE_FORMAT, "as_of": as_of.isoformat(), "findings": entries}
    with atomic_file(path) as handle:
        handle.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return len(entries)


@dataclass
class Baseline:
    """What a baseline file holds, and while filtering: what was matched, what is gone."""

    entries: list[dict[str, Any]]
    remaining: Counter[str] = field(default_factory=Counter)
    known: int = 0  # findings of this run found in the baseline

    @classmethod
    def read(cls, path: Path) -> Baseline:
        data = read_json(path, "--baseline")
        if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT:
            raise InputError(
                t(
                    "--baseline {p}: geen baseline van besluitspoor (maak er een met "
                    "check --write-baseline)",
                    "--baseline {p}: not a besluitspoor baseline (make one with "
                    "check --write-baseline)",
                    p=path,
                )
            )
        entries = [
            e for e in data.get("findings", []) if isinstance(e, dict) and "fingerprint" in e
        ]
        return cls(entries, Counter(str(e["fingerprint"]) for e in entries))

    def new_only(self, results: Iterable[Result]) -> Iterator[Result]:
        """Each result with only the findings the baseline does not hold."""
        for result in results:
            new = []
            for finding in result.findings:
                key = fingerprint(finding)
                if self.remaining[key] > 0:
                    self.remaining[key] -= 1
                    self.known += 1
                else:
                    new.append(finding)
            yield replace(result, findings=new)

    def gone(self, checked: set[str]) -> list[dict[str, Any]]:
        """Baselined findings of the checked dossiers that this run no longer found."""
        left = Counter(self.remaining)
        gone = []
        for entry in self.entries:
            key = str(entry["fingerprint"])
            if left[key] > 0 and entry.get("dossier") in checked:
                left[key] -= 1
                gone.append(entry)
        return gone
