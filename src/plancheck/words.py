"""The outputs' fixed words: ONE table per language (issue 17), WORDS.

Every fixed word of the Word report, the planning grid, the calendars, the calendars page,
the web site and `plancheck diff` is here, in Dutch and in English (a plan's
document.language: 'nl-NL' -> 'nl'; any other language gets English). The Dutch words are
the published document's. The table's keys ARE the names of the plan's `labels` that
override them (schema/plan.schema.json lists each one under $defs/labels): a plan of one
municipality says "Gemeente", another plan "Actie" for "Maatregel", and
`cal_twice_heading: "Watch out: milestones twice."` replaces a sentence of the calendars page.

The table is kept in four groups, each a dict literal below with its own heading, for the
reader's sake only; WORDS is their union and no key is in two groups
(tests/exporters/test_words.py checks that, and that the schema lists exactly these keys
besides the measure tables' own labels, which every plan gives itself):

- SHARED: the short words the report, the grid, the site and the calendars have in common
  (model.plan_words puts the plan's `labels` over these: Plan.labels, Plan.word());
- STATUS: a milestone's status as the progress report and the calendars show it
  (`status_done`, ...; model.STATUS_WORDS is this group keyed by status);
- CALENDARS_PAGE: the calendars page's long sentences (`cal_*`; read through
  exporters/ics_feed/page_words.py, which fills in their markup);
- DIFF: the words of `plancheck diff` and of the Word report's version table (`diff_*`;
  diff_render.py names each by its own key, 's.milestones' for `diff_s_milestones`).

This module imports nothing: every part of plancheck may read it.
"""

from __future__ import annotations

LANGUAGES = ("nl", "en")

# The rows of a measure's table, in the report's order, each headed by the plan's own label
# of that name (every plan gives those itself: no default words for them here). The one list
# the report, the site, the import, the diff and the model take them from.
MEASURE_ROWS = (
    "explanation",
    "kind",
    "owners",
    "involved",
    "result",
    "realisation",
    "embedding",
    "success_factors",
    "client_perspective",
)
# The rows that are one text of the measure's own (owners and milestones are entries of
# their own; `involved` holds its text beside the parties)
MEASURE_TEXT_ROWS = tuple(r for r in MEASURE_ROWS if r not in ("owners", "involved", "realisation"))


# ---------------------------------------------------------------------------- shared words

