"""The iCalendar milestone feeds (plancheck.exporters.ics_feed).

The feeds are read back three ways: with the icalendar library, with ical.js (the parser
inside Thunderbird, run by tests/exporters/js/parse_ics.mjs; install it with
`npm ci --prefix tests/exporters/js`), and as raw bytes (CRLF, 75-octet lines). The index
page is opened in headless Chromium; its screenshot is kept in tests/artifacts/.

The plan is the published one (tests/fixtures/plan-2018-08-31.yaml). Expectations come from
the model, never from this one plan's numbers, so the tests hold for any plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest
import yaml
from support import ARTIFACTS, PUBLISHED, ROOT, missing, plan_text, require_tool

from plancheck.atomic import staged_dir
from plancheck.engine import check_file
from plancheck.exporters import ics_feed
from plancheck.exporters.ics_feed import (
    FeedSummary,
    event_uid,
    normalise_base_url,
    parse_alarm,
    plan_feeds,
    render_all,
    render_feed,
    slugify,
    write_feeds,
)
from plancheck.model import Due, Milestone, Owner, OwnerRef, Plan

BASE = "https://agenda.example.org/verbeterplan/"
JS_DIR = ROOT / "tests" / "exporters" / "js"
PARSE_ICS = JS_DIR / "parse_ics.mjs"
NPM_HINT = "npm ci --prefix tests/exporters/js  (or: npm install --prefix tests/exporters/js)"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# --------------------------------------------------------------------------- helpers


def load_plan(path: Path = PUBLISHED) -> Plan:
    result = check_file(path)
    assert result.plan is not None, [f.message for f in result.findings]
    return result.plan


def build(plan: Plan, folder: Path, **options: Any) -> tuple[Path, FeedSummary]:
    folder.mkdir(parents=True, exist_ok=True)
    return folder, write_feeds(plan, folder, **options)


def ics_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.ics"))


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def events_of(data: bytes) -> list[icalendar.Event]:
    return list(parse(data).walk("VEVENT"))


def dated(plan: Plan) -> list[Milestone]:
    return [m for m in (*plan.milestones, *plan.external_milestones) if m.due.kind != "ongoing"]


def expected_day(plan: Plan, ms: Milestone) -> dt.date:
    """The documented convention, written out independently of the exporter."""
    if ms.due.kind == "immediate":
        return dt.date(plan.planning.start[0], plan.planning.start[1], 1)
    if ms.due.kind == "month":
        assert ms.due.month is not None
        year, month = ms.due.month
        first_next = dt.date(year + month // 12, month % 12 + 1, 1)
        return first_next - dt.timedelta(days=1)
    assert ms.due.day is not None
    return ms.due.day


def with_milestones(plan: Plan, milestones: tuple[Milestone, ...]) -> Plan:
    """The plan with the first measure's milestones replaced (in memory)."""
    point = plan.improvement_points[0]
    measure = point.measures[0]
    new_measure = dataclasses.replace(
        measure,
        realisation=tuple(dataclasses.replace(m, measure_id=measure.id) for m in milestones),
    )
    new_point = dataclasses.replace(point, measures=(new_measure, *point.measures[1:]))
    return dataclasses.replace(plan, improvement_points=(new_point, *plan.improvement_points[1:]))


def milestone(
    ident: str,
    due: str,
    *,
    start: str | None = None,
    wording: str = "Datum",
    text: str | None = "Iets is klaar.",
    kind: str = "deliverable",
) -> Milestone:
    return Milestone(
        ident,
        wording,
        text,
        Due.parse(due),
        Due.parse(start) if start else None,
        kind,
        (),
        ("test",),
    )


def plan_data() -> dict[str, Any]:
    data = yaml.safe_load(plan_text())
    assert isinstance(data, dict)
    return data


def write_data(data: dict[str, Any], path: Path) -> Path:
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000), "utf-8"
    )
    return path


