"""measure-numbering: the measure lists, groups (3 -> 3.1, 3.2) and measures agree."""

RULE = "measure-numbering"
GROUP_3 = '        measures: ["3.1", "3.2"]\n'


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_the_bundled_groups_are_numbered_after_their_item(plans):
    point = plans.bundled.plan.improvement_points[0]
    groups = {item.number: item.measures for item in point.measure_list if item.is_group}
    assert groups == {"3": ("3.1", "3.2"), "4": ("4.1", "4.2")}


def test_a_part_of_another_group(plans):
    text = plans.edit((GROUP_3, '        measures: ["3.1", "4.2"]\n'))
    line = plans.line_of(text, '        measures: ["3.1", "4.2"]\n')
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "4.2",
            line,
            "measure 4.2 is listed under group 3, but its number does not start with 3.",
        ),
        (
            RULE,
            "error",
            "4.2",
            plans.line_of(text, '        measures: ["4.1", "4.2"]\n'),
            "measure 4.2 is listed twice",
        ),
        (
            RULE,
            "error",
            "3.2",
            plans.line_of(text, '      - id: "3.2"\n'),
            "measure 3.2 is missing from the measure list of Verbeterpunt 1",
        ),
    ]
    assert plans.findings(text)[0].hint == "number the parts of group 3 as 3.1, 3.2, ..."


def test_a_part_missing_from_its_group(plans):
    text = plans.edit(('        measures: ["4.1", "4.2"]\n', '        measures: ["4.1"]\n'))
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "4.2",
            plans.line_of(text, '      - id: "4.2"\n'),
            "measure 4.2 is missing from the measure list of Verbeterpunt 1",
        ),
    ]
    assert plans.findings(text)[0].hint == "add it to measure_list (or to its group's measures)"


def test_a_single_item_that_names_another_measure(plans):
    item = (
        '      - number: "2"\n'
        "        text: Afspraken maken over het delen van (bijzondere) persoonsgegevens.\n"
    )
    text = plans.edit((item + '        measures: ["2"]\n', item + '        measures: ["1"]\n'))
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "1",
            plans.line_of(text, '      - number: "2"\n'),
            "list item 2 stands for measure 1",
        ),
        (
            RULE,
            "error",
            "1",
            plans.line_of(text, item + '        measures: ["1"]\n') + 2,
            "measure 1 is listed twice",
        ),
        (
            RULE,
            "error",
            "2",
            plans.line_of(text, '      - id: "2"\n'),
            "measure 2 is missing from the measure list of Verbeterpunt 1",
        ),
    ]
    assert plans.findings(text)[0].hint == "give the item the measure's number"


def test_an_item_that_names_a_measure_of_another_improvement_point(plans):
    text = plans.edit(('        measures: ["5"]\n', '        measures: ["6"]\n'))
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "6",
            plans.line_of(text, '      - number: "5"\n'),
            "list item 5 stands for measure 6",
        ),
        (
            RULE,
            "error",
            "6",
            plans.line_of(text, '      - number: "5"\n') + 2,
            "list item 5 names measure 6, which is not a measure of Verbeterpunt 1",
        ),
        (
            RULE,
            "error",
            "5",
            plans.line_of(text, '      - id: "5"\n'),
            "measure 5 is missing from the measure list of Verbeterpunt 1",
        ),
    ]
