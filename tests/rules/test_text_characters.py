"""text-characters: no control character, invisible line separator or direction control."""

from pathlib import Path

import pytest

from plancheck.rules.text_characters import bad_characters

RULE = "text-characters"
PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "plan-2018-08-31.yaml"
ESCAPES = (
    'delete the invisible character (in double quotes it is written as an escape like "\\u0007", '
    '"\\e" or "\\x1b")'
)


def published(old: str, new: str) -> str:
    """The frozen published plan with `old` (which occurs once) replaced by `new`."""
    text = PUBLISHED.read_text("utf-8")
    assert text.count(old) == 1, old
    return text.replace(old, new)


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
    assert finding.hint == ESCAPES
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
    assert bad_characters("a\x00b\x0bc\x7f") == ["\x00", "\x0b", "\x7f"]
    assert bad_characters("\ufffe\uffff") == ["\ufffe", "\uffff"]
    assert bad_characters("Cliëntperspectief ‘norm’ – één") == []
    assert bad_characters("a\u2028b\u2029c\x85d") == ["\u2028", "\u2029", "\x85"]
    assert bad_characters("\u202ex\u2066y\u2069") == ["\u202e", "\u2066", "\u2069"]
    assert bad_characters("\x1b[31m\x9b") == ["\x1b", "\x9b"]
    # marks and joiners that Dutch or Arabic text may need are not direction controls
    assert bad_characters("\u200e\u200f\u200d\u00ad") == []


TITLE = "  title: Verbeterplan gemeenten Middelburg, Veere en Vlissingen inzake casusonderzoek Zeeland\n"


@pytest.mark.parametrize(
    ("escape", "message", "hint"),
    [
        (
            "\\e[2J",
            "the text holds a control character (U+001B) that a Word file cannot carry",
            ESCAPES,
        ),
        (
            "\\x1b]0;titel\\x07",
            "the text holds a control character (U+0007, U+001B) that a Word file cannot carry",
            ESCAPES,
        ),
        (
            "\\x9b2J",
            "the text holds an invisible control character (U+009B) that no reader sees and a "
            "terminal may act on",
            ESCAPES,
        ),
        (
            "\\u2028",
            "the text holds an invisible line separator (U+2028) that the report does not show as "
            "a line break and a calendar would carry raw",
            'delete it (in double quotes it is written "\\u2028", "\\L", "\\P" or "\\N"); a '
            "text of several lines is written after `|`",
        ),
        (
            "\\P\\N",
            "the text holds an invisible line separator (U+0085, U+2029) that the report does not "
            "show as a line break and a calendar would carry raw",
            'delete it (in double quotes it is written "\\u2028", "\\L", "\\P" or "\\N"); a '
            "text of several lines is written after `|`",
        ),
        (
            "\\u202e",
            "the text holds an invisible direction control (U+202E) that reverses how the text "
            "around it is shown",
            "delete it (it may have been pasted with the text, or written as an escape like "
            '"\\u202e"): readers would see other text than the plan holds',
        ),
        (
            "\\u2066",
            "the text holds an invisible direction control (U+2066) that reverses how the text "
            "around it is shown",
            "delete it (it may have been pasted with the text, or written as an escape like "
            '"\\u202e"): readers would see other text than the plan holds',
        ),
    ],
)
def test_an_escape_in_double_quotes(plans, escape, message, hint):
    text = published(
        TITLE, f'  title: "Verbeterplan gemeenten Middelburg, Veere{escape} en Vlissingen"\n'
    )
    [finding] = plans.findings(text, RULE)
    assert (finding.message, finding.hint, finding.subject) == (message, hint, "document.title")
    assert finding.span is not None and (finding.span.line, finding.span.column) == (10, 10)


def test_a_pasted_direction_control_in_a_name(plans):
    text = published("    name: Porthos\n", "    name: Port\u202ehos\n")
    [finding] = plans.findings(text, RULE)
    assert finding.subject == "parties.0.name"
    assert finding.message.startswith("the text holds an invisible direction control (U+202E)")


def test_several_kinds_in_one_text_are_a_finding_each(plans):
    text = published(TITLE, '  title: "Verbeterplan\\u2028 \\u202egemeenten\\e"\n')
    assert [f.message.split(" (")[0] for f in plans.findings(text, RULE)] == [
        "the text holds a control character",
        "the text holds an invisible line separator",
        "the text holds an invisible direction control",
    ]


def test_short_strings_findings_quote_are_checked_too(plans):
    text = published(
        "acknowledged:\n",
        'acknowledged:\n  - rule: grid-deadline\n    subject: "x\\e[2J"\n    reason: Bekend.\n',
    )
    subjects = [f.subject for f in plans.findings(text, RULE)]
    assert subjects == ["acknowledged.0.subject"]


def test_every_bad_character_is_one_python_does_not_print():
    """The rule and bad_characters skip a text that is printable once its tabs and line
    breaks are set aside: sound only while every character of the pattern is one
    str.isprintable refuses. Checked over all of Unicode."""
    import re

    from plancheck.rules.text_characters import _BAD

    bad = re.compile(_BAD)
    found = [c for c in map(chr, range(0x110000)) if bad.match(c)]
    assert len(found) > 2000  # the surrogates, the controls, ...
    assert not [c for c in found if c.isprintable()]
    assert bad_characters("a\u00a0b\u00adc\td\n") == []  # not printable, not bad: the pattern
