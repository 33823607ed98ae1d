"""Reporters turn check results into one report: `render(results, context) -> str`, no I/O.

Each takes the whole list (JUnit, SARIF and GitLab reports are whole documents) and maps
fields from `Finding` only. A report that says whether the gate passed (the text and GitHub
summary line, the JUnit outcomes) takes it from `Context.verdict`, never decides it itself.
MODULES is the table the CLI indexes by `--format`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from plancheck.engine import CheckResult
from plancheck.findings import Verdict
from plancheck.record import Record, record


@record
class Context(Record):
    """What a reporter may know besides the findings."""

    tool_version: str
    base_dir: str = "."
    strict: bool = False  # --strict (or `strict = true`): warnings fail the gate too
    # --verbose: the text report lists each acknowledged finding, not one line for them all
    verbose: bool = False

    def verdict(self, results: Sequence[CheckResult]) -> Verdict:
        """The gate's verdict on these results, as every report must state it."""
        return Verdict.of_results(results, strict=self.strict)


Renderer = Callable[[Sequence[CheckResult], Context], str]


# format name -> module; a reporter is imported only when its format is asked for, so that
# `plancheck check` does not pay for XML or hashing it does not use.
MODULES = {
    "text": "text",
    "json": "json_report",
    "github": "github",
    "gitlab": "gitlab",
    "junit": "junit",
    "sarif": "sarif",
}


def renderer(name: str) -> Renderer:
    """The render function of the reporter for `--format name`."""
    module = importlib.import_module(f"plancheck.reporters.{MODULES[name]}")
    render: Renderer = module.render
    return render
