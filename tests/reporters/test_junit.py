"""The JUnit XML report: suites per file, a testcase per rule that ran, outcomes and counts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from plancheck.engine import ACK_RULES, CheckResult, check_file
from plancheck.findings import Finding, Severity, Span
from plancheck.reporters import Context, renderer
from plancheck.reporters.junit import render
from plancheck.rules import RULES

XSD = Path(__file__).parent / "schemas" / "junit-plancheck.xsd"
# the rules that run on a plan checked without --base (revision-missing needs a base) and
# without --as-of (milestone-overdue, progress-date need a date)
ALL_RULES = [
    "load",
    "schema",
    *(r.id for r in RULES if not (r.needs_base or r.needs_as_of)),
    "editor-schema-stale",
    *ACK_RULES,
]


def _parse(results, context) -> ET.Element:
    text = render(results, context)
    assert text.startswith("<?xml version='1.0' encoding='utf-8'?>\n<testsuites ")
    root = ET.fromstring(text)
    _check_counts(root)
    return root


def _check_counts(root: ET.Element) -> None:
    assert root.tag == "testsuites"
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        counts = {
            "tests": len(cases),
            "failures": sum(c.find("failure") is not None for c in cases),
            "errors": sum(c.find("error") is not None for c in cases),
            "skipped": sum(c.find("skipped") is not None for c in cases),
        }
        assert {k: int(suite.get(k, "-1")) for k in counts} == counts
        for case in cases:  # at most one outcome, and it comes first
            outcomes = [c.tag for c in case if c.tag in ("failure", "error", "skipped")]
            assert len(outcomes) <= 1
            assert [c.tag for c in case] in (
                [],
                ["system-out"],
                [*outcomes],
                [*outcomes, "system-out"],
            )
        for key in totals:
            totals[key] += counts[key]
    assert {k: int(root.get(k, "-1")) for k in totals} == totals


def _case(suite: ET.Element, name: str) -> ET.Element:
    (case,) = [c for c in suite.findall("testcase") if c.get("name") == name]
    return case


def test_one_suite_with_a_testcase_per_rule(broken, context):
    root = _parse([broken.result], context)
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == str(broken.path)
    assert [c.get("name") for c in suite.findall("testcase")] == ALL_RULES
    assert {c.get("classname") for c in suite.findall("testcase")} == {"plancheck.plan_yaml"}


def test_counts_for_the_broken_plan(broken, context):
    suite = _parse([broken.result], context).find("testsuite")
    assert suite is not None
    findings = broken.result.findings
    failed = {f.rule for f in findings if f.severity is Severity.ERROR and not f.suppressed}
    skipped = {f.rule for f in findings if f.suppressed} - failed
    assert int(suite.get("tests", "")) == len(ALL_RULES)
    assert int(suite.get("failures", "")) == len(failed)
    assert {"grid-deadline", "wording-date"} <= failed
    assert int(suite.get("errors", "")) == 0
    assert int(suite.get("skipped", "")) == len(skipped)


def test_failure_of_the_known_finding(broken, context):
    suite = _parse([broken.result], context).find("testsuite")
    assert suite is not None
    finding = broken.finding("wording-date")
    failure = _case(suite, "wording-date").find("failure")
    assert failure is not None
    assert failure.get("type") == "error"
    assert failure.get("message") == finding.message
    assert failure.text == (
        f"{broken.path}:{broken.line}:{broken.column}: {finding.message}\nhow to fix: {finding.hint}"
    )


def test_several_errors_of_one_rule_share_one_failure():
    findings = tuple(
        Finding(
            "grid-deadline",
            Severity.ERROR,
            f"milestone m{i} has no X",
            "plan.yaml",
            Span(i, 3),
            f"fix {i}",
        )
        for i in (4, 9)
    )
    root = _parse([CheckResult("plan.yaml", findings, plan=None)], Context("1"))
    suite = root.find("testsuite")
    assert suite is not None
    failure = _case(suite, "grid-deadline").find("failure")
    assert failure is not None
    assert failure.get("message") == "milestone m4 has no X (and 1 more)"
    assert failure.text == (
        "plan.yaml:4:3: milestone m4 has no X\nhow to fix: fix 4\n\n"
        "plan.yaml:9:3: milestone m9 has no X\nhow to fix: fix 9"
    )
    assert suite.get("failures") == "1"


def test_warnings_pass_with_the_warning_in_system_out():
    warning = Finding(
        "owner-not-appointed",
        Severity.WARNING,
        "not yet appointed",
        "plan.yaml",
        Span(5, 2),
        "appoint",
    )
    note = Finding("owner-not-appointed", Severity.NOTE, "a note", "plan.yaml", Span(6, 2))
    root = _parse([CheckResult("plan.yaml", (warning, note))], Context("1"))
    suite = root.find("testsuite")
    assert suite is not None
    case = _case(suite, "owner-not-appointed")
    assert [c.tag for c in case] == ["system-out"]
    assert case.findtext("system-out") == (
        "warning: plan.yaml:5:2: not yet appointed\nhow to fix: appoint\n\nnote: plan.yaml:6:2: a note"
    )
    assert suite.get("failures") == "0"


def test_acknowledged_findings_are_skipped_with_their_reason(make_broken, context):
    reason = "as published; for the plan owner"
    broken = make_broken(ack=("wording-date", "1-afspraken-gemaakt", reason))
    suite = _parse([broken.result], context).find("testsuite")
    assert suite is not None
    case = _case(suite, "wording-date")
    skipped = case.find("skipped")
    assert skipped is not None
    assert skipped.get("message") == f"acknowledged: {reason}"
    finding = broken.finding("wording-date")
    assert case.findtext("system-out") == (
        f"acknowledged error: {finding.location()}: {finding.message}\nacknowledged: {reason}"
    )


def test_acknowledged_finding_beside_an_active_error():
    active = Finding("grid-deadline", Severity.ERROR, "open", "plan.yaml", Span(1, 1))
    known = Finding(
        "grid-deadline", Severity.ERROR, "known", "plan.yaml", Span(2, 1), suppressed_reason="why"
    )
    root = _parse([CheckResult("plan.yaml", (active, known))], Context("1"))
    suite = root.find("testsuite")
    assert suite is not None
    case = _case(suite, "grid-deadline")
    assert [c.tag for c in case] == ["failure", "system-out"]
    assert (
        case.findtext("system-out") == "acknowledged error: plan.yaml:2:1: known\nacknowledged: why"
    )
    assert suite.get("skipped") == "0"


def test_unreadable_plan_is_an_error_on_load(write_text_file, context):
    result = check_file(write_text_file("bad.yaml", "format: 1\n  title: [\n"))
    assert result.unreadable
    suite = _parse([result], context).find("testsuite")
    assert suite is not None
    assert [c.get("name") for c in suite.findall("testcase")] == ["load"]
    error = _case(suite, "load").find("error")
    assert error is not None
    assert error.get("message") == result.findings[0].message
    assert (suite.get("tests"), suite.get("errors"), suite.get("failures")) == ("1", "1", "0")


def test_schema_broken_plan_runs_load_and_schema(write_text_file, context):
    result = check_file(write_text_file("thin.yaml", "format: 1\n"))
    assert not result.unreadable and result.plan is None
    suite = _parse([result], context).find("testsuite")
    assert suite is not None
    assert [c.get("name") for c in suite.findall("testcase")] == ["load", "schema"]
    assert _case(suite, "load").find("failure") is None
    assert _case(suite, "schema").find("failure") is not None
    assert suite.get("classname") is None
    assert _case(suite, "schema").get("classname") == "plancheck.thin_yaml"


def test_one_suite_per_file_and_totals(make_broken, tmp_path, write_text_file):
    first = make_broken(tmp_path / "a")
    bad = check_file(write_text_file("bad.yaml", "format: 1\n  title: [\n"))
    root = _parse([first.result, bad], Context("1", str(tmp_path)))
    names = [s.get("name") for s in root.findall("testsuite")]
    assert names == [str(first.path), str(tmp_path / "bad.yaml")]
    classnames = [s.find("testcase").get("classname") for s in root.findall("testsuite")]
    assert classnames == ["plancheck.a.plan_yaml", "plancheck.bad_yaml"]
    assert root.get("tests") == str(len(ALL_RULES) + 1)
    assert root.get("errors") == "1"


def test_characters_xml_cannot_hold_are_escaped():
    finding = Finding(
        "text-characters", Severity.ERROR, "bell \x07 and \ud800 here", "plan.yaml", Span(1, 1)
    )
    text = render([CheckResult("plan.yaml", (finding,))], Context("1"))
    root = ET.fromstring(text)
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == "bell \\u0007 and \\ud800 here"
    text.encode("utf-8")


def test_valid_against_the_xsd(make_broken, tmp_path, write_text_file):
    etree = pytest.importorskip("lxml.etree", reason="lxml is not installed (it is optional)")
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    broken = make_broken(
        tmp_path / "a", ack=("wording-date", "1-afspraken-gemaakt", "as published")
    )
    results = [
        broken.result,
        check_file(write_text_file("bad.yaml", "format: 1\n  title: [\n")),
        check_file(write_text_file("thin.yaml", "format: 1\n")),
    ]
    document = etree.fromstring(render(results, Context("1", str(tmp_path))).encode("utf-8"))
    schema.assertValid(document)


def test_registered_as_junit():
    assert renderer("junit") is render
    root = _parse([], Context("1"))
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("0", "0", "0")


def test_a_rule_turned_off_in_the_configuration_is_not_a_passing_testcase(tmp_path):
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from support import edited_plan

    edited_plan(tmp_path)  # the published plan, as plan.yaml
    (tmp_path / "plancheck.toml").write_text('disable = ["footnote-unused"]\n')
    run = subprocess.run(
        [sys.executable, "-m", "plancheck", "check", "--format", "junit"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    names = {case.get("name") for case in ET.fromstring(run.stdout).iter("testcase")}
    assert "footnote-unused" not in names
    assert {"grid-deadline", "schema", "load"} <= names


def test_strict_makes_warnings_failing_testcases(tmp_path):
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    from support import edited_plan

    # the acknowledgement of one warning no longer matches it
    edited_plan(
        tmp_path,
        (
            "  - rule: grid-mark-unexplained\n    subject: 2/work/2018-05\n",
            "  - rule: grid-mark-unexplained\n    subject: no-such-subject\n",
        ),
    )

    def failures(*flags):
        run = subprocess.run(
            [sys.executable, "-m", "plancheck", "check", "--format", "junit", *flags],
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )
        cases = {c.get("name"): c for c in ET.fromstring(run.stdout).iter("testcase")}
        return run.returncode, cases["grid-mark-unexplained"].find("failure")

    code, failure = failures()
    assert code == 0 and failure is None
    code, failure = failures("--strict")
    assert code == 1 and failure is not None
    assert failure.get("type") == "warning"
    assert "May 2018" in failure.get("message")
