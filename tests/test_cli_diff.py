"""`plancheck diff` and `plancheck check --base REV` as a user runs them: `python -m plancheck`
in a temporary git repository holding the frozen published plan (tests/fixtures)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import require_tool

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "plan-2018-08-31.yaml"
TEXT = FIXTURE.read_text("utf-8")
FACTSHEET = "            wording: Voor 1 juli 2018\n            text: Factsheet gereed.\n"
FACTSHEET_DUE = '            due: "2018-06-30"\n'
MOVED_TEXT = (
    TEXT.replace(FACTSHEET + FACTSHEET_DUE, FACTSHEET + '            due: "2018-09-30"\n')
    .replace(FACTSHEET, FACTSHEET.replace("Voor 1 juli 2018", "Voor 01-10-2018"))
    .replace(
        '    - measure: "6"\n      work: ["2018-05"]', '    - measure: "6"\n      work: ["2018-09"]'
    )
)
assert (
    MOVED_TEXT.count("Voor 01-10-2018\n            text: Factsheet gereed.\n            due: ") == 1
)
# the line of the factsheet's new due
DUE_LINE = (
    MOVED_TEXT.count("\n", 0, MOVED_TEXT.index("Voor 01-10-2018\n            text: Factsheet")) + 3
)
MOVED_LINE = "6-factsheet (Maatregel 6): verplaatst van 30-06-2018 naar 30-09-2018 (+3 maanden)"


def plancheck(
    *args: str, cwd: Path, python: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITLAB_CI")}
    env["PYTHONIOENCODING"] = "utf-8"
    run = subprocess.run(
        [sys.executable, *python, "-m", "plancheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert "Traceback" not in run.stderr, run.stderr
    return run


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository with the published plan committed as plan.yaml and as sub/plan.yaml."""
    require_tool("git", "apt-get install git")
    root = tmp_path / "repo"
    (root / "sub").mkdir(parents=True)
    (root / "plan.yaml").write_text(TEXT, "utf-8")
    (root / "sub" / "plan.yaml").write_text(TEXT, "utf-8")
    git("init", "-q", cwd=root)
    git("add", ".", cwd=root)
    git("commit", "-q", "-m", "published plan", cwd=root)
    return root


# --------------------------------------------------------------------------- two files


