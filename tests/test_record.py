"""plancheck.record: the value classes' equality, hash and repr mean what a frozen
dataclass's do."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from plancheck.record import Record


@dataclass(frozen=True, eq=False, repr=False)
class Fast(Record):
    name: str
    size: int = 0
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)


@dataclass(frozen=True)
class Slow:
    name: str
    size: int = 0
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)


@dataclass(frozen=True, eq=False, repr=False)
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


def test_another_class_is_never_equal_and_the_class_stays_frozen():
    assert Fast("a") != Other("a")
    assert Fast("a") != ("a", 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        Fast("a").name = "b"  # type: ignore[misc]
    assert dataclasses.replace(Fast("a"), size=3) == Fast("a", 3)
    assert {Fast("a"), Fast("a", note="other")} == {Fast("a")}


def test_the_model_is_made_of_records():
    from plancheck import findings, model

    for cls in (model.Plan, model.Measure, model.Milestone, findings.Finding):
        assert issubclass(cls, Record)
        assert cls.__eq__ is Record.__eq__ and cls.__hash__ is Record.__hash__
