"""A quick "valid" for a plan that passes the schema, without importing jsonschema.

jsonschema and the libraries it loads (referencing, attrs, rpds) take about a third of
`plancheck check`'s start-up, and a plan in CI is valid almost every time. `compile_schema`
turns the plan schema into a plain Python predicate that answers True only where
jsonschema's Draft 2020-12 validator, with its format checker, finds no error; every False,
and every doubt, goes to jsonschema, which then gives the findings (plancheck.validation).
So the findings are jsonschema's alone: this module never makes one.

It knows only the keywords the plan schema uses. A schema with any other keyword, a $ref
that is not local, or a oneOf whose choices it cannot decide exactly, gets no predicate
(None), and then every plan goes to jsonschema. Where its test is stricter than jsonschema's
(a float for "integer", a list in `enum`) it says False: a slower path, never a wrong one.
tests/test_quick_schema.py holds it to jsonschema on the bad-plan corpus and on mutations of
the published plan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any

    Check = Callable[[Any], bool]

# keywords jsonschema does not validate with (annotations, and the editor's own ones)
_ANNOTATIONS = frozenset(
    {
        "$schema",
        "$comment",
        "title",
        "description",
        "markdownDescription",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "errorMessage",
        "patternErrorMessage",
        "defaultSnippets",
    }
)

# exact type tests: False means jsonschema's type check fails too
_EXACT_TYPES: dict[str, Check] = {
    "string": lambda x: isinstance(x, str),
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
}
# stricter than jsonschema's (which also takes 1.0 as an integer, Decimal as a number)
_STRICT_TYPES: dict[str, Check] = {
    "integer": lambda x: type(x) is int,
    "number": lambda x: type(x) in (int, float),
}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)  # jsonschema's, with date.fromisoformat


class _Unsupported(Exception):
    """The schema uses what this module does not decide: no quick predicate."""


def compile_schema(schema: Mapping[str, Any]) -> Check | None:
    """A predicate that is True only for data jsonschema finds valid, or None."""
    try:
        return _Compiler(schema).compile(schema, root=True)[0]
    except _Unsupported:
        return None


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _same(value: Any, wanted: Any) -> bool:
    """value equals wanted as jsonschema's `equal` has it; False also where in doubt."""
    if wanted is None:
        return value is None
    if isinstance(wanted, str):
        return isinstance(value, str) and value == wanted
    if type(wanted) is int:
        return type(value) is int and value == wanted
    if type(wanted) is bool:
        return type(value) is bool and value == wanted
    return False


def _unique(items: list[Any]) -> bool:
    """No two items equal (only for text or integers; other lists: in doubt, False)."""
    if all(isinstance(i, str) for i in items) or all(type(i) is int for i in items):
        return len(set(items)) == len(items)
    return False


