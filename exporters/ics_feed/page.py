"""index.html: the page that lists every feed with download and subscribe links.

Every sentence is the plan's language (page_words.py: the page's own table, under the plan's
labels), and so is every `lang`. Plain HTML in the frame of plancheck's web pages
(plancheck.exporters.webpage): lang from `document.language`,
a skip link, one h1, h2 per part, h3 per feed, link texts that say what they do (with the
feed's name for screen readers), no external resources. It stands on its own (`export ics`:
the style inline, no site navigation) or inside the site (`export html`, `build`: in
site/agenda/, with the site's stylesheet and navigation, each measure linked to its place in
the plan). Every milestone has an anchor here; an event's URL points to it.

Subscribing needs the feeds at a public https address (`base_url`). With one, each feed has
its webcal link (Apple), its https address with a copy button and a link to Google's "add by
URL" page, and the Outlook links. Without one, the page says plainly that subscribing needs
a public address and how the secretariat publishes the folder, and shows only what works
without one: downloading a copy and importing it. The copy button is the page's only
script, inline and optional: without JavaScript (or without the clipboard, on http) the
button stays hidden and the address can be selected and copied by hand.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from plancheck.exporters.webpage import Frame, e, page
from plancheck.markup import plain_text
from plancheck.model import STATUS_SYMBOLS, STATUSES, Milestone, Plan

from .events import dutch_day, numeric_day, planning_start, short_text, trim
from .feeds import Feed, FeedSet
from .ics import plan_name
from .links import GOOGLE_ADD_BY_URL, normalise_base_url, subscribe_links
from .page_words import anchors, html, words


def _copy_script(plan: Plan) -> str:
    """The copy button's script, its two messages in the plan's language."""

    def js(text: str) -> str:  # a JavaScript string that cannot end the script element
        return json.dumps(text, ensure_ascii=False).replace("</", "<\\/")

    status = anchors(plan)["copy_status"]
    return f"""<script>
