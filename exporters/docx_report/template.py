"""The document the report is written into: python-docx's blank document (the project's own
style) or a `--template` (a municipality's house style), reduced to what a house style is.

Like pandoc's reference document, a template gives its styles (and the numbering and theme
they use), its page setup (the last section's page size, margins and header distances) and
its headers and footers (with their images). Nothing else is carried over: not its body text,
comments, footnotes or endnotes, thumbnail, custom XML, glossary (building blocks), people,
custom properties, macros, printer settings, attached-template path, document variables or
protection. The report's own footnotes part replaces the template's.

Either way the package is made valid for Word, which is stricter than LibreOffice:
compatibility mode 15 (no "[Compatibiliteitsmodus]"), no stale `stylesWithEffects.xml`,
`w:zoom` with its required `w:percent`.

A file that cannot be a template (not a zip, no main document, an encrypted or an old .doc
file) raises TemplateError with a sentence for the user; a Word template (.dotx, or the
macro-enabled .docm/.dotm, whose macros are dropped) is read as a document.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml as serialize
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Length

from plancheck.exporters.docx_report import ooxml, order


class TemplateError(Exception):
    """The --template file cannot be used as a reference document."""


DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# The main part of a Word document, a Word template, and their macro-enabled kinds.
_WORD_MAIN = {
    DOCUMENT_MAIN: "document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "template",
    "application/vnd.ms-word.document.macroEnabled.main+xml": "macro-enabled document",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": "macro-enabled template",
}
THEME_CT = "application/vnd.openxmlformats-officedocument.theme+xml"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: .doc, or encrypted OOXML
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

# The document part's relationships a house style consists of; headers and footers are kept
# when the last section uses them.
_KEEP = {RT.STYLES, RT.NUMBERING, RT.SETTINGS, RT.WEB_SETTINGS, RT.FONT_TABLE, RT.THEME}
_HEADERS_FOOTERS = {RT.HEADER, RT.FOOTER}
# settings.xml children that belong to the template file, not to its style: the path of the
# template it was made from, mail merge, protection and change tracking, document variables,
# XML schemas, "update fields on open" (Word would ask the reader), the proofing state and
# the thumbnail request (the report carries no thumbnail).
_SETTINGS_DROPPED = (
    "w:writeProtection",
    "w:proofState",
    "w:attachedTemplate",
    "w:linkStyles",
    "w:mailMerge",
    "w:revisionView",
    "w:trackRevisions",
    "w:documentProtection",
    "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema",
    "w:saveInvalidXml",
    "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText",
    "w:doNotDemarcateInvalidXml",
    "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving",
    "w:saveThroughXslt",
    "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace",
    "w:updateFields",
    "w:docVars",
    "w:attachedSchema",
    "w:forceUpgrade",
    "w:readModeInkLockDown",
    "sl:schemaLibrary",
)
WORD_2013 = "15"  # compatibilityMode: Word 2013 and later, no compatibility mode
_WORD_URI = "http://schemas.microsoft.com/office/word"

# The published page: A4 portrait, these margins (cm). A template keeps its own, and gets
# these only where it says nothing.
PAGE_WIDTH_CM, PAGE_HEIGHT_CM = 21.0, 29.7
MARGINS_CM = {
    "left_margin": 2.5,
    "right_margin": 2.5,
    "top_margin": 3.2,
    "bottom_margin": 2.2,
    "header_distance": 1.0,
    "footer_distance": 1.0,
}


def open_document(template: Path | None) -> Document:
    """The blank document for the project's own style, or the template reduced to its house
    style; either way with an empty body and a page setup, ready to write into."""
    if template is None:
        doc = docx.Document()
        _reduce(doc, in_order=True)
        _own_page_setup(doc.sections[0])
        return doc
    data = _template_bytes(template)
    try:
        doc = docx.Document(io.BytesIO(data))
        _reduce(doc)
        _complete_page_setup(doc.sections[0])
    except TemplateError:
        raise
    except Exception as err:  # python-docx and lxml raise many kinds for a damaged part
        raise TemplateError(
            f"{template}: not a Word .docx file that can be used as a template ({err})"
        ) from err
    return doc


def _template_bytes(path: Path) -> bytes:
    """The template's bytes, checked to be a Word package; a .dotx (.docm, .dotm) gets the
    content type of a document, which is all that tells them apart for python-docx."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise TemplateError(f"{path}: cannot be read ({err.strerror or err})") from err
    if data.startswith(_CFB_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise TemplateError(
                f"{path}: is protected with a password (an encrypted Word file); save the "
                "house style without a password (File > Info > Protect Document) and use that"
            )
        raise TemplateError(
            f"{path}: is an old Word 97-2003 file (.doc/.dot), not a Word .docx file that "
            "can be used as a template; save it as .docx or .dotx"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return _checked_package(path, package, data)
    except zipfile.BadZipFile as err:
        raise TemplateError(
            f"{path}: not a Word .docx file that can be used as a template (not a zip "
            f"package: {err})"
        ) from err
    except (KeyError, ValueError, SyntaxError, EOFError, OSError) as err:  # lxml's errors too
        raise TemplateError(
            f"{path}: not a Word .docx file that can be used as a template (a damaged "
            f"package: {err})"
        ) from err


def _checked_package(path: Path, package: zipfile.ZipFile, data: bytes) -> bytes:
    names = set(package.namelist())
    broken = package.testzip()
    if broken is not None:
        raise TemplateError(
            f"{path}: not a Word .docx file that can be used as a template (the zip entry "
            f"{broken} is damaged)"
        )
    if "mimetype" in names and "[Content_Types].xml" not in names:
        kind = package.read("mimetype").decode("ascii", "replace").strip()
        raise TemplateError(
            f"{path}: is an OpenDocument file ({kind}), not a Word .docx file; save it as "
            ".docx (Word 2007-365) and use that"
        )
    if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
        raise TemplateError(
            f"{path}: not a Word .docx file that can be used as a template (a zip without "
            "[Content_Types].xml or _rels/.rels)"
        )
    rels = parse_xml(package.read("_rels/.rels"))
    main = next(
        (
            r.get("Target", "")
            for r in rels.iter(f"{_REL_NS}Relationship")
            if r.get("Type") == RT.OFFICE_DOCUMENT
        ),
        None,
    )
    if main is None:
        raise TemplateError(
            f"{path}: not a Word .docx file that can be used as a template (it has no main "
            "document, word/document.xml)"
        )
    member = str(PurePosixPath("/", main)).lstrip("/")
    if member not in names:
        raise TemplateError(
            f"{path}: not a Word .docx file that can be used as a template (its main "
            f"document {member} is missing)"
        )
    types = parse_xml(package.read("[Content_Types].xml"))
    override = next(
        (o for o in types.iter(f"{_CT_NS}Override") if o.get("PartName") == "/" + member),
        None,
    )
    content_type = override.get("ContentType") if override is not None else None
    if override is None or content_type not in _WORD_MAIN:
        raise TemplateError(
            f"{path}: not a Word .docx file that can be used as a template (its main part "
            f"is {content_type or 'of no known type'})"
        )
    if content_type == DOCUMENT_MAIN:
        return data
    override.set("ContentType", DOCUMENT_MAIN)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in package.infolist():
            if info.filename == "[Content_Types].xml":
                target.writestr(info, serialize(types))
            else:
                target.writestr(info, package.read(info.filename))
    return out.getvalue()


# -- what is kept --------------------------------------------------------------------------------
def _reduce(doc: Document, *, in_order: bool = False) -> None:
    """Keep styles, numbering, settings, fonts, theme, page setup and the last section's
    headers and footers; drop the rest of the package. `in_order`: the parts are in the
    schema's order already (python-docx's blank document is: tests/exporters/
    test_docx_speedups.py), and the look at every element of them is left out."""
    _empty_body(doc)
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype not in (RT.OFFICE_DOCUMENT, RT.EXTENDED_PROPERTIES):
            # thumbnail, custom properties, signatures, add-ins; the core properties are
            # made anew (python-docx creates them on first use) and filled from the plan
            del package.rels[rel_id]
    referenced = _relationship_ids(doc.element)
    part = doc.part
    for rel_id, rel in list(part.rels.items()):
        keep = rel.reltype in _KEEP or (rel.reltype in _HEADERS_FOOTERS and rel_id in referenced)
        if not keep or rel.is_external:
            # stylesWithEffects (Word 2010's copy of the styles, stale once they change),
            # comments, footnotes, endnotes, glossary, custom XML, people, images of the body
            del part.rels[rel_id]
    if not any(rel.reltype == RT.THEME for rel in part.rels.values()):
        _default_theme(doc)
    _settings(doc)
    if in_order:
        return
    for rel in part.rels.values():
        if rel.reltype in (RT.STYLES, RT.NUMBERING, RT.SETTINGS, *_HEADERS_FOOTERS):
            element = getattr(rel.target_part, "element", None)
            if element is not None:
                order.put_in_order(element)
    order.put_in_order(doc.element.body)


def _default_theme(doc: Document) -> None:
    """Office's theme (from python-docx's blank document) for a template without one, as
    LibreOffice writes them: Word's validator requires the part."""
    blank = docx.Document()
    theme = blank.part.part_related_by(RT.THEME)
    part = Part(PackURI("/word/theme/theme1.xml"), THEME_CT, theme.blob, doc.part.package)
    doc.part.relate_to(part, RT.THEME)


def _empty_body(doc: Document) -> None:
    """The body without its content: only the last section's properties remain."""
    body = doc.element.body
    sect_pr = None
    for child in list(body):
        if child.tag == qn("w:sectPr"):
            sect_pr = child
        body.remove(child)
    if sect_pr is None:
        sect_pr = OxmlElement("w:sectPr")
    for printer in sect_pr.findall(qn("w:printerSettings")):
        sect_pr.remove(printer)  # a printer's binary settings, not page setup
    body.append(sect_pr)
    # a page background that needs a picture would point at a dropped relationship
    for background in doc.element.findall(qn("w:background")):
        if _relationship_ids(background):
            doc.element.remove(background)


def _relationship_ids(element: Any) -> set[str]:
    """The relationship ids an element and its descendants use (r:id, r:embed, ...)."""
    return {
        value
        for node in element.iter()
        for name, value in node.attrib.items()
        if name.startswith(_R_NS)
    }


def _settings(doc: Document) -> None:
    settings = doc.settings.element
    for tag in _SETTINGS_DROPPED:
        for found in settings.findall(qn(tag)):
            settings.remove(found)
    for note_pr in (settings.find(qn("w:footnotePr")), settings.find(qn("w:endnotePr"))):
        if note_pr is None:
            continue
        # the separator notes they name are the template's; ours are named when made
        for special in note_pr.findall(qn("w:footnote")) + note_pr.findall(qn("w:endnote")):
            note_pr.remove(special)
        if len(note_pr) == 0:
            settings.remove(note_pr)
    zoom = settings.find(qn("w:zoom"))
    if zoom is None:
        zoom = OxmlElement("w:zoom")
        ooxml.insert_in_order(settings, zoom, ooxml.SETTINGS_SEQ)
    if zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")  # required by the schema; Word refuses it missing
    _compatibility_mode(settings)
    settings_part = doc.part._settings_part
    referenced = _relationship_ids(settings)
    for rel_id in list(settings_part.rels):
        if rel_id not in referenced:
            del settings_part.rels[rel_id]  # the attached template's path, mail merge data


def _compatibility_mode(settings: Any) -> None:
    """compatibilityMode 15: without it (or with python-docx's 14) Word opens the report in
    compatibility mode and lays it out as an older Word would."""
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        ooxml.insert_in_order(settings, compat, ooxml.SETTINGS_SEQ)
    mode = next(
        (
            s
            for s in compat.findall(qn("w:compatSetting"))
            if s.get(qn("w:name")) == "compatibilityMode"
        ),
        None,
    )
    if mode is None:
        mode = OxmlElement("w:compatSetting")
        mode.set(qn("w:name"), "compatibilityMode")
        mode.set(qn("w:uri"), _WORD_URI)
        compat.append(mode)
    mode.set(qn("w:val"), WORD_2013)


# -- page setup ----------------------------------------------------------------------------------
def _own_page_setup(section: Section) -> None:
    """A4 with the published margins."""
    from docx.enum.section import WD_ORIENT

    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
    for attribute, cm in MARGINS_CM.items():
        setattr(section, attribute, Cm(cm))


def _complete_page_setup(section: Section) -> None:
    """A template keeps its page setup; what it leaves out (pandoc's reference document has
    an empty w:sectPr) is the published page's."""
    if section.page_width is None or section.page_height is None:
        section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
    for attribute, cm in MARGINS_CM.items():
        if getattr(section, attribute) is None:
            setattr(section, attribute, Cm(cm))


def header_and_footer_elements(doc: Document) -> list[Any]:
    """The root elements of the headers and footers the document has (a template's)."""
    return [
        rel.target_part.element
        for rel in doc.part.rels.values()
        if rel.reltype in _HEADERS_FOOTERS and not rel.is_external
    ]


def text_width(doc: Document) -> Length:
    """The width between the margins of the report's section: page width minus the left and
    right margins and the gutter (unless the gutter is at the top). Tables and the TOC's
    right tab stop are this wide."""
    section = doc.sections[0]
    width = int(section.page_width or Cm(PAGE_WIDTH_CM))
    width -= int(section.left_margin or 0) + int(section.right_margin or 0)
    at_top = doc.settings.element.find(qn("w:gutterAtTop"))
    if at_top is None or at_top.get(qn("w:val"), "true") in ("0", "false", "off"):
        width -= int(section.gutter or 0)
    return Length(max(width, int(Cm(2))))
