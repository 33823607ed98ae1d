"""The Word report for the inspectorates, rebuilt from the plan model (issue 5).

`write_docx(plan, path)` writes the report atomically; `render_docx(plan)` returns its bytes.
The same plan gives a byte-identical file: the zip entries and core properties carry the
plan's version date, never the clock. Where LibreOffice is installed, a rendering pass finds
the page of every heading for the table of contents (layout.py).

With `compare=Comparison(old_plan, diff_plans(old_plan, plan))` (`plancheck export docx
--compare REV|FILE`), the report shows every change since the old plan as Word tracked
changes (tracked.py), and its version table says what each version added since then did.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from plancheck.atomic import write_bytes
from plancheck.errors import OutputError
from plancheck.exporters.docx_report import layout, plandata, session, speedups, styles
from plancheck.exporters.docx_report.template import (
    TemplateError,
    header_and_footer_elements,
    open_document,
    text_width,
)
from plancheck.exporters.docx_report.tracked import Comparison
from plancheck.exporters.docx_report.writer import ReportWriter, TocEntry, core_properties
from plancheck.model import Plan

speedups.install()

__all__ = [
    "Comparison",
    "DocxResult",
    "ReportResult",
    "TemplateError",
    "render_docx",
    "write_docx",
    "write_report",
]


@dataclass(frozen=True)
class DocxResult:
    path: Path
    size: int
    toc: tuple[TocEntry, ...]
    pages: int | None  # from the rendering pass, when it ran
    layout_note: str | None  # why TOC page numbers are missing, if they are
    insertions: int = 0  # tracked changes (w:ins, w:del) in the report, with compare=
    deletions: int = 0


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


def _prepared(plan: Plan, template: Path | None) -> Document:
    """The document a report is written into: the template's house style (or ours), its
    styles prepared for the report's text width and language."""
    doc = open_document(template)
    own_style = template is None
    try:
        styles.prepare(
            doc,
            restyle=own_style,
            language=plan.document.language,
            width=text_width(doc),
            font_size=plan.layout.font_size,
            line_spacing=plan.layout.line_spacing,
            list_line_spacing=plan.layout.list_line_spacing,
        )
        styles.resolve_references(doc, header_and_footer_elements(doc))
    except (KeyError, ValueError, AttributeError, TypeError) as err:
        if own_style:
            raise
        # a template whose styles part python-docx cannot work with (a style without a
        # type it knows, a broken basedOn chain): a message, not a traceback
        raise TemplateError(
            f"{template}: its styles cannot be used as a house style ({err})"
        ) from err
    return doc


def render_docx(
    plan: Plan,
    *,
    template: Path | None = None,
    toc_pages: Sequence[int | None] | None = None,
    draft: bool = False,
    compare: Comparison | None = None,
) -> tuple[bytes, list[TocEntry]]:
    """The report as bytes, and its TOC entries (with the pages given; 0 in a draft)."""
    data, entries, _ = _render(plan, template, toc_pages, draft, compare)
    return data, entries


def _render(
    plan: Plan,
    template: Path | None,
    toc_pages: Sequence[int | None] | None,
    draft: bool,
    compare: Comparison | None,
) -> tuple[bytes, list[TocEntry], dict[str, int]]:
    doc = _prepared(plan, template)
    writer = ReportWriter(plan, doc, toc_pages, draft=draft, compare=compare)
    entries = writer.write()
    plandata.embed(plan, doc)  # what the report does not show, for `import docx`
    core_properties(plan, doc)
    _app_properties(doc)
    count = dict(writer.changes.marks.count) if writer.changes is not None else {}
    return _saved(doc, plan), entries, count


# A zip entry's date is two 16-bit DOS fields: 1980-01-01 to 2107-12-31 (the seconds in steps
# of two). A version date outside that range is clamped to its nearest end; past 2107 the zip
# writer would end in struct.error.
ZIP_FIRST = (1980, 1, 1, 0, 0, 0)
ZIP_LAST = (2107, 12, 31, 23, 59, 58)


