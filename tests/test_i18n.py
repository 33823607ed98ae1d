"""Findings in the plan's language: the gettext catalogues (plancheck.i18n) are complete and
current, a Dutch plan gets Dutch findings and an English run no Dutch, across the bad-plan
corpus and the messages of every rule.

The catalogues are built with Babel (`nox -s catalogues`, docs/translations.md); these tests
use Babel only to compare what is committed with what the code and the .po files give.
"""

from __future__ import annotations

import io
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from support import ROOT, edited_text

from plancheck import i18n
from plancheck.cli import main, report_language
from plancheck.engine import check_document, check_file
from plancheck.loader import load_text
from plancheck.reporters import Context
from plancheck.reporters.text import render

LOCALE = ROOT / "src" / "plancheck" / "locale"
TEMPLATE = LOCALE / "messages.pot"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/plancheck.po"))
CORPUS = sorted((ROOT / "tests" / "bad_plans").glob("*.yaml"))

# Words of one language that the other's sentences never use (checked outside quotes, code
# and YAML, where the plan's own text and keys stand).
ENGLISH = {
    "the", "are", "not", "which", "has", "have", "with", "and", "or", "to", "this",
    "that", "it", "its", "does", "must", "add", "remove", "here", "measure", "milestone",
    "footnote", "missing", "cannot", "before", "after", "line", "file", "found",
    "passed", "failed", "acknowledged", "errors", "warnings", "how", "fix", "did", "you", "mean",
    "top", "level", "expected", "text", "value", "should", "unknown", "key", "row", "month",
    "year", "date", "write", "use", "for", "from", "where", "when", "than",
    "only", "one", "two", "each", "every", "at", "least", "most", "there", "no", "yes",
}  # fmt: skip
DUTCH = {
    "de", "het", "een", "niet", "maatregel", "mijlpaal", "voeg", "toe", "verwijder", "regel",
    "moet", "geen", "naar", "bij", "zijn", "dat", "deze", "voetnoot", "oplossing", "fouten",
    "goedgekeurd", "afgekeurd", "geaccepteerd", "bedoelt", "ontbreekt", "sleutel",
}  # fmt: skip

