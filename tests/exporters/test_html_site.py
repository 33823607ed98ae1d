"""The plan on the web (plancheck.exporters.html_site), read back as HTML and SVG.

The plan is the published one (tests/fixtures/plan-2018-08-31.yaml) or an edited copy;
expectations come from the model. The pages in a real browser (axe-core, overflow at 320 px,
focus, screenshots) are tests/web/test_site_browser.py's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import posixpath
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from support import PUBLISHED, edited_plan, require_shared

from plancheck.engine import check_file
from plancheck.exporters.html_site import render_site, write_site
from plancheck.exporters.html_site.timeline import timeline_svg
from plancheck.exporters.ics_feed import plan_feeds
from plancheck.exporters.webpage import DEFAULT_TOKENS, TokensError, contrast, load_tokens
from plancheck.model import Plan

TODAY = dt.date(2018, 10, 3)  # inside the published plan's period
BASE = "https://example.org/mijn plan/"


def load(path: Path = PUBLISHED) -> Plan:
    result = check_file(path)
    assert result.plan is not None, [f.message for f in result.findings]
    return result.plan


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load()


@pytest.fixture(scope="module")
def site(plan: Plan) -> dict[str, bytes]:
    return render_site(plan, today=TODAY)[0]


class Page(HTMLParser):
    """Ids, links, sources, headings, tables and the text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.sources: list[str] = []
        self.scripts = 0
        self.lang: str | None = None
        self.headings: list[tuple[str, str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._href: str | None = None
        self._link_text: list[str] = []
        self._heading: str | None = None
        self._heading_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append((tag, values))
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "html":
            self.lang = values.get("lang")
        if tag == "script":
            self.scripts += 1
        for name in ("src", "srcset", "poster", "data"):
            if values.get(name):
                self.sources.append(values[name] or "")
        if tag == "link" and values.get("href"):
            self.sources.append(values["href"] or "")
        if tag == "a" and values.get("href") is not None:
            self._href, self._link_text = values["href"] or "", []
        if re.fullmatch(r"h[1-6]", tag):
            self._heading, self._heading_text = tag, []

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._href is not None:
            self._link_text.append(data)
        if self._heading is not None:
            self._heading_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._link_text).split())))
            self._href = None
        if tag == self._heading:
            self.headings.append((tag, " ".join("".join(self._heading_text).split())))
            self._heading = None

    def words(self) -> str:
        return " ".join("".join(self.text).split())


def parse_page(data: bytes) -> Page:
    page = Page()
    page.feed(data.decode("utf-8"))
    return page


def html_pages(site: dict[str, bytes]) -> dict[str, Page]:
    return {name: parse_page(data) for name, data in site.items() if name.endswith(".html")}


# --------------------------------------------------------------------------- the site


def test_the_site_has_its_pages_the_stylesheet_and_the_calendars(
    plan: Plan, site: dict[str, bytes]
) -> None:
    names = set(site)
    assert {"index.html", "tijdlijn.html", "stijl.css", "agenda/index.html"} <= names
    feeds = plan_feeds(plan)
    assert {f"agenda/{f.file_name}" for f in feeds.feeds} <= names
    assert all(not n.startswith("/") and ".." not in n for n in names)


def test_every_link_is_relative_and_lands_on_an_id(site: dict[str, bytes]) -> None:
    pages = html_pages(site)
    outside = (
        "https://calendar.google.com/",
        "https://outlook.office.com/",
        "https://outlook.live.com/",
        "webcal://",
    )
    for name, page in pages.items():
        assert len(page.ids) == len(set(page.ids)), f"{name}: an id used twice"
        assert not [s for s in page.sources if "://" in s or s.startswith("/")], name
        for href, text in page.links:
            assert text, f"{name}: a link without text to {href}"
            if href.startswith(outside):
                continue
            assert "://" not in href and not href.startswith("/"), (name, href)
            parts = urlsplit(href)
            target = name
            if parts.path:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(name), parts.path))
            assert target in site, (name, href)
            if parts.fragment and target.endswith(".html"):
                assert parts.fragment in pages[target].ids, (name, href)


def test_no_page_loads_anything_from_another_host(site: dict[str, bytes]) -> None:
    css = site["stijl.css"].decode("utf-8")
    assert "url(http" not in css and "@import" not in css and "@font-face" not in css
    for name, page in html_pages(site).items():
        assert not [s for s in page.sources if "://" in s], name
        # the only script is the calendars page's copy button, inline, with an address only
        assert page.scripts == 0, name


