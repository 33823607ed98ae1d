"""grid-rows: every measure has a planning row, and every row belongs to a measure."""

RULE = "grid-rows"
ROW_7 = '    - measure: "7"\n      work: ["2018-04"]\n      evaluation: []\n'


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_measure_without_a_row(plans):
    text = plans.edit((ROW_7, ""))
    line = plans.line_of(text, '      - id: "7"\n')
    assert plans.active(text) == [
        (RULE, "error", "7", line, "measure 7 has no row in the planning grid"),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == (
        'add `- measure: "7"` with its `work:` and `evaluation:` months to planning.rows'
    )


def test_a_row_for_a_measure_that_does_not_exist(plans):
    text = plans.edit(
        (
            '    - measure: "8"\n',
            '    - measure: "3.3"\n      work: []\n      evaluation: []\n    - measure: "8"\n',
        )
    )
    line = plans.line_of(text, '    - measure: "3.3"\n')
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "3.3",
            line,
            "the planning has a row for measure 3.3, which does not exist",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.span is not None and finding.span.column == 16
    assert finding.hint == "correct the measure number or remove the row"


def test_two_rows_for_one_measure(plans):
    text = plans.edit(
        (
            '    - measure: "8"\n',
            '    - measure: "7"\n      work: []\n      evaluation: []\n    - measure: "8"\n',
        )
    )
    line = plans.line_of(text, '    - measure: "7"\n      work: []\n')
    # the marks of both rows count for the measure: no grid-deadline finding besides
    assert plans.active(text) == [
        (RULE, "error", "7", line, "the planning has two rows for measure 7"),
    ]
