"""What a rule is and what it reports: `Rule` and `Problem`, shared by the rule modules
(plancheck.rules.*), their registry (plancheck.rules) and the engine, in a module of their
own so that the registry and the rule modules do not import each other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from functools import cached_property

from plancheck.findings import Change, Severity
from plancheck.loader import PathKey
from plancheck.model import Plan
from plancheck.record import Record, field, record


@record
class Problem(Record):
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
    # The changes `hint` describes, for a program to apply. The engine applies them to a copy
    # of the plan and runs the rules again (plancheck.fixes): where that needs more changes
    # (the grid X of a moved deadline) they are added and named in the hint; where the gate
    # still fails, the fix is dropped and `fallback` replaces the hint.
    # The offending piece of a text as written in it ("[^amhk]", "maatregel 9"): the finding
    # points at its line and column inside the value (a `|` block) rather than at the value.
    excerpt: str | None = None
    fix: tuple[Change, ...] = ()
    fallback: str | None = None


@record
class Base(Record):
    """What `plancheck check --base REV` compares the plan with: the plan as committed in
    REV (`revision` as the user named it: 'HEAD', 'origin/main', a commit)."""

    plan: Plan
    revision: str


PlanCheck = Callable[[Plan], Iterator[Problem]]
ChangeCheck = Callable[[Plan, Base], Iterator[Problem]]
DatedCheck = Callable[[Plan, dt.date], Iterator[Problem]]


@record
class Rule(Record):
    """A rule of the gate: its id, default severity, summary, documentation and check.

    `docstring` is the rule module's docstring as written; `doc` is it cleaned as
    `inspect.cleandoc` cleans a docstring, made when first read (a check reads no rule's
    documentation, and `inspect` is a large import)."""

    id: str
    severity: Severity
    summary: str
    docstring: str = field(repr=False)
    # a PlanCheck, a ChangeCheck (needs_base) or a DatedCheck (needs_as_of)
    check: Callable[..., Iterator[Problem]]
    needs_base: bool = False  # a rule about the change since a base revision
    needs_as_of: bool = False  # a rule about the plan on a date (`check --as-of DATE`)

    @cached_property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.docstring)

    def run(
        self, plan: Plan, base: Base | None = None, as_of: dt.date | None = None
    ) -> Iterator[Problem]:
        """The rule's problems; a rule that needs a base or a date finds none without."""
        if self.needs_as_of:
            return iter(()) if as_of is None else self.check(plan, as_of)
        if not self.needs_base:
            return self.check(plan)
        if base is None:
            return iter(())
        return self.check(plan, base)
