"""grid-deadline: each dated milestone has its X in the planning grid."""

RULE = "grid-deadline"


def test_bundled_plan_passes_after_its_acknowledgements(plans):
    assert plans.bundled_active(RULE) == []
    suppressed = [f.subject for f in plans.bundled.findings if f.rule == RULE]
    assert suppressed == ["2-contractering", "6-factsheet"]


def test_a_period_counts_at_its_end_not_its_start(plans):
    # 2-contractering runs April 2018 - december 2019; row 2 has April but not December 2019
    text = plans.edit(
        (
            "  - rule: grid-deadline\n    subject: 2-contractering\n",
            "  - rule: grid-deadline\n    subject: 2-contractering-renamed\n",
        )
    )
    line = plans.line_of(text, '            start: "2018-04"\n            due: "2019-12"\n') + 1
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "2-contractering",
            line,
            "milestone 2-contractering ('April 2018 - december 2019', due 2019-12) has no X in "
            "December 2019 on the row of measure 2 (its marks: April 2018, May 2018)",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.span is not None and finding.span.column == 18
    assert (
        finding.hint == 'add "2019-12" to planning row 2 `work`, or correct the milestone\'s date'
    )


def test_an_x_at_the_end_of_the_period_satisfies_it(plans):
    text = plans.edit(
        ('      work: ["2018-04", "2018-05"]\n', '      work: ["2018-04", "2018-05", "2019-12"]\n')
    )
    assert plans.active(text, RULE) == []
    # ... and the acknowledgement of the old finding is now stale
    assert [(f.rule, f.subject) for f in plans.findings(text)] == [
        ("acknowledgement-stale", "2-contractering"),
    ]


def test_per_direct_counts_in_the_first_month_of_the_grid(plans):
    text = plans.edit(('      work: ["2018-04"]\n', '      work: ["2018-05"]\n'))
    line = plans.line_of(
        text, "            due: immediate\n            kind: deliverable\n        embedding: De IJZ"
    )
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "7-per-direct",
            line,
            "milestone 7-per-direct ('Per direct', due immediate) has no X in April 2018 on the row "
            "of measure 7 (its marks: May 2018)",
        ),
    ]


def test_an_evaluation_milestone_belongs_on_the_evaluatie_row(plans):
    text = plans.edit(
        (
            '      work: ["2018-12"]\n      evaluation: ["2019-12"]\n',
            '      work: ["2018-12", "2019-12"]\n      evaluation: []\n',
        )
    )
    line = plans.line_of(text, '            due: "2019-12"\n            kind: evaluation\n')
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "3.2-evaluatie",
            line,
            "milestone 3.2-evaluatie ('December 2019', due 2019-12) has no X in December 2019 on "
            "the evaluatie row of measure 3.2 (its marks: none)",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == (
        'add "2019-12" to planning row 3.2 `evaluation`, or correct the milestone\'s date'
    )


def test_a_day_counts_in_its_own_month(plans):
    # "Voor 01-10-2018" is due 2018-09-30, so its X is in September, not October
    text = plans.edit(
        ('      work: ["2018-09", "2018-12"]\n', '      work: ["2018-10", "2018-12"]\n')
    )
    line = plans.line_of(text, '            due: "2018-09-30"\n')
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "4.1-methodiek",
            line,
            "milestone 4.1-methodiek ('Voor 01-10-2018', due 2018-09-30) has no X in September 2018 "
            "on the row of measure 4.1 (its marks: October 2018, December 2018)",
        ),
    ]


def test_ongoing_milestones_need_no_mark(plans):
    # measure 3.2 has "Doorlopend: Monitoren" and no mark for it; nothing is reported
    assert not [f for f in plans.bundled.findings if f.subject == "3.2-monitoring"]
