"""The live plan.yaml: the only tests that read it.

plan.yaml belongs to the plan's owners, who may change it at any time (move an X in the
grid, resolve an inconsistency and drop its acknowledgement, add a comment line). So these
tests ask of it only what every version must give: it passes the gate, and it builds. They
expect no finding, line, count or text of it; everything else is tested on the plan as
published (tests/fixtures/plan-2018-08-31.yaml, support.PUBLISHED).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from support import PLAN, ROOT


def plancheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITLAB_CI")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )


def test_the_bundled_plan_passes_the_gate() -> None:
    """What CI runs (nox -s gate): `plancheck check plan.yaml` in the repository, with
    whatever configuration the repository has."""
    run = plancheck("check", "plan.yaml", cwd=ROOT)
    assert "Traceback" not in run.stdout + run.stderr
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_bundled_plan_builds(tmp_path: Path) -> None:
    """`plancheck build` on a copy of plan.yaml writes the report, the feeds and the findings."""
    shutil.copyfile(PLAN, tmp_path / "plan.yaml")
    run = plancheck("build", "plan.yaml", "--out", "build", "--toc-pages", "none", cwd=tmp_path)
    assert "Traceback" not in run.stdout + run.stderr
    assert run.returncode == 0, run.stdout + run.stderr
    out = tmp_path / "build"
    for name in (
        "verbeterplan.docx",
        "findings.txt",
        "findings.json",
        "site/index.html",
        "site/agenda/index.html",
    ):
        assert (out / name).is_file(), name


def test_the_bundled_plans_editor_schema_is_current() -> None:
    """plan.yaml's modeline names the plan-specific schema, and it matches the plan
    (editor-schema-stale; `plancheck schema plan.yaml` rewrites it)."""
    from plancheck import plan_schema

    first = PLAN.read_text("utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=schema/plan-ids.schema.json"
    assert plan_schema.MARK in (ROOT / "schema" / "plan-ids.schema.json").read_text("utf-8")
    run = plancheck("check", "plan.yaml", cwd=ROOT)
    assert plan_schema.ID not in run.stdout + run.stderr
