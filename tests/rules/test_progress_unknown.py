"""progress-unknown: every progress entry is about a milestone or measure of the plan."""

from __future__ import annotations

from support import check_as_of, edited_text, findings_of, line_of, with_progress

RULE = "progress-unknown"


def entry(subject: str) -> str:
    return f'  - {subject}\n    date: "2018-09-20"\n    status: on_track\n'


def test_a_known_milestone_and_measure_pass_without_a_date():
    text = edited_text(with_progress(entry("milestone: 4.1-methodiek") + entry('measure: "3.1"')))
    assert findings_of(RULE, text) == []


def test_an_unknown_milestone_is_an_error_with_the_closest_id():
    text = edited_text(with_progress(entry("milestone: 4.1-methodieke")))
    ((line, subject, message),) = findings_of(RULE, text)
    assert line == line_of(text, "milestone: 4.1-methodieke")
    assert subject == "4.1-methodieke"
    assert message == (
        "progress entry of 2018-09-20 is about milestone 4.1-methodieke, which the plan does "
        "not have"
    )
    hints = [f.hint for f in check_as_of(text).findings if f.rule == RULE]
    assert hints == ["did you mean milestone 4.1-methodiek?"]


def test_an_unknown_measure_is_an_error():
    text = edited_text(with_progress(entry('measure: "9"')))
    ((line, subject, _),) = findings_of(RULE, text)
    assert (line, subject) == (line_of(text, 'measure: "9"'), "9")


def test_an_external_milestone_is_not_the_plans_to_report_on():
    text = edited_text(with_progress(entry("milestone: pentekening-evaluatie")))
    ((_, _, message),) = findings_of(RULE, text)
    assert "external milestone pentekening-evaluatie" in message
