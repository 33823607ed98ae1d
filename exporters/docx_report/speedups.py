"""Faster equivalents of python-docx hot spots (issue 14, part 5: the Word export's speed).

python-docx adds a child element (a run's properties, a paragraph's style, a bold flag, a
cell width) before the first of its schema successors that the parent holds:
`BaseOxmlElement.first_child_found_in(*tagnames)` calls `find(qn(tag))` once per successor,
often twenty or thirty of them, for every element the report adds; cProfile shows it as the
largest single cost of writing the report. The replacement below returns the same element
(the first child, in document order, with the first of `tagnames`, in their order, that the
parent holds) from one pass over the parent's children, with the Clark names computed once.

`add_run(parent, text, bold=, italic=)` is `Paragraph.add_run(text)` with `.bold`/`.italic`
set True: python-docx clears the new run with an XPath query, feeds the text through a
character-by-character state machine and makes each element through its proxies, which was
the largest part of writing a measure's table. The same elements (python-docx's own element
classes, from its own parser) are built directly.

The report is byte for byte the same (tests/exporters/test_docx_speedups.py).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml.etree import SubElement  # type: ignore[import-untyped]

# python-docx's own, kept for the tests that compare the two
ORIGINAL = BaseOxmlElement.first_child_found_in


@cache
def _clark(tagnames: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    names = tuple(qn(tag) for tag in tagnames)
    return names, frozenset(names)


def _first_child_found_in(self: Any, *tagnames: str) -> Any:
    if len(self) == 0:
        return None
    names, wanted = _clark(tagnames)
    present: dict[str, Any] = {}
    for child in self:
        tag = child.tag
        if tag in wanted and tag not in present:
            present[tag] = child
    for name in names:
        found = present.get(name)
        if found is not None:
            return found
    return None


@cache
def _tag(nsptag: str) -> tuple[str, dict[str, str]]:
    tag = NamespacePrefixedTag(nsptag)
    return tag.clark_name, tag.nsmap


def element(nsptag: str) -> Any:
    """`OxmlElement(nsptag)`, the tag's Clark name and namespace looked up once."""
    clark, nsmap = _tag(nsptag)
    return oxml_parser.makeelement(clark, nsmap=nsmap)


def sub(parent: Any, nsptag: str) -> Any:
    """`parent.append(OxmlElement(nsptag))`, made inside the parent's document: a loose
    element is a document of its own with its namespace declared, which lxml takes apart
    again on the append (the element, its class and the XML written are the same)."""
    return SubElement(parent, _tag(nsptag)[0])


_BREAKS = re.compile(r"[\t\r\n]")  # a w:tab, or a w:br, as python-docx's run text setter
_PRESERVE = qn("xml:space")


def add_run(parent: Any, text: str, *, bold: bool = False, italic: bool = False) -> Any:
    """A new w:r appended to `parent` (a w:p or a w:hyperlink), as python-docx's
    `Paragraph(parent).add_run(text)` with `.bold = True` and `.italic = True` where set makes
    it; the w:r element is returned."""
    r = sub(parent, "w:r")
    if bold or italic:
        rpr = sub(r, "w:rPr")
        if bold:
            sub(rpr, "w:b")
        if italic:
            sub(rpr, "w:i")
    start = 0
    for found in _BREAKS.finditer(text):
        _add_t(r, text[start : found.start()])
        sub(r, "w:tab" if found.group() == "\t" else "w:br")
        start = found.end()
    _add_t(r, text[start:])
    return r


def _add_t(r: Any, text: str) -> None:
    if not text:
        return
    t = sub(r, "w:t")
    t.text = text
    if len(text.strip()) < len(text):
        t.set(_PRESERVE, "preserve")


_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_TC, _TCPR = qn("w:tc"), qn("w:tcPr")


def set_paragraph_style(p: Any, style_id: str) -> None:
    """`p.style = style_id` (CT_P's setter): a w:pStyle first in the paragraph's w:pPr. A
    new paragraph, without its w:pPr, gets both directly; otherwise python-docx sets it."""
    if p.find(_PPR) is not None:
        p.style = style_id
        return
    ppr = sub(p, "w:pPr")
    sub(ppr, "w:pStyle").set(_VAL, style_id)
    p.insert(0, ppr)  # first: a move inside the document


def row_cells(row: Any) -> tuple[Any, ...]:
    """`row.cells` of a table without merged cells (the report merges none): a cell per w:tc,
    without python-docx's look at each cell's horizontal and vertical merge."""
    from docx.table import _Cell

    table = row.table
    return tuple(_Cell(tc, table) for tc in row._tr.iterchildren(_TC))


def cell_properties(tc: Any) -> Any:
    """`tc.get_or_add_tcPr()`, the w:tcPr found directly."""
    tcpr = tc.find(_TCPR)
    return tc.get_or_add_tcPr() if tcpr is None else tcpr


def install() -> None:
    """Put the faster lookup in place (idempotent)."""
    BaseOxmlElement.first_child_found_in = _first_child_found_in  # type: ignore[method-assign]
