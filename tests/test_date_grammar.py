"""The date grammar of milestone wording (plancheck.wording.read), phrase by phrase.

Every form of the table in docs/plan-format.md ("The date grammar"), the misses and false
alarms of issue 15, and wording that must stay UNREADABLE: the reader never guesses.
"""

from __future__ import annotations

import datetime as dt

import pytest

from plancheck.wording import (
    UNREADABLE,
    Deadline,
    Immediate,
    InMonth,
    Ongoing,
    Period,
    Reading,
    Unreadable,
    Window,
    read,
)


def day(iso: str) -> Deadline:
    return Deadline(dt.date.fromisoformat(iso))


def month(text: str) -> InMonth:
    year, number = text.split("-")
    return InMonth((int(year), int(number)))


def _point(text: str) -> dt.date | tuple[int, int]:
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    year, number = text.split("-")
    return int(year), int(number)


def period(start: str, end: str) -> Period:
    return Period(_point(start), _point(end))


def window(first: str, last: str) -> Window:
    return Window(dt.date.fromisoformat(first), dt.date.fromisoformat(last))


ONGOING, IMMEDIATE = Ongoing(), Immediate()

CORPUS: list[tuple[str, Reading]] = [
    # a day: "voor"/"vóór"/"tot" the day before; a bare or "uiterlijk" day that day, the
    # first of a month the day before (conventions.first_of_month); "op" that very day
    ("Voor 01-10-2018", day("2018-09-30")),
    ("Voor 15-10-2018", day("2018-10-14")),
    ("voor 1-10-2018", day("2018-09-30")),
    ("VOOR 01-10-2018", day("2018-09-30")),
    ("Vóór 15 oktober 2018", day("2018-10-14")),
    ("vóór 01-10-2018", day("2018-09-30")),
    ("Voor 1 nov. 2018", day("2018-10-31")),
    ("Voor 1 nov 2018", day("2018-10-31")),
    ("Voor 1/3/2019", day("2019-02-28")),
    ("Voor 01/03/2019", day("2019-02-28")),
    ("Voor 1 sept. 2018", day("2018-08-31")),
    ("Voor 1 juli 2018", day("2018-06-30")),
    ("Voor 15 febr. 2019", day("2019-02-14")),
    ("Voor 1 mrt. 2020", day("2020-02-29")),
    ("Tot 1 juli 2018", day("2018-06-30")),
    ("Uiterlijk 1 januari 2019", day("2018-12-31")),
    ("Uiterlijk 01-01-2019", day("2018-12-31")),
    ("Uiterlijk 15 januari 2019", day("2019-01-15")),
    ("uiterlijk 31 dec. 2018", day("2018-12-31")),
    ("01-01-2019", day("2018-12-31")),
    ("01-04-2019", day("2019-03-31")),
    ("12-04-2019", day("2019-04-12")),
    ("1/4/2019", day("2019-03-31")),
    ("15 oktober 2018", day("2018-10-15")),
    ("Op 1 maart 2026", day("2026-03-01")),
    ("Op 15-03-2026", day("2026-03-15")),
    # "per" and "vanaf": as of that day (it takes effect then), not before it
    ("Per 1 januari 2019", day("2019-01-01")),
    ("per 01-01-2019", day("2019-01-01")),
    ("Vanaf 1 maart 2019", day("2019-03-01")),
    # a month
    ("Juni 2018", month("2018-06")),
    ("December 2019", month("2019-12")),
    ("juni 2018.", month("2018-06")),
    ("In juni 2018", month("2018-06")),
    ("Uiterlijk juni 2018", month("2018-06")),
    ("sept 2018", month("2018-09")),
    ("sept. 2018", month("2018-09")),
    ("Okt. 2018", month("2018-10")),
    ("mei 2019", month("2019-05")),
    ("Per maart 2019", month("2019-03")),
    ("Vanaf januari 2019", month("2019-01")),
    ("Voor juli 2018", month("2018-06")),
    ("Voor januari 2019", month("2018-12")),
    ("Tot juli 2018", month("2018-06")),
    ("moet gereed zijn in juni 2018", month("2018-06")),
    ("Gereed in oktober 2018", month("2018-10")),
    ("Afgerond voor 1 juli 2018", day("2018-06-30")),
    # a period: hyphen, en and em dash, t/m, tot en met, tot (the end not included), van ...
    ("Februari - april 2018", period("2018-02", "2018-04")),
    ("Februari-april 2018", period("2018-02", "2018-04")),
    ("Maart – april 2018", period("2018-03", "2018-04")),
    ("Maart — april 2018", period("2018-03", "2018-04")),
    ("Februari t/m april 2018", period("2018-02", "2018-04")),
    ("februari t / m april 2018", period("2018-02", "2018-04")),
    ("Januari 2019 tot en met juni 2019", period("2019-01", "2019-06")),
    ("Van januari tot en met juni 2019", period("2019-01", "2019-06")),
    ("Januari tot juni 2019", period("2019-01", "2019-05")),
    ("April 2018 - december 2019", period("2018-04", "2019-12")),
    ("december 2018 - maart 2019", period("2018-12", "2019-03")),
    ("Dec. 2018 – mrt. 2019", period("2018-12", "2019-03")),
    ("1 maart - 30 april 2019", period("2019-03-01", "2019-04-30")),
    ("01-03-2019 - 30-04-2019", period("2019-03-01", "2019-04-30")),
    ("Van 1 maart 2019 tot en met 30 april 2019", period("2019-03-01", "2019-04-30")),
    ("Van 1 maart tot 1 mei 2019", period("2019-03-01", "2019-04-30")),
    ("1 maart t/m april 2019", period("2019-03-01", "2019-04")),
    # a window the due date must fall in: seasons, quarters, begin/medio/eind, a year
    ("Voor de zomer 2018", window("2018-01-01", "2018-06-30")),
    ("Voor de zomer 2018 (korte termijn oplossing)", window("2018-01-01", "2018-06-30")),
    ("voor de zomer van 2019", window("2019-01-01", "2019-06-30")),
    ("In de zomer 2018", window("2018-06-01", "2018-09-30")),
    ("Zomer 2018", window("2018-06-01", "2018-09-30")),
    ("Na de zomer 2018", window("2018-09-01", "2018-12-31")),
    ("Voorjaar 2019", window("2019-03-01", "2019-05-31")),
    ("In het najaar 2018", window("2018-09-01", "2018-11-30")),
    ("Najaar van 2018", window("2018-09-01", "2018-11-30")),
    ("Q1 2019", window("2019-01-01", "2019-03-31")),
    ("q2 2019", window("2019-04-01", "2019-06-30")),
    ("Q3-2019", window("2019-07-01", "2019-09-30")),
    ("In Q4 2018", window("2018-10-01", "2018-12-31")),
    ("1e kwartaal 2019", window("2019-01-01", "2019-03-31")),
    ("2de kwartaal 2019", window("2019-04-01", "2019-06-30")),
    ("Eerste kwartaal 2019", window("2019-01-01", "2019-03-31")),
    ("In het derde kwartaal van 2019", window("2019-07-01", "2019-09-30")),
    ("Laatste kwartaal 2018", window("2018-10-01", "2018-12-31")),
    ("Begin 2019", window("2019-01-01", "2019-03-31")),
    ("Medio 2019", window("2019-06-01", "2019-07-31")),
    ("Midden 2019", window("2019-06-01", "2019-07-31")),
    ("Eind 2018", window("2018-10-01", "2018-12-31")),
    ("Einde 2018", window("2018-10-01", "2018-12-31")),
    ("Begin maart 2019", window("2019-03-01", "2019-03-10")),
    ("Medio maart 2019", window("2019-03-11", "2019-03-20")),
    ("Eind februari 2019", window("2019-02-21", "2019-02-28")),
    ("Eind feb. 2020", window("2020-02-21", "2020-02-29")),
    ("In 2019", window("2019-01-01", "2019-12-31")),
    ("2019", window("2019-01-01", "2019-12-31")),
    # ongoing, immediate
    ("Doorlopend", ONGOING),
    ("doorlopend.", ONGOING),
    ("Per direct", IMMEDIATE),
    ("Per direct:", IMMEDIATE),
    ("PER DIRECT", IMMEDIATE),
    # UNREADABLE: no form of the grammar, and nothing of it is guessed (not even a year)
    ("binnenkort", UNREADABLE),
    ("Na besluitvorming", UNREADABLE),
    ("Na besluitvorming in 2018", UNREADABLE),
    ("", UNREADABLE),
    ("Voor", UNREADABLE),
    ("zomer", UNREADABLE),
    ("(2018)", UNREADABLE),
    ("Voor 01-01-99999", UNREADABLE),
    ("01-01-99999", UNREADABLE),
    ("Juni 99999", UNREADABLE),
    ("Voor 01-01-18", UNREADABLE),
    ("31-02-2019", UNREADABLE),
    ("Voor 31-09-2018", UNREADABLE),
    ("Uiterlijk 31 april 2019", UNREADABLE),
    ("Voor 01-13-2018", UNREADABLE),
    ("Q5 2019", UNREADABLE),
    ("Q0 2019", UNREADABLE),
    ("5e kwartaal 2019", UNREADABLE),
    ("Voor Q2 2019", UNREADABLE),
    ("Na 1 juni 2018", UNREADABLE),
    ("Niet voor 1 juni 2018", UNREADABLE),
    ("Twee weken na 1 juni 2018", UNREADABLE),
    ("Ongeveer juni 2018", UNREADABLE),
    ("Juni of juli 2018", UNREADABLE),
    ("1 juni", UNREADABLE),
    ("juni", UNREADABLE),
    ("Voor 1 smarch 2018", UNREADABLE),
    ("Voor 01.10.2018", UNREADABLE),
    ("Voor 1-10/2018", UNREADABLE),
    ("Medio", UNREADABLE),
    ("december - maart 2019", UNREADABLE),  # which year does it start in? not guessed
    ("april 2019 - februari 2019", UNREADABLE),  # ends before it starts
    ("Doorlopend vanaf juni 2018", UNREADABLE),
    ("Direct", UNREADABLE),
]


