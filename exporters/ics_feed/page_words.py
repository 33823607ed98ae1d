"""The calendars page's sentences, one table per language (issue 17).

The page (index.html of `export ics`, agenda/ of the site) explains at length how to
subscribe in Apple Calendar, Google Calendar and Outlook: whole paragraphs that belong to this
page only. They live here, beside the page, rather than in model.WORDS (the short words every
output shares): one place per language for the long passages, and model.WORDS stays the
table of the words the report, the grid, the site and the calendars have in common.

A plan's `labels` override any of them by name, as they do the words of model.WORDS
(`cal_twice_heading: "Watch out: milestones twice."`). A sentence is text: its markup comes
in as fields, `{strong}...{end_strong}`, `{em}...{end_em}` and a link's `{link}...{end}`, so
that a plan's own sentence keeps them and anything else it writes is escaped. `{name}`
fields are filled in by the page; a key with a `_plural` twin is chosen by `{count}`.

The page's section anchors are in ANCHORS, per language (ids, not words a reader meets: no
label overrides them).
"""

from __future__ import annotations

from plancheck.exporters.webpage import t
from plancheck.model import Plan, fill, language_of

MARKUP = {
    "strong": "<strong>",
    "end_strong": "</strong>",
    "em": "<em>",
    "end_em": "</em>",
}

