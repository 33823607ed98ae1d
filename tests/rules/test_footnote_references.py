"""footnote-references: every [^id] in a text names a footnote."""

RULE = "footnote-references"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_misspelt_footnote_reference(plans):
    text = plans.edit(("Met partners[^partners] en", "Met partners[^partner] en"))
    line = plans.line_of(text, "Met partners[^partner] en")
    assert plans.active(text, RULE) == [
        (RULE, "error", "partner", line, "the footnote reference [^partner] has no footnote"),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == "did you mean [^partners]?"
    assert finding.span is not None and finding.span.column == 15  # the start of the text
    # and the footnote it meant is now referenced nowhere
    assert [f.subject for f in plans.findings(text, "footnote-unused")] == ["partners"]


def test_a_reference_to_no_footnote_at_all(plans):
    text = plans.edit(
        (
            "Versterken van de werkgemeenschap[^werkgemeenschap].",
            "Versterken van de werkgemeenschap[^zzz].",
        )
    )
    [finding] = plans.findings(text, RULE)
    assert plans.seen(finding) == (
        RULE,
        "error",
        "zzz",
        plans.line_of(text, "[^zzz]"),
        "the footnote reference [^zzz] has no footnote",
    )
    assert finding.hint == "add it to `footnotes`"


def test_references_in_headings_count(plans):
    text = plans.edit(
        (
            '  points_heading: "Verbeterpunten Inspecties[^inspecties]:"\n',
            '  points_heading: "Verbeterpunten Inspecties[^inspectie]:"\n',
        )
    )
    assert [(f.subject, f.span.line if f.span else 0) for f in plans.findings(text, RULE)] == [
        ("inspectie", plans.line_of(text, "[^inspectie]")),
    ]
