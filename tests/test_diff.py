"""The diff model (plancheck.diff) and its renderings (plancheck.diff_render), on the frozen
published plan and edited copies of it (edited as data: the model does not see YAML)."""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.diff import (
    DateShift,
    GridMarksMoved,
    ItemAdded,
    ItemRemoved,
    MilestoneAdded,
    MilestoneMoved,
    MilestoneRemoved,
    OwnerAppointed,
    PlanDiff,
    RevisionAdded,
    TextChanged,
    ValueChanged,
    WordOp,
    date_shift,
    diff_plans,
    tokens,
    word_diff,
)
from plancheck.diff_render import (
    CONTEXT_WORDS,
    WORDS,
    md_escape,
    render_json,
    render_markdown,
    render_text,
)
from plancheck.loader import Document, load_text
from plancheck.model import Due, Plan, build_plan

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "plan-2018-08-31.yaml"
TEXT = FIXTURE.read_text("utf-8")


def document(text: str, name: str) -> Document:
    loaded = load_text(text, name)
    assert loaded.document is not None
    return loaded.document


OLD_DOC = document(TEXT, "old.yaml")
OLD = build_plan(OLD_DOC.data, "old.yaml")


def data() -> dict[str, Any]:
    copied: dict[str, Any] = copy.deepcopy(OLD_DOC.data)
    return copied


def plan(changed: dict[str, Any]) -> Plan:
    return build_plan(changed, "new.yaml")


def measure(d: dict[str, Any], ident: str) -> dict[str, Any]:
    for point in d["improvement_points"]:
        for m in point["measures"]:
            if m["id"] == ident:
                found: dict[str, Any] = m
                return found
    raise KeyError(ident)


def row(d: dict[str, Any], ident: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in d["planning"]["rows"] if r["measure"] == ident)
    return found


def moved_factsheet(d: dict[str, Any]) -> dict[str, Any]:
    """The README recipe on measure 6: wording, due and the grid's X."""
    factsheet = measure(d, "6")["realisation"][0]
    factsheet["wording"] = "Voor 01-10-2018"
    factsheet["due"] = "2018-09-30"
    row(d, "6")["work"] = ["2018-09"]
    return d


# --------------------------------------------------------------------------- the model


def test_the_same_plan_has_no_changes():
    diff = diff_plans(OLD, plan(data()))
    assert not diff
    assert len(diff) == 0
    assert diff.changes == ()


def test_the_measure_6_move_in_the_plans_terms():
    diff = diff_plans(OLD, plan(moved_factsheet(data())), "HEAD:plan.yaml", "plan.yaml")
    factsheet = ("improvement_points", 1, "measures", 0, "realisation", 0)
    assert diff.milestones_moved == (
        MilestoneMoved(
            "6-factsheet",
            "6",
            "due",
            "2018-06-30",
            "2018-09-30",
            DateShift(92, 3),
            (*factsheet, "due"),
        ),
    )
    assert diff.texts == (
        TextChanged(
            "milestone",
            "6-factsheet",
            "wording",
            None,
            "Voor 1 juli 2018",
            "Voor 01-10-2018",
            (
                WordOp("equal", "Voor"),
                WordOp("delete", "1 juli 2018"),
                WordOp("insert", "01-10-2018"),
            ),
            (*factsheet, "wording"),
        ),
    )
    assert diff.grid == (
        GridMarksMoved("6", "work", ("2018-09",), ("2018-05",), ("planning", "rows", 7, "work")),
    )
    assert len(diff) == 3
    assert (diff.old, diff.new, diff.language) == ("HEAD:plan.yaml", "plan.yaml", "nl-NL")
    assert list(diff.milestone_changes()) == ["6-factsheet"]
    assert diff.published_changes() == diff.grid


def test_reordering_is_no_change():
    d = data()
    d["footnotes"].reverse()
    d["owners"].reverse()
    d["planning"]["rows"].reverse()
    assert not diff_plans(OLD, plan(d))


