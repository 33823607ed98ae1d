"""A Word file as a flat list of blocks: paragraphs (with their kind: title, heading level,
bullet, numbered item, ...) and tables, each paragraph's text as the plan's Markdown subset
(*italic*, **bold**, footnote references `[^n]`, measure references).

Structure only, never layout: a paragraph's kind comes from its style's name (or the style it
is based on), its outline level, or its list numbering (numPr) and the numbering's format;
never from fonts, sizes, widths or page breaks.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from plancheck.plandata import BrokenPlanData, from_xml, is_plan_data

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"


class UnreadableDocx(Exception):
    """Not a Word (.docx) file, or one that python-docx cannot open."""


@dataclass
class Para:
    kind: str  # title, subtitle, heading, toc, toc-heading, bullet, continue, numbered, normal
    level: int  # heading level (1..), list level (0..)
    text: str  # Markdown
    plain: str  # text without marks and footnote references
    style: str
    index: int  # 1-based place among the body's paragraphs (for findings)
    number: str | None = None  # a numbered item's number ('3')
    italic_all: bool = False  # every run with text is italic


@dataclass
class Table:
    rows: list[list[list[Para]]]  # row -> cell -> paragraphs
    index: int  # the body paragraph it follows


@dataclass
class Footnote:
    number: int
    text: str


@dataclass
class Docx:
    blocks: list[Para | Table]
    footnotes: dict[str, Footnote]  # Word's footnote id -> note (numbered in reference order)
    header: list[str]  # the first section's header paragraphs, plain
    properties: dict[str, str]  # core properties that are set
    bookmarks: dict[str, str] = field(default_factory=dict)  # measure anchor -> measure id
    plan_data: dict[str, Any] | None = None  # plancheck's own part (plancheck.plandata)
    plan_data_error: str | None = None  # why a part of ours that is there cannot be read


_HEADING = re.compile(r"^(?:heading|kop|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_LEVEL_SUFFIX = re.compile(r"(\d)$")
_NUMBER_LEAD = re.compile(r"^([A-Za-z]{0,3}\d{1,3}[a-z]?)[.)]\t")  # 3, A1, B2a


class _Numbering:
    """numId and level -> the list's format ('bullet', 'decimal', 'lowerLetter', ...), its
    label text ('%1.', '%1)', a blank for a continued paragraph) and its first number."""

    def __init__(self, root: Any | None) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in node.iter(f"{W}lvl"):
                levels[int(lvl.get(f"{W}ilvl", "0"))] = _level(lvl)
            abstract[node.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is None:
                continue
            starts = {}
            for override in num.iter(f"{W}lvlOverride"):
                start = override.find(f"{W}startOverride")
                if start is not None:
                    starts[int(override.get(f"{W}ilvl", "0"))] = int(start.get(f"{W}val", "1"))
            for level, (fmt, text, start) in abstract.get(ref.get(f"{W}val", ""), {}).items():
                self.levels[(num.get(f"{W}numId", ""), level)] = (
                    fmt,
                    text,
                    starts.get(level, start),
                )

    def format(self, num_id: str, level: int) -> str | None:
        found = self.levels.get((num_id, level))
        return found[0] if found else None

    def label(self, num_id: str, level: int) -> str:
        found = self.levels.get((num_id, level))
        return found[1] if found else ""

    def start(self, num_id: str, level: int) -> int:
        found = self.levels.get((num_id, level))
        return found[2] if found else 1


def _level(lvl: Any) -> tuple[str, str, int]:
    fmt = lvl.find(f"{W}numFmt")
    text = lvl.find(f"{W}lvlText")
    start = lvl.find(f"{W}start")
    return (
        str(fmt.get(f"{W}val", "decimal")) if fmt is not None else "decimal",
        str(text.get(f"{W}val", "")) if text is not None else "",
        int(start.get(f"{W}val", "1")) if start is not None else 1,
    )


def _counted(fmt: str, n: int) -> str:
    """A list number in its format: 3 -> '3', 'c', 'C', 'iii', 'III'."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for value, numeral in (
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ):  # fmt: skip
            while n >= value:
                out, n = out + numeral, n - value
        return out if fmt == "lowerRoman" else out.upper()
    return str(n)


