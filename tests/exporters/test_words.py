"""The outputs' fixed words come from one table (plancheck.words.WORDS, also model.WORDS)
under the plan's labels (issue 17): the table's keys are the labels the schema lists; an
English plan's site, timeline and calendars speak English, with English file names and
anchors; a plan's labels override any word; `document.language` is every page's
lang."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from support import ROOT

from plancheck import model
from plancheck import words as word_table
from plancheck.engine import check_file
from plancheck.exporters.html_site import render_site
from plancheck.exporters.ics_feed.page_words import ANCHORS, PAGE_WORDS
from plancheck.model import WORDS, Plan, fill
from plancheck.words import SHARED

ENGLISH = ROOT / "tests" / "fixtures" / "english-plan.yaml"
SCHEMA = ROOT / "schema" / "plan.schema.json"
TODAY = dt.date(2021, 6, 15)  # inside the planning: the timeline's "today" line shows


def load(path: Path) -> Plan:
    result = check_file(path)
    assert result.plan is not None, [f.message for f in result.findings]
    return result.plan


def dutch_words() -> set[str]:
    """Every word of the Dutch shared words that the English ones do not have (the calendars
    page's and the diff's words are added where those show)."""

    def words(table: dict[str, str]) -> set[str]:
        return {w for v in table.values() for w in re.findall(r"[^\W\d_]{2,}", v.lower())}

    # what the plan's own (English) text says is the plan's, not a fixed word ("stand")
    own = set(re.findall(r"[^\W\d_]{2,}", ENGLISH.read_text("utf-8").lower()))
    return words(SHARED["nl"]) - words(SHARED["en"]) - own


class Visible(HTMLParser):
    """The text a reader meets: text, and the labels a screen reader reads out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.langs: list[tuple[str, str]] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        for name, value in attrs:
            if name in ("aria-label", "title", "alt") and value:
                self.parts.append(value)
            if name == "lang" and value:
                self.langs.append((tag, value))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible(data: bytes) -> Visible:
    page = Visible()
    page.feed(data.decode("utf-8"))
    return page


@pytest.fixture(scope="module")
def english_site() -> dict[str, bytes]:
    plan = load(ENGLISH)
    return render_site(
        plan, base_url="https://example.org/plan/", today=TODAY, alarms=(dt.timedelta(days=1),)
    )[0]


def test_the_english_plan_is_english() -> None:
    plan = load(ENGLISH)
    assert plan.document.language == "en-GB"
    assert plan.word("site_timeline") == WORDS["en"]["site_timeline"]


def test_an_english_site_has_english_file_names(english_site: dict[str, bytes]) -> None:
    names = set(english_site)
    assert {"index.html", "timeline.html", "style.css", "calendars/index.html"} <= names
    assert "calendars/all-milestones.ics" in names
    assert any(n.startswith("calendars/role-") for n in names)
    assert any(n.startswith("calendars/action-") for n in names)
    dutch = dutch_words()
    for name in names:
        assert not set(re.findall(r"[a-z]{2,}", name)) & dutch, name


@pytest.mark.parametrize("name", ["index.html", "timeline.html"])
def test_an_english_page_has_no_dutch_word(english_site: dict[str, bytes], name: str) -> None:
    page = visible(english_site[name])
    words = set(re.findall(r"[^\W\d_]{2,}", " ".join(page.parts).lower()))
    assert not words & dutch_words(), sorted(words & dutch_words())
    assert page.langs == [("html", "en-GB")]  # the plan's language, nothing marked Dutch


def test_english_feeds_have_no_dutch_word(english_site: dict[str, bytes]) -> None:
    feeds = {n: d for n, d in english_site.items() if n.endswith(".ics")}
    assert feeds
    dutch = dutch_words()
    for name, data in feeds.items():
        text = data.decode("utf-8").replace("\r\n ", "")  # unfolded
        assert "PRODID:-//plancheck//Milestones improvement plan//EN" in text
        text = "\n".join(line for line in text.splitlines() if not line.startswith("PRODID"))
        words = set(re.findall(r"[^\W\d_]{2,}", text.lower()))
        assert not words & dutch, (name, sorted(words & dutch))


def _standalone_pages() -> dict[str, bytes]:
    """The calendars page of `export ics` in each of its states (no address, an address,
    reminders, progress), for the English plan."""
    from plancheck.exporters.ics_feed import render_all

    plan = load(ENGLISH)
    pages = {}
    for base in (None, "https://example.org/calendars/"):
        for as_of in (None, TODAY):
            files = render_all(plan, base_url=base, alarms=(dt.timedelta(hours=26),), as_of=as_of)
            pages[f"{base} {as_of}"] = files[0]["index.html"]
    return pages


