"""The editor catches mistakes while typing: yaml-language-server itself, over stdio LSP.

yaml-language-server is the engine of VS Code's YAML extension and of GitLab's Web IDE.
tests/editor/js/diagnose.mjs starts it (the version pinned in tests/editor/js/package-lock.json),
initialises it as an editor does, opens each document and prints the diagnostics it
publishes. Each document is the published plan (the frozen fixture) with one typical
mistake, its modeline naming the plan-specific schema `plancheck schema` wrote for it. A
mistake counts as flagged when a diagnostic covers its line.

The figure (also written to tests/artifacts/editor-mistakes.json):
    CI=true .venv/bin/pytest tests/editor -q -s      # prints "N of 8 mistakes flagged"

Needs Node and the npm packages of tests/editor/js (`npm ci --prefix tests/editor/js`);
without them the tests skip on a developer's machine and fail under CI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from support import (
    ARTIFACTS,
    PUBLISHED,
    ROOT,
    edit_text,
    line_of,
    missing,
    plan_text,
    require_tool,
)

JS = ROOT / "tests" / "editor" / "js"
NPM_HINT = "npm ci --prefix tests/editor/js"
MODELINE = "# yaml-language-server: $schema=schema/plan.schema.json\n"
SPECIFIC = "# yaml-language-server: $schema=plan.schema.json\n"

# name -> (the edit, the text that marks the line it is on afterwards)
MISTAKES: dict[str, tuple[tuple[str, str], str]] = {
    "unknown key": (
        ("    appointed: false\n", "    appointed: false\n    telefoon: 0118-675000\n"),
        "    telefoon:",
    ),
    "owner id typo": (
        ("          - owner: inkoopteam\n", "          - owner: inkoopteem\n"),
        "inkoopteem",
    ),
    "unquoted 3.1": (('    - measure: "3.1"\n', "    - measure: 3.1\n"), "- measure: 3.1\n"),
    "appointed: no": (("    appointed: false\n", "    appointed: no\n"), "appointed: no"),
    "2018-09-31": (('            due: "2018-09-30"\n', '            due: "2018-09-31"\n'), "09-31"),
    "builds_on typo": (
        ("builds_on: [4.1-methodiek]", "builds_on: [4.1-methodik]"),
        "4.1-methodik]",
    ),
    "planning row for a measure that does not exist": (
        ('    - measure: "7"\n', '    - measure: "9"\n'),
        '- measure: "9"',
    ),
    "footnote reference typo": (
        ("'samenwerken met het AMHK[^amhk]'", "'samenwerken met het AMHK[^amhkk]'"),
        "[^amhkk]",
    ),
}


# snippet label -> (the edit that opens an empty list item, the text of that item)
SNIPPETS: dict[str, tuple[str, str]] = {
    "Nieuwe maatregel": ("    measures:\n", '      - id: "1"\n'),
    "Nieuwe mijlpaal": ("        realisation:\n", "          - id: 1-afspraken-gemaakt\n"),
    "Nieuwe verantwoordelijke": ("owners:\n", "  - id: projectleider-walcheren\n"),
    "Nieuwe voetnoot": ("footnotes:\n", "  - id: inspecties\n"),
    "Nieuwe versie": ("revisions:\n", '  - version: "31-08-2018"\n'),
}
"""snippet label -> (the list's key, its first item): an empty item `- ` goes between them"""


def _empty_item(key: str, first: str) -> tuple[str, str]:
    dash = first[: first.index("- ") + 2]
    return (key + first, key + dash + "\n" + first)


def _covers(diagnostic: dict[str, Any], line: int) -> bool:
    span = diagnostic["range"]
    return bool(span["start"]["line"] <= line - 1 <= span["end"]["line"])


@pytest.fixture(scope="module")
def editor(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    node = require_tool("node", "apt-get install nodejs (Node.js 18 or later)")
    if not (JS / "node_modules" / "yaml-language-server" / "package.json").is_file():
        missing("the npm package yaml-language-server (tests/editor/js/node_modules)", NPM_HINT)
    folder = tmp_path_factory.mktemp("editor")
    original = plan_text(PUBLISHED)
    assert original.startswith(MODELINE)
    specific = SPECIFIC + original.removeprefix(MODELINE)
    (folder / "plan.yaml").write_text(specific, "utf-8")
    made = subprocess.run(
        [sys.executable, "-m", "plancheck", "schema", "plan.yaml", "-o", "plan.schema.json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    files = {"clean": folder / "plan.yaml"}
    lines: dict[str, int] = {}
    for number, (name, (edit, marker)) in enumerate(MISTAKES.items(), start=1):
        text = edit_text(specific, edit)
        lines[name] = line_of(text, marker)
        files[name] = folder / f"mistake-{number}.yaml"
        files[name].write_text(text, "utf-8")
    # a new, empty list item where an advisor adds a measure, milestone, owner, footnote or
    # revision: the completion list there offers the schema's snippet
    snippets = edit_text(specific, *(_empty_item(k, f) for k, f in SNIPPETS.values()))
    files["snippets"] = folder / "snippets.yaml"
    files["snippets"].write_text(snippets, "utf-8")
    asks = []
    for key, first in SNIPPETS.values():
        item = line_of(snippets, key + first[: first.index("- ") + 2] + "\n") + 1
        dash = first.index("- ") + 2
        asks.append(f"{files['snippets']}:{item - 1}:{dash}:completion")
    hover_line = line_of(specific, "    appointed: false\n")
    asks.append(f"{files['clean']}:{hover_line - 1}:6:hover")
    done = subprocess.run(
        [
            node,
            str(JS / "diagnose.mjs"),
            *(str(p) for p in files.values()),
            *(arg for ask in asks for arg in ("--ask", ask)),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    published = json.loads(done.stdout)
    by_name = {name: published.get(path.resolve().as_uri(), []) for name, path in files.items()}
    schema = json.loads((folder / "plan.schema.json").read_text("utf-8"))
    *completions, hover = published["asked"]
    offered = {
        name: [item["label"] for item in (found or {}).get("items", [])]
        for name, found in zip(SNIPPETS, completions, strict=True)
    }
    return {
        "diagnostics": by_name,
        "lines": lines,
        "schema": schema,
        "offered": offered,
        "hover": hover,
    }


def _flagged(editor: dict[str, Any]) -> dict[str, list[str]]:
    """Each mistake -> the messages of the diagnostics on its line."""
    return {
        name: [
            d["message"] for d in editor["diagnostics"][name] if _covers(d, editor["lines"][name])
        ]
        for name in MISTAKES
    }


def test_the_published_plan_has_no_diagnostic(editor: dict[str, Any]) -> None:
    assert editor["diagnostics"]["clean"] == []


def test_at_least_seven_of_the_eight_mistakes_are_flagged_while_typing(
    editor: dict[str, Any],
) -> None:
    flagged = _flagged(editor)
    count = sum(1 for messages in flagged.values() if messages)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "editor-mistakes.json").write_text(
        json.dumps({"flagged": count, "of": len(MISTAKES), "messages": flagged}, indent=1),
        "utf-8",
    )
    print(f"\n{count} of {len(MISTAKES)} mistakes flagged by yaml-language-server")
    for name, messages in flagged.items():
        print(f"  {'x' if messages else '-'} {name}: {' | '.join(messages)}")
    assert count >= 7, flagged


def test_the_plan_specific_messages_are_dutch(editor: dict[str, Any]) -> None:
    flagged = _flagged(editor)
    for name in ("owner id typo", "builds_on typo", "footnote reference typo"):
        assert any(m.startswith("Onbekende ") for m in flagged[name]), (name, flagged[name])
    assert any("Geen bestaande datum" in m for m in flagged["2018-09-31"]), flagged["2018-09-31"]
    # the owner's name as the plan writes it is what the completion list shows beside its id
    owner = editor["schema"]["$defs"]["owner_ref"]["properties"]["owner"]
    at = owner["enum"].index("inkoopteam")
    assert owner["enumDescriptions"][at].startswith("Inkoopteam Walcherse gemeenten")
    assert Path(PUBLISHED).read_text("utf-8").count("[^amhk]") >= 1


def test_the_snippets_are_offered_where_a_new_item_starts(editor: dict[str, Any]) -> None:
    for label, offered in editor["offered"].items():
        assert label in offered, (label, offered)


def test_hovering_a_key_shows_its_dutch_description_with_an_example(
    editor: dict[str, Any],
) -> None:
    shown = editor["hover"]["contents"]["value"]
    assert "nog niemand is benoemd" in shown
    assert "Voorbeeld: `appointed: false`" in shown