# The short words the report, the grid, the site and the calendars have in common.
# `measure`/`measures` are the singular and plural of what the plan calls a measure; `months`
# the grid's twelve month abbreviations, separated by spaces.
SHARED: dict[str, dict[str, str]] = {
    "nl": {
        "measure": "Maatregel",
        "measures": "Maatregelen",
        "point": "Punt",
        "objective": "Doelstelling:",
        "municipalities": "Gemeenten",
        "municipality": "Gemeente",
        "date": "Datum:",
        "page": "Blad:",
        "page_of": "van",
        # the version table after the title page (a plan with revisions after the published one)
        "versions": "Versiebeheer",
        "version": "Versie",
        "version_date": "Datum",
        "version_reason": "Reden",
        "version_changes": "Wijzigingen",
        "months": "jan feb mrt apr mei juni juli aug sept okt nov dec",
        # the milestones' kinds, as the calendars and the timeline name them
        "kind_deliverable": "Oplevering",
        "kind_decision": "Besluit",
        "kind_evaluation": "Evaluatie",
        "kind_ongoing": "Doorlopend",
        # the web site's and the calendars' words; `*_file` and `anchor_*` are slugified into
        # file names and page anchors; `{name}` fields are filled in by the exporter, and a
        # key with a `_plural` twin is chosen by a count ({count})
        "site_plan": "Het plan",
        "site_timeline": "Tijdlijn",
        "site_calendars": "Mijlpalen in uw agenda",
        "site_skip": "Naar de inhoud",
        "site_navigation": "Website",
        "site_version": "versie van {date}",
        "site_named_version": "versie {version} van {date}",
        "site_footer": "{title} · kenmerk {code} · {version}. "
        "Gemaakt met plancheck uit het plan; de agenda's zijn alleen-lezen.",
        "site_timeline_title": "Tijdlijn – {plan}",
        "timeline_file": "tijdlijn",
        "stylesheet_file": "stijl",
        "calendars_folder": "agenda",
        "all_milestones_file": "alle-mijlpalen",
        "owner_file": "rol",
        "milestone_anchor": "mijlpaal",
        "anchor_per_owner": "per-rol",
        "anchor_per_measure": "per-maatregel",
        "milestone_count": "{count} mijlpaal",
        "milestone_count_plural": "{count} mijlpalen",
        "ongoing_count": "{count} doorlopende werkzaamheid",
        "ongoing_count_plural": "{count} doorlopende werkzaamheden",
        "site_see_also": "Zie ook {timeline}de tijdlijn van de {measures}{end} en "
        "{calendars}de mijlpalen in uw agenda{end}.",
        "site_measure_calendar": "De mijlpalen van {measure} in uw agenda",
        "site_measure_timeline": "{measure} in de tijdlijn",
        "site_planning_timeline": "De planning als {timeline}tijdlijn{end}, met elke mijlpaal op "
        "zijn datum.",
        "site_planning_key": "Een X staat in de maand waarin aan de {measure} wordt gewerkt of "
        "een mijlpaal valt; de rij ‘{evaluation_row}’ toont de evaluaties.",
        "site_owners": "Verantwoordelijken",
        "site_owners_intro": "Wie verantwoordelijk is voor welke {measures}, met hun mijlpalen. "
        "Elke rol heeft ook {calendar}een eigen agenda{end}.",
        "site_owner_pending": "(nog te benoemen)",
        "site_owner_none": "Nog geen {measures}.",
        "site_versions": "Versies",
        "site_versions_caption": "Versies van het plan (kenmerk {code})",
        "and": "en",
        "feed_all_title": "Alle mijlpalen",
        "feed_all": "Alle mijlpalen met een datum, van alle {measures}.",
        "feed_all_externals": "Alle mijlpalen met een datum, van alle {measures}, en de externe "
        "mijlpalen ({externals}).",
        "feed_owner": "Mijlpalen van {measures}, met als verantwoordelijke: {owner}.",
        "feed_owner_none": "Er zijn (nog) geen {measures} met als verantwoordelijke: {owner}.",
        "feed_owner_holds": "Mijlpalen van {measures}.",
        "feed_owner_holds_none": "Er zijn (nog) geen {measures} met deze verantwoordelijke.",
        "feed_measure": "Mijlpalen van {measure}: {title}",
        "status_until": "{status} tot {date}",
        "event_progress": "Voortgang (stand per {date}): {status}",
        "event_progress_reported": "Voortgang (stand per {date}): {status}, gemeld op {reported}",
        "event_expected": "Verwacht: {date}",
        "event_evidence": "Bewijs: {title} ({reference})",
        "event_period": "Periode: {start} t/m {end}; in de agenda op het einde van de periode, "
        "{day}.",
        "event_month": "Gepland in {month} (het plan noemt alleen de maand); in de agenda op de "
        "laatste dag van de maand, {day}.",
        "event_immediate": "Per direct: in de agenda op de eerste dag van de planning, {day}.",
        "event_day": "In de agenda op {day}.",
        "event_kind": "Soort: {kind}",
        "event_builds_on": "Bouwt voort op: {milestones}",
        "event_source": "Uit: {title} (kenmerk {code}, versie {version}).",
        "calendar_description": "{feed} Uit het plan ‘{title}’ (kenmerk {code}, versie "
        "{version}). Elke mijlpaal staat als afspraak van een hele dag op de uiterste datum; "
        "doorlopend werk heeft geen datum en staat niet in deze agenda. Alleen-lezen: "
        "wijzigingen komen uit het plan. {reminders}",
        "calendar_reminders": "Met herinneringen vooraf; niet elke app neemt die over.",
        "calendar_no_reminders": "Zonder herinneringen: meldingen stelt u zelf in.",
        "calendar_product": "Mijlpalen verbeterplan",
        "external_milestone": "Externe mijlpaal",
        "footnote": "Voetnoot {number}",
        "footnote_back": "Terug naar de tekst bij voetnoot {number}",
        "footnotes": "Voetnoten",
        # the progress report (export docx --progress)
        "progress_title": "Voortgangsrapportage",
        "progress_as_of": "Stand per",
        "progress_since": "Nieuw sinds",
        "progress_summary": "Samenvatting",
        "progress_summary_line": "Stand per {date}: {total} mijlpalen met een datum of doorlopend werk.",
        "progress_status": "Status",
        "progress_count": "Aantal",
        "progress_milestone": "Mijlpaal",
        "progress_planned": "Gepland",
        "progress_done_or_expected": "Gereed op / verwacht",
        "progress_evidence": "Bewijs",
        "progress_latest_note": "Laatste notitie",
        "progress_next_milestone": "Volgende mijlpaal",
        "progress_measure_status": "Stand van de maatregel",
        "progress_none": "geen",
        "progress_expected": "verwacht",
        "progress_passed": "verstreken",
        "progress_ongoing": "doorlopend",
        "progress_immediate": "per direct",
        "progress_no_news": "Geen nieuwe meldingen.",
        "progress_legend": "Legenda",
        "progress_grid_legend": "In het schema: {done} gereed of vervallen, {late} te laat, X gepland.",
        "progress_overdue_list": "Te laat",
        "tl_when_period": "{start} t/m {end}",
        "tl_when_immediate": "per direct ({day})",
        "tl_when_ongoing": "doorlopend, zonder einddatum",
        "tl_when_month": "{month} (het plan noemt alleen de maand)",
        "tl_mark": "{wording}: {text}. {kind}; in de tijdlijn: {when}.",
        "tl_mark_builds_on": "Bouwt voort op {milestones}.",
        "tl_period": "{start} tot en met {end}",
        "tl_svg_title": "Tijdlijn van de {measures}, {period}",
        "tl_svg_desc": "Een rij per {measure} ({count}), van links naar rechts de maanden van "
        "{period}. Een ruit is een {deliverable}, een open vierkant een {decision}, een rondje "
        "een {evaluation}; een balk is een periode, een gearceerde balk met een pijl doorlopend "
        "werk. Een gestreepte verticale lijn is een externe mijlpaal; een ring om een mijlpaal "
        "betekent dat die erop voortbouwt. Dezelfde mijlpalen staan in de tabel onder de "
        "tijdlijn.",
        "tl_external": "Externe mijlpaal: {title}, {wording}.",
        "tl_external_builders": "Hierop bouwen voort: {milestones}.",
        "tl_today_title": "Vandaag: {day}",
        "tl_today": "vandaag",
        "tl_legend": "Legenda",
        "tl_legend_period": "Periode",
        "tl_legend_ongoing": "Doorlopend (zonder einddatum)",
        "tl_legend_month": "Alleen de maand is bekend (de lijn loopt over de maand)",
        "tl_legend_external": "Externe mijlpaal",
        "tl_legend_builds": "Bouwt voort op een externe mijlpaal",
        "tl_legend_today": "Vandaag",
        "tl_col_milestone": "Mijlpaal",
        "tl_col_when": "Wanneer in het plan",
        "tl_col_timeline": "In de tijdlijn",
        "tl_col_kind": "Soort",
        "tl_external_row": "Extern",
        "tl_row_builds_on": "(bouwt voort op {milestones})",
        "tl_table_summary": "De mijlpalen als tabel",
        "tl_table_caption": "Alle mijlpalen, per {measure}",
        "tl_heading": "Tijdlijn van de {measures}",
        "tl_intro": "Elke {measure} heeft een rij, van {start} tot en met {end}. Wijs een "
        "mijlpaal aan voor wat er gebeurt; de naam van een {measure} leidt naar de {measure} in "
        "het plan. Op een smal scherm schuift de tijdlijn opzij.",
        "tl_intro_today": "De rode lijn ‘vandaag’ staat op {day}.",
        "tl_box_label": "Tijdlijn van de {measures} (schuift horizontaal)",
        "month_names": "januari februari maart april mei juni juli augustus september oktober "
        "november december",
    },
    "en": {
        "measure": "Measure",
        "measures": "Measures",
        "point": "Point",
        "objective": "Objective:",
        "municipalities": "Municipalities",
        "municipality": "Municipality",
        "date": "Date:",
        "page": "Page",
        "page_of": "of",
        "versions": "Version history",
        "version": "Version",
        "version_date": "Date",
        "version_reason": "Reason",
        "version_changes": "Changes",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "kind_deliverable": "Deliverable",
        "kind_decision": "Decision",
        "kind_evaluation": "Evaluation",
        "kind_ongoing": "Ongoing",
        "site_plan": "The plan",
        "site_timeline": "Timeline",
        "site_calendars": "Milestones in your calendar",
        "site_skip": "Skip to content",
        "site_navigation": "Website",
        "site_version": "version of {date}",
        "site_named_version": "version {version} of {date}",
        "site_footer": "{title} · reference {code} · {version}. "
        "Made with plancheck from the plan; the calendars are read-only.",
        "site_timeline_title": "Timeline – {plan}",
        "timeline_file": "timeline",
        "stylesheet_file": "style",
        "calendars_folder": "calendars",
        "all_milestones_file": "all-milestones",
        "owner_file": "role",
        "milestone_anchor": "milestone",
        "anchor_per_owner": "per-role",
        "anchor_per_measure": "per-measure",
        "milestone_count": "{count} milestone",
        "milestone_count_plural": "{count} milestones",
        "ongoing_count": "{count} ongoing activity",
        "ongoing_count_plural": "{count} ongoing activities",
        "site_see_also": "See also {timeline}the timeline of the {measures}{end} and "
        "{calendars}the milestones in your calendar{end}.",
        "site_measure_calendar": "The milestones of {measure} in your calendar",
        "site_measure_timeline": "{measure} on the timeline",
        "site_planning_timeline": "The planning as a {timeline}timeline{end}, with each milestone "
        "on its date.",
        "site_planning_key": "An X marks the month in which the {measure} is worked on or a "
        "milestone falls; the row ‘{evaluation_row}’ shows the evaluations.",
        "site_owners": "Responsible people",
        "site_owners_intro": "Who is responsible for which {measures}, with their milestones. "
        "Each role also has {calendar}a calendar of its own{end}.",
        "site_owner_pending": "(to be appointed)",
        "site_owner_none": "No {measures} yet.",
        "site_versions": "Versions",
        "site_versions_caption": "Versions of the plan (reference {code})",
        "and": "and",
        "feed_all_title": "All milestones",
        "feed_all": "All milestones with a date, of all {measures}.",
        "feed_all_externals": "All milestones with a date, of all {measures}, and the external "
        "milestones ({externals}).",
        "feed_owner": "Milestones of {measures}, for which {owner} is responsible.",
        "feed_owner_none": "There are no {measures} (yet) for which {owner} is responsible.",
        "feed_owner_holds": "Milestones of {measures}.",
        "feed_owner_holds_none": "There are no {measures} (yet) for this responsible person.",
        "feed_measure": "Milestones of {measure}: {title}",
        "status_until": "{status} until {date}",
        "event_progress": "Progress (as of {date}): {status}",
        "event_progress_reported": "Progress (as of {date}): {status}, reported on {reported}",
        "event_expected": "Expected: {date}",
        "event_evidence": "Evidence: {title} ({reference})",
        "event_period": "Period: {start} to {end}; in the calendar at the end of the period, "
        "{day}.",
        "event_month": "Planned in {month} (the plan names the month only); in the calendar on "
        "the last day of the month, {day}.",
        "event_immediate": "Immediately: in the calendar on the first day of the planning, {day}.",
        "event_day": "In the calendar on {day}.",
        "event_kind": "Kind: {kind}",
        "event_builds_on": "Builds on: {milestones}",
        "event_source": "From: {title} (reference {code}, version {version}).",
        "calendar_description": "{feed} From the plan ‘{title}’ (reference {code}, version "
        "{version}). Each milestone is an all-day event on its latest date; ongoing work has no "
        "date and is not in this calendar. Read-only: changes come from the plan. {reminders}",
        "calendar_reminders": "With reminders beforehand; not every app takes them over.",
        "calendar_no_reminders": "Without reminders: you set your own notifications.",
        "calendar_product": "Milestones improvement plan",
        "external_milestone": "External milestone",
        "footnote": "Footnote {number}",
        "footnote_back": "Back to the text at footnote {number}",
        "footnotes": "Footnotes",
        "progress_title": "Progress report",
        "progress_as_of": "As of",
        "progress_since": "New since",
        "progress_summary": "Summary",
        "progress_summary_line": "As of {date}: {total} milestones with a date or ongoing work.",
        "progress_status": "Status",
        "progress_count": "Number",
        "progress_milestone": "Milestone",
        "progress_planned": "Planned",
        "progress_done_or_expected": "Done on / expected",
        "progress_evidence": "Evidence",
        "progress_latest_note": "Latest note",
        "progress_next_milestone": "Next milestone",
        "progress_measure_status": "Status of the measure",
        "progress_none": "none",
        "progress_expected": "expected",
        "progress_passed": "passed",
        "progress_ongoing": "ongoing",
        "progress_immediate": "immediately",
        "progress_no_news": "No new entries.",
        "progress_legend": "Legend",
        "progress_grid_legend": "In the grid: {done} done or dropped, {late} overdue, X planned.",
        "progress_overdue_list": "Overdue",
        "tl_when_period": "{start} to {end}",
        "tl_when_immediate": "immediately ({day})",
        "tl_when_ongoing": "ongoing, without an end date",
        "tl_when_month": "{month} (the plan names the month only)",
        "tl_mark": "{wording}: {text}. {kind}; on the timeline: {when}.",
        "tl_mark_builds_on": "Builds on {milestones}.",
        "tl_period": "{start} to {end}",
        "tl_svg_title": "Timeline of the {measures}, {period}",
        "tl_svg_desc": "One row per {measure} ({count}), from left to right the months of "
        "{period}. A diamond is a {deliverable}, an open square a {decision}, a circle an "
        "{evaluation}; a bar is a period, a hatched bar with an arrow ongoing work. A dashed "
        "vertical line is an external milestone; a ring around a milestone means that it builds "
        "on one. The same milestones are in the table below the timeline.",
        "tl_external": "External milestone: {title}, {wording}.",
        "tl_external_builders": "Building on it: {milestones}.",
        "tl_today_title": "Today: {day}",
        "tl_today": "today",
        "tl_legend": "Legend",
        "tl_legend_period": "Period",
        "tl_legend_ongoing": "Ongoing (without an end date)",
        "tl_legend_month": "Only the month is known (the line spans the month)",
        "tl_legend_external": "External milestone",
        "tl_legend_builds": "Builds on an external milestone",
        "tl_legend_today": "Today",
        "tl_col_milestone": "Milestone",
        "tl_col_when": "When in the plan",
        "tl_col_timeline": "On the timeline",
        "tl_col_kind": "Kind",
        "tl_external_row": "External",
        "tl_row_builds_on": "(builds on {milestones})",
        "tl_table_summary": "The milestones as a table",
        "tl_table_caption": "All milestones, per {measure}",
        "tl_heading": "Timeline of the {measures}",
        "tl_intro": "Each {measure} has a row, from {start} to {end}. Point at a milestone to see "
        "what happens; the name of a {measure} leads to the {measure} in the plan. On a narrow "
        "screen the timeline scrolls sideways.",
        "tl_intro_today": "The red line ‘today’ stands at {day}.",
        "tl_box_label": "Timeline of the {measures} (scrolls horizontally)",
        "month_names": "January February March April May June July August September October "
        "November December",
    },
}

