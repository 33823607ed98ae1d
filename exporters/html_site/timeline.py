"""tijdlijn.html: the measures on a timeline, drawn here as inline SVG (no JavaScript).

The data (which mark, where, what it says) is worked out first (`timeline_rows`), the drawing
follows (`timeline_svg`), after Mermaid's gantt: one scale maps dates to x, and the external
milestones and "today" are layers of their own.

- A row per measure; its label links to the measure in the plan.
- A dated milestone is a mark at its date, its shape by kind (grey-scale readable: shapes
  differ, not only colours): a diamond for a deliverable, an open square for a decision, a
  circle for an evaluation. A month ("Juni 2018") is marked at the month's last day, as in
  the calendars, with a thin line over the whole month; "Per direct" stands at the first day
  of the planning.
- A period ("Februari - april 2018") is a bar from its start to its end, with its mark at
  the end.
- "Doorlopend" (ongoing) is a hatched, dashed bar from the milestone before it to the end of
  the chart, ending in an arrow: it has no end.
- An external milestone (plan.external_milestones, the Pentekening's evaluation) is a dashed
  vertical line with its name at the top; a milestone that builds on it has a ring and a
  dotted line to it.
- "vandaag": a line at `today` when it falls in the chart's period.

Each mark, line and row has a text alternative (<title>); the whole is a labelled group
(<title>, <desc>) inside its own horizontally scrolling box (role=region, tabindex=0), so the
page itself never scrolls sideways at 320 px. Next to it the same milestones as a table, in a
<details>. In print the timeline fills one A4 landscape page.
"""

from __future__ import annotations

import calendar
import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from plancheck.exporters.ics_feed.events import dutch_day, month_name, short_text
from plancheck.exporters.ics_feed.feeds import FeedSet, dutch_join
from plancheck.exporters.webpage import e
from plancheck.exporters.webpage import t as text_html
from plancheck.markup import plain_text
from plancheck.model import Measure, Milestone, Month, Plan, months_between
from plancheck.wording import MONTH_NAMES

PLAN_PAGE = "index.html"
LABEL_WIDTH = 130
MONTH_WIDTH = 34
RIGHT = 24
ROW = 32
LANE = 13
HEAD = 44  # year and month labels
EXTERNAL_LINE = 16  # a line of external milestone names above the chart
BOTTOM = 26  # room for the "vandaag" label
MARK = 7
SHAPES = {"deliverable": "diamond", "decision": "square", "evaluation": "circle"}

PRINT_STYLE = """<style media="print">
@page{size:A4 landscape;margin:10mm}
.timeline-page .site-header,.timeline-page .site-footer,.timeline-page details,
.timeline-page .intro{display:none!important}
.timeline-page h1{font-size:16pt;margin:0 0 4mm}
.timeline-page .legend{font-size:9pt;margin:0 0 3mm}
.timeline-page .timeline-box{border:0;padding:0;overflow:visible}
.timeline-page .timeline-box .timeline{width:100%;height:auto;max-height:150mm}
</style>"""


def _clean(text: str) -> str:
    return " ".join(plain_text(text).split())


def _month_index(first: Month, day: dt.date) -> int:
    return (day.year - first[0]) * 12 + (day.month - first[1])


@dataclass(frozen=True)
class Scale:
    """Months of equal width from `first`; a day's x is its place in its month."""

    months: tuple[Month, ...]
    left: float = LABEL_WIDTH
    width: float = MONTH_WIDTH

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.months[0][0], self.months[0][1], 1)

    @property
    def last_day(self) -> dt.date:
        year, month = self.months[-1]
        return dt.date(year, month, calendar.monthrange(year, month)[1])

    @property
    def right(self) -> float:
        return self.left + self.width * len(self.months)

    def x(self, day: dt.date, *, end: bool = False) -> float:
        """The x of the start of `day` (with end=True: of its end)."""
        days = calendar.monthrange(day.year, day.month)[1]
        offset = (day.day - (0 if end else 1)) / days
        index = _month_index(self.months[0], day) + offset
        return self.left + self.width * min(max(index, 0.0), len(self.months))

    def mid(self, day: dt.date) -> float:
        return (self.x(day) + self.x(day, end=True)) / 2


