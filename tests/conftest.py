"""Shared test helpers.

`require_tool` skips a test when an external program is missing on a developer's machine,
with a message that says how to install it, and fails instead when CI is set, so CI never
passes by skipping.
"""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "plan.yaml"
SHARED = ROOT.parent / "shared"
ARTIFACTS = ROOT / "tests" / "artifacts"


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def missing(what: str, how: str) -> None:
    """Skip (developer machine) or fail (CI) because `what` is not available."""
    message = f"{what} is not available; install it with: {how}"
    if in_ci():
        pytest.fail(message + " (CI is set, so this fails instead of skipping)")
    pytest.skip(message)


def require_tool(name: str, how: str) -> str:
    path = shutil.which(name)
    if path is None:
        missing(name, how)
        raise AssertionError  # unreachable: missing() raises
    return path


def require_shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        missing(f"../shared/{relative}", "check out the steering repository's shared/ beside this project")
    return path


@pytest.fixture
def plan_path() -> Path:
    return PLAN


@pytest.fixture
def write_plan(tmp_path: Path):
    """write_plan(text) -> path of a plan file holding the dedented text."""

    def write(text: str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write
