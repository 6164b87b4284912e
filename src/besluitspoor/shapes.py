"""The format's fields as plain data, and a stored dossier built on them without pydantic.

A command that only shows a dossier (`dossier show`, `step list`) would otherwise spend half
its time importing pydantic and creating the model's classes. `model.derive_shapes` reads the
shapes from the model: per model class, in its order, each field's name, how a stored value
becomes what validation makes of it (a name in `SCALARS`, `list:X`, or `model:NAME`), and its
default. They are kept in the user's cache folder for the model's code as it is (`cache`), so
only the first run after an upgrade or an edit imports the model to read them again.

A `Record` has the fields of the model instance `model.stored` builds from the same data, with
the same values (not its methods); `dump` and `to_data` give for records what they give for
models.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ClassVar, Literal, TypeVar

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate, parse_time

Loader = Callable[[Any], Any]
# A field as the cache holds it: [name, spec] when it is required, [name, spec, default].
FieldData = list[Any]


def whole_euros(value: float | int) -> float | int:
    """An amount in whole euros is an int, however it was written or stored (a REAL column
    gives 65536.0 back for 65536): one value, one form in files and in the database."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def due(value: object) -> FuzzyDate | Literal["start"]:
    """A deadline: 'start' or a date."""
    if value == "start":
        return "start"
    return FuzzyDate.parse(value)


# How a stored scalar becomes what validation makes of it, by the name a shape gives it.
SCALARS: dict[str, Loader] = {
    "date": FuzzyDate.parse,
    "due": due,
    "time": parse_time,
    "money": whole_euros,
    "bool": bool,  # SQLite stores 0 and 1
    "float": float,
}

STEP = "Step"  # `model:Step`: a step, of the class of its kind


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()  # the default of a required field: equal to no value


def loader(spec: str | None, make: Callable[[str], Loader]) -> Loader | None:
    """The function a field's spec names (None: the stored value is the value): a scalar's,
    one for each item (`list:X`), or what `make` gives for a model (`model:NAME`)."""
    if spec is None:
        return None
    if spec.startswith("list:"):
        each = loader(spec.removeprefix("list:"), make)
        return None if each is None else functools.partial(_each, each)
    if spec.startswith("model:"):
        return make(spec.removeprefix("model:"))
    return SCALARS[spec]


def _each(load: Loader, values: list[Any]) -> list[Any]:
    return [load(v) for v in values]


# --- records --------------------------------------------------------------------------------


class Record:
    """An item of a stored dossier with the fields of its model: built from data validated when
    it was written, and only read. Each model has its subclass, named as the model is."""

    FIELDS: ClassVar[tuple[tuple[str, Any], ...]] = ()  # (name, default) in the model's order
    LOADERS: ClassVar[tuple[tuple[str, Loader], ...]] = ()
    DEFAULTS: ClassVar[tuple[tuple[str, Any], ...]] = ()  # of the fields that have one

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.__dict__!r})"


R = TypeVar("R", bound=Record)


def build(cls: type[R], data: dict[str, Any]) -> R:
    """A record from stored data, as `model.stored` builds the model: values loaded, and the
    defaults of the fields the data leaves out."""
    values = dict(data)
    for name, load in cls.LOADERS:
        value = values.get(name)
        if value is not None:
            values[name] = load(value)
    for name, default in cls.DEFAULTS:
        if name not in values:
            values[name] = list(default) if isinstance(default, list) else default
    return cls(values)


