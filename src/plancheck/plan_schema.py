"""The plan-specific schema for the editor (`plancheck schema PLAN`), and whether the one a
plan's modeline names is still current (rule editor-schema-stale).

The general schema (schema/plan.schema.json) knows the form of an id, not which ids a plan
has. The plan-specific schema is the general one with the plan's own ids as enums where a
plan refers to them: the owners of a measure, the parties it involves, the milestones one
builds on, the measures of the planning grid and of the progress log, and (through a
pattern) the footnotes and measures a text refers to. yaml-language-server, the engine of
VS Code's YAML extension and of GitLab's Web IDE, then flags a mistyped id while the advisor
types, with the names of the plan's owners, milestones and measures in its completion list.

A plan names the schema its editor reads in a modeline at its top:

    # yaml-language-server: $schema=plan.schema.json

The schema is made from the model only; it is written by the command (plancheck.commands,
through plancheck.atomic). It carries what it was made from (`made_from`: the plan's ids
and their names as they are, and the general schema's fingerprint); the engine compares
that with the plan's, so that the check costs a file read and a small JSON read, not a
rebuild. The fingerprint is the general schema's length and CRC-32: that schema changes
only with plancheck, and a CRC-32 tells two versions apart but for a chance of one in four
billion; a cryptographic hash would need `hashlib`, whose import (OpenSSL) takes a check
some 5 ms.
"""

from __future__ import annotations

import binascii
import functools
import json
import os
import re
from collections.abc import Iterable, Sequence

from plancheck.findings import Finding, Severity, Span
from plancheck.i18n import N_, _
from plancheck.loader import Document
from plancheck.model import Plan

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any

ID = "editor-schema-stale"
SEVERITY = Severity.WARNING
SUMMARY = N_("The plan-specific schema the plan's modeline names is current.")
DOC = N_(
    """\
The plan-specific schema the plan's modeline names is current.

`plancheck schema plan.yaml -o plan.schema.json` writes the general schema with the plan's
own ids (owners, parties, milestones, measures, footnotes) as the only values the editor
accepts where the plan refers to them. The plan names it in its modeline, the comment at its
top that VS Code's YAML extension and GitLab's Web IDE read:

    # yaml-language-server: $schema=plan.schema.json

When an id is added, renamed or removed, the file no longer matches the plan: the editor
then flags a correct reference to a new owner as a mistake, or accepts one to an owner that
is gone. The gate compares the ids and names the file was written from with the plan's ids
and names now. Only a file written by `plancheck schema` is compared; a modeline naming the general schema, a web address or a
file that does not exist is left alone.

Warns:

    # yaml-language-server: $schema=plan.schema.json
    owners:
      - id: nieuwe-eigenaar      # added since plan.schema.json was written

Fix: run `plancheck schema plan.yaml -o plan.schema.json` (the pre-commit hook
`plancheck-schema` does it on every commit) and commit the file.
"""
)

MARK = "x-plancheck-plan-schema"  # the key a plan-specific schema carries (editors ignore it)
_MODELINE = re.compile(r"^\s*#\s*yaml-language-server\s*:.*?\$schema=(\S+)")


def _quote(ids: Iterable[str]) -> str:
    """An alternation of ids for a regular expression that Python and JavaScript (with the
    u flag, as yaml-language-server compiles it) read alike: only syntax characters escaped."""
    return "|".join(re.sub(r"([\\^$.*+?()[\]{}|/])", r"\\\1", i) for i in sorted(set(ids)))


def _enum(
    ids: Sequence[tuple[str, str]], what: str, where: str, general: dict[str, Any]
) -> dict[str, Any]:
    """The general schema of a reference (`general`) restricted to the plan's ids, each
    described by its name as the plan writes it."""
    listed = ", ".join(f"`{i}`" for i, _ in ids[:12]) + (", ..." if len(ids) > 12 else "")
    out = dict(general)
    out.update(
        {
            "enum": [i for i, _ in ids],
            "enumDescriptions": [name for _, name in ids],
            "markdownEnumDescriptions": [f"**{i}**: {name}" for i, name in ids],
            "errorMessage": (
                f"Onbekende {what}: kies een id uit {where} van dit plan ({listed}). "
                "Is er een nieuwe bijgekomen, schrijf het schema dan opnieuw met "
                "`plancheck schema`."
            ),
        }
    )
    return out


