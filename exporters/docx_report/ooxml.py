"""The OOXML pieces python-docx has no API for: footnotes, fields, bookmarks, internal links,
table properties. Each builds elements with python-docx's own oxml helpers (no string XML)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Twips
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from plancheck.exporters.docx_report import speedups

# CT_TblPr's child order (ECMA-376 part 1, 17.4.60): Word refuses misordered children.
_TBLPR_SEQ = (
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
)
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    """The footnotes part, made on first use.

    Word expects the separator (id -1) and continuation separator (id 0) notes first, and the
    FootnoteReference / FootnoteText styles; notes are numbered by Word in reference order.
    """

    def __init__(self, doc: Document, text_style_id: str, reference_style_id: str) -> None:
        self._doc = doc
        self._part: XmlPart | None = None
        self._next = 1
        self.last = 0
        self.text_style_id = text_style_id
        self.reference_style_id = reference_style_id

    def _get_part(self) -> XmlPart:
        if self._part is None:
            element = parse_xml(
                f"<w:footnotes {nsdecls('w', 'r')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
                "</w:r></w:p></w:footnote></w:footnotes>"
            )
            package = self._doc.part.package
            self._part = XmlPart(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, element, package)
            self._doc.part.relate_to(self._part, RT.FOOTNOTES)
            _footnote_settings(self._doc)
        return self._part

    def add(self, paragraph: Paragraph, bookmark: tuple[str, int] | None = None) -> Paragraph:
        """Put a footnote reference at the end of `paragraph` (inside the bookmark (name, id)
        when given, for `again`); return the note's paragraph (after its number) for the
        caller to fill. The note's number is `self.last`."""
        note_id = self.last = self._next
        self._next += 1
        part = self._get_part()
        if bookmark is not None:
            paragraph._p.append(_bookmark_edge("w:bookmarkStart", *bookmark))
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), self.reference_style_id)
        rpr.append(rstyle)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        run._r.append(ref)
        if bookmark is not None:
            paragraph._p.append(_bookmark_edge("w:bookmarkEnd", *bookmark))
        note = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="{self.text_style_id}"/>'
            f'</w:pPr><w:r><w:rPr><w:rStyle w:val="{self.reference_style_id}"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>'
        )
        part.element.append(note)
        return Paragraph(note.find(qn("w:p")), paragraph._parent)

    def again(self, paragraph: Paragraph, bookmark: str, number: int) -> None:
        """Refer once more to a note already made: its number, as Word's cross-reference to
        a footnote writes it (a NOTEREF field to the bookmark around the first reference,
        formatted as a footnote reference), so the note's text is in the file once."""
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), f" NOTEREF {bookmark} \\f \\h ")
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), self.reference_style_id)
        rpr.append(rstyle)
        run.append(rpr)
        text = OxmlElement("w:t")
        text.text = str(number)
        run.append(text)
        field.append(run)
        paragraph._p.append(field)


def _bookmark_edge(tag: str, name: str, ident: int) -> Any:
    edge = OxmlElement(tag)
    edge.set(qn("w:id"), str(ident))
    if tag == "w:bookmarkStart":
        edge.set(qn("w:name"), name)
    return edge


def _footnote_settings(doc: Document) -> None:
    """settings.xml names the separator notes (-1 and 0) in w:footnotePr; a template's own
    footnote formatting there (number format, position) is kept."""
    settings = doc.settings.element
    pr = settings.find(qn("w:footnotePr"))
    if pr is None:
        pr = OxmlElement("w:footnotePr")
        insert_in_order(settings, pr, SETTINGS_SEQ)
    for special in pr.findall(qn("w:footnote")):
        pr.remove(special)
    for note_id in ("-1", "0"):
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), note_id)
        pr.append(note)  # after the formatting elements, as CT_FtnDocProps orders them


# CT_Settings' child order (ECMA-376 part 1, 17.15.1.78); extension elements (w14:, w15:)
# come after all of these.
SETTINGS_SEQ = (
    "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation",
    "w:removeDateAndTime", "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape",
    "w:printPostScriptOverText", "w:printFractionalCharacterWidth", "w:printFormsData",
    "w:embedTrueTypeFonts", "w:embedSystemFonts", "w:saveSubsetFonts", "w:saveFormsData",
    "w:mirrorMargins", "w:alignBordersAndEdges", "w:bordersDoNotSurroundHeader",
    "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
    "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState", "w:formsDesign",
    "w:attachedTemplate", "w:linkStyles", "w:stylePaneFormatFilter", "w:stylePaneSortMethod",
    "w:documentType", "w:mailMerge", "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves",
    "w:doNotTrackFormatting", "w:documentProtection", "w:autoFormatOverride",
    "w:styleLockTheme", "w:styleLockQFSet", "w:defaultTabStop", "w:autoHyphenation",
    "w:consecutiveHyphenLimit", "w:hyphenationZone", "w:doNotHyphenateCaps", "w:showEnvelope",
    "w:summaryLength", "w:clickAndTypeStyle", "w:defaultTableStyle", "w:evenAndOddHeaders",
    "w:bookFoldRevPrinting", "w:bookFoldPrinting", "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery", "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin", "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin", "w:doNotShadeFormData", "w:noPunctuationKerning",
    "w:characterSpacingControl", "w:printTwoOnOne", "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter", "w:noLineBreaksBefore", "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema", "w:saveInvalidXml", "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags", "w:alwaysMergeEmptyNamespace",
    "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat",
    "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures",
    "w:forceUpgrade", "w:captions", "w:readModeInkLockDown", "w:smartTagType",
    "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol",
    "w:listSeparator",
)  # fmt: skip


