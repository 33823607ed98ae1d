"""wording-date: the published wording of a milestone and its machine date agree.

One broken copy per Dutch form the plan uses, and unit tests of plancheck.wording.expected.
"""

import datetime as dt

import pytest

from plancheck.wording import Expectation, dutch_month, expected

RULE = "wording-date"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


# (milestone, its due, a wrong due, the message's explanation, the hint)
WRONG_DUE = [
    (
        "4.1-methodiek",
        '"2018-09-30"',
        '"2018-10-01"',
        "'Voor 01-10-2018' means due the day before: 2018-09-30",
        'set due: "2018-09-30", or change the wording to match the date',
    ),
    (
        "3.1-afspraken",
        '"2018-12-31"',
        '"2019-01-01"',
        "'Uiterlijk 1 januari 2019' means due the day before: 2018-12-31",
        'set due: "2018-12-31", or change the wording to match the date',
    ),
    (
        "1-afspraken-gemaakt",
        '"2018-12-31"',
        '"2019-01-01"',
        "'01-01-2019' means due the day before: 2018-12-31",
        'set due: "2018-12-31", or change the wording to match the date',
    ),
    (
        "6-factsheet",
        '"2018-06-30"',
        '"2018-07-01"',
        "'Voor 1 juli 2018' means due the day before: 2018-06-30",
        'set due: "2018-06-30", or change the wording to match the date',
    ),
    (
        "3.1-rode-draad",
        '"2018-06"',
        '"2018-07"',
        "'Juni 2018' means the month 2018-06",
        'set due: "2018-06", or change the wording to match the date',
    ),
    (
        "3.2-evaluatie",
        '"2019-12"',
        '"2019-11"',
        "'December 2019' means the month 2019-12",
        'set due: "2019-12", or change the wording to match the date',
    ),
    (
        "2-handelingskader",
        '"2018-04"',
        '"2018-05"',
        "'Februari - april 2018' is the period 2018-02 to 2018-04",
        'set due: "2018-04", or change the wording to match the date',
    ),
    (
        "2-contractering",
        '"2019-12"',
        '"2019-11"',
        "'April 2018 - december 2019' is the period 2018-04 to 2019-12",
        'set due: "2019-12", or change the wording to match the date',
    ),
    (
        "3.1-structureel",
        '"2018-08"',
        '"2018-11"',
        "'In de zomer 2018' means due in the summer of 2018 (June to September)",
        "give a date between 2018-06-01 and 2018-09-30",
    ),
    (
        "3.1-korte-termijn",
        '"2018-06"',
        '"2018-07"',
        "'Voor de zomer 2018 (korte termijn oplossing)' means due before the summer of 2018 "
        "(by 2018-06-30)",
        "give a date between 2018-01-01 and 2018-06-30",
    ),
    (
        "7-per-direct",
        "immediate",
        '"2018-04"',
        "'Per direct' (immediate)",
        'set due: "immediate", or change the wording to match the date',
    ),
    (
        "1-monitoring",
        "ongoing",
        '"2019-12"',
        "'Doorlopend' (ongoing)",
        'set due: "ongoing", or change the wording to match the date',
    ),
    (
        "pentekening-evaluatie",
        '"2018-06"',
        '"2018-07"',
        "'moet gereed zijn in juni 2018' means the month 2018-06",
        'set due: "2018-06", or change the wording to match the date',
    ),
]


