"""grid-period: no mark outside planning.start..end, and the period runs forward."""

RULE = "grid-period"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_mark_after_the_period(plans):
    text = plans.edit(('      work: ["2018-04"]\n', '      work: ["2018-04", "2020-01"]\n'))
    line = plans.line_of(text, '      work: ["2018-04", "2020-01"]\n')
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "7/work/2020-01",
            line,
            "measure 7 has a mark in 2020-01, outside the planning period 2018-04 to 2019-12",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.span is not None and finding.span.column == 25  # the second mark
    # the stray mark is also one no milestone explains
    assert [f.subject for f in plans.findings(text, "grid-mark-unexplained")] == ["7/work/2020-01"]


def test_a_mark_before_the_period_on_the_evaluatie_row(plans):
    text = plans.edit(
        (
            '      work: ["2018-12", "2019-05"]\n      evaluation: []\n',
            '      work: ["2018-12", "2019-05"]\n      evaluation: ["2018-03"]\n',
        )
    )
    line = plans.line_of(text, '      evaluation: ["2018-03"]\n')
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "1/evaluation/2018-03",
            line,
            "measure 1 has a mark in 2018-03, outside the planning period 2018-04 to 2019-12",
        ),
    ]


def test_a_period_that_ends_before_it_starts(plans):
    text = plans.edit(('  end: "2019-12"\n', '  end: "2018-01"\n'))
    line = plans.line_of(text, '  end: "2018-01"\n')
    assert plans.active(text, RULE) == [
        (RULE, "error", "planning", line, "the planning ends (2018-01) before it starts (2018-04)"),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == "swap start and end"


def test_a_period_of_more_than_ten_years_is_refused(tmp_path):
    from support import edited_plan, line_of

    from plancheck.engine import check_file

    path = edited_plan(
        tmp_path, ('  start: "2018-04"\n  end: "2019-12"', '  start: "0001-01"\n  end: "2019-12"')
    )
    found = [f for f in check_file(path).findings if f.rule == "grid-period"]
    assert [f.message for f in found] == [
        "the planning spans 24,228 months (0001-01 to 2019-12); a plan's grid spans at most 120 months"
    ]
    line = line_of(path.read_text("utf-8"), '  end: "2019-12"\n')
    assert found[0].span is not None and found[0].span.line == line