class Shapes:
    """The record class of each model of the format, from the shapes `model.derive_shapes`
    gives (every model after the models its fields hold)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.kinds: dict[str, str] = data["kinds"]  # step kind -> its model's name
        self.classes: dict[str, type[Record]] = {}
        for name, fields in data["models"].items():
            self.classes[name] = self._record_class(name, fields)

    def _record_class(self, name: str, fields: list[FieldData]) -> type[Record]:
        loaders = {f[0]: load for f in fields if (load := loader(f[1], self._make)) is not None}
        defaults = {  # as stored values are: a default `facts` is a record too
            f[0]: f[2] if f[2] is None or f[0] not in loaders else loaders[f[0]](f[2])
            for f in fields
            if len(f) > 2
        }
        return type(
            name,
            (Record,),
            {
                "FIELDS": tuple((f[0], defaults.get(f[0], REQUIRED)) for f in fields),
                "LOADERS": tuple(loaders.items()),
                "DEFAULTS": tuple(defaults.items()),
            },
        )

    def _make(self, name: str) -> Loader:
        if name == STEP:
            return self._step
        return functools.partial(build, self.classes[name])

    def _step(self, data: dict[str, Any]) -> Record:
        return build(self.classes[self.kinds[data["kind"]]], data)

    def names(self, model: str) -> tuple[str, ...]:
        """The fields of a model, in its order."""
        return tuple(name for name, _ in self.classes[model].FIELDS)

    def dossier(self, data: dict[str, Any]) -> Record:
        """A dossier from its stored data (what `store.reading.stored_data` gives)."""
        return build(self.classes["Dossier"], data)


ENTRY = "shapes.json"
# The code the shapes are read from, and the code that reads them.
_CODE = ("model.py", "vocab.py", "fuzzydate.py", "shapes.py")


@functools.cache
def shapes() -> Shapes:
    """The format's shapes: as kept in the cache, or read from the model (and kept)."""
    from besluitspoor import cache

    stamp = cache.files_stamp([cache.PACKAGE / name for name in _CODE])
    entry = cache.read(ENTRY, stamp)
    if entry is not None:
        try:
            return Shapes(entry["shapes"])
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            pass  # a damaged entry: read from the model again
    from besluitspoor.model import derive_shapes

    data = derive_shapes()
    cache.write(ENTRY, stamp, {"shapes": data})
    return Shapes(data)


# --- the file form, for records and models alike ---------------------------------------------


def dump(item: Any, *, exclude_defaults: bool = False) -> dict[str, Any]:
    """`item.model_dump(mode="json", exclude_defaults=...)` of a model, or what it would be for
    the model a record stands for, without pydantic's serializer (building one per kind of
    step costs a command that only shows a dossier more than it does itself).
    tests/test_roundtrip.py holds the two equal."""
    out: dict[str, Any] = {}
    for name, default in _fields(type(item)) or ():
        value = getattr(item, name)
        if exclude_defaults and value == default:
            continue
        out[name] = json_value(value, exclude_defaults)
    return out


Fields = tuple[tuple[str, Any], ...]
_FIELDS: dict[type, Fields | None] = {}


def _fields(cls: type) -> Fields | None:
    """(name, default) of each field of a record's or a model's class; None for a value's."""
    if cls not in _FIELDS:
        if issubclass(cls, Record):
            _FIELDS[cls] = cls.FIELDS
        elif hasattr(cls, "model_fields"):  # a pydantic model: pydantic and the model are loaded
            from besluitspoor.model import dump_fields

            _FIELDS[cls] = dump_fields(cls)
        else:
            _FIELDS[cls] = None
    return _FIELDS[cls]


def json_value(value: Any, exclude_defaults: bool = False) -> Any:
    """A field's value as the file form writes it (dates as text, models as objects)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, FuzzyDate):
        return value.iso()
    if isinstance(value, list | tuple):
        return [json_value(v, exclude_defaults) for v in value]
    if isinstance(value, dict):
        return {k: json_value(v, exclude_defaults) for k, v in value.items()}
    if _fields(type(value)) is not None:
        return dump(value, exclude_defaults=exclude_defaults)
    return value


def to_data(dossier: Any) -> dict[str, Any]:
    """A dossier's file form: defaults, None and empty lists left out, keys in spec order.

    An empty object stays (`costs: {}` is a costs block with nothing filled in, not the
    absence of one); only `facts` left all unknown is dropped.
    """
    data = _prune(dump(dossier, exclude_defaults=True))
    if not data["dossier"].get("facts", True):
        del data["dossier"]["facts"]
    return {"format": vocab.FORMAT, **data}


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v is not None and v != []}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value
