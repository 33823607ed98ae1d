"""Value classes that start fast: `@record` on a subclass of `Record`.

A record is a frozen dataclass to its users and to mypy (PEP 681's `dataclass_transform`):
fields declared by annotations, defaults and `field(default=..., default_factory=...,
compare=..., hash=..., repr=...)`, an `__init__` taking the fields in order, set once and
never again (`dataclasses.FrozenInstanceError`), equal when of the same class with equal
compared fields, the hash of those fields, the dataclass's repr, and `replace`.
`dataclasses.fields`, `dataclasses.replace` and `dataclasses.asdict` work on a record too.

Why not `@dataclass(frozen=True)` itself: `plancheck check` is a command run on every
commit, and importing `dataclasses` imports `inspect`, `dis`, `ast` and `tokenize` (about a
quarter of the start-up of Python and PyYAML together), and a frozen dataclass compiles six
methods per class when its module is imported (about a millisecond per class on Python 3.11,
some fifty classes). The methods of a record are written once, here, for every class; its
`__init__` is generic until the class has made COMPILE_AFTER instances, and then compiled
for its fields (most classes make a few instances in a check, some make thousands in a
large plan). `dataclasses` is imported only when
something asks for a record's `__dataclass_fields__` (tests, the diff's JSON, the Word
report's data part) or when a frozen field is assigned (for its exception class).
tests/test_record.py holds records to frozen dataclasses' behaviour.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

# The typing module is not imported at run time (a check's start-up): mypy reads the
# overloads of `field` and `dataclass_transform` below, Python runs the plain definitions.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar, TypeVar, dataclass_transform, overload

    T = TypeVar("T")
else:

    def dataclass_transform(**kwargs: object) -> Callable[[T], T]:
        return lambda made: made


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()  # no default given


class Field:
    """What `field()` gives, and what `fields()` returns for each field of a record."""

    __slots__ = ("annotation", "compare", "default", "default_factory", "hash", "name", "repr")

    def __init__(
        self,
        default: Any = MISSING,
        default_factory: Any = MISSING,
        compare: bool = True,
        hash: bool | None = None,  # as dataclasses: None follows `compare`
        repr: bool = True,
    ) -> None:
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.annotation: Any = None
        self.default = default
        self.default_factory = default_factory
        self.compare = compare
        self.hash = hash
        self.repr = repr

    @property
    def hashed(self) -> bool:
        return self.compare if self.hash is None else self.hash

    @property
    def required(self) -> bool:
        return self.default is MISSING and self.default_factory is MISSING


if TYPE_CHECKING:

    @overload
    def field(
        *, default: T, compare: bool = ..., hash: bool | None = ..., repr: bool = ...
    ) -> T: ...
    @overload
    def field(
        *,
        default_factory: Callable[[], T],
        compare: bool = ...,
        hash: bool | None = ...,
        repr: bool = ...,
    ) -> T: ...
    @overload
    def field(*, compare: bool = ..., hash: bool | None = ..., repr: bool = ...) -> Any: ...


def field(
    *,
    default: Any = MISSING,
    default_factory: Any = MISSING,
    compare: bool = True,
    hash: bool | None = None,
    repr: bool = True,
) -> Any:
    """A field's default and whether it counts in equality, hash and repr, as
    `dataclasses.field`."""
    return Field(default, default_factory, compare, hash, repr)


class _Shape:
    """A record class's fields, and the names its methods read, made once per class."""

    __slots__ = ("compared", "fields", "hashed", "names", "shown")

    def __init__(self, specs: tuple[Field, ...]) -> None:
        self.fields = specs
        self.names = frozenset(s.name for s in specs)
        self.compared = tuple(s.name for s in specs if s.compare)
        self.hashed = tuple(s.name for s in specs if s.hashed)
        self.shown = tuple(s.name for s in specs if s.repr)


_SHAPES: dict[type, _Shape] = {}