def test_the_calendars_page_is_english_in_the_plans_lang(english_site: dict[str, bytes]) -> None:
    pages = {"site": english_site["calendars/index.html"], **_standalone_pages()}
    dutch = dutch_words() | {
        w for v in PAGE_WORDS["nl"].values() for w in re.findall(r"[^\W\d_]{2,}", v.lower())
    }
    dutch -= {w for v in PAGE_WORDS["en"].values() for w in re.findall(r"[^\W\d_]{2,}", v.lower())}
    dutch -= set(re.findall(r"[^\W\d_]{2,}", ENGLISH.read_text("utf-8").lower()))
    dutch -= {w for v in SHARED["en"].values() for w in re.findall(r"[^\W\d_]{2,}", v.lower())}
    for name, data in pages.items():
        page = visible(data)
        assert page.langs == [("html", "en-GB")], name  # nothing marked Dutch
        words = set(re.findall(r"[^\W\d_]{2,}", " ".join(page.parts).lower()))
        assert not words & dutch, (name, sorted(words & dutch))
        text = data.decode("utf-8")
        assert "Apple Calendar" in text and WORDS["en"]["site_calendars"] in text, name
        ids = set(re.findall(r'id="([^"]+)"', text))
        assert not {"publiceren", "kopie", "abonneren", "meldingen", "alle-agendas"} & ids, name
    script = pages["https://example.org/calendars/ None"].decode("utf-8")
    assert '"Address copied: "' in script and 'getElementById("copy-status")' in script


def test_the_calendars_pages_sentences_are_in_both_languages() -> None:
    assert set(PAGE_WORDS["nl"]) == set(PAGE_WORDS["en"])
    for key, text in PAGE_WORDS["nl"].items():
        fields = set(re.findall(r"\{(\w+)\}", text))
        assert fields == set(re.findall(r"\{(\w+)\}", PAGE_WORDS["en"][key])), key
    assert set(ANCHORS["nl"]) == set(ANCHORS["en"])


def test_a_label_overrides_a_sentence_of_the_calendars_page(tmp_path: Path) -> None:
    from plancheck.exporters.ics_feed import render_all

    path = tmp_path / "plan.yaml"
    text = ENGLISH.read_text("utf-8").replace(
        "  page: Page\n",
        "  page: Page\n  cal_twice: '{strong}Mind the doubles{end_strong} <b>{measures}</b>'\n"
        "  cal_dates_heading: When & where\n",
    )
    path.write_text(text, "utf-8")
    html = render_all(load(path))[0]["index.html"].decode("utf-8")
    assert "<strong>Mind the doubles</strong> &lt;b&gt;actions&lt;/b&gt;" in html
    assert ">When &amp; where</h2>" in html


def test_a_plans_labels_override_the_words(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    text = ENGLISH.read_text("utf-8").replace(
        "  page: Page\n",
        "  page: Page\n  site_timeline: Gantt chart\n  timeline_file: Gantt chart\n"
        "  all_milestones_file: Everything\n  tl_heading: 'The {measures} over time'\n",
    )
    path.write_text(text, "utf-8")
    plan = load(path)
    files = render_site(plan, today=TODAY)[0]
    assert "gantt-chart.html" in files and "calendars/everything.ics" in files
    nav = visible(files["index.html"]).parts
    assert "Gantt chart" in nav
    assert "<h1>The actions over time</h1>" in files["gantt-chart.html"].decode("utf-8")


def test_fill_leaves_unknown_fields_and_braces_alone() -> None:
    assert fill("{a} and {b} {", {"a": "x"}) == "x and {b} {"
    assert fill("<{a}>", {"a": "<b>"}, escape=lambda s: s.replace("<", "&lt;")) == "&lt;<b>>"


def test_plural_forms_follow_the_count() -> None:
    plan = load(ENGLISH)
    assert plan.word("milestone_count", count=1) == "1 milestone"
    assert plan.word("milestone_count", count=3) == "3 milestones"


@pytest.mark.parametrize("progress", [False, True])
def test_an_english_word_report_has_no_dutch_fixed_word(progress: bool) -> None:
    import io
    import zipfile

    from plancheck.exporters.docx_report import render_docx, render_progress

    plan = load(ENGLISH)
    data = render_progress(plan, TODAY) if progress else render_docx(plan)[0]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = " ".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        )
    text = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
    assert text.strip()
    words = set(re.findall(r"[^\W\d_]{2,}", text.lower()))
    assert not words & dutch_words(), sorted(words & dutch_words())
    if progress:
        assert WORDS["en"]["progress_title"] in text


