"""The Word report for the inspectorates, rebuilt from the plan model (issue 5).

`write_docx(plan, path)` writes the report atomically; `render_docx(plan)` returns its bytes.
The same plan gives a byte-identical file: the zip entries and core properties carry the
plan's version date, never the clock. Where LibreOffice is installed, a rendering pass finds
the page of every heading for the table of contents (layout.py).
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from plancheck.atomic import write_bytes
from plancheck.errors import OutputError
from plancheck.exporters.docx_report import layout, styles
from plancheck.exporters.docx_report.writer import ReportWriter, TocEntry, core_properties
from plancheck.model import Plan


class TemplateError(Exception):
    """The --template file cannot be used as a reference document."""


@dataclass(frozen=True)
class DocxResult:
    path: Path
    size: int
    toc: tuple[TocEntry, ...]
    pages: int | None  # from the rendering pass, when it ran
    layout_note: str | None  # why TOC page numbers are missing, if they are


def _open(template: Path | None) -> tuple[Document, bool]:
    if template is None:
        doc = docx.Document()
        _drop_thumbnail(doc)
        return doc, True
    try:
        doc = docx.Document(str(template))
    except Exception as err:  # python-docx raises several kinds for a bad package
        raise TemplateError(
            f"{template}: not a Word .docx file that can be used as a template ({err})"
        ) from err
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc, False


def _app_properties(doc: Document) -> None:
    """docProps/app.xml: name the program that wrote the file. python-docx's blank document
    claims "Microsoft Macintosh Word" and statistics of an empty page, which would mislead."""
    package = doc.part.package
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = (
                b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'extended-properties"><Application>plancheck</Application>'
                b"<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
                b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
                b"<HyperlinksChanged>false</HyperlinksChanged></Properties>"
            )


def _drop_thumbnail(doc: Document) -> None:
    """python-docx's blank document carries a thumbnail of itself; it would misrepresent ours."""
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]


def render_docx(
    plan: Plan,
    *,
    template: Path | None = None,
    toc_pages: Sequence[int | None] | None = None,
    draft: bool = False,
) -> tuple[bytes, list[TocEntry]]:
    """The report as bytes, and its TOC entries (with the pages given; 0 in a draft)."""
    doc, own_style = _open(template)
    styles.prepare(doc, restyle=own_style, language=plan.document.language)
    entries = ReportWriter(plan, doc, toc_pages, own_page_setup=own_style, draft=draft).write()
    core_properties(plan, doc)
    _app_properties(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _reproducible(buffer.getvalue(), plan), entries


def render_progress(
    plan: Plan, as_of: dt.date, *, since: dt.date | None = None, template: Path | None = None
) -> bytes:
    """The progress report on `as_of` as bytes (entries after `since` listed as new)."""
    from plancheck.exporters.docx_report.progress import ProgressWriter, words_for

    doc, own_style = _open(template)
    styles.prepare(doc, restyle=own_style, language=plan.document.language)
    ProgressWriter(plan, doc, as_of, since, own_page_setup=own_style).write()
    core_properties(plan, doc)
    props = doc.core_properties
    props.title = f"{words_for(plan)['title']}: {plan.document.title}"
    stamp = dt.datetime(as_of.year, as_of.month, as_of.day, 12, 0, 0)
    props.created = props.modified = props.last_printed = stamp
    _app_properties(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _reproducible(buffer.getvalue(), plan)


def write_progress(
    plan: Plan,
    path: Path,
    *,
    as_of: dt.date,
    since: dt.date | None = None,
    template: Path | None = None,
) -> DocxResult:
    """Write the progress report to `path` through a temporary file and a rename."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist")
    data = render_progress(plan, as_of, since=since, template=template)
    write_bytes(path, data)
    return DocxResult(Path(path), len(data), (), None, None)


def _reproducible(data: bytes, plan: Plan) -> bytes:
    """Rewrite the zip with fixed entry dates (the version date) and attributes."""
    date = plan.document.version_date
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def write_docx(
    plan: Plan, path: Path, *, template: Path | None = None, layout_mode: str = "auto"
) -> DocxResult:
    """Write the report to `path` through a temporary file and a rename."""
    folder = Path(path).parent
    if not folder.is_dir():  # say so before the seconds of the layout pass
        raise OutputError(f"the folder {folder} does not exist")
    toc_pages: list[int | None] | None = None
    pages: int | None = None
    note: str | None = None
    if layout_mode != "none":
        try:
            toc_pages, pages = _layout_pass(plan, template)
        except layout.LayoutUnavailable as err:
            if layout_mode == "libreoffice":
                raise
            note = f"the table of contents lists its entries without page numbers: {err}"
    data, entries = render_docx(plan, template=template, toc_pages=toc_pages)
    write_bytes(path, data)
    return DocxResult(Path(path), len(data), tuple(entries), pages, note)


def _layout_pass(plan: Plan, template: Path | None) -> tuple[list[int | None], int]:
    """Render with placeholder page numbers, convert to PDF, and read where headings fall."""
    if layout.tools() is None:
        raise layout.LayoutUnavailable(
            "LibreOffice (soffice) or pdftotext not found; install them with: "
            "apt-get install libreoffice-writer-nogui poppler-utils"
        )
    draft, entries = render_docx(plan, template=template, draft=True)
    with tempfile.TemporaryDirectory(prefix="plancheck-docx-") as tmp:
        source = Path(tmp) / "report.docx"
        source.write_bytes(draft)
        pdf = layout.to_pdf(source, Path(tmp))
        pages = layout.page_texts(pdf)
    found = layout.heading_pages(pages, [(e.number, e.title) for e in entries])
    return found, len(pages)
