"""Validate loaded plan data against schema/plan.schema.json (JSON Schema 2020-12).

Each validation error becomes a finding at the place the loader recorded for its data path,
with a message a policy advisor can act on and, where the schema documents the field, a hint
taken from the field's own description (so the docs and the messages cannot drift apart).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from functools import cache

from plancheck import i18n, quick_schema
from plancheck.findings import Finding, Severity
from plancheck.i18n import N_, _
from plancheck.loader import Document, PathKey
from plancheck.spelling import close_matches

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:  # jsonschema is imported only for a plan the quick check does not pass
    from typing import Any

    import jsonschema
    from jsonschema.exceptions import ValidationError

RULE = "schema"


@cache
def schema_text() -> str:
    """The plan schema shipped with the package, as text: read by the package's loader, as
    pkgutil.get_data reads it (importlib.resources would import tempfile and zipfile)."""
    from plancheck import schema as package

    spec = package.__spec__
    assert spec is not None and spec.origin is not None
    loader: Any = spec.loader  # a ResourceLoader (importlib.abc would import typing)
    path = os.path.join(os.path.dirname(spec.origin), "plan.schema.json")
    data: bytes = loader.get_data(path)
    return data.decode("utf-8")


@cache
def schema() -> dict[str, Any]:
    """The plan schema, parsed."""
    result: dict[str, Any] = json.loads(schema_text())
    return result


@cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def dotted(path: PathKey) -> str:
    """`improvement_points[0].measures[2].due`: a data path as people read it."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or "(top level)"


@cache
def _quick() -> quick_schema.Check | None:
    return quick_schema.compile_schema(schema())


def validate(document: Document) -> list[Finding]:
    """All schema findings for the document, in file order."""
    quick = _quick()
    if quick is not None and quick(document.data):  # jsonschema would find nothing either
        return []
    findings = [_finding(document, error) for error in _errors(document.data)]
    unique = {(f.span, f.message): f for f in findings}
    return sorted(unique.values(), key=lambda f: (f.span.line, f.span.column) if f.span else (0, 0))


def _errors(data: Any) -> Iterator[ValidationError]:
    errors = [e for e in _validator().iter_errors(data) if not _calendar_only(e)]
    # A value in the wrong form ("31-08-2018" for a date) fails both its pattern and its
    # format; report the form only, not also that it "is not a real date".
    wrong_form = {tuple(e.absolute_path) for e in errors if e.validator == "pattern"}
    for error in errors:
        if error.validator == "format" and tuple(error.absolute_path) in wrong_form:
            continue
        # For anyOf/oneOf keep the parent error: its description explains all the choices.
        yield error


def _resolve_ref_description(error: ValidationError) -> str | None:
    """The description of the schema the failing value sits under (follows one $ref)."""
    sub = error.schema
    if isinstance(sub, dict) and "description" in sub:
        return str(sub["description"])
    return None


def _finding(document: Document, error: ValidationError) -> Finding:
    path: PathKey = tuple(error.absolute_path)
    where = _where(document.data, path)
    subject = dotted(path)  # acknowledgements name the plain data path
    hint: str | None = None
    validator = error.validator
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        message = _("{where}: the key '{key}' is missing").format(where=where, key=missing)
        hint = (_property_hint(error, missing) if _describes() else None) or _(
            "add '{key}:' here"
        ).format(key=missing)
        span = document.span(path, key=True)
    elif validator == "additionalProperties":
        sub = error.schema if isinstance(error.schema, dict) else {}
        allowed = sorted(sub.get("properties", {}))
        extra = (
            [k for k in error.instance if k not in allowed]
            if isinstance(error.instance, dict)
            else []
        )
        key = extra[0] if extra else "?"
        message = _("{where}: unknown key '{key}'").format(
            where=_where(document.data, (*path, key), context=path), key=key
        )
        close = close_matches(key, allowed)
        hint = (
            _("did you mean '{name}'?").format(name=close[0])
            if close
            else _("allowed here: {keys}").format(keys=", ".join(allowed))
        )
        span = document.span((*path, key), key=True)
    elif validator == "type":
        wanted = error.validator_value
        message = _("{where}: {value} is {kind}, expected {wanted}").format(
            where=where,
            value=_show(error.instance),
            kind=_kind(error.instance),
            wanted=_kind_name(wanted),
        )
        if (
            wanted == "string"
            and isinstance(error.instance, int | float)
            and not isinstance(error.instance, bool)
        ):
            hint = _('put the value in quotes: ids and dates are text, for example "3.1"')
        else:
            hint = (
                _resolve_ref_description(error)
                if _describes()
                else _("write {wanted} here").format(wanted=_kind_name(wanted))
            )
        span = document.span(path)
    elif validator in ("pattern", "format", "anyOf", "oneOf", "enum", "const"):
        if validator == "enum":
            message = _("{where}: {value} is not one of {choices}").format(
                where=where,
                value=_show(error.instance),
                choices=", ".join(
                    _show(v)
                    for v in list(error.validator_value)  # type: ignore[arg-type]
                ),
            )
        elif validator == "const":
            message = _("{where}: must be {wanted}, not {value}").format(
                where=where, wanted=_show(error.validator_value), value=_show(error.instance)
            )
        elif validator == "format":
            message = _not_real(where, error.instance, str(error.validator_value))
        elif (fmt := _only_format_failed(error)) is not None:
            # a due "2018-02-30" has the form of a date (one of its choices) but is no day
            message = _not_real(where, error.instance, fmt)
        else:
            message = _("{where}: {value} is not in the expected form").format(
                where=where, value=_show(error.instance)
            )
        hint = _description_of_field(error) if _describes() else _plain_hint(error)
        if not _describes() and message.endswith(_not_real("", error.instance, "date")):
            hint = _("this day does not exist: check the day and the month")
        dutch = _dutch_date(error.instance)
        if dutch is not None:
            hint = _('write dates year first, as "{date}" (YYYY-MM-DD, in quotes)').format(
                date=dutch
            )
        if (
            validator in ("anyOf", "oneOf")
            and isinstance(error.instance, int | float)
            and not isinstance(error.instance, bool)
        ):
            hint = _("put the value in quotes: ids and dates are text.") + " " + (hint or "")
        span = document.span(path)
    elif validator in ("minItems", "minLength", "minProperties"):
        message = _("{where}: must not be empty").format(where=where)
        hint = _description_of_field(error) if _describes() else _plain_hint(error)
        span = document.span(path)
    elif validator == "uniqueItems":
        message = _("{where}: the list has the same entry twice").format(where=where)
        hint = _("remove the repeated entry")
        span = document.span(path)
    else:
        message = f"{where}: {error.message}"
        span = document.span(path)
    return Finding(RULE, Severity.ERROR, message, document.path, span, hint, subject=subject)


