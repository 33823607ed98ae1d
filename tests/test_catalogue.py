"""plancheck.catalogue is the one list of rule ids: the configuration, the acknowledgements,
`plancheck rules` and the JUnit report all take it from there."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from starter_edits import GRID_DEADLINE, check_text, starter

import plancheck
from plancheck import acknowledgements, catalogue, engine
from plancheck.catalogue import (
    ACK_RULES,
    EDITOR_SCHEMA,
    LOAD,
    SCHEMA,
    configurable_ids,
    rule_ids,
    rule_info,
    rules_run,
)
from plancheck.config import ConfigError, load_config
from plancheck.reporters.junit import rules_run as junit_rules_run
from plancheck.rules import AS_OF_RULES, BASE_RULES, RULES

SRC = Path(plancheck.__file__).resolve().parent


def test_the_catalogue_in_pipeline_order():
    assert rule_ids() == (LOAD, SCHEMA, *(r.id for r in RULES), EDITOR_SCHEMA, *ACK_RULES)
    assert len(set(rule_ids())) == len(rule_ids())
    assert (LOAD, SCHEMA) == ("load", "schema")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_a_rule_s_summary_and_doc_are_its_cleaned_docstring(rule):
    import importlib
    import inspect

    module = importlib.import_module(rule.check.__module__)
    assert rule.doc == inspect.cleandoc(module.__doc__) and "\n\n" in rule.doc
    assert rule.summary == rule.doc.splitlines()[0] and rule.summary


def test_the_acknowledgement_rules_are_defined_once():
    assert engine.ACK_RULES is ACK_RULES is acknowledgements.ACK_RULES
    for rule_id, (severity, summary, _doc) in ACK_RULES.items():
        info = rule_info(rule_id)
        assert info is not None and (info.severity, info.summary) == (severity, summary)
    # no other module spells the ids out
    spelled = {
        path.relative_to(SRC).as_posix()
        for path in SRC.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Constant) and node.value in ACK_RULES
    }
    assert spelled == {"catalogue.py"}


def test_a_configuration_may_name_every_rule_but_the_stages(tmp_path):
    assert configurable_ids() == set(rule_ids()) - {LOAD, SCHEMA}
    names = ", ".join(f'"{rule_id}"' for rule_id in sorted(configurable_ids()))
    path = tmp_path / "plancheck.toml"
    path.write_text(f"disable = [{names}]\n", "utf-8")
    assert load_config(path).disabled == configurable_ids()
    for stage in (LOAD, SCHEMA):
        path.write_text(f'disable = ["{stage}"]\n', "utf-8")
        with pytest.raises(ConfigError, match="unknown rules"):
            load_config(path)


@pytest.mark.parametrize("rule_id", rule_ids())
def test_an_acknowledgement_of_any_known_rule_is_not_called_unknown(rule_id):
    text = starter(
        (
            "acknowledged: []\n",
            f"acknowledged:\n  - rule: {rule_id}\n    subject: x\n    reason: r\n",
        )
    )
    stale = [f for f in check_text(text).findings if f.rule == catalogue.ACK_STALE]
    if rule_id in BASE_RULES | AS_OF_RULES:
        # a rule about the change since a base (or about a date) did not run without one:
        # its acknowledgement may still be needed, so it is not stale
        assert stale == []
        return
    assert [f.message for f in stale] == [
        f"the acknowledgement of {rule_id} for 'x' matches no finding"
    ]


def test_an_acknowledgement_of_an_unknown_rule_gets_the_closest_known_one():
    text = starter(
        (
            "acknowledged: []\n",
            "acknowledged:\n  - rule: grid-deadlines\n    subject: x\n    reason: r\n",
        )
    )
    (stale,) = [f for f in check_text(text).findings if f.rule == catalogue.ACK_STALE]
    assert "does not exist" in stale.message and stale.hint == "did you mean 'grid-deadline'?"


def test_the_junit_testcases_are_the_rules_that_ran():
    result = check_text(starter(GRID_DEADLINE))
    assert junit_rules_run(result) == [r for r in rule_ids() if r not in BASE_RULES | AS_OF_RULES]
    assert rules_run(loaded=True, valid=True, disabled={"grid-deadline", SCHEMA}) == tuple(
        r for r in rule_ids() if r != "grid-deadline"
    )
    assert rules_run(loaded=True, valid=False) == (LOAD, SCHEMA)
    assert rules_run(loaded=False, valid=False) == (LOAD,)
