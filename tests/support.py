"""Shared test helpers (import them with `from support import ...`; the conftest files
share one module name, so tests never import from them).

`require_tool` skips a test when an external program is missing on a developer's machine,
with a message that says how to install it, and fails instead when CI is set, so CI never
passes by skipping.
"""

from __future__ import annotations

import os
import shutil
import sys
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
    # a console script installed beside this Python (a venv that is not activated) counts too
    path = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if path is None:
        missing(name, how)
        raise AssertionError  # unreachable: missing() raises
    return path


def require_shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        missing(
            f"../shared/{relative}",
            "place the steering repository's shared/ folder (seeds, tools, schemas) beside this project, as ../shared",
        )
    return path
