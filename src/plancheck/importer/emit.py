"""plan.yaml as people write it: block style, the schema modeline on top, quoted strings
where YAML would read them otherwise ("3.1", "2018-09-30") in double quotes as plan.yaml
has them, `|` blocks for text of more than one line (or a list), short lists of words or
months on one line, keys in the plan's order. The findings of the import stand at the top as
comments."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml

MODELINE = "# yaml-language-server: $schema=schema/plan.schema.json"
_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")  # a month or a day: always quoted, as plan.yaml does
_FLOW_WIDTH = 80  # a list of scalars that fits in this many characters stands on one line


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # list items indented under their key, as plan.yaml writes them
        super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        style: str = super().choose_scalar_style()
        return '"' if style == "'" else style  # plan.yaml quotes with double quotes


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    tag = "tag:yaml.org,2002:str"
    if "\n" in value or value.startswith(("- ", "1. ")):
        return dumper.represent_scalar(tag, value.rstrip("\n") + "\n", style="|")
    if _DATE.match(value):
        return dumper.represent_scalar(tag, value, style='"')
    return dumper.represent_scalar(tag, value)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    short = (
        all(isinstance(item, str) and "\n" not in item for item in value)
        and sum(len(item) + 2 for item in value) <= _FLOW_WIDTH
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=short)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(list, _list)


def plan_yaml(data: dict[str, Any], notes: Sequence[str] = ()) -> str:
    """The YAML text of `data`, with `notes` as comment lines under the modeline."""
    body = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100_000,
    )
    # a blank line before each top-level key, as plan.yaml sets its sections apart (text
    # lines of a `|` block are indented, so no line of one starts in the first column)
    lines = body.splitlines()
    spaced = [
        ("\n" if i and line[:1] not in ("", " ", "-", "#") else "") + line
        for i, line in enumerate(lines)
    ]
    body = "\n".join(spaced) + "\n"
    head = [MODELINE]
    if notes:
        head.append("#")
        head += [f"# {line}" for note in notes for line in note.splitlines()]
    return "\n".join(head) + "\n" + body
