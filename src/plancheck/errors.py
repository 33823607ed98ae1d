"""The errors that end a run in one line on stderr with exit code 2 (plancheck.findings
EXIT_UNREADABLE): bad usage, a configuration that cannot be used, an output place that
cannot be used. The CLI catches exactly `RUN_ERRORS`; any module may raise them without
importing the CLI."""

from __future__ import annotations


class UsageError(Exception):
    """Bad usage (an argument that cannot be used): reported in one line, exit 2."""


class ConfigError(Exception):
    """A configuration that cannot be used: the CLI reports it and exits 2."""


class OutputError(Exception):
    """The output place cannot be used (a file where a folder should be, no permission)."""


RUN_ERRORS: tuple[type[Exception], ...] = (UsageError, ConfigError, OutputError)
