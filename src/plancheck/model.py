"""The plan as typed, immutable values, built only from schema-valid data.

Every object keeps the data path it came from (`path`), so a rule can say where a problem
stands without the model knowing about YAML. Exporters read these objects only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property

from plancheck import words
from plancheck.loader import PathKey
from plancheck.record import Record, record

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any, Literal

    DueKind = Literal["day", "month", "immediate", "ongoing"]

Month = tuple[int, int]  # (year, month)


# The outputs' fixed words, one table per language, keyed by the names of the plan's `labels`
# that override them: plancheck.words (issue 17). WORDS is that table, every output's words;
# a plan's words (plan_words: Plan.labels, Plan.word()) are its `labels` over the words the
# report, the grid, the site and the calendars share (words.SHARED).
WORDS: dict[str, dict[str, str]] = words.WORDS
# the Dutch table, as the published document has it (kept for existing callers)
REPORT_LABELS = words.SHARED["nl"]


def language_of(tag: str) -> str:
    """The table a BCP 47 tag reads from: 'nl' for Dutch, else 'en'."""
    language = tag.split("-")[0].lower()
    return language if language in WORDS else "en"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60


def slugify(text: str) -> str:
    """Lowercase ASCII letters, digits and single hyphens ('3.1' -> '3-1'); may be ''."""
    ascii_text = (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    )
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")
    return slug[:MAX_SLUG].rstrip("-")


_FIELD = re.compile(r"\{(\w+)\}")


def fill(template: str, fields: dict[str, str], escape: Callable[[str], str] | None = None) -> str:
    """The template with each `{name}` of `fields` replaced (an unknown `{x}` or a lone brace
    stays as written, so a plan's own label never breaks an output); `escape`, when given,
    is applied to the template's own text, not to the fields (HTML pieces stay HTML)."""
    out: list[str] = []
    last = 0
    for match in _FIELD.finditer(template):
        if match[1] not in fields:
            continue
        out.append(template[last : match.start()])
        if escape is not None:
            out[-1] = escape(out[-1])
        out.append(fields[match[1]])
        last = match.end()
    tail = template[last:]
    out.append(escape(tail) if escape is not None else tail)
    return "".join(out)


def plan_words(language_tag: str, labels: dict[str, str]) -> dict[str, str]:
    """The plan's words: its language's table under its own `labels`. A plan that names its
    measures otherwise ("Actie") and gives no plural gets its singular there, never the
    table's "Maatregelen"."""
    table = words.SHARED[language_of(language_tag)]
    own = {**table, **labels}
    if "measures" not in labels and own["measure"] != table["measure"]:
        own["measures"] = own["measure"]
    return own


if TYPE_CHECKING:
    ProgressStatus = Literal["done", "on_track", "delayed", "at_risk", "dropped"]
STATUSES: tuple[ProgressStatus, ...] = ("done", "on_track", "delayed", "at_risk", "dropped")
# What a milestone's status on a date can be: an entry's status, or none of them:
# 'overdue' (past its date, no entry says done, dropped or delayed) or 'pending' (not due yet).
if TYPE_CHECKING:
    MilestoneStatus = Literal[
        "done", "on_track", "delayed", "at_risk", "dropped", "overdue", "pending"
    ]

# The words the progress report and the calendars show for a status, keyed by language: the
# table's `status_*` words (plancheck.words), keyed by status. The plan's `labels` override
# each one (status_done, status_on_track, ...).
STATUS_WORDS: dict[str, dict[str, str]] = {
    language: {key.removeprefix("status_"): text for key, text in table.items()}
    for language, table in words.STATUS.items()
}
# A status is never shown by colour alone: each has a symbol beside its word.
STATUS_SYMBOLS: dict[str, str] = {
    "done": "\u2713",  # check mark
    "on_track": "\u27f3",  # clockwise gapped circle arrow
    "delayed": "\u26a0",  # warning sign
    "at_risk": "!",
    "dropped": "\u2715",  # multiplication x
    "overdue": "\u25f7",  # a clock face: ⌛ has no glyph in the fonts LibreOffice falls back to on Debian
    "pending": "\u00b7",  # middle dot
}


def parse_month(text: str) -> Month:
    year, month = text.split("-")[:2]
    return int(year), int(month)


def month_text(month: Month) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


def last_day(month: Month) -> dt.date:
    year, number = month
    if number == 12:  # also in the year 9999, the calendar's last
        return dt.date(year, 12, 31)
    return dt.date(year, number + 1, 1) - dt.timedelta(days=1)


def months_between(start: Month, end: Month) -> list[Month]:
    out: list[Month] = []
    year, month = start
    while (year, month) <= end:
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@record
class Due(Record):
    """A milestone's machine date: a day, a month, 'immediate' (Per direct) or 'ongoing'."""

    kind: DueKind
    raw: str
    day: dt.date | None = None
    month: Month | None = None

    @staticmethod
    def parse(raw: str) -> Due:
        if raw in ("immediate", "ongoing"):
            return Due(raw, raw)  # type: ignore[arg-type]
        if len(raw) == 7:
            month = parse_month(raw)
            return Due("month", raw, month=month)
        day = dt.date.fromisoformat(raw)
        return Due("day", raw, day=day, month=(day.year, day.month))

    @property
    def dated(self) -> bool:
        return self.kind in ("day", "month")

    def latest_date(self) -> dt.date | None:
        """The last day the milestone may fall on: the day, or the month's last day."""
        if self.day is not None:
            return self.day
        if self.month is not None:
            return last_day(self.month)
        return None

    def earliest_date(self) -> dt.date | None:
        if self.day is not None:
            return self.day
        if self.month is not None:
            return dt.date(self.month[0], self.month[1], 1)
        return None


@record
class Footnote(Record):
    """A footnote of the plan (`footnotes`), referred to as `[^id]` in its texts."""

    id: str
    text: str
    path: PathKey


@record
class Owner(Record):
    """A responsible owner (`owners`): a role, appointed or not yet."""

    id: str
    name: str
    appointed: bool
    municipalities: tuple[str, ...]
    path: PathKey


@record
class Party(Record):
    """A party involved in measures (`parties`)."""

    id: str
    name: str
    abbreviation: str | None
    path: PathKey


@record
class Abbreviation(Record):
    """An abbreviation the plan explains (`abbreviations`)."""

    abbreviation: str
    meaning: str
    path: PathKey


@record
class Milestone(Record):
    """A milestone of a measure's realisation, or an external one (`title` set)."""

    id: str
    wording: str
    text: str | None
    due: Due
    start: Due | None
    kind: str
    builds_on: tuple[str, ...]
    path: PathKey
    measure_id: str | None = None  # None for external milestones
    title: str | None = None  # external milestones only

    @property
    def is_period(self) -> bool:
        return self.start is not None


@record
class OwnerRef(Record):
    """A measure's owner as its table names it: the owner's id and the wording."""

    owner: str
    wording: str
    path: PathKey


@record
class Measure(Record):
    """A measure of an improvement point, with its table of texts and milestones."""

    id: str
    title: str
    labels: dict[str, str]
    explanation: str
    kind: str
    owners: tuple[OwnerRef, ...]
    involved: str
    parties: tuple[str, ...]
    result: str
    realisation: tuple[Milestone, ...]
    embedding: str
    success_factors: str
    client_perspective: str
    point_id: str
    path: PathKey

    def text_fields(self) -> Iterator[tuple[str, str, PathKey]]:
        """(field name, Markdown text, path) of every text the measure holds."""
        for name in words.MEASURE_TEXT_ROWS:
            yield name, getattr(self, name), (*self.path, name)
        yield "involved", self.involved, (*self.path, "involved", "text")
        for ref in self.owners:
            yield "owners", ref.wording, (*ref.path, "wording")
        for milestone in self.realisation:
            if milestone.text:
                yield "realisation", milestone.text, (*milestone.path, "text")


@record
class Part(Record):
    """A headed text: a part of an analysis, of the response or of the closing chapter."""

    heading: str
    text: str
    path: PathKey
    kind: str | None = None


@record
class ListItem(Record):
    """An item of an improvement point's list of measures."""

    number: str
    text: str
    measures: tuple[str, ...]
    path: PathKey
    group: bool | None = None  # declared in the plan; None: inferred (see is_group)

    @property
    def is_group(self) -> bool:
        """The item stands for parts (3 -> 3.1, 3.2), not for the one measure of its number.

        The plan's `group` says so where it is given (B2 -> B2a, B2b). Without it, an item
        naming several measures or parts numbered `<number>.<n>` is a group; an item naming a
        single measure of another number ("5" -> ["6"]) is a wrongly numbered item.
        """
        if self.group is not None:
            return self.group
        return len(self.measures) > 1 or any(m.startswith(self.number + ".") for m in self.measures)

    @property
    def is_declared_group(self) -> bool:
        return self.group is True


if TYPE_CHECKING:
    SectionKind = Literal["analysis", "objective", "measure_list", "measures"]


@record
class Section(Record):
    """One numbered section of an improvement point's chapter: N.<number> <title>."""

    kind: SectionKind
    number: int
    title: str


@record
class ImprovementPoint(Record):
    id: str
    title: str
    statement: str
    inspectorate_wording: str
    analysis_title: str | None  # None: the point has no analysis section
    analysis: tuple[Part, ...]
    objective_title: str | None  # None: no objective section
    objective: str | None
    measures_title: str | None  # None: no numbered measure list
    measure_list: tuple[ListItem, ...]
    elaboration_title: str
    measures: tuple[Measure, ...]
    path: PathKey

    def sections(self) -> tuple[Section, ...]:
        """The chapter's sections in order, numbered 1, 2, ...; an absent section is left
        out and the numbers close up. Every output that numbers sections asks here."""
        present: list[tuple[SectionKind, str | None]] = [
            ("analysis", self.analysis_title),
            ("objective", self.objective_title),
            ("measure_list", self.measures_title),
            ("measures", self.elaboration_title),
        ]
        kept = [(kind, title) for kind, title in present if title is not None]
        return tuple(Section(kind, n, title) for n, (kind, title) in enumerate(kept, start=1))

    def section(self, kind: SectionKind) -> Section | None:
        """The point's section of this kind, None where the point has none."""
        return next((s for s in self.sections() if s.kind == kind), None)


@record
class Chapter(Record):
    """A chapter of headed texts (the closing chapter)."""

    title: str
    parts: tuple[Part, ...]
    path: PathKey


@record
class Introduction(Record):
    """The introduction: the inspectorates' points and the response to them."""

    title: str
    points_heading: str
    response: Part
    path: PathKey


@record
class GridRow(Record):
    """A measure's row of the planning grid: the months of work and of evaluation."""

    measure: str
    work: tuple[Month, ...]
    evaluation: tuple[Month, ...]
    path: PathKey

    def mark_path(self, row: str, month: Month) -> PathKey:
        marks = self.work if row == "work" else self.evaluation
        return (*self.path, row, marks.index(month))


@record
class Planning(Record):
    """The planning grid: a row per measure over the plan's months."""

    title: str
    start: Month
    end: Month
    rows: tuple[GridRow, ...]
    path: PathKey

    @property
    def months(self) -> list[Month]:
        return months_between(self.start, self.end)

    @property
    def years(self) -> list[int]:
        return sorted({year for year, _ in self.months})


@record
class Revision(Record):
    """An entry of the revision log: a version, its date, reason and changes."""

    version: str
    date: dt.date
    reason: str
    changes: tuple[str, ...]
    path: PathKey
    removed: tuple[str, ...] = ()  # ids of milestones this version took out of the plan


@record
class Acknowledgement(Record):
    """A finding the plan accepts (`acknowledged`), with the facts it accepts."""

    rule: str
    subject: str
    reason: str | None
    path: PathKey
    # the facts of the inconsistency it accepts, sorted by name (see plancheck.acknowledgements)
    facts: tuple[tuple[str, str], ...] = ()


@record
class Evidence(Record):
    """A document or link that backs a progress entry."""

    title: str
    reference: str  # a URL or a document number
    path: PathKey

    @property
    def is_url(self) -> bool:
        return self.reference.startswith(("https://", "http://"))


@record
class ProgressEntry(Record):
    """One dated entry of the progress log, about a milestone or a measure as a whole."""

    date: dt.date
    status: ProgressStatus
    milestone: str | None
    measure: str | None
    text: str | None
    evidence: tuple[Evidence, ...]
    expected: dt.date | None  # a delay's new expected date
    path: PathKey

    @property
    def subject(self) -> str:
        """The id of what the entry is about: a milestone id or a measure number."""
        return self.milestone if self.milestone is not None else f"measure {self.measure}"


@record
class DocumentInfo(Record):
    """The document's data: title, running header, municipalities, code, date."""

    title: str
    running_header: tuple[str, ...]
    municipalities: tuple[str, ...]
    code: str
    version_date: dt.date
    language: str
    author: str | None
    inspectorates: tuple[str, ...]
    contents_title: str


@record
class Conventions(Record):
    """How the gate reads the wording's dates (`conventions:` in the plan; the defaults are
    the published plan's). `first_of_month`: a deadline on the first of a month is due the
    day before ("01-04-2019" is due 2019-03-31)."""

    first_of_month: bool = True
    # where 'Per direct' (immediate) counts: the planning's first day and the grid's first
    # month ('planning-start', the published plan's), or the day the plan was published, its
    # first revision, and that month ('publication')
    immediate: Literal["planning-start", "publication"] = "planning-start"
    # how the wording writes a numeric date (1/3/2019): 'day-month' (1 March) or 'month-day';
    # unset, a Dutch plan's is day-month and an English plan's numeric dates are not read
    date_order: Literal["day-month", "month-day"] | None = None


@record
class Layout(Record):
    """How the report lays out its pages (`layout:` in the plan; the defaults are the
    published plan's; docs/docx-report.md). In the project's own style (a `--template`
    keeps its own): `font_size`, the body text in pt; `line_spacing` and
    `list_line_spacing`, the line spacing (in lines) of the body text and of its bullets
    and numbered items. In any style: `label_width`, the measure tables' label column in cm
    (the content column takes the rest of the text width); `measure_page_break`, each
    measure table after the first of its section starts a new page; `keep_tables`, a
    measure table that follows its heading stays on one page where it fits;
    `split_rows`, a measure table's row longer than what is left of a page continues on
    the next one."""

    font_size: float = 10.0
    line_spacing: float = 1.0
    list_line_spacing: float = 1.4
    label_width: float = 3.8
    measure_page_break: bool = True
    keep_tables: bool = True
    split_rows: bool = True


@record
class Plan(Record):
    """The whole plan. `source` is the file it was read from (for messages and exports)."""

    source: str
    document: DocumentInfo
    labels: dict[str, str]
    revisions: tuple[Revision, ...]
    footnotes: tuple[Footnote, ...]
    owners: tuple[Owner, ...]
    parties: tuple[Party, ...]
    abbreviations: tuple[Abbreviation, ...]
    external_milestones: tuple[Milestone, ...]
    introduction: Introduction
    improvement_points: tuple[ImprovementPoint, ...]
    closing: Chapter | None
    planning: Planning
    acknowledged: tuple[Acknowledgement, ...]
    conventions: Conventions = Conventions()
    progress: tuple[ProgressEntry, ...] = ()
    layout: Layout = Layout()

    # Lookups are indexed once per plan (cached_property writes the instance's __dict__,
    # which a frozen dataclass allows): a linear search per lookup made the gate quadratic.
    @cached_property
    def measures(self) -> tuple[Measure, ...]:
        return tuple(m for point in self.improvement_points for m in point.measures)

    @cached_property
    def milestones(self) -> tuple[Milestone, ...]:
        """Every milestone of every measure, in published order (not the external ones)."""
        return tuple(ms for m in self.measures for ms in m.realisation)

    @cached_property
    def _index(self) -> dict[str, dict[str, Any]]:
        def first(items: Iterable[Any]) -> dict[str, Any]:
            table: dict[str, Any] = {}
            for item in items:
                table.setdefault(item.id, item)  # duplicates: unique-ids reports them
            return table

        return {
            "measure": first(self.measures),
            "owner": first(self.owners),
            "party": first(self.parties),
            "milestone": first((*self.milestones, *self.external_milestones)),
        }

    def measure(self, measure_id: str) -> Measure | None:
        result: Measure | None = self._index["measure"].get(measure_id)
        return result

    def owner(self, owner_id: str) -> Owner | None:
        result: Owner | None = self._index["owner"].get(owner_id)
        return result

    def party(self, party_id: str) -> Party | None:
        result: Party | None = self._index["party"].get(party_id)
        return result

    def milestone(self, milestone_id: str) -> Milestone | None:
        result: Milestone | None = self._index["milestone"].get(milestone_id)
        return result

    @property
    def first_day(self) -> dt.date:
        """Where 'Per direct' (immediate) counts: the first day of the planning, or with
        `conventions.immediate: publication` the day of the plan's first revision."""
        if self.conventions.immediate == "publication":
            return self.revisions[0].date
        return dt.date(self.planning.start[0], self.planning.start[1], 1)

    def due_month(self, due: Due) -> Month | None:
        """The month a due date counts in: its own, the month of `first_day` for 'Per
        direct', none for ongoing work. The one place that says where 'Per direct' falls."""
        if due.kind == "immediate":
            return (self.first_day.year, self.first_day.month)
        return due.month

    def grid_slot(self, milestone: Milestone) -> tuple[str, Month] | None:
        """Where the milestone belongs in the grid: ('work' or 'evaluation', month).

        A period counts at its end, 'Per direct' in the grid's first month; ongoing
        milestones have no slot.
        """
        month = self.due_month(milestone.due)
        if month is None:
            return None
        return ("evaluation" if milestone.kind == "evaluation" else "work"), month

    def label(self, measure: Measure, name: str) -> str:
        return measure.labels.get(name, self.labels[name])

    # progress: what the log says as of a date

    @cached_property
    def _progress_index(self) -> dict[str, tuple[ProgressEntry, ...]]:
        """Entries by subject ('4.1-methodiek', 'measure 3.1'), in date order (log order
        within a day)."""
        table: dict[str, list[ProgressEntry]] = {}
        for entry in sorted(self.progress, key=lambda e: e.date):
            table.setdefault(entry.subject, []).append(entry)
        return {key: tuple(entries) for key, entries in table.items()}

    def progress_of(
        self, milestone: Milestone, as_of: dt.date | None = None
    ) -> tuple[ProgressEntry, ...]:
        """The entries that speak for the milestone, oldest first, dated on or before
        `as_of`: its own, and its measure's entries that say the measure as a whole is done
        or dropped."""
        own = self._progress_index.get(milestone.id, ())
        whole = tuple(
            e
            for e in self._progress_index.get(f"measure {milestone.measure_id}", ())
            if e.status in ("done", "dropped")
        )
        entries = sorted((*own, *whole), key=lambda e: e.date) if whole else list(own)
        return tuple(e for e in entries if as_of is None or e.date <= as_of)

    def measure_progress(
        self, measure: Measure, as_of: dt.date | None = None
    ) -> tuple[ProgressEntry, ...]:
        """Entries about the measure as a whole, oldest first, on or before `as_of`."""
        entries = self._progress_index.get(f"measure {measure.id}", ())
        return tuple(e for e in entries if as_of is None or e.date <= as_of)

    def latest_entry(self, milestone: Milestone, as_of: dt.date) -> ProgressEntry | None:
        entries = self.progress_of(milestone, as_of)
        return entries[-1] if entries else None

    def due_date(self, milestone: Milestone) -> dt.date | None:
        """The last day the milestone may be done on: its day, its month's last day, the
        planning's first day for 'Per direct'; None for ongoing work."""
        if milestone.due.kind == "immediate":
            return self.first_day
        return milestone.due.latest_date()

    def status_of(self, milestone: Milestone, as_of: dt.date) -> MilestoneStatus:
        """The milestone's status on `as_of`: the newest entry's, except that a milestone
        past its date (or a delay past its expected date) that no entry calls done, dropped
        or delayed to a later day is 'overdue'; with no entry and not yet due, 'pending'."""
        entry = self.latest_entry(milestone, as_of)
        if entry is not None and entry.status in ("done", "dropped"):
            return entry.status
        if entry is not None and entry.status == "delayed":
            late = entry.expected is not None and entry.expected < as_of
            return "overdue" if late else "delayed"
        due = self.due_date(milestone)
        if due is not None and due < as_of:
            return "overdue"
        return entry.status if entry is not None else "pending"

    def status_word(self, status: str) -> str:
        """The word for a status: the plan's `labels` (status_done, ...), else the table's
        word in the plan's language."""
        label = self.labels.get(f"status_{status}")
        if label is not None:
            return label
        language = self.document.language.split("-")[0].lower()
        return STATUS_WORDS.get(language, STATUS_WORDS["en"])[status]

    def word(
        self,
        name: str,
        count: int | None = None,
        escape: Callable[[str], str] | None = None,
        **fields: object,
    ) -> str:
        """A fixed word or sentence of the outputs (WORDS under the plan's labels) with its
        `{field}`s filled in; with `count`, the `<name>_plural` form unless count is 1, and
        `{count}` is the count. `escape` applies to the word's own text only."""
        key = name
        if count is not None:
            fields.setdefault("count", count)
            if count != 1 and f"{name}_plural" in self.labels:
                key = f"{name}_plural"
        return fill(self.labels[key], {k: str(v) for k, v in fields.items()}, escape)

    def slug_word(self, name: str) -> str:
        """A word used as a file name or page anchor ('alle-mijlpalen'): slugified, the
        table's own when the plan's label leaves no letters or digits."""
        slug = slugify(self.labels[name])
        return slug or slugify(WORDS[language_of(self.document.language)][name])

    def noun(self, name: str = "measure") -> str:
        """A label as a noun inside a sentence: 'maatregel', 'acties' (first letter lowered
        unless the word is an abbreviation such as 'KPI')."""
        word = self.labels[name]
        if len(word) > 1 and word[1].isupper():
            return word
        return word[:1].lower() + word[1:]

    def kind_name(self, kind: str) -> str:
        """A milestone kind's name ('Oplevering'): the plan's `labels.kind_<kind>`, else its
        language's."""
        return self.labels.get(f"kind_{kind}", kind)

    @property
    def month_abbreviations(self) -> tuple[str, ...]:
        """The grid's month abbreviations, January first: the plan's `labels.months`, else
        its language's."""
        months = tuple(self.labels["months"].split())
        if len(months) != 12:  # the schema asks for twelve; a shorter list keeps the table's
            return tuple(WORDS[language_of(self.document.language)]["months"].split())
        return months

    @property
    def month_names(self) -> tuple[str, ...]:
        """The months' full names, January first: the plan's `labels.month_names`, else its
        language's."""
        months = tuple(self.labels["month_names"].split())
        if len(months) != 12:
            return tuple(WORDS[language_of(self.document.language)]["month_names"].split())
        return months

    def municipalities_line(self) -> str:
        """'Gemeenten Middelburg, Vlissingen, Veere'; 'Gemeente Dijkwaard' for one."""
        names = self.document.municipalities
        word = self.labels["municipality" if len(names) == 1 else "municipalities"]
        return f"{word} " + ", ".join(names)


def build_plan(data: dict[str, Any], source: str) -> Plan:
    """Build the model from data that passed the schema."""
    doc = data["document"]
    points = tuple(
        _point(p, ("improvement_points", i)) for i, p in enumerate(data["improvement_points"])
    )
    closing = data.get("closing")
    return Plan(
        source=source,
        document=DocumentInfo(
            title=doc["title"],
            running_header=tuple(doc["running_header"]),
            municipalities=tuple(doc["municipalities"]),
            code=doc["code"],
            version_date=dt.date.fromisoformat(doc["version_date"]),
            language=doc["language"],
            author=doc.get("author"),
            inspectorates=tuple(doc["inspectorates"]),
            contents_title=doc.get("contents_title", "Inhoudsopgave"),
        ),
        labels=plan_words(doc["language"], data["labels"]),
        revisions=tuple(
            Revision(
                r["version"],
                dt.date.fromisoformat(r["date"]),
                r["reason"],
                tuple(r.get("changes", ())),
                ("revisions", i),
                tuple(r.get("removed", ())),
            )
            for i, r in enumerate(data["revisions"])
        ),
        footnotes=tuple(
            Footnote(f["id"], f["text"], ("footnotes", i)) for i, f in enumerate(data["footnotes"])
        ),
        owners=tuple(
            Owner(
                o["id"],
                o["name"],
                o.get("appointed", True),
                tuple(o.get("municipalities", ())),
                ("owners", i),
            )
            for i, o in enumerate(data["owners"])
        ),
        parties=tuple(
            Party(p["id"], p["name"], p.get("abbreviation"), ("parties", i))
            for i, p in enumerate(data["parties"])
        ),
        abbreviations=tuple(
            Abbreviation(a["abbreviation"], a["meaning"], ("abbreviations", i))
            for i, a in enumerate(data.get("abbreviations", ()))
        ),
        external_milestones=tuple(
            _milestone(m, ("external_milestones", i), None)
            for i, m in enumerate(data.get("external_milestones", ()))
        ),
        introduction=Introduction(
            data["introduction"]["title"],
            data["introduction"]["points_heading"],
            _part(data["introduction"]["response"], ("introduction", "response")),
            ("introduction",),
        ),
        improvement_points=points,
        closing=(
            Chapter(
                closing["title"],
                tuple(_part(p, ("closing", "parts", i)) for i, p in enumerate(closing["parts"])),
                ("closing",),
            )
            if closing
            else None
        ),
        planning=_planning(data["planning"]),
        acknowledged=tuple(
            Acknowledgement(
                a["rule"],
                a["subject"],
                a.get("reason"),
                ("acknowledged", i),
                tuple(sorted((str(k), str(v)) for k, v in (a.get("facts") or {}).items())),
            )
            for i, a in enumerate(data.get("acknowledged", ()))
        ),
        conventions=Conventions(**data.get("conventions", {})),
        progress=tuple(
            _progress(e, ("progress", i)) for i, e in enumerate(data.get("progress", ()))
        ),
        layout=Layout(**data.get("layout", {})),
    )


def _progress(data: dict[str, Any], path: PathKey) -> ProgressEntry:
    expected = data.get("expected")
    return ProgressEntry(
        date=dt.date.fromisoformat(data["date"]),
        status=data["status"],
        milestone=data.get("milestone"),
        measure=data.get("measure"),
        text=data.get("text"),
        evidence=tuple(
            Evidence(e["title"], e["reference"], (*path, "evidence", i))
            for i, e in enumerate(data.get("evidence", ()))
        ),
        expected=dt.date.fromisoformat(expected) if expected else None,
        path=path,
    )


def _part(data: dict[str, Any], path: PathKey) -> Part:
    return Part(data["heading"], data["text"], path, data.get("kind"))


def _milestone(data: dict[str, Any], path: PathKey, measure_id: str | None) -> Milestone:
    return Milestone(
        id=data["id"],
        wording=data["wording"],
        text=data.get("text"),
        due=Due.parse(data["due"]),
        start=Due.parse(data["start"]) if "start" in data else None,
        kind=data["kind"],
        builds_on=tuple(data.get("builds_on", ())),
        path=path,
        measure_id=measure_id,
        title=data.get("title"),
    )


def _measure(data: dict[str, Any], path: PathKey, point_id: str) -> Measure:
    involved = data["involved"]
    return Measure(
        id=data["id"],
        title=data["title"],
        labels=dict(data.get("labels", {})),
        explanation=data["explanation"],
        kind=data["kind"],
        owners=tuple(
            OwnerRef(o["owner"], o["wording"], (*path, "owners", i))
            for i, o in enumerate(data["owners"])
        ),
        involved=involved["text"],
        parties=tuple(involved.get("parties", ())),
        result=data["result"],
        realisation=tuple(
            _milestone(m, (*path, "realisation", i), data["id"])
            for i, m in enumerate(data["realisation"])
        ),
        embedding=data["embedding"],
        success_factors=data["success_factors"],
        client_perspective=data["client_perspective"],
        point_id=point_id,
        path=path,
    )


def _point(data: dict[str, Any], path: PathKey) -> ImprovementPoint:
    analysis, objective = data.get("analysis"), data.get("objective")  # optional sections
    return ImprovementPoint(
        id=data["id"],
        title=data["title"],
        statement=data["statement"],
        inspectorate_wording=data["inspectorate_wording"],
        analysis_title=analysis["title"] if analysis else None,
        analysis=tuple(
            _part(p, (*path, "analysis", "parts", i))
            for i, p in enumerate(analysis["parts"] if analysis else ())
        ),
        objective_title=objective["title"] if objective else None,
        objective=objective["text"] if objective else None,
        measures_title=data.get("measures_title"),
        measure_list=tuple(
            ListItem(
                item["number"],
                item["text"],
                tuple(item["measures"]),
                (*path, "measure_list", i),
                item.get("group"),
            )
            for i, item in enumerate(data.get("measure_list", ()))
        ),
        elaboration_title=data["elaboration_title"],
        measures=tuple(
            _measure(m, (*path, "measures", i), data["id"]) for i, m in enumerate(data["measures"])
        ),
        path=path,
    )


def _planning(data: dict[str, Any]) -> Planning:
    return Planning(
        title=data["title"],
        start=parse_month(data["start"]),
        end=parse_month(data["end"]),
        rows=tuple(
            GridRow(
                r["measure"],
                tuple(parse_month(m) for m in r["work"]),
                tuple(parse_month(m) for m in r["evaluation"]),
                ("planning", "rows", i),
            )
            for i, r in enumerate(data["rows"])
        ),
        path=("planning",),
    )
