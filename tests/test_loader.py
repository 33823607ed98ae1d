"""The loader: plan.yaml to plain data with positions, refusing the YAML 1.1 traps.

Every refusal is one `load` error with an exact message, place and hint.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

import pytest
import yaml
from support import PUBLISHED, edited_plan, line_of, plan_text

from plancheck.findings import Finding, Severity, Span
from plancheck.loader import MAX_ALIAS_NODES, MAX_DEPTH, Document, load_file, load_text

PUBLISHED_SHA256 = "2d410561c84ecc4ac7103bd0252d1d926c5680ca967b8755bcae2571093bfedf"


def refusal(text: str) -> Finding:
    """The one finding a text that must not load gives."""
    result = load_text(text)
    assert result.document is None
    [finding] = result.findings
    assert finding.rule == "load"
    assert finding.severity is Severity.ERROR
    assert finding.file == "plan.yaml"
    return finding


def place(finding: Finding) -> tuple[int, int]:
    assert finding.span is not None
    return finding.span.line, finding.span.column


def loaded(text: str) -> Document:
    result = load_text(text)
    assert result.findings == ()
    assert result.document is not None
    return result.document


# the published plan and its positions (lines computed from its text)


def test_the_fixture_is_the_plan_as_published():
    """tests/fixtures/plan-2018-08-31.yaml is plan.yaml as published on 31-08-2018, byte for
    byte, and stays so: the tests' expectations are pinned to it. (A new published version
    is a new fixture beside it, not an edit of this one. A change of the plan format is the
    one edit it takes, in data plancheck reads and the report does not show: the facts its
    acknowledgements accept.)"""
    data = PUBLISHED.read_bytes()
    assert hashlib.sha256(data).hexdigest() == PUBLISHED_SHA256
    assert '\n  version_date: "2018-08-31"\n' in data.decode("utf-8")


def test_the_published_plan_loads():
    result = load_file(PUBLISHED)
    assert result.findings == ()
    document = result.document
    assert document is not None
    assert document.path == str(PUBLISHED)
    assert document.data["format"] == 1
    assert document.data["document"]["code"] == "CSG53BED47F"
    assert [p["id"] for p in document.data["improvement_points"]] == ["1", "2"]
    assert document.lines[0] == "# yaml-language-server: $schema=schema/plan.schema.json"


def test_the_published_plan_data_is_what_a_yaml_reader_reads():
    # no position keys injected, nothing dropped: the same data PyYAML builds on its own
    # (plan.yaml quotes every date, so PyYAML's date objects do not come into it)
    document = loaded(plan_text())
    assert document.data == yaml.safe_load(plan_text())

    def keys(value: Any) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()

    assert not {k for k in keys(document.data) if "line" in k or "__" in k}


def test_positions_of_a_known_key_and_value():
    text = plan_text()
    document = loaded(text)
    code = line_of(text, "\n  code: CSG53BED47F\n") + 1  # document.code
    assert document.keys[("document", "code")] == Span(code, 3, code, 7)
    assert document.values[("document", "code")] == Span(code, 9, code, 20)
    # a milestone's due, deep in the tree: `            due: "2018-06-30"`
    path = ("improvement_points", 1, "measures", 0, "realisation", 0, "due")
    due = line_of(text, '\n            due: "2018-06-30"\n') + 1
    assert document.values[path] == Span(due, 18, due, 30)
    assert document.keys[path] == Span(due, 13, due, 16)
    # list items have the position of their value
    towns = line_of(text, "\n  municipalities: [Middelburg, Vlissingen, Veere]\n") + 1
    assert document.values[("document", "municipalities", 1)] == Span(towns, 32, towns, 42)


def test_span_falls_back_to_the_nearest_ancestor():
    text = plan_text()
    document = loaded(text)
    assert document.span(("document", "no-such-key")) == document.values[("document",)]
    code = line_of(text, "\n  code: CSG53BED47F\n") + 1
    assert document.span(("document", "code"), key=True) == Span(code, 3, code, 7)
    # a list item has no key: its value stands in
    assert document.span(("footnotes", 0), key=True) == document.values[("footnotes", 0)]


# the traps


def test_duplicate_key_names_both_lines():
    finding = refusal("format: 1\ndocument:\n  title: A\n  code: X\n  title: B\n")
    assert finding.message == (
        "duplicate key 'title': it is already set on line 3; "
        "YAML would silently keep only this second one"
    )
    assert place(finding) == (5, 3)
    assert finding.hint == "remove one of the two 'title:' lines or merge them"


def test_a_quoted_and_a_plain_key_are_the_same_key():
    finding = refusal('format: 1\n"format": 2\n')
    assert finding.message.startswith("duplicate key 'format': it is already set on line 1;")
    assert place(finding) == (2, 1)


def test_unquoted_3_10_is_a_number_trap():
    finding = refusal("measures:\n  - id: 3.10\n")
    assert finding.message == "'3.10' unquoted is read as the number 3.1 (YAML 1.1)"
    assert place(finding) == (2, 9)
    assert finding.hint == 'write "3.10" in quotes: ids and numbers like measure "3.10" are text'


def test_quoted_3_10_and_a_plain_number_load():
    document = loaded('a: "3.10"\nb: 3.5\nc: 7\nd: -2\n')
    assert document.data == {"a": "3.10", "b": 3.5, "c": 7, "d": -2}


@pytest.mark.parametrize(
    ("word", "boolean"),
    [
        ("no", "False"),
        ("yes", "True"),
        ("on", "True"),
        ("off", "False"),
        ("No", "False"),
        ("YES", "True"),
        ("True", "True"),
        ("FALSE", "False"),
    ],
)
def test_yes_no_on_off_are_boolean_traps(word, boolean):
    finding = refusal(f"document:\n  language: {word}\n")
    assert finding.message == f"'{word}' unquoted is read as the boolean {boolean} (YAML 1.1)"
    assert place(finding) == (2, 13)
    assert finding.hint == (
        f'write "{word}" in quotes if you mean the text, or true/false for a yes/no value'
    )


def test_true_and_false_are_booleans():
    assert loaded("a: true\nb: false\nc: 'no'\n").data == {"a": True, "b": False, "c": "no"}


def test_leading_zero_is_an_octal_trap():
    finding = refusal("id: 012\n")
    assert finding.message == "'012' unquoted is read as the number 10 (YAML 1.1)"
    assert place(finding) == (1, 5)
    assert finding.hint == 'write "012" in quotes'


def test_hexadecimal_is_a_number_trap():
    finding = refusal("a: 1\ncode: 0x1F\n")
    assert finding.message == "'0x1F' unquoted is read as the number 31 (YAML 1.1)"
    assert place(finding) == (2, 7)
    assert finding.hint == 'write "0x1F" in quotes'


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("1_000", "1000"),
        ("1:30", "90"),
        ("1.50", "1.5"),
        (".inf", "inf"),
    ],
)
def test_other_yaml_1_1_numbers_are_traps(value, number):
    finding = refusal(f"a: {value}\n")
    assert finding.message == f"'{value}' unquoted is read as the number {number} (YAML 1.1)"
    assert place(finding) == (1, 4)


def test_an_unquoted_date_stays_text():
    document = loaded("due: 2018-06-30\nstamp: 2018-06-30 10:00:00\n")
    assert document.data == {"due": "2018-06-30", "stamp": "2018-06-30 10:00:00"}
    assert isinstance(document.data["due"], str)


def test_python_object_tag_is_refused():
    finding = refusal("a: 1\nb: !!python/object:os.system echo\n")
    assert finding.message == (
        "the tag tag:yaml.org,2002:python/object:os.system is not allowed in a plan"
    )
    assert place(finding) == (2, 4)
    assert finding.hint == "remove the tag (the part starting with !)"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("a: !custom x\n", "!custom"),
        ("a: !!binary aGVsbG8=\n", "tag:yaml.org,2002:binary"),
        ("a: !!set {x, y}\n", "tag:yaml.org,2002:set"),
        ("a: !!omap [x: 1]\n", "tag:yaml.org,2002:omap"),
        ("a: !!python/name:os.system\n", "tag:yaml.org,2002:python/name:os.system"),
    ],
)
def test_other_tags_are_refused(text, tag):
    finding = refusal(text)
    assert finding.message == f"the tag {tag} is not allowed in a plan"
    assert place(finding) == (1, 4)


def test_a_tag_on_a_list_or_mapping_is_refused():
    assert refusal("a: !!str [1]\n").message == "a list cannot carry this tag"
    assert refusal("a: !!str {b: 1}\n").message == "a mapping cannot carry this tag"


def test_merge_keys_are_refused():
    finding = refusal("base: &b\n  x: 1\nother:\n  <<: *b\n  y: 2\n")
    assert finding.message == "merge keys (<<) are not allowed in a plan"
    assert place(finding) == (4, 3)
    assert finding.hint == "write the keys out"


def test_plain_equals_and_merge_signs_as_values_are_text():
    # PyYAML resolves them to its value and merge tags; they are just text (as in YAML 1.2)
    assert loaded("a: =\nb: <<\n").data == {"a": "=", "b": "<<"}


def test_a_key_that_is_a_list_is_refused():
    finding = refusal("? [a, b]\n: 1\n")
    assert finding.message == "a key must be a plain word, not a list or mapping"
    assert place(finding) == (1, 3)


def billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        previous, current = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{current}: &{current} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_quickly():
    started = time.perf_counter()
    finding = refusal(billion_laughs())  # 9**9 = 387,420,489 values if expanded
    assert time.perf_counter() - started < 2.0
    assert finding.message == f"aliases (*name) expand to more than {MAX_ALIAS_NODES:,} values"
    assert finding.message == "aliases (*name) expand to more than 10,000 values"
    assert finding.hint == "write the values out instead of repeating anchors (&name) with aliases"
    assert place(finding) == (1, 4)  # the anchored list that is repeated too often


def test_a_few_aliases_are_fine():
    document = loaded("a: &x [1, 2]\nb: *x\nc: *x\n")
    assert document.data == {"a": [1, 2], "b": [1, 2], "c": [1, 2]}


def test_nesting_deeper_than_max_depth_is_refused():
    depth = MAX_DEPTH + 5
    finding = refusal("a: " + "[" * depth + "]" * depth + "\n")
    assert finding.message == f"the YAML is nested more than {MAX_DEPTH} levels deep"
    assert finding.message == "the YAML is nested more than 64 levels deep"
    assert place(finding) == (1, 4 + MAX_DEPTH)
    assert finding.hint == "flatten it"


def test_nesting_up_to_max_depth_loads():
    # the top-level mapping is depth 0, so MAX_DEPTH lists inside it are allowed ...
    assert loaded("a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n").data["a"] is not None
    # ... and one more is not, refused at the innermost list
    deeper = MAX_DEPTH + 1
    finding = refusal("a: " + "[" * deeper + "]" * deeper + "\n")
    assert finding.message == "the YAML is nested more than 64 levels deep"
    assert place(finding) == (1, 3 + deeper)


def test_very_deep_nesting_is_refused_without_a_crash():
    finding = refusal("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert finding.message == "the YAML is nested more than 64 levels deep"


def _depth(node, level=0):
    """How deep the composer nests `node`'s collections (the node itself counted)."""
    if isinstance(node, yaml.MappingNode):
        return max((_depth(v, level + 1) for _, v in node.value), default=level + 1)
    if isinstance(node, yaml.SequenceNode):
        return max((_depth(v, level + 1) for v in node.value), default=level + 1)
    return level


