"""Hints that lead to a consistent plan in one step (issue 15, part 2).

A corpus of edits a policy advisor makes to the published plan (the frozen fixture), each
marked consistent (the gate must pass it) or not (the gate must block it). For a blocked
edit the test follows the run's hints once, as an advisor would, and checks the plan again:
the gate must then pass. A finding's hint comes in machine form where the change is known
(`Finding.fix`: set `due`, add the grid X, ...); the test applies those changes to the data
itself (not with plancheck's own code) and checks the result from its YAML text. Where no
change can be known (a wording that cannot be right, a deleted owner), the case says what
the hint must say and the edit that follows it.

The figures: `pytest tests/test_hints.py -q -k figures`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

import pytest
import yaml
from support import Edit, edited_text

from plancheck.engine import CheckResult, check_document
from plancheck.findings import Finding, Verdict
from plancheck.loader import load_text


def milestone(ident: str, **fields: str) -> Edit:
    """An edit of one milestone's fields (`wording`, `due`, `start`), found by its id; a
    field it does not have yet (`start`) goes before `due`."""

    def edit(text: str) -> str:
        at = text.index(f"          - id: {ident}\n")
        end = text.find("          - id: ", at + 1)
        end = len(text) if end < 0 else end
        block = text[at:end]
        for name, value in fields.items():
            line = re.compile(rf"^            {name}: .*$", re.MULTILINE)
            if line.search(block):
                block = line.sub(f"            {name}: {value}", block, count=1)
            else:
                block = block.replace(
                    "            due: ", f"            {name}: {value}\n            due: "
                )
        return text[:at] + block + text[end:]

    return edit


def row(measure: str, old: str, new: str) -> Edit:
    """An edit of planning row `measure`'s `work` marks, written as in the plan."""
    return (
        f'    - measure: "{measure}"\n      work: [{old}]\n',
        f'    - measure: "{measure}"\n      work: [{new}]\n',
    )


def remove_owner(ident: str) -> Edit:
    def edit(text: str) -> str:
        block = re.compile(rf"^  - id: {re.escape(ident)}\n(    .*\n)+", re.MULTILINE)
        assert block.search(text), ident
        return block.sub("", text, count=1)

    return edit


ACK_6 = (
    "  - rule: grid-deadline\n    subject: 6-factsheet\n",
    "  - rule: grid-deadline\n    subject: 6-factsheet-as-published\n",
)
MEASURE_8_OWNER = "          - owner: senior-beleidsadviseur-middelburg\n"
AMHK = "samenwerken met het AMHK[^amhk]'"
EMBEDDING_6 = "N.v.t. Zie [maatregel 8](measure:8)."


@dataclass(frozen=True)
class Case:
    name: str
    edits: tuple[Edit, ...]
    consistent: bool = False
    # for a blocked edit whose hints have no machine form: words one of its hints says, and
    # the edit that follows them
    says: str | None = None
    follow: tuple[Edit, ...] = ()
    # words no hint may say (a "did you mean" for a different person)
    never: str | None = None
    # the gate passes it with a warning (an X that stands for nothing, a stale
    # acknowledgement), whose hint resolves it as an error's would
    warns: bool = False


