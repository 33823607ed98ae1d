"""Children in the order the schema (ECMA-376 part 1, transitional) gives them.

Word checks the order of the elements it reads; LibreOffice does not care. Reference
documents in the wild get it wrong: pandoc's own reference.docx writes `w:qFormat` after
`w:pPr` in a style, `w:bCs` after `w:i`, `w:vAlign` before `w:tcBorders`, and
`w:doNotTrackMoves` after `w:footnotePr` in the settings. The parts a template gives the
report (styles, numbering, settings, headers and footers) are put in order here; children the
sequences do not name (extension elements such as w14:*) keep their order after the others.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from plancheck.exporters.docx_report.ooxml import SETTINGS_SEQ

_RPR = (
    "w:ins", "w:del", "w:moveFrom", "w:moveTo",  # a paragraph mark's run properties only
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
    "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof",
    "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern",
    "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
    "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath", "w:rPrChange",
)  # fmt: skip
_PPR = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_STYLE = (
    "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden",
    "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:personal",
    "w:personalCompose", "w:personalReply", "w:rsid", "w:pPr", "w:rPr", "w:tblPr", "w:trPr",
    "w:tcPr", "w:tblStylePr",
)  # fmt: skip
_TBLPR = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
    "w:tblDescription", "w:tblPrChange",
)  # fmt: skip
_TCPR = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)  # fmt: skip
_BORDERS = (
    "w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end", "w:insideH", "w:insideV",
    "w:tl2br", "w:tr2bl",
)  # fmt: skip
_SECTPR = (
    "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type",
    "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols",
    "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
    "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip
_LVL = (
    "w:start", "w:numFmt", "w:lvlRestart", "w:pStyle", "w:isLgl", "w:suff", "w:lvlText",
    "w:lvlPicBulletId", "w:legacy", "w:lvlJc", "w:pPr", "w:rPr",
)  # fmt: skip
_ABSTRACT_NUM = (
    "w:nsid", "w:multiLevelType", "w:tmpl", "w:name", "w:styleLink", "w:numStyleLink", "w:lvl",
)  # fmt: skip

_SEQUENCES: dict[str, tuple[str, ...]] = {
    "w:styles": ("w:docDefaults", "w:latentStyles", "w:style"),
    "w:docDefaults": ("w:rPrDefault", "w:pPrDefault"),
    "w:style": _STYLE,
    "w:rPr": _RPR,
    "w:pPr": _PPR,
    "w:tblPr": _TBLPR,
    "w:tcPr": _TCPR,
    "w:tblStylePr": ("w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr"),
    "w:tblBorders": _BORDERS,
    "w:tcBorders": _BORDERS,
    "w:pBdr": ("w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"),
    "w:tblCellMar": _BORDERS,
    "w:tcMar": _BORDERS,
    "w:numPr": ("w:ilvl", "w:numId", "w:numberingChange", "w:ins"),
    "w:sectPr": _SECTPR,
    "w:numbering": ("w:numPicBullet", "w:abstractNum", "w:num", "w:numIdMacAtCleanup"),
    "w:abstractNum": _ABSTRACT_NUM,
    "w:lvl": _LVL,
    "w:num": ("w:abstractNumId", "w:lvlOverride"),
    "w:lvlOverride": ("w:startOverride", "w:lvl"),
    "w:settings": SETTINGS_SEQ,
}
_RANKS = {
    qn(parent): {qn(tag): i for i, tag in enumerate(sequence)}
    for parent, sequence in _SEQUENCES.items()
}


def put_in_order(root: Any) -> None:
    """Reorder, in place, the children of every element below `root` (itself included)
    whose order the schema fixes."""
    for element in root.iter(*_RANKS):
        if len(element) < 2:
            continue
        ranks = _RANKS[element.tag]
        # most are in order: one look at every child's tag (a comment's ranks last, so a
        # sorted list here means its elements alone are sorted too)
        last = len(ranks)
        keys = [ranks.get(c.tag, last) for c in element]
        if keys == sorted(keys):
            continue
        children = [c for c in element if isinstance(c.tag, str)]
        keys = [ranks.get(c.tag, len(ranks)) for c in children]
        if keys == sorted(keys):
            continue
        ordered = [c for _, _, c in sorted(zip(keys, range(len(keys)), children, strict=True))]
        for child in ordered:
            element.append(child)  # moves it; comments stay where they were, before