def test_an_owner_appointed_and_renamed():
    d = data()
    owner = d["owners"][0]
    owner["appointed"] = True
    owner["name"] = "Walcherse gemeenten, projectleider J. de Vries"
    diff = diff_plans(OLD, plan(d))
    assert diff.appointed == (
        OwnerAppointed("projectleider-walcheren", owner["name"], True, ("owners", 0, "appointed")),
    )
    (renamed,) = diff.renamed
    assert (renamed.entity, renamed.id, renamed.path) == (
        "owner",
        "projectleider-walcheren",
        ("owners", 0, "name"),
    )
    assert renamed.words == (
        WordOp("equal", "Walcherse gemeenten, projectleider"),
        WordOp("delete", "nog te benoemen"),
        WordOp("insert", "J. de Vries"),
    )


def test_measures_parties_and_footnotes_added_removed_renamed():
    d = data()
    new_measure = copy.deepcopy(measure(d, "7"))
    new_measure["id"] = "9"
    new_measure["title"] = "Een nieuwe maatregel."
    new_measure["realisation"][0]["id"] = "9-start"
    d["improvement_points"][1]["measures"].append(new_measure)
    d["parties"] = [p for p in d["parties"] if p["id"] != "porthos"]
    d["parties"][0]["name"] = d["parties"][0]["name"] + " (nieuw)"
    d["footnotes"].append({"id": "nieuw", "text": "Een nieuwe voetnoot."})
    measure(d, "6")["title"] = "Factsheet norm verantwoorde werktoedeling."
    diff = diff_plans(OLD, plan(d))
    assert [(a.entity, a.id) for a in diff.added] == [("footnote", "nieuw"), ("measure", "9")]
    assert diff.added[1] == ItemAdded(
        "measure", "9", "Een nieuwe maatregel.", "2", ("improvement_points", 1, "measures", 3)
    )
    assert [(r.entity, r.id) for r in diff.removed] == [("party", "porthos")]
    assert isinstance(diff.removed[0], ItemRemoved) and diff.removed[0].old_path == ("parties", 0)
    assert {(r.entity, r.id) for r in diff.renamed} == {
        ("party", d["parties"][0]["id"]),
        ("measure", "6"),
    }
    assert [m.milestone for m in diff.milestones_added] == ["9-start"]
    assert isinstance(diff.milestones_added[0], MilestoneAdded)
    assert diff.milestones_added[0].measure == "9"
    assert not [v for v in diff.values if v.field == "parties"]  # (still naming porthos)


def test_a_measure_names_a_party_less():
    d = data()
    measure(d, "6")["involved"]["parties"].remove("porthos")
    diff = diff_plans(OLD, plan(d))
    (value,) = diff.values
    assert (value.entity, value.id, value.field) == ("measure", "6", "parties")
    assert value.old.startswith("porthos, gi-intervence") and not value.new.startswith("porthos")
    assert value.path == ("improvement_points", 1, "measures", 0, "involved", "parties")


def test_a_removed_milestone():
    d = data()
    eight = measure(d, "8")
    eight["realisation"] = [m for m in eight["realisation"] if m["id"] != "8-bepalen"]
    for m in eight["realisation"]:
        m["builds_on"] = [x for x in m.get("builds_on", []) if x != "8-bepalen"]
    diff = diff_plans(OLD, plan(d))
    assert diff.milestones_removed == (
        MilestoneRemoved(
            "8-bepalen",
            "8",
            "Voor 01-09-2018",
            measure(data(), "8")["realisation"][2]["text"],
            "2018-08-31",
            ("improvement_points", 1, "measures", 2, "realisation", 2),
        ),
    )
    assert set(diff.milestone_changes()) == {"8-bepalen", "8-implementeren"}  # builds_on


def test_texts_are_compared_per_section_and_field():
    d = data()
    point = d["improvement_points"][1]
    point["analysis"]["parts"][1]["text"] += " Een zin erbij."
    point["objective"]["text"] = point["objective"]["text"].replace("conform", "volgens")
    d["closing"]["parts"][0]["text"] = d["closing"]["parts"][0]["text"].replace(
        "effectief", "doeltreffend"
    )
    measure(d, "6")["explanation"] += "\n\nEen nieuwe alinea."
    d["footnotes"][1]["text"] = "Het AMHK heet nu Veilig Thuis Zeeland."
    diff = diff_plans(OLD, plan(d))
    seen = [(t.entity, t.id, t.field, t.part) for t in diff.texts]
    assert seen == [
        ("footnote", "amhk", "text", None),
        ("improvement-point", "2", "analysis", "Knelpunten hierin"),
        ("improvement-point", "2", "objective", None),
        ("measure", "6", "explanation", None),
        ("chapter", "closing", "parts", "Methode Learning Together"),
    ]
    explanation = diff.texts[3]
    assert explanation.words[-1] == WordOp("insert", "¶ Een nieuwe alinea.")
    assert explanation.path == ("improvement_points", 1, "measures", 0, "explanation")


