"""dependency-order: no milestone is due before what it builds on; the message shows the chain."""

RULE = "dependency-order"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_due_a_month_before_the_pentekening_evaluation(plans):
    # 3.1-rode-draad due May 2018 ("Mei 2018", so wording-date agrees), building on June 2018
    text = plans.edit(
        ("            wording: Juni 2018\n", "            wording: Mei 2018\n"),
        (
            '            due: "2018-06"\n            kind: deliverable\n'
            "            builds_on: [pentekening-evaluatie]\n          - id: 3.1-structureel",
            '            due: "2018-05"\n            kind: deliverable\n'
            "            builds_on: [pentekening-evaluatie]\n          - id: 3.1-structureel",
        ),
    )
    line = plans.line_of(text, '            due: "2018-05"\n') + 2
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "3.1-rode-draad",
            line,
            "milestone is due before what it builds on: 3.1-rode-draad ('Mei 2018', due 2018-05) "
            "builds on pentekening-evaluatie ('moet gereed zijn in juni 2018', due 2018-06)",
        ),
    ]
    [finding] = plans.findings(text, RULE)
    assert finding.hint == "move 3.1-rode-draad to 2018-06 or later, or remove the dependency"
    assert plans.active(text, "wording-date") == []


def test_the_message_shows_the_whole_chain_with_dates(plans):
    text = plans.edit(
        (
            "            wording: Uiterlijk 1 januari 2019\n",
            "            wording: Uiterlijk 1 juli 2018\n",
        ),
        (
            '            due: "2018-12-31"\n            kind: decision\n            builds_on: [3.1-structureel]',
            '            due: "2018-06-30"\n            kind: decision\n            builds_on: [3.1-structureel]',
        ),
    )
    line = plans.line_of(text, "            builds_on: [3.1-structureel]\n")
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "3.1-afspraken",
            line,
            "milestone is due before what it builds on: 3.1-afspraken ('Uiterlijk 1 juli 2018', "
            "due 2018-06-30) builds on 3.1-structureel ('In de zomer 2018', due 2018-08) builds on "
            "pentekening-evaluatie ('moet gereed zijn in juni 2018', due 2018-06)",
        ),
    ]
    assert plans.active(text, "wording-date") == []


def test_per_direct_counts_as_the_first_month_of_the_grid(plans):
    text = plans.edit(
        (
            "            due: immediate\n            kind: deliverable\n        embedding: De IJZ",
            "            due: immediate\n            kind: deliverable\n"
            "            builds_on: [pentekening-evaluatie]\n        embedding: De IJZ",
        )
    )
    line = plans.line_of(
        text, "            builds_on: [pentekening-evaluatie]\n        embedding: De IJZ"
    )
    assert plans.active(text, RULE) == [
        (
            RULE,
            "error",
            "7-per-direct",
            line,
            "milestone is due before what it builds on: 7-per-direct ('Per direct', due immediate) "
            "builds on pentekening-evaluatie ('moet gereed zijn in juni 2018', due 2018-06)",
        ),
    ]


def test_a_month_may_build_on_per_direct_in_that_month(plans):
    # 2-handelingskader is due April 2018, the grid's first month, where "Per direct" counts:
    # compared by month, it is not due before 7-per-direct
    text = plans.edit(
        (
            '            start: "2018-02"\n            due: "2018-04"\n            kind: decision\n',
            '            start: "2018-02"\n            due: "2018-04"\n            kind: decision\n'
            "            builds_on: [7-per-direct]\n",
        )
    )
    assert plans.active(text) == []


def test_a_day_in_the_same_month_as_a_month_is_not_before_it(plans):
    # 8-bepalen is due 2018-08-31; make 8-implementeren "Augustus 2018" building on it
    text = plans.edit(
        (
            "            wording: Voor 01-01-2019\n            text: |\n              - Afspraken",
            "            wording: Augustus 2018\n            text: |\n              - Afspraken",
        ),
        (
            '            due: "2018-12-31"\n            kind: deliverable\n            builds_on: [8-bepalen]',
            '            due: "2018-08"\n            kind: deliverable\n            builds_on: [8-bepalen]',
        ),
    )
    assert plans.active(text, RULE) == []


def test_ongoing_milestones_are_not_ordered(plans):
    text = plans.edit(
        (
            "            text: Monitoren van feitelijke toepassing in contractmanagement.\n"
            "            due: ongoing\n            kind: ongoing\n",
            "            text: Monitoren van feitelijke toepassing in contractmanagement.\n"
            "            due: ongoing\n            kind: ongoing\n            builds_on: [2-contractering]\n",
        )
    )
    assert plans.active(text) == []
