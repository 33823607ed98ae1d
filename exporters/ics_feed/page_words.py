"""The calendars page's sentences (issue 17), and their markup.

The page (index.html of `export ics`, agenda/ of the site) explains at length how to
subscribe in Apple Calendar, Google Calendar and Outlook: whole paragraphs that belong to this
page only. Their words are in the one table of the outputs' words, plancheck.words (its
calendars-page group, the `cal_*` keys); this module fills them in.

A plan's `labels` override any of them by name, as they do every word of that table
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
from plancheck.words import CALENDARS_PAGE

MARKUP = {
    "strong": "<strong>",
    "end_strong": "</strong>",
    "em": "<em>",
    "end_em": "</em>",
}

# the page's sentences per language: the table's calendars-page group (plancheck.words)
PAGE_WORDS: dict[str, dict[str, str]] = CALENDARS_PAGE

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
