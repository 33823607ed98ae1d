"""revision-missing: with a base revision, every change is recorded in a newer revision.

The base is the frozen published plan (tests/fixtures), the new plan an edited copy of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.engine import CheckResult, check_document
from plancheck.findings import Finding
from plancheck.loader import load_text
from plancheck.model import Plan
from plancheck.rules import BASE_RULES, BY_ID, Base

RULE = "revision-missing"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "plan-2018-08-31.yaml"
TEXT = FIXTURE.read_text("utf-8")

PUBLISHED = (
    '  - version: "31-08-2018"\n'
    '    date: "2018-08-31"\n'
    "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
)
FACTSHEET = (
    "            wording: Voor 1 juli 2018\n"
    "            text: Factsheet gereed.\n"
    '            due: "2018-06-30"\n'
)
MOVED = (
    "            wording: Voor 01-10-2018\n"
    "            text: Factsheet gereed.\n"
    '            due: "2018-09-30"\n'
)
VERSION_DATE = ('  version_date: "2018-08-31"\n', '  version_date: "2018-09-14"\n')


def edit(text: str, *edits: tuple[str, str]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def revision(version: str, date: str, changes: str = "", removed: str = "") -> tuple[str, str]:
    """An edit that adds a revision after the published one."""
    entry = f'  - version: "{version}"\n    date: "{date}"\n    reason: Gewijzigd.\n'
    if changes:
        entry += f"    changes: [{changes}]\n"
    if removed:
        entry += f"    removed: [{removed}]\n"
    return PUBLISHED, PUBLISHED + entry


def line_of(text: str, needle: str) -> int:
    assert text.count(needle) == 1, needle
    return text[: text.index(needle)].count("\n") + 1


def result(text: str, base: Base | None) -> CheckResult:
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    checked = check_document(loaded.document, base=base)
    assert checked.plan is not None, [f.message for f in checked.findings]
    return checked


def plan_of(text: str) -> Plan:
    plan = result(text, None).plan
    assert plan is not None
    return plan


@pytest.fixture(scope="module")
def base() -> Base:
    return Base(plan_of(TEXT), "main")


def found(text: str, base: Base | None) -> list[Finding]:
    return [f for f in result(text, base).findings if f.rule == RULE]


def test_the_rule_needs_a_base_and_is_an_error():
    rule = BY_ID[RULE]
    assert rule.needs_base and RULE in BASE_RULES
    assert rule.severity.value == "error"


def test_without_a_base_the_rule_does_not_run():
    text = edit(TEXT, (FACTSHEET, MOVED))
    checked = result(text, None)
    assert [f for f in checked.findings if f.rule == RULE] == []
    assert RULE in checked.disabled  # JUnit does not list it as run


def test_an_unchanged_plan_passes(base):
    assert found(TEXT, base) == []


def test_a_moved_deadline_without_a_revision_fails_at_its_due(base):
    text = edit(TEXT, (FACTSHEET, MOVED))
    (finding,) = found(text, base)
    assert finding.span is not None
    assert finding.span.line == line_of(text, MOVED) + 2  # the due line
    assert finding.severity.value == "error"
    assert finding.subject == "6-factsheet"
    assert finding.message == (
        "milestone 6-factsheet changed since main (due 2018-06-30 -> 2018-09-30, wording), "
        "but no revision after main's newest (31-08-2018) names it"
    )
    hint = finding.hint or ""
    assert hint.startswith("add to revisions:\n  - version: ")
    assert "    reason: ...\n    changes: [6-factsheet]\n" in hint
    assert "version_date" in hint and "revision-log" in hint


def test_the_hint_takes_the_new_version_date_when_it_was_set(base):
    text = edit(TEXT, (FACTSHEET, MOVED), VERSION_DATE)
    (finding,) = found(text, base)
    assert finding.hint is not None
    assert '  - version: "14-09-2018"\n    date: "2018-09-14"\n' in finding.hint
    assert 'set document.version_date: "2018-09-14"' in finding.hint


def test_a_revision_that_names_the_milestone_passes(base):
    text = edit(TEXT, (FACTSHEET, MOVED), revision("2", "2018-09-14", "6-factsheet"), VERSION_DATE)
    assert found(text, base) == []
    assert [f for f in result(text, base).findings if f.rule == "revision-log"] == []


def test_a_new_revision_that_names_another_milestone_fails(base):
    text = edit(TEXT, (FACTSHEET, MOVED), revision("2", "2018-09-14", "8-bepalen"), VERSION_DATE)
    (finding,) = found(text, base)
    assert finding.subject == "6-factsheet"
    assert finding.hint == "name it in the new revision 2:\n    changes: [8-bepalen, 6-factsheet]"


def test_only_a_revision_newer_than_the_base_counts(base):
    # an entry dated before the base's newest revision is no record of this change
    text = edit(TEXT, (FACTSHEET, MOVED), revision("0", "2018-01-01", "6-factsheet"))
    assert [f.subject for f in found(text, base)] == ["6-factsheet"]


def test_a_changed_wording_or_text_alone_must_be_named(base):
    wording = edit(TEXT, ("wording: Voor 1 juli 2018\n", "wording: Uiterlijk 30 juni 2018\n"))
    (finding,) = found(wording, base)
    assert "(wording)" in finding.message
    text = edit(TEXT, ("text: Factsheet gereed.\n", "text: Factsheet gereed en verspreid.\n"))
    (finding,) = found(text, base)
    assert finding.message.startswith("milestone 6-factsheet changed since main (text)")
    assert finding.span is not None
    assert finding.span.line == line_of(text, '            due: "2018-06-30"\n')


def test_an_added_milestone_must_be_named(base):
    added = (
        "          - id: 6-evaluatie\n"
        "            wording: Juni 2019\n"
        "            text: Factsheet geëvalueerd.\n"
        '            due: "2019-06"\n'
        "            kind: evaluation\n"
    )
    text = edit(
        TEXT,
        (
            FACTSHEET + "            kind: deliverable\n",
            FACTSHEET + "            kind: deliverable\n" + added,
        ),
    )
    (finding,) = found(text, base)
    assert finding.subject == "6-evaluatie"
    assert finding.message.startswith("milestone 6-evaluatie was added since main, ")
    assert finding.span is not None
    assert finding.span.line == line_of(text, '            due: "2019-06"\n')
    named = edit(text, revision("2", "2018-09-14", "6-evaluatie"), VERSION_DATE)
    assert found(named, base) == []


REMOVED_7 = (
    "          - id: 7-per-direct\n"
    "            wording: Per direct\n"
    "            due: immediate\n"
    "            kind: deliverable\n"
)


def test_a_removed_milestone_must_be_named_under_removed(base):
    # measure 7 keeps a milestone of its own (the schema wants one), a new one
    replacement = (
        REMOVED_7.replace("7-per-direct", "7-contractgesprekken")
        .replace("Per direct", "Voor 01-01-2019")
        .replace("immediate", '"2018-12-31"')
    )
    text = edit(TEXT, (REMOVED_7, replacement))
    findings = found(text, base)
    # in file order: the removed one at `revisions:`, the new one at its due
    assert [f.subject for f in findings] == ["7-per-direct", "7-contractgesprekken"]
    removed = findings[0]
    assert removed.span is not None
    assert removed.span.line == line_of(text, "revisions:\n")
    assert "names it under `removed:`" in removed.message
    assert removed.hint is not None
    assert "    changes: [7-contractgesprekken]\n    removed: [7-per-direct]\n" in removed.hint
    fixed = edit(
        text,
        revision("2", "2018-09-14", "7-contractgesprekken", removed="7-per-direct"),
        VERSION_DATE,
    )
    checked = result(fixed, base)
    assert [f for f in checked.findings if f.rule in (RULE, "revision-log")] == []


def test_a_changed_published_text_needs_a_new_revision(base):
    old = "result: Bij professionals in de toegang is kennis aanwezig"
    text = edit(TEXT, (old, old.replace("kennis", "voldoende kennis")))
    (finding,) = found(text, base)
    assert finding.subject == "published-text"
    assert finding.span is not None
    assert finding.span.line == line_of(text, "is voldoende kennis aanwezig")
    assert finding.message == (
        "the published plan changed since main (measure 6 result), but no revision after "
        "main's newest (31-08-2018) records it"
    )
    assert finding.hint is not None and "changes:" not in finding.hint
    covered = edit(text, revision("2", "2018-09-14"), VERSION_DATE)
    assert found(covered, base) == []


def test_a_grid_mark_or_a_footnote_is_published_too(base):
    grid = edit(TEXT, ('      work: ["2018-05"]\n', '      work: ["2018-05", "2018-06"]\n'))
    (finding,) = found(grid, base)
    assert "planning row 6" in finding.message
    footnote = edit(
        TEXT,
        (
            "text: Het AMHK is Veilig Thuis Zeeland geworden.",
            "text: Het AMHK heet nu Veilig Thuis Zeeland.",
        ),
    )
    (finding,) = found(footnote, base)
    assert "(footnote amhk text)" in finding.message


def test_bookkeeping_is_no_published_change(base):
    # the acknowledgements and the version date alone are not what the plan publishes
    text = edit(
        TEXT,
        (
            "reason: As published 31-08-2018, the project leader of measure 1",
            "reason: As published on 31-08-2018, the project leader of measure 1",
        ),
    )
    assert found(text, base) == []


def test_the_next_version_follows_the_style_of_the_newest(base):
    numbered = edit(TEXT, ('  - version: "31-08-2018"\n', '  - version: "1.4"\n'))
    numbered_base = Base(plan_of(numbered), "v1.4")
    text = edit(numbered, (FACTSHEET, MOVED), VERSION_DATE)
    (finding,) = found(text, numbered_base)
    assert finding.hint is not None and '  - version: "1.5"\n' in finding.hint
    assert "after v1.4's newest (1.4)" in finding.message


def test_reports_list_the_rule_as_run_only_with_a_base(base):
    from plancheck.reporters.junit import rules_run

    assert RULE in rules_run(result(TEXT, base))
    assert RULE not in rules_run(result(TEXT, None))


def test_an_acknowledgement_of_the_rule_is_not_stale_without_a_base():
    text = TEXT + "  - rule: revision-missing\n    subject: 6-factsheet\n    reason: Bewust.\n"
    assert [f for f in result(text, None).findings if f.rule == "acknowledgement-stale"] == []
