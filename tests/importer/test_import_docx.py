"""`plancheck import docx`: a Word plan read into plan.yaml (docs/import.md).

plancheck's own report carries what it does not show as plan data (a Custom XML part,
plancheck.plandata): import(export(plan)) is the plan, compared by the one differ
(plancheck.diff) with nothing filled in, for the published plan, the example and the English
plan, also after LibreOffice re-saved the report. Word files without that part (the report
with the part taken out, the plan typed up in Markdown and written by pandoc) are compared
after what a report does not carry is taken from the plan (roundtrip.transplant, which
counts it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from markdown_plan import plan_markdown
from roundtrip import transplant
from support import PUBLISHED, ROOT, edited_plan, require_tool

from plancheck import i18n
from plancheck.diff import diff_plans
from plancheck.diff_render import lines
from plancheck.engine import check_file
from plancheck.importer import Imported, import_docx, plan_yaml
from plancheck.loader import load_text
from plancheck.model import Plan, ProgressEntry
from plancheck.validation import validate

LIBREOFFICE_HINT = "apt-get install libreoffice-writer-nogui"
PANDOC_HINT = "apt-get install pandoc"


def _plan(path: Path) -> Plan:
    result = check_file(path)
    assert result.plan is not None, [str(f.message) for f in result.findings]
    return result.plan


def _report(plan_path: Path, out: Path) -> Path:
    from plancheck.exporters.docx_report import write_docx

    write_docx(_plan(plan_path), out, layout_mode="none")
    return out


@pytest.fixture(scope="module")
def published() -> Plan:
    return _plan(PUBLISHED)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _report(PUBLISHED, tmp_path_factory.mktemp("report") / "verbeterplan.docx")


EXAMPLE = ROOT / "examples" / "dijkwaard" / "plan.yaml"
ENGLISH = ROOT / "tests" / "fixtures" / "english-plan.yaml"
PROGRESS = ROOT / "examples" / "voortgang" / "plan.yaml"  # the published plan with progress


def _without_plan_data(report: Path, out: Path) -> Path:
    """The report as a Word file that has no plancheck plan data (as one that another program
    wrote, or whose custom XML was dropped): the part's relationship taken out."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document(str(report))
    rels = document.part.rels
    for key in [k for k, rel in rels.items() if rel.reltype == RT.CUSTOM_XML]:
        del rels[key]
    document.save(str(out))
    assert b"urn:plancheck:plan-data" not in out.read_bytes()
    return out


def _differences(plan_path: Path, imported: Imported, folder: Path) -> list[str]:
    """`plancheck diff plan import`, line by line, with nothing taken from the plan."""
    path = folder / "imported.yaml"
    path.write_text(plan_yaml(imported.data), "utf-8")
    diff = diff_plans(_plan(plan_path), _plan(path), "plan", "import")
    return [f"{line.section}: {line.subject}: {line.pieces}" for line in lines(diff)]


def _compared(imported: Imported, folder: Path) -> tuple[list[str], dict[str, int]]:
    """The differences left between the plan and the import, as `plancheck diff` says
    them, once what the report does not carry is taken from the plan; and what was taken."""
    original = yaml.safe_load(PUBLISHED.read_text("utf-8"))
    data, taken = transplant(imported.data, original)
    path = folder / "transplanted.yaml"
    path.write_text(plan_yaml(data), "utf-8")
    diff = diff_plans(_plan(PUBLISHED), _plan(path), "plan", "import")
    return [f"{line.section}: {line.subject}: {line.pieces}" for line in lines(diff)], taken


def _figures(imported: Imported, plan: Plan) -> None:
    """What the import recovers, against what the plan has: every measure, milestone,
    grid mark and footnote."""
    assert imported.measures == len(plan.measures)
    assert imported.milestones == len(plan.milestones)
    assert imported.marks == sum(len(r.work) + len(r.evaluation) for r in plan.planning.rows)
    assert imported.footnotes == len(plan.footnotes)


