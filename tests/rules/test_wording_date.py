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
        'set start: "2018-02" and due: "2018-04" together, or change the wording to match the dates',
    ),
    (
        "2-contractering",
        '"2019-12"',
        '"2019-11"',
        "'April 2018 - december 2019' is the period 2018-04 to 2019-12",
        'set start: "2018-04" and due: "2019-12" together, or change the wording to match the dates',
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
    assert finding.hint == (
        'set start: "2018-02" and due: "2018-04" together, or change the wording to match the dates'
    )


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


# issue 15: the misses (wording and due disagreed, the gate passed) are caught


def _wording(old: str, new: str) -> tuple[str, str]:
    return f"            wording: {old}\n", f"            wording: {new}\n"


PERIOD_HINT = (
    'set start: "{start}" and due: "{due}" together, or change the wording to match the dates'
)


@pytest.mark.parametrize(
    ("wording", "means"),
    [
        ("Voor 1 nov. 2018", "'Voor 1 nov. 2018' means due the day before: 2018-10-31"),
        ("Voor 1/3/2019", "'Voor 1/3/2019' means due the day before: 2019-02-28"),
        ("vóór 1 sept. 2018", "'vóór 1 sept. 2018' means due the day before: 2018-08-31"),
    ],
)
def test_a_new_wording_with_the_old_due_is_caught(plans, wording, means):
    text = plans.edit(_wording("Voor 01-10-2018", wording))
    line = plans.line_of(text, f"wording: {wording}\n") + 2
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "4.1-methodiek",
            line,
            f"milestone 4.1-methodiek: due is 2018-09-30, but {means}",
        ),
    ]


@pytest.mark.parametrize(
    ("wording", "start", "means"),
    [
        (
            "Maart – april 2018",  # an en dash, as Word types it
            "2018-02",
            "'Maart – april 2018' is the period 2018-03 to 2018-04",
        ),
        (
            "Februari t/m april 2018",
            "2018-03",
            "'Februari t/m april 2018' is the period 2018-02 to 2018-04",
        ),
        (
            "Februari — april 2018",  # an em dash
            "2018-03",
            "'Februari — april 2018' is the period 2018-02 to 2018-04",
        ),
    ],
)
def test_a_period_whose_start_disagrees_is_caught(plans, wording, start, means):
    text = plans.edit(
        _wording("Februari - april 2018", wording),
        ('            start: "2018-02"\n', f'            start: "{start}"\n'),
    )
    line = plans.line_of(text, f'            start: "{start}"\n')
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "2-handelingskader",
            line,
            f"milestone 2-handelingskader: start is {start}, but {means}",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    expected_start = means.split("period ")[1].split(" to ")[0]
    assert finding.hint == PERIOD_HINT.format(start=expected_start, due="2018-04")


def test_a_wrong_start_and_due_are_both_reported_with_one_hint(plans):
    text = plans.edit(
        _wording("April 2018 - december 2019", "December 2018 - maart 2019"),
    )
    # with that, the grid X at the new end, and the acknowledgements of the published
    # plan's inconsistencies about this period (plancheck.fixes)
    hint = PERIOD_HINT.format(start="2018-12", due="2019-03") + (
        '; with that, also: add "2019-03" to planning row 2 `work`; set milestones: '
        '"work 2018-04, work 2019-03" (the acknowledgement of grid-mark-unexplained for '
        "'2/work/2018-05'); remove the acknowledgement of grid-deadline for '2-contractering'"
    )
    found = plans.findings(text, RULE)
    assert [(f.message, f.hint) for f in found] == [
        (
            "milestone 2-contractering: start is 2018-04, but 'December 2018 - maart 2019' is "
            "the period 2018-12 to 2019-03",
            hint,
        ),
        (
            "milestone 2-contractering: due is 2019-12, but 'December 2018 - maart 2019' is "
            "the period 2018-12 to 2019-03",
            hint,
        ),
    ]


def test_a_start_on_a_milestone_that_is_no_period(plans):
    text = plans.edit(
        (
            '            due: "2018-09-30"\n            kind: decision\n'
            "          - id: 4.1-contracten",
            '            start: "2018-09"\n            due: "2018-09-30"\n'
            "            kind: decision\n          - id: 4.1-contracten",
        )
    )
    line = plans.line_of(text, '            start: "2018-09"\n')
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "4.1-methodiek",
            line,
            "milestone 4.1-methodiek: start is 2018-09, but 'Voor 01-10-2018' means due the day "
            "before: 2018-09-30, not a period",
        ),
    ]


def test_unreadable_wording_gets_no_year_check(plans):
    # the old reader checked only the year of wording it could not read: here 2018, while
    # due is 2019-03; now it reads nothing and wording-unreadable notes it
    text = plans.edit(
        _wording("Voor 01-10-2018", "Na besluitvorming in 2018"),
        ('            due: "2018-09-30"\n', '            due: "2019-03"\n'),
    )
    assert plans.active(text, RULE) == []
    assert [f.rule for f in plans.findings(text, "wording-unreadable")] == ["wording-unreadable"]


# ... and the false alarms (a hint that would make the plan wrong) are gone


