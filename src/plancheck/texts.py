"""Every text of the plan with its data path, and the references a text makes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from plancheck.loader import PathKey
from plancheck.markup import parse, walk_runs
from plancheck.model import Measure, Part, Plan


def _part(part: Part) -> Iterator[tuple[str, PathKey]]:
    yield part.heading, (*part.path, "heading")
    yield part.text, (*part.path, "text")


def _measure(measure: Measure) -> Iterator[tuple[str, PathKey]]:
    """The texts of a measure's table, row by row as published."""
    path = measure.path
    yield measure.explanation, (*path, "explanation")
    yield measure.kind, (*path, "kind")
    for ref in measure.owners:
        yield ref.wording, (*ref.path, "wording")
    yield measure.involved, (*path, "involved", "text")
    yield measure.result, (*path, "result")
    for milestone in measure.realisation:  # "Voor 01-10-2018: <text>"
        yield milestone.wording, (*milestone.path, "wording")
        if milestone.text:
            yield milestone.text, (*milestone.path, "text")
    yield measure.embedding, (*path, "embedding")
    yield measure.success_factors, (*path, "success_factors")
    yield measure.client_perspective, (*path, "client_perspective")


def plan_texts(plan: Plan) -> Iterator[tuple[str, PathKey]]:
    """(text, path) for every piece of text in the plan, in document order."""
    doc = plan.document
    yield doc.title, ("document", "title")
    for i, line in enumerate(doc.running_header):
        yield line, ("document", "running_header", i)
    for i, name in enumerate(doc.municipalities):
        yield name, ("document", "municipalities", i)
    for i, name in enumerate(doc.inspectorates):
        yield name, ("document", "inspectorates", i)
    if doc.author:
        yield doc.author, ("document", "author")
    yield doc.contents_title, ("document", "contents_title")
    for key, label in plan.labels.items():
        yield label, ("labels", key)
    for revision in plan.revisions:
        yield revision.reason, (*revision.path, "reason")
        yield revision.version, (*revision.path, "version")
    for footnote in plan.footnotes:
        yield footnote.text, (*footnote.path, "text")
    for owner in plan.owners:
        yield owner.name, (*owner.path, "name")
    for party in plan.parties:
        yield party.name, (*party.path, "name")
    for abbreviation in plan.abbreviations:
        yield abbreviation.meaning, (*abbreviation.path, "meaning")
    for milestone in plan.external_milestones:
        yield milestone.wording, (*milestone.path, "wording")
        if milestone.title:
            yield milestone.title, (*milestone.path, "title")
    intro = plan.introduction
    yield intro.title, ("introduction", "title")
    yield intro.points_heading, ("introduction", "points_heading")
    for point in plan.improvement_points:  # chapter 1 lists the inspectorates' points
        yield point.inspectorate_wording, (*point.path, "inspectorate_wording")
    yield from _part(intro.response)
    for point in plan.improvement_points:
        yield point.title, (*point.path, "title")
        yield point.statement, (*point.path, "statement")
        if point.analysis_title is not None:  # the first three sections are optional
            yield point.analysis_title, (*point.path, "analysis", "title")
        for part in point.analysis:
            yield from _part(part)
        if point.objective_title is not None and point.objective is not None:
            yield point.objective_title, (*point.path, "objective", "title")
            yield point.objective, (*point.path, "objective", "text")
        if point.measures_title is not None:
            yield point.measures_title, (*point.path, "measures_title")
        for item in point.measure_list:
            yield item.text, (*item.path, "text")
        yield point.elaboration_title, (*point.path, "elaboration_title")
        for measure in point.measures:
            yield measure.title, (*measure.path, "title")
            for key, label in measure.labels.items():
                yield label, (*measure.path, "labels", key)
            yield from _measure(measure)
    if plan.closing:
        yield plan.closing.title, ("closing", "title")
        for part in plan.closing.parts:
            yield from _part(part)
    yield plan.planning.title, ("planning", "title")
    for ack in plan.acknowledged:
        if ack.reason:
            yield ack.reason, (*ack.path, "reason")
    for entry in plan.progress:
        if entry.text:
            yield entry.text, (*entry.path, "text")
        for evidence in entry.evidence:
            yield evidence.title, (*evidence.path, "title")


@cache
def references(text: str) -> tuple[tuple[str | None, str | None], ...]:
    """(footnote id, None) and (None, measure id) for each reference the text makes."""
    if "[" not in text and "<" not in text:
        # no `[^id]`, no link `[..](measure:..)` and no autolink `<measure:..>`: no reference
        # (raw HTML and linkify are off), so no need to parse (most texts of a plan)
        return ()
    out: list[tuple[str | None, str | None]] = []
    seen_measures: set[str] = set()
    for run in walk_runs(parse(text)):
        if run.footnote is not None:
            out.append((run.footnote, None))
        elif run.measure is not None and run.measure not in seen_measures:
            seen_measures.add(run.measure)
            out.append((None, run.measure))
    return tuple(out)


# A measure number as written after the word: 3, 3.1, 12.2.1 (not a year: at most 3 digits).
_NUMBER = r"\d{1,3}(?:\.\d{1,3})*(?!\d)"
# Between the numbers of one reference: "3.1 en 3.2", "3.1, 3.2 of 4", "3 and 4", "3 & 4".
_JOIN = r"\s*(?:,|&|\ben\b|\bof\b|\band\b|\bor\b)\s*"


@cache
def _plain_pattern(word: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{re.escape(word)}(?:en|s)?\s+({_NUMBER}(?:{_JOIN}{_NUMBER})*)",
        re.IGNORECASE,
    )


@cache
def plain_references(text: str, word: str) -> tuple[tuple[str, str], ...]:
    """(measure id, the reference as written) for each measure a text names in plain words
    ("zie maatregel 9", "maatregelen 3.1 en 3.2"), `word` being the plan's word for a
    measure (`labels.measure`, with a plural in -en or -s). Links `[maatregel 8](measure:8)`
    are not plain references (`references` gives their target)."""
    out: list[tuple[str, str]] = []
    for run in walk_runs(parse(text)):
        if run.measure is not None or run.footnote is not None:
            continue
        for match in _plain_pattern(word).finditer(run.text):
            for number in re.findall(_NUMBER, match.group(1)):
                out.append((number, match.group(0)))
    return tuple(out)