def insert_in_order(parent: Any, element: Any, sequence: tuple[str, ...]) -> None:
    """Insert `element` among `parent`'s children where `sequence` (the schema's order)
    puts it: before the first child that comes later in it, or that it does not name (an
    extension element, which follows the schema's own)."""
    order = {qn(tag): i for i, tag in enumerate(sequence)}
    rank = order[element.tag]
    for child in parent:
        if not isinstance(child.tag, str):
            continue  # a comment or processing instruction
        if order.get(child.tag, len(order)) > rank:
            child.addprevious(element)
            return
    parent.append(element)


def add_field(
    paragraph: Paragraph, instruction: str, cached: str, run_props: Run | None = None
) -> None:
    """A complex field (begin, instruction, separate, cached result, end) in one paragraph."""
    for kind, text in (
        ("begin", None),
        ("instr", instruction),
        ("separate", None),
        ("result", cached),
        ("end", None),
    ):
        run = paragraph.add_run()
        if run_props is not None:
            run.font.bold = run_props.font.bold
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
        elif kind == "result":
            run.text = text or ""
        else:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)


def field_begin(paragraph: Paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "begin")
    run._r.append(fld)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "separate")
    run._r.append(fld)


def field_end(paragraph: Paragraph) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "end")
    run._r.append(fld)


def bookmark(paragraph: Paragraph, name: str, ident: int) -> None:
    """Wrap the paragraph's content in a bookmark (TOC entries and measure links point here)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    p = paragraph._p
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def internal_link(paragraph: Paragraph, anchor: str) -> Paragraph:
    """Start a hyperlink to a bookmark; runs added to the returned proxy go inside it."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    parent: Any = paragraph._parent
    return Paragraph(link, parent)


def set_cell_width(table: Table, widths: Sequence[int]) -> None:
    """Widths (twips) both readers respect: LibreOffice reads the grid, Word the cell widths."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    table.autofit = False  # w:tblLayout type="fixed"
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.insert_element_before(tblw, *_TBLPR_SEQ[_TBLPR_SEQ.index("w:tblW") + 1 :])
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(widths)))
    grid = tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(width))
    # the w:tcW of each w:tc, set directly (the report merges no cells, so a row's w:tc are
    # its grid columns): python-docx's row.cells and cell.width resolve merged cells and
    # build proxies for every cell, most of the time of writing a large planning grid; a
    # cell without its w:tcW (never one CT_Tbl.new_tbl makes) gets it through python-docx
    tc_tag, tcpr_tag, tcw_tag = qn("w:tc"), qn("w:tcPr"), qn("w:tcW")
    w_attr, type_attr = qn("w:w"), qn("w:type")
    for tr in tbl.tr_lst:
        for tc, width in zip(tr.iterchildren(tc_tag), widths, strict=True):
            tcpr = tc.find(tcpr_tag)
            tcw = tcpr.find(tcw_tag) if tcpr is not None else None
            if tcw is None:
                tc.get_or_add_tcPr().width = Twips(width)
                continue
            tcw.set(type_attr, "dxa")
            tcw.set(w_attr, str(width))


def split_width(total: int, shares: Sequence[float]) -> list[int]:
    """`total` twips in columns proportional to `shares`, whole twips that add up to no more
    than `total` (the last column takes what rounding left)."""
    whole = sum(shares)
    widths = [int(total * share / whole) for share in shares[:-1]]
    return [*widths, total - sum(widths)]


def row_properties(row: _Row, *, header: bool = False, cant_split: bool = True) -> None:
    tr = row._tr
    trpr = tr.find(qn("w:trPr"))
    if trpr is None and tr.find(qn("w:tblPrEx")) is None:
        trpr = speedups.sub(tr, "w:trPr")
        tr.insert(0, trpr)  # first in the row, as get_or_add_trPr puts it
    elif trpr is None:
        trpr = tr.get_or_add_trPr()
    if cant_split:
        speedups.sub(trpr, "w:cantSplit")
    if header:
        speedups.sub(trpr, "w:tblHeader")


def shade(cell_element: object, fill: str) -> None:
    tcpr = cell_element._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.insert_element_before(
        shd,
        "w:noWrap",
        "w:tcMar",
        "w:textDirection",
        "w:tcFitText",
        "w:vAlign",
        "w:hideMark",
        "w:headers",
        "w:cellIns",
        "w:cellDel",
        "w:cellMerge",
        "w:tcPrChange",
    )


def table_description(table: Table, title: str) -> None:
    """tblCaption: the table's accessible name."""
    tblpr = table._tbl.tblPr
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), title)
    tblpr.insert_element_before(caption, "w:tblDescription", "w:tblPrChange")
