"""plancheck.fixes: a hint's changes, applied to a copy of the data and tried before they
are suggested; plancheck.spelling: "did you mean" only for a likely misspelling."""

from __future__ import annotations

import pytest
from support import edited_text

from plancheck import fixes
from plancheck.engine import check_document
from plancheck.findings import Change, Finding, Severity
from plancheck.loader import load_text
from plancheck.spelling import likely_meant

DATA = {
    "planning": {"rows": [{"measure": "1", "work": ["2018-04", "2018-09"]}]},
    "acknowledged": [{"rule": "a"}, {"rule": "b"}, {"rule": "c"}],
    "m": {"due": "2018-09-30", "start": "2018-02"},
}


def test_apply_makes_each_kind_of_change_on_a_copy():
    changes = (
        Change("set", ("m", "due"), "2018-10-31"),
        Change("delete", ("m", "start")),
        Change("add", ("planning", "rows", 0, "work"), "2018-10"),
        Change("remove", ("planning", "rows", 0, "work"), "2018-09"),
        Change("delete", ("acknowledged", 0)),
        Change("delete", ("acknowledged", 2)),
    )
    out = fixes.apply(DATA, changes)
    assert out["m"] == {"due": "2018-10-31"}
    assert out["planning"]["rows"][0]["work"] == ["2018-04", "2018-10"]
    # list items deleted last, the later first: both paths still meant what they said
    assert out["acknowledged"] == [{"rule": "b"}]
    assert DATA["m"] == {"due": "2018-09-30", "start": "2018-02"}  # the data is never changed


def test_a_change_describes_itself_as_a_hint_names_it():
    assert Change("set", ("x", "due"), "2018-10-31", "milestone 4.1-x").describe() == (
        'set due: "2018-10-31" (milestone 4.1-x)'
    )
    assert Change("add", ("rows", 0, "work"), "2018-10", "planning row 4.1").describe() == (
        'add "2018-10" to planning row 4.1 `work`'
    )
    assert Change("remove", ("rows", 0, "work"), "2018-09", "planning row 4.1").describe() == (
        'remove "2018-09" from planning row 4.1 `work`'
    )
    assert Change("delete", ("acknowledged", 2), place="the entry").describe() == (
        "remove the entry"
    )


def _finding(rule: str, subject: str, *fix: Change) -> Finding:
    return Finding(rule, Severity.ERROR, f"{rule} {subject}", "plan.yaml", subject=subject, fix=fix)


def test_a_fix_that_brings_a_finding_without_a_fix_is_not_offered():
    first = _finding("r1", "a", Change("set", ("m", "due"), "x"))
    blocker = Finding("r2", Severity.ERROR, "outside", "plan.yaml", hint="widen it", subject="b")
    [out] = fixes.with_fixes([first], DATA, lambda data: [blocker], {})
    assert out.fix == ()
    assert out.hint == "widen it"
    with_hint = _finding("r1", "a", Change("set", ("m", "due"), "x"))
    with_hint = Finding(**{**with_hint.__dict__, "hint": "set due"})
    [out] = fixes.with_fixes([with_hint], DATA, lambda data: [blocker], {})
    assert (out.fix, out.hint) == ((), "set due; with that, also: widen it")


def test_a_fix_that_leaves_the_finding_is_not_offered_and_the_fallback_hint_replaces_it():
    first = _finding("r1", "a", Change("set", ("m", "due"), "x"))
    still = _finding("r1", "a")
    [out] = fixes.with_fixes([first], DATA, lambda data: [still], {fixes.key(first): "other"})
    assert (out.fix, out.hint) == ((), "other")


def test_the_rerun_budget_shrinks_with_the_plan():
    runs: list[object] = []

    def rerun(data: object) -> list[Finding]:
        runs.append(data)
        return []

    first = _finding("r1", "a", Change("set", ("m", "due"), "x"))
    [small] = fixes.with_fixes([first], DATA, rerun, {}, size=10)
    assert small.fix == first.fix and len(runs) == 1
    [huge] = fixes.with_fixes([first], DATA, rerun, {}, size=fixes.MAX_WORK + 1)
    assert huge.fix == () and len(runs) == 1  # not tried: no fix is offered untried


def test_the_published_plan_is_checked_without_trying_any_fix(monkeypatch):
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("a clean plan runs the rules once")

    monkeypatch.setattr(fixes, "complete", fail)
    loaded = load_text(edited_text())
    assert loaded.document is not None
    assert not any(not f.suppressed for f in check_document(loaded.document).findings)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("inkoop-team", "inkoopteam"),  # a hyphen added
        ("beleidsadviseurs-juegd", "beleidsadviseurs-jeugd"),  # two letters swapped
        ("beleidsadviseur-jeugd", "beleidsadviseurs-jeugd"),  # a letter left out
        ("amkh", "amhk"),
        # a different role that merely looks alike is no misspelling
        ("beleidsadviseurs-sociaal-domein", None),
        ("projectleider-walcheren", None),
        ("senior-beleidsadviseur-middelburg", None),
        ("wethouder", None),
    ],
)
def test_did_you_mean_only_for_a_likely_misspelling(typed, meant):
    known = [
        "projectleider-leertuin",
        "functionarissen-gegevensbeheer",
        "inkoopteam",
        "beleidsadviseurs-jeugd",
        "amhk",
    ]
    assert likely_meant(typed, known) == meant


def test_an_id_cut_short_after_a_part_suggests_the_one_id_it_starts():
    known = ("pentekening-evaluatie", "pentekening-rapport-v2", "factsheet-juni")
    assert likely_meant("factsheet", iter(known)) == "factsheet-juni"  # any iterable
    assert likely_meant("pentekening", known) is None  # two ids start so: no guess
    assert likely_meant("pentek", known) is None  # not cut after a part
    assert likely_meant("juni", known) is None  # an end is no start
    assert likely_meant("factsheet-juni-2018", known) == "factsheet-juni"  # a part added


def test_no_suggestion_when_two_ids_are_as_close():
    assert likely_meant("team-b", ["team-a", "team-c"]) is None
