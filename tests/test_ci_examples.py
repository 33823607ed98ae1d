"""The ready-to-copy pipelines in docs/ci/ run here as far as this machine allows: their
plancheck commands, in a copy of the project, with the environment variables the runners set.

The copy is a git repository whose first commit holds the published plan (the frozen
fixture): the merge request's base. A merge request then moves measure 6's factsheet and
records it in a new revision, so the commands with `--base` compare a real change."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from support import MEASURE_6_ACKNOWLEDGEMENTS, ROOT, require_tool

DOCS = ROOT / "docs" / "ci"
FIXTURE = ROOT / "tests" / "fixtures" / "plan-2018-08-31.yaml"
# the merge request: measure 6's factsheet moved (README recipe; the two acknowledgements it
# resolves removed) and a revision naming it (RECORD)
MOVE = (
    (
        "            wording: Voor 1 juli 2018\n"
        "            text: Factsheet gereed.\n"
        '            due: "2018-06-30"\n',
        "            wording: Voor 01-10-2018\n"
        "            text: Factsheet gereed.\n"
        '            due: "2018-09-30"\n',
    ),
    (
        '    - measure: "6"\n      work: ["2018-05"]\n',
        '    - measure: "6"\n      work: ["2018-09"]\n',
    ),
    (
        MEASURE_6_ACKNOWLEDGEMENTS,
        "",
    ),
)
RECORD = (
    (
        "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n",
        "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
        '  - version: "14-09-2018"\n    date: "2018-09-14"\n'
        "    reason: Factsheet later gereed.\n    changes: [6-factsheet]\n",
    ),
    ('  version_date: "2018-08-31"\n', '  version_date: "2018-09-14"\n'),
)


def _edit(text: str, edits: tuple[tuple[str, str], ...]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


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


def _git(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=CI", "-c", "user.email=ci@example.org", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.strip()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The published plan committed (the base), then changed in the work tree."""
    require_tool("git", "apt-get install git")
    shutil.copy(FIXTURE, tmp_path / "plan.yaml")
    _git("init", "-q", cwd=tmp_path)
    _git("add", "plan.yaml", cwd=tmp_path)
    _git("commit", "-q", "-m", "published", cwd=tmp_path)
    text = _edit((tmp_path / "plan.yaml").read_text("utf-8"), MOVE)
    (tmp_path / "plan.yaml").write_text(_edit(text, RECORD), "utf-8")
    return tmp_path


def _unrecord(text: str) -> str:
    """The change without its revision: the moved deadline alone."""
    return _edit(text, tuple((new, old) for old, new in RECORD))


def _base(project: Path) -> str:
    return _git("rev-parse", "HEAD", cwd=project)


def _step_env(step: dict[str, object], expressions: dict[str, str]) -> dict[str, str]:
    """A step's `env:`, with the ${{ ... }} expressions GitHub would fill in."""
    env = step.get("env") or {}
    assert isinstance(env, dict)
    return {
        key: re.sub(r"\$\{\{\s*(.+?)\s*\}\}", lambda m: expressions[m.group(1)], str(value))
        for key, value in env.items()
    }


def test_github_workflow_commands(project: Path) -> None:
    workflow = yaml.safe_load((DOCS / "github-workflow.yml").read_text("utf-8"))
    steps = workflow["jobs"]["gate"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # --base needs the base commit
    expressions = {"github.event.pull_request.base.sha": _base(project)}
    summary = project / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "CI": "true"}
    ran = []
    for step in steps:  # as on a pull request (every step's `if:` holds)
        for command in _plancheck_commands([step.get("run", "")]):
            if "build" in command:
                command = command + " --toc-pages none"
            result = _run(command, project, {**env, **_step_env(step, expressions)})
            assert result.returncode == 0, (command, result.stdout, result.stderr)
            assert "Traceback" not in result.stderr
            ran.append(command)
    assert ran, "the workflow runs plancheck"
    assert any("check" in c and "--base" in c for c in ran)
    # the diff step wrote what changed, the gate step appended its summary (nothing annotated)
    written = summary.read_text("utf-8")
    assert "verplaatst van 30-06-2018 naar **30-09-2018** (+3 maanden)" in written
    assert "acknowledged" in written.lower()
    sarif = json.loads((project / "plancheck.sarif").read_text("utf-8"))
    assert sarif["version"] == "2.1.0"
    assert (project / "build" / "verbeterplan.docx").is_file()
    assert (project / "build" / "site" / "agenda" / "index.html").is_file()
    uploaded = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact")]
    assert uploaded and uploaded[0]["with"]["path"] == "build/"


