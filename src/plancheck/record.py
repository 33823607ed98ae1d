"""Value classes that start fast: `@dataclass(frozen=True, eq=False, repr=False)` on a
subclass of `Record`.

A frozen dataclass compiles six methods for its class when the module is imported
(`__init__`, `__setattr__`, `__delattr__`, `__eq__`, `__hash__`, `__repr__`): about a
millisecond per class on Python 3.11, and `plancheck check` imports some fifty classes, so
that was a fifth of its time. `Record` gives the last three once, for every class, with the
dataclass's own meaning: equal when of the same class with equal compared fields, the hash of
those fields, and the dataclass's repr. The dataclass still makes `__init__` and the frozen
attributes, and mypy still sees a frozen dataclass.
"""

from __future__ import annotations

from dataclasses import Field, fields
from typing import Any

_COMPARED: dict[type, tuple[str, ...]] = {}
_HASHED: dict[type, tuple[str, ...]] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


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
