"""What changed between two versions of a plan, in the plan's own terms (issue 12).

`diff_plans(old, new)` compares two plans built by the one pipeline (loader, schema, model)
and returns a `PlanDiff`: typed, immutable change records, not lines. Items are paired by
their identity, never by their place in a list: milestones, measures, owners, parties,
footnotes and improvement points by id, abbreviations by their letters, planning rows by
measure, list items by number, analysis and chapter parts by heading, revisions by version,
acknowledgements by rule and subject. Reordering the plan is therefore no change.

Every record carries what a renderer needs (old and new values, the word-level difference
of a text) and the data path of the place in the NEW plan (`path`; a removed item has the
path it had in the old plan, `old_path`), so that a report can show the line
(`plancheck.loader.Document.span`) and later exporters (a version table in the Word
report, tracked changes) can reuse the same records. No I/O here, and no wording: the
words a user reads are in plancheck.diff_render, in the plan's language.

Entities (the `entity` of a record): document, label, revision, footnote, owner, party,
abbreviation, milestone, introduction, improvement-point, measure, analysis-part,
measure-list-item, chapter, chapter-part, planning, acknowledgement.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from plancheck import words
from plancheck.loader import PathKey
from plancheck.model import (
    Due,
    ImprovementPoint,
    Measure,
    Milestone,
    Part,
    Plan,
    month_text,
)

WordKind = Literal["equal", "delete", "insert"]
PARAGRAPH = "¶"  # the token for a paragraph break (a blank line) in a word difference

# Entities whose changes are not part of what is published: the revision log is the record
# of changes itself, acknowledgements are the gate's bookkeeping. The version date is
# bookkeeping too (the revision-log rule ties it to the newest revision).
UNPUBLISHED = frozenset({"revision", "acknowledgement"})


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class WordOp:
    """One run of a word-level difference: words kept, deleted or inserted (space-joined;
    a paragraph break is the token PARAGRAPH)."""

    op: WordKind
    text: str


@dataclass(frozen=True)
class DateShift:
    """How far a date moved: in days (latest possible day to latest possible day), and in
    whole months when the move is one (same day of the month, month ends, or months)."""

    days: int
    months: int | None


@dataclass(frozen=True)
class MilestoneAdded:
    milestone: str
    measure: str | None  # None for an external milestone
    wording: str
    text: str | None
    due: str  # as written in the plan: '2018-09-30', '2018-06', 'immediate', 'ongoing'
    start: str | None
    kind: str
    path: PathKey


@dataclass(frozen=True)
class MilestoneRemoved:
    milestone: str
    measure: str | None
    wording: str
    text: str | None
    due: str
    old_path: PathKey  # where it stood in the OLD plan


@dataclass(frozen=True)
class MilestoneMoved:
    """A milestone's `due` or `start` changed (`old`/`new` as written; None: no start)."""

    milestone: str
    measure: str | None
    field: Literal["due", "start"]
    old: str | None
    new: str | None
    shift: DateShift | None  # None when either side is no date (immediate, ongoing, none)
    path: PathKey


@dataclass(frozen=True)
class ItemAdded:
    """A measure, owner, party, footnote, ... that the new plan has and the old had not."""

    entity: str
    id: str
    name: str  # the title, name or text that shows what it is
    parent: str | None  # the improvement point of a measure, the point of a part, ...
    path: PathKey


@dataclass(frozen=True)
class ItemRemoved:
    entity: str
    id: str
    name: str
    parent: str | None
    old_path: PathKey


@dataclass(frozen=True)
class ItemRenamed:
    """Same id, another name or title (a measure's title, an owner's or party's name, an
    improvement point's title)."""

    entity: str
    id: str
    old: str
    new: str
    words: tuple[WordOp, ...]
    path: PathKey


