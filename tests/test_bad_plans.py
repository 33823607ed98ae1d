"""The bad-plan corpus: every case in tests/bad_plans/expected.json, run as a user runs it.

Each case runs `python -m plancheck ...` in a fresh folder that holds only the plan, and
checks the exit code, the exact first finding line (`FILE:LINE:COL: severity[rule] message`),
that no traceback reaches the user, and for exports that nothing is written: no output, no
temporary file, and an output that was there before is left byte for byte as it was.

A new case is a new file in tests/bad_plans/ plus one entry in expected.json (see its
"about"); the fixtures derived from the starter or the published plan
(tests/fixtures/plan-2018-08-31.yaml) are written by tests/bad_plans/make_corpus.py. A line
of a file derived from the published plan is written {line:TEXT} in expected.json and
computed here (support.line_of), never given by hand.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from support import line_of

from plancheck.atomic import MARKER, MARKER_TEXT
from plancheck.loader import MAX_BYTES
from plancheck.printable import printable
from plancheck.starter import STARTER_PLAN

CORPUS = Path(__file__).resolve().parent / "bad_plans"
MANIFEST = json.loads((CORPUS / "expected.json").read_text("utf-8"))
CASES: list[dict[str, Any]] = MANIFEST["cases"]
DEFAULT_ARGS = ["check", "{plan}"]
KNOWN_KEYS = {
    "why",
    "setup",
    "file",
    "as",
    "stdout",
    "args",
    "exit",
    "first",
    "stderr",
    "output",
    "output_is_a_file",
    "max_seconds",
}
FINDING = re.compile(r"^\S+: (error|warning|note)\[[a-z-]+\] ")
LINE_OF = re.compile(r"\{line:([^}]+)\}")
# the workflow commands plancheck writes (--format github); any other line the GitHub runner
# would take for a command (starting with "::" after spaces, or holding "##[") is injected
OUR_COMMAND = re.compile(r"::(error|warning|notice) file=[^,:]*(,[a-zA-Z]+=[^,:]*)*::")
SENTINEL = b"the last good output, which a failed run must leave alone\n"


def case_id(case: dict[str, Any]) -> str:
    args = case.get("args", DEFAULT_ARGS)
    extra = [a for a in args[1:] if a != "{plan}" and not a.startswith("-")][:1]
    name = Path(case["file"]).name
    flags = "".join(a for a in args if a in ("--strict", "--force"))
    return "-".join([name, args[0], *extra]) + flags


def make_plan(case: dict[str, Any], folder: Path) -> str:
    """Put the case's plan in `folder`; return the name to give on the command line (the
    committed file's own, or the one given in `as`)."""
    setup = case.get("setup")
    name = case["file"]
    if setup is None:
        name = case.get("as", name)
        (folder / name).write_bytes((CORPUS / case["file"]).read_bytes())
    elif setup == "missing":
        pass
    elif setup == "folder":
        (folder / name).mkdir()
    elif setup == "enormous":
        # a real plan, padded with comment lines to one byte over the bound
        head = STARTER_PLAN.encode("utf-8")
        line = b"# " + b"x" * 97 + b"\n"
        rest = MAX_BYTES + 1 - len(head)
        body = line * (rest // len(line)) + b"#" * (rest % len(line))
        (folder / name).write_bytes(head + body)
    elif setup == "deeply-nested":
        levels = 100_000
        (folder / name).write_text(
            "format: 1\ndocument: " + "[" * levels + "]" * levels + "\n", "utf-8"
        )
    elif setup == "device":
        if not Path(name).exists():
            pytest.skip(f"{name} does not exist on this system")
    else:
        raise AssertionError(f"unknown setup {setup!r} in expected.json")
    return name


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def listing(folder: Path) -> dict[str, bytes | None]:
    """Every path under `folder` with its bytes (None for a folder)."""
    return {
        str(p.relative_to(folder)): (None if p.is_dir() else p.read_bytes())
        for p in sorted(folder.rglob("*"))
    }


def expected(text: str, case: dict[str, Any]) -> str:
    """A `first` or `stderr` of the manifest with the size bound and the lines filled in:
    {line:TEXT} is the line of the case's file on which TEXT (there exactly once) starts."""
    text = text.replace("{MAX_BYTES+1}", f"{MAX_BYTES + 1:,}").replace(
        "{MAX_BYTES}", f"{MAX_BYTES:,}"
    )
    if LINE_OF.search(text):
        plan = (CORPUS / case["file"]).read_bytes().decode("utf-8")
        text = LINE_OF.sub(lambda m: str(line_of(plan, m.group(1))), text)
    return text


def first_finding(output: str) -> str | None:
    for line in output.splitlines():
        if FINDING.match(line.strip()):
            return line.strip()
    return None


def check_run(case: dict[str, Any], folder: Path) -> None:
    plan = make_plan(case, folder)
    args = [a.replace("{plan}", plan) for a in case.get("args", DEFAULT_ARGS)]
    before = listing(folder)
    started = time.perf_counter()
    result = run(args, folder)
    elapsed = time.perf_counter() - started
    shown = f"$ plancheck {' '.join(args)}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"

    assert "Traceback" not in result.stdout + result.stderr, shown
    for line in (result.stdout + result.stderr).splitlines():
        # no line a CI log would act on: a workflow command plancheck did not mean to write
        assert not line.lstrip().startswith("::") or OUR_COMMAND.match(line), shown
        assert "##[" not in line, shown
        # nor a control character a terminal would act on
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", line), shown
    assert result.returncode == case["exit"], shown
    if "first" in case:
        first = expected(case["first"], case)
        assert first_finding(result.stdout + "\n" + result.stderr) == first, shown
    if "stderr" in case:
        assert expected(case["stderr"], case) in result.stderr, shown
    if "stdout" in case:
        assert case["stdout"] in result.stdout, shown
    if "max_seconds" in case:
        assert elapsed < case["max_seconds"], f"took {elapsed:.1f} s\n{shown}"
    # nothing written: the folder holds what it held before, byte for byte (no output, no
    # temporary file, and an output that was there is as it was)
    assert listing(folder) == before, shown


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_bad_plan(case: dict[str, Any], tmp_path: Path) -> None:
    if case.get("output_is_a_file"):
        (tmp_path / case["output"]).write_bytes(SENTINEL)
    check_run(case, tmp_path)


EXPORTS = [c for c in CASES if "output" in c and not c.get("output_is_a_file")]


@pytest.mark.parametrize("case", EXPORTS, ids=case_id)
def test_a_failed_export_leaves_the_last_good_output(case: dict[str, Any], tmp_path: Path) -> None:
    output = tmp_path / case["output"]
    if case["args"][0] == "export" and case["args"][1] == "docx":
        output.write_bytes(SENTINEL)
    else:  # a calendar or build folder
        output.mkdir()
        (output / "index.html").write_bytes(SENTINEL)
        (output / MARKER).write_text(MARKER_TEXT)  # as an earlier plancheck run left it
    check_run(case, tmp_path)
    assert output.exists()


# the manifest itself


def test_the_corpus_is_big_enough() -> None:
    assert len({c["file"] for c in CASES if "setup" not in c}) >= 35


def test_every_case_is_well_formed() -> None:
    for case in CASES:
        assert set(case) <= KNOWN_KEYS, case
        assert {"file", "exit", "why"} <= set(case), case
        assert case["exit"] in (0, 1, 2), case
        assert "first" in case or "stderr" in case or "stdout" in case, case
        if "first" in case:
            assert FINDING.match(expected(case["first"], case)), case
            assert case["first"].startswith(printable(case.get("as", case["file"])) + ":"), case
        if "setup" not in case:
            assert (CORPUS / case["file"]).is_file(), case


def test_every_fixture_has_a_case() -> None:
    named = {c["file"] for c in CASES}
    fixtures = {
        p.name for p in CORPUS.iterdir() if p.name not in ("expected.json", "make_corpus.py")
    }
    fixtures = {f for f in fixtures if not f.startswith((".", "__"))}
    assert fixtures <= named, sorted(fixtures - named)
