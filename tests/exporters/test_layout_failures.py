"""The LibreOffice pass fails loudly where LibreOffice is installed (issue: a failed pass
silently degraded the report, exit 0): the export fails in one plain line and keeps the last
good output, and the whole LibreOffice process group is killed, on a timeout and on Ctrl-C.

LibreOffice is stood in for by small scripts on PATH, so each failure is deterministic: one
that hangs (and starts a child that would outlive it, as soffice.bin does), one that stops
with an error, one that writes no PDF. Only a missing LibreOffice, or `--toc-pages none`,
writes a report without page numbers.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from support import PUBLISHED

HANGS = """\
#!/bin/sh
# a LibreOffice that hangs, with a child that would outlive it (as soffice.bin does)
sleep 300 &
echo $! > "{pids}/child"
echo $$ > "{pids}/parent"
wait
"""
FAILS = """\
#!/bin/sh
echo "Error: source file could not be loaded" >&2
exit 1
"""
NO_PDF = """\
#!/bin/sh
exit 0
"""


def fake_tools(tmp_path: Path, soffice: str) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pids = tmp_path / "pids"
    pids.mkdir()
    for name, body in (("soffice", soffice), ("pdftotext", NO_PDF)):
        script = bin_dir / name
        script.write_text(textwrap.dedent(body).format(pids=pids), "utf-8")
        script.chmod(0o755)
    return {
        **os.environ,
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "PLANCHECK_LIBREOFFICE_TIMEOUT": "2",
    }


def export(tmp_path: Path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "plancheck",
            "export",
            "docx",
            str(PUBLISHED),
            "-o",
            "out.docx",
            *extra,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie has ended; only its parent's wait is missing
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


@pytest.mark.parametrize(
    ("soffice", "why"),
    [
        (FAILS, "LibreOffice stopped with exit code 1: Error: source file could not be loaded"),
        (NO_PDF, "LibreOffice wrote no PDF"),
        (HANGS, "LibreOffice did not finish within 2 s"),
    ],
    ids=["fails", "no-pdf", "hangs"],
)
def test_a_failed_pass_fails_the_export_and_keeps_the_last_good_report(tmp_path, soffice, why):
    env = fake_tools(tmp_path, soffice)
    good = tmp_path / "out.docx"
    good.write_bytes(b"the last good report")
    result = export(tmp_path, env)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "plancheck: nothing exported: the LibreOffice pass for the table of contents' page "
        f"numbers failed: {why}"
    ), last
    assert "--toc-pages none" in last
    assert "Command [" not in result.stderr  # no raw Python exception text
    assert good.read_bytes() == b"the last good report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.docx")] == []


def test_on_timeout_the_whole_libreoffice_group_is_killed(tmp_path):
    env = fake_tools(tmp_path, HANGS)
    result = export(tmp_path, env)
    assert result.returncode == 1
    child = int((tmp_path / "pids" / "child").read_text())
    parent = int((tmp_path / "pids" / "parent").read_text())
    deadline = time.monotonic() + 5
    while (alive(child) or alive(parent)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(child), "LibreOffice's child kept running after the timeout"
    assert not alive(parent)


def test_ctrl_c_during_the_pass_kills_the_group_and_leaves_no_output(tmp_path):
    env = fake_tools(tmp_path, HANGS)
    env["PLANCHECK_LIBREOFFICE_TIMEOUT"] = "60"
    process = subprocess.Popen(
        [sys.executable, "-m", "plancheck", "export", "docx", str(PUBLISHED), "-o", "out.docx"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    pid_file = tmp_path / "pids" / "child"
    deadline = time.monotonic() + 60
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pid_file.exists(), "the stand-in LibreOffice never started"
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(child), "LibreOffice's child kept running after Ctrl-C"
    assert not (tmp_path / "out.docx").exists()
    assert not list(Path("/tmp").glob(f"plancheck-lo-*/{child}"))


def test_without_libreoffice_the_report_is_written_without_page_numbers(tmp_path):
    bin_dir = tmp_path / "empty-bin"
    bin_dir.mkdir()
    env = {**os.environ, "PATH": str(bin_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "plancheck", "export", "docx", str(PUBLISHED), "-o", "out.docx"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "without page numbers" in result.stderr
    assert (tmp_path / "out.docx").stat().st_size > 10_000


def test_toc_pages_none_never_starts_libreoffice(tmp_path):
    env = fake_tools(tmp_path, FAILS)
    result = export(tmp_path, env, "--toc-pages", "none")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.docx").stat().st_size > 10_000