def _not_carried(plan: Plan, taken: dict[str, int]) -> None:
    """What was taken from the plan is what a report cannot show, and no more."""
    assert taken["milestone ids"] == len(plan.milestones)
    assert taken["footnote ids"] == len(plan.footnotes)
    # kinds the report does not show: a decision reads as a deliverable
    assert taken["milestone kinds"] == sum(m.kind == "decision" for m in plan.milestones)
    assert taken["builds_on"] == sum(bool(m.builds_on) for m in plan.milestones)


@pytest.mark.parametrize(
    "plan_path", [PUBLISHED, EXAMPLE, ENGLISH, PROGRESS], ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_the_report_round_trips_exactly(plan_path, tmp_path):
    """import(export(plan)) is the plan: no difference by `plancheck diff`'s differ, with
    nothing filled in from the plan, and nothing left to check."""
    plan = _plan(plan_path)
    imported = import_docx(_report(plan_path, tmp_path / "verbeterplan.docx"))
    _figures(imported, plan)
    assert _differences(plan_path, imported, tmp_path) == []
    assert [str(f) for f in imported.findings] == []
    # what the differ does not compare comes back too
    back = _plan(tmp_path / "imported.yaml")
    assert back.conventions == plan.conventions
    assert back.layout == plan.layout
    assert [(a.rule, a.subject, a.facts) for a in back.acknowledged] == [
        (a.rule, a.subject, a.facts) for a in plan.acknowledged
    ]
    assert back.labels == plan.labels
    assert [_entry(e) for e in back.progress] == [_entry(e) for e in plan.progress]


def _entry(entry: ProgressEntry) -> tuple[object, ...]:
    evidence = [(e.title, e.reference) for e in entry.evidence]
    return (entry.date, entry.status, entry.milestone, entry.measure, entry.text, evidence)


def test_a_version_table_round_trips_with_the_ids_it_does_not_show(tmp_path):
    """A plan with a later revision: the report shows the version table (the body's
    version, date and reason); the plan data adds the ids each version changed or removed."""
    plan_path = edited_plan(
        tmp_path / "plan",
        ('version_date: "2018-08-31"', 'version_date: "2018-10-01"'),
        (
            "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n",
            "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
            '  - version: "1.1"\n    date: "2018-10-01"\n    reason: Factsheet later.\n'
            "    changes: [6-factsheet]\n    removed: [7-vervallen]\n",
        ),
    )
    imported = import_docx(_report(plan_path, tmp_path / "verbeterplan.docx"))
    assert [r["version"] for r in imported.data["revisions"]] == ["31-08-2018", "1.1"]
    assert _differences(plan_path, imported, tmp_path) == []


def test_a_report_without_plan_data_is_read_from_its_text(report, published, tmp_path):
    """A Word file without plancheck's plan data: what the report does not show is made
    plainly (with findings) and, taken from the plan, the rest is the plan."""
    imported = import_docx(_without_plan_data(report, tmp_path / report.name))
    _figures(imported, published)
    differences, taken = _compared(imported, tmp_path)
    assert differences == []
    _not_carried(published, taken)


def test_the_import_passes_the_schema_and_loads_back(report, tmp_path):
    imported = import_docx(report)
    text = plan_yaml(imported.data, [str(f) for f in imported.findings])
    assert text.startswith("# yaml-language-server: $schema=schema/plan.schema.json\n")
    loaded = load_text(text, "imported.yaml")
    assert loaded.document is not None
    assert validate(loaded.document) == []
    # the same data back (a `|` block ends its text with a line break, as plan.yaml does)
    assert _stripped(loaded.document.data) == _stripped(imported.data)
    # text of several paragraphs is a `|` block; ids and dates YAML would read otherwise quoted
    assert "    explanation: |\n" in text.replace("      ", "    ")
    assert "- id: '3.1'" in text or '- id: "3.1"' in text
    assert "version_date: '2018-08-31'" in text or 'version_date: "2018-08-31"' in text


def _stripped(value: object) -> object:
    if isinstance(value, str):
        return value.rstrip("\n")
    if isinstance(value, list):
        return [_stripped(v) for v in value]
    if isinstance(value, dict):
        return {k: _stripped(v) for k, v in value.items()}
    return value


def test_what_the_report_does_not_say_is_a_finding(report, tmp_path):
    bare = _without_plan_data(report, tmp_path / report.name)
    findings = [str(f) for f in import_docx(bare).findings]
    assert any("versiebeheer" in f for f in findings)  # revisions
    assert any("eigenaren" in f and "parties" in f for f in findings)  # registries
    assert any("deliverable" in f for f in findings)  # milestone kinds


def test_an_unreadable_date_stays_wording_with_a_finding(tmp_path):
    plan = edited_plan(
        tmp_path,
        ("wording: Voor 01-10-2018\n", "wording: Na de herfstvakantie\n"),
    )
    result = check_file(plan)
    assert result.plan is not None
    from plancheck.exporters.docx_report import write_docx

    docx = tmp_path / "verbeterplan.docx"
    write_docx(result.plan, docx, layout_mode="none")
    # with plancheck's plan data the plan's own date comes back with the wording
    carried = next(
        m for m in _milestones_of(import_docx(docx).data, "4.1") if m["wording"].startswith("Na")
    )
    assert carried["due"] == "2018-09-30"
    # a Word file without it: the date is not guessed
    imported = import_docx(_without_plan_data(docx, tmp_path / "zonder.docx"))
    milestone = next(
        m
        for p in imported.data["improvement_points"]
        for m in p["measures"]
        if m["id"] == "4.1"
        for m in m["realisation"]
    )
    assert milestone["wording"] == "Na de herfstvakantie"
    assert milestone["due"] == "ongoing"  # no date made up: left for the owner to fill in
    found = [str(f) for f in imported.findings if "Na de herfstvakantie" in str(f)]
    assert len(found) == 1
    # its place in the Word file: the heading it stands under and the paragraph number
    assert "maatregel 4.1" in found[0]
    assert "alinea " in found[0]


def test_libreoffice_resaved_report(report, published, tmp_path):
    soffice = require_tool("soffice", LIBREOFFICE_HINT)
    profile = tmp_path / "profile"
    out = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(report),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "HOME": str(profile)},
    )
    resaved = out / report.name
    assert resaved.is_file()
    # LibreOffice keeps plancheck's plan data (the custom XML part) as it re-saves
    assert b"urn:plancheck:plan-data" in _package_text(resaved)
    imported = import_docx(resaved)
    _figures(imported, published)
    # it joins the keywords with a space; the plan data says which inspectorates they are
    assert _differences(PUBLISHED, imported, tmp_path) == []
    # without the plan data, that join is the one difference left
    bare = _without_plan_data(resaved, tmp_path / "bare.docx")
    differences, taken = _compared(import_docx(bare), tmp_path)
    assert len(differences) == 1, differences
    assert "inspect" in differences[0].lower()
    _not_carried(published, taken)


