"""The Word report knows its versions (issue 12, items 5 and 6).

A version table ('Versiebeheer') once the plan has revisions after the published one, and
`plancheck export docx --compare REV|FILE`: the report with every change since then as Word
tracked changes. The scenario is the published plan (tests/fixtures) with measure 6's
factsheet moved (wording, due and the X in the grid), a new milestone, a reworded measure
field and revision 1.1; a second one takes measure 7 out, adds measure 9, drops a paragraph
and rewords a bullet.

The tracked changes are checked the way their readers meet them: the package's XML (marks,
authors, dates, ids, the formatting kept), the text a reader gets by accepting every change
(the new report) or rejecting every change (the old one), pandoc's reading of the changes
(`--track-changes=all|accept|reject`), LibreOffice's (the PDF it prints, and the tracked
changes it keeps in an .fodt), python-docx, and a snapshot of the pages for a person to look
at (tests/artifacts/).
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import pytest
from docx_report_helpers import (
    LIBREOFFICE_HINT,
    POPPLER_HINT,
    norm,
    pdf_pages_text,
    run_plancheck,
    snapshot,
    to_pdf,
)
from lxml import etree
from page_match import pdf_pages
from support import (
    ARTIFACTS,
    MEASURE_6_ACKNOWLEDGEMENTS,
    PUBLISHED,
    edited_plan,
    edited_text,
    require_tool,
)

from plancheck.diff import diff_plans
from plancheck.diff_command import read_file
from plancheck.exporters.docx_report import Comparison, render_docx, versions
from plancheck.loader import load_bytes
from plancheck.model import Plan, build_plan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AUTHOR = "Gemeenten Middelburg, Veere en Vlissingen"  # document.author of the fixture
DATE = "2018-10-15T00:00:00Z"  # revision 1.1

# -- the scenario: measure 6's factsheet moved, a milestone added, a field reworded ---------
FACTSHEET = (
    "          - id: 6-factsheet\n"
    "            wording: Voor 1 juli 2018\n"
    "            text: Factsheet gereed.\n"
    '            due: "2018-06-30"\n'
    "            kind: deliverable\n",
    "          - id: 6-factsheet\n"
    "            wording: Voor 1 oktober 2018\n"
    "            text: Factsheet gereed.\n"
    '            due: "2018-09-30"\n'
    "            kind: deliverable\n"
    "          - id: 6-evaluatie\n"
    "            wording: Voor 1 december 2018\n"
    "            text: Gebruik van de factsheet in de toegang geëvalueerd.\n"
    '            due: "2018-11-30"\n'
    "            kind: evaluation\n",
)
GRID_6 = (
    '    - measure: "6"\n      work: ["2018-05"]\n      evaluation: []\n',
    '    - measure: "6"\n      work: ["2018-09"]\n      evaluation: ["2018-11"]\n',
)
RESULT_6 = (
    "        result: Bij professionals in de toegang is kennis aanwezig om op een juiste manier "
    "uitvoering te geven aan de norm verantwoorde werktoedeling.\n",
    "        result: Bij alle professionals in de toegang is voldoende kennis aanwezig om "
    "uitvoering te geven aan de norm verantwoorde werktoedeling.\n",
)
PUBLISHED_REVISION = "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
REASON = "Factsheet later gereed, in overleg met de Inspecties; evaluatie toegevoegd."
REVISION = (
    PUBLISHED_REVISION,
    PUBLISHED_REVISION + '  - version: "1.1"\n    date: "2018-10-15"\n'
    f"    reason: {REASON}\n    changes: [6-factsheet, 6-evaluatie]\n",
)
VERSION_DATE = ('  version_date: "2018-08-31"\n', '  version_date: "2018-10-15"\n')
# the two acknowledgements the move resolves (the gate would report them as stale)
STALE = (
    MEASURE_6_ACKNOWLEDGEMENTS,
    "",
)
SCENARIO = (FACTSHEET, GRID_6, RESULT_6, REVISION, VERSION_DATE, STALE)


def measure_7_to_9(text: str) -> str:
    """Measure 7 leaves the plan (its list item, table, grid row; its milestone is named as
    removed) and measure 9 comes in after measure 8; a closing paragraph goes, a bullet of
    measure 8's milestone is reworded; revision 1.1 records it."""

    def cut(source: str, start: str, end: str) -> tuple[str, str]:
        a = source.index(start)
        b = source.index(end, a)
        return source[:a] + source[b:], source[a:b]

    text, measure = cut(text, '      - id: "7"\n', '      - id: "8"\n')
    text, item = cut(text, '      - number: "7"\n', '      - number: "8"\n')
    text, _ = cut(text, '    - measure: "7"\n', '    - measure: "8"\n')
    new = (
        measure.replace('id: "7"', 'id: "9"')
        .replace("7-per-direct", "9-start")
        .replace("wording: Per direct", "wording: Voor 1 april 2019")
        .replace("due: immediate", 'due: "2019-03-31"')
    )
    closing = text.index("\nclosing:\n")
    text = text[:closing].rstrip("\n") + "\n\n" + new.rstrip("\n") + "\n" + text[closing:]
    item = item.replace('"7"', '"9"')
    at = text.index("    elaboration_title:", text.index('number: "8"'))
    text = text[:at] + item + text[at:]
    at = text.index("\nacknowledged:")
    row = '    - measure: "9"\n      work: ["2019-03"]\n      evaluation: []\n'
    return text[:at].rstrip("\n") + "\n" + row + text[at:]