def _shapes():
    """Texts that nest in every way YAML allows: blocks under keys, lists under keys at the
    same column, compact lists "- - -", lists of mappings "- k:", complex keys "? -" and
    flow brackets, mixed."""
    for n in (1, 2, 5, 20, 80):
        yield "".join(f"{'  ' * i}k{i}:\n" for i in range(n)) + "  " * n + "v\n"
        yield "k0:\n" + "".join(f"{'  ' * i}- k{i + 1}:\n" for i in range(n)) + "  " * n + "- v\n"
        yield "- " * n + "v\n"
        yield "".join(f"{'  ' * i}- k{i}:\n" for i in range(n)) + "  " * n + "  v\n"
        yield "? " + "- " * n + "v\n: w\n"
        yield "? a\n: " + "- " * n + "v\n"
        yield (
            "k:\n"
            + "".join(f"{'  ' * i}? k{i}\n{'  ' * i}:\n" for i in range(n))
            + "  " * n
            + "v\n"
        )
        yield "a: " + "[" * n + "]" * n + "\n"
        yield "a: " + "{b: " * n + "c" + "}" * n + "\n"
        yield "a: " + "[b: " * n + "c" + "]" * n + "\n"  # a list and a pair in it, each
        yield "a: " + "[? " * n + "c" + "]" * n + "\n"
        yield "a: [\n" + "".join(f"{' ' * (i % 3 + 1)}[\n" for i in range(n)) + "]" * (n + 1) + "\n"
        yield "- " * n + "[" * n + "]" * n + "\n"
        yield (
            "k0:\n"
            + "".join(f"{'  ' * i}- - k{i + 1}:\n" for i in range(n))
            + "  " * n
            + "- [[v]]\n"
        )