@dataclass
class Mark:
    """One milestone on the timeline."""

    milestone: Milestone
    shape: str
    at: dt.date | None  # the mark's day (None for ongoing work)
    start: dt.date | None = None  # a period's first day
    whole_month: bool = False  # the plan names only the month
    ongoing_from: dt.date | None = None
    externals: tuple[Milestone, ...] = ()  # external milestones it builds on
    when: str = ""  # where it stands, in words
    alt: str = ""
    lane: int = 0


@dataclass
class Row:
    measure: Measure
    name: str
    anchor: str
    marks: list[Mark] = field(default_factory=list)
    lanes: int = 1


def _when(plan: Plan, milestone: Milestone) -> str:
    due = milestone.due
    if milestone.start is not None:
        start = milestone.start
        first = dutch_day(start.day, plan) if start.day else month_name(start.month or (0, 1), plan)
        last = dutch_day(due.day, plan) if due.day else month_name(due.month or (0, 1), plan)
        return plan.word("tl_when_period", start=first, end=last)
    if due.kind == "immediate":
        return plan.word("tl_when_immediate", day=dutch_day(plan.first_day, plan))
    if due.kind == "ongoing":
        return plan.word("tl_when_ongoing")
    if due.day is not None:
        return dutch_day(due.day, plan)
    assert due.month is not None
    return plan.word("tl_when_month", month=month_name(due.month, plan))


def _mark(plan: Plan, measure: Measure, milestone: Milestone, before: Milestone | None) -> Mark:
    externals = tuple(
        ext
        for ident in milestone.builds_on
        if (ext := plan.milestone(ident)) is not None and ext.measure_id is None
    )
    due = milestone.due
    shape = SHAPES.get(milestone.kind, "diamond")
    at = plan.first_day if due.kind == "immediate" else due.latest_date()
    mark = Mark(milestone, shape, at, externals=externals, when=_when(plan, milestone))
    if milestone.start is not None:
        mark.start = milestone.start.earliest_date() or plan.first_day
    elif due.kind == "month":
        mark.whole_month = True
    if due.kind == "ongoing":
        mark.shape = "ongoing"
        previous = None
        if before is not None:
            previous = (before.start or before.due).earliest_date()
            if before.due.kind == "immediate":
                previous = plan.first_day
        mark.ongoing_from = previous
    kind = plan.kind_name(milestone.kind)
    text = short_text(milestone, measure)
    alt = plan.word(
        "tl_mark", wording=_clean(milestone.wording), text=text, kind=kind, when=mark.when
    )
    if externals:
        names = dutch_join([_clean(x.title or x.id) for x in externals], plan)
        alt += " " + plan.word("tl_mark_builds_on", milestones=names)
    mark.alt = alt
    return mark


def timeline_rows(plan: Plan, feeds: FeedSet) -> list[Row]:
    """A row per measure, its milestones as marks (in the plan's order)."""
    rows = []
    for measure in plan.measures:
        name = f"{plan.label(measure, 'measure')} {measure.id}"
        row = Row(measure, name, feeds.names.get(f"measure:{measure.id}", ""))
        before: Milestone | None = None
        for milestone in measure.realisation:
            row.marks.append(_mark(plan, measure, milestone, before))
            if milestone.due.kind != "ongoing":
                before = milestone
        rows.append(row)
    return rows


def chart_months(plan: Plan, rows: list[Row]) -> tuple[Month, ...]:
    """The planning's months, widened to every milestone (a period may start before it)."""
    first, last = plan.planning.start, plan.planning.end
    dates = [d for row in rows for m in row.marks for d in (m.at, m.start) if d is not None]
    dates += [d for x in plan.external_milestones if (d := x.due.latest_date()) is not None]
    for day in dates:
        first = min(first, (day.year, day.month))
        last = max(last, (day.year, day.month))
    return tuple(months_between(first, last))


def _extent(scale: Scale, mark: Mark) -> tuple[float, float]:
    """From where to where a mark draws: a period's bar, a month's span, or the mark alone."""
    assert mark.at is not None
    x = scale.mid(mark.at)
    if mark.start is not None:
        return scale.x(mark.start), x + MARK
    if mark.whole_month:
        return scale.x(dt.date(mark.at.year, mark.at.month, 1)), x + MARK
    return x - MARK, x + MARK


