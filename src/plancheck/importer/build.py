"""From the blocks of a Word report (plancheck.importer.reader) to the data of a plan.yaml.

The chapters are read by their headings: the first level-1 heading is the introduction,
one with level-2 sections is an improvement point (analysis, objective, measure list,
measure tables), one whose tables are month grids is the planning, another one the closing
chapter. Measure tables have a first row "<label> <id> | title" and a row per field in the
plan's order; a grid table has the year, a row of months and two rows per measure (work,
evaluation) with an X per marked month.

What the report does not show (milestone ids and kinds, the owners' and parties'
registries, footnote ids, acknowledgements) comes from plancheck's plan data where the file
carries it (plancheck.importer.plandata); without it, it is made plainly (ids by number,
registries from the wording) and reported; a date the grammar cannot read is never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from plancheck import words
from plancheck.i18n import _, for_plan, using
from plancheck.importer.plandata import apply
from plancheck.importer.plandata import document as plan_document
from plancheck.importer.plandata import revisions as plan_revisions
from plancheck.importer.reader import Docx, Para, Table
from plancheck.wording import (
    MONTHS,
    Deadline,
    Immediate,
    InMonth,
    Ongoing,
    Period,
    Unreadable,
    Window,
    read,
)

ANALYSIS_KINDS = (
    "current-practice",
    "bottlenecks",
    "causes",
    "attention-points",
    "departments",
    "assessment-framework",
)
TO_FILL = "(in te vullen)"  # a required value the document does not carry
_NUMBERED_HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$", re.DOTALL)
_DAY = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")


@dataclass(frozen=True)
class ImportFinding:
    """What the import could not place or had to leave to the reader: where in the Word
    file (heading and paragraph) and what."""

    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}: {self.message}"


class _Cursor:
    def __init__(self, blocks: list[Para | Table]) -> None:
        self.blocks = blocks
        self.i = 0

    def peek(self) -> Para | Table | None:
        return self.blocks[self.i] if self.i < len(self.blocks) else None

    def next(self) -> Para | Table:
        block = self.blocks[self.i]
        self.i += 1
        return block


def _slug(text: str) -> str:
    text = text.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ü", "u"), ("ö", "o"), ("á", "a")):
        text = text.replace(a, b)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:60].strip("-") or "x"


def _id(text: str) -> str:
    """An id of the schema's form from a measure number ('3.1', 'A1' -> 'a1')."""
    ident = re.sub(r"[^a-z0-9.-]+", "-", text.lower()).strip("-.")
    return ident or "x"


def _heading_text(para: Para) -> tuple[str | None, str]:
    text = para.text.replace("\t", " ").strip()
    match = _NUMBERED_HEADING.match(text)
    if match:
        return match.group(1), match.group(2).strip()
    return None, text


def markdown(paras: list[Para], *, plain_italic: bool = False) -> str:
    """The Markdown of a run of paragraphs: paragraphs, bullets (nested by level), numbered
    items with their continued paragraphs. `plain_italic`: the paragraphs are italic as a
    whole by the report's layout (owners, milestones), not as emphasis."""
    out: list[str] = []
    # a list is tight unless one of its items has a paragraph of its own (a continuation)
    kinds = [p.kind for p in paras]
    loose = "continue" in kinds or any(p.kind == "numbered" and p.number is None for p in paras)
    prev: Para | None = None
    for para in paras:
        text = _unitalic(para.text) if plain_italic and para.italic_all else para.text
        if not text and para.kind not in ("bullet", "numbered"):
            continue
        if para.kind == "bullet":
            chunk = "  " * para.level + "- " + text
            tight = prev is not None and prev.kind in ("bullet", "continue") and not loose
            if prev is not None and prev.kind == "bullet" and para.level > prev.level:
                tight = True
            out.append(("\n" if tight else "\n\n") + chunk if out else chunk)
        elif para.kind == "numbered" and para.number is not None:
            chunk = f"{para.number}. {text}"
            tight = prev is not None and prev.kind == "numbered" and not loose
            out.append(("\n" if tight else "\n\n") + chunk if out else chunk)
        elif para.kind == "numbered":  # a numbered item's next paragraph
            out.append("\n\n   " + text if out else text)
        elif para.kind == "continue":
            numbered = prev is not None and prev.kind == "numbered"
            indent = "   " if numbered else "  " * (para.level + 1)
            out.append("\n\n" + indent + text if out else text)
            para = prev if prev is not None else para  # a second continuation: same list
        else:
            out.append("\n\n" + text if out else text)
        prev = para
    return "".join(out).strip()


