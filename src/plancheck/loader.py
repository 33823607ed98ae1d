"""Read plan.yaml into plain data and remember where every key and value stands.

The YAML is composed into a node tree first (libyaml's C composer where present) and the
data is built from that tree here, so data and positions stay in step and no position key
is ever injected into the data. Building it ourselves is also where the YAML 1.1 traps are
caught: PyYAML silently keeps the last of two duplicate keys, reads an unquoted `3.10` as
the number 3.1, `no` as false, `012` as 10 and `2018-06-30` as a date object. Dates stay
strings here (the schema checks them as strings, as check-jsonschema does).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence

import yaml

from plancheck import i18n
from plancheck.findings import Finding, Severity, Span
from plancheck.i18n import N_, _
from plancheck.outputs import note_input
from plancheck.printable import all_printable, compiled
from plancheck.record import Record, record, replace

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any

try:  # libyaml's C loader where present: much faster, same node tree
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

PathKey = tuple[str | int, ...]

RULE = "load"
# Bounds for hostile input (docs/limits.md): nodes reached again through aliases, and nesting.
MAX_ALIAS_NODES = 10_000
MAX_DEPTH = 64
MAX_BYTES = 64 * 1024 * 1024  # 10,000 measures of the real plan's shape take 46 MB
# An unquoted number longer than this is refused before it is converted: Python refuses to
# read an int of more than 4,300 digits (a ValueError), and converting one costs time that
# grows with the square of its length. A plan's only number is `format: 1`.
MAX_NUMBER_DIGITS = 100

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_VALUE = "tag:yaml.org,2002:value"
_MERGE = "tag:yaml.org,2002:merge"
_KNOWN_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP, _MAP, _SEQ}
# PyYAML resolves a plain `=` to the value tag and a plain `<<` to the merge tag; as values
# (not keys) they are just text, as check-jsonschema's YAML 1.2 reader reads them.
_PLAIN_TEXT = {(_VALUE, "="), (_MERGE, "<<")}

_PLAIN_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"[-+]?(0|[1-9][0-9]*)\.[0-9]+")


@record
class Document(Record):
    """A loaded plan file: its data, and the place of every value and key by data path."""

    path: str
    data: Any
    values: Mapping[PathKey, Span]
    keys: Mapping[PathKey, Span]
    lines: tuple[str, ...]

    def span(self, path: PathKey, *, key: bool = False) -> Span | None:
        """The place of the value at `path` (or of its key), else of the nearest ancestor."""
        probe = tuple(path)
        while True:
            table = self.keys if key else self.values
            if probe in table:
                return table[probe]
            if key and probe in self.values:
                return self.values[probe]
            if not probe:
                return None
            probe = probe[:-1]

    def span_within(self, path: PathKey, excerpt: str | None) -> Span | None:
        """The place of `excerpt` (a footnote reference, a link, as the rule quotes it from
        the text) inside the value at `path`: its line and column, on the lines of a `|`
        block or in a one-line value. Where the value does not hold it as typed (an escape,
        a folded line break), the place of the value itself."""
        span = self.span(path)
        if span is None or not excerpt or tuple(path) not in self.values:
            return span
        last = span.end_line or span.line
        if last > span.line and span.end_column == 1:
            last -= 1  # a block's end mark is on the line after it
        for number in range(span.line, min(last, len(self.lines)) + 1):
            line = self.lines[number - 1]
            at = line.find(excerpt, span.column - 1 if number == span.line else 0)
            if at >= 0:
                return Span(number, at + 1, number, at + 1 + len(excerpt))
        return span


@record
class LoadResult(Record):
    """The loaded document, or the findings that say why the file does not load."""

    document: Document | None
    findings: tuple[Finding, ...]
    # the lines of a file that did not load, to show beside its finding: read once with the
    # file (a named pipe cannot be read a second time)
    lines: tuple[str, ...] = ()


class _Trap(Exception):
    def __init__(self, node: yaml.Node, message: str, hint: str, span: Span | None = None) -> None:
        super().__init__(message)
        self.node = node
        self.message = message
        self.hint = hint
        self.span = span or _span(node)


def _span(node: yaml.Node) -> Span:
    start, end = node.start_mark, node.end_mark
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def _fail(path: str, message: str, span: Span | None, hint: str | None = None) -> LoadResult:
    finding = Finding(RULE, Severity.ERROR, message, path, span, hint)
    return LoadResult(None, (finding,))


# Characters YAML does not allow raw in a file (C0 controls but tab and line ends, DEL, C1
# controls, surrogates, U+FFFE and U+FFFF), and the line separators YAML counts as line breaks
# where editors do not. libyaml names them only by their offset in the text.
# (compiled only for a text that may hold one: plancheck.printable.all_printable)
INVISIBLE = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]"
_SEPARATORS = ("\u2028", "\u2029", "\x85")
_DELETE = N_("delete it (retype the space or line break around it)")
# What a raw control character probably is, and how to get rid of it.
_CONTROLS = {
    "\x0c": (
        N_("a form feed (U+000C) stands here: a page break, usually pasted from a PDF's text"),
        _DELETE,
    ),
    "\x0b": (
        N_("a vertical tab (U+000B) stands here: a manual line break, usually pasted from Word"),
        N_("delete it and retype the line break; a new line inside a text is written after `|`"),
    ),
    "\x00": (
        N_("a NUL byte (U+0000) stands here: the file may be binary or damaged"),
        N_(
            "check that this is the plan file; if it is, delete the character (most editors "
            "show it as ^@ or a box) and check the text around it"
        ),
    ),
}


def _invisible_character(text: str) -> tuple[str, str, Span] | None:
    """(message, hint, place) for the first character YAML would refuse without saying where,
    or would read as a line break that no editor shows."""
    if all_printable(text, but="\t\n"):
        return None
    found = compiled(INVISIBLE).search(text)
    if found is None:
        return None
    char, at = found.group(), found.start()
    where = Span(text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at))
    code = f"U+{ord(char):04X}"
    if char in _SEPARATORS:
        # YAML counts these as line breaks, editors do not: every later position would be
        # off, so they are refused before parsing.
        message = _(
            "an invisible line separator ({code}) stands here, usually pasted from a word processor"
        ).format(code=code)
        return message, _(_DELETE), where
    if char in _CONTROLS:
        message, hint = _CONTROLS[char]
        return _(message), _(hint), where
    return (
        _(
            "an invisible control character ({code}) stands here; YAML does not allow it in a file"
        ).format(code=code),
        _("delete it (most editors do not show it: retype the text around it)"),
        where,
    )


_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")


def _surrogate_escape(
    lines: tuple[str, ...], err: yaml.MarkedYAMLError
) -> tuple[str, Span, str] | None:
    """The finding for an escaped surrogate ("\\ud83d" in double quotes), which libyaml
    refuses as an "invalid Unicode character escape code" at the escape's hex digits."""
    mark = err.problem_mark
    if mark is None or "escape code" not in (err.problem or ""):
        return None
    if not 0 <= mark.line < len(lines):  # pragma: no cover - libyaml marks within the text
        return None
    line = lines[mark.line]
    start = line.rfind("\\", 0, mark.column)
    escape = _ESCAPE.match(line, start) if start >= 0 else None
    if escape is None:
        return None
    code = int(escape.group()[2:], 16)
    if not 0xD800 <= code <= 0xDFFF:
        return None
    where = Span(mark.line + 1, start + 1, mark.line + 1, escape.end() + 1)
    message = _("an escaped surrogate {escape} is not a character").format(escape=escape.group())
    hint = _("remove it")
    pair = _ESCAPE.match(line, escape.end())
    if pair is not None and code <= 0xDBFF and 0xDC00 <= int(pair.group()[2:], 16) <= 0xDFFF:
        # a UTF-16 pair, as JSON writes characters outside the BMP: YAML wants the character
        char = 0x10000 + ((code - 0xD800) << 10) + (int(pair.group()[2:], 16) - 0xDC00)
        message += _(" (with {pair} it is UTF-16 for {code})").format(
            pair=pair.group(), code=f"U+{char:X}"
        )
        hint = _("write the character itself, or as {escape}").format(escape=f"\\U{char:08X}")
    return message, where, hint


