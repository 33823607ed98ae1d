"""The plan data a Word report carries beside its text (docs/docx-report.md): what the
report does not show (ids, kinds, `builds_on`, the registries, conventions, layout, ...),
so that `plancheck import docx` reads plancheck's own report back into the same plan.

One Custom XML Data part (`customXml/itemN.xml`, as Word keeps its own custom XML), in a
namespace of plancheck's own: one element whose text is the data as JSON (keys sorted, ASCII,
so the same plan gives the same bytes). The writer (plancheck.exporters.docx_report.plandata)
and the import (plancheck.importer.plandata) share this module; it knows the form only.
"""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree

NAMESPACE = "urn:plancheck:plan-data:1"
ELEMENT = f"{{{NAMESPACE}}}plan-data"
FORMAT = 1  # the form of the JSON inside; a reader skips a part of another format


class BrokenPlanData(ValueError):
    """The part is there but cannot be read (not XML, not JSON, another format)."""


def to_xml(data: dict[str, Any]) -> bytes:
    """The part's bytes for `data`."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<plan-data xmlns="{NAMESPACE}" format="{FORMAT}">{text}</plan-data>'
    ).encode()


def is_plan_data(blob: bytes) -> bool:
    """Is this custom XML part plancheck's (its root in our namespace)?"""
    return NAMESPACE.encode("ascii") in blob[:500]


def from_xml(blob: bytes) -> dict[str, Any]:
    """The data in a part written by to_xml; BrokenPlanData when it cannot be read."""
    try:
        root = ElementTree.fromstring(blob)
    except ElementTree.ParseError as err:
        raise BrokenPlanData(f"no XML: {err}") from err
    if root.tag != ELEMENT:
        raise BrokenPlanData(f"unexpected element {root.tag}")
    if root.get("format") != str(FORMAT):
        raise BrokenPlanData(f"format {root.get('format')} (this plancheck reads {FORMAT})")
    try:
        data = json.loads(root.text or "")
    except json.JSONDecodeError as err:
        raise BrokenPlanData(f"no JSON: {err}") from err
    import jsonschema

    problem = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(SHAPE).iter_errors(data)
    )
    if problem is not None:
        where = "/".join(str(p) for p in problem.absolute_path) or "(root)"
        raise BrokenPlanData(f"{where}: {problem.message}")
    if not isinstance(data, dict):  # the shape says so; for the type checker
        raise BrokenPlanData("no JSON object")
    return data


_TEXT = {"type": "string"}
_TEXTS = {"type": "array", "items": _TEXT}


def _records(*required: str) -> dict[str, Any]:
    return {
        "type": "array",
        "items": {
            "type": "object",
            "required": list(required),
            "properties": {name: _TEXT for name in required},
        },
    }


_MILESTONES = _records("id", "wording", "due", "kind")
_MILESTONES["items"]["properties"] |= {"builds_on": _TEXTS, "text": _TEXT, "start": _TEXT}
# The form the import relies on (what it reads it places; the plan's schema checks the rest)
SHAPE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "document": {
            "type": "object",
            "properties": {
                "municipalities": _TEXTS,
                "inspectorates": _TEXTS,
                "running_header": _TEXTS,
                "code": _TEXT,
                "language": _TEXT,
                "author": _TEXT,
            },
        },
        "labels": {"type": "object", "additionalProperties": _TEXT},
        "grid_months": _TEXTS,
        "conventions": {"type": "object", "properties": {"first_of_month": {"type": "boolean"}}},
        "layout": {"type": "object"},
        "revisions": _records("version", "date", "reason"),
        "footnotes": _records("id", "text"),
        "owners": _records("id", "name"),
        "parties": _records("id", "name"),
        "abbreviations": _records("abbreviation", "meaning"),
        "external_milestones": _MILESTONES,
        "acknowledged": _records("rule", "subject"),
        "progress": {"type": "array", "items": {"type": "object"}},
        "points": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": _TEXT,
                    "analysis_kinds": {"type": "array", "items": {"type": ["string", "null"]}},
                    "measure_list": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["number"],
                            "properties": {"number": _TEXT, "measures": _TEXTS},
                        },
                    },
                },
            },
        },
        "measures": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "owners": _TEXTS,
                    "owner_wordings": _TEXTS,
                    "parties": _TEXTS,
                    "milestones": _MILESTONES,
                },
            },
        },
    },
}
