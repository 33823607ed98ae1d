"""Write outputs so that a failed run leaves the last good result.

Files are written to a temporary file in the same folder and renamed into place (rename is
atomic on one file system); folders are built beside the target and swapped in at the end.

A folder plancheck writes carries a marker file, and only a folder that is empty or carries
the marker is ever replaced: `--out docs` must not delete somebody's documents.

What is never done (docs/limits.md, "Outputs"): an output never replaces an input
(plancheck.outputs) nor anything but a regular file. A character device or a pipe (`-o
/dev/null`, `-o /dev/stdout`, a FIFO) is written straight into; a socket, a block device or
a folder where a file should go is refused. A symlink is kept: its target is replaced. A
folder is swapped in with one `renameat2(RENAME_EXCHANGE)` where Linux offers it, else in
two renames; a lock file beside it keeps two runs apart, and the next run restores the last
good result if a run died between the two renames.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import secrets
import shutil
import signal
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from plancheck.errors import OutputError as OutputError  # raised here; also importable from here

MARKER = ".plancheck-output"
MARKER_TEXT = "This folder is written by plancheck and replaced as a whole on each run.\n"

FAULT = "PLANCHECK_FAULT"  # testing hook, see _fault and docs/limits.md
_stages: list[str] = []  # staging folders being filled (writes there are not outputs yet)


# -- file outputs -------------------------------------------------------------------------


def prepare_file(
    path: str | Path,
    *,
    plan: str | None = None,
    template: str | None = None,
    config: str | None = None,
) -> Path:
    """Check a file output before the work (a trailing slash, a folder or special file, an
    input) and return it as a Path; write_bytes checks again when it writes."""
    _note_inputs(plan, template, config)
    _file_destination(path)
    return Path(path)


def _note_inputs(plan: str | None, template: str | None, config: str | None) -> None:
    from plancheck import outputs

    for path, role in (
        (plan, "the plan"),
        (template, "the template"),
        (config, "the configuration file"),
    ):
        if path:
            outputs.note_input(path, role)


def write_bytes(path: str | Path, data: bytes) -> None:
    from plancheck import outputs

    where, how, fd = _file_destination(path)
    if how == "fd":
        _write_fd(str(path), fd, data)
    elif how == "stream":
        _write_stream(where, data)
    else:
        _replace_file(where, data)
    if not any(_inside(str(where), stage) for stage in _stages):
        outputs.record_written(path)


def write_text(path: str | Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


_KINDS = {
    stat.S_IFSOCK: "a socket",
    stat.S_IFBLK: "a block device",
    stat.S_IFCHR: "a character device",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFDIR: "a folder",
}


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "a special file")


def _file_destination(path: str | Path) -> tuple[Path, str, int]:
    """(where to write, how: "new" | "file" | "stream" | "fd", the descriptor for "fd")."""
    raw = os.fspath(path)
    if raw.endswith(("/", os.sep)):
        raise OutputError(f"{raw} ends in a slash, which names a folder; give a file name")
    fd = _descriptor(raw)
    if fd is not None:  # /dev/stdout, /dev/fd/3: the stream itself, already open
        try:
            stream = os.fstat(fd)
        except OSError as err:
            raise OutputError(f"cannot write {raw}: {err.strerror}") from err
        _refuse_input(raw, os.path.realpath(raw), stream)
        return Path(raw), "fd", fd
    given = Path(raw)
    try:
        st: os.stat_result | None = os.stat(given)  # through a symlink
    except FileNotFoundError:
        st = None
    except NotADirectoryError as err:
        raise OutputError(f"cannot write {raw}: a part of the path is not a folder") from err
    except OSError as err:
        raise OutputError(f"cannot write {raw}: {err.strerror or err}") from err
    # a symlink is kept and its target replaced (a dangling one: its target is created)
    where = Path(os.path.realpath(given)) if os.path.islink(given) else given
    _refuse_input(raw, os.path.realpath(given), st)
    if st is not None:
        if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            return where, "stream", -1
        if stat.S_ISDIR(st.st_mode):
            raise OutputError(f"{raw} is a folder; give a file name")
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(
                f"{raw} is {_kind(st.st_mode)}, not a file; plancheck replaces only regular "
                "files (and writes into a character device or a pipe): give a file name"
            )
    folder = where.parent if str(where.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist")
    return where, ("file" if st is not None else "new"), -1


def _refuse_input(shown: str, real: str, st: os.stat_result | None) -> None:
    from plancheck import outputs

    if st is not None and stat.S_ISCHR(st.st_mode):
        return  # writing into a device replaces nothing
    hit = outputs.input_at(real, st)
    if hit is not None:
        what = (
            f"{hit.role} this run reads"
            if os.path.normpath(shown) == os.path.normpath(hit.shown)
            else f"{hit.role} {hit.shown} under another name"
        )
        raise OutputError(f"{shown} is {what}; the output would replace it: give another file name")


_FD_PATH = re.compile(r"/(?:proc/(self|\d+)/fd|dev/fd)/(\d+)")


def _descriptor(raw: str) -> int | None:
    """The descriptor that /dev/stdout, /dev/stderr, /dev/fd/N or /proc/self/fd/N stand for
    in this process, else None: such a path names a stream the run already holds open."""
    path = os.path.abspath(raw)
    for _ in range(8):  # a chain of links
        head, tail = os.path.split(path)
        path = os.path.join(os.path.realpath(head), tail)
        match = _FD_PATH.fullmatch(path)
        if match and match.group(1) in (None, "self", str(os.getpid())):
            return int(match.group(2))
        if not os.path.islink(path):
            return None
        path = os.path.normpath(os.path.join(os.path.dirname(path), os.readlink(path)))
    return None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_fd(shown: str, fd: int, data: bytes) -> None:
    from plancheck import outputs

    for stream in (sys.stdout, sys.stderr):  # what the run printed comes first
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    outputs.record_partial(shown)
    try:
        _write_all(fd, data)
    except BrokenPipeError:
        raise  # the reader went away, as with `plancheck check | head`
    except OSError as err:
        raise OutputError(f"cannot write {shown}: {err.strerror or err}") from err


def _write_stream(where: Path, data: bytes) -> None:
    """A character device or a named pipe: written straight into, never replaced (a pipe
    with no reader waits for one, as the shell's `>` does)."""
    from plancheck import outputs

    try:
        fd = os.open(where, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as err:
        raise OutputError(f"cannot write {where}: {err.strerror or err}") from err
    try:
        st = os.fstat(fd)
        if not (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):  # changed meanwhile
            raise OutputError(f"{where} changed while it was opened; try again")
        outputs.record_partial(str(where))
        _write_all(fd, data)
    except OSError as err:
        raise OutputError(f"cannot write {where}: {err.strerror or err}") from err
    finally:
        os.close(fd)


def _replace_file(target: Path, data: bytes) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as err:
        raise OutputError(f"cannot write in {folder}: {err.strerror}") from err
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {target}: {err.strerror or err}") from err
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- folder outputs -----------------------------------------------------------------------


def prepare_dir(
    target: str | Path,
    *,
    plan: str | None = None,
    template: str | None = None,
    config: str | None = None,
) -> Path:
    """Check a folder output before the work, and restore the last good result that a run
    killed in the middle of its swap left aside. Returns the folder that will be replaced
    (a symlink's target)."""
    _note_inputs(plan, template, config)
    final = _folder_target(target)
    parent = final.parent if str(final.parent) else Path(".")
    if parent.is_dir():
        with _locked(parent, final, str(target)) as locked:
            if locked:
                _recover(parent, final.name)
    return final


@contextlib.contextmanager
def staged_dir(target: str | Path) -> Iterator[Path]:
    """Yield a fresh folder beside `target`; on success it replaces `target` whole.

    On any error the staging folder is removed and `target` is left as it was.
    """
    final = _folder_target(target)
    parent = final.parent if str(final.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"the folder {parent} does not exist")
    with _locked(parent, final, str(target)) as locked:
        if locked:
            _recover(parent, final.name)
        final = _folder_target(target)  # again: the recovery may have put it back
        try:
            stage = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".new", dir=parent))
        except OSError as err:
            raise OutputError(f"cannot write in {parent}: {err.strerror}") from err
        _stages.append(str(stage))
        try:
            os.chmod(stage, 0o755)
            (stage / MARKER).write_text(MARKER_TEXT, "utf-8")
            _fault("in-stage")
            yield stage
            _refuse_inputs_inside(final, str(target))  # a template read meanwhile
            _swap(stage, final)
        except OSError as err:
            shutil.rmtree(stage, ignore_errors=True)
            raise OutputError(f"cannot write {target}: {err.strerror or err}") from err
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
        finally:
            _stages.remove(str(stage))