def test_a_grid_evaluation_mark_and_a_new_revision():
    d = data()
    row(d, "3.2")["evaluation"] = ["2019-11"]
    d["revisions"].append(
        {"version": "2", "date": "2018-10-01", "reason": "Evaluatie eerder.", "changes": []}
    )
    d["document"]["version_date"] = "2018-10-01"
    diff = diff_plans(OLD, plan(d))
    assert diff.grid == (
        GridMarksMoved(
            "3.2", "evaluation", ("2019-11",), ("2019-12",), ("planning", "rows", 3, "evaluation")
        ),
    )
    assert diff.revisions == (
        RevisionAdded("2", dt.date(2018, 10, 1), "Evaluatie eerder.", (), (), ("revisions", 1)),
    )
    assert diff.values == (
        ValueChanged(
            "document", "", "version_date", "2018-08-31", "2018-10-01", ("document", "version_date")
        ),
    )
    # the version date and the revision log are bookkeeping, the grid is published
    assert diff.published_changes() == diff.grid


def test_a_text_that_differs_only_in_trailing_white_space_is_unchanged():
    d = data()
    measure(d, "6")["result"] += "\n"
    assert not diff_plans(OLD, plan(d))


@pytest.mark.parametrize(
    ("old", "new", "shift"),
    [
        ("2018-06-30", "2018-09-30", DateShift(92, 3)),  # month ends
        ("2018-06-15", "2018-08-15", DateShift(61, 2)),  # the same day of the month
        ("2018-06-15", "2018-06-20", DateShift(5, None)),
        ("2018-09-30", "2018-06-30", DateShift(-92, -3)),
        ("2018-06", "2018-09", DateShift(92, 3)),  # months count at their last day
        ("2018-06", "2018-06-30", DateShift(0, 0)),
        ("immediate", "2018-06-30", None),
        ("2018-06-30", "ongoing", None),
    ],
)
def test_date_shift(old, new, shift):
    assert date_shift(Due.parse(old), Due.parse(new)) == shift


def test_words_and_paragraphs():
    assert tokens("Een  zin.\n\n- punt een\n- punt twee\n") == [
        "Een",
        "zin.",
        "¶",
        "-",
        "punt",
        "een",
        "-",
        "punt",
        "twee",
    ]
    assert word_diff("a b c", "a x c") == (
        WordOp("equal", "a"),
        WordOp("delete", "b"),
        WordOp("insert", "x"),
        WordOp("equal", "c"),
    )
    assert word_diff("", "nieuw") == (WordOp("insert", "nieuw"),)


# --------------------------------------------------------------------------- renderings


@pytest.fixture(scope="module")
def moved() -> tuple[PlanDiff, Document]:
    d = moved_factsheet(data())
    d["revisions"].append(
        {
            "version": "01-10-2018",
            "date": "2018-10-01",
            "reason": "Factsheet later gereed.",
            "changes": ["6-factsheet"],
        }
    )
    d["document"]["version_date"] = "2018-10-01"
    new = plan(d)
    text = TEXT.replace(
        "            wording: Voor 1 juli 2018\n            text: Factsheet gereed.\n"
        '            due: "2018-06-30"\n',
        "            wording: Voor 01-10-2018\n            text: Factsheet gereed.\n"
        '            due: "2018-09-30"\n',
    )
    published = "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
    text = text.replace(
        published,
        published + '  - version: "01-10-2018"\n    date: "2018-10-01"\n'
        "    reason: Factsheet later gereed.\n    changes: [6-factsheet]\n",
    )
    text = text.replace('version_date: "2018-08-31"', 'version_date: "2018-10-01"').replace(
        '    - measure: "6"\n      work: ["2018-05"]\n',
        '    - measure: "6"\n      work: ["2018-09"]\n',
    )
    new_doc = document(text, "plan.yaml")
    assert build_plan(new_doc.data, "new.yaml") == new  # the text says what the data says
    return diff_plans(OLD, new, "HEAD:plan.yaml", "plan.yaml"), new_doc