DROPPED = (
    "        We willen als Walcherse gemeenten samen met de Programmamanager Jeugd Zeeland "
    "deze methode in Zeeland introduceren en het liefst implementeren.\n\n",
    "",
)
BULLET = (
    "              - Porthos: toepassen norm verantwoorde werktoedeling bij de toewijzing van "
    "jeugdhulp.\n",
    "              - Porthos: toepassen norm verantwoorde werktoedeling bij elke toewijzing van "
    "jeugdhulp.\n",
)
ROWS_REVISION = (
    PUBLISHED_REVISION,
    PUBLISHED_REVISION + '  - version: "1.1"\n    date: "2018-10-15"\n'
    "    reason: Maatregel 7 vervalt, maatregel 9 komt ervoor in de plaats.\n"
    "    changes: [9-start, 8-per-direct]\n    removed: [7-per-direct]\n",
)
ROWS = (measure_7_to_9, DROPPED, BULLET, ROWS_REVISION, VERSION_DATE)


# -- reading the package --------------------------------------------------------------------------
@dataclass
class Report:
    path: Path
    stderr: str

    @property
    def data(self) -> bytes:
        return self.path.read_bytes()

    def parts(self) -> dict[str, bytes]:
        with zipfile.ZipFile(self.path) as package:
            return {name: package.read(name) for name in package.namelist()}

    def body(self) -> Any:
        return etree.fromstring(self.parts()["word/document.xml"]).find(f"{W}body")


def export(folder: Path, plan: Path, name: str, *extra: str, pages: bool = False) -> Report:
    target = folder / name
    toc = () if pages else ("--toc-pages", "none")
    done = run_plancheck("export", "docx", plan, "-o", target, *toc, *extra)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return Report(target, done.stderr)


@dataclass
class Scenario:
    plan: Path
    old: Report  # the published plan's report
    new: Report  # the changed plan's report, without --compare
    tracked: Report  # the changed plan's report with --compare the published plan


def make(folder: Path, edits: tuple[Any, ...]) -> Scenario:
    plan = edited_plan(folder, *edits)
    check = run_plancheck("check", plan)
    assert check.returncode == 0, check.stdout + check.stderr
    return Scenario(
        plan,
        export(folder, PUBLISHED, "old.docx"),
        export(folder, plan, "new.docx"),
        export(folder, plan, "tracked.docx", "--compare", PUBLISHED),
    )


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return make(tmp_path_factory.mktemp("compare"), SCENARIO)


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return make(tmp_path_factory.mktemp("compare-rows"), ROWS)


def change_of(node: Any) -> str | None:
    """'ins' or 'del' when the node stands inside a run-level w:ins / w:del."""
    for parent in node.iterancestors():
        if parent.tag in (f"{W}ins", f"{W}del"):
            return parent.tag[len(W) :]
        if parent.tag == f"{W}p":
            return None
    return None


def mark_of(paragraph: Any) -> str | None:
    """'ins' or 'del' when the paragraph's mark is inserted or deleted."""
    rpr = paragraph.find(f"{W}pPr/{W}rPr")
    if rpr is None:
        return None
    for kind in ("ins", "del"):
        if rpr.find(f"{W}{kind}") is not None:
            return kind
    return None


def view(body: Any, drop: str | None = None) -> list[str]:
    """The paragraphs of the body (table cells included, in reading order) as a reader sees
    them with every change accepted (drop 'del'), rejected (drop 'ins') or as stored: a
    paragraph whose mark goes joins the next."""
    out: list[str] = []
    text = ""
    for paragraph in body.iter(f"{W}p"):
        for node in paragraph.iter(f"{W}t", f"{W}delText", f"{W}tab"):
            if change_of(node) == drop and drop is not None:
                continue
            text += "\t" if node.tag == f"{W}tab" else node.text or ""
        if drop is not None and mark_of(paragraph) == drop:
            continue
        out.append(norm(text))
        text = ""
    return [p for p in out if p]