PAGE_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "cal_copied": "Adres gekopieerd: ",
        "cal_copy_failed": "Kopiëren lukte niet; selecteer het adres en kopieer het zelf.",
        "cal_days": "{count} dag",
        "cal_days_plural": "{count} dagen",
        "cal_hours": "{count} uur",
        "cal_hours_plural": "{count} uur",
        "cal_minutes": "{count} minuut",
        "cal_minutes_plural": "{count} minuten",
        "cal_on_the_day": "op de dag zelf",
        "cal_count_line": "{milestones} in de agenda",
        "cal_count_ongoing": "; {ongoing} (niet in de agenda)",
        "cal_subscribe_in": "Abonneren in:",
        "cal_apple": "Apple Agenda",
        "cal_outlook_work": "Outlook (werk of school)",
        "cal_outlook_personal": "Outlook.com (persoonlijk)",
        "cal_subscribe_to": " – abonneren op {title}",
        "cal_address": "Adres van deze agenda (voor Google Agenda en andere apps):",
        "cal_copy_address": "Kopieer adres",
        "cal_copy_address_of": " van {title}",
        "cal_google_paste": "Google Agenda: kopieer het adres en plak het op {link}de pagina "
        "‘Agenda toevoegen via URL’ van Google{for_title}{end}.",
        "cal_google_for": " (voor {title})",
        "cal_download": "Downloaden",
        "cal_download_copy": " ({file}, eenmalige kopie)",
        "cal_in_the_plan": "{title} in het plan",
        "cal_external_milestones": "Externe mijlpalen",
        "cal_milestones": "Mijlpalen",
        "cal_twice": "{strong}Let op: dubbele mijlpalen.{end_strong} ‘Alle mijlpalen’ bevat al "
        "de mijlpalen van elke verantwoordelijke en elke {measure}. Wie zich abonneert op ‘Alle "
        "mijlpalen’ én op de agenda van een verantwoordelijke of een {measure}, ziet elke "
        "mijlpaal daarvan twee keer. Kies dus óf ‘Alle mijlpalen’, óf de agenda's van uw eigen "
        "rol of {measures}.",
        "cal_publish_folder_site": "de hele map van de website",
        "cal_publish_folder": "deze map (alle .ics-bestanden en deze pagina)",
        "cal_publish_example": "https://www.gemeente.nl/verbeterplan/agenda/",
        "cal_publish_heading": "Abonneren kan pas als de agenda's openbaar online staan",
        "cal_publish_note": "{strong}Deze pagina is gemaakt zonder openbaar adres.{end_strong} "
        "Abonneren werkt alleen als de agenda's op een openbare https-website staan: Google en "
        "Outlook halen een agenda op vanaf hun eigen servers, zonder inloggen en van buiten het "
        "netwerk van de gemeente. Daarom staan hier nog geen knoppen om te abonneren. U kunt de "
        "agenda's wel downloaden en als eenmalige kopie in uw agenda zetten (zie {link}Een kopie "
        "in uw agenda zetten{end}).",
        "cal_publish_for_secretariat": "Voor het secretariaat: zo maakt u abonneren mogelijk.",
        "cal_publish_step_1": "Zet {folder} op een openbare https-website, bereikbaar zonder "
        "inloggen, bijvoorbeeld de website van de gemeente.",
        "cal_publish_step_2": "Maak de pagina's opnieuw met het adres van die map: {command} "
        "(met uw eigen adres).",
        "cal_publish_step_3": "Zet de nieuwe map in de plaats van de oude. Daarna staan bij elke "
        "agenda de knoppen om te abonneren en het adres om te kopiëren.",
        "cal_copy_heading": "Een kopie in uw agenda zetten",
        "cal_copy_intro": "Een gedownloade agenda is een {strong}eenmalige kopie{end_strong}: "
        "wijzigingen in het plan komen er niet vanzelf in. Download de agenda opnieuw als het "
        "plan verandert.",
        "cal_copy_apple": "Apple Agenda (Mac): open het gedownloade bestand en kies in welke "
        "agenda de mijlpalen komen. iPhone of iPad: tik op het bestand en kies {em}Voeg alles "
        "toe{end_em}.",
        "cal_copy_google": "Google Agenda (op de computer): Instellingen › Importeren en "
        "exporteren › Importeren, kies het bestand en de agenda.",
        "cal_copy_outlook": "Outlook: Agenda toevoegen › Uploaden uit bestand. In de klassieke "
        "Outlook voor Windows: Bestand › Openen en exporteren › Importeren/exporteren.",
        "cal_subscribe_heading": "Abonneren of downloaden",
        "cal_subscribe_intro": "Met {strong}abonneren{end_strong} haalt uw agenda-app de agenda "
        "zelf steeds opnieuw op, zodat wijzigingen in het plan vanzelf in uw agenda komen. "
        "{strong}Downloaden{end_strong} geeft een eenmalige kopie die niet wordt bijgewerkt.",
        "cal_subscribe_note": "{strong}Goed om te weten.{end_strong} Google en Outlook halen een "
        "agenda op vanaf hun eigen servers, niet vanaf uw computer. Het adres moet daarom "
        "openbaar bereikbaar zijn, zonder inloggen en van buiten het netwerk van de gemeente. "
        "Wijzigingen komen niet meteen door: Google werkt een abonnement om de paar uur bij "
        "(soms pas na een dag), niet binnen minuten; Outlook doet er ook enkele uren over. In "
        "Apple Agenda kiest u zelf hoe vaak de agenda wordt ververst.",
        "cal_apple_heading": "Apple Agenda (iPhone, iPad, Mac)",
        "cal_apple_step_1": "Kies bij de agenda van uw keuze {em}Apple Agenda{end_em} en bevestig "
        "met {em}Abonneer{end_em}.",
        "cal_apple_step_2": "Zelf toevoegen kan ook. iPhone of iPad: Instellingen › Agenda › "
        "Accounts › Voeg account toe › Anders › Voeg agenda-abonnement toe. Mac: in Agenda het "
        "menu Archief › Nieuw agenda-abonnement. Plak daar het adres van de agenda.",
        "cal_google_heading": "Google Agenda",
        "cal_google_step_1": "Kopieer bij de agenda van uw keuze het adres (met de knop {em}Kopieer "
        "adres{end_em}, of selecteer het en kopieer het).",
        "cal_google_step_2": "Open op een computer {link}Agenda toevoegen via URL{end} in Google "
        "Agenda (in de app op de telefoon kan het niet), plak het adres en kies {em}Agenda "
        "toevoegen{end_em}.",
        "cal_google_step_3": "Daarna staat de agenda ook in de app op uw telefoon.",
        "cal_outlook_heading": "Outlook",
        "cal_outlook_step_1": "Kies {em}Outlook (werk of school){end_em} als u inlogt met een "
        "account van uw organisatie (Microsoft 365), of {em}Outlook.com (persoonlijk){end_em} bij "
        "een eigen Microsoft-account. Controleer de naam en bevestig met {em}Importeren{end_em}.",
        "cal_outlook_step_2": "Zelf toevoegen: Agenda › Agenda toevoegen › Abonneren vanaf "
        "internet, en plak het adres. In de klassieke Outlook voor Windows: Agenda openen › Van "
        "internet.",
        "cal_other_heading": "Andere agenda-apps",
        "cal_other": "Thunderbird en andere apps kunnen zich ook abonneren: voeg een agenda ‘op "
        "het netwerk’ of ‘via internet’ toe met het adres van de agenda.",
        "cal_start_publication": "de dag waarop het plan is gepubliceerd",
        "cal_start_planning": "de eerste dag van de planning",
        "cal_dates_heading": "Hoe de mijlpalen in de agenda staan",
        "cal_dates_day": "Elke mijlpaal is een afspraak van een hele dag op de uiterste datum: "
        "‘Voor 1 oktober’ staat op 30 september.",
        "cal_dates_month": "Noemt het plan alleen een maand (‘juni’), dan staat de mijlpaal op "
        "de laatste dag van die maand.",
        "cal_dates_immediate": "‘Per direct’ staat op {where}: {start}.",
        "cal_dates_period": "Een periode (‘februari - april’) staat op het einde van de periode; "
        "de periode zelf staat in de beschrijving van de afspraak.",
        "cal_dates_ongoing": "Doorlopend werk (‘Doorlopend’) heeft geen datum en staat daarom "
        "niet in de agenda's. Het staat op deze pagina bij de {measure}.",
        "cal_dates_free": "De afspraken blokkeren uw agenda niet: u blijft ‘beschikbaar’.",
        "cal_dates_moved": "Verandert een datum in een nieuwe versie van het plan, dan verschuift "
        "de afspraak in uw agenda; er komt geen tweede bij.",
        "cal_meaning_done": "de mijlpaal is bereikt",
        "cal_meaning_on_track": "het werk loopt volgens plan",
        "cal_meaning_delayed": "later dan gepland; de verwachte datum staat in de titel",
        "cal_meaning_at_risk": "de datum is in gevaar",
        "cal_meaning_dropped": "de mijlpaal vervalt",
        "cal_meaning_overdue": "de datum is voorbij en niemand meldde gereed, vervallen of "
        "vertraagd",
        "cal_progress_heading": "Voortgang in de agenda",
        "cal_progress_intro": "De afspraken tonen de stand van het werk per {date}: een teken en "
        "een woord vóór de titel, de melding in de beschrijving en het woord als categorie. "
        "Verandert de stand, dan wordt de afspraak in uw agenda bijgewerkt.",
        "cal_progress_pending": "Zonder teken: {pending}, nog niet aan de beurt.",
        "cal_notifications_heading": "Meldingen",
        "cal_notify_apple": "Apple: Instellingen › Agenda › Standaardmeldingen › "
        "Hele-dagactiviteiten (iPhone, iPad) of Agenda › Instellingen › Meldingen (Mac).",
        "cal_alarms_and": " en ",
        "cal_alarms": "De agenda's bevatten herinneringen ({when} voor elke mijlpaal). Niet elke "
        "app neemt die over: Google slaat ze over, en Apple haalt ze bij een abonnement weg "
        "zolang ‘Verwijder meldingen’ aanstaat (zo staat het standaard). Stel daarom zelf "
        "meldingen in als u ze zeker wilt krijgen.",
        "cal_alarms_apple": " Wilt u de herinneringen van de agenda zelf krijgen, zet dan bij het "
        "abonneren ‘Verwijder meldingen’ {strong}uit{end_strong} (op de Mac: vink bij "
        "‘Verwijder’ het vakje ‘Meldingen’ uit). Staat het aan, dan haalt Apple de "
        "herinneringen weg en krijgt u alleen de meldingen die u zelf instelt.",
        "cal_no_alarms": "De agenda's bevatten geen herinneringen: u kiest zelf of en wanneer u "
        "een melding krijgt.",
        "cal_notify_google": "Google Agenda: Instellingen › de naam van de agenda › Meldingen voor "
        "afspraken die de hele dag duren.",
        "cal_notify_outlook": "Outlook: open een mijlpaal en kies een herinnering, of stel in "
        "Outlook een standaardherinnering in.",
        "cal_footer": "Gemaakt met plancheck uit het plan (kenmerk {code}, versie {date}). De "
        "agenda's zijn alleen-lezen: wijzigingen komen uit het plan.",
        "cal_toc_all": "Alle mijlpalen",
        "cal_toc_not_yet": "Abonneren: nog niet mogelijk",
        "cal_toc_per_owner": "Per verantwoordelijke",
        "cal_toc_per_measure": "Per {measure}",
        "cal_lead_meta": "Kenmerk {code} · versie van {date}",
        "cal_intro": "De mijlpalen van dit plan staan in agenda-bestanden (iCalendar, {ics}) die "
        "u in uw eigen agenda-app kunt zetten: alles in één agenda, per verantwoordelijke of per "
        "{measure}. Het plan heeft {milestones} met een datum en {ongoing}.",
        "cal_contents": "Op deze pagina",
        "cal_all_heading": "Eén agenda met alles",
        "cal_owners_intro": "Een agenda per rol, met de mijlpalen van de {measures} waarvoor die "
        "rol verantwoordelijk is. Wie zich hierop abonneert, heeft ‘Alle mijlpalen’ niet nodig.",
        "cal_owners_nav": "Verantwoordelijken",
        "cal_title": "Mijlpalen in uw agenda – {name}",
    },
    "en": {
        "cal_copied": "Address copied: ",
        "cal_copy_failed": "Copying did not work; select the address and copy it yourself.",
        "cal_days": "{count} day",
        "cal_days_plural": "{count} days",
        "cal_hours": "{count} hour",
        "cal_hours_plural": "{count} hours",
        "cal_minutes": "{count} minute",
        "cal_minutes_plural": "{count} minutes",
        "cal_on_the_day": "on the day itself",
        "cal_count_line": "{milestones} in the calendar",
        "cal_count_ongoing": "; {ongoing} (not in the calendar)",
        "cal_subscribe_in": "Subscribe in:",
        "cal_apple": "Apple Calendar",
        "cal_outlook_work": "Outlook (work or school)",
        "cal_outlook_personal": "Outlook.com (personal)",
        "cal_subscribe_to": " – subscribe to {title}",
        "cal_address": "Address of this calendar (for Google Calendar and other apps):",
        "cal_copy_address": "Copy address",
        "cal_copy_address_of": " of {title}",
        "cal_google_paste": "Google Calendar: copy the address and paste it on {link}Google’s "
        "page ‘Add calendar from URL’{for_title}{end}.",
        "cal_google_for": " (for {title})",
        "cal_download": "Download",
        "cal_download_copy": " ({file}, a one-off copy)",
        "cal_in_the_plan": "{title} in the plan",
        "cal_external_milestones": "External milestones",
        "cal_milestones": "Milestones",
        "cal_twice": "{strong}Watch out: milestones twice.{end_strong} ‘All milestones’ already "
        "holds the milestones of every responsible person and every {measure}. If you subscribe "
        "to ‘All milestones’ and to the calendar of a responsible person or a {measure}, you see "
        "each of their milestones twice. So choose either ‘All milestones’ or the calendars of "
        "your own role or {measures}.",
        "cal_publish_folder_site": "the whole folder of the web site",
        "cal_publish_folder": "this folder (all .ics files and this page)",
        "cal_publish_example": "https://www.example.org/improvement-plan/calendars/",
        "cal_publish_heading": "Subscribing works once the calendars are public online",
        "cal_publish_note": "{strong}This page was made without a public address.{end_strong} "
        "Subscribing only works when the calendars are on a public https web site: Google and "
        "Outlook fetch a calendar from their own servers, without logging in and from outside "
        "the organisation’s network. That is why there are no subscribe buttons here yet. You "
        "can download the calendars and put them in your calendar as a one-off copy (see "
        "{link}A copy in your calendar{end}).",
        "cal_publish_for_secretariat": "For the secretariat: this is how you make subscribing "
        "possible.",
        "cal_publish_step_1": "Put {folder} on a public https web site that can be reached "
        "without logging in, for example the municipality’s web site.",
        "cal_publish_step_2": "Make the pages again with the address of that folder: {command} "
        "(with your own address).",
        "cal_publish_step_3": "Put the new folder in place of the old one. Then every calendar "
        "has the buttons to subscribe and the address to copy.",
        "cal_copy_heading": "A copy in your calendar",
        "cal_copy_intro": "A downloaded calendar is a {strong}one-off copy{end_strong}: changes to "
        "the plan do not reach it by themselves. Download the calendar again when the plan "
        "changes.",
        "cal_copy_apple": "Apple Calendar (Mac): open the downloaded file and choose the calendar "
        "the milestones go into. iPhone or iPad: tap the file and choose {em}Add All{end_em}.",
        "cal_copy_google": "Google Calendar (on a computer): Settings › Import & export › Import, "
        "choose the file and the calendar.",
        "cal_copy_outlook": "Outlook: Add calendar › Upload from file. In classic Outlook for "
        "Windows: File › Open & Export › Import/Export.",
        "cal_subscribe_heading": "Subscribe or download",
        "cal_subscribe_intro": "When you {strong}subscribe{end_strong}, your calendar app fetches "
        "the calendar again and again, so that changes to the plan reach your calendar by "
        "themselves. {strong}Downloading{end_strong} gives a one-off copy that is not updated.",
        "cal_subscribe_note": "{strong}Good to know.{end_strong} Google and Outlook fetch a "
        "calendar from their own servers, not from your computer. The address must therefore be "
        "public, without logging in and from outside the organisation’s network. Changes do not "
        "come through at once: Google updates a subscription every few hours (sometimes only "
        "after a day), not within minutes; Outlook also takes a few hours. In Apple Calendar you "
        "choose how often the calendar is refreshed.",
        "cal_apple_heading": "Apple Calendar (iPhone, iPad, Mac)",
        "cal_apple_step_1": "At the calendar of your choice, choose {em}Apple Calendar{end_em} and "
        "confirm with {em}Subscribe{end_em}.",
        "cal_apple_step_2": "You can also add it yourself. iPhone or iPad: Settings › Calendar › "
        "Accounts › Add Account › Other › Add Subscribed Calendar. Mac: in Calendar the menu "
        "File › New Calendar Subscription. Paste the address of the calendar there.",
        "cal_google_heading": "Google Calendar",
        "cal_google_step_1": "At the calendar of your choice, copy the address (with the button "
        "{em}Copy address{end_em}, or select it and copy it).",
        "cal_google_step_2": "On a computer, open {link}Add calendar from URL{end} in Google "
        "Calendar (the phone app cannot do it), paste the address and choose {em}Add "
        "calendar{end_em}.",
        "cal_google_step_3": "After that the calendar is in the app on your phone too.",
        "cal_outlook_heading": "Outlook",
        "cal_outlook_step_1": "Choose {em}Outlook (work or school){end_em} if you sign in with an "
        "account of your organisation (Microsoft 365), or {em}Outlook.com (personal){end_em} with "
        "a Microsoft account of your own. Check the name and confirm with {em}Import{end_em}.",
        "cal_outlook_step_2": "To add it yourself: Calendar › Add calendar › Subscribe from web, "
        "and paste the address. In classic Outlook for Windows: Open Calendar › From Internet.",
        "cal_other_heading": "Other calendar apps",
        "cal_other": "Thunderbird and other apps can subscribe too: add a calendar ‘on the "
        "network’ or ‘from the internet’ with the address of the calendar.",
        "cal_start_publication": "the day the plan was published",
        "cal_start_planning": "the first day of the planning",
        "cal_dates_heading": "How the milestones are in the calendar",
        "cal_dates_day": "Each milestone is an all-day event on its latest date: ‘Before 1 "
        "October’ is on 30 September.",
        "cal_dates_month": "When the plan names only a month (‘June’), the milestone is on the "
        "last day of that month.",
        "cal_dates_immediate": "‘Immediately’ is on {where}: {start}.",
        "cal_dates_period": "A period (‘February - April’) is at the end of the period; the period "
        "itself is in the event’s description.",
        "cal_dates_ongoing": "Ongoing work (‘Ongoing’) has no date and is therefore not in the "
        "calendars. It is on this page with its {measure}.",
        "cal_dates_free": "The events do not block your calendar: you stay ‘free’.",
        "cal_dates_moved": "When a date changes in a new version of the plan, the event moves in "
        "your calendar; no second one is added.",
        "cal_meaning_done": "the milestone is reached",
        "cal_meaning_on_track": "the work is going to plan",
        "cal_meaning_delayed": "later than planned; the expected date is in the title",
        "cal_meaning_at_risk": "the date is at risk",
        "cal_meaning_dropped": "the milestone is dropped",
        "cal_meaning_overdue": "the date has passed and nobody reported it done, dropped or "
        "delayed",
        "cal_progress_heading": "Progress in the calendar",
        "cal_progress_intro": "The events show the state of the work as of {date}: a symbol and "
        "a word before the title, the report in the description and the word as a category. "
        "When the state changes, the event in your calendar is updated.",
        "cal_progress_pending": "Without a symbol: {pending}, not due yet.",
        "cal_notifications_heading": "Notifications",
        "cal_notify_apple": "Apple: Settings › Calendar › Default Alert Times › All-Day Events "
        "(iPhone, iPad) or Calendar › Settings › Alerts (Mac).",
        "cal_alarms_and": " and ",
        "cal_alarms": "The calendars hold reminders ({when} before each milestone). Not every app "
        "takes them over: Google skips them, and Apple removes them from a subscription while "
        "‘Remove alerts’ is on (it is by default). So set your own notifications if you want to "
        "be sure to get them.",
        "cal_alarms_apple": " If you want the calendar’s own reminders, turn ‘Remove alerts’ "
        "{strong}off{end_strong} when you subscribe (on a Mac: untick ‘Alerts’ at ‘Remove’). "
        "While it is on, Apple removes the reminders and you only get the notifications you set "
        "yourself.",
        "cal_no_alarms": "The calendars hold no reminders: you choose whether and when you get a "
        "notification.",
        "cal_notify_google": "Google Calendar: Settings › the name of the calendar › All-day event "
        "notifications.",
        "cal_notify_outlook": "Outlook: open a milestone and choose a reminder, or set a default "
        "reminder in Outlook.",
        "cal_footer": "Made with plancheck from the plan (reference {code}, version {date}). The "
        "calendars are read-only: changes come from the plan.",
        "cal_toc_all": "All milestones",
        "cal_toc_not_yet": "Subscribing: not possible yet",
        "cal_toc_per_owner": "Per responsible person",
        "cal_toc_per_measure": "Per {measure}",
        "cal_lead_meta": "Reference {code} · version of {date}",
        "cal_intro": "The milestones of this plan are in calendar files (iCalendar, {ics}) that "
        "you can put in your own calendar app: everything in one calendar, per responsible "
        "person or per {measure}. The plan has {milestones} with a date and {ongoing}.",
        "cal_contents": "On this page",
        "cal_all_heading": "One calendar with everything",
        "cal_owners_intro": "One calendar per role, with the milestones of the {measures} that "
        "role is responsible for. If you subscribe to one of these, you do not need ‘All "
        "milestones’.",
        "cal_owners_nav": "Responsible people",
        "cal_title": "Milestones in your calendar – {name}",
    },
}

