"""Dependencies have no cycle.

If A builds on B and B (through others, or directly) builds on A, neither can ever come
first. The message shows the whole cycle.

Fails:

    - id: 5-onderzoek
      builds_on: [5-plan]
    - id: 5-plan
      builds_on: [5-onderzoek]

Fix: remove the `builds_on` entry that points backwards.
"""

from collections.abc import Iterator

from plancheck.findings import Severity
from plancheck.i18n import _
from plancheck.model import Milestone, Plan
from plancheck.problem import Problem

ID = "dependency-cycle"
SEVERITY = Severity.ERROR


def check(plan: Plan) -> Iterator[Problem]:
    by_id: dict[str, Milestone] = {}
    for m in (*plan.milestones, *plan.external_milestones):
        by_id.setdefault(m.id, m)
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    reported: set[frozenset[str]] = set()
    for root in by_id:
        if state.get(root):
            continue
        # iterative depth-first search, so that long chains cannot exhaust the stack
        stack: list[tuple[str, int]] = [(root, 0)]
        trail: list[str] = [root]
        state[root] = 1
        while stack:
            node, i = stack[-1]
            edges = [t for t in by_id[node].builds_on if t in by_id]
            if i >= len(edges):
                stack.pop()
                trail.pop()
                state[node] = 2
                continue
            stack[-1] = (node, i + 1)
            target = edges[i]
            if state.get(target) == 1:
                cycle = [*trail[trail.index(target) :], target]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    start = by_id[cycle[0]]
                    yield Problem(
                        (*start.path, "builds_on"),
                        _("these milestones build on each other in a circle: {cycle}").format(
                            cycle=" → ".join(cycle)
                        ),
                        cycle[0],
                        _("remove the builds_on entry that points backwards"),
                    )
            elif not state.get(target):
                state[target] = 1
                stack.append((target, 0))
                trail.append(target)