(function () {{
  var status = document.getElementById({js(status)});
  if (!navigator.clipboard || !status) return;
  document.querySelectorAll("button[data-copy]").forEach(function (button) {{
    button.hidden = false;
    button.addEventListener("click", function () {{
      var text = document.getElementById(button.getAttribute("data-copy")).textContent;
      navigator.clipboard.writeText(text).then(function () {{
        status.textContent = {js(words(plan, "cal_copied"))} + text;
      }}, function () {{
        status.textContent = {js(words(plan, "cal_copy_failed"))};
      }});
    }});
  }});
}})();
</script>"""


@dataclass(frozen=True)
class InSite:
    """The page inside the site: its frame, and where the plan page is from here."""

    frame: Frame
    plan_page: str = "../index.html"
    root: str = "../"
    # the address to give --base-url in the secretariat's steps: the site's, not this folder's
    base_url_hint: str = "https://www.gemeente.nl/verbeterplan/"
    command: str = "plancheck build plan.yaml --base-url"


def _offset_text(plan: Plan, offset: dt.timedelta) -> str:
    days, seconds = offset.days, offset.seconds
    parts = []
    if days:
        parts.append(words(plan, "cal_days", count=days))
    if seconds // 3600:
        parts.append(words(plan, "cal_hours", count=seconds // 3600))
    if seconds % 3600 // 60:
        parts.append(words(plan, "cal_minutes", count=seconds % 3600 // 60))
    return " ".join(parts) or words(plan, "cal_on_the_day")


def _count_line(plan: Plan, feed: Feed) -> str:
    line = words(
        plan, "cal_count_line", milestones=plan.word("milestone_count", count=len(feed.events))
    )
    if feed.ongoing:
        line += words(
            plan, "cal_count_ongoing", ongoing=plan.word("ongoing_count", count=len(feed.ongoing))
        )
    return line + "."


def _links(feed: Feed, plan: Plan, base_url: str | None) -> list[str]:
    title = e(feed.title)
    out: list[str] = []
    if base_url is not None:
        links = subscribe_links(base_url, feed.file_name, f"{feed.title} – {plan_name(plan)}")
        address_id = f"{anchors(plan)['address']}-{feed.name}"
        out.append(f'<div class="subscribe"><p>{html(plan, "cal_subscribe_in")}</p><ul>')
        for href, key in (
            (links.webcal, "cal_apple"),
            (links.outlook_work, "cal_outlook_work"),
            (links.outlook_personal, "cal_outlook_personal"),
        ):
            out.append(
                f'<li><a class="button-link" href="{e(href)}">{html(plan, key)}<span class="vh">'
                f"{html(plan, 'cal_subscribe_to', title=title)}</span></a></li>"
            )
        out.append("</ul></div>")
        out.append(
            f'<div class="address"><span>{html(plan, "cal_address")}</span> '
            f'<code id="{e(address_id)}">{e(links.https)}</code>'
            f'<button type="button" class="copy-button" data-copy="{e(address_id)}" hidden>'
            f'{html(plan, "cal_copy_address")}<span class="vh">'
            f"{html(plan, 'cal_copy_address_of', title=title)}</span></button></div>"
        )
        for_title = html(plan, "cal_google_for", title=title)
        paste = html(
            plan,
            "cal_google_paste",
            link=f'<a href="{e(links.google)}">',
            for_title=f'<span class="vh">{for_title}</span>',
            end="</a>",
        )
        out.append(f'<p class="file">{paste}</p>')
    download = (
        f'<a href="{e(feed.file_name)}" type="text/calendar">{html(plan, "cal_download")}'
        f'<span class="vh"> – {title}</span></a>'
        f"{html(plan, 'cal_download_copy', file=e(feed.file_name))}"
    )
    out.append(f'<p class="file">{download}</p>')
    return out


def _milestone_item(plan: Plan, feeds: FeedSet, milestone: Milestone) -> str:
    anchor = e(feeds.anchors[milestone.id])
    measure = plan.measure(milestone.measure_id) if milestone.measure_id else None
    wording = e(" ".join(plain_text(milestone.wording).split()))
    event = feeds.events.get(milestone.id)
    if event is None:
        text = e(trim(short_text(milestone, measure), 160))
        return f'<li id="{anchor}"><span class="ongoing">{wording}</span>: {text}</li>'
    when = f'<time datetime="{event.day.isoformat()}">{e(dutch_day(event.day, plan))}</time>'
    if milestone.title:  # external: 'Evaluatie Pentekening (moet gereed zijn in juni 2018)'
        title = e(" ".join(plain_text(milestone.title).split()))
        return f'<li id="{anchor}">{when} — {title} ({wording})</li>'
    text = e(short_text(milestone, measure))
    return f'<li id="{anchor}">{when} — {wording}: {text}</li>'


def _feed_card(
    plan: Plan, feeds: FeedSet, feed: Feed, base_url: str | None, site: InSite | None
) -> list[str]:
    name = e(feed.name)
    out = [
        f'<article class="feed" id="{name}">',
        f"<h3>{e(feed.title)}</h3>",
        *(f"<p>{e(line)}</p>" for line in feed.holds),
        f'<p class="count">{e(_count_line(plan, feed))}</p>',
        *_links(feed, plan, base_url),
    ]
    milestones: tuple[Milestone, ...] = ()
    if feed.kind == "measure":
        measure = plan.measure(feed.subject or "")
        milestones = measure.realisation if measure else ()
        if site is not None and measure is not None:
            in_plan = html(plan, "cal_in_the_plan", title=e(feed.title))
            out.append(f'<p><a href="{e(site.plan_page)}#{name}">{in_plan}</a></p>')
    elif feed.kind == "all":
        milestones = plan.external_milestones
    if milestones:
        heading = html(plan, "cal_external_milestones" if feed.kind == "all" else "cal_milestones")
        out.append(f"<p><strong>{heading}</strong></p>")
        out.append('<ul class="milestones">')
        out += [_milestone_item(plan, feeds, ms) for ms in milestones]
        out.append("</ul>")
    out.append("</article>")
    return out


def _twice_warning(plan: Plan) -> str:
    one, many = e(plan.noun("measure")), e(plan.noun("measures"))
    return (
        f'<p class="note note--warning">{html(plan, "cal_twice", measure=one, measures=many)}</p>'
    )


def _publish_steps(plan: Plan, site: InSite | None) -> list[str]:
    """Without a public address: say so, and how the secretariat publishes the folder."""
    if site is not None:
        folder = words(plan, "cal_publish_folder_site")
        example, command = site.base_url_hint, site.command
    else:
        folder = words(plan, "cal_publish_folder")
        example = words(plan, "cal_publish_example")
        folder_name = plan.slug_word("calendars_folder")
        command = f"plancheck export ics plan.yaml -o {folder_name} --base-url"
    at = anchors(plan)
    return [
        f'<section aria-labelledby="{at["publish"]}">',
        f'<h2 id="{at["publish"]}">{html(plan, "cal_publish_heading")}</h2>',
        '<p class="note">'
        + html(plan, "cal_publish_note", link=f'<a href="#{at["copy"]}">', end="</a>")
        + "</p>",
        f"<p>{html(plan, 'cal_publish_for_secretariat')}</p>",
        "<ol>",
        f"<li>{html(plan, 'cal_publish_step_1', folder=e(folder))}</li>",
        "<li>"
        + html(plan, "cal_publish_step_2", command=f"<code>{e(command)} {e(example)}</code>")
        + "</li>",
        f"<li>{html(plan, 'cal_publish_step_3')}</li>",
        "</ol>",
        "</section>",
    ]


def _how_to(plan: Plan, base_url: str | None) -> list[str]:
    at = anchors(plan)
    if base_url is None:
        return [
            f'<section aria-labelledby="{at["copy"]}">',
            f'<h2 id="{at["copy"]}">{html(plan, "cal_copy_heading")}</h2>',
            f"<p>{html(plan, 'cal_copy_intro')}</p>",
            "<ul>",
            f"<li>{html(plan, 'cal_copy_apple')}</li>",
            f"<li>{html(plan, 'cal_copy_google')}</li>",
            f"<li>{html(plan, 'cal_copy_outlook')}</li>",
            "</ul>",
            "</section>",
        ]
    google = html(plan, "cal_google_step_2", link=f'<a href="{e(GOOGLE_ADD_BY_URL)}">', end="</a>")
    return [
        f'<section aria-labelledby="{at["subscribe"]}">',
        f'<h2 id="{at["subscribe"]}">{html(plan, "cal_subscribe_heading")}</h2>',
        f"<p>{html(plan, 'cal_subscribe_intro')}</p>",
        f'<p class="note">{html(plan, "cal_subscribe_note")}</p>',
        f"<h3>{html(plan, 'cal_apple_heading')}</h3>",
        "<ol>",
        f"<li>{html(plan, 'cal_apple_step_1')}</li>",
        f"<li>{html(plan, 'cal_apple_step_2')}</li>",
        "</ol>",
        f"<h3>{html(plan, 'cal_google_heading')}</h3>",
        "<ol>",
        f"<li>{html(plan, 'cal_google_step_1')}</li>",
        f"<li>{google}</li>",
        f"<li>{html(plan, 'cal_google_step_3')}</li>",
        "</ol>",
        f"<h3>{html(plan, 'cal_outlook_heading')}</h3>",
        "<ol>",
        f"<li>{html(plan, 'cal_outlook_step_1')}</li>",
        f"<li>{html(plan, 'cal_outlook_step_2')}</li>",
        "</ol>",
        f"<h3>{html(plan, 'cal_other_heading')}</h3>",
        f"<p>{html(plan, 'cal_other')}</p>",
        "</section>",
    ]


def _dates(plan: Plan) -> list[str]:
    start = dutch_day(planning_start(plan), plan)
    where = words(
        plan,
        "cal_start_publication"
        if plan.conventions.immediate == "publication"
        else "cal_start_planning",
    )
    dates = anchors(plan)["dates"]
    return [
        f'<section aria-labelledby="{dates}">',
        f'<h2 id="{dates}">{html(plan, "cal_dates_heading")}</h2>',
        "<ul>",
        f"<li>{html(plan, 'cal_dates_day')}</li>",
        f"<li>{html(plan, 'cal_dates_month')}</li>",
        f"<li>{html(plan, 'cal_dates_immediate', where=e(where), start=e(start))}</li>",
        f"<li>{html(plan, 'cal_dates_period')}</li>",
        f"<li>{html(plan, 'cal_dates_ongoing', measure=e(plan.noun()))}</li>",
        f"<li>{html(plan, 'cal_dates_free')}</li>",
        f"<li>{html(plan, 'cal_dates_moved')}</li>",
        "</ul>",
        "</section>",
    ]


def _progress(plan: Plan, as_of: dt.date | None) -> list[str]:
    """What the symbols before an event's title mean (only when the events show progress)."""
    if as_of is None:
        return []
    progress = anchors(plan)["progress"]
    lines = [
        f'<section aria-labelledby="{progress}">',
        f'<h2 id="{progress}">{html(plan, "cal_progress_heading")}</h2>',
        f"<p>{html(plan, 'cal_progress_intro', date=e(numeric_day(as_of)))}</p>",
        "<ul>",
    ]
    for status in (*STATUSES, "overdue"):
        lines.append(
            f"<li><strong>{e(STATUS_SYMBOLS[status])} {e(plan.status_word(status))}</strong>: "
            f"{e(words(plan, f'cal_meaning_{status}'))}.</li>"
        )
    lines += [
        f"<li>{html(plan, 'cal_progress_pending', pending=e(plan.status_word('pending')))}</li>",
        "</ul>",
        "</section>",
    ]
    return lines