def test_pages_are_in_the_plans_language_with_a_skip_link_and_one_h1(
    plan: Plan, site: dict[str, bytes]
) -> None:
    for name, page in html_pages(site).items():
        assert page.lang == plan.document.language, name
        assert [h for h, _ in page.headings].count("h1") == 1, name
        assert page.links[0] == ("#inhoud", "Naar de inhoud"), name
        assert "inhoud" in page.ids


# --------------------------------------------------------------------------- the plan page


def test_the_plan_page_has_the_reports_numbered_headings(
    plan: Plan, site: dict[str, bytes]
) -> None:
    page = parse_page(site["index.html"])
    headings = [text for _, text in page.headings]
    chapter = 1
    assert f"{chapter} {plan.introduction.title}" in headings
    for point in plan.improvement_points:
        chapter += 1
        assert f"{chapter} {point.title}" in headings
        for n, title in enumerate(
            (point.analysis_title, point.objective_title, point.measures_title), start=1
        ):
            assert any(h.startswith(f"{chapter}.{n} {title}") for h in headings), title
        assert f"{chapter}.4 {point.elaboration_title}" in headings
    if plan.closing:
        chapter += 1
        assert f"{chapter} {plan.closing.title}" in headings
    chapter += 1
    assert f"{chapter} {plan.planning.title}" in headings
    # the table of contents links every numbered heading
    toc = site["index.html"].decode("utf-8").split('aria-labelledby="inhoudsopgave"', 1)[1]
    toc = toc.split("</nav>", 1)[0]
    assert len(re.findall(r'<a href="#', toc)) >= chapter + 4 * len(plan.improvement_points)


def test_measure_tables_have_row_headers_with_the_plans_labels(
    plan: Plan, site: dict[str, bytes]
) -> None:
    html = site["index.html"].decode("utf-8")
    names = plan_feeds(plan).names
    for measure in plan.measures:
        anchor = names[f"measure:{measure.id}"]
        section = html.split(f'<section class="measure" id="{anchor}">', 1)[1]
        section = section.split("</section>", 1)[0]
        headers = re.findall(r'<th scope="row" role="rowheader">(.*?)</th>', section)
        fields = (
            "explanation",
            "kind",
            "owners",
            "involved",
            "result",
            "realisation",
            "embedding",
            "success_factors",
            "client_perspective",
        )
        assert headers == [plan.label(measure, f) for f in fields], measure.id
        assert f"{plan.labels['measure']} {measure.id}" in section
        for milestone in measure.realisation:
            assert f'id="{names[f"milestone:{milestone.id}"]}"' in section


def test_labels_come_from_the_plan(tmp_path: Path) -> None:
    path = edited_plan(
        tmp_path,
        ("  measure: Maatregel\n", "  measure: Actie\n"),
        ("  evaluation_row: evaluatie\n", "  evaluation_row: terugblik\n"),
    )
    files, _ = render_site(load(path), today=TODAY)
    page = parse_page(files["index.html"])
    text = page.words()
    assert "Actie 3.1" in text and "terugblik" in text
    assert "Maatregel 3.1" not in text
    assert "actie-3-1" in page.ids


def test_footnotes_are_numbered_links_with_links_back(plan: Plan, site: dict[str, bytes]) -> None:
    page = parse_page(site["index.html"])
    html = site["index.html"].decode("utf-8")
    refs = re.findall(r'<a id="(voetnoot-(\d+)-tekst[-\d]*)" href="#(voetnoot-\d+)"', html)
    cited = {f.id for f in plan.footnotes if f"[^{f.id}]" in _all_text(plan)}
    assert len({number for _, number, _ in refs}) == len(cited)
    assert [int(n) for _, n, _ in refs] == sorted(int(n) for _, n, _ in refs)  # reading order
    for ref, number, note in refs:
        assert note in page.ids
        assert (f"#{ref}", "↩\ufe0e") in page.links
        assert note == f"voetnoot-{number}"
    for footnote in plan.footnotes:
        if footnote.id in cited:
            assert " ".join(footnote.text.split()) in page.words()


def _all_text(plan: Plan) -> str:
    from plancheck.texts import plan_texts

    return "\n".join(text for text, _ in plan_texts(plan))


