"""The Verdict (plancheck.findings) is the one place that decides the exit code, the word
passed / FAILED and the counts; `plancheck check` and the exporting commands follow it.

Every format is run in-process on a plan whose only finding is a warning: with --strict
the gate fails (exit 1) and every output that states a verdict says FAILED; without it the
gate passes (exit 0) and they say passed.
"""

from __future__ import annotations

import itertools
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from starter_edits import CONTROL_CHARACTER, GRID_DEADLINE, WARNING_ONLY, starter

from plancheck import cli
from plancheck.engine import CheckResult
from plancheck.findings import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_UNREADABLE,
    Finding,
    Severity,
    Verdict,
    exit_code,
    fails_gate,
)

FORMATS = ("text", "json", "github", "gitlab", "junit", "sarif")


def _finding(severity: Severity, reason: str | None = None) -> Finding:
    return Finding("r", severity, "m", "plan.yaml", subject="s", suppressed_reason=reason)


ERROR, WARNING, NOTE = (_finding(s) for s in Severity)
ACK_ERROR = _finding(Severity.ERROR, "as published")
ACK_WARNING = _finding(Severity.WARNING, "as published")
ALL = (ERROR, WARNING, NOTE, ACK_ERROR, ACK_WARNING)


# --- the verdict itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    "findings, strict, code",
    [
        ((), False, EXIT_CLEAN),
        ((), True, EXIT_CLEAN),
        ((WARNING, NOTE), False, EXIT_CLEAN),
        ((WARNING,), True, EXIT_FINDINGS),
        ((NOTE,), True, EXIT_CLEAN),
        ((ERROR,), False, EXIT_FINDINGS),
        ((ACK_ERROR, ACK_WARNING), True, EXIT_CLEAN),
    ],
)
def test_exit_codes(findings, strict, code):
    verdict = Verdict.of(findings, strict=strict)
    assert verdict.exit_code == code == exit_code(findings, strict=strict)
    assert verdict.passed is (code == EXIT_CLEAN)
    assert verdict.word == ("passed" if code == EXIT_CLEAN else "FAILED")


def test_an_unreadable_file_is_exit_2_and_failed():
    verdict = Verdict.of((ERROR,), unreadable=True)
    assert verdict.exit_code == EXIT_UNREADABLE and verdict.word == "FAILED"
    assert not verdict.failed_by_strict


def test_counts_leave_acknowledged_findings_out():
    verdict = Verdict.of(ALL)
    assert (verdict.errors, verdict.warnings, verdict.notes, verdict.acknowledged) == (1, 1, 1, 2)


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("size", [0, 1, 2, 3])
def test_each_findings_part_agrees_with_the_whole(strict, size):
    for findings in itertools.combinations_with_replacement(ALL, size):
        verdict = Verdict.of(findings, strict=strict)
        failing = [f for f in findings if fails_gate(f, strict=strict)]
        assert verdict.failing == len(failing) == sum(verdict.fails(f) for f in findings)
        assert verdict.passed is not failing


def test_failed_by_strict_is_a_failure_with_warnings_only():
    assert Verdict.of((WARNING,), strict=True).failed_by_strict
    assert not Verdict.of((WARNING,), strict=False).failed_by_strict
    assert not Verdict.of((ERROR, WARNING), strict=True).failed_by_strict


def test_a_run_is_the_sum_of_its_files():
    results = [
        CheckResult("a.yaml", (WARNING, ACK_ERROR)),
        CheckResult("b.yaml", (NOTE,)),
        CheckResult("c.yaml", (ERROR,), unreadable=True),
    ]
    for strict in (False, True):
        per_file = [Verdict.of_result(r, strict=strict) for r in results]
        total = Verdict.of_results(results, strict=strict)
        assert total == per_file[0] + per_file[1] + per_file[2]
        assert total.exit_code == max(v.exit_code for v in per_file) == EXIT_UNREADABLE
        assert (total.errors, total.warnings, total.notes, total.acknowledged) == (1, 1, 1, 1)
    assert Verdict.of_results(results[:2], strict=True).exit_code == EXIT_FINDINGS
    assert Verdict.of_results(results[:2]).exit_code == EXIT_CLEAN
    assert Verdict.of_results([]).passed
    with pytest.raises(ValueError):
        _ = Verdict(strict=True) + Verdict(strict=False)


