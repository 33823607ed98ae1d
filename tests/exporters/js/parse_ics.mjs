#!/usr/bin/env node
// Parse iCalendar files with ical.js (the parser inside Thunderbird), independently of the
// Python icalendar library, and print JSON: {file: {calendar: {...}, events: [...]}}.
// Used by tests/exporters/test_ics_feed.py:  node tests/exporters/js/parse_ics.mjs FILES...
// Exit status 1 (with the reason on stderr) when any file does not parse.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const CALENDAR_PROPERTIES = [
  "prodid", "version", "calscale", "method", "name", "x-wr-calname", "description",
  "x-wr-caldesc", "refresh-interval", "x-published-ttl", "source", "url",
];

function text(value) {
  return value === null || value === undefined ? null : value.toString();
}

function event(component) {
  const value = (name) => component.getFirstPropertyValue(name);
  const start = value("dtstart");
  const end = value("dtend");
  const stamp = value("dtstamp");
  const categories = component.getFirstProperty("categories");
  return {
    uid: value("uid"),
    summary: value("summary"),
    description: value("description"),
    dtstart: text(start),
    dtstart_is_date: start ? start.isDate : null,
    dtend: text(end),
    dtend_is_date: end ? end.isDate : null,
    end_after_start: start && end ? end.compare(start) > 0 : null,
    sequence: value("sequence"),
    dtstamp: text(stamp),
    dtstamp_is_utc: stamp ? stamp.zone === ICAL.Timezone.utcTimezone : null,
    last_modified: text(value("last-modified")),
    categories: categories ? categories.getValues() : [],
    transp: value("transp"),
    url: value("url"),
    alarms: component.getAllSubcomponents("valarm").map((alarm) => ({
      action: alarm.getFirstPropertyValue("action"),
      trigger: text(alarm.getFirstPropertyValue("trigger")),
    })),
  };
}

const out = {};
let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    if (root.name !== "vcalendar") throw new Error(`top component is ${root.name}`);
    const calendar = {};
    for (const name of CALENDAR_PROPERTIES) calendar[name] = text(root.getFirstPropertyValue(name));
    const refresh = root.getFirstProperty("refresh-interval");
    calendar["refresh-interval-type"] = refresh ? refresh.type : null;
    calendar.components = root.getAllSubcomponents().map((c) => c.name);
    out[file] = { calendar, events: root.getAllSubcomponents("vevent").map(event) };
  } catch (error) {
    process.stderr.write(`${file}: ${error.message}\n`);
    failed = true;
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
process.exitCode = failed ? 1 : 0;  // not process.exit(): it would cut a piped stdout short
