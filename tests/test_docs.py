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
