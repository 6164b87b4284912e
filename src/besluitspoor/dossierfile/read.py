"""Read dossier files (YAML or JSON) into validated dossiers, with every problem located.

The happy path parses once with a C parser and validates; line numbers are looked up only when
there is a problem to report, so they cost nothing on valid files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import Node

from besluitspoor.dossierfile import yamlio
from besluitspoor.i18n import t
from besluitspoor.model import Dossier
from besluitspoor.problems import Problem, format_path
from besluitspoor.validate import validate

SUFFIXES = (".yaml", ".yml", ".json")
Loc = tuple[str | int, ...]


@dataclass
class FileResult:
    """One file read: the dossier when valid, else the problems; item lines for annotations."""

    path: str
    dossier: Dossier | None = None
    problems: list[Problem] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)


def _no_files() -> str:
    return t(
        "hier staan geen .yaml-, .yml- of .json-bestanden", "no .yaml, .yml or .json files here"
    )


def _no_such() -> str:
    return t("bestand of map bestaat niet", "no such file or directory")


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand directories to their dossier files (sorted, not recursive into hidden folders)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix in SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                problems.append(
                    Problem(
                        str(path),
                        None,
                        "",
                        t(
                            "hier staan geen .yaml-, .yml- of .json-bestanden",
                            "no .yaml, .yml or .json files here",
                        ),
                    )
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(
                Problem(
                    str(path),
                    None,
                    "",
                    _no_such(),
                )
            )
    return files, problems


def read_file(path: Path, profiles: Iterable[str] | None = None) -> FileResult:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return FileResult(str(path), problems=[Problem(str(path), None, "", exc.strerror or "")])
    return read_bytes(raw, str(path), profiles, is_json=path.suffix == ".json")


def read_bytes(
    raw: bytes, name: str, profiles: Iterable[str] | None = None, *, is_json: bool = False
) -> FileResult:
    try:
        return _read_bytes(raw, name, profiles, is_json=is_json)
    except RecursionError:  # a nesting too_deep() did not foresee: still a located refusal
        message = t("te diep genest", "nested too deeply")
        return FileResult(name, problems=[Problem(name, None, "", message)])


def _read_bytes(
    raw: bytes, name: str, profiles: Iterable[str] | None, *, is_json: bool
) -> FileResult:
    result = FileResult(name)

    def fail(message: str, line: int | None = None, path: str = "") -> FileResult:
        result.problems.append(Problem(name, line, path, message))
        return result

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return fail(
            t(
                "geen UTF-8-tekst (byte 0x{b:02x}); sla het bestand op als UTF-8",
                "not UTF-8 text (byte 0x{b:02x}); save the file as UTF-8",
                b=raw[exc.start],
            ),
            line,
        )
    if not text.strip():
        return fail(
            t(
                "het bestand is leeg; een dossierbestand begint met 'format: besluitspoor/1'",
                "the file is empty; a dossier file starts with 'format: besluitspoor/1'",
            )
        )

    deep = too_deep(text)
    if deep is not None:
        return fail(
            t(
                "te diep genest (meer dan {n} niveaus); een dossierbestand heeft er een handvol",
                "nested too deeply (more than {n} levels); a dossier file has a handful",
                n=MAX_DEPTH,
            ),
            deep,
        )
    node: Node | None = None
    try:
        if is_json:
            data = json.loads(text, object_pairs_hook=_unique_keys, parse_int=_json_int)
        else:
            node = yamlio.compose(text)
            data = yamlio.construct(node) if node is not None else None
    except yamlio.AliasBomb:
        return fail(
            t(
                "te veel waarden als de YAML-aliassen zijn uitgeschreven (een alias-bom?)",
                "too many values once YAML aliases are expanded (an alias bomb?)",
            )
        )
    except json.JSONDecodeError as exc:
        return fail(
            t(
                "ongeldige JSON: {m} (kolom {c})",
                "invalid JSON: {m} (column {c})",
                m=json_problem(exc.msg),
                c=exc.colno,
            ),
            exc.lineno,
        )
    except _DuplicateKey as exc:
        line = text[: text.rfind(f'"{exc.key}"')].count("\n") + 1
        return fail(
            t(
                "ongeldige JSON: sleutel '{k}' dubbel",
                "invalid JSON: duplicate key '{k}'",
                k=exc.key,
            ),
            line,
        )
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        return fail(
            t("ongeldige YAML: {p}", "invalid YAML: {p}", p=problem),
            mark.line + 1 if mark else None,
        )
    except yaml.YAMLError as exc:
        return fail(t("ongeldige YAML: {p}", "invalid YAML: {p}", p=exc))
    except _LongNumber:
        return fail(
            t(
                "ongeldige JSON: een getal van meer dan {n} cijfers",
                "invalid JSON: a number of more than {n} digits",
                n=yamlio.MAX_DIGITS,
            )
        )

    if isinstance(data, dict) and data.get("format") == "besluitspoor-extract/1":
        from besluitspoor.extract.draft import as_dossier

        data = as_dossier(data)  # a draft of `extract -f json` imports as the dossier it drafts
    dossier, problems = validate(data, profiles)
    if dossier is None:
        if node is None and is_json:
            node = _compose_quietly(text)  # JSON is YAML: compose it only to find the lines
        # Lines for the first problems only: a file that is wrong everywhere (an alias flood)
        # must not cost a line lookup per problem, nor print them all.
        found = [
            Problem(name, yamlio.line_of(node, loc, key=on_key), format_path(loc), message)
            for loc, message, on_key in problems[:LOCATED]
        ]
        found.sort(key=lambda p: p.line or 0)  # in file order
        if len(problems) > MAX_PROBLEMS:
            rest = len(problems) - MAX_PROBLEMS
            found[MAX_PROBLEMS:] = [
                Problem(
                    name,
                    None,
                    "",
                    t(
                        "en nog {n} problemen in dit bestand (de eerste {m} staan hierboven)",
                        "and {n} more problems in this file (the first {m} are above)",
                        n=rest,
                        m=MAX_PROBLEMS,
                    ),
                )
            ]
        result.problems = found
        return result
    result.dossier = dossier
    result.lines = item_lines(node if node is not None else _compose_quietly(text))
    return result


# Python's JSON errors, in the user's language (the English ones are Python's own words).
_JSON_NL = {
    "Expecting value": "een waarde verwacht",
    "Expecting property name enclosed in double quotes": "een sleutel tussen dubbele "
    "aanhalingstekens verwacht",
    "Expecting ',' delimiter": "een komma verwacht",
    "Expecting ':' delimiter": "een dubbele punt verwacht",
    "Unterminated string starting at": "een tekst die niet eindigt",
    "Extra data": "meer na het einde van de JSON",
    "Invalid control character at": "een besturingsteken in een tekst",
    "Invalid \\escape": "een ongeldige \\-code",
    "Illegal trailing comma before end of object": "een komma voor het einde van een object",
    "Illegal trailing comma before end of array": "een komma voor het einde van een lijst",
}


def json_problem(message: str) -> str:
    from besluitspoor.i18n import is_english

    return message if is_english() else _JSON_NL.get(message, message)


# Problems reported per file, and how many are located to find the first of them.
MAX_PROBLEMS, LOCATED = 50, 1000
# Nesting a dossier file never needs (it has five or six levels); deeper is refused before
# parsing, since parsers recurse per level (JSON's overflows Python's stack at ~1,000).
MAX_DEPTH = 64
_BRACKETS = re.compile(r"[\[\]{}]")
_DEEP_BLOCK = re.compile(rf"^[ \t-]{{{2 * MAX_DEPTH},}}", re.MULTILINE)


def too_deep(text: str) -> int | None:
    """The line where the text nests deeper than MAX_DEPTH, or None: flow brackets counted
    (an unbalanced one in a title only overstates), and block indentation or `- - -` runs of
    two columns a level. Cheap: C-speed counts first, a scan only when they allow depth."""
    if text.count("[") + text.count("{") > MAX_DEPTH:
        depth = 0
        for match in _BRACKETS.finditer(text):
            if match.group() in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    return text.count("\n", 0, match.start()) + 1
            elif depth:
                depth -= 1
    block = _DEEP_BLOCK.search(text)
    return text.count("\n", 0, block.start()) + 1 if block else None


class _LongNumber(ValueError):
    pass


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > yamlio.MAX_DIGITS:
        raise _LongNumber(text)
    return int(text)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """JSON objects without repeated keys: json would silently keep the last one."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _compose_quietly(text: str) -> Node | None:
    try:
        return yamlio.compose(text)
    except yaml.YAMLError:
        return None


def item_lines(node: Node | None) -> dict[str, int]:
    """Line of the dossier and of each step, precondition and promise, keyed `steps.<id>`."""
    lines: dict[str, int] = {}
    if node is None:
        return lines
    lines["dossier"] = yamlio.line_of(node, ("dossier",)) or 1
    lines["dossier.id"] = yamlio.line_of(node, ("dossier", "id")) or lines["dossier"]
    for section in ("steps", "preconditions", "promises"):
        seq = _child(node, section)
        for item in getattr(seq, "value", []):
            ident = _child(item, "id")
            if ident is not None:
                lines[f"{section}.{ident.value}"] = item.start_mark.line + 1
    return lines


def _child(node: Node | None, key: str) -> Node | None:
    for k, v in getattr(node, "value", []) if isinstance(node, yaml.MappingNode) else []:
        if getattr(k, "value", None) == key:
            return v  # type: ignore[no-any-return]
    return None
