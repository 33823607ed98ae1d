"""party-references: every party a measure involves is in the parties list."""

RULE = "party-references"
PARTIES_32 = "          parties: [veilig-thuis, werkgroep-veilig-thuis]\n"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_misspelt_party_suggests_the_listed_one(plans):
    text = plans.edit((PARTIES_32, PARTIES_32.replace("[veilig-thuis,", "[veilig-thuis-zeeland,")))
    line = plans.line_of(
        text, "          parties: [veilig-thuis-zeeland, werkgroep-veilig-thuis]\n"
    )
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "3.2/veilig-thuis-zeeland",
            line,
            "measure 3.2 involves 'veilig-thuis-zeeland', which is not in the parties list",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == "did you mean 'veilig-thuis'?"
    assert finding.span is not None and finding.span.column == 21


def test_a_party_nothing_like_the_list(plans):
    text = plans.edit((PARTIES_32, PARTIES_32.replace("werkgroep-veilig-thuis", "brandweer")))
    [finding] = plans.findings(text)
    assert plans.seen(finding) == (
        RULE,
        "error",
        "3.2/brandweer",
        plans.line_of(text, "brandweer]"),
        "measure 3.2 involves 'brandweer', which is not in the parties list",
    )
    assert finding.hint == "add the party to `parties`"
