"""Page for page as published: the report's PDF (through LibreOffice) against the published
plan's pages (issue 14, part 1).

The published pages come from seed 001, the text pdftotext took from the published PDF: a
page starts where the running header is ("... Blad: N van 22", kept on some pages only) or
on a line that starts with a single space (where the page break was); the "Blad" markers
number them. The published table of contents is in seed 000 (the Markdown conversion).

A published page "starts and ends" on the report's page of the same number when that page
holds the page's first words and its last words (a few words each, compared as words:
lower case, letters and digits only; the first and last run of words that the report has
anywhere, so that the seed's stray characters are passed over).

Run as a script to print the figures for a PDF:
`python tests/exporters/page_match.py verbeterplan.pdf [../shared/seeds]`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PROBE_WORDS = 5  # words at the start and at the end of a published page
BODY_TOP_PT = 80  # the published top margin is 3.2 cm (91 pt); the running header is above it
_HEADER_START = "Verbeterplan Inspectie"
_MARKER = re.compile(r"^Blad:\s*(\d+)\s+van\s+(\d+)\s*$")
_TOC_LINE = re.compile(r"^(\d+(?:\.\d+)*)\t(.+?)\t(\d+)\s*$")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@dataclass(frozen=True)
class PublishedPage:
    number: int
    text: str


@dataclass(frozen=True)
class Figures:
    pages: int  # pages of the report's PDF
    published_pages: int  # "van N" of the published running header
    toc_equal: list[str]  # numbers of the TOC entries with the published title and page
    toc_entries: int
    pages_equal: list[int]  # published pages that start and end on the same page
    text_pages: int
    starts_late: list[int]  # published pages whose first words are not on that page
    ends_late: list[int]  # published pages whose last words are not on that page

    def summary(self) -> str:
        return (
            f"pages {self.pages} (published {self.published_pages}); "
            f"TOC entries equal {len(self.toc_equal)} of {self.toc_entries}; "
            f"text pages starting and ending as published "
            f"{len(self.pages_equal)} of {self.text_pages} "
            f"(first words elsewhere: {self.starts_late or 'none'}; "
            f"last words elsewhere: {self.ends_late or 'none'})"
        )


def published_pages(seed_pdf_text: str) -> tuple[list[PublishedPage], int]:
    """The published pages of seed 001 (from page 3: the seed has no title page or TOC),
    and the published page count ("van N")."""
    segments: list[list[str]] = [[]]
    anchors: dict[int, int] = {}  # segment index: published page number
    total = 0
    in_header = False
    for line in seed_pdf_text.splitlines():
        if line.strip() == _HEADER_START:
            if any(s.strip() for s in segments[-1]):
                segments.append([])
            in_header = True
            continue
        if in_header:
            marker = _MARKER.match(line.strip())
            if marker:
                anchors[len(segments) - 1] = int(marker.group(1))
                total = int(marker.group(2))
                in_header = False
            continue
        if re.match(r"^ \S", line) and any(s.strip() for s in segments[-1]):
            segments.append([])
        segments[-1].append(line)
    if not anchors:
        raise ValueError("no 'Blad: N van M' marker in the seed")
    index, number = next(iter(anchors.items()))
    numbers = [number - index + i for i in range(len(segments))]
    for index, number in anchors.items():
        if numbers[index] != number:
            raise ValueError(f"page markers disagree: segment {index} is page {number}")
    pages = [PublishedPage(n, "\n".join(s)) for n, s in zip(numbers, segments, strict=True)]
    return pages, total


def published_toc(seed_markdown: str) -> list[tuple[str, str, int]]:
    """(number, title, page) of each entry of the published table of contents."""
    section = seed_markdown.split("## Inhoudsopgave", 1)[1].split("\n## ", 1)[0]
    entries = []
    for line in section.splitlines():
        match = _TOC_LINE.match(re.sub(r"</?[a-z]+>", "", line).strip())
        if match:
            entries.append((match.group(1), match.group(2).strip(), int(match.group(3))))
    return entries


def pdf_pages(pdf: Path, *, layout: bool = False) -> list[str]:
    """The text of each page of `pdf`; without `layout`, in reading order and below the
    running header (which sits in the top margin, 3.2 cm in the published layout), so that
    a page's text starts with its body."""
    crop = [] if layout else ["-x", "0", "-y", str(BODY_TOP_PT), "-W", "10000", "-H", "10000"]
    command = ["pdftotext", *(["-layout"] if layout else crop), str(pdf), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True, timeout=120)
    pages = text.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _below_header(page_layout: str) -> str:
    """A page as laid out, without its running header (up to the "Blad: N van M" line)."""
    lines = page_layout.splitlines()
    for i, line in enumerate(lines[:12]):
        if re.search(r"Blad:\s*\d+\s+van\s+\d+", line):
            return "\n".join(lines[i + 1 :])
    return page_layout


