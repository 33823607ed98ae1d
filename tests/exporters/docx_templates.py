"""House-style templates for tests/exporters/test_docx_templates.py, made the way they come
to the secretariat, and a check of a .docx package's validity for Word.

- `pandoc`: pandoc's own reference document (`pandoc -o ref.docx --print-default-data-file
  reference.docx`): styles named "Heading 1" and "Footnote Text", no Header or Table Grid
  style, an empty w:sectPr, comments, footnotes, custom properties, elements out of the
  schema's order.
- `word-nl`: a document as Word in Dutch saves it: style ids localized ("Standaard", "Kop1",
  "Koptekst", "Inhopg1") while the names stay "Normal", "heading 1", "header", "toc 1";
  numbered headings; no Table Grid; a 15.5 cm column (A4, 2.75 cm margins) with a TOC style
  whose right tab stop is still at 16 cm; a logo and a footer; Word 2010's
  stylesWithEffects.xml, a thumbnail and custom XML (python-docx's blank document, which
  Word saved, has them).
- `word-parts`: everything a template must not pass on: body text with a reviewer's comment
  ("dit sjabloon niet naar de Inspecties sturen"), people, footnotes and endnotes, a glossary
  document (building blocks), custom XML and custom properties, a thumbnail, the attached
  template's path, document variables, protection, change tracking, "update fields", a
  hyperlink, even-page headers.
- `libreoffice`: an .odt (US Letter, 2.54 cm margins: a 16.51 cm column) that LibreOffice
  converts to .docx.
- `dotx`: a Word template (.dotx) rather than a document.
"""

from __future__ import annotations

import io
import re
import struct
import subprocess
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from docx_report_helpers import LIBREOFFICE_HINT, TIMEOUT_S
from lxml import etree
from support import require_tool

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
TEMPLATE_TEXT = "SJABLOONTEKST"  # in every template's body, never in a report
COMMENT_TEXT = "dit sjabloon niet naar de Inspecties sturen"

# Word in Dutch: the ids of the built-in styles it writes (the names stay English).
DUTCH_IDS = {
    "Normal": "Standaard",
    "Heading1": "Kop1",
    "Heading2": "Kop2",
    "Heading3": "Kop3",
    "Heading1Char": "Kop1Char",
    "Heading2Char": "Kop2Char",
    "Heading3Char": "Kop3Char",
    "Title": "Titel",
    "TitleChar": "TitelChar",
    "Subtitle": "Ondertitel",
    "SubtitleChar": "OndertitelChar",
    "Header": "Koptekst",
    "HeaderChar": "KoptekstChar",
    "Footer": "Voettekst",
    "FooterChar": "VoettekstChar",
    "TOCHeading": "Kopvaninhoudsopgave",
    "ListBullet": "Lijstopsomteken",
    "ListBullet2": "Lijstopsomteken2",
    "ListBullet3": "Lijstopsomteken3",
    "ListContinue": "Lijstvoortzetting",
    "ListContinue2": "Lijstvoortzetting2",
    "ListContinue3": "Lijstvoortzetting3",
    "TableNormal": "Standaardtabel",
    "DefaultParagraphFont": "Standaardalinea-lettertype",
    "NoList": "Geenlijst",
}
DUTCH_MARGIN_CM = 2.75  # A4 with a 15.5 cm column
OLD_TOC_TAB = 9072  # twips: 16 cm, where Word put the TOC's right tab for the old column


# -- building blocks -----------------------------------------------------------------------------
def png(width: int = 60, height: int = 24) -> bytes:
    """A small blue PNG: the municipality's logo."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + b"\x20\x60\xa0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class Package:
    """A .docx as a dict of parts, for the edits python-docx has no API for."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            self.parts = {name: package.read(name) for name in package.namelist()}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    def set_xml(self, name: str, element: etree._Element) -> None:
        self.parts[name] = etree.tostring(element, xml_declaration=True, encoding="UTF-8")

    def add_part(self, name: str, content_type: str, data: bytes, source: str, reltype: str) -> str:
        """Add a part, its content type and a relationship to it from `source` ("" for the
        package); returns the relationship id."""
        self.parts[name] = data
        types = self.xml("[Content_Types].xml")
        etree.SubElement(
            types, f"{{{CT_NS}}}Override", PartName="/" + name, ContentType=content_type
        )
        self.set_xml("[Content_Types].xml", types)
        folder = str(PurePosixPath(source).parent) if source else ""
        target = str(PurePosixPath(name).relative_to(folder)) if folder else name
        return self.relate(source, reltype, target)

    def relate(self, source: str, reltype: str, target: str, external: bool = False) -> str:
        path = PurePosixPath(source)
        rels_name = str(path.parent / "_rels" / (path.name + ".rels")) if source else "_rels/.rels"
        if rels_name in self.parts:
            rels = self.xml(rels_name)
        else:
            rels = etree.Element(f"{{{REL_NS}}}Relationships", nsmap={None: REL_NS})
        used = {r.get("Id") for r in rels}
        n = 1
        while f"rId{n}" in used:
            n += 1
        rel = etree.SubElement(rels, f"{{{REL_NS}}}Relationship", Id=f"rId{n}", Type=reltype)
        rel.set("Target", target)
        if external:
            rel.set("TargetMode", "External")
        self.set_xml(rels_name, rels)
        return f"rId{n}"

    def bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in self.parts.items():
                package.writestr(name, data)
        return out.getvalue()


