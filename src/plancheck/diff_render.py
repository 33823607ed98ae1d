"""A PlanDiff as the user reads it: text for the terminal, Markdown for a merge-request
comment or the job summary, JSON for programs (keys documented in docs/diff.md).

The words are the plan's language (`document.language`: Dutch for 'nl-...', else English),
all in the one table of the outputs' words (plancheck.words, its diff group, keyed by
language and by label name), so that a gettext catalogue can take them over; the
measure-table fields are named with the plan's own labels ('Toelichting maatregel').

Every record becomes one line: a subject ('6-factsheet (Maatregel 6)'), what happened, and
pieces of text; a word-level difference is shown as [-old-]{+new+} in text and as
~~old~~ **new** in Markdown, with long unchanged runs cut to a few words around a change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from plancheck import words
from plancheck.diff import (
    Change,
    DateShift,
    GridMarksMoved,
    ItemAdded,
    ItemRemoved,
    ItemRenamed,
    MilestoneAdded,
    MilestoneMoved,
    MilestoneRemoved,
    OwnerAppointed,
    PlanDiff,
    RevisionAdded,
    TextChanged,
    ValueChanged,
    WordOp,
)
from plancheck.loader import Document, PathKey
from plancheck.markup import plain_text
from plancheck.model import Due
from plancheck.wording import MONTH_NAMES as MONTH_NAMES_NL
from plancheck.words import DIFF

FORMATS = ("text", "markdown", "json")
JSON_VERSION = 1
CONTEXT_WORDS = 8  # unchanged words kept on each side of a change
NAME_LENGTH = 120  # an added or removed item's name is cut to this many characters

# ---------------------------------------------------------------------------- the words


def label_key(key: str) -> str:
    """The plan's label that overrides one of the diff's words: 'diff_' and the word's key
    with '_' for '.' and '-' ('s.milestones' -> 'diff_s_milestones')."""
    if key == "f.measure_list.":
        return "diff_f_measure_list_of"
    return "diff_" + re.sub(r"[.-]", "_", key)


# The diff's own keys, in the order of the table's diff group (plancheck.words, where each
# is stored under its label name, label_key(key)).
KEYS: tuple[str, ...] = (
    "title",
    "no_changes",
    "one_change",
    "changes",
    "line",
    "moved",
    "start_moved",
    "added",
    "removed",
    "renamed",
    "appointed",
    "unappointed",
    "marks_added",
    "marks_removed",
    "changes_named",
    "removed_named",
    "none",
    "layout",
    "month",
    "months",
    "day",
    "days",
    "immediate",
    "ongoing",
    "version",
    "new_version",
    "s.milestones",
    "s.measures",
    "s.owners",
    "s.parties",
    "s.footnotes",
    "s.texts",
    "s.planning",
    "s.revisions",
    "s.acknowledged",
    "e.document",
    "e.label",
    "e.revision",
    "e.footnote",
    "e.owner",
    "e.party",
    "e.abbreviation",
    "e.milestone",
    "e.introduction",
    "e.improvement-point",
    "e.analysis-part",
    "e.measure-list-item",
    "e.chapter",
    "e.chapter-part",
    "e.planning",
    "e.acknowledgement",
    "f.wording",
    "f.text",
    "f.title",
    "f.author",
    "f.contents_title",
    "f.running_header",
    "f.municipalities",
    "f.inspectorates",
    "f.code",
    "f.language",
    "f.version_date",
    "f.label",
    "f.date",
    "f.reason",
    "f.changes",
    "f.removed",
    "f.meaning",
    "f.abbreviation",
    "f.kind",
    "f.builds_on",
    "f.measure",
    "f.point",
    "f.labels",
    "f.realisation",
    "f.statement",
    "f.inspectorate_wording",
    "f.analysis",
    "f.analysis.title",
    "f.analysis.kind",
    "f.objective",
    "f.objective.title",
    "f.measures_title",
    "f.elaboration_title",
    "f.measure_list",
    "f.measure_list.",
    "f.points_heading",
    "f.response",
    "f.response.heading",
    "f.parts",
    "f.parts.kind",
    "f.start",
    "f.end",
    "f.parties",
    "f.work",
    "f.evaluation",
)
# the diff's words by its own key, per language
WORDS: dict[str, dict[str, str]] = {
    language: {key: table[label_key(key)] for key in KEYS} for language, table in DIFF.items()
}
MONTH_NAMES = {
    "nl": MONTH_NAMES_NL,
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
# entity -> the section of the report it is listed in
SECTIONS = {
    "milestone": "milestones",
    "measure": "measures",
    "owner": "owners",
    "party": "parties",
    "footnote": "footnotes",
    "planning": "planning",
    "revision": "revisions",
    "acknowledgement": "acknowledged",
}
SECTION_ORDER = (
    "milestones",
    "measures",
    "owners",
    "parties",
    "footnotes",
    "texts",
    "planning",
    "revisions",
    "acknowledged",
)


def _fields(template: str) -> set[str] | None:
    """The {fields} of a template, or None when it is no plain template (a lone brace, a
    format spec, an index)."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return None
    names: set[str] = set()
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            return None
        names.add(name)
    return names


