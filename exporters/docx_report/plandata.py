"""The plan data the report carries beside its text (plancheck.plandata, docs/docx-report.md).

What the reader of the report does not see, keyed to what the body shows (a measure's id
and a milestone's place in it, a footnote's number, an improvement point's id): milestone
ids, kinds and `builds_on` (with the wording and date they were read from, so that the import
keeps the date only while the wording is unchanged), owner ids and parties of each measure,
footnote ids, analysis part kinds, list groups, and the registries, labels, conventions,
layout, revisions, acknowledgements and progress. Never the text the body shows as such:
the import reads that from the body, so that an edit made in Word comes back.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from plancheck.model import WORDS, Conventions, Layout, Milestone, Plan, language_of
from plancheck.plandata import NAMESPACE, to_xml

CUSTOM_XML = "application/xml"
ITEM_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def _milestone(m: Milestone) -> dict[str, Any]:
    """A milestone's id, kind and builds_on, and the wording its date was read from (the
    import keeps the date while the wording is unchanged); an external milestone, which the
    report does not show, whole."""
    out: dict[str, Any] = {"id": m.id, "wording": m.wording, "due": m.due.raw, "kind": m.kind}
    if m.text is not None and m.measure_id is None:
        out["text"] = m.text
    if m.start is not None:
        out["start"] = m.start.raw
    if m.builds_on:
        out["builds_on"] = list(m.builds_on)
    if m.title is not None:
        out["title"] = m.title
    return out


def _changed(value: Any, default: Any) -> dict[str, Any]:
    """The settings of a dataclass that differ from their defaults."""
    return {
        f.name: getattr(value, f.name)
        for f in dataclasses.fields(value)
        if getattr(value, f.name) != getattr(default, f.name)
    }


def plan_data(plan: Plan) -> dict[str, Any]:
    """What the report does not show, as the plan.yaml keys hold it."""
    doc = plan.document
    data: dict[str, Any] = {
        "document": {
            "municipalities": list(doc.municipalities),
            "inspectorates": list(doc.inspectorates),
            "running_header": list(doc.running_header),
            "code": doc.code,
            "language": doc.language,
            **({"author": doc.author} if doc.author is not None else {}),
        },
        # the plan's own labels (the language's defaults the import gets anyway)
        "labels": {
            k: v for k, v in plan.labels.items() if WORDS[language_of(doc.language)].get(k) != v
        },
        "grid_months": plan.labels["months"].split(),  # the planning grid's column heads
        "conventions": _changed(plan.conventions, Conventions()),
        "layout": _changed(plan.layout, Layout()),
        "revisions": [
            {
                "version": r.version,
                "date": r.date.isoformat(),
                "reason": r.reason,
                **({"changes": list(r.changes)} if r.changes else {}),
                **({"removed": list(r.removed)} if r.removed else {}),
            }
            for r in plan.revisions
        ],
        "footnotes": [{"id": f.id, "text": f.text} for f in plan.footnotes],
        "owners": [
            {
                "id": o.id,
                "name": o.name,
                **({"appointed": False} if not o.appointed else {}),
                **({"municipalities": list(o.municipalities)} if o.municipalities else {}),
            }
            for o in plan.owners
        ],
        "parties": [
            {
                "id": p.id,
                "name": p.name,
                **({"abbreviation": p.abbreviation} if p.abbreviation is not None else {}),
            }
            for p in plan.parties
        ],
        "abbreviations": [
            {"abbreviation": a.abbreviation, "meaning": a.meaning} for a in plan.abbreviations
        ],
        "external_milestones": [_milestone(m) for m in plan.external_milestones],
        "acknowledged": [
            {
                "rule": a.rule,
                "subject": a.subject,
                **({"facts": dict(a.facts)} if a.facts else {}),
                **({"reason": a.reason} if a.reason is not None else {}),
            }
            for a in plan.acknowledged
        ],
        "progress": [
            {
                k: v
                for k, v in (
                    ("date", e.date.isoformat()),
                    ("status", e.status),
                    ("milestone", e.milestone),
                    ("measure", e.measure),
                    ("text", e.text),
                    (
                        "evidence",
                        [{"title": x.title, "reference": x.reference} for x in e.evidence],
                    ),
                    ("expected", e.expected.isoformat() if e.expected else None),
                )
                if v not in (None, [])
            }
            for e in plan.progress
        ],
        "points": [
            {
                "id": p.id,
                "analysis_kinds": [part.kind for part in p.analysis],
                "measure_list": [
                    {
                        "number": item.number,
                        "measures": list(item.measures),
                        **({"group": item.group} if item.group is not None else {}),
                    }
                    for item in p.measure_list
                ],
            }
            for p in plan.improvement_points
        ],
        "measures": {
            m.id: {
                "owners": [ref.owner for ref in m.owners],
                "owner_wordings": [ref.wording for ref in m.owners],
                "parties": list(m.parties),
                "milestones": [_milestone(ms) for ms in m.realisation],
            }
            for m in plan.measures
        },
    }
    return data


def embed(plan: Plan, doc: Document) -> None:
    """Add the plan data to the report's package as a Custom XML Data part, related from the
    main document part (with its properties part, as Word writes its own)."""
    package = doc.part.package
    name = package.next_partname("/customXml/item%d.xml")  # a template may have its own
    number = name.idx
    item = Part(name, CUSTOM_XML, to_xml(plan_data(plan)), package)
    # a stable id: the same plan gives the same bytes
    ident = uuid.uuid5(uuid.NAMESPACE_URL, f"{NAMESPACE}#{plan.document.code}")
    props = (
        "<?xml version='1.0' encoding='UTF-8' standalone='no'?>\n"
        '<ds:datastoreItem ds:itemID="{' + str(ident).upper() + '}" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs>'
        "</ds:datastoreItem>"
    ).encode("utf-8")
    item_props = Part(PackURI(f"/customXml/itemProps{number}.xml"), ITEM_PROPS, props, package)
    item.relate_to(item_props, RT.CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT.CUSTOM_XML)