def changes(element: Any) -> list[tuple[str, str]]:
    """(ins or del, its text) for the run-level changes below the element, neighbouring
    changes of one kind together."""
    out: list[tuple[str, str]] = []
    previous = None
    for mark in element.iter(f"{W}ins", f"{W}del"):
        if mark.getparent().tag in (f"{W}rPr", f"{W}trPr"):
            continue  # a paragraph's or a row's mark
        kind = mark.tag[len(W) :]
        if out and out[-1][0] == kind and mark.getprevious() is previous:
            out[-1] = (kind, out[-1][1] + "".join(mark.itertext()))
        else:
            out.append((kind, "".join(mark.itertext())))
        previous = mark
    return out


def table(body: Any, caption: str) -> Any:
    for tbl in body.iter(f"{W}tbl"):
        found = tbl.find(f"{W}tblPr/{W}tblCaption")
        if found is not None and found.get(f"{W}val", "").startswith(caption):
            return tbl
    raise AssertionError(f"no table {caption!r}")


def rows_of(tbl: Any) -> list[Any]:
    return tbl.findall(f"{W}tr")


def cells(row: Any) -> list[Any]:
    return row.findall(f"{W}tc")


def row_mark(row: Any) -> str | None:
    trpr = row.find(f"{W}trPr")
    for kind in ("ins", "del"):
        if trpr is not None and trpr.find(f"{W}{kind}") is not None:
            return kind
    return None


def text(element: Any) -> str:
    return norm("".join(element.itertext()))


def all_marks(report: Report) -> Iterator[Any]:
    for name, data in report.parts().items():
        if name.endswith(".xml"):
            yield from etree.fromstring(data).iter(f"{W}ins", f"{W}del")


# -- item 5: the version table ------------------------------------------------------------------
def test_the_published_report_stays_as_published(tmp_path: Path) -> None:
    """The published plan has one revision: no version table, no tracked changes, the tables
    of the measures and the planning only; compared with itself, not a byte changes."""
    plain = export(tmp_path, PUBLISHED, "plain.docx")
    body = plain.body()
    assert "Versiebeheer" not in "".join(body.itertext())
    assert not list(all_marks(plain))
    plan = read_file(PUBLISHED).plan
    assert len(body.findall(f".//{W}tbl")) == len(plan.measures) + len(plan.planning.years)
    first_table = body.find(f".//{W}tbl/{W}tblPr/{W}tblCaption")
    assert first_table.get(f"{W}val").startswith("Maatregel 1:")
    same = export(tmp_path, PUBLISHED, "same.docx", "--compare", PUBLISHED)
    assert same.data == plain.data
    assert "no changes since" in same.stderr and "no tracked changes" in same.stderr


def test_version_table_after_the_title_page(scenario: Scenario) -> None:
    """'Versiebeheer' on a page of its own between the title page and the table of contents:
    a real table, its header row repeated on every page, a row per version; each milestone
    a version names with its measure, wording and (without a base) its current date."""
    body = scenario.new.body()
    children = list(body)
    titles = [i for i, c in enumerate(children) if text(c) in ("Versiebeheer", "Inhoudsopgave")]
    heading, contents = titles
    tbl = children[heading + 1]
    assert tbl.tag == f"{W}tbl" and heading + 1 < contents
    assert "".join(children[heading - 1].itertext()) == ""  # the title page's page break
    assert children[heading - 1].find(f".//{W}br[@{W}type='page']") is not None
    assert children[contents - 1].find(f".//{W}br[@{W}type='page']") is not None
    style = children[heading].find(f"{W}pPr/{W}pStyle").get(f"{W}val")
    assert style == children[contents].find(f"{W}pPr/{W}pStyle").get(f"{W}val")
    head, *versions_rows = rows_of(tbl)
    assert head.find(f"{W}trPr/{W}tblHeader") is not None
    assert [text(c) for c in cells(head)] == ["Versie", "Datum", "Reden", "Wijzigingen"]
    assert all(r.find(f".//{W}b") is not None for r in cells(head))
    assert [[text(c) for c in cells(r)][:3] for r in versions_rows] == [
        ["31-08-2018", "31-08-2018", "Versie zoals gepubliceerd en verzonden aan de Inspecties."],
        ["1.1", "15-10-2018", REASON],
    ]
    published, revised = (cells(r)[3] for r in versions_rows)
    assert text(published) == ""
    assert [text(p) for p in revised.findall(f"{W}p")] == [
        "Maatregel 6 – Voor 1 oktober 2018: Factsheet gereed. (30-09-2018)",
        "Maatregel 6 – Voor 1 december 2018: Gebruik van de factsheet in de toegang "
        "geëvalueerd. (30-11-2018)",
    ]
    caption = tbl.find(f"{W}tblPr/{W}tblCaption").get(f"{W}val")
    assert caption == "Versiebeheer"
    assert not list(all_marks(scenario.new))
    document = docx.Document(str(scenario.new.path))
    assert document.tables[0].rows[1].cells[0].text == "31-08-2018"