def _folder_target(target: str | Path) -> Path:
    given = Path(target)
    # a symlink is kept and the folder it points to replaced, as for files
    final = Path(os.path.realpath(given)) if os.path.islink(given) else given
    try:
        st: os.stat_result | None = os.stat(final)
    except FileNotFoundError:
        st = None
    except NotADirectoryError as err:
        raise OutputError(f"cannot write {target}: a part of the path is not a folder") from err
    except OSError as err:
        raise OutputError(f"cannot write {target}: {err.strerror or err}") from err
    if st is None:
        return final
    if not stat.S_ISDIR(st.st_mode):
        what = "a file" if stat.S_ISREG(st.st_mode) else _kind(st.st_mode)
        raise OutputError(f"{target} is {what}, not a folder; give a folder name")
    resolved = final.resolve()
    here = Path.cwd().resolve()
    if resolved == here or resolved in here.parents:
        raise OutputError(f"{target} is this folder or holds it; give a folder of its own")
    if os.path.ismount(final):
        raise OutputError(
            f"{target} is a mount point, which cannot be replaced as a whole; "
            f"give a folder inside it, like {Path(target) / 'build'}"
        )
    _refuse_inputs_inside(final, str(target), walk=False)
    if any(final.iterdir()) and not (final / MARKER).is_file():
        raise OutputError(
            f"{target} already holds files that plancheck did not write; it would be "
            "replaced as a whole, so give another (new or empty) folder"
        )
    _refuse_inputs_inside(final, str(target))  # hard links too, in plancheck's own folder
    return final


