"""The rule registry: ids unique and kebab-case, one module per rule named after its id, each
documented with an example that fails or warns, and each with its own test module here."""

import re
from pathlib import Path

import pytest

import plancheck.rules
from plancheck.engine import ACK_RULES
from plancheck.findings import Severity
from plancheck.rules import BY_ID, RULES

RULES_DIR = Path(plancheck.rules.__file__).parent
TESTS_DIR = Path(__file__).parent
MODULES = sorted(p.stem for p in RULES_DIR.glob("*.py") if p.stem != "__init__")


def test_there_are_thirty_three_rule_modules_and_all_are_registered():
    assert len(MODULES) == 33
    assert sorted(rule.check.__module__.rsplit(".", 1)[1] for rule in RULES) == MODULES


def test_rule_ids_are_unique():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(BY_ID)
    assert not set(ids) & {*ACK_RULES, "schema", "load"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_id_is_kebab_case_and_matches_its_module(rule):
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.id)
    module = rule.check.__module__
    assert module == "plancheck.rules." + rule.id.replace("-", "_")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_documented_with_an_example(rule):
    assert rule.summary.endswith(".")
    assert rule.doc.startswith(rule.summary)
    example = {Severity.WARNING: "Warns:", Severity.NOTE: "Notes:"}.get(rule.severity, "Fails:")
    assert re.search(rf"^{example}$", rule.doc, re.MULTILINE), f"{rule.id} has no '{example}'"
    assert re.search(r"^Fix: ", rule.doc, re.MULTILINE), f"{rule.id} does not say how to fix it"


@pytest.mark.parametrize("module", MODULES)
def test_rule_module_has_a_test_module(module):
    assert (TESTS_DIR / f"test_{module}.py").is_file()


def test_acknowledgements_have_a_test_module():
    assert (TESTS_DIR / "test_acknowledgements.py").is_file()
