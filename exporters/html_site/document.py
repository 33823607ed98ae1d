"""index.html: the whole published plan as one web page, in the order of the report.

Title block (title, municipalities, document code, date and version), table of contents,
chapter 1 (the inspectorates' points and the general response), a chapter per improvement
point (analysis, objective, measure list, measure tables), the closing chapter and the
planning grid, numbered as in the Word report (1, 2, 2.1, ...). Then what the web adds: the
owners with their measures and milestones, and the plan's versions.

Every word the report prints comes from the plan: its texts, and its labels (plan.labels and
a measure's own, through Plan.label), the table the Word report reads too; the month names
of the grid are plancheck.wording's. Measure tables are two-column tables (th scope=row for
the label), the grid a data table per year with column and row headers and a caption,
footnotes numbered links to notes at the end of their part with links back. Anchors: a
measure is `maatregel-3-1`, a milestone `mijlpaal-<id>`, an owner `rol-<id>`: the names of the
calendar feeds (plancheck.exporters.ics_feed), so the plan page, the timeline and the
calendars page point at one another.
"""

from __future__ import annotations

from plancheck import words
from plancheck.exporters.ics_feed.events import numeric_day
from plancheck.exporters.ics_feed.feeds import FeedSet
from plancheck.exporters.webpage import e, t
from plancheck.markup import ListBlock, Paragraph, parse
from plancheck.model import ImprovementPoint, Measure, Milestone, Plan

from .text import Footnotes, Ids, TextWriter


def timeline_page(plan: Plan) -> str:
    """The timeline's file name, from the plan's words ('tijdlijn.html')."""
    name = plan.slug_word("timeline_file")
    return "timeline.html" if name == "index" else f"{name}.html"


def calendars_folder(plan: Plan) -> str:
    """The calendars' folder in the site, from the plan's words ('agenda')."""
    return plan.slug_word("calendars_folder")


def calendars_page(plan: Plan) -> str:
    return f"{calendars_folder(plan)}/index.html"


class _Toc:
    def __init__(self) -> None:
        # level, number, title html, id, whether it is printed
        self.entries: list[tuple[int, str, str, str, bool]] = []

    def add(
        self, level: int, number: str, title: str, anchor: str, *, printed: bool = True
    ) -> None:
        self.entries.append((level, number, title, anchor, printed))

    def html(self, heading: str) -> str:
        out = [
            '<nav class="toc plan-toc" aria-labelledby="inhoudsopgave">',
            f'<h2 id="inhoudsopgave">{heading}</h2>',
            "<ol>",
        ]
        depth, open_item = 1, False
        for wanted, number, title, anchor, printed in self.entries:
            level = min(wanted, depth + 1)  # a list never skips a level
            if level > depth:
                out.append("<ol>")
                depth = level
            else:
                if open_item:
                    out.append("</li>")
                while depth > level:
                    out.append("</ol></li>")
                    depth -= 1
            nr = f'<span class="nr">{e(number)}</span>' if number else ""
            css = "" if printed else ' class="no-print"'
            out.append(f'<li{css}><a href="#{e(anchor)}">{nr}<span>{title}</span></a>')
            open_item = True
        if open_item:
            out.append("</li>")
        out.append("</ol></li>" * (depth - 1) + "</ol></nav>")
        return "".join(out)


