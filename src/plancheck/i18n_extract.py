"""Babel's extractor for plancheck's sources (babel.cfg; `nox -s catalogues`): the messages
marked `_()`, `N_()` and `ngettext()`, and each rule module's docstring, which is the rule's
documentation (`plancheck explain`, `plancheck rules`, SARIF's rule help) and so one message
of its own. Only Babel calls this; the run time never imports it.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

# (line, function, message, comments), as Babel's own extractors yield them
Extracted = tuple[Any, ...]


def extract_rule(
    fileobj: IO[bytes],
    keywords: Mapping[str, Any],
    comment_tags: Collection[str],
    options: Any,
) -> Iterator[Extracted]:
    """The module docstring (as `inspect.cleandoc` gives it, the msgid plancheck.catalogue
    looks up), then the module's marked messages."""
    from babel.messages.extract import extract_python

    source = fileobj.read()
    tree = ast.parse(source)
    doc = ast.get_docstring(tree, clean=False)
    is_rule = any(
        isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Name) and target.id == "ID" for target in node.targets)
        for node in tree.body
    )
    if doc and is_rule:
        yield 1, None, inspect.cleandoc(doc), ["The rule's documentation: plancheck explain."]
    fileobj.seek(0)
    yield from extract_python(fileobj, keywords, comment_tags, options)
