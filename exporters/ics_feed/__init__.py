"""The iCalendar milestone feeds (issue 6): `plancheck export ics [PLAN] -o calendars/`.

`write_feeds(plan, out_dir)` writes into out_dir (the caller's staging folder, see
plancheck.atomic.staged_dir, so a failed run leaves the last good feeds):

- alle-mijlpalen.ics: every dated milestone of every measure, and the external milestones;
- rol-<owner>.ics: one per owner (role) in the plan's registry, with the dated milestones of
  the measures it owns (an owner without such milestones gets a feed without events, so its
  address keeps working);
- maatregel-<number>.ics: one per measure ('maatregel-3-1.ics'; the word is the slug of the
  plan's label for a measure);
- index.html: the Dutch page with every feed, its download link and, with `base_url`, the
  subscribe links for Apple, Google and Outlook (see .links for the link forms); without
  `base_url`, what the secretariat does to make subscribing possible (see .page). On its own,
  or with `site` the calendars page of the web site (site/agenda/, plancheck.exporters.html_site).

Names. A feed's file stem is also its anchor on index.html. Ids are turned into slugs of
[a-z0-9-] (accents dropped, any other run of characters one hyphen, at most 60 characters),
so no id, whatever it holds ('../x', 'a/b', 'a b'), can name a path outside the folder. When
two ids give one slug, the id that already is that slug keeps it and the others get '-' and
eight hex digits of a SHA-256 of their own key: deterministic, independent of order.

Dates. Every event is an all-day event (DTSTART;VALUE=DATE, DTEND;VALUE=DATE the next day),
TRANSP:TRANSPARENT, no VTIMEZONE:

- a day due is that day; the model already applies the plan's convention, so 'Voor
  01-10-2018' is due (and shown on) 2018-09-30;
- a month due ('Juni 2018' -> '2018-06') is shown on the month's last day (2018-06-30), the
  last day it may fall on; the description says only the month is known;
- 'immediate' ('Per direct') is shown on the first day of planning.start;
- a period (milestone.start set) is one event at its due (end), the period in the description;
- 'ongoing' ('Doorlopend') is not an event: index.html lists it per measure.

Identity and versions. UID = '<milestone id>@<document code, lowercase>.plancheck' (letters,
digits, '.' and '-' kept, anything else %XX-escaped): never random, never from a list
position, so reordering the plan changes no event. DTSTAMP = the plan's version_date at
00:00 UTC, so the same plan gives byte-identical files. SEQUENCE = the number of revisions
after the first (the published version) whose `changes` list names the milestone's id;
LAST-MODIFIED = the date (00:00 UTC) of the latest such revision, or of the first revision
when none names it. A date change recorded in a new revision thus raises SEQUENCE, and
clients update the existing event. Events are ordered by date, then milestone id.

Progress. Where the plan has a progress log (`progress:`), or `as_of` is given, each
measure's event shows the milestone's status on a day: `as_of` (export ics --as-of), else the
newest entry's date, so the same plan gives the same feeds. SUMMARY starts with symbol and
word ('✓ gereed – ', '⚠ vertraagd tot 28-02-2019 – ', '◷ te laat – '; nothing for a
milestone not yet due), DESCRIPTION has the progress (status, the newest entry's note, the
expected date, the evidence), and CATEGORIES the status word. Every change of the status
shown raises SEQUENCE too: each entry that changes the status (or a delay's expected date),
with its date as LAST-MODIFIED, and becoming overdue, the day after the date passed.
DTSTAMP is the version date, or LAST-MODIFIED where that is later. index.html says what
the symbols mean.

Text. SUMMARY = '<plan label for a measure> <number>: <short text>'; the short text is the
first clause (up to '.', ':' or ';', skipping clauses under 20 characters) of the first line of
the milestone's text, cut at a word boundary to at most 64 characters with '…'; without a
text the measure title's first sentence stands in; an external milestone uses its title.
DESCRIPTION = the published wording ('Voor 01-10-2018: ...', plain text), where the event
stands and why, the measure and its title, the owners' published wording, the parties involved
(names from plan.parties), the kind, the milestones it builds on, and the plan's identity.
CATEGORIES = the kind in Dutch (Oplevering, Besluit, Evaluatie) and 'Maatregel 4.1' (or
'Externe mijlpaal'). URL (with base_url) = index.html#<milestone anchor>.

Calendar. PRODID, VERSION:2.0, CALSCALE:GREGORIAN, METHOD:PUBLISH, NAME and X-WR-CALNAME,
DESCRIPTION and X-WR-CALDESC (Dutch), REFRESH-INTERVAL;VALUE=DURATION:PT12H and
X-PUBLISHED-TTL:PT12H, and with base_url SOURCE (the feed's own address) and URL (its section
of index.html). Reminders (VALARM, ACTION:DISPLAY, TRIGGER:-<offset>) only when `alarms` are
given, longest first. The icalendar library writes the RFC 5545 form: CRLF line ends, lines
folded at 75 octets, text escaped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from plancheck.atomic import write_bytes
from plancheck.errors import OutputError
from plancheck.model import Plan

from .events import MilestoneEvent, status_date
from .feeds import Feed, FeedKind, FeedSet, plan_feeds
from .ics import INDEX_FILE, check_alarms, render_feed
from .links import SubscribeLinks, normalise_base_url, subscribe_links
from .names import event_uid, slugify
from .page import InSite, render_index

__all__ = [
    "INDEX_FILE",
    "Feed",
    "FeedInfo",
    "FeedKind",
    "FeedSet",
    "FeedSummary",
    "InSite",
    "MilestoneEvent",
    "SubscribeLinks",
    "event_uid",
    "normalise_base_url",
    "parse_alarm",
    "plan_feeds",
    "render_all",
    "render_feed",
    "render_index",
    "slugify",
    "subscribe_links",
    "write_feeds",
]


@dataclass(frozen=True)
class FeedInfo:
    """One written feed: its file name, title, kind and number of events."""

    file_name: str
    title: str
    kind: FeedKind
    subject: str | None  # owner or measure id
    events: int


@dataclass(frozen=True)
class FeedSummary:
    """What write_feeds wrote. `milestones` counts the dated milestones (events) of the plan."""

    feeds: tuple[FeedInfo, ...]
    milestones: int
    ongoing: int
    index: str = INDEX_FILE
    base_url: str | None = None

    @property
    def files(self) -> tuple[str, ...]:
        return (*(f.file_name for f in self.feeds), self.index)


def render_all(
    plan: Plan,
    *,
    base_url: str | None = None,
    alarms: Sequence[dt.timedelta] = (),
    as_of: dt.date | None = None,
    site: InSite | None = None,
) -> tuple[dict[str, bytes], FeedSummary]:
    """Every file (name -> bytes) and the summary, in memory. With `site`, index.html is
    the calendars page inside the web site (plancheck.exporters.html_site)."""
    base = normalise_base_url(base_url) if base_url is not None else None
    offsets = check_alarms(alarms)
    feeds = plan_feeds(plan, as_of)
    files = {
        feed.file_name: render_feed(plan, feed, base_url=base, alarms=offsets)
        for feed in feeds.feeds
    }
    shown = status_date(plan, as_of)
    files[INDEX_FILE] = render_index(
        plan, feeds, base_url=base, alarms=offsets, as_of=shown, site=site
    )
    everything = feeds.feed("all")
    summary = FeedSummary(
        feeds=tuple(
            FeedInfo(f.file_name, f.title, f.kind, f.subject, len(f.events)) for f in feeds.feeds
        ),
        milestones=len(everything.events),
        ongoing=len(everything.ongoing),
        base_url=base,
    )
    return files, summary


def write_feeds(
    plan: Plan,
    out_dir: Path,
    *,
    base_url: str | None = None,
    alarms: Sequence[dt.timedelta] = (),
    as_of: dt.date | None = None,
    site: InSite | None = None,
) -> FeedSummary:
    """Write every feed and index.html into out_dir (an existing, fresh staging folder).

    Everything is rendered before the first file is written. Raises ValueError for a bad
    base_url or alarm, or a plan with duplicate ids; OutputError when out_dir is no folder.
    """
    folder = Path(out_dir)
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist")
    files, summary = render_all(plan, base_url=base_url, alarms=alarms, as_of=as_of, site=site)
    root = folder.resolve()
    for name, data in files.items():
        target = folder / name
        if target.resolve().parent != root:  # names are slugs; this is a second lock
            raise OutputError(f"refusing to write {name} outside {folder}")
        write_bytes(target, data)
    return summary


_OFFSET = re.compile(r"(\d+)\s*([wdhm])")
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}


def parse_alarm(text: str) -> dt.timedelta:
    """'7d', '1d', '12h', '1w', '1d12h', '30m' -> timedelta (for `--alarm`)."""
    compact = text.strip().lower().replace(" ", "")
    if not compact or _OFFSET.sub("", compact):
        raise ValueError(f"an alarm is a time like 7d, 1d, 12h or 1d12h, not '{text}'")
    total = dt.timedelta()
    for number, unit in _OFFSET.findall(compact):
        total += dt.timedelta(**{_UNITS[unit]: int(number)})
    return total