def zip_stamp(date: dt.date) -> tuple[int, int, int, int, int, int]:
    """The zip entries' date for a version date: the date itself, within the zip range."""
    return min(max((date.year, date.month, date.day, 0, 0, 0), ZIP_FIRST), ZIP_LAST)


def render_progress(
    plan: Plan, as_of: dt.date, *, since: dt.date | None = None, template: Path | None = None
) -> bytes:
    """The progress report on `as_of` as bytes (entries after `since` listed as new)."""
    from plancheck.exporters.docx_report.progress import ProgressWriter, words_for

    doc = _prepared(plan, template)
    ProgressWriter(plan, doc, as_of, since).write()
    core_properties(plan, doc)
    props = doc.core_properties
    props.title = f"{words_for(plan)['title']}: {plan.document.title}"
    stamp = dt.datetime(as_of.year, as_of.month, as_of.day, 12, 0, 0)
    props.created = props.modified = props.last_printed = stamp
    _app_properties(doc)
    return _saved(doc, plan)


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


class _StampedZip:
    """python-docx's zip writer (docx.opc.phys_pkg), with fixed entry dates and attributes."""

    def __init__(self, stamp: tuple[int, int, int, int, int, int]) -> None:
        self.buffer = io.BytesIO()
        self._zip = zipfile.ZipFile(self.buffer, "w", zipfile.ZIP_DEFLATED)
        self._stamp = stamp

    def write(self, pack_uri: Any, blob: bytes) -> None:
        entry = zipfile.ZipInfo(pack_uri.membername, date_time=self._stamp)
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.create_system = 0
        entry.external_attr = 0
        self._zip.writestr(entry, blob)

    def close(self) -> None:
        self._zip.close()


def _saved(doc: Document, plan: Plan) -> bytes:
    """`doc.save()` as python-docx does it (docx.opc.package.OpcPackage.save), with the
    version date on every zip entry (never the clock) and fixed attributes, compressed once."""
    from docx.opc.pkgwriter import PackageWriter

    writer: Any = PackageWriter  # its helpers are untyped; `out` stands in for PhysPkgWriter
    package = doc.part.package
    parts = package.parts
    for part in parts:
        part.before_marshal()
    out = _StampedZip(zip_stamp(plan.document.version_date))
    writer._write_content_types_stream(out, parts)
    writer._write_pkg_rels(out, package.rels)
    writer._write_parts(out, parts)
    out.close()
    return out.buffer.getvalue()


def write_docx(
    plan: Plan,
    path: Path,
    *,
    template: Path | None = None,
    layout_mode: str = "auto",
    compare: Comparison | None = None,
) -> DocxResult:
    """Write the report to `path` through a temporary file and a rename. With `compare`,
    the changes since the old plan are tracked changes; the TOC's page numbers are then
    those of the report with every change accepted (the layout pass renders that one)."""
    return write_report(
        plan, path, {}, template=template, layout_mode=layout_mode, compare=compare
    ).docx


@dataclass(frozen=True)
class ReportResult:
    docx: DocxResult
    opened: dict[str, DocxResult]  # "pdf", "odt": the open formats written


