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


def test_every_escaped_character_is_one_python_does_not_print():
    """printable returns a printable text as it is, without the pattern: sound only while
    every character it escapes is one str.isprintable refuses. Checked over all of Unicode."""
    import re

    from plancheck.printable import _UNSAFE, _UNSAFE_BUT_BREAKS

    for pattern in (_UNSAFE, _UNSAFE_BUT_BREAKS):
        unsafe = re.compile(pattern)
        found = [c for c in map(chr, range(0x110000)) if unsafe.match(c)]
        assert len(found) > 2000
        assert not [c for c in found if c.isprintable()]
    assert printable("a\u00a0b\tc") == "a\u00a0b\tc"  # not printable, yet nothing to escape
