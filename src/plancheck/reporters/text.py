"""The default report: one block per finding with the source line and a caret, then a summary.

    plan.yaml:41:7: error[grid-deadline] milestone 6-factsheet ... has no X in juni 2018 ...
       41 |         due: "2018-06-30"
          |              ^^^^^^^^^^^^
      how to fix: add "2018-06" to planning row 6 `work`, or correct the milestone's date

Acknowledged findings are listed after the active ones, with their reasons, so nothing is
hidden. Text from the plan and file names are printed through `printable`: a control or
direction character shows as its escape (`\x1b`, `\u202e`), never acts on the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from plancheck.engine import CheckResult
from plancheck.findings import Finding, Verdict
from plancheck.i18n import _, ngettext
from plancheck.printable import printable
from plancheck.reporters import Context


def ACKNOWLEDGED() -> str:
    """The word before an acknowledged finding's reason."""
    return _("acknowledged:")


def _excerpt(finding: Finding, lines: Sequence[str]) -> list[str]:
    span = finding.span
    if span is None or not 1 <= span.line <= len(lines):
        return []
    source = lines[span.line - 1].rstrip("\n")
    width = 1
    if span.end_line == span.line and span.end_column and span.end_column > span.column:
        width = span.end_column - span.column
    width = max(1, min(width, len(source) - span.column + 1))
    number = f"{span.line:>5}"
    # the caret stands under the character as printed (an escape is wider than its character)
    before = len(printable(source[: span.column - 1]))
    width = len(printable(source[span.column - 1 : span.column - 1 + width])) or 1
    return [
        f"{number} | {printable(source)}",
        f"{' ' * len(number)} | {' ' * before}{'^' * width}",
    ]


def _headline(finding: Finding) -> str:
    """FILE:LINE:COL: severity[rule] message, with the file and message printable."""
    return printable(
        f"{finding.location()}: {finding.severity.value}[{finding.rule}] {finding.message}"
    )


def format_finding(finding: Finding, lines: Sequence[str]) -> list[str]:
    out = [_headline(finding)]
    out.extend(_excerpt(finding, lines))
    if finding.hint:  # a hint of several lines (a YAML entry to add) keeps its indentation
        hint = "\n".join(printable(line) for line in finding.hint.split("\n"))
        fix = _("how to fix:")
        out.append(f"      {fix} {hint}".replace("\n", "\n" + " " * 8))
    return out


def summary(results: Sequence[CheckResult], strict: bool = False) -> str:
    """The one-line verdict: `plan.yaml: FAILED: 1 error, 0 warnings, 6 acknowledged`."""
    return summary_line(results, Verdict.of_results(results, strict=strict))


def summary_line(results: Sequence[CheckResult], verdict: Verdict) -> str:
    """The one-line summary of a verdict taken on `results` (which name the file or count)."""

    parts = [
        ngettext("{count} error", "{count} errors", verdict.errors).format(count=verdict.errors),
        ngettext("{count} warning", "{count} warnings", verdict.warnings).format(
            count=verdict.warnings
        ),
    ]
    if verdict.notes:
        parts.append(
            ngettext("{count} note", "{count} notes", verdict.notes).format(count=verdict.notes)
        )
    parts.append(_("{count} acknowledged").format(count=verdict.acknowledged))
    files = len(results)
    where = (
        printable(results[0].path)
        if files == 1
        else ngettext("{count} file", "{count} files", files).format(count=files)
    )
    word = _("passed") if verdict.passed else _("FAILED")
    return f"{where}: {word}: " + ", ".join(parts)


def render(results: Sequence[CheckResult], context: Context) -> str:
    out: list[str] = []
    for result in results:
        active = [f for f in result.findings if not f.suppressed]
        for finding in active:
            out.extend(format_finding(finding, result.lines))
            out.append("")
        suppressed = [f for f in result.findings if f.suppressed]
        if suppressed and not context.verbose:
            # known and accepted: one line, so that a new finding is not lost among them
            count = len(suppressed)
            out.append(
                ngettext(
                    "{file}: {count} acknowledged finding, listed in `acknowledged` "
                    "(--verbose shows it)",
                    "{file}: {count} acknowledged findings, listed in `acknowledged` "
                    "(--verbose shows them)",
                    count,
                ).format(file=printable(result.path), count=count)
            )
            out.append("")
        elif suppressed:
            out.append(
                _("{file}: {count} acknowledged finding(s), listed in `acknowledged`:").format(
                    file=printable(result.path), count=len(suppressed)
                )
            )
            for finding in suppressed:
                out.append(f"  {_headline(finding)}")
                reason = printable(finding.suppressed_reason or "")
                out.append(f"      {ACKNOWLEDGED()} {reason}")
            out.append("")
    out.append(summary_line(results, context.verdict(results)))
    return "\n".join(out) + "\n"
