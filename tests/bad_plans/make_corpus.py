"""Write the bad-plan corpus: `python tests/bad_plans/make_corpus.py`.

Each fixture is a complete file, committed, so a reader sees exactly what the test feeds to
plancheck. Most are small edits of the starter plan that `plancheck init` writes
(plancheck.starter); one (the byte-order mark with CRLF line ends) is the plan as published,
tests/fixtures/plan-2018-08-31.yaml, never the live plan.yaml, which its owners may change;
so are the cases for hostile input (53 on), edits of that frozen plan. Positions in
expected.json of files derived from it are written {line:TEXT} and computed by the test. Run
this script again when the starter plan changes, then check the positions in expected.json
(`pytest tests/test_bad_plans.py` says which ones moved).

A new case is a new file here (or a file written by hand) plus one entry in expected.json.
This script only writes the files it knows; it never removes others.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plancheck.starter import STARTER_PLAN  # noqa: E402

PUBLISHED = ROOT / "tests" / "fixtures" / "plan-2018-08-31.yaml"  # support.PUBLISHED


def edit(text: str, *changes: tuple[str, str]) -> str:
    """Apply (old, new) replacements, each of which must match exactly once."""
    for old, new in changes:
        count = text.count(old)
        if count != 1:
            raise SystemExit(f"make_corpus: {old!r} occurs {count} times in the starter plan")
        text = text.replace(old, new)
    return text


def starter(*changes: tuple[str, str]) -> str:
    return edit(STARTER_PLAN, *changes)


def published(*changes: tuple[str, str]) -> str:
    return edit(PUBLISHED.read_text("utf-8"), *changes)


def billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        previous, current = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{current}: &{current} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "format: 1\n" + "\n".join(lines) + "\n"


def wide_alias_bomb() -> str:
    """One anchored list of 2,000 values, repeated 200 times: 400,000 values from 3 kB."""
    values = ", ".join(["x"] * 2000)
    return f"format: 1\nvalues: &v [{values}]\ncopies: [" + ", ".join(["*v"] * 200) + "]\n"


def nested(levels: int) -> str:
    return "format: 1\ndocument: " + "[" * levels + "]" * levels + "\n"


MEASURE_RESULT = "        result: <Het resultaat.>\n"
RESULT_OWNERS = (
    "          - owner: beleidsadviseur\n            wording: Beleidsadviseur Sociaal Domein.\n"
)
ROW = '      work: ["2026-03"]\n'
BESLUIT = "          - id: 1-besluit\n            wording: Voor 01-04-2026\n"
EVALUATIE_BUILDS_ON = "            builds_on: [1-besluit]\n"
AMHK = "    text: Het AMHK is Veilig Thuis Zeeland geworden.\n"
PARTNERS = "    text: Onder partners verstaan we organisaties"
MEASURE_4_2 = "        text: Versterken van de werkgemeenschap[^werkgemeenschap].\n"
REALISATION = STARTER_PLAN[
    STARTER_PLAN.index("        realisation:\n") : STARTER_PLAN.index("        embedding:")
]


def cases() -> dict[str, str | bytes]:
    published_bytes = PUBLISHED.read_bytes()
    return {
        # --- YAML that does not parse -------------------------------------------------
        "01-bad-indentation.yaml": starter(("  code: VP-2026-001\n", "   code: VP-2026-001\n")),
        "02-unclosed-quote.yaml": starter(
            ('  version_date: "2026-01-15"\n', '  version_date: "2026-01-15\n')
        ),
        "03-tab-indentation.yaml": starter(("  language: nl-NL\n", "\tlanguage: nl-NL\n")),
        # --- the loader's traps ---------------------------------------------------------
        "04-duplicate-key.yaml": starter(
            (
                "        result: <Het resultaat.>\n",
                "        result: <Het resultaat.>\n        result: <Nog een resultaat.>\n",
            )
        ),
        "05-unquoted-3-10.yaml": starter(('      - number: "1"\n', "      - number: 3.10\n")),
        "06-unquoted-no.yaml": starter(("    appointed: false\n", "    appointed: no\n")),
        "07-unquoted-012.yaml": starter(("  code: VP-2026-001\n", "  code: 012\n")),
        "08-python-object-tag.yaml": starter(
            (
                "  title: Verbeterplan <gemeente> inzake <onderzoek>\n",
                '  title: !!python/object/apply:os.system ["echo pwned"]\n',
            )
        ),
        "09-merge-key.yaml": starter(
            (
                "  - id: beleidsadviseur\n    name: Beleidsadviseur Sociaal Domein\n",
                "  - &adviseur\n    id: beleidsadviseur\n    name: Beleidsadviseur Sociaal Domein\n"
                "  - <<: *adviseur\n    id: senior-beleidsadviseur\n",
            )
        ),
        "10-alias-bomb.yaml": billion_laughs(),
        "11-alias-bomb-wide.yaml": wide_alias_bomb(),
        "12-deep-nesting.yaml": nested(100),
        # --- files that hold no plan ----------------------------------------------------
        "13-empty.yaml": "",
        "14-comments-only.yaml": "# yaml-language-server: $schema=schema/plan.schema.json\n#\n# (nothing here yet)\n",
        "15-top-level-list.yaml": "- format: 1\n- document: {}\n",
        "16-top-level-scalar.yaml": "Verbeterplan Inspectie\n",
        # the starter plan saved as Latin-1: "Cliëntperspectief" is the first non-ASCII text
        "17-latin1.yaml": STARTER_PLAN.encode("latin-1"),
        # good: the published plan with a byte-order mark and Windows line ends
        "18-bom-crlf-good.yaml": b"\xef\xbb\xbf" + published_bytes.replace(b"\n", b"\r\n"),
        # --- schema mistakes ------------------------------------------------------------
        "19-missing-key.yaml": starter((MEASURE_RESULT, "")),
        "20-misspelt-key.yaml": starter(
            (EVALUATIE_BUILDS_ON, "            build_on: [1-besluit]\n")
        ),
        "21-wrong-type.yaml": starter(
            (
                "  inspectorates:\n    - Inspectie Gezondheidszorg en Jeugd\n",
                "  inspectorates: Inspectie Gezondheidszorg en Jeugd\n",
            )
        ),
        "22-bad-id.yaml": starter(
            (BESLUIT, "          - id: 1-Besluit\n            wording: Voor 01-04-2026\n"),
            (EVALUATIE_BUILDS_ON, "            builds_on: [1-Besluit]\n"),
        ),
        "23-owner-id-is-a-path.yaml": starter(
            ("  - id: beleidsadviseur\n", "  - id: ../../etc/passwd\n"),
            ("          - owner: beleidsadviseur\n", "          - owner: ../../etc/passwd\n"),
        ),
        "24-bad-date.yaml": starter(
            ('  version_date: "2026-01-15"\n', '  version_date: "15-01-2026"\n')
        ),
        "25-impossible-date.yaml": starter(
            ('  version_date: "2026-01-15"\n', '  version_date: "2026-02-30"\n')
        ),
        "26-impossible-due.yaml": starter(
            ('            due: "2026-03-31"\n', '            due: "2026-02-30"\n')
        ),
        "27-bad-enum.yaml": starter(
            ("            kind: decision\n", "            kind: besluit\n")
        ),
        "28-empty-list.yaml": starter((REALISATION, "        realisation: []\n")),
        "29-format-2.yaml": starter(("format: 1\n", "format: 2\n")),
        # --- cross-checks ---------------------------------------------------------------
        "30-grid-deadline.yaml": starter((ROW, '      work: ["2026-04"]\n')),
        "31-grid-mark-unexplained.yaml": starter((ROW, '      work: ["2026-03", "2026-05"]\n')),
        "32-grid-rows.yaml": starter(
            (
                '      evaluation: ["2026-12"]\n',
                '      evaluation: ["2026-12"]\n    - measure: "2"\n      work: ["2026-06"]\n'
                "      evaluation: []\n",
            )
        ),
        "33-grid-period.yaml": starter(
            ('  end: "2026-12"\n', '  end: "2026-06"\n'),
        ),
        "34-dependency-unknown.yaml": starter(
            (EVALUATIE_BUILDS_ON, "            builds_on: [1-besluiten]\n")
        ),
        "35-dependency-cycle.yaml": starter(
            (
                '            due: "2026-03-31"\n            kind: decision\n',
                '            due: "2026-03-31"\n            kind: decision\n'
                "            builds_on: [1-evaluatie]\n",
            )
        ),
        "36-dependency-order.yaml": starter(
            (
                '            due: "2026-03-31"\n            kind: decision\n',
                '            due: "2026-03-31"\n            kind: decision\n'
                "            builds_on: [1-evaluatie]\n",
            ),
            (EVALUATIE_BUILDS_ON, ""),
        ),
        "37-wording-date.yaml": starter(
            (BESLUIT, "          - id: 1-besluit\n            wording: Voor 01-05-2026\n")
        ),
        "38-milestone-dates.yaml": starter(
            (
                '            due: "2026-03-31"\n',
                '            start: "2026-04"\n            due: "2026-03-31"\n',
            )
        ),
        "39-footnote-references.yaml": starter(
            ("    reason: Eerste versie.\n", "    reason: Eerste versie[^inspectie].\n")
        ),
        "40-footnote-unused.yaml": starter(
            (
                "    text: <De inspecties die het onderzoek deden.>\n",
                "    text: <De inspecties die het onderzoek deden.>\n"
                "  - id: rapport\n    text: <Het rapport van de inspecties.>\n",
            )
        ),
        "41-measure-references.yaml": starter(
            (MEASURE_RESULT, "        result: <Het resultaat.> Zie [maatregel 9](measure:9).\n")
        ),
        "42-party-references.yaml": starter(
            ("          parties: [toegang]\n", "          parties: [toegangs]\n")
        ),
        "43-measure-numbering.yaml": starter(('      - number: "1"\n', '      - number: "2"\n')),
        "44-owner-missing.yaml": starter(
            ("        owners:\n" + RESULT_OWNERS, "        owners: []\n")
        ),
        "45-owner-unknown.yaml": starter(
            ("          - owner: beleidsadviseur\n", "          - owner: beleidsadviseurs\n")
        ),
        "46-unique-ids.yaml": starter(("  - id: projectleider\n", "  - id: beleidsadviseur\n")),
        "47-acknowledgement-reason.yaml": starter(
            (
                "acknowledged: []\n",
                "acknowledged:\n  - rule: grid-deadline\n    subject: 1-besluit\n",
            )
        ),
        "48-acknowledgement-stale.yaml": starter(
            (
                "acknowledged: []\n",
                "acknowledged:\n  - rule: grid-deadline\n    subject: 1-besluit\n"
                "    reason: As published; for the plan owner to resolve.\n",
            )
        ),
        "49-control-character.yaml": starter(
            (
                "            text: <Wat er dan besloten is.>\n",
                '            text: "Besluit\\u0007 genomen."\n',
            )
        ),
        # --- found by tests/test_properties.py ------------------------------------------
        "50-wording-year-0.yaml": starter(
            (BESLUIT, "          - id: 1-besluit\n            wording: In 0000\n")
        ),
        "51-month-year-0000.yaml": starter(
            (
                '            due: "2026-03-31"\n',
                '            start: "0000-01"\n            due: "2026-03-31"\n',
            )
        ),
        "52-year-9999.yaml": starter(
            (
                "            wording: December 2026\n            text: Evalueren.\n"
                '            due: "2026-12"\n',
                "            wording: December 9999\n            text: Evalueren.\n"
                '            due: "9999-12"\n',
            )
        ),
        # --- hostile input, edits of the frozen published plan -----------------------------
        "53-wording-year-5-digits.yaml": published(
            ("            wording: Voor 01-10-2018\n", "            wording: Voor 01-10-20189\n")
        ),
        # one digit more than Python reads as an int (sys.get_int_max_str_digits())
        "54-number-4301-digits.yaml": published(
            ("  code: CSG53BED47F\n", "  code: " + "9" * 4301 + "\n")
        ),
        # raw control characters, as pasted: YAML refuses them by offset only
        "55-form-feed.yaml": published(
            ("verstaan we organisaties die werken", "verstaan we\x0corganisaties die werken")
        ),
        "56-vertical-tab.yaml": published(("centraal. Zij delen", "centraal.\x0bZij delen")),
        "57-nul-byte.yaml": published(
            (
                "    name: Functionarissen gegevensbeheer",
                "    name: Functionarissen\x00gegevensbeheer",
            )
        ),
        "58-escaped-surrogate.yaml": published(
            (
                "  title: Verbeterplan gemeenten Middelburg, Veere en Vlissingen inzake",
                '  title: "Verbeterplan gemeenten Middelburg, Veere \\udc00en Vlissingen" # inzake',
            )
        ),
        # escapes in double quotes and a pasted direction control: values YAML accepts
        "59-escaped-line-separator.yaml": published(
            (
                "            text: Concrete afspraken over regie en escalatie gemaakt.\n",
                '            text: "Concrete afspraken over regie\\u2028en escalatie gemaakt."\n',
            )
        ),
        "60-direction-override.yaml": published(
            (
                "    name: Walcherse gemeenten, projectleider nog te benoemen\n",
                "    name: Walcherse gemeenten, \u202eprojectleider nog te benoemen\n",
            )
        ),
        "61-terminal-escape.yaml": published(
            (
                "(its factsheet is due in June); for the plan owner to resolve.\n",
                "(its factsheet is due in June); for the plan owner to resolve.\n"
                '  - rule: grid-deadline\n    subject: "6-factsheet\\e[2J\\e[31m"\n'
                "    reason: Terminal escape codes in a subject.\n",
            )
        ),
        # given under a name with a line break (expected.json: "as"); the plan has an error
        "62-injected-name.yaml": published(
            ('  version_date: "2018-08-31"\n', '  version_date: "31-08-2018"\n')
        ),
        # footnotes where Word has none (the export recursed, or LibreOffice could not load it)
        "63-footnote-refers-to-itself.yaml": published(
            (AMHK, AMHK.replace("AMHK is", "AMHK[^amhk] is"))
        ),
        "64-footnotes-refer-to-each-other.yaml": published(
            (AMHK, AMHK.replace("geworden.", "geworden[^partners].")),
            (PARTNERS, PARTNERS.replace("partners verstaan", "partners[^amhk] verstaan")),
        ),
        "65-footnote-in-a-footnote.yaml": published(
            (AMHK, AMHK.replace("AMHK is", "AMHK[^inspecties] is"))
        ),
        "66-footnote-in-the-page-header.yaml": published(
            ("    - Verbeterplan Inspectie\n", "    - Verbeterplan Inspectie[^inspecties]\n")
        ),
        # 2108 for 2018, in the version date and its revision alike (struct.error in the export)
        "67-version-date-2108.yaml": published(
            ('  version_date: "2018-08-31"\n', '  version_date: "2108-08-31"\n'),
            ('    date: "2018-08-31"\n', '    date: "2108-08-31"\n'),
        ),
        # footnote references in bulk: 20,000 openers took 39 s; 10,001 references are past
        # the bound of footnote-limit (the Word export took some 6 kB for each)
        "68-footnote-openers.yaml": published(
            (MEASURE_4_2, "        text: Versterken " + "[^" * 20_000 + " x].\n")
        ),
        "69-footnote-references-10001.yaml": published(
            (MEASURE_4_2, MEASURE_4_2.replace("].", "]" + "[^amhk]" * 9_996 + "."))
        ),
    }


def main() -> None:
    for name, content in cases().items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (HERE / name).write_bytes(data)
    print(f"wrote {len(cases())} fixtures to {HERE}")


if __name__ == "__main__":
    main()