# libyaml's own words for what it found (`problem`) and where it was (`context`), as they
# reach a finding; translated like plancheck's own (a problem not listed shows as libyaml
# words it).
_LIBYAML_WORDS = (
    N_("mapping values are not allowed here"),
    N_("mapping values are not allowed in this context"),
    N_("did not find expected key"),
    N_("did not find expected '-' indicator"),
    N_("did not find expected node content"),
    N_("did not find expected ',' or ']'"),
    N_("did not find expected ',' or '}'"),
    N_("could not find expected ':'"),
    N_("found character that cannot start any token"),
    N_("found a tab character that violates indentation"),
    N_("found unexpected end of stream"),
    N_("found unknown escape character"),
    N_("block sequence entries are not allowed in this context"),
    N_("while parsing a block mapping"),
    N_("while parsing a block collection"),
    N_("while parsing a block node"),
    N_("while parsing a flow mapping"),
    N_("while parsing a flow sequence"),
    N_("while parsing a flow node"),
    N_("while parsing a node"),
    N_("while scanning a simple key"),
    N_("while scanning a plain scalar"),
    N_("while scanning a quoted scalar"),
    N_("while scanning a block scalar"),
    N_("while scanning for the next token"),
    N_("while scanning an anchor"),
    N_("while scanning an alias"),
)

