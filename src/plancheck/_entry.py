"""The process entry point: the `plancheck` console script and `python -m plancheck`.

Kept small and first to run, so that Ctrl-C, SIGTERM or SIGHUP (the terminal or the SSH
session closed) at any moment ends the run in one line and with exit code 130, 143 or 129,
never a traceback. While plancheck.cli and its
libraries are imported nothing has been written, so a signal ends the process at once.
During the run it raises KeyboardInterrupt (plancheck.outputs.Terminated for SIGTERM and
SIGHUP), so
that half-written outputs are cleaned up and plancheck.cli says what was left; a second
signal, and any signal after the run, ends the process at once.

The handlers are installed through `_signal`, the interpreter's own module, loaded before
any Python code runs: `signal` would first import enum, which takes a millisecond in which a
Ctrl-C would still print a traceback. What remains before the first instruction here is the
interpreter's own start-up (docs/limits.md, "Interrupts").

`plancheck.cli.main` stays the function to call in-process: it installs no handlers.
"""

import _signal  # type: ignore[import-not-found]
import os  # os and sys are loaded before any code runs: importing them reads no file
import sys

# Nothing else is imported before main() installs the handlers (a module read from disk
# here would widen the window in which a Ctrl-C prints a traceback): the names of the
# annotations are for mypy only.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from types import FrameType

_SIGINT: int = _signal.SIGINT
_SIGTERM: int = _signal.SIGTERM
_SIGHUP: int = _signal.SIGHUP


def _exit_now(signum: int, frame: "FrameType | None") -> None:
    word = b"terminated" if signum in (_SIGTERM, _SIGHUP) else b"interrupted"
    try:
        os.write(2, b"plancheck: " + word + b"\n")
    finally:
        os._exit(128 + signum)


def _install(handler: "Callable[[int, FrameType | None], None]") -> None:
    for signum in (_SIGINT, _SIGTERM, _SIGHUP):
        # a signal the parent set to be ignored (nohup, a background job) stays ignored
        if _signal.getsignal(signum) != _signal.SIG_IGN:
            _signal.signal(signum, handler)


# The first thing the process does once this module runs (it is imported only as the
# process's entry point, as plancheck/__main__.py is): from here on a signal ends it in
# one line. main() then raises it as KeyboardInterrupt instead, for a clean-up.
_install(_exit_now)


def _raise(signum: int, frame: "FrameType | None") -> None:
    _install(_exit_now)  # a second signal while cleaning up ends the run at once
    if signum in (_SIGTERM, _SIGHUP):
        from plancheck.outputs import Terminated

        raise Terminated(signum)
    raise KeyboardInterrupt


def _unraisable(unraisable: "sys.UnraisableHookArgs") -> None:
    """A KeyboardInterrupt raised where Python cannot raise it (a weakref callback, a
    __del__: the import system has some) is printed and dropped by Python; raise it again
    where it can end the run."""
    stop = unraisable.exc_value
    if isinstance(stop, KeyboardInterrupt):
        # not from here (a signal sent now would be handled inside this hook too): in a
        # millisecond, by SIGALRM, wherever the run is then
        _again.append(getattr(stop, "signum", _SIGINT))
        _signal.signal(_signal.SIGALRM, _raise_again)
        _signal.setitimer(_signal.ITIMER_REAL, 0.001)
        return
    sys.__unraisablehook__(unraisable)


_again: list[int] = []  # the signal whose KeyboardInterrupt Python dropped


def _raise_again(signum: int, frame: "FrameType | None") -> None:
    if sys.exc_info()[0] is not None:  # inside an except clause: a moment later
        _signal.setitimer(_signal.ITIMER_REAL, 0.001)
        return
    _signal.signal(_signal.SIGALRM, _signal.SIG_DFL)
    _raise(_again.pop() if _again else _SIGINT, frame)


def main(argv: "Sequence[str] | None" = None) -> int:
    _install(_exit_now)
    from plancheck.cli import main as run
    from plancheck.outputs import interrupted

    try:
        _install(_raise)
        sys.unraisablehook = _unraisable
        code = _flushed(run(argv))
    except KeyboardInterrupt as stop:  # outside plancheck.cli's own handler (parsing)
        code = interrupted(stop)
    finally:
        _install(_exit_now)
        sys.unraisablehook = sys.__unraisablehook__
        _signal.setitimer(_signal.ITIMER_REAL, 0)
    if _again and code not in (129, 130, 143):  # dropped by Python at the very end of the run
        code = 128 + _again[0]
        os.write(2, b"plancheck: interrupted\n" if code == 130 else b"plancheck: terminated\n")
    return code


def _flushed(code: int) -> int:
    """Write out what is buffered while a signal still raises (plancheck.cli handles errors
    of writes during the run; this is the last one)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away: the verdict stands
        _silence_stdout()
    except OSError as err:
        _silence_stdout()
        print(f"plancheck: error: cannot write the output: {err.strerror or err}", file=sys.stderr)
        code = 2
    return code


def _silence_stdout() -> None:
    import contextlib

    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
