"""The documentation that is generated from the code stays in step with it."""

from __future__ import annotations

import subprocess
import sys

from support import ROOT


def test_rules_doc_is_up_to_date() -> None:
    generated = subprocess.run(
        [sys.executable, "-m", "plancheck", "rules", "--markdown"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    committed = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert committed == generated, (
        "docs/rules.md is stale: run plancheck rules --markdown > docs/rules.md"
    )


def test_rules_doc_lists_every_rule() -> None:
    from plancheck.engine import ACK_RULES
    from plancheck.rules import RULES

    text = (ROOT / "docs" / "rules.md").read_text("utf-8")
    for rule_id in [r.id for r in RULES] + list(ACK_RULES):
        assert f"\n## {rule_id}\n" in text


def test_readme_names_the_acknowledged_inconsistencies_at_their_lines() -> None:
    """The README's table of the published plan's inconsistencies is what the gate finds in
    the plan as published (the fixture, computed now), at the lines the README gives.

    The table describes the plan as published on 31-08-2018 (its heading and text say so),
    not whatever plan.yaml holds today: its owners may resolve an inconsistency, or add a line
    above them, without making the README wrong or this test fail."""
    import re

    from support import PUBLISHED

    from plancheck.engine import check_file

    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## The published plan's own inconsistencies", 1)[1].split("\n## ", 1)[0]
    assert "tests/fixtures/plan-2018-08-31.yaml" in section  # the README says which plan
    rows = re.findall(r"^\| (\d+) \| ([a-z-]+) \(", section, flags=re.MULTILINE)
    found = sorted(
        (str(f.span.line), f.rule)
        for f in check_file(PUBLISHED).findings
        if f.suppressed and f.span is not None
    )
    assert sorted(rows) == found


def test_the_readme_command_table_names_every_command() -> None:
    """Every command (and every kind of export and import) has a row in the README's table."""
    import argparse

    from plancheck.cli import build_parser

    readme = (ROOT / "README.md").read_text("utf-8")
    table = readme[readme.index("## Commands") :]
    table = table[: table.index("\n## ", 1)]
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        kinds = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
        names = [f"plancheck {name} {kind}" for a in kinds for kind in a.choices] or [
            f"plancheck {name}"
        ]
        for shown in names:
            assert f"`{shown}" in table, f"README's command table has no row for {shown}"
