"""A milestone or measure reported done names its evidence.

An entry with `status: done` says the work is finished; the inspectorates ask how we know.
List the documents that show it under `evidence:` (a decision, minutes, a report), each
with a title and a reference: a URL or a document number. The progress report prints them
beside the milestone. Runs on every check (it does not depend on a date).

Warns:

    - milestone: 4.1-methodiek
      date: "2018-09-20"
      status: done                 # no evidence

Fix: add the evidence:

    - milestone: 4.1-methodiek
      date: "2018-09-20"
      status: done
      evidence:
        - title: Besluitenlijst MT Sociaal Domein 20-09-2018
          reference: D2018-04512
"""

from __future__ import annotations

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "progress-evidence"
SEVERITY = Severity.WARNING


def check(plan: Plan) -> Iterator[Problem]:
    for entry in plan.progress:
        if entry.status == "done" and not entry.evidence:
            yield Problem(
                (*entry.path, "status"),
                _("{subject} is reported done on {date} without evidence").format(
                    subject=entry.subject, date=entry.date.isoformat()
                ),
                entry.subject,
                _("add evidence: [{title: ..., reference: <a URL or document number>}]"),
                facts=(("date", entry.date.isoformat()),),
            )