# The page's section anchors (ids): per language, never a label.
ANCHORS: dict[str, dict[str, str]] = {
    "nl": {
        "contents": "inhoud-kop",
        "publish": "publiceren",
        "copy": "kopie",
        "copy_status": "kopieer-status",
        "subscribe": "abonneren",
        "dates": "data-in-de-agenda",
        "progress": "voortgang",
        "notifications": "meldingen",
        "all": "alle-agendas",
        "address": "adres",
    },
    "en": {
        "contents": "contents-heading",
        "publish": "publish",
        "copy": "copy",
        "copy_status": "copy-status",
        "subscribe": "subscribe",
        "dates": "dates-in-the-calendar",
        "progress": "progress",
        "notifications": "notifications",
        "all": "all-calendars",
        "address": "address",
    },
}


def anchors(plan: Plan) -> dict[str, str]:
    """The page's section anchors in the plan's language."""
    return ANCHORS[language_of(plan.document.language)]


def template(plan: Plan, key: str, count: int | None = None) -> str:
    """The sentence `key` (its `_plural` form unless count is 1): the plan's label, else the
    table's in the plan's language."""
    if count is not None and count != 1:
        key = f"{key}_plural"
    own = plan.labels.get(key)
    return own if own is not None else PAGE_WORDS[language_of(plan.document.language)][key]


def words(plan: Plan, key: str, count: int | None = None, **fields: str) -> str:
    """A sentence as plain text, its `{fields}` filled in (the caller escapes it)."""
    if count is not None:
        fields.setdefault("count", str(count))
    return fill(template(plan, key, count), fields)


def html(plan: Plan, key: str, **fields: str) -> str:
    """A sentence as HTML: its text escaped, its `{fields}` (HTML) and markup filled in."""
    return fill(template(plan, key), {**MARKUP, **fields}, t)
