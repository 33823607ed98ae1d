"""`plancheck build` and `plancheck init`, run as a user runs them, on the published plan
(tests/fixtures/plan-2018-08-31.yaml); that the live plan.yaml builds is tests/test_live_plan.py's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import edited_plan, require_tool


def plancheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning:plancheck"},
    )


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# a change that the gate refuses (the wording says "Voor 1 juli 2018")
WRONG_DUE = ('            due: "2018-06-30"', '            due: "2018-07-31"')


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder holding the published plan as plan.yaml."""
    edited_plan(tmp_path)
    return tmp_path


def test_build_writes_report_feeds_and_findings(project: Path) -> None:
    result = plancheck("build", "--toc-pages", "none", cwd=project)
    assert result.returncode == 0, result.stderr
    out = project / "build"
    assert (out / "verbeterplan.docx").stat().st_size > 10_000
    assert (out / "site" / "index.html").is_file()
    assert (out / "site" / "tijdlijn.html").is_file()
    assert (out / "site" / "agenda" / "index.html").is_file()
    assert (out / "site" / "agenda" / "alle-mijlpalen.ics").is_file()
    findings = json.loads((out / "findings.json").read_text("utf-8"))
    acknowledged = [f for f in findings["files"][0]["findings"] if f["suppressed"]]
    assert len(acknowledged) == 6
    assert "acknowledged" in (out / "findings.txt").read_text("utf-8")
    # the summary names what was written and the counts, on stdout; progress on stderr
    assert "verbeterplan.docx" in result.stdout and "10 measures, 24 milestones" in result.stdout
    assert "site/agenda/" in result.stdout and "tijdlijn.html" in result.stdout
    assert "checking plan.yaml" in result.stderr
    assert "\r" not in result.stderr  # no spinner garbage in CI logs
    # nothing is left beside the output folder
    assert sorted(p.name for p in project.iterdir()) == ["build", "plan.yaml"]


def test_build_is_reproducible(project: Path) -> None:
    assert plancheck("build", "--toc-pages", "none", cwd=project).returncode == 0
    first = tree(project / "build")
    assert plancheck("build", "--toc-pages", "none", cwd=project).returncode == 0
    assert tree(project / "build") == first


def test_build_with_libreoffice_writes_the_open_formats_reproducibly(project: Path) -> None:
    """Where LibreOffice is installed, build writes the report as PDF/A-2b and ODT beside the
    .docx (issue 14, part 4), in the LibreOffice session of the page-number pass; they carry
    the plan's version date, not the clock, so two builds are byte for byte the same."""
    require_tool("soffice", "apt-get install libreoffice-writer-nogui")
    require_tool("pdftotext", "apt-get install poppler-utils")
    result = plancheck("build", cwd=project)
    assert result.returncode == 0, result.stderr
    first = tree(project / "build")
    assert first["verbeterplan.pdf"].startswith(b"%PDF")
    assert first["verbeterplan.odt"][30:69] == b"mimetypeapplication/vnd.oasis.opendocum"
    assert "verbeterplan.pdf" in result.stdout and "PDF/A-2b" in result.stdout
    assert "verbeterplan.odt" in result.stdout and "not written" not in result.stdout
    assert "23 pages" in result.stdout or "22 pages" in result.stdout  # the pass ran
    assert plancheck("build", cwd=project).returncode == 0
    assert tree(project / "build") == first


def test_build_without_libreoffice_says_it_skips_the_open_formats(project: Path) -> None:
    empty = project.parent / "empty-bin"
    empty.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "plancheck", "build"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PATH": str(empty)},
    )
    assert result.returncode == 0, result.stderr
    assert (
        "verbeterplan.pdf and verbeterplan.odt not written: LibreOffice (soffice) is not "
        "installed; install it with: apt-get install libreoffice-writer-nogui"
    ) in result.stdout
    assert (project / "build" / "verbeterplan.docx").is_file()
    assert not (project / "build" / "verbeterplan.pdf").exists()
    assert not (project / "build" / "verbeterplan.odt").exists()
    quick = plancheck("build", "--toc-pages", "none", cwd=project)
    assert "--toc-pages none builds without LibreOffice" in quick.stdout


FAILING_SOFFICE = """#!/bin/sh
echo "Error: source file could not be loaded" >&2
exit 1
"""


