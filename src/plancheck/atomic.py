"""Write outputs so that a failed run leaves the last good result.

Files are written to a temporary file in the same folder and renamed into place (rename is
atomic on one file system); folders are built beside the target and swapped in at the end.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


class OutputError(Exception):
    """The output place cannot be used (a file where a folder should be, no permission)."""


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
    parent = final.parent if str(final.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"the folder {parent} does not exist")
    try:
        stage = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".new", dir=parent))
    except OSError as err:
        raise OutputError(f"cannot write in {parent}: {err.strerror}") from err
    try:
        os.chmod(stage, 0o755)
        yield stage
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".old", dir=parent))
            os.replace(final, old / final.name)
            os.replace(stage, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(stage, final)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