@pytest.mark.parametrize(
    ("milestone", "due", "wrong", "means", "hint"), WRONG_DUE, ids=[case[0] for case in WRONG_DUE]
)
def test_a_due_that_contradicts_the_wording(plans, milestone, due, wrong, means, hint):
    old, new = plans.milestone_due(milestone, due, wrong)
    text = plans.edit((old, new))
    line = plans.line_of(text, new) + new.count("\n") - 1  # the due line, the last of the block
    shown = wrong.strip('"')
    assert plans.active(text, RULE) == [
        (RULE, "error", milestone, line, f"milestone {milestone}: due is {shown}, but {means}"),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == hint


def test_in_the_summer_accepts_any_summer_month(plans):
    old, new = plans.milestone_due("3.1-structureel", '"2018-08"', '"2018-09-15"')
    assert plans.active(plans.edit((old, new)), RULE) == []


def test_a_period_with_the_wrong_start(plans):
    text = plans.edit(('            start: "2018-02"\n', '            start: "2018-03"\n'))
    line = plans.line_of(text, '            start: "2018-03"\n')
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "2-handelingskader",
            line,
            "milestone 2-handelingskader: start is 2018-03, but 'Februari - april 2018' is the "
            "period 2018-02 to 2018-04",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == 'set start: "2018-02"'


def test_a_period_without_a_start_is_reported_at_its_due(plans):
    text = plans.edit(('            start: "2018-02"\n', ""))
    line = plans.line_of(text, "            wording: Februari - april 2018\n") + 2
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "2-handelingskader",
            line,
            "milestone 2-handelingskader: start is missing, but 'Februari - april 2018' is the "
            "period 2018-02 to 2018-04",
        ),
    ]


def test_a_wording_with_an_impossible_date(plans):
    text = plans.edit(
        ("            wording: Voor 01-10-2018\n", "            wording: Voor 31-09-2018\n")
    )
    line = plans.line_of(text, "            wording: Voor 31-09-2018\n")
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "4.1-methodiek",
            line,
            "milestone 4.1-methodiek: '31-09-2018' is not a real date",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == "correct the date in the wording"


def test_wording_without_a_date_is_left_alone(plans):
    text = plans.edit(
        ("            wording: Voor 01-10-2018\n", "            wording: Na besluitvorming\n")
    )
    assert plans.active(text, RULE) == []


# plancheck.wording.expected, form by form


def test_expected_voor_a_numeric_first_of_the_month():
    assert expected("Voor 01-10-2018") == Expectation(
        "'Voor 01-10-2018' means due the day before: 2018-09-30", due="2018-09-30"
    )


def test_expected_voor_any_day_is_the_day_before():
    assert expected("Voor 15-10-2018") == Expectation(
        "'Voor 15-10-2018' means due the day before: 2018-10-14", due="2018-10-14"
    )


def test_expected_uiterlijk_spelled_first_of_the_month():
    assert expected("Uiterlijk 1 januari 2019") == Expectation(
        "'Uiterlijk 1 januari 2019' means due the day before: 2018-12-31", due="2018-12-31"
    )


def test_expected_uiterlijk_another_day_is_that_day():
    assert expected("Uiterlijk 15 januari 2019") == Expectation(
        "'Uiterlijk 15 januari 2019' means due that day: 2019-01-15", due="2019-01-15"
    )


def test_expected_a_bare_date():
    assert expected("01-04-2019").due == "2019-03-31"
    assert expected("12-04-2019").due == "2019-04-12"


def test_expected_a_month():
    assert expected("Juni 2018") == Expectation(
        "'Juni 2018' means the month 2018-06", due="2018-06"
    )
    assert expected("December 2019") == Expectation(
        "'December 2019' means the month 2019-12", due="2019-12"
    )
    assert expected("moet gereed zijn in juni 2018").due == "2018-06"
    assert expected("sept 2018").due == "2018-09"


def test_expected_a_period_within_a_year():
    assert expected("Februari - april 2018") == Expectation(
        "'Februari - april 2018' is the period 2018-02 to 2018-04", due="2018-04", start="2018-02"
    )


def test_expected_a_period_across_years():
    assert expected("April 2018 - december 2019") == Expectation(
        "'April 2018 - december 2019' is the period 2018-04 to 2019-12",
        due="2019-12",
        start="2018-04",
    )


def test_expected_in_the_summer():
    assert expected("In de zomer 2018") == Expectation(
        "'In de zomer 2018' means due in the summer of 2018 (June to September)",
        due_from=dt.date(2018, 6, 1),
        due_until=dt.date(2018, 9, 30),
    )