_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _calendar_only(error: ValidationError) -> bool:
    """A date's pattern also refuses days that do not exist ("2018-09-31"), for the editor;
    for a value in the form of a date that is the format's finding ("is not a real date"),
    so the pattern's is dropped."""
    return (
        error.validator == "pattern"
        and error.validator_value == _iso_date_pattern()
        and isinstance(error.instance, str)
        and _DATE_FORM.fullmatch(error.instance) is not None
    )


@cache
def _iso_date_pattern() -> str:
    return str(schema()["$defs"]["iso_date"]["pattern"])


def _only_format_failed(error: ValidationError) -> str | None:
    """For anyOf/oneOf: the format a choice failed on when that was its only failure."""
    if error.validator not in ("anyOf", "oneOf"):
        return None
    by_choice: dict[object, list[ValidationError]] = {}
    for sub in error.context or ():
        if _calendar_only(sub):
            continue
        if sub.relative_schema_path:
            by_choice.setdefault(sub.relative_schema_path[0], []).append(sub)
    for subs in by_choice.values():
        if all(sub.validator == "format" for sub in subs):
            return str(subs[0].validator_value)
    return None


def _description_of_field(error: ValidationError) -> str | None:
    """Walk up to the nearest schema with a description, so anyOf branches explain the field."""
    from jsonschema.exceptions import ValidationError

    node: ValidationError | None = error
    while node is not None:
        sub = node.schema
        if isinstance(sub, dict):
            if "description" in sub:
                return str(sub["description"])
            ref = sub.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                target = schema()["$defs"].get(ref.removeprefix("#/$defs/"), {})
                if "description" in target:
                    return str(target["description"])
        node = node.parent if isinstance(node.parent, ValidationError) else None
    return None


def _property_hint(error: ValidationError, key: str) -> str | None:
    props = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    sub = props.get(key)
    if isinstance(sub, dict):
        if "description" in sub:
            return _("add '{key}:' here").format(key=key) + f": {sub['description']}"
        ref = sub.get("$ref")
        if isinstance(ref, str):
            target = schema()["$defs"].get(ref.removeprefix("#/$defs/"), {})
            if "description" in target:
                return _("add '{key}:' here").format(key=key) + f": {target['description']}"
    return None


def _dutch_date(value: Any) -> str | None:
    """'1-10-2018' -> '2018-10-01': the form people type, turned into the form the plan wants."""
    if not isinstance(value, str):
        return None
    parts = value.strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) != 4:
        return None
    day, month, year = (int(p) for p in parts)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _context(data: Any, path: PathKey) -> str:
    """' (measure 8, milestone 8-bepalen)': what a path is about, in the plan's own ids, so
    that a reader finds the place without counting list items."""
    names: list[str] = []
    node = data
    for i, part in enumerate(path):
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(part, int) and isinstance(node, dict):
            ident = node.get("id")
            kind = {
                "measures": "measure",
                "realisation": "milestone",
                "rows": "grid row",
                "improvement_points": "improvement point",
            }.get(str(path[i - 1]) if i else "")
            if kind == "grid row":
                ident = node.get("measure")
            if kind and isinstance(ident, str | int | float):
                names.append(f"{kind} {ident}")
    return f" ({names[-1]})" if names else ""  # the most specific is enough


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(value: Any) -> str:
    if value is None:
        return _("empty")
    if isinstance(value, bool):
        return _("a yes/no value")
    if isinstance(value, int | float):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("a list")
    return _("a mapping")


