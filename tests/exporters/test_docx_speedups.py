"""The faster python-docx child lookup (docx_report/speedups.py) finds what python-docx's own
finds, so the report is byte for byte the same with it (issue 14, part 5: speed without a
change of output; the speed itself is measured in `nox -s bench`, never here)."""

from __future__ import annotations

import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
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


@given(
    text=st.text(
        alphabet=st.sampled_from(["a", " ", "\t", "\n", "\r", "é", "<", "&"]), max_size=12
    ),
    bold=st.booleans(),
    italic=st.booleans(),
)
def test_a_run_is_the_one_python_docx_adds(text: str, bold: bool, italic: bool) -> None:
    """speedups.add_run makes the XML of Paragraph.add_run(text) with .bold/.italic set."""
    from docx.text.paragraph import Paragraph
    from lxml import etree

    theirs = OxmlElement("w:p")
    run = Paragraph(theirs, None).add_run(text)  # type: ignore[arg-type]
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    ours = OxmlElement("w:p")
    speedups.add_run(ours, text, bold=bold, italic=italic)
    assert etree.tostring(ours) == etree.tostring(theirs)


def test_a_paragraph_style_and_row_cells_as_python_docx_sets_and_finds() -> None:
    import docx
    from lxml import etree

    theirs, ours = OxmlElement("w:p"), OxmlElement("w:p")
    theirs.style = "TableText"
    speedups.set_paragraph_style(ours, "TableText")
    assert etree.tostring(ours) == etree.tostring(theirs)
    table = docx.Document().add_table(rows=2, cols=3)
    for row in table.rows:
        fast = speedups.row_cells(row)
        assert [c._tc for c in fast] == [c._tc for c in row.cells]
        assert [c._parent for c in fast] == [c._parent for c in row.cells]


def test_python_docx_blank_document_is_in_schema_order() -> None:
    """template.open_document(None) leaves out order.put_in_order for python-docx's blank
    document, which is in order: if a python-docx release changes that, this fails."""
    import docx
    from lxml import etree

    from plancheck.exporters.docx_report import order

    doc = docx.Document()
    parts = [doc.styles.element, doc.part.numbering_part.element, doc.settings.element]
    parts.append(doc.element.body)
    before = [etree.tostring(part) for part in parts]
    for part in parts:
        order.put_in_order(part)
    assert [etree.tostring(part) for part in parts] == before


def test_styles_found_by_the_index_are_those_a_scan_finds() -> None:
    """styles.find (through its index) against a scan of every style, in the blank
    document and in one prepared for the report (styles added)."""
    import docx

    from plancheck.exporters.docx_report import styles

    def scanned(doc: object, name: str) -> object:
        kind, builtin_id, _ = styles._KNOWN[name]
        candidates = [
            s
            for s in doc.styles.element.iterchildren(qn("w:style"))  # type: ignore[attr-defined]
            if s.get(qn("w:type")) == kind.xml_value
        ]
        key = styles._key
        for found in (
            next((s for s in candidates if key(styles._name_of(s)) == key(name)), None),
            next((s for s in candidates if s.styleId == builtin_id), None),
            next((s for s in candidates if key(s.styleId) == key(builtin_id)), None),
            next((s for s in candidates if s.default), None) if name == styles.NORMAL else None,
        ):
            if found is not None:
                return found
        return None

    blank = docx.Document()
    plan = check_file(PUBLISHED).plan
    assert plan is not None
    from plancheck.exporters.docx_report import _prepared

    for doc in (blank, _prepared(plan, None)):
        for name in styles._KNOWN:
            found = styles.find(doc, name)
            assert (found.element if found is not None else None) is scanned(doc, name)