def fields(cls_or_record: Any) -> tuple[Field, ...]:
    """The fields of a record (class or instance), in order."""
    cls = cls_or_record if isinstance(cls_or_record, type) else type(cls_or_record)
    return _SHAPES[cls].fields


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of the record `obj` with `changes`, as `dataclasses.replace`."""
    values = {f.name: getattr(obj, f.name) for f in _SHAPES[type(obj)].fields}
    unknown = changes.keys() - values.keys()
    if unknown:
        raise TypeError(f"{type(obj).__qualname__} has no field {sorted(unknown)[0]!r}")
    values.update(changes)
    return type(obj)(**values)


def _own_fields(cls: type) -> list[Field]:
    out: list[Field] = []
    dataclasses = sys.modules.get("dataclasses")  # a dataclasses.field() given to a record
    own = cls.__dict__.get("__annotations__")  # noqa: RUF063 (inspect is what we avoid)
    if own is None and "__annotate__" in cls.__dict__:  # Python 3.14: made on demand
        own = cls.__annotations__
    for name, annotation in (own or {}).items():
        if _is_class_var(annotation):
            continue
        value = cls.__dict__.get(name, MISSING)
        if dataclasses is not None and isinstance(value, dataclasses.Field):
            value = Field(
                MISSING if value.default is dataclasses.MISSING else value.default,
                MISSING if value.default_factory is dataclasses.MISSING else value.default_factory,
                value.compare,
                value.hash,
                value.repr,
            )
        spec = value if isinstance(value, Field) else Field(default=value)
        if spec.default is not MISSING and type(spec.default).__hash__ is None:
            raise ValueError(
                f"mutable default {type(spec.default)} for field {name} is not allowed:"
                " use default_factory"
            )
        spec.name, spec.annotation = name, annotation
        if spec.default is MISSING:
            if name in cls.__dict__:
                delattr(cls, name)
        else:
            setattr(cls, name, spec.default)  # as dataclasses: the class holds the default
        out.append(spec)
    return out


def _is_class_var(annotation: object) -> bool:
    if isinstance(annotation, str):  # `from __future__ import annotations`
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    typing = sys.modules.get("typing")  # an annotation object from typing: typing is loaded
    return typing is not None and (
        annotation is typing.ClassVar or typing.get_origin(annotation) is typing.ClassVar
    )


def _make_init(cls: type, specs: tuple[Field, ...]) -> Callable[..., None]:
    """`__init__` for the fields `specs`, compiled: each set straight into the instance's
    `__dict__` (the frozen `__setattr__` refuses a second assignment). Its own names start
    with `__record_`, so that no field's name can clash with them."""
    missing = "__record_missing__"
    scope: dict[str, Any] = {missing: MISSING}
    params, lines = [], []
    for i, spec in enumerate(specs):
        name = spec.name
        if spec.default is not MISSING:
            scope[f"__record_default_{i}__"] = spec.default
            params.append(f"{name}=__record_default_{i}__")
            lines.append(f" __record_dict__[{name!r}] = {name}")
        elif spec.default_factory is not MISSING:
            factory = f"__record_factory_{i}__"
            scope[factory] = spec.default_factory
            params.append(f"{name}={missing}")
            lines.append(
                f" __record_dict__[{name!r}] = {factory}() if {name} is {missing} else {name}"
            )
        else:
            params.append(name)
            lines.append(f" __record_dict__[{name!r}] = {name}")
    source = "def __init__(" + ", ".join(["__record_self__", *params]) + "):\n"
    source += " __record_dict__ = __record_self__.__dict__\n" + "\n".join(lines)
    exec(source, scope)
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


# How many instances a class makes through the generic `__init__` before it gets a compiled
# one: compiling takes some 80 microseconds a class, the generic one a few more microseconds
# an instance, and most classes make only a few instances in a check of a plan of ordinary
# size (a plan of thousands of measures makes thousands, through the compiled one).
COMPILE_AFTER = 32


