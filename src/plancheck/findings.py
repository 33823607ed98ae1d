"""Findings: what every stage reports, and the one place that decides the exit code."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Severity(enum.Enum):
    """How serious a finding is. The words are SARIF's."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True, order=True)
class Span:
    """A place in a file: 1-based line and column, with the end where known."""

    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None


@dataclass(frozen=True)
class Finding:
    """One problem found in a plan. Reporters see only these."""

    rule: str
    severity: Severity
    message: str
    file: str
    span: Span | None = None
    hint: str | None = None
    subject: str = ""
    suppressed_reason: str | None = field(default=None, compare=False)
    # no export may override it, not even with --force (set by the rule: Problem.blocks_export)
    blocks_export: bool = False

    @property
    def suppressed(self) -> bool:
        return self.suppressed_reason is not None

    def location(self) -> str:
        if self.span is None:
            return self.file
        return f"{self.file}:{self.span.line}:{self.span.column}"


# Exit codes, decided in one place (flake8's exit_code()).
EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2


def exit_code(
    findings: Iterable[Finding], *, strict: bool = False, unreadable: bool = False
) -> int:
    """0 clean (warnings allowed), 1 any active error (or warning with strict), 2 unreadable input."""
    if unreadable:
        return EXIT_UNREADABLE
    for finding in findings:
        if finding.suppressed:
            continue
        if finding.severity is Severity.ERROR:
            return EXIT_FINDINGS
        if strict and finding.severity is Severity.WARNING:
            return EXIT_FINDINGS
    return EXIT_CLEAN