def _kind_name(wanted: Any) -> str:
    names = {
        "string": _("text"),
        "object": _("a mapping of keys"),
        "array": _("a list"),
        "boolean": _("true or false"),
        "integer": _("a whole number"),
        "number": _("a number"),
    }
    if isinstance(wanted, list):
        return _(" or ").join(names.get(str(w), str(w)) for w in wanted)
    return names.get(wanted, str(wanted))


def _describes() -> bool:
    """Whether a hint may quote the schema's own description of the field: in the language
    the schema is written in. Another language says how to fix in its own words
    (`_plain_hint`)."""
    return i18n.current() == i18n.SOURCE


def _not_real(where: str, value: Any, fmt: str) -> str:
    if fmt == "date":
        return _("{where}: {value} is not a real date").format(where=where, value=_show(value))
    return _("{where}: {value} is not a real {format}").format(
        where=where, value=_show(value), format=fmt
    )


# How to fix a value of each of the schema's forms ($defs), in plain words.
_FORM_HINTS = {
    "id": N_(
        "an id is written in small letters, digits, dots and hyphens, without spaces, "
        'like "6-factsheet"'
    ),
    "measure_id": N_('a measure number is written in quotes, like "8" or "3.1"'),
    "iso_date": N_('write a date year first, in quotes, like "2018-09-30"'),
    "month": N_('write a month year first, in quotes, like "2018-09"'),
    "inline": N_("keep this text on one line"),
    "due": N_(
        'write a date ("2018-09-30"), a month ("2018-09"), immediate or ongoing, '
        "the dates in quotes"
    ),
}


def _plain_hint(error: ValidationError) -> str:
    """How to fix the value, in the language in force: by the form the schema asks for."""
    from jsonschema.exceptions import ValidationError

    node: ValidationError | None = error
    while node is not None:
        sub = node.schema
        if isinstance(sub, dict):
            ref = sub.get("$ref")
            if isinstance(ref, str) and ref.removeprefix("#/$defs/") in _FORM_HINTS:
                return _(_FORM_HINTS[ref.removeprefix("#/$defs/")])
            for name, form in schema()["$defs"].items():
                if form is sub and name in _FORM_HINTS:
                    return _(_FORM_HINTS[name])
        node = node.parent if isinstance(node.parent, ValidationError) else None
    if error.validator == "enum":
        return _("use one of the values listed")
    if error.validator in ("minItems", "minLength", "minProperties"):
        return _("fill it in, or remove the key")
    if error.validator == "const":
        return _("write the value the message names")
    return _("correct the value in the form your editor shows for this field")


def _where(data: Any, path: PathKey, context: PathKey | None = None) -> str:
    """Where a schema finding is: in the words of the Word report when the findings speak
    the plan's language ("maatregel 8, Realisatie/ tijdperiode, 2e regel"), else the data
    path with the plan's own id (`improvement_points[1].measures[2].due (measure 8)`)."""
    if not path:
        return _("(top level)")  # the subject keeps the untranslated data path (dotted)
    if i18n.current() != i18n.SOURCE and i18n.current() == i18n.supported(_tag(data)):
        place = _place(data, path)
        if place:
            return place
    return dotted(path) + _context(data, path if context is None else context)


def _tag(data: Any) -> str | None:
    head = data.get("document") if isinstance(data, dict) else None
    tag = head.get("language") if isinstance(head, dict) else None
    return tag if isinstance(tag, str) else None


def _place(data: Any, path: PathKey) -> str:
    """'maatregel 8, Realisatie/ tijdperiode, 2e regel, due': a data path as the advisor
    finds it, with the plan's own labels: the measure and its table row, the line of a list,
    the key last."""
    labels = data.get("labels") if isinstance(data, dict) else None
    labels = labels if isinstance(labels, dict) else {}
    parts: list[str] = []
    node = data
    for i, part in enumerate(path):
        parent = path[i - 1] if i else None
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(part, int):
            ident = node.get("id") if isinstance(node, dict) else None
            if parent == "measures" and ident is not None:
                word = str(labels.get("measure") or _("measure")).lower()
                parts = [f"{word} {ident}"]
            elif parent == "improvement_points" and ident is not None:
                parts = [_("improvement point {id}").format(id=ident)]
            elif parent == "rows" and isinstance(node, dict) and "measure" in node:
                parts = [_("planning row of measure {id}").format(id=node["measure"])]
            elif i == 1 and isinstance(ident, str) and ident:  # an owner, a footnote: its id
                parts.append(ident)
            else:
                parts.append(_("line {number}").format(number=part + 1))
        elif (
            isinstance(labels.get(part), str)
            and i >= 2
            and path[i - 2] == "measures"
            and isinstance(parent, int)
        ):  # a row of a measure's table: the row's heading in the report
            parts.append(str(labels[part]))
        else:
            parts.append(str(part))
    return ", ".join(parts)
