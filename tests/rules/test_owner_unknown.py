"""owner-unknown: a measure's owner ids exist in the owners registry."""

RULE = "owner-unknown"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_misspelt_owner_id_suggests_the_registered_one(plans):
    text = plans.edit(("          - owner: inkoopteam\n", "          - owner: inkoop-team\n"))
    line = plans.line_of(text, "          - owner: inkoop-team\n")
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "5/inkoop-team",
            line,
            "measure 5 names the owner 'inkoop-team', which is not in the owners list",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == "did you mean 'inkoopteam'?"
    assert finding.span is not None and finding.span.column == 20


def test_an_owner_id_nothing_like_the_registry(plans):
    text = plans.edit(("          - owner: inkoopteam\n", "          - owner: wethouder\n"))
    [finding] = plans.findings(text)
    assert plans.seen(finding) == (
        RULE,
        "error",
        "5/wethouder",
        plans.line_of(text, "- owner: wethouder"),
        "measure 5 names the owner 'wethouder', which is not in the owners list",
    )
    assert finding.hint == "add the role to `owners`"
