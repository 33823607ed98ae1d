"""The report's styles: named here, defined only where the document (or template) lacks them.

As with pandoc's reference document, a `--template` .docx supplies the house style: every
style it defines is used as it is. Styles it lacks are added with the project's defaults,
which follow the published document (Arial 10 pt, bold numbered headings, italic table text).

A style is found by its name, as Word compares built-in names (without regard to case:
Word writes "heading 1", pandoc and LibreOffice "Heading 1"), and failing that by Word's
built-in style id ("Heading1"). Word in Dutch localizes the ids ("Standaard", "Kop1") but
not the names ("Normal", "heading 1"), so the name comes first. A style that is added gets
the built-in id, or a numbered one where the template already uses that id for another
style; the writer refers to every style by the id found here.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Length, Pt, RGBColor
from docx.styles.style import ParagraphStyle, StyleFactory

FONT = "Arial"

# Style names the writer uses. Word's built-in names where Word has one (as styles.xml
# spells them), so that the navigation pane, the TOC and accessibility checkers recognise them.
NORMAL = "Normal"
TITLE = "Title"
SUBTITLE = "Subtitle"
HEADING = ("heading 1", "heading 2", "heading 3")
TOC_HEADING = "TOC Heading"
TOC = ("toc 1", "toc 2")
BULLET = ("List Bullet", "List Bullet 2", "List Bullet 3")
# Running text uses the published document's "o" bullets; tables keep Word's round bullet.
BODY_BULLET = ("Body Bullet", "Body Bullet 2", "Body Bullet 3")
CONTINUE = ("List Continue", "List Continue 2", "List Continue 3")
NUMBERED = "Numbered Item"
FOOTNOTE_TEXT = "footnote text"
FOOTNOTE_REFERENCE = "footnote reference"
TABLE_TEXT = "Table Text"
HEADER = "header"
TABLE_GRID = "Table Grid"
NORMAL_TABLE = "Normal Table"

_P, _C, _T = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER, WD_STYLE_TYPE.TABLE
# name: (type, Word's built-in style id, whether Word knows it as a built-in style)
_KNOWN: dict[str, tuple[WD_STYLE_TYPE, str, bool]] = {
    NORMAL: (_P, "Normal", True),
    TITLE: (_P, "Title", True),
    SUBTITLE: (_P, "Subtitle", True),
    **{name: (_P, f"Heading{i}", True) for i, name in enumerate(HEADING, start=1)},
    TOC_HEADING: (_P, "TOCHeading", True),
    **{name: (_P, f"TOC{i}", True) for i, name in enumerate(TOC, start=1)},
    **{name: (_P, name.replace(" ", ""), True) for name in (*BULLET, *CONTINUE)},
    **{name: (_P, name.replace(" ", ""), False) for name in BODY_BULLET},
    NUMBERED: (_P, "NumberedItem", False),
    FOOTNOTE_TEXT: (_P, "FootnoteText", True),
    FOOTNOTE_REFERENCE: (_C, "FootnoteReference", True),
    TABLE_TEXT: (_P, "TableText", False),
    HEADER: (_P, "Header", True),
    TABLE_GRID: (_T, "TableGrid", True),
    NORMAL_TABLE: (_T, "TableNormal", True),
}


_STYLE, _TYPE, _NAME, _VAL = qn("w:style"), qn("w:type"), qn("w:name"), qn("w:val")


def _name_of(style: Any) -> str | None:
    """`style.name_val`, read directly (the writer looks styles up hundreds of times)."""
    name = style.find(_NAME)
    return None if name is None else name.get(_VAL)


def _key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


class _Index:
    """The styles part's styles by type and name, by type and id, and the default of each type,
    the first in document order of each: `find` runs about a hundred times for one report,
    and a scan of every style each time (python-docx's `styles[name]` is one too) was a large
    part of preparing the document. Valid while the styles part has as many styles as when
    it was made (children of any kind); `_add` adds its new style to it."""

    def __init__(self, element: Any) -> None:
        self.element = element
        self.by_name: dict[tuple[str | None, str], Any] = {}
        self.by_id: dict[tuple[str | None, str | None], Any] = {}
        self.by_id_key: dict[tuple[str | None, str], Any] = {}
        self.default: dict[str | None, Any] = {}
        self.ids: set[str] = set()  # every style's id as _key has it, of any type
        for style in element.iterchildren(_STYLE):
            self.add(style)
        self.size = len(element)  # its children (docDefaults, latentStyles and the styles)

    def add(self, style: Any) -> None:
        kind, style_id = style.get(_TYPE), style.styleId
        self.by_name.setdefault((kind, _key(_name_of(style))), style)
        self.by_id.setdefault((kind, style_id), style)
        self.by_id_key.setdefault((kind, _key(style_id)), style)
        if kind not in self.default and style.default:
            self.default[kind] = style
        self.ids.add(_key(style_id))


_INDEXES: weakref.WeakKeyDictionary[Any, _Index] = weakref.WeakKeyDictionary()


def _index(doc: Document) -> _Index:
    element = doc.styles.element
    index = _INDEXES.get(doc.part)
    if index is None or index.element is not element or index.size != len(element):
        index = _INDEXES[doc.part] = _Index(element)
    return index


def find(doc: Document, name: str) -> Any:
    """The document's style for one of the names above, or None: by name (any case), then
    by Word's built-in id; Normal is also the default paragraph style."""
    kind, builtin_id, _ = _KNOWN[name]
    wanted_type = kind.xml_value  # compared as written: python-docx's enum lookup is slow
    index = _index(doc)
    found = index.by_name.get((wanted_type, _key(name)))
    if found is None:
        found = index.by_id.get((wanted_type, builtin_id))
    if found is None:
        found = index.by_id_key.get((wanted_type, _key(builtin_id)))
    if found is None and name == NORMAL:
        found = index.default.get(wanted_type)
    return None if found is None else StyleFactory(found)


def get(doc: Document, name: str) -> Any:
    """The style for `name`; after prepare() every name the writer uses has one."""
    style = find(doc, name)
    if style is None:
        raise KeyError(f"no style {name!r}")
    return style


def _add(doc: Document, name: str) -> Any:
    """A new style named `name`, with Word's built-in id unless the document uses it
    already (then the id gets a number)."""
    kind, builtin_id, builtin = _KNOWN[name]
    element = doc.styles.element
    index = _index(doc)
    style_id, n = builtin_id, 1
    while _key(style_id) in index.ids:
        n += 1
        style_id = f"{builtin_id}{n}"
    style = element.add_style_of_type(name, kind, builtin)
    style.styleId = style_id
    if element[-1] is style and index.size + 1 == len(element):
        index.add(style)  # the last style in document order, so after every one it has
        index.size += 1
    return StyleFactory(style)


def _ensure(doc: Document, name: str) -> tuple[Any, bool]:
    """The style for `name`, and whether it had to be added."""
    style = find(doc, name)
    if style is not None:
        return style, False
    style = _add(doc, name)
    if name != NORMAL and _KNOWN[name][0] == _P:
        style.base_style = get(doc, NORMAL)
    return style, True


def _unnumbered_headings(doc: Document) -> None:
    """The report writes the published heading numbers (1, 2.1) itself: a house style
    whose heading styles number their paragraphs (a multilevel list on "Kop 1") would print
    each number twice. The numbering is taken off the heading styles (and the styles they
    are based on) and the list levels no longer point at them; a paragraph-level numId 0
    would do the same, but validators refuse it."""
    element = doc.styles.element
    heading_ids: set[str] = set()
    for name in HEADING:
        style: Any = get(doc, name).element
        seen: set[str] = set()
        while style is not None and style.styleId not in seen:
            seen.add(style.styleId)
            heading_ids.add(style.styleId)
            for num_pr in style.findall(f"{qn('w:pPr')}/{qn('w:numPr')}"):
                num_pr.getparent().remove(num_pr)
            based = style.find(qn("w:basedOn"))
            style = None if based is None else element.get_by_id(based.get(qn("w:val")))
    heading_ids.discard(get(doc, NORMAL).style_id)
    numbering = doc.part.numbering_part.element
    for level_style in numbering.iter(qn("w:pStyle")):
        if level_style.get(qn("w:val")) in heading_ids:
            level_style.getparent().remove(level_style)


@dataclass(frozen=True)
class _Para:
    name: str
    base: str | None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    before: float | None = None
    after: float | None = None
    keep_next: bool = False
    outline: int | None = None
    indent: float | None = None
    hanging: float | None = None
    tab: float | None = None
    color: str | None = None


_PARAGRAPH_STYLES = (
    _Para(HEADING[0], NORMAL, 13, True, False, 18, 8, True, 0, tab=1.0, color="000000"),
    _Para(HEADING[1], NORMAL, 11, True, False, 14, 6, True, 1, tab=1.0, color="000000"),
    _Para(HEADING[2], NORMAL, 11, True, True, 10, 3, True, 2, color="000000"),
    _Para(TOC_HEADING, NORMAL, 13, True, False, 0, 12, True),
    _Para(TOC[0], NORMAL, None, True, None, 6, 2, tab=1.0),
    _Para(TOC[1], NORMAL, None, None, True, 0, 2, indent=0.0, tab=1.0),
    _Para(NUMBERED, NORMAL, None, None, None, None, 4, indent=0.63, hanging=0.63),
    _Para(FOOTNOTE_TEXT, NORMAL, 9, None, None, 0, 0),
    _Para(TABLE_TEXT, NORMAL, 10, None, None, 0, 3),
    _Para(TITLE, NORMAL, 20, True, None, 120, 24, color="000000"),
    _Para(SUBTITLE, NORMAL, 12, None, None, 0, 6, color="000000"),
)


def _paragraph_style(doc: Document, spec: _Para, *, restyle: bool) -> ParagraphStyle:
    style, added = _ensure(doc, spec.name)
    if added:
        style.quick_style = True
        # In a template, a style added on top of its Normal keeps the template's font.
        _apply(style, spec, font_name=restyle)
    return style  # type: ignore[no-any-return]


def _apply(style: ParagraphStyle, spec: _Para, *, font_name: bool = True) -> None:
    font = style.font
    if font_name:
        font.name = FONT
        _drop_theme_fonts(style.element.get_or_add_rPr())
    if spec.size is not None:
        font.size = Pt(spec.size)
    font.bold = spec.bold
    font.italic = spec.italic
    if spec.color:
        font.color.rgb = RGBColor.from_string(spec.color)
    fmt = style.paragraph_format
    if spec.before is not None:
        fmt.space_before = Pt(spec.before)
    if spec.after is not None:
        fmt.space_after = Pt(spec.after)
    if spec.keep_next:
        fmt.keep_with_next = True
    if spec.indent is not None:
        fmt.left_indent = Cm(spec.indent)
    if spec.hanging is not None:
        fmt.first_line_indent = Cm(-spec.hanging)
    if spec.tab is not None and all(t.position.twips != Cm(spec.tab).twips for t in fmt.tab_stops):
        fmt.tab_stops.add_tab_stop(Cm(spec.tab))  # once, though _apply may run twice
    if spec.outline is not None:
        ppr = style.element.get_or_add_pPr()
        for old in ppr.findall(qn("w:outlineLvl")):
            ppr.remove(old)
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(spec.outline))
        ppr.append(level)


