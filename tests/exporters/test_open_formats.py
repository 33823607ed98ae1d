"""The report in the open formats of the Dutch "pas toe of leg uit" list (issue 14, part 4):
`export pdf` writes PDF/A-2b, tagged, with the document's title and language and every font
embedded; `export odt` writes ODF text. Both are the Word report converted by LibreOffice,
written atomically: a failed conversion keeps the last good file.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from support import PUBLISHED, missing, require_shared, require_tool
from test_layout_failures import FAILS, NO_PDF, fake_tools

from plancheck.engine import check_file

INSTALL = "apt-get install libreoffice-writer-nogui"


def export(
    tmp_path: Path, kind: str, output: str, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plancheck", "export", kind, str(PUBLISHED), "-o", output, *extra],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tool("soffice", INSTALL)
    folder = tmp_path_factory.mktemp("pdf")
    done = export(folder, "pdf", "verbeterplan.pdf")
    assert done.returncode == 0, done.stderr
    return folder / "verbeterplan.pdf"


@pytest.fixture(scope="module")
def odt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tool("soffice", INSTALL)
    folder = tmp_path_factory.mktemp("odt")
    done = export(folder, "odt", "verbeterplan.odt")
    assert done.returncode == 0, done.stderr
    return folder / "verbeterplan.odt"


def tool_output(name: str, *args: str) -> str:
    tool = require_tool(name, "apt-get install poppler-utils")
    return subprocess.run(
        [tool, *args], capture_output=True, text=True, timeout=120, check=True
    ).stdout


def test_pdf_has_the_reports_pages_and_title(pdf: Path) -> None:
    assert pdf.read_bytes().startswith(b"%PDF")
    info = tool_output("pdfinfo", str(pdf))
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert pages and 22 <= int(pages.group(1)) <= 24, info
    plan = check_file(PUBLISHED).plan
    assert plan is not None
    title = re.search(r"^Title:\s+(.+)$", info, re.M)  # the docx core properties' title
    assert title and title.group(1).strip() == " ".join(plan.document.title.split()), info
    assert re.search(r"^Tagged:\s+yes", info, re.M), info


def test_pdf_is_pdfa_2b_tagged_with_its_language(pdf: Path) -> None:
    data = pdf.read_bytes()
    assert re.search(rb"pdfaid:part(>|=\")2", data)
    assert re.search(rb"pdfaid:conformance(>|=\")B", data)
    assert re.search(rb"/MarkInfo\s*<<\s*/Marked\s+true", data)
    assert re.search(rb"/StructTreeRoot\s+\d+\s+0\s+R", data)
    assert re.search(rb"/Lang\s*\(nl-NL\)", data)


def test_pdf_embeds_every_font(pdf: Path) -> None:
    lines = tool_output("pdffonts", str(pdf)).splitlines()[2:]
    assert lines
    for line in lines:
        # name, type, encoding, emb, sub, uni, object number, generation: counted from the
        # end, as a type may be two words ("Type 1C")
        assert line.split()[-5] == "yes", line


def _fidelity(tool: Path, seed: Path, rendered: Path) -> float:
    done = subprocess.run(
        [sys.executable, str(tool), str(seed), str(rendered)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found = re.search(r"fidelity (\d\.\d+)", done.stdout)
    assert found, done.stdout
    return float(found.group(1))


def test_pdf_holds_the_published_wording(pdf: Path, tmp_path: Path) -> None:
    """At least 0.995 of the published plan's words, in reading order
    (../shared/tools/fidelity.py), read from the PDF as its text is written (pdftotext -raw:
    the order a screen reader and copy-and-paste follow).

    As laid out on the page (pdftotext -layout, which the tool reads a PDF with) it is at least
    0.98: with the published 3.8 cm label column (layout.label_width) the measure tables'
    labels wrap as published ("Toelichting / maatregel", "Inbedding in / werkwijze"), and
    -layout puts each label's second line beside the content, out of the seed's order. The
    published PDF itself has the same lines side by side."""
    tool = require_shared("tools/fidelity.py")
    seed = sorted(require_shared("seeds").glob("000_*.txt"))[0]
    require_tool("pdftotext", "apt-get install poppler-utils")
    text = tmp_path / "reading-order.txt"
    subprocess.run(["pdftotext", "-raw", str(pdf), str(text)], check=True, timeout=120)
    assert _fidelity(tool, seed, text) >= 0.995
    assert _fidelity(tool, seed, pdf) >= 0.98


def test_pdf_carries_the_version_date_not_the_clock(pdf: Path) -> None:
    """LibreOffice stamps the time of the run; the export sets it to the version date in the
    document information, the XMP packet (PDF/A: the two must agree) and the colour profile,
    and the /ID is a hash of the content: the file stays valid PDF/A-2b (stamp.py)."""
    import pikepdf

    plan = check_file(PUBLISHED).plan
    assert plan is not None
    day = plan.document.version_date
    with pikepdf.open(pdf) as opened:
        assert opened.check_pdf_syntax() == []
        created = str(opened.docinfo["/CreationDate"])
        assert created.startswith(f"D:{day:%Y%m%d}120000Z"), created
        meta = opened.open_metadata()
        assert meta.pdfa_status == "2B"
        assert meta["xmp:CreateDate"] == f"{day:%Y-%m-%d}T12:00:00Z"
        profile = opened.Root.OutputIntents[0].DestOutputProfile.read_bytes()
        assert profile[36:40] == b"acsp"
        assert struct.unpack(">3H", profile[24:30]) == (day.year, day.month, day.day)
        assert "/DocChecksum" not in opened.trailer
        first, second = (bytes(part) for part in opened.trailer.ID)
        assert first == second


@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_the_open_formats_are_reproducible(
    tmp_path: Path, kind: str, request: pytest.FixtureRequest
) -> None:
    """The same plan gives the same bytes: LibreOffice's random list ids and revision-save ids
    are made repeatable, its dates are the version date (build's reproducibility with them
    is tests/test_build.py's)."""
    earlier: Path = request.getfixturevalue(kind)
    done = export(tmp_path, kind, f"again.{kind}")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / f"again.{kind}").read_bytes() == earlier.read_bytes()


