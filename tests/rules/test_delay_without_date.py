"""delay-without-date: a delay says when the milestone is now expected."""

from __future__ import annotations

from support import edited_text, findings_of, line_of, with_progress

RULE = "delay-without-date"
DELAYED = '  - milestone: 4.1-contracten\n    date: "2018-12-01"\n    status: delayed\n'


def test_a_delay_without_expected_warns():
    text = edited_text(with_progress(DELAYED))
    assert findings_of(RULE, text) == [
        (
            line_of(text, "status: delayed"),
            "4.1-contracten",
            "4.1-contracten is reported delayed on 2018-12-01 without a new expected date",
        )
    ]


def test_a_delay_with_expected_passes():
    text = edited_text(with_progress(DELAYED + '    expected: "2019-02-28"\n'))
    assert findings_of(RULE, text) == []