def _ids(plan: Plan) -> dict[str, list[tuple[str, str]]]:
    """What the plan-specific schema takes from the plan: its ids, each with its name."""
    milestones = [
        (ms.id, f"{ms.wording}: {ms.text or ''}".strip(": ")) for ms in plan.milestones
    ] + [(ms.id, f"{ms.title or ms.id} ({ms.wording})") for ms in plan.external_milestones]
    removed = sorted({i for r in plan.revisions for i in r.removed})
    return {
        "owners": [(o.id, o.name) for o in plan.owners],
        "parties": [(p.id, p.name) for p in plan.parties],
        "measures": [(m.id, m.title) for m in plan.measures],
        "milestones": milestones,
        "revised": milestones + [(i, "vervallen mijlpaal") for i in removed],
        "footnotes": [(f.id, f.text) for f in plan.footnotes],
    }


def made_from(plan: Plan, general_text: str) -> dict[str, Any]:
    """Everything the plan-specific schema is made from, as JSON data: the general schema's
    fingerprint and the plan's ids with their names. Written into the schema; the gate
    compares it with the plan's, so a check neither rebuilds the schema nor reads all of
    the file."""
    ids = _ids(plan)
    return {
        "schema": _fingerprint(general_text),
        **{key: [list(pair) for pair in ids[key]] for key in ids if key != "revised"},
        "removed": sorted({i for r in plan.revisions for i in r.removed}),
    }


@functools.cache
def _fingerprint(text: str) -> str:
    data = text.encode("utf-8")
    return f"{len(data)}-{binascii.crc32(data):08x}"


def plan_schema(
    plan: Plan, general: dict[str, Any], name: str, general_text: str
) -> dict[str, Any]:
    """The general schema (`general`, parsed from `general_text`) with the ids of `plan`
    (read from the file `name`) as enums."""
    import copy  # only when a schema is made, not in a check

    schema = copy.deepcopy(general)
    defs = schema["$defs"]
    schema.pop("$id", None)  # not the general schema's address: this is a file of the plan
    schema["title"] = f"{general.get('title', 'Plan')}: {plan.document.title}"
    schema[MARK] = {
        "plan": name,
        "made_from": made_from(plan, general_text),
        "note": f"Written by `plancheck schema {name}`; do not edit: run it again when ids change.",
    }
    ids = _ids(plan)
    owners, parties, measures = ids["owners"], ids["parties"], ids["measures"]
    milestones, revised = ids["milestones"], ids["revised"]

    owner_ref = defs["owner_ref"]["properties"]
    owner_ref["owner"] = _enum(owners, "verantwoordelijke", "`owners`", owner_ref["owner"])
    involved = defs["measure"]["properties"]["involved"]["properties"]["parties"]
    involved["items"] = _enum(parties, "partij", "`parties`", involved["items"])
    builds_on = defs["milestone"]["properties"]["builds_on"]
    builds_on["items"] = _enum(
        milestones, "mijlpaal", "de mijlpalen en `external_milestones`", builds_on["items"]
    )
    grid = defs["grid_row"]["properties"]
    grid["measure"] = _enum(measures, "maatregel", "de maatregelen", grid["measure"])
    listed = defs["measure_list_item"]["properties"]["measures"]
    listed["items"] = _enum(measures, "maatregel", "de maatregelen", listed["items"])
    progress = defs["progress_entry"]["properties"]
    progress["milestone"] = _enum(milestones, "mijlpaal", "de mijlpalen", progress["milestone"])
    progress["measure"] = _enum(measures, "maatregel", "de maatregelen", progress["measure"])
    changes = defs["revision"]["properties"]["changes"]
    changes["items"] = _enum(revised, "mijlpaal", "de mijlpalen", changes["items"])

    # A text refers to a footnote as [^id] and to a measure as [maatregel 8](measure:8): an
    # enum cannot see inside text, a pattern with a lookahead can.
    checks: list[dict[str, Any]] = []
    footnotes = [i for i, _ in ids["footnotes"]]
    known = ", ".join(f"[^{i}]" for i in footnotes) or "geen"
    checks.append(
        {
            "pattern": r"^(?![\s\S]*\[\^(?!(?:" + _quote(footnotes) + r")\]))",
            "patternErrorMessage": (
                "Onbekende voetnoot: een verwijzing [^...] in deze tekst noemt een voetnoot "
                f"die niet in `footnotes` staat. De voetnoten van dit plan: {known}."
            ),
        }
    )
    numbers = ", ".join(i for i, _ in measures)
    checks.append(
        {
            "pattern": r"^(?![\s\S]*\]\(measure:(?!(?:" + _quote(i for i, _ in measures) + r")\)))",
            "patternErrorMessage": (
                "Onbekende maatregel: een verwijzing [maatregel ...](measure:...) in deze tekst "
                f"noemt een maatregel die het plan niet heeft. De maatregelen: {numbers}."
            ),
        }
    )
    for text in ("markdown", "inline"):
        defs[text]["allOf"] = [*defs[text].get("allOf", []), *checks]
    return schema