# libyaml's words for the mistakes people make most, and what to do about each.
_YAML_HINTS = (
    (
        "mapping values are not allowed",
        N_(
            "a colon followed by a space inside a value starts a new key: put the whole text in "
            'double quotes ("...: ..."), or write it after `|` on the lines below; if this line '
            "is a key, check that it is indented like the keys around it"
        ),
    ),
    (
        "tab",
        N_("a tab stands here: indent with spaces only (most editors have a setting for it)"),
    ),
    (
        "did not find expected '-' indicator",
        N_(
            "this line is indented differently from the list items above it: items of one list "
            "start with '- ' in the same column"
        ),
    ),
    (
        "did not find expected key",
        N_(
            "this line is indented differently from the keys above it: keys of one mapping "
            "start in the same column"
        ),
    ),
    (
        "exceeded maximum",  # libyaml's own bounds (nesting depth and the like)
        N_("the YAML is nested too deeply here: keep nesting under {depth} levels"),
    ),
    (
        "could not find expected ':'",
        N_(
            'a key needs a colon and a space after it (`due: "2018-06-30"`); check this line '
            "and the one above"
        ),
    ),
)


def _yaml_hint(problem: str) -> str:
    for words, hint in _YAML_HINTS:
        if words in problem:
            return _(hint).format(depth=MAX_DEPTH)
    return _("check the indentation and the quotes on this line and the line above")