class _Reader:
    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.styles: dict[str, Any] = {}
        for style in doc.styles.element.iter(f"{W}style"):
            self.styles[style.get(f"{W}styleId", "")] = style
        part = doc.part
        numbering = _related(part, NUMBERING_REL)
        self.numbering = _Numbering(numbering)
        self.note_ids: dict[str, str] = {}  # bookmark around a first reference -> note id
        self.counters: dict[tuple[str, int], int] = {}
        self.index = 0
        self._open_bookmark = ""  # the bookmark last opened: Word's name for a first reference

    # -- styles ---------------------------------------------------------------------------
    def _style_chain(self, style_id: str | None) -> list[Any]:
        chain = []
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            node = self.styles[style_id]
            chain.append(node)
            based = node.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return chain

    def _style_name(self, node: Any) -> str:
        name = node.find(f"{W}name")
        return str(name.get(f"{W}val", "")) if name is not None else ""

    def classify(self, p: Any) -> tuple[str, int, str, tuple[str, int] | None]:
        """(kind, level, style name, (numId, ilvl) of its list or None)."""
        ppr = p.find(f"{W}pPr")
        style_id = None
        num: tuple[str, int] | None = None
        outline: int | None = None
        if ppr is not None:
            ps = ppr.find(f"{W}pStyle")
            style_id = ps.get(f"{W}val") if ps is not None else None
            num = _num_pr(ppr)
            ol = ppr.find(f"{W}outlineLvl")
            if ol is not None:
                outline = int(ol.get(f"{W}val", "9"))
        chain = self._style_chain(style_id)
        names = [self._style_name(s) for s in chain]
        shown = names[0] if names else "Normal"
        for node in chain:
            spr = node.find(f"{W}pPr")
            if spr is not None:
                if num is None:
                    num = _num_pr(spr)
                if outline is None:
                    ol = spr.find(f"{W}outlineLvl")
                    if ol is not None:
                        outline = int(ol.get(f"{W}val", "9"))
        for name in names[:2]:
            lower = name.lower()
            match = _HEADING.match(name)
            if match:
                return "heading", int(match.group(1)), shown, None
            if lower in ("title", "titel"):
                return "title", 0, shown, None
            if lower in ("subtitle", "ondertitel"):
                return "subtitle", 0, shown, None
            if lower in ("toc heading", "kop van inhoudsopgave"):
                return "toc-heading", 0, shown, None
            if lower.startswith(("toc ", "inhopg")):
                return "toc", 0, shown, None
        if outline is not None and outline < 9:
            return "heading", outline + 1, shown, None
        lower = shown.lower()
        suffix = _LEVEL_SUFFIX.search(shown)
        level = int(suffix.group(1)) - 1 if suffix else 0
        if "continue" in lower:
            return "continue", level, shown, num
        if "bullet" in lower or "opsomming" in lower:
            return "bullet", level, shown, num
        if num is not None:
            fmt = self.numbering.format(*num)
            if fmt == "bullet" and not self.numbering.label(*num).strip():
                return "continue", num[1], shown, num  # a list item's next paragraph
            if fmt == "bullet":
                return "bullet", num[1], shown, num
            if fmt not in (None, "none"):
                return "numbered", num[1], shown, num
        if "numbered" in lower or "list number" in lower:
            return "numbered", level, shown, None
        return "normal", 0, shown, None

    # -- text -----------------------------------------------------------------------------
    def paragraph(self, p: Any, *, in_cell: bool = False) -> Para:
        kind, level, style, num = self.classify(p)
        pieces: list[tuple[str, bool, bool]] = []  # (text, italic, bold); refs as text
        self._collect(p, pieces, False, False)
        text, plain, italic_all = _markdown(pieces)
        number = None
        lead = _NUMBER_LEAD.match(text)
        if kind == "numbered":
            if lead:
                number = lead.group(1)
                text = text[lead.end() :]
                plain = _NUMBER_LEAD.sub("", plain, count=1)
            elif num is not None:
                fmt = self.numbering.format(*num) or "decimal"
                count = self.counters.get(num, self.numbering.start(*num) - 1) + 1
                self.counters[num] = count
                for deeper in [k for k in self.counters if k[0] == num[0] and k[1] > num[1]]:
                    del self.counters[deeper]
                if fmt == "decimal":
                    number = str(count)
                else:  # a lettered or roman list: its label stays text ('a) ...')
                    label = self.numbering.label(*num).replace(
                        "%" + str(num[1] + 1), _counted(fmt, count)
                    )
                    kind, text, plain = "normal", f"{label} {text}", f"{label} {plain}"
        if not in_cell:
            self.index += 1
        return Para(kind, level, text.strip(), plain.strip(), style, self.index, number, italic_all)

    def _collect(
        self, node: Any, pieces: list[tuple[str, bool, bool]], italic: bool, bold: bool
    ) -> None:
        for child in node:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, pieces, italic, bold)
            elif tag == f"{W}hyperlink":
                anchor = child.get(f"{W}anchor")
                inner: list[tuple[str, bool, bool]] = []
                self._collect(child, inner, italic, bold)
                measure = _measure_of_anchor(anchor)
                if measure is not None and inner:
                    label = "".join(t for t, _, _ in inner)
                    pieces.append((f"\x00[{label}](measure:{measure})", False, False))
                else:
                    pieces.extend(inner)
            elif tag == f"{W}fldSimple":
                instr = child.get(f"{W}instr", "")
                match = re.search(r"NOTEREF\s+(\S+)", instr)
                if match and match.group(1) in self.note_ids:
                    pieces.append((f"\x00[^{self.note_ids[match.group(1)]}]", False, False))
                else:
                    self._collect(child, pieces, italic, bold)
            elif tag == f"{W}bookmarkStart":
                self._open_bookmark = child.get(f"{W}name", "")
            elif tag in (f"{W}del", f"{W}pPr", f"{W}moveFrom"):
                continue
            else:
                self._collect(child, pieces, italic, bold)

    def _run(self, r: Any, pieces: list[tuple[str, bool, bool]], italic: bool, bold: bool) -> None:
        rpr = r.find(f"{W}rPr")
        it, bd = italic, bold
        if rpr is not None:
            it = _on(rpr.find(f"{W}i"), it)
            bd = _on(rpr.find(f"{W}b"), bd)
            rstyle = rpr.find(f"{W}rStyle")
            if rstyle is not None:
                for node in self._style_chain(rstyle.get(f"{W}val")):
                    srpr = node.find(f"{W}rPr")
                    if srpr is not None:
                        it = _on(srpr.find(f"{W}i"), it) if rpr.find(f"{W}i") is None else it
                        bd = _on(srpr.find(f"{W}b"), bd) if rpr.find(f"{W}b") is None else bd
        for child in r:
            tag = child.tag
            if tag == f"{W}t":
                pieces.append((child.text or "", it, bd))
            elif tag == f"{W}tab":
                pieces.append(("\t", it, bd))
            elif tag in (f"{W}br", f"{W}cr"):
                if child.get(f"{W}type") not in ("page", "column"):
                    pieces.append((" ", it, bd))
            elif tag == f"{W}footnoteReference":
                ident = child.get(f"{W}id", "")
                if self._open_bookmark:
                    self.note_ids[self._open_bookmark] = ident
                pieces.append((f"\x00[^{ident}]", False, False))
            elif tag == f"{W}noBreakHyphen":
                pieces.append(("-", it, bd))

    def table(self, tbl: Any) -> Table:
        rows = []
        for tr in tbl.iter(f"{W}tr"):
            cells = []
            for tc in tr.findall(f"{W}tc"):
                cells.append([self.paragraph(p, in_cell=True) for p in tc.iter(f"{W}p")])
            rows.append(cells)
        return Table(rows, self.index)


