"""The language of what users read: findings, hints, summaries, the rules' documentation.

The standard gettext machinery: the English text in the code is the message id, and each
other language is a catalogue, `locale/<lang>/LC_MESSAGES/plancheck.mo`, compiled by Babel
from its `.po` (`nox -s catalogues`; docs/translations.md). At run time only Python's own
`gettext` reads the compiled `.mo`, so `check` pays no more than one small file read.

Which language: `--lang` (or the environment variable PLANCHECK_LANG) when given, else the
plan's own `document.language` ("nl-NL" -> nl), else the default, Dutch. A plan in a
language without a catalogue gets English, the language of the message ids.

The language in force is a context variable: the engine sets it for each plan while the
rules run (`using`), the reporters for the report they write.
"""

from __future__ import annotations

import contextlib
import contextvars
import gettext
import os
import re
from collections.abc import Iterator
from functools import cache

DOMAIN = "plancheck"
LOCALE_DIR = os.path.join(os.path.dirname(os.path.realpath(__file__)), "locale")
SOURCE = "en"  # the language of the message ids in the code
DEFAULT = "nl"  # when neither --lang nor the plan says which
ENVIRONMENT = "PLANCHECK_LANG"

_forced: contextvars.ContextVar[str | None] = contextvars.ContextVar("forced", default=None)
_current: contextvars.ContextVar[gettext.NullTranslations | None] = contextvars.ContextVar(
    "current", default=None
)
_current_lang: contextvars.ContextVar[str | None] = contextvars.ContextVar("lang", default=None)


@cache
def languages() -> tuple[str, ...]:
    """The languages plancheck speaks: the source language and every compiled catalogue."""
    if not os.path.isdir(LOCALE_DIR):
        return (SOURCE,)
    found = sorted(lang for lang in os.listdir(LOCALE_DIR) if os.path.isfile(_catalogue(lang)))
    return (SOURCE, *found)


def _catalogue(lang: str) -> str:
    return os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", f"{DOMAIN}.mo")


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of `lang` (English: the message ids themselves)."""
    if lang == SOURCE:
        return gettext.NullTranslations()
    # the catalogue's file read as gettext.translation finds it for one plain language code
    # (which would also import `copy` for a copy of the catalogue that is never changed)
    try:
        with open(_catalogue(lang), "rb") as handle:
            return gettext.GNUTranslations(handle)
    except FileNotFoundError:
        return gettext.NullTranslations()


def supported(tag: str | None) -> str | None:
    """The language plancheck speaks for a BCP 47 tag ("nl-NL" -> "nl"), or None."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in languages() else None


@contextlib.contextmanager
def forcing(lang: str | None) -> Iterator[None]:
    """`--lang`: the language of everything said inside the block, whatever the plan's
    language (None: as the plan says)."""
    token = _forced.set(lang)
    try:
        yield
    finally:
        _forced.reset(token)


def forced() -> str | None:
    """The language `--lang` or PLANCHECK_LANG asks for, if any."""
    return _forced.get() or supported(os.environ.get(ENVIRONMENT))


def for_plan(tag: str | None) -> str:
    """The language for a plan whose `document.language` is `tag` (None: not known)."""
    if (lang := forced()) is not None:
        return lang
    if tag is None:
        return DEFAULT
    return supported(tag) or SOURCE


_LANGUAGE_LINE = re.compile(rb"""^[ \t]+language:[ \t]*["']?([A-Za-z_-]{2,12})""", re.M)


def sniff(raw: bytes) -> str | None:
    """The `language:` tag of a file that may not even be valid YAML (for the loader's
    findings, which come before the plan is read)."""
    found = _LANGUAGE_LINE.search(raw[:65536])
    return found.group(1).decode("ascii") if found else None


def current() -> str:
    """The language in force."""
    return _current_lang.get() or for_plan(None)


@contextlib.contextmanager
def using(lang: str) -> Iterator[None]:
    """Speak `lang` inside the block."""
    token = _current.set(translations(lang))
    lang_token = _current_lang.set(lang)
    try:
        yield
    finally:
        _current.reset(token)
        _current_lang.reset(lang_token)


def _translations() -> gettext.NullTranslations:
    found = _current.get()
    return found if found is not None else translations(current())


def _(message: str) -> str:
    """`message` in the language in force (a template: call .format on the result)."""
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural template for `count`, in the language in force."""
    return _translations().ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a message for the catalogue without translating it here (a table of texts)."""
    return message


_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def month_name(month: tuple[int, int]) -> str:
    """'June 2018' in English, 'juni 2018' in Dutch: a (year, month) as a reader writes it."""
    return _("{month} {year}").format(month=_(_MONTHS[month[1] - 1]), year=month[0])