@pytest.mark.parametrize(("phrase", "meaning"), CORPUS, ids=[p or "<empty>" for p, _ in CORPUS])
def test_the_grammar_reads_the_phrase(phrase: str, meaning: Reading) -> None:
    assert read(phrase) == meaning


def test_the_corpus_is_large_and_has_no_phrase_twice() -> None:
    phrases = [phrase for phrase, _ in CORPUS]
    assert len(phrases) >= 80
    assert len(set(phrases)) == len(phrases)
    assert sum(meaning == UNREADABLE for _, meaning in CORPUS) >= 20


@pytest.mark.parametrize(
    ("phrase", "meaning"),
    [
        ("01-04-2019", day("2019-04-01")),
        ("01-10-2018", day("2018-10-01")),
        ("Uiterlijk 1 januari 2019", day("2019-01-01")),
        ("1/3/2019", day("2019-03-01")),
        ("Voor 01-10-2018", day("2018-09-30")),  # "voor": before that day, either way
        ("Tot 1 juli 2018", day("2018-06-30")),
        ("Per 1 januari 2019", day("2019-01-01")),
        ("Op 1 maart 2026", day("2026-03-01")),
        ("15-10-2018", day("2018-10-15")),
    ],
)
def test_without_the_first_of_the_month_convention(phrase: str, meaning: Reading) -> None:
    assert read(phrase, first_of_month=False) == meaning


def test_an_impossible_date_is_unreadable_and_says_why() -> None:
    reading = read("Voor 31-02-2019")
    assert isinstance(reading, Unreadable) and reading.impossible
    assert reading.description == "'31-02-2019' is not a real date"
    ends_early = read("april 2019 - februari 2019")
    assert isinstance(ends_early, Unreadable) and ends_early.impossible
    assert ends_early.description == "'april 2019 - februari 2019' ends before it starts"
    no_form = read("binnenkort")
    assert isinstance(no_form, Unreadable) and not no_form.impossible


def test_the_year_0_and_the_day_before_year_1_are_impossible_not_an_exception() -> None:
    for phrase in ("Voor 01-01-0001", "Juni 0000", "01-01-0000"):
        reading = read(phrase)
        assert isinstance(reading, Unreadable) and reading.impossible, phrase


def test_the_month_before_the_first_month_of_year_1_is_impossible() -> None:
    reading = read("Voor januari 0001")
    assert isinstance(reading, Unreadable) and reading.impossible
