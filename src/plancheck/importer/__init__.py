"""`plancheck import docx`: an improvement plan that exists only as a Word document, read
into the data of a plan.yaml (docs/import.md).

Reads structure (styles, outline levels, list numbering, tables, footnotes), never layout.
plancheck's own report carries what it does not show as plan data (plancheck.plandata): read
back, it is the plan. What the document does not carry or the import cannot place is an
`ImportFinding` with its place in the Word file; a date the grammar cannot read stays wording, with a finding.
python-docx is imported here and by `plancheck import` only, never by `check`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plancheck.importer.build import Builder, ImportFinding
from plancheck.importer.emit import plan_yaml
from plancheck.importer.reader import UnreadableDocx, read_docx

__all__ = ["ImportFinding", "Imported", "UnreadableDocx", "import_docx", "plan_yaml"]


@dataclass(frozen=True)
class Imported:
    data: dict[str, Any]
    findings: tuple[ImportFinding, ...]
    footnotes: int
    measures: int
    milestones: int
    marks: int


def import_docx(path: str | Path) -> Imported:
    """Read the Word file at `path` into plan data; UnreadableDocx when it is none."""
    docx = read_docx(str(path))
    builder = Builder(docx, Path(path).name)
    data = builder.build()
    measures = [m for p in data["improvement_points"] for m in p.get("measures", [])]
    return Imported(
        data,
        tuple(builder.findings),
        footnotes=len(data["footnotes"]),
        measures=len(measures),
        milestones=sum(len(m["realisation"]) for m in measures),
        marks=sum(len(r["work"]) + len(r["evaluation"]) for r in data["planning"]["rows"]),
    )
