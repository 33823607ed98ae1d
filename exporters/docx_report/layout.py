"""The rendering pass: where do the headings fall? Asked of LibreOffice, where installed.

python-docx cannot lay out pages, and a TOC field shows only its cached result in LibreOffice
(which does not update indexes on load or in headless conversion) and in Word until the
reader updates it. So the report is rendered once through LibreOffice headless to PDF, the
PDF's text is read page by page (pdftotext, from poppler-utils), and each heading's page goes
into the TOC's cached result of the final file. Without LibreOffice or pdftotext the TOC lists
its entries without page numbers (docs/docx-report.md); with them, a pass that fails or
times out fails the export (LayoutFailed), so a report never silently loses its numbers.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
from collections.abc import Sequence
from pathlib import Path

TIMEOUT_S = 180
# How long the LibreOffice pass may take, in seconds (a test sets it low).
TIMEOUT_ENV = "PLANCHECK_LIBREOFFICE_TIMEOUT"


class LayoutUnavailable(Exception):
    """LibreOffice or pdftotext is not installed: the report is written without TOC page
    numbers (with `--toc-pages auto`), and a note says how to install them."""


class LayoutFailed(Exception):
    """LibreOffice (or pdftotext) is installed but the pass failed or timed out: the export
    fails and keeps the last good output; the message is one plain line."""


def tools() -> tuple[str, str] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if soffice and pdftotext:
        return soffice, pdftotext
    return None


def timeout_s() -> float:
    raw = os.environ.get(TIMEOUT_ENV, "")
    try:
        value = float(raw) if raw else TIMEOUT_S
    except ValueError:
        return TIMEOUT_S
    return value if value > 0 else TIMEOUT_S


def _run_group(command: Sequence[str], *, timeout: float, env: dict[str, str] | None = None) -> str:
    """Run `command` in a process group of its own and return its standard output.

    LibreOffice starts `soffice.bin` as a child that outlives a killed parent; on a timeout,
    an interrupt (Ctrl-C) or any other exception the whole group is killed, so nothing keeps
    running (or writing into a temporary folder that is being removed) after plancheck.
    """
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # its own session and process group
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except BaseException:
        _kill_group(process)
        raise
    finally:
        # the group may outlive its leader (soffice.bin, a stray helper): end it too
        _kill_group(process, leader_done=True)
    if process.returncode != 0:
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise subprocess.CalledProcessError(process.returncode, command[0], out, last[0])
    return out.decode("utf-8", "replace")


def _kill_group(process: subprocess.Popen[bytes], *, leader_done: bool = False) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    if not leader_done:
        with contextlib.suppress(Exception):
            process.communicate(timeout=10)


def _plain(what: str, err: BaseException, timeout: float) -> str:
    if isinstance(err, subprocess.TimeoutExpired):
        return f"{what} did not finish within {timeout:g} s"
    if isinstance(err, subprocess.CalledProcessError):
        detail = f": {err.stderr}" if err.stderr else ""
        return f"{what} stopped with exit code {err.returncode}{detail}"
    if isinstance(err, OSError):
        return f"{what} could not be started: {err.strerror or err}"
    return f"{what} failed: {err}"


def page_texts(pdf: Path) -> list[str]:
    found = tools()
    if found is None:
        raise LayoutUnavailable("pdftotext is needed for TOC page numbers")
    limit = timeout_s()
    try:
        text = _run_group([found[1], "-layout", str(pdf), "-"], timeout=limit)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
        raise LayoutFailed(_plain("pdftotext", err, limit)) from err
    pages = text.split("\f")
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