def _unitalic(text: str) -> str:
    """'*a* *b*' -> 'a b' for a paragraph the layout sets in italics as a whole."""
    return re.sub(r"(?<![*\w])\*(?!\*)([^*]+?)\*(?![*\w])", r"\1", text)


class Builder:
    def __init__(self, docx: Docx, name: str) -> None:
        self.docx = docx
        self.name = name
        self.findings: list[ImportFinding] = []
        self.heading = "(begin)"
        self.notes: dict[str, str] = {}  # Word's note id -> plan id
        self.part = docx.plan_data  # plancheck's own plan data, when the file carries it
        conventions = (self.part or {}).get("conventions", {})
        self.first_of_month = conventions.get("first_of_month", True) is not False
        self._part_wordings: dict[str, set[str]] = {
            ident: {str(m.get("wording")) for m in given.get("milestones", [])}
            for ident, given in (self.part or {}).get("measures", {}).items()
        }
        # month names of the grid: the grammar's, and those the report's grid shows (from
        # the plan data: a plan in another language, or with month labels of its own)
        self.months = dict(MONTHS)
        shown = (self.part or {}).get("grid_months", [])
        for number, name in enumerate(shown if isinstance(shown, list) else [], start=1):
            self.months.setdefault(str(name).lower().rstrip("."), number)
        for ident, note in docx.footnotes.items():
            self.notes[ident] = f"n{note.number}"

    # -- findings -------------------------------------------------------------------------
    def finding(self, where: Para | Table | None, message: str) -> None:
        if where is None:
            place = self.name
        elif isinstance(where, Table):
            place = f"{self.name}: onder '{self.heading}', tabel na alinea {where.index}"
        else:
            place = f"{self.name}: onder '{self.heading}', alinea {where.index}"
        self.findings.append(ImportFinding(place, message))

    def _refs(self, text: str) -> str:
        """Word's footnote ids in a text -> the plan's footnote ids."""
        return re.sub(
            r"\[\^([^\]]+)\]", lambda m: f"[^{self.notes.get(m.group(1), m.group(1))}]", text
        )

    def md(self, paras: list[Para], *, plain_italic: bool = False) -> str:
        return self._refs(markdown(paras, plain_italic=plain_italic))

    # -- the whole document ---------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        blocks = self.docx.blocks
        chapters: list[tuple[Para, list[Para | Table]]] = []
        front: list[Para | Table] = []
        for block in blocks:
            if isinstance(block, Para) and block.kind == "heading" and block.level == 1:
                chapters.append((block, []))
            elif chapters:
                chapters[-1][1].append(block)
            else:
                front.append(block)
        data: dict[str, Any] = {"format": 1}
        document, labels = self._front(front)
        data["document"] = document
        data["labels"] = labels
        points: list[dict[str, Any]] = []
        intro: dict[str, Any] | None = None
        point_lines: list[tuple[str, str]] = []
        closing: dict[str, Any] | None = None
        planning: dict[str, Any] | None = None
        for number, (head, body) in enumerate(chapters):
            self.heading = head.plain.replace("\t", " ")
            _number, title = _heading_text(head)
            has_sections = any(
                isinstance(b, Para) and b.kind == "heading" and b.level == 2 for b in body
            )
            grids = [b for b in body if isinstance(b, Table) and _is_grid(b)]
            if grids:
                planning = self._planning(title, grids, head)
            elif number == 0:
                intro, point_lines = self._introduction(title, body, labels)
            elif has_sections:
                points.append(self._point(title, body, labels))
            elif closing is None:
                closing = {"title": title, "parts": self._parts(body)}
            else:
                self.finding(head, f"hoofdstuk '{title}' kan niet geplaatst worden; overgeslagen")
        wordings = dict(point_lines)
        for i, point in enumerate(points):
            ident = point_lines[i][0] if i < len(point_lines) else str(i + 1)
            point["id"] = ident
            restated = point.pop("_restated", "")
            point["inspectorate_wording"] = wordings.get(ident, restated)
        data["revisions"] = self._revisions(document)
        data["footnotes"] = [
            {"id": self.notes[ident], "text": self._refs(note.text)}
            for ident, note in sorted(self.docx.footnotes.items(), key=lambda kv: kv[1].number)
        ]
        data["owners"] = self._owner_registry(points)
        data["parties"] = []
        data["introduction"] = intro or {
            "title": "",
            "points_heading": "",
            "response": {"heading": "", "text": ""},
        }
        ordered_points = [_ordered_point(p) for p in points]
        data["improvement_points"] = ordered_points
        if closing is not None:
            data["closing"] = closing
        if planning is None:
            self.finding(None, "geen planning (tabellen met een X per maand) gevonden")
            planning = {"title": "", "start": "", "end": "", "rows": []}
        data["planning"] = planning
        self._milestone_dates(data)
        self._labels(data)
        if self.docx.plan_data_error is not None:
            with using(for_plan(document["language"])):
                self.finding(
                    None,
                    _(
                        "plancheck's plan data in the file cannot be read ({error}); read from "
                        "the text only"
                    ).format(error=self.docx.plan_data_error),
                )
        if self.part is not None:
            with using(for_plan(document["language"])):
                data = apply(data, self.part, lambda message: self.finding(None, message))
        return data

    # -- title page -----------------------------------------------------------------------
    def _front(self, front: list[Para | Table]) -> tuple[dict[str, Any], dict[str, str]]:
        props = self.docx.properties
        labels: dict[str, str] = {}
        document: dict[str, Any] = {}
        subtitles = [b for b in front if isinstance(b, Para) and b.kind == "subtitle"]
        titles = [b for b in front if isinstance(b, Para) and b.kind == "title"]
        document["title"] = titles[0].text if titles else props.get("title", "")
        if not document["title"]:
            self.finding(None, "geen titel gevonden (stijl Titel)")
        header = self.docx.header
        if "subject" in props:
            document["running_header"] = props["subject"].split(" / ")
        else:
            lines = [line for line in header if not re.search(r"\d", line)]
            document["running_header"] = lines[:2]
        municipalities: list[str] = []
        code = props.get("identifier", "")
        version_date = ""
        for para in subtitles:
            text = para.plain
            day = _DAY.search(text)
            if day and not version_date:
                d, m, y = (int(x) for x in day.groups())
                version_date = dt.date(y, m, d).isoformat()
                lead = text[: day.start()].strip()
                if lead:
                    labels["date"] = lead
            elif "," in text or (" " in text and text != code):
                word, _sep, rest = text.partition(" ")
                municipalities = [x.strip() for x in rest.split(",") if x.strip()]
                # the report says 'Gemeente X' for one (its label `municipality`)
                labels["municipality" if len(municipalities) == 1 else "municipalities"] = word
            elif not code or text == code:
                code = text
        if not version_date:
            self.finding(None, "geen datum op het titelblad ('Datum: dd-mm-jjjj')")
        document["municipalities"] = municipalities
        document["code"] = code
        document["version_date"] = version_date
        document["language"] = props.get("language", "") or (self.part or {}).get(
            "document", {}
        ).get("language", "")
        if not document["language"]:
            document["language"] = "nl-NL"
            self.finding(None, "de taal staat niet in het bestand; nl-NL aangenomen")
        if "author" in props:
            document["author"] = props["author"]
        keywords = props.get("keywords", "")
        document["inspectorates"] = [k.strip() for k in keywords.split(",") if k.strip()]
        if self.part is not None:
            plan_document(document, self.part, TO_FILL)
        if not document["inspectorates"]:
            document["inspectorates"] = [TO_FILL]
            self.finding(
                None,
                f"de inspecties staan niet in het bestand: document.inspectorates is '{TO_FILL}'",
            )
        for block in front:
            if isinstance(block, Para) and block.kind == "toc-heading":
                document["contents_title"] = block.plain
        self._version_table(front)
        return document, labels

    def _version_table(self, front: list[Para | Table]) -> None:
        self.versions: list[dict[str, Any]] = []
        for block in front:
            if isinstance(block, Table) and len(block.rows) > 1 and len(block.rows[0]) >= 3:
                for row in block.rows[1:]:
                    cells = [" ".join(p.plain for p in cell) for cell in row]
                    day = _DAY.search(cells[1]) if len(cells) > 1 else None
                    if not day:
                        continue
                    d, m, y = (int(x) for x in day.groups())
                    self.versions.append(
                        {
                            "version": cells[0],
                            "date": dt.date(y, m, d).isoformat(),
                            "reason": cells[2],
                        }
                    )

    def _revisions(self, document: dict[str, Any]) -> list[dict[str, Any]]:
        if self.versions:
            if self.part is not None:  # what the table does not show: a version's ids
                return plan_revisions(self.versions, self.part)
            return self.versions
        if self.part is not None and self.part.get("revisions"):
            return list(self.part["revisions"])  # the report shows none: plancheck's own
        date = document.get("version_date") or ""
        version = self.docx.properties.get("version") or (
            dt.date.fromisoformat(date).strftime("%d-%m-%Y") if date else ""
        )
        self.finding(
            None,
            "het verslag toont geen versiebeheer; één versie gemaakt met de datum van het "
            "titelblad: vul de reden aan",
        )
        return [{"version": version, "date": date, "reason": f"Ingelezen uit {self.name}."}]

    # -- introduction ---------------------------------------------------------------------
    def _introduction(
        self, title: str, body: list[Para | Table], labels: dict[str, str]
    ) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        sub = [b for b in body if isinstance(b, Para) and b.kind == "heading"]
        points_heading = self._refs(sub[0].text) if sub else ""
        response_heading = sub[1].text if len(sub) > 1 else ""
        lines: list[tuple[str, str]] = []
        response: list[Para] = []
        state = 0
        for block in body:
            if isinstance(block, Table):
                self.finding(block, "tabel in de inleiding overgeslagen")
                continue
            if block.kind == "heading":
                state += 1
                continue
            if state == 1 and block.text:
                match = re.match(r"^(\S+) ([A-Za-z0-9.-]+)\. (.*)$", block.text, re.DOTALL)
                if match:
                    labels["point"] = match.group(1)
                    lines.append((match.group(2), self._refs(match.group(3))))
                else:
                    self.finding(block, "verbeterpunt zonder 'Punt N.' overgeslagen")
            elif state >= 2:
                response.append(block)
        intro = {
            "title": title,
            "points_heading": points_heading,
            "response": {"heading": self._refs(response_heading), "text": self.md(response)},
        }
        return intro, lines

    # -- improvement points ---------------------------------------------------------------
    def _sections(self, body: list[Para | Table]) -> list[tuple[Para, list[Para | Table]]]:
        out: list[tuple[Para, list[Para | Table]]] = []
        for block in body:
            if isinstance(block, Para) and block.kind == "heading" and block.level == 2:
                out.append((block, []))
            elif out:
                out[-1][1].append(block)
        return out

    def _named_sections(
        self, title: str, sections: list[tuple[Para, list[Para | Table]]]
    ) -> dict[str, tuple[Para, list[Para | Table]]]:
        """A point's sections by name. Four are the analysis, the objective, the measure list
        and the measure tables by their place; fewer (the first three are optional) are each
        named by what they hold, and must keep that order."""
        if len(sections) == 4:
            return dict(zip(SECTION_NAMES, sections, strict=True))
        if len(sections) > 4:
            self.finding(
                sections[4][0],
                f"verbeterpunt '{title}' heeft {len(sections)} paragrafen in plaats van "
                "hoogstens 4; de rest overgeslagen",
            )
            return dict(zip(SECTION_NAMES, sections, strict=False))
        by_name: dict[str, tuple[Para, list[Para | Table]]] = {}
        last = -1
        for head, blocks in sections:
            name = _section_name(title, blocks)
            place = SECTION_NAMES.index(name)
            if place <= last:
                self.finding(
                    head,
                    f"paragraaf '{head.plain.replace(chr(9), ' ')}' van '{title}' lijkt een "
                    f"{SECTION_WORDS[name]}, maar staat niet op de plaats daarvan; overgeslagen",
                )
                continue
            by_name[name], last = (head, blocks), place
        if "elaboration" not in by_name:
            self.finding(
                sections[0][0] if sections else None,
                f"verbeterpunt '{title}' heeft geen paragraaf met maatregeltabellen",
            )
        return by_name

    def _point(
        self, title: str, body: list[Para | Table], labels: dict[str, str]
    ) -> dict[str, Any]:
        point: dict[str, Any] = {"title": title}
        lead: list[Para] = []
        for block in body:
            if isinstance(block, Para) and block.kind == "heading" and block.level == 2:
                break
            if isinstance(block, Para) and block.kind != "heading":
                lead.append(block)
        point["statement"] = self.md(lead)
        by_name = self._named_sections(title, self._sections(body))
        if "analysis" in by_name:
            head, blocks = by_name["analysis"]
            self.heading = head.plain.replace("\t", " ")
            parts = self._parts(blocks)
            for i, part in enumerate(parts):
                part["kind"], read_off = _analysis_kind(part["heading"], i)
                if not read_off and self.part is None:  # else the plan data says
                    self.finding(
                        head,
                        f"het soort van analysedeel '{part['heading']}' staat niet in de kop: "
                        f"{part['kind']} naar zijn plaats, controleer kind",
                    )
            point["analysis"] = {
                "title": _heading_text(head)[1],
                "parts": [
                    {"kind": p["kind"], "heading": p["heading"], "text": p["text"]} for p in parts
                ],
            }
        if "objective" in by_name:
            head, blocks = by_name["objective"]
            self.heading = head.plain.replace("\t", " ")
            paras = [b for b in blocks if isinstance(b, Para) and b.text]
            rest = paras
            if paras and paras[0].plain.startswith(title):
                restated = paras[0].text[len(title) :].lstrip(":").strip()
                point["_restated"] = self._refs(restated)
                rest = paras[1:]
            if rest and len(rest) > 1 and rest[0].plain.endswith(":") and len(rest[0].plain) < 40:
                labels["objective"] = rest[0].plain
                rest = rest[1:]
            point["objective"] = {"title": _heading_text(head)[1], "text": self.md(rest)}
        if "measures" in by_name:
            head, blocks = by_name["measures"]
            self.heading = head.plain.replace("\t", " ")
            point["measures_title"] = _heading_text(head)[1]
            items = []
            for block in blocks:
                if isinstance(block, Para) and block.kind == "numbered" and block.number:
                    items.append({"number": block.number, "text": self._refs(block.text)})
                elif isinstance(block, Para) and block.text:
                    self.finding(block, "alinea in de lijst van maatregelen overgeslagen")
            point["measure_list"] = items
        if "elaboration" in by_name:
            head, blocks = by_name["elaboration"]
            self.heading = head.plain.replace("\t", " ")
            point["elaboration_title"] = _heading_text(head)[1]
            measures = []
            for block in blocks:
                if isinstance(block, Table):
                    measure = self._measure(block)
                    if measure is not None:
                        measures.append(measure)
                elif block.text:
                    self.finding(block, "alinea tussen de maatregeltabellen overgeslagen")
            point["measures"] = measures
            ids = [m["id"] for m in measures]
            for item in point.get("measure_list", []):
                number = item["number"]
                item["measures"] = [
                    i for i in ids if i == number or i.startswith(number + ".")
                ] or [number]
        return point

    def _parts(self, blocks: list[Para | Table]) -> list[dict[str, Any]]:
        parts: list[dict[str, Any]] = []
        paras: list[Para] = []
        heading: str | None = None

        def close() -> None:
            if heading is not None:
                parts.append({"heading": self._refs(heading), "text": self.md(paras)})

        for block in blocks:
            if isinstance(block, Table):
                self.finding(block, "tabel in de tekst overgeslagen")
                continue
            if block.kind == "heading":
                close()
                heading, paras = block.text, []
            elif heading is None:
                if block.text:
                    self.finding(block, "tekst vóór het eerste kopje overgeslagen")
            else:
                paras.append(block)
        close()
        return parts

    # -- measure tables -------------------------------------------------------------------
    def _measure(self, table: Table) -> dict[str, Any] | None:
        rows = table.rows
        if not rows or len(rows[0]) < 2:
            self.finding(table, "tabel die geen maatregel is overgeslagen")
            return None
        head = " ".join(p.plain for p in rows[0][0]).strip()
        match = re.match(r"^(.*\S)\s+(\S+)$", head)
        if match is None:
            self.finding(table, f"maatregeltabel zonder nummer ('{head}') overgeslagen")
            return None
        measure: dict[str, Any] = {"id": match.group(2), "_measure_label": match.group(1)}
        measure["title"] = _unbold(self.md(rows[0][1]))
        body = rows[1:]
        if len(body) != len(words.MEASURE_ROWS):
            self.finding(
                table,
                f"maatregel {measure['id']}: {len(body)} rijen in plaats van {len(words.MEASURE_ROWS)}; "
                "de rijen zijn op volgorde gelezen",
            )
        labels: dict[str, str] = {}
        for name, row in zip(words.MEASURE_ROWS, body, strict=False):
            if len(row) < 2:
                continue
            labels[name] = _unbold(" ".join(p.text for p in row[0]).strip())
            cell = row[1]
            if name == "owners":
                measure["owners"] = [
                    {"owner": "", "wording": self._refs(_unitalic(p.text))} for p in cell if p.text
                ]
            elif name == "involved":
                measure["involved"] = {"text": self.md(cell, plain_italic=True)}
            elif name == "realisation":
                measure["realisation"] = self._milestones(measure["id"], cell, table)
            else:
                measure[name] = self.md(cell, plain_italic=True)
        measure["_labels"] = labels
        for name in words.MEASURE_ROWS:
            if name not in measure:
                measure[name] = [] if name in ("owners", "realisation") else ""
        if not isinstance(measure["involved"], dict):
            measure["involved"] = {"text": ""}
        return measure

    def _milestones(self, measure: str, cell: list[Para], table: Table) -> list[dict[str, Any]]:
        groups: list[tuple[str, list[Para]]] = []
        for para in cell:
            text = _unitalic(para.text) if para.italic_all else para.text
            if not text:
                continue
            starts = para.kind == "normal" and _milestone_lead(text, first=not groups)
            if starts:
                wording, rest = _split_lead(text)
                first = [] if not rest else [_with_text(para, rest)]
                groups.append((wording, first))
            elif groups:
                groups[-1][1].append(para)
            else:
                self.finding(
                    table, f"maatregel {measure}: tekst vóór de eerste mijlpaal overgeslagen"
                )
        out = []
        for n, (wording, paras) in enumerate(groups, start=1):
            milestone: dict[str, Any] = {
                "id": f"{_id(measure)}-{n}",
                "wording": self._refs(wording),
            }
            text = self.md(paras, plain_italic=True)
            if text:
                milestone["text"] = text
            milestone["_table"] = table
            out.append(milestone)
        return out

    # -- dates ----------------------------------------------------------------------------
    def _milestone_dates(self, data: dict[str, Any]) -> None:
        rows = {r["measure"]: r for r in data["planning"].get("rows", [])}
        undecided = 0
        for point in data["improvement_points"]:
            for measure in point.get("measures", []):
                row = rows.get(measure["id"], {"work": [], "evaluation": []})
                for milestone in measure["realisation"]:
                    table = milestone.pop("_table")
                    self.heading = (
                        f"{point.get('elaboration_title', '')}, maatregel {measure['id']}"
                    )
                    self._date(milestone, row, table, measure["id"])
                    if milestone["kind"] == "deliverable":
                        undecided += 1
        if undecided and self.part is None:
            self.finding(
                None,
                f"{undecided} mijlpalen: het verslag zegt niet of een mijlpaal een besluit "
                "(decision) of een product (deliverable) is; ze staan op deliverable",
            )

    def _date(
        self, milestone: dict[str, Any], row: dict[str, Any], table: Table, measure: str
    ) -> None:
        wording = milestone["wording"]
        # a wording the plan data holds as it stands: its date comes from there, unguessed
        known = wording in self._part_wordings.get(measure, ())
        reading = read(re.sub(r"\[\^[^\]]+\]", "", wording), first_of_month=self.first_of_month)
        kind = "deliverable"
        match reading:
            case Deadline(day):
                milestone["due"] = day.isoformat()
            case InMonth(month):
                milestone["due"] = f"{month[0]:04d}-{month[1]:02d}"
            case Period(start, end):
                milestone["start"] = _point_text(start)
                milestone["due"] = _point_text(end)
            case Ongoing():
                milestone["due"] = "ongoing"
                kind = "ongoing"
            case Immediate():
                milestone["due"] = "immediate"
            case Window(first, last):
                marked = sorted(
                    {
                        m
                        for m in (*row.get("work", []), *row.get("evaluation", []))
                        if first.isoformat()[:7] <= m <= last.isoformat()[:7]
                    }
                )
                if marked:  # the grid's latest X in the window is when it is due
                    milestone["due"] = marked[-1]
                else:
                    milestone["due"] = last.isoformat()[:7]
                    if not known:
                        self.finding(
                            table,
                            f"'{wording}' is een periode ({first.isoformat()} t/m {last.isoformat()}) "
                            f"en de planning heeft er geen X in: due staat op het eind ervan, "
                            "controleer hem",
                        )
            case _:
                milestone["due"] = "ongoing"
                if not known:
                    self.finding(
                        table,
                        f"kan de datum '{wording}' niet lezen: de formulering blijft staan, due "
                        "staat op 'ongoing' tot u hem invult",
                    )
        due = milestone["due"]
        evaluation, work = row.get("evaluation", ()), row.get("work", ())
        if kind != "ongoing" and due[:7] in evaluation and due[:7] not in work:
            kind = "evaluation"  # its month is marked on the evaluation row only
        ordered: dict[str, Any] = {
            k: milestone[k] for k in ("id", "wording", "text", "start", "due") if k in milestone
        }
        ordered["kind"] = kind
        milestone.clear()
        milestone.update(ordered)

    # -- planning -------------------------------------------------------------------------
    def _planning(self, title: str, grids: list[Table], head: Para) -> dict[str, Any]:
        rows: dict[str, dict[str, list[str]]] = {}
        months: list[str] = []
        evaluation_labels: Counter[str] = Counter()
        measure_label: Counter[str] = Counter()
        for grid in grids:
            year = int(_cell_text(grid.rows[0][0]))
            columns: list[str | None] = [None]
            for cell in grid.rows[1][1:]:
                word = _cell_text(cell).lower().rstrip(".")
                number = self.months.get(word)
                columns.append(f"{year:04d}-{number:02d}" if number else None)
                if number is None:
                    self.finding(grid, f"'{word}' is geen maand; kolom overgeslagen")
            months += [c for c in columns if c]
            body = grid.rows[2:]
            for i in range(0, len(body) - 1, 2):
                work, evaluation = body[i], body[i + 1]
                label = _cell_text(work[0])
                match = re.match(r"^(.*\S)\s+(\S+)$", label)
                if match is None:
                    self.finding(grid, f"rij '{label}' van de planning overgeslagen")
                    continue
                measure_label[match.group(1)] += 1
                evaluation_labels[_cell_text(evaluation[0])] += 1
                row = rows.setdefault(match.group(2), {"work": [], "evaluation": []})
                for kind, cells in (("work", work), ("evaluation", evaluation)):
                    for column, cell in zip(columns[1:], cells[1:], strict=False):
                        if column and _cell_text(cell).strip().upper() == "X":
                            row[kind].append(column)
        self.grid_labels = (measure_label, evaluation_labels)
        return {
            "title": title,
            "start": min(months) if months else "",
            "end": max(months) if months else "",
            "rows": [
                {"measure": m, "work": r["work"], "evaluation": r["evaluation"]}
                for m, r in rows.items()
            ],
        }

    # -- registries and labels ------------------------------------------------------------
    def _owner_registry(self, points: list[dict[str, Any]]) -> list[dict[str, Any]]:
        registry: dict[str, dict[str, Any]] = {}
        for point in points:
            for measure in point.get("measures", []):
                for ref in measure["owners"]:
                    name = ref["wording"].rstrip(".").strip()
                    ident = _slug(re.sub(r"\[\^[^\]]+\]", "", name))
                    ref["owner"] = ident
                    registry.setdefault(ident, {"id": ident, "name": name})
        if registry and self.part is None:
            self.finding(
                None,
                f"{len(registry)} eigenaren ingelezen uit de formulering (owners); het verslag "
                "toont niet wie dezelfde eigenaar is, wie nog niet benoemd is of voor welke "
                "gemeenten: vul owners aan. De partijen (parties) en afkortingen staan niet "
                "in het verslag",
            )
        return list(registry.values())

    def _labels(self, data: dict[str, Any]) -> None:
        labels: dict[str, str] = data["labels"]
        measures = [m for p in data["improvement_points"] for m in p.get("measures", [])]
        counts: dict[str, Counter[str]] = {name: Counter() for name in words.MEASURE_ROWS}
        for measure in measures:
            for name, label in measure["_labels"].items():
                counts[name][label] += 1
        measure_words: Counter[str] = Counter(m["_measure_label"] for m in measures)
        if hasattr(self, "grid_labels"):
            measure_words.update(self.grid_labels[0])
            if self.grid_labels[1]:
                labels["evaluation_row"] = self.grid_labels[1].most_common(1)[0][0]
        if measure_words:
            labels["measure"] = measure_words.most_common(1)[0][0]
        for name in words.MEASURE_ROWS:
            if counts[name]:
                labels[name] = counts[name].most_common(1)[0][0]
        for measure in measures:
            own = {
                name: label
                for name, label in measure.pop("_labels").items()
                if label != labels.get(name)
            }
            measure.pop("_measure_label")
            if own:
                measure["labels"] = own
        missing = [
            name
            for name in (*words.MEASURE_ROWS, "measure", "evaluation_row")
            if name not in labels
        ]
        for name in missing:
            labels[name] = ""
        if missing:
            self.finding(None, f"labels zonder tekst in het verslag: {', '.join(missing)}")
        order = ("measure", *words.MEASURE_ROWS, "evaluation_row")
        rest = {k: v for k, v in labels.items() if k not in order}
        data["labels"] = {**{k: labels[k] for k in order}, **rest}
        for point in data["improvement_points"]:
            for i, measure in enumerate(point.get("measures", [])):
                point["measures"][i] = _ordered_measure(measure)


