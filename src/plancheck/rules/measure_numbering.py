"""Measure numbering agrees with the measure lists and groups.

Each improvement point lists its measures (sections 2.3, 3.3); a grouped item (3) stands for
its parts (3.1, 3.2). Every measure appears in exactly one list item of its own improvement
point, a single item's number is the measure's own number, and the parts of a group the plan
does not declare (`group: true`) are numbered `<group>.<n>`; a declared group's parts may be
numbered in any form (B2 -> B2a, B2b).

Fails:

    measure_list:
      - number: "3"
        measures: ["3.1", "4.2"]   # 4.2 is not a part of group 3

Fix: make the list item name the measures that belong to it, numbered after it.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Plan
from plancheck.problem import Problem

ID = "measure-numbering"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    for point in plan.improvement_points:
        if point.section("measure_list") is None:
            continue  # only measure tables (the list is optional): nothing to check
        own = {m.id for m in point.measures}
        listed: dict[str, str] = {}
        for item in point.measure_list:
            for i, measure_id in enumerate(item.measures):
                where = (*item.path, "measures", i)
                if measure_id in listed:
                    yield Problem(
                        where,
                        _("measure {measure} is listed twice").format(measure=measure_id),
                        measure_id,
                        _("list each measure once"),
                    )
                listed[measure_id] = item.number
                if measure_id not in own:
                    yield Problem(
                        where,
                        _(
                            "list item {item} names measure {measure}, which is not a measure "
                            "of {point}"
                        ).format(item=item.number, measure=measure_id, point=point.title),
                        measure_id,
                        _("list only this improvement point's measures"),
                    )
                inferred = item.is_group and not item.is_declared_group
                if inferred and not measure_id.startswith(item.number + "."):
                    yield Problem(
                        where,
                        _(
                            "measure {measure} is listed under group {group}, but its number "
                            "does not start with {group}."
                        ).format(measure=measure_id, group=item.number),
                        measure_id,
                        _("number the parts of group {group} as {group}.1, {group}.2, ...").format(
                            group=item.number
                        ),
                    )
                if not item.is_group and measure_id != item.number:
                    yield Problem(
                        (*item.path, "number"),
                        _("list item {item} stands for measure {measure}").format(
                            item=item.number, measure=measure_id
                        ),
                        measure_id,
                        _("give the item the measure's number"),
                    )
        for measure in point.measures:
            if measure.id not in listed:
                yield Problem(
                    (*measure.path, "id"),
                    _("measure {measure} is missing from the measure list of {point}").format(
                        measure=measure.id, point=point.title
                    ),
                    measure.id,
                    _("add it to measure_list (or to its group's measures)"),
                )
