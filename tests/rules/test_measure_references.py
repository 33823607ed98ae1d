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
    assert finding.span is not None and finding.span.column == 20


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
        plans.line_of(text, "            wording: Per direct\n            text: |\n") + 1,
        "the text refers to measure 3.3, which does not exist",
    )
