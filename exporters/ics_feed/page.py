"""index.html: the Dutch page that lists every feed with download and subscribe links.

Plain HTML with a little inline CSS: no JavaScript, no external resources, lang="nl",
one h1, h2 per part, h3 per feed, link texts that say what they do (with the feed's name
for screen readers). Every milestone has an anchor here; an event's URL points to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from plancheck.markup import plain_text
from plancheck.model import STATUS_SYMBOLS, STATUSES, Milestone, Plan

from .events import dutch_day, numeric_day, planning_start, plural, short_text, trim
from .feeds import Feed, FeedSet
from .ics import plan_name
from .links import normalise_base_url, subscribe_links

STYLE = """
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
color:#1b1b1b;background:#fff}
header,main,footer{max-width:56rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .4rem}
h2{font-size:1.4rem;margin:2.2rem 0 .8rem;padding-bottom:.2rem;border-bottom:2px solid #d0d7de}
h3{font-size:1.1rem;margin:0 0 .3rem}
a{color:#0a4f96}
a:focus-visible{outline:3px solid #c75c00;outline-offset:2px}
.lead{font-size:1.1rem;margin:0}
.meta,.count,footer{color:#4a4a4a}
.note{background:#fff6dc;border-left:4px solid #b38600;padding:.6rem .9rem}
.feed{border:1px solid #c9d1d9;border-radius:6px;padding:.8rem 1rem;margin:1rem 0}
.feed p{margin:.3rem 0}
.subscribe{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .6rem;margin:.6rem 0 .2rem}
.links{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4rem}
.links a{display:inline-block;padding:.2rem .6rem;border:1px solid #0a4f96;border-radius:4px;
text-decoration:none}
.file{font-size:.95rem}
.toc{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
.links a:hover{background:#e8f1fb}
.milestones{margin:.4rem 0 0;padding-left:1.2rem}
.milestones time,.ongoing{font-weight:600}
code{font-size:.9rem;overflow-wrap:anywhere}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _offset_text(offset: dt.timedelta) -> str:
    days, seconds = offset.days, offset.seconds
    parts = []
    if days:
        parts.append(plural(days, "dag", "dagen"))
    if seconds // 3600:
        parts.append(plural(seconds // 3600, "uur", "uur"))
    if seconds % 3600 // 60:
        parts.append(plural(seconds % 3600 // 60, "minuut", "minuten"))
    return " ".join(parts) or "op de dag zelf"


def _count_line(feed: Feed) -> str:
    line = f"{plural(len(feed.events), 'mijlpaal', 'mijlpalen')} in de agenda"
    if feed.ongoing:
        line += f"; {plural(len(feed.ongoing), 'doorlopende werkzaamheid', 'doorlopende werkzaamheden')} (niet in de agenda)"
    return line + "."


def _links(feed: Feed, plan: Plan, base_url: str | None) -> list[str]:
    title = _e(feed.title)
    out: list[str] = []
    links = None
    if base_url is not None:
        links = subscribe_links(base_url, feed.file_name, f"{feed.title} – {plan_name(plan)}")
        out.append('<div class="subscribe"><span>Abonneren in:</span><ul class="links">')
        for href, text in (
            (links.webcal, "Apple Agenda"),
            (links.google, "Google Agenda"),
            (links.outlook_work, "Outlook (werk of school)"),
            (links.outlook_personal, "Outlook.com (persoonlijk)"),
        ):
            out.append(
                f'<li><a href="{_e(href)}">{text}<span class="vh"> – abonneren op {title}'
                "</span></a></li>"
            )
        out.append("</ul></div>")
    download = (
        f'<a href="{_e(feed.file_name)}" type="text/calendar">Downloaden'
        f'<span class="vh"> – {title}</span></a> ({_e(feed.file_name)}, eenmalige kopie)'
    )
    out.append(f'<p class="file">{download}</p>')
    if links is not None:
        out.append(f'<p class="file">Adres voor andere apps: <code>{_e(links.https)}</code></p>')
    return out


def _milestone_item(plan: Plan, feeds: FeedSet, milestone: Milestone) -> str:
    anchor = _e(feeds.anchors[milestone.id])
    measure = plan.measure(milestone.measure_id) if milestone.measure_id else None
    wording = _e(" ".join(plain_text(milestone.wording).split()))
    event = feeds.events.get(milestone.id)
    if event is None:
        text = _e(trim(short_text(milestone, measure), 160))
        return f'<li id="{anchor}"><span class="ongoing">{wording}</span>: {text}</li>'
    when = f'<time datetime="{event.day.isoformat()}">{_e(dutch_day(event.day))}</time>'
    if milestone.title:  # external: 'Evaluatie Pentekening (moet gereed zijn in juni 2018)'
        title = _e(" ".join(plain_text(milestone.title).split()))
        return f'<li id="{anchor}">{when} — {title} ({wording})</li>'
    text = _e(short_text(milestone, measure))
    return f'<li id="{anchor}">{when} — {wording}: {text}</li>'


def _feed_card(plan: Plan, feeds: FeedSet, feed: Feed, base_url: str | None) -> list[str]:
    name = _e(feed.name)
    out = [
        f'<article class="feed" id="{name}">',
        f"<h3>{_e(feed.title)}</h3>",
        *(f"<p>{_e(line)}</p>" for line in feed.holds),
        f'<p class="count">{_e(_count_line(feed))}</p>',
        *_links(feed, plan, base_url),
    ]
    milestones: tuple[Milestone, ...] = ()
    if feed.kind == "measure":
        measure = plan.measure(feed.subject or "")
        milestones = measure.realisation if measure else ()
    elif feed.kind == "all":
        milestones = plan.external_milestones
    if milestones:
        heading = "Externe mijlpalen" if feed.kind == "all" else "Mijlpalen"
        out.append(f"<p><strong>{heading}</strong></p>")
        out.append('<ul class="milestones">')
        out += [_milestone_item(plan, feeds, ms) for ms in milestones]
        out.append("</ul>")
    out.append("</article>")
    return out


def _how_to(plan: Plan, base_url: str | None) -> list[str]:
    out = [
        '<section aria-labelledby="abonneren">',
        '<h2 id="abonneren">Abonneren of downloaden</h2>',
        "<p>Met <strong>abonneren</strong> haalt uw agenda-app de agenda zelf steeds opnieuw "
        "op, zodat wijzigingen in het plan vanzelf in uw agenda komen. <strong>Downloaden"
        "</strong> geeft een eenmalige kopie die niet wordt bijgewerkt.</p>",
    ]
    if base_url is None:
        out.append(
            '<p class="note">Deze pagina is gemaakt zonder openbaar adres, dus er staan alleen '
            "downloadlinks bij de agenda's. Om te kunnen abonneren zet de beheerder de map op "
            "een openbare https-website en maakt de pagina opnieuw met dat adres "
            "(<code>--base-url</code>).</p>"
        )
    out.append(
        '<p class="note"><strong>Goed om te weten.</strong> Google en Outlook halen een agenda '
        "op vanaf hun eigen servers, niet vanaf uw computer. Het adres moet daarom openbaar "
        "bereikbaar zijn, zonder inloggen en van buiten het netwerk van de gemeente. "
        "Wijzigingen komen niet meteen door: Google werkt een abonnement om de paar uur bij "
        "(soms pas na een dag), niet binnen minuten; Outlook doet er ook enkele uren over. "
        "In Apple Agenda kiest u zelf hoe vaak de agenda wordt ververst.</p>"
    )
    out += [
        "<h3>Apple Agenda (iPhone, iPad, Mac)</h3>",
        "<ol>",
        "<li>Kies bij de agenda van uw keuze <em>Apple Agenda</em> en bevestig met "
        "<em>Abonneer</em>.</li>",
        "<li>Zelf toevoegen kan ook. iPhone of iPad: Instellingen › Agenda › Accounts › Voeg "
        "account toe › Anders › Voeg agenda-abonnement toe. Mac: in Agenda het menu Archief › "
        "Nieuw agenda-abonnement. Plak daar het adres van de agenda.</li>",
        "</ol>",
        "<h3>Google Agenda</h3>",
        "<ol>",
        "<li>Open de link <em>Google Agenda</em> op een computer (in de app op de telefoon kan "
        "het niet) en bevestig met <em>Toevoegen</em>.</li>",
        "<li>Zelf toevoegen: in Google Agenda op de computer bij <em>Andere agenda's</em> op "
        "<em>+</em> › <em>Via URL</em>, en plak het adres.</li>",
        "<li>Daarna staat de agenda ook in de app op uw telefoon.</li>",
        "</ol>",
        "<h3>Outlook</h3>",
        "<ol>",
        "<li>Kies <em>Outlook (werk of school)</em> als u inlogt met een account van uw "
        "organisatie (Microsoft 365), of <em>Outlook.com (persoonlijk)</em> bij een eigen "
        "Microsoft-account. Controleer de naam en bevestig met <em>Importeren</em>.</li>",
        "<li>Zelf toevoegen: Agenda › Agenda toevoegen › Abonneren vanaf internet, en plak "
        "het adres. In de klassieke Outlook voor Windows: Agenda openen › Van internet.</li>",
        "</ol>",
        "<h3>Andere agenda-apps</h3>",
        "<p>Thunderbird en andere apps kunnen zich ook abonneren: voeg een agenda ‘op het "
        "netwerk’ of ‘via internet’ toe met het adres van de agenda.</p>",
        "</section>",
    ]
    return out


def _dates(plan: Plan) -> list[str]:
    start = dutch_day(planning_start(plan))
    return [
        '<section aria-labelledby="data-in-de-agenda">',
        '<h2 id="data-in-de-agenda">Hoe de mijlpalen in de agenda staan</h2>',
        "<ul>",
        "<li>Elke mijlpaal is een afspraak van een hele dag op de uiterste datum: ‘Voor 1 "
        "oktober’ staat op 30 september.</li>",
        "<li>Noemt het plan alleen een maand (‘juni’), dan staat de mijlpaal op de laatste "
        "dag van die maand.</li>",
        f"<li>‘Per direct’ staat op de eerste dag van de planning: {_e(start)}.</li>",
        "<li>Een periode (‘februari - april’) staat op het einde van de periode; de periode "
        "zelf staat in de beschrijving van de afspraak.</li>",
        "<li>Doorlopend werk (‘Doorlopend’) heeft geen datum en staat daarom niet in de "
        "agenda's. Het staat op deze pagina bij de maatregel.</li>",
        "<li>De afspraken blokkeren uw agenda niet: u blijft ‘beschikbaar’.</li>",
        "<li>Verandert een datum in een nieuwe versie van het plan, dan verschuift de afspraak "
        "in uw agenda; er komt geen tweede bij.</li>",
        "</ul>",
        "</section>",
    ]


STATUS_MEANINGS = {
    "done": "de mijlpaal is bereikt",
    "on_track": "het werk loopt volgens plan",
    "delayed": "later dan gepland; de verwachte datum staat in de titel",
    "at_risk": "de datum is in gevaar",
    "dropped": "de mijlpaal vervalt",
    "overdue": "de datum is voorbij en niemand meldde gereed, vervallen of vertraagd",
}


def _progress(plan: Plan, as_of: dt.date | None) -> list[str]:
    """What the symbols before an event's title mean (only when the events show progress)."""
    if as_of is None:
        return []
    lines = [
        '<section aria-labelledby="voortgang">',
        '<h2 id="voortgang">Voortgang in de agenda</h2>',
        f"<p>De afspraken tonen de stand van het werk per {_e(numeric_day(as_of))}: een "
        "teken en een woord vóór de titel, de melding in de beschrijving en het woord als "
        "categorie. Verandert de stand, dan wordt de afspraak in uw agenda bijgewerkt.</p>",
        "<ul>",
    ]
    for status in (*STATUSES, "overdue"):
        lines.append(
            f"<li><strong>{_e(STATUS_SYMBOLS[status])} {_e(plan.status_word(status))}</strong>: "
            f"{_e(STATUS_MEANINGS[status])}.</li>"
        )
    lines += [
        f"<li>Zonder teken: {_e(plan.status_word('pending'))}, nog niet aan de beurt.</li>",
        "</ul>",
        "</section>",
    ]
    return lines


def _notifications(alarms: Sequence[dt.timedelta]) -> list[str]:
    out = ['<section aria-labelledby="meldingen">', '<h2 id="meldingen">Meldingen</h2>']
    if alarms:
        when = " en ".join(_offset_text(a) for a in alarms)
        out.append(
            f"<p>De agenda's bevatten herinneringen ({_e(when)} voor elke mijlpaal). Niet elke "
            "app neemt die over: Google slaat ze over en Apple haalt ze bij een abonnement "
            "standaard weg. Stel daarom zelf meldingen in als u ze zeker wilt krijgen.</p>"
        )
    else:
        out.append(
            "<p>De agenda's bevatten geen herinneringen: u kiest zelf of en wanneer u een "
            "melding krijgt.</p>"
        )
    out += [
        "<ul>",
        "<li>Apple: Instellingen › Agenda › Standaardmeldingen › Hele-dagactiviteiten (iPhone, "
        "iPad) of Agenda › Instellingen › Meldingen (Mac). Bij het abonneren kunt u "
        "‘Verwijder meldingen’ uitzetten om de meldingen uit de agenda te houden.</li>",
        "<li>Google Agenda: Instellingen › de naam van de agenda › Meldingen voor afspraken "
        "die de hele dag duren.</li>",
        "<li>Outlook: open een mijlpaal en kies een herinnering, of stel in Outlook een "
        "standaardherinnering in.</li>",
        "</ul>",
        "</section>",
    ]
    return out


def render_index(
    plan: Plan,
    feeds: FeedSet,
    *,
    base_url: str | None = None,
    alarms: Sequence[dt.timedelta] = (),
    as_of: dt.date | None = None,
) -> bytes:
    """The index page as UTF-8 bytes (the same plan gives the same bytes). `as_of`: the
    day the events show the progress on, if they do: the page says what the symbols mean."""
    base = normalise_base_url(base_url) if base_url is not None else None
    doc = plan.document
    everything = feeds.feed("all")
    owners = [f for f in feeds.feeds if f.kind == "owner"]
    measures = [f for f in feeds.feeds if f.kind == "measure"]
    ongoing = len(everything.ongoing)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Mijlpalen in uw agenda – {_e(plan_name(plan))}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>Mijlpalen in uw agenda</h1>",
        f'<p class="lead">{_e(doc.title)}</p>',
        f'<p class="meta">Kenmerk {_e(doc.code)} · versie van '
        f"{_e(numeric_day(doc.version_date))}</p>",
        "</header>",
        "<main>",
        "<p>De mijlpalen van dit plan staan in agenda-bestanden (iCalendar, <code>.ics</code>) "
        "die u in uw eigen agenda-app kunt zetten: alles in één agenda, per verantwoordelijke "
        f"of per maatregel. Het plan heeft {_e(plural(len(everything.events), 'mijlpaal', 'mijlpalen'))} "
        f"met een datum en {_e(plural(ongoing, 'doorlopende werkzaamheid', 'doorlopende werkzaamheden'))}.</p>",
        '<nav aria-label="Inhoud">',
        '<ul class="toc">',
        f'<li><a href="#{_e(everything.name)}">Alle mijlpalen</a></li>',
        '<li><a href="#abonneren">Abonneren of downloaden</a></li>',
        '<li><a href="#data-in-de-agenda">Hoe de mijlpalen in de agenda staan</a></li>',
        '<li><a href="#meldingen">Meldingen</a></li>',
        '<li><a href="#per-rol">Per verantwoordelijke</a></li>',
        '<li><a href="#per-maatregel">Per maatregel</a></li>',
        "</ul>",
        "</nav>",
        '<section aria-labelledby="alle-agendas">',
        '<h2 id="alle-agendas">Eén agenda met alles</h2>',
        *_feed_card(plan, feeds, everything, base),
        "</section>",
        *_how_to(plan, base),
        *_dates(plan),
        *_progress(plan, as_of),
        *_notifications(sorted(set(alarms), reverse=True)),
        '<section aria-labelledby="per-rol">',
        '<h2 id="per-rol">Per verantwoordelijke</h2>',
    ]
    for feed in owners:
        lines += _feed_card(plan, feeds, feed, base)
    lines += [
        "</section>",
        '<section aria-labelledby="per-maatregel">',
        '<h2 id="per-maatregel">Per maatregel</h2>',
    ]
    for feed in measures:
        lines += _feed_card(plan, feeds, feed, base)
    lines += [
        "</section>",
        "</main>",
        "<footer>",
        f"<p>Gemaakt met plancheck uit het plan (kenmerk {_e(doc.code)}, versie "
        f"{_e(numeric_day(doc.version_date))}). De agenda's zijn alleen-lezen: wijzigingen "
        "komen uit het plan.</p>",
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines).encode("utf-8")
