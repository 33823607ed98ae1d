"""done-before-start: a period is not reported done before it starts."""

from __future__ import annotations

from support import edited_text, findings_of, line_of, with_progress

RULE = "done-before-start"


def done(milestone: str, date: str) -> str:
    return f'  - milestone: {milestone}\n    date: "{date}"\n    status: done\n'


def test_a_period_done_before_its_start_warns():
    text = edited_text(with_progress(done("2-contractering", "2018-03-15")))
    assert findings_of(RULE, text) == [
        (
            line_of(text, 'date: "2018-03-15"'),
            "2-contractering",
            "2-contractering is reported done on 2018-03-15, before its period starts "
            "(2018-04, April 2018 - december 2019)",
        )
    ]


def test_a_period_done_after_its_start_and_a_milestone_without_a_start_pass():
    text = edited_text(
        with_progress(done("2-contractering", "2018-04-01") + done("6-factsheet", "2018-03-01"))
    )
    assert findings_of(RULE, text) == []
