"""Read dossier files (YAML or JSON) into validated dossiers, with every problem located.

The happy path parses once with a C parser and validates; line numbers are looked up only when
there is a problem to report, so they cost nothing on valid files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.nodes import Node

from besluitspoor import vocab
from besluitspoor.dossierfile import yamlio
from besluitspoor.model import (
    STEP_CLASSES,
    Costs,
    Dossier,
    DossierInfo,
    Evaluation,
    Facts,
    Precondition,
    Promise,
    Source,
    StepBase,
    did_you_mean,
)
from besluitspoor.problems import Problem, format_path
from besluitspoor.references import check_references

SUFFIXES = (".yaml", ".yml", ".json")
Loc = tuple[str | int, ...]


@dataclass
class FileResult:
    """One file read: the dossier when valid, else the problems; item lines for annotations."""

    path: str
    dossier: Dossier | None = None
    problems: list[Problem] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)


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
                problems.append(Problem(str(path), None, "", "no .yaml, .yml or .json files here"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), None, "", "no such file or directory"))
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
    result = FileResult(name)

    def fail(message: str, line: int | None = None, path: str = "") -> FileResult:
        result.problems.append(Problem(name, line, path, message))
        return result

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return fail(f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8", line)
    if not text.strip():
        return fail("the file is empty; a dossier file starts with 'format: besluitspoor/1'")

    node: Node | None = None
    try:
        if is_json:
            data = json.loads(text)
        else:
            node = yamlio.compose(text)
            if node is not None and yamlio.expanded_size(node) > yamlio.MAX_EXPANDED_NODES:
                return fail("too many values once YAML aliases are expanded (an alias bomb?)")
            data = yamlio.construct(node) if node is not None else None
    except json.JSONDecodeError as exc:
        return fail(f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        return fail(f"invalid YAML: {problem}", mark.line + 1 if mark else None)
    except yaml.YAMLError as exc:
        return fail(f"invalid YAML: {exc}")

    dossier, problems = validate(data, profiles)
    if dossier is None:
        if node is None and is_json:
            node = _compose_quietly(text)  # JSON is YAML: compose it only to find the lines
        found = [
            Problem(name, yamlio.line_of(node, loc, key=on_key), format_path(loc), message)
            for loc, message, on_key in problems
        ]
        result.problems = sorted(found, key=lambda p: p.line or 0)  # in file order
        return result
    result.dossier = dossier
    result.lines = item_lines(node if node is not None else _compose_quietly(text))
    return result


Located = tuple[Loc, str, bool]  # path, message, whether the line to report is the key's


def validate(data: Any, profiles: Iterable[str] | None = None) -> tuple[Dossier | None, list[Located]]:
    """The validated dossier, or None and every problem in the data."""
    if not isinstance(data, dict):
        return None, [((), "a dossier file must be a mapping with keys format, dossier, steps, ...", False)]
    if "format" not in data:
        return None, [(("format",), f"missing; the first line should be 'format: {vocab.FORMAT}'", False)]
    if data["format"] != vocab.FORMAT:
        message = f"unsupported format '{data['format']}'; this program reads '{vocab.FORMAT}'"
        return None, [(("format",), message, False)]
    located = [(issue.path, issue.message, False) for issue in check_references(data)]
    try:
        dossier = Dossier.model_validate(data, context=_context(profiles))
    except ValidationError as exc:
        located[:0] = _pydantic_problems(exc, data)
        return None, located
    return (None, located) if located else (dossier, [])


def _context(profiles: Iterable[str] | None) -> dict[str, Any]:
    return {"profiles": set(profiles)} if profiles is not None else {}


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


# --- turning pydantic's errors into a volunteer's words -----------------------------------------


def _pydantic_problems(exc: ValidationError, data: Any) -> Iterator[Located]:
    seen: set[Loc] = set()
    for error in exc.errors(include_url=False):
        loc = _data_loc(error["loc"], data, error["type"])
        if loc in seen:  # a union reports once per member: keep the first
            continue
        seen.add(loc)
        message, on_key = _message(error, loc, data)
        yield loc, message, on_key


def _data_loc(loc: tuple[Any, ...], data: Any, kind: str) -> Loc:
    """Drop the parts of pydantic's loc that are not in the data (union tags and members)."""
    path: list[str | int] = []
    current = data
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(current, list) and isinstance(part, int):
            current = current[part] if part < len(current) else None
        elif isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, dict) and last and kind == "missing":
            pass
        else:
            continue
        path.append(part)
    return tuple(path)


def _message(error: Any, loc: Loc, data: Any) -> tuple[str, bool]:
    kind = error["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1]) if loc else "?"
        allowed = _allowed_keys(loc[:-1], data)
        return f"unknown key '{key}'{did_you_mean(key, allowed)}", True
    if kind == "missing":
        return "missing (required)", False
    if kind == "union_tag_invalid":
        tag = str(error["ctx"]["tag"])
        hint = _kind_hint(tag)
        return f"unknown kind '{tag}'{hint}", False
    if kind == "union_tag_not_found":
        return "missing key 'kind' (required)", False
    if kind == "string_pattern_mismatch":
        return (
            f"'{error['input']}' is not a valid id: use lowercase letters, digits and hyphens",
            False,
        )
    if kind == "string_too_long":
        return f"too long (at most {error['ctx']['max_length']} characters)", False
    if kind == "string_too_short":
        return "must not be empty", False
    message = str(error["msg"])
    return message.removeprefix("Value error, ").removeprefix("Assertion failed, "), False


def _kind_hint(tag: str) -> str:
    aliases = {short: kind for kind, short in vocab.CLI_KIND_NAMES.items()}
    if tag in aliases:
        return f"; did you mean '{aliases[tag]}'?"
    return did_you_mean(tag, vocab.STEP_KINDS) or f"; expected one of: {', '.join(vocab.STEP_KINDS)}"


_SECTIONS: dict[Loc, type[Any]] = {
    (): Dossier,
    ("dossier",): DossierInfo,
    ("dossier", "costs"): Costs,
    ("dossier", "evaluation"): Evaluation,
    ("dossier", "facts"): Facts,
}
_LIST_SECTIONS: dict[Loc, type[Any]] = {
    ("dossier", "sources"): Source,
    ("preconditions",): Precondition,
    ("promises",): Promise,
}


def _allowed_keys(loc: Loc, data: Any) -> list[str]:
    model: type[Any] | None = _SECTIONS.get(loc)
    if model is None and loc and isinstance(loc[-1], int):
        model = _LIST_SECTIONS.get(loc[:-1])
        if loc[:-1] == ("steps",):
            step = data["steps"][loc[-1]]
            model = STEP_CLASSES.get(step.get("kind") if isinstance(step, dict) else "", StepBase)
    return list(model.model_fields) if model is not None else []
