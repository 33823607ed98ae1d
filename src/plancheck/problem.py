"""What a rule is and what it reports: `Rule` and `Problem`, shared by the rule modules
(plancheck.rules.*), their registry (plancheck.rules) and the engine, in a module of their
own so that the registry and the rule modules do not import each other."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from plancheck.findings import Severity
from plancheck.loader import PathKey
from plancheck.model import Plan


@dataclass(frozen=True)
class Problem:
    """What a rule found: the data path it concerns, a message, the subject it is about
    (what an acknowledgement names) and, where there is one, a hint how to fix it.

    `blocks_export` marks a problem no export may ever override, not even with `--force`
    (text a Word file cannot carry; a planning period the exports cannot draw). The engine
    carries it onto the finding, and the exporting commands refuse on it.
    """

    path: PathKey
    message: str
    subject: str
    hint: str | None = None
    key: bool = False  # point at the key of `path` rather than its value
    blocks_export: bool = False
    # What the inconsistency consists of (a milestone's due date, a row's marks), as
    # (name, value) pairs: an acknowledgement accepts these facts, not just the subject, so
    # a changed inconsistency is a new finding (plancheck.acknowledgements).
    facts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    doc: str
    check: Callable[[Plan], Iterator[Problem]]
