"""index.html: the Dutch page that lists every feed with download and subscribe links.

Plain HTML in the frame of plancheck's web pages (plancheck.exporters.webpage): lang="nl",
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
from collections.abc import Sequence
from dataclasses import dataclass

from plancheck.exporters.webpage import Frame, e, page
from plancheck.markup import plain_text
from plancheck.model import STATUS_SYMBOLS, STATUSES, Milestone, Plan

from .events import dutch_day, numeric_day, planning_start, plural, short_text, trim
from .feeds import Feed, FeedSet
from .ics import plan_name
from .links import GOOGLE_ADD_BY_URL, normalise_base_url, subscribe_links

COPY_SCRIPT = """<script>
(function () {
  var status = document.getElementById("kopieer-status");
  if (!navigator.clipboard || !status) return;
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = document.getElementById(button.getAttribute("data-copy")).textContent;
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = "Adres gekopieerd: " + text;
      }, function () {
        status.textContent = "Kopiëren lukte niet; selecteer het adres en kopieer het zelf.";
      });
    });
  });
})();
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


def _count_line(plan: Plan, feed: Feed) -> str:
    line = f"{plan.word('milestone_count', count=len(feed.events))} in de agenda"
    if feed.ongoing:
        line += f"; {plan.word('ongoing_count', count=len(feed.ongoing))} (niet in de agenda)"
    return line + "."