def saved(doc: object) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


# -- the templates -------------------------------------------------------------------------------
def pandoc_reference(folder: Path) -> Path:
    pandoc = require_tool("pandoc", "apt-get install pandoc")
    path = folder / "pandoc-reference.docx"
    subprocess.run(
        [pandoc, "-o", str(path), "--print-default-data-file", "reference.docx"],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
    )
    return path


def word_dutch(folder: Path) -> Path:
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(DUTCH_MARGIN_CM)
    section.top_margin = section.bottom_margin = Cm(2.5)
    header = section.header.paragraphs[0]
    header.add_run().add_picture(io.BytesIO(png()), width=Cm(3.0))
    header.add_run("  Gemeente Voorbeeld")
    section.footer.paragraphs[0].text = "Gemeente Voorbeeld - Postbus 1 - 1234 AB Voorbeeld"
    doc.add_paragraph(TEMPLATE_TEXT, style="Heading 1")
    doc.styles["Normal"].font.name = "Verdana"
    styles = doc.styles.element
    # Word writes the TOC, footnote and table styles a document uses, under Dutch ids
    for xml in (
        '<w:style w:type="paragraph" w:styleId="Inhopg1"><w:name w:val="toc 1"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
        f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{OLD_TOC_TAB}"/></w:tabs>'
        '<w:spacing w:after="100"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Inhopg2"><w:name w:val="toc 2"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>'
        '<w:pPr><w:spacing w:after="100"/><w:ind w:left="220"/></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Voetnoottekst"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="Voetnootmarkering">'
        '<w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        "</w:style>",
    ):
        styles.append(parse_xml(xml.replace("<w:style ", f"<w:style {nsdecls('w')} ", 1)))
    for style in styles.findall(f"{{{W_NS}}}style"):
        if style.get(qn("w:styleId")) == "TableGrid":
            styles.remove(style)  # Word saves only the table styles a document uses
    # numbered headings (1, 1.1) in the house style: the report writes its own numbers
    numbering = doc.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl></w:abstractNum>'
        ),
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    for style_id, level in (("Heading1", 0), ("Heading2", 1)):
        style = styles.find(f"{{{W_NS}}}style[@{{{W_NS}}}styleId='{style_id}']")
        ppr = style.find(qn("w:pPr"))
        ppr.find(qn("w:keepLines")).addnext(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            )
        )
    settings = doc.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    package = Package(saved(doc))
    # the localization: every id and every reference to one, never a name
    references = {qn(f"w:{tag}") for tag in ("basedOn", "next", "link", "pStyle", "rStyle")}
    localized = [
        n
        for n in package.parts
        if re.fullmatch(r"word/(styles|numbering|document|header\d*|footer\d*)\.xml", n)
    ]
    for name in localized:
        root = package.xml(name)
        for element in root.iter(qn("w:style"), *references):
            attribute = qn("w:styleId") if element.tag == qn("w:style") else qn("w:val")
            element.set(attribute, DUTCH_IDS.get(element.get(attribute), element.get(attribute)))
        package.set_xml(name, root)
    path = folder / "huisstijl-nl.docx"
    path.write_bytes(package.bytes())
    return path


