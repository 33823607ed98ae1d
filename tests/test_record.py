"""plancheck.record: the value classes' equality, hash and repr mean what a frozen
dataclass's do."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from plancheck import record as records
from plancheck.record import Record, record


@record
class Fast(Record):
    name: str
    size: int = 0
    note: str = records.field(default="", compare=False)
    secret: str = records.field(default="", repr=False)


@dataclass(frozen=True)
class Slow:
    name: str
    size: int = 0
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)


@record
class Other(Record):
    name: str
    size: int = 0
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)


CASES = [("a", 1, "x", "s"), ("a", 1, "y", "s"), ("a", 2, "x", "s"), ("b", 1, "x", "t")]


@pytest.mark.parametrize("one", CASES)
@pytest.mark.parametrize("two", CASES)
def test_as_a_frozen_dataclass(one: tuple[str, int, str, str], two: tuple[str, int, str, str]):
    assert (Fast(*one) == Fast(*two)) == (Slow(*one) == Slow(*two))
    assert (hash(Fast(*one)) == hash(Fast(*two))) == (hash(Slow(*one)) == hash(Slow(*two)))
    assert hash(Fast(*one)) == hash(Slow(*one))
    assert repr(Fast(*one)) == repr(Slow(*one)).replace("Slow(", "Fast(", 1)


def test_another_class_is_never_equal_and_the_class_stays_frozen() -> None:
    assert Fast("a") != Other("a")
    assert Fast("a") != ("a", 0)
    fast = Fast("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.name = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.other = "b"  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del fast.size  # type: ignore[misc]
    assert fast == Fast("a") and not hasattr(fast, "other")
    assert dataclasses.replace(Fast("a"), size=3) == Fast("a", 3)
    assert {Fast("a"), Fast("a", note="other")} == {Fast("a")}


def test_the_model_is_made_of_records() -> None:
    from plancheck import findings, model

    for cls in (model.Plan, model.Measure, model.Milestone, findings.Finding):
        assert issubclass(cls, Record)
        assert cls.__eq__ is Record.__eq__ and cls.__hash__ is Record.__hash__


def test_record_is_for_records_only() -> None:
    class Plain:
        name: str

    with pytest.raises(TypeError, match="subclass of Record"):
        record(Plain)


def test_spans_order_as_a_dataclass_with_order_true() -> None:
    from plancheck.findings import Span

    @dataclass(frozen=True, order=True)
    class Reference:
        line: int
        column: int
        end_line: int | None = None
        end_column: int | None = None

    cases = [(1, 1, None, None), (1, 2, None, None), (2, 1, 3, 4), (2, 1, 3, 5), (2, 1, 2, 9)]
    for one in cases:
        for two in cases:
            for op in ("__lt__", "__le__", "__gt__", "__ge__"):
                try:
                    want = getattr(Reference(*one), op)(Reference(*two))
                except TypeError:
                    with pytest.raises(TypeError):
                        getattr(Span(*one), op)(Span(*two))
                    continue
                assert getattr(Span(*one), op)(Span(*two)) == want, (one, op, two)
    assert sorted(Span(*c) for c in reversed(cases[:4])) == [Span(*c) for c in cases[:4]]


def test_the_hand_written_inits_take_the_fields_as_the_dataclass_would() -> None:
    """Span and Run set their fields in __init__ by hand (thousands are made per check): the
    same parameters, in the same order, with the same defaults, as the generated one."""
    import inspect

    from plancheck.findings import Span
    from plancheck.markup import Run

    for cls in (Span, Run):
        params = list(inspect.signature(cls).parameters.values())
        made = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in made]
        assert [p.default for p in params] == [
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in made
        ]
        one = cls(*[f"v{i}" for i in range(len(made))])
        assert [getattr(one, f.name) for f in made] == [f"v{i}" for i in range(len(made))]
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(one, made[0].name, "other")


def test_last_day_of_a_month_as_the_calendar_has_it() -> None:
    """model.last_day counts without the calendar module (not imported by a check)."""
    import calendar
    import datetime as dt

    from plancheck.model import last_day

    for year in (1, 1900, 2000, 2018, 2019, 2024, 2100, 9999):
        for month in range(1, 13):
            days = calendar.monthrange(year, month)[1]
            assert last_day((year, month)) == dt.date(year, month, days)


def test_replace_fields_and_match_as_a_dataclass() -> None:
    one = Fast("a", 1, "n", "s")
    assert records.replace(one, size=2) == Fast("a", 2, "n", "s")
    assert records.replace(one, note="m").note == "m" and one.note == "n"
    with pytest.raises(TypeError, match="no field 'colour'"):
        records.replace(one, colour="red")
    assert [f.name for f in records.fields(Fast)] == ["name", "size", "note", "secret"]
    assert [f.name for f in records.fields(one)] == [f.name for f in dataclasses.fields(Slow)]
    assert [(f.compare, f.repr, f.default) for f in dataclasses.fields(one)] == [
        (f.compare, f.repr, f.default) for f in dataclasses.fields(Slow)
    ]
    assert dataclasses.asdict(one) == dataclasses.asdict(Slow("a", 1, "n", "s"))
    assert Fast.__match_args__ == Slow.__match_args__
    match one:
        case Fast(name, size):
            assert (name, size) == ("a", 1)
        case _:
            pytest.fail("a record matches by its fields in order")
    assert Fast.size == 0 and "name" not in Fast.__dict__  # the class holds the defaults


def test_a_record_s_fields_are_checked_as_a_dataclass_s() -> None:
    with pytest.raises(TypeError, match="non-default argument 'b' follows default argument"):

        @record
        class Wrong(Record):
            a: int = 0
            b: int

    with pytest.raises(ValueError, match="mutable default"):

        @record
        class Mutable(Record):
            items: list[int] = []  # noqa: RUF012

    with pytest.raises(ValueError, match="both default and default_factory"):
        records.field(default=1, default_factory=int)


def test_default_factories_and_dataclasses_fields_in_a_record() -> None:
    @record
    class Made(Record):
        items: tuple[int, ...] = records.field(default_factory=lambda: (1, 2))
        other: str = field(default="x", compare=False)  # a dataclasses.field is taken too
        more: int = field(default_factory=lambda: 3)

    assert Made().items == (1, 2) and Made((3,)).items == (3,)
    assert Made(other="y") == Made() and Made().more == 3 and Made(more=4).more == 4
    assert "other=" in repr(Made())


def test_the_generic_and_the_compiled_init_take_every_call_as_the_dataclass() -> None:
    """A record's first COMPILE_AFTER instances are made by a generic __init__, the rest by
    a compiled one; both take (and refuse, with Python's own message) what the frozen
    dataclass's __init__ takes (and refuses)."""

    def fresh() -> type:
        @record
        class Made(Record):
            name: str
            size: int = 0
            items: tuple[int, ...] = records.field(default_factory=lambda: (1,))

        return Made

    @dataclass(frozen=True)
    class Made:
        name: str
        size: int = 0
        items: tuple[int, ...] = field(default_factory=lambda: (1,))

    calls: list[tuple[tuple[object, ...], dict[str, object]]] = [
        (("a",), {}),
        (("a", 2), {}),
        (("a", 2, (3,)), {}),
        ((), {"name": "a"}),
        (("a",), {"items": (4,)}),
        ((), {"size": 5, "name": "b"}),
        ((), {}),
        (("a", 2, (3,), 4), {}),
        (("a",), {"name": "b"}),
        (("a",), {"colour": "red"}),
        ((), {"size": 1}),
    ]
    record_class = fresh()
    for round_ in range(2 + records.COMPILE_AFTER // len(calls)):
        for args, kwargs in calls:
            try:
                want: object = Made(*args, **kwargs)
            except TypeError as err:
                with pytest.raises(TypeError) as refused:
                    record_class(*args, **kwargs)
                assert str(refused.value) == str(err).replace(
                    "test_the_generic_and_the_compiled_init_take_every_call_as_the_dataclass.<locals>.",
                    "test_the_generic_and_the_compiled_init_take_every_call_as_the_dataclass.<locals>.fresh.<locals>.",
                )
                record_class = fresh()  # a refused call compiles the class's __init__
                continue
            made = record_class(*args, **kwargs)
            assert dataclasses.astuple(made) == dataclasses.astuple(want), (round_, args, kwargs)
    compiled = fresh()
    assert "kwargs" in compiled.__init__.__code__.co_varnames  # the generic one
    for _ in range(records.COMPILE_AFTER + 1):
        compiled("a")
    assert compiled.__init__.__code__.co_varnames[1:4] == ("name", "size", "items")
    assert compiled("a", items=(2,)).items == (2,)


def test_a_field_may_have_any_name() -> None:
    """Field names that a generated __init__ could confuse with its own names."""

    @record
    class Odd(Record):
        self: int
        v: int
        MISSING: int = 3
        other: tuple[int, ...] = records.field(default_factory=tuple)

    for _ in range(records.COMPILE_AFTER + 2):  # the generic __init__, then the compiled one
        made = Odd(1, 2)
        assert (made.self, made.v, made.MISSING, made.other) == (1, 2, 3, ())
        made = Odd(self=4, v=5, other=(6,))
        assert (made.self, made.v, made.MISSING, made.other) == (4, 5, 3, (6,))


def test_what_a_record_refuses_or_inherits_as_a_dataclass_does() -> None:
    import typing

    with pytest.raises(ValueError, match="mutable default"):

        @record
        class Unhashable(Record):
            data: bytearray = bytearray()

    with pytest.raises(TypeError, match="no __post_init__"):

        @record
        class Later(Record):
            name: str

            def __post_init__(self) -> None:
                pass

    shared = type(
        "Shared",
        (Record,),
        {"__annotations__": {"name": str, "count": typing.ClassVar[int]}, "count": 0},
    )
    made = record(shared)
    assert [f.name for f in records.fields(made)] == ["name"] and made("a").name == "a"

    class Plain(Fast):  # a subclass without @record: the fields of the record it extends
        pass

    assert repr(Plain("a")).endswith(".Plain(name='a', size=0, note='')")
    assert Plain("a") == Plain("a", note="other") and hash(Plain("a")) == hash(Fast("a"))
