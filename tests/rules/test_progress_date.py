"""progress-date: with --as-of, entries are dated between the plan's publication (its first
revision) and the day checked."""

from __future__ import annotations

from support import edited_text, findings_of, line_of, with_progress

from plancheck.rules import AS_OF_RULES, BY_ID

RULE = "progress-date"


def entry(date: str) -> str:
    return f'  - milestone: 4.1-methodiek\n    date: "{date}"\n    status: on_track\n'


def test_runs_only_as_of_a_date():
    assert BY_ID[RULE].needs_as_of and RULE in AS_OF_RULES
    text = edited_text(with_progress(entry("2081-09-20")))
    assert findings_of(RULE, text) == []


def test_an_entry_after_the_day_checked_is_an_error():
    text = edited_text(with_progress(entry("2019-02-01")))
    assert findings_of(RULE, text, "2019-01-15") == [
        (
            line_of(text, 'date: "2019-02-01"'),
            "4.1-methodiek",
            "progress entry about 4.1-methodiek is dated 2019-02-01, after 2019-01-15, the "
            "day the plan is checked as of",
        )
    ]
    assert findings_of(RULE, text, "2019-02-01") == []  # on the day itself


def test_an_entry_before_the_publication_is_an_error():
    text = edited_text(with_progress(entry("2018-08-30")))
    ((line, _, message),) = findings_of(RULE, text, "2019-01-15")
    assert line == line_of(text, 'date: "2018-08-30"')
    assert message.endswith("before the plan was published (31-08-2018, 2018-08-31)")
    assert findings_of(RULE, edited_text(with_progress(entry("2018-08-31"))), "2019-01-15") == []


def test_an_entry_before_a_later_version_date_is_fine():
    """The choice documented in the rule: the first revision counts, not version_date."""
    text = edited_text(
        ('  version_date: "2018-08-31"\n', '  version_date: "2018-12-01"\n'),
        (
            "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n",
            "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
            '  - version: "01-12-2018"\n    date: "2018-12-01"\n    reason: Gewijzigd.\n',
        ),
        with_progress(entry("2018-10-01")),
    )
    assert findings_of(RULE, text, "2019-01-15") == []