_QUOTED = re.compile(
    r"\{[a-z_]+\}|'[^'\n]*'|\"[^\"\n]*\"|`[^`\n]*`|\[\^[^\]]*\]|\([^()\n]*:[^()\n]*\)"
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def words(text: str) -> set[str]:
    """The words of a message a reader reads as the tool's own: not the plan's quoted text,
    code in backticks, YAML keys (`due:`), ids or file names."""
    text = _QUOTED.sub(" ", text)
    out: set[str] = set()
    for token in text.split():
        if "_" in token or "/" in token or "." in token.strip(".,;:()") or token.endswith(":"):
            continue  # a key (`version_date`, `expected:`), a path, a file name
        out.update(w.lower() for w in _WORD.findall(token))
    return out


def _templates(catalogue: Catalog) -> Iterator[tuple[str, str]]:
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for msgid, msgstr in zip(ids, strings, strict=False):
            yield str(msgid), str(msgstr or "")


def _fields(template: str) -> set[str]:
    """The named placeholders of a template; a text that is no template (its braces are
    YAML, as in a hint that shows `{title: ...}`) has none."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError:
        return set()


# --------------------------------------------------------------------------- catalogues


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_the_committed_mo_is_compiled_from_the_po(po: Path):
    catalogue = read_po(po.open("rb"), locale=po.parent.parent.name)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    assert po.with_suffix(".mo").read_bytes() == compiled.getvalue(), (
        "the .mo is stale: run `nox -s catalogues` (docs/translations.md)"
    )


def test_the_template_holds_every_message_of_the_code(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(ROOT)
    fresh = tmp_path / "messages.pot"
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", "babel.cfg", "-o", str(fresh), "."]
    )
    ids = {m.id for m in read_po(fresh.open("rb")) if m.id}
    assert ids, "nothing extracted"
    committed = {m.id for m in read_po(TEMPLATE.open("rb")) if m.id}
    assert ids == committed, "messages.pot is stale: run `nox -s catalogues`"
    for po in CATALOGUES:
        assert {m.id for m in read_po(po.open("rb")) if m.id} == ids, po


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parent.parent.name)
def test_every_message_is_translated_with_the_same_placeholders(po: Path):
    catalogue = read_po(po.open("rb"), locale=po.parent.parent.name)
    untranslated = [m.id for m in catalogue if m.id and (m.fuzzy or not all(_strings(m)))]
    assert untranslated == []
    for msgid, msgstr in _templates(catalogue):
        if "\n\n" not in msgid:  # a rule's documentation is no template (its YAML has braces)
            assert _fields(msgstr) == _fields(msgid), msgid


def _strings(message) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return message.string if isinstance(message.string, tuple) else (message.string,)


def test_the_dutch_templates_are_dutch():
    """Every Dutch sentence of the catalogue, rules' documentation aside (it quotes YAML and
    English key names), holds no English word of the list."""
    catalogue = read_po((LOCALE / "nl/LC_MESSAGES/plancheck.po").open("rb"), locale="nl")
    for msgid, msgstr in _templates(catalogue):
        if "\n\n" in msgid:
            continue  # a rule's documentation: checked through `explain` below
        if msgid in ("{month} {year}",) or not _WORD.search(msgid):
            continue
        assert not words(msgstr) & ENGLISH, (msgid, msgstr, words(msgstr) & ENGLISH)
        assert not words(msgid) & DUTCH, msgid


# --------------------------------------------------------------------------- the corpus


def _report(path: Path, lang: str | None, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("PLANCHECK_LANG", raising=False)
    with i18n.forcing(lang):
        result = check_file(path)
        with i18n.using(report_language([result])):
            return render([result], Context("test", verbose=True))


def _read(report: str) -> Iterator[str]:
    """The lines of a text report that are the tool's words: the message after
    `severity[rule]`, the hints and the summary; not the quoted source lines."""
    for line in report.splitlines():
        if re.match(r"^\s*\d+ \|", line) or re.match(r"^\s+\|", line):
            continue  # the excerpt of the plan
        if re.match(r"^\s*-? ?[a-z_]+:( |$)", line) and not line.startswith("      "):
            continue
        if re.match(r"^\s{6}(acknowledged|geaccepteerd): ", line):
            continue  # the plan's own reason for accepting a finding
        if (
            re.match(r"^\s{2,}(- )?[a-z_]+: ", line)
            and "|" not in line
            and not re.match(r"^\s{6}(how to fix|oplossing):", line)
        ):
            continue  # a YAML entry a hint shows (`  - milestone: 7`)
        line = re.sub(r"^\s*\S+?:\d+:\d+: (error|warning|note)\[[a-z-]+\] ", "", line)
        line = re.sub(r"^\s*(error|warning|note)\[[a-z-]+\] ", "", line)
        line = re.sub(r"^\S+\.yaml: ", "", line)
        yield line


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_a_dutch_plan_gets_dutch_and_english_gets_no_dutch(path: Path, monkeypatch):
    dutch = _report(path, None, monkeypatch)
    english = _report(path, "en", monkeypatch)
    for line in _read(dutch):
        assert not words(line) & ENGLISH, (line, words(line) & ENGLISH)
    for line in _read(english):
        assert not words(line) & DUTCH, (line, words(line) & DUTCH)
    assert "AFGEKEURD" in dutch or "goedgekeurd" in dutch
    assert "FAILED" in english or "passed" in english


def test_the_corpus_speaks_dutch_where_it_has_findings(monkeypatch):
    """The corpus is Dutch: most of its cases have findings, each line in Dutch."""
    with_findings = [p for p in CORPUS if "oplossing:" in _report(p, None, monkeypatch)]
    assert len(with_findings) >= len(CORPUS) // 2


# --------------------------------------------------------------------------- choosing


def test_the_language_follows_the_plan_and_lang_overrides_it(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.delenv("PLANCHECK_LANG", raising=False)
    plan = tmp_path / "plan.yaml"
    text = edited_text(('    work: ["2018-05"]\n', '    work: ["2018-05", "2018-07"]\n'))
    plan.write_text(text, "utf-8")
    assert main(["check", str(plan)]) == 1  # the moved mark no longer matches its acknowledgement
    dutch = capsys.readouterr().out
    assert "op de rij van maatregel" in dutch and "oplossing:" in dutch
    assert main(["check", "--lang", "en", str(plan)]) == 1
    english = capsys.readouterr().out
    assert "on the row of measure" in english and "how to fix:" in english
    # an English plan gets English; the rule ids stay the same
    plan.write_text(text.replace("  language: nl-NL\n", "  language: en-GB\n"), "utf-8")
    assert main(["check", str(plan)]) == 1
    assert "on the row of measure" in capsys.readouterr().out
    assert "[grid-mark-unexplained]" in dutch and "[grid-mark-unexplained]" in english


def test_lang_holds_for_one_run_only(tmp_path: Path, capsys):
    assert main(["rules", "--lang", "nl"]) == 0
    assert i18n.forced() == "en"  # PLANCHECK_LANG again, as before the run
    capsys.readouterr()


def test_a_plan_in_a_language_without_a_catalogue_gets_english(monkeypatch):
    monkeypatch.delenv("PLANCHECK_LANG", raising=False)
    assert i18n.for_plan("fr-FR") == "en"
    assert i18n.for_plan("nl-BE") == "nl"
    assert i18n.for_plan(None) == i18n.DEFAULT
    monkeypatch.setenv("PLANCHECK_LANG", "en")
    assert i18n.for_plan("nl-NL") == "en"


def test_schema_places_are_what_the_advisor_sees(monkeypatch):
    monkeypatch.delenv("PLANCHECK_LANG", raising=False)
    text = edited_text(('            due: "2018-06-30"\n', '            due: "2018-13"\n'))
    result = check_document(load_text(text).document)  # type: ignore[arg-type]
    [finding] = result.findings
    assert finding.message.startswith("maatregel 6, Realisatie/ tijdperiode, 1e regel, due: ")
    assert "improvement_points" not in finding.message
    assert finding.subject == "improvement_points[1].measures[0].realisation[0].due"


def test_rules_and_explain_in_dutch_and_english(capsys):
    assert main(["rules", "--lang", "nl"]) == 0
    dutch = capsys.readouterr().out
    assert main(["rules", "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert [line.split()[0] for line in dutch.splitlines()] == [
        line.split()[0] for line in english.splitlines()
    ]  # the same rule ids
    assert dutch != english
    assert main(["explain", "grid-deadline", "--lang", "nl"]) == 0
    explained = capsys.readouterr().out
    assert "standaard ernst" in explained
    assert "mijlpaal" in explained


def test_sarif_rule_help_follows_lang(tmp_path: Path, capsys):
    import json

    plan = tmp_path / "plan.yaml"
    plan.write_text(edited_text(), "utf-8")
    main(["check", "--format", "sarif", "--lang", "nl", str(plan)])
    rules = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    deadline = next(r for r in rules if r["id"] == "grid-deadline")
    assert "mijlpaal" in deadline["help"]["text"]


def test_schema_places_in_a_registry_name_the_entry_by_its_id(monkeypatch):
    monkeypatch.delenv("PLANCHECK_LANG", raising=False)
    text = edited_text(("    appointed: false\n", "    appointed: nee\n"))
    result = check_document(load_text(text).document)  # type: ignore[arg-type]
    [finding] = result.findings
    owner = re.search(r"^owners:\n  - id: (\S+)", text, re.M)
    assert owner is not None
    assert finding.message.startswith(f"owners, {owner[1]}, appointed: ")
    assert "1e regel" not in finding.message