def test_expected_before_the_summer_ignores_the_parenthesis():
    assert expected("Voor de zomer 2018 (korte termijn oplossing)") == Expectation(
        "'Voor de zomer 2018 (korte termijn oplossing)' means due before the summer of 2018 "
        "(by 2018-06-30)",
        due_from=dt.date(2018, 1, 1),
        due_until=dt.date(2018, 6, 30),
    )


def test_expected_after_the_summer():
    assert expected("Na de zomer 2018") == Expectation(
        "'Na de zomer 2018' means due after the summer of 2018",
        due_from=dt.date(2018, 9, 1),
        due_until=dt.date(2018, 12, 31),
    )


def test_expected_per_direct_and_doorlopend():
    assert expected("Per direct") == Expectation("'Per direct' (immediate)", due="immediate")
    assert expected("Per direct:") == Expectation("'Per direct' (immediate)", due="immediate")
    assert expected("Doorlopend") == Expectation("'Doorlopend' (ongoing)", due="ongoing")
    assert expected("doorlopend.") == Expectation("'Doorlopend' (ongoing)", due="ongoing")


def test_expected_a_year_only():
    assert expected("In 2019") == Expectation(
        "'In 2019' names the year 2019",
        due_from=dt.date(2019, 1, 1),
        due_until=dt.date(2019, 12, 31),
    )


def test_expected_an_impossible_date():
    assert expected("Voor 30-02-2018") == Expectation(
        "'30-02-2018' is not a real date", due="invalid"
    )
    assert expected("Uiterlijk 31 april 2019") == Expectation(
        "'31 april 2019' is not a real date", due="invalid"
    )


def test_expected_no_date_at_all():
    assert expected("Na besluitvorming") is None
    assert expected("") is None


def test_dutch_month():
    assert dutch_month((2018, 6)) == "juni 2018"
    assert dutch_month((2019, 12)) == "december 2019"


def test_op_means_that_very_day():
    from plancheck.wording import expected

    assert expected("Op 1 maart 2026").due == "2026-03-01"
    assert expected("Uiterlijk 1 maart 2026").due == "2026-02-28"
    assert expected("Uiterlijk 15 maart 2026").due == "2026-03-15"


def test_a_year_has_exactly_four_digits():
    """'01-01-99999' was read as 01-01-9999 (due 9998-12-31): a wrong date, silently."""
    for wording, digits in (
        ("Voor 01-01-99999", 5),
        ("Voor 01-10-12018", 5),
        ("Uiterlijk 1 januari 201899", 6),
        ("Juni 99999", 5),
        ("Februari - april 20189", 5),
        ("April 20189 - mei 2019", 5),
        ("In de zomer 20189", 5),
    ):
        assert expected(wording) == Expectation(
            f"'{wording}' has a year of {digits} digits; a year is written with four",
            due="invalid",
        ), wording


def test_numbers_of_a_date_stand_alone():
    # a day of three digits is no date; the year alone is still read
    assert expected("Voor 001-10-2018") == Expectation(
        "'Voor 001-10-2018' names the year 2018",
        due_from=dt.date(2018, 1, 1),
        due_until=dt.date(2018, 12, 31),
    )
    assert expected("In 20189") is None  # wording the parser cannot read: left alone
    assert expected("Voor 01-10-2018 (kenmerk 123456)").due == "2018-09-30"


def test_a_five_digit_year_in_a_wording_is_a_finding(plans):
    text = plans.edit(
        ("            wording: Voor 01-10-2018\n", "            wording: Voor 01-10-20189\n")
    )
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "4.1-methodiek",
            plans.line_of(text, "            wording: Voor 01-10-20189\n"),
            "milestone 4.1-methodiek: 'Voor 01-10-20189' has a year of 5 digits; a year is "
            "written with four",
        ),
    ]