SECTION_NAMES = ("analysis", "objective", "measures", "elaboration")
SECTION_WORDS = {
    "analysis": "analyse",
    "objective": "doelstelling",
    "measures": "lijst van maatregelen",
    "elaboration": "uitwerking met maatregeltabellen",
}


def _section_name(title: str, blocks: list[Para | Table]) -> str:
    """What a point's section is by what it holds: measure tables, the objective (it
    restates the point: '<title>: ...'), the analysis (its parts under level-3 headings) or
    the numbered measure list."""
    if any(isinstance(b, Table) for b in blocks):
        return "elaboration"
    paras = [b for b in blocks if isinstance(b, Para) and b.text]
    if paras and paras[0].kind != "heading" and paras[0].plain.startswith(title):
        return "objective"
    if any(p.kind == "heading" for p in paras):
        return "analysis"
    if paras and all(p.kind == "numbered" for p in paras):
        return "measures"
    return "objective"


def _ordered_point(point: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "id",
        "title",
        "statement",
        "inspectorate_wording",
        "analysis",
        "objective",
        "measures_title",
        "measure_list",
        "elaboration_title",
        "measures",
    )
    return {k: point[k] for k in keys if k in point}


def _ordered_measure(measure: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "title", "labels", *words.MEASURE_ROWS)
    return {k: measure[k] for k in keys if k in measure}


