"""The SARIF 2.1.0 log: valid against the OASIS schema, rules, results, fingerprints, suppressions."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from plancheck.engine import ACK_RULES, CheckResult, check_file
from plancheck.findings import Finding, Severity, Span
from plancheck.reporters import Context, renderer
from plancheck.reporters.gitlab import render as render_gitlab
from plancheck.reporters.sarif import render
from plancheck.rules import RULES


def _log(results, context, schema):
    log = json.loads(render(results, context))
    jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    ).validate(log)
    return log


def _result_for(log, rule, subject):
    matches = [
        r
        for r in log["runs"][0]["results"]
        if r["ruleId"] == rule and r.get("properties", {}).get("subject") == subject
    ]
    assert len(matches) == 1, matches
    return matches[0]


def test_valid_log_with_the_known_finding(broken, context, sarif_schema):
    log = _log([broken.result], context, sarif_schema)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    assert run["tool"]["driver"]["name"] == "plancheck"
    assert run["tool"]["driver"]["version"] == "9.9.9"
    assert run["columnKind"] == "unicodeCodePoints"
    finding = broken.finding("grid-deadline")
    result = _result_for(log, "grid-deadline", broken.milestone)
    assert result["level"] == "error"
    assert result["message"] == {"text": f"{finding.message} (how to fix: {finding.hint})"}
    assert result["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": "plan.yaml", "uriBaseId": "%SRCROOT%"},
                "region": {
                    "startLine": broken.line,
                    "startColumn": broken.column,
                    "endLine": broken.line,
                    "endColumn": broken.end_column,
                },
            }
        }
    ]
    assert "suppressions" not in result


def test_rules_come_from_the_registries(broken, context, sarif_schema):
    log = _log([broken.result], context, sarif_schema)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == ["load", "schema", *(r.id for r in RULES), "editor-schema-stale", *ACK_RULES]
    for rule in RULES:
        descriptor = rules[ids.index(rule.id)]
        assert descriptor["shortDescription"] == {"text": rule.summary}
        assert descriptor["help"]["text"] == rule.doc
        assert descriptor["defaultConfiguration"] == {"level": rule.severity.value}
        full = descriptor["fullDescription"]["text"]
        assert full and full in rule.doc and not full.startswith(("Fails:", "Warns:"))
    for rule_id, (severity, summary, doc) in ACK_RULES.items():
        descriptor = rules[ids.index(rule_id)]
        assert descriptor["shortDescription"] == {"text": summary}
        assert doc in descriptor["help"]["text"]
        assert descriptor["defaultConfiguration"] == {"level": severity.value}
    deadline = rules[ids.index("grid-deadline")]["fullDescription"]["text"]
    assert deadline.startswith("A milestone with a date has an X in its month")


def test_rule_index_points_at_the_rule(broken, context, sarif_schema):
    log = _log([broken.result], context, sarif_schema)
    run = log["runs"][0]
    assert len(run["results"]) == len(broken.result.findings)
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_acknowledged_findings_are_kept_as_suppressed(make_broken, context, sarif_schema):
    reason = "as published 31-08-2018; for the plan owner to resolve"
    broken = make_broken(ack=("grid-deadline", "1-afspraken-gemaakt", reason))
    log = _log([broken.result], context, sarif_schema)
    result = _result_for(log, "grid-deadline", broken.milestone)
    assert result["suppressions"] == [
        {"kind": "inSource", "status": "accepted", "justification": reason}
    ]
    assert result["level"] == "error"
    active = _result_for(log, "wording-date", broken.milestone)
    assert "suppressions" not in active
    suppressed = sum(1 for r in log["runs"][0]["results"] if "suppressions" in r)
    assert suppressed == sum(f.suppressed for f in broken.result.findings)


def test_fingerprints_match_the_gitlab_report(broken, context, sarif_schema):
    log = _log([broken.result], context, sarif_schema)
    sarif_prints = [r["partialFingerprints"]["plancheck/v1"] for r in log["runs"][0]["results"]]
    assert len(set(sarif_prints)) == len(sarif_prints)
    active = [
        p for p, f in zip(sarif_prints, broken.result.findings, strict=True) if not f.suppressed
    ]
    gitlab = json.loads(render_gitlab([broken.result], context))
    assert active == [i["fingerprint"] for i in gitlab]


def test_fingerprints_are_stable_across_runs(make_broken, tmp_path, sarif_schema):
    first = _log(
        [make_broken(tmp_path / "a").result], Context("1", str(tmp_path / "a")), sarif_schema
    )
    second = _log(
        [make_broken(tmp_path / "b").result], Context("1", str(tmp_path / "b")), sarif_schema
    )

    def prints(log):
        return [r["partialFingerprints"] for r in log["runs"][0]["results"]]

    assert prints(first) == prints(second)


def test_unreadable_and_schema_broken_plans(write_text_file, context, sarif_schema):
    unreadable = check_file(write_text_file("bad.yaml", "format: 1\n  title: [\n"))
    missing = check_file(Path(context.base_dir) / "missing.yaml")
    schema_broken = check_file(write_text_file("thin.yaml", "format: 1\n"))
    assert unreadable.unreadable and missing.unreadable and not schema_broken.unreadable
    log = _log([unreadable, missing, schema_broken], context, sarif_schema)
    results = log["runs"][0]["results"]
    by_uri: dict[str, list[dict]] = {}
    for result in results:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        by_uri.setdefault(uri, []).append(result)
    assert [r["ruleId"] for r in by_uri["bad.yaml"]] == ["load"]
    assert "region" in by_uri["bad.yaml"][0]["locations"][0]["physicalLocation"]
    assert [r["ruleId"] for r in by_uri["missing.yaml"]] == ["load"]
    assert "region" not in by_uri["missing.yaml"][0]["locations"][0]["physicalLocation"]
    assert {r["ruleId"] for r in by_uri["thin.yaml"]} == {"schema"}


def test_paths_outside_the_base_are_file_uris(tmp_path, sarif_schema):
    finding = Finding("r", Severity.NOTE, "m", "/elsewhere/my plan.yaml", Span(1, 2))
    log = _log(
        [CheckResult("/elsewhere/my plan.yaml", (finding,))],
        Context("1", str(tmp_path)),
        sarif_schema,
    )
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "file:///elsewhere/my%20plan.yaml"}
    assert location["region"] == {"startLine": 1, "startColumn": 2}
    assert result["level"] == "note"
    # a rule the registry does not know still gets a descriptor
    assert log["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "r"


def test_relative_paths_are_uri_encoded(sarif_schema):
    finding = Finding("schema", Severity.ERROR, "m", "plans/zeeland 2018#1.yaml", Span(1, 1))
    log = _log([CheckResult(finding.file, (finding,))], Context("1"), sarif_schema)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "plans/zeeland%202018%231.yaml",
        "uriBaseId": "%SRCROOT%",
    }


def test_registered_as_sarif(sarif_schema):
    assert renderer("sarif") is render
    log = _log([], Context("1"), sarif_schema)
    assert log["runs"][0]["results"] == []
