"""The plan as published (tests/fixtures/plan-2018-08-31.yaml, plan.yaml as it was on
31-08-2018) holds the published document word for word: its texts, read in the order of the
published document, cover the published text (../shared/seeds/000_*.txt) in order.

Coverage is computed exactly as ../shared/tools/fidelity.py computes it (that module is
loaded and its `words` and `seed_text` are used): the share of the seed's words that the
reading holds in the same order (difflib matching blocks over lower-cased word lists).

The reading is the model's texts from plancheck.texts.plan_texts, in their (document) order,
as plain text (plancheck.markup.plain_text), with what the published layout repeats from the
model around them: each measure table's row labels and "Maatregel N", the inspectorates'
wording again above each objective, footnotes at the end of the section that first refers
to them, and the planning grid (the measure and evaluatie rows, an X per mark). Only words
the layout adds from nowhere in the plan are missing: section numbers, "Punt 1.",
"Doelstelling:", footnote numbers and the month names over the grid.
"""

from __future__ import annotations

import difflib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from support import PUBLISHED, require_shared

from plancheck.loader import load_file
from plancheck.markup import plain_text
from plancheck.model import Plan, build_plan
from plancheck.texts import plan_texts, references

SEED = "seeds/000_ed4dd25332d4ebf9.txt"
THRESHOLD = 0.98
BODY = ("introduction", "improvement_points", "closing", "planning")


def _load(name: str, path: Path) -> ModuleType:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def published_plan() -> Plan:
    document = load_file(PUBLISHED).document
    assert document is not None
    return build_plan(document.data, str(PUBLISHED))


def reading(plan: Plan) -> Iterator[str]:
    """The plan's texts in the order and layout of the published document."""
    notes = {f.id: f.text for f in plan.footnotes}
    placed: set[str] = set()
    pending: list[str] = []
    measures = {m.path: m for m in plan.measures}
    points = {p.path: p for p in plan.improvement_points}
    row = None
    for text, path in plan_texts(plan):
        if path[0] not in BODY and path != ("document", "title"):
            continue  # registries (owners, parties, ...) and settings are not printed as such
        if path[-1] in ("title", "heading", "measures_title", "elaboration_title"):
            yield from pending  # footnotes at the end of the section that refers to them
            pending.clear()
        if len(path) >= 5 and path[2] == "measures":  # a measure table
            measure = measures[path[:4]]
            if path[4] == "labels":
                continue
            if path[4] == "title":
                yield f"{plan.labels['measure']} {measure.id}"
            elif path[4] != row:
                yield plan.label(measure, path[4])
            row = path[4]
        if path[2:] == ("objective", "text"):
            point = points[path[:2]]
            yield f"{point.title}: {point.inspectorate_wording}"
        yield plain_text(text)
        for note, _ in references(text):
            if note is not None and note not in placed:
                placed.add(note)
                pending.append(notes[note])
    yield from pending
    for year in plan.planning.years:
        yield str(year)
        for grid_row in plan.planning.rows:
            yield f"{plan.labels['measure']} {grid_row.measure}"
            yield " ".join("X" for month in grid_row.work if month[0] == year)
            yield plan.labels["evaluation_row"]
            yield " ".join("X" for month in grid_row.evaluation if month[0] == year)


def coverage(seed_words: list[str], words: list[str]) -> tuple[int, list[tuple[int, str]]]:
    """Seed words matched in order, and the longest runs of seed words not matched."""
    matcher = difflib.SequenceMatcher(None, seed_words, words, autojunk=False)
    blocks = matcher.get_matching_blocks()
    gaps, i = [], 0
    for block in blocks:
        if block.a > i:
            gaps.append((block.a - i, " ".join(seed_words[i : block.a][:18])))
        i = block.a + block.size
    return sum(b.size for b in blocks), sorted(gaps, reverse=True)


def test_the_wording_of_plan_yaml_covers_the_published_text():
    fidelity = _load("plancheck_tests_fidelity", require_shared("tools/fidelity.py"))
    seed = fidelity.words(fidelity.seed_text(str(require_shared(SEED))))
    words = fidelity.words("\n".join(reading(published_plan())))
    matched, gaps = coverage(seed, words)
    share = matched / len(seed)
    print(f"coverage {share:.4f} ({matched}/{len(seed)} seed words in order)")
    assert share >= THRESHOLD, f"coverage {share:.4f}; longest gaps: {gaps[:8]}"
    # what is missing is layout, never a run of the plan's own words
    assert gaps[0][0] <= 15, gaps[:8]


def test_plan_texts_come_in_document_order():
    plan = published_plan()
    paths = [path for _, path in plan_texts(plan)]
    measure = ("improvement_points", 0, "measures", 0)
    in_measure = [path[4:] for path in paths if path[:4] == measure]
    assert in_measure == [
        ("title",),
        ("explanation",),
        ("kind",),
        ("owners", 0, "wording"),
        ("involved", "text"),
        ("result",),
        ("realisation", 0, "wording"),
        ("realisation", 0, "text"),
        ("realisation", 1, "wording"),
        ("realisation", 1, "text"),
        ("realisation", 2, "wording"),
        ("realisation", 2, "text"),
        ("embedding",),
        ("success_factors",),
        ("client_perspective",),
    ]
    # chapter 1 lists the inspectorates' wording of each point before the general response
    intro = [
        path for path in paths if path[0] == "introduction" or path[-1] == "inspectorate_wording"
    ]
    assert intro == [
        ("introduction", "title"),
        ("introduction", "points_heading"),
        ("improvement_points", 0, "inspectorate_wording"),
        ("improvement_points", 1, "inspectorate_wording"),
        ("introduction", "response", "heading"),
        ("introduction", "response", "text"),
    ]
    # and the point chapters follow in order
    point_titles = [paths.index(("improvement_points", i, "title")) for i in (0, 1)]
    assert paths.index(("introduction", "response", "text")) < point_titles[0] < point_titles[1]
    assert point_titles[1] < paths.index(("closing", "title")) < paths.index(("planning", "title"))


def test_plan_texts_hold_every_text_once():
    plan = published_plan()
    paths = [path for _, path in plan_texts(plan)]
    assert len(paths) == len(set(paths))
    # every milestone's wording and text, every owner wording, every part
    for milestone in plan.milestones:
        assert (*milestone.path, "wording") in paths
        assert ((*milestone.path, "text") in paths) == (milestone.text is not None)
    for measure in plan.measures:
        for ref in measure.owners:
            assert (*ref.path, "wording") in paths
