"""Option values are converted by cli/coercion.py exactly as typer's own converter would."""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args, get_origin

import pytest
import typer
from typer._coercion import build_runtime_param

from besluitspoor.cli.coercion import FastRuntimeParam
from besluitspoor.cli.main import app


def _commands(command: Any, path: tuple[str, ...] = ()) -> Any:
    yield path, command
    for name in list(getattr(command, "commands", {})):
        yield from _commands(command.commands[name], (*path, name))


def _samples(annotation: Any) -> list[Any]:
    if get_origin(annotation) is list:
        return [("a", "b"), (), ["x"], ("a", 1)]
    if annotation is int:  # digits, bounds, signs, spaces, separators, other types
        return [
            "0",
            "1",
            "90",
            "007",
            "36500",
            "36501",
            "-1",
            " 12",
            "1_000",
            "1e3",
            "",
            10**6,
            -5,
            7,
            True,
            2.5,
        ]
    choices = [a for a in get_args(annotation) if isinstance(a, str)]
    if choices:
        return [*choices, choices[0].upper(), "nope", 3]
    return ["", "tekst", " ja ", "1", "no", "OFF", "maybe", "x.yaml", "-", True, False, 3]


def _outcome(runtime: Any, value: Any, param: Any, ctx: Any) -> Any:
    try:
        return ("ok", runtime.coerce(value, param=param, ctx=ctx))
    except Exception as exc:  # the refusal must be the same, word for word
        return ("error", type(exc).__name__, str(exc))


ROOT = typer.main.get_command(app)
PARAMS = [
    (" ".join(path) or "besluitspoor", command, param)
    for path, command in _commands(ROOT)
    for param in command.params
    if getattr(param, "type_descriptor", None) is not None
]


def test_every_kind_of_option_is_covered() -> None:
    kinds = {str(p.type_descriptor.annotation) for _, _, p in PARAMS}
    assert {"<class 'str'>", "<class 'bool'>", "list[str]", "<class 'pathlib.Path'>"} <= kinds
    assert "<class 'int'>" in kinds
    assert len(PARAMS) > 400


@pytest.mark.parametrize("where, command, param", PARAMS, ids=lambda v: getattr(v, "name", v))
def test_fast_converter_agrees_with_typers(where: str, command: Any, param: Any) -> None:
    desc = param.type_descriptor
    fast = FastRuntimeParam(annotation=desc.annotation, parameter_info=desc.parameter_info)
    theirs = build_runtime_param(desc)
    ctx = typer.Context(command, info_name=where)
    for value in _samples(desc.annotation):
        if desc.annotation is Path and value in ("x.yaml", "-"):
            value = str(Path(value))
        assert _outcome(fast, value, param, ctx) == _outcome(theirs, value, param, ctx), value
