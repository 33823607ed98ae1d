"""The report's fixed words come from the plan's labels (with the published Dutch words as
defaults), so a plan of one municipality, or in other words, reads right."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx

from plancheck.starter import STARTER_PLAN


def export(tmp_path: Path, plan_text: str) -> docx.document.Document:
    (tmp_path / "plan.yaml").write_text(plan_text, "utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "plancheck",
            "export",
            "docx",
            "-o",
            "out.docx",
            "--toc-pages",
            "none",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    return docx.Document(str(tmp_path / "out.docx"))


def header_text(document: docx.document.Document) -> str:
    header = document.sections[0].header
    return "\n".join(
        p.text for t in header.tables for row in t.rows for c in row.cells for p in c.paragraphs
    )


def test_default_words_are_the_published_ones(tmp_path: Path) -> None:
    document = export(tmp_path, STARTER_PLAN)
    text = header_text(document)
    assert "Gemeente <Gemeente>" in text and "Datum: 15-01-2026" in text and "Blad: 1 van 1" in text
    assert "Gemeenten" not in text  # one municipality: 'Gemeente', not 'Gemeenten'
    assert "Gemeenten" not in "\n".join(p.text for p in document.paragraphs)
    body = [p.text for p in document.paragraphs]
    assert any(line.startswith("Punt 1. ") for line in body)
    assert "Doelstelling:" in body


def test_a_plan_overrides_the_words(tmp_path: Path) -> None:
    text = STARTER_PLAN.replace(
        "  evaluation_row: evaluatie\n",
        "  evaluation_row: evaluatie\n  municipalities: Gemeente\n  point: Verbeterpunt\n"
        "  objective: 'Doel:'\n  date: 'Versie:'\n  page: 'Pagina'\n  page_of: 'of'\n",
    ).replace("municipalities: [<Gemeente>]", "municipalities: [Sluis]")
    document = export(tmp_path, text)
    header = header_text(document)
    assert (
        "Gemeente Sluis" in header and "Versie: 15-01-2026" in header and "Pagina 1 of 1" in header
    )
    body = [p.text for p in document.paragraphs]
    assert any(line.startswith("Verbeterpunt 1. ") for line in body)
    assert "Doel:" in body and "Doelstelling:" not in body
