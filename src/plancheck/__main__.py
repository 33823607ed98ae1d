"""`python -m plancheck`: the same entry point as the console script (plancheck._entry).

Its first instructions already make Ctrl-C and SIGTERM end the process in one line (exit
130 or 143), also while plancheck._entry itself is being imported; _entry then takes over.
"""

import _signal  # type: ignore[import-not-found]  # loaded by the interpreter: no import time
import os
from types import FrameType


def _exit_now(signum: int, frame: FrameType | None) -> None:
    os.write(2, b"plancheck: terminated\n" if signum == 15 else b"plancheck: interrupted\n")
    os._exit(128 + signum)


for _signum in (_signal.SIGINT, _signal.SIGTERM):
    if _signal.getsignal(_signum) != _signal.SIG_IGN:
        _signal.signal(_signum, _exit_now)

from plancheck._entry import main  # noqa: E402

raise SystemExit(main())
