"""`plancheck check` (and rules, explain, --version) run as a user runs them: a separate
`python -m plancheck` process in a folder holding the plan, with its exit code and output.

The plan is the published one (tests/fixtures/plan-2018-08-31.yaml) copied in as plan.yaml,
or an edited copy of it; that the live plan.yaml passes is tests/test_live_plan.py's.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, column_of, edited_plan, edited_text, line_of, plan_text

from plancheck import __version__
from plancheck.cli import build_parser
from plancheck.engine import ACK_RULES
from plancheck.rules import RULES

PLAN_TEXT = plan_text()  # the published plan
EMBEDDING_6 = "        embedding: N.v.t. Zie [maatregel 8](measure:8).\n"
AMHK_REF = "'samenwerken met het AMHK[^amhk]'"


def plancheck(
    *args: str, cwd: Path, python: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITLAB_CI")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, *python, "-m", "plancheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def no_traceback(run: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in run.stdout
    assert "Traceback" not in run.stderr


BROKEN = (EMBEDDING_6, EMBEDDING_6.replace("8", "9"))
WARNED = (AMHK_REF, "'samenwerken met het AMHK'")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with a copy of the published plan as plan.yaml, and no configuration."""
    edited_plan(tmp_path)
    return tmp_path


@pytest.fixture
def broken(folder: Path) -> Path:
    """The folder with broken.yaml: the plan with a link to a measure 9 that does not exist."""
    edited_plan(folder, BROKEN, name="broken.yaml")
    return folder


@pytest.fixture
def warned(folder: Path) -> Path:
    """The folder with warned.yaml: the plan with the footnote amhk no longer referenced."""
    edited_plan(folder, WARNED, name="warned.yaml")
    return folder


# check


def test_the_published_plan_passes_and_lists_its_acknowledged_findings(folder):
    quiet = plancheck("check", "plan.yaml", cwd=folder)
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr
    assert quiet.stdout.splitlines() == [
        "plan.yaml: 6 acknowledged findings, listed in `acknowledged` (--verbose shows them)",
        "",
        "plan.yaml: passed: 0 errors, 0 warnings, 6 acknowledged",
    ]
    run = plancheck("check", "plan.yaml", "--verbose", cwd=folder)
    no_traceback(run)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert "plan.yaml: 6 acknowledged finding(s), listed in `acknowledged`:" in lines
    listed = [line.strip() for line in lines if re.match(r"\s+plan\.yaml:\d+:\d+: ", line)]
    owner = line_of(PLAN_TEXT, "          - owner: projectleider-walcheren\n")
    factsheet = line_of(PLAN_TEXT, '            due: "2018-06-30"\n')
    contractering = (
        line_of(PLAN_TEXT, '            start: "2018-04"\n            due: "2019-12"\n') + 1
    )
    row_2 = line_of(PLAN_TEXT, '      work: ["2018-04", "2018-05"]\n')
    row_31 = line_of(PLAN_TEXT, '      work: ["2018-04", "2018-06", "2018-08", "2018-12"]\n')
    row_6 = line_of(PLAN_TEXT, '    - measure: "6"\n') + 1
    assert [re.sub(r" .*", "", line) for line in listed] == [
        f"plan.yaml:{owner}:20:",
        f"plan.yaml:{contractering}:18:",
        f"plan.yaml:{factsheet}:18:",
        f"plan.yaml:{row_2}:25:",
        f"plan.yaml:{row_31}:14:",
        f"plan.yaml:{row_6}:14:",
    ]
    assert [re.search(r"(warning|error)\[[a-z-]+\]", line).group(0) for line in listed] == [
        "warning[owner-not-appointed]",
        "error[grid-deadline]",
        "error[grid-deadline]",
        "warning[grid-mark-unexplained]",
        "warning[grid-mark-unexplained]",
        "warning[grid-mark-unexplained]",
    ]
    assert (
        sum(line.strip().startswith("acknowledged: As published 31-08-2018") for line in lines) == 6
    )
    assert lines[-1] == "plan.yaml: passed: 0 errors, 0 warnings, 6 acknowledged"


def test_check_without_arguments_checks_plan_yaml_here(folder):
    run = plancheck("check", cwd=folder)
    assert run.returncode == 0
    assert run.stdout.splitlines()[-1] == "plan.yaml: passed: 0 errors, 0 warnings, 6 acknowledged"


