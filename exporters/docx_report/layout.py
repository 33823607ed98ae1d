"""The rendering pass: where do the headings fall? Asked of LibreOffice, where installed.

python-docx cannot lay out pages, and a TOC field shows only its cached result in LibreOffice
(which does not update indexes on load or in headless conversion) and in Word until the
reader updates it. So the report is rendered once through LibreOffice headless to PDF, the
PDF's text is read page by page (pdftotext, from poppler-utils), and each heading's page goes
into the TOC's cached result of the final file. Without LibreOffice or pdftotext the TOC lists
its entries without page numbers (docs/docx-report.md).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

TIMEOUT_S = 180


class LayoutUnavailable(Exception):
    """LibreOffice or pdftotext is missing, or the conversion failed; the message says which."""


def tools() -> tuple[str, str] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if soffice and pdftotext:
        return soffice, pdftotext
    return None


def to_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert with LibreOffice headless, in a profile of its own (no lock on the user's)."""
    found = tools()
    if found is None:
        raise LayoutUnavailable(
            "LibreOffice (soffice) and pdftotext are needed for TOC page numbers; install "
            "them with: apt-get install libreoffice-writer-nogui poppler-utils"
        )
    soffice, _ = found
    with tempfile.TemporaryDirectory(prefix="plancheck-lo-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ]
        try:
            subprocess.run(
                command,
                check=True,
                capture_output=True,
                timeout=TIMEOUT_S,
                env={**os.environ, "HOME": profile},
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
            raise LayoutUnavailable(f"LibreOffice could not convert the report: {err}") from err
    pdf = out_dir / (docx.stem + ".pdf")
    if not pdf.is_file():
        raise LayoutUnavailable("LibreOffice produced no PDF")
    return pdf


def page_texts(pdf: Path) -> list[str]:
    found = tools()
    assert found is not None
    try:
        result = subprocess.run(
            [found[1], "-layout", str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
        raise LayoutUnavailable(f"pdftotext could not read the rendered report: {err}") from err
    pages = result.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def heading_pages(pages: Sequence[str], headings: Sequence[tuple[str, str]]) -> list[int | None]:
    """The 1-based page of each (number, title) heading, searched in order.

    A heading's line starts with its number and title; the TOC's own line for it ends in a
    dot leader or a page number, so it is skipped.
    """
    result: list[int | None] = []
    start = 0
    for number, title in headings:
        wanted = _norm(f"{number} {title}")[:40]
        found = None
        for index in range(start, len(pages)):
            for line in pages[index].splitlines():
                text = _norm(line)
                if not text.startswith(wanted):
                    continue
                if re.search(r"(\.{3,}|…)|\s\d+$", text) and not text.endswith(_norm(title)[-10:]):
                    continue  # a TOC line
                found = index
                break
            if found is not None:
                break
        result.append(found + 1 if found is not None else None)
        if found is not None:
            start = found
    return result
