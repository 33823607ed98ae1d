"""One feed as RFC 5545 bytes, written through the icalendar library (folding, escaping, CRLF)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from icalendar import Alarm, Calendar, Event, vDuration

from plancheck.model import Plan

from .events import MilestoneEvent, numeric_day
from .feeds import Feed
from .links import feed_url, normalise_base_url

REFRESH = dt.timedelta(hours=12)  # a hint for clients; Google and Outlook keep their own pace
INDEX_FILE = "index.html"


def product_id(plan: Plan) -> str:
    """'-//plancheck//Mijlpalen verbeterplan//NL': PRODID in the plan's language."""
    language = plan.document.language.split("-")[0].upper()
    return f"-//plancheck//{plan.word('calendar_product')}//{language}"


def plan_name(plan: Plan) -> str:
    """Short name of the plan for calendar names: its running header ('A – B')."""
    return " – ".join(plan.document.running_header)


def calendar_name(plan: Plan, feed: Feed) -> str:
    return f"{feed.title} – {plan_name(plan)}"


def calendar_description(plan: Plan, feed: Feed, alarms: Sequence[dt.timedelta] = ()) -> str:
    doc = plan.document
    return plan.word(
        "calendar_description",
        feed=feed.description,
        title=doc.title,
        code=doc.code,
        version=numeric_day(doc.version_date),
        reminders=plan.word("calendar_reminders" if alarms else "calendar_no_reminders"),
    )


def midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def check_alarms(alarms: Sequence[dt.timedelta]) -> tuple[dt.timedelta, ...]:
    """Offsets before the milestone's day, longest first, each once; none negative."""
    for offset in alarms:
        if offset < dt.timedelta(0):
            raise ValueError(f"an alarm is a time before the milestone, not {offset}")
    return tuple(sorted(set(alarms), reverse=True))


def _event(
    plan: Plan, event: MilestoneEvent, base_url: str | None, alarms: tuple[dt.timedelta, ...]
) -> Event:
    out = Event()
    out.add("uid", event.uid)
    # never before LAST-MODIFIED: a progress entry may postdate the plan's version date
    out.add("dtstamp", midnight_utc(max(plan.document.version_date, event.last_modified)))
    out.add("dtstart", event.day)
    out.add("dtend", event.end)
    out.add("summary", event.summary)
    out.add("description", event.description)
    out.add("categories", list(event.categories))
    out.add("sequence", event.sequence)
    out.add("last-modified", midnight_utc(event.last_modified))
    out.add("transp", "TRANSPARENT")
    if base_url is not None:
        out.add("url", f"{base_url}{INDEX_FILE}#{event.anchor}")
    for offset in alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.summary)
        alarm.add("trigger", -offset)
        out.add_component(alarm)
    return out


def render_feed(
    plan: Plan,
    feed: Feed,
    *,
    base_url: str | None = None,
    alarms: Sequence[dt.timedelta] = (),
) -> bytes:
    """The feed as an iCalendar file (bytes; the same plan gives the same bytes)."""
    base = normalise_base_url(base_url) if base_url is not None else None
    offsets = check_alarms(alarms)
    cal = Calendar()
    cal.add("prodid", product_id(plan))
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = calendar_name(plan, feed)
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    description = calendar_description(plan, feed, offsets)
    cal.add("description", description)
    cal.add("x-wr-caldesc", description)
    cal.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    if base is not None:
        cal.add("source", feed_url(base, feed.file_name), parameters={"VALUE": "URI"})
        cal.add("url", f"{base}{INDEX_FILE}#{feed.name}")
    for event in feed.events:
        cal.add_component(_event(plan, event, base, offsets))
    data: bytes = cal.to_ical()
    return data
