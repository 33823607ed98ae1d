"""The text reporter: a block per active finding with the source line and a caret, then the summary."""

from __future__ import annotations

from dataclasses import replace

from plancheck.engine import CheckResult
from plancheck.findings import Finding, Severity, Span
from plancheck.reporters import Context, renderer
from plancheck.reporters.text import render, summary


def test_known_finding_block(broken, context):
    report = render([broken.result], context)
    finding = broken.finding("grid-deadline")
    head = f"{broken.path}:{broken.line}:{broken.column}: error[grid-deadline] {finding.message}"
    source = broken.text.split("\n")[broken.line - 1]
    block = [
        head,
        f"{broken.line:>5} | {source}",
        f"{' ' * 5} | {' ' * (broken.column - 1)}{'^' * (len(broken.due) + 2)}",
        f"      how to fix: {finding.hint}",
    ]
    lines = report.split("\n")
    start = lines.index(head)
    assert lines[start : start + 4] == block
    assert finding.message.startswith(f"milestone {broken.milestone} ")
    # the due date moved without its wording: the hint sets it back, as wording-date's does
    assert 'set due: "2018-12-31"' in (finding.hint or "")


def test_summary_is_the_last_line_and_counts_active_findings(broken, context):
    report = render([broken.result], context)
    findings = broken.result.findings
    errors = sum(f.severity is Severity.ERROR and not f.suppressed for f in findings)
    acknowledged = sum(f.suppressed for f in findings)
    last = report.rstrip("\n").split("\n")[-1]
    assert last == summary([broken.result])
    assert last.startswith(f"{broken.path}: FAILED: {errors} errors, ")
    assert last.endswith(f", {acknowledged} acknowledged")
    assert errors >= 2  # grid-deadline and wording-date at the new date


def test_acknowledged_findings_are_listed_with_their_reason(make_broken, context):
    reason = "kept as published; for the plan owner"
    broken = make_broken(ack=("wording-date", "1-afspraken-gemaakt", reason))
    report = render([broken.result], replace(context, verbose=True))
    finding = broken.finding("wording-date")
    assert finding.suppressed_reason == reason
    entry = f"  {finding.location()}: error[wording-date] {finding.message}"
    lines = report.split("\n")
    assert lines[lines.index(entry) + 1] == f"      acknowledged: {reason}"
    assert not any(line.startswith(f"{finding.location()}: error[wording-date]") for line in lines)


def test_clean_result_passes():
    result = CheckResult("plan.yaml", ())
    assert (
        render([result], Context("1"))
        == "plan.yaml: passed: 0 errors, 0 warnings, 0 acknowledged\n"
    )


def test_finding_without_place_has_no_excerpt():
    finding = Finding("load", Severity.ERROR, "no such file", "gone.yaml", None, "give the path")
    result = CheckResult("gone.yaml", (finding,), unreadable=True)
    assert render([result], Context("1")).split("\n")[:3] == [
        "gone.yaml: error[load] no such file",
        "      how to fix: give the path",
        "",
    ]


def test_multi_line_span_gets_one_caret():
    finding = Finding("schema", Severity.ERROR, "bad", "p.yaml", Span(2, 3, 4, 1))
    result = CheckResult("p.yaml", (finding,), lines=("a: 1", "b: [", "  2,", "]"))
    assert render([result], Context("1")).split("\n")[1:3] == ["    2 | b: [", "      |   ^"]


def test_registered_as_text():
    assert renderer("text") is render


# text from the plan and file names never act on the terminal


def test_control_and_direction_characters_print_as_escapes(context):
    name = "a\n::error::injected\x1b[2J.yaml"
    finding = Finding(
        "wording-date",
        Severity.ERROR,
        "milestone x: 'Voor \u202e8102-01-10' names no date",
        name,
        Span(1, 7, 1, 9),
        "write \x9b the date",
    )
    acknowledged = Finding(
        "grid-deadline",
        Severity.ERROR,
        "m\u2066",
        name,
        Span(1, 1),
        suppressed_reason="as published\x07",
    )
    report = render(
        [CheckResult(name, (finding, acknowledged), lines=("a: \x0c\x1bbcdef",))],
        replace(context, verbose=True),
    )
    shown = "a\\n::error::injected\\x1b[2J.yaml"
    assert report.split("\n") == [
        f"{shown}:1:7: error[wording-date] milestone x: 'Voor \\u202e8102-01-10' names no date",
        "    1 | a: \\x0c\\x1bbcdef",
        # the caret under "cd" (column 7), past the two escapes as printed
        "      |             ^^",
        "      how to fix: write \\x9b the date",
        "",
        f"{shown}: 1 acknowledged finding(s), listed in `acknowledged`:",
        f"  {shown}:1:1: error[grid-deadline] m\\u2066",
        "      acknowledged: as published\\x07",
        "",
        f"{shown}: FAILED: 1 error, 0 warnings, 1 acknowledged",
        "",
    ]
    for char in "\x1b\x0c\x07\x9b\u202e\u2066":
        assert char not in report


def test_by_default_the_acknowledged_findings_are_one_line(make_broken, context):
    # known and accepted inconsistencies must not bury a new finding: one line for them all
    reason = "kept as published; for the plan owner"
    broken = make_broken(ack=("wording-date", "1-afspraken-gemaakt", reason))
    report = render([broken.result], context)
    count = sum(1 for f in broken.result.findings if f.suppressed)
    assert count > 1
    assert (
        f"{broken.result.path}: {count} acknowledged findings, listed in `acknowledged` "
        "(--verbose shows them)"
    ) in report.split("\n")
    assert reason not in report
    assert "      acknowledged: " not in report
