"""A plan written out as pandoc Markdown, the way someone would type it up without plancheck:
the title page in Word's Title and Subtitle styles, numbered headings, measure tables as grid
tables with labelled rows, the planning as one pipe table per year, footnotes as Markdown
notes, measure references as links to the measure's table. `pandoc -o plan.docx` makes the
Word file the import tests read ("a real Word file not made by plancheck")."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from plancheck.model import REPORT_LABELS
from plancheck.wording import MONTH_ABBREVIATIONS
from plancheck.words import MEASURE_ROWS


def _refs(text: str) -> str:
    """[maatregel 8](measure:8) -> a link to the measure table's anchor."""
    return re.sub(
        r"\]\(measure:([^)]+)\)", lambda m: f"](#maatregel_{m.group(1).replace('.', '_')})", text
    )


def _grid(rows: list[list[str]]) -> str:
    """A headerless pandoc grid table; each cell a Markdown text of one or more lines."""
    cells = [[_refs(cell).split("\n") for cell in row] for row in rows]
    widths = [max(len(line) for row in cells for line in row[c]) + 2 for c in range(2)]
    rule = "+" + "+".join("-" * w for w in widths) + "+"
    out = [rule]
    for row in cells:
        height = max(len(lines) for lines in row)
        for i in range(height):
            parts = []
            for c, lines in enumerate(row):
                line = lines[i] if i < len(lines) else ""
                parts.append(" " + line.ljust(widths[c] - 1))
            out.append("|" + "|".join(parts) + "|")
        out.append(rule)
    return "\n".join(out)


def _milestones(measure: dict[str, Any]) -> str:
    out = []
    for milestone in measure["realisation"]:
        text = milestone.get("text")
        if not text:
            out.append(f"{milestone['wording']}.")
        elif text.startswith(("- ", "1. ")):
            out.append(f"{milestone['wording']}:\n\n{text.rstrip()}")
        else:
            out.append(f"{milestone['wording']}: {text.rstrip()}")
    return "\n\n".join(out)


def plan_markdown(data: dict[str, Any]) -> str:
    labels = {**REPORT_LABELS, **data["labels"]}
    doc = data["document"]
    day = dt.date.fromisoformat(doc["version_date"]).strftime("%d-%m-%Y")
    out = [
        "---",
        f"title: {_quoted(doc['title'])}",
        f"author: {_quoted(doc.get('author', ''))}",
        f"subject: {_quoted(' / '.join(doc['running_header']))}",
        f"keywords: [{', '.join(_quoted(k) for k in doc['inspectorates'])}]",
        f"lang: {doc['language']}",
        "---",
        "",
    ]
    for line in (
        f"{labels['municipalities']} {', '.join(doc['municipalities'])}",
        doc["code"],
        f"{labels['date']} {day}",
    ):
        out += ['::: {custom-style="Subtitle"}', line, ":::", ""]
    intro = data["introduction"]
    chapter = 1
    out += [f"# {chapter} {intro['title']}", "", f"### {intro['points_heading']}", ""]
    for point in data["improvement_points"]:
        out += [f"{labels['point']} {point['id']}. {point['inspectorate_wording']}", ""]
    out += [f"### {intro['response']['heading']}", "", intro["response"]["text"].rstrip(), ""]
    for point in data["improvement_points"]:
        chapter += 1
        n = chapter
        out += [f"# {n} {point['title']}", "", f"### {point['title']}.", ""]
        out += [point["statement"].rstrip(), ""]
        out += [f"## {n}.1 {point['analysis']['title']}", ""]
        for part in point["analysis"]["parts"]:
            out += [f"### {part['heading']}", "", part["text"].rstrip(), ""]
        out += [f"## {n}.2 {point['objective']['title']}", ""]
        out += [f"{point['title']}: {point['inspectorate_wording']}", ""]
        out += [labels["objective"], "", point["objective"]["text"].rstrip(), ""]
        out += [f"## {n}.3 {point['measures_title']}", ""]
        for item in point["measure_list"]:
            out.append(f"{item['number']}. {item['text']}")
        out += ["", f"## {n}.4 {point['elaboration_title']}", ""]
        for measure in point["measures"]:
            own = {**labels, **measure.get("labels", {})}
            anchor = "maatregel_" + measure["id"].replace(".", "_")
            rows = [
                [
                    f"[]{{#{anchor}}}**{labels['measure']} {measure['id']}**",
                    f"**{measure['title']}**",
                ]
            ]
            for name in MEASURE_ROWS:
                if name == "owners":
                    value = "\n\n".join(o["wording"] for o in measure["owners"])
                elif name == "involved":
                    value = measure["involved"]["text"]
                elif name == "realisation":
                    value = _milestones(measure)
                else:
                    value = measure[name]
                rows.append([f"**{own[name]}**", value.rstrip()])
            out += [_grid(rows), ""]
    closing = data.get("closing")
    if closing:
        chapter += 1
        out += [f"# {chapter} {closing['title']}", ""]
        for part in closing["parts"]:
            out += [f"### {part['heading']}", "", part["text"].rstrip(), ""]
    chapter += 1
    planning = data["planning"]
    out += [f"# {chapter} {planning['title']}", ""]
    start, end = planning["start"], planning["end"]
    months = []
    year, month = int(start[:4]), int(start[5:7])
    while f"{year:04d}-{month:02d}" <= end:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    for year in sorted({y for y, _ in months}):
        shown = [m for m in months if m[0] == year]
        out.append("| " + " | ".join([str(year)] + [" "] * len(shown)) + " |")
        out.append("|" + "|".join(["---"] * (1 + len(shown))) + "|")
        out.append("| | " + " | ".join(MONTH_ABBREVIATIONS[m - 1] for _, m in shown) + " |")
        for row in planning["rows"]:
            for kind, label in (
                ("work", f"{labels['measure']} {row['measure']}"),
                ("evaluation", labels["evaluation_row"]),
            ):
                marks = ["X" if f"{y:04d}-{m:02d}" in row[kind] else " " for y, m in shown]
                out.append(f"| {label} | " + " | ".join(marks) + " |")
        out.append("")
    for note in data["footnotes"]:
        out += [f"[^{note['id']}]: {note['text']}", ""]
    return "\n".join(out)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
