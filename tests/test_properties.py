"""Property-based tests: mutate the published plan (tests/fixtures/plan-2018-08-31.yaml) at
random and run the pipeline on it.

Whatever the mutation (a key dropped, a list item duplicated, a value of another type,
list items reordered, a date changed to another valid or invalid one, a wording with odd
dates, control characters in text or raw in the file), the checker raises nothing, every finding names a known rule
with a message and a place inside the file, and the exit code is 0, 1 or 2. For fewer
examples `build` and `export ics` run in-process too: they return 0, 1 or 2, write a
complete output or nothing, and write nowhere but their output folder.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import PUBLISHED

from plancheck.cli import main
from plancheck.engine import ACK_RULES, check_document
from plancheck.findings import EXIT_CLEAN, Finding, exit_code
from plancheck.loader import load_file, load_text
from plancheck.reporters import Context
from plancheck.reporters.text import render
from plancheck.rules import BY_ID
from plancheck.starter import STARTER_PLAN

_loaded = load_file(PUBLISHED).document
assert _loaded is not None
BASE: dict[str, Any] = _loaded.data
KNOWN_RULES = set(BY_ID) | set(ACK_RULES) | {"schema", "load"}
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")
CONTROL = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\x7f", "\ufffe", "\x85"]

Path_ = tuple[str | int, ...]


# walking and changing the data


def walk(node: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, (*path, i))


def get(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def paths(data: Any, keep: Callable[[Path_, Any], bool]) -> list[Path_]:
    return [p for p, value in walk(data) if p and keep(p, value)]


def inside(data: Any, kind: type) -> Callable[[Path_, Any], bool]:
    """Keep the paths whose parent is a `kind` (dict: a key's value; list: an item)."""
    return lambda p, _: isinstance(get(data, p[:-1]), kind)


def pick(draw: st.DataObject, choices: list[Path_]) -> Path_ | None:
    return draw.draw(st.sampled_from(choices)) if choices else None


def drop_key(data: Any, draw: st.DataObject) -> None:
    path = pick(draw, paths(data, inside(data, dict)))
    if path is not None:
        del get(data, path[:-1])[path[-1]]


def duplicate_item(data: Any, draw: st.DataObject) -> None:
    path = pick(draw, paths(data, inside(data, list)))
    if path is not None:
        items = get(data, path[:-1])
        items.insert(int(path[-1]), copy.deepcopy(items[int(path[-1])]))


OTHER_VALUES = st.one_of(
    st.integers(-3, 3000),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.none(),
    st.text(max_size=12),
    st.lists(st.text(max_size=6), max_size=3),
    st.dictionaries(st.sampled_from(["id", "text", "due", "x"]), st.text(max_size=6), max_size=2),
)


def retype(data: Any, draw: st.DataObject) -> None:
    path = pick(draw, paths(data, lambda p, v: True))
    if path is not None:
        get(data, path[:-1])[path[-1]] = draw.draw(OTHER_VALUES)


def reorder(data: Any, draw: st.DataObject) -> None:
    path = pick(draw, paths(data, lambda p, v: isinstance(v, list) and len(v) > 1))
    if path is not None:
        items = get(data, path)
        order = draw.draw(st.permutations(range(len(items))))
        items[:] = [items[i] for i in order]


DATES = st.one_of(
    st.dates(min_value=dt.date(2000, 1, 1)).map(lambda d: d.isoformat()),
    st.tuples(st.integers(2000, 2040), st.integers(1, 12)).map(lambda t: f"{t[0]:04d}-{t[1]:02d}"),
    st.sampled_from(
        ["2018-02-30", "2018-13", "2018-00", "2018-06-31", "31-12-2018", "2018-6-1", "immediate"]
    ),
    st.sampled_from(["ongoing", "", "2018-12-32", "0000-01-01", "0000-01", "0001-01-01"]),
    st.sampled_from(["9999-12", "9999-12-31", "0001-01"]),
)


def change_date(data: Any, draw: st.DataObject) -> None:
    path = pick(draw, paths(data, lambda p, v: isinstance(v, str) and bool(DATE.match(v))))
    if path is not None:
        get(data, path[:-1])[path[-1]] = draw.draw(DATES)


YEARS = st.sampled_from([0, 1, 2017, 2018, 2019, 9999])
WORDINGS = st.one_of(
    st.builds("Voor {:02d}-{:02d}-{:04d}".format, st.integers(0, 32), st.integers(0, 13), YEARS),
    st.builds("Uiterlijk 1 januari {:04d}".format, YEARS),
    st.builds("Juni {:04d}".format, YEARS),
    st.builds("April {:04d} - december {:04d}".format, YEARS, YEARS),
    st.builds("{} de zomer {:04d}".format, st.sampled_from(["Voor", "In", "Na"]), YEARS),
    st.builds("In {:04d}".format, YEARS),
    st.sampled_from(["Doorlopend", "Per direct", "", "Voor", "zomer", "(2018)"]),
)


def rewrite_wording(data: Any, draw: st.DataObject) -> None:
    """A milestone's published wording in one of the Dutch forms, with odd numbers."""
    path = pick(draw, paths(data, lambda p, v: p[-1] == "wording" and isinstance(v, str)))
    if path is not None:
        get(data, path[:-1])[path[-1]] = draw.draw(WORDINGS)


def control_characters(data: Any, draw: st.DataObject) -> None:
    path = pick(draw, paths(data, lambda p, v: isinstance(v, str)))
    if path is not None:
        text: str = get(data, path)
        at = draw.draw(st.integers(0, len(text)))
        bad = "".join(draw.draw(st.lists(st.sampled_from(CONTROL), min_size=1, max_size=3)))
        get(data, path[:-1])[path[-1]] = text[:at] + bad + text[at:]


MUTATIONS = [
    drop_key,
    duplicate_item,
    retype,
    reorder,
    change_date,
    rewrite_wording,
    control_characters,
]
# for the exports: mutations that mostly keep the plan within the schema, so that the
# exporters, not only the schema, see the odd plans
GENTLE = [duplicate_item, reorder, change_date, rewrite_wording, control_characters]


def mutated_text(draw: st.DataObject, mutations: list[Callable[[Any, st.DataObject], None]]) -> str:
    data = copy.deepcopy(BASE)
    for _ in range(draw.draw(st.integers(1, 3), label="mutations")):
        draw.draw(st.sampled_from(mutations), label="mutation")(data, draw)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    if draw.draw(st.integers(0, 9), label="raw") == 0:  # now and then a raw control byte
        at = draw.draw(st.integers(0, len(text)))
        text = text[:at] + draw.draw(st.sampled_from(CONTROL)) + text[at:]
    return text


# the checker, in-process


def check_text(text: str) -> tuple[tuple[Finding, ...], int]:
    loaded = load_text(text, "plan.yaml")
    if loaded.document is None:
        return loaded.findings, exit_code(loaded.findings, unreadable=True)
    result = check_document(loaded.document)
    render([result], Context("test"))  # the text report can show every finding
    return result.findings, exit_code(result.findings)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_mutated_plan_is_checked_without_an_exception(draw: st.DataObject) -> None:
    text = mutated_text(draw, MUTATIONS)
    findings, code = check_text(text)
    assert code in (0, 1, 2)
    lines = text.replace("\r\n", "\n").split("\n")
    for finding in findings:
        assert finding.rule in KNOWN_RULES, finding
        assert finding.message.strip(), finding
        assert finding.file == "plan.yaml"
        if finding.span is not None:
            assert 1 <= finding.span.line <= len(lines), finding
            assert finding.span.column >= 1, finding


STARTER = yaml.safe_load(STARTER_PLAN)
MILESTONE = ("improvement_points", 0, "measures", 0, "realisation", 0)


@settings(max_examples=200, deadline=None)
@given(WORDINGS, DATES, st.none() | DATES, st.sampled_from(["deliverable", "ongoing"]))
def test_any_wording_and_dates_on_the_starter_plan(
    wording: str, due: str, start: str | None, kind: str
) -> None:
    # the small plan checks in milliseconds, so the odd dates get many more tries here
    data = copy.deepcopy(STARTER)
    milestone = get(data, MILESTONE)
    milestone.update(wording=wording, due=due, kind=kind)
    if start is not None:
        milestone["start"] = start
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    findings, code = check_text(text)
    assert code in (0, 1, 2)
    assert all(f.rule in KNOWN_RULES and f.message.strip() for f in findings)


def test_the_unchanged_plan_passes() -> None:
    text = yaml.safe_dump(BASE, allow_unicode=True, sort_keys=False, width=100)
    assert check_text(text)[1] == EXIT_CLEAN


# build and export ics, in-process


def tree(folder: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(folder)): (None if p.is_dir() else p.read_bytes())
        for p in sorted(folder.rglob("*"))
    }


