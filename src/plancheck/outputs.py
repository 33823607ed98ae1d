"""What a run reads and what it has written, so that no output replaces an input and an
interrupted run says truthfully what it left behind.

Every input is noted where it is read (the plan in plancheck.loader, the configuration in
plancheck.config, the template by the commands that take one); plancheck.atomic refuses an
output that is one of them, or a folder to be replaced that holds one. Paths are compared
resolved (symlinks, `./plan.yaml`) and by (st_dev, st_ino), which also catches hard links.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys

from plancheck.record import Record, record


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised like a Ctrl-C so that half-written outputs are cleaned up the
    same way (plancheck._entry installs the handler); exit code 128 + the signal's number."""

    def __init__(self, signum: int | None = None) -> None:
        if signum is None:  # `signal` is imported only once a run is stopped
            import signal

            signum = signal.SIGTERM
        super().__init__(signum)
        self.signum = signum


@record
class Input(Record):
    """A file this run reads, which no output of the run may replace."""

    role: str  # "the plan", "the configuration file", "the template"
    shown: str  # as the user named it
    real: str  # resolved: symlinks and `..` followed
    identity: tuple[int, int] | None  # (st_dev, st_ino) when it exists

    def still_there(self) -> bool:
        """Still the file that was read (a noted input deleted since cannot be replaced)."""
        if self.identity is None:
            return False
        try:
            st = os.stat(self.real)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == self.identity


class _Run:
    """What the current run reads and has written so far."""

    def __init__(self, inputs: list[Input], written: list[str]) -> None:
        self.inputs = inputs
        self.written = written  # outputs completed in this run
        self.partial: str | None = None  # a device or pipe being written straight into
        # (output, where its last good result waits)
        self.stranded: tuple[str, str] | None = None


_run = _Run([], [])


def new_run() -> None:
    """Forget the inputs and outputs of an earlier run in this process (tests call
    plancheck.cli.main many times)."""
    global _run
    _run = _Run([], [])


def note_input(path: str | os.PathLike[str], role: str) -> None:
    """Protect `path` from this run's outputs. A character device (/dev/stdin on a
    terminal) is never replaced by a write, so it is not noted."""
    shown = os.fspath(path)
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return  # nothing there yet: nothing to lose
    if stat.S_ISCHR(st.st_mode):
        return
    entry = Input(role, shown, os.path.realpath(path), (st.st_dev, st.st_ino))
    if entry not in _run.inputs:
        _run.inputs.append(entry)


def inputs() -> tuple[Input, ...]:
    return tuple(entry for entry in _run.inputs if entry.still_there())


def input_at(real: str, st: os.stat_result | None) -> Input | None:
    """The input that the output at the resolved path `real` (with `st`, following links,
    when it exists) would replace."""
    for entry in inputs():
        if entry.real == real:
            return entry
        if st is not None and (st.st_dev, st.st_ino) == entry.identity:
            return entry
    return None


def inputs_inside(folder: str | os.PathLike[str], *, walk: bool = True) -> Input | None:
    """An input that lies inside `folder` (resolved), under its own name or (`walk`) as a
    hard link to it; walked only once the folder is known to be plancheck's own output, so
    walking it is cheap."""
    noted = inputs()
    if not noted:
        return None
    root = os.path.realpath(folder)
    for entry in noted:
        if os.path.commonpath([root, entry.real]) == root:
            return entry
    if not walk:
        return None
    wanted = {entry.identity: entry for entry in noted}
    for here, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            with contextlib.suppress(OSError):
                st = os.lstat(os.path.join(here, name))
                found = wanted.get((st.st_dev, st.st_ino))
                if found is not None:
                    return found
    return None


def record_written(path: str | os.PathLike[str]) -> None:
    _run.written.append(os.fspath(path))
    _run.partial = None


def record_partial(path: str | None) -> None:
    """A device or pipe is being written straight into (None: done)."""
    _run.partial = path


def record_stranded(output: str | os.PathLike[str], aside: str | os.PathLike[str]) -> None:
    _run.stranded = (os.fspath(output), os.fspath(aside))


def state() -> str:
    """What an interrupted or failed run leaves behind, truthfully."""
    if _run.stranded is not None:
        output, aside = _run.stranded
        return (
            f"{output} could not be put back: its last good result is in {aside}, and the "
            "next run restores it"
        )
    said = []
    if _run.written:
        said.append("it wrote " + ", ".join(dict.fromkeys(_run.written)))
    if _run.partial is not None:
        said.append(f"{_run.partial} may hold part of the output")
    if not said:
        return "earlier outputs are left as they were"
    return "; ".join(said) + "; nothing else was changed"


def interrupted(stop: BaseException) -> int:
    """One line for a Ctrl-C (exit 130), a SIGTERM (exit 143) or a SIGHUP (exit 129)."""
    import signal

    signum = stop.signum if isinstance(stop, Terminated) else signal.SIGINT
    word = "interrupted" if signum == signal.SIGINT else "terminated"
    with contextlib.suppress(OSError, ValueError):
        print(f"plancheck: {word}; {state()}", file=sys.stderr, flush=True)
    return 128 + signum
