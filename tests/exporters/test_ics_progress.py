"""The calendars show progress: status in the title and description, a category per status,
SEQUENCE raised by each status change (the entry's date as LAST-MODIFIED), and the index
page's legend. The plan is the example with a progress log (examples/voortgang/plan.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from support import PUBLISHED, ROOT, check_as_of, edited_text, plan_text, with_progress

from plancheck.exporters.ics_feed import render_all
from plancheck.exporters.ics_feed.events import sequence_of, status_date
from plancheck.model import Plan

EXAMPLE = ROOT / "examples" / "voortgang" / "plan.yaml"
AS_OF = dt.date(2019, 1, 15)


def example() -> Plan:
    plan = check_as_of(plan_text(EXAMPLE)).plan
    assert plan is not None
    return plan


def events(plan: Plan, as_of: dt.date | None = AS_OF) -> dict[str, icalendar.Event]:
    files, _ = render_all(plan, as_of=as_of)
    calendar = icalendar.Calendar.from_ical(files["alle-mijlpalen.ics"])
    return {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}


def categories(event: icalendar.Event) -> list[str]:
    return [str(c) for c in event["categories"].cats]


def test_titles_and_categories_carry_the_status():
    found = events(example())
    methodiek = found["4.1-methodiek"]
    assert str(methodiek["summary"]).startswith("\u2713 gereed \u2013 Maatregel 4.1: ")
    assert categories(methodiek) == ["Besluit", "Maatregel 4.1", "gereed"]
    late = found["1-afspraken-gemaakt"]
    assert str(late["summary"]).startswith("\u25f7 te laat \u2013 Maatregel 1: ")
    assert categories(late)[-1] == "te laat"
    delayed = found["4.1-contracten"]
    assert str(delayed["summary"]).startswith("\u26a0 vertraagd tot 28-02-2019 \u2013 ")
    assert categories(found["8-bepalen"])[-1] == "vervallen"
    pending = found["5-plan"]
    assert str(pending["summary"]).startswith("Maatregel 5: ")  # not yet due: no mark
    assert categories(pending)[-1] == "gepland"
    assert "pentekening-evaluatie" in found  # external: no status
    assert len(categories(found["pentekening-evaluatie"])) == 2


def test_the_description_has_the_progress_and_evidence():
    description = str(events(example())["4.1-contracten"]["description"])
    assert "Voortgang (stand per 15-01-2019): \u26a0 vertraagd, gemeld op 03-12-2018" in description
    assert "Verwacht: 28 februari 2019" in description
    assert "Aanbesteding duurt langer." in description
    assert "Bewijs: Brief aan de aanbieders (D2018-05120)" in description


def test_sequence_rises_with_each_status_change():
    plan = example()
    # delayed on 2018-09-10, done on 2018-11-28
    assert sequence_of(plan, "3.1-structureel", AS_OF) == (2, dt.date(2018, 11, 28))
    assert sequence_of(plan, "3.1-structureel", dt.date(2018, 10, 1)) == (
        1,
        dt.date(2018, 9, 10),
    )
    # overdue from the day after its date, without any entry
    assert sequence_of(plan, "1-afspraken-gemaakt", AS_OF) == (1, dt.date(2019, 1, 1))
    event = events(plan)["3.1-structureel"]
    assert event["sequence"] == 2
    assert event["last-modified"].dt == dt.datetime(2018, 11, 28, tzinfo=dt.UTC)
    assert event["dtstamp"].dt >= event["last-modified"].dt


def test_an_entry_that_repeats_the_status_does_not_raise_sequence():
    entry = '  - milestone: 4.1-methodiek\n    date: "{}"\n    status: on_track\n'
    text = edited_text(with_progress(entry.format("2018-09-01") + entry.format("2018-09-15")))
    plan = check_as_of(text).plan
    assert sequence_of(plan, "4.1-methodiek", dt.date(2018, 9, 20)) == (1, dt.date(2018, 9, 1))


def test_without_a_date_the_newest_entry_is_the_day():
    plan = example()
    assert status_date(plan) == dt.date(2018, 12, 20)
    found = events(plan, None)
    assert not str(found["1-afspraken-gemaakt"]["summary"]).startswith("\u25f7")  # not yet late
    first, _ = render_all(plan)
    again, _ = render_all(plan)
    assert first == again


def test_the_published_plan_without_a_log_shows_no_status():
    plan = check_as_of(plan_text(PUBLISHED)).plan
    assert status_date(plan) is None
    files, _ = render_all(plan)
    assert b"Voortgang in de agenda" not in files["index.html"]
    assert all(len(categories(e)) == 2 for e in events(plan, None).values())


def test_the_index_page_says_what_the_symbols_mean(tmp_path: Path):
    files, _ = render_all(example(), as_of=AS_OF)
    page = files["index.html"].decode("utf-8")
    assert '<h2 id="voortgang">Voortgang in de agenda</h2>' in page
    assert "per 15-01-2019" in page
    for mark in ("\u2713 gereed", "\u27f3 loopt", "\u26a0 vertraagd", "! risico",
                 "\u2715 vervallen", "\u25f7 te laat"):  # fmt: skip
        assert f"<strong>{mark}</strong>" in page


def test_export_ics_and_build_take_as_of(tmp_path: Path):
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "plancheck", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )

    ics = run("export", "ics", str(EXAMPLE), "--as-of", "2019-01-15", "-o", "cal")
    assert ics.returncode == 0, ics.stderr
    feed = (tmp_path / "cal" / "maatregel-1.ics").read_text("utf-8")
    assert "CATEGORIES:Besluit,Maatregel 1,te laat" in feed
    bad = run("export", "ics", str(EXAMPLE), "--as-of", "gisteren", "-o", "cal2")
    assert bad.returncode == 2 and "--as-of gisteren: not a date" in bad.stderr
    build = run(
        "build", str(EXAMPLE), "--as-of", "2019-01-15", "--out", "out", "--toc-pages", "none"
    )
    assert build.returncode == 0, build.stderr
    assert "milestone-overdue" in (tmp_path / "out" / "findings.txt").read_text("utf-8")
    assert "te laat" in (tmp_path / "out" / "site" / "agenda" / "index.html").read_text("utf-8")


def test_ical_js_reads_the_status(tmp_path: Path):
    """Thunderbird's parser sees the same title, categories and SEQUENCE."""
    from test_ics_feed import run_ical_js

    from plancheck.exporters.ics_feed import write_feeds

    write_feeds(example(), tmp_path, as_of=AS_OF)
    path = tmp_path / "alle-mijlpalen.ics"
    parsed = {e["uid"].split("@")[0]: e for e in run_ical_js([path])[str(path)]["events"]}
    late = parsed["1-afspraken-gemaakt"]
    assert late["summary"].startswith("\u25f7 te laat \u2013 Maatregel 1: ")
    assert late["categories"] == ["Besluit", "Maatregel 1", "te laat"]
    assert parsed["3.1-structureel"]["sequence"] == 2
