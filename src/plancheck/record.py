"""Value classes that start fast: `@record` on a subclass of `Record`.

A frozen dataclass compiles six methods for its class when the module is imported
(`__init__`, `__setattr__`, `__delattr__`, `__eq__`, `__hash__`, `__repr__`): about a
millisecond per class on Python 3.11, and `plancheck check` imports some fifty classes, so
that was a fifth of its time. `@record` lets the dataclass machinery make only `__init__`;
`Record` gives the other five once, for every class, with the frozen dataclass's meaning:
a field is set once, by `__init__`, and never again (`FrozenInstanceError`); equal when of
the same class with equal compared fields; the hash of those fields; the dataclass's repr.
To mypy (PEP 681's `dataclass_transform`) a record is a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import Field, FrozenInstanceError, dataclass, field, fields
from typing import Any, ClassVar, TypeVar, dataclass_transform

T = TypeVar("T")

_COMPARED: dict[type, tuple[str, ...]] = {}
_HASHED: dict[type, tuple[str, ...]] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True)` for a subclass of Record, with only `__init__` compiled."""
    if not issubclass(cls, Record):
        raise TypeError(f"@record needs a subclass of Record, not {cls.__qualname__}")
    made: type[T] = dataclass(eq=False, repr=False)(cls)
    return made


def _names(cls: type, table: dict[type, tuple[str, ...]], keep: str) -> tuple[str, ...]:
    names = table.get(cls)
    if names is None:

        def kept(f: Field[Any]) -> bool:
            if keep == "hash":  # as dataclasses: `hash=None` follows `compare`
                return bool(f.compare if f.hash is None else f.hash)
            return bool(getattr(f, keep))

        names = table[cls] = tuple(f.name for f in fields(cls) if kept(f))
    return names


class Record:
    """The base of the model's value classes (see the module's docstring)."""

    __slots__ = ()

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def __setattr__(self, name: str, value: Any) -> None:
        values = self.__dict__  # a field is set once, by __init__
        if name in values or name not in self.__dataclass_fields__:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        values[name] = value

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _names(self.__class__, _COMPARED, "compare")
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in _names(self.__class__, _HASHED, "hash")))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{n}={getattr(self, n)!r}" for n in _names(self.__class__, _SHOWN, "repr")
        )
        return f"{self.__class__.__qualname__}({shown})"