@pytest.mark.parametrize("text", list(_shapes()))
def test_the_nesting_bound_is_never_below_the_real_depth(text):
    from plancheck.loader import nesting_bound

    depth = _depth(yaml.compose(text, Loader=yaml.SafeLoader))
    assert depth >= 1 and nesting_bound(text, text.split("\n")) >= depth


@pytest.mark.parametrize("text", [t for t in _shapes() if t.count("[") + t.count("{") < 200])
def test_the_builder_refuses_deep_nesting_where_the_event_pass_does(text, monkeypatch):
    """A text under the bound is composed without the event pass; the builder then refuses
    a node too deep with the same message at the same place."""
    from plancheck import loader

    monkeypatch.setattr(loader, "SAFE_NESTING", 10**9)  # never the event pass
    without = loader.load_text(text)
    monkeypatch.setattr(loader, "SAFE_NESTING", 0)  # always
    with_pass = loader.load_text(text)
    assert (without.document is None) == (with_pass.document is None)
    if text.startswith(("- ", "? -")) or "[? " in text:
        # a list, not a plan, or a collection as a key: refused as such before any depth
        assert without.document is not None or "nested" not in without.findings[0].message
        return
    assert [(f.message, f.span, f.hint) for f in without.findings] == [
        (f.message, f.span, f.hint) for f in with_pass.findings
    ]


