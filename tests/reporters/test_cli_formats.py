"""`plancheck check --format X --output FILE` end to end, in a subprocess, on a broken plan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

FORMATS = ("text", "json", "github", "gitlab", "junit", "sarif")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env.update(extra)
    return env


def _check(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plancheck", "check", "plan.yaml", *args],
        cwd=cwd,
        env=env or _env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_format_to_output_file(fmt, broken, tmp_path):
    report = tmp_path / f"report.{fmt}"
    done = _check(tmp_path, "--format", fmt, "--output", str(report))
    assert done.returncode == 1, done.stderr
    assert done.stderr == ""
    (line,) = done.stdout.splitlines()
    assert line.startswith("plan.yaml: FAILED: ")
    text = report.read_text(encoding="utf-8")
    place = f"{broken.line}"
    if fmt == "text":
        assert (
            f"plan.yaml:{place}:{broken.column}: error[grid-deadline] milestone 1-afspraken-gemaakt"
            in text
        )
        assert text.rstrip("\n").split("\n")[-1] == line
    elif fmt == "json":
        findings = json.loads(text)["files"][0]["findings"]
        assert {"grid-deadline", "wording-date"} <= {
            f["rule"] for f in findings if f["line"] == broken.line
        }
    elif fmt == "github":
        assert any(
            a.startswith(f"::error file=plan.yaml,line={place},col={broken.column},")
            and "title=grid-deadline::milestone 1-afspraken-gemaakt" in a
            for a in text.split("\n")
        )
    elif fmt == "gitlab":
        issues = json.loads(text)
        assert any(
            i["check_name"] == "grid-deadline"
            and i["location"]
            == {"path": "plan.yaml", "lines": {"begin": broken.line, "end": broken.line}}
            for i in issues
        )
    elif fmt == "junit":
        root = ET.fromstring(text)
        failed = [c.get("name") for c in root.iter("testcase") if c.find("failure") is not None]
        assert {"grid-deadline", "wording-date"} <= set(failed)
        assert root.get("failures") == str(len(failed))
    elif fmt == "sarif":
        log = json.loads(text)
        assert log["version"] == "2.1.0"
        assert log["runs"][0]["tool"]["driver"]["version"]
        regions = [
            r["locations"][0]["physicalLocation"].get("region", {})
            for r in log["runs"][0]["results"]
            if r["ruleId"] == "grid-deadline"
        ]
        assert {
            "startLine": broken.line,
            "startColumn": broken.column,
            "endLine": broken.line,
            "endColumn": broken.end_column,
        } in regions


def test_auto_inside_github_actions_gives_workflow_commands(broken, tmp_path):
    summary = tmp_path / "step-summary.md"
    done = _check(tmp_path, env=_env(GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=str(summary)))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert commands and all(c.startswith(("::error ", "::warning ", "::notice ")) for c in commands)
    assert any(
        c.startswith(f"::error file=plan.yaml,line={broken.line},col={broken.column},")
        for c in commands
    )
    assert lines[-1].startswith("plan.yaml: FAILED: ")
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.startswith("### plancheck: plan.yaml: FAILED: ")
    assert "| grid-deadline |" in markdown


def test_auto_elsewhere_gives_text(broken, tmp_path):
    done = _check(tmp_path)
    assert done.returncode == 1
    assert f"plan.yaml:{broken.line}:{broken.column}: error[grid-deadline]" in done.stdout
    assert not any(line.startswith("::") for line in done.stdout.splitlines())


def test_github_format_outside_actions_writes_no_summary(broken, tmp_path):
    done = _check(tmp_path, "--format", "github")
    assert done.returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]