# ---------------------------------------------------------------------------- status words

# A milestone's status as the progress report and the calendars show it; `status_<status>`
# for each of model.MilestoneStatus.
STATUS: dict[str, dict[str, str]] = {
    "nl": {
        "status_done": "gereed",
        "status_on_track": "loopt",
        "status_delayed": "vertraagd",
        "status_at_risk": "risico",
        "status_dropped": "vervallen",
        "status_overdue": "te laat",
        "status_pending": "gepland",
    },
    "en": {
        "status_done": "done",
        "status_on_track": "on track",
        "status_delayed": "delayed",
        "status_at_risk": "at risk",
        "status_dropped": "dropped",
        "status_overdue": "overdue",
        "status_pending": "planned",
    },
}

# ---------------------------------------------------------------------------- the calendars page

# The page (index.html of `export ics`, agenda/ of the site) explains at length how to
# subscribe in Apple Calendar, Google Calendar and Outlook. A sentence is text: its markup
# comes in as fields, `{strong}...{end_strong}`, `{em}...{end_em}` and a link's
# `{link}...{end}`, so that a plan's own sentence keeps them and anything else it writes is
# escaped. `{name}` fields are filled in by the page; a key with a `_plural` twin is chosen
# by `{count}`.
CALENDARS_PAGE: dict[str, dict[str, str]] = {
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

# ---------------------------------------------------------------------------- plancheck diff

# The words of `plancheck diff` (and the Word report's version table), under their label
# names: 'diff_' and diff_render's key with '_' for '.' and '-' (diff_render.label_key).
DIFF: dict[str, dict[str, str]] = {
    "nl": {
        "diff_title": "Wijzigingen in het plan",
        "diff_no_changes": "Geen wijzigingen in het plan.",
        "diff_one_change": "1 wijziging",
        "diff_changes": "{n} wijzigingen",
        "diff_line": "regel {n}",
        "diff_moved": "verplaatst van {old} naar {new}",
        "diff_start_moved": "begin verplaatst van {old} naar {new}",
        "diff_added": "toegevoegd",
        "diff_removed": "vervallen",
        "diff_renamed": "nieuwe naam",
        "diff_appointed": "benoemd",
        "diff_unappointed": "niet langer benoemd",
        "diff_marks_added": "X gezet in {months}",
        "diff_marks_removed": "X weggehaald in {months}",
        "diff_changes_named": "wijzigt",
        "diff_removed_named": "vervallen",
        "diff_none": "(geen)",
        "diff_layout": "alleen de regelindeling",
        "diff_month": "maand",
        "diff_months": "maanden",
        "diff_day": "dag",
        "diff_days": "dagen",
        "diff_immediate": "per direct",
        "diff_ongoing": "doorlopend",
        "diff_version": "versie",
        "diff_new_version": "nieuwe versie",
        # sections
        "diff_s_milestones": "Mijlpalen",
        "diff_s_measures": "Maatregelen",
        "diff_s_owners": "Verantwoordelijken",
        "diff_s_parties": "Betrokken partijen",
        "diff_s_footnotes": "Voetnoten",
        "diff_s_texts": "Teksten en gegevens",
        "diff_s_planning": "Planning",
        "diff_s_revisions": "Versies",
        "diff_s_acknowledged": "Erkende bevindingen",
        # entities
        "diff_e_document": "Document",
        "diff_e_label": "Label",
        "diff_e_revision": "Versie",
        "diff_e_footnote": "Voetnoot",
        "diff_e_owner": "Verantwoordelijke",
        "diff_e_party": "Partij",
        "diff_e_abbreviation": "Afkorting",
        "diff_e_milestone": "Mijlpaal",
        "diff_e_introduction": "Inleiding",
        "diff_e_improvement_point": "Verbeterpunt",
        "diff_e_analysis_part": "Analyse",
        "diff_e_measure_list_item": "Maatregelenlijst, nr.",
        "diff_e_chapter": "Hoofdstuk",
        "diff_e_chapter_part": "Paragraaf",
        "diff_e_planning": "Planning",
        "diff_e_acknowledgement": "Erkende bevinding",
        # fields
        "diff_f_wording": "formulering",
        "diff_f_text": "tekst",
        "diff_f_title": "titel",
        "diff_f_author": "auteur",
        "diff_f_contents_title": "titel inhoudsopgave",
        "diff_f_running_header": "koptekst",
        "diff_f_municipalities": "gemeenten",
        "diff_f_inspectorates": "inspecties",
        "diff_f_code": "kenmerk",
        "diff_f_language": "taal",
        "diff_f_version_date": "versiedatum",
        "diff_f_label": "label",
        "diff_f_date": "datum",
        "diff_f_reason": "reden",
        "diff_f_changes": "wijzigt",
        "diff_f_removed": "vervallen",
        "diff_f_meaning": "betekenis",
        "diff_f_abbreviation": "afkorting",
        "diff_f_kind": "soort",
        "diff_f_builds_on": "bouwt voort op",
        "diff_f_measure": "maatregel",
        "diff_f_point": "verbeterpunt",
        "diff_f_labels": "label",
        "diff_f_realisation": "volgorde van de mijlpalen",
        "diff_f_statement": "bevinding",
        "diff_f_inspectorate_wording": "formulering van de Inspecties",
        "diff_f_analysis": "analyse",
        "diff_f_analysis_title": "titel analyse",
        "diff_f_analysis_kind": "soort analysedeel",
        "diff_f_objective": "doelstelling",
        "diff_f_objective_title": "titel doelstelling",
        "diff_f_measures_title": "titel maatregelen",
        "diff_f_elaboration_title": "titel uitwerking",
        "diff_f_measure_list": "maatregelenlijst, nr.",
        "diff_f_measure_list_of": "maatregelen bij nr.",
        "diff_f_points_heading": "kop verbeterpunten",
        "diff_f_response": "algemene reactie",
        "diff_f_response_heading": "kop algemene reactie",
        "diff_f_parts": "paragraaf",
        "diff_f_parts_kind": "soort paragraaf",
        "diff_f_start": "begin",
        "diff_f_end": "einde",
        "diff_f_parties": "partijen",
        "diff_f_work": "werk",
        "diff_f_evaluation": "evaluatie",
    },
    "en": {
        "diff_title": "Changes to the plan",
        "diff_no_changes": "No changes to the plan.",
        "diff_one_change": "1 change",
        "diff_changes": "{n} changes",
        "diff_line": "line {n}",
        "diff_moved": "moved from {old} to {new}",
        "diff_start_moved": "start moved from {old} to {new}",
        "diff_added": "added",
        "diff_removed": "removed",
        "diff_renamed": "renamed",
        "diff_appointed": "appointed",
        "diff_unappointed": "no longer appointed",
        "diff_marks_added": "X added in {months}",
        "diff_marks_removed": "X removed in {months}",
        "diff_changes_named": "changes",
        "diff_removed_named": "removes",
        "diff_none": "(none)",
        "diff_layout": "line breaks only",
        "diff_month": "month",
        "diff_months": "months",
        "diff_day": "day",
        "diff_days": "days",
        "diff_immediate": "immediately",
        "diff_ongoing": "ongoing",
        "diff_version": "version",
        "diff_new_version": "new version",
        "diff_s_milestones": "Milestones",
        "diff_s_measures": "Measures",
        "diff_s_owners": "Owners",
        "diff_s_parties": "Parties",
        "diff_s_footnotes": "Footnotes",
        "diff_s_texts": "Texts and other fields",
        "diff_s_planning": "Planning",
        "diff_s_revisions": "Versions",
        "diff_s_acknowledged": "Acknowledged findings",
        "diff_e_document": "Document",
        "diff_e_label": "Label",
        "diff_e_revision": "Version",
        "diff_e_footnote": "Footnote",
        "diff_e_owner": "Owner",
        "diff_e_party": "Party",
        "diff_e_abbreviation": "Abbreviation",
        "diff_e_milestone": "Milestone",
        "diff_e_introduction": "Introduction",
        "diff_e_improvement_point": "Improvement point",
        "diff_e_analysis_part": "Analysis",
        "diff_e_measure_list_item": "Measure list, no.",
        "diff_e_chapter": "Chapter",
        "diff_e_chapter_part": "Section",
        "diff_e_planning": "Planning",
        "diff_e_acknowledgement": "Acknowledged finding",
        "diff_f_wording": "wording",
        "diff_f_text": "text",
        "diff_f_title": "title",
        "diff_f_author": "author",
        "diff_f_contents_title": "contents title",
        "diff_f_running_header": "running header",
        "diff_f_municipalities": "municipalities",
        "diff_f_inspectorates": "inspectorates",
        "diff_f_code": "code",
        "diff_f_language": "language",
        "diff_f_version_date": "version date",
        "diff_f_label": "label",
        "diff_f_date": "date",
        "diff_f_reason": "reason",
        "diff_f_changes": "changes",
        "diff_f_removed": "removes",
        "diff_f_meaning": "meaning",
        "diff_f_abbreviation": "abbreviation",
        "diff_f_kind": "kind",
        "diff_f_builds_on": "builds on",
        "diff_f_measure": "measure",
        "diff_f_point": "improvement point",
        "diff_f_labels": "label",
        "diff_f_realisation": "order of the milestones",
        "diff_f_statement": "statement",
        "diff_f_inspectorate_wording": "the inspectorates' wording",
        "diff_f_analysis": "analysis",
        "diff_f_analysis_title": "analysis title",
        "diff_f_analysis_kind": "analysis part kind",
        "diff_f_objective": "objective",
        "diff_f_objective_title": "objective title",
        "diff_f_measures_title": "measures title",
        "diff_f_elaboration_title": "elaboration title",
        "diff_f_measure_list": "measure list, no.",
        "diff_f_measure_list_of": "measures of no.",
        "diff_f_points_heading": "points heading",
        "diff_f_response": "general response",
        "diff_f_response_heading": "general response heading",
        "diff_f_parts": "section",
        "diff_f_parts_kind": "section kind",
        "diff_f_start": "start",
        "diff_f_end": "end",
        "diff_f_parties": "parties",
        "diff_f_work": "work",
        "diff_f_evaluation": "evaluation",
    },
}

# ---------------------------------------------------------------------------- the table

GROUPS: dict[str, dict[str, dict[str, str]]] = {
    "shared": SHARED,
    "status": STATUS,
    "calendars_page": CALENDARS_PAGE,
    "diff": DIFF,
}
# every fixed word of every output, by label name, per language
WORDS: dict[str, dict[str, str]] = {
    language: {key: text for group in GROUPS.values() for key, text in group[language].items()}
    for language in LANGUAGES
}