def word_parts(folder: Path) -> Path:
    doc = docx.Document()
    doc.core_properties.author = "Sjabloonmaker"
    doc.core_properties.comments = "intern sjabloon"
    section = doc.sections[0]
    section.header.paragraphs[0].text = "HUISSTIJL"
    # a style id this (English) template does not have, as when a Dutch header was pasted in
    section.header.add_paragraph("Afdeling Sociaal Domein")._p.style = "Koptekst"
    doc.settings.odd_and_even_pages_header_footer = True
    section.even_page_header.paragraphs[0].text = "EVEN-HUISSTIJL"
    paragraph = doc.add_paragraph(f"{TEMPLATE_TEXT} die niet in het rapport hoort")
    doc.add_comment(paragraph.runs, text=COMMENT_TEXT, author="Recensent", initials="R")
    package = Package(saved(doc))
    document = package.xml("word/document.xml")
    body = document.find(qn("w:body"))
    link_id = package.relate(
        "word/document.xml", RT + "hyperlink", "https://intranet.example/sjabloon", external=True
    )
    body.insert(
        0,
        parse_xml(
            f'<w:p {nsdecls("w", "r")}><w:hyperlink r:id="{link_id}"><w:r><w:t>{TEMPLATE_TEXT}'
            '-LINK</w:t></w:r></w:hyperlink><w:r><w:footnoteReference w:id="1"/></w:r>'
            '<w:r><w:endnoteReference w:id="1"/></w:r></w:p>'
        ),
    )
    package.set_xml("word/document.xml", document)
    notes = {
        "footnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        "endnote": "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
    }
    for kind, content_type in notes.items():
        xml = (
            f"<w:{kind}s {nsdecls('w')}>"
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            f"</w:r></w:p></w:{kind}>"
            f'<w:{kind} w:id="1"><w:p><w:r><w:t>{TEMPLATE_TEXT}-{kind.upper()}</w:t></w:r></w:p>'
            f"</w:{kind}></w:{kind}s>"
        )
        package.add_part(
            f"word/{kind}s.xml", content_type, xml.encode(), "word/document.xml", RT + f"{kind}s"
        )
    package.add_part(
        "word/people.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
        b'<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        b'<w15:person w15:author="Recensent"><w15:presenceInfo w15:providerId="None" '
        b'w15:userId="Recensent"/></w15:person></w15:people>',
        "word/document.xml",
        "http://schemas.microsoft.com/office/2011/relationships/people",
    )
    package.add_part(
        "word/glossary/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
        (
            f"<w:glossaryDocument {nsdecls('w')}><w:docParts><w:docPart><w:docPartPr>"
            '<w:name w:val="Bouwsteen"/><w:category><w:name w:val="Algemeen"/>'
            '<w:gallery w:val="placeholder"/></w:category><w:guid w:val="{6B2D7A4E-0000-4000-8000-000000000001}"/>'
            f"</w:docPartPr><w:docPartBody><w:p><w:r><w:t>{TEMPLATE_TEXT}-BOUWSTEEN</w:t></w:r>"
            "</w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"
        ).encode(),
        "word/document.xml",
        RT + "glossaryDocument",
    )
    package.add_part(
        "docProps/custom.xml",
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Classificatie">'
        b"<vt:lpwstr>intern</vt:lpwstr></property></Properties>",
        "",
        RT + "custom-properties",
    )
    template_id = package.relate(
        "word/settings.xml",
        RT + "attachedTemplate",
        "file:///C:/Users/sjabloon/AppData/Roaming/Microsoft/Templates/Normal.dotm",
        external=True,
    )
    settings = package.xml("word/settings.xml")
    zoom = settings.find(qn("w:zoom"))
    for xml in reversed(
        (
            f'<w:attachedTemplate {nsdecls("w", "r")} r:id="{template_id}"/>',
            f"<w:trackRevisions {nsdecls('w')}/>",
            f'<w:documentProtection {nsdecls("w")} w:edit="readOnly" w:enforcement="1"/>',
        )
    ):
        zoom.addnext(parse_xml(xml))  # out of the schema's order: they are dropped anyway
    compat = settings.find(qn("w:compat"))
    compat.addprevious(
        parse_xml(
            f'<w:footnotePr {nsdecls("w")}><w:numFmt w:val="lowerRoman"/>'
            '<w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        )
    )
    compat.addprevious(
        parse_xml(
            f'<w:endnotePr {nsdecls("w")}><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        )
    )
    compat.addnext(
        parse_xml(
            f'<w:docVars {nsdecls("w")}><w:docVar w:name="zaaknummer" w:val="Z-2018-0001"/></w:docVars>'
        )
    )
    settings.find(qn("w:defaultTabStop")).addprevious(
        parse_xml(f"<w:updateFields {nsdecls('w')}/>")
    )
    package.set_xml("word/settings.xml", settings)
    path = folder / "huisstijl-alles.docx"
    path.write_bytes(package.bytes())
    return path


ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'"
    fo:font-size="11pt" fo:language="nl" fo:country="NL"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="1">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#00689e"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm"
    fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">ODT-HUISSTIJL</text:p></style:header>
  </style:master-page>
 </office:master-styles>
</office:document-styles>
"""
ODT_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
 <office:body><office:text>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">{TEMPLATE_TEXT} kop</text:h>
  <text:p text:style-name="Standard">{TEMPLATE_TEXT} die niet in het rapport hoort</text:p>
 </office:text></office:body>
</office:document-content>
"""
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml", ODT_MANIFEST, zipfile.ZIP_DEFLATED)
        package.writestr("styles.xml", ODT_STYLES, zipfile.ZIP_DEFLATED)
        package.writestr("content.xml", ODT_CONTENT, zipfile.ZIP_DEFLATED)
    return path


def libreoffice(folder: Path) -> Path:
    soffice = require_tool("soffice", LIBREOFFICE_HINT)
    source = odt(folder / "huisstijl-lo.odt")
    profile = folder / "lo-profile-template"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
    )
    path = folder / "huisstijl-lo.docx"
    assert path.is_file(), "LibreOffice wrote no .docx"
    return path


def dotx(folder: Path) -> Path:
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Verdana"
    doc.sections[0].header.paragraphs[0].text = "DOTX-HUISSTIJL"
    package = Package(saved(doc))
    types = package.xml("[Content_Types].xml")
    for override in types:
        if override.get("PartName") == "/word/document.xml":
            override.set(
                "ContentType",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            )
    package.set_xml("[Content_Types].xml", types)
    path = folder / "huisstijl.dotx"
    path.write_bytes(package.bytes())
    return path


MAKERS: dict[str, Callable[[Path], Path]] = {
    "pandoc": pandoc_reference,
    "word-nl": word_dutch,
    "word-parts": word_parts,
    "libreoffice": libreoffice,
    "dotx": dotx,
}


# -- validity for Word ---------------------------------------------------------------------------
def _rels_name(part: str) -> str:
    path = PurePosixPath(part)
    return str(path.parent / "_rels" / (path.name + ".rels"))


def _source_of(rels_name: str) -> str:
    path = PurePosixPath(rels_name)
    folder = path.parent.parent
    name = path.name[: -len(".rels")]
    return "" if name == "" else str(folder / name).lstrip("./")


def _resolve(source: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    base = PurePosixPath(source).parent if source else PurePosixPath("")
    parts: list[str] = []
    for piece in (base / target).parts:
        if piece == "..":
            if parts:
                parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


def package_problems(parts: dict[str, bytes]) -> list[str]:
    """What Word (stricter than LibreOffice) finds wrong with a package: parts without a
    content type, overrides or relationships that point nowhere, two relationships of one
    part to the same target, relationship ids used in a part's XML that it does not have,
    parts nothing relates to, compatibility mode other than 15, a stale stylesWithEffects,
    w:zoom without w:percent."""
    problems: list[str] = []
    types = etree.fromstring(parts["[Content_Types].xml"])
    defaults = {
        d.get("Extension", "").lower(): d.get("ContentType")
        for d in types.iter(f"{{{CT_NS}}}Default")
    }
    overrides = {
        o.get("PartName", "").lstrip("/"): o.get("ContentType")
        for o in types.iter(f"{{{CT_NS}}}Override")
    }
    for name in overrides:
        if name not in parts:
            problems.append(f"content type override for a missing part {name}")
    for name in parts:
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        extension = name.rsplit(".", 1)[-1].lower()
        if name not in overrides and extension not in defaults:
            problems.append(f"{name} has no content type")
    targeted: set[str] = set()
    for rels_name in [n for n in parts if n.endswith(".rels")]:
        source = _source_of(rels_name)
        if source and source not in parts:
            problems.append(f"{rels_name} belongs to a missing part {source}")
            continue
        rels = etree.fromstring(parts[rels_name])
        ids: set[str] = set()
        seen: dict[str, str] = {}
        for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
            ids.add(rel.get("Id", ""))
            if rel.get("TargetMode") == "External":
                continue
            target = _resolve(source, rel.get("Target", ""))
            targeted.add(target)
            if target not in parts:
                problems.append(f"{rels_name}: {rel.get('Id')} points to a missing {target}")
            if target in seen:
                problems.append(
                    f"{rels_name}: {seen[target]} and {rel.get('Id')} both point to {target}"
                )
            seen[target] = rel.get("Id", "")
        if source.endswith(".xml"):
            used = {
                value
                for node in etree.fromstring(parts[source]).iter()
                for key, value in node.attrib.items()
                if key.startswith(f"{{{R_NS}}}")
            }
            for missing in sorted(used - ids):
                problems.append(f"{source} uses relationship {missing}, which it does not have")
    for name in parts:
        if name.endswith(".rels") or name == "[Content_Types].xml":
            continue
        if name not in targeted:
            problems.append(f"{name}: no relationship points to it")
    if any("stylesWithEffects" in name for name in parts):
        problems.append("a stylesWithEffects part (Word 2010's copy of the styles)")
    settings = etree.fromstring(parts["word/settings.xml"])
    modes = [
        s.get(qn("w:val"))
        for s in settings.iter(qn("w:compatSetting"))
        if s.get(qn("w:name")) == "compatibilityMode"
    ]
    if modes != ["15"]:
        problems.append(f"compatibilityMode {modes}, not 15")
    for zoom in settings.iter(qn("w:zoom")):
        if zoom.get(qn("w:percent")) is None:
            problems.append("w:zoom without w:percent")
    return problems