def _lanes(scale: Scale, row: Row) -> None:
    """A mark that would overlap one before it (its bar, span or shape) goes a lane down."""
    ends: list[float] = []
    for mark in row.marks:
        if mark.at is None or mark.shape == "ongoing":
            continue
        x0, x1 = _extent(scale, mark)
        lane = 0
        while lane < len(ends) and x0 < ends[lane] + 4:
            lane += 1
        if lane == len(ends):
            ends.append(x1)
        else:
            ends[lane] = x1
        mark.lane = lane
    row.lanes = max(1, len(ends))


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    element = ET.SubElement(
        parent,
        tag,
        {
            key.rstrip("_").replace("_", "-"): _num(v) if isinstance(v, float) else str(v)
            for key, v in attrs.items()
        },
    )
    if text is not None:
        element.text = text
    return element


def _shape(parent: ET.Element, shape: str, x: float, y: float, css: str) -> None:
    s = MARK
    if shape == "square":
        _el(parent, "rect", x=x - s * 0.8, y=y - s * 0.8, width=s * 1.6, height=s * 1.6, class_=css)
    elif shape == "circle":
        _el(parent, "circle", cx=x, cy=y, r=s * 0.85, class_=css)
    else:  # diamond
        points = f"{_num(x)},{_num(y - s)} {_num(x + s)},{_num(y)} {_num(x)},{_num(y + s)} {_num(x - s)},{_num(y)}"
        _el(parent, "polygon", points=points, class_=css)


@dataclass(frozen=True)
class Layout:
    scale: Scale
    top: float  # where the first row starts
    height: float
    width: float


def _axis(svg: ET.Element, layout: Layout, abbreviations: tuple[str, ...]) -> None:
    scale, top = layout.scale, layout.top
    axis = _el(svg, "g", class_="tl-axis", aria_hidden="true")
    bottom = layout.height - BOTTOM
    for i, (year, month) in enumerate(scale.months):
        x = scale.left + i * scale.width
        first_of_year = month == 1 or i == 0
        css = "tl-grid tl-grid--year" if month == 1 and i else "tl-grid"
        _el(
            axis,
            "line",
            x1=x,
            y1=(top - 26.0 if first_of_year else top - 14.0),
            x2=x,
            y2=bottom,
            class_=css,
        )
        if first_of_year:
            _el(axis, "text", str(year), x=x + 4.0, y=top - 30.0, class_="tl-year")
        _el(
            axis,
            "text",
            abbreviations[month - 1],
            x=x + scale.width / 2,
            y=top - 6.0,
            text_anchor="middle",
        )
    _el(axis, "line", x1=scale.right, y1=top - 14.0, x2=scale.right, y2=bottom, class_="tl-grid")


def _row(parent: ET.Element, layout: Layout, row: Row, y: float, height: float) -> None:
    scale = layout.scale
    group = _el(
        parent,
        "g",
        class_="tl-row",
        id=f"tl-{row.anchor}",
        role="group",
        aria_label=f"{row.name}: {_clean(row.measure.title)}",
    )
    _el(group, "rect", x=0.0, y=y, width=scale.right + RIGHT, height=height, class_="tl-band")
    link = _el(group, "a", href=f"{PLAN_PAGE}#{row.anchor}")
    _el(
        link, "rect", x=2.0, y=y + 5, width=LABEL_WIDTH - 10.0, height=ROW - 10.0, class_="tl-focus"
    )
    _el(link, "text", row.name, x=8.0, y=y + ROW / 2 + 4.5)
    centre = y + ROW / 2 - 2
    for mark in row.marks:
        item = _el(group, "g", class_="tl-item", role="img")
        _el(item, "title", f"{row.name} – {mark.alt}")
        if mark.shape == "ongoing":
            x0 = scale.x(mark.ongoing_from) if mark.ongoing_from else scale.left
            x1 = scale.right + RIGHT - 8
            bar_y = y + height - 10
            _el(
                item,
                "rect",
                x=x0,
                y=bar_y,
                width=max(x1 - x0, 6.0),
                height=6.0,
                class_="tl-ongoing",
            )
            tip = f"{_num(x1)},{_num(bar_y - 3)} {_num(x1 + 7)},{_num(bar_y + 3)} {_num(x1)},{_num(bar_y + 9)}"
            _el(item, "polygon", points=tip, class_="tl-mark tl-mark--evaluation")
            continue
        assert mark.at is not None
        cy = centre + mark.lane * LANE
        x = scale.mid(mark.at)
        if mark.start is not None:
            x0 = scale.x(mark.start)
            _el(
                item,
                "rect",
                x=x0,
                y=cy - 5,
                width=max(x - x0, 4.0),
                height=10.0,
                class_="tl-period",
            )
        elif mark.whole_month:
            x0 = scale.x(dt.date(mark.at.year, mark.at.month, 1))
            _el(item, "line", x1=x0, y1=cy, x2=x, y2=cy, class_="tl-span")  # |--<>: in the month
            _el(item, "line", x1=x0, y1=cy - 4, x2=x0, y2=cy + 4, class_="tl-span")
        if mark.externals:
            for external in mark.externals:
                ext_day = external.due.latest_date()
                if ext_day is not None:
                    ext_x = scale.mid(ext_day)
                    _el(item, "line", x1=ext_x, y1=cy, x2=x, y2=cy, class_="tl-builds")
            _el(item, "circle", cx=x, cy=cy, r=MARK + 3.5, class_="tl-ring")
        _shape(item, mark.shape, x, cy, f"tl-mark tl-mark--{mark.milestone.kind}")