def test_the_planning_grid_is_a_data_table_per_year(plan: Plan, site: dict[str, bytes]) -> None:
    html = site["index.html"].decode("utf-8")
    rows = {row.measure: row for row in plan.planning.rows}
    for year in plan.planning.years:
        table = html.split(
            f'<caption id="planning-{year}">{plan.planning.title} {year}</caption>', 1
        )[1]
        table = table.split("</table>", 1)[0]
        months = [m for m in plan.planning.months if m[0] == year]
        assert len(re.findall(r'<th scope="col">', table)) == 1 + len(months)
        body = table.split("<tbody>", 1)[1]
        body_rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body)
        assert len(body_rows) == 2 * len(rows)
        for measure in (m for m in plan.measures if m.id in rows):
            work = next(r for r in body_rows if f">{plan.labels['measure']} {measure.id}</a>" in r)
            marks = re.findall(r"<td>(X?)</td>", work)
            assert marks == ["X" if m in rows[measure.id].work else "" for m in months]
        assert body.count('<th scope="row">') == 2 * len(rows)


def test_measure_references_and_owners_link_to_their_anchors(
    plan: Plan, site: dict[str, bytes]
) -> None:
    page = parse_page(site["index.html"])
    names = plan_feeds(plan).names
    hrefs = {href for href, _ in page.links}
    for owner in plan.owners:
        assert names[f"owner:{owner.id}"] in page.ids
    for measure in plan.measures:
        for ref in measure.owners:
            assert f"#{names[f'owner:{ref.owner}']}" in hrefs
        anchor = names[f"measure:{measure.id}"]
        assert f"agenda/index.html#{anchor}" in hrefs
        assert f"tijdlijn.html#tl-{anchor}" in hrefs
    linked = {run for text, _ in _texts_with_links(plan) for run in text}
    for measure_id in linked:
        assert f"#{names[f'measure:{measure_id}']}" in hrefs


def _texts_with_links(plan: Plan) -> list[tuple[set[str], str]]:
    from plancheck.texts import plan_texts, references

    out = []
    for text, _ in plan_texts(plan):
        measures = {m for _, m in references(text) if m is not None}
        if measures:
            out.append((measures, text))
    return out


def test_the_title_block_carries_the_version_and_the_document_code(
    plan: Plan, site: dict[str, bytes]
) -> None:
    text = parse_page(site["index.html"]).words()
    doc = plan.document
    assert doc.code in text
    assert f"{plan.labels['date']} {doc.version_date:%d-%m-%Y}" in text
    assert f"Versie {plan.revisions[-1].version}" in text