def test_a_broken_plan_fails_with_place_source_line_and_caret(broken):
    run = plancheck("check", "broken.yaml", cwd=broken)
    no_traceback(run)
    assert run.returncode == 1
    text = edited_text(BROKEN)
    line = line_of(text, "embedding: N.v.t. Zie [maatregel 9]")
    column = column_of(text, "[maatregel 9](measure:9)")  # the link, not the start of the text
    lines = run.stdout.splitlines()
    head = (
        f"broken.yaml:{line}:{column}: error[measure-references] "
        "the text refers to measure 9, which does not exist"
    )
    assert head in lines
    at = lines.index(head)
    source = "        embedding: N.v.t. Zie [maatregel 9](measure:9)."
    assert lines[at + 1].endswith(source)
    assert str(line) in lines[at + 1][: -len(source)]
    offset = len(lines[at + 1]) - len(source)  # where the source line starts on the screen
    caret = lines[at + 2]
    assert caret.index("^") == offset + column - 1
    assert caret[offset:].strip() == "^" * len("[maatregel 9](measure:9)")
    assert "correct the number in (measure:...), or remove the link" in run.stdout
    assert lines[-1] == "broken.yaml: FAILED: 1 error, 0 warnings, 6 acknowledged"


def test_an_unreadable_plan_exits_2_without_a_traceback(folder):
    (folder / "trap.yaml").write_text("format: 1\nid: 012\n", encoding="utf-8")
    run = plancheck("check", "trap.yaml", cwd=folder)
    no_traceback(run)
    assert run.returncode == 2
    lines = run.stdout.splitlines()
    assert "trap.yaml:2:5: error[load] '012' unquoted is read as the number 10 (YAML 1.1)" in lines
    assert "id: 012" in run.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.yaml", None, "missing.yaml: error[load] no such file"),
        (
            "latin1.yaml",
            "format: 1\ntitle: Cliënt\n".encode("latin-1"),
            "latin1.yaml:2:11: error[load] byte 0xeb is not valid UTF-8",
        ),
        ("empty.yaml", b"", "empty.yaml:1:1: error[load] the file is empty"),
        (
            "list.yaml",
            b"- a\n",
            "list.yaml:1:1: error[load] the plan must be a mapping of keys "
            "(format:, document:, ...), not a list",
        ),
        ("bomb.yaml", None, "error[load] aliases (*name) expand to more than 10,000 values"),
    ],
)
def test_unreadable_files_of_every_kind(folder, name, content, message):
    if name == "bomb.yaml":
        lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        lines += [
            f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]"
            for i in range(8)
        ]
        content = ("\n".join(lines) + "\n").encode()
    if content is not None:
        (folder / name).write_bytes(content)
    run = plancheck("check", name, cwd=folder)
    no_traceback(run)
    assert run.returncode == 2, run.stdout + run.stderr
    assert message in run.stdout


def test_a_folder_is_not_a_plan(folder):
    (folder / "plans").mkdir()
    run = plancheck("check", "plans", cwd=folder)
    no_traceback(run)
    assert run.returncode == 2
    assert "plans: error[load] this is a folder, not a plan file" in run.stdout


def test_several_files_one_good_one_broken(broken):
    run = plancheck("check", "plan.yaml", "broken.yaml", cwd=broken)
    no_traceback(run)
    assert run.returncode == 1
    assert "error[measure-references]" in run.stdout
    assert run.stdout.splitlines()[-1] == "2 files: FAILED: 1 error, 0 warnings, 12 acknowledged"


def test_several_files_one_unreadable(broken):
    (broken / "trap.yaml").write_text("format: 1\nid: 012\n", encoding="utf-8")
    run = plancheck("check", "plan.yaml", "broken.yaml", "trap.yaml", cwd=broken)
    no_traceback(run)
    assert run.returncode == 2
    assert "broken.yaml:" in run.stdout and "trap.yaml:2:5: error[load]" in run.stdout
    good_and_unreadable = plancheck("check", "plan.yaml", "nope.yaml", cwd=broken)
    assert good_and_unreadable.returncode == 2


def test_a_warning_passes_unless_strict(warned):
    run = plancheck("check", "warned.yaml", cwd=warned)
    assert run.returncode == 0
    line = line_of(edited_text(WARNED), "  - id: amhk\n")
    assert (
        f"warned.yaml:{line}:9: warning[footnote-unused] "
        "the footnote 'amhk' is not referenced anywhere"
    ) in run.stdout.splitlines()
    assert run.stdout.splitlines()[-1] == "warned.yaml: passed: 0 errors, 1 warning, 6 acknowledged"
    strict = plancheck("check", "--strict", "warned.yaml", cwd=warned)
    no_traceback(strict)
    assert strict.returncode == 1
    # acknowledged warnings do not count, even with --strict
    assert plancheck("check", "--strict", "plan.yaml", cwd=warned).returncode == 0


