"""The GitHub reporter: workflow commands, escaped as @actions/core does, and the job summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plancheck.engine import CheckResult
from plancheck.findings import Finding, Severity, Span
from plancheck.reporters import Context, renderer
from plancheck.reporters.github import (
    annotation,
    append_step_summary,
    escape_data,
    escape_property,
    render,
    step_summary_markdown,
)
from plancheck.reporters.text import summary


def cell(text: str) -> str:
    """Text as a step-summary cell holds it: Markdown's active characters backslash-escaped."""
    return re.sub(r"([\\`*_\[\]|<>&~])", r"\\\1", text).replace("\n", "<br>")


def _annotations(report: str) -> list[str]:
    return [line for line in report.split("\n") if line.startswith("::")]


def test_exact_annotation_for_a_known_finding(broken, context):
    finding = broken.finding("grid-deadline")
    expected = (
        f"::error file=plan.yaml,line={broken.line},col={broken.column},"
        f"endLine={broken.line},endColumn={broken.end_column},title=grid-deadline::"
        f"{finding.message} (how to fix: {finding.hint})"
    )
    assert expected in _annotations(render([broken.result], context))
    assert finding.message.startswith(
        "milestone 1-afspraken-gemaakt ('01-01-2019', due 2019-02-28)"
    )
    # the due date moved without its wording: the fix is the wording-date finding's
    assert finding.hint == (
        'set due: "2018-12-31" (milestone 1-afspraken-gemaakt) (as the wording-date finding '
        "for 1-afspraken-gemaakt says)"
    )


def test_one_line_per_active_finding_then_the_summary(broken, context):
    report = render([broken.result], context)
    lines = report.rstrip("\n").split("\n")
    active = [f for f in broken.result.findings if not f.suppressed]
    assert len(_annotations(report)) == len(active)
    assert lines[:-1] == _annotations(report)
    assert lines[-1] == summary([broken.result])
    assert report.endswith("\n")


def test_acknowledged_findings_are_not_annotated(make_broken, context):
    broken = make_broken(ack=("grid-deadline", "1-afspraken-gemaakt", "as published"))
    assert broken.finding("grid-deadline").suppressed
    annotations = _annotations(render([broken.result], context))
    assert not any("title=grid-deadline::milestone 1-afspraken-gemaakt" in a for a in annotations)
    assert any("title=wording-date::milestone 1-afspraken-gemaakt" in a for a in annotations)


@pytest.mark.parametrize(
    ("severity", "command"),
    [(Severity.ERROR, "::error "), (Severity.WARNING, "::warning "), (Severity.NOTE, "::notice ")],
)
def test_severity_to_command(severity, command):
    finding = Finding("r", severity, "m", "plan.yaml", Span(3, 4))
    assert annotation(finding) == f"{command}file=plan.yaml,line=3,col=4,title=r::m"


def test_escaping_as_actions_core():
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b"
    # % first, so an escape sequence already in the text is not taken for one
    assert escape_data("%0A") == "%250A"


def test_escaping_in_an_annotation():
    finding = Finding(
        "odd:rule,1",
        Severity.WARNING,
        "50% of the row\nis empty: see a, b",
        "plans/zee:land,v2%.yaml",
        Span(7, 2, 7, 9),
        "fill it\r\nin",
    )
    assert annotation(finding) == (
        "::warning file=plans/zee%3Aland%2Cv2%25.yaml,line=7,col=2,endLine=7,endColumn=9,"
        "title=odd%3Arule%2C1::50%25 of the row%0Ais empty: see a, b (how to fix: fill it%0D%0Ain)"
    )


def test_finding_without_place():
    finding = Finding("load", Severity.ERROR, "no such file", "gone.yaml", None, "give the path")
    assert (
        annotation(finding)
        == "::error file=gone.yaml,title=load::no such file (how to fix: give the path)"
    )


def test_path_relative_to_base_dir(tmp_path):
    finding = Finding("r", Severity.ERROR, "m", str(tmp_path / "sub" / "plan.yaml"), Span(1, 1))
    line = annotation(finding, str(tmp_path))
    assert line.startswith("::error file=sub/plan.yaml,line=1,col=1,")


