"""Two of rich's modules that typer's help formatter imports and this program never uses:
`rich.markdown` (help in markdown mode; ours is "rich" markup) and `rich.traceback` (pretty
exceptions; ours are off). Together with markdown-it they cost 40 ms of every `--help`, a third
of it.

`defer()` puts a stand-in for each in `sys.modules`: `from rich.markdown import Markdown` gets a
class that imports the real module when it is first used, and any other name imports the real
module and takes its place, so nothing that does use them behaves differently.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

# module -> the names typer takes from it
_DEFERRED = {"rich.markdown": ("Markdown",), "rich.traceback": ("Traceback",)}


class _StandIn(types.ModuleType):
    """A module not imported yet: the real one is loaded on the first use of any name."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system asking (`__path__`): not a use
            raise AttributeError(name)
        return getattr(_load(self.__name__), name)


def _load(module: str) -> types.ModuleType:
    if isinstance(sys.modules.get(module), _StandIn):
        del sys.modules[module]
    return importlib.import_module(module)


def _proxy(module: str, name: str) -> type:
    """A class that is the real `module.name` as soon as it is called."""

    class Deferred:
        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            return getattr(_load(module), name)(*args, **kwargs)

    Deferred.__name__ = Deferred.__qualname__ = name
    return Deferred


def defer() -> None:
    """Stand-ins for the deferred modules, unless something imported them already."""
    for module, names in _DEFERRED.items():
        if module in sys.modules:
            continue
        stand_in = _StandIn(module)
        for name in names:
            setattr(stand_in, name, _proxy(module, name))
        sys.modules[module] = stand_in
        parent, _, child = module.rpartition(".")
        setattr(importlib.import_module(parent), child, stand_in)  # `import rich.markdown`
