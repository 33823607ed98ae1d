"""Read the date a milestone's Dutch wording carries ("Voor 01-10-2018", "Juni 2018", ...).

The plan writes its deadlines in a handful of Dutch forms; this is a small grammar for them,
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
whatever the convention; "Op D", "Per D" and "Vanaf D" on D.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from plancheck.i18n import N_, _, month_name

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


@dataclass(frozen=True)
class Deadline:
    """Due on one day."""

    day: dt.date
    description: str = field(default="", compare=False)


@dataclass(frozen=True)
class InMonth:
    """Due in one month (month precision)."""

    month: Month
    description: str = field(default="", compare=False)


@dataclass(frozen=True)
class Period:
    """A period: `start` and `end` each a day or a month; due at its end."""

    start: dt.date | Month
    end: dt.date | Month
    description: str = field(default="", compare=False)


@dataclass(frozen=True)
class Window:
    """Due on some day from `first` to `last` (a season, a quarter, 'eind 2018', a year)."""

    first: dt.date
    last: dt.date
    description: str = field(default="", compare=False)


@dataclass(frozen=True)
class Ongoing:
    """A wording that says the milestone is ongoing ('Doorlopend')."""

    description: str = field(default_factory=lambda: _("'Doorlopend' (ongoing)"), compare=False)


@dataclass(frozen=True)
class Immediate:
    """A wording that says the milestone is immediate ('Per direct')."""

    description: str = field(default_factory=lambda: _("'Per direct' (immediate)"), compare=False)


@dataclass(frozen=True)
class Unreadable:
    """No form of the grammar. `impossible`: it has the form but names a day that does not
    exist ('31-02-2019') or a period that ends before it starts: the wording is wrong."""

    description: str = field(default="", compare=False)
    impossible: bool = field(default=False, compare=False)


Reading = Deadline | InMonth | Period | Window | Ongoing | Immediate | Unreadable
UNREADABLE = Unreadable()


@dataclass(frozen=True)
class Expectation:
    """What a wording implies. `due_*` are bounds on the due date (inclusive)."""

    description: str
    due: str | None = None  # the exact due value the wording implies ('2018-09-30', '2018-06', ...)
    start: str | None = None  # the exact start a period implies
    due_from: dt.date | None = None
    due_until: dt.date | None = None


# --------------------------------------------------------------------------- the grammar

_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(\d{4})"  # exactly four digits: '01-01-99999' is no date
_NUMERIC = re.compile(r"(\d{1,2})([-/])(\d{1,2})\2" + _YEAR)
_SPELLED = re.compile(r"(\d{1,2}) " + _MONTH + r"(?: " + _YEAR + r")?")
_MONTH_YEAR = re.compile(_MONTH + r"(?: " + _YEAR + r")?")
_LEAD_IN = re.compile(
    r"(?:(?:moet|moeten|zal|zullen|wordt|worden|is|zijn) )?"
    r"(?:gereed|klaar|afgerond|opgeleverd|uitgevoerd|vastgesteld|gerealiseerd|ingevoerd)"
    r"(?: (?:zijn|worden))? "
)
_DAY_PREFIX = r"(?:(voor|uiterlijk|op|per|vanaf|tot) )?"
_MONTH_PREFIX = r"(?:(voor|uiterlijk|in|per|vanaf|tot) )?"
_SEASON = re.compile(r"(?:(voor|in|na) (?:de )?)?zomer(?: van)? " + _YEAR)
_HALF_SEASON = re.compile(r"(?:in (?:het )?)?(voorjaar|najaar)(?: van)? " + _YEAR)
_QUARTER = re.compile(
    r"(?:in (?:het )?)?(?:q([1-4])|([1-4])(?:e|ste|de) kwartaal|("
    + "|".join(QUARTER_NAMES)
    + r"|laatste) kwartaal)(?: van)?[ -]"
    + _YEAR
)
_PART = re.compile(r"(begin|medio|midden|eind|einde)(?: van)? (?:" + _MONTH + r" )?" + _YEAR)
_YEAR_ONLY = re.compile(r"(?:in )?" + _YEAR)
_SEPARATOR = re.compile(r" ?(?:\btot en met\b|\bt/m\b|\btot\b|-) ?")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


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


def _point(text: str, year: int | None) -> dt.date | Month | None:
    """A day or a month, on its own ('1 maart 2019', '01-03-2019', 'maart 2019'); without a
    year of its own it takes `year` (the start of a period), else it is no point."""
    found = _NUMERIC.fullmatch(text)
    if found:
        d, _, m, y = found.groups()
        return _day(int(d), int(m), int(y), text)
    found = _SPELLED.fullmatch(text)
    if found:
        d, m, y = found.groups()
        if y is None and year is None:
            return None
        return _day(int(d), MONTHS[m], int(y) if y else year or 0, text)
    found = _MONTH_YEAR.fullmatch(text)
    if found:
        m, y = found.groups()
        if y is None and year is None:
            return None
        if (int(y) if y else year) == 0:
            raise _Impossible(f"'{text}' is not a real month")
        return (int(y) if y else year or 0, MONTHS[m])
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


def read(wording: str, *, first_of_month: bool = True) -> Reading:
    """The typed reading of a milestone's wording (see the module's docstring)."""
    try:
        return _read(wording, first_of_month)
    except _Impossible as err:
        return Unreadable(str(err), impossible=True)
    except (ValueError, OverflowError):  # the year 0, or the day before 1 January of year 1
        return Unreadable(
            _("'{wording}' names a date that does not exist").format(wording=wording),
            impossible=True,
        )


def _read(wording: str, first_of_month: bool) -> Reading:
    text = _normal(wording)
    if text == "doorlopend":
        return Ongoing()
    if text == "per direct":
        return Immediate()
    lead_in = _LEAD_IN.match(text)
    if lead_in:
        text = text[lead_in.end() :]
    for form in (_single_day, _single_month, _season, _quarter, _part, _year, _period):
        reading = form(wording, text, first_of_month)
        if reading is not None:
            return reading
    return Unreadable(
        _("'{wording}' is none of the date forms of the plan").format(wording=wording)
    )


def _single_day(wording: str, text: str, first_of_month: bool) -> Reading | None:
    found = re.fullmatch(_DAY_PREFIX + r"(.+)", text)
    if not found:
        return None
    prefix, rest = found.groups()
    day = _point(rest, None)
    if not isinstance(day, dt.date):
        return None
    if prefix in ("op", "per", "vanaf"):
        why = (
            _("'{wording}' means as of that day: {day}")
            if prefix in ("per", "vanaf")
            else _("'{wording}' means due that day: {day}")
        )
        return Deadline(day, why.format(wording=wording, day=day.isoformat()))
    before = prefix in ("voor", "tot") or (first_of_month and day.day == 1)
    due = day - dt.timedelta(days=1) if before else day
    why = (
        _("'{wording}' means due the day before: {day}")
        if before
        else _("'{wording}' means due that day: {day}")
    )
    return Deadline(due, why.format(wording=wording, day=due.isoformat()))


def _single_month(wording: str, text: str, first_of_month: bool) -> Reading | None:
    found = re.fullmatch(_MONTH_PREFIX + r"(.+)", text)
    if not found:
        return None
    prefix, rest = found.groups()
    month = _point(rest, None)
    if not isinstance(month, tuple):
        return None
    if prefix in ("voor", "tot"):
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


def _season(wording: str, text: str, first_of_month: bool) -> Reading | None:
    found = _SEASON.fullmatch(text)
    if found:
        when, y = found.groups()
        year = int(y)
        if when == "voor":
            return Window(
                dt.date(year, 1, 1),
                dt.date(year, 6, 30),
                _("'{wording}' means due before the summer of {year} (by {year}-06-30)").format(
                    wording=wording, year=year
                ),
            )
        if when == "na":
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
    found = _HALF_SEASON.fullmatch(text)
    if found:
        season, y = found.groups()
        year = int(y)
        first, last = (3, 5) if season == "voorjaar" else (9, 11)
        what = _("the spring of {year}") if season == "voorjaar" else _("the autumn of {year}")
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


def _quarter(wording: str, text: str, first_of_month: bool) -> Reading | None:
    found = _QUARTER.fullmatch(text)
    if not found:
        return None
    q, n, name, y = found.groups()
    quarter = (
        int(q or n) if (q or n) else (QUARTER_NAMES.index(name) + 1 if name in QUARTER_NAMES else 4)
    )
    year = int(y)
    first = 3 * quarter - 2
    what = _(_ORDINALS[quarter - 1]).format(year=year)
    return _window(wording, (year, first), (year, first + 2), what)


def _part(wording: str, text: str, first_of_month: bool) -> Reading | None:
    found = _PART.fullmatch(text)
    if not found:
        return None
    part, m, y = found.groups()
    year = int(y)
    part = {"midden": "medio", "einde": "eind"}.get(part, part)
    if m is None:  # begin: January to March, medio: June and July, eind: October to December
        first, last = {"begin": (1, 3), "medio": (6, 7), "eind": (10, 12)}[part]
        what = _(_PARTS[part]).format(when=year)
        return _window(wording, (year, first), (year, last), what, "at")
    month = MONTHS[m]
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


def _year(wording: str, text: str, first_of_month: bool) -> Reading | None:
    found = _YEAR_ONLY.fullmatch(text)
    if not found:
        return None
    year = int(found.group(1))
    return Window(
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
        _("'{wording}' names the year {year}").format(wording=wording, year=year),
    )


def _period(wording: str, text: str, first_of_month: bool) -> Reading | None:
    """'Februari - april 2018', 'van 1 maart tot en met 30 april 2019', 'januari tot juni
    2019' (tot: the end is not part of it), each end a day or a month; one reading or none."""
    body = text[4:] if text.startswith("van ") else text
    readings: list[Reading] = []
    for separator in _SEPARATOR.finditer(body):
        left, right = body[: separator.start()], body[separator.end() :]
        end = _point(right, None)
        if end is None:
            continue
        start = _point(left, end.year if isinstance(end, dt.date) else end[0])
        if start is None:
            continue
        if separator.group(0).strip() == "tot":
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


def expected(wording: str, *, first_of_month: bool = True) -> Expectation | None:
    """The dates the wording implies; None where it is unreadable (`read`). A wording of the
    grammar's form that names no real date implies `due="invalid"`."""
    reading = read(wording, first_of_month=first_of_month)
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
