"""Fixtures shared by all tests; the helpers themselves live in support.py."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from support import (  # noqa: F401  re-exported for tests that load this file by path
    ARTIFACTS,
    PLAN,
    PUBLISHED,
    ROOT,
    SHARED,
    in_ci,
    missing,
    require_shared,
    require_tool,
)

# The tests read plancheck's messages in English, the language of the message ids, whatever
# the plan's language (the environment reaches the commands the tests run as subprocesses
# too); the tests of the translations choose Dutch themselves (tests/test_i18n.py).
os.environ["PLANCHECK_LANG"] = "en"


@pytest.fixture
def plan_path() -> Path:
    """The published plan (tests/fixtures/plan-2018-08-31.yaml), never the live plan.yaml."""
    return PUBLISHED


@pytest.fixture
def write_plan(tmp_path: Path):
    """write_plan(text) -> path of a plan file holding the dedented text."""

    def write(text: str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write