def test_text_rendering_of_the_measure_6_move(moved):
    diff, doc = moved
    assert render_text(diff, doc) == (
        "Wijzigingen in het plan: HEAD:plan.yaml → plan.yaml\n"
        "\n"
        "Mijlpalen\n"
        "  6-factsheet (Maatregel 6): verplaatst van 30-06-2018 naar 30-09-2018 (+3 maanden)"
        "  (regel 677)\n"
        "  6-factsheet, formulering: Voor [-1 juli 2018-] {+01-10-2018+}  (regel 675)\n"
        "\n"
        "Teksten en gegevens\n"
        "  Document, versiedatum: 31-08-2018 → 01-10-2018  (regel 16)\n"
        "\n"
        "Planning\n"
        "  Maatregel 6: X gezet in september 2018; X weggehaald in mei 2018  (regel 793)\n"
        "\n"
        "Versies\n"
        "  nieuwe versie 01-10-2018 (01-10-2018): Factsheet later gereed. — wijzigt: 6-factsheet"
        "  (regel 41)\n"
        "\n"
        "5 wijzigingen\n"
    )


def test_markdown_rendering_of_the_measure_6_move(moved):
    diff, _ = moved
    assert render_markdown(diff) == (
        "### Wijzigingen in het plan\n"
        "\n"
        "`HEAD:plan.yaml` → `plan.yaml`: 5 wijzigingen\n"
        "\n"
        "#### Mijlpalen\n"
        "\n"
        "- **6-factsheet (Maatregel 6)**: verplaatst van 30-06-2018 naar **30-09-2018**"
        " (+3 maanden)\n"
        "- **6-factsheet, formulering**: Voor ~~1 juli 2018~~ **01-10-2018**\n"
        "\n"
        "#### Teksten en gegevens\n"
        "\n"
        "- **Document, versiedatum**: 31-08-2018 → **01-10-2018**\n"
        "\n"
        "#### Planning\n"
        "\n"
        "- **Maatregel 6**: X gezet in **september 2018**; X weggehaald in mei 2018\n"
        "\n"
        "#### Versies\n"
        "\n"
        "- **nieuwe versie 01-10-2018 (01-10-2018)**: **Factsheet later gereed.** — wijzigt:"
        " `6-factsheet`\n"
    )


def test_an_english_plan_reads_english():
    d = moved_factsheet(data())
    d["document"]["language"] = "en-GB"
    base = copy.deepcopy(OLD_DOC.data)
    base["document"]["language"] = "en-GB"
    diff = diff_plans(build_plan(base, "a"), plan(d), "a", "b")
    text = render_text(diff)
    assert text.startswith("Changes to the plan: a → b\n\nMilestones\n")
    assert (
        "6-factsheet (Maatregel 6): moved from 30 June 2018 to 30 September 2018 (+3 months)"
        in text
    )
    assert "Maatregel 6: X added in September 2018; X removed in May 2018" in text
    assert text.endswith("\n3 changes\n")


def test_every_language_has_every_word():
    assert set(WORDS["nl"]) == set(WORDS["en"])


def test_no_changes_is_said_plainly():
    diff = diff_plans(OLD, OLD, "a", "b")
    assert render_text(diff) == "Wijzigingen in het plan: a → b\nGeen wijzigingen in het plan.\n"
    assert "Geen wijzigingen in het plan." in render_markdown(diff)
    assert json.loads(render_json(diff))["changed"] is False


def test_json_has_stable_documented_keys(moved):
    diff, doc = moved
    report = json.loads(render_json(diff, doc))
    assert list(report) == [
        "plancheck_diff",
        "old",
        "new",
        "language",
        "changed",
        "count",
        "changes",
    ]
    assert report["plancheck_diff"] == 1 and report["changed"] is True and report["count"] == 5
    first = report["changes"][0]
    assert first == {
        "type": "milestone-moved",
        "milestone": "6-factsheet",
        "measure": "6",
        "field": "due",
        "old": "2018-06-30",
        "new": "2018-09-30",
        "shift": {"days": 92, "months": 3},
        "path": ["improvement_points", 1, "measures", 0, "realisation", 0, "due"],
        "line": 677,
    }
    types = [c["type"] for c in report["changes"]]
    assert types == [
        "milestone-moved",
        "text-changed",
        "value-changed",
        "grid-marks-moved",
        "revision-added",
    ]
    wording = report["changes"][1]
    assert wording["words"] == [
        {"op": "equal", "text": "Voor"},
        {"op": "delete", "text": "1 juli 2018"},
        {"op": "insert", "text": "01-10-2018"},
    ]
    assert report["changes"][4]["date"] == "2018-10-01"