def write_report(
    plan: Plan,
    docx: Path | None,
    opened: dict[str, Path],
    *,
    template: Path | None = None,
    layout_mode: str = "auto",
    compare: Comparison | None = None,
) -> ReportResult:
    """Write the Word report to `docx` (unless None) and the open formats in `opened`
    ("pdf": PDF/A-2b, "odt": ODF text, each to its path), each through a temporary file and
    a rename. One LibreOffice session serves the page-number pass and every conversion
    (session.py); the open formats carry the version date, not the clock (stamp.py)."""
    for path in [docx, *opened.values()]:
        if path is not None and not Path(path).parent.is_dir():
            # say so before the seconds of the layout pass
            raise OutputError(f"the folder {Path(path).parent} does not exist")
    if opened and session.soffice() is None:
        what = " and ".join(target.upper() for target in opened)
        raise layout.LayoutUnavailable(
            f"LibreOffice (soffice) is needed to write the report as {what}; "
            "install it with: apt-get install libreoffice-writer-nogui"
        )
    pass_possible = layout_mode != "none" and layout.tools() is not None
    with contextlib.ExitStack() as stack:
        office = stack.enter_context(session.Session()) if opened or pass_possible else None
        toc_pages, pages, note = _toc_pages(plan, template, layout_mode, office)
        data, entries, count = _render(plan, template, toc_pages, False, compare)
        word = DocxResult(
            Path(docx) if docx is not None else Path(),
            len(data),
            tuple(entries),
            pages,
            note,
            count.get("insert", 0),
            count.get("delete", 0),
        )
        if docx is not None:
            write_bytes(docx, data)
        written: dict[str, DocxResult] = {}
        if opened and office is not None:
            written = _convert(plan, data, opened, office, word)
    return ReportResult(word, written)


def _convert(
    plan: Plan, data: bytes, opened: dict[str, Path], office: session.Session, word: DocxResult
) -> dict[str, DocxResult]:
    from plancheck.exporters.docx_report import stamp

    targets = {"pdf": "pdfa", "odt": "odt"}
    with tempfile.TemporaryDirectory(prefix="plancheck-open-") as tmp:
        source = Path(tmp) / "verbeterplan.docx"
        source.write_bytes(data)
        files = office.convert(source, [targets[kind] for kind in opened])
        when = stamp.moment(plan.document.version_date)
        out: dict[str, DocxResult] = {}
        for kind, path in opened.items():
            raw = files[targets[kind]].read_bytes()
            if kind == "pdf":
                final = stamp.stamp_pdf(raw, when)
            else:
                final = stamp.stamp_zip(raw, zip_stamp(plan.document.version_date))
            write_bytes(path, final)
            out[kind] = DocxResult(Path(path), len(final), word.toc, word.pages, word.layout_note)
    return out


def write_open_format(
    plan: Plan,
    path: Path,
    target: str,
    *,
    template: Path | None = None,
    layout_mode: str = "auto",
) -> DocxResult:
    """Write the report as PDF/A-2b (`target` "pdf") or ODF text ("odt"): rendered as the
    Word report (with its TOC page numbers), converted by LibreOffice, and written through a
    temporary file and a rename, so a failed conversion keeps the last good output."""
    result = write_report(plan, None, {target: path}, template=template, layout_mode=layout_mode)
    return result.opened[target]


def _toc_pages(
    plan: Plan, template: Path | None, layout_mode: str, office: session.Session | None
) -> tuple[list[int | None] | None, int | None, str | None]:
    """(the TOC's page numbers, the page count, a note why there are none): from the
    LibreOffice pass unless `layout_mode` is "none"; without LibreOffice, with "auto", the
    report is written without them and the note says so."""
    if layout_mode == "none":
        return None, None, None
    try:
        if office is None or layout.tools() is None:
            raise layout.LayoutUnavailable(
                "LibreOffice (soffice) or pdftotext not found; install them with: "
                "apt-get install libreoffice-writer-nogui poppler-utils"
            )
        toc_pages, pages = _layout_pass(plan, template, office)
    except layout.LayoutUnavailable as err:
        if layout_mode == "libreoffice":
            raise
        return None, None, f"the table of contents lists its entries without page numbers: {err}"
    return toc_pages, pages, None


def _layout_pass(
    plan: Plan, template: Path | None, office: session.Session
) -> tuple[list[int | None], int]:
    """Render with placeholder page numbers, convert to PDF, and read where headings fall."""
    draft, entries = render_docx(plan, template=template, draft=True)
    with tempfile.TemporaryDirectory(prefix="plancheck-docx-") as tmp:
        source = Path(tmp) / "report.docx"
        source.write_bytes(draft)
        pdf = office.convert(source, ["pdf"])["pdf"]
        pages = layout.page_texts(pdf)
    found = layout.heading_pages(pages, [(e.number, e.title) for e in entries])
    return found, len(pages)