class _Compiler:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def compile(self, schema: Any, root: bool = False) -> tuple[Check, bool]:
        """(predicate, exact): exact when its False means invalid for jsonschema too."""
        if schema is True:
            return (lambda x: True), True
        if schema is False:
            return (lambda x: False), True
        if not isinstance(schema, Mapping):
            raise _Unsupported(schema)
        checks: list[Check] = []
        exact = True
        for key, value in schema.items():
            if key in _ANNOTATIONS or (key == "$id" and root) or key == "$defs":
                continue
            check, precise = self._keyword(key, value, schema)
            checks.append(check)
            exact = exact and precise
        if not checks:
            return (lambda x: True), True
        if len(checks) == 1:
            return checks[0], exact
        checks_tuple = tuple(checks)
        return (lambda x: all(c(x) for c in checks_tuple)), exact

    def _keyword(self, key: str, value: Any, schema: Mapping[str, Any]) -> tuple[Check, bool]:
        if key == "$ref":
            return self._ref(value), False
        if key == "type":
            names = [value] if isinstance(value, str) else list(value)
            tests = []
            exact = True
            for name in names:
                if name in _EXACT_TYPES:
                    tests.append(_EXACT_TYPES[name])
                elif name in _STRICT_TYPES:
                    tests.append(_STRICT_TYPES[name])
                    exact = False
                else:
                    raise _Unsupported(name)
            return (lambda x: any(t(x) for t in tests)), exact
        if key == "properties":
            subs = {name: self.compile(sub) for name, sub in value.items()}
            props = tuple((name, check) for name, (check, _) in subs.items())
            exact = all(precise for _, precise in subs.values())
            return (
                lambda x: not isinstance(x, dict) or all(c(x[k]) for k, c in props if k in x)
            ), exact
        if key == "additionalProperties":
            if "patternProperties" in schema:
                raise _Unsupported(key)
            known = frozenset(schema.get("properties", {}))
            extra, exact = self.compile(value)
            return (
                lambda x: (
                    not isinstance(x, dict) or all(extra(v) for k, v in x.items() if k not in known)
                )
            ), exact
        if key == "required":
            required = tuple(value)
            return (lambda x: not isinstance(x, dict) or all(k in x for k in required)), True
        if key == "minProperties":
            return (lambda x: not isinstance(x, dict) or len(x) >= value), True
        if key == "propertyNames":
            check, exact = self.compile(value)
            return (lambda x: not isinstance(x, dict) or all(check(k) for k in x)), exact
        if key == "dependentSchemas":
            subs = {name: self.compile(sub) for name, sub in value.items()}
            deps = tuple((name, check) for name, (check, _) in subs.items())
            exact = all(precise for _, precise in subs.values())
            return (
                lambda x: not isinstance(x, dict) or all(c(x) for k, c in deps if k in x)
            ), exact
        if key == "items":
            if "prefixItems" in schema:
                raise _Unsupported(key)
            check, exact = self.compile(value)
            return (lambda x: not isinstance(x, list) or all(check(i) for i in x)), exact
        if key == "minItems":
            return (lambda x: not isinstance(x, list) or len(x) >= value), True
        if key == "uniqueItems":
            if not value:
                return (lambda x: True), True
            return (lambda x: not isinstance(x, list) or _unique(x)), False
        if key == "minLength":
            return (lambda x: not isinstance(x, str) or len(x) >= value), True
        if key == "pattern":
            search = re.compile(value).search
            return (lambda x: not isinstance(x, str) or search(x) is not None), True
        if key == "format":
            if value != "date":
                raise _Unsupported(value)
            return (lambda x: not isinstance(x, str) or _is_date(x)), True
        if key == "enum":
            choices = tuple(value)
            return (lambda x: any(_same(x, c) for c in choices)), False
        if key == "const":
            return (lambda x: _same(x, value)), False
        if key in ("minimum", "maximum"):
            if type(value) not in (int, float):
                raise _Unsupported(key)
            low = key == "minimum"
            return (lambda x: _within(x, value, low)), False
        if key in ("anyOf", "allOf"):
            branches = [self.compile(sub) for sub in value]
            checks = tuple(check for check, _ in branches)
            exact = all(precise for _, precise in branches)
            if key == "anyOf":
                return (lambda x: any(c(x) for c in checks)), exact
            return (lambda x: all(c(x) for c in checks)), exact
        if key == "oneOf":
            options = [self.compile(sub) for sub in value]
            if not all(precise for _, precise in options):
                raise _Unsupported(key)  # "exactly one" needs every choice's False to be exact
            one_of = tuple(check for check, _ in options)
            return (lambda x: sum(1 for c in one_of if c(x)) == 1), True
        raise _Unsupported(key)

    def _ref(self, ref: Any) -> Check:
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise _Unsupported(ref)
        if ref not in self.refs:
            target: list[Check] = []
            self.refs[ref] = lambda x: target[0](x)  # a recursive $ref finds itself here
            node: Any = self.root
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(node, Mapping) or part not in node:
                    raise _Unsupported(ref)
                node = node[part]
            target.append(self.compile(node)[0])
        return self.refs[ref]


def _within(value: Any, bound: float, low: bool) -> bool:
    if isinstance(value, bool | str | dict | list) or value is None:
        return True  # not a number: jsonschema's minimum and maximum do not apply
    if type(value) in (int, float):
        return bool(value >= bound) if low else bool(value <= bound)
    return False  # another kind of number: in doubt
