"""wording-unreadable: wording the date grammar cannot read is noted, never guessed at."""

import pytest

from plancheck.findings import Verdict

RULE = "wording-unreadable"


def test_bundled_plan_has_no_unreadable_wording(plans):
    assert plans.bundled_active(RULE) == []


def plans_edit_wording(old: str, new: str) -> tuple[str, str]:
    return f"            wording: {old}\n", f"            wording: {new}\n"


@pytest.mark.parametrize(
    "wording",
    ["Binnenkort", "Na besluitvorming", "Q5 2019", "Na besluitvorming 2018"],
)
def test_a_wording_it_cannot_read_is_a_note_at_the_wording_in_dutch(plans, wording, monkeypatch):
    monkeypatch.delenv("PLANCHECK_LANG")  # the plan's language: Dutch
    text = plans.edit(plans_edit_wording("Voor 01-10-2018", wording))
    line = plans.line_of(text, f"            wording: {wording}\n")
    assert plans.active(text, RULE) == [
        (
            RULE,
            "note",
            "4.1-methodiek",
            line,
            f"mijlpaal 4.1-methodiek: '{wording}': kan deze datum niet lezen: controleer due zelf",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == (
        "schrijf de datum in een vorm uit docs/plan-format.md ('The date grammar'), "
        "of controleer due en start zelf aan de hand van de formulering"
    )
    assert plans.active(text, "wording-date") == []  # nothing guessed, not even the year
    assert Verdict.of(plans.run(text).findings).passed  # a note never fails the gate


def test_in_an_english_plan_the_note_is_english(plans):
    text = plans.edit(
        plans_edit_wording("Voor 01-10-2018", "Binnenkort"),
        ("  language: nl-NL\n", "  language: en-GB\n"),
    )
    # an English plan's wording is read with the English grammar: the Dutch phrases are notes
    [finding] = [f for f in plans.findings(text, RULE) if f.subject == "4.1-methodiek"]
    assert finding.message == (
        "milestone 4.1-methodiek: 'Binnenkort': cannot read this date; check due yourself"
    )
    assert finding.hint == (
        "write the date in a form of docs/plan-format.md ('The date grammar'), "
        "or check due and start against the wording by hand"
    )


def test_an_impossible_date_is_an_error_of_wording_date_not_a_note(plans):
    text = plans.edit(plans_edit_wording("Voor 01-10-2018", "Voor 31-09-2018"))
    assert plans.active(text, RULE) == []
    assert [f.rule for f in plans.findings(text, "wording-date")] == ["wording-date"]


def test_every_readable_form_gives_no_note(plans):
    for wording in ("Vóór 15 oktober 2018", "Q4 2018", "Eind 2018", "Per 1 januari 2019"):
        text = plans.edit(plans_edit_wording("Voor 01-10-2018", wording))
        assert plans.active(text, RULE) == [], wording


ENGLISH_WORDINGS = [
    ("Voor 01-10-2018", "Before 1 October 2018"),
    ("Uiterlijk 1 januari 2019", "By 1 January 2019"),
    ("Juni 2018", "June 2018"),
]


def test_an_english_plan_is_read_with_the_english_grammar(plans):
    edits = [plans_edit_wording(old, new) for old, new in ENGLISH_WORDINGS]
    text = plans.edit(*edits, ("  language: nl-NL\n", "  language: en-GB\n"))
    noted = {f.subject for f in plans.findings(text, RULE)}
    for _old, new in ENGLISH_WORDINGS:
        line = plans.line_of(text, f"            wording: {new}\n")
        assert not [
            f for f in plans.findings(text, RULE) if f.span is not None and f.span.line == line
        ], new
    assert noted  # the Dutch wordings left are not read as English


def test_an_english_numeric_date_needs_the_plans_date_order(plans):
    wording = plans_edit_wording("Voor 01-10-2018", "Before 01/10/2018")
    english = ("  language: nl-NL\n", "  language: en-GB\n")
    text = plans.edit(wording, english)
    line = plans.line_of(text, "            wording: Before 01/10/2018\n")
    [finding] = [
        f for f in plans.findings(text, RULE) if f.span is not None and f.span.line == line
    ]
    assert (
        finding.hint
        == "set conventions.date_order (day-month or month-day), or write the month as a word"
    )
    ordered = plans.edit(
        wording, english, ("format: 1\n", "format: 1\nconventions:\n  date_order: day-month\n")
    )
    assert not [
        f for f in plans.findings(ordered, RULE) if f.span is not None and f.span.line == line
    ]