def cli(args: list[str]) -> int:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exit_:  # argparse; not expected with these arguments
            code = exit_.code if isinstance(exit_.code, int) else 2
    assert "Traceback" not in out.getvalue() + err.getvalue()
    return code


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.booleans())
def test_build_and_export_of_a_mutated_plan(draw: st.DataObject, force: bool) -> None:
    text = mutated_text(draw, GENTLE)
    forced = ["--force"] if force else []
    with tempfile.TemporaryDirectory() as base:
        root = Path(base)
        work = root / "work"
        work.mkdir()
        (work / "plan.yaml").write_text(text, "utf-8")
        (root / "neighbour.txt").write_bytes(b"not to be touched\n")
        before = tree(root)
        with contextlib.chdir(work):
            built = cli(["build", "plan.yaml", "--out", "out", "--toc-pages", "none", *forced])
            exported = cli(["export", "ics", "plan.yaml", "-o", "calendars", *forced])
        assert built in (0, 1, 2)
        assert exported in (0, 1, 2)
        after = tree(root)
        # only the two outputs changed; nothing else, here or beside the work folder
        changed = {p for p in set(before) | set(after) if before.get(p, 0) != after.get(p, 0)}
        outputs = {os.path.join("work", "out"), os.path.join("work", "calendars")}
        assert {_top(p) for p in changed} <= outputs, changed
        # a build is complete or absent, never half
        if built == 0:
            for name in (
                "verbeterplan.docx",
                "findings.txt",
                "findings.json",
                "site/index.html",
                "site/agenda/index.html",
            ):
                assert (work / "out" / name).is_file(), name
        else:
            assert not (work / "out").exists()
        if exported == 0:
            assert (work / "calendars" / "index.html").is_file()
        else:
            assert not (work / "calendars").exists()


def _top(path: str) -> str:
    """work/out/calendars/x.ics -> work/out: the output a changed path belongs to."""
    return os.sep.join(Path(path).parts[:2])