def plan_diff_words(lang: str, labels: dict[str, str]) -> dict[str, str]:
    """The diff's words in language `lang` under the plan's `labels` (issue 17): a label
    `diff_<key>` replaces a word when its {fields} are the word's; the Measures section is
    headed with the plan's own plural (`labels.measures`) unless a label says otherwise."""
    words = dict(WORDS[lang])
    if "measures" in labels:
        words["s.measures"] = labels["measures"]
    for key, text in WORDS[lang].items():
        own = labels.get(label_key(key))
        if own is not None and _fields(own) == _fields(text):
            words[key] = own
    return words


def language_of(diff: PlanDiff) -> str:
    """'nl' for a Dutch plan, else 'en' (the words WORDS has)."""
    code = diff.language.split("-")[0].lower()
    return code if code in WORDS else "en"


# ---------------------------------------------------------------------------- lines

Piece = tuple[Literal["plain", "old", "new", "words", "id"], Any]


@dataclass(frozen=True)
class Line:
    """One record as words: its section, subject, pieces, and its place in the new file."""

    section: str
    subject: str
    pieces: tuple[Piece, ...]
    path: PathKey | None


class _Words:
    def __init__(self, diff: PlanDiff) -> None:
        self.lang = language_of(diff)
        self.labels = diff.labels
        self.words = plan_diff_words(self.lang, self.labels)
        names = tuple(self.labels.get("month_names", "").split())
        self.months = names if len(names) == 12 else MONTH_NAMES[self.lang]

    def __call__(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def field(self, entity: str, name: str) -> str:
        # a measure table row is named by the plan's own label (labels: explanation: ...)
        if entity == "measure" and name in words.MEASURE_ROWS and name in self.labels:
            return self.labels[name]
        if name.startswith("measure_list."):
            return f"{self.words['f.measure_list.']} {name.removeprefix('measure_list.')}"
        return self.words.get(f"f.{name}", name)

    def measure(self, ident: str | None) -> str:
        return f"{self.labels.get('measure', self.words['f.measure'])} {ident}"

    def entity(self, entity: str, ident: str, parent: str | None = None) -> str:
        if entity == "measure":
            return self.measure(ident)
        if entity == "improvement-point":
            return f"{self.labels.get('point', self.words['e.improvement-point'])} {ident}"
        if entity == "milestone":
            return f"{ident} ({self.measure(parent)})" if parent else ident
        if entity in ("analysis-part", "measure-list-item") and parent:
            point = self.entity("improvement-point", parent)
            return f"{point}, {self.words[f'e.{entity}'].lower()} {ident}"
        name = self.words.get(f"e.{entity}", entity)
        return f"{name} {ident}".strip()

    def day(self, day: dt.date) -> str:
        if self.lang == "nl":
            return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"
        return f"{day.day} {self.months[day.month - 1]} {day.year}"

    def month(self, text: str) -> str:
        year, month = text.split("-")[:2]
        return f"{self.months[int(month) - 1]} {int(year)}"

    def due(self, raw: str | None) -> str:
        if raw is None:
            return self.words["none"]
        due = Due.parse(raw)
        if due.kind in ("immediate", "ongoing"):
            return self.words[due.kind]
        if due.day is not None:
            return self.day(due.day)
        return self.month(raw)

    def shift(self, shift: DateShift | None) -> str | None:
        if shift is None or shift.days == 0:
            return None
        if shift.months:
            count, one, many = shift.months, "month", "months"
        else:
            count, one, many = shift.days, "day", "days"
        unit = self.words[one] if abs(count) == 1 else self.words[many]
        return f"{count:+d} {unit}"


def _cut(text: str, limit: int = NAME_LENGTH) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.:;") + "…"


def _fill(template: str, **values: Piece) -> list[Piece]:
    """A template of WORDS with its {fields} replaced by pieces."""
    out: list[Piece] = []
    for literal, name, _, _ in string.Formatter().parse(template):
        if literal:
            out.append(("plain", literal))
        if name is not None:
            out.append(values[name])
    return out


def _line(change: Change, w: _Words) -> Line:
    """The words for one record."""
    pieces: list[Piece]
    if isinstance(change, MilestoneMoved):
        key = "moved" if change.field == "due" else "start_moved"
        pieces = _fill(w.words[key], old=("old", w.due(change.old)), new=("new", w.due(change.new)))
        shift = w.shift(change.shift)
        if shift:
            pieces.append(("plain", f" ({shift})"))
        subject = w.entity("milestone", change.milestone, change.measure)
        return Line("milestones", subject, tuple(pieces), change.path)
    if isinstance(change, MilestoneAdded):
        text = f"{change.wording}: {change.text}" if change.text else change.wording
        return Line(
            "milestones",
            w.entity("milestone", change.milestone, change.measure),
            (
                ("plain", f"{w('added')}: "),
                ("new", _cut(text)),
                ("plain", f" ({w.due(change.due)})"),
            ),
            change.path,
        )
    if isinstance(change, MilestoneRemoved):
        text = f"{change.wording}: {change.text}" if change.text else change.wording
        return Line(
            "milestones",
            w.entity("milestone", change.milestone, change.measure),
            (("plain", f"{w('removed')}: "), ("old", _cut(text))),
            None,
        )
    if isinstance(change, ItemAdded | ItemRemoved):
        added = isinstance(change, ItemAdded)
        section = SECTIONS.get(change.entity, "texts")
        word = w("added") if added else w("removed")
        pieces = [("plain", f"{word}")]
        if change.name and change.name != change.id:
            pieces += [("plain", ": "), ("new" if added else "old", _cut(change.name))]
        path = change.path if isinstance(change, ItemAdded) else None
        return Line(section, w.entity(change.entity, change.id, change.parent), tuple(pieces), path)
    if isinstance(change, ItemRenamed):
        section = SECTIONS.get(change.entity, "texts")
        return Line(
            section,
            w.entity(change.entity, change.id),
            (("plain", f"{w('renamed')}: "), ("words", change.words)),
            change.path,
        )
    if isinstance(change, OwnerAppointed):
        word = w("appointed") if change.appointed else w("unappointed")
        return Line(
            "owners",
            w.entity("owner", change.owner),
            (("plain", f"{word}: "), ("new", change.name)),
            change.path,
        )
    if isinstance(change, TextChanged):
        section = SECTIONS.get(change.entity, "texts")
        what = w.field(change.entity, change.field)
        if change.part:
            what = (
                f"{what} {change.part}" if change.field != "analysis" else f"{what}: {change.part}"
            )
        subject = w.entity(change.entity, change.id)
        if change.entity == "milestone":
            subject = change.id
        if change.entity == "label":
            subject, what = w.words["e.label"], change.id
        if any(op.op != "equal" for op in change.words):
            body: Piece = ("words", change.words)
        else:
            body = ("plain", f"({w('layout')})")
        return Line(section, f"{subject}, {what}".strip(", "), (body,), change.path)
    if isinstance(change, ValueChanged):
        section = SECTIONS.get(change.entity, "texts")
        subject = change.id if change.entity == "milestone" else w.entity(change.entity, change.id)
        what = w.field(change.entity, change.field)
        old = change.old or w("none")
        new = change.new or w("none")
        if change.field in ("start", "end") and change.entity == "planning":
            old, new = w.month(change.old), w.month(change.new)
        if change.field == "version_date":
            old = w.day(dt.date.fromisoformat(change.old))
            new = w.day(dt.date.fromisoformat(change.new))
        return Line(
            section,
            f"{subject}, {what}".strip(", "),
            (("old", old), ("plain", " → "), ("new", new)),
            change.path,
        )
    if isinstance(change, GridMarksMoved):
        subject = w.measure(change.measure)
        if change.row == "evaluation":
            subject += f", {w.labels.get('evaluation_row', w.field('', 'evaluation'))}"
        parts: list[Piece] = []
        if change.added:
            months = ", ".join(w.month(m) for m in change.added)
            parts += _fill(w.words["marks_added"], months=("new", months))
        if change.removed:
            if parts:
                parts.append(("plain", "; "))
            months = ", ".join(w.month(m) for m in change.removed)
            parts += _fill(w.words["marks_removed"], months=("old", months))
        return Line("planning", subject, tuple(parts), change.path)
    if isinstance(change, RevisionAdded):
        pieces = [("new", _cut(change.reason))]
        if change.changes:
            pieces += [("plain", f" — {w('changes_named')}: "), ("id", ", ".join(change.changes))]
        if change.removed:
            pieces += [("plain", f" — {w('removed_named')}: "), ("id", ", ".join(change.removed))]
        subject = f"{w('new_version')} {change.version} ({w.day(change.date)})"
        return Line("revisions", subject, tuple(pieces), change.path)
    raise TypeError(f"no words for {change!r}")  # pragma: no cover - every type is above


def lines(diff: PlanDiff) -> list[Line]:
    """Every record as a Line, by section in SECTION_ORDER, in the diff's order within."""
    w = _Words(diff)
    made = [_line(change, w) for change in diff.changes]
    return sorted(made, key=lambda line: SECTION_ORDER.index(line.section))


# ---------------------------------------------------------------------------- one milestone
# For the version table of the Word report: what a revision did to each milestone it names,
# in the same words as the diff, without the subject (the report names the milestone itself).


def due_text(raw: str, language: str, labels: dict[str, str] | None = None) -> str:
    """A due as the diff shows it: '30-09-2018', 'september 2018', 'per direct', ..."""
    return _Words(PlanDiff(old="", new="", language=language, labels=labels or {})).due(raw)


def word(key: str, language: str, labels: dict[str, str] | None = None) -> str:
    """One of the diff's words (WORDS) in the plan's language, under the plan's `labels`:
    word('removed', 'nl-NL')."""
    return _Words(PlanDiff(old="", new="", language=language, labels=labels or {}))(key)


def _plain(text: str) -> str:
    return _cut(plain_text(text)) if text.strip() else ""


def milestone_notes(diff: PlanDiff, milestone: str) -> list[str]:
    """The changes to one milestone, one note per record, as plain text: 'verplaatst van
    30-06-2018 naar 30-09-2018 (+3 maanden)', 'formulering: Voor 1 juli 2018 → Voor 1
    oktober 2018', 'toegevoegd (31-10-2018)', 'vervallen'."""
    w = _Words(diff)
    notes: list[str] = []
    for change in diff.milestone_changes().get(milestone, ()):
        if isinstance(change, MilestoneAdded):
            notes.append(f"{w('added')} ({w.due(change.due)})")
        elif isinstance(change, MilestoneRemoved):
            notes.append(w("removed"))
        elif isinstance(change, TextChanged):
            what = w.field(change.entity, change.field)
            notes.append(f"{what}: {_plain(change.old) or w('none')} → {_plain(change.new)}")
        else:
            notes.append(_text_pieces(_line(change, w).pieces))
    return notes


# ---------------------------------------------------------------------------- word runs


def _elide(ops: Sequence[WordOp]) -> list[WordOp]:
    """Long unchanged runs cut to CONTEXT_WORDS words on each side of a change, with '…'."""
    out: list[WordOp] = []
    for i, op in enumerate(ops):
        words = op.text.split(" ")
        if op.op != "equal" or len(words) <= 2 * CONTEXT_WORDS + 2:
            out.append(op)
            continue
        first, last = i == 0, i == len(ops) - 1
        head = [] if first else words[:CONTEXT_WORDS]
        tail = [] if last else words[-CONTEXT_WORDS:]
        text = " ".join([*head, "…", *tail]) if head or tail else "…"
        out.append(WordOp("equal", text))
    return out


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape(text: str) -> str:
    """Plan text shown as itself in Markdown (the plan's own `*`, `[^x]`, `|` included);
    runs of white space become one space, kept at the ends."""
    flat = re.sub(r"\s+", " ", text)
    return _MD_SPECIAL.sub(r"\\\1", flat)


def _text_pieces(pieces: Sequence[Piece]) -> str:
    out: list[str] = []
    for kind, value in pieces:
        if kind == "words":
            for op in _elide(value):
                if op.op == "equal":
                    out.append(op.text)
                elif op.op == "delete":
                    out.append(f"[-{op.text}-]")
                else:
                    out.append(f"{{+{op.text}+}}")
                out.append(" ")
            if out and out[-1] == " ":
                out.pop()
        else:
            out.append(str(value))
    return "".join(out)


def _md_pieces(pieces: Sequence[Piece]) -> str:
    out: list[str] = []
    for kind, value in pieces:
        if kind == "words":
            runs: list[str] = []
            for op in _elide(value):
                if op.op == "equal":
                    runs.append(md_escape(op.text))
                elif op.op == "delete":
                    runs.append(f"~~{md_escape(op.text)}~~")
                else:
                    runs.append(f"**{md_escape(op.text)}**")
            out.append(" ".join(runs))
        elif kind == "old":
            out.append(md_escape(str(value)))
        elif kind == "new":
            out.append(f"**{md_escape(str(value))}**")
        elif kind == "id":
            out.append(", ".join(f"`{ident.strip()}`" for ident in str(value).split(",")))
        else:
            out.append(md_escape(str(value)))
    return "".join(out)


# ---------------------------------------------------------------------------- formats

Locate = Callable[[PathKey], int | None]


def _locator(document: Document | None) -> Locate:
    def locate(path: PathKey) -> int | None:
        if document is None:
            return None
        span = document.span(path)
        return span.line if span is not None else None

    return locate


def _count(diff: PlanDiff, w: _Words) -> str:
    n = len(diff)
    return w("one_change") if n == 1 else w("changes", n=n)


def render_text(diff: PlanDiff, new_document: Document | None = None) -> str:
    w = _Words(diff)
    locate = _locator(new_document)
    out = [f"{w('title')}: {diff.old} → {diff.new}"]
    if not diff:
        return out[0] + "\n" + w("no_changes") + "\n"
    section = None
    for line in lines(diff):
        if line.section != section:
            section = line.section
            out += ["", w(f"s.{section}")]
        where = locate(line.path) if line.path is not None else None
        place = f"  ({w('line', n=where)})" if where else ""
        out.append(f"  {line.subject}: {_text_pieces(line.pieces)}{place}")
    out += ["", _count(diff, w)]
    return "\n".join(out) + "\n"


def render_markdown(diff: PlanDiff, new_document: Document | None = None) -> str:
    w = _Words(diff)
    locate = _locator(new_document)
    out = [
        f"### {w('title')}",
        "",
        f"`{diff.old}` → `{diff.new}`: {_count(diff, w) if diff else w('no_changes')}",
    ]
    section = None
    for line in lines(diff):
        if line.section != section:
            section = line.section
            out += ["", f"#### {w(f's.{section}')}", ""]
        where = locate(line.path) if line.path is not None else None
        place = f" ({w('line', n=where)})" if where else ""
        out.append(f"- **{md_escape(line.subject)}**: {_md_pieces(line.pieces)}{place}")
    return "\n".join(out) + "\n"


TYPES: dict[type, str] = {
    MilestoneMoved: "milestone-moved",
    MilestoneAdded: "milestone-added",
    MilestoneRemoved: "milestone-removed",
    ItemAdded: "item-added",
    ItemRemoved: "item-removed",
    ItemRenamed: "item-renamed",
    TextChanged: "text-changed",
    ValueChanged: "value-changed",
    OwnerAppointed: "owner-appointed",
    GridMarksMoved: "grid-marks-moved",
    RevisionAdded: "revision-added",
}


def _json_value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def change_json(
    change: Change, locate_new: Locate | None = None, locate_old: Locate | None = None
) -> dict[str, object]:
    """One record as JSON: `type`, its fields, and `line` / `old_line` where known."""
    record: dict[str, object] = {"type": TYPES[type(change)]}
    for f in dataclasses.fields(change):
        record[f.name] = _json_value(getattr(change, f.name))
    if "path" in record:
        record["line"] = locate_new(change.path) if locate_new else None  # type: ignore[union-attr]
    if "old_path" in record:
        old_path: PathKey = record["old_path"]  # type: ignore[assignment]
        record["old_line"] = locate_old(tuple(old_path)) if locate_old else None
    return record


def render_json(
    diff: PlanDiff, new_document: Document | None = None, old_document: Document | None = None
) -> str:
    locate_new, locate_old = _locator(new_document), _locator(old_document)
    report = {
        "plancheck_diff": JSON_VERSION,
        "old": diff.old,
        "new": diff.new,
        "language": diff.language,
        "changed": bool(diff),
        "count": len(diff),
        "changes": [change_json(c, locate_new, locate_old) for c in diff.changes],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def render(
    diff: PlanDiff,
    fmt: str,
    new_document: Document | None = None,
    old_document: Document | None = None,
) -> str:
    """The diff in one of FORMATS."""
    if fmt == "markdown":
        return render_markdown(diff, new_document)
    if fmt == "json":
        return render_json(diff, new_document, old_document)
    return render_text(diff, new_document)
