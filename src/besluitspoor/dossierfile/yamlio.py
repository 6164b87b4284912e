"""YAML reading and writing tuned for dossier files.

Reading uses PyYAML's C parser (the fastest loader there is) with YAML 1.2-like scalars: `10:30`
stays the text "10:30" (YAML 1.1 would make it 630), `no` and `ja` stay text (tri-state facts
read them), and dates stay text so that fuzzy dates keep the precision that was written.
Duplicate keys are refused: YAML would silently keep the last one.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from besluitspoor.i18n import t

try:  # the C parser when libyaml is there, the pure-Python one otherwise
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# More values than a dossier could reasonably hold once aliases are expanded (a council's whole
# register of motions over ten years is some 30,000): a "billion laughs" file is refused before
# anything walks the expanded tree, and a flood of aliased errors never gets validated.
MAX_EXPANDED_NODES = 250_000

_RESOLVERS: list[tuple[str, re.Pattern[str], str]] = [
    ("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), "~nN"),
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    ("tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:merge", re.compile(r"^<<$"), "<"),
]


_NULL, _BOOL, _INT, _FLOAT, _STR = (
    f"tag:yaml.org,2002:{t}" for t in ("null", "bool", "int", "float", "str")
)
_SEQ, _MAP, _MERGE = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "tag:yaml.org,2002:merge"
_INT_RE, _FLOAT_RE = _RESOLVERS[2][1], _RESOLVERS[3][1]
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


class DossierLoader(_BaseLoader):
    """Safe loader with YAML 1.2-like scalars, no duplicate keys, and a fast resolver.

    PyYAML's C parser calls `resolve` in Python for every scalar; the generic resolver loops
    over regular expressions. This one looks at the first character and decides.
    """

    yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012  (our own table, set below)

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            if not implicit[0]:
                return _STR
            if value in _NULLS:
                return _NULL
            first = value[0]
            if first in "-+0123456789.":
                if _INT_RE.match(value):
                    return _INT
                if _FLOAT_RE.match(value):
                    return _FLOAT
            elif value in _BOOLS:
                return _BOOL
            elif value == "<<":
                return _MERGE
            return _STR
        return _SEQ if kind is SequenceNode else _MAP

    # Path resolvers are not used: skip the two calls the parser makes for every node.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


for _tag, _pattern, _first in _RESOLVERS:
    DossierLoader.add_implicit_resolver(_tag, _pattern, list(_first))
# An empty plain scalar (`key:`) is null.
DossierLoader.yaml_implicit_resolvers.setdefault("", []).append(
    ("tag:yaml.org,2002:null", re.compile(r"^$"))
)


class AliasBomb(ValueError):
    """More values than a dossier can hold once aliases are expanded."""


def compose(text: str) -> Node | None:
    """The node tree of a YAML (or JSON) text, with line marks. Raises yaml.YAMLError."""
    loader = DossierLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def construct(node: Node, limit: int = MAX_EXPANDED_NODES) -> Any:
    """Plain data from a node tree: str, int, float, bool, None, list, dict.

    Leaner than PyYAML's constructor (one recursive pass, no generators), and in the same pass
    it refuses duplicate keys (YAML would keep the last one silently) and counts values as if
    aliases were expanded, so a "billion laughs" file is refused before anything walks it:
    a shared node is converted once and counted at its full size each time it is used.
    """
    return _convert(node, {}, limit)[0]


def _convert(n: Node, done: dict[int, tuple[Any, int]], limit: int) -> tuple[Any, int]:
    # A plain function, not a closure: a recursive closure is a reference cycle that would
    # keep every parsed document alive until the cycle collector runs.
    key = id(n)
    if key in done:
        return done[key]
    kind = type(n)
    if kind is ScalarNode:
        return (_scalar(n), 1)  # type: ignore[arg-type]
    if kind is SequenceNode:
        done[key] = ([], 1)  # a recursive alias counts once
        items, size = [], 1
        for child in n.value:
            value, count = _convert(child, done, limit)
            items.append(value)
            size += count
        result: tuple[Any, int] = (items, size)
    else:
        done[key] = ({}, 1)
        result = _mapping(n, done, limit)  # type: ignore[arg-type]  # the only other kind
    if result[1] > limit:
        raise AliasBomb(f"more than {limit:,} values once YAML aliases are expanded")
    done[key] = result
    return result


# A whole number longer than this is no amount or count (Python refuses to read one of more
# than 4,300 digits anyway).
MAX_DIGITS = 30


def _scalar(node: ScalarNode) -> Any:
    tag, value = node.tag, node.value
    if tag == _STR:
        return value
    if tag == _NULL:
        return None
    if tag == _INT:
        if not _INT_RE.match(value):  # `!!int abc`
            raise _bad(
                node, t("'{v}' is geen geheel getal", "'{v}' is not a whole number", v=value)
            )
        if len(value.lstrip("+-")) > MAX_DIGITS:
            raise _bad(
                node,
                t(
                    "getal van meer dan {n} cijfers",
                    "a number of more than {n} digits",
                    n=MAX_DIGITS,
                ),
            )
        return int(value)
    if tag == _BOOL:
        if value not in _BOOLS:  # `!!bool yes`
            raise _bad(
                node, t("'{v}' is geen true of false", "'{v}' is not true or false", v=value)
            )
        return _BOOLS[value]
    if tag == _FLOAT:
        if not _FLOAT_RE.match(value) and not _INT_RE.match(value):  # `!!float abc`, `.inf`
            raise _bad(node, t("'{v}' is geen getal", "'{v}' is not a number", v=value))
        if len(value) > 64:
            raise _bad(node, t("getal te lang", "number too long"))
        return float(value)
    if tag == _MERGE:
        return value  # `<<` as a plain value, not as a merge key
    # Other tags (!!binary, !!timestamp, !!set, !python/...) are not part of the format.
    raise _bad(
        node,
        t(
            "de tag {tag} hoort niet bij het formaat",
            "the tag {tag} is not part of the format",
            tag=tag.replace("tag:yaml.org,2002:", "!!"),
        ),
    )


def _bad(node: Node, message: str) -> ConstructorError:
    return ConstructorError(None, None, message, node.start_mark)


def _mapping(
    node: MappingNode, done: dict[int, tuple[Any, int]], limit: int
) -> tuple[dict[Any, Any], int]:
    result: dict[Any, Any] = {}
    size = 1
    for key_node, value_node in node.value:
        if key_node.tag == _MERGE:  # `<<: *defaults` merges a mapping (or a list of them)
            merged, count = _convert(value_node, done, limit)
            for part in merged if isinstance(merged, list) else [merged]:
                if isinstance(part, dict):
                    for k, v in part.items():
                        result.setdefault(k, v)
            size += count
            continue
        key, count_key = _convert(key_node, done, limit)
        if isinstance(key, (list, dict)):
            raise ConstructorError(None, None, "a key must be a plain value", key_node.start_mark)
        if key in result:
            raise ConstructorError(
                None,
                None,
                t("sleutel '{k}' komt dubbel voor", "duplicate key '{k}'", k=key),
                key_node.start_mark,
            )
        value, count = _convert(value_node, done, limit)
        result[key] = value
        size += count_key + count
    return result, size


def line_of(node: Node | None, path: tuple[str | int, ...], *, key: bool = False) -> int | None:
    """1-based line of the value at `path` (or of its key); the nearest existing parent's line
    when the path runs out, e.g. for a missing key."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for i, part in enumerate(path):
        last = i == len(path) - 1
        if isinstance(node, MappingNode) and isinstance(part, str):
            pair = next((p for p in node.value if getattr(p[0], "value", None) == part), None)
            if pair is None:
                return line
            node = pair[0] if (key and last) else pair[1]
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return line
        line = node.start_mark.line + 1
    return line


# --- writing ----------------------------------------------------------------------------------


class DossierDumper(_BaseDumper):
    """Block style, keys in the order given, multi-line text as literal blocks.

    It shares the loader's scalar rules, so dates and `yes` are written plain, as people write
    them, while a text that would read back as a number or boolean is quoted.
    """

    yaml_implicit_resolvers = DossierLoader.yaml_implicit_resolvers


def _represent_str(dumper: DossierDumper, value: str) -> yaml.Node:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


DossierDumper.add_representer(str, _represent_str)


def dump(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=DossierDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
