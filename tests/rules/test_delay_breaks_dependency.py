"""delay-breaks-dependency: a delay does not move a milestone past one that builds on it.

In the published plan 4.1-contracten (due 2018-12-31) builds on 4.1-methodiek (due
2018-09-30).
"""

from __future__ import annotations

from support import edited_text, findings_of, line_of, with_progress

RULE = "delay-breaks-dependency"


def delayed(milestone: str, expected: str, date: str = "2018-09-15") -> str:
    return (
        f'  - milestone: {milestone}\n    date: "{date}"\n    status: delayed\n'
        f'    expected: "{expected}"\n'
    )


def test_a_delay_past_a_dependent_is_an_error_with_the_chain():
    text = edited_text(with_progress(delayed("4.1-methodiek", "2019-02-28")))
    assert findings_of(RULE, text) == [
        (
            line_of(text, 'expected: "2019-02-28"'),
            "4.1-methodiek",
            "4.1-methodiek is now expected 2019-02-28 (delayed on 2018-09-15), after "
            "4.1-contracten (2018-12-31), which builds on it: 4.1-methodiek -> 4.1-contracten",
        )
    ]


def test_a_delay_before_the_dependent_passes():
    text = edited_text(with_progress(delayed("4.1-methodiek", "2018-12-31")))
    assert findings_of(RULE, text) == []


def test_the_dependent_delayed_as_well_passes():
    text = edited_text(
        with_progress(
            delayed("4.1-methodiek", "2019-02-28") + delayed("4.1-contracten", "2019-04-30")
        )
    )
    assert findings_of(RULE, text) == []


def test_a_dependent_already_done_is_not_in_the_way():
    text = edited_text(
        with_progress(
            delayed("4.1-methodiek", "2019-02-28")
            + '  - milestone: 4.1-contracten\n    date: "2018-10-01"\n    status: done\n'
        )
    )
    assert findings_of(RULE, text) == []


def test_a_delay_resolved_by_a_newer_entry_passes():
    text = edited_text(
        with_progress(
            delayed("4.1-methodiek", "2019-02-28")
            + '  - milestone: 4.1-methodiek\n    date: "2018-10-01"\n    status: done\n'
        )
    )
    assert findings_of(RULE, text) == []
