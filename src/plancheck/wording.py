"""Read the date a milestone's wording carries ("Voor 01-10-2018", "Juni 2018", "By 31 March
2019", ...).

The plan writes its deadlines in a handful of forms; this is a small grammar for them, one
per language (Dutch, English; `grammar_of` chooses by the plan's `document.language`),
not a general date parser, and it never guesses: the whole wording (less a remark in
parentheses, trailing punctuation and a short lead-in such as "moet gereed zijn") must be one
of its forms, or the wording is UNREADABLE. The forms, their meaning and examples are the
table in docs/plan-format.md ("The date grammar").

`read(wording)` gives the typed reading: a deadline day (`Deadline`), a month (`InMonth`), a
period (`Period`, start and end each a month or a day), a window the date must fall in
(`Window`: a season, a quarter, "eind 2018", a year), `Ongoing`, `Immediate` or
`Unreadable`. `expected(wording)` says what the reading implies about the machine dates, so
the gate can check that nobody changed one and forgot the other.

The plan's own convention (`conventions.first_of_month`, on unless the plan turns it off): a
deadline on the first of a month is due the day before ("01-04-2019" and "Uiterlijk 1 januari
2019" are due 2019-03-31 and 2018-12-31). "Voor D" and "Tot D" are due the day before D
whatever the convention; "Op D", "Per D" and "Vanaf D" on D. The English grammar has the
same readings in English phrases ("Before D", "By D", "On D", "As of D"). A numeric date
(1/3/2019) is read in the plan's `conventions.date_order`; without one, a Dutch plan's is
day-month and an English plan's is not read (never guessed).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from plancheck.i18n import N_, _, month_name
from plancheck.record import Record, field, record

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)

Month = tuple[int, int]  # (year, month)

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "febr": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
QUARTER_NAMES = ("eerste", "tweede", "derde", "vierde")
_ORDINALS = (
    N_("the first quarter of {year}"),
    N_("the second quarter of {year}"),
    N_("the third quarter of {year}"),
    N_("the fourth quarter of {year}"),
)
_PARTS = {
    "begin": N_("the start of {when}"),
    "medio": N_("the middle of {when}"),
    "eind": N_("the end of {when}"),
}

# The month names of the planning grid, as in the published document (the Word report's grid
# and the web page's use the same words).
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "juni",
    "juli",
    "aug",
    "sept",
    "okt",
    "nov",
    "dec",
)


# --------------------------------------------------------------------------- readings


@record
class Deadline(Record):
    """Due on one day."""

    day: dt.date
    description: str = field(default="", compare=False)


@record
class InMonth(Record):
    """Due in one month (month precision)."""

    month: Month
    description: str = field(default="", compare=False)


@record
class Period(Record):
    """A period: `start` and `end` each a day or a month; due at its end."""

    start: dt.date | Month
    end: dt.date | Month
    description: str = field(default="", compare=False)


@record
class Window(Record):
    """Due on some day from `first` to `last` (a season, a quarter, 'eind 2018', a year)."""

    first: dt.date
    last: dt.date
    description: str = field(default="", compare=False)


@record
class Ongoing(Record):
    """A wording that says the milestone is ongoing ('Doorlopend')."""

    description: str = field(default_factory=lambda: _("'Doorlopend' (ongoing)"), compare=False)


@record
class Immediate(Record):
    """A wording that says the milestone is immediate ('Per direct')."""

    description: str = field(default_factory=lambda: _("'Per direct' (immediate)"), compare=False)


@record
class Unreadable(Record):
    """No form of the grammar. `impossible`: it has the form but names a day that does not
    exist ('31-02-2019') or a period that ends before it starts: the wording is wrong.
    `order_unknown`: a numeric date ('1/3/2019') in a plan that does not say which number is
    the day (an English plan without `conventions.date_order`)."""

    description: str = field(default="", compare=False)
    impossible: bool = field(default=False, compare=False)
    # a numeric date whose order (day or month first) the plan leaves open
    order_unknown: bool = field(default=False, compare=False)


Reading = Deadline | InMonth | Period | Window | Ongoing | Immediate | Unreadable
UNREADABLE = Unreadable()


@record
class Expectation(Record):
    """What a wording implies. `due_*` are bounds on the due date (inclusive)."""

    description: str
    due: str | None = None  # the exact due value the wording implies ('2018-09-30', '2018-06', ...)
    start: str | None = None  # the exact start a period implies
    due_from: dt.date | None = None
    due_until: dt.date | None = None


# --------------------------------------------------------------------------- the grammar

ENGLISH_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
ENGLISH_QUARTER_NAMES = ("first", "second", "third", "fourth")
# how a numeric date is written: 'day-month' (1/3/2019 is 1 March) or 'month-day' (3 January)
if TYPE_CHECKING:
    from typing import Literal

    DateOrder = Literal["day-month", "month-day"]


def _month_pattern(months: dict[str, int]) -> str:
    return r"(" + "|".join(sorted(months, key=len, reverse=True)) + r")\.?"


_YEAR = r"(\d{4})"  # exactly four digits: '01-01-99999' is no date
_NUMERIC = re.compile(r"(\d{1,2})([-/])(\d{1,2})\2" + _YEAR)
_ISO = re.compile(_YEAR + r"-(\d{2})-(\d{2})")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


@record
class Grammar(Record):
    """The phrases of one language. Each prefix word has a role that gives it its meaning:
    'before' (the day or month before), 'by' (that day, the first of a month the day before
    under the convention), 'on' (that very day), 'as_of' (it takes effect then), 'in';
    a season's 'before', 'in', 'after'; a part of a year or month 'begin', 'medio', 'eind'."""

    language: str
    months: dict[str, int]
    ongoing: frozenset[str]
    immediate: frozenset[str]
    lead_in: re.Pattern[str]
    day: re.Pattern[str]  # (prefix, rest)
    month: re.Pattern[str]  # (prefix, rest)
    roles: dict[str, str]  # a prefix -> its role
    spelled: tuple[tuple[re.Pattern[str], bool], ...]  # (pattern, the day comes first)
    month_year: re.Pattern[str]
    season: re.Pattern[str]  # (when, year)
    half_season: re.Pattern[str]  # (season, year)
    spring: frozenset[str]
    quarter: re.Pattern[str]  # (q, n, name, year)
    quarter_names: tuple[str, ...]
    part: re.Pattern[str]  # (part, month, year)
    year: re.Pattern[str]
    separator: re.Pattern[str]
    exclusive: frozenset[str]  # separators whose end is not part of the period
    period_lead: str  # 'van ': 'van januari tot en met juni 2019'
    date_order: DateOrder | None  # of a numeric date when the plan sets none (None: refused)
    iso: bool = False  # '2019-03-01' is a day


