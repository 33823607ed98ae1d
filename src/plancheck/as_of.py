"""`--as-of DATE|today`: the day the progress rules and the progress report look at the
plan on. Only `today` reads the clock, so a check with a date is the same every day."""

from __future__ import annotations

import datetime as dt

from plancheck.errors import UsageError


def parse_as_of(value: str, *, option: str = "--as-of") -> dt.date:
    """A date 'YYYY-MM-DD' or 'today' (the machine's local date)."""
    if value.strip().lower() == "today":
        return dt.date.today()
    try:
        if len(value) != 10:
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"{option} {value}: not a date; give YYYY-MM-DD (2019-01-15) or 'today'"
        ) from None
