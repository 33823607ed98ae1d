"""The schema (schema/plan.schema.json) and the findings our validator makes of it.

Each mistake is a real plan with one line changed: the published plan
(tests/fixtures/plan-2018-08-31.yaml) with a unique line replaced. The finding must be at the changed line with an exact message and hint, and the
independent validator check-jsonschema must reject the same file.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import jsonschema
from support import PUBLISHED, ROOT, edited_plan, edited_text, line_of, plan_text, require_tool

from plancheck import validation
from plancheck.engine import check_document
from plancheck.findings import Finding, Severity
from plancheck.loader import load_file, load_text

SCHEMA_PATH = ROOT / "schema" / "plan.schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text("utf-8"))
PLAN_TEXT = plan_text()  # the published plan


def check_jsonschema() -> list[str]:
    """The command that runs check-jsonschema with our schema (skips, or fails in CI, if absent)."""
    found = require_tool(
        "check-jsonschema", "pip install check-jsonschema (or pip install '.[test]')"
    )
    return [found, "--schemafile", str(SCHEMA_PATH)]


def changed(old: str, new: str) -> tuple[str, int]:
    """The published plan with one unique piece replaced, and the line the change starts on."""
    return edited_text((old, new)), line_of(PLAN_TEXT, old)


def schema_findings(text: str) -> list[Finding]:
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    result = check_document(loaded.document)
    assert result.plan is None  # the rules do not run on a plan the schema rejects
    assert all(f.rule == "schema" and f.severity is Severity.ERROR for f in result.findings)
    return list(result.findings)


def one_finding(text: str) -> Finding:
    [finding] = schema_findings(text)
    return finding


# the schema itself


def test_the_published_plan_is_valid_for_us():
    document = load_file(PUBLISHED).document
    assert document is not None
    assert validation.validate(document) == []


def test_the_published_plan_is_valid_for_check_jsonschema():
    run = subprocess.run(
        [*check_jsonschema(), str(PUBLISHED)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "ok -- validation done" in run.stdout


def test_the_packaged_schema_is_the_repository_schema():
    assert validation.schema() == SCHEMA


def test_schema_is_valid_against_its_metaschema():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_is_valid_for_check_jsonschema_metaschema_check():
    command = check_jsonschema()
    run = subprocess.run(
        [command[0], "--check-metaschema", str(SCHEMA_PATH)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """A subschema with what its $ref points to filled in (its own keys win)."""
    ref = node.get("$ref")
    if isinstance(ref, str):
        assert ref.startswith("#/$defs/"), ref
        return {**resolve(SCHEMA["$defs"][ref.removeprefix("#/$defs/")]), **node}
    return node


def subschemas(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema of the schema, with a JSON-pointer-like name."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for name, sub in value.items():
                    yield from subschemas(sub, f"{where}/{key}/{name}")
            elif key in ("items", "additionalProperties") and isinstance(value, dict):
                yield from subschemas(value, f"{where}/{key}")
            elif key in ("anyOf", "oneOf", "allOf"):
                for i, sub in enumerate(value):
                    yield from subschemas(sub, f"{where}/{key}/{i}")


def test_the_walk_sees_the_whole_schema():
    names = {name for name, _ in subschemas(SCHEMA)}
    assert "#/$defs/measure/properties/realisation" in names
    assert "#/$defs/due/anyOf/2" in names
    assert len(names) > 150


def test_every_property_has_a_title_and_a_description():
    properties = [
        (name, resolve(node))
        for name, node in subschemas(SCHEMA)
        if name.split("/")[-2:-1] == ["properties"]
    ]
    assert len(properties) > 100
    lacking = [
        name
        for name, node in properties
        if not (
            isinstance(node.get("title"), str)
            and node["title"].strip()
            and isinstance(node.get("description"), str)
            and node["description"].strip()
        )
    ]
    assert lacking == []


def test_additional_properties_are_false_on_every_object():
    objects = [
        (name, node)
        for name, node in subschemas(SCHEMA)
        if node.get("type") == "object" or "properties" in node
    ]
    assert len(objects) > 20
    # a record lists its keys and allows no other; a map (an acknowledgement's facts) has
    # keys of its own choosing, each of a pattern, and values of one schema
    records = [(name, node) for name, node in objects if "properties" in node]
    maps = [(name, node) for name, node in objects if "properties" not in node]
    assert [name for name, node in records if node.get("additionalProperties") is not False] == []
    assert [
        name
        for name, node in maps
        if not isinstance(node.get("additionalProperties"), dict)
        or "pattern" not in node.get("propertyNames", {})
    ] == []


# one mistake of each kind


def test_missing_required_key():
    text, _ = changed("  code: CSG53BED47F\n", "")
    finding = one_finding(text)
    assert finding.message == "document: the key 'code' is missing"
    assert (finding.span.line, finding.span.column) == (line_of(text, "\ndocument:\n") + 1, 1)
    assert finding.subject == "document"
    assert finding.hint == (
        "add 'code:' here: The document's registration code, for example CSG53BED47F."
    )


def test_missing_required_key_of_a_list_item_is_at_the_item():
    text, line = changed("    wording: moet gereed zijn in juni 2018\n", "")
    finding = one_finding(text)
    assert finding.message == "external_milestones[0]: the key 'wording' is missing"
    assert (finding.span.line, finding.span.column) == (line - 2, 5)  # `- id: pentekening-...`
    assert finding.hint == "add 'wording:' here: The published wording of its date."


def test_unknown_key_suggests_the_right_one():
    text, line = changed("  contents_title: Inhoudsopgave\n", "  content_title: Inhoudsopgave\n")
    finding = one_finding(text)
    assert finding.message == "document.content_title: unknown key 'content_title'"
    assert (finding.span.line, finding.span.column) == (line, 3)
    assert finding.hint == "did you mean 'contents_title'?"


def test_unknown_key_with_nothing_close_lists_the_allowed_keys():
    text, line = changed(
        "  contents_title: Inhoudsopgave\n", "  contents_title: Inhoudsopgave\n  xyz: 1\n"
    )
    finding = one_finding(text)
    assert finding.message == "document.xyz: unknown key 'xyz'"
    assert finding.span.line == line + 1
    assert finding.hint == (
        "allowed here: author, code, contents_title, inspectorates, language, municipalities, "
        "running_header, title, version_date"
    )


def test_a_misspelt_required_key_is_missing_and_unknown():
    text, line = changed(
        "            wording: Voor 1 juli 2018\n", "            wordng: Voor 1 juli 2018\n"
    )
    where = "improvement_points[1].measures[0].realisation[0] (milestone 6-factsheet)"
    assert [(f.span.line, f.message, f.hint) for f in schema_findings(text)] == [
        (
            line - 1,
            f"{where}: the key 'wording' is missing",
            "add 'wording:' here: The date part exactly as published, without the colon: "
            "'Voor 01-10-2018', 'Juni 2018', 'Doorlopend', 'Per direct'. The gate checks it agrees "
            "with due/start.",
        ),
        (
            line,
            "improvement_points[1].measures[0].realisation[0].wordng (milestone 6-factsheet): "
            "unknown key 'wordng'",
            "did you mean 'wording'?",
        ),
    ]


def test_a_number_where_text_is_expected_hints_at_quotes():
    text, line = changed('      - id: "6"\n', "      - id: 6\n")
    finding = one_finding(text)
    assert (
        finding.message
        == "improvement_points[1].measures[0].id (measure 6): 6 is a number, expected text"
    )
    assert (finding.span.line, finding.span.column) == (line, 13)
    assert finding.hint == 'put the value in quotes: ids and dates are text, for example "3.1"'


def test_text_where_a_yes_no_value_is_expected():
    text, line = changed("    appointed: false\n", '    appointed: "false"\n')
    finding = one_finding(text)
    assert finding.message == 'owners[0].appointed: "false" is text, expected true or false'
    assert (finding.span.line, finding.span.column) == (line, 16)


def test_an_empty_value_where_text_is_expected():
    text, line = changed("  code: CSG53BED47F\n", "  code:\n")
    finding = one_finding(text)
    assert finding.message == "document.code: null is empty, expected text"
    assert finding.span.line == line


def test_an_id_in_the_wrong_form():
    text, line = changed("  - id: inspecties\n", "  - id: Inspecties\n")
    finding = one_finding(text)
    assert finding.message == 'footnotes[0].id: "Inspecties" is not in the expected form'
    assert (finding.span.line, finding.span.column) == (line, 9)
    assert finding.hint == SCHEMA["$defs"]["id"]["description"]
    assert finding.hint.startswith("Lowercase letters, digits, dots and hyphens")


def test_a_date_in_the_wrong_form_is_reported_once():
    text, line = changed('  version_date: "2018-08-31"\n', '  version_date: "31-08-2018"\n')
    finding = one_finding(text)  # only the form: not also "is not a real date"
    assert finding.message == 'document.version_date: "31-08-2018" is not in the expected form'
    assert (finding.span.line, finding.span.column) == (line, 17)
    assert finding.hint == 'write dates year first, as "2018-08-31" (YYYY-MM-DD, in quotes)'


def test_an_impossible_date():
    text, line = changed('  version_date: "2018-08-31"\n', '  version_date: "2018-02-30"\n')
    finding = one_finding(text)
    assert finding.message == 'document.version_date: "2018-02-30" is not a real date'
    assert (finding.span.line, finding.span.column) == (line, 17)
    assert finding.hint == "ISO date YYYY-MM-DD, quoted."


def test_a_due_in_none_of_its_forms():
    text, line = changed('            due: "2018-06-30"\n', '            due: "2018-13"\n')
    finding = one_finding(text)
    assert finding.message == (
        'improvement_points[1].measures[0].realisation[0].due (milestone 6-factsheet): "2018-13" '
        "is not in the expected form"
    )
    assert (finding.span.line, finding.span.column) == (line, 18)
    assert finding.hint == SCHEMA["$defs"]["due"]["description"]


def test_a_milestone_kind_outside_the_enum():
    text, line = changed(
        '            due: "2018-06-30"\n            kind: deliverable\n',
        '            due: "2018-06-30"\n            kind: deliverabel\n',
    )
    finding = one_finding(text)
    assert finding.message == (
        "improvement_points[1].measures[0].realisation[0].kind (milestone 6-factsheet): "
        '"deliverabel" is not one of '
        '"deliverable", "decision", "evaluation", "ongoing"'
    )
    assert (finding.span.line, finding.span.column) == (line + 1, 19)
    assert finding.hint == SCHEMA["$defs"]["milestone"]["properties"]["kind"]["description"]


def test_a_format_other_than_1():
    text, line = changed("format: 1\n", "format: 2\n")
    finding = one_finding(text)
    assert finding.message == "format: must be 1, not 2"
    assert (finding.span.line, finding.span.column) == (line, 9)
    assert finding.hint == "Version of this file format. Currently 1."


def test_an_empty_list_where_one_entry_is_needed():
    text, line = changed(
        "  running_header:\n    - Verbeterplan Inspectie\n    - Casusonderzoek Zeeland\n",
        "  running_header: []\n",
    )
    finding = one_finding(text)
    assert finding.message == "document.running_header: must not be empty"
    assert (finding.span.line, finding.span.column) == (line, 19)
    assert finding.hint == (
        "The lines of the running header, for example 'Verbeterplan Inspectie' and "
        "'Casusonderzoek Zeeland'."
    )


def test_an_empty_text():
    text, line = changed(
        "      text: Versterken van cultuur van samenwerken.\n", '      text: ""\n'
    )
    finding = one_finding(text)
    assert (
        finding.message
        == "improvement_points[0].objective.text (improvement point 1): must not be empty"
    )
    assert finding.span.line == line


def test_the_same_entry_twice_in_a_unique_list():
    text, line = changed(
        "          parties: [veilig-thuis, werkgroep-veilig-thuis]\n",
        "          parties: [veilig-thuis, veilig-thuis]\n",
    )
    finding = one_finding(text)
    assert finding.message == (
        "improvement_points[0].measures[3].involved.parties (measure 3.2): the list has the same "
        "entry twice"
    )
    assert (finding.span.line, finding.span.column) == (line, 20)
    assert finding.hint == "remove the repeated entry"


MISTAKES = {
    "missing-key": ("  code: CSG53BED47F\n", ""),
    "unknown-key": ("  contents_title: Inhoudsopgave\n", "  content_title: Inhoudsopgave\n"),
    "wrong-type": ('      - id: "6"\n', "      - id: 6\n"),
    "id-pattern": ("  - id: inspecties\n", "  - id: Inspecties\n"),
    "date-pattern": ('  version_date: "2018-08-31"\n', '  version_date: "31-08-2018"\n'),
    "date-format": ('  version_date: "2018-08-31"\n', '  version_date: "2018-02-30"\n'),
    "enum": (
        '            due: "2018-06-30"\n            kind: deliverable\n',
        '            due: "2018-06-30"\n            kind: deliverabel\n',
    ),
    "min-items": (
        "  running_header:\n    - Verbeterplan Inspectie\n    - Casusonderzoek Zeeland\n",
        "  running_header: []\n",
    ),
    "unique-items": (
        "          parties: [veilig-thuis, werkgroep-veilig-thuis]\n",
        "          parties: [veilig-thuis, veilig-thuis]\n",
    ),
}


def test_check_jsonschema_rejects_every_mistake_at_the_same_place(tmp_path):
    ours: dict[str, set[str]] = {}
    for name, (old, new) in MISTAKES.items():
        text = changed(old, new)[0]
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
        ours[f"{name}.yaml"] = {"$." + f.subject for f in schema_findings(text)}
    edited_plan(tmp_path)  # the published plan itself, as plan.yaml
    run = subprocess.run(
        [*check_jsonschema(), "--output-format", "json", *sorted(ours), "plan.yaml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["parse_errors"] == []
    theirs: dict[str, set[str]] = {}
    for error in report["errors"]:
        theirs.setdefault(error["filename"], set()).add(error["path"])
    assert theirs == ours  # every mistake, at the same data path; nothing in the published plan


def test_the_date_pattern_refuses_days_that_do_not_exist():
    """The editor has only the schema's pattern to refuse 2018-09-31 while typing: the
    pattern accepts exactly the days the calendar has, leap years included."""
    import datetime as dt
    import re

    pattern = re.compile(SCHEMA["$defs"]["iso_date"]["pattern"])
    checked = 0
    for year in (*range(1, 2101), 2400, 9996, 9999):
        for month in range(1, 13):
            for day in range(1, 32):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                try:
                    dt.date(year, month, day)
                    real = True
                except ValueError:
                    real = False
                assert (pattern.fullmatch(text) is not None) == real, text
                checked += 1
    assert checked > 700_000
    for impossible in ("2018-09-31", "2019-02-29", "1900-02-29", "0000-01-01", "2018-13-01"):
        assert pattern.fullmatch(impossible) is None
    for real in ("2020-02-29", "2000-02-29", "2018-08-31"):
        assert pattern.fullmatch(real) is not None


def test_a_day_that_does_not_exist_is_still_not_a_real_date():
    """The pattern refuses 2019-02-29 too, but the gate's finding stays the one about the day."""
    text, _ = changed('  version_date: "2018-08-31"\n', '  version_date: "2019-02-29"\n')
    assert one_finding(text).message == 'document.version_date: "2019-02-29" is not a real date'
    text, _ = changed('            due: "2018-06-30"\n', '            due: "2018-09-31"\n')
    finding = one_finding(text)
    assert finding.message.endswith('"2018-09-31" is not a real date'), finding.message


