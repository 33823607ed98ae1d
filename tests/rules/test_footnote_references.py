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
    # the reference itself, not the start of the text
    assert finding.span is not None
    assert finding.span.column == plans.column_of(text, "[^partner]")
    assert finding.span.end_column == finding.span.column + len("[^partner]")
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


def test_a_reference_inside_a_block_is_found_at_its_line_and_column(plans):
    # the published plan's only [^amhk] stands on a line of a `|` block under `text: |`
    text = plans.edit(("samenwerken met het AMHK[^amhk]'", "samenwerken met het AMHK[^amkh]'"))
    [finding] = plans.findings(text, RULE)
    assert finding.span is not None
    assert (finding.span.line, finding.span.column) == (
        plans.line_of(text, "[^amkh]"),
        plans.column_of(text, "[^amkh]"),
    )
    line = text.split("\n")[finding.span.line - 1]
    assert line[finding.span.column - 1 :].startswith("[^amkh]")
    assert line.lstrip().startswith("- Veilig Thuis")  # a line of the block, not `text: |`
