"""The Markdown subset's footnote references `[^id]`, and the time they take on hostile text."""

from __future__ import annotations

import time

import pytest

from plancheck.markup import Paragraph, Run, parse


def runs(text: str) -> tuple[Run, ...]:
    [block] = parse(text)
    assert isinstance(block, Paragraph)
    return block.runs


def test_a_footnote_reference():
    assert runs("Met partners[^partners] en") == (
        Run("Met partners"),
        Run("", footnote="partners"),
        Run(" en"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "a [^] b",  # no label
        "a [^x y] b",  # a space in the label
        "a [^x b",  # never closed
        "a [^x\ny] b",  # a line break in the label
    ],
)
def test_what_is_no_footnote_reference(text):
    assert all(run.footnote is None for run in runs(text))


def test_a_label_ends_at_the_next_opener():
    # "[^a[^b]" is the text "[^a" and a reference to b (a label holds no "[")
    assert [(r.text, r.footnote) for r in runs("x [^a[^b] y")] == [
        ("x [^a", None),
        ("", "b"),
        (" y", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[^" * 20_000 + " x]",  # each opener ran to the one "]" and walked the label: 39 s
        "[^x" * 20_000 + "]",
        "[^x " * 20_000,
    ],
)
def test_many_openers_take_linear_time(text):
    parse.cache_clear()
    started = time.perf_counter()
    parse(text)
    assert time.perf_counter() - started < 10  # about 1 s on the project's machine


def test_many_references_are_all_read():
    text = "a[^x]" * 10_000
    assert sum(r.footnote == "x" for r in runs(text)) == 10_000


def _parsed_references(text: str) -> tuple[tuple[str | None, str | None], ...]:
    """What plancheck.texts.references finds, always by parsing."""
    from plancheck.markup import walk_runs

    out: list[tuple[str | None, str | None]] = []
    for run in walk_runs(parse(text)):
        if run.footnote is not None:
            out.append((run.footnote, None))
        elif run.measure is not None and (None, run.measure) not in out:
            out.append((None, run.measure))
    return tuple(out)


@pytest.mark.parametrize(
    "text",
    [
        "plain text, measure:8 and https://example.org",
        "&#91;^1] and &lsqb;^1&rsqb; are no references",
        "\\[^1] is escaped, [^1] is one",
        "<measure:8> is an autolink",
        "[maatregel 8](measure:8) and [maatregel 8](measure:8) again",
        "*italic* and **bold**\n\n- a list [^2]\n- item",
    ],
)
def test_references_without_a_bracket_skip_the_parse(text: str) -> None:
    from plancheck.texts import references

    references.cache_clear()
    assert references(text) == _parsed_references(text)


def test_references_of_every_text_of_the_published_plan() -> None:
    from support import PUBLISHED

    from plancheck.engine import check_file
    from plancheck.texts import plan_texts, references

    plan = check_file(PUBLISHED).plan
    assert plan is not None
    texts = [text for text, _ in plan_texts(plan)]
    assert any(references(text) for text in texts)
    for text in texts:
        assert references(text) == _parsed_references(text), text