def render(schema: dict[str, Any]) -> str:
    """The schema as the file is written: stable, readable, one trailing newline."""
    return json.dumps(schema, ensure_ascii=False, indent=1) + "\n"


def modeline(lines: Sequence[str]) -> tuple[str, Span] | None:
    """The schema the plan's yaml-language-server modeline names, and where it stands."""
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            return None  # the modeline is a comment at the top, before the data
        found = _MODELINE.match(line)
        if found:
            return found.group(1), Span(number, found.start(1) + 1, number, found.end(1) + 1)
    return None


def named_file(document: Document) -> tuple[str, str, Span] | None:
    """The local file the modeline names (relative to the plan, as the editor resolves it):
    (its path, as the modeline writes it, where it stands)."""
    found = modeline(document.lines)
    if found is None:
        return None
    target, span = found
    if "://" in target and not target.startswith("file://"):
        return None  # a web address: not a file of the plan's repository
    target = target.removeprefix("file://")
    # joined and normalised as the editor resolves a relative address ("./x", "../x")
    return os.path.normpath(os.path.join(os.path.dirname(document.path), target)), target, span


def _written_from(mark: bytes) -> Any:
    """The `made_from` of the MARK entry that `mark` starts with (None where there is none:
    a schema written by an older plancheck, or edited)."""
    try:
        text = mark.decode("utf-8")
        entry, _ = json.JSONDecoder().raw_decode(text[text.index(":") + 1 :].lstrip())
    except (UnicodeDecodeError, ValueError):
        return None
    return entry.get("made_from") if isinstance(entry, dict) else None


def stale(document: Document, plan: Plan, general_text: str, severity: Severity) -> list[Finding]:
    """A finding when the modeline names a plan-specific schema that no longer matches."""
    named = named_file(document)
    if named is None:
        return []
    path, subject, span = named
    try:
        with open(path, "rb") as handle:
            written = handle.read()
    except OSError:
        return []  # missing or unreadable: not one `plancheck schema` wrote
    at = written.rfind(f'"{MARK}"'.encode())
    if at < 0:
        return []  # the general schema, or another: not one `plancheck schema` wrote
    if _written_from(written[at:]) == made_from(plan, general_text):
        return []
    return [
        Finding(
            ID,
            severity,
            _(
                "the editor schema {path} no longer matches the plan (its ids changed since it "
                "was written)"
            ).format(path=path),
            document.path,
            span,
            _("run `plancheck schema {plan} -o {path}` and commit {path}").format(
                plan=document.path, path=path
            ),
            subject=subject,
        )
    ]