def _notifications(plan: Plan, alarms: Sequence[dt.timedelta], base_url: str | None) -> list[str]:
    at = anchors(plan)["notifications"]
    out = [
        f'<section aria-labelledby="{at}">',
        f'<h2 id="{at}">{html(plan, "cal_notifications_heading")}</h2>',
    ]
    apple = f"<li>{html(plan, 'cal_notify_apple')}"
    if alarms:
        when = words(plan, "cal_alarms_and").join(_offset_text(plan, a) for a in alarms)
        out.append(f"<p>{html(plan, 'cal_alarms', when=e(when))}</p>")
        if base_url is not None:
            # 'Verwijder: Meldingen' on, Apple's default, strips the feed's alarms: to keep
            # them, it must be turned off (issue 16: the old sentence said the opposite)
            apple += html(plan, "cal_alarms_apple")
    else:
        out.append(f"<p>{html(plan, 'cal_no_alarms')}</p>")
    out += [
        "<ul>",
        apple + "</li>",
        f"<li>{html(plan, 'cal_notify_google')}</li>",
        f"<li>{html(plan, 'cal_notify_outlook')}</li>",
        "</ul>",
        "</section>",
    ]
    return out


def _standalone_frame(plan: Plan) -> Frame:
    doc = plan.document
    return Frame(
        site_title=doc.title,
        organisation=plan.municipalities_line(),
        nav=(),
        inline_style=True,
        skip_text=plan.word("site_skip"),
        nav_label=plan.word("site_navigation"),
        footer=html(plan, "cal_footer", code=e(doc.code), date=e(numeric_day(doc.version_date))),
    )


