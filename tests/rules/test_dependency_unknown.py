"""dependency-unknown: every builds_on id names a milestone."""

RULE = "dependency-unknown"
RODE_DRAAD = "            builds_on: [pentekening-evaluatie]\n          - id: 3.1-structureel\n"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_dependency_on_a_missing_milestone_suggests_a_close_one(plans):
    text = plans.edit((RODE_DRAAD, RODE_DRAAD.replace("[pentekening-evaluatie]", "[pentekening]")))
    line = plans.line_of(text, "            builds_on: [pentekening]\n")
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "3.1-rode-draad/pentekening",
            line,
            "milestone 3.1-rode-draad builds on 'pentekening', which is not a milestone",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == "did you mean 'pentekening-evaluatie'?"
    assert finding.span is not None and finding.span.column == 25  # the id inside [...]


def test_a_dependency_on_nothing_like_a_milestone(plans):
    text = plans.edit((RODE_DRAAD, RODE_DRAAD.replace("[pentekening-evaluatie]", "[begroting]")))
    [finding] = plans.findings(text)
    assert plans.seen(finding) == (
        RULE,
        "error",
        "3.1-rode-draad/begroting",
        plans.line_of(text, "[begroting]"),
        "milestone 3.1-rode-draad builds on 'begroting', which is not a milestone",
    )
    assert finding.hint == "use an existing milestone id"
