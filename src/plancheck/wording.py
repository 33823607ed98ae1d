"""Read the date a milestone's Dutch wording carries ("Voor 01-10-2018", "Juni 2018", ...).

The plan writes its deadlines in a handful of Dutch forms; this is a small grammar for them,
not a general date parser. `expected(wording)` says what the wording implies about the
machine dates, so the gate can check that nobody changed one and forgot the other.

The plan's own convention (docs/plan-format.md): a deadline on the first of a month is due
the day before ("Voor 01-10-2018" and "01-04-2019" are due 2018-09-30 and 2019-03-31),
"Voor D" is due the day before D, "Uiterlijk D" and a bare D are due on D unless D is the
first of a month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
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

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_NUMERIC = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
_SPELLED = re.compile(r"(\d{1,2})\s+" + _MONTH + r"\s+(\d{4})", re.IGNORECASE)
_MONTH_YEAR = re.compile(_MONTH + r"\s+(\d{4})", re.IGNORECASE)
_PERIOD = re.compile(_MONTH + r"(?:\s+(\d{4}))?\s*-\s*" + _MONTH + r"\s+(\d{4})", re.IGNORECASE)
_SEASON = re.compile(r"(voor|in|na)\s+de\s+zomer\s+(\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"\b(\d{4})\b")


@dataclass(frozen=True)
class Expectation:
    """What a wording implies. `due_*` are bounds on the due date (inclusive)."""

    description: str
    due: str | None = None  # the exact due value the wording implies ('2018-09-30', '2018-06', ...)
    start: str | None = None  # the exact start a period implies
    due_from: dt.date | None = None
    due_until: dt.date | None = None


def _day_due(prefix: str, day: dt.date) -> dt.date:
    """'Voor D' is due the day before D; 'Op D' on D; a bare or 'Uiterlijk' D on D, unless D
    is the first of a month (the plan's convention: then the day before)."""
    if prefix == "op":
        return day
    if prefix == "voor" or day.day == 1:
        return day - dt.timedelta(days=1)
    return day


def _date(day: int, month: int, year: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def expected(wording: str) -> Expectation | None:
    """The dates the wording implies, or None where it carries no date we can read."""
    try:
        return _expected(wording)
    except (ValueError, OverflowError):  # the year 0, or the day before 1 January of year 1
        return Expectation(f"'{wording}' names a date that does not exist", due="invalid")


def _expected(wording: str) -> Expectation | None:
    text = re.sub(r"\([^)]*\)", " ", wording).strip().rstrip(".:").strip()
    lower = text.lower()
    if lower == "doorlopend":
        return Expectation("'Doorlopend' (ongoing)", due="ongoing")
    if lower == "per direct":
        return Expectation("'Per direct' (immediate)", due="immediate")
    prefix = lower.split()[0] if lower.split() else ""
    prefix = prefix if prefix in ("voor", "uiterlijk", "op") else ""
    for pattern, spelled in ((_NUMERIC, False), (_SPELLED, True)):
        found = pattern.search(text)
        if found:
            d, m, y = found.groups()
            month = MONTHS[m.lower()] if spelled else int(m)
            day = _date(int(d), month, int(y))
            if day is None:
                return Expectation(f"'{found.group(0)}' is not a real date", due="invalid")
            due_day = _day_due(prefix, day)
            why = "the day before" if due_day != day else "that day"
            return Expectation(
                f"'{wording}' means due {why}: {due_day.isoformat()}", due=due_day.isoformat()
            )
    period = _PERIOD.search(text)
    if period:
        m1, y1, m2, y2 = period.groups()
        start = f"{int(y1 or y2):04d}-{MONTHS[m1.lower()]:02d}"
        due = f"{int(y2):04d}-{MONTHS[m2.lower()]:02d}"
        return Expectation(f"'{wording}' is the period {start} to {due}", due=due, start=start)
    season = _SEASON.search(text)
    if season:
        when, year = season.group(1).lower(), int(season.group(2))
        if when == "voor":
            return Expectation(
                f"'{wording}' means due before the summer of {year} (by {year}-06-30)",
                due_from=dt.date(year, 1, 1),
                due_until=dt.date(year, 6, 30),
            )
        if when == "in":
            return Expectation(
                f"'{wording}' means due in the summer of {year} (June to September)",
                due_from=dt.date(year, 6, 1),
                due_until=dt.date(year, 9, 30),
            )
        return Expectation(
            f"'{wording}' means due after the summer of {year}",
            due_from=dt.date(year, 9, 1),
            due_until=dt.date(year, 12, 31),
        )
    month_year = _MONTH_YEAR.search(text)
    if month_year:
        m, y = month_year.groups()
        due = f"{int(y):04d}-{MONTHS[m.lower()]:02d}"
        return Expectation(f"'{wording}' means the month {due}", due=due)
    year_only = _YEAR.search(text)
    if year_only:
        year = int(year_only.group(1))
        return Expectation(
            f"'{wording}' names the year {year}",
            due_from=dt.date(year, 1, 1),
            due_until=dt.date(year, 12, 31),
        )
    return None


def dutch_month(month: tuple[int, int]) -> str:
    """'juni 2018'."""
    return f"{MONTH_NAMES[month[1] - 1]} {month[0]}"
