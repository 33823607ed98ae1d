"""The import of chapters of different shapes (issue 17): a point with fewer than four
level-2 sections imports to the same sections, each named by what it holds (measure
tables, the objective that restates the point, the analysis's parts, the numbered list).

The plan is tests/fixtures/sections-plan.yaml (points of four, one and two sections); its
report is read back and compared with it by the one differ, after what a report does not
carry is taken from the plan (roundtrip.transplant), as tests/importer/test_import_docx.py
does for the published plan."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from roundtrip import transplant
from support import ROOT

from plancheck.diff import diff_plans
from plancheck.diff_render import lines
from plancheck.engine import check_file
from plancheck.importer import Imported, import_docx, plan_yaml
from plancheck.model import Plan

SECTIONS = ROOT / "tests" / "fixtures" / "sections-plan.yaml"
OPTIONAL = ("analysis", "objective", "measures_title", "measure_list")


def _plan(path: Path) -> Plan:
    result = check_file(path)
    assert result.plan is not None, [str(f.message) for f in result.findings]
    return result.plan


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    from plancheck.exporters.docx_report import write_docx

    report = tmp_path_factory.mktemp("sections") / "verbeterplan.docx"
    write_docx(_plan(SECTIONS), report, layout_mode="none")
    return import_docx(report)


def test_each_point_keeps_its_sections(imported: Imported) -> None:
    original = yaml.safe_load(SECTIONS.read_text("utf-8"))
    shapes = [[k for k in OPTIONAL if k in p] for p in imported.data["improvement_points"]]
    assert shapes == [[k for k in OPTIONAL if k in p] for p in original["improvement_points"]]
    assert shapes[1] == [] and shapes[2] == ["objective"]
    assert not [f for f in imported.findings if "paragra" in str(f)]


def test_the_round_trip_gives_the_same_plan(imported: Imported, tmp_path: Path) -> None:
    original = yaml.safe_load(SECTIONS.read_text("utf-8"))
    data, _ = transplant(imported.data, original)
    path = tmp_path / "transplanted.yaml"
    path.write_text(plan_yaml(data), "utf-8")
    back = _plan(path)
    diff = diff_plans(_plan(SECTIONS), back, "plan", "import")
    assert [f"{x.section}: {x.subject}: {x.pieces}" for x in lines(diff)] == []
    numbered = [
        [(s.number, s.kind, s.title) for s in p.sections()] for p in back.improvement_points
    ]
    assert numbered == [
        [(s.number, s.kind, s.title) for s in p.sections()]
        for p in _plan(SECTIONS).improvement_points
    ]
    assert imported.measures == 4
