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

try:  # the C parser when libyaml is there, the pure-Python one otherwise
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

# More values than a dossier could reasonably hold once aliases are expanded: a "billion laughs"
# file is refused before anything walks the expanded tree.
MAX_EXPANDED_NODES = 2_000_000

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


class DossierLoader(_BaseLoader):
    """Safe loader with YAML 1.2-like scalars and no duplicate keys."""

    yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012  (our own table, set below)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode):
                if key_node.value in seen:
                    raise ConstructorError(
                        None, None, f"duplicate key '{key_node.value}'", key_node.start_mark
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


for _tag, _pattern, _first in _RESOLVERS:
    DossierLoader.add_implicit_resolver(_tag, _pattern, list(_first))
# An empty plain scalar (`key:`) is null.
DossierLoader.yaml_implicit_resolvers.setdefault("", []).append(
    ("tag:yaml.org,2002:null", re.compile(r"^$"))
)


def compose(text: str) -> Node | None:
    """The node tree of a YAML (or JSON) text, with line marks. Raises yaml.YAMLError."""
    loader = DossierLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def construct(node: Node) -> Any:
    loader = DossierLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def expanded_size(node: Node, limit: int = MAX_EXPANDED_NODES) -> int:
    """Number of values once aliases are expanded, counting shared nodes once per use.

    Memoised per node, so a bomb is measured in the time of its small source, not its expansion.
    """
    memo: dict[int, int] = {}

    def size(n: Node) -> int:
        key = id(n)
        if key in memo:
            return memo[key]
        memo[key] = 1  # a recursive alias counts once
        total = 1
        if isinstance(n, SequenceNode):
            total += sum(size(child) for child in n.value)
        elif isinstance(n, MappingNode):
            total += sum(size(k) + size(v) for k, v in n.value)
        memo[key] = min(total, limit + 1)
        return memo[key]

    return size(node)


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