def prepare(
    doc: Document,
    *,
    restyle: bool,
    language: str,
    width: Length,
    font_size: float = 10.0,
    line_spacing: float = 1.0,
    list_line_spacing: float = 1.0,
) -> None:
    """Make sure every style the writer names exists; with `restyle`, apply our defaults.

    `restyle` is true for the project's own default style (python-docx's blank document),
    false for a user's template, whose styles are used as they are. `width` is the text
    width: the TOC's page numbers and the header's right tab stop end there. `font_size`,
    `line_spacing` and `list_line_spacing`: the body text's size in pt and the line spacing
    of its paragraphs and of its lists (the plan's `layout`), in our own style only.
    """
    _ensure(doc, NORMAL)
    _drop_dangling_references(doc)
    _document_defaults(doc, language, restyle, font_size, line_spacing)
    added = {spec.name for spec in _PARAGRAPH_STYLES if find(doc, spec.name) is None}
    for spec in _PARAGRAPH_STYLES:
        style = _paragraph_style(doc, spec, restyle=restyle)
        if restyle:
            _apply(style, spec)
    for name in (*BULLET, *CONTINUE):
        style, new = _ensure(doc, name)
        if new:
            style.paragraph_format.left_indent = Cm(0.63 * (1 + name[-1:].isdigit()))
    _settings(doc, language)
    _body_bullets(doc)
    _unnumbered_headings(doc)
    _header_style(doc, width)
    _table_grid(doc)
    if restyle:
        for name in (TITLE, SUBTITLE):
            _plain(get(doc, name))
        for name in (*BULLET, *CONTINUE):
            get(doc, name).paragraph_format.space_after = Pt(3)
        for name in (*BODY_BULLET, NUMBERED):  # the running text's lists (tables: _table_size)
            get(doc, name).paragraph_format.line_spacing = list_line_spacing
        toc2 = get(doc, TOC[1])
        toc2.paragraph_format.left_indent = Cm(0.0)
    for style_name in TOC:
        if restyle or style_name in added:  # page numbers right-aligned after dot leaders
            tabs = get(doc, style_name).paragraph_format.tab_stops
            tabs.add_tab_stop(Length(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    _character_style(doc, FOOTNOTE_REFERENCE, superscript=True)


def _drop_dangling_references(doc: Document) -> None:
    """A style based on (or followed by, or linked to) a style the document does not have
    (pandoc's "Table" names a "TableNormal" it lacks) stands on its own instead."""
    element = doc.styles.element
    ids = {s.styleId for s in element.findall(qn("w:style"))}
    for style in element.findall(qn("w:style")):
        for tag in ("w:basedOn", "w:next", "w:link"):
            for reference in style.findall(qn(tag)):
                if reference.get(qn("w:val")) not in ids:
                    style.remove(reference)


def resolve_references(doc: Document, roots: list[Any]) -> None:
    """Style references (w:pStyle, w:rStyle, w:tblStyle) below `roots` (a template's headers
    and footers) to an id the styles part does not have: Word's built-in id of a style
    found under another id ("Header" in a Dutch template, where it is "Koptekst") points at
    that style; any other is dropped, so the default style applies."""
    ids = {s.styleId for s in doc.styles.element.findall(qn("w:style"))}
    builtin = {_key(builtin_id): name for name, (_, builtin_id, _) in _KNOWN.items()}
    tags = (qn("w:pStyle"), qn("w:rStyle"), qn("w:tblStyle"))
    for root in roots:
        for reference in list(root.iter(*tags)):
            value = reference.get(qn("w:val"))
            if value in ids:
                continue
            name = builtin.get(_key(value))
            style = find(doc, name) if name is not None else None
            if style is not None:
                reference.set(qn("w:val"), style.style_id)
            else:
                reference.getparent().remove(reference)


def _header_style(doc: Document, width: Length) -> None:
    """Word's Header style where the template has none (pandoc's reference document):
    no space after, centre and right tab stops at the middle and the end of the text."""
    style, added = _ensure(doc, HEADER)
    if not added:
        return
    fmt = style.paragraph_format
    fmt.space_after = Pt(0)
    fmt.tab_stops.add_tab_stop(Length(int(width) // 2), WD_TAB_ALIGNMENT.CENTER)
    fmt.tab_stops.add_tab_stop(Length(width), WD_TAB_ALIGNMENT.RIGHT)


def _table_grid(doc: Document) -> None:
    """Word's Table Grid (single lines around every cell) where the template has none;
    based on Normal Table where there is one, else with Normal Table's cell margins."""
    style, added = _ensure(doc, TABLE_GRID)
    if not added:
        return
    element = style.element
    base = find(doc, NORMAL_TABLE)
    if base is not None:
        style.base_style = base
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    element.append(
        parse_xml(
            f'<w:pPr {nsdecls("w")}><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        )
    )
    cell_margins = (
        ""
        if base is not None
        else '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
    )
    element.append(
        parse_xml(
            f'<w:tblPr {nsdecls("w")}><w:tblInd w:w="0" w:type="dxa"/>'
            f"<w:tblBorders>{borders}</w:tblBorders>{cell_margins}</w:tblPr>"
        )
    )


def _has_style(doc: Document, name: str) -> bool:
    return find(doc, name) is not None


def _body_bullets(doc: Document) -> None:
    """The "o" bullet list of the running text: a numbering definition of its own (three
    levels, Courier New "o" as the published document shows) and a paragraph style per
    level that points at it. Added only where the document (or template) lacks the styles."""
    if all(_has_style(doc, name) for name in BODY_BULLET):
        return
    numbering = doc.part.numbering_part.element
    abstract_ids = [
        int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))
    ]
    abstract_id = max(abstract_ids, default=-1) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="'
        f'{360 * (level + 1) + 6}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" '
        'w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>'
        for level in range(3)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:
        existing[-1].addnext(abstract)
    else:
        numbering.insert(0, abstract)
    num = numbering.add_num(abstract_id)
    for level, name in enumerate(BODY_BULLET):
        if _has_style(doc, name):
            continue
        style, _ = _ensure(doc, name)
        style.paragraph_format.space_after = Pt(3)
        ppr = style.element.get_or_add_pPr()
        ppr.insert(
            0,
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="{num.numId}"/></w:numPr>'
            ),
        )


def _plain(style: ParagraphStyle) -> None:
    """Strip the blank document's Title/Subtitle decoration (a bottom rule, letter spacing,
    a numbering reference): the published title page is plain text."""
    element = style.element
    for path in ("w:pPr/w:pBdr", "w:pPr/w:numPr", "w:rPr/w:spacing", "w:rPr/w:kern"):
        for found in element.findall(path, namespaces=element.nsmap):
            found.getparent().remove(found)


def _settings(doc: Document, language: str) -> None:
    """settings.xml: the theme language is the document's; no claim that spelling and
    grammar were checked (the blank document says they were)."""
    settings = doc.settings.element
    for proof in settings.findall(qn("w:proofState")):
        settings.remove(proof)
    theme_language = settings.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:val"), language)


def _drop_theme_fonts(rpr: object) -> None:
    """A theme font attribute wins over the named font: remove it so our font shows."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        return
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]


def _character_style(doc: Document, name: str, *, superscript: bool) -> None:
    style, added = _ensure(doc, name)
    if added:
        style.font.superscript = superscript


def _document_defaults(
    doc: Document, language: str, restyle: bool, font_size: float, line_spacing: float
) -> None:
    """The language (and, for our own style, the font) in the style defaults, where both
    Word and LibreOffice read them; core properties alone are not enough."""
    styles_element = doc.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_element.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
    lang.set(qn("w:bidi"), "ar-SA")
    if restyle:
        normal = get(doc, NORMAL)
        normal.font.name = FONT
        normal.font.size = Pt(font_size)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = line_spacing
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        _drop_theme_fonts(rpr)