@functools.cache
def _dutch() -> Grammar:
    """The Dutch grammar, compiled on first use (the English one is not compiled for a Dutch
    plan, nor the Dutch one for an English plan)."""
    month = _month_pattern(MONTHS)
    return Grammar(
        language="nl",
        months=MONTHS,
        ongoing=frozenset({"doorlopend"}),
        immediate=frozenset({"per direct"}),
        lead_in=re.compile(
            r"(?:(?:moet|moeten|zal|zullen|wordt|worden|is|zijn) )?"
            r"(?:gereed|klaar|afgerond|opgeleverd|uitgevoerd|vastgesteld|gerealiseerd|ingevoerd)"
            r"(?: (?:zijn|worden))? "
        ),
        day=re.compile(r"(?:(voor|uiterlijk|op|per|vanaf|tot) )?(.+)"),
        month=re.compile(r"(?:(voor|uiterlijk|in|per|vanaf|tot) )?(.+)"),
        roles={
            "voor": "before",
            "tot": "before",
            "uiterlijk": "by",
            "op": "on",
            "per": "as_of",
            "vanaf": "as_of",
            "in": "in",
        },
        spelled=((re.compile(r"(\d{1,2}) " + month + r"(?: " + _YEAR + r")?"), True),),
        month_year=re.compile(month + r"(?: " + _YEAR + r")?"),
        season=re.compile(r"(?:(voor|in|na) (?:de )?)?zomer(?: van)? " + _YEAR),
        half_season=re.compile(r"(?:in (?:het )?)?(voorjaar|najaar)(?: van)? " + _YEAR),
        spring=frozenset({"voorjaar"}),
        quarter=re.compile(
            r"(?:in (?:het )?)?(?:q([1-4])|([1-4])(?:e|ste|de) kwartaal|("
            + "|".join(QUARTER_NAMES)
            + r"|laatste) kwartaal)(?: van)?[ -]"
            + _YEAR
        ),
        quarter_names=QUARTER_NAMES,
        part=re.compile(r"(begin|medio|midden|eind|einde)(?: van)? (?:" + month + r" )?" + _YEAR),
        year=re.compile(r"(?:in )?" + _YEAR),
        separator=re.compile(r" ?(?:\btot en met\b|\bt/m\b|\btot\b|-) ?"),
        exclusive=frozenset({"tot"}),
        period_lead="van ",
        date_order="day-month",  # the Dutch way of writing 1-3-2019: 1 March
    )


