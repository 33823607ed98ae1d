"""The example plans in examples/: examples/voortgang/plan.yaml is the published plan with
an invented progress log. It passes the gate as of 2019-01-15 with only the warning it
means to show, covers every status, and builds."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from support import PUBLISHED, ROOT, check_as_of, plan_text

from plancheck.model import STATUSES

EXAMPLE = ROOT / "examples" / "voortgang" / "plan.yaml"
TEXT = plan_text(EXAMPLE)
NO_TOC = ("--toc-pages", "none")


def active(as_of: str | None) -> list[tuple[str, str, str]]:
    return [
        (f.rule, f.severity.value, f.subject)
        for f in check_as_of(TEXT, as_of).findings
        if not f.suppressed
    ]


def test_the_example_passes_as_of_2019_01_15_with_one_overdue_warning():
    assert active("2019-01-15") == [("milestone-overdue", "warning", "1-afspraken-gemaakt")]


def test_the_example_passes_without_a_date():
    assert active(None) == []


def test_the_example_covers_every_status_evidence_and_a_delay():
    plan = check_as_of(TEXT).plan
    assert {e.status for e in plan.progress} == set(STATUSES)
    assert any(e.evidence and e.evidence[0].is_url for e in plan.progress)
    assert any(e.evidence and not e.evidence[0].is_url for e in plan.progress)
    assert any(e.status == "delayed" and e.expected for e in plan.progress)
    assert any(e.measure for e in plan.progress)
    as_of = dt.date(2019, 1, 15)
    statuses = {plan.status_of(m, as_of) for m in plan.milestones}
    assert {"done", "on_track", "delayed", "dropped", "overdue", "pending"} <= statuses


def test_the_example_says_it_is_one_and_is_the_published_plan_otherwise():
    assert "EXAMPLE, NOT THE PLAN" in TEXT
    plan = check_as_of(TEXT).plan
    assert plan.document.title.startswith("Voorbeeld voortgang: ")
    published = plan_text(PUBLISHED)
    body = TEXT[TEXT.index("format: 1\n") : TEXT.index("\n# The progress log of this EXAMPLE")]
    body = body.replace('  title: "Voorbeeld voortgang: ', "  title: ")
    body = body.replace('Zeeland"\n', "Zeeland\n", 1)
    assert body.rstrip("\n") == published[published.index("format: 1\n") :].rstrip("\n")


def test_the_example_builds(tmp_path: Path):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, "-m", "plancheck", "build", str(EXAMPLE), "--out", "build", *NO_TOC],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "build" / "verbeterplan.docx").is_file()
    assert list((tmp_path / "build" / "site" / "agenda").glob("*.ics"))
