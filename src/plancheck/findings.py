"""Findings: what every stage reports, and the Verdict: the one place that decides the exit
code and whether a report says passed or FAILED."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

from plancheck.record import Record, field, record

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Literal, Protocol

    ChangeOp = Literal["set", "delete", "add", "remove"]

    class Checked(Protocol):
        """What a verdict is taken from: one file's findings, and whether it could be read
        (plancheck.engine.CheckResult)."""

        @property
        def findings(self) -> Sequence[Finding]: ...

        @property
        def unreadable(self) -> bool: ...


class Severity(enum.Enum):
    """How serious a finding is. The words are SARIF's."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@record
class Span(Record):
    """A place in a file: 1-based line and column, with the end where known. Ordered as a
    dataclass with `order=True` is (by its fields in turn), without compiling four more
    methods at start-up."""

    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None

    def __init__(
        self, line: int, column: int, end_line: int | None = None, end_column: int | None = None
    ) -> None:  # by hand: the loader makes one for every node of the plan
        self.__dict__.update(line=line, column=column, end_line=end_line, end_column=end_column)

    def _key(self) -> tuple[int, int, int | None, int | None]:
        return (self.line, self.column, self.end_line, self.end_column)

    def __lt__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() >= other._key()


@record
class Change(Record):
    """One change a hint suggests, in a form a program (an editor, a test) can apply to the
    plan's data: `set` the value at `path` (a key that may be new), `delete` the key or list
    item at `path`, `add` `value` to the list at `path`, `remove` `value` from it. `place`
    says where in the advisor's words ("milestone 8-toegang", "planning row 8")."""

    op: ChangeOp
    path: tuple[str | int, ...]
    value: str | None = None
    place: str = ""

    def describe(self) -> str:
        """The change in words, as a hint names it (in the language in force)."""
        from plancheck.i18n import _

        key = self.path[-1] if self.path else ""
        if self.op == "set":
            return _('set {key}: "{value}" ({place})').format(
                key=key, value=self.value, place=self.place
            )
        if self.op == "delete":
            return _("remove {place}").format(place=self.place)
        if self.op == "add":
            return _('add "{value}" to {place} `{key}`').format(
                value=self.value, place=self.place, key=key
            )
        return _('remove "{value}" from {place} `{key}`').format(
            value=self.value, place=self.place, key=key
        )


@record
class Finding(Record):
    """One problem found in a plan. Reporters see only these."""

    rule: str
    severity: Severity
    message: str
    file: str
    span: Span | None = None
    hint: str | None = None
    subject: str = ""
    suppressed_reason: str | None = field(default=None, compare=False)
    # no export may override it, not even with --force (set by the rule: Problem.blocks_export)
    blocks_export: bool = False
    # the facts an acknowledgement must name to accept it (set by the rule: Problem.facts)
    facts: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # the changes that resolve it, checked by the engine to pass the gate together
    # (plancheck.fixes); empty where no change can be known for sure
    fix: tuple[Change, ...] = field(default=(), compare=False)

    @property
    def suppressed(self) -> bool:
        return self.suppressed_reason is not None

    def location(self) -> str:
        if self.span is None:
            return self.file
        return f"{self.file}:{self.span.line}:{self.span.column}"


# Exit codes, decided in one place: the Verdict below (flake8's exit_code()).
EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2


def failing_severities(strict: bool = False) -> frozenset[Severity]:
    """The severities that fail the gate: errors, and with `strict` warnings too (never notes)."""
    return frozenset({Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR})


def fails_gate(finding: Finding, *, strict: bool = False) -> bool:
    """Whether one finding fails the gate: an active (not acknowledged) one of a failing
    severity."""
    return not finding.suppressed and finding.severity in failing_severities(strict)


@record
class Verdict(Record):
    """The gate's verdict on one file or on a whole run, and the one place that decides it:
    the exit code, the word a report says (passed / FAILED) and the counts it gives.

    0 clean (warnings allowed), 1 any active error (or active warning with `strict`),
    2 a file that could not be read. Acknowledged findings never count against the gate.
    The verdict on several files is their sum (`Verdict.of_results`, or `+`).
    """

    strict: bool = False
    errors: int = 0  # active ones, as the rest
    warnings: int = 0
    notes: int = 0
    acknowledged: int = 0
    unreadable: int = 0  # files that could not be read

    @classmethod
    def of(
        cls, findings: Iterable[Finding], *, strict: bool = False, unreadable: bool = False
    ) -> Verdict:
        """The verdict on one file's findings."""
        findings = list(findings)
        active = [f for f in findings if not f.suppressed]
        return cls(
            strict=strict,
            errors=sum(f.severity is Severity.ERROR for f in active),
            warnings=sum(f.severity is Severity.WARNING for f in active),
            notes=sum(f.severity is Severity.NOTE for f in active),
            acknowledged=len(findings) - len(active),
            unreadable=int(unreadable),
        )

    @classmethod
    def of_result(cls, result: Checked, *, strict: bool = False) -> Verdict:
        """The verdict on one checked file."""
        return cls.of(result.findings, strict=strict, unreadable=result.unreadable)

    @classmethod
    def of_results(cls, results: Iterable[Checked], *, strict: bool = False) -> Verdict:
        """The verdict on a run: the sum of the files' verdicts (clean if there are none)."""
        total = cls(strict=strict)
        for result in results:
            total += cls.of_result(result, strict=strict)
        return total

    def __add__(self, other: Verdict) -> Verdict:
        if other.strict != self.strict:
            raise ValueError("verdicts taken with and without --strict do not add up")
        return Verdict(
            self.strict,
            self.errors + other.errors,
            self.warnings + other.warnings,
            self.notes + other.notes,
            self.acknowledged + other.acknowledged,
            self.unreadable + other.unreadable,
        )

    @property
    def failing(self) -> int:
        """The active findings that fail the gate (those `fails_gate` is true for)."""
        counts = {
            Severity.ERROR: self.errors,
            Severity.WARNING: self.warnings,
            Severity.NOTE: self.notes,
        }
        return sum(counts[severity] for severity in failing_severities(self.strict))

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        return EXIT_FINDINGS if self.failing else EXIT_CLEAN

    @property
    def passed(self) -> bool:
        return self.exit_code == EXIT_CLEAN

    @property
    def word(self) -> str:
        """What a report says: "passed" or "FAILED"."""
        return "passed" if self.passed else "FAILED"

    @property
    def failed_by_strict(self) -> bool:
        """Failed only because `strict` counts the warnings (no error, every file read)."""
        return not self.passed and not self.errors and not self.unreadable

    def fails(self, finding: Finding) -> bool:
        """Whether this finding counts against the gate under this verdict's strictness."""
        return fails_gate(finding, strict=self.strict)


def exit_code(
    findings: Iterable[Finding], *, strict: bool = False, unreadable: bool = False
) -> int:
    """0 clean (warnings allowed), 1 any active error (or warning with strict), 2 unreadable input."""
    return Verdict.of(findings, strict=strict, unreadable=unreadable).exit_code
