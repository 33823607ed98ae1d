"""unique-ids: measures, milestones, owners, parties and footnotes each have their own id."""

RULE = "unique-ids"
HINT = "give each its own id and update the references to it"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_milestone_id_used_twice_is_reported_at_the_second(plans):
    text = plans.edit(("          - id: 3.2-monitoring\n", "          - id: 3.2-werkafspraken\n"))
    line = plans.line_of(text, "          - id: 3.2-werkafspraken\n            wording: Doorlopend")
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "3.2-werkafspraken",
            line,
            "the milestone id '3.2-werkafspraken' is used twice",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == HINT
    assert finding.span is not None and finding.span.column == 17


def test_a_party_id_used_twice(plans):
    text = plans.edit(("  - id: swv\n", "  - id: swm\n"))
    line = plans.line_of(text, "  - id: swm\n    name: SWV\n")
    assert plans.active(text, RULE) == [
        (RULE, "error", "swm", line, "the party id 'swm' is used twice"),
    ]


def test_a_footnote_id_used_twice(plans):
    text = plans.edit(("  - id: amhk\n", "  - id: inspecties\n"))
    line = plans.line_of(text, "  - id: inspecties\n    text: Het AMHK")
    assert plans.active(text, RULE) == [
        (RULE, "error", "inspecties", line, "the footnote id 'inspecties' is used twice"),
    ]


def test_an_owner_id_used_twice(plans):
    text = plans.edit(("  - id: beleidsadviseurs-jeugd\n", "  - id: inkoopteam\n"))
    line = plans.line_of(text, "  - id: inkoopteam\n    name: Beleidsadviseurs Jeugd")
    assert plans.active(text, RULE) == [
        (RULE, "error", "inkoopteam", line, "the owner id 'inkoopteam' is used twice"),
    ]


def test_a_measure_number_used_twice(plans):
    text = plans.edit(
        ('      - id: "4.2"\n', '      - id: "4.1"\n'),
        ('        measures: ["4.1", "4.2"]\n', '        measures: ["4.1"]\n'),
        ('    - measure: "4.2"\n      work: ["2018-12"]\n      evaluation: []\n', ""),
    )
    line = plans.line_of(
        text, '      - id: "4.1"\n        title: "Versterken werkgemeenschap: transf'
    )
    assert plans.active(text, RULE) == [
        (RULE, "error", "4.1", line, "the measure id '4.1' is used twice")
    ]