# rules, explain, --version


def test_rules_lists_every_rule():
    run = plancheck("rules", cwd=ROOT)
    assert run.returncode == 0
    ids = [line.split()[0] for line in run.stdout.splitlines()]
    assert ids == ["load", "schema", *(r.id for r in RULES), "editor-schema-stale", *ACK_RULES]
    assert re.search(
        r"^grid-deadline +error +Each dated milestone appears in the planning grid\.$",
        run.stdout,
        re.MULTILINE,
    )
    assert re.search(
        r"^footnote-unused +warning +Every footnote is used\.$", run.stdout, re.MULTILINE
    )


def test_explain_a_rule():
    run = plancheck("explain", "grid-deadline", cwd=ROOT)
    assert run.returncode == 0
    assert run.stdout.startswith(
        "grid-deadline (default severity: error)\n\nEach dated milestone appears in the planning grid.\n"
    )
    assert "\nFails:\n" in run.stdout and "\nFix: " in run.stdout


def test_explain_an_acknowledgement_rule():
    run = plancheck("explain", "acknowledgement-stale", cwd=ROOT)
    assert run.returncode == 0
    assert run.stdout.startswith("acknowledgement-stale (default severity: warning)\n")
    assert "\nWarns:\n" in run.stdout


def test_explain_an_unknown_rule():
    run = plancheck("explain", "no-such-rule", cwd=ROOT)
    no_traceback(run)
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr == "plancheck: error: no rule 'no-such-rule'; `plancheck rules` lists them\n"


def test_version():
    run = plancheck("--version", cwd=ROOT)
    assert run.returncode == 0
    assert run.stdout == f"plancheck {__version__}\n"
    assert __version__ == "0.1.0"


def test_an_unknown_option_is_a_usage_error(folder):
    run = plancheck("check", "--no-such-option", cwd=folder)
    no_traceback(run)
    assert run.returncode == 2
    assert "plancheck: error: unrecognized arguments: --no-such-option" in run.stderr


# configuration


def test_plancheck_toml_disables_a_rule(broken):
    (broken / "plancheck.toml").write_text('disable = ["measure-references"]\n', encoding="utf-8")
    run = plancheck("check", "broken.yaml", cwd=broken)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "measure-references" not in run.stdout


def test_plancheck_toml_changes_a_severity(warned):
    (warned / "plancheck.toml").write_text('[severity]\nfootnote-unused = "error"\n', "utf-8")
    run = plancheck("check", "warned.yaml", cwd=warned)
    assert run.returncode == 1
    assert "error[footnote-unused] the footnote 'amhk' is not referenced anywhere" in run.stdout


def test_plancheck_toml_can_make_the_gate_strict(warned):
    (warned / "plancheck.toml").write_text("strict = true\n", encoding="utf-8")
    assert plancheck("check", "warned.yaml", cwd=warned).returncode == 1


def test_pyproject_tool_plancheck_is_read(broken):
    (broken / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.plancheck]\ndisable = ["measure-references"]\n', "utf-8"
    )
    assert plancheck("check", "broken.yaml", cwd=broken).returncode == 0


def test_an_explicit_config_file(broken):
    (broken / "gate.toml").write_text('disable = ["measure-references"]\n', encoding="utf-8")
    assert plancheck("check", "--config", "gate.toml", "broken.yaml", cwd=broken).returncode == 0
    assert plancheck("check", "broken.yaml", cwd=broken).returncode == 1


def test_disabling_an_acknowledged_rule_leaves_no_stale_acknowledgements(folder):
    (folder / "plancheck.toml").write_text('disable = ["grid-mark-unexplained"]\n', "utf-8")
    run = plancheck("check", "--strict", "plan.yaml", cwd=folder)
    assert run.returncode == 0, run.stdout
    assert run.stdout.splitlines()[-1] == "plan.yaml: passed: 0 errors, 0 warnings, 3 acknowledged"