def test_lone_surrogate_does_not_break_the_output():
    finding = Finding("schema", Severity.ERROR, "bad value 'x\ud800'", "plan.yaml", Span(1, 1))
    line = annotation(finding)
    line.encode("utf-8")  # would raise on a lone surrogate
    assert "\\ud800" in line


# --- the job summary ---------------------------------------------------------------------


def test_step_summary_lists_all_findings_with_acknowledgements(make_broken, tmp_path):
    reason = "as published | for the plan owner"
    broken = make_broken(ack=("wording-date", "1-afspraken-gemaakt", reason))
    markdown = step_summary_markdown([broken.result], str(tmp_path))
    lines = markdown.split("\n")
    assert lines[0] == f"### plancheck: {cell(summary([broken.result]))}"
    header = "| File:line | Severity | Rule | Message | How to fix / acknowledgement |"
    rows = lines[lines.index(header) + 2 : -1]
    assert len(rows) == len(broken.result.findings)  # acknowledged ones too
    deadline = broken.finding("grid-deadline")
    assert (
        f"| plan.yaml:{broken.line} | error | grid-deadline | {cell(deadline.message)} | "
        f"{cell(deadline.hint or '')} |"
    ) in rows
    assert "\\`work\\`" in cell(deadline.hint or "")  # hints show their backticks as typed
    wording = broken.finding("wording-date")
    assert (
        f"| plan.yaml:{broken.line} | error (acknowledged) | wording-date | {cell(wording.message)} "
        "| acknowledged: as published \\| for the plan owner |"
    ) in rows
    # active findings first, acknowledged last
    acknowledged = [i for i, row in enumerate(rows) if "(acknowledged)" in row]
    assert acknowledged == list(range(len(rows) - len(acknowledged), len(rows)))


def test_step_summary_cells_are_escaped():
    finding = Finding("r", Severity.NOTE, "a | b\nc <d> `<e>`", "plan.yaml", Span(2, 1), "x|y")
    markdown = step_summary_markdown([CheckResult("plan.yaml", (finding,))])
    assert (
        "| plan.yaml:2 | note | r | a \\| b<br>c \\<d\\> \\`\\<e\\>\\` | x\\|y |"
        in markdown.split("\n")
    )


@pytest.mark.parametrize(
    ("text", "cell_text"),
    [
        # an unmatched backtick used to leave the text after it unescaped
        ("a`<img src=x onerror=alert(1)>", "a\\`\\<img src=x onerror=alert(1)\\>"),
        ("[click](https://example.org)", "\\[click\\](https://example.org)"),
        ("![pixel](https://example.org/p.png)", "!\\[pixel\\](https://example.org/p.png)"),
        ("**bold** _it_ ~~gone~~ &amp;", "\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~ \\&amp;"),
        ("back\\slash", "back\\\\slash"),
        ("red\x1b[31m \u202eevil", "red\\\\x1b\\[31m \\\\u202eevil"),
        ("a\r\nb\rc", "a<br>b<br>c"),
    ],
)
def test_step_summary_cells_show_text_as_it_is(text, cell_text):
    finding = Finding("r", Severity.ERROR, text, "plan.yaml", Span(1, 1), text)
    rows = step_summary_markdown([CheckResult("plan.yaml", (finding,))]).split("\n")
    assert f"| plan.yaml:1 | error | r | {cell_text} | {cell_text} |" in rows


def test_step_summary_file_names_show_as_they_are():
    name = "a|b`<i>\n::error::injected.yaml"
    finding = Finding("r", Severity.ERROR, "m", name, Span(1, 1))
    lines = step_summary_markdown([CheckResult(name, (finding,))]).split("\n")
    shown = "a\\|b\\`\\<i\\>\\\\n::error::injected.yaml"  # the name's line break shows as \\n
    assert lines[0] == f"### plancheck: {shown}: FAILED: 1 error, 0 warnings, 0 acknowledged"
    assert f"| {shown}:1 | error | r | m |  |" in lines