def _refuse_inputs_inside(final: Path, shown: str, *, walk: bool = True) -> None:
    from plancheck import outputs

    if not final.is_dir():
        return
    hit = outputs.inputs_inside(final, walk=walk)
    if hit is not None:
        raise OutputError(
            f"{shown} would be replaced as a whole, and it holds {hit.role} ({hit.shown}) "
            "this run reads; give another output folder"
        )


def _inside(path: str, folder: str) -> bool:
    return os.path.commonpath([os.path.abspath(path), os.path.abspath(folder)]) == (
        os.path.abspath(folder)
    )


@contextlib.contextmanager
def _locked(parent: Path, final: Path, shown: str) -> Iterator[bool]:
    """Hold `.NAME.plancheck.lock` in the parent folder (flock, not waiting); yields False
    where the file system has no locks (then strays are left alone)."""
    path = parent / f".{final.name}.plancheck.lock"
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield False
        return
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as err:
            raise OutputError(f"cannot write in {parent}: {err.strerror}") from err
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            os.close(fd)
            raise OutputError(
                f"another plancheck run is writing {shown}; wait for it or use another "
                "output folder"
            ) from err
        except OSError:  # no locks here (some network file systems)
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(path)
            yield False
            return
        try:  # the file may have been removed by the run that held it: lock the new one
            here, now = os.fstat(fd), os.stat(path)
            same = (here.st_dev, here.st_ino) == (now.st_dev, now.st_ino)
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        _fault("locked")
        yield True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)  # while still holding it
        os.close(fd)


def _strays(parent: Path, name: str) -> list[tuple[Path, str]]:
    """Folders an earlier run left beside NAME: `.NAME.xxxxxxxx.new` (a stage) and
    `.NAME.xxxxxxxx.old` (a result moved aside), named as mkdtemp names them here."""
    pattern = re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.(new|old)")
    found = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(parent):
            match = pattern.fullmatch(entry.name)
            if match and entry.is_dir(follow_symlinks=False):
                found.append((Path(entry.path), match.group(1)))
    return found


