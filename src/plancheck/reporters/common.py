"""What the machine-readable reporters share: a finding's path as a report shows it, the
fingerprints (GitLab, SARIF), the one-line message text and a rule's explanation."""

from __future__ import annotations

import hashlib
import os
import posixpath
from collections.abc import Iterable, Sequence
from pathlib import PurePath

from plancheck.catalogue import RuleInfo
from plancheck.engine import CheckResult
from plancheck.findings import Finding
from plancheck.i18n import N_, _

# the words that start a rule doc's examples and fix, in every language (the docs' own)
_EXAMPLES = (N_("Fails:"), N_("Warns:"), N_("Notes:"), N_("Fix:"))


def explanation(rule: RuleInfo) -> str:
    """The doc's explanation: the paragraphs after the summary, before the examples."""
    paragraphs = [p.strip() for p in rule.doc.split("\n\n") if p.strip()]
    if paragraphs and paragraphs[0] == rule.summary:
        paragraphs = paragraphs[1:]
    kept: list[str] = []
    for paragraph in paragraphs:
        if paragraph.startswith(_EXAMPLES) or paragraph.startswith(
            tuple(_(marker) for marker in _EXAMPLES)
        ):
            break
        kept.append(paragraph)
    return "\n\n".join(kept) or rule.summary


def report_path(file: str, base_dir: str = ".") -> str:
    """A finding's file as reports show it: relative to base_dir when inside it, with '/'.

    Paths outside base_dir stay as given (normalised), absolute ones absolute.
    """
    absolute = os.path.abspath(file)
    base = os.path.abspath(base_dir)
    try:
        inside = os.path.commonpath([absolute, base]) == base
    except ValueError:  # different drives on Windows
        inside = False
    if inside:
        return PurePath(os.path.relpath(absolute, base)).as_posix()
    if PurePath(file).is_absolute():
        return PurePath(absolute).as_posix()
    return posixpath.normpath(PurePath(file).as_posix())


def fingerprints(findings: Sequence[Finding], base_dir: str = ".") -> list[str]:
    """One fingerprint per finding, in order: sha256 of rule, path, subject and message.

    The line is left out on purpose, so that moving text does not change a fingerprint.
    Findings that would share one (same rule, path, subject and message) are told apart by
    their order: the second gets the hash of the same text with "#2" appended, and so on.
    """
    out: list[str] = []
    used: set[str] = set()
    for finding in findings:
        key = "\x1f".join(
            (finding.rule, report_path(finding.file, base_dir), finding.subject, finding.message)
        )
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
        ordinal = 1
        while digest in used:
            ordinal += 1
            digest = hashlib.sha256(
                f"{key}\x1f#{ordinal}".encode("utf-8", "surrogatepass")
            ).hexdigest()
        used.add(digest)
        out.append(digest)
    return out


def message_text(finding: Finding) -> str:
    """The message with its hint, as the one-line reports show it."""
    if finding.hint:
        return _("{message} (how to fix: {hint})").format(
            message=finding.message, hint=finding.hint
        )
    return finding.message


def all_findings(results: Iterable[CheckResult]) -> list[Finding]:
    return [finding for result in results for finding in result.findings]