def timeline_svg(plan: Plan, feeds: FeedSet, today: dt.date) -> tuple[str, bool]:
    """The SVG (as text) and whether it shows a "vandaag" line."""
    rows = timeline_rows(plan, feeds)
    scale = Scale(chart_months(plan, rows))
    for row in rows:
        _lanes(scale, row)
    externals = [x for x in plan.external_milestones if x.due.latest_date() is not None]
    top = HEAD + EXTERNAL_LINE * len(externals)
    heights = [
        ROW + LANE * (row.lanes - 1) + (8 if any(m.shape == "ongoing" for m in row.marks) else 0)
        for row in rows
    ]
    height = top + sum(heights) + BOTTOM
    width = scale.right + RIGHT
    layout = Layout(scale, top, height, width)
    first, last = scale.months[0], scale.months[-1]
    period = plan.word("tl_period", start=month_name(first, plan), end=month_name(last, plan))
    svg = ET.Element(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "timeline",
            "width": _num(width),
            "height": _num(height),
            "viewBox": f"0 0 {_num(width)} {_num(height)}",
            "role": "group",
            "aria-labelledby": "tl-titel",
            "aria-describedby": "tl-beschrijving",
            "focusable": "false",
        },
    )
    one, many = plan.noun("measure"), plan.noun("measures")
    _el(svg, "title", plan.word("tl_svg_title", measures=many, period=period), id="tl-titel")
    _el(
        svg,
        "desc",
        plan.word(
            "tl_svg_desc",
            measure=one,
            count=len(rows),
            period=period,
            deliverable=plan.noun("kind_deliverable"),
            decision=plan.noun("kind_decision"),
            evaluation=plan.noun("kind_evaluation"),
        ),
        id="tl-beschrijving",
    )
    defs = _el(svg, "defs")
    pattern = _el(
        defs,
        "pattern",
        id="tl-hatch",
        width=6.0,
        height=6.0,
        patternUnits="userSpaceOnUse",
        patternTransform="rotate(45)",
    )
    _el(pattern, "rect", width=6.0, height=6.0, fill="#ffffff")
    _el(pattern, "line", x1=0.0, y1=0.0, x2=0.0, y2=6.0, stroke="#1b1b1b", stroke_width=2.5)
    _axis(svg, layout, plan.month_abbreviations)
    body = _el(svg, "g", class_="tl-rows")
    y = top
    for row, row_height in zip(rows, heights, strict=True):
        _row(body, layout, row, y, row_height)
        y += row_height
    bottom = height - BOTTOM
    for i, external in enumerate(externals):
        day = external.due.latest_date()
        assert day is not None
        x = scale.mid(day)
        builders = [
            f"{row.name} ({_clean(mark.milestone.wording)})"
            for row in rows
            for mark in row.marks
            if external in mark.externals
        ]
        title = plan.word(
            "tl_external",
            title=_clean(external.title or external.id),
            wording=_clean(external.wording),
        )
        if builders:
            title += " " + plan.word("tl_external_builders", milestones=dutch_join(builders, plan))
        group = _el(svg, "g", class_="tl-external-group", role="img")
        _el(group, "title", title)
        label_y = 14.0 + EXTERNAL_LINE * i
        _el(group, "line", x1=x, y1=label_y + 4, x2=x, y2=bottom, class_="tl-external")
        anchor = "end" if x > scale.right - 160 else "start"
        _el(
            group,
            "text",
            _clean(external.title or external.id),
            x=x + (-5.0 if anchor == "end" else 5.0),
            y=label_y + 2,
            text_anchor=anchor,
            font_weight="700",
        )
    shown = scale.first_day <= today <= scale.last_day
    if shown:
        x = scale.mid(today)
        group = _el(svg, "g", class_="tl-today-group", role="img")
        _el(group, "title", plan.word("tl_today_title", day=dutch_day(today, plan)))
        _el(group, "line", x1=x, y1=top - 14.0, x2=x, y2=bottom + 4, class_="tl-today")
        anchor = "end" if x > scale.right - 60 else "start"
        _el(
            group,
            "text",
            plan.word("tl_today"),
            x=x + (-4.0 if anchor == "end" else 4.0),
            y=bottom + 18,
            text_anchor=anchor,
            class_="tl-today-label",
        )
    return ET.tostring(svg, encoding="unicode"), shown


