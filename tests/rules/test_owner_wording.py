"""owner-wording: a measure's owner wording names the owner its id points to."""

RULE = "owner-wording"
OWNER_7 = "          - owner: beleidsadviseurs-jeugd\n"
SOCIAAL = "Beleidsadviseurs Sociaal Domein gemeenten Middelburg, Veere en Vlissingen"
JEUGD = "Beleidsadviseurs Jeugd gemeenten Middelburg, Veere en Vlissingen"


def test_bundled_plan_passes(plans):
    # the published wording differs from the registry's names in places ("van Vlissingen,
    # Veere en Middelburg", "Beleidsadviseur" singular, "Intern: ..."): none is a finding
    assert plans.bundled_active(RULE) == []


def test_an_owner_id_changed_with_its_wording_left_alone(plans):
    text = plans.edit((OWNER_7, "          - owner: beleidsadviseurs-sociaal-domein\n"))
    line = plans.line_of(text, f"            wording: {JEUGD}.\n")
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "7/beleidsadviseurs-sociaal-domein",
            line,
            "measure 7 names the owner 'beleidsadviseurs-sociaal-domein' "
            f"({SOCIAAL}), but its wording '{JEUGD}.' names 'beleidsadviseurs-jeugd' "
            f"({JEUGD}): the report and the calendar feeds would name different roles",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == (
        f"write the role of 'beleidsadviseurs-sociaal-domein' in the wording ('{SOCIAAL}.'), "
        "or set owner: back to 'beleidsadviseurs-jeugd'"
    )
    assert [c.describe() for c in finding.fix] == [
        f'set wording: "{SOCIAAL}." (owner beleidsadviseurs-sociaal-domein of measure 7)'
    ]


def test_every_owner_changed_to_another_is_found(plans):
    owners = [o.id for o in plans.bundled.plan.owners]
    tried = 0
    for measure in plans.bundled.plan.measures:
        for ref in measure.owners:
            for other in owners:
                if other == ref.owner:
                    continue
                old = f"          - owner: {ref.owner}\n            wording: {ref.wording}"
                if plans.text.count(old) != 1:
                    continue  # a quoted wording: the next check covers the others
                text = plans.edit((old, old.replace(ref.owner, other, 1)))
                found = [f.subject for f in plans.findings(text, RULE)]
                assert found == [f"{measure.id}/{other}"], (measure.id, ref.owner, other)
                tried += 1
    assert tried >= 6 * 10  # ten owner references of the published plan, six others each


def test_the_wording_changed_with_the_owner_passes(plans):
    text = plans.edit(
        (
            OWNER_7 + f"            wording: {JEUGD}.\n",
            f"          - owner: beleidsadviseurs-sociaal-domein\n            wording: {SOCIAAL}.\n",
        )
    )
    assert plans.active(text) == []


def test_a_reworded_wording_of_the_same_owner_passes(plans):
    text = plans.edit(
        (f"            wording: {JEUGD}.\n", "            wording: Beleidsadviseurs Jeugd.\n")
    )
    assert plans.active(text) == []


def test_two_owners_of_one_id_are_unique_ids_business(plans):
    text = plans.edit(
        ("  - id: inkoopteam\n", "  - id: beleidsadviseurs-jeugd\n"),
        ("          - owner: inkoopteam\n", "          - owner: beleidsadviseurs-jeugd\n"),
    )
    assert [f.rule for f in plans.findings(text)] == ["unique-ids"]
