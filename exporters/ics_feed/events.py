"""From the model to calendar events: one all-day event per dated milestone.

The conventions (dates, SEQUENCE, LAST-MODIFIED, UID, the short summary text) are described
in the package docstring (plancheck.exporters.ics_feed); this module carries them out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from plancheck.markup import plain_text
from plancheck.model import STATUS_SYMBOLS, Due, Measure, Milestone, Plan
from plancheck.wording import MONTH_NAMES, dutch_month

from .names import check_unique, event_uid

SHORT_TEXT = 64  # the summary's text part is at most this many characters ("~60")
_MIN_CLAUSE = 20  # a clause shorter than this ("Porthos:") is not a summary on its own
# a clause ends at ':' or ';' before a space, or at '.' before a capital, a digit or the end
# (see _ends_here), so that abbreviations ('o.a. door', 'm.b.t. regie') do not end it
_CLAUSE_END = re.compile(r"[.:;](?=\s|$)")
_SENTENCE_END = re.compile(r"[.](?=\s|$)")
_LIST_MARK = re.compile(r"^(?:[-*] |\d+[.)] )+")

# the Dutch names of the kinds; the exports take them from the plan (Plan.kind_name)
KIND_NAMES = {
    "deliverable": "Oplevering",
    "decision": "Besluit",
    "evaluation": "Evaluatie",
    "ongoing": "Doorlopend",
}
EXTERNAL_CATEGORY = (
    "Externe mijlpaal"  # the Dutch word; a plan's is plan.word("external_milestone")
)


@dataclass(frozen=True)
class MilestoneEvent:
    """One calendar event: what every feed that holds the milestone writes for it."""

    milestone_id: str
    uid: str
    day: dt.date  # the all-day event's date (DTEND is the next day)
    summary: str
    description: str
    categories: tuple[str, ...]
    sequence: int
    last_modified: dt.date
    anchor: str  # the milestone's anchor on the index page
    measure_id: str | None  # None for an external milestone
    status: str | None = None  # the progress status shown (None: the plan has no log)

    @property
    def end(self) -> dt.date:
        return self.day + dt.timedelta(days=1)


def dutch_day(day: dt.date, plan: Plan | None = None) -> str:
    """'30 september 2018' (the month's name in the plan's language: '30 September 2018')."""
    names = plan.month_names if plan is not None else MONTH_NAMES
    return f"{day.day} {names[day.month - 1]} {day.year}"


def month_name(month: tuple[int, int], plan: Plan | None = None) -> str:
    """'juni 2018' (in the plan's language: 'June 2018')."""
    if plan is None:
        return dutch_month(month)
    return f"{plan.month_names[month[1] - 1]} {month[0]}"


def numeric_day(day: dt.date) -> str:
    """'31-08-2018', the plan's own way of writing a date."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def planning_start(plan: Plan) -> dt.date:
    """The first day of the planning: where 'Per direct' lands."""
    return plan.first_day


def event_day(plan: Plan, milestone: Milestone) -> dt.date | None:
    """The event's date, or None for a milestone that is not an event ('Doorlopend').

    A day is that day (the model already holds 'Voor 01-10-2018' as 2018-09-30); a month is
    its last day; 'immediate' is the first day of planning.start. A period counts at its due.
    """
    if milestone.due.kind == "immediate":
        return planning_start(plan)
    return milestone.due.latest_date()


def status_date(plan: Plan, as_of: dt.date | None = None) -> dt.date | None:
    """The day the events show the progress on: `as_of` (export ics --as-of), else the
    date of the log's newest entry, so that the feeds are the same whoever builds them
    whenever; None for a plan without a progress log (no status at all)."""
    if as_of is not None:
        return as_of
    return max((e.date for e in plan.progress), default=None)


def status_history(plan: Plan, milestone: Milestone, as_of: dt.date) -> list[tuple[dt.date, str]]:
    """(date, status) each time the status the event shows changed, up to `as_of`: every
    entry that changes the status (or a delay's expected date), and the day after the date
    (or the delay's expected date) when the milestone became overdue."""
    changes: list[tuple[dt.date, str]] = []
    last: tuple[str, dt.date | None] = ("pending", None)
    for entry in plan.progress_of(milestone, as_of):
        shown = (entry.status, entry.expected)
        if shown != last:
            changes.append((entry.date, entry.status))
            last = shown
    if plan.status_of(milestone, as_of) == "overdue":
        latest = plan.latest_entry(milestone, as_of)
        late_after = (
            latest.expected
            if latest is not None and latest.status == "delayed" and latest.expected
            else plan.due_date(milestone)
        )
        if late_after is not None:
            changes.append((late_after + dt.timedelta(days=1), "overdue"))
    return changes


def sequence_of(plan: Plan, milestone_id: str, as_of: dt.date | None = None) -> tuple[int, dt.date]:
    """(SEQUENCE, LAST-MODIFIED date): revisions after the first that name the milestone,
    plus, where the events show progress, each change of the status they show (the
    entry's date as LAST-MODIFIED)."""
    first = plan.revisions[0].date
    changed = [r.date for r in plan.revisions[1:] if milestone_id in r.changes]
    day = status_date(plan, as_of)
    milestone = plan.milestone(milestone_id)
    if day is not None and milestone is not None and milestone.measure_id is not None:
        changed += [date for date, _ in status_history(plan, milestone, day)]
    return len(changed), max(changed, default=first)


def status_label(plan: Plan, status: str) -> str:
    """'✓ gereed': symbol and word."""
    return f"{STATUS_SYMBOLS[status]} {plan.status_word(status)}"


def progress_summary(plan: Plan, milestone: Milestone, status: str, as_of: dt.date) -> str:
    """The summary's status prefix: '✓ gereed', '⚠ vertraagd tot 28-02-2019', '◷ te laat'."""
    label = status_label(plan, status)
    entry = plan.latest_entry(milestone, as_of)
    if status == "delayed" and entry is not None and entry.expected is not None:
        return plan.word("status_until", status=label, date=numeric_day(entry.expected))
    return label


def progress_lines(plan: Plan, milestone: Milestone, status: str, as_of: dt.date) -> list[str]:
    """The description's progress block: status on the day, the newest entry's note, the
    expected date of a delay, the evidence."""
    entry = plan.latest_entry(milestone, as_of)
    head = plan.word("event_progress", date=numeric_day(as_of), status=status_label(plan, status))
    if entry is not None:
        head = plan.word(
            "event_progress_reported",
            date=numeric_day(as_of),
            status=status_label(plan, status),
            reported=numeric_day(entry.date),
        )
    lines = [head]
    if entry is not None and entry.expected is not None:
        lines.append(plan.word("event_expected", date=dutch_day(entry.expected, plan)))
    if entry is not None and entry.text:
        lines.append(_clean(plain_text(entry.text)))
    for found in plan.progress_of(milestone, as_of):
        for evidence in found.evidence:
            lines.append(
                plan.word(
                    "event_evidence",
                    title=_clean(plain_text(evidence.title)),
                    reference=evidence.reference,
                )
            )
    return lines


def _clean(text: str) -> str:
    return " ".join(text.split())


def _first_line(text: str) -> str:
    for line in plain_text(text).splitlines():
        line = _LIST_MARK.sub("", line.strip()).strip()
        if line:
            return _clean(line)
    return ""


def _ends_here(line: str, found: re.Match[str]) -> bool:
    if found.group() != ".":
        return True
    rest = line[found.end() :].lstrip()
    return not rest or rest[0].isupper() or rest[0].isdigit()


def _first_clause(line: str, ends: re.Pattern[str]) -> str:
    for found in ends.finditer(line):
        clause = line[: found.start()].strip()
        if len(clause) >= _MIN_CLAUSE and _ends_here(line, found):
            return clause
    return line.rstrip(".:; ")


def trim(text: str, limit: int = SHORT_TEXT) -> str:
    """The text, or its start cut at a word boundary with '…' when longer than `limit`."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.:;-–") + "…"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def short_text(milestone: Milestone, measure: Measure | None) -> str:
    """The summary's text: the first clause of the milestone's text, trimmed.

    Without a text, the measure's title (first sentence) stands in; an external milestone
    uses its title.
    """
    if milestone.text:
        line = _first_line(milestone.text)
        if line:
            return _capital(trim(_first_clause(line, _CLAUSE_END)))
    if milestone.title:
        return trim(_clean(plain_text(milestone.title)))
    if measure is not None:
        return _capital(trim(_first_clause(_first_line(measure.title), _SENTENCE_END)))
    return milestone.wording


def measure_name(plan: Plan, measure: Measure) -> str:
    """'Maatregel 4.1' (the label comes from the plan)."""
    return f"{plan.label(measure, 'measure')} {measure.id}"


def summary_of(plan: Plan, milestone: Milestone) -> str:
    measure = plan.measure(milestone.measure_id) if milestone.measure_id else None
    text = short_text(milestone, measure)
    if measure is None:
        return text
    return f"{measure_name(plan, measure)}: {text}"


def published_wording(milestone: Milestone) -> str:
    """'Voor 01-10-2018: <text>' as plain text; list items stay on lines of their own."""
    wording = _clean(plain_text(milestone.wording))
    if milestone.title:  # external: 'Evaluatie Pentekening: moet gereed zijn in juni 2018'
        return f"{_clean(plain_text(milestone.title))}: {wording}"
    if not milestone.text:
        return wording
    body = plain_text(milestone.text).strip()
    if "\n" in body or _LIST_MARK.match(body):
        return f"{wording}:\n{body}"
    return f"{wording}: {body}"


def _due_text(due: Due, plan: Plan) -> str:
    if due.day is not None:
        return dutch_day(due.day, plan)
    if due.month is not None:
        return month_name(due.month, plan)
    return due.raw


def date_note(plan: Plan, milestone: Milestone, day: dt.date) -> str:
    """Where the event stands and why, when the plan names no single day."""
    when = dutch_day(day, plan)
    if milestone.start is not None:
        return plan.word(
            "event_period",
            start=_due_text(milestone.start, plan),
            end=_due_text(milestone.due, plan),
            day=when,
        )
    if milestone.due.kind == "month" and milestone.due.month is not None:
        return plan.word("event_month", month=month_name(milestone.due.month, plan), day=when)
    if milestone.due.kind == "immediate":
        return plan.word("event_immediate", day=when)
    return plan.word("event_day", day=when)


def _builds_on(plan: Plan, milestone: Milestone) -> list[str]:
    out: list[str] = []
    for ident in milestone.builds_on:
        other = plan.milestone(ident)
        if other is not None:
            out.append(f"{summary_of(plan, other)} ({_clean(plain_text(other.wording))})")
    return out


def description_of(
    plan: Plan,
    milestone: Milestone,
    day: dt.date,
    status: str | None = None,
    as_of: dt.date | None = None,
) -> str:
    lines = [published_wording(milestone), "", date_note(plan, milestone, day)]
    if status is not None and as_of is not None:
        lines += ["", *progress_lines(plan, milestone, status, as_of)]
    measure = plan.measure(milestone.measure_id) if milestone.measure_id else None
    if measure is not None:
        lines.append("")
        lines.append(f"{measure_name(plan, measure)}: {_clean(plain_text(measure.title))}")
        owners = "; ".join(_clean(plain_text(ref.wording)).rstrip(".") for ref in measure.owners)
        if owners:
            lines.append(f"{plan.label(measure, 'owners')}: {owners}")
        parties = [p.name if (p := plan.party(ident)) else ident for ident in measure.parties]
        if parties:
            lines.append(f"{plan.label(measure, 'involved')}: {', '.join(parties)}")
    lines.append(plan.word("event_kind", kind=plan.kind_name(milestone.kind)))
    needs = _builds_on(plan, milestone)
    if needs:
        lines.append(plan.word("event_builds_on", milestones="; ".join(needs)))
    doc = plan.document
    source = plan.word(
        "event_source", title=doc.title, code=doc.code, version=numeric_day(doc.version_date)
    )
    lines += ["", source]
    return "\n".join(lines)


def build_event(
    plan: Plan, milestone: Milestone, anchor: str, as_of: dt.date | None = None
) -> MilestoneEvent | None:
    """The event for one milestone, or None when it has no date (ongoing).

    Where the plan has a progress log (or `as_of` is given), the event shows the
    milestone's status on that day: symbol and word before the summary (but 'gepland'),
    the progress in the description, the status word as a category.
    """
    day = event_day(plan, milestone)
    if day is None:
        return None
    measure = plan.measure(milestone.measure_id) if milestone.measure_id else None
    kind = plan.kind_name(milestone.kind)
    categories: tuple[str, ...] = (
        kind,
        measure_name(plan, measure) if measure else plan.word("external_milestone"),
    )
    sequence, modified = sequence_of(plan, milestone.id, as_of)
    summary = summary_of(plan, milestone)
    shown = status_date(plan, as_of) if measure is not None else None
    status: str | None = None
    if shown is not None:
        status = plan.status_of(milestone, shown)
        categories = (*categories, plan.status_word(status))
        if status != "pending":
            summary = f"{progress_summary(plan, milestone, status, shown)} – {summary}"
    return MilestoneEvent(
        milestone_id=milestone.id,
        uid=event_uid(milestone.id, plan.document.code),
        day=day,
        summary=summary,
        description=description_of(plan, milestone, day, status, shown),
        categories=categories,
        sequence=sequence,
        last_modified=modified,
        anchor=anchor,
        measure_id=milestone.measure_id,
        status=status,
    )


def sort_events(events: list[MilestoneEvent]) -> tuple[MilestoneEvent, ...]:
    """Stable order: date, then milestone id (never the plan's list order)."""
    return tuple(sorted(events, key=lambda e: (e.day, e.milestone_id)))


def all_milestones(plan: Plan) -> tuple[Milestone, ...]:
    milestones = (*plan.milestones, *plan.external_milestones)
    check_unique("milestone", (m.id for m in milestones))
    return milestones
