"""footnote-nesting: no footnote reference inside a footnote or in the page header."""

from pathlib import Path

RULE = "footnote-nesting"
PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "plan-2018-08-31.yaml"
AMHK = "    text: Het AMHK is Veilig Thuis Zeeland geworden.\n"
PARTNERS = "    text: Onder partners verstaan we organisaties"


def published(*edits: tuple[str, str]) -> str:
    """The frozen published plan with each `old` (which occurs once) replaced by `new`."""
    text = PUBLISHED.read_text("utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_the_published_plan_passes(plans):
    assert plans.active(published(), RULE) == []


def test_a_footnote_that_refers_to_itself(plans):
    text = published((AMHK, "    text: Het AMHK[^amhk] is Veilig Thuis Zeeland geworden.\n"))
    line = plans.line_of(text, "Het AMHK[^amhk] is")
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "amhk",
            line,
            "the footnote 'amhk' refers to itself with [^amhk]: Word has no footnote inside a "
            "footnote",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == (
        "write out in the note's own words what [^amhk] refers to, or put it in the body text"
    )
    assert finding.span is not None and finding.span.column == 11


def test_two_footnotes_that_refer_to_each_other(plans):
    text = published(
        (AMHK, "    text: Het AMHK is Veilig Thuis Zeeland geworden[^partners].\n"),
        (PARTNERS, "    text: Onder partners[^amhk] verstaan we organisaties"),
    )
    assert [(f.subject, f.message.split(":")[0]) for f in plans.findings(text, RULE)] == [
        ("amhk", "the footnote 'amhk' refers to the footnote 'partners' with [^partners]"),
        ("partners", "the footnote 'partners' refers to the footnote 'amhk' with [^amhk]"),
    ]


def test_a_footnote_referred_to_from_another_is_reported_once_per_reference_target(plans):
    text = published(
        (AMHK, "    text: Het AMHK[^inspecties] is Veilig[^inspecties] Thuis[^partners].\n")
    )
    assert [f.message.split(" with ")[0] for f in plans.findings(text, RULE)] == [
        "the footnote 'amhk' refers to the footnote 'inspecties'",
        "the footnote 'amhk' refers to the footnote 'partners'",
    ]


def test_a_footnote_in_the_page_header(plans):
    text = published(
        ("    - Verbeterplan Inspectie\n", "    - Verbeterplan Inspectie[^inspecties]\n"),
        (
            "    - Casusonderzoek Zeeland\n  municipalities: [Middelburg, ",
            "    - Casusonderzoek Zeeland\n  municipalities: ['Middelburg[^amhk]', ",
        ),
    )
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "document.running_header.0",
            12,
            "the page header refers to the footnote 'inspecties' with [^inspecties]: Word has no "
            "footnote in the page header",
        ),
        (
            RULE,
            "error",
            "document.municipalities.0",
            14,
            "the page header refers to the footnote 'amhk' with [^amhk]: Word has no footnote "
            "in the page header",
        ),
    ]
    [first, _] = plans.findings(text, RULE)
    assert first.hint == "remove [^inspecties] here, and refer to the footnote from the body text"


def test_a_footnote_in_a_label_of_the_page_header(plans):
    text = published(("\nlabels:\n  measure:", "\nlabels:\n  date: 'Datum[^amhk]:'\n  measure:"))
    [finding] = plans.findings(text, RULE)
    assert finding.subject == "labels.date"
    assert finding.span is not None and finding.span.line == plans.line_of(text, "Datum[^amhk]")


def test_references_in_the_body_are_fine(plans):
    text = published(
        ("  title: Verbeterplan gemeenten", "  title: Verbeterplan[^inspecties] gemeenten")
    )
    assert plans.active(text, RULE) == []