def _fields(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for key, sub in node.get("properties", {}).items():
            yield f"{where}/{key}", sub
            yield from _fields(sub, f"{where}/{key}")
        if "items" in node:
            yield from _fields(node["items"], f"{where}[]")


def test_every_field_has_a_dutch_hover_text_with_an_example():
    """yaml-language-server shows `markdownDescription` on hover (the English
    `description` stays for the gate's hints): Dutch, with an example of the field."""
    fields = list(_fields(SCHEMA, ""))
    for name, sub in SCHEMA["$defs"].items():
        fields += list(_fields(sub, f"#{name}"))
    assert len(fields) > 150
    for where, sub in fields:
        text = sub.get("markdownDescription", "")
        assert "Voorbeeld" in text, where
        assert text != sub.get("description"), where


def test_snippets_for_the_items_advisors_add():
    snippets = {
        name: SCHEMA["$defs"][name]["defaultSnippets"][0]
        for name in ("measure", "milestone", "owner", "footnote", "revision")
    }
    for name, snippet in snippets.items():
        assert snippet["label"].startswith("Nieuwe "), name
        required = SCHEMA["$defs"][name]["required"]
        assert set(required) <= set(snippet["body"]), name
        assert set(snippet["body"]) <= set(SCHEMA["$defs"][name]["properties"]), name


def test_the_editor_messages_are_dutch():
    defs = SCHEMA["$defs"]
    assert "Geen bestaande datum" in defs["iso_date"]["patternErrorMessage"]
    assert "aanhalingstekens" in defs["measure_id"]["errorMessage"]
    assert "`true` of `false`" in defs["owner"]["properties"]["appointed"]["errorMessage"]
    assert defs["milestone"]["properties"]["kind"]["errorMessage"].startswith("Kies een soort")
