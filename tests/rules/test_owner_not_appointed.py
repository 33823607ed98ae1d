"""owner-not-appointed: a warning for each measure owned by a role nobody holds yet."""

RULE = "owner-not-appointed"
OWNER = "Walcherse gemeenten, projectleider nog te benoemen"


def test_bundled_plan_passes_after_its_acknowledgement(plans):
    assert plans.bundled_active(RULE) == []
    [suppressed] = [f for f in plans.bundled.findings if f.rule == RULE]
    assert plans.seen(suppressed) == (
        RULE,
        "warning",
        "1",
        plans.line_of(plans.text, "- owner: projectleider-walcheren"),
        f"measure 1 is owned by '{OWNER}', whose person is not yet appointed",
    )
    assert suppressed.suppressed


def test_the_warning_names_the_measure(plans):
    text = plans.edit(
        (
            "          - owner: senior-beleidsadviseur-middelburg\n",
            "          - owner: projectleider-walcheren\n",
        ),
        (  # and its wording with it (owner-wording)
            "            wording: Senior beleidsadviseur Sociaal Domein, gemeente Middelburg.\n",
            "            wording: Walcherse gemeenten, projectleider nog te benoemen.\n",
        ),
    )
    line = plans.line_of(text, "- owner: projectleider-walcheren\n", 2)
    assert plans.active(text) == [
        (
            RULE,
            "warning",
            "8",
            line,
            f"measure 8 is owned by '{OWNER}', whose person is not yet appointed",
        ),
    ]
    [finding] = plans.findings(text)
    assert (
        finding.hint == "once appointed, set `appointed: true` for owner 'projectleider-walcheren'"
    )


def test_once_appointed_the_acknowledgement_goes_stale(plans):
    text = plans.edit(("    appointed: false\n", "    appointed: true\n"))
    line = plans.line_of(text, "  - rule: owner-not-appointed\n")
    assert plans.active(text) == [
        (
            "acknowledgement-stale",
            "warning",
            "1",
            line,
            "the acknowledgement of owner-not-appointed for '1' matches no finding",
        ),
    ]
