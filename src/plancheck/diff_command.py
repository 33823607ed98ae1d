"""`plancheck diff` and the base of `plancheck check --base REV`: reading both sides.

    plancheck diff OLD NEW                 two plan files
    plancheck diff --base REV [PLAN]       PLAN as committed in git revision REV, against
                                           the file as it is now (default PLAN: plan.yaml)

Each side is read through the one pipeline (loader, schema, model); a side that is not a
valid plan ends the run with its located findings and exit 2, as does a git failure (no
git, not a repository, no such revision: one line). Exit 0 when the plans do not differ,
1 when they do (like diff(1)). The output is text, Markdown or JSON (plancheck.diff_render).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plancheck import validation
from plancheck.findings import EXIT_CLEAN, EXIT_FINDINGS, Finding
from plancheck.gitrev import GitError, NotInRevision, show
from plancheck.loader import Document, LoadResult, load_bytes, load_file
from plancheck.model import Plan, build_plan
from plancheck.rules import Base


class SideError(Exception):
    """A side of a comparison that cannot be read: the message (with the located findings
    of the file, one block each) is shown as it is, and the run exits 2."""


@dataclass(frozen=True)
class Side:
    """One version of a plan: how messages name it, its model and its source positions."""

    name: str
    plan: Plan
    document: Document


def _side(loaded: LoadResult, name: str, what: str) -> Side:
    # what: how the message names the side ('the plan old.yaml')
    """The model of a loaded file, or SideError with its located findings."""
    from plancheck.reporters.text import format_finding

    findings: list[Finding] = list(loaded.findings)
    document = loaded.document
    if document is not None and not findings:
        findings = validation.validate(document)
    if document is None or findings:
        lines = document.lines if document is not None else ()
        blocks = ["\n".join(format_finding(f, lines)) for f in findings]
        raise SideError("\n".join([f"{what} is not a valid plan:", *blocks]))
    return Side(name, build_plan(document.data, document.path), document)


def read_file(path: str | Path) -> Side:
    """A plan file as it is now."""
    return _side(load_file(path), str(path), f"the plan {path}")


def read_committed(revision: str, path: str | Path) -> Side:
    """The plan at `path` as committed in git `revision` (GitError when git cannot give it)."""
    committed = show(revision, path)
    loaded = load_bytes(committed.data, committed.name)
    return _side(loaded, committed.name, f"{committed.name} (the plan as committed in {revision})")


def base_for(revision: str | None, path: str | Path) -> Base | None:
    """What `check --base REV` compares PLAN with, or None: no --base, no such file (the
    check reports that), or a plan that REV does not hold yet (a note says so)."""
    if revision is None or not Path(path).is_file():
        return None
    try:
        side = read_committed(revision, path)
    except NotInRevision as err:
        print(f"plancheck: note: {err}; nothing to compare it with", file=sys.stderr)
        return None
    return Base(side.plan, revision)


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    diff = sub.add_parser(
        "diff",
        help="what changed in the plan: milestones moved, texts, names, grid, revisions",
        description="Compare two versions of a plan in its own terms. Exit 0: no difference, "
        "1: differences, 2: a side cannot be read.",
    )
    diff.add_argument(
        "plans",
        nargs="*",
        metavar="PLAN",
        help="OLD NEW (two files), or with --base one PLAN (default: plan.yaml)",
    )
    diff.add_argument(
        "--base",
        metavar="REV",
        help="compare PLAN with the plan as committed in git revision REV (HEAD, main, a commit)",
    )
    diff.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="text for the terminal, markdown for a merge-request comment, json",
    )
    diff.add_argument(
        "--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout"
    )


class UsageProblem(SideError):
    """Bad arguments to `plancheck diff` (exit 2, one line)."""


def sides(args: argparse.Namespace) -> tuple[Side, Side]:
    plans: list[str] = args.plans
    if args.base is not None:
        if len(plans) > 1:
            raise UsageProblem("plancheck diff --base REV takes one PLAN (default plan.yaml)")
        path = plans[0] if plans else "plan.yaml"
        new = read_file(path)
        return read_committed(args.base, path), new
    if len(plans) != 2:
        raise UsageProblem("plancheck diff takes OLD and NEW, or --base REV [PLAN]")
    return read_file(plans[0]), read_file(plans[1])


def run(args: argparse.Namespace) -> int:
    from plancheck.atomic import write_text
    from plancheck.diff import diff_plans  # only here: `check` without --base never needs it
    from plancheck.diff_render import render

    old, new = sides(args)

    diff = diff_plans(old.plan, new.plan, old.name, new.name)
    report = render(diff, args.format, new.document, old.document)
    if args.output:
        write_text(args.output, report)
    else:
        sys.stdout.write(report)
    return EXIT_FINDINGS if diff else EXIT_CLEAN


# the failures that end a comparison with exit 2 (the CLI shows their message as it is)
COMPARE_ERRORS = (SideError, GitError)
