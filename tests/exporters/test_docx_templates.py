"""--template with any house style, and a package valid for Word (issue 14, parts 2 and 3).

The published plan is exported through the command line with each template of
docx_templates.py (pandoc's reference document, Word in Dutch, a template full of parts that
must not travel, LibreOffice's conversion of an .odt, a .dotx) and with the project's own
style ("bundled"), with the LibreOffice pass for the TOC page numbers. Each report must:
open in python-docx; convert to PDF in LibreOffice; carry no comments, thumbnail, custom XML,
glossary, people or template text, and exactly one footnotes part; keep its tables, the TOC's
page numbers and every printed word inside the text width; pass openxml-audit (an Open XML
SDK port) with 0 errors and the package checks of docx_templates.package_problems.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx_report_helpers import (
    LIBREOFFICE_HINT,
    POPPLER_HINT,
    Page,
    norm,
    pdf_pages_text,
    pdf_words,
    run_plancheck,
    text_of,
    to_pdf,
)
from docx_templates import (
    COMMENT_TEXT,
    DUTCH_IDS,
    FOOTNOTES_CT,
    MAKERS,
    OLD_TOC_TAB,
    TEMPLATE_TEXT,
    W_NS,
    Package,
    package_problems,
    saved,
)
from lxml import etree
from support import PUBLISHED, missing, require_tool

from plancheck.engine import check_file
from plancheck.model import Plan

NAMES = ("bundled", *MAKERS)
TOC_NUMBERS = ("1", "2", "2.1", "2.2", "2.3", "2.4", "3", "3.1", "3.2", "3.3", "3.4", "4", "5")
TWIPS_PER_PT = 20
# Parts a report never carries, whatever its template had.
FORBIDDEN = (
    r"comments.*\.xml",
    r"people\.xml",
    r"thumbnail",
    r"glossary/",
    r"custom\.xml",
    r"stylesWithEffects",
    r"endnotes\.xml",
    r"vbaProject",
    r"printerSettings",
)


@dataclass
class Report:
    name: str
    template: Path | None
    docx: Path
    stderr: str
    names: list[str]  # the zip's entries, as listed (a name twice is a broken package)
    parts: dict[str, bytes]
    doc: Document
    pdf: Path
    texts: list[str]
    pages: list[Page]

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    @property
    def section(self) -> etree._Element:
        return self.xml("word/document.xml").find(f"{{{W_NS}}}body/{{{W_NS}}}sectPr")

    def twips(self, tag: str, attribute: str) -> int:
        element = self.section.find(qn(tag))
        return int(element.get(qn(attribute), "0"))

    @property
    def text_width(self) -> int:
        """Page width minus the margins and the gutter, in twips, from the report itself."""
        return (
            self.twips("w:pgSz", "w:w")
            - self.twips("w:pgMar", "w:left")
            - self.twips("w:pgMar", "w:right")
            - self.twips("w:pgMar", "w:gutter")
        )


@pytest.fixture(scope="module")
def plan() -> Plan:
    result = check_file(PUBLISHED)
    assert result.plan is not None
    return result.plan


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Report]]:
    """Each template made, exported with and converted once, on first use."""
    require_tool("soffice", LIBREOFFICE_HINT)
    require_tool("pdftotext", POPPLER_HINT)
    cache: dict[str, Report] = {}

    def get(name: str) -> Report:
        if name not in cache:
            folder = tmp_path_factory.mktemp(f"template-{name}")
            template = None if name == "bundled" else MAKERS[name](folder)
            target = folder / "verbeterplan.docx"
            extra = [] if template is None else ["--template", str(template)]
            result = run_plancheck("export", "docx", PUBLISHED, "-o", target, *extra)
            assert result.returncode == 0, result.stderr
            with zipfile.ZipFile(target) as package:
                names = package.namelist()
                parts = {n: package.read(n) for n in names}
            pdf = to_pdf(target, folder, folder / "lo-profile")
            cache[name] = Report(
                name,
                template,
                target,
                result.stderr,
                names,
                parts,
                docx.Document(str(target)),
                pdf,
                pdf_pages_text(pdf),
                pdf_words(pdf),
            )
        return cache[name]

    yield get


@pytest.fixture(params=NAMES)
def report(request: pytest.FixtureRequest, reports: Callable[[str], Report]) -> Report:
    return reports(request.param)


# -- every template ------------------------------------------------------------------------------
def test_export_succeeds_and_opens(report: Report, plan: Plan) -> None:
    assert "Traceback" not in report.stderr and "note:" not in report.stderr, report.stderr
    found = re.search(r"wrote \S+ \([\d,]+ bytes, (\d+) pages\)", report.stderr)
    assert found and int(found.group(1)) == len(report.pages), report.stderr
    assert report.doc.paragraphs[0].text == plan.document.title
    body = text_of(report.doc.element.body)
    assert TEMPLATE_TEXT not in body
    assert plan.measures[0].title.split()[0] in body
    assert "Inhoudsopgave" in report.texts[1]


def test_nothing_but_the_house_style_travels(report: Report) -> None:
    """No comments, people, thumbnail, custom XML (but plancheck's own plan data), glossary,
    custom properties, endnotes or template text in any part; exactly one footnotes part,
    ours, related once."""
    names = sorted(report.names)
    assert len(set(names)) == len(names), names  # before: word/footnotes.xml twice
    for pattern in FORBIDDEN:
        assert not [n for n in names if re.search(pattern, n)], (pattern, names)
    custom = [n for n in names if n.startswith("customXml/")]
    assert custom == [
        "customXml/_rels/item1.xml.rels",
        "customXml/item1.xml",
        "customXml/itemProps1.xml",
    ]
    assert report.parts["customXml/item1.xml"].find(b"urn:plancheck:plan-data:1") > 0
    for name, data in report.parts.items():
        assert TEMPLATE_TEXT.encode() not in data, name
        assert COMMENT_TEXT.encode() not in data, name
    types = report.xml("[Content_Types].xml")
    footnote_parts = [o.get("PartName") for o in types if o.get("ContentType") == FOOTNOTES_CT]
    assert footnote_parts == ["/word/footnotes.xml"]
    rels = report.xml("word/_rels/document.xml.rels")
    footnote_rels = [r for r in rels if r.get("Type", "").endswith("/footnotes")]
    assert [r.get("Target") for r in footnote_rels] == ["footnotes.xml"]
    notes = report.xml("word/footnotes.xml")
    assert [n.get(qn("w:id")) for n in notes] == ["-1", "0", "1", "2", "3", "4", "5"]
    core = report.doc.core_properties
    assert core.author != "Sjabloonmaker" and not core.comments


def test_package_is_valid_for_word(report: Report) -> None:
    assert package_problems(report.parts) == []


def test_openxml_audit_finds_no_errors(report: Report) -> None:
    """openxml-audit, a port of Microsoft's Open XML SDK validator (schema, semantic and
    Word app-compatibility checks), with the SDK's default Office 2019 rules."""
    try:
        from openxml_audit import OpenXmlValidator
    except ImportError:
        missing("openxml-audit", "pip install openxml-audit")
        raise
    result = OpenXmlValidator(max_errors=0).validate(str(report.docx))
    errors = [f"{e.part_uri} {e.path}: {e.description}" for e in result.errors]
    assert errors == [] and result.is_valid, errors