def _on(node: Any | None, default: bool) -> bool:
    if node is None:
        return default
    return node.get(f"{W}val", "true") not in ("0", "false", "off")


def _num_pr(ppr: Any) -> tuple[str, int] | None:
    num = ppr.find(f"{W}numPr")
    if num is None:
        return None
    num_id = num.find(f"{W}numId")
    ilvl = num.find(f"{W}ilvl")
    if num_id is None or num_id.get(f"{W}val") in (None, "0"):
        return None
    return str(num_id.get(f"{W}val")), int(ilvl.get(f"{W}val", "0")) if ilvl is not None else 0


def _measure_of_anchor(anchor: str | None) -> str | None:
    """The measure a link's bookmark names: plancheck writes 'maatregel_3_1' for measure
    3.1 (any word, an underscore for each dot)."""
    if not anchor:
        return None
    match = re.fullmatch(r"[A-Za-z]+_([A-Za-z0-9][A-Za-z0-9_-]*)", anchor)
    if match is None or anchor.startswith(("_Toc", "_Ref")):
        return None
    return match.group(1).replace("_", ".")


def _markdown(pieces: list[tuple[str, bool, bool]]) -> tuple[str, str, bool]:
    """Markdown of a paragraph's runs (emphasis merged over runs), its plain text, and
    whether all its text is italic."""
    merged: list[list[Any]] = []
    for text, italic, bold in pieces:
        if text.startswith("\x00"):
            merged.append([text, None, None])
            continue
        if merged and merged[-1][1] == italic and merged[-1][2] == bold:
            merged[-1][0] += text
        else:
            merged.append([text, italic, bold])
    out: list[str] = []
    plain: list[str] = []
    texts = [m for m in merged if m[1] is not None and m[0].strip()]
    italic_all = bool(texts) and all(m[1] for m in texts)
    for text, italic, bold in merged:
        if italic is None:
            out.append(text[1:])
            if "(measure:" in text:
                plain.append(text[2 : text.index("]")])
            continue
        plain.append(text)
        mark = ("**" if bold else "") + ("*" if italic else "")
        if not mark or not text.strip():
            out.append(text)
            continue
        core = text.strip()
        lead = text[: len(text) - len(text.lstrip())]
        tail = text[len(text.rstrip()) :]
        out.append(f"{lead}{mark}{core}{mark[::-1]}{tail}")
    return "".join(out), "".join(plain), italic_all