def load_text(text: str, path: str = "plan.yaml") -> LoadResult:
    """Load plan text that is already decoded."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = tuple(text.split("\n"))
    invisible = _invisible_character(text)
    if invisible is not None:
        message, hint, where = invisible
        return _fail(path, message, where, hint)
    try:
        deep = _too_deep(text) if nesting_bound(text, lines) >= SAFE_NESTING else None
        if deep is not None:
            return _fail(path, _(_DEEP).format(depth=MAX_DEPTH), deep, _("flatten it"))
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        surrogate = _surrogate_escape(lines, err)
        if surrogate is not None:
            return _fail(path, *surrogate)
        quote = _open_quote(text, err)
        if quote is not None:
            return _fail(
                path,
                _(
                    "this is not valid YAML: the quote opened here is not closed on its line; "
                    "the text runs on to line {line}, where it breaks"
                ).format(line=quote[1])
                if quote[1]
                else _("this is not valid YAML: the quote opened here is never closed"),
                Span(quote[0].line + 1, quote[0].column + 1),
                _("close the quote on this line (text over several lines is written after `|`)"),
            )
        mark = err.problem_mark or err.context_mark
        span = Span(mark.line + 1, mark.column + 1) if mark is not None else None
        problem = err.problem or err.context or "not valid YAML"
        context = f" ({_(err.context)})" if err.context and err.problem else ""
        return _fail(
            path,
            _("this is not valid YAML: {problem}").format(problem=_(problem) + context),
            span,
            _yaml_hint(problem),
        )
    except yaml.YAMLError as err:
        return _fail(path, _("this is not valid YAML: {problem}").format(problem=err), None)
    except RecursionError:
        return _fail(
            path,
            _("the YAML is nested too deeply"),
            None,
            _("keep nesting under {depth}").format(depth=MAX_DEPTH),
        )
    if root is None:
        return _fail(
            path,
            _("the file is empty"),
            Span(1, 1),
            _("start from `plancheck init`, which writes a small valid plan"),
        )
    if not isinstance(root, yaml.MappingNode):
        return _fail(
            path,
            _("the plan must be a mapping of keys (format:, document:, ...), not a list")
            if isinstance(root, yaml.SequenceNode)
            else _(
                "the plan must be a mapping of keys (format:, document:, ...), not a single value"
            ),
            _span(root),
            _("start the file with `format: 1` and the other top-level keys"),
        )
    builder = _Builder()
    try:
        data = builder.build(root, ())
    except _Trap as trap:
        return _fail(path, trap.message, trap.span, trap.hint)
    except RecursionError:
        return _fail(
            path,
            _("the YAML is nested too deeply"),
            None,
            _("keep nesting under {depth}").format(depth=MAX_DEPTH),
        )
    document = Document(path, data, builder.values, builder.keys, lines)
    return LoadResult(document, ())


def load_file(path: str | os.PathLike[str]) -> LoadResult:
    """Load a plan file: bytes, UTF-8 (a byte-order mark is allowed), YAML, positions."""
    name = os.fspath(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            return _fail(
                name,
                _("the file is {size} bytes; plans are limited to {limit} bytes").format(
                    size=f"{size:,}", limit=f"{MAX_BYTES:,}"
                ),
                None,
                _("is this the right file?"),
            )
        raw = read_bounded(path)
        note_input(path, "the plan")
    except FileNotFoundError:
        return _fail(
            name,
            _("no such file"),
            None,
            _("give the path of a plan.yaml, or run `plancheck init`"),
        )
    except IsADirectoryError:
        return _fail(
            name, _("this is a folder, not a plan file"), None, _("give the path of a plan.yaml")
        )
    except OSError as err:
        return _fail(name, _("cannot read the file: {reason}").format(reason=err.strerror), None)
    if raw is None:  # not a regular file (a device, a pipe) that went on past the bound
        return _fail(
            name,
            _("the file is larger than {limit} bytes, the limit for plans").format(
                limit=f"{MAX_BYTES:,}"
            ),
            None,
            _("is this the right file?"),
        )
    return load_bytes(raw, name)


def load_bytes(raw: bytes, name: str) -> LoadResult:
    """Load a plan's bytes (UTF-8, a byte-order mark allowed); `name` is how messages show
    the file ('plan.yaml', or 'HEAD:plan.yaml' for a file read from git). Its findings are
    in the language the file names (`language:`), read from the bytes before any parsing."""
    with i18n.using(i18n.for_plan(i18n.sniff(raw))):
        return _load_bytes(raw, name)


def _load_bytes(raw: bytes, name: str) -> LoadResult:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        # the column in characters, as every other finding counts it (the bytes before the
        # bad one on its line are valid UTF-8: the decoder stopped at the first bad byte)
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8")) + 1
        failed = _fail(
            name,
            _("byte {byte} is not valid UTF-8").format(byte=f"0x{raw[err.start]:02x}"),
            Span(line, column),
            _("save the file as UTF-8 (most editors offer this under 'Save with encoding')"),
        )
        return replace(failed, lines=_lines(raw))
    result = load_text(text, name)
    if result.document is None and any(f.span is not None for f in result.findings):
        return replace(result, lines=_lines(raw))
    return result


def _lines(raw: bytes) -> tuple[str, ...]:
    return tuple(raw.decode("utf-8", errors="replace").splitlines())


def read_bounded(path: str | os.PathLike[str]) -> bytes | None:
    """The file's bytes, or None past MAX_BYTES: a device such as /dev/zero has no size to
    check beforehand and no end, so never read more than the bound."""
    with open(path, "rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    return raw if len(raw) <= MAX_BYTES else None


_DEEP = N_("the YAML is nested more than {depth} levels deep")

# Nesting the composer is given without the event pass first (`_too_deep`): well within
# what PyYAML's own Python composer (without libyaml) takes before its recursion limit
# (some 500 levels), libyaml's own bound in its newer releases (1,000) and what overflows
# the C stack (some 30,000).
SAFE_NESTING = 256


def nesting_bound(text: str, lines: Sequence[str]) -> int:
    """How deep the collections of `text` can at most nest, counted cheaply.

    A block collection starts a line's content, after its indentation and the indicators
    `- `, `? ` and `: ` of the collections it is compact in ("- - key: v"), so at a column
    no further right than that run of spaces and indicators. One inside another starts
    further right, or (a list under a key) at the same column: at most two levels share a
    column. A flow collection opens with its own bracket, a "[" at most two: the list and
    a mapping of one pair in it (`[a: [b: c]]`). A text whose bound stays under
    SAFE_NESTING is composed without the event pass, and the builder finds a node deeper
    than MAX_DEPTH where that pass would (tests/test_loader.py).
    """
    prefix = max((len(line) - len(line.lstrip(" \t-?:")) for line in lines), default=0)
    return 2 * (prefix + 1) + 2 * text.count("[") + text.count("{")


def _too_deep(text: str) -> Span | None:
    """Where the first node nested deeper than MAX_DEPTH starts, read from the event stream.

    libyaml's composer recurses in C: some 30,000 nested brackets (60 kB) overflow the C
    stack and kill the process, and its scanner slows quadratically with the depth of
    brackets. Its parser is iterative, so the events are read first, stopping at the first
    node too deep, and only a file within the bound is composed. Depth is counted as the
    builder counts it (the top-level mapping is 0; keys are checked by the builder).
    """
    try:
        return _first_too_deep(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as err:
        if not _is_resource_limit(err):
            raise
    # libyaml (PyYAML 6.0.4 and later) stops on its own nesting bound (1,000 levels) while
    # its scanner looks ahead, before an event this deep is seen. PyYAML's own parser has no
    # such bound and streams the same events, so the place is found the same way on every
    # PyYAML 6.0.x; it stops at the first node too deep, so its cost is bounded.
    return _first_too_deep(yaml.parse(text, Loader=yaml.SafeLoader))


def _deep_span(item: yaml.Node | yaml.Event) -> Span:
    """Where a node too deep is shown, the same from its event and its node: a value where
    it stands, a collection at its start (the rest of it is deeper still)."""
    start, end = item.start_mark, item.end_mark
    if start is None or end is None:  # pragma: no cover - the parsers always mark
        return Span(1, 1)
    if isinstance(item, (yaml.CollectionNode, yaml.CollectionStartEvent)):
        end = start
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def _is_resource_limit(err: yaml.MarkedYAMLError) -> bool:
    """libyaml's own bounds (nesting depth and the like), which newer releases enforce."""
    problem = f"{err.problem or ''} {err.context or ''}".lower()
    return "maximum nesting depth" in problem or "exceeded" in problem