def test_a_broken_toml_is_one_clear_line(folder):
    (folder / "plancheck.toml").write_text('disable = ["grid-deadline"\n', encoding="utf-8")
    run = plancheck("check", "plan.yaml", cwd=folder)
    no_traceback(run)
    assert run.returncode == 2
    assert run.stdout == ""
    assert re.fullmatch(
        r"plancheck: error: .*plancheck\.toml: not valid TOML: [^\n]+\n", run.stderr
    )


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            'disable = ["no-such-rule"]\n',
            "'disable' names unknown rules no-such-rule; see `plancheck rules`",
        ),
        (
            '[severity]\nno-such-rule = "error"\n',
            "severity for unknown rule 'no-such-rule'; see `plancheck rules`",
        ),
        (
            '[severity]\ngrid-deadline = "fatal"\n',
            'severity of \'grid-deadline\' is \'fatal\'; use "error", "warning" or "note"',
        ),
        ("strict = 1\n", "'strict' must be true or false"),
        ("disabled = []\n", "unknown setting disabled; allowed: disable, enable, severity, strict"),
    ],
)
def test_a_bad_setting_is_one_clear_line(folder, config, message):
    (folder / "plancheck.toml").write_text(config, encoding="utf-8")
    run = plancheck("check", "plan.yaml", cwd=folder)
    no_traceback(run)
    assert run.returncode == 2
    path = folder / "plancheck.toml"
    assert run.stderr == f"plancheck: error: {path}: {message}\n"


# what `check` does not load


def test_check_does_not_import_the_exporters_libraries(folder):
    run = plancheck("check", "plan.yaml", cwd=folder, python=("-X", "importtime"))
    assert run.returncode == 0
    imported = [
        line.rsplit("|", 1)[1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    ]
    assert "plancheck.engine" in imported  # the measurement works
    for library in ("docx", "icalendar"):
        assert [
            name for name in imported if name == library or name.startswith(library + ".")
        ] == []


# --as-of: the progress rules on a date


def test_the_published_plan_as_of_2019_01_15_lists_its_overdue_milestones(tmp_path):
    edited_plan(tmp_path)
    run = plancheck("check", "--as-of", "2019-01-15", "--format", "json", "plan.yaml", cwd=tmp_path)
    no_traceback(run)
    assert run.returncode == 0, run.stderr  # warnings only
    (result,) = json.loads(run.stdout)["files"]
    overdue = [f for f in result["findings"] if f["rule"] == "milestone-overdue"]
    subjects = {f["subject"] for f in overdue}
    assert {"6-factsheet", "4.1-methodiek", "8-implementeren", "7-per-direct"} <= subjects
    assert not subjects & {"5-plan", "1-implementatie", "1-monitoring", "3.2-evaluatie"}
    assert all(f["severity"] == "warning" for f in overdue)
    assert len(overdue) == 17


def test_without_as_of_no_milestone_is_overdue(tmp_path):
    edited_plan(tmp_path)
    run = plancheck("check", "plan.yaml", cwd=tmp_path)
    assert run.returncode == 0 and "milestone-overdue" not in run.stdout


def test_as_of_today_and_a_bad_date(tmp_path):
    edited_plan(tmp_path)
    today = plancheck("check", "--as-of", "today", "plan.yaml", cwd=tmp_path)
    no_traceback(today)
    assert today.returncode == 0 and "warning[milestone-overdue]" in today.stdout
    bad = plancheck("check", "--as-of", "2019-13-01", "plan.yaml", cwd=tmp_path)
    no_traceback(bad)
    assert bad.returncode == 2
    assert "--as-of 2019-13-01: not a date; give YYYY-MM-DD (2019-01-15) or 'today'" in bad.stderr


@pytest.mark.parametrize(
    "words",
    [
        ["check"],
        ["check", "a.yaml", "b.yaml", "--format", "json", "--strict", "-v", "--lang", "en"],
        ["check", "--as-of", "today", "--base", "HEAD~1", "-o", "report.txt"],
        ["check", "--help"],
        ["check", "--format", "nonsense"],
        ["check", "--no-such-option"],
    ],
)
def test_the_check_parser_alone_parses_as_the_full_one(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`plancheck check ...` is parsed by the check command alone (no other command set up):
    the same options, the same help and the same errors."""
    seen = []
    for only in (None, "check"):
        try:
            outcome: object = vars(build_parser(only=only).parse_args(words))
        except SystemExit as stop:
            outcome = stop.code
        seen.append((outcome, capsys.readouterr()))
    assert seen[0] == seen[1]