# --- plancheck check, every format -------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def _said(fmt: str, report: str) -> str | None:
    """What a report says about the gate: "passed", "FAILED", or None if it says nothing."""
    if fmt in ("text", "github"):
        return report.rstrip("\n").split("\n")[-1].split(": ")[1]
    if fmt == "junit":
        root = ET.fromstring(report)
        failed = int(root.get("failures", "0")) + int(root.get("errors", "0"))
        return "FAILED" if failed else "passed"
    json.loads(report)  # JSON, GitLab and SARIF list findings; they state no verdict
    return None


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_warning_fails_every_report_with_strict_only(fmt, strict, folder, capsys):
    (folder / "plan.yaml").write_text(starter(WARNING_ONLY), "utf-8")
    flags = ["--strict"] if strict else []
    word, code = ("FAILED", 1) if strict else ("passed", 0)

    assert cli.main(["check", "--format", fmt, *flags]) == code
    out, err = capsys.readouterr()
    assert _said(fmt, out) in (word, None)
    assert ("in strict mode the warnings count as errors" in err) is strict

    assert cli.main(["check", "--format", fmt, "--output", "report", *flags]) == code
    out, _ = capsys.readouterr()
    assert out == f"plan.yaml: {word}: 0 errors, 1 warning, 0 acknowledged\n"
    assert _said(fmt, (folder / "report").read_text("utf-8")) in (word, None)


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_the_github_step_summary_says_the_same(strict, folder, capsys, monkeypatch):
    (folder / "plan.yaml").write_text(starter(WARNING_ONLY), "utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(folder / "summary.md"))
    flags = ["--strict"] if strict else []
    word = "FAILED" if strict else "passed"
    assert cli.main(["check", "--format", "github", *flags]) == (1 if strict else 0)
    capsys.readouterr()
    heading = (folder / "summary.md").read_text("utf-8").split("\n")[0]
    assert heading == f"### plancheck: plan.yaml: {word}: 0 errors, 1 warning, 0 acknowledged"


def test_strict_from_the_configuration_is_the_same_verdict(folder, capsys):
    (folder / "plan.yaml").write_text(starter(WARNING_ONLY), "utf-8")
    (folder / "plancheck.toml").write_text("strict = true\n", "utf-8")
    assert cli.main(["check"]) == 1
    assert capsys.readouterr().out.endswith(
        "plan.yaml: FAILED: 0 errors, 1 warning, 0 acknowledged\n"
    )


def test_several_files_one_verdict(folder, capsys):
    (folder / "warned.yaml").write_text(starter(WARNING_ONLY), "utf-8")
    (folder / "broken.yaml").write_text(starter(GRID_DEADLINE), "utf-8")
    (folder / "clean.yaml").write_text(starter(), "utf-8")
    assert cli.main(["check", "clean.yaml", "warned.yaml"]) == 0
    assert capsys.readouterr().out.endswith(
        "2 files: passed: 0 errors, 1 warning, 0 acknowledged\n"
    )
    assert cli.main(["check", "--strict", "clean.yaml", "warned.yaml"]) == 1
    assert capsys.readouterr().out.endswith(
        "2 files: FAILED: 0 errors, 1 warning, 0 acknowledged\n"
    )
    assert cli.main(["check", "--format", "junit", "clean.yaml", "broken.yaml"]) == 1
    root = ET.fromstring(capsys.readouterr().out)
    assert [int(s.get("failures", "0")) > 0 for s in root.iter("testsuite")] == [False, True]


# --- the exporting commands --------------------------------------------------------------


def test_build_with_strict_says_failed_and_exports_nothing(folder, capsys):
    (folder / "plan.yaml").write_text(starter(WARNING_ONLY), "utf-8")
    assert cli.main(["build", "--strict", "--toc-pages", "none"]) == 1
    err = capsys.readouterr().err
    assert "plan.yaml: FAILED: 0 errors, 1 warning, 0 acknowledged\n" in err
    assert "the plan has warnings and --strict is set" in err
    assert not (folder / "build").exists()


def test_a_forced_strict_build_records_the_failed_verdict(folder, capsys):
    (folder / "plan.yaml").write_text(starter(WARNING_ONLY), "utf-8")
    assert cli.main(["build", "--strict", "--force", "--toc-pages", "none"]) == 0
    out = capsys.readouterr().out
    assert "1 warnings, 0 acknowledged findings" in out
    text = (folder / "build" / "findings.txt").read_text("utf-8")
    assert text.endswith("plan.yaml: FAILED: 0 errors, 1 warning, 0 acknowledged\n")


def test_an_export_without_strict_passes_a_warning(folder, capsys):
    (folder / "plan.yaml").write_text(starter(WARNING_ONLY), "utf-8")
    assert cli.main(["build", "--toc-pages", "none"]) == 0
    text = (folder / "build" / "findings.txt").read_text("utf-8")
    assert text.endswith("plan.yaml: passed: 0 errors, 1 warning, 0 acknowledged\n")


def test_force_never_exports_what_a_rule_blocks(folder, capsys):
    (folder / "plan.yaml").write_text(starter(CONTROL_CHARACTER), "utf-8")
    assert cli.main(["export", "docx", "--force", "--toc-pages", "none"]) == 1
    err = capsys.readouterr().err
    assert "findings that --force does not override (text-characters)" in err
    assert not (folder / "verbeterplan.docx").exists()