class Links(HTMLParser):
    """Every <a>'s href and text, every id, the html lang, and any script or src."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: list[str] = []
        self.lang: str | None = None
        self.scripts = 0
        self.sources: list[str] = []
        self.headings: list[str] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "script":
            self.scripts += 1
        if values.get("src"):
            self.sources.append(values["src"] or "")
        if tag == "link" and values.get("href"):
            self.sources.append(values["href"] or "")
        if tag in ("h1", "h2", "h3"):
            self.headings.append(tag)
        if tag == "a":
            self._href, self._text = values.get("href") or "", []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._text).split())))
            self._href = None


def page_links(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


def run_ical_js(files: list[Path]) -> dict[str, Any]:
    node = require_tool("node", "apt-get install nodejs (Node.js 18 or later)")
    if not (JS_DIR / "node_modules" / "ical.js" / "package.json").is_file():
        missing("the npm package ical.js (tests/exporters/js/node_modules)", NPM_HINT)
    done = subprocess.run(
        [node, str(PARSE_ICS), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"ical.js could not parse the feeds:\n{done.stderr}"
    result: dict[str, Any] = json.loads(done.stdout)
    return result


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan()


@pytest.fixture(scope="module")
def built(plan: Plan, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, FeedSummary]:
    return build(plan, tmp_path_factory.mktemp("calendars"), base_url=BASE)


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, Plan, str, dt.date]:
    """(plan, the plan with one dated milestone moved a week in a new revision, its id, date)."""
    data = plan_data()
    measure_milestones = [
        ms
        for point in data["improvement_points"]
        for m in point["measures"]
        for ms in m["realisation"]
        if len(ms["due"]) == 10 and "start" not in ms
    ]
    target = measure_milestones[0]
    day = dt.date.fromisoformat(target["due"]) + dt.timedelta(days=7)
    if day.day == 1:
        day += dt.timedelta(days=1)
    target["due"] = day.isoformat()
    target["wording"] = f"Uiterlijk {day:%d-%m-%Y}"
    last = max(dt.date.fromisoformat(r["date"]) for r in data["revisions"])
    revision_date = last + dt.timedelta(days=30)
    data["revisions"].append(
        {
            "version": "test",
            "date": revision_date.isoformat(),
            "reason": "Datum verschoven (test).",
            "changes": [target["id"]],
        }
    )
    path = write_data(data, tmp_path_factory.mktemp("moved") / "plan.yaml")
    return load_plan(), load_plan(path), target["id"], revision_date


# --------------------------------------------------------------------------- the files


def test_writes_one_feed_per_owner_and_measure_and_the_index(
    plan: Plan, built: tuple[Path, FeedSummary]
) -> None:
    folder, summary = built
    assert sorted(p.name for p in folder.iterdir()) == sorted(summary.files)
    assert (folder / "index.html").is_file()
    kinds = [f.kind for f in summary.feeds]
    assert kinds.count("all") == 1
    assert kinds.count("owner") == len(plan.owners)
    assert kinds.count("measure") == len(plan.measures)
    assert {f.subject for f in summary.feeds if f.kind == "owner"} == {o.id for o in plan.owners}
    assert {f.subject for f in summary.feeds if f.kind == "measure"} == {
        m.id for m in plan.measures
    }
    for measure in plan.measures:
        assert f"maatregel-{measure.id.replace('.', '-')}.ics" in summary.files
    assert summary.milestones == len(dated(plan))
    assert summary.ongoing == sum(m.due.kind == "ongoing" for m in plan.milestones)
    for info in summary.feeds:
        assert re.fullmatch(r"[a-z0-9-]+\.ics", info.file_name)
        assert len(events_of((folder / info.file_name).read_bytes())) == info.events


def test_every_dated_milestone_is_an_event_and_ongoing_ones_are_not(
    plan: Plan, built: tuple[Path, FeedSummary]
) -> None:
    folder, _ = built
    code = plan.document.code.lower()
    events = {str(e["UID"]): e for e in events_of((folder / "alle-mijlpalen.ics").read_bytes())}
    assert set(events) == {f"{m.id}@{code}.plancheck" for m in dated(plan)}
    ongoing = [m for m in plan.milestones if m.due.kind == "ongoing"]
    for path in ics_files(folder):
        uids = {str(e["UID"]) for e in events_of(path.read_bytes())}
        assert not uids & {f"{m.id}@{code}.plancheck" for m in ongoing}, path.name


def test_feed_contents_by_owner_and_measure(plan: Plan, built: tuple[Path, FeedSummary]) -> None:
    folder, summary = built
    code = plan.document.code.lower()
    for info in summary.feeds:
        uids = {str(e["UID"]) for e in events_of((folder / info.file_name).read_bytes())}
        if info.kind == "measure":
            measure = plan.measure(info.subject or "")
            assert measure is not None
            wanted = [m for m in measure.realisation if m.due.kind != "ongoing"]
        elif info.kind == "owner":
            wanted = [
                ms
                for m in plan.measures
                if any(r.owner == info.subject for r in m.owners)
                for ms in m.realisation
                if ms.due.kind != "ongoing"
            ]
        else:
            wanted = dated(plan)
        assert uids == {f"{m.id}@{code}.plancheck" for m in wanted}, info.file_name


def test_calendar_properties(plan: Plan, built: tuple[Path, FeedSummary]) -> None:
    folder, _ = built
    for path in ics_files(folder):
        cal = parse(path.read_bytes())
        assert str(cal["VERSION"]) == "2.0"
        assert str(cal["METHOD"]) == "PUBLISH"
        assert str(cal["PRODID"]).startswith("-//plancheck//")
        assert str(cal["NAME"]) == str(cal["X-WR-CALNAME"])
        assert str(cal["DESCRIPTION"]) == str(cal["X-WR-CALDESC"])
        assert "mijlpal" in str(cal["DESCRIPTION"]).lower()
        assert cal["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
        assert str(cal["SOURCE"]) == f"{BASE}{path.name}"
        assert str(cal["URL"]) == f"{BASE}index.html#{path.stem}"
        assert not list(cal.walk("VTIMEZONE"))
        text = path.read_bytes().decode("utf-8")
        assert "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in text
        assert "\r\nX-PUBLISHED-TTL:PT12H\r\n" in text


def test_events_are_all_day_on_the_documented_date(
    plan: Plan, built: tuple[Path, FeedSummary]
) -> None:
    folder, _ = built
    stamp = dt.datetime.combine(plan.document.version_date, dt.time(), dt.UTC)
    events = {
        str(e["UID"]).split("@")[0]: e
        for e in events_of((folder / "alle-mijlpalen.ics").read_bytes())
    }
    for ms in dated(plan):
        event = events[ms.id]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date, ms.id
        assert start == expected_day(plan, ms), ms.id
        assert end == start + dt.timedelta(days=1)
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert event.decoded("DTSTAMP") == stamp
        assert str(event["TRANSP"]) == "TRANSPARENT"
        if ms.is_period:
            assert "Periode:" in str(event["DESCRIPTION"])
    raw = (folder / "alle-mijlpalen.ics").read_bytes().decode("utf-8")
    assert "DTSTAMP:" + stamp.strftime("%Y%m%dT%H%M%SZ") in raw


def test_date_conventions_on_constructed_milestones(plan: Plan) -> None:
    start = dt.date(plan.planning.start[0], plan.planning.start[1], 1)
    variant = with_milestones(
        plan,
        (
            milestone("t-dag", "2031-09-30", wording="Voor 01-10-2031"),
            milestone("t-maand", "2028-02", wording="Februari 2028"),
            milestone("t-direct", "immediate", wording="Per direct"),
            milestone("t-periode", "2030-04", start="2030-02", wording="Februari - april 2030"),
            milestone("t-doorlopend", "ongoing", wording="Doorlopend", kind="ongoing"),
        ),
    )
    feed = plan_feeds(variant).feed("measure", variant.measures[0].id)
    days = {e.milestone_id: (e.day, e.end) for e in feed.events}
    assert days == {
        "t-dag": (dt.date(2031, 9, 30), dt.date(2031, 10, 1)),
        "t-maand": (dt.date(2028, 2, 29), dt.date(2028, 3, 1)),  # a month's last day (leap)
        "t-direct": (start, start + dt.timedelta(days=1)),
        "t-periode": (dt.date(2030, 4, 30), dt.date(2030, 5, 1)),
    }
    assert [m.id for m in feed.ongoing] == ["t-doorlopend"]
    period = next(e for e in feed.events if e.milestone_id == "t-periode")
    assert "Periode: februari 2030 t/m april 2030" in period.description
    month = next(e for e in feed.events if e.milestone_id == "t-maand")
    assert "laatste dag van de maand" in month.description
    # stable order: date, then id
    assert [e.milestone_id for e in feed.events] == [
        e.milestone_id for e in sorted(feed.events, key=lambda e: (e.day, e.milestone_id))
    ]


def test_summary_description_and_categories(plan: Plan, built: tuple[Path, FeedSummary]) -> None:
    folder, _ = built
    events = {
        str(e["UID"]).split("@")[0]: e
        for e in events_of((folder / "alle-mijlpalen.ics").read_bytes())
    }
    for ms in dated(plan):
        event = events[ms.id]
        summary, description = str(event["SUMMARY"]), str(event["DESCRIPTION"])
        categories = [str(c) for c in event["CATEGORIES"].cats]
        assert str(event["URL"]).startswith(f"{BASE}index.html#")
        if ms.measure_id is None:
            assert ms.title is not None and summary == ms.title
            assert "Externe mijlpaal" in categories
            continue
        measure = plan.measure(ms.measure_id)
        assert measure is not None
        label = f"{plan.label(measure, 'measure')} {measure.id}"
        assert summary.startswith(f"{label}: ")
        short = summary.removeprefix(f"{label}: ")
        assert 0 < len(short) <= 64 and "\n" not in short
        assert label in categories
        assert len(categories) == 2
        wording = " ".join(ms.wording.split())
        assert description.startswith(wording), ms.id
        assert measure.title.rstrip(".") in description
        for ref in measure.owners:
            assert " ".join(ref.wording.split()).rstrip(".") in description
        for party_id in measure.parties:
            party = plan.party(party_id)
            assert party is not None and party.name in description
        assert "*" not in description  # Markdown is gone


def test_summary_text_is_trimmed_at_a_word_boundary(plan: Plan) -> None:
    long = (
        "Dit is een bijzonder lange eerste zin over het maken van afspraken met alle "
        "partijen in de regio. Tweede zin."
    )
    variant = with_milestones(
        plan,
        (
            milestone("t-lang", "2031-01-15", text=long),
            milestone(
                "t-afkorting", "2031-01-16", text="Afspraken implementeren o.a. door training."
            ),
            milestone(
                "t-lijst", "2031-01-17", text="- Porthos: norm toepassen bij de eigen mensen.\n"
            ),
        ),
    )
    events = {e.milestone_id: e for e in plan_feeds(variant).feed("all").events}
    label = f"{plan.labels['measure']} {variant.measures[0].id}: "
    text = events["t-lang"].summary.removeprefix(label)
    assert text.endswith("…") and len(text) <= 64
    assert long.startswith(text.removesuffix("…"))
    assert long[len(text) - 1] == " " or long[len(text) - 1] in ",;:"  # cut at a word boundary
    assert events["t-afkorting"].summary == label + "Afspraken implementeren o.a. door training"
    assert events["t-lijst"].summary == label + "Porthos: norm toepassen bij de eigen mensen"


def test_measure_label_comes_from_the_plan(plan: Plan) -> None:
    variant = dataclasses.replace(plan, labels={**plan.labels, "measure": "Measure"})
    files, _ = render_all(variant)
    first = variant.measures[0]
    name = f"measure-{slugify(first.id)}.ics"
    assert name in files
    assert all(
        str(e["SUMMARY"]).startswith(f"Measure {first.id}: ") for e in events_of(files[name])
    )


# --------------------------------------------------------------------------- raw form


def test_crlf_and_lines_folded_at_75_octets(built: tuple[Path, FeedSummary]) -> None:
    folder, _ = built
    for path in ics_files(folder):
        data = path.read_bytes()
        assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
        assert b"\n" not in data.replace(b"\r\n", b""), f"{path.name}: bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), f"{path.name}: bare CR"
        lines = data.split(b"\r\n")[:-1]
        assert max(len(line) for line in lines) <= 75, path.name
        for line in lines:
            line.decode("utf-8")  # folding never splits a UTF-8 sequence


def test_same_plan_gives_byte_identical_files(plan: Plan, tmp_path: Path) -> None:
    first, _ = build(plan, tmp_path / "a", base_url=BASE, alarms=[dt.timedelta(days=1)])
    second, _ = build(load_plan(), tmp_path / "b", base_url=BASE, alarms=[dt.timedelta(days=1)])
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


# --------------------------------------------------------------------------- identity


def test_uids_are_unique_and_derived_from_code_and_id(
    plan: Plan, built: tuple[Path, FeedSummary]
) -> None:
    folder, _ = built
    for path in ics_files(folder):
        uids = [str(e["UID"]) for e in events_of(path.read_bytes())]
        assert len(uids) == len(set(uids)), path.name
        for uid in uids:
            assert re.fullmatch(r"[a-z0-9.-]+@[a-z0-9.-]+\.plancheck", uid), uid
    assert event_uid("4.1-methodiek", "CSG53BED47F") == "4.1-methodiek@csg53bed47f.plancheck"
    odd = [event_uid(i, "A/B c") for i in ("a/b", "a-b", "a b", "ë")]
    assert len(set(odd)) == len(odd)
    for uid in odd:
        assert re.fullmatch(r"[A-Za-z0-9.%-]+@[a-z0-9.%A-F-]+\.plancheck", uid), uid


def test_reordering_the_plan_changes_no_feed(
    plan: Plan, built: tuple[Path, FeedSummary], tmp_path: Path
) -> None:
    data = plan_data()
    rng = random.Random(20180831)
    rng.shuffle(data["owners"])
    rng.shuffle(data["parties"])
    rng.shuffle(data["improvement_points"])
    for point in data["improvement_points"]:
        rng.shuffle(point["measures"])
        for measure in point["measures"]:
            rng.shuffle(measure["realisation"])
    shuffled = load_plan(write_data(data, tmp_path / "plan.yaml"))
    assert [m.id for m in shuffled.milestones] != [m.id for m in plan.milestones]
    folder, _ = built
    again, _ = build(shuffled, tmp_path / "out", base_url=BASE)
    assert [p.name for p in ics_files(again)] == [p.name for p in ics_files(folder)]
    for path in ics_files(folder):
        assert (again / path.name).read_bytes() == path.read_bytes(), path.name


def test_sequence_rises_after_a_recorded_date_change(
    moved: tuple[Plan, Plan, str, dt.date],
) -> None:
    before, after, ident, revision_date = moved
    old = {e.milestone_id: e for e in plan_feeds(before).feed("all").events}
    new = {e.milestone_id: e for e in plan_feeds(after).feed("all").events}
    assert new[ident].uid == old[ident].uid
    assert new[ident].day != old[ident].day
    assert new[ident].sequence == old[ident].sequence + 1
    assert new[ident].last_modified == revision_date
    for other in set(old) - {ident}:
        assert (new[other].sequence, new[other].last_modified) == (
            old[other].sequence,
            old[other].last_modified,
        )
    data = render_feed(after, plan_feeds(after).feed("all"))
    event = next(e for e in events_of(data) if str(e["UID"]) == new[ident].uid)
    assert int(event["SEQUENCE"]) == new[ident].sequence
    assert event.decoded("LAST-MODIFIED") == dt.datetime.combine(revision_date, dt.time(), dt.UTC)


def test_sequence_counts_revisions_after_the_first(plan: Plan) -> None:
    target = dated(plan)[0].id
    first = plan.revisions[0]
    revisions = (
        dataclasses.replace(first, changes=(target,)),  # the published version does not count
        dataclasses.replace(first, version="b", date=dt.date(2040, 1, 2), changes=(target,)),
        dataclasses.replace(first, version="c", date=dt.date(2040, 3, 4), changes=()),
        dataclasses.replace(first, version="d", date=dt.date(2040, 2, 3), changes=(target, "x")),
    )
    events = plan_feeds(dataclasses.replace(plan, revisions=revisions)).events
    assert (events[target].sequence, events[target].last_modified) == (2, dt.date(2040, 2, 3))
    other = next(m.id for m in dated(plan) if m.id != target)
    assert (events[other].sequence, events[other].last_modified) == (0, first.date)


# --------------------------------------------------------------------------- ical.js


def test_ical_js_reads_every_feed_as_icalendar_does(
    plan: Plan, built: tuple[Path, FeedSummary]
) -> None:
    folder, _ = built
    files = ics_files(folder)
    parsed = run_ical_js(files)
    assert sorted(parsed) == sorted(map(str, files))
    for path in files:
        js = parsed[str(path)]
        assert js["calendar"]["version"] == "2.0"
        assert js["calendar"]["method"] == "PUBLISH"
        assert js["calendar"]["refresh-interval"] == "PT12H"
        assert js["calendar"]["refresh-interval-type"] == "duration"
        assert js["calendar"]["x-published-ttl"] == "PT12H"
        assert "vtimezone" not in js["calendar"]["components"]
        ours = events_of(path.read_bytes())
        theirs = js["events"]
        assert [e["uid"] for e in theirs] == [str(e["UID"]) for e in ours]
        assert len({e["uid"] for e in theirs}) == len(theirs)
        for mine, other in zip(ours, theirs, strict=True):
            assert other["summary"] == str(mine["SUMMARY"])
            assert other["description"] == str(mine["DESCRIPTION"])
            assert other["dtstart"] == mine.decoded("DTSTART").isoformat()
            assert other["dtend"] == mine.decoded("DTEND").isoformat()
            assert other["dtstart_is_date"] and other["dtend_is_date"]
            assert other["end_after_start"] is True
            assert other["sequence"] == int(mine["SEQUENCE"])
            assert other["dtstamp"] == f"{plan.document.version_date.isoformat()}T00:00:00Z"
            assert other["dtstamp_is_utc"] is True
            assert other["transp"] == "TRANSPARENT"
            assert other["categories"] == [str(c) for c in mine["CATEGORIES"].cats]
            assert other["alarms"] == []


def test_ical_js_sees_the_raised_sequence_and_alarms(
    moved: tuple[Plan, Plan, str, dt.date], tmp_path: Path
) -> None:
    _, after, ident, revision_date = moved
    folder, _ = build(after, tmp_path / "out", alarms=[dt.timedelta(days=1), dt.timedelta(days=7)])
    path = folder / "alle-mijlpalen.ics"
    events = {e["uid"].split("@")[0]: e for e in run_ical_js([path])[str(path)]["events"]}
    assert events[ident]["sequence"] == 1
    assert events[ident]["last_modified"] == f"{revision_date.isoformat()}T00:00:00Z"
    for event in events.values():
        assert event["alarms"] == [
            {"action": "DISPLAY", "trigger": "-P7D"},
            {"action": "DISPLAY", "trigger": "-P1D"},
        ]


# --------------------------------------------------------------------------- options


def test_alarms_are_off_by_default_and_configurable(plan: Plan) -> None:
    feed = plan_feeds(plan).feed("all")
    assert not list(parse(render_feed(plan, feed)).walk("VALARM"))
    data = render_feed(plan, feed, alarms=[parse_alarm("1d"), parse_alarm("7d"), parse_alarm("1w")])
    for event in events_of(data):
        alarms = list(event.walk("VALARM"))
        assert [a.decoded("TRIGGER") for a in alarms] == [
            -dt.timedelta(days=7),
            -dt.timedelta(days=1),
        ]
        assert all(str(a["ACTION"]) == "DISPLAY" for a in alarms)
    with pytest.raises(ValueError):
        render_feed(plan, feed, alarms=[-dt.timedelta(days=1)])


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("7d", dt.timedelta(days=7)),
        ("1d", dt.timedelta(days=1)),
        ("12h", dt.timedelta(hours=12)),
        ("1w", dt.timedelta(weeks=1)),
        ("1d12h", dt.timedelta(days=1, hours=12)),
        ("30m", dt.timedelta(minutes=30)),
    ],
)
def test_parse_alarm(text: str, offset: dt.timedelta) -> None:
    assert parse_alarm(text) == offset


@pytest.mark.parametrize("text", ["", "7", "d", "7x", "-1d", "P7D"])
def test_parse_alarm_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_alarm(text)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/agenda/",
        "ftp://example.org/",
        "https://",
        "example.org/agenda",
        "https://user:secret@example.org/",
        "https://example.org/?x=1",
        "https://example.org/#a",
    ],
)
def test_base_url_must_be_public_https(url: str) -> None:
    with pytest.raises(ValueError):
        normalise_base_url(url)


def test_base_url_is_normalised() -> None:
    assert (
        normalise_base_url("https://Agenda.Example.org/plan") == "https://agenda.example.org/plan/"
    )
    assert normalise_base_url("https://example.org") == "https://example.org/"


# --------------------------------------------------------------------------- safety


def test_owner_ids_never_make_a_path_outside_the_folder(plan: Plan, tmp_path: Path) -> None:
    odd = ["../../etc/passwd", "a/b", "A B", "a.b", "a-b", "...", "ëé", "/abs", "a" * 300]
    owners = tuple(Owner(i, f"Rol {n}", True, (), ("owners", n)) for n, i in enumerate(odd))
    measures = plan.measures
    points = []
    n = 0
    for point in plan.improvement_points:
        new_measures = []
        for measure in point.measures:
            ref = OwnerRef(odd[n % len(odd)], "Iemand.", ())
            new_measures.append(dataclasses.replace(measure, owners=(ref,)))
            n += 1
        points.append(dataclasses.replace(point, measures=tuple(new_measures)))
    variant = dataclasses.replace(plan, owners=owners, improvement_points=tuple(points))
    out = tmp_path / "deep" / "out"
    out.mkdir(parents=True)
    summary = write_feeds(variant, out)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert all(p.parent == Path("deep/out") for p in written), written
    names = [f.file_name for f in summary.feeds if f.kind == "owner"]
    assert len(names) == len(set(names)) == len(odd)
    for name in names:
        assert re.fullmatch(r"[a-z0-9-]{1,80}\.ics", name), name
    by_owner = {f.subject: f.file_name for f in summary.feeds}
    assert by_owner["a-b"] == "rol-a-b.ics"  # the id that already is a slug keeps it
    # deterministic, whatever the registry's order
    again = render_all(dataclasses.replace(variant, owners=owners[::-1]))[1]
    assert {f.subject: f.file_name for f in again.feeds} == by_owner
    assert len(measures) == sum(f.kind == "measure" for f in summary.feeds)


def test_duplicate_ids_are_refused(plan: Plan) -> None:
    first = plan.owners[0]
    with pytest.raises(ValueError, match="used twice"):
        render_all(dataclasses.replace(plan, owners=(*plan.owners, first)))
    with pytest.raises(ValueError, match="used twice"):
        render_all(
            with_milestones(plan, (milestone("x", "2031-01-01"), milestone("x", "2031-01-02")))
        )


def test_failed_run_leaves_the_last_good_feeds(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "calendars"
    with staged_dir(target) as stage:
        write_feeds(plan, stage)
    good = {p.name: p.read_bytes() for p in target.iterdir()}
    assert "index.html" in good

    from plancheck import atomic

    calls = 0

    def failing(path: str | Path, data: bytes) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError("disk full (test)")
        atomic.write_bytes(path, data)

    monkeypatch.setattr(ics_feed, "write_bytes", failing)
    changed = dataclasses.replace(plan, labels={**plan.labels, "measure": "Anders"})
    # the disk error surfaces as the CLI's one-line OutputError, nothing else changes
    with pytest.raises(atomic.OutputError, match="disk full"), staged_dir(target) as stage:
        write_feeds(changed, stage)
    assert {p.name: p.read_bytes() for p in target.iterdir()} == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendars"]  # no staging left


def test_owner_without_measures_gets_an_empty_feed(plan: Plan) -> None:
    lonely = Owner("niemand", "Niemand in het bijzonder", True, (), ("owners", 99))
    variant = dataclasses.replace(plan, owners=(*plan.owners, lonely))
    files, summary = render_all(variant)
    info = next(f for f in summary.feeds if f.subject == "niemand")
    assert info.events == 0
    cal = parse(files[info.file_name])
    assert str(cal["X-WR-CALNAME"]).startswith("Niemand in het bijzonder")
    assert not list(cal.walk("VEVENT"))


# --------------------------------------------------------------------------- index page


def check_page(html: str, plan: Plan, summary: FeedSummary, base_url: str | None) -> Links:
    page = page_links(html)
    assert page.lang == plan.document.language  # the plan's, as every page
    # the copy button's script, inline and only with an address to copy: nothing loaded
    assert page.scripts == (1 if base_url else 0)
    assert not [s for s in page.sources if s.endswith(".js")]
    assert not [s for s in page.sources if "://" in s or s.startswith("//")]
    assert page.headings.count("h1") == 1
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    hrefs = {href for href, _ in page.links}
    for href, text in page.links:
        assert text and text.lower() not in ("klik hier", "hier", "link"), href
        if href.startswith("#"):
            assert href[1:] in page.ids, href
    feeds = plan_feeds(plan)
    for feed in feeds.feeds:
        assert feed.name in page.ids
        assert feed.file_name in hrefs
        webcal = (
            f"webcal://{base_url.removeprefix('https://')}{feed.file_name}" if base_url else None
        )
        if webcal is None:
            continue
        assert webcal in hrefs
        # Google: the https address to copy, and Google's add-by-URL page (never render?cid=)
        assert f'<code id="adres-{feed.name}">{base_url}{feed.file_name}</code>' in html
        assert f'<button type="button" class="copy-button" data-copy="adres-{feed.name}"' in html
        for host in ("outlook.office.com", "outlook.live.com"):
            link = next(
                h
                for h in hrefs
                if h.startswith(f"https://{host}/")
                and parse_qs(urlsplit(h).query)["url"] == [f"{base_url}{feed.file_name}"]
            )
            assert urlsplit(link).path == "/calendar/0/addfromweb"
            name = parse_qs(urlsplit(link).query)["name"][0]
            assert name.startswith(feed.title)
    if base_url is not None:
        assert "https://calendar.google.com/calendar/u/0/r/settings/addbyurl" in hrefs
    assert not [h for h in hrefs if "render?cid=" in h]
    for anchor in feeds.anchors.values():  # every milestone, dated or ongoing, has its place
        assert anchor in page.ids
    if base_url is None:
        assert not [h for h in hrefs if h.startswith(("webcal:", "https:", "http:"))]
    downloads = [h for h, _ in page.links if h.endswith(".ics") and "://" not in h]
    assert sorted(downloads) == sorted(f.file_name for f in summary.feeds)
    return page


def test_index_page_links_with_base_url(plan: Plan, built: tuple[Path, FeedSummary]) -> None:
    folder, summary = built
    html = (folder / "index.html").read_text("utf-8")
    check_page(html, plan, summary, BASE)
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    for needed in (
        "zonder inloggen",
        "eigen servers",
        "niet binnen minuten",
        "Doorlopend",
        "laatste dag van die maand",
        "‘Per direct’ staat op de eerste dag",
        "Meldingen",
        "Apple Agenda",
        "Google Agenda",
        "Outlook",
    ):
        assert needed in text, needed
    for ms in plan.milestones:
        if ms.due.kind == "ongoing":
            assert f'id="{plan_feeds(plan).anchors[ms.id]}"><span class="ongoing">' in html


def test_index_page_without_base_url_has_download_links_only(plan: Plan) -> None:
    files, summary = render_all(plan)
    html = files["index.html"].decode("utf-8")
    check_page(html, plan, summary, None)
    assert "--base-url" in html
    for data in (v for k, v in files.items() if k.endswith(".ics")):
        for event in events_of(data):
            assert "URL" not in event


def test_index_page_in_chromium(
    plan: Plan, built: tuple[Path, FeedSummary], tmp_path: Path
) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        chromium = require_tool("chromium", "apt-get install chromium")
    folder, summary = built
    url = (folder / "index.html").as_uri()

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        profile = tmp_path / f"profile-{len(extra)}-{extra[0][:8].strip('-')}"
        return subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, url],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )

    dumped = run("--dump-dom")
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    page = check_page(dumped.stdout, plan, summary, BASE)
    # the script ran: the copy buttons, hidden in the HTML, are shown
    assert 'data-copy="adres-alle-mijlpalen">' in dumped.stdout
    assert ("alle-mijlpalen.ics", "Downloaden – Alle mijlpalen") in page.links

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "ics-index.png"
    shot.unlink(missing_ok=True)
    taken = run(f"--screenshot={shot}", "--window-size=1200,1600", "--hide-scrollbars")
    assert taken.returncode == 0, taken.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


# --------------------------------------------------------------------------- issue 16


def page_text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://example.org/mijn plan/", "https://example.org/mijn%20plan/"),
        ("https://example.org/mijn%20plan", "https://example.org/mijn%20plan/"),
        ("https://Gemeente-Büren.NL/agenda", "https://xn--gemeente-bren-5ob.nl/agenda/"),
        ("https://example.org/100%/", "https://example.org/100%25/"),
        ("https://example.org:443/é/", "https://example.org/%C3%A9/"),
        ("https://example.org:8443/a/", "https://example.org:8443/a/"),
    ],
)
def test_base_url_is_ascii_percent_encoded_and_punycode(given: str, expected: str) -> None:
    assert normalise_base_url(given) == expected
    assert normalise_base_url(expected) == expected  # normalising twice changes nothing


def test_addresses_with_spaces_and_international_hosts(plan: Plan) -> None:
    files, _ = render_all(plan, base_url="https://gemeente-büren.example/mijn plan/")
    base = "https://xn--gemeente-bren-5ob.example/mijn%20plan/"
    html = files["index.html"].decode("utf-8")
    hrefs = {href for href, _ in page_links(html).links}
    assert "webcal://xn--gemeente-bren-5ob.example/mijn%20plan/alle-mijlpalen.ics" in hrefs
    assert not [h for h in hrefs if " " in h or "ü" in h]
    for name, data in files.items():
        if name.endswith(".ics"):
            cal = parse(data)
            assert str(cal["SOURCE"]) == f"{base}{name}"
            assert " " not in str(cal["SOURCE"])
            for event in cal.walk("VEVENT"):
                assert str(event["URL"]).startswith(f"{base}index.html#")


def test_page_without_base_url_says_how_to_publish_and_shows_no_subscribe_steps(
    plan: Plan,
) -> None:
    html = render_all(plan)[0]["index.html"].decode("utf-8")
    text = page_text(html)
    assert "gemaakt zonder openbaar adres" in text
    assert "openbare https-website" in text and "--base-url" in text
    assert "Een kopie in uw agenda zetten" in text
    # no step that cannot work without an address
    for absent in ("Abonneer", "Kopieer adres", "Abonneren in:", "Verwijder meldingen"):
        assert absent not in text, absent
    assert "<script" not in html


def test_page_warns_that_all_and_a_role_feed_show_milestones_twice(plan: Plan) -> None:
    for base in (None, BASE):
        text = page_text(render_all(plan, base_url=base)[0]["index.html"].decode("utf-8"))
        assert "twee keer" in text and "‘Alle mijlpalen’" in text


def test_remove_alerts_sentence_says_to_turn_it_off_to_keep_the_alarms(plan: Plan) -> None:
    html = render_all(plan, base_url=BASE, alarms=[dt.timedelta(days=1)])[0]["index.html"]
    text = page_text(html.decode("utf-8"))
    sentence = next(s for s in text.split(". ") if "‘Verwijder meldingen’ uit" in s)
    assert "herinneringen van de agenda zelf krijgen" in sentence
    assert "uit de agenda te houden" not in text  # the old sentence said the opposite
    # without alarms there is nothing to keep, and nothing is said about it
    plain = page_text(render_all(plan, base_url=BASE)[0]["index.html"].decode("utf-8"))
    assert "Verwijder meldingen" not in plain


def test_page_has_a_jump_list_of_the_roles(plan: Plan) -> None:
    html = render_all(plan)[0]["index.html"].decode("utf-8")
    jump = html.split('<nav aria-label="Verantwoordelijken">', 1)[1].split("</nav>", 1)[0]
    owners = [f for f in plan_feeds(plan).feeds if f.kind == "owner"]
    assert [href for href, _ in page_links(jump).links] == [f"#{f.name}" for f in owners]