def test_version_table_words_come_from_the_labels(tmp_path: Path) -> None:
    labels = (
        "  evaluation_row: evaluatie\n",
        "  evaluation_row: evaluatie\n  versions: Version history\n  version: Version\n"
        "  version_date: Date\n  version_reason: Reason\n  version_changes: Changes\n",
    )
    plan = edited_plan(tmp_path, *SCENARIO, labels)
    body = export(tmp_path, plan, "labels.docx").body()
    tbl = table(body, "Version history")
    assert [text(c) for c in cells(rows_of(tbl)[0])] == ["Version", "Date", "Reason", "Changes"]
    assert "Version history" in [text(p) for p in body.findall(f"{W}p")]


def model_of(text: str) -> Plan:
    loaded = load_bytes(text.encode("utf-8"), "plan.yaml")
    assert loaded.document is not None and not loaded.findings
    return build_plan(loaded.document.data, "plan.yaml")


def test_version_notes() -> None:
    """What the table says of each milestone: with a diff, what the version did in the
    diff's words, at the newest added version that names it; without, its current date."""
    old = read_file(PUBLISHED).plan
    new_text = edited_text(*SCENARIO)
    new = model_of(new_text)
    diff = diff_plans(old, new)
    with_diff = versions.notes(new, diff)["1.1"]
    assert [(n.subject, n.detail) for n in with_diff] == [
        (
            "Maatregel 6 – Voor 1 oktober 2018: Factsheet gereed.",
            "Verplaatst van 30-06-2018 naar 30-09-2018 (+3 maanden); formulering: Voor 1 juli "
            "2018 → Voor 1 oktober 2018",
        ),
        (
            "Maatregel 6 – Voor 1 december 2018: Gebruik van de factsheet in de toegang "
            "geëvalueerd.",
            "Toegevoegd (30-11-2018)",
        ),
    ]
    # a milestone named by two versions since the base is described at the newer one
    twice = new_text.replace(
        "    changes: [6-factsheet, 6-evaluatie]\n",
        '    changes: [6-factsheet]\n  - version: "1.2"\n    date: "2018-10-20"\n'
        "    reason: Opnieuw.\n    changes: [6-factsheet, 6-evaluatie]\n",
    ).replace('version_date: "2018-10-15"', 'version_date: "2018-10-20"')
    newer = model_of(twice)
    notes = versions.notes(newer, diff_plans(old, newer))
    assert notes["1.1"][0].detail is None and notes["1.1"][0].subject.endswith("(30-09-2018)")
    assert (notes["1.2"][0].detail or "").startswith("Verplaatst van 30-06-2018")


# -- item 6: tracked changes ----------------------------------------------------------------------
def test_every_change_has_the_author_the_date_and_an_id_of_its_own(scenario: Scenario) -> None:
    marks = list(all_marks(scenario.tracked))
    assert marks
    assert {m.get(f"{W}author") for m in marks} == {AUTHOR}
    assert {m.get(f"{W}date") for m in marks} == {DATE}
    ids: Counter[str] = Counter()
    for name, data in scenario.tracked.parts().items():
        if name.endswith(".xml"):
            root = etree.fromstring(data)
            for element in root.iter(f"{W}ins", f"{W}del", f"{W}bookmarkStart"):
                ids[element.get(f"{W}id")] += 1
            for deleted in root.iter(f"{W}del"):
                assert deleted.find(f".//{W}t") is None  # deleted text is w:delText
            for text_node in root.iter(f"{W}delText"):
                assert change_of(text_node) == "del"
    assert [i for i, n in ids.items() if n > 1] == []