def _features(plan: Plan, rows: list[Row], shown_today: bool) -> set[str]:
    """What the chart draws, so that the legend explains that and nothing else."""
    marks = [mark for row in rows for mark in row.marks]
    found = {m.milestone.kind for m in marks if m.shape != "ongoing"}
    found |= {"period"} if any(m.start is not None for m in marks) else set()
    found |= {"ongoing"} if any(m.shape == "ongoing" for m in marks) else set()
    found |= {"month"} if any(m.whole_month for m in marks) else set()
    found |= {"builds"} if any(m.externals for m in marks) else set()
    found |= {"external"} if plan.external_milestones else set()
    found |= {"today"} if shown_today else set()
    return found


def _legend(plan: Plan, features: set[str]) -> str:
    def icon(inner: str, width: int = 22) -> str:
        return (
            f'<svg width="{width}" height="18" viewBox="0 0 {width} 18" aria-hidden="true" '
            f'focusable="false" class="timeline legend-icon">{inner}</svg>'
        )

    diamond = '<polygon points="11,2 18,9 11,16 4,9" class="tl-mark"/>'
    square = '<rect x="5" y="3.5" width="11" height="11" class="tl-mark tl-mark--decision"/>'
    circle = '<circle cx="11" cy="9" r="6" class="tl-mark tl-mark--evaluation"/>'
    items = [
        ("deliverable", icon(diamond), plan.kind_name("deliverable")),
        ("decision", icon(square), plan.kind_name("decision")),
        ("evaluation", icon(circle), plan.kind_name("evaluation")),
        (
            "period",
            icon('<rect x="1" y="4" width="30" height="10" class="tl-period"/>', 32),
            plan.word("tl_legend_period"),
        ),
        (
            "ongoing",
            icon(
                '<rect x="1" y="6" width="22" height="6" class="tl-ongoing"/>'
                '<polygon points="23,3 30,9 23,15" class="tl-mark tl-mark--evaluation"/>',
                32,
            ),
            plan.word("tl_legend_ongoing"),
        ),
        (
            "month",
            icon(
                '<line x1="2" y1="9" x2="31" y2="9" class="tl-span"/>'
                '<line x1="2" y1="5" x2="2" y2="13" class="tl-span"/>'
                '<polygon points="31,2 38,9 31,16 24,9" class="tl-mark"/>',
                40,
            ),
            plan.word("tl_legend_month"),
        ),
        (
            "external",
            icon('<line x1="11" y1="0" x2="11" y2="18" class="tl-external"/>'),
            plan.word("tl_legend_external"),
        ),
        (
            "builds",
            icon(
                '<line x1="1" y1="9" x2="14" y2="9" class="tl-builds"/>'
                '<circle cx="22" cy="9" r="8" class="tl-ring"/>'
                '<polygon points="22,4 27,9 22,14 17,9" class="tl-mark"/>',
                32,
            ),
            plan.word("tl_legend_builds"),
        ),
        (
            "today",
            icon('<line x1="11" y1="0" x2="11" y2="18" class="tl-today"/>'),
            plan.word("tl_legend_today"),
        ),
    ]
    lis = "".join(
        f"<li>{svg}<span>{e(text)}</span></li>" for key, svg, text in items if key in features
    )
    legend = e(plan.word("tl_legend"))
    return f'<h2 class="vh" id="legenda">{legend}</h2><ul class="legend" aria-labelledby="legenda">{lis}</ul>'