def test_long_unchanged_text_is_cut_around_the_change():
    d = data()
    old = measure(d, "7")["explanation"]
    measure(d, "7")["explanation"] = old.replace("systematische", "structurele")
    diff = diff_plans(OLD, plan(d))
    line = render_text(diff).splitlines()[3]
    assert "[-systematische,-] {+structurele,+}" in line
    assert line.count("…") == 2
    before, after = line.split("[-")[0], line.split("+}")[1]
    assert len(before.split("…")[1].split()) == CONTEXT_WORDS
    assert len(after.split("…")[0].split()) == CONTEXT_WORDS


def test_markdown_shows_plan_text_as_itself():
    assert md_escape("*nadruk* [^amhk] a|b ~x~ <b>") == (
        "\\*nadruk\\* \\[^amhk\\] a\\|b \\~x\\~ \\<b\\>"
    )


def test_the_examples_in_docs_diff_md_are_current():
    published = "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
    edits = (
        (
            "            wording: Voor 1 juli 2018\n            text: Factsheet gereed.\n"
            '            due: "2018-06-30"\n',
            "            wording: Voor 01-10-2018\n            text: Factsheet gereed.\n"
            '            due: "2018-09-30"\n',
        ),
        (
            '    - measure: "6"\n      work: ["2018-05"]\n',
            '    - measure: "6"\n      work: ["2018-09"]\n',
        ),
        (
            published,
            published + '  - version: "14-09-2018"\n    date: "2018-09-14"\n'
            "    reason: Factsheet later gereed, in overleg met de Inspecties.\n"
            "    changes: [6-factsheet]\n",
        ),
        ('  version_date: "2018-08-31"\n', '  version_date: "2018-09-14"\n'),
    )
    text = TEXT
    for old, new in edits:
        assert text.count(old) == 1
        text = text.replace(old, new)
    new_doc = document(text, "plan.yaml")
    diff = diff_plans(OLD, build_plan(new_doc.data, "plan.yaml"), "HEAD:plan.yaml", "plan.yaml")
    docs = (FIXTURE.parents[2] / "docs" / "diff.md").read_text("utf-8")
    assert f"```text\n{render_text(diff, new_doc)}```" in docs
    assert f"```markdown\n{render_markdown(diff, new_doc)}```" in docs
    first = json.loads(render_json(diff, new_doc))["changes"][0]
    assert f'"line": {first["line"]}\n' in docs and first["type"] == "milestone-moved"


def test_two_parts_under_one_heading_pair_in_order():
    d = data()
    parts = d["improvement_points"][0]["analysis"]["parts"]
    parts[1]["heading"] = parts[0]["heading"]
    old = plan(copy.deepcopy(d))
    parts[1]["text"] += " Erbij."
    diff = diff_plans(old, plan(d))
    (change,) = diff.texts
    assert (change.field, change.part) == ("analysis", parts[0]["heading"])
    assert change.path == ("improvement_points", 0, "analysis", "parts", 1, "text")
    assert change.words[-1] == WordOp("insert", "Erbij.")


WORDS_USED = st.sampled_from(["de", "het", "plan", "maatregel", "Voor", "01-10-2018", "¶x", "-"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS_USED, max_size=30), st.lists(WORDS_USED, max_size=30))
def test_a_word_difference_rebuilds_both_texts(old, new):
    ops = word_diff(" ".join(old), " ".join(new))
    assert " ".join(op.text for op in ops if op.op != "insert").split() == old
    assert " ".join(op.text for op in ops if op.op != "delete").split() == new
    assert all(op.text for op in ops)
    assert all(a.op != b.op for a, b in itertools.pairwise(ops))  # runs are merged