def _first_too_deep(events: Iterator[yaml.Event]) -> Span | None:
    stack: list[list[int]] = []  # per open collection: [is a mapping, nodes seen in it]
    for event in events:
        if isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        is_key = bool(stack) and stack[-1][0] == 1 and stack[-1][1] % 2 == 0
        if stack:
            stack[-1][1] += 1
        collection = isinstance(event, yaml.CollectionStartEvent)
        if len(stack) > MAX_DEPTH and (collection or not is_key):
            return _deep_span(event)
        if collection:
            stack.append([int(isinstance(event, yaml.MappingStartEvent)), 0])
    return None


def _open_quote(text: str, err: yaml.MarkedYAMLError) -> tuple[yaml.Mark, int] | None:
    """(where the quote opens, the line the text runs on to, or 0 for the end of the file)
    when the error comes from a quote left open, else None.

    An unclosed quote swallows the following lines until the next quote character, so
    libyaml fails there, often many lines below; the place to fix is the opening quote.
    """
    if err.context == "while scanning a quoted scalar" and err.context_mark is not None:
        return err.context_mark, 0
    mark = err.problem_mark
    if mark is None:
        return None
    last: yaml.Token | None = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.index >= mark.index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if (
        isinstance(last, yaml.ScalarToken)
        and last.style in ('"', "'")
        and last.start_mark.line < last.end_mark.line == mark.line
    ):
        return last.start_mark, mark.line + 1
    return None