def _english_diff(tmp_path: Path, extra_labels: str = "") -> tuple[str, str]:
    """The diff of the English plan and a copy with its kinds of change: a moved milestone,
    a changed wording and text, a new owner appointed, a new revision."""
    from plancheck.diff import diff_plans
    from plancheck.diff_render import render_markdown, render_text

    old_text = ENGLISH.read_text("utf-8").replace("  page: Page\n", f"  page: Page\n{extra_labels}")
    new_text = (
        old_text.replace('due: "2021-06-01"', 'due: "2021-07-01"')
        .replace("By 1 June 2021", "By 1 July 2021")
        .replace("Every worker is trained.", "Every worker is trained well.")
        .replace("    appointed: false\n", "")
    )
    assert new_text.count("2021-07-01") == 1
    old_path, new_path = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_path.write_text(old_text, "utf-8")
    new_path.write_text(new_text, "utf-8")
    diff = diff_plans(load(old_path), load(new_path), "old.yaml", "new.yaml")
    assert len(diff) >= 4
    return render_text(diff), render_markdown(diff)


def test_the_diff_of_an_english_plan_has_no_dutch_word(tmp_path: Path) -> None:
    from plancheck.diff_render import WORDS as DIFF_WORDS

    def words_of(table: dict[str, str]) -> set[str]:
        return {w for v in table.values() for w in re.findall(r"[^\W\d_]{2,}", v.lower())}

    dutch = (dutch_words() | words_of(DIFF_WORDS["nl"])) - words_of(DIFF_WORDS["en"])
    dutch -= words_of(SHARED["en"]) | set(re.findall(r"[^\W\d_]{2,}", ENGLISH.read_text().lower()))
    for output in _english_diff(tmp_path):
        words = set(re.findall(r"[^\W\d_]{2,}", output.lower()))
        assert not words & dutch, sorted(words & dutch)
        assert "Actions" in output  # the plan's own plural heads the measures' section
        assert "moved from 1 June 2021 to" in output


def test_a_label_overrides_a_word_of_the_diff(tmp_path: Path) -> None:
    labels = (
        "  diff_title: Differences\n  diff_moved: 'shifted: {old} ⇒ {new}'\n"
        "  diff_s_milestones: Dates\n  diff_one_change: '{bad'\n"
        "  month_names: Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec\n"
    )
    text, markdown = _english_diff(tmp_path, labels)
    assert text.startswith("Differences: old.yaml → new.yaml\n\nDates\n")
    assert "shifted: 1 Jun 2021 ⇒ 1 Jul 2021" in text
    assert "### Differences" in markdown


# the one table


def test_the_table_is_its_groups_with_no_key_in_two() -> None:
    groups = word_table.GROUPS.values()
    for language in word_table.LANGUAGES:
        keys = [key for group in groups for key in group[language]]
        assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
        assert word_table.WORDS[language] == {k: v for g in groups for k, v in g[language].items()}
    for group in groups:
        assert set(group) == set(word_table.LANGUAGES)
        assert set(group["nl"]) == set(group["en"])
    assert model.WORDS is word_table.WORDS


def test_the_tables_keys_are_the_labels_the_schema_lists() -> None:
    """Every word of the table is a label the schema lists, and every label the schema lists
    is a word of the table, but the measure tables' own labels: a plan gives those itself
    (they are required), the table has no default for them."""
    labels = json.loads(SCHEMA.read_text("utf-8"))["$defs"]["labels"]
    listed, required = set(labels["properties"]), set(labels["required"])
    for language in word_table.LANGUAGES:
        table = set(word_table.WORDS[language])
        assert table <= listed, sorted(table - listed)
        assert listed - table <= required, sorted(listed - table - required)


def test_each_part_reads_its_words_from_the_table() -> None:
    from plancheck.diff_render import KEYS, label_key
    from plancheck.diff_render import WORDS as DIFF_WORDS

    assert [label_key(key) for key in KEYS] == list(word_table.DIFF["nl"])
    for language in word_table.LANGUAGES:
        assert PAGE_WORDS[language] == word_table.CALENDARS_PAGE[language]
        assert {label_key(k): v for k, v in DIFF_WORDS[language].items()} == word_table.DIFF[
            language
        ]
        status = model.STATUS_WORDS[language]
        assert {f"status_{k}": v for k, v in status.items()} == word_table.STATUS[language]
        assert set(status) == set(model.STATUS_SYMBOLS)
        # a plan's own words are its labels over the shared group (no sentence of a page)
        assert model.plan_words(language, {}) == word_table.SHARED[language]


def test_the_table_imports_nothing() -> None:
    """Every part of plancheck may read the table, so it reads no part of plancheck (and
    never an exporter)."""
    tree = ast.parse(Path(word_table.__file__).read_text("utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert all(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in imports)
