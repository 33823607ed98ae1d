"""The faster python-docx child lookup (docx_report/speedups.py) finds what python-docx's own
finds, so the report is byte for byte the same with it (issue 14, part 5: speed without a
change of output; the speed itself is measured in `nox -s bench`, never here)."""

from __future__ import annotations

import pytest
from docx.oxml import OxmlElement
from docx.oxml.xmlchemy import BaseOxmlElement
from hypothesis import given
from hypothesis import strategies as st
from support import PUBLISHED

from plancheck.engine import check_file
from plancheck.exporters.docx_report import render_docx, speedups

TAGS = ["w:pStyle", "w:keepNext", "w:spacing", "w:ind", "w:jc", "w:rPr", "w:sectPr"]


@given(
    children=st.lists(st.sampled_from(TAGS), max_size=8),
    wanted=st.lists(st.sampled_from(TAGS), unique=True, max_size=5),
)
def test_the_same_child_as_python_docx_finds(children: list[str], wanted: list[str]) -> None:
    parent = OxmlElement("w:pPr")
    for tag in children:  # in any order, repeated: what a template may hold
        parent.append(OxmlElement(tag))
    assert speedups._first_child_found_in(parent, *wanted) is speedups.ORIGINAL(parent, *wanted)


def test_the_report_is_the_same_with_python_docx_own_lookup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = check_file(PUBLISHED).plan
    assert plan is not None
    assert BaseOxmlElement.first_child_found_in is speedups._first_child_found_in
    fast, _ = render_docx(plan, toc_pages=[3] * 20)
    monkeypatch.setattr(BaseOxmlElement, "first_child_found_in", speedups.ORIGINAL)
    plain, _ = render_docx(plan, toc_pages=[3] * 20)
    assert fast == plain