def test_styles_found_once_and_every_reference_resolves(report: Report) -> None:
    styles = report.xml("word/styles.xml")
    ids = [s.get(qn("w:styleId")) for s in styles.iter(qn("w:style"))]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    names: dict[tuple[str | None, str], int] = {}
    for style in styles.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        key = (style.get(qn("w:type")), " ".join(name.get(qn("w:val"), "").split()).lower())
        names[key] = names.get(key, 0) + 1
    for wanted in (
        "normal",
        "heading 1",
        "heading 2",
        "heading 3",
        "toc 1",
        "toc 2",
        "header",
        "footnote text",
        "table text",
    ):
        assert names.get(("paragraph", wanted)) == 1, (wanted, report.name)
    assert names.get(("table", "table grid")) == 1
    assert names.get(("character", "footnote reference")) == 1
    used = {
        element.get(qn("w:val"))
        for name, data in report.parts.items()
        if name.startswith("word/") and name.endswith(".xml")
        for element in etree.fromstring(data).iter(qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle"))
    }
    assert used <= set(ids), used - set(ids)


def test_tables_and_toc_stay_within_the_text_width(report: Report) -> None:
    """Every table (body and header) is at most as wide as the text, in the table width,
    the grid and the cells; the TOC's page numbers sit at a right tab stop at the end of the
    text; and in the PDF no word passes the right margin."""
    width = report.text_width
    tables = [
        table
        for name, data in report.parts.items()
        if re.fullmatch(r"word/(document|header\d*)\.xml", name)
        for table in etree.fromstring(data).iter(qn("w:tbl"))
    ]
    assert tables
    for table in tables:
        tblw = table.find(f"{qn('w:tblPr')}/{qn('w:tblW')}")
        assert tblw.get(qn("w:type")) == "dxa" and int(tblw.get(qn("w:w"))) <= width
        grid = [int(c.get(qn("w:w"))) for c in table.iter(qn("w:gridCol"))]
        assert sum(grid) <= width, (sum(grid), width)
    body = report.xml("word/document.xml")
    toc_ids = {
        s.get(qn("w:styleId"))
        for s in report.xml("word/styles.xml").iter(qn("w:style"))
        if s.find(qn("w:name")).get(qn("w:val")).lower() in ("toc 1", "toc 2")
    }
    entries = [
        p
        for p in body.iter(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") is not None
        and p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")) in toc_ids
    ]
    assert len(entries) == len(TOC_NUMBERS)
    for entry in entries:
        tabs = entry.findall(f"{qn('w:pPr')}/{qn('w:tabs')}/{qn('w:tab')}")
        right = [t for t in tabs if t.get(qn("w:val")) == "right"]
        assert [int(t.get(qn("w:pos"))) for t in right] == [width]
    page_width_pt = report.twips("w:pgSz", "w:w") / TWIPS_PER_PT
    right_edge = page_width_pt - report.twips("w:pgMar", "w:right") / TWIPS_PER_PT
    printed = [
        found.groups()
        for line in report.texts[1].splitlines()
        if (found := re.fullmatch(r"(\d+(?:\.\d+)*) (.+?) ?(?:\.{2,}|…+) ?(\d+)", norm(line)))
    ]
    assert [number for number, _, _ in printed] == [*TOC_NUMBERS], report.texts[1]
    toc = report.pages[1]
    heading = next(w for w in toc.words if w.text == "Inhoudsopgave")
    numbers = [  # pdftotext may make one word of a title, the dot leaders and the number
        w
        for w in toc.words
        if w.y0 > heading.y1 and w.x1 > right_edge - 40 and re.fullmatch(r"(.*[.…])?\d+", w.text)
    ]
    assert len(numbers) == len(TOC_NUMBERS), numbers
    for number in numbers:
        assert right_edge - 12 <= number.x1 <= right_edge + 1, (number, right_edge)
    for page in report.pages:
        beyond = [w for w in page.words if w.x1 > right_edge + 1]
        assert beyond == [], (page.number, beyond[:5], right_edge)


# -- the particular templates --------------------------------------------------------------------
def test_dutch_word_template_uses_its_localized_styles(reports: Callable[[str], Report]) -> None:
    """Word in Dutch: styles found by name under their Dutch ids, none added twice; the
    house style's heading numbering gives way to the published numbers; Table Grid added;
    the logo and footer kept; the 15.5 cm column followed, its old 16 cm TOC tab cleared."""
    report = reports("word-nl")
    body = report.xml("word/document.xml")
    styles_used = {p.get(qn("w:val")) for p in body.iter(qn("w:pStyle"))}
    assert {"Standaard", "Kop1", "Kop2", "Kop3", "Titel", "Inhopg1", "Inhopg2"} <= styles_used
    assert not {"Heading1", "Heading2", "Normal", "Title", "TOC1"} & styles_used
    header = next(
        report.xml(n)
        for n in sorted(report.parts)
        if re.fullmatch(r"word/header\d+\.xml", n) and b"Gemeente Voorbeeld" in report.parts[n]
    )
    assert {p.get(qn("w:val")) for p in header.iter(qn("w:pStyle"))} == {"Koptekst"}
    assert any(n.startswith("word/media/") for n in report.parts), sorted(report.parts)
    assert any(b"Postbus 1" in data for n, data in report.parts.items() if "footer" in n)
    grid = report.xml("word/styles.xml").find(f"{{{W_NS}}}style[@{{{W_NS}}}styleId='TableGrid']")
    assert grid is not None and grid.find(qn("w:basedOn")).get(qn("w:val")) == "Standaardtabel"
    styles = report.xml("word/styles.xml")
    for style_id in ("Kop1", "Kop2"):  # the house style numbered them
        style = styles.find(f"{{{W_NS}}}style[@{{{W_NS}}}styleId='{style_id}']")
        assert style.find(f"{{{W_NS}}}pPr/{{{W_NS}}}numPr") is None
    lines = {norm(line) for text in report.texts[2:] for line in text.splitlines()}
    assert "2 Verbeterpunt 1" in lines and "2.1 Probleemanalyse" in lines
    assert abs(report.text_width - round(15.5 / 2.54 * 1440)) <= 1
    toc = next(p for p in body.iter(qn("w:p")) if p.find(f".//{qn('w:pStyle')}") is not None
               and p.find(f".//{qn('w:pStyle')}").get(qn("w:val")) == "Inhopg1")  # fmt: skip
    cleared = [
        int(t.get(qn("w:pos"))) for t in toc.iter(qn("w:tab")) if t.get(qn("w:val")) == "clear"
    ]
    assert cleared == [OLD_TOC_TAB]
    ids = {s.get(qn("w:styleId")) for s in report.xml("word/styles.xml").iter(qn("w:style"))}
    assert set(DUTCH_IDS.values()) <= ids  # the template's styles, all kept
    assert "Verdana" in report.parts["word/styles.xml"].decode()


def test_pandoc_reference_gets_the_styles_it_lacks(reports: Callable[[str], Report]) -> None:
    """pandoc's reference document: its "Heading 1" (capitalised) is Word's heading 1; the
    Header and Table Grid it lacks are added; its empty w:sectPr becomes the published A4."""
    report = reports("pandoc")
    styles = report.xml("word/styles.xml")
    by_id = {s.get(qn("w:styleId")): s for s in styles.iter(qn("w:style"))}
    assert by_id["Heading1"].find(qn("w:name")).get(qn("w:val")) == "Heading 1"
    assert "Header" in by_id and "TableGrid" in by_id
    body = report.xml("word/document.xml")
    assert {"Heading1", "Heading2", "FootnoteText"} <= {
        p.get(qn("w:val")) for p in body.iter(qn("w:pStyle"))
    } | {p.get(qn("w:val")) for p in report.xml("word/footnotes.xml").iter(qn("w:pStyle"))}
    assert (report.twips("w:pgSz", "w:w"), report.twips("w:pgSz", "w:h")) == (11906, 16838)
    assert abs(report.text_width - 9071) <= 1  # 16 cm


def test_template_parts_left_behind(reports: Callable[[str], Report]) -> None:
    """The template's footnote number format stays (it is style); its attached template,
    protection, tracking, variables and "update fields" do not; even pages get the running
    header too."""
    report = reports("word-parts")
    settings = report.xml("word/settings.xml")
    present = {etree.QName(child).localname for child in settings}
    assert not present & {
        "attachedTemplate",
        "documentProtection",
        "trackRevisions",
        "docVars",
        "updateFields",
        "endnotePr",
    }
    footnote_pr = settings.find(qn("w:footnotePr"))
    assert footnote_pr.find(qn("w:numFmt")).get(qn("w:val")) == "lowerRoman"
    assert [n.get(qn("w:id")) for n in footnote_pr.findall(qn("w:footnote"))] == ["-1", "0"]
    assert not any(
        b'TargetMode="External"' in d for n, d in report.parts.items() if n.endswith(".rels")
    )
    section = report.doc.sections[0]
    for header in (section.header, section.even_page_header):
        assert header.tables and "Blad:" in text_of(header.tables[0]._tbl)
    even = [page for page in report.texts[1:] if "EVEN-HUISSTIJL" in page]
    assert even and all("Blad:" in page for page in even)


def test_libreoffice_template_keeps_its_letter_page(reports: Callable[[str], Report]) -> None:
    report = reports("libreoffice")
    assert report.twips("w:pgSz", "w:w") == 12240  # US Letter: 21.59 cm
    assert report.text_width > 9071  # wider than the published 16 cm: the tables follow
    tables = report.xml("word/document.xml").iter(qn("w:tbl"))
    widths = {int(t.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w"))) for t in tables}
    assert report.text_width in widths
    assert "ODT-HUISSTIJL" in report.texts[2]


def test_dotx_template_is_read_as_a_document(reports: Callable[[str], Report]) -> None:
    report = reports("dotx")
    types = report.xml("[Content_Types].xml")
    main = next(o for o in types if o.get("PartName") == "/word/document.xml")
    assert main.get("ContentType").endswith("wordprocessingml.document.main+xml")
    assert "DOTX-HUISSTIJL" in report.texts[2]


# -- templates that cannot be one ----------------------------------------------------------------
def encrypted(folder: Path) -> Path:
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        missing("msoffcrypto-tool", "pip install msoffcrypto-tool")
        raise
    plain = folder / "open.docx"
    plain.write_bytes(saved(docx.Document()))
    target = folder / "met-wachtwoord.docx"
    with plain.open("rb") as source, target.open("wb") as out:
        OOXMLFile(source).encrypt("geheim", out)
    plain.unlink()
    return target


def broken_templates(folder: Path) -> dict[str, tuple[Path, str]]:
    """name: (file, what the message says)"""
    blank = saved(docx.Document())
    out: dict[str, tuple[Path, str]] = {}

    def write(name: str, data: bytes, says: str) -> None:
        path = folder / name
        path.write_bytes(data)
        out[name] = (path, says)

    write("tekst.docx", b"dit is geen Word-bestand\n", "not a zip package")
    write("afgebroken.docx", blank[: len(blank) // 2], "not a zip package")
    package = Package(blank)
    del package.parts["word/document.xml"]
    write("zonder-document.docx", package.bytes(), "word/document.xml is missing")
    package = Package(blank)
    package.parts = {"readme.txt": b"geen Word"}
    write("andere-zip.docx", package.bytes(), "without [Content_Types].xml")
    package = Package(blank)
    package.parts["word/styles.xml"] = b"<w:styles"
    write("kapotte-stijlen.docx", package.bytes(), "not a Word .docx file")
    write("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "Word 97-2003")
    return out


def test_broken_templates_are_refused_with_a_message(tmp_path: Path) -> None:
    from docx_templates import odt

    cases = broken_templates(tmp_path)
    cases["huisstijl.odt"] = (odt(tmp_path / "huisstijl.odt"), "OpenDocument")
    cases["met-wachtwoord.docx"] = (encrypted(tmp_path), "protected with a password")
    out = tmp_path / "report.docx"
    for name, (path, says) in cases.items():
        result = run_plancheck(
            "export", "docx", PUBLISHED, "-o", out, "--toc-pages", "none", "--template", path
        )
        assert result.returncode == 2, (name, result.stderr)
        assert result.stderr.startswith(f"plancheck: error: {path}: "), (name, result.stderr)
        assert says in result.stderr, (name, result.stderr)
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
        assert not out.exists(), name


def test_macro_enabled_template_loses_its_macros(tmp_path: Path) -> None:
    """A .docm (a document with macros) can be a house style: its macros stay behind."""
    package = Package(saved(docx.Document()))
    types = package.xml("[Content_Types].xml")
    for override in types:
        if override.get("PartName") == "/word/document.xml":
            override.set("ContentType", "application/vnd.ms-word.document.macroEnabled.main+xml")
    package.set_xml("[Content_Types].xml", types)
    package.add_part(
        "word/vbaProject.bin",
        "application/vnd.ms-office.vbaProject",
        b"\xd0\xcf\x11\xe0 macros",
        "word/document.xml",
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
    )
    template = tmp_path / "huisstijl.docm"
    template.write_bytes(package.bytes())
    out = tmp_path / "report.docx"
    result = run_plancheck(
        "export", "docx", PUBLISHED, "-o", out, "--toc-pages", "none", "--template", template
    )
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as report:
        parts = {n: report.read(n) for n in report.namelist()}
    assert not [n for n in parts if "vbaProject" in n]
    assert b"macroEnabled" not in parts["[Content_Types].xml"]
    assert package_problems(parts) == []