def test_fidelity_to_the_published_wording(tmp_path: Path, plan: Plan) -> None:
    """At least 0.98 of the published plan's words in order (../shared/tools/fidelity.py)."""
    tool = require_shared("tools/fidelity.py")
    seed = sorted(require_shared("seeds").glob("000_*.txt"))[0]
    out = tmp_path / "site"
    out.mkdir()
    write_site(plan, out, today=TODAY)
    done = subprocess.run(
        [sys.executable, str(tool), str(seed), str(out / "index.html")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found = re.search(r"fidelity (\d\.\d+)", done.stdout)
    assert found, done.stdout
    assert float(found.group(1)) >= 0.98, done.stdout


# --------------------------------------------------------------------------- the timeline


def svg_of(html: bytes) -> ET.Element:
    text = html.decode("utf-8")
    start = text.index('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"')
    end = text.index("</svg>", start) + len("</svg>")
    return ET.fromstring(text[start:end])


SVG = "{http://www.w3.org/2000/svg}"


def test_the_timeline_is_a_labelled_svg_with_a_text_for_every_mark(
    plan: Plan, site: dict[str, bytes]
) -> None:
    svg = svg_of(site["tijdlijn.html"])
    assert svg.get("role") == "group"
    assert svg.get("aria-labelledby") == "tl-titel" and svg.get("aria-describedby")
    assert svg.find(f"{SVG}title") is not None and svg.find(f"{SVG}desc") is not None
    items = [g for g in svg.iter(f"{SVG}g") if g.get("role") == "img"]
    titles = [g.find(f"{SVG}title") for g in items]
    assert all(t is not None and (t.text or "").strip() for t in titles)
    marks = [g for g in svg.iter(f"{SVG}g") if g.get("class") == "tl-item"]
    assert len(marks) == len(plan.milestones)
    rows = [g for g in svg.iter(f"{SVG}g") if g.get("class") == "tl-row"]
    names = plan_feeds(plan).names
    assert [r.get("id") for r in rows] == [f"tl-{names[f'measure:{m.id}']}" for m in plan.measures]
    for row, measure in zip(rows, plan.measures, strict=True):
        link = row.find(f"{SVG}a")
        assert (
            link is not None and link.get("href") == f"index.html#{names[f'measure:{measure.id}']}"
        )


def test_the_timeline_draws_periods_ongoing_work_externals_and_today(
    plan: Plan, site: dict[str, bytes]
) -> None:
    svg = svg_of(site["tijdlijn.html"])
    classes = [e.get("class") or "" for e in svg.iter()]
    assert classes.count("tl-period") == sum(m.is_period for m in plan.milestones)
    assert classes.count("tl-ongoing") == sum(m.due.kind == "ongoing" for m in plan.milestones)
    assert classes.count("tl-external") == len(plan.external_milestones)
    builders = [
        m for m in plan.milestones if set(m.builds_on) & {x.id for x in plan.external_milestones}
    ]
    assert classes.count("tl-ring") == len(builders)
    assert classes.count("tl-today") == 1
    titles = [t.text or "" for t in svg.iter(f"{SVG}title")]
    assert any(t.startswith("Vandaag: 3 oktober 2018") for t in titles)
    external = next(t for t in titles if t.startswith("Externe mijlpaal"))
    for milestone in builders:
        assert " ".join(milestone.wording.split()) in external
    # shapes differ by kind, not only colours (grey-scale readable)
    shapes = {
        (e.tag.removeprefix(SVG), (e.get("class") or "").split()[-1])
        for e in svg.iter()
        if "tl-mark" in (e.get("class") or "").split()
    }
    by_kind = {cls: tag for tag, cls in shapes if cls.startswith("tl-mark--")}
    assert by_kind["tl-mark--deliverable"] == "polygon"
    assert by_kind["tl-mark--decision"] == "rect"
    assert by_kind["tl-mark--evaluation"] in ("circle", "polygon")


@pytest.mark.parametrize("today", [dt.date(2017, 12, 31), dt.date(2020, 1, 1)])
def test_no_today_line_outside_the_period(plan: Plan, today: dt.date) -> None:
    feeds = plan_feeds(plan)
    svg, shown = timeline_svg(plan, feeds, today)
    assert not shown and "tl-today" not in svg


def test_the_timeline_page_has_a_scroll_box_a_table_and_a_print_page(
    plan: Plan, site: dict[str, bytes]
) -> None:
    html = site["tijdlijn.html"].decode("utf-8")
    assert re.search(
        r'<div class="scroll-box timeline-box" role="region" tabindex="0" aria-label="[^"]+">'
        r"\s*<svg",
        html,
    )
    details = html.split("<details", 1)[1].split("</details>", 1)[0]
    assert "<summary>" in details and "<caption" in details
    assert details.count("<tr>") == 1 + len(plan.milestones) + len(plan.external_milestones)
    assert "@page{size:A4 landscape" in html


# --------------------------------------------------------------------------- output


def test_same_plan_and_day_give_the_same_bytes(plan: Plan) -> None:
    first = render_site(plan, today=TODAY, base_url=BASE)[0]
    second = render_site(load(), today=TODAY, base_url=BASE)[0]
    assert first == second


def test_with_a_base_url_the_feeds_live_under_agenda(plan: Plan) -> None:
    files, summary = render_site(plan, today=TODAY, base_url=BASE)
    assert summary.base_url == "https://example.org/mijn%20plan/"
    feed = files["agenda/alle-mijlpalen.ics"].decode("utf-8")
    assert "SOURCE;VALUE=URI:https://example.org/mijn%20plan/agenda/alle-mijlpalen.ics" in feed
    page = parse_page(files["agenda/index.html"])
    assert (
        "webcal://example.org/mijn%20plan/agenda/alle-mijlpalen.ics",
        "Apple Agenda – abonneren op Alle mijlpalen",
    ) in page.links


def test_write_site_writes_every_file_inside_the_folder(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    summary = write_site(plan, out, today=TODAY)
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == sorted(summary.files)


# --------------------------------------------------------------------------- tokens


def write_tokens(folder: Path, data: object, name: str = "tokens.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_tokens_theme_the_stylesheet_and_the_header(plan: Plan, tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
        '<rect width="40" height="40" fill="#003366"/></svg>',
        "utf-8",
    )
    tokens = load_tokens(
        write_tokens(
            tmp_path,
            {
                "organisation": "Gemeente Vlissingen",
                "logo": "logo.svg",
                "font-family": '"Segoe UI", Arial, sans-serif',
                "color": {"primary": "#003366", "link": "#0b4f8a"},
            },
        )
    )
    files, _ = render_site(plan, today=TODAY, tokens=tokens)
    css = files["stijl.css"].decode("utf-8")
    assert "--pc-color-primary:#003366;" in css and "--pc-color-link:#0b4f8a;" in css
    assert '--pc-font-family:"Segoe UI", Arial, sans-serif;' in css
    assert files["logo.svg"].startswith(b"<svg")
    for name in ("index.html", "tijdlijn.html", "agenda/index.html"):
        html = files[name].decode("utf-8")
        assert "Gemeente Vlissingen" in html
        prefix = "../" if "/" in name else ""
        assert f'src="{prefix}logo.svg" alt="Gemeente Vlissingen"' in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"colour": {}}, "unknown key 'colour'"),
        ({"color": {"primary": "blue"}}, "must be #rgb or #rrggbb"),
        ({"color": {"brand": "#123456"}}, "unknown colour 'brand'"),
        ({"color": {"link": "#9999ff"}}, "contrast of"),
        ({"color": {"primary": "#ffdd00"}}, "text on the coloured band"),
        ({"font-family": "x; background:url(http://evil)"}, "installed font names"),
        ({"logo": "missing.svg", "organisation": "X"}, "does not exist"),
        ({"logo": "logo.gif", "organisation": "X"}, ".svg or .png"),
        ([], "must be a JSON object"),
    ],
)
def test_bad_tokens_are_refused_with_a_reason(tmp_path: Path, data: object, message: str) -> None:
    with pytest.raises(TokensError, match=re.escape(message)):
        load_tokens(write_tokens(tmp_path, data))


