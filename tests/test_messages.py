"""Messages a policy advisor acts on: small cases found in review (on edited copies of the
published plan, support.edited_text)."""

from __future__ import annotations

from support import edited_text, line_of

from plancheck.engine import check_document
from plancheck.loader import load_text


def findings(text: str):
    loaded = load_text(text)
    if loaded.document is None:
        return list(loaded.findings)
    return list(check_document(loaded.document).findings)


def test_an_acknowledgement_naming_a_misspelt_rule_says_so() -> None:
    text = edited_text(
        (
            "  - rule: grid-deadline\n    subject: 6-factsheet",
            "  - rule: grid-dedline\n    subject: 6-factsheet",
        )
    )
    stale = [f for f in findings(text) if f.rule == "acknowledgement-stale"]
    assert [(f.message, f.hint) for f in stale] == [
        (
            "the acknowledgement names the rule 'grid-dedline', which does not exist",
            "did you mean 'grid-deadline'?",
        )
    ]
    assert stale[0].span is not None
    assert text.splitlines()[stale[0].span.line - 1].strip() == "- rule: grid-dedline"


def test_an_unquoted_year_as_due_hints_at_quotes() -> None:
    text = edited_text(
        (
            '            start: "2018-04"\n            due: "2019-12"\n',
            '            start: "2018-04"\n            due: 2019\n',
        )
    )
    (finding,) = [f for f in findings(text) if f.rule == "schema"]
    assert finding.hint is not None and finding.hint.startswith("put the value in quotes")


def test_a_mapping_as_key_has_a_hint() -> None:
    (finding,) = findings("format: 1\n? {a: 1}\n: x\n")
    assert finding.rule == "load"
    assert finding.message == "a key must be a plain word, not a list or mapping"
    assert finding.hint == "write the key as a word followed by a colon, like `title:`"


def test_a_pasted_line_separator_is_refused_at_its_place() -> None:
    text = edited_text(
        (
            "Concrete afspraken over regie en escalatie gemaakt.",
            "Concrete afspraken\u2028over regie en escalatie gemaakt.",
        )
    )
    (finding,) = findings(text)
    line = line_of(text, "\u2028")
    assert finding.rule == "load"
    assert finding.message.startswith("an invisible line separator (U+2028)")
    assert finding.span is not None
    assert (finding.span.line, finding.span.column) == (
        line,
        text.split("\n")[line - 1].index("\u2028") + 1,
    )


def test_a_dutch_date_gets_its_iso_form_as_hint() -> None:
    text = edited_text(
        (
            'escalatie gemaakt.\n            due: "2018-12-31"\n',
            'escalatie gemaakt.\n            due: "1-10-2018"\n',
        )
    )
    (finding,) = findings(text)
    assert finding.rule == "schema"
    assert finding.hint == 'write dates year first, as "2018-10-01" (YYYY-MM-DD, in quotes)'


def test_common_yaml_mistakes_are_explained() -> None:
    colon = edited_text(
        (
            "            text: Concrete afspraken over regie en escalatie gemaakt.",
            "            text: Concrete afspraken (let op: concept)",
        )
    )
    (finding,) = findings(colon)
    assert finding.hint is not None and finding.hint.startswith(
        "a colon followed by a space inside a value starts a new key: put the whole text in double quotes"
    )
    (tab,) = findings("format: 1\n\tdocument: x\n")
    assert (
        tab.hint
        == "a tab stands here: indent with spaces only (most editors have a setting for it)"
    )
    (indent,) = findings(
        edited_text(("          - id: 1-implementatie", "        - id: 1-implementatie"))
    )
    assert indent.hint is not None and indent.hint.startswith("this line is indented differently")
