"""text-characters: no control character that a Word file cannot carry."""

from plancheck.rules.text_characters import bad_characters

RULE = "text-characters"


def test_bundled_plan_passes(plans):
    assert plans.bundled_active(RULE) == []


def test_a_bell_character_from_a_yaml_escape(plans):
    text = plans.edit(
        ("            text: Factsheet gereed.\n", '            text: "Factsheet\\u0007 gereed."\n')
    )
    line = plans.line_of(text, '            text: "Factsheet\\u0007 gereed."\n')
    assert plans.active(text) == [
        (
            RULE,
            "error",
            "improvement_points.1.measures.0.realisation.0.text",
            line,
            "the text holds a control character (U+0007) that a Word file cannot carry",
        ),
    ]
    [finding] = plans.findings(text)
    assert finding.hint == "delete the invisible character"
    assert finding.span is not None and finding.span.column == 19


def test_several_characters_are_listed_once_each(plans):
    text = plans.edit(
        (
            "  title: Wat is de probleemstelling\n",
            '  title: "Wat\\u0001 is\\u0001 de\\u001b probleemstelling"\n',
        )
    )
    assert [f.message for f in plans.findings(text)] == [
        "the text holds a control character (U+0001, U+001B) that a Word file cannot carry",
    ]


def test_bad_characters():
    assert bad_characters("tab\tnewline\ncarriage\r") == []
    assert bad_characters("a\x00b\x0bc\x7f") == ["\x00", "\x0b"]
    assert bad_characters("\ufffe\uffff") == ["\ufffe", "\uffff"]
    assert bad_characters("Cliëntperspectief ‘norm’ – één") == []
