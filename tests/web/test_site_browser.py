"""The web site in a real browser: headless Chromium driven by puppeteer-core, with axe-core.

tests/web/js/check_site.mjs opens every page at 1280 and 320 CSS pixels and reports: the
WCAG 2.1 A and AA violations axe-core finds (tags wcag2a, wcag2aa, wcag21a, wcag21aa), how
wide the document is (nothing may scroll sideways at 320 px but a scroll box of its own),
whether every element the Tab key reaches shows its focus, and any request to anything but
the site's own files. It also takes screenshots (desktop, phone, print) and prints the
timeline to PDF, into tests/artifacts/, and opens the calendars page with JavaScript off.

Needs Node, Chromium and the npm packages of tests/web/js (`npm ci --prefix tests/web/js`);
without them the tests skip on a developer's machine and fail under CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from support import ARTIFACTS, ROOT, edited_plan, missing, require_tool

JS = ROOT / "tests" / "web" / "js"
SCRIPT = JS / "check_site.mjs"
NPM_HINT = "npm ci --prefix tests/web/js"
WIDTHS = (1280, 320)
TODAY = "2018-10-03"


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return found or require_tool("chromium", "apt-get install chromium")


def export(folder: Path, *args: str) -> Path:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "plancheck",
            "export",
            "html",
            "-o",
            "site",
            "--today",
            TODAY,
            *args,
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ},
    )
    assert done.returncode == 0, done.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    node = require_tool("node", "apt-get install nodejs (Node.js 18 or later)")
    browser = chromium()
    for package in ("puppeteer-core", "axe-core"):
        if not (JS / "node_modules" / package / "package.json").is_file():
            missing(f"the npm package {package} (tests/web/js/node_modules)", NPM_HINT)
    with_address = tmp_path_factory.mktemp("site-with-address")
    edited_plan(with_address)
    site = export(with_address, "--base-url", "https://example.org/mijn plan/", "--alarm", "1d")
    without = tmp_path_factory.mktemp("site-without-address")
    edited_plan(without)
    bare = export(without)
    alone = subprocess.run(
        [
            sys.executable,
            "-m",
            "plancheck",
            "export",
            "ics",
            "-o",
            "calendars",
            "--base-url",
            "https://example.org/agenda/",
        ],
        cwd=without,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert alone.returncode == 0, alone.stderr
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("site-*"):
        old.unlink()
    config = {
        "chromium": browser,
        "artifacts": str(ARTIFACTS),
        "widths": list(WIDTHS),
        "pages": [
            {"name": "plan", "path": str(site / "index.html"), "shots": [".measure", ".planning"]},
            {"name": "timeline", "path": str(site / "tijdlijn.html"), "maxHeight": 1600},
            {"name": "calendars", "path": str(site / "agenda" / "index.html")},
            {"name": "calendars-without-address", "path": str(bare / "agenda" / "index.html")},
            # the page of `export ics`, on its own (its style inline, no site navigation)
            {"name": "calendars-alone", "path": str(without / "calendars" / "index.html")},
        ],
        "pdf": ["timeline", "plan"],
        "nojs": ["calendars"],
    }
    config_path = tmp_path_factory.mktemp("browser") / "config.json"
    config_path.write_text(json.dumps(config), "utf-8")
    done = subprocess.run(
        [node, str(SCRIPT), str(config_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    (ARTIFACTS / "site-browser-report.json").write_text(json.dumps(result, indent=1), "utf-8")
    return result


def pages(report: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (name, width, result)
        for name, widths in report["pages"].items()
        for width, result in widths.items()
    ]


def test_every_page_was_checked_at_both_widths(report: dict[str, Any]) -> None:
    assert set(report["pages"]) == {
        "plan",
        "timeline",
        "calendars",
        "calendars-without-address",
        "calendars-alone",
    }
    for widths in report["pages"].values():
        assert sorted(map(int, widths)) == sorted(WIDTHS)


def test_axe_finds_no_wcag_21_a_or_aa_violation(report: dict[str, Any]) -> None:
    found = {
        f"{name} at {width}px": [(v["id"], v["targets"]) for v in result["violations"]]
        for name, width, result in pages(report)
        if result["violations"]
    }
    assert not found, json.dumps(found, indent=1)


def test_nothing_scrolls_sideways_at_320px_but_the_scroll_boxes(report: dict[str, Any]) -> None:
    for name, width, result in pages(report):
        overflow = result["overflow"]
        assert overflow["scrollWidth"] <= int(width), (name, width, overflow["wide"])
        assert not overflow["wide"], (name, width, overflow["wide"])
    # the timeline does not fit a phone: its own box scrolls, the page does not
    timeline = report["pages"]["timeline"]["320"]["overflow"]["boxes"]
    assert any(box["scrolls"] for box in timeline)


def test_keyboard_focus_is_visible_everywhere(report: dict[str, Any]) -> None:
    for name, width, result in pages(report):
        focus = result["focus"]
        assert focus["count"] > 3, (name, width)
        assert focus["first"]["label"] == "Naar de inhoud", (name, width)  # the skip link first
        assert not focus["invisible"], (name, width, focus["invisible"])


def test_no_request_leaves_the_site(report: dict[str, Any]) -> None:
    for name, width, result in pages(report):
        assert result["foreign"] == [], (name, width)


def test_the_calendars_page_works_without_javascript(report: dict[str, Any]) -> None:
    plain = report["nojs"]["calendars"]
    assert plain["buttons"] and all(plain["buttons"])  # the copy buttons stay hidden
    assert plain["addresses"] and all(plain["addresses"])  # the addresses show, to copy by hand
    scripted = report["nojs"]["calendars+js"]
    assert not any(scripted["buttons"])  # with JavaScript the buttons appear


def test_screenshots_and_the_timeline_on_one_a4_landscape_page(report: dict[str, Any]) -> None:
    for name, _, result in pages(report):
        for shot in result["shots"]:
            data = Path(shot).read_bytes()
            assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000, shot
        assert (ARTIFACTS / f"site-{name}-print.png").is_file()
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        missing("pdfinfo", "apt-get install poppler-utils")
    info = subprocess.run(
        [str(pdfinfo), report["pdf"]["timeline"]], capture_output=True, text=True, check=True
    ).stdout
    assert "Pages:           1" in info, info
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height and round(width) == 842 and round(height) == 595  # A4 landscape