def _links(feed: Feed, plan: Plan, base_url: str | None) -> list[str]:
    title = e(feed.title)
    out: list[str] = []
    if base_url is not None:
        links = subscribe_links(base_url, feed.file_name, f"{feed.title} – {plan_name(plan)}")
        address_id = f"adres-{feed.name}"
        out.append('<div class="subscribe"><p>Abonneren in:</p><ul>')
        for href, text in (
            (links.webcal, "Apple Agenda"),
            (links.outlook_work, "Outlook (werk of school)"),
            (links.outlook_personal, "Outlook.com (persoonlijk)"),
        ):
            out.append(
                f'<li><a class="button-link" href="{e(href)}">{text}<span class="vh"> – '
                f"abonneren op {title}</span></a></li>"
            )
        out.append("</ul></div>")
        out.append(
            f'<div class="address"><span>Adres van deze agenda (voor Google Agenda en andere '
            f'apps):</span> <code id="{e(address_id)}">{e(links.https)}</code>'
            f'<button type="button" class="copy-button" data-copy="{e(address_id)}" hidden>'
            f'Kopieer adres<span class="vh"> van {title}</span></button></div>'
        )
        out.append(
            f'<p class="file">Google Agenda: kopieer het adres en plak het op '
            f'<a href="{e(links.google)}">de pagina ‘Agenda toevoegen via URL’ van Google'
            f'<span class="vh"> (voor {title})</span></a>.</p>'
        )
    download = (
        f'<a href="{e(feed.file_name)}" type="text/calendar">Downloaden'
        f'<span class="vh"> – {title}</span></a> ({e(feed.file_name)}, eenmalige kopie)'
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
    when = f'<time datetime="{event.day.isoformat()}">{e(dutch_day(event.day))}</time>'
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
            out.append(
                f'<p><a href="{e(site.plan_page)}#{name}">{e(feed.title)} in het plan</a></p>'
            )
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


def _twice_warning(plan: Plan) -> str:
    one, many = e(plan.noun("measure")), e(plan.noun("measures"))
    return (
        '<p class="note note--warning"><strong>Let op: dubbele mijlpalen.</strong> ‘Alle '
        f"mijlpalen’ bevat al de mijlpalen van elke verantwoordelijke en elke {one}. Wie "
        "zich abonneert op ‘Alle mijlpalen’ én op de agenda van een verantwoordelijke of een "
        f"{one}, ziet elke mijlpaal daarvan twee keer. Kies dus óf ‘Alle mijlpalen’, óf de "
        f"agenda's van uw eigen rol of {many}.</p>"
    )


def _publish_steps(site: InSite | None) -> list[str]:
    """Without a public address: say so, and how the secretariat publishes the folder."""
    if site is not None:
        folder, example, command = "de hele map van de website", site.base_url_hint, site.command
    else:
        folder = "deze map (alle .ics-bestanden en deze pagina)"
        example = "https://www.gemeente.nl/verbeterplan/agenda/"
        command = "plancheck export ics plan.yaml -o agenda --base-url"
    return [
        '<section aria-labelledby="publiceren">',
        '<h2 id="publiceren">Abonneren kan pas als de agenda\'s openbaar online staan</h2>',
        '<p class="note"><strong>Deze pagina is gemaakt zonder openbaar adres.</strong> '
        "Abonneren werkt alleen als de agenda's op een openbare https-website staan: Google "
        "en Outlook halen een agenda op vanaf hun eigen servers, zonder inloggen en van buiten "
        "het netwerk van de gemeente. Daarom staan hier nog geen knoppen om te abonneren. "
        "U kunt de agenda's wel downloaden en als eenmalige kopie in uw agenda zetten (zie "
        '<a href="#kopie">Een kopie in uw agenda zetten</a>).</p>',
        "<p>Voor het secretariaat: zo maakt u abonneren mogelijk.</p>",
        "<ol>",
        f"<li>Zet {e(folder)} op een openbare https-website, bereikbaar zonder inloggen, "
        "bijvoorbeeld de website van de gemeente.</li>",
        "<li>Maak de pagina's opnieuw met het adres van die map: "
        f"<code>{e(command)} {e(example)}</code> (met uw eigen adres).</li>",
        "<li>Zet de nieuwe map in de plaats van de oude. Daarna staan bij elke agenda de "
        "knoppen om te abonneren en het adres om te kopiëren.</li>",
        "</ol>",
        "</section>",
    ]


def _how_to(base_url: str | None) -> list[str]:
    if base_url is None:
        return [
            '<section aria-labelledby="kopie">',
            '<h2 id="kopie">Een kopie in uw agenda zetten</h2>',
            "<p>Een gedownloade agenda is een <strong>eenmalige kopie</strong>: wijzigingen "
            "in het plan komen er niet vanzelf in. Download de agenda opnieuw als het plan "
            "verandert.</p>",
            "<ul>",
            "<li>Apple Agenda (Mac): open het gedownloade bestand en kies in welke agenda de "
            "mijlpalen komen. iPhone of iPad: tik op het bestand en kies <em>Voeg alles "
            "toe</em>.</li>",
            "<li>Google Agenda (op de computer): Instellingen › Importeren en exporteren › "
            "Importeren, kies het bestand en de agenda.</li>",
            "<li>Outlook: Agenda toevoegen › Uploaden uit bestand. In de klassieke Outlook "
            "voor Windows: Bestand › Openen en exporteren › Importeren/exporteren.</li>",
            "</ul>",
            "</section>",
        ]
    return [
        '<section aria-labelledby="abonneren">',
        '<h2 id="abonneren">Abonneren of downloaden</h2>',
        "<p>Met <strong>abonneren</strong> haalt uw agenda-app de agenda zelf steeds opnieuw "
        "op, zodat wijzigingen in het plan vanzelf in uw agenda komen. <strong>Downloaden"
        "</strong> geeft een eenmalige kopie die niet wordt bijgewerkt.</p>",
        '<p class="note"><strong>Goed om te weten.</strong> Google en Outlook halen een agenda '
        "op vanaf hun eigen servers, niet vanaf uw computer. Het adres moet daarom openbaar "
        "bereikbaar zijn, zonder inloggen en van buiten het netwerk van de gemeente. "
        "Wijzigingen komen niet meteen door: Google werkt een abonnement om de paar uur bij "
        "(soms pas na een dag), niet binnen minuten; Outlook doet er ook enkele uren over. "
        "In Apple Agenda kiest u zelf hoe vaak de agenda wordt ververst.</p>",
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
        "<li>Kopieer bij de agenda van uw keuze het adres (met de knop <em>Kopieer adres</em>, "
        "of selecteer het en kopieer het).</li>",
        f'<li>Open op een computer <a href="{e(GOOGLE_ADD_BY_URL)}">Agenda toevoegen via URL'
        "</a> in Google Agenda (in de app op de telefoon kan het niet), plak het adres en kies "
        "<em>Agenda toevoegen</em>.</li>",
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


def _dates(plan: Plan) -> list[str]:
    start = dutch_day(planning_start(plan))
    where = (
        "de dag waarop het plan is gepubliceerd"
        if plan.conventions.immediate == "publication"
        else "de eerste dag van de planning"
    )
    return [
        '<section aria-labelledby="data-in-de-agenda">',
        '<h2 id="data-in-de-agenda">Hoe de mijlpalen in de agenda staan</h2>',
        "<ul>",
        "<li>Elke mijlpaal is een afspraak van een hele dag op de uiterste datum: ‘Voor 1 "
        "oktober’ staat op 30 september.</li>",
        "<li>Noemt het plan alleen een maand (‘juni’), dan staat de mijlpaal op de laatste "
        "dag van die maand.</li>",
        f"<li>‘Per direct’ staat op {where}: {e(start)}.</li>",
        "<li>Een periode (‘februari - april’) staat op het einde van de periode; de periode "
        "zelf staat in de beschrijving van de afspraak.</li>",
        "<li>Doorlopend werk (‘Doorlopend’) heeft geen datum en staat daarom niet in de "
        f"agenda's. Het staat op deze pagina bij de {e(plan.noun())}.</li>",
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
        f"<p>De afspraken tonen de stand van het werk per {e(numeric_day(as_of))}: een "
        "teken en een woord vóór de titel, de melding in de beschrijving en het woord als "
        "categorie. Verandert de stand, dan wordt de afspraak in uw agenda bijgewerkt.</p>",
        "<ul>",
    ]
    for status in (*STATUSES, "overdue"):
        lines.append(
            f"<li><strong>{e(STATUS_SYMBOLS[status])} {e(plan.status_word(status))}</strong>: "
            f"{e(STATUS_MEANINGS[status])}.</li>"
        )
    lines += [
        f"<li>Zonder teken: {e(plan.status_word('pending'))}, nog niet aan de beurt.</li>",
        "</ul>",
        "</section>",
    ]
    return lines


def _notifications(alarms: Sequence[dt.timedelta], base_url: str | None) -> list[str]:
    out = ['<section aria-labelledby="meldingen">', '<h2 id="meldingen">Meldingen</h2>']
    apple = (
        "<li>Apple: Instellingen › Agenda › Standaardmeldingen › Hele-dagactiviteiten (iPhone, "
        "iPad) of Agenda › Instellingen › Meldingen (Mac)."
    )
    if alarms:
        when = " en ".join(_offset_text(a) for a in alarms)
        out.append(
            f"<p>De agenda's bevatten herinneringen ({e(when)} voor elke mijlpaal). Niet elke "
            "app neemt die over: Google slaat ze over, en Apple haalt ze bij een abonnement "
            "weg zolang ‘Verwijder meldingen’ aanstaat (zo staat het standaard). Stel daarom "
            "zelf meldingen in als u ze zeker wilt krijgen.</p>"
        )
        if base_url is not None:
            # 'Verwijder: Meldingen' on, Apple's default, strips the feed's alarms: to keep
            # them, it must be turned off (issue 16: the old sentence said the opposite)
            apple += (
                " Wilt u de herinneringen van de agenda zelf krijgen, zet dan bij het abonneren "
                "‘Verwijder meldingen’ <strong>uit</strong> (op de Mac: vink bij ‘Verwijder’ "
                "het vakje ‘Meldingen’ uit). Staat het aan, dan haalt Apple de herinneringen "
                "weg en krijgt u alleen de meldingen die u zelf instelt."
            )
    else:
        out.append(
            "<p>De agenda's bevatten geen herinneringen: u kiest zelf of en wanneer u een "
            "melding krijgt.</p>"
        )
    out += [
        "<ul>",
        apple + "</li>",
        "<li>Google Agenda: Instellingen › de naam van de agenda › Meldingen voor afspraken "
        "die de hele dag duren.</li>",
        "<li>Outlook: open een mijlpaal en kies een herinnering, of stel in Outlook een "
        "standaardherinnering in.</li>",
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
        footer=(
            f"Gemaakt met plancheck uit het plan (kenmerk {e(doc.code)}, versie "
            f"{e(numeric_day(doc.version_date))}). De agenda's zijn alleen-lezen: wijzigingen "
            "komen uit het plan."
        ),
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
    toc = [
        f'<li><a href="#{e(everything.name)}">Alle mijlpalen</a></li>',
        '<li><a href="#abonneren">Abonneren of downloaden</a></li>'
        if base
        else '<li><a href="#publiceren">Abonneren: nog niet mogelijk</a></li>'
        '<li><a href="#kopie">Een kopie in uw agenda zetten</a></li>',
        '<li><a href="#data-in-de-agenda">Hoe de mijlpalen in de agenda staan</a></li>',
        '<li><a href="#meldingen">Meldingen</a></li>',
        f'<li><a href="#{per_owner}">Per verantwoordelijke</a></li>',
        f'<li><a href="#{per_measure}">Per {e(plan.noun())}</a></li>',
    ]
    jump = "".join(f'<li><a href="#{e(f.name)}">{e(f.title)}</a></li>' for f in owners)
    body = [
        "<h1>Mijlpalen in uw agenda</h1>",
        f'<p class="lead">{e(doc.title)}</p>',
        f'<p class="meta">Kenmerk {e(doc.code)} · versie van '
        f"{e(numeric_day(doc.version_date))}</p>",
        "<p>De mijlpalen van dit plan staan in agenda-bestanden (iCalendar, <code>.ics</code>) "
        "die u in uw eigen agenda-app kunt zetten: alles in één agenda, per verantwoordelijke "
        f"of per {e(plan.noun())}. Het plan heeft {e(plan.word('milestone_count', count=len(everything.events)))} "
        f"met een datum en {e(plan.word('ongoing_count', count=ongoing))}.</p>",
        *(_publish_steps(site) if base is None else []),
        _twice_warning(plan),
        '<nav aria-labelledby="inhoud-kop">',
        '<h2 id="inhoud-kop">Op deze pagina</h2>',
        '<ul class="toc">',
        *toc,
        "</ul>",
        "</nav>",
        '<section aria-labelledby="alle-agendas">',
        '<h2 id="alle-agendas">Eén agenda met alles</h2>',
        *_feed_card(plan, feeds, everything, base, site),
        "</section>",
        *_how_to(base),
        *_dates(plan),
        *_progress(plan, as_of),
        *_notifications(sorted(set(alarms), reverse=True), base),
        f'<section aria-labelledby="{per_owner}">',
        f'<h2 id="{per_owner}">Per verantwoordelijke</h2>',
        f"<p>Een agenda per rol, met de mijlpalen van de {e(plan.noun('measures'))} waarvoor die rol "
        "verantwoordelijk is. Wie zich hierop abonneert, heeft ‘Alle mijlpalen’ niet nodig.</p>",
        f'<nav aria-label="Verantwoordelijken"><ul class="jump-list">{jump}</ul></nav>',
    ]
    for feed in owners:
        body += _feed_card(plan, feeds, feed, base, site)
    body += [
        "</section>",
        f'<section aria-labelledby="{per_measure}">',
        f'<h2 id="{per_measure}">Per {e(plan.noun())}</h2>',
    ]
    for feed in measures:
        body += _feed_card(plan, feeds, feed, base, site)
    body.append("</section>")
    if base is not None:
        body.append('<p id="kopieer-status" class="vh" role="status"></p>')
    frame = site.frame if site is not None else _standalone_frame(plan)
    html = page(
        frame,
        title=f"Mijlpalen in uw agenda – {plan_name(plan)}",
        body="\n".join(body),
        lang=plan.document.language,
        # not yet: the page's own sentences are Dutch (the frame speaks the plan's language)
        body_lang="nl",
        root=site.root if site is not None else "",
        current="calendars",
        end=COPY_SCRIPT if base is not None else "",
    )
    return html.encode("utf-8")
