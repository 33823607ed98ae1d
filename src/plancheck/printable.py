"""User-derived text made safe to print: file names and messages that quote the plan.

A plan's text can hold what a terminal or a CI log acts on rather than shows: an escape code
(ESC, written "\\e" in double quotes) that recolours or clears the screen, a direction
control (U+202E) that shows the text after it reversed, a line break inside a file name that
starts a line of its own (a GitHub workflow command, say). `printable` writes each of these
as the escape a reader can see and type: `\\x1b`, `\\u202e`, `\\n`.
"""

from __future__ import annotations

import re
from functools import cache

# C0 controls (tab kept: it only moves the cursor; LF and CR apart), DEL, C1 controls, the
# line and paragraph separators, the direction embeddings, overrides and isolates, and lone
# surrogates (which no UTF-8 stream can carry).
_C0 = "\x00-\x08\x0b\x0c\x0e-\x1f"
_OTHER = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE = f"[\n\r{_C0}{_OTHER}]"
_UNSAFE_BUT_BREAKS = f"[{_C0}{_OTHER}]"
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, line_breaks: bool = False) -> str:
    """`text` with every control, separator and direction character written as an escape.

    With `line_breaks`, LF and CR are left for the caller to escape its own way (a workflow
    command writes them as %0A and %0D).
    """
    if text.isprintable():  # nothing to escape (see all_printable)
        return text
    return compiled(_UNSAFE_BUT_BREAKS if line_breaks else _UNSAFE).sub(_escape, text)


def all_printable(text: str, but: str = "") -> bool:
    """Every character of `text` is one Python counts as printable (`str.isprintable`), but
    those in `but`.

    The characters plancheck escapes or refuses (controls, separators, format characters,
    surrogates) are all ones Python does not count as printable, so a text for which this
    holds has none of them, and their character class (a millisecond to compile: it spans
    most of the Basic Multilingual Plane) is compiled only for a text that may (in most
    plans: none). Each use holds its class to this in its tests, over all of Unicode."""
    if text.isprintable():
        return True
    if not but:
        return False
    for char in but:  # str.replace: a few microseconds for a plan (str.translate: milliseconds)
        text = text.replace(char, "")
    return text.isprintable()


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern)`, compiled once, when first needed."""
    return re.compile(pattern)
