"""The plan on the web (issue 16): `plancheck export html [PLAN] -o site/`.

`write_site(plan, out_dir)` writes a static site into out_dir (the caller's staging folder,
see plancheck.atomic.staged_dir, so a failed run leaves the last good site):

- index.html: the whole published plan, numbered as in the Word report, with a table of
  contents, measure tables, footnotes, the planning grid, the owners and the versions
  (.document);
- tijdlijn.html: the timeline of the measures as inline SVG drawn here, with the milestones
  as a table beside it, one A4 landscape page in print (.timeline);
- agenda/: the calendar feeds and their page (plancheck.exporters.ics_feed), in the site's
  look and navigation;
- stijl.css: the stylesheet, from the design tokens (plancheck.exporters.webpage), and the
  logo of the token file, if any.

Every link is relative and nothing is loaded from another host (no fonts, scripts or images
from elsewhere), so the folder works on any web server and opened from disk. No page needs
JavaScript; the calendars page's copy button is its only script, and optional.

`base_url` is the public https address of the site folder; the feeds are then at
`<base_url>agenda/`, which the subscribe links and the feeds' SOURCE carry. `today` draws the
"vandaag" line on the timeline when it falls in the planning's period (a parameter, so that
a test or a rebuild gives the same site). The same plan, options and day give the same
bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from plancheck.atomic import write_bytes
from plancheck.errors import OutputError
from plancheck.exporters.ics_feed import FeedSummary, InSite, plan_feeds, render_all
from plancheck.exporters.ics_feed.events import numeric_day
from plancheck.exporters.ics_feed.ics import plan_name
from plancheck.exporters.ics_feed.links import normalise_base_url
from plancheck.exporters.webpage import (
    DEFAULT_TOKENS,
    Frame,
    NavItem,
    Tokens,
    TokensError,
    e,
    load_tokens,
    page,
    stylesheet,
    t,
)
from plancheck.model import Plan

from .document import calendars_folder, render_plan_body, timeline_page
from .timeline import render_timeline_page

__all__ = [
    "SiteSummary",
    "Tokens",
    "TokensError",
    "load_tokens",
    "render_site",
    "write_site",
]

PLAN_PAGE = "index.html"


@dataclass(frozen=True)
class SiteSummary:
    """What write_site wrote: the pages, the feeds in agenda/, every file's path."""

    pages: tuple[str, ...]
    feeds: FeedSummary
    files: tuple[str, ...]
    base_url: str | None
    today_shown: bool  # the timeline has a "vandaag" line


def _version(plan: Plan) -> str:
    """'versie van 31-08-2018', or 'versie 2 van 15-01-2019' when the version has a name."""
    date = numeric_day(plan.document.version_date)
    version = plan.revisions[-1].version
    if version == date:
        return plan.word("site_version", date=date)
    return plan.word("site_named_version", version=version, date=date)


def _frame(plan: Plan, tokens: Tokens) -> Frame:
    doc = plan.document
    nav = (
        NavItem("plan", PLAN_PAGE, plan.word("site_plan")),
        NavItem("timeline", timeline_page(plan), plan.word("site_timeline")),
        NavItem("calendars", f"{calendars_folder(plan)}/index.html", plan.word("site_calendars")),
    )
    return Frame(
        site_title=plan_name(plan),
        organisation=tokens.organisation or plan.municipalities_line(),
        tokens=tokens,
        nav=nav,
        footer=plan.word(
            "site_footer",
            escape=t,
            title=e(doc.title),
            code=e(doc.code),
            version=e(_version(plan)),
        ),
        skip_text=plan.word("site_skip"),
        nav_label=plan.word("site_navigation"),
        stylesheet_file=f"{plan.slug_word('stylesheet_file')}.css",
    )


def render_site(
    plan: Plan,
    *,
    base_url: str | None = None,
    alarms: Sequence[dt.timedelta] = (),
    tokens: Tokens = DEFAULT_TOKENS,
    today: dt.date | None = None,
    command: str = "plancheck export html plan.yaml -o site --base-url",
    as_of: dt.date | None = None,
) -> tuple[dict[str, bytes], SiteSummary]:
    """Every file of the site (path relative to the site -> bytes) and the summary."""
    base = normalise_base_url(base_url) if base_url is not None else None
    day = today if today is not None else dt.date.today()
    frame = _frame(plan, tokens)
    feeds = plan_feeds(plan)
    folder = calendars_folder(plan)
    timeline = timeline_page(plan)
    in_site = InSite(frame, base_url_hint="https://www.gemeente.nl/verbeterplan/", command=command)
    calendar_files, summary = render_all(
        plan,
        base_url=f"{base}{folder}/" if base else None,
        alarms=alarms,
        site=in_site,
        as_of=as_of,
    )
    lang = plan.document.language
    files: dict[str, bytes] = {}
    files[PLAN_PAGE] = page(
        frame,
        title=f"{plan.document.title}",
        body=render_plan_body(plan, feeds),
        lang=lang,
        current="plan",
    ).encode("utf-8")
    timeline_body, timeline_head, shown = render_timeline_page(plan, feeds, day)
    files[timeline] = page(
        frame,
        title=plan.word("site_timeline_title", plan=plan_name(plan)),
        body=timeline_body,
        lang=lang,
        current="timeline",
        head=timeline_head,
        body_class="timeline-page",
    ).encode("utf-8")
    files[frame.stylesheet_file] = stylesheet(tokens).encode("utf-8")
    if tokens.logo is not None:
        files[tokens.logo.file_name] = tokens.logo.data
    for name, data in calendar_files.items():
        files[f"{folder}/{name}"] = data
    site = SiteSummary(
        pages=(PLAN_PAGE, timeline, f"{folder}/index.html"),
        feeds=summary,
        files=tuple(files),
        base_url=base,
        today_shown=shown,
    )
    return files, site


def write_site(
    plan: Plan,
    out_dir: Path,
    *,
    base_url: str | None = None,
    alarms: Sequence[dt.timedelta] = (),
    tokens: Tokens = DEFAULT_TOKENS,
    today: dt.date | None = None,
    command: str = "plancheck export html plan.yaml -o site --base-url",
    as_of: dt.date | None = None,
) -> SiteSummary:
    """Write the site into out_dir (an existing, fresh staging folder).

    Everything is rendered before the first file is written. Raises ValueError for a bad
    base_url or alarm, or a plan with duplicate ids; OutputError when out_dir is no folder.
    """
    folder = Path(out_dir)
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist")
    files, summary = render_site(
        plan,
        base_url=base_url,
        alarms=alarms,
        tokens=tokens,
        today=today,
        command=command,
        as_of=as_of,
    )
    root = folder.resolve()
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(exist_ok=True)
        if root not in target.resolve().parents:  # names are fixed or slugs: a second lock
            raise OutputError(f"refusing to write {name} outside {folder}")
        write_bytes(target, data)
    return summary