def _package_text(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as package:
        return b"".join(package.read(name) for name in package.namelist())


def test_a_word_file_written_by_pandoc(published, tmp_path):
    pandoc = require_tool("pandoc", PANDOC_HINT)
    source = tmp_path / "plan.md"
    source.write_text(plan_markdown(yaml.safe_load(PUBLISHED.read_text("utf-8"))), "utf-8")
    docx = tmp_path / "plan.docx"
    # -smart: the text's own quotes stay as typed
    subprocess.run(
        [pandoc, str(source), "-f", "markdown-smart", "-o", str(docx)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    imported = import_docx(docx)
    _figures(imported, published)
    differences, taken = _compared(imported, tmp_path)
    assert differences == []
    _not_carried(published, taken)


# -- the command ------------------------------------------------------------------------------


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_command_writes_a_plan_that_the_gate_reads(report, tmp_path):
    done = _run("import", "docx", str(report), "-o", "plan.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr  # written, nothing to check: the plan data
    assert "Traceback" not in done.stderr
    assert "wrote plan.yaml: 10 measures, 24 milestones, 20 grid marks, 5 footnotes" in done.stderr
    # the gate reads it as it reads the plan itself
    checked = _run("check", "plan.yaml", cwd=tmp_path)
    published = _run("check", str(PUBLISHED), cwd=tmp_path)
    assert checked.returncode == published.returncode
    assert "error[schema]" not in checked.stdout
    # and `plancheck diff` finds no difference
    diffed = _run("diff", str(PUBLISHED), "plan.yaml", cwd=tmp_path)
    assert diffed.returncode == 0, diffed.stdout


def test_the_command_refuses_an_existing_plan_without_force(report, tmp_path):
    (tmp_path / "plan.yaml").write_text("keep me\n", "utf-8")
    done = _run("import", "docx", str(report), "-o", "plan.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "exists; use --force" in done.stderr
    assert (tmp_path / "plan.yaml").read_text("utf-8") == "keep me\n"
    forced = _run("import", "docx", str(report), "-o", "plan.yaml", "--force", cwd=tmp_path)
    assert forced.returncode == 0
    assert (tmp_path / "plan.yaml").read_text("utf-8").startswith("# yaml-language-server")


def test_the_command_never_replaces_its_input(report, tmp_path):
    copy = tmp_path / "plan.docx"
    copy.write_bytes(report.read_bytes())
    done = _run("import", "docx", "plan.docx", "-o", "plan.docx", "--force", cwd=tmp_path)
    assert done.returncode == 2
    assert copy.read_bytes() == report.read_bytes()


@pytest.mark.parametrize(
    "content", [b"", b"not a zip", b"PK\x03\x04 broken zip", PUBLISHED.read_bytes()]
)
def test_a_file_that_is_no_word_file_is_exit_2(content, tmp_path):
    (tmp_path / "plan.docx").write_bytes(content)
    done = _run("import", "docx", "plan.docx", "-o", "plan.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "cannot be read as a Word file" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "plan.yaml").exists()


def test_a_missing_file_is_exit_2(tmp_path):
    done = _run("import", "docx", "nothing.docx", "-o", "plan.yaml", cwd=tmp_path)
    assert done.returncode == 2
    assert "nothing.docx: no such file" in done.stderr


def test_layout_plays_no_part(report, tmp_path):
    """Widths, sizes, fonts, spacing and page breaks (what other exports and house styles
    change) are not read: without any of them the import is the same."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(report))
    layout = {qn(f"w:{tag}") for tag in ("tcW", "gridCol", "tblW", "sz", "szCs", "rFonts")}
    layout |= {qn(f"w:{tag}") for tag in ("spacing", "ind", "jc", "pageBreakBefore", "keepNext")}
    root = document.element
    removed = 0
    for node in list(root.iter()):
        page_break = node.tag == qn("w:br") and node.get(qn("w:type")) == "page"
        if node.tag in layout or page_break:
            node.getparent().remove(node)
            removed += 1
    assert removed > 100
    bare = tmp_path / report.name  # the same name: the revision it makes names the file
    document.save(str(bare))
    assert import_docx(bare).data == import_docx(report).data


# -- edits made in Word -----------------------------------------------------------------------


def _milestone_paragraph(document, measure_label: str, lead: str):
    """The paragraph of a realisation cell that starts with `lead`, in the table of the
    measure whose first cell is `measure_label`."""
    for table in document.tables:
        if table.rows[0].cells[0].text.strip() != measure_label:
            continue
        for row in table.rows:
            for paragraph in row.cells[-1].paragraphs:
                if paragraph.text.startswith(lead):
                    return paragraph
    raise AssertionError(f"{measure_label}: no paragraph starting with {lead!r}")


def _set_text(paragraph, text: str) -> None:
    runs = paragraph.runs
    runs[0].text = text
    for run in runs[1:]:
        run.text = ""


def _milestones_of(data: dict, measure: str) -> list[dict]:
    return next(
        m["realisation"]
        for p in data["improvement_points"]
        for m in p["measures"]
        if m["id"] == measure
    )


def test_an_edit_in_word_comes_back_and_the_ids_stay(report, published, tmp_path):
    """The secretariat edits a milestone in Word: its new wording and date are in the plan,
    its id, kind and builds_on stay; so do every other milestone's."""
    import docx

    document = docx.Document(str(report))
    paragraph = _milestone_paragraph(document, "Maatregel 4.1", "Voor 01-01-2019")
    _set_text(paragraph, "Voor 01-03-2019: Duidelijkheid over de contracten met partners.")
    edited = tmp_path / "bewerkt.docx"
    document.save(str(edited))
    imported = import_docx(edited)
    milestone = _milestones_of(imported.data, "4.1")[1]
    was = published.milestone("4.1-contracten")
    assert was is not None
    assert milestone["id"] == was.id
    assert milestone["wording"] == "Voor 01-03-2019"
    assert milestone["text"] == "Duidelijkheid over de contracten met partners."
    assert milestone["due"] == "2019-02-28"  # read from the new wording
    assert milestone["kind"] == was.kind
    assert milestone["builds_on"] == list(was.builds_on)
    differences = _differences(PUBLISHED, imported, tmp_path)
    assert differences, "the edit is a difference"
    assert all("4.1-contracten" in line for line in differences), differences


def test_a_milestone_deleted_in_word_is_left_out_with_a_finding(report, published, tmp_path):
    import docx

    document = docx.Document(str(report))
    paragraph = _milestone_paragraph(document, "Maatregel 5", "01-01-2019")
    paragraph._element.getparent().remove(paragraph._element)
    edited = tmp_path / "bewerkt.docx"
    document.save(str(edited))
    with i18n.forcing("nl"):  # the tests read English; a Dutch plan's findings are Dutch
        imported = import_docx(edited)
    milestones = _milestones_of(imported.data, "5")
    assert [m["id"] for m in milestones] == ["5-plan"]  # the one left keeps its id
    found = [str(f) for f in imported.findings]
    assert len(found) == 1, found
    assert "5-onderzoek" in found[0]
    assert "niet meer in het document" in found[0]  # in the plan's language


_OURS = b'<plan-data xmlns="urn:plancheck:plan-data:1" format="%s">%s</plan-data>'


@pytest.mark.parametrize(
    "broken",
    [
        b"<plan-data xmlns='urn:plancheck:plan-data:1'",  # cut off
        _OURS % (b"1", b"{not json"),
        _OURS % (b"1", b'{"measures": []}'),  # JSON of another shape
        _OURS % (b"1", b'{"measures": {"1": {"milestones": [{"id": 3}]}}}'),
        _OURS % (b"2", b"{}"),  # a later format
    ],
)
def test_broken_plan_data_is_a_finding_not_a_traceback(report, tmp_path, broken):
    import zipfile

    damaged = tmp_path / "beschadigd.docx"
    with zipfile.ZipFile(report) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "customXml/item1.xml":
                data = broken
            target.writestr(info, data)
    imported = import_docx(damaged)
    found = [str(f) for f in imported.findings]
    assert any("plan data in the file cannot be read" in f for f in found), found
    # read from the text only: what the report does not show is made, as without the part
    bare = import_docx(_without_plan_data(report, tmp_path / "kaal.docx"))
    assert imported.data == {**bare.data, "revisions": imported.data["revisions"]}
