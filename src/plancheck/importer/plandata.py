"""Plancheck's own plan data in a Word report (plancheck.plandata), applied to what the
import read from the body (docs/import.md).

The body wins: the text a reader sees is always the body's, so an edit made in Word comes
back. The part gives what the body does not show, where it still matches the body: a
milestone's id, kind and `builds_on` by its place in the measure (or, when milestones were
added or deleted in Word, by its wording), and its date only while its wording is the one
the date was read from; owner ids by place (or wording); footnote ids by text (or number);
the registries, labels, conventions, layout, revisions, acknowledgements and progress as
they are. What it cannot place is a finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from plancheck.i18n import _

Finding = Callable[[str], None]

ORDER = (
    "format",
    "document",
    "labels",
    "conventions",
    "layout",
    "revisions",
    "footnotes",
    "owners",
    "parties",
    "abbreviations",
    "external_milestones",
    "introduction",
    "improvement_points",
    "closing",
    "planning",
    "progress",
    "acknowledged",
)


def _normal(values: list[str]) -> str:
    """Values joined and stripped of separators: ['A', 'B'] and ['A B'] read alike."""
    return re.sub(r"[\W_]+", "", "".join(values)).lower()


def document(found: dict[str, Any], part: dict[str, Any], unfilled: str) -> None:
    """The title page's values the body did not yield, or yielded joined otherwise (a
    program that rewrites the keywords with another separator), from the part."""
    given = part.get("document", {})
    for key in ("municipalities", "inspectorates", "running_header"):
        theirs = [str(v) for v in given.get(key, [])]
        ours = [v for v in found.get(key, []) if v != unfilled]
        if theirs and (not ours or _normal(ours) == _normal(theirs)):
            found[key] = theirs
    for key in ("code", "language", "author"):
        if key in given and not found.get(key):
            found[key] = given[key]


def revisions(shown: list[dict[str, Any]], part: dict[str, Any]) -> list[dict[str, Any]]:
    """The version table's revisions (the body's version, date and reason) with the ids
    of the milestones each changed and removed, which the table does not name."""
    given = {r["version"]: r for r in part.get("revisions", [])}
    out = []
    for revision in shown:
        was = given.get(revision["version"], {})
        out.append(revision | {k: was[k] for k in ("changes", "removed") if k in was})
    return out


def rename_notes(value: Any, names: dict[str, str]) -> Any:
    """`value` (a text, or lists and mappings of them) with each `[^id]` renamed by `names`."""
    if isinstance(value, str):
        return re.sub(r"\[\^([^\]]+)\]", lambda m: f"[^{names.get(m.group(1), m.group(1))}]", value)
    if isinstance(value, list):
        return [rename_notes(v, names) for v in value]
    if isinstance(value, dict):
        return {k: rename_notes(v, names) for k, v in value.items()}
    return value


def _pairs(
    ours: list[Any], theirs: list[Any], same: Callable[[Any, Any], bool]
) -> list[int | None]:
    """For each of `ours` (read from the body) the index of its counterpart in `theirs` (the
    part): by place when both have as many, else by `same`, each used once."""
    if len(ours) == len(theirs):
        return list(range(len(ours)))
    used: set[int] = set()
    out: list[int | None] = []
    for item in ours:
        match = next(
            (j for j, other in enumerate(theirs) if j not in used and same(item, other)), None
        )
        if match is not None:
            used.add(match)
        out.append(match)
    return out


def apply(data: dict[str, Any], part: dict[str, Any], finding: Finding) -> dict[str, Any]:
    """`data` (read from the body) with what the part adds; the keys in the plan's order."""
    data = _footnotes(data, part, finding)
    labels = data["labels"]  # the body's; the plan's own where the body shows none
    for key, value in part.get("labels", {}).items():
        if not labels.get(key):
            labels[key] = str(value)
    for key in ("conventions", "layout"):
        if part.get(key):
            data[key] = dict(part[key])
    for key in ("parties", "abbreviations", "external_milestones", "progress", "acknowledged"):
        if part.get(key):
            data[key] = part[key]
    points = {p.get("id"): p for p in part.get("points", []) if isinstance(p, dict)}
    measures: dict[str, Any] = part.get("measures", {})
    made_owners = {o["id"]: o for o in data["owners"]}
    used_owners: list[str] = []
    seen: set[str] = set()
    for point in data["improvement_points"]:
        _point(point, points.get(point.get("id")))
        for measure in point.get("measures", []):
            seen.add(measure["id"])
            given = measures.get(measure["id"])
            if given is None:
                finding(
                    _(
                        "measure {measure} is not in plancheck's plan data: its milestone ids, "
                        "kinds and owners are made from the text"
                    ).format(measure=measure["id"])
                )
                used_owners += [ref["owner"] for ref in measure["owners"]]
                continue
            _measure(measure, given, finding)
            used_owners += [ref["owner"] for ref in measure["owners"]]
    for ident in measures:
        if ident not in seen:
            finding(
                _(
                    "measure {measure} of plancheck's plan data is no longer in the document; "
                    "left out"
                ).format(measure=ident)
            )
    registry = [dict(o) for o in part.get("owners", [])]
    known = {o["id"] for o in registry}
    for ident in dict.fromkeys(used_owners):
        if ident not in known and ident in made_owners:
            registry.append(made_owners[ident])
    data["owners"] = registry
    return {k: data[k] for k in ORDER if k in data} | {
        k: v for k, v in data.items() if k not in ORDER
    }