def test_an_svg_logo_that_could_fetch_or_run_something_is_refused(tmp_path: Path) -> None:
    for inner in (
        "<script>alert(1)</script>",
        '<image href="https://example.org/x.png"/>',
        '<rect onclick="x()" width="1" height="1"/>',
        '<rect fill="url(https://example.org/#x)" width="1" height="1"/>',
    ):
        (tmp_path / "logo.svg").write_text(
            f'<svg xmlns="http://www.w3.org/2000/svg">{inner}</svg>', "utf-8"
        )
        with pytest.raises(TokensError):
            load_tokens(write_tokens(tmp_path, {"logo": "logo.svg", "organisation": "X"}))


def test_the_default_tokens_pass_their_own_contrast_checks() -> None:
    from plancheck.exporters.webpage.tokens import CONTRASTS

    colors = DEFAULT_TOKENS.colors
    for fore, back, minimum, _ in CONTRASTS:
        assert contrast(colors[fore], colors[back]) >= minimum, (fore, back)
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0


# --------------------------------------------------------------------------- the command


def plancheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plancheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_export_html_writes_the_site_and_replaces_it_whole(tmp_path: Path) -> None:
    edited_plan(tmp_path)
    done = plancheck("export", "html", "-o", "site", "--today", "2018-10-03", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "tijdlijn.html" in done.stderr and "agenda/" in done.stderr
    site = tmp_path / "site"
    assert (site / "index.html").is_file() and (site / "agenda" / "alle-mijlpalen.ics").is_file()
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    # a plan with errors: nothing exported, the last good site stays
    edited_plan(tmp_path, ('            due: "2018-06-30"', '            due: "2018-07-31"'))
    failed = plancheck("export", "html", "-o", "site", cwd=tmp_path)
    assert failed.returncode == 1 and "nothing exported" in failed.stderr
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml", "site"]
    # a folder plancheck did not write is never replaced
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    refused = plancheck("export", "html", "-o", "mine", "--force", cwd=tmp_path)
    assert refused.returncode == 2 and "did not write" in refused.stderr
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tokens", "tokens.json"], "--tokens tokens.json: unknown key 'kleur'"),
        (["--tokens", "none.json"], "--tokens none.json: no such file"),
        (["--today", "3-10-2018"], "is not a date like 2018-10-03"),
        (["--base-url", "http://example.org/"], "--base-url must be the public https://"),
    ],
)
def test_export_html_usage_errors_exit_2_in_one_line(
    tmp_path: Path, args: list[str], message: str
) -> None:
    edited_plan(tmp_path)
    write_tokens(tmp_path, {"kleur": {}})
    done = plancheck("export", "html", "-o", "site", *args, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "site").exists()


def test_a_plan_without_footnotes_externals_or_closing_still_renders(plan: Plan) -> None:
    bare = dataclasses.replace(plan, external_milestones=(), closing=None)
    files, summary = render_site(bare, today=TODAY)
    assert "tl-external" not in files["tijdlijn.html"].decode("utf-8")
    assert summary.today_shown
