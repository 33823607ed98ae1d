"""The report page for page as published (issue 14, part 1), measured through LibreOffice:
the PDF of the published plan's report against the published pages (seed 001) and table of
contents (seed 000), as page_match.py measures them; and the plan's `layout:` settings that
give that layout, each changing the report as documented.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table
from docx.text.run import Run as DocxRun
from page_match import Figures, measure, published_pages, published_toc
from support import PUBLISHED, edited_plan, require_shared, require_tool

from plancheck.engine import check_file
from plancheck.exporters.docx_report import render_docx
from plancheck.model import Plan

INSTALL = "apt-get install libreoffice-writer-nogui poppler-utils"


def _plan(path: Path = PUBLISHED) -> Plan:
    plan = check_file(path).plan
    assert plan is not None
    return plan


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> Figures:
    require_tool("soffice", INSTALL)
    require_tool("pdftotext", INSTALL)
    seeds = require_shared("seeds")
    folder = tmp_path_factory.mktemp("pages")
    done = subprocess.run(
        [sys.executable, "-m", "plancheck", "export", "pdf", str(PUBLISHED), "-o", "r.pdf"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return measure(folder / "r.pdf", seeds)


def test_the_seed_gives_twenty_numbered_text_pages_and_thirteen_toc_entries() -> None:
    seeds = require_shared("seeds")
    pages, total = published_pages(next(iter(sorted(seeds.glob("001_*.txt")))).read_text())
    assert total == 22
    assert [p.number for p in pages] == list(range(3, 23))  # the seed starts at chapter 1
    assert all(p.text.strip() for p in pages)
    toc = published_toc(next(iter(sorted(seeds.glob("000_*.txt")))).read_text())
    assert len(toc) == 13
    assert toc[0][0] == "1" and toc[0][2] == 3 and toc[-1][2] == total


def test_the_report_has_the_published_number_of_pages(figures: Figures) -> None:
    assert figures.pages == figures.published_pages == 22, figures.summary()


def test_the_toc_equals_the_published_one(figures: Figures) -> None:
    assert figures.toc_entries == 13
    assert len(figures.toc_equal) >= 12, figures.summary()


def test_the_text_pages_start_and_end_as_published(figures: Figures) -> None:
    assert figures.text_pages == 20
    assert len(figures.pages_equal) >= 16, figures.summary()


# -- the settings, each in the Word file ------------------------------------------------------


def _document(plan: Plan) -> DocxDocument:
    data, _ = render_docx(plan, toc_pages=None)
    return Document(io.BytesIO(data))


def _measure_tables(doc: DocxDocument) -> list[Table]:
    return [t for t in doc.tables if t.rows[0].cells[0].text.startswith("Maatregel ")]


def _layout(folder: Path, **settings: object) -> Plan:
    lines = "".join(
        f"  {k}: {str(v).lower() if isinstance(v, bool) else v}\n" for k, v in settings.items()
    )
    return _plan(edited_plan(folder, ("\nrevisions:\n", f"\nlayout:\n{lines}\nrevisions:\n")))


def test_published_layout_by_default() -> None:
    plan = _plan()
    doc = _document(plan)
    normal = doc.styles["Normal"]
    assert normal.font.size.pt == plan.layout.font_size == 10
    tables = _measure_tables(doc)
    assert len(tables) == len(plan.measures)
    label = tables[0].columns[0].cells[1].width
    assert abs(label - Cm(3.8)) < Cm(0.01)
    # rows may split, the header row does not
    for table in tables:
        rows = [r._tr.trPr for r in table.rows]
        assert rows[0] is not None and rows[0].find(qn("w:cantSplit")) is not None
        assert all(r is None or r.find(qn("w:cantSplit")) is None for r in rows[1:])
    # each measure table after the first of its section starts a new page
    breaks = 0
    for table in tables:
        before = table._tbl.getprevious()
        if before is not None and before.tag == qn("w:p"):
            breaks += before.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
    assert breaks == len(plan.measures) - len(plan.improvement_points)


def test_layout_settings_change_the_report(tmp_path: Path) -> None:
    plan = _layout(
        tmp_path,
        font_size=11,
        label_width=5.0,
        measure_page_break=False,
        keep_tables=False,
        split_rows=False,
    )
    assert plan.layout.font_size == 11 and not plan.layout.split_rows
    doc = _document(plan)
    assert doc.styles["Normal"].font.size.pt == 11
    tables = _measure_tables(doc)
    assert abs(tables[0].columns[0].cells[1].width - Cm(5.0)) < Cm(0.01)
    for table in tables:
        assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)
        before = table._tbl.getprevious()
        assert before is None or before.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is None
        kept = table.rows[0].cells[0].paragraphs[0].paragraph_format.keep_with_next
        assert not kept


def test_a_layout_setting_out_of_range_is_a_finding(tmp_path: Path) -> None:
    edit = ("\nrevisions:\n", "\nlayout:\n  label_width: 30\n\nrevisions:\n")
    result = check_file(edited_plan(tmp_path, edit))
    assert result.plan is None
    found = [f for f in result.findings if f.rule == "schema"]
    assert found and found[0].span is not None, result.findings


# -- smaller differences from the original ----------------------------------------------------


def test_toc_level_2_italicises_the_title_only() -> None:
    doc = _document(_plan())
    toc2 = [p for p in doc.paragraphs if p.style is not None and p.style.name == "toc 2"]
    assert toc2
    assert doc.styles["toc 2"].font.italic  # the published level-2 titles are italic
    for paragraph in toc2:
        runs = [r for r in paragraph._p.iter(qn("w:r")) if r.xpath("./w:t | ./w:tab")]
        texts = [DocxRun(r, paragraph).text for r in runs]
        number, title, page = runs[-3:]
        assert texts[-3].endswith("\t") and texts[-1].startswith("\t"), texts
        for upright in (number, page):
            italic = upright.find(f"{qn('w:rPr')}/{qn('w:i')}")
            assert italic is not None and italic.get(qn("w:val")) in ("0", "false"), texts
        assert title.find(f"{qn('w:rPr')}/{qn('w:i')}") is None, texts  # the style's italics


def test_running_header_starts_at_the_top_of_the_header() -> None:
    doc = _document(_plan())
    header = doc.sections[0].header._element
    children = [c for c in header if c.tag in (qn("w:p"), qn("w:tbl"))]
    assert [c.tag for c in children] == [qn("w:tbl"), qn("w:p")]  # no empty line above it
    assert not children[1].xpath("./w:r")
