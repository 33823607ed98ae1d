"""plancheck.printable: user text as a terminal or CI log shows it, never acts on it."""

from __future__ import annotations

import pytest

from plancheck.printable import printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Cliëntperspectief ‘norm’ – één\ttab", "Cliëntperspectief ‘norm’ – één\ttab"),
        ("a\n::error::b", "a\\n::error::b"),
        ("a\r\nb", "a\\r\\nb"),
        ("\x1b[2J\x1b]0;title\x07", "\\x1b[2J\\x1b]0;title\\x07"),
        ("\x00\x7f\x85\x9b", "\\x00\\x7f\\x85\\x9b"),
        ("\u2028\u2029", "\\u2028\\u2029"),
        ("a\u202eb\u2066c\u2069", "a\\u202eb\\u2066c\\u2069"),
        ("x\ud800", "x\\ud800"),
    ],
)
def test_printable(text, shown):
    assert printable(text) == shown
    printable(text).encode("utf-8")  # any UTF-8 stream can take it


def test_line_breaks_can_be_left_to_the_caller():
    assert printable("a\nb\r\x1b", line_breaks=True) == "a\nb\r\\x1b"
