"""The second example, examples/dijkwaard/plan.yaml: a plan of another shape than the bundled
one (one municipality, actions A1 ... C1 with a declared group B2 -> B2a, B2b, three
improvement points, seven measures, a 2021-2023 planning, its own external milestone, labels
and date convention, analysis parts with free headings). It passes the gate and builds like
the bundled plan: the Word report (and its PDF through LibreOffice), the feeds (read back by
ical.js) and the site (axe in Chromium); and no word of the bundled plan is in any output."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from support import ROOT, check_as_of, missing, plan_text, require_tool

EXAMPLE = ROOT / "examples" / "dijkwaard" / "plan.yaml"
TEXT = plan_text(EXAMPLE)
# words of the bundled (published) plan that have no place in another municipality's outputs
BUNDLED = re.compile(
    r"Middelburg|Veere|Vlissingen|Pentekening|Zeeland|Zeeuw|Walche|Porthos|CSG53BED47F|"
    r"2018|Gemeenten",
    re.IGNORECASE,
)
ICAL_JS = ROOT / "tests" / "exporters" / "js"
WEB_JS = ROOT / "tests" / "web" / "js"


def plancheck(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=folder,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dijkwaard")
    done = plancheck(folder, "build", str(EXAMPLE), "--out", "build", "--toc-pages", "none")
    assert done.returncode == 0, done.stderr
    assert not BUNDLED.search(done.stdout), done.stdout
    return folder / "build"


def test_the_example_passes_the_gate_with_its_one_acknowledged_finding():
    result = check_as_of(TEXT)
    assert [(f.rule, f.subject) for f in result.findings if not f.suppressed] == []
    assert [(f.rule, f.subject) for f in result.findings] == [("owner-not-appointed", "A3")]


def test_the_example_has_another_shape_than_the_bundled_plan():
    plan = check_as_of(TEXT).plan
    assert [p.id for p in plan.improvement_points] == ["A", "B", "C"]
    assert [m.id for m in plan.measures] == ["A1", "A2", "A3", "B1", "B2a", "B2b", "C1"]
    assert plan.planning.years == [2021, 2022, 2023]
    assert [m.id for m in plan.external_milestones] == ["beleidsplan-sociaal-domein"]
    group = plan.improvement_points[1].measure_list[1]
    assert group.is_declared_group and group.measures == ("B2a", "B2b")
    assert all(part.kind is None for p in plan.improvement_points for part in p.analysis)
    assert plan.municipalities_line() == "Gemeente Dijkwaard"
    assert plan.labels["measure"] == "Actie" and not plan.conventions.first_of_month


def outputs(folder: Path) -> list[tuple[str, str]]:
    """(name, text) of every output: the Word report's XML parts, the site, the feeds and
    the findings."""
    out: list[tuple[str, str]] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as docx:
                out += [
                    (f"{path.name}:{name}", docx.read(name).decode("utf-8"))
                    for name in docx.namelist()
                    if name.endswith((".xml", ".rels"))
                ]
        elif path.is_file() and path.suffix in (".html", ".ics", ".css", ".txt", ".json", ".js"):
            out.append((str(path.relative_to(folder)), path.read_text("utf-8")))
    return out


def test_no_word_of_the_bundled_plan_is_in_any_output(built: Path):
    texts = outputs(built)
    assert any(name.endswith("word/document.xml") for name, _ in texts)
    assert any(name.endswith(".ics") for name, _ in texts)
    assert any(name.endswith("index.html") for name, _ in texts)
    found = {
        name: sorted({m.group(0) for m in BUNDLED.finditer(text)})
        for name, text in texts
        if BUNDLED.search(text)
    }
    assert not found, found


def test_the_site_and_feeds_say_what_the_plan_calls_a_measure(built: Path):
    site = built / "site"
    for path in [*site.rglob("*.html"), *site.rglob("*.ics")]:
        text = re.sub(r"<[^>]+>", " ", path.read_text("utf-8"))
        assert not re.search(r"maatregel|Oplevering", text, re.IGNORECASE), path.name
    calendars = (site / "agenda" / "index.html").read_text("utf-8")
    assert ">Per actie</h2>" in calendars
    assert "van alle acties" in (site / "agenda" / "alle-mijlpalen.ics").read_text("utf-8")
    assert "Tijdlijn van de acties" in (site / "tijdlijn.html").read_text("utf-8")


def test_the_report_uses_the_plans_own_words(built: Path):
    with zipfile.ZipFile(built / "verbeterplan.docx") as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
        header = "".join(docx.read(n).decode("utf-8") for n in docx.namelist() if "header" in n)
    text = re.sub(r"<[^>]+>", "", xml)
    for word in ("Actie B2a", "evaluatiemoment", "Bevinding A", "Gemeente Dijkwaard"):
        assert word in text, word
    assert "Gemeente Dijkwaard" in re.sub(r"<[^>]+>", "", header)
    feeds = sorted(p.name for p in (built / "site" / "agenda").glob("*.ics"))
    assert "actie-b2a.ics" in feeds and "alle-mijlpalen.ics" in feeds


def test_the_report_converts_through_libreoffice_and_no_label_breaks(tmp_path: Path):
    require_tool("soffice", "apt-get install libreoffice-writer-nogui")
    pdftotext = require_tool("pdftotext", "apt-get install poppler-utils")
    done = plancheck(tmp_path, "export", "pdf", str(EXAMPLE), "-o", "plan.pdf")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        [pdftotext, "-layout", str(tmp_path / "plan.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert not BUNDLED.search(text), BUNDLED.findall(text)
    # the grid's label column is as wide as its labels: no 'evaluatiemomen' + 't'
    assert text.count("evaluatiemoment") >= 7 * 3
    assert not re.search(r"evaluatiemomen\s*$", text, re.MULTILINE)


def test_ical_js_reads_every_feed(built: Path):
    node = require_tool("node", "apt-get install nodejs (Node.js 18 or later)")
    if not (ICAL_JS / "node_modules" / "ical.js" / "package.json").is_file():
        missing("the npm package ical.js", "npm ci --prefix tests/exporters/js")
    files = sorted((built / "site" / "agenda").glob("*.ics"))
    done = subprocess.run(
        [node, str(ICAL_JS / "parse_ics.mjs"), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    parsed = json.loads(done.stdout)
    assert sorted(parsed) == sorted(map(str, files))
    everything = parsed[str(built / "site" / "agenda" / "alle-mijlpalen.ics")]["events"]
    assert len(everything) == 11  # the dated milestones; A3's is ongoing
    assert all(e["dtstart"].startswith(("2021", "2022", "2023")) for e in everything)


def test_axe_finds_no_violation_on_the_examples_site(built: Path, tmp_path: Path):
    node = require_tool("node", "apt-get install nodejs (Node.js 18 or later)")
    browser = shutil.which("chromium-browser") or require_tool(
        "chromium", "apt-get install chromium"
    )
    for package in ("puppeteer-core", "axe-core"):
        if not (WEB_JS / "node_modules" / package / "package.json").is_file():
            missing(f"the npm package {package}", "npm ci --prefix tests/web/js")
    site = built / "site"
    config = {
        "chromium": browser,
        "artifacts": str(tmp_path),
        "widths": [1280, 320],
        "pages": [
            {"name": "plan", "path": str(site / "index.html")},
            {"name": "timeline", "path": str(site / "tijdlijn.html"), "maxHeight": 1600},
            {"name": "calendars", "path": str(site / "agenda" / "index.html")},
        ],
    }
    config_path = tmp_path / "config.json"
    config_path.write_text(json.dumps(config), "utf-8")
    done = subprocess.run(
        [node, str(WEB_JS / "check_site.mjs"), str(config_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert sorted(report["pages"]) == ["calendars", "plan", "timeline"]
    found = {
        f"{name} at {width}px": [v["id"] for v in result["violations"]]
        for name, widths in report["pages"].items()
        for width, result in widths.items()
        if result["violations"]
    }
    assert not found, found
