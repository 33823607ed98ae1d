"""revision-log: revisions in date order, ending at the version date, naming milestones."""

from pathlib import Path

RULE = "revision-log"
PUBLISHED = (
    '  - version: "31-08-2018"\n'
    '    date: "2018-08-31"\n'
    "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
)


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_later_revision_with_its_changes_passes(plans):
    text = plans.edit(
        (
            PUBLISHED,
            PUBLISHED + '  - version: "2"\n    date: "2019-02-01"\n    reason: Factsheet later.\n'
            "    changes: [6-factsheet]\n",
        ),
        ('  version_date: "2018-08-31"\n', '  version_date: "2019-02-01"\n'),
    )
    assert [f for f in plans.active(text) if f.rule == RULE] == []


def test_version_date_must_be_the_latest_revision(plans):
    text = plans.edit(
        (PUBLISHED, PUBLISHED + '  - version: "2"\n    date: "2019-02-01"\n    reason: Later.\n')
    )
    line = plans.line_of(text, '  version_date: "2018-08-31"\n')
    assert [f for f in plans.active(text) if f.rule == RULE] == [
        (
            RULE,
            "error",
            "version_date",
            line,
            "the version date is 2018-08-31, but the latest revision is dated 2019-02-01",
        )
    ]


def test_revisions_out_of_order_and_an_unknown_milestone(plans):
    text = plans.edit(
        (
            PUBLISHED,
            PUBLISHED + '  - version: "0"\n    date: "2018-01-01"\n    reason: Concept.\n'
            "    changes: [6-factshet]\n",
        )
    )
    date_line = plans.line_of(text, '    date: "2018-01-01"\n')
    changes_line = plans.line_of(text, "    changes: [6-factshet]\n")
    found = [f for f in plans.active(text) if f.rule == RULE]
    assert found == [
        (
            RULE,
            "error",
            "revision/0",
            date_line,
            "revision 0 (2018-01-01) is dated before the revision above it "
            "(31-08-2018, 2018-08-31)",
        ),
        (
            RULE,
            "error",
            "revision/0/6-factshet",
            changes_line,
            "revision 0 names '6-factshet', which is not a milestone",
        ),
    ]
    [unknown] = [f for f in plans.findings(text) if f.subject == "revision/0/6-factshet"]
    assert unknown.hint == "did you mean '6-factsheet'?"


def test_a_removed_milestone_is_named_under_removed_and_must_be_gone(plans):
    # (from the frozen fixture, not the live plan.yaml)
    fixture = Path(__file__).parents[1] / "fixtures" / "plan-2018-08-31.yaml"
    text = fixture.read_text("utf-8")
    assert text.count(PUBLISHED) == 1
    text = text.replace(
        PUBLISHED,
        PUBLISHED + '  - version: "2"\n    date: "2018-08-31"\n    reason: Vervallen.\n'
        "    removed: [6-factsheet]\n",
    )
    line = plans.line_of(text, "    removed: [6-factsheet]\n")
    assert [f for f in plans.active(text) if f.rule == RULE] == [
        (
            RULE,
            "error",
            "revision/2/6-factsheet",
            line,
            "revision 2 says '6-factsheet' was removed, but it is still a milestone of the plan",
        )
    ]