def _table(plan: Plan, feeds: FeedSet, rows: list[Row]) -> str:
    head = (
        f'<thead><tr><th scope="col">{e(plan.labels["measure"])}</th>'
        f'<th scope="col">{e(plan.word("tl_col_milestone"))}</th>'
        f'<th scope="col">{e(plan.word("tl_col_when"))}</th>'
        f'<th scope="col">{e(plan.word("tl_col_timeline"))}</th>'
        f'<th scope="col">{e(plan.word("tl_col_kind"))}</th></tr></thead>'
    )
    body = []
    for external in plan.external_milestones:
        when = _when(plan, external)
        body.append(
            f'<tr><th scope="row">{e(plan.word("tl_external_row"))}</th>'
            f"<td>{e(_clean(external.title or external.id))}</td>"
            f"<td>{e(_clean(external.wording))}</td><td>{e(when)}</td>"
            f"<td>{e(plan.kind_name(external.kind))}</td></tr>"
        )
    for row in rows:
        for mark in row.marks:
            ms = mark.milestone
            anchor = feeds.names.get(f"milestone:{ms.id}", "")
            text = e(short_text(ms, row.measure))
            extra = ""
            if mark.externals:
                names = dutch_join([_clean(x.title or x.id) for x in mark.externals], plan)
                extra = f" <em>{e(plan.word('tl_row_builds_on', milestones=names))}</em>"
            body.append(
                f'<tr><th scope="row"><a href="{PLAN_PAGE}#{e(row.anchor)}">{e(row.name)}</a></th>'
                f'<td><a href="{PLAN_PAGE}#{e(anchor)}">{text}</a>{extra}</td>'
                f"<td>{e(_clean(ms.wording))}</td><td>{e(mark.when)}</td>"
                f"<td>{e(plan.kind_name(ms.kind))}</td></tr>"
            )
    return (
        f'<details class="no-print"><summary>{e(plan.word("tl_table_summary"))}</summary>'
        '<div class="scroll-box" role="region" tabindex="0" aria-labelledby="mijlpalen-tabel">'
        '<table class="table milestones-table">'
        '<caption id="mijlpalen-tabel">'
        f"{e(plan.word('tl_table_caption', measure=plan.noun()))}</caption>"
        f"{head}<tbody>{''.join(body)}</tbody></table></div></details>"
    )


def render_timeline_page(plan: Plan, feeds: FeedSet, today: dt.date) -> tuple[str, str, bool]:
    """(the page's main content, its extra head (print style), whether "vandaag" shows)."""
    rows = timeline_rows(plan, feeds)
    svg, shown = timeline_svg(plan, feeds, today)
    months = chart_months(plan, rows)
    one, many = plan.noun("measure"), plan.noun("measures")
    today_line = " " + plan.word("tl_intro_today", day=dutch_day(today, plan)) if shown else ""
    intro = plan.word(
        "tl_intro",
        measure=one,
        start=month_name(months[0], plan),
        end=month_name(months[-1], plan),
    )
    body = "\n".join(
        [
            f"<h1>{text_html(plan.word('tl_heading', measures=many))}</h1>",
            f'<p class="lead intro">{e(_clean(plan.document.title))}</p>',
            f'<p class="intro">{text_html(intro + today_line)}</p>',
            _legend(plan, _features(plan, rows, shown)),
            '<div class="scroll-box timeline-box" role="region" tabindex="0" '
            f'aria-label="{e(plan.word("tl_box_label", measures=many))}">',
            svg,
            "</div>",
            _table(plan, feeds, rows),
        ]
    )
    return body, PRINT_STYLE, shown


__all__ = ["MONTH_NAMES", "Scale", "render_timeline_page", "timeline_rows", "timeline_svg"]
