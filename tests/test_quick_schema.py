"""plancheck.quick_schema: its "valid" is jsonschema's, so the findings are jsonschema's alone.

The quick predicate may say False where jsonschema finds nothing (then jsonschema runs and
finds nothing); it must never say True where jsonschema finds an error. Held to that on the
bad-plan corpus (where it must agree exactly), on the published plan, and on a fixed set of
mutations of the published plan (wrong types, missing and unknown keys, bad dates, ...).
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from support import PLAN, PUBLISHED, ROOT

from plancheck import quick_schema, validation
from plancheck.loader import load_file

# the cases that load (the others never reach the schema)
CORPUS = [
    path
    for path in sorted((ROOT / "tests" / "bad_plans").rglob("*.yaml"))
    if load_file(path).document is not None
]


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        validation.schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _quick() -> quick_schema.Check:
    quick = quick_schema.compile_schema(validation.schema())
    assert quick is not None, "the plan schema uses a keyword plancheck.quick_schema lacks"
    return quick


def _data(path: Path) -> Any:
    document = load_file(path).document
    return None if document is None else document.data


def test_the_published_and_live_plans_pass_quickly() -> None:
    quick = _quick()
    assert quick(_data(PUBLISHED)) is True
    assert quick(_data(PLAN)) is True


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_agrees_with_jsonschema_on_the_bad_plan_corpus(path: Path) -> None:
    data = _data(path)
    assert _quick()(data) == _validator().is_valid(data)


@pytest.mark.parametrize("path", [PUBLISHED, *CORPUS], ids=lambda p: p.name)
def test_findings_are_those_of_jsonschema(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = load_file(path).document
    assert document is not None
    quick = validation.validate(document)
    monkeypatch.setattr(validation, "_quick", lambda: None)
    assert quick == validation.validate(document)


_ODD_VALUES: tuple[Any, ...] = (
    None,
    0,
    7,
    1.5,
    True,
    "",
    "x",
    "3.1",
    "2018-02-30",
    "2018-09-31",
    "2018-9-1",
    "2018-09",
    "immediate",
    [],
    ["x", "x"],
    {},
    {"unknown": 1},
)


def _places(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _places(value, (*path, index))


def _mutations(data: Any, count: int) -> Iterator[Any]:
    """`count` mutations of data, the same every run: one value replaced, a key removed or
    added, a list item doubled."""
    chooser = random.Random(14)
    places = [p for p in _places(data) if p]
    for _ in range(count):
        path = chooser.choice(places)
        mutated = copy.deepcopy(data)
        parent = mutated
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        how = chooser.randrange(4)
        if how == 0 and isinstance(parent, dict):
            del parent[last]
        elif how == 1 and isinstance(parent, dict):
            parent["unknown_key"] = parent[last]
        elif how == 2 and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        else:
            parent[last] = copy.deepcopy(chooser.choice(_ODD_VALUES))
        yield mutated


def test_never_passes_what_jsonschema_refuses() -> None:
    quick, validator = _quick(), _validator()
    refused = 0
    for mutated in _mutations(_data(PUBLISHED), 400):
        valid = validator.is_valid(mutated)
        refused += not valid
        if quick(mutated):
            assert valid
    assert refused > 100  # the mutations do break the plan
