"""The English date grammar (plancheck.wording.read with language 'en-...'), phrase by
phrase: the same meanings as the Dutch one (tests/test_date_grammar.py), in the phrases
English plans use, and what must stay UNREADABLE: the reader never guesses (a numeric
date's order is the plan's convention, `conventions.date_order`, or it is not read)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_date_grammar import IMMEDIATE, ONGOING, day, month, period, window

from plancheck.wording import UNREADABLE, Reading, Unreadable, read

CORPUS: list[tuple[str, Reading]] = [
    # a day: "before"/"until" the day before; a bare or "by" day that day, the first of a
    # month the day before (conventions.first_of_month); "on" that very day
    ("Before 1 October 2018", day("2018-09-30")),
    ("before 15 October 2018", day("2018-10-14")),
    ("BEFORE 1 OCTOBER 2018", day("2018-09-30")),
    ("Before 1 Nov. 2018", day("2018-10-31")),
    ("Before 1 Sept 2018", day("2018-08-31")),
    ("Before October 1, 2018", day("2018-09-30")),
    ("Before the 1st of October 2018", day("2018-09-30")),
    ("Before 1 March 2020", day("2020-02-29")),
    ("Until 1 July 2018", day("2018-06-30")),
    ("By 31 March 2019", day("2019-03-31")),
    ("By 1 January 2019", day("2018-12-31")),
    ("By 15 January 2019", day("2019-01-15")),
    ("No later than 15 January 2019", day("2019-01-15")),
    ("Not later than 31 Dec. 2018", day("2018-12-31")),
    ("15 October 2018", day("2018-10-15")),
    ("October 15, 2018", day("2018-10-15")),
    ("15th October 2018", day("2018-10-15")),
    ("1 April 2019", day("2019-03-31")),
    ("On 1 March 2026", day("2026-03-01")),
    ("On March 15, 2026", day("2026-03-15")),
    ("2019-03-15", day("2019-03-15")),
    ("Before 2019-03-15", day("2019-03-14")),
    # "as of", "from", "with effect from": as of that day (it takes effect then)
    ("As of 1 January 2019", day("2019-01-01")),
    ("From 1 January 2019", day("2019-01-01")),
    ("With effect from 1 March 2019", day("2019-03-01")),
    ("Starting 1 March 2019", day("2019-03-01")),
    # a month
    ("June 2018", month("2018-06")),
    ("December 2019", month("2019-12")),
    ("june 2018.", month("2018-06")),
    ("In June 2018", month("2018-06")),
    ("During June 2018", month("2018-06")),
    ("By June 2018", month("2018-06")),
    ("No later than June 2018", month("2018-06")),
    ("Sept 2018", month("2018-09")),
    ("Oct. 2018", month("2018-10")),
    ("May 2019", month("2019-05")),
    ("June, 2018", month("2018-06")),
    ("As of March 2019", month("2019-03")),
    ("From January 2019", month("2019-01")),
    ("Before July 2018", month("2018-06")),
    ("Before January 2019", month("2018-12")),
    ("Until July 2018", month("2018-06")),
    ("To be completed in June 2018", month("2018-06")),
    ("Ready by October 2018", month("2018-10")),
    ("Completed before 1 July 2018", day("2018-06-30")),
    # a period: hyphen, en and em dash, to, through, up to and including, until (the end not
    # included), from ...
    ("January - April 2019", period("2019-01", "2019-04")),
    ("February-April 2018", period("2018-02", "2018-04")),
    ("March – April 2018", period("2018-03", "2018-04")),
    ("March — April 2018", period("2018-03", "2018-04")),
    ("February to April 2018", period("2018-02", "2018-04")),
    ("February through April 2018", period("2018-02", "2018-04")),
    ("January 2019 up to and including June 2019", period("2019-01", "2019-06")),
    ("From January to June 2019", period("2019-01", "2019-06")),
    ("From January through June 2019", period("2019-01", "2019-06")),
    ("January until June 2019", period("2019-01", "2019-05")),
    ("April 2018 - December 2019", period("2018-04", "2019-12")),
    ("Dec. 2018 – Mar. 2019", period("2018-12", "2019-03")),
    ("1 March - 30 April 2019", period("2019-03-01", "2019-04-30")),
    ("March 1 - April 30, 2019", period("2019-03-01", "2019-04-30")),
    ("From 1 March 2019 to 30 April 2019", period("2019-03-01", "2019-04-30")),
    ("From 1 March until 1 May 2019", period("2019-03-01", "2019-04-30")),
    ("1 March to April 2019", period("2019-03-01", "2019-04")),
    ("2019-03-01 - 2019-04-30", period("2019-03-01", "2019-04-30")),
    # a window the due date must fall in: seasons, quarters, early/mid/late, a year
    ("Before the summer 2018", window("2018-01-01", "2018-06-30")),
    ("Before the summer of 2019", window("2019-01-01", "2019-06-30")),
    ("Before the summer of 2018 (short-term solution)", window("2018-01-01", "2018-06-30")),
    ("In the summer of 2018", window("2018-06-01", "2018-09-30")),
    ("During the summer of 2018", window("2018-06-01", "2018-09-30")),
    ("Summer 2019", window("2019-06-01", "2019-09-30")),
    ("After the summer of 2018", window("2018-09-01", "2018-12-31")),
    ("Spring 2019", window("2019-03-01", "2019-05-31")),
    ("In the autumn of 2018", window("2018-09-01", "2018-11-30")),
    ("Fall 2018", window("2018-09-01", "2018-11-30")),
    ("Q1 2019", window("2019-01-01", "2019-03-31")),
    ("q2 2019", window("2019-04-01", "2019-06-30")),
    ("Q3-2019", window("2019-07-01", "2019-09-30")),
    ("In Q4 2018", window("2018-10-01", "2018-12-31")),
    ("1st quarter 2019", window("2019-01-01", "2019-03-31")),
    ("2nd quarter of 2019", window("2019-04-01", "2019-06-30")),
    ("First quarter 2019", window("2019-01-01", "2019-03-31")),
    ("In the third quarter of 2019", window("2019-07-01", "2019-09-30")),
    ("The last quarter of 2018", window("2018-10-01", "2018-12-31")),
    ("Final quarter 2018", window("2018-10-01", "2018-12-31")),
    ("Early 2019", window("2019-01-01", "2019-03-31")),
    ("Beginning of 2019", window("2019-01-01", "2019-03-31")),
    ("Mid-2019", window("2019-06-01", "2019-07-31")),
    ("Mid 2019", window("2019-06-01", "2019-07-31")),
    ("Late 2018", window("2018-10-01", "2018-12-31")),
    ("End of 2018", window("2018-10-01", "2018-12-31")),
    ("At the end of 2018", window("2018-10-01", "2018-12-31")),
    ("Early March 2019", window("2019-03-01", "2019-03-10")),
    ("Mid-March 2019", window("2019-03-11", "2019-03-20")),
    ("Late February 2019", window("2019-02-21", "2019-02-28")),
    ("End of February 2020", window("2020-02-21", "2020-02-29")),
    ("In 2019", window("2019-01-01", "2019-12-31")),
    ("During 2019", window("2019-01-01", "2019-12-31")),
    ("2019", window("2019-01-01", "2019-12-31")),
    # ongoing, immediate
    ("Ongoing", ONGOING),
    ("ongoing.", ONGOING),
    ("Continuous", ONGOING),
    ("With immediate effect", IMMEDIATE),
    ("Immediately", IMMEDIATE),
    ("Effective immediately:", IMMEDIATE),
    # UNREADABLE: no form of the grammar, and nothing of it is guessed (not even a year)
    ("soon", UNREADABLE),
    ("After the council's decision", UNREADABLE),
    ("After the decision in 2018", UNREADABLE),
    ("", UNREADABLE),
    ("Before", UNREADABLE),
    ("summer", UNREADABLE),
    ("Before 1 October 99999", UNREADABLE),
    ("June 99999", UNREADABLE),
    ("31 February 2019", UNREADABLE),
    ("By 31 April 2019", UNREADABLE),
    ("Q5 2019", UNREADABLE),
    ("5th quarter 2019", UNREADABLE),
    ("Before Q2 2019", UNREADABLE),
    ("After 1 June 2018", UNREADABLE),
    ("Not before 1 June 2018", UNREADABLE),
    ("About June 2018", UNREADABLE),
    ("June or July 2018", UNREADABLE),
    ("1 June", UNREADABLE),
    ("June", UNREADABLE),
    ("Before 1 Smarch 2018", UNREADABLE),
    ("Before 01.10.2018", UNREADABLE),
    ("December - March 2019", UNREADABLE),  # which year does it start in? not guessed
    ("April 2019 - February 2019", UNREADABLE),  # ends before it starts
    ("Ongoing from June 2018", UNREADABLE),
    ("Winter 2019", UNREADABLE),
    ("By the end of 2018", UNREADABLE),
    # a numeric date without the plan's order: is 1/3/2019 1 March or January 3? never guessed
    ("1/3/2019", UNREADABLE),
    ("Before 01/10/2018", UNREADABLE),
    ("By 13/3/2019", UNREADABLE),
    ("01-03-2019 - 30-04-2019", UNREADABLE),
    # a Dutch phrase is no English phrase
    ("Voor 01-10-2018", UNREADABLE),
    ("Doorlopend", UNREADABLE),
]


@pytest.mark.parametrize(("phrase", "meaning"), CORPUS, ids=[p or "<empty>" for p, _ in CORPUS])
def test_the_english_grammar_reads_the_phrase(phrase: str, meaning: Reading) -> None:
    assert read(phrase, language="en-GB") == meaning


def test_the_corpus_is_large_and_has_no_phrase_twice() -> None:
    phrases = [phrase for phrase, _ in CORPUS]
    assert len(phrases) >= 80
    assert len(set(phrases)) == len(phrases)
    assert sum(meaning == UNREADABLE for _, meaning in CORPUS) >= 20


@pytest.mark.parametrize(
    ("phrase", "order", "meaning"),
    [
        ("1/3/2019", "day-month", day("2019-02-28")),
        ("1/3/2019", "month-day", day("2019-01-03")),
        ("Before 01/10/2018", "day-month", day("2018-09-30")),
        ("Before 01/10/2018", "month-day", day("2018-01-09")),
        ("By 13/3/2019", "day-month", day("2019-03-13")),
        ("On 3/13/2019", "month-day", day("2019-03-13")),
        ("01-03-2019 - 30-04-2019", "day-month", period("2019-03-01", "2019-04-30")),
    ],
)
def test_a_numeric_date_follows_the_plans_date_order(
    phrase: str, order: str, meaning: Reading
) -> None:
    assert read(phrase, language="en", date_order=order) == meaning  # type: ignore[arg-type]


def test_a_numeric_date_against_the_order_is_impossible_not_turned_round() -> None:
    reading = read("By 13/3/2019", language="en", date_order="month-day")
    assert isinstance(reading, Unreadable) and reading.impossible


def test_an_open_order_says_so() -> None:
    reading = read("1/3/2019", language="en-US")
    assert isinstance(reading, Unreadable) and reading.order_unknown and not reading.impossible
    assert "conventions.date_order" in reading.description


def test_a_dutch_plan_may_set_its_order_too() -> None:
    assert read("1/3/2019", language="nl-NL") == day("2019-02-28")
    assert read("3/13/2019", language="nl", date_order="month-day") == day("2019-03-13")


@pytest.mark.parametrize(
    ("phrase", "meaning"),
    [
        ("1 April 2019", day("2019-04-01")),
        ("By 1 January 2019", day("2019-01-01")),
        ("Before 1 October 2018", day("2018-09-30")),  # "before": the day before, either way
        ("Until 1 July 2018", day("2018-06-30")),
        ("As of 1 January 2019", day("2019-01-01")),
    ],
)
def test_without_the_first_of_the_month_convention(phrase: str, meaning: Reading) -> None:
    assert read(phrase, language="en", first_of_month=False) == meaning


def test_the_english_descriptions_quote_the_wording() -> None:
    assert read("Ongoing", language="en").description == "'Ongoing' (ongoing)"
    reading = read("By 31 March 2019", language="en")
    assert reading.description == "'By 31 March 2019' means due that day: 2019-03-31"
    assert dt.date(2019, 3, 31) == getattr(reading, "day", None)


def test_the_english_fixture_has_no_unreadable_wording() -> None:
    from support import ROOT

    from plancheck.engine import check_file

    result = check_file(ROOT / "tests" / "fixtures" / "english-plan.yaml")
    assert result.plan is not None
    rules = {f.rule for f in result.findings}
    assert "wording-unreadable" not in rules and "wording-date" not in rules, rules
    assert len(result.plan.milestones) >= 5
