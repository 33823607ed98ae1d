"""Synthetic plans with the real plan's shape, at any number of measures.

The bundled plan.yaml is the pattern: its measures (with their texts, owners, milestones and
grid rows) are repeated under renumbered ids, ten measures to an improvement point, so every
size passes the gate just like the real plan and exercises the same code.

    python benchmarks/synth.py 1000 > /tmp/plan-1000.yaml
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PER_POINT = 10


def synthesize(count: int, source: Path = ROOT / "plan.yaml") -> dict[str, Any]:
    base = yaml.safe_load(source.read_text("utf-8"))
    pattern = [m for point in base["improvement_points"] for m in point["measures"]]
    rows = {row["measure"]: row for row in base["planning"]["rows"]}
    template_point = base["improvement_points"][0]
    points: list[dict[str, Any]] = []
    grid: list[dict[str, Any]] = []
    made = 0
    while made < count:
        point_no = len(points) + 1
        point = copy.deepcopy(template_point)
        point["id"] = str(point_no)
        point["title"] = f"Verbeterpunt {point_no}"
        point["objective"]["title"] = f"Doelstelling t.a.v. verbeterpunt {point_no}"
        measures: list[dict[str, Any]] = []
        listing: list[dict[str, Any]] = []
        for k in range(min(PER_POINT, count - made)):
            original = pattern[made % len(pattern)]
            new_id = f"{point_no}.{k + 1}"
            measure = copy.deepcopy(original)
            measure["id"] = new_id
            for milestone in measure["realisation"]:
                milestone["id"] = f"{new_id}-{milestone['id'].split('-', 1)[1]}"
                milestone["builds_on"] = [
                    b if b == "pentekening-evaluatie" else f"{new_id}-{b.split('-', 1)[1]}"
                    for b in milestone.get("builds_on", [])
                ]
                if not milestone["builds_on"]:
                    del milestone["builds_on"]
            # references to other measures point at this point's first measure
            for key in ("explanation", "embedding", "success_factors", "client_perspective"):
                measure[key] = _point_refs(measure[key], f"{point_no}.1")
            for milestone in measure["realisation"]:
                if "text" in milestone:
                    milestone["text"] = _point_refs(milestone["text"], f"{point_no}.1")
            measures.append(measure)
            listing.append({"number": new_id, "text": measure["title"], "measures": [new_id]})
            row = copy.deepcopy(rows[original["id"]])
            row["measure"] = new_id
            grid.append(row)
            made += 1
        point["measures"] = measures
        point["measure_list"] = listing
        # the footnote references live in the first point's list: keep them used
        if point_no == 1:
            listing[0]["text"] += "[^partners][^veldpartijen][^werkgemeenschap]"
        points.append(point)
    plan = copy.deepcopy(base)
    plan["improvement_points"] = points
    plan["planning"]["rows"] = grid
    plan["acknowledged"] = _acknowledged(plan)
    return plan


def _point_refs(text: str, target: str) -> str:
    return re.sub(r"\(measure:[0-9.]+\)", f"(measure:{target})", text)


def _acknowledged(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """Acknowledge every finding of the pattern's kind, as the real plan does."""
    from plancheck.engine import check_document
    from plancheck.loader import load_text

    text = yaml.safe_dump({**plan, "acknowledged": []}, allow_unicode=True, sort_keys=False)
    loaded = load_text(text)
    assert loaded.document is not None
    result = check_document(loaded.document)
    # an acknowledgement accepts a finding only with the facts it names (acknowledgements.py)
    return [
        {
            "rule": f.rule,
            "subject": f.subject,
            **({"facts": dict(f.facts)} if f.facts else {}),
            "reason": "Synthetic copy of the published plan.",
        }
        for f in result.findings
        if not f.suppressed
    ]


def dump(plan: dict[str, Any]) -> str:
    header = "# yaml-language-server: $schema=schema/plan.schema.json\n"
    return header + yaml.safe_dump(plan, allow_unicode=True, sort_keys=False, width=100)


if __name__ == "__main__":
    sys.stdout.write(dump(synthesize(int(sys.argv[1]))))