class PlanPage:
    """Writes the plan page's main content. One instance per page."""

    def __init__(self, plan: Plan, feeds: FeedSet) -> None:
        self.plan = plan
        self.names = feeds.names
        self.ids = Ids(tuple(feeds.names.values()))
        self.notes = Footnotes(
            {f.id: f.text for f in plan.footnotes},
            self.ids,
            (
                plan.word("footnote", number="{number}"),
                plan.word("footnote_back", number="{number}"),
                plan.word("footnotes"),
            ),
        )
        self.text = TextWriter(self.notes, self._measure_href)
        self.toc = _Toc()
        self.out: list[str] = []

    # -- names ----------------------------------------------------------------------------
    def measure_anchor(self, measure_id: str) -> str | None:
        return self.names.get(f"measure:{measure_id}")

    def _measure_href(self, measure_id: str) -> str | None:
        anchor = self.measure_anchor(measure_id)
        return f"#{anchor}" if anchor else None

    def milestone_anchor(self, milestone: Milestone) -> str:
        return self.names[f"milestone:{milestone.id}"]

    def owner_anchor(self, owner_id: str) -> str | None:
        return self.names.get(f"owner:{owner_id}")

    def measure_name(self, measure: Measure) -> str:
        return f"{self.plan.label(measure, 'measure')} {measure.id}"

    # -- writing --------------------------------------------------------------------------
    def _heading(
        self, level: int, number: str, title: str, *, toc: int | None = None, anchor: str = ""
    ) -> None:
        """A heading; numbered ones go into the table of contents at level `toc`."""
        ident = anchor or self.ids.new(
            ("hoofdstuk-" if "." not in number else "paragraaf-") + number.replace(".", "-")
            if number
            else "kop"
        )
        nr = f'<span class="nr">{e(number)}</span> ' if number else ""
        self.out.append(f'<h{level} id="{e(ident)}">{nr}{self.text.inline(title)}</h{level}>')
        if toc is not None:
            self.toc.add(toc, number, self.text.plain_inline(title), ident)

    def _notes(self) -> None:
        self.out.append(self.notes.flush(self.text.inline))

    def write(self) -> str:
        """The main content of the page: title block, contents, chapters, additions."""
        plan = self.plan
        chapter = 1
        self._introduction(chapter)
        for point in plan.improvement_points:
            chapter += 1
            self._point(point, chapter)
        if plan.closing is not None:
            chapter += 1
            self._closing(chapter)
        chapter += 1
        self._planning(chapter)
        self._owners()
        self._versions()
        body = self.out
        self.out = []
        self._title_block()
        head = self.out
        return "\n".join([*head, self.toc.html(e(plan.document.contents_title)), *body])

    def _title_block(self) -> None:
        plan, doc = self.plan, self.plan.document
        version = plan.revisions[-1]
        self.out += [
            '<div class="title-block">',
            f"<h1>{self.text.inline(doc.title, notes=False)}</h1>",
            f"<p>{e(plan.municipalities_line())}</p>",
            f"<p>{e(doc.code)}</p>",
            f'<p>{e(plan.labels["date"])} <time datetime="{doc.version_date.isoformat()}">'
            f"{e(numeric_day(doc.version_date))}</time></p>",
            f"<p>{e(plan.labels['version'])} {e(version.version)}: "
            f"{self.text.inline(version.reason, notes=False)}</p>",
            '<p class="no-print">'
            + plan.word(
                "site_see_also",
                escape=t,
                timeline=f'<a href="{timeline_page(plan)}">',
                calendars=f'<a href="{calendars_page(plan)}">',
                end="</a>",
                measures=e(plan.noun("measures")),
            )
            + "</p>",
            "</div>",
        ]

    def _introduction(self, chapter: int) -> None:
        plan = self.plan
        intro = plan.introduction
        self.out.append("<section>")
        self._heading(2, str(chapter), intro.title, toc=1)
        self._heading(3, "", intro.points_heading)
        for point in plan.improvement_points:
            self.out.append(
                f"<p>{e(plan.labels['point'])} {e(point.id)}. "
                f"{self.text.inline(point.inspectorate_wording)}</p>"
            )
        self._heading(3, "", intro.response.heading)
        self.out.append(self.text.text(intro.response.text))
        self._notes()
        self.out.append("</section>")

    def _point(self, point: ImprovementPoint, chapter: int) -> None:
        plan = self.plan
        self.out.append("<section>")
        self._heading(2, str(chapter), point.title, toc=1)
        self._heading(3, "", f"{point.title}.")
        self.out.append(self.text.text(point.statement))
        self._notes()
        number = {s.kind: f"{chapter}.{s.number}" for s in point.sections()}
        if point.analysis_title is not None:
            self._heading(3, number["analysis"], point.analysis_title, toc=2)
            for part in point.analysis:
                self._heading(4, "", part.heading)
                self.out.append(self.text.text(part.text))
            self._notes()
        if point.objective_title is not None and point.objective is not None:
            self._heading(3, number["objective"], point.objective_title, toc=2)
            self.out.append(
                f"<p>{self.text.inline(point.title)}: "
                f"{self.text.inline(point.inspectorate_wording)}</p>"
            )
            self.out.append(f"<p><strong>{e(plan.labels['objective'])}</strong></p>")
            self.out.append(self.text.text(point.objective))
            self._notes()
        if point.measures_title is not None:
            self._heading(3, number["measure_list"], point.measures_title, toc=2)
            self._measure_list(point)
            self._notes()
        self._heading(3, number["measures"], point.elaboration_title, toc=2)
        for measure in point.measures:
            self._measure(measure)
        self.out.append("</section>")

    def _measure_list(self, point: ImprovementPoint) -> None:
        numbered = all(item.number.isdigit() for item in point.measure_list)
        items = []
        for item in point.measure_list:
            links = []
            for ident in item.measures:
                measure = self.plan.measure(ident)
                anchor = self.measure_anchor(ident)
                if measure is not None and anchor is not None:
                    links.append(f'<a href="#{e(anchor)}">{e(self.measure_name(measure))}</a>')
            extra = f' <span class="no-print">({", ".join(links)})</span>' if links else ""
            text = self.text.inline(item.text)
            if numbered:
                items.append(f'<li value="{e(item.number)}">{text}{extra}</li>')
            else:
                items.append(f"<li>{e(item.number)}. {text}{extra}</li>")
        tag = "ol" if numbered else "ul"
        self.out.append(f'<{tag} class="point-list">{"".join(items)}</{tag}>')

    def _closing(self, chapter: int) -> None:
        closing = self.plan.closing
        assert closing is not None
        self.out.append("<section>")
        self._heading(2, str(chapter), closing.title, toc=1)
        for part in closing.parts:
            self._heading(3, "", part.heading)
            self.out.append(self.text.text(part.text))
        self._notes()
        self.out.append("</section>")

    # -- measures -----------------------------------------------------------------------------
    def _measure(self, measure: Measure) -> None:
        plan = self.plan
        anchor = self.measure_anchor(measure.id) or self.ids.new("maatregel")
        heading = self.ids.new(f"{anchor}-titel")
        name = self.measure_name(measure)
        own = {
            "owners": lambda: self._owners_cell(measure),
            "realisation": lambda: "".join(self._milestone(ms) for ms in measure.realisation),
        }
        rows = [
            (name, own[name]() if name in own else self.text.text(getattr(measure, name)))
            for name in words.MEASURE_ROWS
        ]
        self.toc.add(3, "", e(name), anchor)
        self.out += [
            f'<section class="measure" id="{e(anchor)}">',
            f'<h4 id="{e(heading)}"><span class="nr">{e(name)}</span> '
            f"{self.text.inline(measure.title)}</h4>",
            f'<table class="table measure-table" role="table" aria-labelledby="{e(heading)}">',
            '<tbody role="rowgroup">',
        ]
        for field, cell in rows:
            self.out.append(
                f'<tr role="row"><th scope="row" role="rowheader">'
                f"{self.text.inline(plan.label(measure, field))}</th>"
                f'<td role="cell">{cell}</td></tr>'
            )
        self.out += [
            "</tbody></table>",
            f'<p class="measure__links no-print"><a href="{calendars_page(plan)}#{e(anchor)}">'
            f"{plan.word('site_measure_calendar', escape=t, measure=e(name))}</a> · "
            f'<a href="{timeline_page(plan)}#tl-{e(anchor)}">'
            f"{plan.word('site_measure_timeline', escape=t, measure=e(name))}</a></p>",
            "</section>",
        ]
        self._notes()

    def _owners_cell(self, measure: Measure) -> str:
        """Each owner's published wording, linked to the owner in the list of owners."""
        out = []
        for ref in measure.owners:
            blocks = parse(ref.wording)
            anchor = self.owner_anchor(ref.owner) if self.plan.owner(ref.owner) else None
            simple = (
                len(blocks) == 1
                and isinstance(blocks[0], Paragraph)
                and all(r.footnote is None and r.measure is None for r in blocks[0].runs)
            )
            if anchor is not None and simple:
                assert isinstance(blocks[0], Paragraph)
                out.append(f'<p><a href="#{e(anchor)}">{self.text.runs(blocks[0].runs)}</a></p>')
            else:
                out.append(self.text.blocks(blocks))
        return "".join(out)

    def _milestone(self, milestone: Milestone) -> str:
        """'Voor 01-10-2018: text', as in the report; a text that starts with a list gets its
        wording on a line of its own."""
        anchor = self.milestone_anchor(milestone)
        wording = self.text.inline(milestone.wording)
        blocks = parse(milestone.text) if milestone.text else ()
        if not blocks:
            return (
                f'<div class="milestone" id="{e(anchor)}"><p>'
                f'<strong class="milestone__when">{wording}.</strong></p></div>'
            )
        head, *rest = blocks
        if isinstance(head, ListBlock):
            lead = f'<p><strong class="milestone__when">{wording}:</strong></p>'
            rest = list(blocks)
        else:
            lead = (
                f'<p><strong class="milestone__when">{wording}:</strong> '
                f"{self.text.runs(head.runs)}</p>"
            )
        return f'<div class="milestone" id="{e(anchor)}">{lead}{self.text.blocks(rest)}</div>'

    # -- planning -----------------------------------------------------------------------------
    def _planning(self, chapter: int) -> None:
        plan = self.plan
        planning = plan.planning
        self.out.append("<section>")
        self._heading(2, str(chapter), planning.title, toc=1)
        self.out.append(
            '<p class="no-print">'
            + plan.word(
                "site_planning_timeline",
                escape=t,
                timeline=f'<a href="{timeline_page(plan)}">',
                end="</a>",
            )
            + "</p>"
        )
        rows = {row.measure: row for row in planning.rows}
        measures = [m for m in plan.measures if m.id in rows]
        label = plan.labels["measure"]
        for year in planning.years:
            months = [m for m in planning.months if m[0] == year]
            caption = self.ids.new(f"planning-{year}")
            self.out += [
                f'<div class="scroll-box" role="region" tabindex="0" aria-labelledby="{caption}">',
                '<table class="table planning">',
                f'<caption id="{caption}">{e(planning.title)} {year}</caption>',
                f'<thead><tr><th scope="col">{e(label)}</th>',
            ]
            for _, month in months:
                short, full = self.plan.month_abbreviations[month - 1], plan.month_names[month - 1]
                abbr = e(short) if short == full else f'<abbr title="{e(full)}">{e(short)}</abbr>'
                self.out.append(f'<th scope="col">{abbr}</th>')
            self.out.append("</tr></thead><tbody>")
            for measure in measures:
                grid = rows[measure.id]
                name = e(self.measure_name(measure))
                anchor = self.measure_anchor(measure.id)
                link = f'<a href="#{e(anchor)}">{name}</a>' if anchor else name
                work = "".join(f"<td>{'X' if m in grid.work else ''}</td>" for m in months)
                evaluation = "".join(
                    f"<td>{'X' if m in grid.evaluation else ''}</td>" for m in months
                )
                self.out += [
                    f'<tr><th scope="row">{link}</th>{work}</tr>',
                    f'<tr class="evaluation"><th scope="row"><span class="vh">{name}: </span>'
                    f"{e(plan.labels['evaluation_row'])}</th>{evaluation}</tr>",
                ]
            self.out.append("</tbody></table></div>")
        self.out.append(
            "<p>"
            + plan.word(
                "site_planning_key",
                escape=t,
                measure=e(plan.noun()),
                evaluation_row=e(plan.labels["evaluation_row"]),
            )
            + "</p>"
        )
        self._notes()
        self.out.append("</section>")

    # -- what the web adds ----------------------------------------------------------------------
    def _owners(self) -> None:
        plan = self.plan
        ident = self.ids.new("verantwoordelijken")
        self.out.append('<section class="no-print">')
        title = plan.word("site_owners")
        self.out.append(f'<h2 id="{ident}">{e(title)}</h2>')
        self.toc.add(1, "", e(title), ident, printed=False)
        calendar = f"{calendars_page(plan)}#{plan.slug_word('anchor_per_owner')}"
        self.out.append(
            "<p>"
            + plan.word(
                "site_owners_intro",
                escape=t,
                measures=e(plan.noun("measures")),
                calendar=f'<a href="{calendar}">',
                end="</a>",
            )
            + "</p>"
        )
        self.out.append('<dl class="owners">')
        for owner in plan.owners:
            anchor = self.owner_anchor(owner.id) or self.ids.new("rol")
            measures = [m for m in plan.measures if any(r.owner == owner.id for r in m.owners)]
            pending = "" if owner.appointed else f" {e(plan.word('site_owner_pending'))}"
            self.out.append(
                f'<dt id="{e(anchor)}">{self.text.inline(owner.name, notes=False)}{pending}</dt>'
            )
            if not measures:
                no_measures = plan.word("site_owner_none", measures=plan.noun("measures"))
                self.out.append(f"<dd>{e(no_measures)}</dd>")
                continue
            links = ", ".join(
                f'<a href="#{e(self.measure_anchor(m.id) or "")}">{e(self.measure_name(m))}</a>'
                for m in measures
            )
            milestones = "".join(
                f'<li><a href="#{e(self.milestone_anchor(ms))}">{e(self.measure_name(m))}: '
                f"{self.text.inline(ms.wording, notes=False)}</a></li>"
                for m in measures
                for ms in m.realisation
            )
            self.out.append(f"<dd><p>{links}</p><ul>{milestones}</ul></dd>")
        self.out.append("</dl></section>")

    def _versions(self) -> None:
        plan = self.plan
        ident = self.ids.new("versies")
        caption = self.ids.new("versies-tabel")
        title = e(plan.word("site_versions"))
        self.toc.add(1, "", title, ident)
        self.out += [
            "<section>",
            f'<h2 id="{ident}">{title}</h2>',
            f'<div class="scroll-box" role="region" tabindex="0" aria-labelledby="{caption}">',
            '<table class="table">',
            f'<caption id="{caption}">'
            f"{e(plan.word('site_versions_caption', code=plan.document.code))}</caption>",
            f'<thead><tr><th scope="col">{e(plan.labels["version"])}</th>'
            f'<th scope="col">{e(plan.labels["version_date"])}</th>'
            f'<th scope="col">{e(plan.labels["version_reason"])}</th></tr></thead><tbody>',
        ]
        for revision in plan.revisions:
            self.out.append(
                f'<tr><th scope="row">{e(revision.version)}</th>'
                f'<td><time datetime="{revision.date.isoformat()}">'
                f"{e(numeric_day(revision.date))}</time></td>"
                f"<td>{self.text.inline(revision.reason, notes=False)}</td></tr>"
            )
        self.out.append("</tbody></table></div></section>")


def render_plan_body(plan: Plan, feeds: FeedSet) -> str:
    return PlanPage(plan, feeds).write()
