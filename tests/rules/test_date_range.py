"""date-range: every date of the plan lies between 1900 and 2100."""

from pathlib import Path

import pytest

RULE = "date-range"
PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "plan-2018-08-31.yaml"
HINT = "correct the year: it is probably mistyped"


def published(*edits: tuple[str, str]) -> str:
    """The frozen published plan with each `old` (which occurs once) replaced by `new`."""
    text = PUBLISHED.read_text("utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_the_published_plan_passes(plans):
    assert plans.active(published(), RULE) == []


def test_a_version_date_in_2108(plans):
    """2108 for 2018, typed in the version date and the revision alike: revision-log is
    content, and the Word export ended in struct.error (zip dates end in 2107)."""
    text = published(
        ('  version_date: "2018-08-31"\n', '  version_date: "2108-08-31"\n'),
        ('    date: "2018-08-31"\n', '    date: "2108-08-31"\n'),
    )
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "version",
            16,
            "the version date is 2108-08-31, after 2100: a plan's dates lie between 1900 and 2100",
        ),
        (
            RULE,
            "error",
            "31-08-2018",
            39,
            "revision 31-08-2018 is dated 2108-08-31, after 2100: a plan's dates lie between "
            "1900 and 2100",
        ),
    ]
    assert {f.hint for f in plans.findings(text, RULE)} == {HINT}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'planning:\n  title: Planning\n  start: "2018-04"\n',
            'planning:\n  title: Planning\n  start: "0218-04"\n',
            "the planning starts in 0218-04, before 1900",
        ),
        ('  end: "2019-12"\n', '  end: "2109-12"\n', "the planning ends in 2109-12, after 2100"),
        (
            '            due: "2018-09-30"\n',
            '            due: "2108-09-30"\n',
            "milestone 4.1-methodiek is due 2108-09-30, after 2100",
        ),
    ],
)
def test_other_dates(plans, old, new, message):
    text = published((old, new))
    [finding] = plans.findings(text, RULE)
    assert finding.message == f"{message}: a plan's dates lie between 1900 and 2100"
    line = plans.line_of(text, new) + new.count("\n") - 1  # the last line of `new`
    assert finding.span is not None and finding.span.line == line


def test_the_edges_of_the_range_pass(plans):
    text = published(
        ('  version_date: "2018-08-31"\n', '  version_date: "2100-12-31"\n'),
        ('    date: "2018-08-31"\n', '    date: "2100-12-31"\n'),
    )
    assert plans.active(text, RULE) == []