CASES = (
    # the wording's date changed, due (and the grid) not: one hint names due and the grid X
    Case("deadline moved a month", (milestone("4.1-methodiek", wording="Voor 01-11-2018"),)),
    Case("deadline moved to 2019", (milestone("4.1-contracten", wording="Voor 01-03-2019"),)),
    Case("month moved", (milestone("3.1-rode-draad", wording="Juli 2018"),)),
    Case("evaluation moved", (milestone("3.2-evaluatie", wording="November 2019"),)),
    Case("period extended", (milestone("2-handelingskader", wording="Februari - mei 2018"),)),
    # a period now ending before the grid's first month: the hint says so too
    Case(
        "period shortened",
        (milestone("2-handelingskader", wording="Februari - maart 2018"),),
        says="lies outside the planning period",
        follow=(milestone("2-handelingskader", wording="Februari - april 2018"),),
    ),
    Case("numeric deadline moved", (milestone("5-plan", wording='"01-05-2019"'),)),
    Case("deadline moved in measure 8", (milestone("8-bepalen", wording="Voor 01-10-2018"),)),
    Case("uiterlijk moved", (milestone("3.2-werkafspraken", wording="Uiterlijk 01-02-2019"),)),
    # due changed, the wording not: the hint sets due back (and nothing in the grid)
    Case("due changed alone", (milestone("4.1-methodiek", due='"2018-10-31"'),)),
    Case("due of a month changed", (milestone("3.2-evaluatie", due='"2019-11"'),)),
    Case(
        "start and due swapped",
        (milestone("2-handelingskader", start='"2018-04"', due='"2018-02"'),),
    ),
    Case("start added to a day", (milestone("4.1-methodiek", start='"2018-06"'),)),
    # the grid changed alone
    Case("grid X removed", (row("5", '"2018-12", "2019-03"', '"2018-12"'),)),
    Case("grid X moved", (row("4.2", '"2018-12"', '"2018-11"'),)),
    Case(
        "grid X added that stands for nothing",
        (row("4.2", '"2018-12"', '"2018-10", "2018-12"'),),
        warns=True,
    ),
    # the acknowledged measure 6 resolved by moving its X: the acknowledgements go too
    Case("measure 6 X moved to June", (row("6", '"2018-05"', '"2018-06"'),), warns=True),
    # a period that cannot be right: no change is suggested, the wording is to be corrected
    Case(
        "period ends before it starts",
        (milestone("2-handelingskader", wording="Oktober 2018 - april 2018"),),
        says="correct the date in the wording",
        follow=(milestone("2-handelingskader", wording="Februari - april 2018"),),
    ),
    # a deadline before the grid's first month: no X to add (it would be outside the grid)
    Case(
        "deadline before the planning",
        (milestone("8-inventarisatie", wording="Voor 01-03-2018", due='"2018-02-28"'),),
        says="lies outside the planning period",
        follow=(milestone("8-inventarisatie", wording="Voor 01-05-2018", due='"2018-04-30"'),),
    ),
    # owners
    Case(
        "owner id misspelt",
        (("          - owner: inkoopteam\n", "          - owner: inkoop-team\n"),),
    ),
    Case(
        "owner id changed, wording left alone",
        ((MEASURE_8_OWNER, "          - owner: beleidsadviseurs-sociaal-domein\n"),),
    ),
    Case(
        "owner deleted from the registry",
        (remove_owner("beleidsadviseurs-jeugd"),),
        says="add the role to `owners`",
        never="did you mean",
        follow=(
            (
                "          - owner: beleidsadviseurs-jeugd\n",
                "          - owner: beleidsadviseurs-sociaal-domein\n"
                "            wording: Beleidsadviseurs Sociaal Domein gemeenten Middelburg, "
                "Veere en Vlissingen.\n"
                "          - owner: beleidsadviseurs-jeugd\n",
            ),
            lambda text: text.replace(
                "          - owner: beleidsadviseurs-jeugd\n"
                "            wording: Beleidsadviseurs Jeugd gemeenten Middelburg, Veere en "
                "Vlissingen.\n",
                "",
            ),
        ),
    ),
    Case(
        "another owner deleted",
        (remove_owner("senior-beleidsadviseur-middelburg"),),
        says="add the role to `owners`",
        never="did you mean",
        follow=(
            lambda text: text.replace(
                "  - id: beleidsadviseurs-jeugd\n",
                "  - id: senior-beleidsadviseur-middelburg\n"
                "    name: Senior beleidsadviseur Sociaal Domein, gemeente Middelburg\n"
                "    municipalities: [Middelburg]\n"
                "  - id: beleidsadviseurs-jeugd\n",
            ),
        ),
    ),
    # references
    Case(
        "footnote reference misspelt",
        ((AMHK, AMHK.replace("amhk", "amkh")),),
        says="did you mean [^amhk]?",
        follow=((AMHK.replace("amhk", "amkh"), AMHK),),
    ),
    Case(
        "plain reference to a measure that does not exist",
        ((EMBEDDING_6, "N.v.t. Zie maatregel 9."),),
        says="correct the number",
        follow=(("N.v.t. Zie maatregel 9.", "N.v.t. Zie maatregel 8."),),
    ),
    # consistent edits: the gate passes them as they are
    Case(
        "deadline moved with due and grid",
        (
            milestone("4.1-methodiek", wording="Voor 01-11-2018", due='"2018-10-31"'),
            row("4.1", '"2018-09", "2018-12"', '"2018-10", "2018-12"'),
        ),
        consistent=True,
    ),
    Case(
        "period extended with due and grid",
        (
            milestone("3.1-structureel", wording="In de zomer 2018", due='"2018-07"'),
            row(
                "3.1",
                '"2018-04", "2018-06", "2018-08", "2018-12"',
                '"2018-04", "2018-06", "2018-07", "2018-12"',
            ),
        ),
        consistent=True,
    ),
    Case(
        "plain reference to a measure", ((EMBEDDING_6, "N.v.t. Zie maatregel 8."),), consistent=True
    ),
    Case(
        "plain reference to two measures",
        ((EMBEDDING_6, "N.v.t. Zie maatregelen 3.1 en 3.2."),),
        consistent=True,
    ),
    Case(
        "owner changed with its wording",
        (
            (
                MEASURE_8_OWNER + "            wording: Senior beleidsadviseur Sociaal Domein, "
                "gemeente Middelburg.\n",
                "          - owner: beleidsadviseurs-sociaal-domein\n            wording: "
                "Beleidsadviseurs Sociaal Domein gemeenten Middelburg, Veere en Vlissingen.\n",
            ),
        ),
        consistent=True,
    ),
    Case(
        "a text reworded",
        (("N.v.t. Zie [maatregel 8]", "Niet van toepassing. Zie [maatregel 8]"),),
        consistent=True,
    ),
    Case(
        "measure 6 resolved with its acknowledgements",
        (
            row("6", '"2018-05"', '"2018-06"'),
            lambda text: re.sub(
                r"  - rule: grid-deadline\n    subject: 6-factsheet\n(    .*\n)+"
                r"  - rule: grid-mark-unexplained\n    subject: 6/work/2018-05\n(    .*\n)+",
                "",
                text,
            ),
        ),
        consistent=True,
    ),
)