def test_a_failed_libreoffice_keeps_the_last_good_build(project: Path) -> None:
    assert plancheck("build", "--toc-pages", "none", cwd=project).returncode == 0
    before = tree(project / "build")
    fake = project.parent / "fake-bin"
    fake.mkdir()
    for name in ("soffice", "pdftotext"):
        (fake / name).write_text(FAILING_SOFFICE, "utf-8")
        (fake / name).chmod(0o755)
    result = subprocess.run(
        [sys.executable, "-m", "plancheck", "build"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PATH": f"{fake}:/usr/bin:/bin", "PLANCHECK_LIBREOFFICE_TIMEOUT": "20"},
    )
    assert result.returncode == 1, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("plancheck: nothing exported: LibreOffice failed"), last
    assert "exit code 1: Error: source file could not be loaded" in last
    assert "Traceback" not in result.stderr
    assert tree(project / "build") == before
    assert sorted(p.name for p in project.iterdir()) == ["build", "plan.yaml"]


def test_build_with_errors_writes_nothing_and_keeps_the_last_good_build(project: Path) -> None:
    assert plancheck("build", "--toc-pages", "none", cwd=project).returncode == 0
    before = tree(project / "build")
    edited_plan(project, WRONG_DUE)
    result = plancheck("build", "--toc-pages", "none", cwd=project)
    assert result.returncode == 1
    assert "nothing exported" in result.stderr and "error[wording-date]" in result.stderr
    assert tree(project / "build") == before
    assert sorted(p.name for p in project.iterdir()) == ["build", "plan.yaml"]
    forced = plancheck("build", "--toc-pages", "none", "--force", cwd=project)
    assert forced.returncode == 0
    assert tree(project / "build") != before


def test_build_out_that_is_a_file_is_a_usage_error(project: Path) -> None:
    (project / "build").write_text("not a folder")
    result = plancheck("build", "--out", "build", cwd=project)
    assert result.returncode == 2
    assert "is a file, not a folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert (project / "build").read_text() == "not a folder"


def test_build_into_a_missing_folder_is_a_usage_error(project: Path) -> None:
    result = plancheck("build", "--out", "no/such/place", "--toc-pages", "none", cwd=project)
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_init_writes_a_plan_that_passes_and_builds(tmp_path: Path) -> None:
    result = plancheck("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "plan.yaml").read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=schema/plan.schema.json")
    assert (tmp_path / "schema" / "plan.schema.json").is_file()
    assert plancheck("check", cwd=tmp_path).returncode == 0
    built = plancheck("build", "--toc-pages", "none", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "1 measures, 2 milestones" in built.stdout


def test_init_into_a_folder_writes_its_plan_yaml(tmp_path: Path) -> None:
    """`init new/` (a folder, as `git init DIR`) starts DIR/plan.yaml, never a file named new."""
    (tmp_path / "existing").mkdir()
    for given, folder in (("new/", "new"), ("existing", "existing")):
        result = plancheck("init", given, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / folder / "plan.yaml").is_file()
        assert (tmp_path / folder / "schema" / "plan.schema.json").is_file()
        assert plancheck("check", f"{folder}/plan.yaml", cwd=tmp_path).returncode == 0


def test_init_does_not_overwrite(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text("mine")
    result = plancheck("init", cwd=tmp_path)
    assert result.returncode == 2
    assert "--force" in result.stderr
    assert (tmp_path / "plan.yaml").read_text() == "mine"


def test_build_never_replaces_a_folder_it_did_not_write(project: Path) -> None:
    docs = project / "docs"
    docs.mkdir()
    (docs / "notes.txt").write_text("mine")
    result = plancheck("build", "--out", "docs", "--toc-pages", "none", cwd=project)
    assert result.returncode == 2
    assert "already holds files that plancheck did not write" in result.stderr
    assert [p.name for p in docs.iterdir()] == ["notes.txt"]
    here = plancheck("build", "--out", ".", "--toc-pages", "none", cwd=project)
    assert here.returncode == 2 and "Traceback" not in here.stderr
    assert sorted(p.name for p in project.iterdir()) == ["docs", "plan.yaml"]


def test_build_honours_strict_from_the_configuration(project: Path) -> None:
    # drop one acknowledgement of a warning: the warning becomes active
    edited_plan(
        project,
        (
            "  - rule: grid-mark-unexplained\n    subject: 2/work/2018-05\n",
            "  - rule: x\n    subject: y\n",
        ),
    )
    assert plancheck("build", "--toc-pages", "none", cwd=project).returncode == 0
    (project / "plancheck.toml").write_text("strict = true\n")
    result = plancheck("build", "--toc-pages", "none", cwd=project)
    assert result.returncode == 1
    assert "--strict" in result.stderr


def test_a_closed_pipe_keeps_the_verdict(project: Path) -> None:
    edited_plan(project, WRONG_DUE)
    run = subprocess.run(
        f'"{sys.executable}" -m plancheck check plan.yaml | head -c 10 > /dev/null; exit ${{PIPESTATUS[0]}}',
        shell=True,
        executable="/bin/bash",
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr


def test_an_unwritable_stdout_is_a_clear_error(project: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "plancheck", "check", "plan.yaml"],
            cwd=project,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert run.returncode == 2
    assert run.stderr.startswith("plancheck: error: cannot write the output")


def test_installing_leaves_no_build_folder_in_the_source(tmp_path: Path) -> None:
    """The README's first command installs and then builds into build/: the installer must
    not have put a folder of its own there (setuptools builds in .setuptools-build)."""
    from support import ROOT

    source = tmp_path / "src-copy"
    ignore = shutil.ignore_patterns(
        ".git",
        ".nox",
        ".venv",
        "node_modules",
        "*.egg-info",
        ".setuptools-build",
        "build",
        "__pycache__",
        ".*_cache",
    )
    shutil.copytree(ROOT, source, ignore=ignore)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "wheel"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert not (source / "build").exists()
    assert list((tmp_path / "wheel").glob("plancheck-*.whl"))
