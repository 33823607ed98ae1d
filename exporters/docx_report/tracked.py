"""Tracked changes in the Word report (`plancheck export docx --compare REV|FILE`).

The changes come from plancheck.diff (a `PlanDiff` from the plan then to the plan now);
this module only says where they stand in the report and how WordprocessingML marks them
(ECMA-376 part 1, 17.13.5):

- a deleted run is `<w:del><w:r><w:delText>…</w:delText></w:r></w:del>`, an inserted one
  `<w:ins><w:r><w:t>…</w:t></w:r></w:ins>`, each keeping its run properties;
- an inserted or deleted paragraph carries `w:ins` / `w:del` in its paragraph mark's run
  properties (`w:pPr/w:rPr`);
- an inserted or deleted table row carries `w:ins` / `w:del` in `w:trPr`, with its cells'
  contents inserted or deleted too.

Every mark has the same author and date (see `author_of`, `date_of`) and an id of its own,
drawn from the writer's counter, which bookmarks share, so that no two annotations of the
document have one id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from plancheck.model import Plan

if TYPE_CHECKING:  # the types only: plancheck.diff is not imported by every Word export
    from plancheck.diff import (
        GridMarksMoved,
        ItemRenamed,
        MilestoneRemoved,
        PlanDiff,
        TextChanged,
        ValueChanged,
    )

Op = Literal["equal", "insert", "delete"]
T = TypeVar("T")

_TAG = {"insert": "w:ins", "delete": "w:del"}
_CHANGES = (qn("w:ins"), qn("w:del"))
_DELETED_TEXT = {qn("w:t"): qn("w:delText"), qn("w:instrText"): qn("w:delInstrText")}
# children of w:pPr that come after w:rPr (CT_PPrBase, then rPr, sectPr, pPrChange)
_AFTER_PARAGRAPH_RPR = (qn("w:sectPr"), qn("w:pPrChange"))


@dataclass(frozen=True)
class Comparison:
    """What the report is compared with: the plan then (`old`) and the changes from it to
    the plan being exported (`diff`, from plancheck.diff.diff_plans(old, plan))."""

    old: Plan
    diff: PlanDiff


def author_of(plan: Plan) -> str:
    """Who made the changes: the plan's owners, as the document names its author (the core
    properties' author too): `document.author`, else 'Gemeenten Middelburg, ...'."""
    return plan.document.author or plan.municipalities_line()


def date_of(plan: Plan) -> str:
    """When: the date of the plan's newest revision, at midnight UTC (ISO 8601)."""
    return f"{plan.revisions[-1].date.isoformat()}T00:00:00Z"


class Marks:
    """Makes the w:ins / w:del marks, each with the author, the date and a fresh id."""

    def __init__(self, author: str, date: str, next_id: Callable[[], int]) -> None:
        self.author = author
        self.date = date
        self._next_id = next_id
        self.count = {"insert": 0, "delete": 0}

    def element(self, op: Op) -> Any:
        mark = OxmlElement(_TAG[op])
        mark.set(qn("w:id"), str(self._next_id()))
        mark.set(qn("w:author"), self.author)
        mark.set(qn("w:date"), self.date)
        self.count[op] += 1
        return mark

    def run(self, run: Any, op: Op) -> None:
        """Put a w:r (in a paragraph or a hyperlink) inside a new w:ins or w:del."""
        if op == "equal" or run.getparent() is None or run.getparent().tag in _CHANGES:
            return
        mark = self.element(op)
        run.addprevious(mark)
        mark.append(run)
        if op == "delete":
            for child in run.iter(*_DELETED_TEXT):
                child.tag = _DELETED_TEXT[child.tag]

    def paragraph(self, paragraph: Any, op: Op) -> None:
        """Mark a paragraph's mark (w:pPr/w:rPr/w:ins or w:del)."""
        if op == "equal" or self._mark_of(paragraph) is not None:
            return
        _paragraph_rpr(paragraph).insert(0, self.element(op))  # ins/del come first

    @staticmethod
    def _mark_of(paragraph: Any) -> Any:
        for change in _CHANGES:
            found = paragraph.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{change}")
            if found is not None:
                return found
        return None

    def end_of_cell(self, paragraphs: Sequence[Any]) -> None:
        """A cell's last paragraph mark ends the cell and stays. When paragraphs inserted or
        deleted as a whole end a cell, the mark that goes with them is the one before them:
        'kept¶(ins) new¶' rather than 'kept¶ new¶(ins)', as Word records it."""
        if len(paragraphs) < 2:
            return
        mark = self._mark_of(paragraphs[-1])
        if mark is None:
            return
        for paragraph in reversed(paragraphs[:-1]):
            if self._mark_of(paragraph) is None:
                rpr = mark.getparent()
                _paragraph_rpr(paragraph).insert(0, mark)
                if len(rpr) == 0:
                    rpr.getparent().remove(rpr)
                return

    def row(self, row: Any, op: Op) -> None:
        """Mark a table row (w:trPr/w:ins or w:del, after the other row properties)."""
        if op == "equal":
            return
        trpr = row.find(qn("w:trPr"))
        if trpr is None:
            trpr = OxmlElement("w:trPr")
            after = row.find(qn("w:tblPrEx"))
            if after is not None:
                after.addnext(trpr)
            else:
                row.insert(0, trpr)
        if trpr.find(qn("w:ins")) is None and trpr.find(qn("w:del")) is None:
            change = trpr.find(qn("w:trPrChange"))
            if change is not None:
                change.addprevious(self.element(op))
            else:
                trpr.append(self.element(op))

    def everything(self, elements: Iterable[Any], op: Op) -> None:
        """Mark all that the elements hold: every run, paragraph mark and table row."""
        runs: list[Any] = []
        paragraphs: list[Any] = []
        rows: list[Any] = []
        for element in elements:
            runs += element.iter(qn("w:r"))
            paragraphs += element.iter(qn("w:p"))
            rows += element.iter(qn("w:tr"))
        for run in runs:
            self.run(run, op)
        for paragraph in paragraphs:
            self.paragraph(paragraph, op)
        for row in rows:
            self.row(row, op)


