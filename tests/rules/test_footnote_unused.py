"""footnote-unused: every footnote is referenced somewhere (warning)."""

RULE = "footnote-unused"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_footnote_nothing_refers_to(plans):
    text = plans.edit(("'samenwerken met het AMHK[^amhk]'", "'samenwerken met het AMHK'"))
    line = plans.line_of(text, "  - id: amhk\n")
    assert plans.active(text) == [
        (RULE, "warning", "amhk", line, "the footnote 'amhk' is not referenced anywhere"),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == "put [^amhk] where the note belongs, or remove the footnote"
    assert finding.span is not None and finding.span.column == 9


def test_a_new_footnote_without_a_reference(plans):
    text = plans.edit(
        ("  - id: amhk\n", "  - id: nieuw\n    text: Nog nergens genoemd.\n  - id: amhk\n")
    )
    assert plans.active(text) == [
        (
            RULE,
            "warning",
            "nieuw",
            plans.line_of(text, "  - id: nieuw\n"),
            "the footnote 'nieuw' is not referenced anywhere",
        ),
    ]