def _analysis_kind(heading: str, index: int) -> tuple[str, bool]:
    """The kind of an analysis part by the words of its heading (True), else by its place in
    the kinds' order (False: a finding)."""
    words = heading.lower()
    for kind, cues in (
        ("current-practice", ("werkwijze", "current", "practice")),
        ("bottlenecks", ("knelpunt", "bottleneck")),
        ("causes", ("oorza", "cause")),
        ("attention-points", ("aandacht", "attention")),
        ("departments", ("afdeling", "department", "teams")),
        ("assessment-framework", ("toetsingskader", "kader", "framework")),
    ):
        if any(cue in words for cue in cues):
            return kind, True
    return ANALYSIS_KINDS[index % len(ANALYSIS_KINDS)], False


def _unbold(text: str) -> str:
    text = text.strip()
    if text.startswith("**") and text.endswith("**") and text.count("**") == 2:
        return text[2:-2]
    return text


def _cell_text(cell: list[Para]) -> str:
    return " ".join(p.plain for p in cell).strip()


def _is_grid(table: Table) -> bool:
    if len(table.rows) < 2 or not table.rows[0]:
        return False
    return re.fullmatch(r"\d{4}", _cell_text(table.rows[0][0])) is not None


def _point_text(point: dt.date | tuple[int, int]) -> str:
    if isinstance(point, dt.date):
        return point.isoformat()
    return f"{point[0]:04d}-{point[1]:02d}"


_LEAD = re.compile(r"^(?P<wording>[^:]{1,80}?)(?::(?:\s+(?P<rest>.*))?|\.)$", re.DOTALL)


def _split_lead(text: str) -> tuple[str, str]:
    match = _LEAD.match(text)
    if match is None:
        head, _sep, rest = text.partition(": ")
        return head.strip(), rest.strip()
    return match.group("wording").strip(), (match.group("rest") or "").strip()


def _milestone_lead(text: str, *, first: bool) -> bool:
    """Does this paragraph of a realisation cell start a milestone ('Voor 01-10-2018: ...',
    'Per direct.', 'Doorlopend: ...')? The first paragraph always does; a later one when the
    words before its colon are a date the grammar reads, or hold a year."""
    if _LEAD.match(text) is None:
        return False
    if first:
        return True
    wording, _rest = _split_lead(text)
    if not isinstance(read(wording), Unreadable):
        return True
    return len(wording.split()) <= 8 and re.search(r"\b\d{4}\b", wording) is not None


def _with_text(para: Para, text: str) -> Para:
    return Para(
        para.kind, para.level, text, text, para.style, para.index, para.number, para.italic_all
    )