def _paragraph_rpr(paragraph: Any) -> Any:
    """The run properties of a paragraph's mark (w:pPr/w:rPr), made where missing."""
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        paragraph.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        after = next((c for c in ppr if c.tag in _AFTER_PARAGRAPH_RPR), None)
        if after is not None:
            after.addprevious(rpr)
        else:
            ppr.append(rpr)
    return rpr


class Changes:
    """The diff, looked up by what the writer is writing, and the plan it came from."""

    def __init__(self, comparison: Comparison, marks: Marks) -> None:
        diff = comparison.diff
        self.diff = diff
        self.old = comparison.old
        self.marks = marks
        self._texts: dict[tuple[str, str, str, str | None], TextChanged] = {
            (c.entity, c.id, c.field, c.part): c for c in diff.texts
        }
        self._renamed: dict[tuple[str, str], ItemRenamed] = {
            (c.entity, c.id): c for c in diff.renamed
        }
        self._values: dict[tuple[str, str, str], ValueChanged] = {
            (c.entity, c.id, c.field): c for c in diff.values
        }
        self._added = {(c.entity, c.id, c.parent) for c in diff.added}
        self._removed = {(c.entity, c.id, c.parent) for c in diff.removed}
        self.milestones_added = {c.milestone for c in diff.milestones_added}
        self.milestones_removed: dict[str, MilestoneRemoved] = {
            c.milestone: c for c in diff.milestones_removed
        }
        self._grid: dict[tuple[str, str], GridMarksMoved] = {
            (c.measure, c.row): c for c in diff.grid
        }
        self.revisions_added = {c.version for c in diff.revisions}

    def text(
        self, entity: str, ident: str, field: str, part: str | None = None
    ) -> TextChanged | ItemRenamed | None:
        """The change of one text of the report, if it changed."""
        if field == "name":
            return self._renamed.get((entity, ident))
        return self._texts.get((entity, ident, field, part))

    def value(self, entity: str, ident: str, field: str) -> ValueChanged | None:
        return self._values.get((entity, ident, field))

    def added(self, entity: str, ident: str, parent: str | None = None) -> bool:
        return (entity, ident, parent) in self._added

    def removed(self, entity: str, parent: str | None = None) -> set[str]:
        """The ids of the removed items of one kind (under one parent)."""
        return {i for e, i, p in self._removed if e == entity and p == parent}

    def removed_anywhere(self, entity: str) -> set[str]:
        """The ids of the removed items of one kind, under whatever parent."""
        return {i for e, i, _ in self._removed if e == entity}

    def grid(self, measure: str, row: str) -> GridMarksMoved | None:
        return self._grid.get((measure, row))


def interleave(
    new: Sequence[T], old: Sequence[T], key: Callable[[T], str], removed: set[str]
) -> list[tuple[T, bool]]:
    """The new items in their order, each with False, and the removed old ones (with True)
    after the item that came before them in the old order (first if none did)."""
    present = {key(item) for item in new}
    after: dict[str | None, list[T]] = {}
    previous: str | None = None
    for item in old:
        ident = key(item)
        if ident in removed and ident not in present:
            after.setdefault(previous, []).append(item)
        elif ident in present:
            previous = ident
    out = [(item, True) for item in after.get(None, ())]
    for item in new:
        out.append((item, False))
        out += [(gone, True) for gone in after.get(key(item), ())]
    return out
