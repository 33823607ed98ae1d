"""owner-missing: every measure lists at least one owner."""

RULE = "owner-missing"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_measure_without_owners(plans):
    text = plans.edit(
        (
            "        owners:\n          - owner: beleidsadviseurs-jeugd\n"
            "            wording: Beleidsadviseurs Jeugd gemeenten Middelburg, Veere en Vlissingen.\n",
            "        owners: []\n",
        )
    )
    line = plans.line_of(text, "        owners: []\n")
    assert plans.active(text) == [(RULE, "error", "7", line, "measure 7 has no owner")]
    [finding] = plans.findings(text)
    assert finding.span is not None and finding.span.column == 17
    assert finding.hint == "add an owner from the owners list: `- owner: <id>` with its `wording`"
