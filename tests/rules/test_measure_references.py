"""measure-references: every [maatregel N](measure:N) link names a measure."""

RULE = "measure-references"
EMBEDDING_6 = "        embedding: N.v.t. Zie [maatregel 8](measure:8).\n"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_link_to_a_measure_that_does_not_exist(plans):
    text = plans.edit((EMBEDDING_6, EMBEDDING_6.replace("8", "9")))
    line = plans.line_of(text, "        embedding: N.v.t. Zie [maatregel 9](measure:9).\n")
    assert plans.active(text) == [
        (RULE, "error", "9", line, "the text refers to measure 9, which does not exist"),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == "correct the number in (measure:...), or remove the link"
    # the link itself, not the start of the text
    assert finding.span is not None
    assert finding.span.column == plans.column_of(text, "[maatregel 9](measure:9)")


def test_the_link_target_counts_not_its_words(plans):
    text = plans.edit((EMBEDDING_6, "        embedding: N.v.t. Zie [maatregel 9](measure:8).\n"))
    assert plans.active(text) == []


def test_links_inside_lists_are_checked(plans):
    text = plans.edit(
        ("(zie ook [maatregel 3.1](measure:3.1))", "(zie ook [maatregel 3.3](measure:3.3))")
    )
    [finding] = plans.findings(text)
    assert plans.seen(finding) == (
        RULE,
        "error",
        "3.3",
        plans.line_of(text, "[maatregel 3.3](measure:3.3)"),  # its line in the `|` block
        "the text refers to measure 3.3, which does not exist",
    )


def test_a_plain_reference_to_a_measure_that_does_not_exist(plans):
    text = plans.edit((EMBEDDING_6, "        embedding: N.v.t. Zie maatregel 9.\n"))
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "9",
            plans.line_of(text, "Zie maatregel 9."),
            "the text refers to measure 9 ('maatregel 9'), which does not exist",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == "correct the number, or remove the reference"
    assert finding.span is not None
    assert finding.span.column == plans.column_of(text, "maatregel 9")


def test_plain_references_to_measures_that_exist_pass(plans):
    for words in ("zie maatregel 8", "Zie maatregelen 3.1 en 3.2", "maatregel 3.1, 3.2 of 4.1"):
        text = plans.edit((EMBEDDING_6, f"        embedding: N.v.t. {words}.\n"))
        assert plans.active(text) == [], words


def test_each_number_of_a_plain_reference_counts(plans):
    text = plans.edit((EMBEDDING_6, "        embedding: N.v.t. Zie maatregelen 3.1 en 3.3.\n"))
    assert [(f.subject, f.message) for f in plans.findings(text)] == [
        ("3.3", "the text refers to measure 3.3 ('maatregelen 3.1 en 3.3'), which does not exist"),
    ]


def test_a_year_after_the_word_is_no_reference(plans):
    text = plans.edit((EMBEDDING_6, "        embedding: N.v.t. De maatregel 2018 loopt door.\n"))
    assert plans.active(text) == []


def test_a_plain_reference_inside_a_block_is_found_at_its_line(plans):
    text = plans.edit(("(zie ook [maatregel 3.1](measure:3.1))", "(zie ook maatregel 3.3)"))
    [finding] = plans.findings(text)
    assert finding.span is not None
    assert (finding.span.line, finding.span.column) == (
        plans.line_of(text, "maatregel 3.3"),
        plans.column_of(text, "maatregel 3.3"),
    )


def test_the_revision_log_may_name_a_measure_that_left_the_plan(plans):
    text = plans.edit(
        (
            "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n",
            "    reason: Versie zoals gepubliceerd; maatregel 9 volgt later.\n",
        )
    )
    assert plans.active(text, RULE) == []
