"""The Word export of plans the gate refuses, as `--force` exports them: it never recurses,
never writes a file Word or LibreOffice cannot open, and never ends in a traceback.

Plans are edits of the frozen published plan (tests/fixtures/plan-2018-08-31.yaml).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from docx_report_helpers import run_plancheck, text_of, to_pdf
from lxml import etree

from plancheck.engine import check_document
from plancheck.exporters.docx_report import ZIP_FIRST, ZIP_LAST, render_docx, zip_stamp
from plancheck.loader import load_text
from plancheck.model import Plan

PUBLISHED = Path(__file__).resolve().parents[1] / "fixtures" / "plan-2018-08-31.yaml"
AMHK = "    text: Het AMHK is Veilig Thuis Zeeland geworden.\n"
PARTNERS = "    text: Onder partners verstaan we organisaties"
HEADER = "    - Verbeterplan Inspectie\n"


def published(*edits: tuple[str, str]) -> str:
    text = PUBLISHED.read_text("utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def model(text: str) -> tuple[Plan, set[str]]:
    """The plan model the gate built (as --force exports it) and its active rules."""
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    result = check_document(loaded.document)
    assert result.plan is not None, result.findings
    return result.plan, {f.rule for f in result.findings if not f.suppressed}


def parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {
            name: etree.fromstring(package.read(name))
            for name in package.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }


# footnotes inside footnotes, and in the page header (footnote-nesting)

NESTED = published(
    # a footnote that refers to itself, two that refer to each other, one in the header
    (AMHK, "    text: Het AMHK[^amhk] is Veilig Thuis Zeeland geworden[^partners].\n"),
    (PARTNERS, "    text: Onder partners[^amhk] verstaan we organisaties"),
    (HEADER, "    - Verbeterplan Inspectie[^inspecties]\n"),
)


def test_a_footnote_reference_in_a_footnote_or_the_header_is_its_plain_marker():
    plan, rules = model(NESTED)
    assert rules == {"footnote-nesting"}
    data, _ = render_docx(plan)  # a RecursionError before the fix
    xml = parts(data)
    notes = xml["word/footnotes.xml"]
    headers = [element for name, element in xml.items() if name.startswith("word/header")]
    # references only in the body; the notes and the header hold markers as text
    assert next(notes.iter(qn("w:footnoteReference")), None) is None
    assert all(next(h.iter(qn("w:footnoteReference")), None) is None for h in headers)
    texts = [text_of(note) for note in notes.findall(qn("w:footnote"))]
    assert " Het AMHK[^amhk] is Veilig Thuis Zeeland geworden[^partners]." in texts
    assert any(t.startswith(" Onder partners[^amhk] verstaan") for t in texts)
    assert any("Verbeterplan Inspectie[^inspecties]" in text_of(h) for h in headers)
    body = xml["word/document.xml"]
    assert len(list(body.iter(qn("w:footnoteReference")))) == len(texts) - 2  # separators


def test_libreoffice_opens_the_forced_export(tmp_path: Path):
    """LibreOffice could not load a report with a footnote inside a footnote, or one in the
    page header ("source file could not be loaded")."""
    plan, _ = model(NESTED)
    data, _ = render_docx(plan)
    source = tmp_path / "nested.docx"
    source.write_bytes(data)
    pdf = to_pdf(source, tmp_path, tmp_path / "profile")
    assert pdf.stat().st_size > 10_000


def test_export_docx_force_through_the_command_line(tmp_path: Path):
    (tmp_path / "plan.yaml").write_text(NESTED, "utf-8")
    refused = run_plancheck("export", "docx", "plan.yaml", "--toc-pages", "none", cwd=tmp_path)
    assert refused.returncode == 1
    assert "error[footnote-nesting] the footnote 'amhk' refers to itself" in refused.stderr
    forced = run_plancheck(
        "export", "docx", "plan.yaml", "--toc-pages", "none", "--force", cwd=tmp_path
    )
    assert forced.returncode == 0, forced.stderr
    assert "Traceback" not in forced.stderr
    assert (tmp_path / "verbeterplan.docx").is_file()


# version dates the zip format cannot carry


@pytest.mark.parametrize(
    ("date", "stamp"),
    [
        (dt.date(2018, 8, 31), (2018, 8, 31, 0, 0, 0)),
        (dt.date(2107, 12, 31), (2107, 12, 31, 0, 0, 0)),
        (dt.date(2108, 1, 1), ZIP_LAST),
        (dt.date(9999, 12, 31), ZIP_LAST),
        (dt.date(1979, 12, 31), ZIP_FIRST),
        (dt.date(1, 1, 1), ZIP_FIRST),
    ],
)
def test_zip_stamp_stays_in_the_zip_range(date, stamp):
    assert zip_stamp(date) == stamp


@pytest.mark.parametrize("year", ["2108", "9999", "1901"])
def test_a_version_date_outside_the_zip_range_exports(year):
    """2108 ended in struct.error: a zip entry's year is 1980 + 7 bits."""
    plan, _ = model(
        published(
            ('  version_date: "2018-08-31"\n', f'  version_date: "{year}-08-31"\n'),
            ('    date: "2018-08-31"\n', f'    date: "{year}-08-31"\n'),
        )
    )
    data, _ = render_docx(plan)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        stamps = {info.date_time for info in package.infolist()}
        core = package.read("docProps/core.xml").decode("utf-8")
    assert stamps == {zip_stamp(dt.date(int(year), 8, 31))}
    assert f"{year}-08-31T12:00:00Z" in core  # the document's own date is the version date