def test_odt_is_odf_text_with_the_measures(odt: Path) -> None:
    with zipfile.ZipFile(odt) as package:
        first = package.infolist()[0]
        assert first.filename == "mimetype"
        assert package.read(first) == b"application/vnd.oasis.opendocument.text"
        content = ElementTree.fromstring(package.read("content.xml"))
    text = re.sub(r"\s+", " ", " ".join(content.itertext()))
    plan = check_file(PUBLISHED).plan
    assert plan is not None and plan.measures
    for measure in plan.measures:
        assert re.sub(r"\s+", " ", measure.title) in text, measure.title


@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_the_plan_is_never_the_output(tmp_path: Path, kind: str) -> None:
    plan = tmp_path / "plan.yaml"
    shutil.copyfile(PUBLISHED, plan)
    before = plan.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "plancheck", "export", kind, str(plan), "-o", str(plan)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert plan.read_bytes() == before


@pytest.mark.parametrize("kind", ["pdf", "odt"])
@pytest.mark.parametrize("soffice", [FAILS, NO_PDF], ids=["fails", "writes-nothing"])
def test_a_failed_conversion_keeps_the_last_good_output(
    tmp_path: Path, kind: str, soffice: str
) -> None:
    env = fake_tools(tmp_path, soffice)
    output = tmp_path / f"verbeterplan.{kind}"
    output.write_bytes(b"the last good output")
    done = export(tmp_path, kind, output.name, "--toc-pages", "none", env=env)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("plancheck: nothing exported:"), lines
    assert "LibreOffice" in lines[0]
    assert output.read_bytes() == b"the last good output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "pids", output.name]


@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_without_libreoffice_it_says_how_to_install_it(tmp_path: Path, kind: str) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    env = {**os.environ, "PATH": str(bin_dir)}
    output = tmp_path / f"verbeterplan.{kind}"
    done = export(tmp_path, kind, output.name, env=env)
    assert done.returncode == 2, done.stderr
    assert "apt-get install libreoffice-writer-nogui" in done.stderr
    assert not output.exists()


def test_an_odf_package_is_stamped_in_one_order_whatever_order_libreoffice_wrote() -> None:
    """LibreOffice writes some of its empty Configurations2/ folders in one run and not in
    the next, in an order that varies from run to run; the stamped package is the same (the
    folders the manifest names are kept)."""
    from plancheck.exporters.docx_report.stamp import stamp_zip

    manifest = (
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="x"/>'
        '<manifest:file-entry manifest:full-path="Configurations2/" manifest:media-type="y"/>'
        "</manifest:manifest>"
    )
    files = {"mimetype": "x", "content.xml": "<c/>", "META-INF/manifest.xml": manifest}

    def package(order: list[str]) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as made:
            for name in order:
                if name.endswith("/"):
                    made.writestr(zipfile.ZipInfo(name), b"")  # an empty folder
                else:
                    made.writestr(name, files[name], zipfile.ZIP_DEFLATED)
        return out.getvalue()

    folders = ["Configurations2/", "Configurations2/toolbar/", "Configurations2/floater/"]
    one = stamp_zip(package([*files, *folders]), (2018, 8, 31, 0, 0, 0))
    other = stamp_zip(
        package(["mimetype", "Configurations2/statusbar/", *reversed(folders), *list(files)[1:]]),
        (2018, 8, 31, 0, 0, 0),
    )
    assert one == other
    names = zipfile.ZipFile(io.BytesIO(one)).namelist()
    assert names[0] == "mimetype" and "Configurations2/" in names
    assert not [n for n in names if n.startswith("Configurations2/") and n != "Configurations2/"]


def test_the_odt_package_is_valid_odf(odt: Path) -> None:
    """openxml-audit's ODF validator finds nothing wrong with the package: every member is
    declared in the manifest (LibreOffice's empty Configurations2/ folders are not, and are
    left out). What it says of LibreOffice's own content and styles is not ours to change."""
    try:
        from openxml_audit import OdfValidator, ValidationErrorType
    except ImportError:  # pragma: no cover - a test dependency
        missing("openxml-audit", "pip install openxml-audit")
    errors = OdfValidator().validate(str(odt)).errors
    assert [str(e) for e in errors if e.error_type == ValidationErrorType.PACKAGE] == []