_EN_ORDINAL = r"(?:st|nd|rd|th)?"


@functools.cache
def _english() -> Grammar:
    """The English grammar, compiled on first use."""
    month = _month_pattern(ENGLISH_MONTHS)
    return Grammar(
        language="en",
        months=ENGLISH_MONTHS,
        ongoing=frozenset({"ongoing", "continuous", "continuing"}),
        immediate=frozenset(
            {"immediately", "immediate", "with immediate effect", "effective immediately"}
        ),
        lead_in=re.compile(
            r"(?:(?:must|should|will|shall|to|is|are) )?(?:be )?"
            r"(?:ready|complete|completed|finished|done|delivered|implemented|adopted|"
            r"realised|realized|in place) "
        ),
        day=re.compile(
            r"(?:(before|until|till|by|no later than|not later than|on|as of|as from|from|"
            r"with effect from|effective|starting) )?(.+)"
        ),
        month=re.compile(
            r"(?:(before|until|till|by|no later than|not later than|in|during|as of|as from|from|"
            r"with effect from|effective|starting) )?(.+)"
        ),
        roles={
            "before": "before",
            "until": "before",
            "till": "before",
            "by": "by",
            "no later than": "by",
            "not later than": "by",
            "on": "on",
            "as of": "as_of",
            "as from": "as_of",
            "from": "as_of",
            "with effect from": "as_of",
            "effective": "as_of",
            "starting": "as_of",
            "in": "in",
            "during": "in",
        },
        spelled=(
            # '1 October 2018', '1st of October 2018'; 'October 1, 2018', 'October 1st 2018'
            (
                re.compile(
                    r"(?:the )?(\d{1,2})"
                    + _EN_ORDINAL
                    + r" (?:of )?"
                    + month
                    + r"(?:,? "
                    + _YEAR
                    + r")?"
                ),
                True,
            ),
            (
                re.compile(month + r" (\d{1,2})" + _EN_ORDINAL + r"(?:,? " + _YEAR + r")?"),
                False,
            ),
        ),
        month_year=re.compile(month + r"(?:,? " + _YEAR + r")?"),
        season=re.compile(r"(?:(before|in|during|after) (?:the )?)?summer(?: of)? " + _YEAR),
        half_season=re.compile(
            r"(?:(?:in|during) (?:the )?)?(spring|autumn|fall)(?: of)? " + _YEAR
        ),
        spring=frozenset({"spring"}),
        quarter=re.compile(
            r"(?:(?:in|during) )?(?:the )?(?:q([1-4])|([1-4])(?:st|nd|rd|th) quarter|("
            + "|".join(ENGLISH_QUARTER_NAMES)
            + r"|last|final) quarter)(?: of)?[ -]"
            + _YEAR
        ),
        quarter_names=ENGLISH_QUARTER_NAMES,
        part=re.compile(
            r"(?:(?:in|at) )?(?:the )?(beginning|start|early|mid|middle|late|end)(?: of)?[ -](?:"
            + month
            + r" )?"
            + _YEAR
        ),
        year=re.compile(r"(?:(?:in|during) )?" + _YEAR),
        separator=re.compile(
            r" ?(?:\bup to and including\b|\bthrough\b|\bthru\b|\bto\b|\buntil\b|\btill\b|-) ?"
        ),
        exclusive=frozenset({"until", "till"}),
        period_lead="from ",
        date_order=None,  # 1/3/2019: 1 March or January 3? the plan says (conventions.date_order)
        iso=True,
    )


_PARTS_OF = {
    "begin": "begin",
    "medio": "medio",
    "midden": "medio",
    "eind": "eind",
    "einde": "eind",
    "beginning": "begin",
    "start": "begin",
    "early": "begin",
    "mid": "medio",
    "middle": "medio",
    "late": "eind",
    "end": "eind",
}
_SEASON_ROLES = {"voor": "before", "na": "after", "before": "before", "after": "after"}


def grammar_of(language_tag: str) -> Grammar:
    """The grammar of a plan's `document.language`: Dutch for 'nl-...', else English."""
    return _dutch() if language_tag.split("-")[0].lower() == "nl" else _english()


