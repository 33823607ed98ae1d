"""A plan that changes (issue 12), end to end, as its owners and CI meet it.

In a temporary git repository holding the published plan (the frozen fixture) as plan.yaml,
measure 6's factsheet deadline is moved the README's way (wording, due and the X in the
grid). The merge-request gate (`check --base HEAD`) fails with revision-missing at the due
line until a revision names the milestone; `diff --base HEAD` says in plain words what
moved; and the calendar feeds of the two versions, read with icalendar and with ical.js
(the parser inside Thunderbird), keep the event's UID and raise its SEQUENCE, at the new
date, with LAST-MODIFIED and DTSTAMP from the revision. A milestone taken out of the plan
leaves the feeds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import icalendar
import pytest
from support import MEASURE_6_ACKNOWLEDGEMENTS, ROOT, missing, require_tool

FIXTURE = ROOT / "tests" / "fixtures" / "plan-2018-08-31.yaml"
PARSE_ICS = ROOT / "tests" / "exporters" / "js" / "parse_ics.mjs"
NPM_HINT = "npm ci --prefix tests/exporters/js"

# the README recipe, on measure 6
FACTSHEET = (
    "          - id: 6-factsheet\n"
    "            wording: Voor 1 juli 2018\n"
    "            text: Factsheet gereed.\n"
    '            due: "2018-06-30"\n'
)
MOVED = (
    "          - id: 6-factsheet\n"
    "            wording: Voor 01-10-2018\n"
    "            text: Factsheet gereed.\n"
    '            due: "2018-09-30"\n'
)
GRID_6 = (
    '    - measure: "6"\n      work: ["2018-05"]\n',
    '    - measure: "6"\n      work: ["2018-09"]\n',
)
PUBLISHED = "    reason: Versie zoals gepubliceerd en verzonden aan de Inspecties.\n"
REVISION = (
    '  - version: "14-09-2018"\n'
    '    date: "2018-09-14"\n'
    "    reason: Factsheet later gereed, in overleg met de Inspecties.\n"
    "    changes: [6-factsheet]\n"
)
VERSION_DATE = ('  version_date: "2018-08-31"\n', '  version_date: "2018-09-14"\n')
# the two acknowledgements the move resolves (the gate reports them as stale)
STALE = MEASURE_6_ACKNOWLEDGEMENTS
UID = "6-factsheet@csg53bed47f.plancheck"


def edit(text: str, *edits: tuple[str, str]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def plancheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITLAB_CI")}
    env["PYTHONIOENCODING"] = "utf-8"
    run = subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert "Traceback" not in run.stderr, run.stderr
    return run


def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        capture_output=True,
        check=True,
        timeout=60,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    require_tool("git", "apt-get install git")
    root = tmp_path / "verbeterplan"
    root.mkdir()
    (root / "plan.yaml").write_text(FIXTURE.read_text("utf-8"), "utf-8")
    git("init", "-q", cwd=root)
    git("add", "plan.yaml", cwd=root)
    git("commit", "-q", "-m", "Het plan zoals gepubliceerd", cwd=root)
    return root


def line_of(text: str, needle: str) -> int:
    assert text.count(needle) == 1, needle
    return text[: text.index(needle)].count("\n") + 1


def events(folder: Path, name: str = "alle-mijlpalen.ics") -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical((folder / name).read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def ical_js(*files: Path) -> dict[str, Any]:
    node = require_tool("node", "apt-get install nodejs (Node.js 18 or later)")
    if not (PARSE_ICS.parent / "node_modules" / "ical.js" / "package.json").is_file():
        missing("the npm package ical.js (tests/exporters/js/node_modules)", NPM_HINT)
    done = subprocess.run(
        [node, str(PARSE_ICS), *map(str, files)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    parsed: dict[str, Any] = json.loads(done.stdout)
    return parsed


def test_moving_a_deadline_the_readme_way(repo: Path) -> None:
    plan = repo / "plan.yaml"
    published = plan.read_text("utf-8")
    assert plancheck("check", "--base", "HEAD", cwd=repo).returncode == 0
    assert plancheck("export", "ics", "-o", "../old", cwd=repo).returncode == 0

    # 1. the owners move the deadline: wording, due and the grid's X (README recipe)
    moved = edit(published, (FACTSHEET, MOVED), GRID_6)
    plan.write_text(moved, "utf-8")
    gate = plancheck("check", "--base", "HEAD", cwd=repo)
    assert gate.returncode == 1, gate.stdout
    due_line = line_of(moved, MOVED) + 3
    errors = [
        line
        for line in gate.stdout.splitlines()
        if line.startswith("plan.yaml:") and "error[" in line
    ]
    assert errors == [
        f"plan.yaml:{due_line}:18: error[revision-missing] milestone 6-factsheet changed since "
        "HEAD (due 2018-06-30 -> 2018-09-30, wording), but no revision after HEAD's newest "
        "(31-08-2018) names it"
    ]
    assert "    changes: [6-factsheet]" in gate.stdout
    assert "document.version_date" in gate.stdout
    # without --base the plan is consistent in itself: the gate alone would not notice
    assert plancheck("check", cwd=repo).returncode == 0

    # diff says in plain words what moved
    diff = plancheck("diff", "--base", "HEAD", cwd=repo)
    assert diff.returncode == 1
    assert (
        "  6-factsheet (Maatregel 6): verplaatst van 30-06-2018 naar 30-09-2018 (+3 maanden)"
        f"  (regel {due_line})" in diff.stdout.splitlines()
    )
    assert "  6-factsheet, formulering: Voor [-1 juli 2018-] {+01-10-2018+}" in diff.stdout
    assert "  Maatregel 6: X gezet in september 2018; X weggehaald in mei 2018" in diff.stdout

    # 2. the revision step: a revision that names the milestone, and the version date
    revised = edit(moved, (PUBLISHED, PUBLISHED + REVISION), VERSION_DATE, (STALE, ""))
    plan.write_text(revised, "utf-8")
    gate = plancheck("check", "--base", "HEAD", cwd=repo)
    assert gate.returncode == 0, gate.stdout
    assert gate.stdout.splitlines()[-1] == (
        "plan.yaml: passed: 0 errors, 0 warnings, 4 acknowledged"
    )
    diff = plancheck("diff", "--base", "HEAD", "--format", "markdown", cwd=repo)
    assert diff.returncode == 1
    assert "- **nieuwe versie 14-09-2018 (14-09-2018)**: " in diff.stdout
    assert "— wijzigt: `6-factsheet`" in diff.stdout

    # 3. the calendars follow: same UID, SEQUENCE + 1, the new date, the revision's dates
    assert plancheck("export", "ics", "-o", "../new", cwd=repo).returncode == 0
    old_dir, new_dir = repo.parent / "old", repo.parent / "new"
    before, after = events(old_dir), events(new_dir)
    assert set(before) == set(after)
    old_event, new_event = before[UID], after[UID]
    assert int(new_event["SEQUENCE"]) == int(old_event["SEQUENCE"]) + 1 == 1
    assert old_event.decoded("DTSTART") == dt.date(2018, 6, 30)
    assert new_event.decoded("DTSTART") == dt.date(2018, 9, 30)
    revision_day = dt.datetime(2018, 9, 14, tzinfo=dt.UTC)
    assert new_event.decoded("LAST-MODIFIED") == revision_day
    assert new_event.decoded("DTSTAMP") == revision_day
    assert "Voor 01-10-2018: Factsheet gereed." in str(new_event["DESCRIPTION"])
    for uid, event in after.items():  # every other event keeps its version
        if uid != UID:
            assert int(event["SEQUENCE"]) == int(before[uid]["SEQUENCE"])
            assert event.decoded("LAST-MODIFIED") == before[uid].decoded("LAST-MODIFIED")
    # measure 6's own feed too
    assert int(events(new_dir, "maatregel-6.ics")[UID]["SEQUENCE"]) == 1

    parsed = ical_js(old_dir / "alle-mijlpalen.ics", new_dir / "alle-mijlpalen.ics")
    old_js, new_js = (
        {e["uid"]: e for e in parsed[str(d / "alle-mijlpalen.ics")]["events"]}
        for d in (old_dir, new_dir)
    )
    assert (old_js[UID]["sequence"], new_js[UID]["sequence"]) == (0, 1)
    assert (old_js[UID]["dtstart"], new_js[UID]["dtstart"]) == ("2018-06-30", "2018-09-30")
    assert new_js[UID]["dtstart_is_date"] is True
    assert new_js[UID]["last_modified"] == "2018-09-14T00:00:00Z"
    assert new_js[UID]["dtstamp"] == "2018-09-14T00:00:00Z"


REMOVED = (
    "          - id: 8-bepalen\n"
    "            wording: Voor 01-09-2018\n"
    "            text: |\n"
    "              - Bepalen wat nodig is om in de toegang de norm verantwoorde werktoedeling "
    "toe te passen (Porthos, GBT en bij toekenning jeugdhulp).\n"
    '            due: "2018-08-31"\n'
    "            kind: decision\n"
)


def test_a_removed_milestone_leaves_the_feeds(repo: Path) -> None:
    plan = repo / "plan.yaml"
    text = edit(
        plan.read_text("utf-8"),
        (REMOVED, ""),
        ("            builds_on: [8-bepalen]\n", ""),
        ('      work: ["2018-04", "2018-08", "2018-12"]\n', '      work: ["2018-04", "2018-12"]\n'),
    )
    plan.write_text(text, "utf-8")
    gate = plancheck("check", "--base", "HEAD", cwd=repo)
    assert gate.returncode == 1
    found = re.findall(r"error\[revision-missing\] milestone (\S+)", gate.stdout)
    assert found == ["8-bepalen", "8-implementeren"]  # removed; its builds_on changed
    assert f"plan.yaml:{line_of(text, 'revisions:')}:1: error[revision-missing]" in gate.stdout

    revision = (
        '  - version: "14-09-2018"\n    date: "2018-09-14"\n    reason: Besluit vervalt.\n'
        "    changes: [8-implementeren]\n    removed: [8-bepalen]\n"
    )
    plan.write_text(edit(text, (PUBLISHED, PUBLISHED + revision), VERSION_DATE), "utf-8")
    gate = plancheck("check", "--base", "HEAD", cwd=repo)
    assert gate.returncode == 0, gate.stdout
    diff = plancheck("diff", "--base", "HEAD", cwd=repo)
    assert diff.returncode == 1
    assert (
        "  8-bepalen (Maatregel 8): vervallen: Voor 01-09-2018: - Bepalen wat nodig" in diff.stdout
    )

    assert plancheck("export", "ics", "-o", "../cal", cwd=repo).returncode == 0
    feeds = sorted((repo.parent / "cal").glob("*.ics"))
    assert feeds
    for feed in feeds:
        data = feed.read_bytes()
        assert b"8-bepalen@" not in data, feed.name
        assert b"CANCELLED" not in data, feed.name
    implementeren = events(repo.parent / "cal", "maatregel-8.ics")[
        "8-implementeren@csg53bed47f.plancheck"
    ]
    assert int(implementeren["SEQUENCE"]) == 1