# footnote references: a note's text once, and a bound the export keeps by itself

MEASURE_4_2 = "        text: Versterken van de werkgemeenschap[^werkgemeenschap].\n"


def test_a_footnote_referenced_again_is_a_cross_reference_to_its_note():
    plan, rules = model(
        published(
            (MEASURE_4_2, MEASURE_4_2.replace("].", "] met partners[^partners] en[^partners].")),
        )
    )
    assert not rules
    xml = parts(render_docx(plan)[0])
    notes = [n for n in xml["word/footnotes.xml"].findall(qn("w:footnote"))]
    texts = [text_of(n) for n in notes if n.get(qn("w:type")) is None]
    assert len(texts) == len(plan.footnotes)  # each note once, however often referenced
    body = xml["word/document.xml"]
    # the first reference to 'partners' is note 3, inside a bookmark the later ones name
    marks = [b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))]
    notes_marked = [name for name in marks if name.startswith("_RefNote")]
    assert len(notes_marked) == len(plan.footnotes)
    partners = notes_marked[2]
    fields = list(body.iter(qn("w:fldSimple")))
    assert [f.get(qn("w:instr")) for f in fields] == [f" NOTEREF {partners} \\f \\h "] * 2
    assert [text_of(f) for f in fields] == ["3", "3"]
    style = fields[0].find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:rStyle')}")
    reference = next(body.iter(qn("w:footnoteReference"))).getparent()
    assert style is not None
    assert style.get(qn("w:val")) == reference.find(f"{qn('w:rPr')}/{qn('w:rStyle')}").get(
        qn("w:val")
    )


def test_the_export_stops_past_the_footnote_bound_by_itself(tmp_path: Path):
    """With footnote-limit turned off and --force, the Word export still refuses: one line,
    exit 1, nothing written."""
    more = "[^werkgemeenschap]" * 10_000
    (tmp_path / "plan.yaml").write_text(
        published((MEASURE_4_2, MEASURE_4_2.replace("].", "]" + more + "."))), "utf-8"
    )
    (tmp_path / "plancheck.toml").write_text('disable = ["footnote-limit"]\n', "utf-8")
    result = run_plancheck(
        "export", "docx", "plan.yaml", "--toc-pages", "none", "--force", cwd=tmp_path
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "plancheck: nothing exported: the Word report cannot be made from this plan: more than "
        "10,000 footnote references, the most a Word report holds"
    )
    assert not (tmp_path / "verbeterplan.docx").exists()
