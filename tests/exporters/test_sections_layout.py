"""The chapter layout in the outputs (issue 17): a point's absent sections are left out and
the numbers close up, in the Word report's headings and TOC (the TOC read back through
LibreOffice), on the web site (headings, anchors, its table of contents) and in the
progress report. The plan is tests/fixtures/sections-plan.yaml: point 1 with all four
sections, point 2 with only measure tables, point 3 with an objective and tables.

The expected numbers are written out here, from the fixture's shapes, not computed by the
model's numbering (tests/test_sections.py tests that)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from docx_report_helpers import (
    LIBREOFFICE_HINT,
    POPPLER_HINT,
    norm,
    pdf_pages_text,
    run_plancheck,
    to_pdf,
)
from support import ROOT, require_tool

from plancheck.engine import check_file
from plancheck.exporters.html_site import render_site
from plancheck.model import Plan

SECTIONS = ROOT / "tests" / "fixtures" / "sections-plan.yaml"

# every numbered heading of the report and the site, in order
EXPECTED = [
    ("1", "Aanleiding"),
    ("2", "Verbeterpunt 1"),
    ("2.1", "Probleemanalyse"),
    ("2.2", "Doelstelling"),
    ("2.3", "Maatregelen"),
    ("2.4", "Uitwerking van de maatregelen"),
    ("3", "Verbeterpunt 2"),
    ("3.1", "Maatregelen"),
    ("4", "Verbeterpunt 3"),
    ("4.1", "Doelstelling"),
    ("4.2", "Uitwerking van de maatregel"),
    ("5", "Planning 2022-2023"),
]


@pytest.fixture(scope="module")
def plan() -> Plan:
    result = check_file(SECTIONS)
    assert result.plan is not None, [f.message for f in result.findings]
    return result.plan


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report as a user writes it, without the LibreOffice pass (TOC pages empty)."""
    target = tmp_path_factory.mktemp("sections") / "verbeterplan.docx"
    run = run_plancheck("export", "docx", SECTIONS, "-o", target, "--toc-pages", "none")
    assert run.returncode == 0, run.stderr
    return target