def test_two_files_without_a_difference_exit_0(tmp_path):
    (tmp_path / "a.yaml").write_text(TEXT, "utf-8")
    (tmp_path / "b.yaml").write_text(TEXT.replace("\n", "\n", 1) + "# a comment only\n", "utf-8")
    run = plancheck("diff", "a.yaml", "b.yaml", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "Wijzigingen in het plan: a.yaml → b.yaml\nGeen wijzigingen in het plan.\n"


def test_two_files_with_a_moved_deadline_exit_1(tmp_path):
    (tmp_path / "old.yaml").write_text(TEXT, "utf-8")
    (tmp_path / "new.yaml").write_text(MOVED_TEXT, "utf-8")
    run = plancheck("diff", "old.yaml", "new.yaml", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert MOVED_LINE in run.stdout
    assert "Maatregel 6: X gezet in september 2018; X weggehaald in mei 2018" in run.stdout
    assert run.stdout.endswith("\n3 wijzigingen\n")


def test_markdown_and_json_to_a_file(tmp_path):
    (tmp_path / "old.yaml").write_text(TEXT, "utf-8")
    (tmp_path / "new.yaml").write_text(MOVED_TEXT, "utf-8")
    run = plancheck(
        "diff", "old.yaml", "new.yaml", "--format", "markdown", "-o", "d.md", cwd=tmp_path
    )
    assert run.returncode == 1 and run.stdout == ""
    markdown = (tmp_path / "d.md").read_text("utf-8")
    assert markdown.startswith("### Wijzigingen in het plan\n")
    assert "verplaatst van 30-06-2018 naar **30-09-2018** (+3 maanden)" in markdown
    run = plancheck("diff", "old.yaml", "new.yaml", "--format", "json", cwd=tmp_path)
    report = json.loads(run.stdout)
    assert report["count"] == 3
    assert report["changes"][0]["line"] == DUE_LINE


def test_an_unreadable_side_exits_2_with_its_located_message(tmp_path):
    (tmp_path / "old.yaml").write_text(TEXT, "utf-8")
    (tmp_path / "new.yaml").write_text(TEXT.replace("format: 1\n", "format: 2\n"), "utf-8")
    run = plancheck("diff", "old.yaml", "new.yaml", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert lines[0] == "plancheck: error: the plan new.yaml is not a valid plan:"
    assert lines[1].startswith("new.yaml:7:9: error[schema] ")
    assert lines[2] == "    7 | format: 2"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("diff", "a.yaml"), "plancheck diff takes OLD and NEW, or --base REV [PLAN]"),
        (("diff", "a.yaml", "a.yaml", "a.yaml"), "plancheck diff takes OLD and NEW"),
        (("diff", "--base", "HEAD", "a.yaml", "a.yaml"), "takes one PLAN"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "a.yaml").write_text(TEXT, "utf-8")
    run = plancheck(*args, cwd=tmp_path)
    assert run.returncode == 2
    assert message in run.stderr and len(run.stderr.splitlines()) == 1


# --------------------------------------------------------------------------- --base REV


def test_diff_base_head_in_the_repository_root(repo):
    run = plancheck("diff", "--base", "HEAD", cwd=repo)
    assert run.returncode == 0
    assert run.stdout.startswith("Wijzigingen in het plan: HEAD:plan.yaml → plan.yaml\n")
    (repo / "plan.yaml").write_text(MOVED_TEXT, "utf-8")
    run = plancheck("diff", "--base", "HEAD", cwd=repo)
    assert run.returncode == 1
    assert MOVED_LINE in run.stdout


def test_diff_base_from_a_subfolder_and_from_elsewhere(repo, tmp_path):
    (repo / "sub" / "plan.yaml").write_text(MOVED_TEXT, "utf-8")
    here = plancheck("diff", "--base", "HEAD", cwd=repo / "sub")
    assert here.returncode == 1, here.stderr
    assert here.stdout.startswith("Wijzigingen in het plan: HEAD:sub/plan.yaml → plan.yaml\n")
    above = plancheck("diff", "--base", "HEAD", "sub/plan.yaml", cwd=repo)
    assert above.returncode == 1 and MOVED_LINE in above.stdout
    outside = plancheck("diff", "--base", "HEAD", str(repo / "sub" / "plan.yaml"), cwd=tmp_path)
    assert outside.returncode == 1 and MOVED_LINE in outside.stdout
    # the root's plan.yaml did not change
    assert plancheck("diff", "--base", "HEAD", cwd=repo).returncode == 0


def test_diff_base_names_a_commit(repo):
    first = git("rev-parse", "HEAD", cwd=repo).strip()
    (repo / "plan.yaml").write_text(MOVED_TEXT, "utf-8")
    git("commit", "-q", "-am", "moved", cwd=repo)
    assert plancheck("diff", "--base", "HEAD", cwd=repo).returncode == 0
    run = plancheck("diff", "--base", first[:10], cwd=repo)
    assert run.returncode == 1 and MOVED_LINE in run.stdout
    assert plancheck("diff", "--base", "HEAD~1", cwd=repo).returncode == 1


def test_a_bad_revision_is_one_line(repo):
    run = plancheck("diff", "--base", "no-such-branch", cwd=repo)
    assert run.returncode == 2
    assert run.stderr == "plancheck: error: git: no revision no-such-branch\n"
    run = plancheck("check", "--base=--help-me", "plan.yaml", cwd=repo)
    assert run.returncode == 2
    assert run.stderr == "plancheck: error: git: no revision '--help-me'\n"


def test_not_a_git_repository_exits_2(tmp_path):
    require_tool("git", "apt-get install git")
    (tmp_path / "plan.yaml").write_text(TEXT, "utf-8")
    env_dir = tmp_path / "x"
    env_dir.mkdir()
    (env_dir / "plan.yaml").write_text(TEXT, "utf-8")
    run = plancheck("diff", "--base", "HEAD", cwd=env_dir)
    if "is not in a git repository" not in run.stderr:  # pragma: no cover - tmp inside a repo
        pytest.skip("the temporary folder is inside a git repository")
    assert run.returncode == 2
    assert run.stderr.startswith("plancheck: error: git: ")
    assert len(run.stderr.splitlines()) == 1


def test_a_plan_that_the_revision_does_not_hold(repo):
    (repo / "other.yaml").write_text(TEXT, "utf-8")
    run = plancheck("diff", "--base", "HEAD", "other.yaml", cwd=repo)
    assert run.returncode == 2
    assert run.stderr == "plancheck: error: git: other.yaml is not in revision HEAD\n"
    # the gate has nothing to compare a new plan with: it checks it as it is
    run = plancheck("check", "--base", "HEAD", "other.yaml", cwd=repo)
    assert run.returncode == 0, run.stdout
    assert "other.yaml is not in revision HEAD; nothing to compare it with" in run.stderr


def test_a_committed_plan_that_is_not_valid_exits_2_located(repo):
    (repo / "plan.yaml").write_text(TEXT.replace("format: 1\n", "format: [1\n"), "utf-8")
    git("commit", "-q", "-am", "broken", cwd=repo)
    (repo / "plan.yaml").write_text(TEXT, "utf-8")
    run = plancheck("diff", "--base", "HEAD", cwd=repo)
    assert run.returncode == 2
    lines = run.stderr.splitlines()
    assert lines[0] == (
        "plancheck: error: HEAD:plan.yaml (the plan as committed in HEAD) is not a valid plan:"
    )
    assert lines[1].startswith("HEAD:plan.yaml:")
    assert "error[load]" in lines[1]
    run = plancheck("check", "--base", "HEAD", cwd=repo)
    assert run.returncode == 2
    assert run.stderr.splitlines()[0] == lines[0]


# --------------------------------------------------------------------------- check --base


def test_check_base_fails_a_moved_deadline_without_a_revision(repo):
    assert plancheck("check", "--base", "HEAD", cwd=repo).returncode == 0
    (repo / "plan.yaml").write_text(MOVED_TEXT, "utf-8")
    run = plancheck("check", "--base", "HEAD", "--format", "json", cwd=repo)
    assert run.returncode == 1
    report = json.loads(run.stdout)
    findings = [f for f in report["files"][0]["findings"] if f["rule"] == "revision-missing"]
    assert [(f["subject"], f["line"]) for f in findings] == [("6-factsheet", DUE_LINE)]
    # without --base the plan itself is consistent (warnings only: stale acknowledgements)
    assert plancheck("check", cwd=repo).returncode == 0


@pytest.mark.parametrize("command", [("diff", "--base", "HEAD"), ("check", "--base", "HEAD")])
def test_comparing_does_not_import_the_exporters_libraries(repo, command):
    run = plancheck(*command, cwd=repo, python=("-X", "importtime"))
    assert run.returncode == 0, run.stderr
    imported = [
        line.rsplit("|", 1)[1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    ]
    assert "plancheck.gitrev" in imported  # the measurement works
    for library in ("docx", "icalendar"):
        assert [n for n in imported if n == library or n.startswith(library + ".")] == []


def test_the_first_commit_has_nothing_to_compare_with(tmp_path):
    # a pre-commit hook with --base HEAD runs before the repository's first commit too
    require_tool("git", "apt-get install git")
    git("init", "-q", cwd=tmp_path)
    (tmp_path / "plan.yaml").write_text(TEXT, "utf-8")
    run = plancheck("check", "--base", "HEAD", "plan.yaml", cwd=tmp_path)
    assert run.returncode == 0, run.stdout
    assert (
        run.stderr == "plancheck: note: git: HEAD has no commits yet; nothing to compare it with\n"
    )
    run = plancheck("diff", "--base", "HEAD", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr == "plancheck: error: git: HEAD has no commits yet\n"