def check(text: str) -> CheckResult:
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    return check_document(loaded.document)


def failing(result: CheckResult, *, strict: bool = False) -> list[Finding]:
    """The findings that fail the gate (as CI runs it, or with --strict: warnings too)."""
    verdict = Verdict.of(result.findings, strict=strict)
    return [f for f in result.findings if verdict.fails(f)]


def apply_changes(data: Any, finding: Finding) -> None:
    """Make a finding's changes in the data, as an editor that reads them would."""
    for change in sorted(finding.fix, key=lambda c: c.op == "delete"):
        *parent_path, last = change.path
        parent = data
        for step in parent_path:
            parent = parent[step]
        if change.op == "set":
            parent[last] = change.value
        elif change.op == "add":
            if change.value not in parent[last]:
                parent[last] = sorted([*parent[last], change.value])
        elif change.op == "remove":
            parent[last] = [v for v in parent[last] if v != change.value]
        else:
            assert change.op == "delete"
            parent[last] = None  # a placeholder: list items go once all paths are used


def drop_placeholders(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: drop_placeholders(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [drop_placeholders(v) for v in data if v is not None]
    return data


def follow_hints(text: str, result: CheckResult, case: Case) -> str:
    """The plan after one round of following the run's hints (its warnings' too)."""
    findings = failing(result, strict=True)
    hints = " | ".join(f.hint or "" for f in findings)
    if case.never is not None:
        assert case.never not in hints, hints
    if case.says is not None:
        assert case.says in hints, hints
        assert not any(f.fix for f in findings), [f.fix for f in findings]
        return edited_text(*case.edits, *case.follow)
    assert all(f.fix for f in findings), [(f.rule, f.hint) for f in findings]
    assert result.document is not None
    data = copy.deepcopy(result.document.data)
    seen: set[object] = set()
    for finding in findings:
        if finding.fix not in seen:
            seen.add(finding.fix)
            apply_changes(data, finding)
    return yaml.safe_dump(drop_placeholders(data), allow_unicode=True, sort_keys=False, width=10**6)


def outcome(case: Case) -> tuple[bool, bool]:
    """(blocked, or warned for a case that warns; clean after one round of hints)."""
    text = edited_text(*case.edits)
    result = check(text)
    if not failing(result, strict=case.warns):
        return False, True
    fixed = check(follow_hints(text, result, case))
    return True, not failing(fixed, strict=True)


def test_the_published_plan_round_trips_through_the_test_s_own_yaml_writer():
    result = check(edited_text())
    assert result.document is not None
    text = yaml.safe_dump(result.document.data, allow_unicode=True, sort_keys=False, width=10**6)
    assert failing(check(text), strict=True) == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_gate_blocks_or_passes_the_edit_and_its_hints_fix_it_in_one_step(case: Case):
    text = edited_text(*case.edits)
    result = check(text)
    if case.consistent:
        assert failing(result) == [], [(f.rule, f.message) for f in failing(result)]
        return
    if case.warns:
        assert failing(result) == [] and failing(result, strict=True), "not a warning alone"
    findings = failing(result, strict=True)
    assert findings, "the gate passed an inconsistent plan"
    fixed = check(follow_hints(text, result, case))
    assert failing(fixed, strict=True) == [], [
        (f.rule, f.message, f.hint) for f in failing(fixed, strict=True)
    ] + [("hints followed", f.rule, f.hint) for f in findings]


def test_a_moved_deadline_gets_one_hint_naming_due_and_the_grid():
    text = edited_text(milestone("4.1-methodiek", wording="Voor 01-11-2018"))
    [finding] = failing(check(text), strict=True)
    assert finding.rule == "wording-date"
    assert finding.hint == (
        'set due: "2018-10-31", or change the wording to match the date; with that, also: '
        'add "2018-10" to planning row 4.1 `work`; remove "2018-09" from planning row 4.1 `work`'
    )


def test_a_due_changed_alone_gets_the_same_fix_in_every_finding():
    text = edited_text(milestone("4.1-methodiek", due='"2018-10-31"'))
    findings = failing(check(text), strict=True)
    assert sorted(f.rule for f in findings) == [
        "grid-deadline",
        "grid-mark-unexplained",
        "wording-date",
    ]
    [wording] = [f for f in findings if f.rule == "wording-date"]
    assert {f.fix for f in findings} == {wording.fix}
    assert [c.describe() for c in wording.fix] == [
        'set due: "2018-09-30" (milestone 4.1-methodiek)'
    ]
    [grid] = [f for f in findings if f.rule == "grid-deadline"]
    assert grid.hint == (
        'set due: "2018-09-30" (milestone 4.1-methodiek) (as the wording-date finding for '
        "4.1-methodiek says)"
    )


def test_a_grid_hint_never_adds_an_x_outside_the_planning_period():
    text = edited_text(milestone("8-inventarisatie", wording="Voor 01-03-2018", due='"2018-02-28"'))
    hints = [f.hint or "" for f in failing(check(text))]
    assert hints and not any('add "2018-02"' in hint for hint in hints), hints


def test_figures(capsys: pytest.CaptureFixture[str]):
    inconsistent = [c for c in CASES if not c.consistent]
    consistent = [c for c in CASES if c.consistent]
    results = {c.name: outcome(c) for c in CASES}
    blocked = sum(results[c.name][0] for c in inconsistent)
    passed = sum(not results[c.name][0] for c in consistent)
    one_step = sum(results[c.name][0] and results[c.name][1] for c in inconsistent)
    machine = sum(
        results[c.name][0] and results[c.name][1] and c.says is None for c in inconsistent
    )
    with capsys.disabled():
        print(
            f"\nhints corpus: {blocked} of {len(inconsistent)} inconsistent edits blocked "
            f"({sum(c.warns for c in inconsistent)} of them by a warning alone), {passed} of "
            f"{len(consistent)} consistent edits passed; the hints of {one_step} of {blocked} "
            f"fixed them in one step ({machine} by applying the findings' changes as they "
            "are, the others by the edit the hint describes)"
        )
    assert blocked == len(inconsistent)
    assert passed == len(consistent)
    assert one_step == blocked