def _recover(parent: Path, name: str) -> None:
    """Under the lock: put back a result a killed run left aside, and remove its strays.
    Only folders with plancheck's names that hold the marker (or are empty) are touched."""
    final = parent / name
    marked = []
    for path, kind in _strays(parent, name):
        if os.path.isfile(path / MARKER) and not os.path.islink(path / MARKER):
            marked.append((path, kind))
        else:
            with contextlib.suppress(OSError):
                os.rmdir(path)  # only if empty: made, then the run died
    if not os.path.lexists(final):
        aside = [path for path, kind in marked if kind == "old"]
        if aside:
            last = max(aside, key=lambda p: p.stat().st_ctime_ns)
            try:
                os.rename(last, final)
            except OSError as err:
                raise OutputError(
                    f"{final} is missing and its last good result, in {last}, cannot be "
                    f"put back: {err.strerror}"
                ) from err
            print(
                f"plancheck: restored {final} from an interrupted earlier run",
                file=sys.stderr,
                flush=True,
            )
            marked = [(path, kind) for path, kind in marked if path != last]
    for path, _ in marked:
        shutil.rmtree(path, ignore_errors=True)


def _swap(stage: Path, final: Path) -> None:
    """Put `stage` in the place of `final`: one atomic exchange where the kernel offers
    it, else two renames. Ctrl-C, SIGTERM and SIGHUP wait until the swap is done."""
    from plancheck import outputs

    if not os.path.lexists(final):
        os.rename(stage, final)
        outputs.record_written(final)
        return
    with _signals_held():
        if _exchange(stage, final):
            outputs.record_written(final)
            _fault("after-swap-step-1")
            old = stage  # it now holds the previous result
        else:
            # a fresh name, as mkdtemp makes them (renaming over an empty folder costs more)
            old = stage.parent / f".{final.name}.{secrets.token_hex(4)}.old"
            os.rename(final, old)  # step 1: the last good result aside
            try:
                _fault("after-swap-step-1")
                os.replace(stage, final)  # step 2
            except BaseException:
                try:
                    os.replace(old, final)  # put the last good result back
                except OSError:
                    outputs.record_stranded(final, old)
                raise
            outputs.record_written(final)
    shutil.rmtree(old, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_Renameat2 = Callable[[int, bytes, int, bytes, int], int]


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 with RENAME_EXCHANGE); False where
    the kernel, the C library or the file system does not offer it."""
    renameat2 = None if _fault_set("no-exchange") else _find_renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    import ctypes

    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), os.fspath(b))


@functools.cache
def _find_renameat2() -> _Renameat2 | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError, ImportError):  # glibc before 2.28, no ctypes
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Block SIGINT, SIGTERM and SIGHUP (in this thread) so the swap is never left half done by
    them; they are delivered when it is done. Only SIGKILL or a power cut remain, for which
    the next run recovers (_recover)."""
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    try:
        before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, OSError, ValueError):  # pragma: no cover - not on POSIX
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


# -- testing hooks ------------------------------------------------------------------------


def _fault_actions(point: str) -> list[str]:
    value = os.environ.get(FAULT, "")
    actions = []
    for item in value.split(","):
        name, _, action = item.strip().partition(":")
        if name == point:
            actions.append(action or "kill")
    return actions


def _fault_set(point: str) -> bool:
    return bool(_fault_actions(point))


def _fault(point: str) -> None:
    """Testing hook, documented in docs/limits.md: PLANCHECK_FAULT=POINT[:ACTION],... makes
    the run fail at POINT (in-stage, locked, after-swap-step-1). ACTION is kill (SIGKILL,
    the default), interrupt (a KeyboardInterrupt, as Ctrl-C raises), or sleep=SECONDS."""
    for action in _fault_actions(point):
        if action == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        elif action == "interrupt":
            raise KeyboardInterrupt
        elif action.startswith("sleep="):
            time.sleep(float(action.removeprefix("sleep=")))