def render_index(
    plan: Plan,
    feeds: FeedSet,
    *,
    base_url: str | None = None,
    alarms: Sequence[dt.timedelta] = (),
    as_of: dt.date | None = None,
    site: InSite | None = None,
) -> bytes:
    """The index page as UTF-8 bytes (the same plan gives the same bytes). `as_of`: the
    day the events show the progress on, if they do: the page says what the symbols mean."""
    base = normalise_base_url(base_url) if base_url is not None else None
    doc = plan.document
    everything = feeds.feed("all")
    owners = [f for f in feeds.feeds if f.kind == "owner"]
    measures = [f for f in feeds.feeds if f.kind == "measure"]
    ongoing = len(everything.ongoing)
    per_owner, per_measure = (
        plan.slug_word("anchor_per_owner"),
        plan.slug_word("anchor_per_measure"),
    )
    at = anchors(plan)
    per_owner_text = html(plan, "cal_toc_per_owner")
    per_measure_text = html(plan, "cal_toc_per_measure", measure=e(plan.noun()))
    toc = [
        f'<li><a href="#{e(everything.name)}">{html(plan, "cal_toc_all")}</a></li>',
        f'<li><a href="#{at["subscribe"]}">{html(plan, "cal_subscribe_heading")}</a></li>'
        if base
        else f'<li><a href="#{at["publish"]}">{html(plan, "cal_toc_not_yet")}</a></li>'
        f'<li><a href="#{at["copy"]}">{html(plan, "cal_copy_heading")}</a></li>',
        f'<li><a href="#{at["dates"]}">{html(plan, "cal_dates_heading")}</a></li>',
        f'<li><a href="#{at["notifications"]}">{html(plan, "cal_notifications_heading")}</a></li>',
        f'<li><a href="#{per_owner}">{per_owner_text}</a></li>',
        f'<li><a href="#{per_measure}">{per_measure_text}</a></li>',
    ]
    jump = "".join(f'<li><a href="#{e(f.name)}">{e(f.title)}</a></li>' for f in owners)
    intro = html(
        plan,
        "cal_intro",
        ics="<code>.ics</code>",
        measure=e(plan.noun()),
        milestones=e(plan.word("milestone_count", count=len(everything.events))),
        ongoing=e(plan.word("ongoing_count", count=ongoing)),
    )
    meta = html(plan, "cal_lead_meta", code=e(doc.code), date=e(numeric_day(doc.version_date)))
    body = [
        f"<h1>{e(plan.word('site_calendars'))}</h1>",
        f'<p class="lead">{e(doc.title)}</p>',
        f'<p class="meta">{meta}</p>',
        f"<p>{intro}</p>",
        *(_publish_steps(plan, site) if base is None else []),
        _twice_warning(plan),
        f'<nav aria-labelledby="{at["contents"]}">',
        f'<h2 id="{at["contents"]}">{html(plan, "cal_contents")}</h2>',
        '<ul class="toc">',
        *toc,
        "</ul>",
        "</nav>",
        f'<section aria-labelledby="{at["all"]}">',
        f'<h2 id="{at["all"]}">{html(plan, "cal_all_heading")}</h2>',
        *_feed_card(plan, feeds, everything, base, site),
        "</section>",
        *_how_to(plan, base),
        *_dates(plan),
        *_progress(plan, as_of),
        *_notifications(plan, sorted(set(alarms), reverse=True), base),
        f'<section aria-labelledby="{per_owner}">',
        f'<h2 id="{per_owner}">{per_owner_text}</h2>',
        f"<p>{html(plan, 'cal_owners_intro', measures=e(plan.noun('measures')))}</p>",
        f'<nav aria-label="{e(words(plan, "cal_owners_nav"))}">'
        f'<ul class="jump-list">{jump}</ul></nav>',
    ]
    for feed in owners:
        body += _feed_card(plan, feeds, feed, base, site)
    body += [
        "</section>",
        f'<section aria-labelledby="{per_measure}">',
        f'<h2 id="{per_measure}">{per_measure_text}</h2>',
    ]
    for feed in measures:
        body += _feed_card(plan, feeds, feed, base, site)
    body.append("</section>")
    if base is not None:
        body.append(f'<p id="{at["copy_status"]}" class="vh" role="status"></p>')
    frame = site.frame if site is not None else _standalone_frame(plan)
    page_html = page(
        frame,
        title=words(plan, "cal_title", name=plan_name(plan)),
        body="\n".join(body),
        lang=plan.document.language,
        root=site.root if site is not None else "",
        current="calendars",
        end=_copy_script(plan) if base is not None else "",
    )
    return page_html.encode("utf-8")
