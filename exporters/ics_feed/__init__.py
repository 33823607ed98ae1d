"""The iCalendar milestone feeds (issue 6)."""