def test_words_are_deleted_and_inserted_in_their_formatting(scenario: Scenario) -> None:
    """Measure 6: 'Voor 1 [-juli-] {+oktober+} 2018', and in its result 'Bij {+alle+}
    professionals ... is {+voldoende+} kennis aanwezig om [-op een juiste manier-]
    uitvoering', in the italics of the table's content."""
    body = scenario.tracked.body()
    measure = table(body, "Maatregel 6:")
    by_label = {text(cells(r)[0]): cells(r)[1] for r in rows_of(measure)[1:]}
    realisation = by_label["Realisatie/ tijdperiode"]
    assert changes(realisation.findall(f"{W}p")[0]) == [("del", " juli"), ("ins", " oktober")]
    for kind, word in (("del", "juli"), ("ins", "oktober")):
        mark = next(m for m in realisation.iter(f"{W}{kind}") if word in "".join(m.itertext()))
        assert mark.find(f"{W}r/{W}rPr/{W}i") is not None  # still italic
    result = by_label["Resultaat/ opbrengst"]
    assert [(k, t.strip()) for k, t in changes(result)] == [
        ("ins", "alle"),
        ("ins", "voldoende"),
        ("del", "op een juiste manier"),
    ]
    # the new milestone: a paragraph of inserted words, its mark inserted with it (the cell's
    # last mark stays: the one before it is the inserted one, as Word records it)
    lead, added = realisation.findall(f"{W}p")
    assert changes(added) == [
        ("ins", "Voor 1 december 2018: Gebruik van de factsheet in de toegang geëvalueerd.")
    ]
    assert mark_of(lead) == "ins" and mark_of(added) is None
    # the title page's date
    title_date = next(p for p in body.iter(f"{W}p") if text(p).startswith("Datum:"))
    assert [(k, t.strip()) for k, t in changes(title_date)] == [
        ("del", "31-08-2018"),
        ("ins", "15-10-2018"),
    ]


def test_the_x_of_measure_6_moves_in_the_grid(scenario: Scenario) -> None:
    """The X of May deleted, the X of September inserted, an evaluation X in November."""
    grid = table(scenario.tracked.body(), "Planning 2018")
    months = [text(c) for c in cells(rows_of(grid)[1])]
    work, evaluation = next(
        (r, rows_of(grid)[i + 1])
        for i, r in enumerate(rows_of(grid))
        if text(cells(r)[0]) == "Maatregel 6"
    )
    marks = {months[i]: changes(c) for i, c in enumerate(cells(work)) if changes(c)}
    assert marks == {"mei": [("del", "X")], "sept": [("ins", "X")]}
    assert {months[i] for i, c in enumerate(cells(evaluation)) if changes(c)} == {"nov"}
    assert row_mark(work) is None  # the row stays; only its marks move


def test_the_version_table_is_new_since_the_published_plan(scenario: Scenario) -> None:
    """The base had no version table: heading and table are inserted, every row inserted;
    version 1.1 says what it did, in the diff's words."""
    body = scenario.tracked.body()
    tbl = table(body, "Versiebeheer")
    assert {row_mark(r) for r in rows_of(tbl)} == {"ins"}
    heading = next(p for p in body.iter(f"{W}p") if text(p) == "Versiebeheer")
    assert mark_of(heading) == "ins"
    revised = cells(rows_of(tbl)[2])[3]
    said = [text(p) for p in revised.findall(f"{W}p")]
    assert said == [
        "Maatregel 6 – Voor 1 oktober 2018: Factsheet gereed.Verplaatst van 30-06-2018 naar "
        "30-09-2018 (+3 maanden); formulering: Voor 1 juli 2018 → Voor 1 oktober 2018",
        "Maatregel 6 – Voor 1 december 2018: Gebruik van de factsheet in de toegang "
        "geëvalueerd.Toegevoegd (30-11-2018)",
    ]  # (a line break between the milestone and what changed)


@pytest.mark.parametrize("name", ["scenario", "rows"])
def test_accepting_gives_the_new_report_and_rejecting_the_old(
    name: str, request: pytest.FixtureRequest
) -> None:
    """Accept every change: the report of the changed plan (from the table of contents on;
    the version table says more with a base). Reject every change: the published report."""
    case: Scenario = request.getfixturevalue(name)
    tracked = case.tracked.body()
    accepted, rejected = view(tracked, "del"), view(tracked, "ins")
    new, old = view(case.new.body()), view(case.old.body())
    start = "Inhoudsopgave"
    assert accepted[accepted.index(start) :] == new[new.index(start) :]
    assert rejected == old


