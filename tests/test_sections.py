"""The chapter layout of an improvement point (issue 17): the analysis, the objective and the
numbered measure list are optional, the measure tables are not, and the sections that are
there are numbered 1, 2, ... in their fixed order (ImprovementPoint.sections).

The plan of three chapter shapes is tests/fixtures/sections-plan.yaml; the schema's and the
rules' cases are the published plan with one point's section taken out. The outputs' numbers
are tests/exporters/test_sections_layout.py's, the import's tests/importer/test_import_sections.py's.
"""

from __future__ import annotations

import subprocess
import sys

from support import PUBLISHED, ROOT, edited_text, plan_text, require_tool

from plancheck.engine import check_document, check_file
from plancheck.findings import Severity
from plancheck.loader import load_text
from plancheck.model import Plan

SECTIONS = ROOT / "tests" / "fixtures" / "sections-plan.yaml"
PLAN_TEXT = plan_text()


def _plan(text: str) -> Plan:
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    result = check_document(loaded.document)
    assert result.plan is not None, [f.message for f in result.findings]
    return result.plan


def _cut(text: str, start: str, end: str, occurrence: int = 0) -> str:
    """The text without the lines from the `occurrence`-th `start` up to the next `end`."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(start, at + 1)
    return text[:at] + text[text.index(end, at) :]


# the published plan's second point without its measure list, and without its analysis
NO_LIST = _cut(PLAN_TEXT, "    measures_title:", "    elaboration_title:", occurrence=1)
NO_ANALYSIS = _cut(PLAN_TEXT, "    analysis:\n", "    objective:\n", occurrence=1)


def test_the_fixture_passes_the_gate() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "plancheck", "check", str(SECTIONS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_sections_are_the_present_ones_numbered_in_order() -> None:
    result = check_file(SECTIONS)
    assert result.plan is not None
    shapes = [
        [(s.number, s.kind, s.title) for s in point.sections()]
        for point in result.plan.improvement_points
    ]
    assert shapes == [
        [
            (1, "analysis", "Probleemanalyse"),
            (2, "objective", "Doelstelling"),
            (3, "measure_list", "Maatregelen"),
            (4, "measures", "Uitwerking van de maatregelen"),
        ],
        [(1, "measures", "Maatregelen")],
        [(1, "objective", "Doelstelling"), (2, "measures", "Uitwerking van de maatregel")],
    ]
    only_tables = result.plan.improvement_points[1]
    assert only_tables.analysis == () and only_tables.measure_list == ()
    assert only_tables.objective is None and only_tables.section("objective") is None


def test_the_published_points_have_all_four_sections() -> None:
    result = check_file(PUBLISHED)
    assert result.plan is not None
    for point in result.plan.improvement_points:
        kinds = [s.kind for s in point.sections()]
        assert kinds == ["analysis", "objective", "measure_list", "measures"]
        assert [s.number for s in point.sections()] == [1, 2, 3, 4]


def test_a_point_without_a_list_skips_the_numbering_rule() -> None:
    """measure-numbering holds the measures against the list; without a list it is silent
    (it would otherwise say each measure is missing from it)."""
    plan = _plan(NO_LIST)
    point = plan.improvement_points[1]
    assert point.measure_list == () and point.measures
    assert [s.kind for s in point.sections()] == ["analysis", "objective", "measures"]
    loaded = load_text(NO_LIST)
    assert loaded.document is not None
    findings = check_document(loaded.document).findings
    assert [f for f in findings if f.rule == "measure-numbering"] == []
    assert not [f for f in findings if f.severity is Severity.ERROR and not f.suppressed]


def test_a_point_without_an_analysis_numbers_its_objective_first() -> None:
    point = _plan(NO_ANALYSIS).improvement_points[1]
    assert point.analysis_title is None and point.analysis == ()
    assert [(s.number, s.kind) for s in point.sections()] == [
        (1, "objective"),
        (2, "measure_list"),
        (3, "measures"),
    ]


def _schema_findings(text: str) -> list[str]:
    loaded = load_text(text)
    assert loaded.document is not None
    result = check_document(loaded.document)
    assert result.plan is None
    return [str(f.message) for f in result.findings]


def test_a_list_without_its_title_is_a_schema_error() -> None:
    listed = '    measure_list:\n      - number: "6"'
    text = edited_text((f"    measures_title: Maatregelen\n{listed}", listed))
    assert _schema_findings(text) == [
        "improvement_points[1] (improvement point 2): the key 'measures_title' is missing"
    ]


def test_a_list_title_without_its_list_is_a_schema_error() -> None:
    text = _cut(PLAN_TEXT, "    measure_list:\n", "    elaboration_title:", occurrence=1)
    assert _schema_findings(text) == [
        "improvement_points[1] (improvement point 2): the key 'measure_list' is missing"
    ]


def test_a_point_still_needs_its_measure_tables() -> None:
    text = _cut(NO_LIST, "    elaboration_title:", "\nclosing:", occurrence=1)
    messages = _schema_findings(text)
    assert (
        "improvement_points[1] (improvement point 2): the key 'elaboration_title' is missing"
        in messages
    )
    assert "improvement_points[1] (improvement point 2): the key 'measures' is missing" in messages


def test_check_jsonschema_reads_the_optional_sections_alike(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = require_tool(
        "check-jsonschema", "pip install check-jsonschema (or pip install '.[test]')"
    )
    (tmp_path / "sections.yaml").write_bytes(SECTIONS.read_bytes())
    (tmp_path / "no-list.yaml").write_text(NO_LIST, "utf-8")
    (tmp_path / "no-analysis.yaml").write_text(NO_ANALYSIS, "utf-8")
    schema = ROOT / "schema" / "plan.schema.json"
    run = subprocess.run(
        [found, "--schemafile", str(schema), "sections.yaml", "no-list.yaml", "no-analysis.yaml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
