"""footnote-limit: a plan makes at most 10,000 footnote references."""

from pathlib import Path

from plancheck.markup import MAX_FOOTNOTE_REFERENCES

RULE = "footnote-limit"
PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "plan-2018-08-31.yaml"
FIELD = "        text: Versterken van de werkgemeenschap[^werkgemeenschap].\n"
PUBLISHED_REFERENCES = 5


def with_references(count: int) -> str:
    """The published plan with `count` references more, in the text of milestone 4.2."""
    text = PUBLISHED.read_text("utf-8")
    assert text.count(FIELD) == 1
    more = "[^werkgemeenschap]" * count
    return text.replace(FIELD, FIELD.replace("].", "]" + more + "."))


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_the_bound_itself_passes(plans):
    text = with_references(MAX_FOOTNOTE_REFERENCES - PUBLISHED_REFERENCES)
    assert plans.active(text, RULE) == []


def test_one_reference_past_the_bound(plans):
    text = with_references(MAX_FOOTNOTE_REFERENCES - PUBLISHED_REFERENCES + 1)
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "footnotes",
            plans.line_of(text, "        text: Versterken van de werkgemeenschap[^"),
            "the plan makes 10,001 footnote references; a Word report holds at most 10,000 "
            "(reference 10,001 is in this text)",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == "refer to a footnote where it is needed, not at every mention"