def _related(part: Any, reltype: str) -> Any | None:
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            if element is not None:
                return element
            try:
                return parse_xml(target.blob)
            except SyntaxError:  # lxml's XMLSyntaxError: a broken part is no part
                return None
    return None


def read_docx(path: str) -> Docx:
    try:
        if not zipfile.is_zipfile(path):
            raise UnreadableDocx("not a Word (.docx) file: it is no zip package")
        doc = Document(path)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise UnreadableDocx(f"not a Word (.docx) file: {err}") from err
    except OSError as err:
        raise UnreadableDocx(err.strerror or str(err)) from err
    reader = _Reader(doc)
    blocks: list[Para | Table] = []
    body = doc.element.body
    for child in body:
        if child.tag == qn("w:p"):
            blocks.append(reader.paragraph(child))
        elif child.tag == qn("w:tbl"):
            blocks.append(reader.table(child))
        elif child.tag == qn("w:sdt"):  # a content control around the TOC
            content = child.find(qn("w:sdtContent"))
            for inner in content if content is not None else ():
                if inner.tag == qn("w:p"):
                    blocks.append(reader.paragraph(inner))
                elif inner.tag == qn("w:tbl"):
                    blocks.append(reader.table(inner))
    footnotes: dict[str, Footnote] = {}
    root = _related(doc.part, FOOTNOTES_REL)
    if root is not None:
        texts: dict[str, str] = {}
        for note in root.iter(f"{W}footnote"):
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paragraphs = [reader.paragraph(p, in_cell=True).text for p in note.iter(f"{W}p")]
            texts[note.get(f"{W}id", "")] = " ".join(t for t in paragraphs if t)
        order: list[str] = []
        for block in _all_paras(blocks):
            for ident in re.findall(r"\[\^([^\]]+)\]", block.text):
                if ident in texts and ident not in order:
                    order.append(ident)
        for number, ident in enumerate(order, start=1):
            footnotes[ident] = Footnote(number, texts[ident])
    header: list[str] = []
    section = doc.sections[0] if doc.sections else None
    if section is not None and not section.header.is_linked_to_previous:
        for p in section.header._element.iter(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
            if text:
                header.append(text)
    properties = _core_properties(path)
    if "language" not in properties:
        # the document's default language (styles.xml: docDefaults)
        lang = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        if lang is not None and lang.get(f"{W}val"):
            properties["language"] = str(lang.get(f"{W}val"))
    plan_data, error = _plan_data(doc)
    return Docx(blocks, footnotes, header, properties, plan_data=plan_data, plan_data_error=error)


def _plan_data(doc: Any) -> tuple[dict[str, Any] | None, str | None]:
    """The plan data plancheck's report carries in a Custom XML Data part, wherever in the
    package it is (Word relates it from the document, another program may move it)."""
    for part in doc.part.package.iter_parts():
        if not str(part.partname).startswith("/customXml/"):
            continue
        blob = getattr(part, "blob", b"")
        if not isinstance(blob, bytes) or not is_plan_data(blob):
            continue
        try:
            return from_xml(blob), None
        except BrokenPlanData as err:
            return None, str(err)
    return None, None


_CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "subject": "{http://purl.org/dc/elements/1.1/}subject",
    "author": "{http://purl.org/dc/elements/1.1/}creator",
    "language": "{http://purl.org/dc/elements/1.1/}language",
    "identifier": "{http://purl.org/dc/elements/1.1/}identifier",
    "keywords": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords",
    "version": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}version",
}


def _core_properties(path: str) -> dict[str, str]:
    """The core properties that are set. Read from the package itself: LibreOffice names
    their relationship with the older, lower-case type, which python-docx does not find."""
    with zipfile.ZipFile(path) as package:
        try:
            rels = parse_xml(package.read("_rels/.rels"))
        except (KeyError, SyntaxError):
            return {}
        target = None
        for rel in rels:
            if str(rel.get("Type", "")).lower().endswith("/metadata/core-properties"):
                target = str(rel.get("Target", "")).lstrip("/")
        if target is None or target not in package.namelist():
            return {}
        try:
            root = parse_xml(package.read(target))
        except SyntaxError:
            return {}
    out: dict[str, str] = {}
    for name, tag in _CORE.items():
        node = root.find(tag)
        if node is not None and node.text and node.text.strip():
            out[name] = node.text.strip()
    return out


def _all_paras(blocks: list[Para | Table]) -> list[Para]:
    out: list[Para] = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(block)
        else:
            for row in block.rows:
                for cell in row:
                    out.extend(cell)
    return out
