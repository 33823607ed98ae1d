"""The JSON reporter: every finding with all its fields."""

from __future__ import annotations

import json

from plancheck.reporters import renderer
from plancheck.reporters.json_report import render


def test_document_shape(broken, context):
    document = json.loads(render([broken.result], context))
    assert document["tool"] == {"name": "plancheck", "version": "9.9.9"}
    (entry,) = document["files"]
    assert entry["path"] == str(broken.path)
    assert entry["readable"] is True
    assert len(entry["findings"]) == len(broken.result.findings)


def test_known_finding_fields(broken, context):
    document = json.loads(render([broken.result], context))
    finding = broken.finding("grid-deadline")
    (item,) = [
        f
        for f in document["files"][0]["findings"]
        if f["rule"] == "grid-deadline" and f["subject"] == broken.milestone
    ]
    assert item == {
        "rule": "grid-deadline",
        "severity": "error",
        "message": finding.message,
        "file": str(broken.path),
        "line": broken.line,
        "column": broken.column,
        "end_line": broken.line,
        "end_column": broken.end_column,
        "hint": finding.hint,
        "subject": broken.milestone,
        "suppressed": False,
        "suppressed_reason": None,
        "fix": [
            {"op": c.op, "path": list(c.path), "value": c.value, "description": c.describe()}
            for c in finding.fix
        ],
    }


def test_acknowledged_findings_keep_their_reason(make_broken, context):
    broken = make_broken(ack=("grid-deadline", "1-afspraken-gemaakt", "as published"))
    document = json.loads(render([broken.result], context))
    (item,) = [
        f
        for f in document["files"][0]["findings"]
        if f["rule"] == "grid-deadline" and f["subject"] == broken.milestone
    ]
    assert item["suppressed"] is True
    assert item["suppressed_reason"] == "as published"


def test_unreadable_file(tmp_path, context):
    from plancheck.engine import check_file

    result = check_file(tmp_path / "missing.yaml")
    document = json.loads(render([result], context))
    (entry,) = document["files"]
    assert entry["readable"] is False
    assert [f["rule"] for f in entry["findings"]] == ["load"]
    assert entry["findings"][0]["line"] is None


def test_registered_as_json():
    assert renderer("json") is render