class _Builder:
    """Builds plain data from a node tree, recording positions and refusing YAML traps."""

    def __init__(self) -> None:
        self.values: dict[PathKey, Span] = {}
        self.keys: dict[PathKey, Span] = {}
        self._seen: set[int] = set()
        self._alias_nodes = 0
        self._expanding: list[yaml.Node] = []  # the alias expansions being built

    def build(self, node: yaml.Node, path: PathKey, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise _Trap(node, _(_DEEP).format(depth=MAX_DEPTH), _("flatten it"), _deep_span(node))
        again = id(node) in self._seen
        if again or self._expanding:
            # The composer shares the node of an anchor with every alias to it: a node met
            # twice is an alias expansion, and so is every value under it. Count them all,
            # so an alias bomb stays cheap however long the repeated lists are.
            self._alias_nodes += 1
            if self._alias_nodes > MAX_ALIAS_NODES:
                raise _Trap(
                    node if again else self._expanding[-1],
                    _("aliases (*name) expand to more than {limit} values").format(
                        limit=f"{MAX_ALIAS_NODES:,}"
                    ),
                    _("write the values out instead of repeating anchors (&name) with aliases"),
                )
        elif isinstance(node, yaml.CollectionNode):
            self._seen.add(id(node))
        if again:
            self._expanding.append(node)
            try:
                return self._node(node, path, depth)
            finally:
                self._expanding.pop()
        return self._node(node, path, depth)

    def _node(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        self.values[path] = _span(node)
        if node.tag not in _KNOWN_TAGS and not (
            isinstance(node, yaml.ScalarNode) and (node.tag, node.value) in _PLAIN_TEXT
        ):
            raise _Trap(
                node,
                _("the tag {tag} is not allowed in a plan").format(tag=node.tag),
                _("remove the tag (the part starting with !)"),
            )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                raise _Trap(node, _("a list cannot carry this tag"), _("remove the tag"))
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        return _scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: PathKey, depth: int) -> dict[str, Any]:
        if node.tag != _MAP:
            raise _Trap(node, _("a mapping cannot carry this tag"), _("remove the tag"))
        result: dict[str, Any] = {}
        first: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise _Trap(
                    key_node,
                    _("merge keys (<<) are not allowed in a plan"),
                    _("write the keys out"),
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Trap(
                    key_node,
                    _("a key must be a plain word, not a list or mapping"),
                    _("write the key as a word followed by a colon, like `title:`"),
                )
            key = key_node.value
            if key in first:
                line = first[key].start_mark.line + 1
                raise _Trap(
                    key_node,
                    _(
                        "duplicate key '{key}': it is already set on line {line}; YAML would "
                        "silently keep only this second one"
                    ).format(key=key, line=line),
                    _("remove one of the two '{key}:' lines or merge them").format(key=key),
                )
            first[key] = key_node
            self.keys[(*path, key)] = _span(key_node)
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result


def _scalar(node: yaml.Node) -> Any:
    value: str = node.value
    if (
        getattr(node, "style", None) or node.tag == _STR
    ):  # quoted, block scalar, or resolved as text
        return value
    if (node.tag, value) in _PLAIN_TEXT:  # a plain `=` or `<<` value is text (as in YAML 1.2)
        return value
    tag = node.tag
    if tag == _NULL:
        return None
    if tag == _TIMESTAMP:
        return value  # dates stay strings for the schema
    if tag == _BOOL:
        if value in ("true", "false"):
            return value == "true"
        raise _Trap(
            node,
            _("'{value}' unquoted is read as the boolean {boolean} (YAML 1.1)").format(
                value=value, boolean=str(value.lower() in ("yes", "on", "true"))
            ),
            _(
                'write "{value}" in quotes if you mean the text, or true/false for a yes/no value'
            ).format(value=value),
        )
    if tag in (_INT, _FLOAT):
        digits = _digits(value)
        if digits > MAX_NUMBER_DIGITS:
            raise _Trap(
                node,
                _(
                    "this unquoted number has {digits} digits; numbers in a plan have at most "
                    "{limit}"
                ).format(digits=f"{digits:,}", limit=MAX_NUMBER_DIGITS),
                _('quote it if it is text ("...")'),
            )
    if tag == _INT:
        if _PLAIN_INT.fullmatch(value):
            return int(value)
        number = yaml.safe_load(value)
        raise _Trap(
            node,
            _("'{value}' unquoted is read as the number {number} (YAML 1.1)").format(
                value=value, number=number
            ),
            _('write "{value}" in quotes').format(value=value),
        )
    if tag == _FLOAT:
        if _PLAIN_FLOAT.fullmatch(value) and repr(float(value)) == value.lstrip("+"):
            return float(value)
        number = yaml.safe_load(value)
        raise _Trap(
            node,
            _("'{value}' unquoted is read as the number {number} (YAML 1.1)").format(
                value=value, number=number
            ),
            _('write "{value}" in quotes: ids and numbers like measure "3.10" are text').format(
                value=value
            ),
        )
    return value


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _digits(value: str) -> int:
    """How many digits a YAML 1.1 number has (hexadecimal ones after 0x), without converting
    it."""
    body = value.lstrip("+-")
    if body[:2].lower() == "0x":
        return sum(c in _HEX_DIGITS for c in body[2:])
    return sum(c.isdigit() for c in body)
