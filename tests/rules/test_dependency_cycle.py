"""dependency-cycle: no milestone (indirectly) builds on itself; the message shows the cycle."""

RULE = "dependency-cycle"
HINT = "remove the builds_on entry that points backwards"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_two_milestones_that_build_on_each_other(plans):
    text = plans.edit(
        (
            "            kind: deliverable\n            builds_on: [pentekening-evaluatie]\n"
            "          - id: 5-plan\n",
            "            kind: deliverable\n            builds_on: [5-plan]\n          - id: 5-plan\n",
        )
    )
    line = plans.line_of(text, "            builds_on: [5-plan]\n")
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "5-onderzoek",
            line,
            "these milestones build on each other in a circle: 5-onderzoek → 5-plan → 5-onderzoek",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == HINT


def test_a_longer_cycle_is_shown_whole(plans):
    text = plans.edit(
        (
            "            builds_on: [pentekening-evaluatie]\n          - id: 1-implementatie\n",
            "            builds_on: [1-monitoring]\n          - id: 1-implementatie\n",
        ),
        (
            "            due: ongoing\n            kind: ongoing\n        embedding: |\n"
            "          Uitwerking",
            "            due: ongoing\n            kind: ongoing\n            builds_on: [1-implementatie]\n"
            "        embedding: |\n          Uitwerking",
        ),
    )
    line = plans.line_of(text, "            builds_on: [1-monitoring]\n")
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "1-afspraken-gemaakt",
            line,
            "these milestones build on each other in a circle: 1-afspraken-gemaakt → 1-monitoring "
            "→ 1-implementatie → 1-afspraken-gemaakt",
        ),
    ]


def test_a_milestone_that_builds_on_itself(plans):
    text = plans.edit(
        ("            builds_on: [8-bepalen]\n", "            builds_on: [8-implementeren]\n")
    )
    line = plans.line_of(text, "            builds_on: [8-implementeren]\n")
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "8-implementeren",
            line,
            "these milestones build on each other in a circle: 8-implementeren → 8-implementeren",
        ),
    ]