def _footnotes(data: dict[str, Any], part: dict[str, Any], finding: Finding) -> dict[str, Any]:
    theirs = [n for n in part.get("footnotes", []) if isinstance(n, dict)]
    ours = data["footnotes"]
    by_text = _pairs(ours, theirs, lambda a, b: a["text"] == b.get("text"))
    names: dict[str, str] = {}
    for note, index in zip(ours, by_text, strict=True):
        if index is None:
            finding(
                _("footnote '{text}' is not in plancheck's plan data: its id stays {ident}").format(
                    text=note["text"][:60], ident=note["id"]
                )
            )
        else:
            names[note["id"]] = str(theirs[index]["id"])
    data = dict(rename_notes(data, names))
    for note in data["footnotes"]:
        note["id"] = names.get(note["id"], note["id"])
    return data


def _point(point: dict[str, Any], given: dict[str, Any] | None) -> None:
    if given is None:
        return
    parts = point.get("analysis", {}).get("parts", [])
    kinds = given.get("analysis_kinds", [])
    if len(kinds) == len(parts):
        for i, kind in enumerate(kinds):
            # a part without a kind has headings of its own; the plan's key order
            item = parts[i]
            parts[i] = {
                **({"kind": kind} if kind is not None else {}),
                "heading": item["heading"],
                "text": item["text"],
            }
    ids = {m["id"] for m in point.get("measures", [])}
    listed = {i.get("number"): i for i in given.get("measure_list", []) if isinstance(i, dict)}
    for item in point.get("measure_list", []):
        was = listed.get(item["number"])
        if was is None:
            continue
        if was.get("measures") and all(m in ids for m in was["measures"]):
            item["measures"] = list(was["measures"])
        text = item.pop("text")
        measures_of = item.pop("measures")
        if "group" in was:
            item["group"] = was["group"]
        item["text"], item["measures"] = text, measures_of


def _measure(measure: dict[str, Any], given: dict[str, Any], finding: Finding) -> None:
    refs = measure["owners"]
    owners = given.get("owners", [])
    wordings = given.get("owner_wordings", [])
    theirs = [{"owner": o, "wording": w} for o, w in zip(owners, wordings, strict=False)]
    for ref, index in zip(
        refs, _pairs(refs, theirs, lambda a, b: a["wording"] == b["wording"]), strict=True
    ):
        if index is None:
            finding(
                _(
                    "measure {measure}: the owner '{wording}' is not in plancheck's plan data: "
                    "its id is made from the wording"
                ).format(measure=measure["id"], wording=ref["wording"])
            )
        else:
            ref["owner"] = theirs[index]["owner"]
    if given.get("parties"):
        measure["involved"]["parties"] = list(given["parties"])
    ours = measure["realisation"]
    was = [m for m in given.get("milestones", []) if isinstance(m, dict)]
    pairs = _pairs(ours, was, lambda a, b: a["wording"] == b.get("wording"))
    taken = {index for index in pairs if index is not None}
    ids = {m.get("id") for m in was}
    for milestone, index in zip(ours, pairs, strict=True):
        if index is None:
            while milestone["id"] in ids:
                milestone["id"] += "-nieuw"
            ids.add(milestone["id"])
            finding(
                _(
                    "measure {measure}: the milestone '{wording}' is not in plancheck's plan "
                    "data: id {ident} and kind {kind} are made from the text, check them"
                ).format(
                    measure=measure["id"],
                    wording=milestone["wording"],
                    ident=milestone["id"],
                    kind=milestone["kind"],
                )
            )
            continue
        old = was[index]
        merged: dict[str, Any] = {"id": old["id"], "wording": milestone["wording"]}
        if "text" in milestone:
            merged["text"] = milestone["text"]
        if milestone["wording"] == old.get("wording"):  # its date read from this wording
            if "start" in old:
                merged["start"] = old["start"]
            merged["due"] = old["due"]
            merged["kind"] = old["kind"]
        else:
            if "start" in milestone:
                merged["start"] = milestone["start"]
            merged["due"] = milestone["due"]
            ongoing = milestone["kind"] == "ongoing" or old["kind"] == "ongoing"
            merged["kind"] = milestone["kind"] if ongoing else old["kind"]
        if old.get("builds_on"):
            merged["builds_on"] = list(old["builds_on"])
        milestone.clear()
        milestone.update(merged)
    for index, old in enumerate(was):
        if index not in taken:
            finding(
                _(
                    "measure {measure}: the milestone {ident} ('{wording}') of plancheck's plan "
                    "data is no longer in the document; left out"
                ).format(measure=measure["id"], ident=old.get("id"), wording=old.get("wording"))
            )
