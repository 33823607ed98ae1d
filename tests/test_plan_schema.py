"""`plancheck schema PLAN`: the plan-specific schema for the editor, and the rule
editor-schema-stale that finds one that no longer matches its plan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from support import PUBLISHED, column_of, edited_plan, plan_text

from plancheck import plan_schema, validation
from plancheck.catalogue import rule_ids
from plancheck.engine import check_file
from plancheck.loader import load_text
from plancheck.model import build_plan

GENERAL = "# yaml-language-server: $schema=schema/plan.schema.json\n"
SPECIFIC = "# yaml-language-server: $schema=plan.schema.json\n"


def plancheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITLAB_CI")}
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def specific_plan(folder: Path, *edits: tuple[str, str]) -> Path:
    """The published plan with its modeline naming plan.schema.json, and that schema."""
    path = edited_plan(folder, (GENERAL, SPECIFIC), *edits)
    run = plancheck("schema", "plan.yaml", cwd=folder)
    assert run.returncode == 0, run.stderr
    return path


def written(folder: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((folder / "plan.schema.json").read_text("utf-8"))
    return result


def stale_findings(path: Path) -> list[Any]:
    return [f for f in check_file(path).findings if f.rule == plan_schema.ID]


def test_the_rule_is_in_the_catalogue() -> None:
    assert plan_schema.ID in rule_ids()
    assert plan_schema.DOC.startswith(plan_schema.SUMMARY)


def test_the_schema_lists_the_plans_ids_with_their_names(tmp_path: Path) -> None:
    specific_plan(tmp_path)
    schema = written(tmp_path)
    plan = build_plan(load_text(plan_text(PUBLISHED)).document.data, "plan.yaml")  # type: ignore[union-attr]
    owner = schema["$defs"]["owner_ref"]["properties"]["owner"]
    assert owner["enum"] == [o.id for o in plan.owners]
    assert owner["enumDescriptions"] == [o.name for o in plan.owners]
    grid = schema["$defs"]["grid_row"]["properties"]["measure"]
    assert grid["enum"] == [m.id for m in plan.measures]
    parties = schema["$defs"]["measure"]["properties"]["involved"]["properties"]["parties"]
    assert parties["items"]["enum"] == [p.id for p in plan.parties]
    builds_on = schema["$defs"]["milestone"]["properties"]["builds_on"]["items"]["enum"]
    assert set(builds_on) == {m.id for m in (*plan.milestones, *plan.external_milestones)}
    assert schema[plan_schema.MARK]["plan"] == "plan.yaml"
    assert "$id" not in schema  # not the general schema's address


def test_the_published_plan_is_valid_against_its_own_schema(tmp_path: Path) -> None:
    path = specific_plan(tmp_path)
    data = load_text(path.read_text("utf-8")).document.data  # type: ignore[union-attr]
    validator = jsonschema.Draft202012Validator(written(tmp_path))
    assert list(validator.iter_errors(data)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("'samenwerken met het AMHK[^amhk]'", "'samenwerken met het AMHK[^amhkk]'"),
        ("          - owner: inkoopteam\n", "          - owner: inkoopteem\n"),
        ('    - measure: "7"\n', '    - measure: "9"\n'),
        ("builds_on: [4.1-methodiek]", "builds_on: [4.1-methodik]"),
    ],
)
def test_its_enums_and_patterns_refuse_a_mistyped_id(tmp_path: Path, old: str, new: str) -> None:
    specific_plan(tmp_path)
    text = plan_text(tmp_path / "plan.yaml").replace(old, new)
    data = load_text(text).document.data  # type: ignore[union-attr]
    errors = list(jsonschema.Draft202012Validator(written(tmp_path)).iter_errors(data))
    assert errors, new
    # the general schema accepts each of these: only the plan knows its ids
    assert validation.validate(load_text(text).document) == []  # type: ignore[arg-type]


def test_a_current_schema_gives_no_finding(tmp_path: Path) -> None:
    path = specific_plan(tmp_path)
    assert stale_findings(path) == []


def test_a_schema_the_plan_outgrew_is_stale(tmp_path: Path) -> None:
    path = specific_plan(tmp_path)
    text = plan_text(path).replace("  - id: inkoopteam\n", "  - id: inkoop-team\n", 1)
    text = text.replace("- owner: inkoopteam\n", "- owner: inkoop-team\n")
    path.write_text(text, "utf-8")
    [finding] = stale_findings(path)
    assert finding.severity.value == "warning"
    assert (finding.span.line, finding.span.column) == (1, column_of(SPECIFIC, "plan.schema"))  # type: ignore[union-attr]
    assert "plan.schema.json" in finding.message
    assert finding.hint is not None and "plancheck schema" in finding.hint
    # following the hint clears it
    assert plancheck("schema", "plan.yaml", cwd=tmp_path).returncode == 0
    assert stale_findings(path) == []


def test_only_a_schema_plancheck_wrote_is_compared(tmp_path: Path) -> None:
    # the general schema (the published plan's modeline), copied beside the plan
    path = edited_plan(tmp_path)
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "plan.schema.json").write_text(validation.schema_text(), "utf-8")
    assert stale_findings(path) == []
    # a modeline naming a file that does not exist, or a web address
    path.write_text(plan_text(path).replace(GENERAL, SPECIFIC), "utf-8")
    assert stale_findings(path) == []
    web = "# yaml-language-server: $schema=https://example.org/plan.schema.json\n"
    path.write_text(plan_text(PUBLISHED).replace(GENERAL, web), "utf-8")
    assert stale_findings(path) == []


def test_the_rule_can_be_turned_off(tmp_path: Path) -> None:
    path = specific_plan(tmp_path)
    schema = written(tmp_path)
    schema[plan_schema.MARK]["made_from"]["owners"] = []  # as if written for other ids
    (tmp_path / "plan.schema.json").write_text(json.dumps(schema), "utf-8")
    assert len(stale_findings(path)) == 1
    (tmp_path / "plancheck.toml").write_text(f'disable = ["{plan_schema.ID}"]\n', "utf-8")
    run = plancheck("check", "plan.yaml", cwd=tmp_path)
    assert plan_schema.ID not in run.stdout, run.stdout


def test_what_the_schema_is_made_of_covers_every_id_and_name(tmp_path: Path) -> None:
    """The gate compares what the schema was made from: any change of an id or name, or of
    the general schema, changes it; text elsewhere in the plan does not."""
    text = plan_text(PUBLISHED)
    plan = build_plan(load_text(text).document.data, "plan.yaml")  # type: ignore[union-attr]
    general = validation.schema_text()
    base = plan_schema.made_from(plan, general)
    assert plan_schema.made_from(plan, general + " ") != base
    swapped = general.replace('"owners"', '"0wners"', 1).replace('"parties"', '"pqrties"', 1)
    assert len(swapped) == len(general) and plan_schema.made_from(plan, swapped) != base
    for old, new in (
        ("    name: Porthos\n", "    name: Porthos B.V.\n"),
        ("  - id: amhk\n", "  - id: amhk-oud\n"),
        ("contents_title: Inhoudsopgave", "contents_title: Inhoud"),
    ):
        changed = text.replace(old, new, 1)
        assert changed != text, old
        other = build_plan(load_text(changed).document.data, "plan.yaml")  # type: ignore[union-attr]
        same = plan_schema.made_from(other, general) == base
        assert same == old.startswith("contents_title"), old


@pytest.mark.parametrize(
    "mark",
    [
        '"x-plancheck-plan-schema": {"plan": "plan.yaml", "digest": "' + "0" * 64 + '"}}',
        '"x-plancheck-plan-schema": {"made_from": {"owners": [}}',
        '"x-plancheck-plan-schema": "made_from"}',
        '"x-plancheck-plan-schema"',
    ],
    ids=["an older plancheck's", "broken", "not an object", "cut short"],
)
def test_a_schema_that_does_not_say_what_it_was_made_from_is_stale(
    tmp_path: Path, mark: str
) -> None:
    path = specific_plan(tmp_path)
    (tmp_path / "plan.schema.json").write_text('{"title": "Plan", ' + mark, "utf-8")
    assert len(stale_findings(path)) == 1


def test_the_command_names_the_modeline_to_add(tmp_path: Path) -> None:
    edited_plan(tmp_path)
    run = plancheck("schema", "plan.yaml", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "plan.schema.json").is_file()
    assert "# yaml-language-server: $schema=plan.schema.json" in run.stderr
    # once the modeline names it, the command writes that file by default, quietly
    specific_plan(tmp_path / "again")
    again = plancheck("schema", cwd=tmp_path / "again")
    assert again.returncode == 0 and "is current" in again.stderr, again.stderr
    assert "put this line" not in again.stderr


def test_the_command_never_replaces_an_input(tmp_path: Path) -> None:
    path = edited_plan(tmp_path)
    before = path.read_bytes()
    run = plancheck("schema", "plan.yaml", "-o", "plan.yaml", cwd=tmp_path)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and "replace" in run.stderr
    assert path.read_bytes() == before


def test_the_command_on_a_plan_that_is_not_valid(tmp_path: Path) -> None:
    edited_plan(tmp_path, ("format: 1\n", "format: 1\nkleur: rood\n"))
    run = plancheck("schema", "plan.yaml", cwd=tmp_path)
    assert run.returncode == 1
    assert "kleur" in run.stderr and "no schema written" in run.stderr
    assert not (tmp_path / "plan.schema.json").exists()
    missing = plancheck("schema", "nergens.yaml", cwd=tmp_path)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    two = plancheck("schema", "plan.yaml", "nergens.yaml", "-o", "x.json", cwd=tmp_path)
    assert two.returncode == 2 and "one PLAN" in two.stderr
