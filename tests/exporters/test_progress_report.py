"""`plancheck export progress`: the progress report (voortgangsrapportage) on a date, from
the example plan with a progress log (examples/voortgang/plan.yaml), as a user runs it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx_report_helpers import (
    LIBREOFFICE_HINT,
    POPPLER_HINT,
    pdf_pages_text,
    run_plancheck,
    snapshot,
    to_pdf,
)
from support import ARTIFACTS, ROOT, edited_plan, require_tool

from plancheck.model import STATUS_SYMBOLS

EXAMPLE = ROOT / "examples" / "voortgang" / "plan.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("progress")
    target = tmp / "voortgang.docx"
    run = run_plancheck(
        "export", "progress", EXAMPLE, "--as-of", "2019-01-15", "--since", "2018-12-01",
        "-o", target, cwd=tmp,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "wrote" in run.stderr and "as of 2019-01-15" in run.stderr
    return target


def table_texts(table: docx.table.Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_python_docx_opens_it_with_real_headings(report: Path):
    doc = docx.Document(str(report))
    headings = [
        (p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings[0] == ("Heading 1", "1\tSamenvatting")
    assert ("Heading 1", "2\tVerbeterpunt 1") in headings
    assert any(name == "Heading 2" and "Maatregel 4.1:" in text for name, text in headings)
    assert headings[-1][1].endswith("Planning")
    assert doc.paragraphs[0].style.name == "Title"
    assert doc.paragraphs[0].text == "Voortgangsrapportage"
    subtitles = [p.text for p in doc.paragraphs if p.style.name == "Subtitle"]
    assert "Stand per 15-01-2019" in subtitles and "Nieuw sinds 01-12-2018" in subtitles


def test_every_table_has_a_header_row(report: Path):
    doc = docx.Document(str(report))
    for table in doc.tables:
        first = table.rows[0]._tr
        assert first.find(f"{W}trPr/{W}tblHeader") is not None


def test_the_summary_counts_the_statuses_by_symbol_and_word(report: Path):
    doc = docx.Document(str(report))
    summary = table_texts(doc.tables[0])
    assert summary[0] == ["Status", "Aantal"]
    counts = dict(summary[1:])
    assert counts == {
        "\u2713 gereed": "9",
        "\u27f3 loopt": "2",
        "\u26a0 vertraagd": "3",
        "! risico": "0",
        "\u2715 vervallen": "4",
        "\u25f7 te laat": "1",
        "\u00b7 gepland": "5",
    }
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "\u25f7 1-afspraken-gemaakt: 01-01-2019" in text
    assert "03-12-2018 4.1-contracten: \u26a0 vertraagd" in text  # new since 01-12-2018
    assert "27-09-2018 4.1-methodiek" not in text  # before --since


def test_a_measure_table_shows_status_dates_and_evidence(report: Path):
    doc = docx.Document(str(report))
    tables = [table_texts(t) for t in doc.tables]
    measure_41 = next(t for t in tables if t[1][0].startswith("Voor 01-10-2018"))
    assert measure_41[0] == ["Mijlpaal", "Gepland", "Status", "Gereed op / verwacht", "Bewijs"]
    methodiek, contracten = measure_41[1], measure_41[2]
    assert methodiek[1:4] == ["30-09-2018", "\u2713 gereed", "27-09-2018"]
    assert "Besluitenlijst MT Sociaal Domein 27-09-2018" in methodiek[4]
    assert contracten[1:4] == ["31-12-2018", "\u26a0 vertraagd", "verwacht 28-02-2019"]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Verantwoordelijke persoon: Beleidsadviseurs Sociaal Domein" in text
    assert "Laatste notitie: 03-12-2018: Aanbesteding duurt langer." in text
    assert "Volgende mijlpaal: Voor 01-01-2019 (4.1-contracten)" in text
    assert "Stand van de maatregel: \u2715 vervallen (15-10-2018)" in text


def test_status_cells_are_shaded_besides_their_word(report: Path):
    doc = docx.Document(str(report))
    for table in doc.tables[1:]:
        for row in list(table.rows)[1:]:
            cells = row.cells
            if len(cells) != 5:
                continue  # the planning grid
            fill = cells[2]._tc.find(f"{W}tcPr/{W}shd")
            assert fill is not None
            assert cells[2].text.split(" ", 1)[0] in STATUS_SYMBOLS.values()


def test_the_grid_marks_each_x_done_late_or_pending(report: Path):
    doc = docx.Document(str(report))
    grid_2018 = next(t for t in map(table_texts, doc.tables) if t[0][0] == "2018")
    rows = {row[0]: row[1:] for row in grid_2018[2:]}
    months = grid_2018[1][1:]
    dec = months.index("dec")
    assert rows["Maatregel 1"][dec] == STATUS_SYMBOLS["overdue"]  # 1-afspraken-gemaakt
    assert rows["Maatregel 4.2"][dec] == STATUS_SYMBOLS["done"]
    assert rows["Maatregel 4.1"][dec] == "X"  # delayed: pending
    assert rows["Maatregel 8"][dec] == STATUS_SYMBOLS["done"]  # dropped as a whole
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Legenda: In het schema: \u2713 gereed of vervallen, \u25f7 te laat, X gepland." in text


def test_the_same_plan_and_date_give_the_same_bytes(report: Path, tmp_path: Path):
    again = tmp_path / "again.docx"
    run = run_plancheck(
        "export", "progress", EXAMPLE, "--as-of", "2019-01-15", "--since", "2018-12-01",
        "-o", again, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert again.read_bytes() == report.read_bytes()
    with zipfile.ZipFile(again) as package:
        core = package.read("docProps/core.xml").decode()
    assert "Voortgangsrapportage: Voorbeeld voortgang" in core
    assert "2019-01-15T12:00:00Z" in core


def test_libreoffice_renders_the_dutch_words(report: Path, tmp_path: Path):
    require_tool("soffice", LIBREOFFICE_HINT)
    require_tool("pdftotext", POPPLER_HINT)
    pdf = to_pdf(report, tmp_path, tmp_path / "lo-profile")
    pages = pdf_pages_text(pdf)
    text = "\n".join(pages)
    for words in ("Voortgangsrapportage", "Stand per 15-01-2019", "Samenvatting", "gereed",
                  "vertraagd", "vervallen", "te laat", "Volgende mijlpaal", "Legenda"):  # fmt: skip
        assert words in text, words
    assert "Maatregel 4.1" in pages[1] or "Maatregel 4.1" in text
    require_tool("pdftoppm", POPPLER_HINT)
    assert snapshot(pdf, 3, ARTIFACTS / "progress-page-3.png").is_file()


def test_the_report_needs_a_date_and_a_checked_plan(tmp_path: Path):
    without = run_plancheck("export", "progress", EXAMPLE, "-o", tmp_path / "x.docx")
    assert without.returncode == 2 and "--as-of" in without.stderr
    bad = run_plancheck(
        "export", "progress", EXAMPLE, "--as-of", "2019-01-15", "--since", "2019-02-01",
        "-o", tmp_path / "x.docx",
    )  # fmt: skip
    assert bad.returncode == 2 and "is not before --as-of" in bad.stderr
    # an entry dated after the day: progress-date fails the check, nothing is written
    plan = edited_plan(
        tmp_path / "p",
        lambda t: (
            t + 'progress:\n  - milestone: 6-factsheet\n    date: "2019-03-01"\n'
            "    status: done\n    evidence:\n      - {title: Factsheet, reference: D1}\n"
        ),
    )
    late = run_plancheck(
        "export", "progress", plan, "--as-of", "2019-01-15", "-o", tmp_path / "x.docx"
    )
    assert late.returncode == 1, late.stderr
    assert "progress-date" in late.stderr and not (tmp_path / "x.docx").exists()


def test_the_starter_plan_gets_a_report_in_its_template(tmp_path: Path):
    from plancheck.starter import STARTER_PLAN

    (tmp_path / "plan.yaml").write_text(STARTER_PLAN, "utf-8")
    first = run_plancheck(
        "export", "progress", "--as-of", "2026-02-01", "-o", "a.docx", cwd=tmp_path
    )
    assert first.returncode == 0, first.stderr
    templated = run_plancheck(
        "export", "progress", "--as-of", "2026-02-01", "--template", "a.docx", "-o", "b.docx",
        cwd=tmp_path,
    )  # fmt: skip
    assert templated.returncode == 0, templated.stderr
    doc = docx.Document(str(tmp_path / "b.docx"))
    assert doc.paragraphs[0].text == "Voortgangsrapportage"
    assert table_texts(doc.tables[0])[1] == ["\u2713 gereed", "0"]


def test_every_status_symbol_has_a_glyph_in_an_installed_font() -> None:
    """A symbol no installed font has prints as an empty box in LibreOffice's PDF (⌛ did):
    each status symbol must be in a font that LibreOffice can fall back to (fontconfig)."""
    import subprocess

    fc_list = require_tool("fc-list", "apt-get install fontconfig fonts-dejavu-core")
    for status, symbol in STATUS_SYMBOLS.items():
        found = subprocess.run(
            [fc_list, f":charset={ord(symbol):x}", "family"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.strip()
        assert found, f"no installed font has {symbol!r} (U+{ord(symbol):04X}), the {status} symbol"
