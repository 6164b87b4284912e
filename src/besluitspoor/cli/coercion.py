"""Option values converted without building a pydantic TypeAdapter per option.

Typer (0.29) converts every option value through a pydantic TypeAdapter, built on first use:
importing that machinery and building fifteen adapters is a third of what a short command like
`step list` costs. Nearly all our options are text, flags, lists of text, choices or paths, for
which the conversion is a type check. `fast(param)` gives such a parameter a converter that
does exactly what typer's does for those values, and hands anything else (a value of another
type, an annotation not listed here) to typer's own, built only then. tests/test_coercion.py
holds the two to the same results for every option of every command, so a typer release that
converts differently fails there, not in a user's hands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, get_args, get_origin

from typer._coercion import RuntimeParam, build_runtime_param
from typer._param_types import choice_coercion_annotation, coerce_cli_choice, coerce_cli_path

# What pydantic's lax bool accepts from text (an env var such as BESLUITSPOOR_DEBUG=1).
_BOOL_TEXT = {
    **dict.fromkeys(("1", "on", "t", "true", "y", "yes"), True),
    **dict.fromkeys(("0", "off", "f", "false", "n", "no"), False),
}
_UNHANDLED = object()


class FastRuntimeParam(RuntimeParam):
    """Converts the plain cases itself; typer's converter (built lazily) does the rest."""

    _typer: RuntimeParam | None = None

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        done = self._plain(value, param, ctx)
        if done is not _UNHANDLED:
            return done
        if self._typer is None:
            object.__setattr__(self, "_typer", build_runtime_param(param.type_descriptor))
        assert self._typer is not None
        return self._typer._coerce_value(value, param=param, ctx=ctx)

    def _plain(self, value: Any, param: Any, ctx: Any) -> Any:
        annotation: Any = self.annotation
        if get_origin(annotation) is list:
            (item,) = get_args(annotation)
            if isinstance(value, (list, tuple)) and (
                item is str and all(isinstance(v, str) for v in value)
            ):
                return list(value)
            return _UNHANDLED
        return _leaf(annotation, self.parameter_info, value, param, ctx)


def _leaf(annotation: Any, info: Any, value: Any, param: Any, ctx: Any) -> Any:
    if info.parser is not None:
        return _UNHANDLED
    choice = choice_coercion_annotation(annotation, info)
    if choice is not None:
        choices, case_sensitive = choice
        try:
            return coerce_cli_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)
        except ValueError:
            return _UNHANDLED  # typer words the refusal
    if annotation is str:
        return value if isinstance(value, str) else _UNHANDLED
    if annotation is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return _BOOL_TEXT.get(value.strip().lower(), _UNHANDLED if value.strip() else False)
        return _UNHANDLED
    if annotation is int:
        return _int(value, info)
    if annotation is Path and isinstance(value, str) and value and "\0" not in value:
        return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
    return _UNHANDLED


def _int(value: Any, info: Any) -> Any:
    """Plain digits (or an int default) within the option's bounds; anything else, and a value
    out of bounds, typer converts and words."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 9:
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or getattr(info, "clamp", False):
        return _UNHANDLED
    low, high = getattr(info, "min", None), getattr(info, "max", None)
    if (low is not None and value < low) or (high is not None and value > high):
        return _UNHANDLED
    return value


def fast(params: list[Any]) -> None:
    """Give each typer parameter not yet converted a FastRuntimeParam (others are left as
    they are, so a typer without this hook runs unchanged, only slower)."""
    for param in params:
        desc = getattr(param, "type_descriptor", None)
        if desc is None or desc.file_annotation is not None:
            continue
        if getattr(param, "_runtime_param", _UNHANDLED) is not None:
            continue  # already built, or a typer that no longer has the hook
        param._runtime_param = FastRuntimeParam(
            annotation=desc.annotation, parameter_info=desc.parameter_info
        )