def _generic_init(cls: type, specs: tuple[Field, ...]) -> Callable[..., None]:
    """`__init__` for the fields `specs` without compiling anything, until the class has made
    COMPILE_AFTER instances; then (and for any call it does not take, which the compiled one
    refuses with Python's own message) the class gets the compiled `__init__`."""
    names = tuple(spec.name for spec in specs)
    known = frozenset(names)
    missing = tuple((s.name, s.default, s.default_factory) for s in specs if not s.required)
    made = 0

    def __init__(record_self: Any, /, *args: Any, **kwargs: Any) -> None:  # a field may be `self`
        nonlocal made
        made += 1
        values = dict(zip(names, args, strict=False))  # fewer args: the rest below
        if made <= COMPILE_AFTER and len(args) <= len(names) and known.issuperset(kwargs):
            for key, value in kwargs.items():
                if key in values:
                    break  # given twice: the compiled one says so
                values[key] = value
            else:
                if len(values) < len(names):
                    for name, default, factory in missing:
                        if name not in values:
                            values[name] = default if default is not MISSING else factory()
                if len(values) == len(names):
                    own = record_self.__dict__
                    for name in names:
                        own[name] = values[name]
                    return
        init = cls.__dict__["__init__"]
        if init is __init__:
            init = _make_init(cls, specs)
            cls.__init__ = init  # type: ignore[misc]
        init(record_self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    return __init__


@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: type[T]) -> type[T]:
    """`@dataclass(frozen=True)` for a subclass of Record (see the module's docstring)."""
    if not issubclass(cls, Record):
        raise TypeError(f"@record needs a subclass of Record, not {cls.__qualname__}")
    if "__post_init__" in cls.__dict__:
        raise TypeError(f"{cls.__qualname__}: a record has no __post_init__ (make the value first)")
    inherited: dict[str, Field] = {}
    for base in reversed(cls.__mro__[1:]):
        if base in _SHAPES:
            inherited.update((spec.name, spec) for spec in _SHAPES[base].fields)
    for spec in _own_fields(cls):
        inherited[spec.name] = spec
    specs = tuple(inherited.values())
    defaulted = ""
    for spec in specs:
        if spec.required and defaulted:
            raise TypeError(
                f"non-default argument {spec.name!r} follows default argument {defaulted!r}"
                f" in {cls.__qualname__}"
            )
        defaulted = defaulted or ("" if spec.required else spec.name)
    _SHAPES[cls] = _Shape(specs)
    if "__init__" not in cls.__dict__:
        cls.__init__ = _generic_init(cls, specs)  # type: ignore[method-assign]
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(s.name for s in specs)  # type: ignore[misc, attr-defined]
    return cls


def _frozen(message: str) -> AttributeError:
    from dataclasses import FrozenInstanceError

    return FrozenInstanceError(message)


class _DataclassFields:
    """A record's `__dataclass_fields__`, made on first use by dataclasses itself from the
    record's fields, so that `dataclasses.fields`, `replace` and `asdict` work on records."""

    def __get__(self, obj: object, owner: type) -> dict[str, Any]:
        made = _DATACLASS_FIELDS.get(owner)
        if made is None:
            import dataclasses

            shadow = dataclasses.make_dataclass(
                owner.__name__,
                [
                    (
                        spec.name,
                        spec.annotation,
                        dataclasses.field(
                            default=(
                                dataclasses.MISSING if spec.default is MISSING else spec.default
                            ),
                            default_factory=(
                                dataclasses.MISSING
                                if spec.default_factory is MISSING
                                else spec.default_factory
                            ),
                            compare=spec.compare,
                            hash=spec.hash,
                            repr=spec.repr,
                        ),
                    )
                    for spec in (_SHAPES[owner].fields if owner in _SHAPES else ())
                ],
                frozen=True,
            )
            made = _DATACLASS_FIELDS[owner] = vars(shadow)["__dataclass_fields__"]
        return made


_DATACLASS_FIELDS: dict[type, dict[str, Any]] = {}


class Record:
    """The base of the model's value classes (see the module's docstring)."""

    __slots__ = ()

    __dataclass_fields__: ClassVar[dict[str, Any]] = _DataclassFields()  # type: ignore[assignment]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A subclass without @record of its own has the fields of the record it extends (as
        a subclass of a dataclass has); @record replaces them with its own."""
        super().__init_subclass__(**kwargs)
        for base in cls.__mro__[1:]:
            if base in _SHAPES:
                _SHAPES[cls] = _SHAPES[base]
                break

    def __setattr__(self, name: str, value: Any) -> None:
        values = self.__dict__  # a field is set once, by __init__
        if name in values or name not in _SHAPES[self.__class__].names:
            raise _frozen(f"cannot assign to field {name!r}")
        values[name] = value

    def __delattr__(self, name: str) -> None:
        raise _frozen(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _SHAPES[self.__class__].compared
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in _SHAPES[self.__class__].hashed))

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in _SHAPES[self.__class__].shown)
        return f"{self.__class__.__qualname__}({shown})"
