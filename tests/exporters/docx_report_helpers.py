"""Helpers for tests/exporters/test_docx_report.py: run the CLI, read the .docx XML, read a PDF.

The PDF is read with poppler's command-line tools, independently of the exporter's own
layout pass: `pdftotext -layout` for the text of each page (pages split on form feeds) and
`pdftotext -bbox-layout` for every word with its box, in PDF points from the top-left corner.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx.oxml.ns import qn
from support import ROOT, require_tool

LIBREOFFICE_HINT = "apt-get install libreoffice-writer-nogui"
POPPLER_HINT = "apt-get install poppler-utils"
XHTML = "{http://www.w3.org/1999/xhtml}"
TIMEOUT_S = 300


# -- the command line ---------------------------------------------------------------------------
def plancheck_command() -> list[str]:
    """The installed `plancheck` script beside this interpreter, as a user runs it."""
    script = Path(sys.executable).parent / "plancheck"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "plancheck"]


def run_plancheck(
    *args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*plancheck_command(), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env=env,
        check=False,
    )


def to_pdf(docx: Path, out_dir: Path, profile: Path) -> Path:
    """LibreOffice headless in a profile of its own (never the user's, never locked)."""
    soffice = require_tool("soffice", LIBREOFFICE_HINT)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
        env={**os.environ, "HOME": str(profile)},
    )
    pdf = out_dir / (docx.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice wrote no PDF for {docx}"
    return pdf


# -- the .docx --------------------------------------------------------------------------------
def text_of(element: object) -> str:
    """All w:t text below an element (runs inside hyperlinks too), tabs as \\t."""
    out: list[str] = []
    for node in element.iter(qn("w:t"), qn("w:tab")):  # type: ignore[attr-defined]
        out.append("\t" if node.tag == qn("w:tab") else (node.text or ""))
    return "".join(out)


def on(rpr: object, tag: str) -> bool:
    """Whether a toggle property (w:b, w:i) is set in a w:rPr."""
    if rpr is None:
        return False
    found = rpr.find(qn(tag))  # type: ignore[attr-defined]
    if found is None:
        return False
    return found.get(qn("w:val"), "true") not in ("0", "false", "off")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# -- the PDF ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]

    def lines(self, tolerance: float = 2.5) -> list[list[Word]]:
        """Words grouped into visual lines (by top edge), each sorted left to right.

        Superscripts sit higher than their line; they are grouped by their bottom edge
        falling inside a line's box instead."""
        rows: list[list[Word]] = []
        for word in sorted(self.words, key=lambda w: (w.y0, w.x0)):
            for row in rows:
                top = row[0]
                if abs(word.y0 - top.y0) <= tolerance or (
                    word.height < 0.8 * top.height and top.y0 <= word.y1 <= top.y1
                ):
                    row.append(word)
                    break
            else:
                rows.append([word])
        return [sorted(row, key=lambda w: w.x0) for row in rows]


def pdf_pages_text(pdf: Path) -> list[str]:
    """`pdftotext -layout`, one string per page."""
    tool = require_tool("pdftotext", POPPLER_HINT)
    out = subprocess.run(
        [tool, "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    ).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def pdf_words(pdf: Path) -> list[Page]:
    """`pdftotext -bbox-layout`: every word with its box, per page."""
    tool = require_tool("pdftotext", POPPLER_HINT)
    out = subprocess.run(
        [tool, "-bbox-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    ).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out, count=1))
    pages: list[Page] = []
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        words = tuple(
            Word(
                (w.text or "").strip(),
                float(w.get("xMin", 0)),
                float(w.get("yMin", 0)),
                float(w.get("xMax", 0)),
                float(w.get("yMax", 0)),
            )
            for w in page.iter(f"{XHTML}word")
        )
        pages.append(Page(number, float(page.get("width", 0)), float(page.get("height", 0)), words))
    return pages


def pdf_page_count(pdf: Path) -> int:
    tool = require_tool("pdfinfo", POPPLER_HINT)
    out = subprocess.run(
        [tool, str(pdf)], check=True, capture_output=True, text=True, timeout=TIMEOUT_S
    ).stdout
    found = re.search(r"^Pages:\s+(\d+)$", out, re.MULTILINE)
    assert found, out
    return int(found.group(1))


def find_sequence(words: Sequence[Word], wanted: Sequence[str]) -> int | None:
    """Index of the first word of `wanted` (a run of word texts) in reading order, or None."""
    texts = [w.text for w in words]
    for i in range(len(texts) - len(wanted) + 1):
        if texts[i : i + len(wanted)] == list(wanted):
            return i
    return None


def snapshot(pdf: Path, page: int, target: Path, dpi: int = 60) -> Path:
    """One page as PNG (pdftoppm), for a person to look at."""
    tool = require_tool("pdftoppm", POPPLER_HINT)
    target.parent.mkdir(parents=True, exist_ok=True)
    prefix = target.with_suffix("")
    subprocess.run(
        [tool, "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(prefix)],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
    )  # fmt: skip
    png = prefix.with_suffix(".png")
    assert png.is_file(), png
    return png
