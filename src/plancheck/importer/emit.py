"""plan.yaml as people write it: block style, the schema modeline on top, quoted strings
where YAML would read them otherwise ("3.1", "2018-09-30"), `|` blocks for text of more
than one line, keys in the plan's order. The findings of the import stand at the top as
comments."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

MODELINE = "# yaml-language-server: $schema=schema/plan.schema.json"


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # list items indented under their key, as plan.yaml writes them
        super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar(
            "tag:yaml.org,2002:str", value.rstrip("\n") + "\n", style="|"
        )
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _text)


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