@dataclass(frozen=True)
class TextChanged:
    """A text field changed: `field` names it in the entity ('explanation', 'analysis',
    'wording'); `part` names the part within the field where there are several (an analysis
    part's heading, a list item's number, a label's key, an owner id)."""

    entity: str
    id: str
    field: str
    part: str | None
    old: str
    new: str
    words: tuple[WordOp, ...]
    path: PathKey


@dataclass(frozen=True)
class ValueChanged:
    """A field that is not running text changed (a kind, a list of ids, a month, a code);
    old and new as shown ('' when absent, lists joined with ', ')."""

    entity: str
    id: str
    field: str
    old: str
    new: str
    path: PathKey


@dataclass(frozen=True)
class OwnerAppointed:
    """`appointed` of an owner changed: True when someone now holds the role."""

    owner: str
    name: str
    appointed: bool
    path: PathKey


@dataclass(frozen=True)
class GridMarksMoved:
    """The X marks of one planning row changed (months as 'YYYY-MM')."""

    measure: str
    row: Literal["work", "evaluation"]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    path: PathKey


@dataclass(frozen=True)
class RevisionAdded:
    version: str
    date: dt.date
    reason: str
    changes: tuple[str, ...]
    removed: tuple[str, ...]
    path: PathKey


Change = (
    MilestoneAdded
    | MilestoneRemoved
    | MilestoneMoved
    | ItemAdded
    | ItemRemoved
    | ItemRenamed
    | TextChanged
    | ValueChanged
    | OwnerAppointed
    | GridMarksMoved
    | RevisionAdded
)


@dataclass(frozen=True)
class PlanDiff:
    """Every change from the old plan to the new, by kind, each list in plan order."""

    old: str  # how the old side is named: 'HEAD:plan.yaml', 'old/plan.yaml'
    new: str
    language: str  # the new plan's document.language: the words of every rendering
    labels: dict[str, str] = field(default_factory=dict, compare=False)  # the new plan's
    milestones_added: tuple[MilestoneAdded, ...] = ()
    milestones_removed: tuple[MilestoneRemoved, ...] = ()
    milestones_moved: tuple[MilestoneMoved, ...] = ()
    added: tuple[ItemAdded, ...] = ()
    removed: tuple[ItemRemoved, ...] = ()
    renamed: tuple[ItemRenamed, ...] = ()
    texts: tuple[TextChanged, ...] = ()
    values: tuple[ValueChanged, ...] = ()
    appointed: tuple[OwnerAppointed, ...] = ()
    grid: tuple[GridMarksMoved, ...] = ()
    revisions: tuple[RevisionAdded, ...] = ()

    @property
    def changes(self) -> tuple[Change, ...]:
        """All records: milestones first, then the other items, texts, values, the planning
        grid and the revisions added."""
        return (
            *self.milestones_moved,
            *self.milestones_added,
            *self.milestones_removed,
            *self.added,
            *self.removed,
            *self.renamed,
            *self.appointed,
            *self.texts,
            *self.values,
            *self.grid,
            *self.revisions,
        )

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def milestone_changes(self) -> dict[str, tuple[Change, ...]]:
        """The records about each milestone (moved, added, removed, its texts and values),
        by milestone id, in plan order: what the revision log must name."""
        out: dict[str, list[Change]] = {}
        for change in self.changes:
            ident = milestone_of(change)
            if ident is not None:
                out.setdefault(ident, []).append(change)
        return {ident: tuple(changes) for ident, changes in out.items()}

    def published_changes(self) -> tuple[Change, ...]:
        """The records about what is published, other than milestones: texts, names, items,
        values and grid marks (not the revision log, the acknowledgements or the version date)."""
        return tuple(
            c
            for c in self.changes
            if milestone_of(c) is None and not isinstance(c, RevisionAdded) and _published(c)
        )


def milestone_of(change: Change) -> str | None:
    """The milestone a record is about, if it is about one."""
    if isinstance(change, MilestoneAdded | MilestoneRemoved | MilestoneMoved):
        return change.milestone
    if isinstance(change, TextChanged | ValueChanged) and change.entity == "milestone":
        return change.id
    return None