def _numbered(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(number, title) of `number<tab>title[<tab>page]` paragraphs."""
    return [(text.split("\t")[0], text.split("\t")[1]) for text in paragraphs]


def test_the_reports_headings_close_up(report: Path) -> None:
    doc = docx.Document(str(report))
    numbered = [
        p.text
        for p in doc.paragraphs
        if p.style is not None
        and p.style.name in ("Heading 1", "Heading 2")
        and re.match(r"\d+(\.\d+)?\t", p.text)
    ]
    assert _numbered(numbered) == EXPECTED


def test_the_reports_toc_has_the_same_numbers(report: Path) -> None:
    doc = docx.Document(str(report))
    entries = [
        p.text for p in doc.paragraphs if p.style is not None and p.style.name in ("toc 1", "toc 2")
    ]
    assert _numbered(entries) == EXPECTED


def test_the_toc_through_libreoffice(tmp_path: Path) -> None:
    """The report with its TOC pages (LibreOffice's pass), printed to PDF by LibreOffice:
    the TOC shows the closed-up numbers, each with the page its heading is on."""
    require_tool("soffice", LIBREOFFICE_HINT)
    require_tool("pdftotext", POPPLER_HINT)
    target = tmp_path / "verbeterplan.docx"
    run = run_plancheck("export", "docx", SECTIONS, "-o", target, "--toc-pages", "libreoffice")
    assert run.returncode == 0, run.stderr
    pages = pdf_pages_text(to_pdf(target, tmp_path, tmp_path / "lo-profile"))
    toc_page = next(i for i, text in enumerate(pages) if "Inhoud" in map(norm, text.splitlines()))
    printed = []
    for line in pages[toc_page].splitlines():
        found = re.fullmatch(r"(\d+(?:\.\d+)?) (.+?) ?(?:\.{2,}|…+) ?(\d+)", norm(line))
        if found:
            printed.append((found.group(1), found.group(2), int(found.group(3))))
    assert [(n, t) for n, t, _ in printed] == EXPECTED
    for number, title, page in printed:
        on = [
            i + 1
            for i in range(toc_page + 1, len(pages))
            if f"{number} {title}" in map(norm, pages[i].splitlines())
        ]
        assert on == [page], (number, title, on)


def test_the_site_numbers_and_anchors_close_up(plan: Plan) -> None:
    html = render_site(plan, today=dt.date(2022, 3, 15))[0]["index.html"].decode("utf-8")
    headings = re.findall(
        r'<h([23]) id="([^"]+)"><span class="nr">([^<]+)</span> ([^<]+)</h\1>', html
    )
    assert [(number, title) for _, _, number, title in headings] == EXPECTED
    # a section's anchor follows its number: paragraaf-3-1 is 3.1, the only one of point 2
    anchors = {number: ident for _, ident, number, _ in headings}
    assert anchors["3.1"] == "paragraaf-3-1" and anchors["4.2"] == "paragraaf-4-2"
    assert "paragraaf-3-2" not in html and "paragraaf-4-3" not in html
    # the table of contents links each numbered heading, with its number
    toc = html.split('aria-labelledby="inhoudsopgave"', 1)[1].split("</nav>", 1)[0]
    linked = re.findall(
        r'<a href="#([^"]+)"><span class="nr">([^<]+)</span><span>([^<]+)</span></a>', toc
    )
    assert [(number, title) for _, number, title in linked] == EXPECTED
    assert all(anchors[number] == ident for ident, number, _ in linked)


def test_the_progress_report_takes_every_shape(tmp_path: Path) -> None:
    """The progress report numbers measures under their point (N.k), whatever sections the
    point has: every measure of every shape is there."""
    target = tmp_path / "voortgang.docx"
    run = run_plancheck(
        "export", "progress", SECTIONS, "--as-of", "2022-10-01", "-o", target, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    doc = docx.Document(str(target))
    headings = [
        p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 2"
    ]
    assert [h.split("\t")[0] for h in headings if "Maatregel" in h] == ["2.1", "2.2", "3.1", "4.1"]


def _marked_headings(path: Path) -> list[str]:
    """The report's numbered headings with their tracked changes: -deleted, +inserted."""
    from docx.oxml.ns import qn

    out = []
    for p in docx.Document(str(path)).paragraphs:
        if p.style is None or p.style.name not in ("Heading 1", "Heading 2"):
            continue
        words = []
        for el in p._p.iter(qn("w:t"), qn("w:delText")):
            inserted = any(a.tag == qn("w:ins") for a in el.iterancestors())
            words.append(("-" if el.tag == qn("w:delText") else "+" if inserted else "") + el.text)
        out.append(" ".join(words))
    return out


def test_compare_shows_a_section_that_went_or_came(tmp_path: Path) -> None:
    """--compare: a section the plan no longer has is deleted under its old number, the
    sections after it are renumbered (old number deleted, new inserted); and the other way
    round, a section that came is inserted."""
    text = SECTIONS.read_text("utf-8")
    start = text.index("    analysis:\n")
    fewer = text[:start] + text[text.index("    objective:\n", start) :]
    (tmp_path / "fewer.yaml").write_text(fewer, "utf-8")
    (tmp_path / "all.yaml").write_bytes(SECTIONS.read_bytes())
    for new, old in (("fewer", "all"), ("all", "fewer")):
        run = run_plancheck(
            "export", "docx", f"{new}.yaml", "--compare", f"{old}.yaml",
            "-o", f"{new}.docx", "--toc-pages", "none", cwd=tmp_path,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
    went = _marked_headings(tmp_path / "fewer.docx")
    assert went[1:6] == [
        "2 Verbeterpunt 1",
        "-2.1 -Probleemanalyse",
        "-2.2 +2.1 Doelstelling",
        "-2.3 +2.2 Maatregelen",
        "-2.4 +2.3 Uitwerking van de maatregelen",
    ]
    came = _marked_headings(tmp_path / "all.docx")
    assert came[1:6] == [
        "2 Verbeterpunt 1",
        "+2.1 +Probleemanalyse",
        "-2.1 +2.2 Doelstelling",
        "-2.2 +2.3 Maatregelen",
        "-2.3 +2.4 Uitwerking van de maatregelen",
    ]
    # the deleted section takes no place in the table of contents
    toc = [
        p.text
        for p in docx.Document(str(tmp_path / "fewer.docx")).paragraphs
        if p.style is not None and p.style.name == "toc 2"
    ]
    assert [t.split("\t")[0] for t in toc][:3] == ["2.1", "2.2", "2.3"]
