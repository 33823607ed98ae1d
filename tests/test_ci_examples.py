"""The ready-to-copy pipelines in docs/ci/ run here as far as this machine allows: their
plancheck commands, in a copy of the project, with the environment variables the runners set.
The plan in that copy is the published one (tests/fixtures/plan-2018-08-31.yaml)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from support import ROOT, edited_plan

DOCS = ROOT / "docs" / "ci"


def _plancheck_commands(lines: list[str]) -> list[str]:
    return [line for line in lines if line.lstrip().startswith("plancheck ")]


def _run(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    shim = cwd / "bin"
    shim.mkdir(exist_ok=True)
    script = shim / "plancheck"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m plancheck "$@"\n')
    script.chmod(0o755)
    full = {**os.environ, **env, "PATH": f"{shim}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=full, capture_output=True, text=True, timeout=600
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    edited_plan(tmp_path)  # the published plan, as plan.yaml
    return tmp_path


def test_github_workflow_commands(project: Path) -> None:
    workflow = yaml.safe_load((DOCS / "github-workflow.yml").read_text("utf-8"))
    steps = workflow["jobs"]["gate"]["steps"]
    commands = _plancheck_commands([s["run"] for s in steps if "run" in s])
    assert commands, "the workflow runs plancheck"
    summary = project / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "CI": "true"}
    for command in commands:
        if "build" in command:
            command = command + " --toc-pages none"
        result = _run(command, project, env)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
    # the gate step annotated nothing (the published plan passes) and appended its summary
    assert "acknowledged" in summary.read_text("utf-8").lower()
    sarif = json.loads((project / "plancheck.sarif").read_text("utf-8"))
    assert sarif["version"] == "2.1.0"
    assert (project / "build" / "verbeterplan.docx").is_file()
    assert (project / "build" / "site" / "agenda" / "index.html").is_file()
    uploaded = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact")]
    assert uploaded and uploaded[0]["with"]["path"] == "build/"


def test_github_annotations_on_a_broken_plan(project: Path) -> None:
    edited_plan(project, ('            due: "2018-06-30"', '            due: "2018-07-31"'))
    summary = project / "summary.md"
    result = _run(
        "plancheck check plan.yaml",
        project,
        {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert result.returncode == 1
    assert "::error file=plan.yaml,line=" in result.stdout
    assert "wording-date" in summary.read_text("utf-8")


def test_gitlab_pipeline_commands(project: Path) -> None:
    pipeline = yaml.safe_load((DOCS / "gitlab-ci.yml").read_text("utf-8"))
    job = pipeline["plancheck"]
    commands = _plancheck_commands(job["script"] + job.get("after_script", []))
    env = {"GITLAB_CI": "true", "CI": "true", "CI_PIPELINE_SOURCE": "merge_request_event"}
    for command in commands:
        result = _run(command, project, env)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
    report = json.loads((project / job["artifacts"]["reports"]["codequality"]).read_text("utf-8"))
    assert report == []  # the published plan's findings are all acknowledged
    junit = ET.parse(project / job["artifacts"]["reports"]["junit"]).getroot()
    assert junit.tag in ("testsuites", "testsuite")
    build = pipeline["verbeterplan"]
    for command in _plancheck_commands(build["script"]):
        result = _run(command + " --toc-pages none", project, env)
        assert result.returncode == 0, result.stderr
    assert (project / "build" / "verbeterplan.docx").is_file()


def test_pre_commit_hook_runs_the_gate(project: Path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "plancheck")
    import re

    assert re.search(hook["files"], "plan.yaml") and re.search(hook["files"], "gemeente/plan.yml")
    # pre-commit passes the changed file names after the entry
    result = _run(f"{hook['entry']} plan.yaml plan.yaml", project, {})
    assert result.returncode == 0, result.stdout
