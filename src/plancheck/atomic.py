"""Write outputs so that a failed run leaves the last good result.

Files are written to a temporary file in the same folder and renamed into place (rename is
atomic on one file system); folders are built beside the target and swapped in at the end.

A folder plancheck writes carries a marker file, and only a folder that is empty or carries
the marker is ever replaced: `--out docs` must not delete somebody's documents.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from plancheck.errors import OutputError as OutputError  # raised here; also importable from here

MARKER = ".plancheck-output"
MARKER_TEXT = "This folder is written by plancheck and replaced as a whole on each run.\n"


def write_bytes(path: str | Path, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(f"{target} is a folder; give a file name")
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist")
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


def write_text(path: str | Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def staged_dir(target: str | Path) -> Iterator[Path]:
    """Yield a fresh folder beside `target`; on success it replaces `target` whole.

    On any error the staging folder is removed and `target` is left as it was.
    """
    final = Path(target)
    if final.exists() and not final.is_dir():
        raise OutputError(f"{final} is a file, not a folder; give a folder name")
    if final.is_dir():
        resolved = final.resolve()
        if resolved == Path.cwd().resolve() or resolved in Path.cwd().resolve().parents:
            raise OutputError(f"{final} is this folder or holds it; give a folder of its own")
        if any(final.iterdir()) and not (final / MARKER).is_file():
            raise OutputError(
                f"{final} already holds files that plancheck did not write; it would be "
                "replaced as a whole, so give another (new or empty) folder"
            )
    parent = final.parent if str(final.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"the folder {parent} does not exist")
    try:
        stage = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".new", dir=parent))
    except OSError as err:
        raise OutputError(f"cannot write in {parent}: {err.strerror}") from err
    try:
        os.chmod(stage, 0o755)
        (stage / MARKER).write_text(MARKER_TEXT, "utf-8")
        yield stage
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".old", dir=parent))
            os.replace(final, old / final.name)
            try:
                os.replace(stage, final)
            except OSError:
                os.replace(old / final.name, final)  # put the last good result back
                shutil.rmtree(old, ignore_errors=True)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(stage, final)
    except OSError as err:
        shutil.rmtree(stage, ignore_errors=True)
        raise OutputError(f"cannot write {final}: {err.strerror or err}") from err
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
