"""From the model to calendar events: one all-day event per dated milestone.

The conventions (dates, SEQUENCE, LAST-MODIFIED, UID, the short summary text) are described
in the package docstring (plancheck.exporters.ics_feed); this module carries them out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from plancheck.markup import plain_text
from plancheck.model import Due, Measure, Milestone, Plan
from plancheck.wording import MONTH_NAMES, dutch_month

from .names import check_unique, event_uid

SHORT_TEXT = 64  # the summary's text part is at most this many characters ("~60")
_MIN_CLAUSE = 20  # a clause shorter than this ("Porthos:") is not a summary on its own
# a clause ends at ':' or ';' before a space, or at '.' before a capital, a digit or the end
# (see _ends_here), so that abbreviations ('o.a. door', 'm.b.t. regie') do not end it
_CLAUSE_END = re.compile(r"[.:;](?=\s|$)")
_SENTENCE_END = re.compile(r"[.](?=\s|$)")
_LIST_MARK = re.compile(r"^(?:[-*] |\d+[.)] )+")

KIND_NAMES = {
    "deliverable": "Oplevering",
    "decision": "Besluit",
    "evaluation": "Evaluatie",
    "ongoing": "Doorlopend",
}
EXTERNAL_CATEGORY = "Externe mijlpaal"


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

    @property
    def end(self) -> dt.date:
        return self.day + dt.timedelta(days=1)


def dutch_day(day: dt.date) -> str:
    """'30 september 2018'."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


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


def sequence_of(plan: Plan, milestone_id: str) -> tuple[int, dt.date]:
    """(SEQUENCE, LAST-MODIFIED date): revisions after the first that name the milestone."""
    first = plan.revisions[0].date
    changed = [r.date for r in plan.revisions[1:] if milestone_id in r.changes]
    return len(changed), max(changed, default=first)


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


def _due_text(due: Due) -> str:
    if due.day is not None:
        return dutch_day(due.day)
    if due.month is not None:
        return dutch_month(due.month)
    return due.raw


def date_note(plan: Plan, milestone: Milestone, day: dt.date) -> str:
    """Where the event stands and why, when the plan names no single day."""
    if milestone.start is not None:
        return (
            f"Periode: {_due_text(milestone.start)} t/m {_due_text(milestone.due)}; "
            f"in de agenda op het einde van de periode, {dutch_day(day)}."
        )
    if milestone.due.kind == "month" and milestone.due.month is not None:
        return (
            f"Gepland in {dutch_month(milestone.due.month)} (het plan noemt alleen de maand); "
            f"in de agenda op de laatste dag van de maand, {dutch_day(day)}."
        )
    if milestone.due.kind == "immediate":
        return f"Per direct: in de agenda op de eerste dag van de planning, {dutch_day(day)}."
    return f"In de agenda op {dutch_day(day)}."


def _builds_on(plan: Plan, milestone: Milestone) -> list[str]:
    out: list[str] = []
    for ident in milestone.builds_on:
        other = plan.milestone(ident)
        if other is not None:
            out.append(f"{summary_of(plan, other)} ({_clean(plain_text(other.wording))})")
    return out


def description_of(plan: Plan, milestone: Milestone, day: dt.date) -> str:
    lines = [published_wording(milestone), "", date_note(plan, milestone, day)]
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
    lines.append(f"Soort: {KIND_NAMES.get(milestone.kind, milestone.kind)}")
    needs = _builds_on(plan, milestone)
    if needs:
        lines.append("Bouwt voort op: " + "; ".join(needs))
    doc = plan.document
    lines += ["", f"Uit: {doc.title} (kenmerk {doc.code}, versie {numeric_day(doc.version_date)})."]
    return "\n".join(lines)


def build_event(plan: Plan, milestone: Milestone, anchor: str) -> MilestoneEvent | None:
    """The event for one milestone, or None when it has no date (ongoing)."""
    day = event_day(plan, milestone)
    if day is None:
        return None
    measure = plan.measure(milestone.measure_id) if milestone.measure_id else None
    kind = KIND_NAMES.get(milestone.kind, milestone.kind)
    categories = (kind, measure_name(plan, measure) if measure else EXTERNAL_CATEGORY)
    sequence, modified = sequence_of(plan, milestone.id)
    return MilestoneEvent(
        milestone_id=milestone.id,
        uid=event_uid(milestone.id, plan.document.code),
        day=day,
        summary=summary_of(plan, milestone),
        description=description_of(plan, milestone, day),
        categories=categories,
        sequence=sequence,
        last_modified=modified,
        anchor=anchor,
        measure_id=milestone.measure_id,
    )


def sort_events(events: list[MilestoneEvent]) -> tuple[MilestoneEvent, ...]:
    """Stable order: date, then milestone id (never the plan's list order)."""
    return tuple(sorted(events, key=lambda e: (e.day, e.milestone_id)))


def all_milestones(plan: Plan) -> tuple[Milestone, ...]:
    milestones = (*plan.milestones, *plan.external_milestones)
    check_unique("milestone", (m.id for m in milestones))
    return milestones
