"""`--format github` (and `auto` inside GitHub Actions): workflow commands that annotate the plan.

One line per active finding, then the one-line summary (a plain log line):

    ::error file=plan.yaml,line=41,col=7,endLine=41,endColumn=19,title=grid-deadline::milestone ...

The message ends with the hint, as "(how to fix: ...)"; the title is the rule id.
error -> `::error`, warning -> `::warning`, note -> `::notice`. Values are escaped exactly as
@actions/core does (escapeData for the message: % CR LF; escapeProperty for the properties:
also : and ,), so a message cannot end the command early or start another; control and
direction characters are written as escapes first (plancheck.printable). The summary line
is a plain log line that the runner cannot take for a command: no line break, no leading
`::`, no `##[` (the runner's older command form, recognised anywhere in a line).

Acknowledged findings are not annotated. GitHub shows at most 10 annotations of each kind
per step, so `append_step_summary` (called by the CLI with this format) appends a Markdown
table of *all* findings, acknowledged ones included with their reasons, to the job summary
($GITHUB_STEP_SUMMARY). `step_summary_markdown` is the pure part of it. Every cell is
escaped as text: no file name or message can end a cell or a row, start HTML, a link or an
image, or change the formatting.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence

from plancheck.engine import CheckResult
from plancheck.findings import Finding, Severity, Verdict
from plancheck.i18n import _
from plancheck.printable import printable
from plancheck.reporters import Context
from plancheck.reporters.common import message_text, report_path
from plancheck.reporters.text import ACKNOWLEDGED, summary_line

COMMAND = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.NOTE: "notice",
}
ANNOTATION_LIMIT = 10  # per kind per step, shown by GitHub


def _writable(text: str) -> str:
    """Text any UTF-8 stream can take: a lone surrogate (from a YAML escape) becomes \\udxxx."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def escape_data(value: str) -> str:
    """@actions/core escapeData: the message of a workflow command (control and direction
    characters written as escapes first)."""
    value = printable(value, line_breaks=True)
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """@actions/core escapeProperty: a property value of a workflow command."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def log_line(text: str) -> str:
    """A plain line of the log that the runner cannot take for a workflow command: one line,
    not starting with `::` (after spaces), without `##[` anywhere."""
    text = printable(text).replace("##[", "##%5B")
    stripped = text.lstrip()
    if stripped.startswith("::"):
        text = text[: len(text) - len(stripped)] + "%3A%3A" + stripped[2:]
    return text


def annotation(finding: Finding, base_dir: str = ".") -> str:
    """The workflow command for one finding."""
    properties: list[tuple[str, str]] = [("file", report_path(finding.file, base_dir))]
    span = finding.span
    if span is not None:
        properties.append(("line", str(span.line)))
        properties.append(("col", str(span.column)))
        if span.end_line is not None:
            properties.append(("endLine", str(span.end_line)))
        if span.end_column is not None:
            properties.append(("endColumn", str(span.end_column)))
    properties.append(("title", finding.rule))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    command = f"::{COMMAND[finding.severity]} {joined}::{escape_data(message_text(finding))}"
    return _writable(command)


def render(results: Sequence[CheckResult], context: Context) -> str:
    lines = [
        annotation(finding, context.base_dir)
        for result in results
        for finding in result.findings
        if not finding.suppressed
    ]
    lines.append(_writable(log_line(summary_line(results, context.verdict(results)))))
    return "\n".join(lines) + "\n"


# what Markdown acts on inside a table cell (block syntax such as "# " or "1. " does not
# start a block there; "(" only makes a link after "]")
_MARKDOWN = re.compile(r"([\\`*_\[\]|<>&~])")


def _cell(text: str) -> str:
    """Text for one cell of a GitHub-flavoured Markdown table, shown as it is.

    Every character Markdown acts on is backslash-escaped: a pipe would end the cell, `<`
    start HTML, `[...](...)` a link or an image, a backtick a code span (which would take
    the escapes after it literally, so there are none: hints show their backticks as typed).
    A line break would end the row: it becomes <br>. Control and direction characters are
    written as escapes.
    """
    text = printable(text, line_breaks=True)
    text = _MARKDOWN.sub(r"\\\1", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def _row(finding: Finding, base_dir: str) -> str:
    place = printable(report_path(finding.file, base_dir))  # a line break in a name: \n
    if finding.span is not None:
        place = f"{place}:{finding.span.line}"
    severity = finding.severity.value
    if finding.suppressed_reason is not None:
        severity += _(" (acknowledged)")
        remark = f"{ACKNOWLEDGED()} {finding.suppressed_reason}"
    else:
        remark = finding.hint or ""
    cells = (place, severity, finding.rule, finding.message, remark)
    return "| " + " | ".join(_cell(cell) for cell in cells) + " |"


def step_summary_markdown(
    results: Sequence[CheckResult], base_dir: str = ".", *, strict: bool = False
) -> str:
    """The job summary: the verdict, then a table of all findings, acknowledged ones last."""
    verdict = Verdict.of_results(results, strict=strict)
    out = [f"### plancheck: {_cell(summary_line(results, verdict))}", ""]
    findings = [f for r in results for f in r.findings]
    active = [f for f in findings if not f.suppressed]
    acknowledged = [f for f in findings if f.suppressed]
    if not findings:
        out.append(_("No findings."))
        return _writable("\n".join(out) + "\n")
    for severity, command in COMMAND.items():
        count = sum(f.severity is severity for f in active)
        if count > ANNOTATION_LIMIT:
            out.append(
                _(
                    "GitHub shows only {limit} `{command}` annotations per step; all {count} "
                    "are in the table below."
                ).format(limit=ANNOTATION_LIMIT, command=command, count=count)
            )
            out.append("")
    out.append(
        "| "
        + " | ".join(
            (
                _("File:line"),
                _("Severity"),
                _("Rule"),
                _("Message"),
                _("How to fix / acknowledgement"),
            )
        )
        + " |"
    )
    out.append("| --- | --- | --- | --- | --- |")
    out.extend(_row(finding, base_dir) for finding in (*active, *acknowledged))
    return _writable("\n".join(out) + "\n")


def append_step_summary(results: Sequence[CheckResult], *, strict: bool = False) -> None:
    """Append the summary to $GITHUB_STEP_SUMMARY when it is set; never overwrite it.

    A summary that cannot be written is a warning on stderr, not a failed gate.
    """
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    markdown = step_summary_markdown(results, strict=strict)
    try:
        with open(target, "a", encoding="utf-8") as handle:
            if handle.tell() > 0:
                markdown = "\n" + markdown  # keep it apart from what an earlier command wrote
            handle.write(markdown)
    except OSError as err:
        reason = err.strerror or str(err)
        print(
            f"plancheck: warning: cannot append the step summary to {target}: {reason}",
            file=sys.stderr,
        )
