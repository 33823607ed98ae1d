"""The round trip's comparison: an imported plan beside the plan its report was made from.

What a Word report does not carry is taken over from the original, each kind counted, and
the rest is compared by the one differ (plancheck.diff): milestone ids (paired by their place
in the measure), milestone kinds and builds_on, footnote ids (paired by text), owner ids
(paired by place) and the owner registry, parties, abbreviations, external milestones,
revisions, acknowledgements and conventions."""

from __future__ import annotations

import copy
from typing import Any

from plancheck.importer.plandata import rename_notes

NOT_CARRIED = (
    "revisions",
    "owners",
    "parties",
    "abbreviations",
    "external_milestones",
    "acknowledged",
    "conventions",
)


def _measures(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for p in data["improvement_points"] for m in p.get("measures", [])}


def transplant(
    imported: dict[str, Any], original: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, int]]:
    """The imported data with what the report does not carry taken from `original`, and how
    many values of each kind were taken."""
    data = copy.deepcopy(imported)
    taken: dict[str, int] = {}
    by_text = {f["text"]: f["id"] for f in original.get("footnotes", [])}
    names = {f["id"]: by_text[f["text"]] for f in data["footnotes"] if f["text"] in by_text}
    taken["footnote ids"] = len(names)
    data = rename_notes(data, names)
    for note in data["footnotes"]:
        note["id"] = names.get(note["id"], note["id"])
    old = _measures(original)
    counts = {
        "milestone ids": 0,
        "milestone kinds": 0,
        "builds_on": 0,
        "owner ids": 0,
        "parties": 0,
    }
    for ident, measure in _measures(data).items():
        before = old.get(ident)
        if before is None:
            continue
        for new, was in zip(measure["realisation"], before["realisation"], strict=False):
            counts["milestone ids"] += new["id"] != was["id"]
            new["id"] = was["id"]
            counts["milestone kinds"] += new["kind"] != was["kind"]
            new["kind"] = was["kind"]
            if "builds_on" in was:
                counts["builds_on"] += 1
                new["builds_on"] = was["builds_on"]
        for new, was in zip(measure["owners"], before["owners"], strict=False):
            counts["owner ids"] += new["owner"] != was["owner"]
            new["owner"] = was["owner"]
        if "parties" in before["involved"]:
            counts["parties"] += len(before["involved"]["parties"])
            measure["involved"]["parties"] = before["involved"]["parties"]
    taken.update(counts)
    for key in NOT_CARRIED:
        if key in original:
            taken[key] = len(original[key]) if isinstance(original[key], list) else 1
            data[key] = copy.deepcopy(original[key])
    return data, taken