def _published(change: Change) -> bool:
    entity = getattr(change, "entity", None)
    if entity in UNPUBLISHED:
        return False
    return not (
        isinstance(change, ValueChanged) and (entity, change.field) == ("document", "version_date")
    )


# --------------------------------------------------------------------------- words


def tokens(text: str) -> list[str]:
    """The words of a text, with PARAGRAPH between paragraphs (blank lines)."""
    out: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", text.strip()):
        words = paragraph.split()
        if not words:
            continue
        if out:
            out.append(PARAGRAPH)
        out.extend(words)
    return out


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """The word-level difference of two texts (difflib.SequenceMatcher on word tokens; a
    replacement is a deletion followed by an insertion)."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops: list[WordOp] = []

    def add(kind: WordKind, words: list[str]) -> None:
        if not words:
            return
        if ops and ops[-1].op == kind:
            ops[-1] = WordOp(kind, f"{ops[-1].text} {' '.join(words)}")
        else:
            ops.append(WordOp(kind, " ".join(words)))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", a[i1:i2])
        else:
            add("delete", a[i1:i2])
            add("insert", b[j1:j2])
    return tuple(ops)


def _same_text(old: str | None, new: str | None) -> bool:
    """Equal but for trailing spaces and the line end a `|` block adds."""

    def norm(text: str | None) -> str:
        return "\n".join(line.rstrip() for line in (text or "").strip().splitlines())

    return norm(old) == norm(new)


# --------------------------------------------------------------------------- dates


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


def date_shift(old: Due, new: Due) -> DateShift | None:
    """How far a due moved, or None when either is not a date (immediate, ongoing)."""
    before, after = old.latest_date(), new.latest_date()
    if before is None or after is None:
        return None
    days = (after - before).days
    whole = before.day == after.day or (_month_end(before) and _month_end(after))
    months = _month_index(after) - _month_index(before) if whole else None
    return DateShift(days, months)


# --------------------------------------------------------------------------- comparing

T = TypeVar("T")


def _keyed(items: Iterable[T], key: Callable[[T], str]) -> list[tuple[str, T]]:
    """(key, item); the second item with a key already seen gets the key with '#2', ..."""
    seen: dict[str, int] = {}
    out: list[tuple[str, T]] = []
    for item in items:
        k = key(item)
        seen[k] = seen.get(k, 0) + 1
        out.append((k if seen[k] == 1 else f"{k}#{seen[k]}", item))
    return out


def _pair(
    old: Iterable[T], new: Iterable[T], key: Callable[[T], str]
) -> tuple[list[T], list[tuple[T, T]], list[T]]:
    """(only in old, pairs in new order, only in new), paired by key; of two items with one
    key (two parts under one heading) the first pairs with the first, the second with the
    second."""
    old_by = dict(_keyed(old, key))
    new_keyed = _keyed(new, key)
    new_keys = {k for k, _ in new_keyed}
    pairs = [(old_by[k], item) for k, item in new_keyed if k in old_by]
    added = [item for k, item in new_keyed if k not in old_by]
    removed = [item for k, item in old_by.items() if k not in new_keys]
    return removed, pairs, added


def _show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return ", ".join(_show(v) for v in value)
    return str(value)


@dataclass
class _Collector:
    milestones_added: list[MilestoneAdded] = field(default_factory=list)
    milestones_removed: list[MilestoneRemoved] = field(default_factory=list)
    milestones_moved: list[MilestoneMoved] = field(default_factory=list)
    added: list[ItemAdded] = field(default_factory=list)
    removed: list[ItemRemoved] = field(default_factory=list)
    renamed: list[ItemRenamed] = field(default_factory=list)
    texts: list[TextChanged] = field(default_factory=list)
    values: list[ValueChanged] = field(default_factory=list)
    appointed: list[OwnerAppointed] = field(default_factory=list)
    grid: list[GridMarksMoved] = field(default_factory=list)
    revisions: list[RevisionAdded] = field(default_factory=list)

    def text(
        self,
        entity: str,
        ident: str,
        name: str,
        old: str | None,
        new: str | None,
        path: PathKey,
        part: str | None = None,
    ) -> None:
        if not _same_text(old, new):
            old, new = old or "", new or ""
            self.texts.append(
                TextChanged(entity, ident, name, part, old, new, word_diff(old, new), path)
            )

    def value(
        self, entity: str, ident: str, name: str, old: object, new: object, path: PathKey
    ) -> None:
        if old != new:
            self.values.append(ValueChanged(entity, ident, name, _show(old), _show(new), path))

    def rename(self, entity: str, ident: str, old: str, new: str, path: PathKey) -> None:
        if not _same_text(old, new):
            self.renamed.append(ItemRenamed(entity, ident, old, new, word_diff(old, new), path))

    def items(
        self,
        entity: str,
        old: Sequence[T],
        new: Sequence[T],
        key: Callable[[T], str],
        name: Callable[[T], str],
        path: Callable[[T], PathKey],
        parent: str | None = None,
    ) -> list[tuple[T, T]]:
        """Record what was added and removed; return the pairs to compare further."""
        gone, pairs, fresh = _pair(old, new, key)
        for item in gone:
            self.removed.append(ItemRemoved(entity, key(item), name(item), parent, path(item)))
        for item in fresh:
            self.added.append(ItemAdded(entity, key(item), name(item), parent, path(item)))
        return pairs

    def result(self, old: Plan, new: Plan, old_name: str, new_name: str) -> PlanDiff:
        return PlanDiff(
            old=old_name,
            new=new_name,
            language=new.document.language,
            labels=dict(new.labels),
            milestones_added=tuple(self.milestones_added),
            milestones_removed=tuple(self.milestones_removed),
            milestones_moved=tuple(self.milestones_moved),
            added=tuple(self.added),
            removed=tuple(self.removed),
            renamed=tuple(self.renamed),
            texts=tuple(self.texts),
            values=tuple(self.values),
            appointed=tuple(self.appointed),
            grid=tuple(self.grid),
            revisions=tuple(self.revisions),
        )


def diff_plans(
    old: Plan, new: Plan, old_name: str | None = None, new_name: str | None = None
) -> PlanDiff:
    """The changes from `old` to `new` (both built by plancheck.model.build_plan)."""
    out = _Collector()
    _document(out, old, new)
    _revisions(out, old, new)
    _registries(out, old, new)
    _milestones(out, old, new)
    _introduction(out, old, new)
    _points(out, old, new)
    _closing(out, old, new)
    _planning(out, old, new)
    _acknowledged(out, old, new)
    return out.result(old, new, old_name or old.source, new_name or new.source)


def _document(out: _Collector, old: Plan, new: Plan) -> None:
    a, b = old.document, new.document
    for name in ("title", "author", "contents_title"):
        out.text("document", "", name, getattr(a, name), getattr(b, name), ("document", name))
    out.text(
        "document",
        "",
        "running_header",
        "\n\n".join(a.running_header),
        "\n\n".join(b.running_header),
        ("document", "running_header"),
    )
    for name in ("municipalities", "inspectorates", "code", "language"):
        out.value("document", "", name, getattr(a, name), getattr(b, name), ("document", name))
    out.value(
        "document",
        "",
        "version_date",
        a.version_date.isoformat(),
        b.version_date.isoformat(),
        ("document", "version_date"),
    )
    for key in sorted(set(old.labels) | set(new.labels)):
        out.text("label", key, "label", old.labels.get(key), new.labels.get(key), ("labels", key))


def _revisions(out: _Collector, old: Plan, new: Plan) -> None:
    gone, pairs, fresh = _pair(old.revisions, new.revisions, lambda r: r.version)
    for r in gone:
        out.removed.append(ItemRemoved("revision", r.version, r.reason, None, r.path))
    for r in fresh:
        out.revisions.append(
            RevisionAdded(r.version, r.date, r.reason, r.changes, r.removed, r.path)
        )
    for a, b in pairs:
        ident = b.version
        out.value("revision", ident, "date", a.date.isoformat(), b.date.isoformat(), b.path)
        out.text("revision", ident, "reason", a.reason, b.reason, (*b.path, "reason"))
        out.value("revision", ident, "changes", a.changes, b.changes, (*b.path, "changes"))
        out.value("revision", ident, "removed", a.removed, b.removed, (*b.path, "removed"))


def _registries(out: _Collector, old: Plan, new: Plan) -> None:
    for fa, fb in out.items(
        "footnote", old.footnotes, new.footnotes, lambda f: f.id, lambda f: f.text, _path
    ):
        out.text("footnote", fb.id, "text", fa.text, fb.text, (*fb.path, "text"))
    for oa, ob in out.items(
        "owner", old.owners, new.owners, lambda o: o.id, lambda o: o.name, _path
    ):
        out.rename("owner", ob.id, oa.name, ob.name, (*ob.path, "name"))
        if oa.appointed != ob.appointed:
            out.appointed.append(
                OwnerAppointed(ob.id, ob.name, ob.appointed, (*ob.path, "appointed"))
            )
        out.value("owner", ob.id, "municipalities", oa.municipalities, ob.municipalities, ob.path)
    for pa, pb in out.items(
        "party", old.parties, new.parties, lambda p: p.id, lambda p: p.name, _path
    ):
        out.rename("party", pb.id, pa.name, pb.name, (*pb.path, "name"))
        out.value("party", pb.id, "abbreviation", pa.abbreviation, pb.abbreviation, pb.path)
    for aa, ab in out.items(
        "abbreviation",
        old.abbreviations,
        new.abbreviations,
        lambda x: x.abbreviation,
        lambda x: x.meaning,
        _path,
    ):
        out.text(
            "abbreviation",
            ab.abbreviation,
            "meaning",
            aa.meaning,
            ab.meaning,
            (*ab.path, "meaning"),
        )


def _path(item: object) -> PathKey:
    path: PathKey = getattr(item, "path")  # noqa: B009  (every model item has one)
    return path


def _all_milestones(plan: Plan) -> tuple[Milestone, ...]:
    return (*plan.milestones, *plan.external_milestones)


def _milestones(out: _Collector, old: Plan, new: Plan) -> None:
    gone, pairs, fresh = _pair(_all_milestones(old), _all_milestones(new), lambda m: m.id)
    for m in fresh:
        out.milestones_added.append(
            MilestoneAdded(
                m.id,
                m.measure_id,
                m.wording,
                m.text,
                m.due.raw,
                m.start.raw if m.start else None,
                m.kind,
                m.path,
            )
        )
    for m in gone:
        out.milestones_removed.append(
            MilestoneRemoved(m.id, m.measure_id, m.wording, m.text, m.due.raw, m.path)
        )
    for a, b in pairs:
        _milestone(out, a, b)


def _milestone(out: _Collector, a: Milestone, b: Milestone) -> None:
    if a.due.raw != b.due.raw:
        out.milestones_moved.append(
            MilestoneMoved(
                b.id,
                b.measure_id,
                "due",
                a.due.raw,
                b.due.raw,
                date_shift(a.due, b.due),
                (*b.path, "due"),
            )
        )
    old_start, new_start = (a.start.raw if a.start else None), (b.start.raw if b.start else None)
    if old_start != new_start:
        shift = date_shift(a.start, b.start) if a.start and b.start else None
        where = (*b.path, "start") if b.start else (*b.path, "due")
        out.milestones_moved.append(
            MilestoneMoved(b.id, b.measure_id, "start", old_start, new_start, shift, where)
        )
    out.text("milestone", b.id, "wording", a.wording, b.wording, (*b.path, "wording"))
    out.text("milestone", b.id, "text", a.text, b.text, (*b.path, "text"))
    out.text("milestone", b.id, "title", a.title, b.title, (*b.path, "title"))
    out.value("milestone", b.id, "kind", a.kind, b.kind, (*b.path, "kind"))
    out.value("milestone", b.id, "builds_on", a.builds_on, b.builds_on, (*b.path, "builds_on"))
    out.value("milestone", b.id, "measure", a.measure_id, b.measure_id, b.path)


def _parts(
    out: _Collector,
    entity: str,
    owner_entity: str,
    owner_id: str,
    field_name: str,
    old: Sequence[Part],
    new: Sequence[Part],
) -> None:
    """Parts (analysis parts, chapter parts) paired by heading."""
    for a, b in out.items(
        entity, old, new, lambda p: p.heading, lambda p: p.heading, _path, parent=owner_id
    ):
        out.text(owner_entity, owner_id, field_name, a.text, b.text, (*b.path, "text"), b.heading)
        out.value(owner_entity, owner_id, f"{field_name}.kind", a.kind, b.kind, b.path)


def _introduction(out: _Collector, old: Plan, new: Plan) -> None:
    a, b = old.introduction, new.introduction
    path = ("introduction",)
    out.text("introduction", "", "title", a.title, b.title, (*path, "title"))
    out.text(
        "introduction",
        "",
        "points_heading",
        a.points_heading,
        b.points_heading,
        (*path, "points_heading"),
    )
    out.text(
        "introduction",
        "",
        "response.heading",
        a.response.heading,
        b.response.heading,
        (*path, "response", "heading"),
    )
    out.text(
        "introduction",
        "",
        "response",
        a.response.text,
        b.response.text,
        (*path, "response", "text"),
    )


def _points(out: _Collector, old: Plan, new: Plan) -> None:
    for a, b in out.items(
        "improvement-point",
        old.improvement_points,
        new.improvement_points,
        lambda p: p.id,
        lambda p: p.title,
        _path,
    ):
        _point(out, a, b)
    # measures are paired across improvement points: one moved to another point is the same
    gone, pairs, fresh = _pair(old.measures, new.measures, lambda m: m.id)
    for m in gone:
        out.removed.append(ItemRemoved("measure", m.id, m.title, m.point_id, m.path))
    for m in fresh:
        out.added.append(ItemAdded("measure", m.id, m.title, m.point_id, m.path))
    for before, after in pairs:
        _measure(out, before, after)


def _point(out: _Collector, a: ImprovementPoint, b: ImprovementPoint) -> None:
    ident, path = b.id, b.path
    out.rename("improvement-point", ident, a.title, b.title, (*path, "title"))
    for name in ("statement", "inspectorate_wording", "measures_title", "elaboration_title"):
        out.text(
            "improvement-point", ident, name, getattr(a, name), getattr(b, name), (*path, name)
        )
    out.text(
        "improvement-point",
        ident,
        "analysis.title",
        a.analysis_title,
        b.analysis_title,
        (*path, "analysis", "title"),
    )
    _parts(out, "analysis-part", "improvement-point", ident, "analysis", a.analysis, b.analysis)
    out.text(
        "improvement-point",
        ident,
        "objective.title",
        a.objective_title,
        b.objective_title,
        (*path, "objective", "title"),
    )
    out.text(
        "improvement-point",
        ident,
        "objective",
        a.objective,
        b.objective,
        (*path, "objective", "text"),
    )
    for x, y in out.items(
        "measure-list-item",
        a.measure_list,
        b.measure_list,
        lambda i: i.number,
        lambda i: i.text,
        _path,
        parent=ident,
    ):
        out.text(
            "improvement-point", ident, "measure_list", x.text, y.text, (*y.path, "text"), y.number
        )
        out.value(
            "improvement-point",
            ident,
            f"measure_list.{y.number}",
            x.measures,
            y.measures,
            (*y.path, "measures"),
        )


def _measure(out: _Collector, a: Measure, b: Measure) -> None:
    ident, path = b.id, b.path
    out.rename("measure", ident, a.title, b.title, (*path, "title"))
    out.value("measure", ident, "point", a.point_id, b.point_id, path)
    for key in sorted(set(a.labels) | set(b.labels)):
        out.text(
            "measure",
            ident,
            "labels",
            a.labels.get(key),
            b.labels.get(key),
            (*path, "labels", key),
            key,
        )
    for name in words.MEASURE_TEXT_ROWS:
        out.text("measure", ident, name, getattr(a, name), getattr(b, name), (*path, name))
    out.value(
        "measure",
        ident,
        "owners",
        tuple(r.owner for r in a.owners),
        tuple(r.owner for r in b.owners),
        (*path, "owners"),
    )
    old_refs = {r.owner: r for r in a.owners}
    for ref in b.owners:
        before = old_refs.get(ref.owner)
        if before is not None:
            out.text(
                "measure",
                ident,
                "owners",
                before.wording,
                ref.wording,
                (*ref.path, "wording"),
                ref.owner,
            )
    out.text("measure", ident, "involved", a.involved, b.involved, (*path, "involved", "text"))
    out.value("measure", ident, "parties", a.parties, b.parties, (*path, "involved", "parties"))
    if a.realisation != b.realisation:
        order_a = tuple(m.id for m in a.realisation)
        order_b = tuple(m.id for m in b.realisation)
        if order_a != order_b and set(order_a) == set(order_b):  # the same ones, reordered
            out.value("measure", ident, "realisation", order_a, order_b, (*path, "realisation"))


def _closing(out: _Collector, old: Plan, new: Plan) -> None:
    a, b = old.closing, new.closing
    if b is not None and a is None:
        out.added.append(ItemAdded("chapter", "closing", b.title, None, b.path))
    elif a is not None and b is None:
        out.removed.append(ItemRemoved("chapter", "closing", a.title, None, a.path))
    elif a is not None and b is not None:
        out.text("chapter", "closing", "title", a.title, b.title, (*b.path, "title"))
        _parts(out, "chapter-part", "chapter", "closing", "parts", a.parts, b.parts)


def _planning(out: _Collector, old: Plan, new: Plan) -> None:
    a, b = old.planning, new.planning
    out.text("planning", "", "title", a.title, b.title, ("planning", "title"))
    out.value(
        "planning", "", "start", month_text(a.start), month_text(b.start), ("planning", "start")
    )
    out.value("planning", "", "end", month_text(a.end), month_text(b.end), ("planning", "end"))
    gone, pairs, fresh = _pair(a.rows, b.rows, lambda r: r.measure)
    rows = [*((x, y) for x, y in pairs), *((None, y) for y in fresh), *((x, None) for x in gone)]
    for before, after in rows:
        row = after or before
        assert row is not None
        for kind in ("work", "evaluation"):
            was = set(getattr(before, kind, ()))
            now = set(getattr(after, kind, ()))
            if was != now:
                out.grid.append(
                    GridMarksMoved(
                        row.measure,
                        "work" if kind == "work" else "evaluation",
                        tuple(month_text(m) for m in sorted(now - was)),
                        tuple(month_text(m) for m in sorted(was - now)),
                        (*after.path, kind) if after is not None else ("planning", "rows"),
                    )
                )


def _acknowledged(out: _Collector, old: Plan, new: Plan) -> None:
    for a, b in out.items(
        "acknowledgement",
        old.acknowledged,
        new.acknowledged,
        lambda x: f"{x.rule}/{x.subject}",
        lambda x: x.reason or "",
        _path,
    ):
        out.text(
            "acknowledgement",
            f"{b.rule}/{b.subject}",
            "reason",
            a.reason,
            b.reason,
            (*b.path, "reason"),
        )