def test_a_file_name_cannot_inject_a_workflow_command():
    name = "a\n::error::injected.yaml"
    finding = Finding("schema", Severity.ERROR, "m", name, Span(1, 1))
    report = render([CheckResult(name, (finding,))], Context("0"))
    lines = report.rstrip("\n").split("\n")
    assert lines == [
        "::error file=a%0A%3A%3Aerror%3A%3Ainjected.yaml,line=1,col=1,title=schema::m",
        "a\\n::error::injected.yaml: FAILED: 1 error, 0 warnings, 0 acknowledged",
    ]


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("::error::injected.yaml", "%3A%3Aerror::injected.yaml: passed"),
        ("  ::warning::x.yaml", "  %3A%3Awarning::x.yaml: passed"),
        ("x##[error]y.yaml", "x##%5Berror]y.yaml: passed"),
        ("a\rb\x1b.yaml", "a\\rb\\x1b.yaml: passed"),
    ],
)
def test_the_summary_line_is_never_a_workflow_command(name, line):
    report = render([CheckResult(name, ())], Context("0"))
    assert report == line + ": 0 errors, 0 warnings, 0 acknowledged\n"


def test_annotation_data_and_properties_show_control_characters_as_escapes():
    finding = Finding(
        "text-characters", Severity.ERROR, "x\x1b[2J\u202ey", "p\x07.yaml", Span(1, 1), "h\x9b"
    )
    assert annotation(finding) == (
        "::error file=p\\x07.yaml,line=1,col=1,title=text-characters::"
        "x\\x1b[2J\\u202ey (how to fix: h\\x9b)"
    )


def test_step_summary_without_findings():
    markdown = step_summary_markdown([CheckResult("plan.yaml", ())])
    assert (
        markdown
        == "### plancheck: plan.yaml: passed: 0 errors, 0 warnings, 0 acknowledged\n\nNo findings.\n"
    )


def test_step_summary_says_when_annotations_are_cut():
    findings = tuple(
        Finding("r", Severity.WARNING, f"m{i}", "plan.yaml", Span(i, 1)) for i in range(1, 13)
    )
    markdown = step_summary_markdown([CheckResult("plan.yaml", findings)])
    assert (
        "GitHub shows only 10 `warning` annotations per step; all 12 are in the table below."
        in markdown
    )
    assert "`error` annotations" not in markdown
    assert markdown.count("| plan.yaml:") == 12


def test_append_step_summary_appends(broken, monkeypatch, tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("## Earlier step output\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    monkeypatch.chdir(tmp_path)
    append_step_summary([broken.result])
    first = target.read_text(encoding="utf-8")
    assert first.startswith("## Earlier step output\n\n### plancheck: ")
    assert first.endswith(step_summary_markdown([broken.result]))
    append_step_summary([broken.result])
    second = target.read_text(encoding="utf-8")
    assert second.startswith(first)
    assert second.count("### plancheck: ") == 2


def test_append_step_summary_to_a_new_file(broken, monkeypatch, tmp_path):
    target = tmp_path / "new.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    append_step_summary([broken.result])
    assert target.read_text(encoding="utf-8") == step_summary_markdown([broken.result])


def test_append_step_summary_does_nothing_without_the_variable(broken, monkeypatch, tmp_path):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.chdir(tmp_path)
    before = sorted(Path(tmp_path).iterdir())
    append_step_summary([broken.result])
    assert sorted(Path(tmp_path).iterdir()) == before


def test_append_step_summary_warns_when_it_cannot_write(broken, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path))  # a folder
    append_step_summary([broken.result])
    assert "cannot append the step summary" in capsys.readouterr().err


def test_registered_as_github():
    assert renderer("github") is render


def test_clean_plan_gives_only_the_summary():
    assert render([CheckResult("plan.yaml", ())], Context("1")) == (
        "plan.yaml: passed: 0 errors, 0 warnings, 0 acknowledged\n"
    )
