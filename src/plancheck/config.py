"""The gate's configuration: `plancheck.toml`, or `[tool.plancheck]` in pyproject.toml.

    [tool.plancheck]
    disable = ["owner-not-appointed"]          # rules not to run
    enable = ["owner-not-appointed"]           # re-enable (wins over disable)
    strict = false                             # warnings fail the gate too
    [tool.plancheck.severity]
    grid-mark-unexplained = "error"            # error | warning | note

A plancheck.toml holds the same keys at its top level.
"""

from __future__ import annotations

import os

from plancheck.catalogue import configurable_ids
from plancheck.errors import ConfigError as ConfigError  # raised here; also importable from here
from plancheck.findings import Severity
from plancheck.outputs import note_input
from plancheck.record import Record, field, record

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any


@record
class Config(Record):
    """The gate's configuration: rules turned off, severities changed, strict or not."""

    disabled: frozenset[str] = frozenset()
    severities: dict[str, Severity] = field(default_factory=dict)
    strict: bool = False
    source: str | None = None

    def enabled(self, rule: str) -> bool:
        return rule not in self.disabled

    def severity(self, rule: str, default: Severity) -> Severity:
        return self.severities.get(rule, default)

    def is_strict(self, flag: bool = False) -> bool:
        """Whether warnings fail the gate: `--strict` (`flag`), or `strict = true` here."""
        return flag or self.strict


def config_for(explicit: str | None) -> Config:
    """The configuration a command runs with: the file given with `--config`, else
    plancheck.toml or a pyproject.toml with [tool.plancheck] in the current folder, else the
    defaults."""
    if explicit:
        return load_config(explicit)
    return load_config(find_config(os.getcwd()))


def find_config(start: str | os.PathLike[str]) -> str | None:
    """plancheck.toml, else a pyproject.toml with [tool.plancheck], in `start`."""
    candidate = os.path.join(start, "plancheck.toml")
    if os.path.isfile(candidate):
        return candidate
    pyproject = os.path.join(start, "pyproject.toml")
    if os.path.isfile(pyproject):
        try:
            text = _read(pyproject)
        except (UnicodeDecodeError, OSError):
            return pyproject  # let load_config report it
        if "[tool.plancheck" not in text:  # most projects: no need to parse it
            return None
        import tomllib  # only where there is a file to read (most checks have none)

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError:
            return pyproject  # let load_config report it
        if "plancheck" in data.get("tool", {}):
            return pyproject
    return None


def _read(path: str | os.PathLike[str]) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _is_pyproject(path: str | os.PathLike[str]) -> bool:
    return os.path.basename(path) == "pyproject.toml"


def load_config(path: str | os.PathLike[str] | None) -> Config:
    if path is None:
        return Config()
    import tomllib

    try:
        data = tomllib.loads(_read(path))
        note_input(path, "the configuration file")
    except FileNotFoundError as err:
        raise ConfigError(f"{path}: no such configuration file") from err
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read the configuration: {err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err
    section: Any = data.get("tool", {}).get("plancheck", {}) if _is_pyproject(path) else data
    where = f"{os.fspath(path)} [tool.plancheck]" if _is_pyproject(path) else os.fspath(path)
    if not isinstance(section, dict):
        raise ConfigError(f"{where}: must be a table of settings")
    known = configurable_ids()  # not the stages load and schema: they always run
    unknown_keys = set(section) - {"disable", "enable", "severity", "strict"}
    if unknown_keys:
        raise ConfigError(
            f"{where}: unknown setting {', '.join(sorted(unknown_keys))}; "
            "allowed: disable, enable, severity, strict"
        )

    def rule_list(key: str) -> set[str]:
        value = section.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(
                f"{where}: '{key}' must be a list of rule ids, like [\"grid-deadline\"]"
            )
        bad = sorted(set(value) - known)
        if bad:
            raise ConfigError(
                f"{where}: '{key}' names unknown rules {', '.join(bad)}; see `plancheck rules`"
            )
        return set(value)

    disabled = rule_list("disable") - rule_list("enable")
    severities: dict[str, Severity] = {}
    raw = section.get("severity", {})
    if not isinstance(raw, dict):
        raise ConfigError(
            f'{where}: \'severity\' must be a table: rule-id = "error" | "warning" | "note"'
        )
    for rule, level in raw.items():
        if rule not in known:
            raise ConfigError(f"{where}: severity for unknown rule '{rule}'; see `plancheck rules`")
        try:
            severities[rule] = Severity(level)
        except ValueError as err:
            raise ConfigError(
                f'{where}: severity of \'{rule}\' is {level!r}; use "error", "warning" or "note"'
            ) from err
    strict = section.get("strict", False)
    if not isinstance(strict, bool):
        raise ConfigError(f"{where}: 'strict' must be true or false")
    return Config(frozenset(disabled), severities, strict, str(path))
