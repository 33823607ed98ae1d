"""Progress as data: the `progress:` log in the schema and the model (ProgressEntry,
Plan.status_of, the status words and the plan's labels for them)."""

from __future__ import annotations

import datetime as dt

import pytest
from support import edited_text

from plancheck.engine import check_document
from plancheck.loader import load_text
from plancheck.model import STATUS_SYMBOLS, STATUS_WORDS, STATUSES, Plan
from plancheck.starter import STARTER_PLAN

LOG = """
progress:
  - milestone: 4.1-methodiek
    date: "2018-09-20"
    status: done
    text: Methodiek vastgesteld.
    evidence:
      - title: Besluitenlijst MT
        reference: https://example.org/besluit/1
  - milestone: 4.1-contracten
    date: "2018-10-01"
    status: on_track
  - milestone: 4.1-contracten
    date: "2018-12-01"
    status: delayed
    expected: "2019-02-28"
  - measure: "8"
    date: "2018-11-01"
    status: dropped
    text: Maatregel vervallen.
"""


def checked(text: str):  # type: ignore[no-untyped-def]
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    return check_document(loaded.document)


def plan_with(log: str = LOG) -> Plan:
    result = checked(edited_text(lambda t: t + log))
    assert result.plan is not None, result.findings
    return result.plan


def test_entries_are_typed_and_immutable():
    plan = plan_with()
    first = plan.progress[0]
    assert first.date == dt.date(2018, 9, 20)
    assert first.status == "done"
    assert first.milestone == "4.1-methodiek" and first.measure is None
    assert first.evidence[0].title == "Besluitenlijst MT" and first.evidence[0].is_url
    assert plan.progress[2].expected == dt.date(2019, 2, 28)
    assert plan.progress[3].subject == "measure 8"
    with pytest.raises(AttributeError):
        first.status = "dropped"  # type: ignore[misc]


def test_status_of_a_milestone_as_of_a_date():
    plan = plan_with()
    methodiek = plan.milestone("4.1-methodiek")
    contracten = plan.milestone("4.1-contracten")
    assert methodiek is not None and contracten is not None
    assert plan.status_of(methodiek, dt.date(2018, 9, 1)) == "pending"
    assert plan.status_of(methodiek, dt.date(2018, 9, 20)) == "done"
    assert plan.status_of(contracten, dt.date(2018, 10, 15)) == "on_track"
    assert plan.status_of(contracten, dt.date(2018, 12, 15)) == "delayed"
    assert plan.status_of(contracten, dt.date(2019, 3, 1)) == "overdue"  # expected passed
    assert plan.latest_entry(contracten, dt.date(2018, 11, 1)) == plan.progress[1]


def test_a_milestone_past_its_date_without_an_entry_is_overdue():
    plan = plan_with()
    factsheet = plan.milestone("6-factsheet")
    assert factsheet is not None
    assert plan.status_of(factsheet, dt.date(2018, 6, 30)) == "pending"
    assert plan.status_of(factsheet, dt.date(2018, 7, 1)) == "overdue"


def test_a_measure_dropped_as_a_whole_drops_its_milestones():
    plan = plan_with()
    measure = plan.measure("8")
    assert measure is not None
    for milestone in measure.realisation:
        assert plan.status_of(milestone, dt.date(2019, 1, 15)) == "dropped"
    assert [e.status for e in plan.measure_progress(measure)] == ["dropped"]


def test_ongoing_work_is_never_overdue():
    plan = plan_with()
    monitoring = plan.milestone("1-monitoring")
    assert monitoring is not None
    assert plan.status_of(monitoring, dt.date(2030, 1, 1)) == "pending"


def test_status_words_in_dutch_and_from_the_plans_labels():
    plan = plan_with()
    assert [plan.status_word(s) for s in (*STATUSES, "overdue")] == [
        "gereed",
        "loopt",
        "vertraagd",
        "risico",
        "vervallen",
        "te laat",
    ]
    text = edited_text(
        lambda t: t + LOG,
        ("  evaluation_row: evaluatie\n", "  evaluation_row: evaluatie\n  status_done: afgerond\n"),
    )
    result = checked(text)
    assert result.plan is not None
    assert result.plan.status_word("done") == "afgerond"
    assert result.plan.status_word("delayed") == "vertraagd"


def test_every_status_has_words_and_a_symbol():
    for words in STATUS_WORDS.values():
        assert set(words) == {*STATUSES, "overdue", "pending"}
    assert set(STATUS_SYMBOLS) == {*STATUSES, "overdue", "pending"}
    assert len(set(STATUS_SYMBOLS.values())) == len(STATUS_SYMBOLS)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('  - milestone: 6-factsheet\n    date: "2018-07-01"\n    status: finished\n', "status"),
        ('  - date: "2018-07-01"\n    status: done\n', "progress[0]"),
        (
            '  - milestone: 6-factsheet\n    measure: "6"\n    date: "2018-07-01"\n'
            "    status: done\n",
            "progress[0]",
        ),
        (
            '  - milestone: 6-factsheet\n    date: "2018-07-01"\n    status: on_track\n'
            '    expected: "2018-09-01"\n',
            "status",
        ),
        (
            '  - milestone: 6-factsheet\n    date: "2018-07-01"\n    status: done\n'
            "    evidence:\n      - title: Factsheet\n",
            "reference",
        ),
    ],
    ids=["unknown-status", "no-subject", "two-subjects", "expected-without-delay", "evidence"],
)
def test_the_schema_rejects_a_malformed_entry(entry, message):
    result = checked(edited_text(lambda t: t + "progress:\n" + entry))
    assert result.plan is None
    assert [f.rule for f in result.findings] == ["schema"]
    assert message in result.findings[0].message


def test_the_starter_plan_shows_one_entry_and_passes():
    result = checked(STARTER_PLAN)
    assert result.plan is not None
    assert len(result.plan.progress) == 1
    assert not [f for f in result.findings if not f.suppressed]