def test_measures_added_and_removed_are_rows_inserted_and_deleted(rows: Scenario) -> None:
    """Measure 7 leaves: every row of its table and its grid rows deleted (w:trPr/w:del),
    with their contents; measure 9 comes: its rows inserted. A dropped paragraph carries the
    deletion on its own mark; a reworded bullet stays a bullet."""
    body = rows.tracked.body()
    gone, new = table(body, "Maatregel 7:"), table(body, "Maatregel 9:")
    assert {row_mark(r) for r in rows_of(gone)} == {"del"}
    assert {row_mark(r) for r in rows_of(new)} == {"ins"}
    assert {k for k, _ in changes(gone)} == {"del"} and {k for k, _ in changes(new)} == {"ins"}
    assert "Per direct" in "".join(t for _, t in changes(gone))
    for year in ("Planning 2018", "Planning 2019"):
        grid = table(body, year)
        marked = {text(cells(r)[0]): row_mark(r) for r in rows_of(grid) if row_mark(r)}
        assert {k for k in marked if k.startswith("Maatregel")} <= {"Maatregel 7", "Maatregel 9"}
        assert marked.get("Maatregel 7") == "del"
    assert table(body, "Planning 2018").find(f".//{W}trPr/{W}ins") is not None  # measure 9
    dropped = next(p for p in body.iter(f"{W}p") if "We willen als Walcherse" in text(p))
    assert mark_of(dropped) == "del" and {k for k, _ in changes(dropped)} == {"del"}
    bullet = next(p for p in body.iter(f"{W}p") if "toewijzing van jeugdhulp" in text(p))
    assert bullet.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "ListBullet"
    assert [(k, t.strip()) for k, t in changes(bullet)] == [("del", "de"), ("ins", "elke")]
    names = Counter(b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart"))
    assert [n for n, c in names.items() if c > 1] == []  # no bookmark of a deleted measure


def without_point_2(text: str) -> str:
    """Improvement point 2 taken out, with its measures and their grid rows."""
    start = text.index('  - id: "2"\n    title: Verbeterpunt 2')
    text = text[:start].rstrip("\n") + "\n" + text[text.index("\nclosing:\n") :]
    return re.sub(
        r'    - measure: "[678]"\n      work: \[[^\]]*\]\n      evaluation: \[\]\n', "", text
    )


def without_closing(text: str) -> str:
    return text[: text.index("\nclosing:\n")] + text[text.index("\nplanning:\n") :]


def without_milestone_8(text: str) -> str:
    start = text.index("          - id: 8-per-direct\n")
    return text[:start] + text[text.index("          - id: ", start + 10) :]


EDITS = {
    "titles and parts": (
        ("    title: Verbeterpunt 2\n", "    title: Verbeterpunt 2 (herzien)\n"),
        ("          heading: Oorzaken hiervan\n", "          heading: Oorzaken\n"),
        (
            "            - Aandacht voor verantwoorde werktoedeling onderdeel maken van "
            "contractmanagement.\n",
            "            - Aandacht voor verantwoorde werktoedeling onderdeel maken van "
            "contractmanagement.\n            - Een nieuw aandachtspunt met *nadruk*.\n",
        ),
        (
            "      text: Er wordt gewerkt conform de norm verantwoorde werktoedeling.\n",
            "      text: Er wordt aantoonbaar gewerkt conform de norm verantwoorde "
            "werktoedeling[^amhk].\n",
        ),
    ),
    "owners and the closing chapter": (
        (
            "          - owner: projectleider-leertuin\n            wording: Projectleider van de "
            "Zeeuwse leertuin in opdracht van de 13 Zeeuwse gemeenten.\n",
            "",
        ),
        (
            "            wording: Functionarissen gegevensbeheer van de Walcherse gemeenten.\n",
            "            wording: De functionarissen gegevensbeheer van de drie Walcherse "
            "gemeenten.\n          - owner: inkoopteam\n            wording: Inkoopteam.\n",
        ),
        without_closing,
    ),
    "an improvement point": (without_point_2,),
    "a milestone, a label, a footnote, a title": (
        without_milestone_8,
        ("  realisation: Realisatie/ tijdperiode\n", "  realisation: Realisatie en planning\n"),
        (
            "    text: Het AMHK is Veilig Thuis Zeeland geworden.\n",
            "    text: Het AMHK heet sinds 2015 Veilig Thuis Zeeland.\n",
        ),
        ("        title: Factsheet over wanneer", "        title: Een factsheet over wanneer"),
    ),
}


def chapters(data: bytes) -> Any:
    """The body from the first chapter on (the table of contents lists the new titles)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
    for child in list(body):
        style = child.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") == "Heading1":
            break
        body.remove(child)
    return body


@pytest.mark.parametrize("backwards", [False, True], ids=["forwards", "backwards"])
@pytest.mark.parametrize("what", list(EDITS))
def test_items_inserted_and_deleted_as_a_whole(what: str, backwards: bool) -> None:
    """Parts, list items, owners, a chapter, an improvement point with its measures, a
    milestone, labels, a footnote, a renumbered chapter: accepting every change gives the
    new plan's report and rejecting every change the old one's, either way round."""
    old, new = model_of(PUBLISHED.read_text("utf-8")), model_of(edited_text(*EDITS[what]))
    if backwards:
        old, new = new, old
    tracked, _ = render_docx(new, compare=Comparison(old, diff_plans(old, new)))
    body = chapters(tracked)
    assert view(body, "del") == view(chapters(render_docx(new)[0]))
    assert view(body, "ins") == view(chapters(render_docx(old)[0]))
    assert body.find(f".//{W}ins") is not None and body.find(f".//{W}del") is not None


# -- readers --------------------------------------------------------------------------------------
def test_the_package_is_well_formed_and_python_docx_reads_it(
    scenario: Scenario, rows: Scenario
) -> None:
    for report in (scenario.tracked, rows.tracked):
        for name, data in report.parts().items():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(data)  # raises on a malformed part
        document = docx.Document(str(report.path))
        assert len(document.tables) >= 3


def pandoc(report: Report, how: str, to: str = "plain") -> str:
    tool = require_tool("pandoc", "apt-get install pandoc")
    done = subprocess.run(
        [tool, f"--track-changes={how}", "-t", to, "--wrap=none", str(report.path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def spans(node: Any) -> Iterator[tuple[list[str], dict[str, str], str]]:
    """Pandoc's JSON: every Span with (classes, attributes, its text)."""
    if isinstance(node, dict):
        if node.get("t") == "Span":
            (_, classes, attributes), inlines = node["c"]
            yield classes, dict(attributes), inline_text(inlines)
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


def inline_text(node: Any) -> str:
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return str(node["c"])
        if node.get("t") in ("Space", "SoftBreak", "LineBreak"):
            return " "
        return inline_text(node.get("c", []))
    if isinstance(node, list):
        return "".join(inline_text(v) for v in node)
    return ""


def test_pandoc_reads_the_insertions_and_deletions(scenario: Scenario) -> None:
    """pandoc --track-changes=all shows each change as a span of class insertion or deletion
    with its author and date; =accept gives the new wording, =reject the old."""
    found = list(spans(json.loads(pandoc(scenario.tracked, "all", "json"))))
    deleted = " ".join(t for c, _, t in found if "deletion" in c)
    inserted = " ".join(t for c, _, t in found if "insertion" in c)
    for words in ("juli", "op een juiste manier", "31-08-2018", "X"):
        assert words in deleted, words
    for words in ("oktober", "alle", "voldoende", "Gebruik van de factsheet in de toegang"):
        assert words in inserted, words
    changed = [a for c, a, _ in found if {"insertion", "deletion"} & set(c)]
    assert {a.get("author") for a in changed} == {AUTHOR}
    assert {a.get("date") for a in changed} == {DATE}
    accepted = norm(pandoc(scenario.tracked, "accept"))
    rejected = norm(pandoc(scenario.tracked, "reject"))
    assert "Voor 1 oktober 2018: Factsheet gereed." in accepted
    assert "Voor 1 juli 2018: Factsheet" not in accepted  # (the version table quotes it)
    assert "op een juiste manier" not in accepted
    assert "Voor 1 juli 2018: Factsheet gereed." in rejected
    assert "Voor 1 oktober 2018" not in rejected
    assert "Wijzigingen" not in rejected and REASON not in rejected  # no version table
    assert "Bij professionals in de toegang is kennis aanwezig om op een juiste manier" in rejected


def tracked_in_fodt(report: Report, folder: Path) -> tuple[list[tuple[str, str, str]], str]:
    """LibreOffice's own record of the changes: (kind, creator, date) of every changed region
    of the document saved as flat ODF, and the document's XML."""
    soffice = require_tool("soffice", LIBREOFFICE_HINT)
    profile = folder / "lo-fodt"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "fodt",
            "--outdir",
            str(folder),
            str(report.path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "HOME": str(profile)},
    )
    xml = (folder / (report.path.stem + ".fodt")).read_text("utf-8")
    regions = re.findall(
        r"<text:changed-region[^>]*>\s*<text:(insertion|deletion)>\s*<office:change-info>\s*"
        r"<dc:creator>([^<]*)</dc:creator>\s*<dc:date>([^<]*)</dc:date>",
        xml,
    )
    return regions, xml


