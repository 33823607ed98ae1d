"""grid-mark-unexplained: every X in the grid stands for a milestone of its measure."""

RULE = "grid-mark-unexplained"
HINT = "remove the X, or add or correct the milestone it stands for"


def test_bundled_plan_passes_after_its_acknowledgements(plans):
    assert plans.bundled_active(RULE) == []
    suppressed = [f.subject for f in plans.bundled.findings if f.rule == RULE]
    assert suppressed == ["2/work/2018-05", "3.1/work/2018-04", "6/work/2018-05"]


def test_an_x_on_the_row_that_no_milestone_explains(plans):
    text = plans.edit(('      work: ["2018-04"]\n', '      work: ["2018-04", "2019-01"]\n'))
    line = plans.line_of(text, '      work: ["2018-04", "2019-01"]\n')
    assert plans.active(text) == [
        (
            RULE,
            "warning",
            "7/work/2019-01",
            line,
            "the X in January 2019 on the row of measure 7 is not explained by any of its milestones",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == HINT
    assert finding.span is not None and finding.span.column == 25


def test_an_x_on_the_evaluatie_row_that_no_evaluation_explains(plans):
    text = plans.edit(
        (
            '      work: ["2018-12", "2019-05"]\n      evaluation: []\n',
            '      work: ["2018-12", "2019-05"]\n      evaluation: ["2019-05"]\n',
        )
    )
    line = plans.line_of(text, '      evaluation: ["2019-05"]\n')
    # 1-implementatie is due in May 2019, but it is a deliverable: its X is on the work row
    assert plans.active(text) == [
        (
            RULE,
            "warning",
            "1/evaluation/2019-05",
            line,
            "the X in May 2019 on the evaluatie row of measure 1 is not explained by any of its "
            "milestones",
        ),
    ]


def test_the_evaluation_row_is_named_by_the_plans_label(plans):
    text = plans.edit(
        ("  evaluation_row: evaluatie\n", "  evaluation_row: evaluatiemoment\n"),
        (
            '      work: ["2018-12", "2019-05"]\n      evaluation: []\n',
            '      work: ["2018-12", "2019-05"]\n      evaluation: ["2019-05"]\n',
        ),
    )
    [(_, _, _, _, message)] = plans.active(text)
    assert "on the evaluatiemoment row of measure 1" in message
