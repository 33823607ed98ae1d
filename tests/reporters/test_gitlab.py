"""The GitLab Code Quality report: fields, severities, fingerprints.

GitLab publishes no schema for the whole report; its parser checks each issue against
app/validators/json_schemas/codeclimate.json in the GitLab repository (description,
fingerprint, severity and location required, all loosely typed). The schema below is written
here from the documented format
(https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format), which is
stricter: check_name too, the five severity words, a relative path and a line.
"""

from __future__ import annotations

import json
from dataclasses import replace

import jsonschema
import pytest

from plancheck.engine import CheckResult
from plancheck.findings import Finding, Severity, Span
from plancheck.reporters import Context, renderer
from plancheck.reporters.common import fingerprints
from plancheck.reporters.gitlab import render

CODE_QUALITY_REPORT = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                    "path": {"type": "string", "minLength": 1, "not": {"pattern": "^(/|\\./)"}},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {
                            "begin": {"type": "integer", "minimum": 1},
                            "end": {"type": "integer", "minimum": 1},
                        },
                    },
                    "positions": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {
                            "begin": {
                                "type": "object",
                                "required": ["line"],
                                "properties": {"line": {"type": "integer", "minimum": 1}},
                            }
                        },
                    },
                },
                "anyOf": [{"required": ["lines"]}, {"required": ["positions"]}],
            },
        },
    },
}


def _report(results, context):
    text = render(results, context)
    assert not text.startswith("\ufeff")  # GitLab's parser refuses a byte-order mark
    issues = json.loads(text)
    jsonschema.Draft7Validator(CODE_QUALITY_REPORT).validate(issues)
    return issues


def _issue_for(issues, rule, subject_text):
    matches = [i for i in issues if i["check_name"] == rule and subject_text in i["description"]]
    assert len(matches) == 1, matches
    return matches[0]


def test_valid_report_with_the_known_finding(broken, context):
    issues = _report([broken.result], context)
    finding = broken.finding("grid-deadline")
    issue = _issue_for(issues, "grid-deadline", "milestone 1-afspraken-gemaakt ")
    assert issue == {
        "description": f"{finding.message} (how to fix: {finding.hint})",
        "check_name": "grid-deadline",
        "fingerprint": issue["fingerprint"],
        "severity": "major",
        "location": {"path": "plan.yaml", "lines": {"begin": broken.line, "end": broken.line}},
    }
    assert len(issue["fingerprint"]) == 64
    int(issue["fingerprint"], 16)


def test_only_active_findings(broken, context):
    issues = _report([broken.result], context)
    active = [f for f in broken.result.findings if not f.suppressed]
    assert len(issues) == len(active)
    assert [i["check_name"] for i in issues] == [f.rule for f in active]


def test_acknowledged_finding_is_left_out(make_broken, context):
    broken = make_broken(ack=("grid-deadline", "1-afspraken-gemaakt", "as published"))
    issues = _report([broken.result], context)
    assert not [
        i
        for i in issues
        if i["check_name"] == "grid-deadline" and "1-afspraken-gemaakt" in i["description"]
    ]


@pytest.mark.parametrize(
    ("severity", "word"),
    [(Severity.ERROR, "major"), (Severity.WARNING, "minor"), (Severity.NOTE, "info")],
)
def test_severities(severity, word):
    result = CheckResult("plan.yaml", (Finding("r", severity, "m", "plan.yaml", Span(2, 1)),))
    (issue,) = _report([result], Context("1"))
    assert issue["severity"] == word
    assert issue["location"]["lines"] == {"begin": 2}


def test_finding_without_place_points_at_line_1(tmp_path, context):
    from plancheck.engine import check_file

    (issue,) = _report([check_file(tmp_path / "missing.yaml")], context)
    assert issue["check_name"] == "load"
    assert issue["location"] == {"path": "missing.yaml", "lines": {"begin": 1}}


def test_fingerprints_are_stable_and_unique(make_broken, tmp_path, context):
    first = _report([make_broken(tmp_path / "a").result], Context("1", str(tmp_path / "a")))
    second = _report([make_broken(tmp_path / "b").result], Context("1", str(tmp_path / "b")))
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in second]
    prints = [i["fingerprint"] for i in first]
    assert len(set(prints)) == len(prints)


def test_fingerprints_do_not_depend_on_the_line(make_broken, tmp_path):
    plain = make_broken(tmp_path / "a")
    moved = make_broken(tmp_path / "b", prefix="# one line more\n# and another\n")
    assert moved.line == plain.line + 2
    before = _report([plain.result], Context("1", str(tmp_path / "a")))
    after = _report([moved.result], Context("1", str(tmp_path / "b")))
    assert [i["location"]["lines"]["begin"] + 2 for i in before] == [
        i["location"]["lines"]["begin"] for i in after
    ]
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]


def test_fingerprint_changes_with_the_message_rule_subject_and_path():
    base = Finding("r", Severity.ERROR, "m", "plan.yaml", Span(1, 1), subject="s")
    variants = [
        base,
        replace(base, message="m2"),
        replace(base, rule="r2"),
        replace(base, subject="s2"),
        replace(base, file="other.yaml"),
    ]
    prints = [fingerprints([f])[0] for f in variants]
    assert len(set(prints)) == len(prints)
    # but not with the line, the severity, the hint or an acknowledgement
    same = [
        replace(base, span=Span(99, 3)),
        replace(base, severity=Severity.WARNING),
        replace(base, hint="h"),
        replace(base, suppressed_reason="why"),
    ]
    assert {fingerprints([f])[0] for f in same} == {prints[0]}


def test_colliding_findings_are_told_apart_by_order():
    twin = Finding(
        "text-characters", Severity.ERROR, "control character", "plan.yaml", Span(3, 1), subject="x"
    )
    other = replace(twin, span=Span(9, 1))
    result = CheckResult("plan.yaml", (twin, other, twin))
    issues = _report([result], Context("1"))
    prints = [i["fingerprint"] for i in issues]
    assert len(set(prints)) == 3
    assert prints == [i["fingerprint"] for i in _report([result], Context("1"))]
    assert prints[0] == fingerprints([twin])[0]  # the first keeps the plain fingerprint


def test_fingerprints_ignore_how_the_path_was_given(tmp_path):
    relative = Finding("r", Severity.ERROR, "m", "plan.yaml", Span(1, 1))
    absolute = replace(relative, file=str(tmp_path / "plan.yaml"))
    dotted = replace(relative, file="./plan.yaml")
    assert fingerprints([relative], str(tmp_path)) == fingerprints([absolute], str(tmp_path))
    assert fingerprints([relative]) == fingerprints([dotted])


def test_acknowledging_one_finding_keeps_the_others_fingerprints(make_broken, tmp_path):
    plain = make_broken(tmp_path / "a")
    acked = make_broken(
        tmp_path / "b", ack=("grid-deadline", "1-afspraken-gemaakt", "as published")
    )
    before = {i["fingerprint"] for i in _report([plain.result], Context("1", str(tmp_path / "a")))}
    after = {i["fingerprint"] for i in _report([acked.result], Context("1", str(tmp_path / "b")))}
    assert after < before
    assert len(before - after) == 1


def test_registered_as_gitlab():
    assert renderer("gitlab") is render
    assert render([], Context("1")) == "[]\n"
