"""Findings as SARIF 2.1.0, for GitHub code scanning: each finding a result on the line of the
dossier file it concerns, each rule with its help text and the law or practice it rests on.

`partialFingerprints` carry the same fingerprint as a baseline (dossier, rule, subject), so code
scanning follows a finding across runs even when its wording changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from besluitspoor import __version__
from besluitspoor.baseline import fingerprint
from besluitspoor.check import Result
from besluitspoor.render.finding_text import finding_line
from besluitspoor.store.dossiers import Origin

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
KIND = {"violation": "fail", "pending": "open", "needs-data": "review", "note": "informational"}


def sarif_log(results: Iterable[Result], origins: dict[str, Origin], lang: str) -> str:
    from besluitspoor.rules.registry import BY_ID

    rules = sorted(BY_ID.values(), key=lambda r: r.ID)
    index = {rule.ID: i for i, rule in enumerate(rules)}
    found = []
    for result in results:
        origin = origins.get(result.dossier.id, Origin())
        for finding in result.findings:
            entry: dict[str, Any] = {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": LEVEL[finding.severity],
                "kind": KIND[finding.kind],
                "message": {"text": f"{finding.dossier}: {finding.message} ({finding.source})"},
                "partialFingerprints": {"besluitspoor/v1": fingerprint(finding)},
                "properties": {"dossier": finding.dossier, "subject": finding.subject},
            }
            logical = {
                "name": finding.subject or finding.dossier,
                "kind": "object",
                "fullyQualifiedName": f"{finding.dossier}/{finding.subject or ''}".rstrip("/"),
            }
            location: dict[str, Any] = {"logicalLocations": [logical]}
            if origin.file:
                physical: dict[str, Any] = {"artifactLocation": _artifact(origin.file)}
                line = finding_line(finding, origin.lines)
                if line:
                    physical["region"] = {"startLine": line}
                location["physicalLocation"] = physical
            entry["locations"] = [location]
            found.append(entry)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "besluitspoor",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(rule, lang) for rule in rules],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": "./"}},
                "columnKind": "unicodeCodePoints",
                "results": found,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(rule: Any, lang: str) -> dict[str, Any]:
    doc = (rule.__doc__ or rule.ID).strip()
    summary = doc.split("\n\n", 1)[0].replace("\n", " ")
    source = rule.SOURCE
    help_text = f"{doc}\n\n{'Bron' if lang == 'nl' else 'Source'}: {source}"
    return {
        "id": rule.ID,
        "name": "".join(part.capitalize() for part in rule.ID.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": doc},
        "help": {"text": help_text, "markdown": help_text.replace("\n", "  \n")},
        "defaultConfiguration": {"level": LEVEL[rule.SEVERITY]},
        "properties": {"tags": [rule.GROUP], "source": source},
    }


def _artifact(file: str) -> dict[str, str]:
    """Where a finding's file is, as SARIF wants it: a URI, percent-encoded; relative to the
    checkout (%SRCROOT%, the folder check runs in) when it lies inside it, else absolute."""
    from pathlib import Path
    from urllib.parse import quote

    path = Path(file)
    try:
        inside = path.resolve().relative_to(Path.cwd().resolve()) if path.is_absolute() else path
    except ValueError:
        return {"uri": path.resolve().as_uri()}
    return {"uri": quote(inside.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}