def test_the_published_plan_needs_no_event_pass_and_a_bracket_bomb_gets_it(monkeypatch):
    from plancheck import loader

    passes = []
    real = loader._too_deep
    monkeypatch.setattr(loader, "_too_deep", lambda text: passes.append(1) or real(text))
    assert load_file(PUBLISHED).document is not None and passes == []
    finding = refusal("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested more than 64" in finding.message and passes == [1]


# files that are not plans


def test_an_empty_file():
    finding = refusal("")
    assert finding.message == "the file is empty"
    assert place(finding) == (1, 1)
    assert finding.hint == "start from `plancheck init`, which writes a small valid plan"


def test_a_file_of_comments_only_is_empty():
    finding = refusal("# a plan\n# to be written\n\n")
    assert finding.message == "the file is empty"
    assert place(finding) == (1, 1)


def test_a_file_that_is_a_list():
    finding = refusal("- format: 1\n- document: x\n")
    assert finding.message == (
        "the plan must be a mapping of keys (format:, document:, ...), not a list"
    )
    assert place(finding) == (1, 1)
    assert finding.hint == "start the file with `format: 1` and the other top-level keys"


def test_a_file_that_is_a_single_value():
    finding = refusal("\nVerbeterplan\n")
    assert finding.message == (
        "the plan must be a mapping of keys (format:, document:, ...), not a single value"
    )
    assert place(finding) == (2, 1)


def test_text_that_is_not_yaml():
    finding = refusal("format: 1\ndocument: [a, b\n")
    assert finding.message == (
        "this is not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"
    )
    assert place(finding) == (3, 1)
    assert finding.hint == "check the indentation and the quotes on this line and the line above"


def test_bytes_that_are_not_utf8(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes("format: 1\nlabel: Cliënt".encode() + b"\xa0x\n")
    result = load_file(path)
    assert result.document is None
    [finding] = result.findings
    assert finding.message == "byte 0xa0 is not valid UTF-8"
    assert finding.file == str(path)
    # line 2, the 14th character ("label: Cliënt" is 13 characters, 14 bytes)
    assert place(finding) == (2, 14)
    assert finding.hint == (
        "save the file as UTF-8 (most editors offer this under 'Save with encoding')"
    )


def test_a_latin1_file_is_reported_at_its_first_bad_byte(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes("format: 1\r\ntitle: Cliëntperspectief\r\n".encode("latin-1"))
    [finding] = load_file(path).findings
    assert finding.message == "byte 0xeb is not valid UTF-8"
    assert place(finding) == (2, 11)


def test_a_missing_file(tmp_path):
    path = tmp_path / "nope.yaml"
    result = load_file(path)
    assert result.document is None
    [finding] = result.findings
    assert (finding.rule, finding.severity, finding.file) == ("load", Severity.ERROR, str(path))
    assert finding.message == "no such file"
    assert finding.span is None
    assert finding.hint == "give the path of a plan.yaml, or run `plancheck init`"


def test_a_folder(tmp_path):
    [finding] = load_file(tmp_path).findings
    assert finding.message == "this is a folder, not a plan file"
    assert finding.span is None
    assert finding.hint == "give the path of a plan.yaml"


# line ends and byte-order mark


def same_document(a: Document, b: Document) -> None:
    assert a.data == b.data
    assert a.values == b.values
    assert a.keys == b.keys
    assert a.lines == b.lines


def test_crlf_line_ends_load_like_the_plain_plan(tmp_path):
    plain = load_file(PUBLISHED).document
    path = edited_plan(tmp_path, lambda text: text.replace("\n", "\r\n"))
    crlf = load_file(path).document
    assert plain is not None and crlf is not None
    same_document(plain, crlf)


def test_a_byte_order_mark_loads_like_the_plain_plan(tmp_path):
    plain = load_file(PUBLISHED).document
    path = edited_plan(tmp_path, lambda text: "\ufeff" + text)
    bom = load_file(path).document
    assert plain is not None and bom is not None
    same_document(plain, bom)
    assert bom.lines[0].startswith("# yaml-language-server")


def test_crlf_and_a_byte_order_mark_together(tmp_path):
    plain = load_file(PUBLISHED).document
    path = edited_plan(tmp_path, lambda text: "\ufeff" + text.replace("\n", "\r\n"))
    both = load_file(path).document
    assert plain is not None and both is not None
    same_document(plain, both)


def test_a_trap_after_a_byte_order_mark_and_crlf_keeps_its_column():
    finding = refusal("\ufeffformat: 1\r\nid: 012\r\n")
    assert place(finding) == (2, 5)


# numbers too long to read (Python refuses an int of more than 4,300 digits)


@pytest.mark.parametrize(
    ("value", "digits"),
    [
        ("9" * 4301, 4301),
        ("-" + "1" * 5000, 5000),
        ("1_" * 200 + "1", 201),  # YAML 1.1 digits with underscores
        ("0x" + "f" * 200, 200),  # read in base 16, then 241 decimal digits to show
        ("1." + "5" * 300, 301),
        ("1" * 101, 101),
    ],
)
def test_a_number_with_too_many_digits_is_refused(value, digits):
    finding = refusal(f"format: 1\ncode: {value}\n")
    assert finding.message == (
        f"this unquoted number has {digits:,} digits; numbers in a plan have at most 100"
    )
    assert place(finding) == (2, 7)
    assert finding.hint == 'quote it if it is text ("...")'


def test_a_number_of_a_hundred_digits_is_still_a_number():
    assert loaded(f"a: {'7' * 100}\n").data == {"a": int("7" * 100)}


def test_a_million_digits_are_refused_quickly():
    started = time.perf_counter()
    finding = refusal(f"a: {'9' * 1_000_000}\n")
    assert time.perf_counter() - started < 5
    assert finding.message.startswith("this unquoted number has 1,000,000 digits")


# raw characters YAML refuses, found before parsing (libyaml names only an offset)


@pytest.mark.parametrize(
    ("char", "message", "hint"),
    [
        (
            "\x0c",
            "a form feed (U+000C) stands here: a page break, usually pasted from a PDF's text",
            "delete it (retype the space or line break around it)",
        ),
        (
            "\x0b",
            "a vertical tab (U+000B) stands here: a manual line break, usually pasted from Word",
            "delete it and retype the line break; a new line inside a text is written after `|`",
        ),
        (
            "\x00",
            "a NUL byte (U+0000) stands here: the file may be binary or damaged",
            "check that this is the plan file; if it is, delete the character (most editors "
            "show it as ^@ or a box) and check the text around it",
        ),
        (
            "\x1b",
            "an invisible control character (U+001B) stands here; YAML does not allow it in a file",
            "delete it (most editors do not show it: retype the text around it)",
        ),
        (
            "\x9b",  # a C1 control: the escape of a terminal, in one character
            "an invisible control character (U+009B) stands here; YAML does not allow it in a file",
            "delete it (most editors do not show it: retype the text around it)",
        ),
        (
            "\x85",
            "an invisible line separator (U+0085) stands here, usually pasted from a word "
            "processor",
            "delete it (retype the space or line break around it)",
        ),
    ],
)
def test_a_raw_control_character_is_refused_at_its_place(char, message, hint):
    # in a plain value, a quoted one and a block text: always its own line and column
    for text, where in (
        (f"format: 1\ntitle: Één{char}twee\n", (2, 11)),
        (f'format: 1\ntitle: "Één{char}twee"\n', (2, 12)),
        (f"format: 1\ntitle: |\n  Één\n  drie{char}\n", (4, 7)),
    ):
        finding = refusal(text)
        assert (finding.message, place(finding), finding.hint) == (message, where, hint), text


def test_the_first_of_several_control_characters_is_reported():
    finding = refusal("format: 1\na: b\x0bc\nd: e\x0cf\x00\n")
    assert finding.message.startswith("a vertical tab")
    assert place(finding) == (2, 5)


def test_a_tab_inside_text_is_not_a_control_character():
    assert loaded("a: 'b\tc'\n").data == {"a": "b\tc"}


# escaped surrogates: libyaml refuses them as "invalid Unicode character escape code"


def test_an_escaped_lone_surrogate_is_refused_at_the_escape():
    finding = refusal('format: 1\ntitle: "Één \\udc00 twee"\n')
    assert finding.message == "an escaped surrogate \\udc00 is not a character"
    assert finding.span == Span(2, 13, 2, 19)
    assert finding.hint == "remove it"


def test_an_escaped_surrogate_pair_names_its_character():
    finding = refusal('format: 1\ntitle: "\\ud83d\\ude00"\n')
    assert finding.message == (
        "an escaped surrogate \\ud83d is not a character (with \\ude00 it is UTF-16 for U+1F600)"
    )
    assert place(finding) == (2, 9)
    assert finding.hint == "write the character itself, or as \\U0001F600"


def test_an_eight_digit_escaped_surrogate_is_refused():
    finding = refusal('format: 1\ntitle: "a\\U0000D800"\n')
    assert finding.message == "an escaped surrogate \\U0000D800 is not a character"
    assert finding.span == Span(2, 10, 2, 20)


def test_every_invisible_character_is_one_python_does_not_print():
    """The loader looks for raw characters YAML refuses only in a text that is not printable
    once its tabs and line breaks are set aside (plancheck.printable.all_printable): sound
    only while each is one str.isprintable refuses. Checked over all of Unicode."""
    import re

    from plancheck.loader import INVISIBLE

    invisible = re.compile(INVISIBLE)
    found = [c for c in map(chr, range(0x110000)) if invisible.match(c)]
    assert len(found) > 2000 and not [c for c in found if c.isprintable()]


@pytest.mark.parametrize("depth", [100, 300, 500])
def test_deep_nesting_is_placed_without_libyaml_too(depth, monkeypatch):
    """PyYAML's Python composer (where libyaml is missing) recurses too: nesting it cannot
    take is found by the event pass first, at its place."""
    from plancheck import loader

    monkeypatch.setattr(loader, "_Loader", yaml.SafeLoader)
    for text in (
        "a: " + "[" * depth + "]" * depth + "\n",
        "a: " + "[b: " * depth + "c" + "]" * depth,
    ):
        finding = refusal(text)
        assert "nested more than 64" in finding.message and finding.span is not None