class _Impossible(Exception):
    """The wording has a form of the grammar but names no real day or period."""


def _normal(wording: str) -> str:
    """Lower case, accents and remarks in parentheses off, every dash a hyphen, spaces single,
    trailing punctuation off."""
    text = unicodedata.normalize("NFKD", wording)
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_DASHES)
    text = re.sub(r"\([^)]*\)", " ", text).lower()
    text = re.sub(r"\s+", " ", text).strip().rstrip(".:;,").strip()
    return re.sub(r" ?/ ?", "/", text)  # 't / m', '1 / 3 / 2019'


def _day(day: int, month: int, year: int, shown: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _Impossible(f"'{shown}' is not a real date") from None


class _Refused(Exception):
    """The wording has a form of the grammar that the plan's conventions leave open (a
    numeric date without `conventions.date_order` in an English plan): never guessed."""


@record
class _Context(Record):
    grammar: Grammar
    first_of_month: bool
    date_order: DateOrder | None


def _numeric(text: str, ctx: _Context) -> dt.date | None:
    found = _ISO.fullmatch(text) if ctx.grammar.iso else None
    if found:
        y, m, d = found.groups()
        return _day(int(d), int(m), int(y), text)
    found = _NUMERIC.fullmatch(text)
    if not found:
        return None
    first, _separator, second, y = found.groups()
    order = ctx.date_order or ctx.grammar.date_order
    if order is None:
        raise _Refused(
            _(
                "'{date}': is the first number the day or the month? Set conventions.date_order "
                "or write the month as a word"
            ).format(date=text)
        )
    d, m = (first, second) if order == "day-month" else (second, first)
    return _day(int(d), int(m), int(y), text)


def _point(text: str, year: int | None, ctx: _Context) -> dt.date | Month | None:
    """A day or a month, on its own ('1 maart 2019', '01-03-2019', 'maart 2019'); without a
    year of its own it takes `year` (the start of a period), else it is no point."""
    grammar = ctx.grammar
    numeric = _numeric(text, ctx)
    if numeric is not None:
        return numeric
    for pattern, day_first in grammar.spelled:
        found = pattern.fullmatch(text)
        if found:
            first, second, y = found.groups()
            d, m = (first, second) if day_first else (second, first)
            if y is None and year is None:
                return None
            return _day(int(d), grammar.months[m], int(y) if y else year or 0, text)
    found = grammar.month_year.fullmatch(text)
    if found:
        m, y = found.groups()
        if y is None and year is None:
            return None
        if (int(y) if y else year) == 0:
            raise _Impossible(f"'{text}' is not a real month")
        return (int(y) if y else year or 0, grammar.months[m])
    return None


def _month_text(month: Month) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


def _text(point: dt.date | Month) -> str:
    return point.isoformat() if isinstance(point, dt.date) else _month_text(point)


def _previous(month: Month) -> Month:
    if month == (1, 1):
        raise _Impossible("the month before januari 1 does not exist")
    return (month[0] - 1, 12) if month[1] == 1 else (month[0], month[1] - 1)


def _month_end(month: Month) -> dt.date:
    following = (month[0] + 1, 1) if month[1] == 12 else (month[0], month[1] + 1)
    return dt.date(following[0], following[1], 1) - dt.timedelta(days=1)


def read(
    wording: str,
    *,
    first_of_month: bool = True,
    language: str = "nl",
    date_order: DateOrder | None = None,
) -> Reading:
    """The typed reading of a milestone's wording (see the module's docstring) with the
    grammar of the plan's `language` (a BCP 47 tag: Dutch for 'nl-...', else English);
    `date_order` is the plan's `conventions.date_order`, if it sets one."""
    ctx = _Context(grammar_of(language), first_of_month, date_order)
    try:
        return _read(wording, ctx)
    except _Impossible as err:
        return Unreadable(str(err), impossible=True)
    except _Refused as err:
        return Unreadable(str(err), order_unknown=True)
    except (ValueError, OverflowError):  # the year 0, or the day before 1 January of year 1
        return Unreadable(
            _("'{wording}' names a date that does not exist").format(wording=wording),
            impossible=True,
        )


def _read(wording: str, ctx: _Context) -> Reading:
    text = _normal(wording)
    grammar = ctx.grammar
    if text in grammar.ongoing:
        if grammar.language == "nl":
            return Ongoing()
        return Ongoing(_("'{wording}' (ongoing)").format(wording=wording))
    if text in grammar.immediate:
        if grammar.language == "nl":
            return Immediate()
        return Immediate(_("'{wording}' (immediate)").format(wording=wording))
    lead_in = grammar.lead_in.match(text)
    if lead_in:
        text = text[lead_in.end() :]
    for form in (_single_day, _single_month, _season, _quarter, _part, _year, _period):
        reading = form(wording, text, ctx)
        if reading is not None:
            return reading
    return Unreadable(
        _("'{wording}' is none of the date forms of the plan").format(wording=wording)
    )


def _single_day(wording: str, text: str, ctx: _Context) -> Reading | None:
    found = ctx.grammar.day.fullmatch(text)
    if not found:
        return None
    prefix, rest = found.groups()
    day = _point(rest, None, ctx)
    if not isinstance(day, dt.date):
        return None
    role = ctx.grammar.roles.get(prefix, "by")
    if role in ("on", "as_of"):
        why = (
            _("'{wording}' means as of that day: {day}")
            if role == "as_of"
            else _("'{wording}' means due that day: {day}")
        )
        return Deadline(day, why.format(wording=wording, day=day.isoformat()))
    before = role == "before" or (ctx.first_of_month and day.day == 1)
    due = day - dt.timedelta(days=1) if before else day
    why = (
        _("'{wording}' means due the day before: {day}")
        if before
        else _("'{wording}' means due that day: {day}")
    )
    return Deadline(due, why.format(wording=wording, day=due.isoformat()))


def _single_month(wording: str, text: str, ctx: _Context) -> Reading | None:
    found = ctx.grammar.month.fullmatch(text)
    if not found:
        return None
    prefix, rest = found.groups()
    month = _point(rest, None, ctx)
    if not isinstance(month, tuple):
        return None
    if ctx.grammar.roles.get(prefix) == "before":
        due = _previous(month)
        return InMonth(
            due,
            _("'{wording}' means due the month before: {month}").format(
                wording=wording, month=_month_text(due)
            ),
        )
    return InMonth(
        month,
        _("'{wording}' means the month {month}").format(wording=wording, month=_month_text(month)),
    )


def _season(wording: str, text: str, ctx: _Context) -> Reading | None:
    found = ctx.grammar.season.fullmatch(text)
    if found:
        when, y = found.groups()
        year = int(y)
        role = _SEASON_ROLES.get(when, "in")
        if role == "before":
            return Window(
                dt.date(year, 1, 1),
                dt.date(year, 6, 30),
                _("'{wording}' means due before the summer of {year} (by {year}-06-30)").format(
                    wording=wording, year=year
                ),
            )
        if role == "after":
            return Window(
                dt.date(year, 9, 1),
                dt.date(year, 12, 31),
                _("'{wording}' means due after the summer of {year}").format(
                    wording=wording, year=year
                ),
            )
        return Window(
            dt.date(year, 6, 1),
            dt.date(year, 9, 30),
            _("'{wording}' means due in the summer of {year} (June to September)").format(
                wording=wording, year=year
            ),
        )
    found = ctx.grammar.half_season.fullmatch(text)
    if found:
        season, y = found.groups()
        year = int(y)
        spring = season in ctx.grammar.spring
        first, last = (3, 5) if spring else (9, 11)
        what = _("the spring of {year}") if spring else _("the autumn of {year}")
        return _window(wording, (year, first), (year, last), what.format(year=year))
    return None


def _window(wording: str, first: Month, last: Month, what: str, at: str = "in") -> Window:
    start, end = dt.date(first[0], first[1], 1), _month_end(last)
    means = (
        _("'{wording}' means due in {what} ({start} to {end})")
        if at == "in"
        else _("'{wording}' means due at {what} ({start} to {end})")
    )
    return Window(start, end, means.format(wording=wording, what=what, start=start, end=end))


def _quarter(wording: str, text: str, ctx: _Context) -> Reading | None:
    found = ctx.grammar.quarter.fullmatch(text)
    if not found:
        return None
    q, n, name, y = found.groups()
    names = ctx.grammar.quarter_names
    quarter = int(q or n) if (q or n) else (names.index(name) + 1 if name in names else 4)
    year = int(y)
    first = 3 * quarter - 2
    what = _(_ORDINALS[quarter - 1]).format(year=year)
    return _window(wording, (year, first), (year, first + 2), what)


def _part(wording: str, text: str, ctx: _Context) -> Reading | None:
    found = ctx.grammar.part.fullmatch(text)
    if not found:
        return None
    word, m, y = found.groups()
    year = int(y)
    part = _PARTS_OF[word]
    if m is None:  # begin: January to March, medio: June and July, eind: October to December
        first, last = {"begin": (1, 3), "medio": (6, 7), "eind": (10, 12)}[part]
        what = _(_PARTS[part]).format(when=year)
        return _window(wording, (year, first), (year, last), what, "at")
    month = ctx.grammar.months[m]
    end = _month_end((year, month)).day
    days = {"begin": (1, 10), "medio": (11, 20), "eind": (21, end)}[part]
    since, until = dt.date(year, month, days[0]), dt.date(year, month, days[1])
    what = _(_PARTS[part]).format(when=month_name((year, month)))
    return Window(
        since,
        until,
        _("'{wording}' means due at {what} ({start} to {end})").format(
            wording=wording, what=what, start=since, end=until
        ),
    )


def _year(wording: str, text: str, ctx: _Context) -> Reading | None:
    found = ctx.grammar.year.fullmatch(text)
    if not found:
        return None
    year = int(found.group(1))
    return Window(
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
        _("'{wording}' names the year {year}").format(wording=wording, year=year),
    )


def _period(wording: str, text: str, ctx: _Context) -> Reading | None:
    """'Februari - april 2018', 'van 1 maart tot en met 30 april 2019', 'januari tot juni
    2019' (tot: the end is not part of it), each end a day or a month; one reading or none."""
    lead = ctx.grammar.period_lead
    body = text[len(lead) :] if text.startswith(lead) else text
    readings: list[Reading] = []
    for separator in ctx.grammar.separator.finditer(body):
        left, right = body[: separator.start()], body[separator.end() :]
        end = _point(right, None, ctx)
        if end is None:
            continue
        start = _point(left, end.year if isinstance(end, dt.date) else end[0], ctx)
        if start is None:
            continue
        if separator.group(0).strip() in ctx.grammar.exclusive:
            end = end - dt.timedelta(days=1) if isinstance(end, dt.date) else _previous(end)
        first = start if isinstance(start, dt.date) else dt.date(start[0], start[1], 1)
        last = end if isinstance(end, dt.date) else _month_end(end)
        if first > last:
            if re.search(r"\d{4}", left):
                raise _Impossible(_("'{wording}' ends before it starts").format(wording=wording))
            readings.append(
                Unreadable(_("'{wording}': which year does it start in?").format(wording=wording))
            )
            continue
        readings.append(
            Period(
                start,
                end,
                _("'{wording}' is the period {start} to {end}").format(
                    wording=wording, start=_text(start), end=_text(end)
                ),
            )
        )
    if len(readings) == 1:
        return readings[0]
    return None


def expected(
    wording: str,
    *,
    first_of_month: bool = True,
    language: str = "nl",
    date_order: DateOrder | None = None,
) -> Expectation | None:
    """The dates the wording implies; None where it is unreadable (`read`). A wording of the
    grammar's form that names no real date implies `due="invalid"`."""
    reading = read(wording, first_of_month=first_of_month, language=language, date_order=date_order)
    match reading:
        case Deadline(day, description):
            return Expectation(description, due=day.isoformat())
        case InMonth(month, description):
            return Expectation(description, due=_month_text(month))
        case Period(start, end, description):
            return Expectation(description, due=_text(end), start=_text(start))
        case Window(first, last, description):
            return Expectation(description, due_from=first, due_until=last)
        case Ongoing():
            return Expectation(reading.description, due="ongoing")
        case Immediate():
            return Expectation(reading.description, due="immediate")
        case Unreadable(description, impossible) if impossible:
            return Expectation(description, due="invalid")
    return None


def dutch_month(month: tuple[int, int]) -> str:
    """'juni 2018'."""
    return f"{MONTH_NAMES[month[1] - 1]} {month[0]}"


# A year of more than four digits where a date's year stands (after a day and month, or a
# word such as a month name or 'zomer'): a typing mistake, never a date to guess at.
_LONG_YEAR = re.compile(
    r"(?:(?<!\d)\d{1,2}[-/]\d{1,2}[-/]|[a-z]{3,}\.?\s+)(\d{5,})(?!\d)", re.IGNORECASE
)


def long_year(wording: str) -> int | None:
    """The number of digits of a date's year written with more than four, else None."""
    found = _LONG_YEAR.search(wording)
    return len(found.group(1)) if found else None