def test_libreoffice_shows_the_changes(scenario: Scenario, tmp_path: Path) -> None:
    """LibreOffice prints both the deleted and the inserted words (struck through and
    underlined, with change bars), and keeps the changes as its own tracked changes, by the
    plan's owners on the revision's date; snapshots of the pages for a person to look at."""
    require_tool("pdftotext", POPPLER_HINT)
    pdf = to_pdf(scenario.tracked.path, tmp_path, tmp_path / "lo-profile")
    pages = [norm(page) for page in pdf_pages_text(pdf)]
    # the words as they flow (a measure table's content column, not side by side with its
    # labels as -layout gives them: where a line breaks depends on the column's width)
    shown = " ".join(pages) + " " + " ".join(norm(page) for page in pdf_pages(pdf))
    for words in (
        "Datum: 31-08-2018 15-10-2018",
        "Voor 1 juli oktober 2018: Factsheet gereed.",
        "Bij alle professionals in de toegang is voldoende kennis aanwezig",
        "om op een juiste manier uitvoering",
        "Voor 1 december 2018: Gebruik van de factsheet",
        "Versiebeheer",
    ):
        assert words in shown, words
    regions, xml = tracked_in_fodt(scenario.tracked, tmp_path)
    assert {kind for kind, _, _ in regions} == {"insertion", "deletion"}
    assert {creator for _, creator, _ in regions} == {AUTHOR}
    assert {date[:10] for _, _, date in regions} == {"2018-10-15"}
    deleted_ids = re.findall(
        r'<text:changed-region[^>]*text:id="([^"]+)"[^>]*>\s*<text:deletion>', xml
    )
    deleted_text = " ".join(
        re.sub(r"<[^>]+>", "", m)
        for i in deleted_ids
        for m in re.findall(
            rf'<text:change-start text:change-id="{i}"/>(.*?)<text:change-end text:change-id="{i}"/>',
            xml,
            re.S,
        )
    )
    assert "op een juiste manier" in deleted_text and "juli" in deleted_text
    measure_6 = next(i for i, p in enumerate(pages) if "Voor 1 juli oktober 2018" in p) + 1
    versions_page = next(i for i, p in enumerate(pages) if "Versiebeheer" in p) + 1
    planning = max(i for i, p in enumerate(pages) if "Planning" in p) + 1
    for page, name in ((versions_page, "versions"), (measure_6, "measure-6"), (planning, "grid")):
        png = snapshot(pdf, page, ARTIFACTS / f"docx-compare-{name}.png")
        assert png.stat().st_size > 1000