@pytest.mark.parametrize(
    "edits",
    [
        (  # accented
            _wording("Voor 01-10-2018", "Vóór 15 oktober 2018"),
            ('            due: "2018-09-30"\n', '            due: "2018-10-14"\n'),
        ),
        (  # was read as January
            _wording("April 2018 - december 2019", "Januari 2019 tot en met juni 2019"),
            (
                '            start: "2018-04"\n            due: "2019-12"\n',
                '            start: "2019-01"\n            due: "2019-06"\n',
            ),
        ),
        (  # as of, not before
            _wording("Uiterlijk 1 januari 2019", "Per 1 januari 2019"),
            (
                "              - Zijn er afspraken over formatie en kwaliteit met betrokken partners.\n"
                '            due: "2018-12-31"\n',
                "              - Zijn er afspraken over formatie en kwaliteit met betrokken partners.\n"
                '            due: "2019-01-01"\n',
            ),
        ),
    ],
    ids=["voor-accented", "tot-en-met", "per"],
)
def test_a_false_alarm_of_the_old_reader_is_gone(plans, edits):
    assert plans.active(plans.edit(*edits), RULE) == []


def test_per_is_as_of_that_day_not_the_day_before(plans):
    text = plans.edit(_wording("Uiterlijk 1 januari 2019", "Per 1 januari 2019"))
    [finding] = plans.findings(text, RULE)
    assert finding.message == (
        "milestone 3.1-afspraken: due is 2018-12-31, but 'Per 1 januari 2019' means as of "
        "that day: 2019-01-01"
    )
    assert finding.hint == (
        'set due: "2019-01-01", or change the wording to match the date; with that, also: '
        'add "2019-01" to planning row 3.1 `work`; remove "2018-12" from planning row 3.1 '
        '`work`; set milestones: "work 2018-06, work 2018-08, work 2019-01" (the '
        "acknowledgement of grid-mark-unexplained for '3.1/work/2018-04')"
    )


# conventions.first_of_month


FIRST_OF_MONTH_OFF = ("\nlabels:\n", "\nconventions:\n  first_of_month: false\nlabels:\n")


def test_without_the_first_of_the_month_convention_a_bare_first_is_that_day(plans):
    text = plans.edit(FIRST_OF_MONTH_OFF)
    found = {(f.subject, f.message) for f in plans.findings(text, RULE)}
    assert (
        "1-afspraken-gemaakt",
        "milestone 1-afspraken-gemaakt: due is 2018-12-31, but '01-01-2019' means due that day: "
        "2019-01-01",
    ) in found
    assert (
        "3.1-afspraken",
        "milestone 3.1-afspraken: due is 2018-12-31, but 'Uiterlijk 1 januari 2019' means due "
        "that day: 2019-01-01",
    ) in found
    # "Voor" is before that day whatever the convention
    assert not any(wording in message for _, message in found for wording in ("'Voor ",))


def test_the_first_of_the_month_convention_on_explicitly_changes_nothing(plans):
    text = plans.edit(("\nlabels:\n", "\nconventions:\n  first_of_month: true\nlabels:\n"))
    assert plans.active(text, RULE) == []


def test_a_numeric_date_with_slashes_is_read_not_only_its_year(plans):
    # the old reader checked only the year of "Voor 1/3/2019": any due in 2019 passed
    text = plans.edit(
        _wording("Voor 01-10-2018", "Voor 1/3/2019"),
        ('            due: "2018-09-30"\n', '            due: "2019-06-30"\n'),
    )
    [finding] = plans.findings(text, RULE)
    assert finding.message == (
        "milestone 4.1-methodiek: due is 2019-06-30, but 'Voor 1/3/2019' means due the day "
        "before: 2019-02-28"
    )
    # the later date breaks a dependency, for which no change is known: the hint says so
    assert finding.hint == (
        'set due: "2019-02-28", or change the wording to match the date; with that, also: '
        "move 4.1-contracten to 2019-02-28 or later, or remove the dependency"
    )
    assert finding.fix == ()


def test_a_year_of_five_digits_is_an_error_never_a_date(plans):
    # "Voor 01-01-99999" was read as 9998-12-31; now the year's digits are reported
    for wording, digits in (
        ("Voor 01-10-20189", 5),
        ("Uiterlijk 1 januari 201899", 6),
        ("In de zomer 20189", 5),
        ("Juni 99999", 5),
    ):
        text = plans.edit(
            ("            wording: Voor 01-10-2018\n", f"            wording: {wording}\n")
        )
        assert plans.active(text) == [
            (
                "wording-date",
                "error",
                "4.1-methodiek",
                plans.line_of(text, f"            wording: {wording}\n"),
                f"milestone 4.1-methodiek: '{wording}' has a year of {digits} digits; a year is "
                "written with four",
            )
        ], wording


def test_an_english_plans_wording_is_checked_with_the_english_grammar(plans):
    text = plans.edit(
        ("            wording: Voor 01-10-2018\n", "            wording: Before 1 November 2018\n"),
        ("  language: nl-NL\n", "  language: en-GB\n"),
    )
    found = [f for f in plans.findings(text, "wording-date") if f.subject == "4.1-methodiek"]
    assert [f.message for f in found] == [
        "milestone 4.1-methodiek: due is 2018-09-30, but 'Before 1 November 2018' means due "
        "the day before: 2018-10-31"
    ]
