"""Where the outputs go, run as a user runs plancheck: no output replaces an input or a
special file, a failed or interrupted run leaves the last good result, two runs do not meet
in one folder, and Ctrl-C or SIGTERM end a run in one line (docs/limits.md, "Outputs")."""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import plancheck
from plancheck import atomic, outputs

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = ROOT / "tests" / "fixtures" / "plan-2018-08-31.yaml"
PACKAGE = Path(plancheck.__file__).resolve().parent


def plancheck_run(
    *args: str, cwd: Path, fault: str | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "PLANCHECK_FAULT")}
    if fault:
        env["PLANCHECK_FAULT"] = fault
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start(*args: str, cwd: Path, fault: str | None = None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "PLANCHECK_FAULT")}
    if fault:
        env["PLANCHECK_FAULT"] = fault
    return subprocess.Popen(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def last_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    return lines[-1] if lines else ""


def refused(run: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2, no traceback, and the one line says why."""
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert "Traceback" not in run.stderr
    line = last_line(run.stderr)
    assert line.startswith("plancheck: error: "), run.stderr
    for word in words:
        assert word in line, line


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry below `folder`, hidden ones too: a file's bytes, a link's target, the
    kind of anything else."""
    found: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            found[name] = ("link", os.readlink(path))
        elif stat.S_ISREG(mode):
            found[name] = path.read_bytes()
        elif stat.S_ISDIR(mode):
            found[name] = "folder"
        else:
            found[name] = stat.S_IFMT(mode)
    return found


def strays(folder: Path, name: str = "build") -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}."))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "plan.yaml").write_bytes(PUBLISHED.read_bytes())
    return tmp_path


@pytest.fixture
def built(project: Path) -> Path:
    """A project with a good build in build/, one file of it marked so that the last good
    build can be told from a new one."""
    run = plancheck_run("build", "--toc-pages", "none", cwd=project)
    assert run.returncode == 0, run.stderr
    (project / "build" / "last-good.txt").write_text("the build before\n")
    return project


# 1. an output that names an input


@pytest.mark.parametrize(
    "output", ["plan.yaml", "./plan.yaml", "ABSOLUTE", "hard.yaml", "soft.yaml"]
)
def test_check_never_writes_its_report_over_the_plan(project: Path, output: str) -> None:
    os.link(project / "plan.yaml", project / "hard.yaml")
    (project / "soft.yaml").symlink_to("plan.yaml")
    if output == "ABSOLUTE":
        output = str(project / "plan.yaml")
    before = snapshot(project)
    run = plancheck_run("check", "plan.yaml", "-o", output, cwd=project)
    refused(run, output, "the plan", "give another file name")
    assert snapshot(project) == before


def test_a_plan_that_does_not_load_is_protected_too(project: Path) -> None:
    (project / "plan.yaml").write_text("format: 1\ndocument: [\n", "utf-8")
    before = snapshot(project)
    refused(plancheck_run("check", "plan.yaml", "-o", "plan.yaml", cwd=project), "the plan")
    assert snapshot(project) == before


def test_several_plans_are_all_protected(project: Path) -> None:
    shutil.copy(project / "plan.yaml", project / "other.yaml")
    before = snapshot(project)
    run = plancheck_run("check", "plan.yaml", "other.yaml", "-o", "other.yaml", cwd=project)
    refused(run, "other.yaml", "the plan")
    assert snapshot(project) == before


def test_export_docx_never_replaces_the_plan_or_the_template(project: Path) -> None:
    before = snapshot(project)
    run = plancheck_run("export", "docx", "-o", "plan.yaml", "--toc-pages", "none", cwd=project)
    refused(run, "plan.yaml", "the plan")
    assert snapshot(project) == before
    made = plancheck_run("export", "docx", "-o", "t.docx", "--toc-pages", "none", cwd=project)
    assert made.returncode == 0, made.stderr
    before = snapshot(project)
    run = plancheck_run(
        "export",
        "docx",
        "--template",
        "t.docx",
        "-o",
        "./t.docx",
        "--toc-pages",
        "none",
        cwd=project,
    )
    refused(run, "t.docx", "the template")
    assert snapshot(project) == before


def test_the_configuration_is_never_an_output(project: Path) -> None:
    (project / "plancheck.toml").write_text("strict = false\n")
    (project / "other.toml").write_text("strict = false\n")
    before = snapshot(project)
    refused(plancheck_run("check", "-o", "plancheck.toml", cwd=project), "the configuration file")
    refused(
        plancheck_run("check", "--config", "other.toml", "-o", "other.toml", cwd=project),
        "the configuration file",
    )
    assert snapshot(project) == before


def test_build_never_removes_the_plan_inside_its_output(built: Path) -> None:
    shutil.copy(built / "plan.yaml", built / "build" / "plan.yaml")
    before = snapshot(built)
    run = plancheck_run("build", "build/plan.yaml", "--out", "build", cwd=built)
    refused(run, "build", "the plan", "build/plan.yaml", "another output folder")
    assert snapshot(built) == before
    # the same file under another name (a hard link) inside the folder
    (built / "build" / "plan.yaml").unlink()
    os.link(built / "plan.yaml", built / "build" / "copy.yaml")
    before = snapshot(built)
    refused(plancheck_run("build", "plan.yaml", "--out", "build", cwd=built), "the plan")
    assert snapshot(built) == before


def test_build_and_export_ics_never_remove_the_template_or_configuration(built: Path) -> None:
    shutil.copy(built / "build" / "verbeterplan.docx", built / "build" / "template.docx")
    (built / "build" / "gate.toml").write_text("strict = false\n")
    before = snapshot(built)
    run = plancheck_run(
        "build", "--template", "build/template.docx", "--toc-pages", "none", cwd=built
    )
    refused(run, "the template")
    refused(plancheck_run("build", "--config", "build/gate.toml", cwd=built), "configuration")
    refused(
        plancheck_run("export", "ics", "--config", "build/gate.toml", "-o", "build", cwd=built),
        "configuration",
    )
    assert snapshot(built) == before


# 2. special files and symlinks


def test_dev_stdout_prints_the_report(project: Path) -> None:
    run = plancheck_run("check", "plan.yaml", "--format", "json", "-o", "/dev/stdout", cwd=project)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith('{\n  "tool"'), run.stdout[:100]
    assert run.stdout.rstrip().endswith("plan.yaml: passed: 0 errors, 0 warnings, 6 acknowledged")


def test_dev_stdout_redirected_to_a_file_gets_report_then_summary(project: Path) -> None:
    with open(project / "out.txt", "w") as out:
        run = subprocess.run(
            [sys.executable, "-m", "plancheck", "check", "plan.yaml", *JSON_TO_STDOUT],
            cwd=project,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert run.returncode == 0, run.stderr
    text = (project / "out.txt").read_text()
    assert text.startswith('{\n  "tool"') and text.rstrip().endswith("6 acknowledged")


JSON_TO_STDOUT = ("--format", "json", "-o", "/dev/stdout")


def _private_char_device(folder: Path) -> Path | None:
    """A node for the null device in `folder` (as root): a mistake replaces only this."""
    node = folder / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        os.close(os.open(node, os.O_WRONLY))
    except OSError:
        return None
    return node


def test_a_character_device_is_written_into_never_replaced(project: Path) -> None:
    node = _private_char_device(project)
    if node is not None:  # first on a private node: a mistake here breaks nothing
        run = plancheck_run("check", "plan.yaml", "-o", "null", cwd=project)
        assert run.returncode == 0, run.stderr
        assert stat.S_ISCHR(node.lstat().st_mode)
        assert strays(project, "null") == []
    if not stat.S_ISCHR(os.stat("/dev/null").st_mode):
        pytest.skip("no /dev/null character device here")
    run = plancheck_run("check", "plan.yaml", "-o", "/dev/null", cwd=project)
    assert run.returncode == 0, run.stderr
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    assert os.stat("/dev/null").st_rdev == os.makedev(1, 3)


def test_a_named_pipe_is_written_into(project: Path) -> None:
    fifo = project / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run = plancheck_run(
        "check", "plan.yaml", "--format", "json", "-o", str(fifo), cwd=project, timeout=60
    )
    reader.join(timeout=30)
    assert run.returncode == 0, run.stderr
    assert received and received[0].startswith(b'{\n  "tool"')
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_sockets_block_devices_and_folders_are_refused(project: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(project / "s.sock"))
        kinds = {"s.sock": "a socket"}
        try:
            os.mknod(project / "blk", stat.S_IFBLK | 0o600, os.makedev(7, 200))
            kinds["blk"] = "a block device"
        except OSError:
            pass
        (project / "folder").mkdir()
        kinds["folder"] = "a folder"
        before = snapshot(project)
        for name, kind in kinds.items():
            refused(plancheck_run("check", "-o", name, cwd=project), name, kind)
            refused(
                plancheck_run("export", "docx", "-o", name, "--toc-pages", "none", cwd=project),
                kind,
            )
        assert snapshot(project) == before
    finally:
        sock.close()


def test_a_symlinked_output_keeps_the_link_and_replaces_its_target(project: Path) -> None:
    (project / "reports").mkdir()
    (project / "reports" / "report.txt").write_text("old")
    (project / "latest.txt").symlink_to("reports/report.txt")
    (project / "dangling.txt").symlink_to("reports/new.txt")
    assert plancheck_run("check", "-o", "latest.txt", cwd=project).returncode == 0
    assert os.readlink(project / "latest.txt") == "reports/report.txt"
    assert (project / "reports" / "report.txt").read_text().startswith("plan.yaml: 6 acknowledged")
    assert plancheck_run("check", "-o", "dangling.txt", cwd=project).returncode == 0
    assert os.readlink(project / "dangling.txt") == "reports/new.txt"
    assert (project / "reports" / "new.txt").is_file()
    assert strays(project / "reports", "report.txt") == []


def test_a_symlinked_output_folder_keeps_the_link(built: Path) -> None:
    (built / "build").rename(built / "real-build")
    (built / "build").symlink_to("real-build")
    run = plancheck_run("build", "--toc-pages", "none", cwd=built)
    assert run.returncode == 0, run.stderr
    assert os.readlink(built / "build") == "real-build"
    assert (built / "real-build" / "verbeterplan.docx").is_file()
    assert not (built / "real-build" / "last-good.txt").exists()  # replaced whole
    assert strays(built, "real-build") == [] and strays(built) == []


# 3. the swap of a folder, interrupted


def test_killed_between_the_steps_of_the_exchange(built: Path) -> None:
    last_good = snapshot(built / "build")
    run = plancheck_run("build", "--toc-pages", "none", cwd=built, fault="after-swap-step-1")
    assert run.returncode == -signal.SIGKILL
    # renameat2 swapped both folders in one step: the new build is in place, the old one
    # waits beside it to be removed
    assert not (built / "build" / "last-good.txt").exists()
    (aside,) = [p for p in built.iterdir() if re.fullmatch(r"\.build\.\w{8}\.new", p.name)]
    assert snapshot(aside) == last_good
    again = plancheck_run("build", "--toc-pages", "none", cwd=built)
    assert again.returncode == 0, again.stderr
    assert strays(built) == []


def test_killed_between_the_two_renames_the_next_run_restores(built: Path) -> None:
    last_good = snapshot(built / "build")
    run = plancheck_run(
        "build", "--toc-pages", "none", cwd=built, fault="no-exchange,after-swap-step-1"
    )
    assert run.returncode == -signal.SIGKILL
    assert not (built / "build").exists()  # the window the exchange closes
    assert any(p.endswith(".old") for p in strays(built))
    # the next run puts the last good build back first, even when it then exports nothing
    plan = built / "plan.yaml"
    plan.write_text(plan.read_text("utf-8").replace('due: "2018-06-30"', 'due: "2018-07-31"', 1))
    again = plancheck_run("build", "--toc-pages", "none", cwd=built)
    assert again.returncode == 1
    assert "plancheck: restored build from an interrupted earlier run" in again.stderr
    assert snapshot(built / "build") == last_good
    assert strays(built) == []


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_ctrl_c_in_the_swap_says_what_it_left(built: Path, exchange: bool) -> None:
    last_good = snapshot(built / "build")
    fault = "after-swap-step-1:interrupt" + ("" if exchange else ",no-exchange")
    run = plancheck_run("build", "--toc-pages", "none", cwd=built, fault=fault)
    assert run.returncode == 130
    assert "Traceback" not in run.stderr
    if exchange:  # done in one step: the new build is there, and the message says so
        assert (
            last_line(run.stderr)
            == "plancheck: interrupted; it wrote build; nothing else was changed"
        )
        assert not (built / "build" / "last-good.txt").exists()
    else:  # the first rename is undone
        assert (
            last_line(run.stderr) == "plancheck: interrupted; earlier outputs are left as they were"
        )
        assert snapshot(built / "build") == last_good
    assert strays(built) == []


def test_renameat2_exchanges_two_folders(tmp_path: Path) -> None:
    if atomic._find_renameat2() is None:
        pytest.skip("no renameat2 in this C library")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one").write_text("a")
    (tmp_path / "b").mkdir()
    assert atomic._exchange(tmp_path / "a", tmp_path / "b")
    assert (tmp_path / "b" / "one").read_text() == "a" and not any((tmp_path / "a").iterdir())


def test_the_two_rename_fallback_when_the_kernel_says_enosys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsupported(*args: object) -> int:
        ctypes.set_errno(errno.ENOSYS)
        return -1

    calls: list[str] = []
    real_rename, real_replace = os.rename, os.replace

    def rename(src: str | Path, dst: str | Path) -> None:
        calls.append(Path(dst).name)
        real_rename(src, dst)

    def replace(src: str | Path, dst: str | Path) -> None:
        calls.append(Path(dst).name)
        real_replace(src, dst)

    monkeypatch.setattr(atomic, "_find_renameat2", lambda: unsupported)
    monkeypatch.setattr(atomic.os, "rename", rename)
    monkeypatch.setattr(atomic.os, "replace", replace)
    target = tmp_path / "out"
    for text in ("first", "second"):
        with atomic.staged_dir(target) as stage:
            (stage / "x.txt").write_text(text)
    assert (target / "x.txt").read_text() == "second"
    assert calls[-1] == "out" and calls[-2].endswith(".old")  # aside, then in
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_only_plancheck_strays_are_cleaned(built: Path) -> None:
    own = built / ".build.abcd1234.new"
    own.mkdir()
    (own / atomic.MARKER).write_text(atomic.MARKER_TEXT)
    (built / ".build.efgh5678.old").mkdir()  # made, then the run died: empty
    theirs = built / ".build.ijkl9012.old"
    theirs.mkdir()
    (theirs / "notes.txt").write_text("somebody's")
    other = built / ".build.backup"
    other.mkdir()
    assert plancheck_run("build", "--toc-pages", "none", cwd=built).returncode == 0
    assert strays(built) == [".build.backup", ".build.ijkl9012.old"]
    assert (theirs / "notes.txt").read_text() == "somebody's"


# 4. trailing slashes, mount points, two runs at once


def test_a_trailing_slash_names_a_folder(project: Path) -> None:
    before = snapshot(project)
    refused(plancheck_run("check", "-o", "new/", cwd=project), "new/", "give a file name")
    refused(
        plancheck_run("export", "docx", "-o", "new/", "--toc-pages", "none", cwd=project),
        "give a file name",
    )
    assert snapshot(project) == before
    run = plancheck_run("build", "--out", "new/", "--toc-pages", "none", cwd=project)
    assert run.returncode == 0, run.stderr
    assert (project / "new" / "verbeterplan.docx").is_file()


def test_a_mount_point_is_refused_before_anything_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mnt"
    target.mkdir()
    real = os.path.ismount
    monkeypatch.setattr(atomic.os.path, "ismount", lambda p: Path(p) == target or real(p))
    with pytest.raises(atomic.OutputError, match="is a mount point"), atomic.staged_dir(target):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mnt"]


def test_a_real_mount_point_is_refused(project: Path) -> None:
    mount = next((m for m in ("/proc", "/sys", "/dev") if os.path.ismount(m)), None)
    if mount is None:
        pytest.skip("no mount point to try")
    run = plancheck_run("build", "--out", mount, "--toc-pages", "none", cwd=project)
    refused(run, "is a mount point", "give a folder inside it")


def _wait_for(condition: object, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _staging(folder: Path) -> bool:
    return any(p.endswith(".new") for p in strays(folder))


def test_two_builds_into_one_folder(built: Path) -> None:
    last_good = snapshot(built / "build")
    first = start("build", "--toc-pages", "none", cwd=built, fault="in-stage:sleep=60")
    try:
        _wait_for(lambda: _staging(built))
        second = plancheck_run("build", "--toc-pages", "none", cwd=built)
        refused(second, "another plancheck run is writing build", "wait for it")
        assert snapshot(built / "build") == last_good
    finally:
        first.send_signal(signal.SIGTERM)
        _, err = first.communicate(timeout=60)
    assert first.returncode == 143, err
    assert last_line(err) == "plancheck: terminated; earlier outputs are left as they were"
    assert snapshot(built / "build") == last_good
    assert strays(built) == []  # the stage and the lock file are gone
    third = plancheck_run("build", "--toc-pages", "none", cwd=built)
    assert third.returncode == 0, third.stderr


# 5. a plan read from a named pipe


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        (None, 0, "passed"),
        (b"format: 1\ndocument: {title: 'x'\nnext: 1\n", 2, "error[load]"),
        (b"format: 1\ndocument: \xff\n", 2, "not valid UTF-8"),
    ],
    ids=["valid", "broken-yaml", "not-utf8"],
)
def test_a_plan_from_a_named_pipe_is_read_once(
    project: Path, text: bytes | None, code: int, shown: str
) -> None:
    fifo = project / "plan.fifo"
    os.mkfifo(fifo)
    data = PUBLISHED.read_bytes() if text is None else text

    def write() -> None:
        with open(fifo, "wb") as pipe:
            pipe.write(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    run = plancheck_run("check", "plan.fifo", cwd=project, timeout=60)
    writer.join(timeout=10)
    assert run.returncode == code, run.stderr
    assert shown in run.stdout
    assert "Traceback" not in run.stderr


# 6. Ctrl-C and SIGTERM, from the first instruction on


def _entry_points() -> Iterator[tuple[str, list[str]]]:
    yield "python -m plancheck", [sys.executable, "-m", "plancheck"]
    script = Path(sys.executable).parent / "plancheck"
    if script.is_file():
        yield "console script", [str(script)]


def _interpreter_traceback(stderr: str) -> bool:
    """A traceback printed by the interpreter itself, before any plancheck code ran (its
    start-up, site, runpy, the console-script launcher's `import re`): the residual window
    docs/limits.md describes. None of its frames is in the plancheck package."""
    files = re.findall(r'File "([^"]+)"', stderr)
    return not any(Path(f).resolve().is_relative_to(PACKAGE) for f in files if f[0] == "/")


@pytest.mark.parametrize("delay", [0, 0.01, 0.03, 0.05, 0.1, 0.2])
def test_ctrl_c_at_start_up_is_one_line(tmp_path: Path, delay: float) -> None:
    for name, command in _entry_points():
        process = subprocess.Popen(
            [*command, "check", str(PUBLISHED)],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
        if "Traceback" in err or err.startswith("Fatal Python error: "):
            assert _interpreter_traceback(err), (name, err)
            continue
        if (process.returncode, err) == (1, "KeyboardInterrupt\n"):
            # Python's own report of a signal that came while no Python code ran (between
            # `site` and the launcher's first line): no frame, so no traceback, and nothing
            # of plancheck's had run yet (docs/limits.md, "Interrupts")
            continue
        if process.returncode == -signal.SIGINT:
            # before the interpreter set up its handler, or after it removed it at exit;
            # rarely (1 in 300 runs at 0.15-0.4 s, 2026-11-30, cause not yet found) after the
            # one line: a shell shows exit status 130 either way
            assert err in ("", "plancheck: interrupted; earlier outputs are left as they were\n"), (
                name,
                err,
            )
            continue
        assert process.returncode in (130, 0), (name, process.returncode, err)
        if process.returncode == 130:
            assert err.startswith("plancheck: interrupted"), (name, err)
            assert len(err.strip().splitlines()) == 1, (name, err)


def test_ctrl_c_while_importing_is_one_line(tmp_path: Path) -> None:
    """Deterministic: the signal is sent once plancheck's own code runs (its first import of
    a library is slowed down by a wrapper module on the path)."""
    slow = tmp_path / "slow"
    slow.mkdir()
    (slow / "yaml.py").write_text(
        "import os, pathlib, sys, time\n"
        "pathlib.Path(os.environ['READY']).write_text('importing')\n"
        "time.sleep(30)\n"
    )
    ready = tmp_path / "ready"
    env = {**os.environ, "PYTHONPATH": str(slow), "READY": str(ready)}
    for name, command in _entry_points():
        ready.unlink(missing_ok=True)
        process = subprocess.Popen(
            [*command, "check", str(PUBLISHED)],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _wait_for(ready.exists)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        assert (process.returncode, err) == (130, "plancheck: interrupted\n"), name


SWALLOWED = """
import os, signal, sys, time, weakref
import plancheck.cli

class Thing:
    pass

def run(argv=None):
    def callback(ref):  # Python prints and drops an exception raised in here
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(100_000):
            pass
    thing = Thing()
    ref = weakref.ref(thing, callback)
    del thing
    time.sleep(30)
    return 0

plancheck.cli.main = run
from plancheck._entry import main
sys.exit(main([]))
"""


def test_a_ctrl_c_python_would_drop_still_ends_the_run(tmp_path: Path) -> None:
    """A signal handled inside a weakref callback (the import system has some) raises
    KeyboardInterrupt where Python only prints it; the run must still stop."""
    run = subprocess.run(
        [sys.executable, "-c", SWALLOWED], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert (run.returncode, run.stderr) == (
        130,
        "plancheck: interrupted; earlier outputs are left as they were\n",
    )


def test_sigterm_during_a_build_cleans_up(built: Path) -> None:
    last_good = snapshot(built / "build")
    for signum, code, word in (
        (signal.SIGTERM, 143, "terminated"),
        (signal.SIGHUP, 129, "terminated"),  # the terminal or the SSH session closed
        (signal.SIGINT, 130, "interrupted"),
    ):
        process = start("build", "--toc-pages", "none", cwd=built, fault="in-stage:sleep=60")
        _wait_for(lambda: _staging(built))
        process.send_signal(signum)
        _, err = process.communicate(timeout=60)
        assert process.returncode == code, err
        assert "Traceback" not in err
        assert last_line(err) == f"plancheck: {word}; earlier outputs are left as they were"
        assert snapshot(built / "build") == last_good
        assert strays(built) == []


def test_the_message_says_what_was_written() -> None:
    outputs.new_run()
    assert outputs.state() == "earlier outputs are left as they were"
    outputs.record_written("report.txt")
    assert outputs.state() == "it wrote report.txt; nothing else was changed"
    outputs.record_partial("/dev/stdout")
    assert "/dev/stdout may hold part of the output" in outputs.state()
    outputs.record_stranded("build", ".build.abcd1234.old")
    assert outputs.state().startswith("build could not be put back")
    assert outputs.interrupted(outputs.Terminated()) == 143
    outputs.new_run()
