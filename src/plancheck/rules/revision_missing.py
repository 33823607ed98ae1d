"""Every change since the base revision is recorded in a new revision.

Runs only with `plancheck check --base REV` (the merge-request gate, the pre-commit hook),
which compares the plan with the plan as committed in REV. Every milestone whose date
(`due`, `start`), wording or text changed since then, or that was added, must be named in
`changes:` of a revision newer than REV's newest revision; a milestone taken out of the plan
is named in that revision's `removed:`. The calendar feeds take the event's SEQUENCE and
LAST-MODIFIED from those revisions, so subscribers' calendars move the event instead of
keeping the old date, and the inspectorates receive a version that says what changed. Any
other change to the published plan (a measure's text, a footnote, a title, a name, the
planning grid) needs a new revision too. Set `document.version_date` to the new revision's
date (the revision-log rule checks it).

Fails:

    # in REV:      due: "2026-06-30"  and  wording: Voor 01-07-2026
    - id: 2-report
      wording: Voor 01-10-2026
      due: "2026-09-30"            # moved; no revision after REV names 2-report

Fix: add a revision that names the milestone, and set `version_date` to its date:

    revisions:
      - version: "1"
        date: "2026-01-15"
        reason: As published.
      - version: "2"
        date: "2026-05-12"
        reason: Report due later, as agreed with the inspectorates.
        changes: [2-report]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan, Revision
from plancheck.problem import Base, Problem

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:  # plancheck.diff is imported only when a base is given (--base)
    from plancheck.diff import Change

ID = "revision-missing"
SEVERITY = Severity.ERROR
NEEDS_BASE = True

_DAY_FIRST = re.compile(r"\d{2}-\d{2}-\d{4}")
_NUMBER = re.compile(r"(.*?)(\d+)")


def check(plan: Plan, base: Base) -> Iterator[Problem]:
    from plancheck.diff import diff_plans

    diff = diff_plans(base.plan, plan)
    if not diff:
        return
    newest = max(base.plan.revisions, key=lambda r: r.date)
    known = {r.version for r in base.plan.revisions}
    fresh = [r for r in plan.revisions if r.version not in known and r.date >= newest.date]
    named = {ident for r in fresh for ident in (*r.changes, *r.removed)}
    since = _("since {revision}").format(revision=base.revision)
    unnamed = {
        ident: changes for ident, changes in diff.milestone_changes().items() if ident not in named
    }
    entry = _hint(plan, base, newest, fresh, unnamed)
    for ident, changes in unnamed.items():
        milestone = plan.milestone(ident)
        if milestone is None:  # removed: no place in the new file but the revision log
            yield Problem(
                ("revisions",),
                _(
                    "milestone {id} was removed {since}, but no revision after {revision}'s "
                    "newest ({version}) names it under `removed:`"
                ).format(id=ident, since=since, revision=base.revision, version=newest.version),
                ident,
                entry,
                key=True,
            )
            continue
        yield Problem(
            (*milestone.path, "due"),
            _(
                "milestone {id} {what}, but no revision after {revision}'s newest ({version}) "
                "names it"
            ).format(
                id=ident, what=_what(changes, since), revision=base.revision, version=newest.version
            ),
            ident,
            entry,
        )
    published = diff.published_changes()
    if published and not fresh and not unnamed:
        first = published[0]
        path = getattr(first, "path", None) or ("revisions",)
        places = [_place(c) for c in published[:3]]
        more = _(" and {count} more").format(count=len(published) - 3) if len(published) > 3 else ""
        yield Problem(
            path,
            _(
                "the published plan changed {since} ({places}{more}), but no revision after "
                "{revision}'s newest ({version}) records it"
            ).format(
                since=since,
                places="; ".join(places),
                more=more,
                revision=base.revision,
                version=newest.version,
            ),
            "published-text",
            entry,
        )


def _what(changes: Sequence[Change], since: str) -> str:
    from plancheck.diff import MilestoneAdded, MilestoneMoved, TextChanged, ValueChanged

    """'was added since REV', or 'changed since REV (due 2018-06-30 -> 2018-09-30, wording)'."""
    if any(isinstance(c, MilestoneAdded) for c in changes):
        return _("was added {since}").format(since=since)
    details: list[str] = []
    for change in changes:
        if isinstance(change, MilestoneMoved):
            none = _("none")
            details.append(f"{change.field} {change.old or none} -> {change.new or none}")
        elif isinstance(change, TextChanged | ValueChanged):
            details.append(change.field)
    return _("changed {since} ({details})").format(since=since, details=", ".join(details))


def _place(change: Change) -> str:
    from plancheck.diff import (
        ItemAdded,
        ItemRemoved,
        ItemRenamed,
        OwnerAppointed,
        TextChanged,
        ValueChanged,
    )

    """Where a published change is, in the plan's data terms ('measure 6 explanation')."""
    if isinstance(change, TextChanged | ValueChanged):
        where = f"{change.entity} {change.id}".strip()
        part = f" {change.part}" if isinstance(change, TextChanged) and change.part else ""
        return f"{where} {change.field}{part}"
    if isinstance(change, ItemAdded | ItemRemoved | ItemRenamed):
        word = {
            ItemAdded: _("{entity} {id} added"),
            ItemRemoved: _("{entity} {id} removed"),
            ItemRenamed: _("{entity} {id} renamed"),
        }[type(change)]
        return word.format(entity=change.entity, id=change.id)
    if isinstance(change, OwnerAppointed):
        return _("owner {owner} appointed").format(owner=change.owner)
    measure = getattr(change, "measure", "")
    return _("planning row {measure}").format(measure=measure).strip()


def _next_version(newest: Revision, date: dt.date) -> str:
    """The next version's name in the style of the newest: a date as '15-02-2021', a
    number one higher ('2', '1.3'), else the date."""
    if _DAY_FIRST.fullmatch(newest.version):
        return f"{date.day:02d}-{date.month:02d}-{date.year:04d}"
    found = _NUMBER.fullmatch(newest.version)
    if found:
        return f"{found.group(1)}{int(found.group(2)) + 1}"
    return date.isoformat()


def _hint(
    plan: Plan,
    base: Base,
    newest: Revision,
    fresh: Sequence[Revision],
    unnamed: dict[str, tuple[Change, ...]],
) -> str:
    from plancheck.diff import MilestoneRemoved

    changed = [i for i, cs in unnamed.items() if not isinstance(cs[0], MilestoneRemoved)]
    removed = [i for i, cs in unnamed.items() if isinstance(cs[0], MilestoneRemoved)]
    if fresh:
        latest = fresh[-1]
        lines = [_("name it in the new revision {version}:").format(version=latest.version)]
        if changed:
            lines.append(f"    changes: [{', '.join((*latest.changes, *changed))}]")
        if removed:
            lines.append(f"    removed: [{', '.join((*latest.removed, *removed))}]")
        return "\n".join(lines)
    version_date = plan.document.version_date
    date = version_date if version_date > newest.date else max(dt.date.today(), newest.date)
    lines = [
        _("add to revisions:"),
        f'  - version: "{_next_version(newest, date)}"',
        f'    date: "{date.isoformat()}"',
        "    reason: ...",
    ]
    if changed:
        lines.append(f"    changes: [{', '.join(changed)}]")
    if removed:
        lines.append(f"    removed: [{', '.join(removed)}]")
    lines.append(
        _(
            'and set document.version_date: "{date}" (it must equal the newest revision\'s '
            "date; the revision-log rule checks it)"
        ).format(date=date.isoformat())
    )
    return "\n".join(lines)