def test_github_gate_fails_a_change_without_a_revision(project: Path) -> None:
    workflow = yaml.safe_load((DOCS / "github-workflow.yml").read_text("utf-8"))
    gate = next(s for s in workflow["jobs"]["gate"]["steps"] if s.get("name") == "Check the plan")
    plan = project / "plan.yaml"
    plan.write_text(_unrecord(plan.read_text("utf-8")), "utf-8")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(project / "summary.md")}
    env |= _step_env(gate, {"github.event.pull_request.base.sha": _base(project)})
    result = _run(gate["run"], project, env)
    assert result.returncode == 1
    assert re.search(r"::error file=plan\.yaml,line=\d+,.*title=revision-missing::", result.stdout)


def test_github_annotations_on_a_broken_plan(project: Path) -> None:
    plan = project / "plan.yaml"
    text = FIXTURE.read_text("utf-8").replace('due: "2018-06-30"', 'due: "2018-07-31"', 1)
    plan.write_text(text, "utf-8")
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
    env = {
        "GITLAB_CI": "true",
        "CI": "true",
        "CI_PIPELINE_SOURCE": "merge_request_event",
        "CI_MERGE_REQUEST_DIFF_BASE_SHA": _base(project),
    }
    assert any("--base" in c for c in commands)
    for command in commands:
        result = _run(command, project, env)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
    report = json.loads((project / job["artifacts"]["reports"]["codequality"]).read_text("utf-8"))
    assert report == []  # the bundled plan's findings are all acknowledged
    junit = ET.parse(project / job["artifacts"]["reports"]["junit"]).getroot()
    assert junit.tag in ("testsuites", "testsuite")
    # on the default branch there is no merge-request base: the gate checks the plan alone
    on_main = {k: v for k, v in env.items() if not k.startswith("CI_MERGE_REQUEST")}
    result = _run(_plancheck_commands(job["script"])[0], project, on_main)
    assert result.returncode == 0, result.stderr
    diff = pipeline["plan-diff"]
    assert diff["variables"]["GIT_DEPTH"] == "0"
    for command in _plancheck_commands(diff["script"]):
        result = _run(command, project, env)
        assert result.returncode == 0, (command, result.stderr)
    (exposed,) = diff["artifacts"]["paths"]
    assert "verplaatst van 30-06-2018 naar **30-09-2018**" in (project / exposed).read_text("utf-8")
    build = pipeline["verbeterplan"]
    for command in _plancheck_commands(build["script"]):
        result = _run(command + " --toc-pages none", project, env)
        assert result.returncode == 0, result.stderr
    assert (project / "build" / "verbeterplan.docx").is_file()


def test_pre_commit_hook_runs_the_gate(project: Path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "plancheck")
    assert re.search(hook["files"], "plan.yaml") and re.search(hook["files"], "gemeente/plan.yml")
    assert "--base HEAD" in hook["entry"]
    # pre-commit passes the changed file names after the entry
    result = _run(f"{hook['entry']} plan.yaml plan.yaml", project, {})
    assert result.returncode == 0, result.stdout
    # a moved deadline without its revision is not committed
    (project / "plan.yaml").write_text(
        _unrecord((project / "plan.yaml").read_text("utf-8")), "utf-8"
    )
    result = _run(f"{hook['entry']} plan.yaml", project, {})
    assert result.returncode == 1
    assert "error[revision-missing]" in result.stdout