def test_the_layout_pass_runs_on_the_report_with_the_changes_accepted(
    scenario: Scenario, tmp_path: Path
) -> None:
    """With LibreOffice, the table of contents has its page numbers: those of the report
    with every change accepted, as the changed plan's own report has them."""
    require_tool("soffice", LIBREOFFICE_HINT)
    require_tool("pdftotext", POPPLER_HINT)
    plain = export(tmp_path, scenario.plan, "plain.docx", pages=True)
    tracked = export(tmp_path, scenario.plan, "tracked.docx", "--compare", PUBLISHED, pages=True)
    assert "pages" in tracked.stderr and "tracked changes since" in tracked.stderr

    def toc(report: Report) -> list[str]:
        entries = [
            text(p)
            for p in report.body().iter(f"{W}p")
            if (p.find(f"{W}pPr/{W}pStyle") is not None)
            and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") in ("toc1", "toc2", "TOC1", "TOC2")
        ]
        return entries

    entries = toc(tracked)
    assert entries and entries == toc(plain)
    assert all(re.search(r"\d+$", e) for e in entries), entries


# -- through git ----------------------------------------------------------------------------------
def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        capture_output=True,
        check=True,
        timeout=60,
    )


def test_compare_with_a_git_revision(scenario: Scenario, tmp_path: Path) -> None:
    """The published plan committed, then changed: `--compare HEAD` gives the report that
    `--compare FILE` gives; a revision git does not know, or a side that is no plan, ends
    the run in one line with exit 2 and writes nothing."""
    require_tool("git", "apt-get install git")
    repo = tmp_path / "verbeterplan"
    repo.mkdir()
    (repo / "plan.yaml").write_bytes(PUBLISHED.read_bytes())
    git("init", "-q", cwd=repo)
    git("add", "plan.yaml", cwd=repo)
    git("commit", "-q", "-m", "Het plan zoals gepubliceerd", cwd=repo)
    (repo / "plan.yaml").write_bytes(scenario.plan.read_bytes())
    done = run_plancheck(
        "export", "docx", "--compare", "HEAD", "-o", "out.docx", "--toc-pages", "none", cwd=repo
    )
    assert done.returncode == 0, done.stderr
    assert "tracked changes since HEAD:plan.yaml" in done.stderr
    assert (repo / "out.docx").read_bytes() == scenario.tracked.data
    bad = run_plancheck("export", "docx", "--compare", "nope", "-o", "bad.docx", cwd=repo)
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines()[-1] == "plancheck: error: git: no revision nope"
    (repo / "notes.yaml").write_text("just: words\n", "utf-8")
    wrong = run_plancheck(
        "export", "docx", "--compare", "notes.yaml", "-o", "bad.docx", "--toc-pages", "none",
        cwd=repo,
    )  # fmt: skip
    assert wrong.returncode == 2 and "the plan notes.yaml is not a valid plan" in wrong.stderr
    assert not (repo / "bad.docx").exists()
