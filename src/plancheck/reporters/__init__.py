"""Reporters turn check results into one report: `render(results, context) -> str`, no I/O.

Each takes the whole list (JUnit, SARIF and GitLab reports are whole documents) and maps
fields from `Finding` only. REPORTERS is the table the CLI indexes by `--format`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from plancheck.engine import CheckResult


@dataclass(frozen=True)
class Context:
    """What a reporter may know besides the findings."""

    tool_version: str
    base_dir: str = "."


Renderer = Callable[[Sequence[CheckResult], Context], str]


def _table() -> dict[str, Renderer]:
    from plancheck.reporters import github, gitlab, json_report, junit, sarif, text

    return {
        "text": text.render,
        "json": json_report.render,
        "github": github.render,
        "gitlab": gitlab.render,
        "junit": junit.render,
        "sarif": sarif.render,
    }


REPORTERS: dict[str, Renderer] = _table()
