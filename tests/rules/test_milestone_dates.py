"""milestone-dates: a milestone's kind and dates fit together."""

RULE = "milestone-dates"
ONGOING_HINT = "ongoing work has `kind: ongoing` and `due: ongoing`; a dated milestone another kind"
MONITORING_1 = (
    "            text: monitoring en onderhouden van de afspraken.\n            due: ongoing\n"
)


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_ongoing_work_with_another_kind(plans):
    text = plans.edit(
        (
            MONITORING_1 + "            kind: ongoing\n",
            MONITORING_1 + "            kind: deliverable\n",
        )
    )
    line = plans.line_of(text, MONITORING_1 + "            kind: deliverable\n") + 2
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "1-monitoring",
            line,
            "milestone 1-monitoring has kind deliverable but due ongoing",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == ONGOING_HINT
    assert finding.span is not None and finding.span.column == 19


def test_kind_ongoing_with_a_date(plans):
    # the external milestone, so that no other rule (wording, grid) has anything to say
    text = plans.edit(
        ('    due: "2018-06"\n    kind: evaluation\n', '    due: "2018-06"\n    kind: ongoing\n')
    )
    line = plans.line_of(text, '    due: "2018-06"\n    kind: ongoing\n') + 1
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "pentekening-evaluatie",
            line,
            "milestone pentekening-evaluatie has kind ongoing but due 2018-06",
        ),
    ]


def test_a_period_that_starts_after_it_is_due(plans):
    text = plans.edit(
        (
            '            start: "2018-02"\n            due: "2018-04"\n',
            '            start: "2018-05"\n            due: "2018-04"\n',
        )
    )
    line = plans.line_of(text, '            start: "2018-05"\n')
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "2-handelingskader",
            line,
            "milestone 2-handelingskader starts (2018-05) after it is due (2018-04)",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    # swapped (2018-04 to 2018-05), the dates would still not say 'Februari - april 2018':
    # the hint is the one change that resolves both, wording-date's
    assert [c.describe() for c in finding.fix] == [
        'set start: "2018-02" (milestone 2-handelingskader)',
        'set due: "2018-04" (milestone 2-handelingskader)',
    ]
    assert finding.hint == (
        'set start: "2018-02" (milestone 2-handelingskader); set due: "2018-04" (milestone '
        "2-handelingskader) (as the wording-date finding for 2-handelingskader says)"
    )


def test_start_and_due_typed_the_wrong_way_round_get_swapped_in_one_step(plans):
    text = plans.edit(
        (
            '            start: "2018-02"\n            due: "2018-04"\n',
            '            start: "2018-04"\n            due: "2018-02"\n',
        )
    )
    [finding] = plans.findings(text, RULE)
    assert finding.hint == "swap start and due"
    assert [c.describe() for c in finding.fix] == [
        'set start: "2018-02" (milestone 2-handelingskader)',
        'set due: "2018-04" (milestone 2-handelingskader)',
    ]


def test_a_start_within_the_due_month_is_fine(plans):
    text = plans.edit(
        ("            wording: Februari - april 2018\n", "            wording: April 2018\n"),
        (
            '            start: "2018-02"\n            due: "2018-04"\n',
            '            start: "2018-04-10"\n            due: "2018-04"\n',
        ),
    )
    assert plans.active(text, RULE) == []


def test_an_ongoing_milestone_with_a_start(plans):
    text = plans.edit(
        (
            "            text: Monitoren van feitelijke toepassing in contractmanagement.\n"
            "            due: ongoing\n",
            "            text: Monitoren van feitelijke toepassing in contractmanagement.\n"
            '            start: "2018-04"\n            due: ongoing\n',
        )
    )
    line = plans.line_of(text, '            start: "2018-04"\n            due: ongoing\n')
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "2-monitoring",
            line,
            "milestone 2-monitoring has a start but is due ongoing",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == "remove start, or give due a date"
