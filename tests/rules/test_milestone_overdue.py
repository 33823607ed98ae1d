"""milestone-overdue: with --as-of, no milestone is past its date without a word on it."""

from __future__ import annotations

import datetime as dt

from support import check_as_of, edited_text, findings_of, line_of, plan_text, with_progress

from plancheck.rules import AS_OF_RULES, BY_ID

RULE = "milestone-overdue"
TEXT = plan_text()
AS_OF = "2019-01-15"


def subjects(text: str, as_of: str = AS_OF) -> list[str]:
    return [subject for _, subject, _ in findings_of(RULE, text, as_of)]


def entry(milestone: str, date: str, status: str, extra: str = "") -> str:
    return f'  - milestone: {milestone}\n    date: "{date}"\n    status: {status}\n{extra}'


def test_runs_only_as_of_a_date():
    assert BY_ID[RULE].needs_as_of and RULE in AS_OF_RULES
    assert findings_of(RULE, TEXT) == []


def test_the_published_plan_as_of_2019_01_15_lists_every_milestone_due_before():
    plan = check_as_of(TEXT).plan
    due_before = [
        m.id
        for m in plan.milestones
        if (d := plan.due_date(m)) is not None and d < dt.date(2019, 1, 15)
    ]
    assert "6-factsheet" in due_before and "7-per-direct" in due_before
    assert "1-monitoring" not in due_before and "5-plan" not in due_before
    assert sorted(subjects(TEXT)) == sorted(due_before)


def test_the_finding_is_at_the_due_date_and_says_how_long():
    found = {s: (line, m) for line, s, m in findings_of(RULE, TEXT, AS_OF)}
    line, message = found["6-factsheet"]
    assert line == line_of(TEXT, '            due: "2018-06-30"\n')
    assert message == (
        "6-factsheet (Voor 1 juli 2018) was due 2018-06-30, 199 days before 2019-01-15, and "
        "no progress entry says it is done, dropped or delayed"
    )


def test_due_on_the_day_itself_is_not_overdue():
    assert "6-factsheet" not in subjects(TEXT, "2018-06-30")
    assert "6-factsheet" in subjects(TEXT, "2018-07-01")


def test_done_dropped_and_delayed_to_a_later_date_answer_it():
    text = edited_text(
        with_progress(
            entry("6-factsheet", "2018-09-01", "done")
            + entry("4.1-methodiek", "2018-09-01", "dropped")
            + entry("4.1-contracten", "2018-12-01", "delayed", '    expected: "2019-02-28"\n')
            + '  - measure: "8"\n    date: "2018-09-01"\n    status: dropped\n'
        )
    )
    found = subjects(text)
    for answered in ("6-factsheet", "4.1-methodiek", "4.1-contracten", "8-bepalen"):
        assert answered not in found


def test_on_track_or_at_risk_does_not_answer_a_passed_date():
    text = edited_text(with_progress(entry("6-factsheet", "2018-09-01", "at_risk")))
    ((_, _, message),) = [f for f in findings_of(RULE, text, AS_OF) if f[1] == "6-factsheet"]
    assert message.endswith("(the newest entry, of 2018-09-01, says at_risk)")


def test_a_delay_whose_expected_date_passed_is_overdue_at_that_date():
    text = edited_text(
        with_progress(
            entry("4.1-contracten", "2018-12-01", "delayed", '    expected: "2019-01-10"\n')
        )
    )
    found = {s: (line, m) for line, s, m in findings_of(RULE, text, AS_OF)}
    assert found["4.1-contracten"] == (
        line_of(text, 'expected: "2019-01-10"'),
        "4.1-contracten was delayed on 2018-12-01 to 2019-01-10, which has passed as of "
        "2019-01-15 (5 days)",
    )


def test_an_entry_dated_after_the_day_checked_does_not_count():
    text = edited_text(with_progress(entry("6-factsheet", "2019-02-01", "done")))
    assert "6-factsheet" in subjects(text)
    assert "6-factsheet" not in subjects(text, "2019-02-01")
