"""A changed text as Word paragraphs with tracked changes (exporters/docx_report/merge.py).

The words come from plancheck.diff.word_diff; merge() places them in the report's layout of
the text (paragraphs, bullets, numbered items, italic and bold runs, footnote references,
measure links). Whatever the texts, accepting every change must give the new text as the
report lays it out, and rejecting every change the old one, paragraph by paragraph; a
deleted word keeps the formatting it had, an inserted word gets the one it has.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.diff import word_diff
from plancheck.exporters.docx_report.merge import Leaf, Merged, merge
from plancheck.exporters.docx_report.writer import text_leaves
from plancheck.markup import Run, parse


def shown(run: Run) -> str:
    if run.footnote is not None:
        return f"[^{run.footnote}]"
    return "\n" if run.line_break else run.text


def laid_out(text: str, in_cell: bool = False) -> list[str]:
    """The report's paragraphs of a text, as text (numbers and footnote marks included)."""
    out = []
    for leaf in text_leaves(parse(text), in_cell):
        number = leaf.number or ""
        out.append(number + "".join(shown(run) for run in leaf.runs))
    return [p for p in out if p]


def view(merged: Sequence[Merged], keep: tuple[str, ...]) -> list[str]:
    """The paragraphs a reader sees with the changes accepted (keep equal and insert) or
    rejected (keep equal and delete): a paragraph whose mark goes joins the next one."""
    out: list[str] = []
    text = ""
    for paragraph in merged:
        text += "".join(shown(run) for run, op in paragraph.pieces if op in keep)
        if paragraph.mark in keep:
            out.append(text)
            text = ""
    if text:
        out.append(text)
    return [p for p in out if p]


def merged(old: str, new: str, in_cell: bool = False) -> list[Merged]:
    return merge(
        old,
        text_leaves(parse(old), in_cell),
        new,
        text_leaves(parse(new), in_cell),
        word_diff(old, new),
    )


def test_a_changed_word_keeps_its_place_and_formatting() -> None:
    old = "Het *factsheet* is voor 1 juli 2018 gereed.[^amhk]"
    new = "Het *factsheet* is voor 1 **oktober** 2018 gereed.[^amhk]"
    [paragraph] = merged(old, new)
    pieces = [(run.text or run.footnote, run.italic, run.bold, op) for run, op in paragraph.pieces]
    assert ("factsheet", True, False, "equal") in pieces
    assert ("juli", False, False, "delete") in pieces
    assert ("oktober", False, True, "insert") in pieces
    assert pieces[-1] == ("amhk", False, False, "equal")  # the footnote reference stays
    assert paragraph.mark == "equal"


def test_a_deleted_paragraph_carries_the_deletion_on_its_own_mark() -> None:
    old = "Eerste alinea.\n\nTweede alinea, die vervalt.\n\nDerde alinea."
    new = "Eerste alinea.\n\nDerde alinea."
    paragraphs = merged(old, new)
    assert [(p.mark, {op for _, op in p.pieces}) for p in paragraphs] == [
        ("equal", {"equal"}),
        ("delete", {"delete"}),
        ("equal", {"equal"}),
    ]


def test_a_new_bullet_is_a_paragraph_of_its_own() -> None:
    old = "- een\n- twee"
    new = "- een\n- twee\n- drie"
    paragraphs = merged(old, new, in_cell=True)
    assert [p.leaf.style for p in paragraphs] == ["List Bullet"] * 3
    assert paragraphs[1].mark == "insert"  # 'twee¶(inserted) drie¶', as Word records it
    assert view(paragraphs, ("equal", "insert")) == ["een", "twee", "drie"]
    assert view(paragraphs, ("equal", "delete")) == ["een", "twee"]


def test_a_measure_link_is_found_behind_its_destination() -> None:
    """`[maatregel 8](measure:8)`: the letters of the destination are not shown, and the
    words after the link are not looked for in it."""
    old = "Zie [maatregel 8](measure:8) en meer."
    new = "Zie [maatregel 8](measure:8) en ook meer."
    [paragraph] = merged(old, new)
    linked = [run.text for run, op in paragraph.pieces if run.measure == "8"]
    assert "".join(linked) == "maatregel 8"
    assert [run.text for run, op in paragraph.pieces if op == "insert"] == [" ", "ook"]


WORDS = st.sampled_from(
    [
        *("de", "norm", "*verantwoorde*", "**werk**", "toedeling.", "[^amhk]", "1", "juli"),
        *("2018,", "[maatregel 8](measure:8)", "*Per direct:*", "Porthos", "e.a.", "-", "2."),
    ]
)


@st.composite
def plan_texts(draw: st.DrawFn) -> str:
    """Texts of the plan's Markdown subset: paragraphs, bullets (nested), numbered items."""
    blocks = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["paragraph", "bullets", "numbers"]))
        line = lambda: " ".join(draw(st.lists(WORDS, min_size=1, max_size=6)))  # noqa: E731
        if kind == "paragraph":
            blocks.append(line())
        elif kind == "bullets":
            items = [
                f"{'  ' * draw(st.integers(0, 1)) if i else ''}- {line()}"
                for i in range(draw(st.integers(1, 3)))
            ]
            blocks.append("\n".join(items))
        else:
            blocks.append("\n".join(f"{n}. {line()}" for n in range(1, draw(st.integers(2, 4)))))
    return "\n\n".join(blocks)


@settings(max_examples=400, deadline=None)
@given(plan_texts(), plan_texts(), st.booleans())
def test_accepting_gives_the_new_text_and_rejecting_the_old(
    old: str, new: str, in_cell: bool
) -> None:
    paragraphs = merged(old, new, in_cell)
    assert view(paragraphs, ("equal", "insert")) == laid_out(new, in_cell)
    assert view(paragraphs, ("equal", "delete")) == laid_out(old, in_cell)


@settings(max_examples=200, deadline=None)
@given(plan_texts(), plan_texts())
def test_every_word_keeps_its_formatting(old: str, new: str) -> None:
    """The runs accepted are the new text's runs and the runs rejected the old text's (the
    same formatting, the text cut at word boundaries)."""

    def formats(runs: Sequence[Run]) -> list[tuple[bool, bool, str | None]]:
        out: list[tuple[bool, bool, str | None]] = []
        for run in runs:
            for char in shown(run):
                if not char.isspace():
                    out.append((run.italic, run.bold, run.measure))
        return out

    def leaves_runs(text: str) -> list[Run]:
        leaves: list[Leaf] = text_leaves(parse(text), False)
        return [
            run
            for leaf in leaves
            for run in ((Run(leaf.number),) if leaf.number else ()) + leaf.runs
        ]

    paragraphs = merged(old, new)
    accepted = [r for p in paragraphs for r, op in p.pieces if op != "delete"]
    rejected = [r for p in paragraphs for r, op in p.pieces if op != "insert"]
    assert formats(accepted) == formats(leaves_runs(new))
    assert formats(rejected) == formats(leaves_runs(old))