def _contains(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


def _probe(page_words: list[str], known: set[str], *, last: bool) -> list[str]:
    """The first (or last) PROBE_WORDS consecutive words of a page that the report has."""
    size = PROBE_WORDS
    starts = range(len(page_words) - size + 1)
    for i in reversed(starts) if last else starts:
        window = page_words[i : i + size]
        if all(w in known for w in window):
            return window
    return page_words[-size:] if last else page_words[:size]


def toc_entries(toc_page_layout: str) -> dict[str, tuple[str, int]]:
    """number: (title, page) of each line of the report's TOC page (pdftotext -layout)."""
    found: dict[str, tuple[str, int]] = {}
    for line in toc_page_layout.splitlines():
        match = re.match(r"^\s*(\d+(?:\.\d+)*)\s+(.+?)[\s.…]+(\d+)\s*$", line)
        if match and match.group(1) not in found:
            found[match.group(1)] = (match.group(2).strip(), int(match.group(3)))
    return found


def measure(pdf: Path, seeds: Path) -> Figures:
    seed_text = next(iter(sorted(seeds.glob("001_*.txt")))).read_text("utf-8")
    seed_markdown = next(iter(sorted(seeds.glob("000_*.txt")))).read_text("utf-8")
    published, total = published_pages(seed_text)
    # the text in reading order, and as laid out (a table's label and content side by side):
    # pdftotext may read a table's label column before its content, or the other way round
    streams = [
        [words(p) for p in pdf_pages(pdf)],
        [words(_below_header(p)) for p in pdf_pages(pdf, layout=True)],
    ]
    pages = len(streams[0])
    known = {w for stream in streams for p in stream for w in p}
    equal, starts_late, ends_late = [], [], []
    for page in published:
        own = [stream[page.number - 1] for stream in streams if page.number <= len(stream)]
        text = words(page.text)
        first = _probe(text, known, last=False)
        last = _probe(text, known, last=True)
        first_ok = any(_contains(o, first) for o in own)
        last_ok = any(_contains(o, last) for o in own)
        if first_ok and last_ok:
            equal.append(page.number)
        if not first_ok:
            starts_late.append(page.number)
        if not last_ok:
            ends_late.append(page.number)
    toc = published_toc(seed_markdown)
    layout_pages = pdf_pages(pdf, layout=True)
    toc_page = next((p for p in layout_pages if toc[0][1] in p and "...." in p), "")
    printed = toc_entries(toc_page)
    toc_equal = [
        number
        for number, title, page in toc
        if number in printed
        and words(printed[number][0]) == words(title)
        and printed[number][1] == page
    ]
    return Figures(
        pages=pages,
        published_pages=total,
        toc_equal=toc_equal,
        toc_entries=len(toc),
        pages_equal=equal,
        text_pages=len(published),
        starts_late=starts_late,
        ends_late=ends_late,
    )


if __name__ == "__main__":
    seeds = (
        Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parents[3] / "shared" / "seeds"
    )
    print(measure(Path(sys.argv[1]), seeds).summary())
