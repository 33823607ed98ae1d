"""The revision log is in date order, ends at the version date and names real milestones.

`revisions` lists the published version first and each later change with its date; the
calendar feeds derive each event's SEQUENCE and LAST-MODIFIED from the revisions whose
`changes` name its milestone. A revision out of date order, a version date that is not the
latest revision's date, or a changed id that is no milestone would make subscribers'
calendars miss an update or show a change that never happened. A milestone taken out of
the plan is named under the revision's `removed`, where an id that is still a milestone is
a mistake.

Fails:

    document:
      version_date: "2018-08-31"
    revisions:
      - date: "2018-08-31"
      - date: "2019-02-01"          # later than the version date
        changes: [6-factshet]       # no such milestone

Fix: keep revisions in date order, set `version_date` to the latest revision's date, and
name milestones by their ids (a milestone taken out of the plan under `removed:`).
"""

import itertools
from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem
from plancheck.spelling import close_matches

ID = "revision-log"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    revisions = plan.revisions
    for before, after in itertools.pairwise(revisions):
        if after.date < before.date:
            yield Problem(
                (*after.path, "date"),
                _(
                    "revision {version} ({date}) is dated before the revision above it "
                    "({before}, {before_date})"
                ).format(
                    version=after.version,
                    date=after.date,
                    before=before.version,
                    before_date=before.date,
                ),
                f"revision/{after.version}",
                _("list revisions from the published version to the latest"),
            )
    latest = max(r.date for r in revisions)
    if plan.document.version_date != latest:
        yield Problem(
            ("document", "version_date"),
            _("the version date is {date}, but the latest revision is dated {latest}").format(
                date=plan.document.version_date, latest=latest
            ),
            "version_date",
            _('set version_date: "{latest}" (the date of the latest revision)').format(
                latest=latest
            ),
        )
    known = [m.id for m in (*plan.milestones, *plan.external_milestones)]
    for revision in revisions:
        for i, milestone_id in enumerate(revision.changes):
            if plan.milestone(milestone_id) is None:
                close = close_matches(milestone_id, known)
                yield Problem(
                    (*revision.path, "changes", i),
                    _("revision {version} names '{id}', which is not a milestone").format(
                        version=revision.version, id=milestone_id
                    ),
                    f"revision/{revision.version}/{milestone_id}",
                    _("did you mean '{name}'?").format(name=close[0])
                    if close
                    else _(
                        "name milestones by their ids; a milestone taken out of the plan goes "
                        "under `removed: [{id}]`"
                    ).format(id=milestone_id),
                )
        for i, milestone_id in enumerate(revision.removed):
            if plan.milestone(milestone_id) is not None:
                yield Problem(
                    (*revision.path, "removed", i),
                    _(
                        "revision {version} says '{id}' was removed, but it is still a "
                        "milestone of the plan"
                    ).format(version=revision.version, id=milestone_id),
                    f"revision/{revision.version}/{milestone_id}",
                    _("name a milestone that was changed under `changes:`, not `removed:`"),
                )
